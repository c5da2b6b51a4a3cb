"""deforestation:classify's probabilities against a plain from-scratch reference, end to end.

The algorithm runs through processing.run on a raster of 15 varied tiles (the engine scores
them in groups of 4) with the sharpened tiny model; CHIPS_FOLDER keeps the exact chips the model
saw. For every tile, tests/reference_scoring.PlainReference evaluates the whole prompt and each
complete answer from scratch through llama_cpp.Llama (nothing cached, nothing grouped), and the
GeoPackage's prob_* fields must equal its probabilities within 0.005, the labels wherever it is
decisive.
"""
import numpy as np
import pytest
from qgis.core import QgsProcessingFeedback, QgsVectorLayer

from deforestation_classifier.core.vocabulary import CLASSES
from deforestation_classifier.core.inference.engine_types import EngineSettings
from deforestation_classifier.core.inference.recipe_engine import RecipeEngine
from raster_factory import write_s2_stack
from reference_scoring import PlainReference, capture_recipe_prompt

PROB_TOL = 0.005
DECISIVE_MARGIN = 0.01
FIELDS = {"STANDING_FOREST": "prob_standing_forest",
          "RECENTLY_CLEARED": "prob_recently_cleared",
          "LONG_TERM_NON_FOREST": "prob_long_term_non_forest"}


def varied_bands(tile_rows, tile_cols, seed=11):
    """B08, B04, B03 DN arrays: each 1 km tile (100 x 100 px) its own level, texture and
    clearing, from forest-like (bright NIR) to bare (NIR ~ red)."""
    rng = np.random.default_rng(seed)
    bands = np.zeros((3, 100 * tile_rows, 100 * tile_cols))
    yy, xx = np.mgrid[0:100, 0:100]
    for r in range(tile_rows):
        for c in range(tile_cols):
            level = rng.uniform([300, 100, 150], [3500, 2500, 2500])
            block = rng.normal(level[:, None, None], rng.uniform(20, 600), (3, 100, 100))
            if rng.random() < 0.5:  # a clearing
                cy, cx, rad = rng.integers(20, 80, 2).tolist() + [rng.integers(10, 40)]
                hole = (yy - cy) ** 2 + (xx - cx) ** 2 < rad ** 2
                block[:, hole] = rng.uniform([800, 900, 700], [1500, 1600, 1300])[:, None]
            bands[:, 100 * r:100 * r + 100, 100 * c:100 * c + 100] = block
    return [np.clip(b, 1, 10000).astype(np.uint16) for b in bands]


@pytest.fixture(scope="module")
def reference(sharp_models):
    settings = EngineSettings(model_path=sharp_models[0], mmproj_path=sharp_models[1],
                              n_threads=1)
    recipe = RecipeEngine(settings)
    try:
        chip = np.zeros((100, 100, 3), np.uint8)
        text = capture_recipe_prompt(recipe, chip)["text"]
    finally:
        recipe.close()
    ref = PlainReference(settings)
    yield ref, text
    ref.close()


def test_classify_probabilities_equal_the_from_scratch_reference(provider, sharp_models,
                                                                  reference, tmp_path):
    import processing

    raster = write_s2_stack(tmp_path / "s2.tif", varied_bands(3, 5),
                            origin=(500000.0, 5803000.0))
    chips = tmp_path / "chips"
    results = processing.run("deforestation:classify", {
        "INPUT": raster, "MODEL": str(sharp_models[0]), "MMPROJ": str(sharp_models[1]),
        "CHIPS_FOLDER": str(chips), "OUTPUT": str(tmp_path / "out.gpkg"),
    }, feedback=QgsProcessingFeedback())
    layer = QgsVectorLayer(results["OUTPUT"], "out", "ogr")
    features = list(layer.getFeatures())
    assert len(features) == 15 and all(f["status"] == "CLASSIFIED" for f in features)

    ref, text = reference
    worst, decisive, failures, labels = 0.0, 0, [], set()
    for f in features:
        png = (chips / f"{f['tile_id']}.png").read_bytes()
        p_ref = ref.probabilities(png, text)
        p_alg = np.array([f[FIELDS[c]] for c in CLASSES])
        labels.add(f["class_label"])
        diff = float(np.abs(p_alg - p_ref).max())
        worst = max(worst, diff)
        if diff > PROB_TOL:
            failures.append((f["tile_id"], p_alg.round(4).tolist(), p_ref.round(4).tolist()))
        top2 = np.sort(p_ref)[-2:]
        if top2[1] - top2[0] > DECISIVE_MARGIN:
            decisive += 1
            if f["class_label"] != CLASSES[int(np.argmax(p_ref))]:
                failures.append((f["tile_id"], "label", f["class_label"], p_ref.round(4)))
        assert f["confidence"] == pytest.approx(f[FIELDS[f["class_label"]]])
    assert not failures, f"worst |dp| {worst:.2g}: {failures[:5]}"
    # the comparison is about something: decisive tiles, and not one answer for all
    assert decisive >= 10
    assert len(labels) >= 2, labels
