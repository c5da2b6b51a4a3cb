"""The one entry point, core/run.py, without QGIS: a request in, the output and a summary out,
with the real tiny model (no stand-in), and the refusals that protect earlier work."""
from dataclasses import dataclass
from pathlib import Path

import pytest
from osgeo import ogr

from deforestation_classifier.core.inference.backends import BACKEND_LLAMA_CPP
from deforestation_classifier.core.inference.engines import RECIPE, EngineRequest
from deforestation_classifier.core.pipeline import RunError
from deforestation_classifier.core.run import run_classification
from deforestation_classifier.core.run_request import ClassifyRequest, RequestError
from deforestation_classifier.core.output.tile_writer import RESUME
from deforestation_classifier.models.registry import ModelFiles


@dataclass
class Preferences:
    """What the run reads of settings.py's PlgSettings."""

    models: ModelFiles
    backend: str = BACKEND_LLAMA_CPP
    auto_download: bool = False
    n_threads: int = 2
    n_gpu_layers: int = 0

    def model_files(self):
        return self.models


class Feedback:
    def __init__(self):
        self.infos, self.warnings, self.progress = [], [], []

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)

    def setProgress(self, value):  # noqa: N802
        self.progress.append(value)

    def setProgressText(self, text):  # noqa: N802
        pass

    def isCanceled(self):  # noqa: N802
        return False


@pytest.fixture
def request_for(tiny_models, s2_raster, tmp_path):
    text, mmproj = tiny_models

    def make(**changes):
        base = dict(source=s2_raster, output=tmp_path / "out.gpkg",
                    preferences=Preferences(ModelFiles(Path(text), Path(mmproj))))
        return ClassifyRequest(**{**base, **changes})

    return make


def labels(path):
    ds = ogr.Open(str(path))
    return [f.GetField("class_label") for f in ds.GetLayerByName("out")]


def test_a_request_runs_to_a_geopackage_and_a_summary(request_for):
    feedback = Feedback()
    summary = run_classification(request_for(), feedback)
    assert summary.total == 6 and summary.counts.done == 6 and not summary.cancelled
    assert summary.counts.by_key["CLASSIFIED"] == 6
    written = labels(summary.output)
    assert len(written) == 6 and all(written)
    assert feedback.progress[-1] == 100.0
    done = [i for i in feedback.infos if i.startswith("Done: 6 of 6 tiles")]
    assert len(done) == 1 and "s per tile" in done[0] and "CLASSIFIED: 6" in done[0]
    assert f"on {summary.device}" in done[0] and "CPU" in summary.device
    assert summary.seconds >= summary.tile_seconds > 0


def test_the_card_files_from_the_preferences_are_used_when_none_are_given(request_for):
    summary = run_classification(request_for(engine=EngineRequest(kind=RECIPE)), Feedback())
    assert summary.counts.by_key["CLASSIFIED"] == 6


def test_a_second_request_is_refused_before_the_model_is_loaded(request_for):
    run_classification(request_for(), Feedback())
    feedback = Feedback()
    with pytest.raises(RequestError, match="already exists"):
        run_classification(request_for(), feedback)
    assert not any("Loading model" in i for i in feedback.infos)
    summary = run_classification(request_for(mode=RESUME), Feedback())
    assert summary.counts.skipped == 6 and summary.counts.done == 6


def test_missing_model_files_are_named(request_for, tmp_path):
    missing = Preferences(ModelFiles(tmp_path / "none.gguf", tmp_path / "none-mmproj.gguf"))
    with pytest.raises(RunError, match="MODEL file not found"):
        run_classification(request_for(preferences=missing), Feedback())
    assert not (tmp_path / "out.gpkg").exists()
