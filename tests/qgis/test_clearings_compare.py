"""deforestation:compare's clearings through processing.run and qgis_process, on painted
before/after rasters (tests/clearing_factory.py) and classify-shaped outputs
(tests/tile_factory.py): areas, the minimum mapping unit, tiers, the overlay and the reference
alerts, the default rasters each output records, and one date alone."""
import csv
import json
import subprocess

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import QgsVectorLayer

from clearing_factory import (
    CLEARED, CLOUD, PASTURE, canvas, paint, window, window_wkt, write, write_mask)
from test_qgis_process import QGIS_PROCESS, qgis_process_env  # noqa: F401 (a fixture)
from tile_factory import LT, RC, SF, run_algorithm as run, tid, write_tiles

REL = 0.01


def features(path, key):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return {f[key]: f for f in layer.getFeatures()}


def _labels():
    before = {tid(e, n): {"class_label": SF} for e in range(4) for n in range(3)}
    after = {tid(e, n): {"class_label": SF, "prob_recently_cleared": 0.05}
             for e in range(4) for n in range(3)}
    for tile in (tid(0, 0), tid(1, 1), tid(3, 2), tid(0, 2)):
        after[tile] = {"class_label": RC, "prob_recently_cleared": 0.8}
    after[tid(2, 2)] = {"class_label": LT, "prob_recently_cleared": 0.1}
    return before, after


@pytest.fixture
def painted(tmp_path):
    """As tests/unit/test_clearings.py: tid(0,0) an alert with a 12 ha clearing and a 0.06 ha
    speck; tid(1,1) an alert whose 8 ha clearing crosses into tid(2,1) (kept as forest);
    tid(3,2) an alert without change; tid(3,0) kept as forest with a 4 ha clearing; tid(0,2)
    an alert whose clearing is under cloud in the later image; tid(2,2) pasture in both."""
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
    labels_before, labels_after = _labels()
    return {
        "BEFORE_RASTER": write(tmp_path / "before.tif", before, "2024-01-10"),
        "AFTER_RASTER": write(tmp_path / "after.tif", after, "2024-07-10"),
        "BEFORE": write_tiles(tmp_path / "tiles_before.gpkg", labels_before, date="2024-01-10"),
        "AFTER": write_tiles(tmp_path / "tiles_after.gpkg", labels_after, date="2024-07-10"),
    }


def _outputs(tmp_path, name="c"):
    return {"OUTPUT": str(tmp_path / f"{name}_tiles.gpkg"),
            "PATCHES": str(tmp_path / f"{name}_patches.gpkg"),
            "CLEARINGS": str(tmp_path / f"{name}_clearings.gpkg")}


def test_clearings_areas_and_tiers(provider, painted, tmp_path):
    results = run("compare", {**painted, **_outputs(tmp_path)})
    clearings = features(results["CLEARINGS"], "tile_id")
    assert set(clearings) == {tid(0, 0), tid(1, 1), tid(3, 0)}  # the speck is dropped
    assert results["CLEARING_COUNT"] == 3
    first = clearings[tid(0, 0)]
    assert first["area_ha"] == pytest.approx(12.0, rel=REL)
    assert first["confidence"] == "high" and first["clearing_id"] == 1
    assert first["index_before"] == pytest.approx(0.818, abs=1e-3)
    assert first["index_after"] == pytest.approx(0.222, abs=1e-3)
    assert first["image_date_before"].toString("yyyy-MM-dd") == "2024-01-10"
    assert first.geometry().area() == pytest.approx(120000.0)
    assert 10 < first["centroid_lon"] < 14 and 51 < first["centroid_lat"] < 54
    across = clearings[tid(1, 1)]
    assert across["area_ha"] == pytest.approx(8.0, rel=REL)
    assert not across.geometry().isMultipart()
    assert clearings[tid(3, 0)]["confidence"] == "candidate"
    tiles = features(results["OUTPUT"], "tile_id")
    expected = {tid(0, 0): "high", tid(1, 1): "high", tid(2, 1): "candidate",
                tid(3, 0): "candidate", tid(3, 2): "low", tid(0, 2): "low"}
    for tile, tier in expected.items():
        assert tiles[tile]["confidence"] == tier, tile
    assert tiles[tid(1, 1)]["cleared_ha"] == pytest.approx(6.0, rel=REL)
    assert tiles[tid(3, 2)]["cleared_ha"] == 0.0
    patches = features(results["PATCHES"], "tile_ids")
    assert patches[tid(0, 0)]["confidence"] == "high"
    assert patches[tid(0, 0)]["cleared_ha"] == pytest.approx(12.0, rel=REL)
    # tid(2,2) (forest before, pasture in both images: an old clearing) and tid(3,2) (no
    # change) are one patch of two low alerts.
    assert patches[f"{tid(2, 2)},{tid(3, 2)}"]["confidence"] == "low"


