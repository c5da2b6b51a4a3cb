"""core/review/session.py: one review's queue, current tile and writes, with a store double."""
import pytest

from deforestation_classifier.core.vocabulary import RECENTLY_CLEARED as RC, STANDING_FOREST as SF
from deforestation_classifier.core.review.queue import (
    ALL_CLASSES,
    CONFIRMED,
    CORRECTED,
    UNCLEAR,
    QueueFilter,
    ReviewError,
    TileRecord,
    apply_values,
    clean_note,
    decision,
)
from deforestation_classifier.core.review.session import ReviewSession


class FakeStore:
    """ReviewStore's reading and writing, in memory; `fail` makes the next write refuse."""

    def __init__(self, records):
        self._records = records
        self.written = []
        self.fail = False

    def records(self):
        return list(self._records)

    def _write(self, record, values):
        if self.fail:
            raise ReviewError("the data source refused it")
        self.written.append((record.fid, values))
        return apply_values(record, values)

    def decide(self, record, status, *, label=None, reviewer="", note=None, reason=None):
        return self._write(record, decision(record, status, label=label, reviewer=reviewer,
                                            note=note, reason=reason))

    def write(self, record, values):
        return self._write(record, values)

    def write_note(self, record, note):
        return self._write(record, {"review_note": clean_note(note)})


def rec(order, label, p_rc, review_status=None):
    return TileRecord(fid=order + 1, tile_id=f"EPSG32633_E{500 + order}_N5800",
                      class_label=label, probabilities={RC: p_rc},
                      review_status=review_status, order=order)


@pytest.fixture
def session():
    store = FakeStore([rec(0, RC, 0.7), rec(1, RC, 0.9, review_status=UNCLEAR),
                       rec(2, RC, 0.8), rec(3, SF, 0.1)])
    session = ReviewSession(store)
    session.set_filter(QueueFilter())
    return session


def orders(session):
    return [r.order for r in session.queue]


def test_an_empty_session_has_nothing_to_show():
    session = ReviewSession()
    session.set_filter(QueueFilter())
    assert session.store is None and session.queue == [] and session.index == -1
    assert session.current() is None
    assert not session.has_next and not session.has_previous
    assert not session.note_changed("a comment")
    assert session.progress_text() == "0 of 0 reviewed"


def test_the_review_starts_at_the_first_unreviewed_tile(session):
    assert orders(session) == [1, 2, 0]  # by probability; tile 1 already reviewed
    assert session.current().order == 2 and session.index == 1
    assert session.has_previous and session.has_next
    assert session.progress_text() == "1 of 3 reviewed"
    session.set_filter(QueueFilter(label=ALL_CLASSES))
    assert orders(session) == [1, 2, 0, 3] and session.current().order == 2


def test_a_decision_is_stored_and_moves_to_the_next_unreviewed_tile(session):
    updated = session.decide(CORRECTED, label=SF, reviewer="ana", note=" burnt ")
    assert (updated.review_status, updated.reviewed_label) == (CORRECTED, SF)
    assert session.store.written[0][0] == 3  # fid of the tile at order 2
    assert session.queue[1] is updated
    assert [r for r in session.records if r.fid == 3] == [updated]
    assert session.current().order == 0  # the next unreviewed one
    session.decide(CONFIRMED)
    assert session.progress_text() == "3 of 3 reviewed"
    assert session.current().order == 0  # all reviewed: stays
    # A new filter over the session's records keeps what was written.
    session.set_filter(QueueFilter(label=ALL_CLASSES))
    assert [r.reviewed for r in session.queue] == [True, True, True, False]


def test_a_refused_write_changes_nothing(session):
    session.store.fail = True
    before = (list(session.queue), session.index)
    with pytest.raises(ReviewError, match="refused"):
        session.decide(CONFIRMED)
    assert (session.queue, session.index) == before


def test_a_comment_alone_is_stored_only_when_it_changed(session):
    assert not session.note_changed("  ")
    assert session.note_changed("road")
    updated = session.save_note(" road ")
    assert updated.review_note == "road" and not updated.reviewed
    assert session.current() is updated and session.index == 1  # does not move
    assert not session.note_changed("road ")
    session.go(0)
    assert session.current().order == 1 and not session.has_previous
