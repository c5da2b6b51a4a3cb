"""One review of a layer, without widgets: its tiles, the queue, the tile shown, the decisions.

The review dock (ui/review_dock.py) shows a ReviewSession and forwards the user's actions to it.
The store is a core/review/store.py ReviewStore (or anything with records(), decide(),
write_note() and write()); this module imports no QGIS. In audit mode (core/review/audit.py)
the queue is the reviewed tiles not yet audited, the comment is the audit's note, and the
session records second looks instead of decisions.
"""
from typing import Optional

from .queue import (
    QueueFilter,
    TileRecord,
    build_queue,
    clean_note,
    first_unreviewed,
    next_unreviewed,
    progress_text,
)
from .audit import AUDIT_NOTE, audit_progress_text, audit_queue, audit_values, next_unaudited
from .reasons import REASON_FIELD, check_reason


class ReviewSession:
    """The tiles of the store's layer, the queue `filter` makes of them and the current index.

    `build` makes the queue from the records and the filter: core/review/queue.py build_queue
    for a classify output, core/alerts/queue.py build_alert_queue for a compare output. Every
    write goes through the store at once; the session keeps its records in step with what was
    written. Store errors (core/review/queue.py ReviewError) reach the caller.
    """

    def __init__(self, store=None, flt: QueueFilter = QueueFilter(), build=build_queue,
                 audit: bool = False):
        self.store = store
        self.build = build
        self.audit = audit
        self.records = store.records() if store is not None else []
        self.filter = flt
        self.queue = []
        self.index = -1

    # --- the queue ------------------------------------------------------------------------
    def set_filter(self, flt: QueueFilter):
        """Filter the tiles again; the review goes on at the queue's first unreviewed tile."""
        self.filter = flt
        self.queue = self.build(self.records, flt)
        if self.audit:
            self.queue = audit_queue(self.queue)
            self.index = 0 if self.queue else -1
        else:
            self.index = first_unreviewed(self.queue) if self.queue else -1

    def current(self) -> Optional[TileRecord]:
        return self.queue[self.index] if 0 <= self.index < len(self.queue) else None

    @property
    def has_previous(self) -> bool:
        return self.current() is not None and self.index > 0

    @property
    def has_next(self) -> bool:
        return self.current() is not None and self.index + 1 < len(self.queue)

    def go(self, index: int):
        self.index = index

    def progress_text(self) -> str:
        return audit_progress_text(self.queue) if self.audit else progress_text(self.queue)

    # --- writing --------------------------------------------------------------------------
    def decide(self, status: str, *, label=None, reviewer="", note=None,
               reason=None) -> TileRecord:
        """Store a decision on the current tile, then move to the next unreviewed one (stay
        when every tile is reviewed); the updated record."""
        updated = self._stored(self.store.decide(
            self.current(), status, label=label, reviewer=reviewer, note=note, reason=reason))
        self._move_on(next_unreviewed(self.queue, self.index))
        return updated

    def set_reason(self, reason) -> Optional[TileRecord]:
        """Store `reason` on the current tile when it holds a correction or an unclear
        decision (the updated record); None when it has none yet or is confirmed: the reason
        then goes with the next decision (the dock keeps it)."""
        record = self.current()
        reason = check_reason(reason)
        if record is None or not record.reviewed or record.review_status == "CONFIRMED":
            return None
        return self._stored(self.store.write(record, {REASON_FIELD: reason}))

    def audit_decision(self, status: str, *, auditor: str, note=None) -> TileRecord:
        """Store a second look at the current tile, then move to the next tile not audited
        (stay when every tile is); the updated record."""
        record = self.current()
        updated = self._stored(self.store.write(
            record, audit_values(record, status, auditor=auditor, note=note)))
        self._move_on(next_unaudited(self.queue, self.index))
        return updated

    def _move_on(self, following):
        if following is not None:
            self.index = following

    def stored_note(self, record) -> Optional[str]:
        """The comment the note field edits: the review's, or in audit mode the audit's."""
        return record.audit_note if self.audit else record.review_note

    def note_changed(self, note: str) -> bool:
        """Whether `note` differs from the current tile's stored comment."""
        record = self.current()
        return record is not None and clean_note(note) != self.stored_note(record)

    def save_note(self, note: str) -> TileRecord:
        """Store the comment alone on the current tile; the updated record."""
        if self.audit:
            return self._stored(self.store.write(self.current(), {AUDIT_NOTE: clean_note(note)}))
        return self._stored(self.store.write_note(self.current(), note))

    def _stored(self, updated: TileRecord) -> TileRecord:
        self.queue[self.index] = updated
        self.records = [updated if r.fid == updated.fid else r for r in self.records]
        return updated
