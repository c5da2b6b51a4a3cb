"""The second look: an auditor agrees or disagrees with a reviewed tile's decision.

As MapBiomas Alerta audits each validated alert before it is published, the review dock has an
audit mode (docs/REVIEW.md) whose queue is the reviewed tiles not yet audited, in the review's
own order. An audit writes `audit_status` (AGREED or DISAGREED), `auditor`, `audited_at` and
`audit_note` at once, like a decision (core/review/store.py). The auditor is another person
than the reviewer: a second look by the same name is refused. A new decision on the tile
clears its audit (core/review/queue.py decision), so the tile comes back to the audit queue.
Plain Python (tests/unit/test_review_audit.py).
"""
from datetime import datetime
from typing import Dict, List, Optional

from ...toolbelt.i18n import tr
from .queue import ReviewError, TileRecord, clean_note, utc_now_iso

AGREED = "AGREED"
DISAGREED = "DISAGREED"
AUDIT_STATUSES = (AGREED, DISAGREED)
AUDIT_NOTE = "audit_note"


def audit_queue(review_queue) -> List[TileRecord]:
    """The tiles to audit: the reviewed tiles of the review's queue, not yet audited, in the
    review's order."""
    return [r for r in review_queue if r.reviewed and not r.audited]


def audit_values(record: TileRecord, status: str, *, auditor: str, note: Optional[str] = None,
                 now: Optional[datetime] = None) -> Dict[str, Optional[str]]:
    """The audit field values of a second look at `record`."""
    if status not in AUDIT_STATUSES:
        raise ReviewError(tr("Unknown audit status {!r}.").format(status))
    if not record.reviewed:
        raise ReviewError(tr(
            "Tile {} has no decision to audit yet: review it first.").format(record.tile_id))
    auditor = (auditor or "").strip()
    if not auditor:
        raise ReviewError(tr(
            "An audit needs the auditor's name: fill in 'Reviewer' in the dock's settings."))
    if record.reviewer and auditor.casefold() == record.reviewer.strip().casefold():
        raise ReviewError(tr(
            "Tile {} was reviewed by {}: a second look must be another person's. Audit it "
            "under another name, or leave it to another auditor.").format(
                record.tile_id, record.reviewer))
    return {"audit_status": status, "auditor": auditor, "audited_at": utc_now_iso(now),
            AUDIT_NOTE: clean_note(note)}


def audited_count(queue) -> int:
    return sum(1 for r in queue if r.audited)


def audit_progress_text(queue) -> str:
    """'2 of 5 audited'."""
    return tr("{} of {} audited").format(audited_count(queue), len(queue))


def next_unaudited(queue, after: int) -> Optional[int]:
    """Index of the first tile not audited after `after` (wrapping round); None when all are."""
    n = len(queue)
    for step in range(1, n + 1):
        index = (after + step) % n
        if not queue[index].audited:
            return index
    return None


def audit_text(record) -> str:
    """'AGREED by bo, 2025-06-02T09:00:00Z — "seen in the field"'; empty when not audited."""
    if not record.audited:
        return ""
    text = record.audit_status
    if record.auditor:
        text += tr(" by {}").format(record.auditor)
    if record.audited_at:
        text += f", {record.audited_at}"
    if record.audit_note:
        text += f" \u2014 \u201c{record.audit_note}\u201d"
    return text
