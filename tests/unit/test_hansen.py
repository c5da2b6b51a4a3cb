"""The per-tile Hansen rule on small synthetic arrays, and the pixel-centre selection."""
import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from deforestation_classifier.core.evaluation.hansen import (
    HansenError,
    HansenRasters,
    HansenRule,
    TileStats,
    data_last_year,
    granule_name,
    granule_url,
    granules_for,
    label_for,
    tile_stats,
    valid_mask,
)
from deforestation_classifier.core.imagery.grid import rectangle_polygon
from deforestation_classifier.core.vocabulary import CLASSES

SF, RC, LT = CLASSES
RULE = HansenRule(first_year=2020, last_year=2024, canopy_threshold=50,
                  forest_fraction=0.5, recent_loss_fraction=0.05)
ALL = np.ones((10, 10), dtype=bool)


def arrays(treecover=80, lossyear=0):
    return (np.full((10, 10), treecover, dtype=np.uint8),
            np.full((10, 10), lossyear, dtype=np.uint8))


def label(tc, ly, inside=ALL, rule=RULE):
    stats = tile_stats(tc, ly, inside, rule)
    return stats, label_for(stats, rule)


def test_intact_forest_is_standing_forest():
    stats, lab = label(*arrays(80, 0))
    assert lab == SF
    assert stats == TileStats(100, 100, 100, 0, 0)
    assert stats.forest2000_fraction == 1.0 and stats.standing_forest_fraction == 1.0


def test_recent_loss_at_the_threshold_wins_over_standing_forest():
    tc, ly = arrays(80, 0)
    ly.flat[:5] = 21  # 2021, inside 2020-2024: 5 of 100 pixels = 0.05
    stats, lab = label(tc, ly)
    assert stats.recent_loss == 5 and stats.recent_loss_fraction == 0.05
    assert lab == RC
    ly.flat[:5] = [21, 21, 21, 21, 0]  # 0.04 < 0.05
    assert label(tc, ly)[1] == SF


def test_loss_on_non_forest_pixels_is_not_recent_clearing():
    tc, ly = arrays(20, 22)  # every pixel lost in 2022, but canopy 20 % < 50 %
    stats, lab = label(tc, ly)
    assert stats.forest2000 == 0 and stats.recent_loss == 0
    assert lab == LT


def test_window_limits_are_inclusive_and_years_map_to_2000_plus_v():
    tc, ly = arrays(80, 0)
    ly[0, :] = 19  # 2019: older loss
    ly[1, :] = 20  # 2020: first window year
    ly[2, :] = 24  # 2024: last window year
    ly[3, :] = 25  # 2025: after the window -> still standing through 2024
    stats = tile_stats(tc, ly, ALL, RULE)
    assert (stats.older_loss, stats.recent_loss) == (10, 20)
    assert stats.standing == 100 - 10 - 20
    assert stats.forest2000 == stats.standing + stats.recent_loss + stats.older_loss


def test_older_loss_makes_long_term_non_forest_when_too_little_forest_stands():
    tc, ly = arrays(90, 5)  # all lost in 2005
    ly.flat[:49] = 0  # 49 % still standing < 0.5
    stats, lab = label(tc, ly)
    assert stats.older_loss == 51 and stats.standing_forest_fraction == 0.49
    assert lab == LT
    ly.flat[49] = 0  # 50 % standing reaches the forest fraction
    assert label(tc, ly)[1] == SF


def test_canopy_threshold_is_inclusive():
    assert label(*arrays(50, 0))[1] == SF
    assert label(*arrays(49, 0))[1] == LT
    stats, lab = label(*arrays(30, 0), rule=HansenRule(canopy_threshold=30))
    assert lab == SF


def test_nodata_pixels_are_excluded_and_fractions_use_valid_pixels_only():
    tc, ly = arrays(80, 0)
    tc[:5, :] = 255  # half the tile is nodata in treecover
    ly[5:, :2] = 255  # and 10 more in lossyear
    ly[5, 2:] = 22  # 8 recent-loss pixels among the 40 valid ones
    stats, lab = label(tc, ly)
    assert stats.hansen_pixels == 40
    assert stats.recent_loss_fraction == pytest.approx(8 / 40)
    assert lab == RC


def test_pixels_outside_the_polygon_do_not_count():
    tc, ly = arrays(80, 0)
    ly[:, 5:] = 22  # the eastern half is cleared in 2022
    inside = np.zeros((10, 10), dtype=bool)
    inside[:, :5] = True
    assert label(tc, ly, inside)[1] == SF
    assert label(tc, ly)[1] == RC


