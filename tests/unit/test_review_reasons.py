"""core/review/reasons.py and core/review/audit.py through the queue and the session: the reason
a correction takes, the second look, with an in-memory store (test_review_session.py's)."""
import pytest

from deforestation_classifier.core.review import reasons
from deforestation_classifier.core.review.audit import (
    AGREED, DISAGREED, audit_queue, audit_text, audit_values)
from deforestation_classifier.core.review.queue import (
    CONFIRMED, CORRECTED, REVIEW_FIELD_NAMES, UNCLEAR, QueueFilter, ReviewError, TileRecord,
    apply_values, decision)
from deforestation_classifier.core.review.session import ReviewSession
from deforestation_classifier.core.vocabulary import RECENTLY_CLEARED as RC, STANDING_FOREST as SF
from test_review_session import FakeStore, rec


def test_the_list_of_reasons_is_fixed_with_a_key_and_a_title_each():
    assert reasons.REASONS == (
        "AGRICULTURE_ROTATION", "PLANTATION_HARVEST", "SEASONAL_CHANGE", "CLOUD_OR_SHADOW",
        "WATER_LEVEL", "BURN_WITHOUT_CLEARING", "CLEARED_BEFORE", "OTHER")
    keys = list(reasons.REASON_KEYS.values())
    assert set(reasons.REASON_KEYS) == set(reasons.REASONS) and len(set(keys)) == len(keys)
    # None of the dock's other keys (ui/review_keys.py): C U M N P 1 2 3, audit G X.
    assert not set(keys) & set("CUMNP123GX")
    assert reasons.reason_title("CLEARED_BEFORE") == "Cleared before the BEFORE date"
    assert reasons.reason_title("typed by hand") == "typed by hand"
    assert reasons.reason_title(None) == ""
    assert "review_reason" in REVIEW_FIELD_NAMES and "audit_status" in REVIEW_FIELD_NAMES


def test_a_correction_keeps_its_reason_a_confirmation_clears_it():
    tile = TileRecord(fid=1, tile_id="t", class_label=RC)
    values = decision(tile, CORRECTED, label=SF, reviewer="ana", reason="PLANTATION_HARVEST")
    assert values["review_reason"] == "PLANTATION_HARVEST"
    assert decision(tile, UNCLEAR, reason="CLOUD_OR_SHADOW")["review_reason"] == \
        "CLOUD_OR_SHADOW"
    assert decision(tile, CONFIRMED, reason="OTHER")["review_reason"] is None
    with pytest.raises(ReviewError, match="Unknown reason 'FIRE'.*AGRICULTURE_ROTATION"):
        decision(tile, CORRECTED, label=SF, reason="FIRE")


def test_the_session_stores_a_reason_on_a_correction_and_later_alone():
    store = FakeStore([rec(0, RC, 0.9), rec(1, RC, 0.8)])
    session = ReviewSession(store)
    session.set_filter(QueueFilter())
    assert session.set_reason("WATER_LEVEL") is None  # nothing decided yet: kept by the dock
    assert store.written == []
    session.decide(CORRECTED, label=SF, reviewer="ana", reason="WATER_LEVEL")
    assert store.written[-1][1]["review_reason"] == "WATER_LEVEL"
    session.go(0)
    updated = session.set_reason("BURN_WITHOUT_CLEARING")  # a corrected tile: written at once
    assert updated.review_reason == "BURN_WITHOUT_CLEARING"
    assert store.written[-1] == (1, {"review_reason": "BURN_WITHOUT_CLEARING"})


def reviewed(order, reviewer="ana", audit=None):
    record = rec(order, RC, 0.9 - order / 10, review_status=CONFIRMED)
    return apply_values(record, {"reviewed_label": RC, "reviewer": reviewer,
                                 "audit_status": audit})


def test_the_audit_queue_is_the_reviewed_tiles_not_yet_audited():
    records = [reviewed(0), rec(1, RC, 0.85), reviewed(2, audit=AGREED), reviewed(3)]
    assert [r.order for r in audit_queue(records)] == [0, 3]
    store = FakeStore(records)
    session = ReviewSession(store, audit=True)
    session.set_filter(QueueFilter())
    assert [r.order for r in session.queue] == [0, 3]
    assert session.progress_text() == "0 of 2 audited"
    session.audit_decision(DISAGREED, auditor="bo", note="a river bank")
    fid, values = store.written[-1]
    assert fid == 1 and values["audit_status"] == DISAGREED and values["auditor"] == "bo"
    assert values["audit_note"] == "a river bank" and values["audited_at"].endswith("Z")
    assert session.current().order == 3 and session.progress_text() == "1 of 2 audited"
    assert audit_text(session.queue[0]).startswith("DISAGREED by bo, 20")
    # The audit's comment field is the audit note.
    session.go(0)
    assert session.note_changed("a river bank") is False
    session.save_note("the bank moved")
    assert store.written[-1] == (1, {"audit_note": "the bank moved"})


def test_an_audit_needs_another_person_and_a_decision():
    with pytest.raises(ReviewError, match="another person"):
        audit_values(reviewed(0, reviewer="Ana"), AGREED, auditor="ana ")
    with pytest.raises(ReviewError, match="review it first"):
        audit_values(rec(1, RC, 0.5), AGREED, auditor="bo")
    with pytest.raises(ReviewError, match="auditor's name"):
        audit_values(reviewed(0), AGREED, auditor="")
    with pytest.raises(ReviewError, match="Unknown audit status"):
        audit_values(reviewed(0), "MAYBE", auditor="bo")


def test_a_new_decision_sends_the_tile_back_to_the_audit():
    tile = reviewed(0, audit=DISAGREED)
    values = decision(tile, CORRECTED, label=SF, reviewer="ana", reason="OTHER")
    assert values["audit_status"] is None and values["auditor"] is None
    assert "audit_status" not in decision(reviewed(0), CONFIRMED, reviewer="ana")
