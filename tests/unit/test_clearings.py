"""Clearings on painted rasters, without QGIS (core/alerts/clearings.py, date_imagery.py,
delineation.py, tiers.py, overlay.py): known areas inside one tile and across a border, a speck
under the minimum mapping unit, cloud over a clearing in one date, an alert without change, a
clearing the model missed, reference alerts as polygons and as a raster, an overlay."""
import numpy as np
import pytest
from osgeo import ogr

from clearing_factory import (
    CLEARED, CLOUD, PASTURE, canvas, paint, window, window_wkt, write, write_mask)
from tile_factory import LT, RC, SF, tid

from deforestation_classifier.core.alerts import clearings as cl
from deforestation_classifier.core.alerts.compare import TileState, alert_patches, compare
from deforestation_classifier.core.alerts.date_imagery import DateSource
from deforestation_classifier.core.alerts.delineation import (
    ClearingRequest, find_clearings, grid_of)
from deforestation_classifier.core.alerts.overlay import OverlayFeature

# The UTM scale factor at 15 E (zone 33's central meridian is 15 E; the tiles lie near 13.6 E):
# ground areas are within 0.1 % of the grid's.
REL = 0.01


def test_ndvi_and_what_counts_as_seen():
    nir = np.array([[3000, 2200, 6500, 0]], np.uint16)
    red = np.array([[300, 1400, 6200, 0]], np.uint16)
    valid = nir > 0
    seen = cl.seen_index(nir, red, valid)
    assert seen[0, 0] == pytest.approx(2700 / 3300)
    assert seen[0, 1] == pytest.approx(800 / 3600)
    assert np.isnan(seen[0, 2])  # as bright in red as a cloud
    assert np.isnan(seen[0, 3])  # nodata
    cloudy = np.array([[True, False, False, False]])
    assert np.isnan(cl.seen_index(nir, red, valid, cloudy)[0, 0])


def test_cleared_is_vegetated_before_and_bare_after():
    before = np.array([0.82, 0.82, 0.35, np.nan, 0.82], np.float32)
    after = np.array([0.22, 0.7, 0.22, 0.22, np.nan], np.float32)
    assert cl.cleared_pixels(before, after).tolist() == [True, False, False, False, False]


def _scan_of(e, n, mask):
    before = np.where(mask, 0.82, 0.8).astype(np.float32)
    after = np.where(mask, 0.2, 0.8).astype(np.float32)
    return cl.scan_tile(tid(e, n), before, after)


def _grid():
    return grid_of("EPSG32633", "")


def test_a_clearing_inside_one_tile_and_a_speck():
    mask = np.zeros((100, 100), bool)
    mask[10:40, 20:60] = True  # 30 x 40 px = 12 ha
    mask[80:82, 80:83] = True  # 6 px = 0.06 ha: under the unit
    found = cl.delineate_all([_scan_of(0, 0, mask)], _grid().srs(), 0.5)
    assert len(found) == 1
    assert found[0].area_ha == pytest.approx(12.0, rel=REL)
    assert found[0].tile_ha == {tid(0, 0): pytest.approx(found[0].area_ha)}
    assert found[0].geometry.GetArea() == pytest.approx(120000.0)
    assert found[0].index_before == pytest.approx(0.82, abs=1e-3)
    assert found[0].index_after == pytest.approx(0.2, abs=1e-3)
    assert len(cl.delineate_all([_scan_of(0, 0, mask)], _grid().srs(), 0.0)) == 2


def test_a_clearing_across_a_tile_border_is_one_polygon():
    west, east = np.zeros((100, 100), bool), np.zeros((100, 100), bool)
    west[40:60, 70:100] = True  # 20 x 30 px
    east[40:60, 0:10] = True  # 20 x 10 px
    found = cl.delineate_all([_scan_of(0, 0, west), _scan_of(1, 0, east)], _grid().srs(), 0.5)
    assert len(found) == 1
    assert found[0].pixels == 800
    assert found[0].tile_ha[tid(0, 0)] == pytest.approx(6.0, rel=REL)
    assert found[0].tile_ha[tid(1, 0)] == pytest.approx(2.0, rel=REL)
    assert found[0].geometry.GetGeometryName() == "POLYGON"


# --- through the rasters, the comparison and the tiers -----------------------------------------
def _states(labels, date):
    return [TileState(t, label, image_date=date) for t, label in labels.items()]