def test_the_minimum_mapping_unit_and_the_style(provider, painted, tmp_path):
    results = run("compare", {**painted, **_outputs(tmp_path), "MIN_AREA_HA": 5.0})
    clearings = features(results["CLEARINGS"], "tile_id")
    assert set(clearings) == {tid(0, 0), tid(1, 1)}
    tiles = features(results["OUTPUT"], "tile_id")
    assert not isinstance(tiles[tid(3, 0)]["confidence"], str)  # NULL: no clearing of 5 ha
    assert tiles[tid(3, 0)]["cleared_ha"] == 0.0
    ds = ogr.Open(results["CLEARINGS"])
    styles = ds.ExecuteSQL("SELECT styleName FROM layer_styles WHERE useAsDefault")
    assert styles.GetNextFeature().GetField(0) == "deforestation_clearings"
    ds.ReleaseResultSet(styles)


def _overlay(path):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)  # another CRS than the grid: transformed by the algorithm
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32633)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs = osr.CoordinateTransformation(utm, wgs)
    layer = ds.CreateLayer("areas", wgs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("nome", ogr.OFTString))
    for name, wkt in (("Parque A", window_wkt(0, 0, 0, 0, 25, 100)),
                      ("Fazenda B", window_wkt(0, 0, 25, 0, 75, 40))):
        geometry = ogr.CreateGeometryFromWkt(wkt)
        geometry.Segmentize(10.0)
        geometry.Transform(to_wgs)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("nome", name)
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def _reference_polygons(path):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32633)
    layer = ds.CreateLayer("deter", utm, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(window_wkt(0, 0, 10, 20, 30, 10)))
    layer.CreateFeature(feature)
    ds = None
    return str(path)


def test_overlay_and_reference_polygons(provider, painted, tmp_path):
    results = run("compare", {**painted, **_outputs(tmp_path),
                              "OVERLAY": _overlay(tmp_path / "areas.gpkg"),
                              "OVERLAY_FIELD": "nome",
                              "REFERENCE_ALERTS": _reference_polygons(tmp_path / "deter.gpkg")})
    clearings = features(results["CLEARINGS"], "tile_id")
    first = clearings[tid(0, 0)]
    assert first["overlay_ha"] == pytest.approx(9.0, rel=0.02)
    assert first["overlay_names"] == "Parque A; Fazenda B"
    assert first["reference_overlap_ha"] == pytest.approx(3.0, rel=REL)
    assert first["confidence"] == "highest"
    assert clearings[tid(1, 1)]["confidence"] == "high"
    assert clearings[tid(1, 1)]["reference_overlap_ha"] == 0.0
    tiles = features(results["OUTPUT"], "tile_id")
    assert tiles[tid(0, 0)]["confidence"] == "highest"
    assert tiles[tid(1, 1)]["confidence"] == "high"


def test_reference_alerts_as_a_raster(provider, painted, tmp_path):
    marks = np.zeros((300, 400), np.uint8)
    marks[window(1, 1, 40, 70, 20, 5)] = 3
    results = run("compare", {**painted, **_outputs(tmp_path),
                              "REFERENCE_ALERTS": write_mask(tmp_path / "gfw.tif", marks)})
    clearings = features(results["CLEARINGS"], "tile_id")
    assert clearings[tid(1, 1)]["reference_overlap_ha"] == pytest.approx(1.0, rel=REL)
    assert clearings[tid(1, 1)]["confidence"] == "highest"
    assert clearings[tid(0, 0)]["confidence"] == "high"


def _record_source(gpkg, raster):
    ds = ogr.Open(gpkg, 1)
    ds.GetLayer(0).SetMetadataItem("SOURCE_RASTER", raster)
    ds = None


