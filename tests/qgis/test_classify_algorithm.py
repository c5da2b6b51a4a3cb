"""deforestation:classify end to end through processing.run, with a tiny random-weight model."""
import sqlite3

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsVectorLayer,
)

from deforestation_classifier.core.imagery.chips import render_chip
from deforestation_classifier.core.output.layer_style import LABEL_EXPRESSION, LEGEND_ONLY_PREFIX, REVIEW_OUTLINES
from deforestation_classifier.core.vocabulary import CLASSES
from raster_factory import patterned_bands, write_s2_stack

ALG = "deforestation:classify"
LEGEND_VALUES = {LEGEND_ONLY_PREFIX + status for status in REVIEW_OUTLINES}


def run_classify(params):
    import processing

    return processing.run(ALG, params, feedback=QgsProcessingFeedback())


def load(path):
    layer = QgsVectorLayer(str(path), "result", "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture
def base_params(provider, tiny_models, tmp_path):
    text, mmproj = tiny_models
    return {"MODEL": str(text), "MMPROJ": str(mmproj), "OUTPUT": str(tmp_path / "out.gpkg")}


def test_classifies_every_tile_into_a_styled_geopackage(base_params, s2_raster):
    results = run_classify({**base_params, "INPUT": s2_raster})
    layer = load(results["OUTPUT"])
    features = list(layer.getFeatures())
    assert [f.name() for f in layer.fields()] == [
        "fid", "tile_id", "class_label", "confidence", "prob_standing_forest",
        "prob_recently_cleared", "prob_long_term_non_forest", "status", "valid_fraction",
        "cloud_fraction", "image_date", "image_id"]
    assert layer.crs().authid() == "EPSG:32633"
    assert sorted(f["tile_id"] for f in features) == sorted(
        f"EPSG32633_E{e}_N{n}" for e in (500, 501, 502) for n in (5800, 5801))
    for f in features:
        bbox = f.geometry().boundingBox()
        assert (bbox.width(), bbox.height()) == (1000, 1000)
        assert bbox.xMinimum() % 1000 == 0 and bbox.yMinimum() % 1000 == 0
        assert f.geometry().area() == pytest.approx(1e6)
        assert f["status"] == "CLASSIFIED" and f["class_label"] in CLASSES
        assert f["valid_fraction"] == 1.0
        probs = [f["prob_standing_forest"], f["prob_recently_cleared"],
                 f["prob_long_term_non_forest"]]
        assert sum(probs) == pytest.approx(1.0, abs=1e-6)
        assert f["class_label"] == CLASSES[probs.index(max(probs))]
        assert f["confidence"] == max(probs)
    assert results["TILE_COUNT"] == 6
    assert sum(results[f"COUNT_{c}"] for c in CLASSES) == 6
    assert results["COUNT_NO_DATA"] == 0
    # The style is inside the GeoPackage as the layer's default, and QGIS applies it on load.
    with sqlite3.connect(results["OUTPUT"]) as db:
        rows = db.execute("SELECT styleName, useAsDefault, styleQML FROM layer_styles").fetchall()
    assert len(rows) == 1 and rows[0][1] and "categorizedSymbol" in rows[0][2]
    reloaded = load(results["OUTPUT"])  # keep the layer alive while its renderer is used
    renderer = reloaded.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == LABEL_EXPRESSION
    assert {c.value() for c in renderer.categories()} == {*CLASSES, "", *LEGEND_VALUES}


def is_null(value):
    return value is None or str(value) == "NULL"


def test_recipe_engine_gives_labels_and_no_invented_probabilities(base_params, s2_raster):
    results = run_classify({**base_params, "INPUT": s2_raster, "ENGINE": 1})
    features = list(load(results["OUTPUT"]).getFeatures())
    assert len(features) == 6
    for f in features:
        assert f["status"] == "CLASSIFIED" and f["class_label"] in CLASSES
        assert all(is_null(f[name]) for name in (
            "confidence", "prob_standing_forest", "prob_recently_cleared",
            "prob_long_term_non_forest"))


def test_rc_threshold_turns_likely_clearings_into_rc(base_params, s2_raster):
    plain = {f["tile_id"]: f for f in load(
        run_classify({**base_params, "INPUT": s2_raster})["OUTPUT"]).getFeatures()}
    threshold = sorted(f["prob_recently_cleared"] for f in plain.values())[2]
    base_params = {**base_params, "OUTPUT": base_params["OUTPUT"].replace(".gpkg", "_rc.gpkg")}
    knob = {f["tile_id"]: f for f in load(run_classify(
        {**base_params, "INPUT": s2_raster, "RC_THRESHOLD": threshold})["OUTPUT"]).getFeatures()}
    for tile_id, f in knob.items():
        assert f["prob_recently_cleared"] == pytest.approx(plain[tile_id]["prob_recently_cleared"])
        expected = ("RECENTLY_CLEARED" if f["prob_recently_cleared"] >= threshold
                    else plain[tile_id]["class_label"])
        assert f["class_label"] == expected
    assert sum(f["class_label"] == "RECENTLY_CLEARED" for f in knob.values()) >= 4


def test_tiles_without_data_are_not_sent_to_the_model(base_params, tmp_path):
    bands = patterned_bands(200, 300)
    for band in bands:
        band[:, 100:200] = 0  # the middle kilometre column is empty
        band[150:, 200:] = 0  # the south-east tile is half empty
    raster = write_s2_stack(tmp_path / "holes.tif", bands, origin=(500000.0, 5802000.0))
    results = run_classify({**base_params, "INPUT": raster, "MIN_VALID_FRACTION": 0.6})
    by_id = {f["tile_id"]: f for f in load(results["OUTPUT"]).getFeatures()}
    for n in (5800, 5801):
        empty = by_id[f"EPSG32633_E501_N{n}"]
        assert empty["status"] == "NO_DATA" and empty["valid_fraction"] == 0.0
        assert str(empty["class_label"]) == "NULL" or empty["class_label"] is None
    half = by_id["EPSG32633_E502_N5800"]
    assert half["status"] == "INSUFFICIENT_DATA" and half["valid_fraction"] == 0.5
    assert results["COUNT_NO_DATA"] == 2 and results["COUNT_INSUFFICIENT_DATA"] == 1
    assert sum(results[f"COUNT_{c}"] for c in CLASSES) == 3


def test_chips_folder_holds_the_exact_chips(base_params, s2_raster, tmp_path):
    chips = tmp_path / "chips"
    run_classify({**base_params, "INPUT": s2_raster, "CHIPS_FOLDER": str(chips)})
    files = sorted(p.name for p in chips.glob("*.png"))
    assert len(files) == 6 and "EPSG32633_E500_N5801.png" in files
    # Hand-rendered from the raster: tile E500 N5801 is rows 0-99, cols 0-99 of the stack.
    ds = gdal.Open(s2_raster)
    nir, red, green = (ds.GetRasterBand(i).ReadAsArray(0, 0, 100, 100) for i in (1, 2, 3))
    expected = np.floor(np.clip(np.stack([nir, red, green], -1) / 3000 * 255, 0, 255))
    chip = gdal.Open(str(chips / "EPSG32633_E500_N5801.png")).ReadAsArray().transpose(1, 2, 0)
    assert chip.shape == (100, 100, 3)
    assert np.array_equal(chip, expected.astype(np.uint8))
    assert np.array_equal(chip, render_chip(nir, red, green))


def test_extent_selects_tiles_and_keeps_ids(base_params, s2_raster):
    # A 300 m box in EPSG:4326 inside tile E501 N5800 (500000 E, 5800000 N in 33N ~ 15.0 E, 52.3 N)
    extent = "501200,501500,5800200,5800500 [EPSG:32633]"
    results = run_classify({**base_params, "INPUT": s2_raster, "EXTENT": extent})
    ids = [f["tile_id"] for f in load(results["OUTPUT"]).getFeatures()]
    assert ids == ["EPSG32633_E501_N5800"]


def test_geographic_raster_gets_a_utm_grid(base_params, tmp_path):
    # 0.03 deg x 0.02 deg near 10 S, 61 W (Rondonia): UTM zone 20 S
    bands = patterned_bands(200, 300)
    raster = write_s2_stack(tmp_path / "geo.tif", bands, origin=(-61.03, -10.0),
                            pixel_size=0.0001, epsg=4326)
    results = run_classify({**base_params, "INPUT": raster})
    layer = load(results["OUTPUT"])
    assert layer.crs().authid() == "EPSG:32720"
    features = list(layer.getFeatures())
    # about 3.3 km x 2.2 km: 4-5 columns x 3-4 rows of 1 km cells
    assert 12 <= len(features) <= 20
    assert all(f["tile_id"].startswith("EPSG32720_") for f in features)
    assert all(f.geometry().area() == pytest.approx(1e6) for f in features)
    assert any(f["status"] == "CLASSIFIED" for f in features)


def test_explicit_band_numbers(base_params, tmp_path):
    bands = patterned_bands(100, 100)
    raster = write_s2_stack(tmp_path / "nodesc.tif", [bands[2], bands[1], bands[0]],
                            origin=(500000.0, 5801000.0), descriptions=("", "", ""))
    with pytest.raises(QgsProcessingException, match="Set NIR_BAND"):
        run_classify({**base_params, "INPUT": raster})
    chips = tmp_path / "chips"
    run_classify({**base_params, "INPUT": raster, "NIR_BAND": 3, "RED_BAND": 2,
                  "GREEN_BAND": 1, "CHIPS_FOLDER": str(chips)})
    chip = gdal.Open(str(chips / "EPSG32633_E500_N5800.png")).ReadAsArray().transpose(1, 2, 0)
    assert np.array_equal(chip, render_chip(*bands))


def test_missing_model_is_reported_before_any_tile(provider, s2_raster, tmp_path):
    with pytest.raises(QgsProcessingException, match="MODEL file not found: .*nowhere.gguf"):
        run_classify({"INPUT": s2_raster, "MODEL": str(tmp_path / "nowhere.gguf"),
                      "MMPROJ": str(tmp_path / "nowhere-mmproj.gguf"),
                      "OUTPUT": str(tmp_path / "o.gpkg")})
    assert not (tmp_path / "o.gpkg").exists()


def test_extent_outside_the_raster(base_params, s2_raster):
    with pytest.raises(QgsProcessingException, match="does not overlap the raster"):
        run_classify({**base_params, "INPUT": s2_raster,
                      "EXTENT": "600000,601000,5800000,5801000 [EPSG:32633]"})


def test_toolbox_load_applies_the_style(base_params, s2_raster):
    """Running with a context that loads the output (as the Toolbox does) styles the layer."""
    import processing
    from qgis.core import QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.runAndLoadResults(ALG, {**base_params, "INPUT": s2_raster},
                                           context=context, feedback=QgsProcessingFeedback())
    loaded = [lyr for lyr in QgsProject.instance().mapLayers().values()
              if lyr.source().split("|")[0] == results["OUTPUT"]]
    assert len(loaded) == 1
    layer = loaded[0]
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    QgsProject.instance().removeMapLayer(layer.id())


def test_batch_rows_each_get_their_own_output(base_params, tmp_path):
    """As the Toolbox's batch mode does: one algorithm, one run per row, one output each."""
    from qgis.core import QgsApplication, QgsProject

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    outputs = []
    for row, (x0, seed) in enumerate(((500000.0, 1), (510000.0, 2))):
        raster = write_s2_stack(tmp_path / f"row{row}.tif", patterned_bands(100, 200, seed),
                                origin=(x0, 5801000.0))
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        params = {**base_params, "INPUT": raster, "OUTPUT": str(tmp_path / f"row{row}.gpkg")}
        results, ok = alg.run(params, context, QgsProcessingFeedback())
        assert ok
        outputs.append(results["OUTPUT"])
    ids = [sorted(f["tile_id"] for f in load(path).getFeatures()) for path in outputs]
    assert ids == [["EPSG32633_E500_N5800", "EPSG32633_E501_N5800"],
                   ["EPSG32633_E510_N5800", "EPSG32633_E511_N5800"]]