def test_tile_without_valid_pixels_gets_no_label():
    stats, lab = label(*arrays(255, 255))
    assert stats.hansen_pixels == 0 and lab is None
    assert stats.forest2000_fraction is None
    assert label(*arrays(80, 0), inside=np.zeros((10, 10), bool))[1] is None


def test_zero_thresholds_mean_any_pixel():
    tc, ly = arrays(80, 0)
    ly.flat[0] = 23
    rule = HansenRule(recent_loss_fraction=0.0, forest_fraction=0.0)
    assert label(tc, ly, rule=rule)[1] == RC
    assert label(*arrays(80, 0), rule=rule)[1] == SF  # no recent loss pixel -> not RC
    assert label(*arrays(10, 0), rule=rule)[1] == LT  # no standing pixel -> not SF


def test_declared_nodata_zero_is_ignored():
    tc, ly = arrays(0, 0)
    assert valid_mask(tc, ly, treecover_nodata=0, lossyear_nodata=0).all()
    tc[0, 0] = 200
    assert not valid_mask(tc, ly, treecover_nodata=200)[0, 0]


@pytest.mark.parametrize("rule, text", [
    (HansenRule(first_year=2000), "FIRST_YEAR"),
    (HansenRule(first_year=2022, last_year=2021), "LAST_YEAR"),
    (HansenRule(canopy_threshold=120), "CANOPY_THRESHOLD"),
    (HansenRule(forest_fraction=1.5), "FOREST_FRACTION"),
    (HansenRule(recent_loss_fraction=-0.1), "RECENT_LOSS_FRACTION"),
])
def test_invalid_rules_are_refused_with_the_parameter_named(rule, text):
    with pytest.raises(HansenError, match=text):
        rule.validate()
    HansenRule().validate()


def test_granule_names_follow_the_top_left_corner():
    assert granule_name(-71.7, 18.66) == "20N_080W"
    assert granule_name(-55.0, -5.0) == "00N_060W"
    assert granule_name(-55.0, -12.0) == "10S_060W"
    assert granule_name(104.9, 11.5) == "20N_100E"
    assert granules_for(-61.0, -1.0, -59.0, 1.0) == ["10N_070W", "10N_060W", "00N_070W",
                                                     "00N_060W"]
    assert granule_url("lossyear", "10S_060W") == (
        "https://storage.googleapis.com/earthenginepartners-hansen/GFC-2024-v1.12/"
        "Hansen_GFC-2024-v1.12_lossyear_10S_060W.tif")
    assert data_last_year("/x/Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif") == 2023
    assert data_last_year("/x/lossyear.tif") is None


def _write(path, array, gt=(10.0, 0.5, 0.0, 20.0, 0.0, -0.5)):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1,
                                              gdal.GDT_Byte)
    ds.SetGeoTransform(gt)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(255)
    band.WriteArray(array)
    ds = None
    return str(path)


def test_rasters_select_pixels_by_centre(tmp_path):
    # 8 x 8 pixels of 0.5 degree from (10, 20) down to (14, 16); the lossyear value = column
    tc = np.full((8, 8), 90, dtype=np.uint8)
    ly = np.tile(np.arange(8, dtype=np.uint8), (8, 1))
    rasters = HansenRasters(_write(tmp_path / "tc.tif", tc), _write(tmp_path / "ly.tif", ly))
    rule = HansenRule(first_year=2002, last_year=2003)
    # x 10.8..11.9 spans columns 1.6..3.8: the centres of columns 2 and 3 (11.25, 11.75) are
    # inside, not column 1's (10.75) although the polygon covers 40 % of those pixels.
    # y 19.9..18.1 spans rows 0.2..3.8: the centres of rows 0..3 (19.75 .. 18.25).
    poly = rectangle_polygon(10.8, 18.1, 11.9, 19.9)
    stats = rasters.stats_for(poly, rule)
    assert stats.hansen_pixels == 2 * 4
    assert stats.older_loss == 0
    assert stats.recent_loss == 8  # columns 2, 3 (2002, 2003)
    # partly outside the raster: only the centres inside count
    assert rasters.stats_for(rectangle_polygon(13.0, 15.0, 16.0, 17.0), rule).hansen_pixels == 4
    assert rasters.stats_for(rectangle_polygon(30.0, 30.0, 31.0, 31.0), rule).hansen_pixels == 0
    rasters.close()


