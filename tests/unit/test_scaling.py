"""From stored values to contract DN, and the warnings for products outside the contract."""
import numpy as np
import pytest
from osgeo import gdal

from deforestation_classifier.core.imagery.scaling import (
    DnScaling,
    dn_scaling,
    product_info,
    range_warning,
    sample_band,
    value_warnings,
)

RNG = np.random.default_rng(3)


def mem_raster(arrays, dtype=gdal.GDT_UInt16, scale=None, offset=None, metadata=None,
               band_metadata=None):
    """Three bands (NIR, Red, Green); one array is used for all three."""
    if not isinstance(arrays, (list, tuple)):
        arrays = [arrays] * 3
    rows, cols = arrays[0].shape
    ds = gdal.GetDriverByName("MEM").Create("", cols, rows, 3, dtype)
    for i, array in enumerate(arrays):
        band = ds.GetRasterBand(i + 1)
        band.WriteArray(array)
        if scale is not None:
            band.SetScale(scale)
        if offset is not None:
            band.SetOffset(offset[i] if isinstance(offset, (list, tuple)) else offset)
        if band_metadata:
            band.SetMetadata(band_metadata[i])
    if metadata:
        ds.SetMetadata(metadata)
    return ds


def harmonised_scene(shape=(200, 200)):
    """NIR, Red, Green DN of a harmonised L2A forest scene with some water (dark targets)."""
    nir = RNG.integers(2200, 3800, shape)
    red = RNG.integers(150, 450, shape)
    green = RNG.integers(300, 650, shape)
    water = np.zeros(shape, bool)
    water[:20] = True
    nir[water], red[water], green[water] = 150, 250, 400
    return [a.astype(np.uint16) for a in (nir, red, green)]


def samples_of(ds):
    return [sample_band(ds, n) for n in (1, 2, 3)]


def test_harmonised_dn_are_used_as_they_are_without_warning():
    ds = mem_raster(harmonised_scene())
    scaling = dn_scaling(ds, [1, 2, 3], "s2.tif")
    assert scaling == DnScaling() and scaling.reasons == ()
    assert value_warnings(scaling, samples_of(ds)) == []


def test_float_reflectance_is_multiplied_by_10000():
    ds = mem_raster(np.full((4, 4), 0.25, np.float32), dtype=gdal.GDT_Float32)
    scaling = dn_scaling(ds, [1, 2, 3], "s2.tif")
    assert scaling.scales == (10000.0,) * 3 and scaling.offsets == (0.0,) * 3
    assert scaling.apply(np.array([0.25]))[0] == pytest.approx(2500.0)
    assert any("float reflectance" in r for r in scaling.reasons)


def test_float_reflectance_with_bright_cloud_pixels_is_still_reflectance():
    # A few glint / cloud pixels above 2.0 must not turn the raster into "DN".
    bands = [(a / 10000.0).astype(np.float32) for a in harmonised_scene()]
    for band in bands:
        band[0, :30] = 2.7
    ds = mem_raster(bands, dtype=gdal.GDT_Float32)
    scaling = dn_scaling(ds, [1, 2, 3], "s2.tif")
    assert scaling.scales == (10000.0,) * 3
    chip_dn = scaling.apply(bands[1][50:52, 50:52], 1)
    assert np.array_equal(chip_dn, np.rint(bands[1][50:52, 50:52].astype(np.float64) * 10000))
    assert value_warnings(scaling, samples_of(ds)) == []


def test_float_dn_are_not_scaled():
    ds = mem_raster([a.astype(np.float32) for a in harmonised_scene()], dtype=gdal.GDT_Float32)
    assert dn_scaling(ds, [1, 2, 3], "s2.tif") == DnScaling()


def test_band_offset_in_reflectance_units_becomes_dn():
    ds = mem_raster(np.full((4, 4), 3500, np.uint16), scale=0.0001, offset=-0.1)
    scaling = dn_scaling(ds, [1, 2, 3], "s2.tif")
    assert scaling.scales == (1.0,) * 3 and scaling.offsets == pytest.approx((-1000.0,) * 3)


def test_offsets_are_applied_per_band_not_from_band_one():
    ds = mem_raster(np.full((4, 4), 3500, np.uint16), offset=[-1000.0, -1000.0, -1200.0])
    scaling = dn_scaling(ds, [1, 2, 3], "s2.tif")
    assert scaling.offsets == (-1000.0, -1000.0, -1200.0)
    raw = np.full((2, 2), 3500, np.uint16)
    assert [float(b[0, 0]) for b in scaling.apply_bands(raw, raw, raw)] == [2500.0, 2500.0, 2300.0]
    # Each distinct conversion is named once, with its bands.
    assert len(scaling.reasons) == 2 and scaling.reasons[1].startswith("Green:")


def test_band_boa_add_offset_metadata_is_read_per_band():
    ds = mem_raster(np.full((4, 4), 3500, np.uint16),
                    band_metadata=[{"BOA_ADD_OFFSET": "-1000"}, {"BOA_ADD_OFFSET": "-1000"},
                                   {"BOA_ADD_OFFSET": "-900"}])
    assert dn_scaling(ds, [1, 2, 3], "s2.tif").offsets == (-1000.0, -1000.0, -900.0)


