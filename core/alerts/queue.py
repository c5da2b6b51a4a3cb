"""The review queue of a deforestation:compare output, without QGIS: its alert tiles, patch by
patch, and where a tile stands in its patch.

A compare output (processing_provider/compare_algorithm.py) has one row per compared tile; the
review walks through its alert tiles. Decisions are the classify review's (core/review/queue.py
decision) with label_after as the label under review: confirming a tile says the alert is real
and that label_after is right. tests/unit/test_alert_queue.py runs this without QGIS.
"""
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ..output.fields import ALERT, LABEL_AFTER, LABEL_BEFORE, PATCH_ID, TILE_ID
from ..vocabulary import RECENTLY_CLEARED
from ..review.queue import TileRecord
from .tiers import CANDIDATE, queue_rank

# What makes a layer a compare output to review (what deforestation:compare's OUTPUT holds).
COMPARE_FIELDS = (TILE_ID, LABEL_BEFORE, LABEL_AFTER, ALERT, PATCH_ID)
# Written by deforestation:compare when it had the imagery (docs/ALERTS.md): the area of the
# tile's clearings; its `confidence` is the tier (core/alerts/tiers.py).
CLEARED_HA = "cleared_ha"


@dataclass
class AlertRecord(TileRecord):
    """One row of a compare output: `class_label` holds label_after (the label a decision
    confirms or corrects), `probabilities` prob_recently_cleared_after alone."""

    label_before: Optional[str] = None
    alert: bool = False
    patch_id: Optional[int] = None
    image_date_before: Optional[str] = None
    image_date_after: Optional[str] = None
    # From the clearings (core/alerts/tiers.py); None in outputs written without imagery.
    confidence: Optional[str] = None
    cleared_ha: Optional[float] = None

    @property
    def in_queue(self) -> bool:
        """An alert tile, or a tile the model kept as forest where a clearing appears."""
        return self.alert or self.confidence == CANDIDATE

    @property
    def label_after(self) -> Optional[str]:
        return self.class_label

    @property
    def prob_after(self) -> Optional[float]:
        return self.probability(RECENTLY_CLEARED)


def missing_compare_fields(field_names) -> List[str]:
    names = set(field_names)
    return [name for name in COMPARE_FIELDS if name not in names]


def is_compare_output(field_names) -> bool:
    return not missing_compare_fields(field_names)


def build_alert_queue(records, _flt=None) -> List[AlertRecord]:
    """The alert tiles and the candidate tiles (kept as forest, with a clearing), by tier:
    highest, high, candidate, the alerts without a tier, low (docs/ALERTS.md); within a tier
    patch by patch: patches in patch_id order (deforestation:compare numbers them largest
    first), tiles within a patch by prob_recently_cleared_after, highest first, then in tile
    order; tiles without a patch and tiles without a probability last. An output written
    without imagery has no tiers: its alerts go patch by patch. The queue filter of a classify
    review does not apply (the argument is ignored)."""
    def key(record):
        prob = record.prob_after
        return (queue_rank(record.confidence), record.patch_id is None, record.patch_id or 0,
                prob is None, -(prob or 0.0), record.order)

    return sorted((r for r in records if r.in_queue), key=key)


def patch_position(queue, index) -> Optional[Tuple[int, int, int]]:
    """(patch_id, the tile's place in its patch from 1, the patch's tiles in the queue) of
    queue[index]; None when the index is outside the queue or the tile has no patch."""
    if not 0 <= index < len(queue) or queue[index].patch_id is None:
        return None
    patch = queue[index].patch_id
    members = [i for i, r in enumerate(queue) if r.patch_id == patch]
    return patch, members.index(index) + 1, len(members)
