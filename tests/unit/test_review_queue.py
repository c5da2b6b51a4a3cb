"""The review queue, its filters and decision values, without QGIS (core/review/queue.py)."""
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from deforestation_classifier.core.review import queue as review
from deforestation_classifier.core.imagery.grid import Tile, parse_tile_id
from deforestation_classifier.core.vocabulary import (
    LONG_TERM_NON_FOREST as LT,
    RECENTLY_CLEARED as RC,
    STANDING_FOREST as SF,
)


def rec(order, label, p_rc=None, p_sf=None, p_lt=None, conf=None, status="CLASSIFIED",
        review_status=None):
    return review.TileRecord(
        fid=order + 1, tile_id=f"EPSG32633_E{500 + order}_N5800", class_label=label,
        confidence=conf, probabilities={SF: p_sf, RC: p_rc, LT: p_lt}, status=status,
        review_status=review_status, order=order)


def ids(queue):
    return [r.order for r in queue]


RECORDS = [
    rec(0, RC, p_rc=0.55, conf=0.55),
    rec(1, SF, p_rc=0.20, p_sf=0.70, conf=0.70),
    rec(2, RC, p_rc=None),  # no probabilities: after the others, in tile order
    rec(3, RC, p_rc=0.91, conf=0.91),
    rec(4, LT, p_rc=0.30, p_lt=0.40, conf=0.40),
    rec(5, None, status="NO_DATA"),
    rec(6, RC, p_rc=0.55, conf=0.55),  # ties keep tile order
    rec(7, RC, p_rc=None),
]


def test_default_queue_is_recently_cleared_by_probability_then_tile_order():
    assert review.QueueFilter().label == RC
    assert ids(review.build_queue(RECORDS)) == [3, 0, 6, 2, 7]


def test_class_filter_sorts_by_that_class_probability():
    assert ids(review.build_queue(RECORDS, review.QueueFilter(label=SF))) == [1]
    assert ids(review.build_queue(RECORDS, review.QueueFilter(label=LT))) == [4]


def test_all_classes_holds_classified_tiles_by_clearing_probability():
    queue = review.build_queue(RECORDS, review.QueueFilter(label=review.ALL_CLASSES))
    assert ids(queue) == [3, 0, 6, 4, 1, 2, 7]  # never the NO_DATA tile


def test_low_confidence_filter_skips_null_confidence():
    flt = review.QueueFilter(label=review.ALL_CLASSES, low_confidence=True, threshold=0.6)
    assert ids(review.build_queue(RECORDS, flt)) == [0, 6, 4]
    flt = review.QueueFilter(label=RC, low_confidence=True, threshold=0.95)
    assert ids(review.build_queue(RECORDS, flt)) == [3, 0, 6]


def test_without_any_probability_the_queue_is_in_tile_order():
    records = [rec(i, RC) for i in (4, 1, 3)]
    assert ids(review.build_queue(records)) == [1, 3, 4]
    assert not review.confidence_available(records)
    assert review.confidence_available(RECORDS)


def test_progress_and_where_to_go_next():
    queue = [rec(0, RC), rec(1, RC, review_status=review.CONFIRMED), rec(2, RC),
             rec(3, RC, review_status=review.UNCLEAR)]
    assert review.progress_text(queue) == "2 of 4 reviewed"
    assert review.first_unreviewed(queue) == 0
    assert review.next_unreviewed(queue, 0) == 2
    assert review.next_unreviewed(queue, 2) == 0  # wraps round
    done = [rec(0, RC, review_status=review.CORRECTED)]
    assert review.next_unreviewed(done, 0) is None
    assert review.first_unreviewed(done) == 0
    assert review.first_unreviewed([]) == 0
    assert review.progress_text([]) == "0 of 0 reviewed"


NOW = datetime(2025, 6, 1, 14, 3, 22, 123456, tzinfo=timezone.utc)


def test_confirm_keeps_the_model_label():
    values = review.decision(rec(0, RC), review.CONFIRMED, reviewer="ana", note="  clear cut ",
                             now=NOW)
    assert values == {"review_status": "CONFIRMED", "reviewed_label": RC, "reviewer": "ana",
                      "reviewed_at": "2025-06-01T14:03:22Z", "review_note": "clear cut",
                      "review_reason": None}


def test_correct_names_another_class_and_same_class_is_a_confirmation():
    values = review.decision(rec(0, RC), review.CORRECTED, label=SF, now=NOW)
    assert (values["review_status"], values["reviewed_label"]) == ("CORRECTED", SF)
    assert values["reviewer"] is None and values["review_note"] is None
    same = review.decision(rec(0, RC), review.CORRECTED, label=RC, now=NOW)
    assert (same["review_status"], same["reviewed_label"]) == ("CONFIRMED", RC)
    with pytest.raises(review.ReviewError, match="Cannot correct"):
        review.decision(rec(0, RC), review.CORRECTED, label="FOREST", now=NOW)


def test_unclear_has_no_label_and_unlabelled_tiles_cannot_be_confirmed():
    values = review.decision(rec(0, RC), review.UNCLEAR, now=NOW)
    assert (values["review_status"], values["reviewed_label"]) == ("UNCLEAR", None)
    with pytest.raises(review.ReviewError, match="no class to confirm"):
        review.decision(rec(5, None, status="NO_DATA"), review.CONFIRMED)
    with pytest.raises(review.ReviewError, match="Unknown review status"):
        review.decision(rec(0, RC), "MAYBE")


def test_times_are_utc_iso():
    local = NOW.astimezone(timezone(timedelta(hours=-3)))
    assert review.utc_now_iso(local) == "2025-06-01T14:03:22Z"
    assert review.utc_now_iso().endswith("Z")


def test_apply_values_and_helpers():
    updated = review.apply_values(rec(0, RC), {"review_status": "UNCLEAR", "other": 1})
    assert updated.reviewed and updated.review_status == "UNCLEAR"
    assert updated.reviewed_label is None and not hasattr(updated, "other")
    assert review.missing_fields(["tile_id", "class_label"]) == [
        "confidence", "prob_standing_forest", "prob_recently_cleared",
        "prob_long_term_non_forest", "status"]
    assert review.missing_fields(review.REQUIRED_FIELDS) == []
    assert review.clean_note("  ") is None and review.clean_note(None) is None
    assert review.clean_note(" cloud ") == "cloud"


def test_probabilities_available():
    assert review.probabilities_available(RECORDS)
    assert not review.probabilities_available([rec(0, RC), rec(1, SF)])
    assert not review.probabilities_available([])


def test_tile_ids_read_back_as_tiles():
    tile = parse_tile_id("EPSG32633_E500_N-12")
    assert tile == Tile("EPSG32633", 500, -12)
    assert tile.tile_id == "EPSG32633_E500_N-12"
    assert parse_tile_id("nonsense") is None and parse_tile_id("") is None
    assert parse_tile_id(None) is None


def test_the_plain_review_modules_import_no_qgis():
    # QGIS made unimportable: the queue, the session, the chip source and the NULL helper load.
    root = Path(__file__).resolve().parents[2]
    code = f"""
import importlib.util, sys
sys.modules["qgis"] = None
spec = importlib.util.spec_from_file_location(
    "deforestation_classifier", {str(root / "__init__.py")!r},
    submodule_search_locations=[{str(root)!r}])
sys.modules["deforestation_classifier"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sys.modules["deforestation_classifier"])
import deforestation_classifier.core.review.queue
import deforestation_classifier.core.review.session
import deforestation_classifier.core.review.chip_source
import deforestation_classifier.toolbelt.qgis_values
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
