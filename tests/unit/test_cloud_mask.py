"""Cloud gating from an SCL band or a binary mask."""
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal

from deforestation_classifier.core.imagery.cloud_mask import (
    BINARY,
    SCL,
    CloudMaskReader,
    cloudy_pixels,
    guess_kind,
)
from deforestation_classifier.core.imagery.grid import GridCrs, Tile, srs_from_wkt

SEN2R = Path(__file__).resolve().parents[3] / "shared" / "data" / "sen2r_scl"


def test_scl_cloud_classes():
    values = np.arange(12)
    assert np.flatnonzero(cloudy_pixels(values, SCL)).tolist() == [3, 8, 9, 10]
    assert np.flatnonzero(cloudy_pixels(values, BINARY, nodata=5)).tolist() == [
        1, 2, 3, 4, 6, 7, 8, 9, 10, 11]


def test_kind_is_guessed_from_names():
    assert guess_kind("/data/T21LYG_SCL_20m.tif", "") == SCL
    assert guess_kind("/data/mask.tif", "Scene classification") == SCL
    assert guess_kind("/data/fmask.tif", "") == BINARY


def test_fraction_on_a_20m_scl_resampled_to_10m(tmp_path):
    # 1 km x 1 km at 20 m: 50 x 50 pixels; the west 10 columns are cloud (9), one row is nodata
    scl = np.full((50, 50), 4, np.uint8)
    scl[:, :10] = 9
    path = tmp_path / "scl.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 50, 50, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((500000, 20, 0, 5801000, 0, -20))
    ds.SetProjection(srs_from_wkt("EPSG:32633").ExportToWkt())
    ds.GetRasterBand(1).WriteArray(scl)
    ds = None
    grid = GridCrs(srs_from_wkt("EPSG:32633").ExportToWkt(), "EPSG32633")
    tile = Tile("EPSG32633", 500, 5800)
    source = gdal.Open(str(path))
    reader = CloudMaskReader(source, srs_from_wkt("EPSG:32633"), grid, [tile], SCL)
    valid = np.ones((100, 100), bool)
    assert reader.cloud_fraction(tile, valid) == pytest.approx(0.2)
    valid[:, :20] = False  # the cloudy part holds no valid imagery
    assert reader.cloud_fraction(tile, valid) == 0.0
    reader.close()


def test_real_sen2cor_scl_fraction_per_tile():
    if not SEN2R.is_dir():
        pytest.skip(f"real SCL rasters not found at {SEN2R}")
    source = gdal.Open(str(SEN2R / "S2A2A_20170703_022_Barbellino_SCL_10.tif"))
    scl = source.ReadAsArray()  # 12 x 21 px at 20 m from (580560, 5102120)
    grid = GridCrs(srs_from_wkt("EPSG:32632").ExportToWkt(), "EPSG32632")
    north, south = Tile("EPSG32632", 580, 5102), Tile("EPSG32632", 580, 5101)
    reader = CloudMaskReader(source, srs_from_wkt("EPSG:32632"), grid, [north, south], SCL)
    valid = np.ones((100, 100), bool)
    # Independently: rows 0-5 (120 m) lie in N5102, rows 6-20 in N5101; a 20 m pixel is four
    # 10 m pixels of the 1 km tile.
    cloudy = np.isin(scl, [3, 8, 9, 10])
    assert cloudy.sum() == 33
    assert reader.cloud_fraction(north, valid) == pytest.approx(cloudy[:6].sum() * 4 / 10000)
    assert reader.cloud_fraction(south, valid) == pytest.approx(cloudy[6:].sum() * 4 / 10000)
    reader.close()
