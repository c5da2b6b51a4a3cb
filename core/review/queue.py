"""The review queue, without QGIS: tile records, the queue filter and order, progress, decisions.

Plain Python (tests/unit/test_review_queue.py runs it without QGIS). The layer side is
core/review/store.py, the chips core/review/chip_source.py, the dock ui/review_dock.py.
"""
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Dict, List, Optional

from ... import errors
from ..output.fields import CLASS_LABEL, CONFIDENCE, PROB_FIELDS, REVIEW_STATUS, STATUS, TILE_ID
from ..vocabulary import CLASSES, RECENTLY_CLEARED
from .reasons import REASON_FIELD, REASON_LENGTH, check_reason
from ...toolbelt.i18n import tr

CONFIRMED = "CONFIRMED"
CORRECTED = "CORRECTED"
UNCLEAR = "UNCLEAR"
REVIEW_STATUSES = (CONFIRMED, CORRECTED, UNCLEAR)

# What a layer needs to be reviewable: the fields deforestation:classify writes.
REQUIRED_FIELDS = (TILE_ID, CLASS_LABEL, CONFIDENCE, *PROB_FIELDS.values(), STATUS)
# (name, text length; 0 = unlimited). Added to the data source when missing.
REVIEW_FIELDS = (
    (REVIEW_STATUS, 16),
    ("reviewed_label", 24),
    ("reviewer", 64),
    ("reviewed_at", 32),
    ("review_note", 0),
    (REASON_FIELD, REASON_LENGTH),  # core/review/reasons.py
    # The second look (core/review/audit.py).
    ("audit_status", 16),
    ("auditor", 64),
    ("audited_at", 32),
    ("audit_note", 0),
)
REVIEW_FIELD_NAMES = tuple(name for name, _ in REVIEW_FIELDS)

ALL_CLASSES = "ALL"  # the class filter's value for "every classified tile"
DEFAULT_CLASS = RECENTLY_CLEARED
DEFAULT_THRESHOLD = 0.6


class ReviewError(errors.ReviewError):
    """The layer cannot be reviewed or a decision cannot be stored; the text says why."""


@dataclass
class TileRecord:
    """One tile's attributes as the review needs them; `order` is its position in the layer."""

    fid: int
    tile_id: str
    class_label: Optional[str]
    confidence: Optional[float] = None
    probabilities: Dict[str, Optional[float]] = field(default_factory=dict)
    status: Optional[str] = None
    valid_fraction: Optional[float] = None
    review_status: Optional[str] = None
    reviewed_label: Optional[str] = None
    reviewer: Optional[str] = None
    reviewed_at: Optional[str] = None
    review_note: Optional[str] = None
    review_reason: Optional[str] = None
    audit_status: Optional[str] = None
    auditor: Optional[str] = None
    audited_at: Optional[str] = None
    audit_note: Optional[str] = None
    order: int = 0

    @property
    def reviewed(self) -> bool:
        return self.review_status in REVIEW_STATUSES

    @property
    def audited(self) -> bool:
        return bool(self.audit_status)

    def probability(self, label: str) -> Optional[float]:
        return self.probabilities.get(label)


@dataclass(frozen=True)
class QueueFilter:
    """Which tiles to review: one class (or ALL_CLASSES), optionally only low confidence."""

    label: str = DEFAULT_CLASS
    low_confidence: bool = False
    threshold: float = DEFAULT_THRESHOLD


def missing_fields(field_names) -> List[str]:
    """The REQUIRED_FIELDS a layer with these field names lacks."""
    names = set(field_names)
    return [name for name in REQUIRED_FIELDS if name not in names]


def confidence_available(records) -> bool:
    """Whether any tile has a confidence (the recipe engine gives labels only: all NULL)."""
    return any(r.confidence is not None for r in records)


def probabilities_available(records) -> bool:
    """Whether any tile has a class probability (without any, the queue is in tile order)."""
    return any(v is not None for r in records for v in r.probabilities.values())


def sort_label(flt: QueueFilter) -> str:
    """The class whose probability orders the queue: the filtered class, else deforestation."""
    return flt.label if flt.label in CLASSES else RECENTLY_CLEARED


