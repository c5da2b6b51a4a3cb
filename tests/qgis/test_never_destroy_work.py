"""No run destroys earlier work: an existing output is refused without RESUME or OVERWRITE,
RESUME refuses another model or other answer settings, review decisions survive every rerun,
and a failure while writing ends in a message naming the tile, with the tiles done kept."""
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from test_reliability import Recorder, run


@pytest.fixture
def params(provider, tiny_models, tmp_path, s2_raster):
    text, mmproj = tiny_models
    return {"INPUT": s2_raster, "MODEL": str(text), "MMPROJ": str(mmproj),
            "OUTPUT": str(tmp_path / "out.gpkg")}


def review(path, tile_index=0):
    """Record a review decision the way the review dock does: in the output's own fields."""
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("out")
    layer.CreateField(ogr.FieldDefn("review_status", ogr.OFTString))
    feature = list(layer)[tile_index]
    feature.SetField("review_status", "CORRECTED")
    layer.SetFeature(feature)
    ds = None
    return feature.GetField("tile_id")


def decisions(path):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("out")
    if layer.GetLayerDefn().GetFieldIndex("review_status") < 0:
        return {}
    return {f.GetField("tile_id"): f.GetField("review_status") for f in layer
            if f.GetField("review_status")}


def tile_count(path):
    ds = ogr.Open(str(path))
    return ds.GetLayerByName("out").GetFeatureCount()


def test_a_second_run_without_resume_is_refused_and_keeps_the_reviews(params):
    run(params)
    reviewed = review(params["OUTPUT"])
    with pytest.raises(QgsProcessingException) as info:
        run(params)
    message = str(info.value)
    assert "already exists (6 tiles, 1 of them reviewed)" in message
    assert "RESUME" in message and "OVERWRITE" in message and "another OUTPUT" in message
    assert decisions(params["OUTPUT"]) == {reviewed: "CORRECTED"}


def test_resume_with_the_same_settings_keeps_the_reviews(params):
    run(params)
    reviewed = review(params["OUTPUT"])
    feedback = Recorder()
    run({**params, "RESUME": True}, feedback)
    assert any("Resuming: 6 tiles of this extent already done" in i for i in feedback.infos)
    assert decisions(params["OUTPUT"]) == {reviewed: "CORRECTED"}
    assert tile_count(params["OUTPUT"]) == 6


def test_resume_with_another_model_is_refused_naming_it(params, sharp_models):
    run(params)
    text, mmproj = sharp_models
    with pytest.raises(QgsProcessingException) as info:
        run({**params, "MODEL": str(text), "MMPROJ": str(mmproj), "RESUME": True})
    message = str(info.value)
    assert "MODEL's SHA-256" in message and "MODEL (text model file)" in message
    assert "Nothing was changed" in message


@pytest.mark.parametrize("change, named", [
    ({"RC_THRESHOLD": 0.3}, "RC_THRESHOLD: none in the output, 0.3 now"),
    ({"ENGINE": 1}, "ENGINE: scoring in the output, recipe now"),
    ({"OFFSET": -1000}, "OFFSET"),
    ({"MAX_CLOUD": 30}, "MAX_CLOUD: 0.1 in the output, 0.3 now"),
])
def test_resume_with_other_answer_settings_is_refused(params, change, named):
    run(params)
    with pytest.raises(QgsProcessingException, match="Cannot resume") as info:
        run({**params, **change, "RESUME": True})
    assert named in str(info.value)
    assert tile_count(params["OUTPUT"]) == 6


def test_overwrite_replaces_the_output_when_asked(params):
    run(params)
    review(params["OUTPUT"])
    run({**params, "OVERWRITE": True})
    assert decisions(params["OUTPUT"]) == {}
    assert tile_count(params["OUTPUT"]) == 6


def test_a_writer_failure_names_the_tile_and_keeps_the_tiles_done(params, monkeypatch):
    from deforestation_classifier.core.output import tile_writer

    original = tile_writer.TileWriter.add
    calls = []

    def add(self, result):
        if len(calls) == 3:
            raise RuntimeError("sqlite3_step() failed: database or disk is full")
        calls.append(result.tile.tile_id)
        original(self, result)

    monkeypatch.setattr(tile_writer.TileWriter, "add", add)
    with pytest.raises(QgsProcessingException) as info:
        run(params)
    message = str(info.value)
    assert message.startswith("Tile EPSG32633_")
    assert "database or disk is full" in message and "RESUME" in message
    assert tile_count(params["OUTPUT"]) == 3
    monkeypatch.setattr(tile_writer.TileWriter, "add", original)
    run({**params, "RESUME": True})
    assert tile_count(params["OUTPUT"]) == 6