def test_boa_add_offset_from_metadata_and_user_override():
    ds = mem_raster(np.full((4, 4), 3500, np.uint16), metadata={"BOA_ADD_OFFSET_B8": "-1000"})
    assert dn_scaling(ds, [1, 2, 3], "s2.tif").offsets == (-1000.0,) * 3
    overridden = dn_scaling(ds, [1, 2, 3], "s2.tif", offset_override=0)
    assert overridden.offsets == (0.0,) * 3
    assert overridden.reasons == ("OFFSET +0 DN given by the user",)


def test_user_scale_then_offset_in_dn():
    ds = mem_raster(np.full((4, 4), 350, np.uint16))
    scaling = dn_scaling(ds, [1, 2, 3], "s2.tif", scale_override=10, offset_override=-1000)
    # DN = raw x SCALE + OFFSET: OFFSET is in DN, after the scale.
    assert scaling.apply(np.array([350], np.uint16))[0] == 2500.0
    assert "SCALE 10 given by the user" in scaling.reasons


def test_safe_baseline_04_gets_the_offset():
    ds = mem_raster(np.full((4, 4), 3500, np.uint16))
    source = ("SENTINEL2_L2A:/data/S2B_MSIL2A_20230105T140049_N0509_R067_T21LYG_20230105T163915"
              ".SAFE/MTD_MSIL2A.xml:10m:EPSG_32721")
    assert product_info(ds, source).baseline == "05.09"
    assert dn_scaling(ds, [1, 2, 3], source).offsets == (-1000.0,) * 3
    old = source.replace("N0509", "N0301")
    assert dn_scaling(ds, [1, 2, 3], old) == DnScaling()


def test_l1c_is_recognised():
    ds = mem_raster(np.full((4, 4), 3500, np.uint16))
    assert product_info(ds, "S2A_MSIL1C_20170216T102101_N0204_R065_T33UUU.SAFE").level == "L1C"


def test_offset_keeps_nodata_for_the_mask_but_shifts_values():
    scaling = DnScaling.uniform(offset=-1000.0)
    assert scaling.apply(np.array([1000, 4000], dtype=np.uint16)).tolist() == [0.0, 3000.0]


def test_offset_left_in_is_detected_from_the_data_with_the_fix():
    ds = mem_raster([(a + 1000).astype(np.uint16) for a in harmonised_scene()])
    scaling = dn_scaling(ds, [1, 2, 3], "clip.tif")
    assert scaling == DnScaling()  # a guess is never applied silently
    warnings = value_warnings(scaling, samples_of(ds))
    assert len(warnings) == 1
    assert "OFFSET = -1000" in warnings[0] and "+1000 BOA offset" in warnings[0]
    assert "Red 1" in warnings[0]  # says what was seen: dark pixels at about 1150+ DN
    # Once the offset is applied (or the user decided), no warning.
    fixed = dn_scaling(ds, [1, 2, 3], "clip.tif", offset_override=-1000)
    assert value_warnings(fixed, samples_of(ds), user_offset=True) == []


def test_times_1000_product_is_detected_from_its_medians():
    ds = mem_raster([(a // 10).astype(np.uint16) for a in harmonised_scene()])
    scaling = dn_scaling(ds, [1, 2, 3], "x1000.tif")
    warnings = value_warnings(scaling, samples_of(ds))
    assert len(warnings) == 1 and "SCALE = 10" in warnings[0] and "x 1000" in warnings[0]
    fixed = dn_scaling(ds, [1, 2, 3], "x1000.tif", scale_override=10)
    assert value_warnings(fixed, samples_of(ds), user_scale=True) == []


def test_clear_water_scene_is_not_taken_for_x1000():
    shape = (100, 100)
    water = [np.full(shape, 150, np.uint16), np.full(shape, 250, np.uint16),
             np.full(shape, 420, np.uint16)]
    ds = mem_raster(water)
    warnings = value_warnings(dn_scaling(ds, [1, 2, 3], "lake.tif"), samples_of(ds))
    assert not any("SCALE = 10" in w for w in warnings)


def test_scaling_round_trips_through_the_output_metadata():
    scaling = DnScaling((1.0, 1.0, 1.0), (-1000.0, -1000.0, -1200.0))
    assert scaling.to_metadata() == {"DN_SCALE": "1", "DN_OFFSET": "-1000,-1000,-1200"}
    assert DnScaling.from_metadata(scaling.to_metadata()) == scaling
    assert DnScaling.from_metadata({"DN_SCALE": "10000", "DN_OFFSET": "0"}) == \
        DnScaling.uniform(scale=10000.0)
    assert DnScaling.from_metadata({}) is None


def test_range_warning_names_what_was_seen():
    assert range_warning(np.full((10, 10), 2500.0)) is None
    message = range_warning(np.full((10, 10), 0.3))
    assert "median 0.3" in message and "reflectance x 10000" in message
    assert range_warning(np.full((10, 10), 30000.0)) is not None