def test_the_rasters_default_to_the_sources_the_outputs_record(provider, painted, tmp_path):
    _record_source(painted["BEFORE"], painted["BEFORE_RASTER"])
    _record_source(painted["AFTER"], painted["AFTER_RASTER"])
    results = run("compare", {"BEFORE": painted["BEFORE"], "AFTER": painted["AFTER"],
                              **_outputs(tmp_path)})
    assert results["CLEARING_COUNT"] == 3


def test_without_an_earlier_image_there_are_no_clearings(provider, painted, tmp_path):
    results = run("compare", {"AFTER": painted["AFTER"], **_outputs(tmp_path, "one")})
    assert results["CLEARING_COUNT"] == 0
    tiles = features(results["OUTPUT"], "tile_id")
    assert all(not isinstance(f["confidence"], str) for f in tiles.values())
    # With the earlier image, one date's RECENTLY_CLEARED tiles get their clearings.
    results = run("compare", {"AFTER": painted["AFTER"], "BEFORE_RASTER": painted["BEFORE_RASTER"],
                              "AFTER_RASTER": painted["AFTER_RASTER"],
                              **_outputs(tmp_path, "two")})
    assert results["CLEARING_COUNT"] == 3
    assert features(results["OUTPUT"], "tile_id")[tid(0, 0)]["confidence"] == "high"


def test_exports_hold_the_clearings(provider, painted, tmp_path):
    share = tmp_path / "share"
    run("compare", {**painted, **_outputs(tmp_path), "EXPORT_FOLDER": str(share)})
    geojson = json.loads((share / "clearings.geojson").read_text())
    assert len(geojson["features"]) == 3
    lon, lat = geojson["features"][0]["geometry"]["coordinates"][0][0][:2]
    assert 10 < lon < 14 and 51 < lat < 54
    with open(share / "clearings.csv", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert {"clearing_id", "area_ha", "confidence", "centroid_lon"} <= set(table[0])
    assert (share / "clearings.kml").stat().st_size > 0


def test_through_qgis_process(qgis_process_env, provider, painted, tmp_path):  # noqa: F811
    overlay = _overlay(tmp_path / "areas.gpkg")
    outputs = _outputs(tmp_path, "qp")
    arguments = [f"{key}={value}" for key, value in {
        **painted, **outputs, "OVERLAY": overlay, "OVERLAY_FIELD": "nome",
        "MIN_AREA_HA": 1}.items()]
    proc = subprocess.run([QGIS_PROCESS, "--json", "run", "deforestation:compare", "--",
                           *arguments], env=qgis_process_env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["CLEARING_COUNT"] == 3
    clearings = features(outputs["CLEARINGS"], "tile_id")
    assert clearings[tid(0, 0)]["area_ha"] == pytest.approx(12.0, rel=REL)
    assert clearings[tid(0, 0)]["overlay_names"] == "Parque A; Fazenda B"
    assert features(outputs["OUTPUT"], "tile_id")[tid(3, 2)]["confidence"] == "low"


def test_the_dock_draws_the_clearing_over_both_chips(qgis_app, provider, painted, tmp_path):
    from qgis.PyQt.QtGui import QColor, QPixmap

    from deforestation_classifier.core.alerts.store import open_store
    from deforestation_classifier.ui.alert_view import OUTLINE_COLOUR, AlertView

    results = run("compare", {**painted, **_outputs(tmp_path)})
    layer = QgsVectorLayer(results["OUTPUT"], "alerts", "ogr")
    store = open_store(layer)
    view = AlertView()
    view.set_store(store)
    queue = store.queue_builder(store.records())
    record = next(r for r in queue if r.tile_id == tid(0, 0))
    assert record.confidence == "high"
    # The review goes highest, high, candidate, alerts without a tier, low.
    assert [r.confidence for r in queue] == ["high"] * 2 + ["candidate"] * 2 + ["low"] * 3
    for panel in view.panels:
        blank = QPixmap(150, 150)
        blank.fill(QColor(40, 40, 40))
        panel.chip_label.setPixmap(blank)
    view.draw_outlines(record)
    # The 12 ha clearing spans chip columns 20..60 and rows 10..40: its top edge at row 10
    # (15 display pixels, the chip shown at 1.5x).
    for panel in view.panels:
        image = panel.chip_label.pixmap().toImage()
        assert QColor(image.pixel(60, 15)).name() == OUTLINE_COLOUR.name()
        assert QColor(image.pixel(60, 100)).name() == QColor(40, 40, 40).name()
    assert "high" in view.clearing_value.text() and "12" in view.clearing_value.text()
    view.release()
