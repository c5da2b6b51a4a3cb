"""Tune recall's counts (core/review/recall.py): the rule of deforestation:relabel on stored
probabilities, without QGIS."""
import json

import pytest

from deforestation_classifier.core.review import recall
from deforestation_classifier.core.vocabulary import (
    LONG_TERM_NON_FOREST as LT,
    RECENTLY_CLEARED as RC,
    STANDING_FOREST as SF,
)
from deforestation_classifier.core.review.queue import TileRecord


def tile(order, label, sf=None, rc=None, lt=None, status="CLASSIFIED"):
    return TileRecord(fid=order + 1, tile_id=f"EPSG32633_E{500 + order}_N5800",
                      class_label=label, probabilities={SF: sf, RC: rc, LT: lt},
                      status=status, order=order)


RECORDS = [
    tile(0, RC, 0.30, 0.62, 0.08),
    tile(1, RC, 0.03, 0.95, 0.02),
    tile(2, SF, 0.55, 0.35, 0.10),  # RECENTLY_CLEARED from 0.35
    tile(3, SF, 0.70, 0.20, 0.10),
    tile(4, LT, 0.05, 0.25, 0.70),  # from 0.25
    tile(5, RC, 0.50, 0.45, 0.05),  # RECENTLY_CLEARED now (an earlier threshold of 0.4)
    tile(6, RC),  # the recipe engine: no probabilities, keeps its label
    tile(7, None, status="CLOUDY"),
]


@pytest.mark.parametrize("threshold, total, added, dropped", [
    (0.30, 5, 1, 0),  # tile 2 added
    (0.25, 6, 2, 0),  # tiles 2 and 4 added
    (0.50, 3, 0, 1),  # tile 5 becomes STANDING_FOREST
])
def test_counts_at_a_threshold(threshold, total, added, dropped):
    counts = recall.recall_counts(RECORDS, threshold)
    assert counts.current == 4
    assert (counts.total, counts.added, counts.dropped) == (total, added, dropped)
    assert counts.without_probabilities == 1


def test_the_rule_is_deforestation_relabels():
    assert recall.relabelled(RECORDS[2], 0.35) == RC
    assert recall.relabelled(RECORDS[2], 0.36) == SF
    assert recall.relabelled(RECORDS[5], 0.45) == RC
    assert recall.relabelled(RECORDS[5], 0.5) == SF  # below: the most probable class
    assert recall.relabelled(RECORDS[6], 0.0) == RC  # no probabilities: its own label
    assert recall.relabelled(RECORDS[7], 0.0) is None  # not CLASSIFIED: untouched
    assert recall.recall_counts(RECORDS, 0.0).total == 7  # every classified tile


def test_the_counts_read_as_a_sentence():
    assert recall.recall_text(recall.recall_counts(RECORDS, 0.25)) == (
        "At 0.25: 6 tiles RECENTLY_CLEARED, 2 more than the 4 now. 1 classified tiles have "
        "no probabilities and keep their label.")
    both = recall.RecallCounts(0.5, current=4, total=4, added=1, without_probabilities=0)
    assert recall.recall_text(both) == \
        "At 0.50: 4 tiles RECENTLY_CLEARED (4 now): 1 added, 1 no longer."
    fewer = recall.RecallCounts(0.9, current=4, total=1, added=0, without_probabilities=0)
    assert recall.recall_text(fewer) == \
        "At 0.90: 1 tiles RECENTLY_CLEARED, 3 fewer than the 4 now."
    same = recall.RecallCounts(0.5, current=4, total=4, added=0, without_probabilities=0)
    assert recall.recall_text(same) == "At 0.50: 4 tiles RECENTLY_CLEARED, as now."


def test_the_threshold_a_classification_recorded():
    assert recall.recorded_threshold({"RUN_SETTINGS": json.dumps({"rc_threshold": 0.3})}) == 0.3
    assert recall.recorded_threshold(
        {"RUN_SETTINGS": json.dumps({"rc_threshold": None})}) is None
    assert recall.recorded_threshold({}) is None


def test_the_output_next_to_the_layer_never_overwrites(tmp_path):
    first = recall.relabel_output_path(tmp_path, "out", 0.3)
    assert first == tmp_path / "out_rc030.gpkg"
    first.write_bytes(b"reviewed work")
    second = recall.relabel_output_path(tmp_path, "out", 0.3)
    assert second == tmp_path / "out_rc030_2.gpkg"
    second.write_bytes(b"")
    assert recall.relabel_output_path(tmp_path, "out", 0.3).name == "out_rc030_3.gpkg"
    assert recall.relabel_output_path(tmp_path, "out", 0.05).name == "out_rc005.gpkg"
