"""From stored values to contract DN, and the warnings for products outside the contract."""
import numpy as np
import pytest
from osgeo import gdal

from deforestation_classifier.core.scaling import (
    DnScaling,
    dn_scaling,
    product_info,
    range_warning,
)


def mem_raster(array, dtype=gdal.GDT_UInt16, scale=None, offset=None, metadata=None):
    ds = gdal.GetDriverByName("MEM").Create("", array.shape[1], array.shape[0], 3, dtype)
    for i in range(3):
        band = ds.GetRasterBand(i + 1)
        band.WriteArray(array)
        if scale is not None:
            band.SetScale(scale)
        if offset is not None:
            band.SetOffset(offset)
    if metadata:
        ds.SetMetadata(metadata)
    return ds


def test_harmonised_dn_are_used_as_they_are():
    scaling = dn_scaling(mem_raster(np.full((4, 4), 2500, np.uint16)), [1, 2, 3], "s2.tif")
    assert scaling.is_identity


def test_float_reflectance_is_multiplied_by_10000():
    ds = mem_raster(np.full((4, 4), 0.25, np.float32), dtype=gdal.GDT_Float32)
    scaling = dn_scaling(ds, [1, 2, 3], "s2.tif")
    assert scaling.scale == 10000.0 and scaling.offset == 0.0
    assert scaling.apply(np.array([0.25]))[0] == pytest.approx(2500.0)


def test_band_offset_in_reflectance_units_becomes_dn():
    ds = mem_raster(np.full((4, 4), 3500, np.uint16), scale=0.0001, offset=-0.1)
    scaling = dn_scaling(ds, [1, 2, 3], "s2.tif")
    assert (scaling.scale, scaling.offset) == (1.0, pytest.approx(-1000.0))


def test_boa_add_offset_from_metadata_and_user_override():
    ds = mem_raster(np.full((4, 4), 3500, np.uint16), metadata={"BOA_ADD_OFFSET_B8": "-1000"})
    assert dn_scaling(ds, [1, 2, 3], "s2.tif").offset == -1000.0
    assert dn_scaling(ds, [1, 2, 3], "s2.tif", offset_override=0).offset == 0.0


def test_safe_baseline_04_gets_the_offset():
    ds = mem_raster(np.full((4, 4), 3500, np.uint16))
    source = ("SENTINEL2_L2A:/data/S2B_MSIL2A_20230105T140049_N0509_R067_T21LYG_20230105T163915"
              ".SAFE/MTD_MSIL2A.xml:10m:EPSG_32721")
    assert product_info(ds, source) .baseline == "05.09"
    assert dn_scaling(ds, [1, 2, 3], source).offset == -1000.0
    old = source.replace("N0509", "N0301")
    assert dn_scaling(ds, [1, 2, 3], old).offset == 0.0


def test_l1c_is_recognised():
    ds = mem_raster(np.full((4, 4), 3500, np.uint16))
    assert product_info(ds, "S2A_MSIL1C_20170216T102101_N0204_R065_T33UUU.SAFE").level == "L1C"


def test_offset_keeps_nodata_for_the_mask_but_shifts_values():
    scaling = DnScaling(offset=-1000.0)
    assert scaling.apply(np.array([1000, 4000], dtype=np.uint16)).tolist() == [0.0, 3000.0]


def test_range_warning_names_what_was_seen():
    assert range_warning(np.full((10, 10), 2500.0)) is None
    message = range_warning(np.full((10, 10), 0.3))
    assert "median 0.3" in message and "reflectance x 10000" in message
    assert range_warning(np.full((10, 10), 30000.0)) is not None