def build_queue(records, flt: QueueFilter = QueueFilter()) -> List[TileRecord]:
    """The tiles to review, in review order.

    Tiles of the filtered class (every classified tile for ALL_CLASSES); with low_confidence,
    only those whose confidence is below the threshold (a NULL confidence is never "low").
    Ordered by the probability of the filtered class (RECENTLY_CLEARED for ALL_CLASSES),
    highest first; tiles without that probability follow in tile order.
    """
    if flt.label in CLASSES:
        chosen = [r for r in records if r.class_label == flt.label]
    else:
        chosen = [r for r in records if r.class_label in CLASSES]
    if flt.low_confidence:
        chosen = [r for r in chosen
                  if r.confidence is not None and r.confidence < flt.threshold]
    label = sort_label(flt)
    with_prob = [r for r in chosen if r.probability(label) is not None]
    without = [r for r in chosen if r.probability(label) is None]
    with_prob.sort(key=lambda r: (-r.probability(label), r.order))
    without.sort(key=lambda r: r.order)
    return with_prob + without


def reviewed_count(queue) -> int:
    return sum(1 for r in queue if r.reviewed)


def progress_text(queue) -> str:
    """'23 of 87 reviewed'."""
    return tr("{} of {} reviewed").format(reviewed_count(queue), len(queue))


def next_unreviewed(queue, after: int) -> Optional[int]:
    """Index of the first unreviewed tile after `after` (wrapping round); None when all are."""
    n = len(queue)
    for step in range(1, n + 1):
        index = (after + step) % n
        if not queue[index].reviewed:
            return index
    return None


def first_unreviewed(queue) -> int:
    """Where a review starts: the first unreviewed tile, else the first tile (0 when empty)."""
    index = next_unreviewed(queue, -1) if queue else None
    return 0 if index is None else index


def utc_now_iso(now: Optional[datetime] = None) -> str:
    """ISO 8601 UTC to the second, e.g. 2025-06-01T14:03:22Z."""
    now = now or datetime.now(timezone.utc)
    if now.tzinfo is not None:
        now = now.astimezone(timezone.utc)
    return now.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def clean_note(note: Optional[str]) -> Optional[str]:
    """A comment as stored: stripped, None when blank."""
    return (note or "").strip() or None


def decision(record: TileRecord, status: str, *, label: Optional[str] = None,
             reviewer: str = "", note: Optional[str] = None, reason: Optional[str] = None,
             now: Optional[datetime] = None) -> Dict[str, Optional[str]]:
    """The review field values of a decision on `record`.

    CONFIRMED keeps the model's label; CORRECTED names another class (correcting to the
    model's own label is a confirmation); UNCLEAR has no label. A correction (for an alert,
    a rejection) or an unclear tile keeps `reason` (core/review/reasons.py); a confirmation
    needs none and clears it. A new decision clears the earlier audit: the second look was
    on the decision it replaces (core/review/audit.py).
    """
    reason = check_reason(reason)
    if status not in REVIEW_STATUSES:
        raise ReviewError(tr("Unknown review status {!r}.").format(status))
    if status == CORRECTED:
        if label not in CLASSES:
            raise ReviewError(tr("Cannot correct to {!r}: not one of {}.").format(
                                 label, ', '.join(CLASSES)))
        if label == record.class_label:
            status = CONFIRMED
    if status == CONFIRMED:
        if record.class_label not in CLASSES:
            raise ReviewError(
                tr("Tile {} has no class to confirm; correct it to a class instead.").format(
                   record.tile_id))
        label = record.class_label
    if status == UNCLEAR:
        label = None
    return {
        REVIEW_STATUS: status,
        "reviewed_label": label,
        "reviewer": reviewer or None,
        "reviewed_at": utc_now_iso(now),
        "review_note": clean_note(note),
        REASON_FIELD: None if status == CONFIRMED else reason,
        **({} if record.audit_status is None else AUDIT_CLEARED),
    }


# What a new decision writes over an earlier audit.
AUDIT_CLEARED = {"audit_status": None, "auditor": None, "audited_at": None, "audit_note": None}


def apply_values(record: TileRecord, values) -> TileRecord:
    """`record` with the review field values set (what was written)."""
    return replace(record, **{k: v for k, v in values.items() if k in REVIEW_FIELD_NAMES})
