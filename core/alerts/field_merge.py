"""Decisions made in the field merged back into the compare output (docs/REVIEW.md, "The field
package"). Plain Python: which field decision goes into which office tile, matched by tile_id.

A decision is the review fields the field form edits (`FIELD_DECISION`). Each tile of the field
package carries `packaged_reviewed_at`, the office's reviewed_at when the package was made, so
the merge knows which side decided since then:

- only the field decided: the field's decision is written (through the dock's rules,
  core/review/queue.py `decision`: a confirmation keeps the model's label and drops the reason,
  a new decision clears the earlier audit);
- only the office decided, or neither: nothing to merge;
- both decided: the later reviewed_at wins, as when a run again carries decisions
  (core/alerts/carry.py); an office decision as late as the field's or later is kept and the
  field's is reported as a conflict, never written over it. A field decision that replaces an
  earlier office decision made after packaging is reported too.

A GeoPackage without `packaged_reviewed_at` (not made by deforestation:field_package) is merged
by reviewed_at alone: the later decision wins, an equal or unknown time keeps the office's.
"""
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Dict, List, Optional, Tuple

from ...toolbelt.i18n import tr
from ..output.fields import REVIEW_STATUS
from ..review.queue import ReviewError, TileRecord, decision

BASELINE = "packaged_reviewed_at"
FIELD_DECISION = (REVIEW_STATUS, "reviewed_label", "reviewer", "reviewed_at", "review_note",
                  "review_reason")


@dataclass
class MergePlan:
    """What the merge writes (`apply`: office record, values) and what it reports."""

    apply: List[Tuple[TileRecord, Dict[str, Optional[str]]]] = field(default_factory=list)
    conflicts: List[str] = field(default_factory=list)  # office decision later: kept
    replaced: List[str] = field(default_factory=list)  # an office decision after packaging
    unchanged: List[str] = field(default_factory=list)
    missing: List[str] = field(default_factory=list)  # in the field package, not the office's
    invalid: List[str] = field(default_factory=list)  # "tile: why"


def parse_time(value) -> Optional[datetime]:
    """An ISO 8601 time as an aware UTC datetime; one without an offset is taken as UTC (the
    review writes UTC with Z); None when blank or not a time."""
    text = str(value or "").strip()
    if not text:
        return None
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _same_time(a, b) -> bool:
    first, second = parse_time(a), parse_time(b)
    if first is None or second is None:
        return str(a or "") == str(b or "")
    return first == second


def _blank(value) -> Optional[str]:
    text = "" if value is None else str(value).strip()
    return text or None


def _decision_of(values) -> Dict[str, Optional[str]]:
    return {name: _blank(values.get(name)) for name in FIELD_DECISION}


def _office_decision(record: TileRecord) -> Dict[str, Optional[str]]:
    return _decision_of({name: getattr(record, name, None) for name in FIELD_DECISION})


def _later(first, second) -> bool:
    """Whether time `first` is known and strictly after `second` (unknown counts earliest)."""
    a, b = parse_time(first), parse_time(second)
    return a is not None and (b is None or a > b)


def _field_values(record: TileRecord, mine: Dict[str, Optional[str]]):
    """The values the dock would write for this decision, timed when the field made it."""
    moment = parse_time(mine["reviewed_at"])
    values = decision(record, mine[REVIEW_STATUS], label=mine["reviewed_label"],
                      reviewer=mine["reviewer"] or "", note=mine["review_note"],
                      reason=mine["review_reason"], now=moment)
    if moment is None:
        values["reviewed_at"] = None  # decision() would stamp the merge's own time
    return values


def merge_plan(field_rows: Dict[str, Dict[str, object]],
               office: Dict[str, TileRecord], packaged: bool = True) -> MergePlan:
    """The plan for `field_rows` ({tile_id: the field package's values}) onto `office`
    ({tile_id: the compare output's records}). `packaged`: the rows carry BASELINE."""
    plan = MergePlan()
    for tile in sorted(field_rows):
        mine = _decision_of(field_rows[tile])
        if mine[REVIEW_STATUS] is None:
            continue  # no decision in the field
        record = office.get(tile)
        if record is None:
            plan.missing.append(tile)
            continue
        theirs = _office_decision(record)
        try:
            values = _field_values(record, mine)
        except ReviewError as exc:
            plan.invalid.append(f"{tile}: {exc}")
            continue
        baseline = _blank(field_rows[tile].get(BASELINE))
        if _decision_of(values) == theirs or mine == theirs or (
                packaged and baseline and _same_time(mine["reviewed_at"], baseline)):
            plan.unchanged.append(tile)  # the field kept the decision it was given
            continue
        office_moved = not packaged or not _same_time(theirs["reviewed_at"], baseline)
        if office_moved and theirs[REVIEW_STATUS] is not None:
            if not _later(mine["reviewed_at"], theirs["reviewed_at"]):
                plan.conflicts.append(tile)
                continue
            if packaged:
                plan.replaced.append(tile)
        plan.apply.append((record, values))
    return plan


def merge_notes(plan: MergePlan, written: int) -> List[str]:
    """The log lines of a merge."""
    notes = [tr("{} field decisions written into the compare output; {} unchanged.").format(
        written, len(plan.unchanged))]
    if plan.conflicts:
        notes.append(tr("{} tiles hold an office decision as late as the field's or later: the "
                        "office's is kept, the field's is not written (it stays in the field "
                        "package): {}.").format(len(plan.conflicts),
                                                ", ".join(plan.conflicts[:10])))
    if plan.replaced:
        notes.append(tr("{} tiles were decided in the office after the package was made and "
                        "later in the field: the field's later decision is written: {}.").format(
            len(plan.replaced), ", ".join(plan.replaced[:10])))
    if plan.missing:
        notes.append(tr("{} field decisions are on tiles the compare output does not have: "
                        "{}.").format(len(plan.missing), ", ".join(plan.missing[:10])))
    if plan.invalid:
        notes.append(tr("{} field decisions cannot be written (fix them in the field package "
                        "and merge again): {}.").format(
            len(plan.invalid), "; ".join(plan.invalid[:10])))
    return notes
