"""What a default run does with partly covered edge tiles, and the completion line it logs
(core/run.py, core/run_request.py), with the real tiny model."""
from pathlib import Path

from osgeo import ogr

from deforestation_classifier.core.run import run_classification
from deforestation_classifier.core.run_request import (
    DEFAULT_MIN_VALID_FRACTION,
    ClassifyRequest,
    RunCounts,
    RunSummary,
    duration_text,
)
from deforestation_classifier.models.registry import ModelFiles
from raster_factory import patterned_bands, write_s2_stack
from test_run_entry import Feedback, Preferences


def test_a_default_run_leaves_partly_covered_edge_tiles_unclassified(tiny_models, tmp_path):
    bands = patterned_bands(200, 300)
    for band in bands:
        band[:, 250:] = 0  # the east column of tiles holds 50 % valid pixels
        band[:, 195:200] = 0  # the middle column 95 %: over the default, classified
    raster = write_s2_stack(tmp_path / "edge.tif", bands, origin=(500000.0, 5802000.0))
    text, mmproj = tiny_models
    feedback = Feedback()
    summary = run_classification(ClassifyRequest(
        source=raster, output=tmp_path / "out.gpkg",
        preferences=Preferences(ModelFiles(Path(text), Path(mmproj)))), feedback)
    ds = ogr.Open(str(summary.output))
    tiles = {f.GetField("tile_id"): (f.GetField("status"), f.GetField("class_label"))
             for f in ds.GetLayer(0)}
    assert DEFAULT_MIN_VALID_FRACTION == 0.9
    for north in (5800, 5801):
        assert tiles[f"EPSG32633_E502_N{north}"] == ("INSUFFICIENT_DATA", None)
        assert tiles[f"EPSG32633_E501_N{north}"][0] == "CLASSIFIED"
        assert tiles[f"EPSG32633_E500_N{north}"][0] == "CLASSIFIED"
    assert summary.counts.by_key["INSUFFICIENT_DATA"] == 2
    assert "INSUFFICIENT_DATA: 2" in feedback.infos[-1]


def test_the_completion_line_names_device_time_per_tile_and_counts():
    counts = RunCounts(skipped=2)
    counts.by_key.update(CLASSIFIED=8, STANDING_FOREST=8, NO_DATA=2)
    summary = RunSummary(Path("/tmp/out.gpkg"), 12, counts, device="CPU x86, 2 threads",
                         seconds=125.0, tile_seconds=50.0)
    assert summary.completion_text() == (
        "Done: 10 of 12 tiles (2 already done) in 2 min 05 s on CPU x86, 2 threads, 5.00 s per "
        "tile. STANDING_FOREST: 8, CLASSIFIED: 8, NO_DATA: 2. Output: /tmp/out.gpkg")
    cancelled = RunSummary(Path("o.gpkg"), 12, RunCounts(), device="GPU A", seconds=3.0)
    assert cancelled.completion_text().startswith("Cancelled: 0 of 12 tiles in 3.0 s on GPU A.")
    assert duration_text(3725) == "1 h 02 min"


def test_the_progress_text_counts_tiles_and_time_left():
    from deforestation_classifier.core.run_request import progress_text

    assert progress_text(0.0, 26, 0.0) == "tile 1 of 26"
    # 13 of 26 tiles done in 26 s: 2 s per tile, 13 left
    assert progress_text(50.0, 26, 26.0) == "tile 14 of 26, about 26.0 s left"
    assert progress_text(100.0, 26, 52.0) == "tile 26 of 26, about 0.0 s left"
