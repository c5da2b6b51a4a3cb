"""The tile pipeline hands chips to an engine with classify_many in groups, keeps tile order,
isolates a failing tile, and writes what the model already answered when the run is cancelled.

The engine here is a stand-in that records its calls: what is tested is the pipeline's
scheduling, not a model (tests/integration/test_engine_fidelity.py tests the real engine's groups).
"""
import numpy as np
import pytest

from deforestation_classifier.core.imagery.grid import Tile
from deforestation_classifier.core.vocabulary import CLASSIFIED, ERROR, NO_DATA
from deforestation_classifier.core.pipeline import (
    RunOptions, classify_tiles,
)
from deforestation_classifier.core.vocabulary import CLASSES
from deforestation_classifier.core.inference.prompt import LabelError
from deforestation_classifier.core.imagery.raster_tiles import TileBands
from deforestation_classifier.core.inference.engine_types import Prediction

EMPTY = {3, 8}  # tiles whose pixels are all nodata: decided without the model


class Reader:
    """Tile k: all pixels 100 (k + 1) (nodata 0 for the EMPTY tiles)."""

    def read(self, tile):
        k = tile.easting_km
        value = 0 if k in EMPTY else 100 * (k + 1)
        band = np.full((100, 100), value, np.uint16)
        return TileBands(nir=band, red=band.copy(), green=band.copy(), nodata=(0, 0, 0))


class Feedback:
    def __init__(self, cancel_after=None):
        self.cancel_after = cancel_after
        self.steps = 0
        self.warnings = []

    def isCanceled(self):  # noqa: N802
        return self.cancel_after is not None and self.steps >= self.cancel_after

    def setProgress(self, percent):  # noqa: N802
        self.steps += 1

    def pushInfo(self, text):  # noqa: N802
        pass

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)


class GroupEngine:
    """Answers from the chip's pixel value; `fail_on` makes a chip raise in classify_many and
    in classify (a LabelError, as for a malformed answer)."""

    def __init__(self, size, fail_on=()):
        self.tiles_per_batch = size
        self.fail_on = set(fail_on)
        self.groups = []
        self.singles = 0

    def _answer(self, chip):
        value = int(chip[0, 0, 0])
        if value in self.fail_on:
            raise LabelError(f"no label for chip {value}")
        label = CLASSES[value % 3]
        return Prediction(label=label, probabilities={c: float(c == label) for c in CLASSES},
                          raw_answer=label)

    def classify_many(self, chips):
        self.groups.append(len(chips))
        return [self._answer(chip) for chip in chips]

    def classify(self, chip):
        self.singles += 1
        return self._answer(chip)


def tiles(n):
    return [Tile("EPSG32633", k, 5800) for k in range(n)]


def chip_value(k):
    # render_chip: floor(DN / 3000 * 255)
    return int(np.floor(100 * (k + 1) / 3000 * 255))


def test_chips_go_in_groups_in_order():
    engine = GroupEngine(4)
    results = list(classify_tiles(tiles(11), Reader(), engine, Feedback(), RunOptions()))
    assert [r.tile.easting_km for r in results] == list(range(11))
    assert [r.status for r in results] == [NO_DATA if k in EMPTY else CLASSIFIED
                                           for k in range(11)]
    # 9 chips: two full groups of 4 and the rest; the empty tiles are not sent
    assert engine.groups == [4, 4, 1] and engine.singles == 0
    for r in results:
        if r.status == CLASSIFIED:
            assert r.prediction.label == CLASSES[chip_value(r.tile.easting_km) % 3]


def test_a_failing_tile_costs_only_itself():
    bad = 5
    engine = GroupEngine(4, fail_on={chip_value(bad)})
    feedback = Feedback()
    results = list(classify_tiles(tiles(11), Reader(), engine, feedback, RunOptions()))
    status = {r.tile.easting_km: r.status for r in results}
    assert status[bad] == ERROR
    # why the group failed is said once, before its tiles are taken one by one
    assert feedback.warnings == [
        f"The model failed on a group of 4 tiles (LabelError: no label for chip "
        f"{chip_value(bad)}); they are classified one by one."]
    assert all(status[k] == CLASSIFIED for k in range(11) if k not in EMPTY | {bad})
    # the group holding the bad tile was redone one tile at a time
    assert engine.singles == 4


def test_cancel_keeps_the_answered_tiles_of_a_group():
    engine = GroupEngine(4)
    feedback = Feedback(cancel_after=2)
    results = list(classify_tiles(tiles(11), Reader(), engine, feedback, RunOptions()))
    # the first group (tiles 0, 1, 2, 4 with tile 3 empty between) was answered before the
    # cancel: all of it is kept; nothing more is sent to the model
    assert [r.tile.easting_km for r in results] == [0, 1, 2, 3, 4]
    assert engine.groups == [4]


@pytest.mark.parametrize("size", [1, 3])
def test_group_size_follows_the_engine(size):
    engine = GroupEngine(size)
    results = list(classify_tiles(tiles(7), Reader(), engine, Feedback(), RunOptions()))
    assert len(results) == 7
    assert sum(engine.groups) == 6 and max(engine.groups) <= size


def test_the_chip_reader_thread_is_stopped_when_the_run_fails():
    """After EngineFailure (raised while its traceback still holds the pipeline's frames) the
    prefetch thread must have stopped: the algorithm closes the raster right after."""
    import threading

    from deforestation_classifier.core.pipeline import EngineFailure

    engine = GroupEngine(4, fail_on={chip_value(k) for k in range(40)})
    with pytest.raises(EngineFailure) as info:
        list(classify_tiles(tiles(40), Reader(), engine, Feedback(), RunOptions()))
    assert info.value is not None
    alive = [t.name for t in threading.enumerate() if t.name == "deforestation-chips"]
    assert alive == []
