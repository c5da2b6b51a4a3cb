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
    # The mask covers a corner of each tile only: over the whole tile it says nothing.
    everywhere = np.ones((100, 100), bool)
    assert reader.cloud_fraction(north, everywhere) is None
    assert reader.cloud_fraction(south, everywhere) is None
    assert reader.uncovered == [north.tile_id, south.tile_id]
    # Independently: rows 0-5 (120 m) lie in N5102, rows 6-20 in N5101; a 20 m pixel is four
    # 10 m pixels. Where the imagery is valid only under the mask, the fraction is over it.
    cloudy = np.isin(scl, [3, 8, 9, 10])
    assert cloudy.sum() == 33
    north_valid = np.zeros((100, 100), bool)
    north_valid[88:100, 56:80] = True
    south_valid = np.zeros((100, 100), bool)
    south_valid[0:30, 56:80] = True
    assert reader.cloud_fraction(north, north_valid) == pytest.approx(cloudy[:6].sum() * 4 / 288)
    assert reader.cloud_fraction(south, south_valid) == pytest.approx(cloudy[6:].sum() * 4 / 720)
    reader.close()


def _binary_mask(path, values, origin=(500000, 5801000), nodata=None):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1,
                                              gdal.GDT_Byte)
    ds.SetGeoTransform((origin[0], 10, 0, origin[1], 0, -10))
    ds.SetProjection(srs_from_wkt("EPSG:32633").ExportToWkt())
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(values)
    ds = None
    return gdal.Open(str(path))


def test_a_tile_outside_the_mask_has_no_cloud_fraction(tmp_path):
    """A mask 5 km away says nothing about the tile: not 0 % cloud."""
    grid = GridCrs(srs_from_wkt("EPSG:32633").ExportToWkt(), "EPSG32633")
    tile = Tile("EPSG32633", 500, 5800)
    source = _binary_mask(tmp_path / "far.tif", np.zeros((100, 100), np.uint8),
                          origin=(505000, 5801000))
    reader = CloudMaskReader(source, srs_from_wkt("EPSG:32633"), grid, [tile], BINARY)
    assert reader.cloud_fraction(tile, np.ones((100, 100), bool)) is None
    assert reader.uncovered == [tile.tile_id]
    reader.close()


def test_the_masks_nodata_is_not_clear_sky(tmp_path):
    grid = GridCrs(srs_from_wkt("EPSG:32633").ExportToWkt(), "EPSG32633")
    tile = Tile("EPSG32633", 500, 5800)
    values = np.full((100, 100), 255, np.uint8)  # all nodata
    values[:, :30] = 1  # the west 30 % is known: cloudy
    source = _binary_mask(tmp_path / "nodata.tif", values, nodata=255)
    reader = CloudMaskReader(source, srs_from_wkt("EPSG:32633"), grid, [tile], BINARY)
    assert reader.cloud_fraction(tile, np.ones((100, 100), bool)) is None  # 30 % covered
    values[:, 30:60] = 0  # now 60 % known, half of it cloudy
    source = _binary_mask(tmp_path / "nodata2.tif", values, nodata=255)
    reader = CloudMaskReader(source, srs_from_wkt("EPSG:32633"), grid, [tile], BINARY)
    assert reader.cloud_fraction(tile, np.ones((100, 100), bool)) == pytest.approx(0.5)
    assert reader.uncovered == []
    reader.close()