def test_rasters_on_different_grids_are_refused(tmp_path):
    a = _write(tmp_path / "a.tif", np.zeros((8, 8), np.uint8))
    b = _write(tmp_path / "b.tif", np.zeros((8, 8), np.uint8), gt=(10.5, 0.5, 0, 20, 0, -0.5))
    with pytest.raises(HansenError, match="same pixel grid"):
        HansenRasters(a, b)
    with pytest.raises(HansenError, match="LOSSYEAR"):
        HansenRasters(a, str(tmp_path / "missing.tif"))


# --- the per-tile loop over plain records (core/evaluation/hansen_tiles.py) ---------------------

class Feedback:
    """What label_tiles() needs of a QgsProcessingFeedback, recording what it is told."""

    def __init__(self, cancel_after=None):
        self.info, self.warnings, self.progress = [], [], []
        self.cancel_after = cancel_after

    def pushInfo(self, text):  # noqa: N802 (the QGIS feedback's names)
        self.info.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)

    def setProgress(self, value):  # noqa: N802
        self.progress.append(value)

    def isCanceled(self):  # noqa: N802
        return self.cancel_after is not None and len(self.progress) >= self.cancel_after


def _tiles_rasters(tmp_path):
    """8 x 8 pixels of 0.5 degree from (10, 20): canopy 90, lost in 2002 in columns 0-3 and
    never in columns 4-7 (EPSG:4326, like the Hansen granules)."""
    tc = np.full((8, 8), 90, dtype=np.uint8)
    ly = np.zeros((8, 8), dtype=np.uint8)
    ly[:, :4] = 2
    return (_write(tmp_path / "Hansen_GFC-2023-v1.11_treecover2000_x.tif", tc),
            _write(tmp_path / "Hansen_GFC-2023-v1.11_lossyear_x.tif", ly))


def _request(tmp_path, tiles_crs="EPSG:4326"):
    from deforestation_classifier.core.evaluation.hansen_tiles import HansenRequest

    treecover, lossyear = _tiles_rasters(tmp_path)
    return HansenRequest(treecover, lossyear, "EPSG:4326", tiles_crs,
                         HansenRule(first_year=2002, last_year=2003),
                         tiles_extent=(10.0, 16.0, 14.0, 19.9))


def test_label_tiles_gives_one_result_per_record_in_order(tmp_path):
    from deforestation_classifier.core.evaluation.hansen_tiles import (
        TileRecord, label_tiles)

    records = [
        TileRecord(7, rectangle_polygon(12.0, 16.0, 14.0, 20.0).ExportToWkt()),  # no loss
        TileRecord(3, bytes(rectangle_polygon(10.0, 16.0, 12.0, 20.0).ExportToWkb())),  # lost
        TileRecord(9),  # no geometry
        TileRecord(4, rectangle_polygon(30.0, 30.0, 31.0, 31.0).ExportToWkt()),  # off the data
    ]
    feedback = Feedback()
    labelling = label_tiles(_request(tmp_path), records, feedback, total=len(records))
    results = list(labelling)
    assert [r.tile_id for r in results] == [7, 3, 9, 4]
    assert [(r.label, r.status) for r in results] == [
        (SF, "LABELLED"), (RC, "LABELLED"), (None, "NO_GEOMETRY"), (None, "NO_HANSEN_DATA")]
    assert results[0].values() == [SF, 1.0, 1.0, 0.0, 0.0, 32, "LABELLED"]
    assert results[2].values() == [None, None, None, None, None, 0, "NO_GEOMETRY"]
    assert labelling.done == 4
    assert labelling.counts == {SF: 1, RC: 1, LT: 0, "NO_HANSEN_DATA": 1, "NO_GEOMETRY": 1}
    # The rule, the granules and the summary are logged; LAST_YEAR 2003 is in GFC-2023 files.
    assert feedback.info[0].startswith("Hansen GFC reference labels: recent-loss window 2002")
    assert feedback.info[1] == "Hansen granules covering the tiles: 20N_010E"
    assert feedback.info[-1] == ("Done. STANDING_FOREST: 1, RECENTLY_CLEARED: 1, "
                                 "NO_HANSEN_DATA: 1, NO_GEOMETRY: 1")
    assert feedback.warnings == []


