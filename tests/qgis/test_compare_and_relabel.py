"""deforestation:compare and deforestation:relabel through processing.run, on classify-shaped
GeoPackages built here with known transitions, patch shapes and review overrides."""
import csv
import json

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

from tile_factory import run_algorithm as run, tid, write_tiles

SF, RC, LT = "STANDING_FOREST", "RECENTLY_CLEARED", "LONG_TERM_NON_FOREST"


def rows(path, key):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return {f[key]: f for f in layer.getFeatures()}


@pytest.fixture
def two_dates(tmp_path):
    # An L of three forest tiles cleared (one to non-forest), two diagonal neighbours cleared
    # (two patches), a tile the model says cleared but an analyst reviewed as forest, a stable
    # forest tile, a cloudy tile, a tile only in BEFORE.
    before = {tid(0, 2): {"class_label": SF}, tid(0, 1): {"class_label": SF},
              tid(1, 1): {"class_label": SF}, tid(5, 5): {"class_label": SF},
              tid(6, 4): {"class_label": SF}, tid(8, 0): {"class_label": SF},
              tid(9, 0): {"class_label": SF}, tid(10, 0): {"class_label": SF},
              tid(11, 0): {"class_label": SF}}
    after = {tid(0, 2): {"class_label": RC, "prob_recently_cleared": 0.9},
             tid(0, 1): {"class_label": LT, "prob_recently_cleared": 0.2},
             tid(1, 1): {"class_label": RC, "prob_recently_cleared": 0.6},
             tid(5, 5): {"class_label": RC, "prob_recently_cleared": 0.7},
             tid(6, 4): {"class_label": RC, "prob_recently_cleared": 0.8},
             tid(8, 0): {"class_label": RC, "prob_recently_cleared": 0.55,
                         "reviewed_label": SF},
             tid(9, 0): {"class_label": SF, "prob_recently_cleared": 0.1},
             tid(10, 0): {"status": "CLOUDY"},
             tid(12, 0): {"class_label": RC, "prob_recently_cleared": 0.9}}
    return (write_tiles(tmp_path / "before.gpkg", before, date="2023-07-01"),
            write_tiles(tmp_path / "after.gpkg", after, date="2024-07-15"))