def _comparison(after_labels):
    before = {t: SF for t in after_labels}
    comparison = compare(_states(before, "2024-01-10"), _states(after_labels, "2024-07-10"))
    patches = alert_patches(comparison, _grid().wkt)
    return comparison, patches


@pytest.fixture
def painted(tmp_path):
    """tid(0,0): an alert with a 12 ha clearing and a speck; tid(1,1)+tid(2,1): one clearing
    across their border (6 + 2 ha), tid(1,1) an alert, tid(2,1) kept as forest; tid(3,2): an
    alert without change; tid(3,0): kept forest with a 4 ha clearing the model missed;
    tid(0,2): an alert whose clearing is under cloud in the later image; tid(2,2): an old
    clearing (pasture in both)."""
    before, after = canvas(), canvas()
    paint(after, CLEARED, 0, 0, 10, 20, 30, 40)
    paint(after, CLEARED, 0, 0, 80, 80, 2, 3)
    paint(after, CLEARED, 1, 1, 40, 70, 20, 30)
    paint(after, CLEARED, 2, 1, 40, 0, 20, 10)
    paint(after, CLEARED, 3, 0, 50, 50, 20, 20)
    paint(after, CLEARED, 0, 2, 30, 30, 20, 20)
    paint(after, CLOUD, 0, 2, 20, 20, 40, 40)
    paint(before, PASTURE, 2, 2, 30, 30, 30, 30)
    paint(after, PASTURE, 2, 2, 30, 30, 30, 30)
    labels = {tid(e, n): SF for e in range(4) for n in range(3)}
    labels.update({tid(0, 0): RC, tid(1, 1): RC, tid(3, 2): RC, tid(0, 2): RC,
                   tid(2, 2): LT})
    return (write(tmp_path / "before.tif", before, "2024-01-10"),
            write(tmp_path / "after.tif", after, "2024-07-10"), labels)


def _run(painted, **options):
    before, after, labels = painted
    comparison, patches = _comparison(labels)
    request = ClearingRequest(DateSource(before), DateSource(after), **options)
    result = find_clearings(request, comparison, patches, _grid())
    return result, {c.tile_id: c for c in comparison.changes}, patches


def test_areas_tiles_and_tiers(painted):
    result, tiles, patches = _run(painted)
    by_tile = {c.tile_id: c for c in result.clearings}
    assert set(by_tile) == {tid(0, 0), tid(1, 1), tid(3, 0)}
    assert by_tile[tid(0, 0)].area_ha == pytest.approx(12.0, rel=REL)
    across = by_tile[tid(1, 1)]  # carried by the alert tile, which holds most of it
    assert across.area_ha == pytest.approx(8.0, rel=REL)
    assert across.confidence == "high" and across.patch_id == tiles[tid(1, 1)].patch_id
    assert by_tile[tid(3, 0)].confidence == "candidate" and by_tile[tid(3, 0)].patch_id is None
    assert by_tile[tid(0, 0)].image_date_before == "2024-01-10"
    assert by_tile[tid(0, 0)].image_date_after == "2024-07-10"
    assert tiles[tid(0, 0)].confidence == "high"
    assert tiles[tid(0, 0)].cleared_ha == pytest.approx(12.0, rel=REL)
    assert tiles[tid(1, 1)].cleared_ha == pytest.approx(6.0, rel=REL)
    assert tiles[tid(2, 1)].cleared_ha == pytest.approx(2.0, rel=REL)
    assert tiles[tid(2, 1)].confidence == "candidate"
    assert tiles[tid(3, 0)].confidence == "candidate"
    assert tiles[tid(3, 2)].confidence == "low" and tiles[tid(3, 2)].cleared_ha == 0.0
    # The clearing under cloud is not seen; most of the tile is, so the alert is low.
    assert tiles[tid(0, 2)].confidence == "low"
    assert tiles[tid(1, 0)].confidence is None and tiles[tid(1, 0)].cleared_ha == 0.0
    # Forest before by the model, pasture in both images: a clearing older than the earlier
    # image, so the alert is low.
    assert tiles[tid(2, 2)].confidence == "low"
    assert [c.clearing_id for c in result.clearings] == [1, 2, 3]
    assert [c.confidence for c in result.clearings] == ["high", "high", "candidate"]
    by_patch = {p.tile_ids[0]: p for p in patches}
    assert by_patch[tid(0, 0)].confidence == "high"
    assert by_patch[tid(0, 0)].cleared_ha == pytest.approx(12.0, rel=REL)