def test_label_tiles_transforms_the_tiles_into_the_rasters_crs(tmp_path):
    from deforestation_classifier.core.evaluation.hansen_tiles import (
        TileRecord, label_tiles)

    wgs84, mercator = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    mercator.ImportFromEPSG(3857)
    for srs in (wgs84, mercator):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    square = rectangle_polygon(10.0, 16.0, 12.0, 20.0)
    square.Transform(osr.CoordinateTransformation(wgs84, mercator))
    direct = list(label_tiles(_request(tmp_path), [TileRecord(1, square.ExportToWkt())],
                              Feedback()))
    assert direct[0].status == "NO_HANSEN_DATA"  # read as degrees: far off the rasters
    transformed = list(label_tiles(_request(tmp_path, tiles_crs="EPSG:3857"),
                                   [TileRecord(1, square.ExportToWkt())], Feedback()))
    assert transformed[0].label == RC and transformed[0].stats.hansen_pixels == 32


def test_label_tiles_stops_when_cancelled_and_says_so(tmp_path):
    from deforestation_classifier.core.evaluation.hansen_tiles import (
        TileRecord, label_tiles)

    records = [TileRecord(i, rectangle_polygon(12.0, 16.0, 14.0, 20.0).ExportToWkt())
               for i in range(5)]
    feedback = Feedback(cancel_after=2)
    labelling = label_tiles(_request(tmp_path), records, feedback, total=5)
    assert len(list(labelling)) == 2 and labelling.done == 2
    assert feedback.warnings == ["Cancelled after 2 of 5 tiles."]
    assert feedback.info[-1] == "Done. STANDING_FOREST: 2"


def test_label_tiles_refuses_before_any_tile(tmp_path):
    from deforestation_classifier.core.evaluation.hansen_tiles import (
        HansenRequest, label_tiles)

    request = _request(tmp_path)
    feedback = Feedback()
    with pytest.raises(HansenError, match="TREECOVER has no CRS"):
        label_tiles(HansenRequest(request.treecover, request.lossyear, "", ""), [], feedback)
    with pytest.raises(HansenError, match="LAST_YEAR 2001 is before FIRST_YEAR"):
        label_tiles(HansenRequest(request.treecover, request.lossyear, "EPSG:4326", "",
                                  HansenRule(first_year=2002, last_year=2001)), [], feedback)
    assert feedback.info == [] and feedback.warnings == []


def test_label_tiles_warns_when_last_year_is_after_the_data(tmp_path):
    from deforestation_classifier.core.evaluation.hansen_tiles import (
        HansenRequest, label_tiles)

    request = _request(tmp_path)
    feedback = Feedback()
    label_tiles(HansenRequest(request.treecover, request.lossyear, "EPSG:4326", "",
                              HansenRule(last_year=2025)), [], feedback)
    assert feedback.warnings == [
        "LAST_YEAR 2025 is after the last loss year of "
        "Hansen_GFC-2023-v1.11_treecover2000_x.tif (2023): loss in 2024-2025 is not in these "
        "files. Use a newer Hansen version or an earlier LAST_YEAR."]


def test_the_request_describes_the_rule_for_the_output_metadata():
    from deforestation_classifier.core.evaluation.hansen_tiles import HansenRequest

    abstract = HansenRequest("tc.tif", "ly.tif", "EPSG:4326", "").abstract()
    assert abstract.startswith("Hansen GFC reference labels: recent-loss window 2020-2024")
    assert abstract.endswith(
        " Parameters: FIRST_YEAR=2020, LAST_YEAR=2024, CANOPY_THRESHOLD=50, "
        "FOREST_FRACTION=0.5, RECENT_LOSS_FRACTION=0.05; TREECOVER=tc.tif; LOSSYEAR=ly.tif.")


def test_densified_adds_floor_length_over_spacing_nodes_per_segment():
    from deforestation_classifier.core.evaluation.hansen_tiles import densified

    # QgsGeometry.densifyByDistance: floor(1000 / 50) = 20 nodes inside a 1000 m side, so 21
    # equal segments; floor(500 / 50) = 10 inside a 500 m side.
    square = densified(rectangle_polygon(0.0, 0.0, 1000.0, 500.0), 50.0)
    ring = square.GetGeometryRef(0)
    assert ring.GetPointCount() == 4 + 2 * 20 + 2 * 10 + 1
    assert ring.GetPoint_2D(1) == pytest.approx((1000.0 / 21, 0.0))
    assert square.GetArea() == pytest.approx(500000.0)
    multi = ogr.CreateGeometryFromWkt(
        "MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0)),((20 0,30 0,30 10,20 10,20 0)))")
    assert densified(multi, 4.0).GetGeometryRef(1).GetGeometryRef(0).GetPointCount() == 13