def test_compare_finds_the_alerts_and_their_patches(provider, two_dates, tmp_path):
    before, after = two_dates
    results = run("compare", {"BEFORE": before, "AFTER": after,
                              "OUTPUT": str(tmp_path / "alerts.gpkg"),
                              "PATCHES": str(tmp_path / "patches.gpkg"),
                              "EXPORT_FOLDER": str(tmp_path / "share")})
    tiles = rows(results["OUTPUT"], "tile_id")
    alerts = {t for t, f in tiles.items() if f["alert"] == 1}
    assert alerts == {tid(0, 2), tid(0, 1), tid(1, 1), tid(5, 5), tid(6, 4)}
    assert tiles[tid(0, 1)]["transition"] == "STANDING_FOREST>LONG_TERM_NON_FOREST"
    assert tiles[tid(8, 0)]["label_after"] == SF and tiles[tid(8, 0)]["alert"] == 0  # reviewed
    assert tiles[tid(0, 2)]["image_date_before"].toString("yyyy-MM-dd") == "2023-07-01"
    assert tiles[tid(0, 2)]["prob_recently_cleared_after"] == pytest.approx(0.9)
    assert set(tiles) == {tid(0, 2), tid(0, 1), tid(1, 1), tid(5, 5), tid(6, 4), tid(8, 0),
                          tid(9, 0)}
    assert (results["ONLY_BEFORE"], results["ONLY_AFTER"], results["UNCLASSIFIED"]) == (1, 1, 1)
    assert results["ALERTS"] == 5 and results["PATCH_COUNT"] == 3

    patches = rows(results["PATCHES"], "patch_id")
    assert [patches[i]["n_tiles"] for i in (1, 2, 3)] == [3, 1, 1]
    assert patches[1]["area_ha"] == pytest.approx(300, rel=2e-3)
    assert patches[1]["max_prob_recently_cleared"] == pytest.approx(0.9)
    assert patches[1].geometry().area() == pytest.approx(3e6)
    assert not patches[1].geometry().isMultipart()
    assert patches[2]["tile_ids"] == tid(6, 4)  # the more probable single tile first
    assert tiles[tid(6, 4)]["patch_id"] == 2

    share = tmp_path / "share"
    geojson = json.loads((share / "alerts.geojson").read_text())
    assert len(geojson["features"]) == 5
    lon, lat = geojson["features"][0]["geometry"]["coordinates"][0][0][:2]
    assert 10 < lon < 14 and 51 < lat < 54  # WGS 84
    with open(share / "patches.csv", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == 3 and {"centroid_lon", "centroid_lat", "area_ha"} <= set(table[0])
    assert (share / "alerts.kml").stat().st_size > 0 and (share / "patches.kml").is_file()


def test_outputs_are_styled_inside_their_geopackages(provider, two_dates, tmp_path):
    before, after = two_dates
    results = run("compare", {"BEFORE": before, "AFTER": after,
                              "OUTPUT": str(tmp_path / "a.gpkg"),
                              "PATCHES": str(tmp_path / "p.gpkg")})
    for key in ("OUTPUT", "PATCHES"):
        ds = ogr.Open(results[key])
        styles = ds.ExecuteSQL("SELECT COUNT(*) FROM layer_styles WHERE useAsDefault")
        assert styles.GetNextFeature().GetField(0) == 1
        ds.ReleaseResultSet(styles)


def test_one_date_gives_patches_of_recently_cleared_tiles(provider, two_dates, tmp_path):
    _before, after = two_dates
    results = run("compare", {"AFTER": after, "OUTPUT": str(tmp_path / "a.gpkg"),
                              "PATCHES": str(tmp_path / "p.gpkg")})
    # RECENTLY_CLEARED in AFTER: (0,2), (1,1) - diagonal - (5,5), (6,4), (12,0); (8,0) is
    # reviewed as forest.
    assert results["ALERTS"] == 5 and results["PATCH_COUNT"] == 5


def test_two_grids_are_refused(provider, tmp_path):
    before = write_tiles(tmp_path / "b.gpkg", {tid(0, 0): {"class_label": SF}},
                         date="2023-07-01")
    after = write_tiles(tmp_path / "c.gpkg", {tid(0, 0, "EPSG32634"): {"class_label": RC}},
                        date="2024-07-15", epsg=32634)
    with pytest.raises(QgsProcessingException, match="different tile grids"):
        run("compare", {"BEFORE": before, "AFTER": after, "OUTPUT": str(tmp_path / "a.gpkg"),
                        "PATCHES": str(tmp_path / "p.gpkg")})


def test_relabel_is_the_threshold_rule_and_keeps_the_reviews(provider, two_dates, tmp_path):
    _before, after = two_dates
    results = run("relabel", {"INPUT": after, "RC_THRESHOLD": 0.5,
                              "OUTPUT": str(tmp_path / "relabel.gpkg")})
    tiles = rows(results["OUTPUT"], "tile_id")
    # 0.55 >= 0.5: model label RECENTLY_CLEARED stays; 0.2 and 0.1 below: the argmax stays.
    assert tiles[tid(0, 1)]["class_label"] == LT and tiles[tid(9, 0)]["class_label"] == SF
    assert results["CHANGED"] == 0
    lower = run("relabel", {"INPUT": after, "RC_THRESHOLD": 0.15,
                            "OUTPUT": str(tmp_path / "lower.gpkg")})
    tiles = rows(lower["OUTPUT"], "tile_id")
    assert tiles[tid(0, 1)]["class_label"] == RC  # 0.2 reaches 0.15
    assert tiles[tid(0, 1)]["confidence"] == pytest.approx(0.2)
    assert tiles[tid(9, 0)]["class_label"] == SF  # 0.1 does not
    assert tiles[tid(8, 0)]["reviewed_label"] == SF  # the review decision is kept
    assert tiles[tid(10, 0)]["status"] == "CLOUDY" and not tiles[tid(10, 0)]["class_label"]
    assert (lower["CHANGED"], lower["RECENTLY_CLEARED_ADDED"]) == (1, 1)
    higher = run("relabel", {"INPUT": after, "RC_THRESHOLD": 0.95,
                             "OUTPUT": str(tmp_path / "higher.gpkg")})
    tiles = rows(higher["OUTPUT"], "tile_id")
    # 0.6 below 0.95: the most probable class of (1,1) is RC anyway (0.6 vs 0.2 and 0.2).
    assert tiles[tid(1, 1)]["class_label"] == RC
    assert higher["CHANGED"] == 0