def test_the_minimum_mapping_unit(painted):
    result, _tiles, _ = _run(painted, min_area_ha=10.0)
    assert [c.tile_id for c in result.clearings] == [tid(0, 0)]
    result, _tiles, _ = _run(painted, min_area_ha=0.0)
    assert sorted(c.area_ha for c in result.clearings)[0] == pytest.approx(0.06, rel=REL)


def test_a_mostly_clouded_alert_gets_no_tier(painted, tmp_path):
    before, after_path, labels = painted
    from osgeo import gdal

    after = gdal.Open(after_path).ReadAsArray()
    paint(after, CLOUD, 3, 2, 0, 0, 80, 100)
    cloudy = write(tmp_path / "cloudy.tif", after)
    result, tiles, _ = _run((before, cloudy, labels))
    assert tiles[tid(3, 2)].confidence is None and tiles[tid(3, 2)].cleared_ha is None


def test_an_scl_masks_cloud_shadow_in_either_date(painted, tmp_path):
    before, after, labels = painted
    scl = np.full((300, 400), 4, np.uint8)
    rows, cols = window(0, 0, 10, 20, 30, 20)  # half the 12 ha clearing under cloud shadow
    scl[rows, cols] = 3
    mask = write_mask(tmp_path / "SCL.tif", scl)
    comparison, patches = _comparison(labels)
    request = ClearingRequest(DateSource(before), DateSource(after, mask=mask, mask_kind="scl"))
    result = find_clearings(request, comparison, patches, _grid())
    first = next(c for c in result.clearings if c.tile_id == tid(0, 0))
    assert first.area_ha == pytest.approx(6.0, rel=REL)


def test_reference_alerts_as_polygons_and_as_a_raster(painted, tmp_path):
    polygon = ogr.CreateGeometryFromWkt(window_wkt(0, 0, 10, 20, 30, 10))  # 3 ha of the 12
    result, tiles, patches = _run(painted, reference=[OverlayFeature("DETER", polygon)])
    first = next(c for c in result.clearings if c.tile_id == tid(0, 0))
    assert first.reference_overlap_ha == pytest.approx(3.0, rel=REL)
    assert first.confidence == "highest" and tiles[tid(0, 0)].confidence == "highest"
    assert tiles[tid(1, 1)].confidence == "high"
    assert next(p for p in patches if tid(0, 0) in p.tile_ids).confidence == "highest"
    marks = np.zeros((300, 400), np.uint8)
    marks[window(1, 1, 40, 70, 20, 5)] = 7  # 1 ha of the clearing across the border
    raster = write_mask(tmp_path / "gfw.tif", marks)
    result, tiles, _ = _run(painted, reference_raster=raster)
    across = next(c for c in result.clearings if c.tile_id == tid(1, 1))
    assert across.reference_overlap_ha == pytest.approx(1.0, rel=REL)
    assert tiles[tid(1, 1)].confidence == "highest"
    assert tiles[tid(0, 0)].confidence == "high"
    assert tiles[tid(2, 1)].confidence == "candidate"  # a miss stays a candidate


def test_the_overlay_names_and_areas(painted):
    park = OverlayFeature("Parque A", ogr.CreateGeometryFromWkt(window_wkt(0, 0, 0, 0, 25, 100)))
    farm = OverlayFeature("Fazenda B", ogr.CreateGeometryFromWkt(window_wkt(0, 0, 25, 0, 75, 40)))
    result, _tiles, _ = _run(painted, overlay=[park, farm])
    first = next(c for c in result.clearings if c.tile_id == tid(0, 0))
    # Rows 10..25 of the clearing are in the park (15 x 40 px = 6 ha), rows 25..40 of columns
    # 20..40 in the farm (15 x 20 px = 3 ha).
    assert first.overlay_ha == pytest.approx(9.0, rel=REL)
    assert first.overlay_names == "Parque A; Fazenda B"
    other = next(c for c in result.clearings if c.tile_id == tid(3, 0))
    assert other.overlay_ha == 0.0 and other.overlay_names is None


def test_without_imagery_nothing_is_rated(painted):
    _before, after, labels = painted
    comparison, patches = _comparison(labels)
    result = find_clearings(ClearingRequest(None, DateSource(after)), comparison, patches,
                            _grid())
    assert result.clearings == [] and all(c.confidence is None for c in comparison.changes)
