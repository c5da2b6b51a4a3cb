"""Confidence tiers of the tiles, clearings and patches of a comparison (docs/ALERTS.md, "Tiers").

- highest: the model's alert, a clearing of at least the minimum mapping unit, and the reference
  alerts (another system) overlapping that clearing;
- high: the model's alert and a clearing agree;
- candidate: a tile the model kept as forest where a clearing appears (the model's miss);
- low: an alert without a clearing of that size, in a tile both images saw (a false flag, or a
  clearing older than the earlier image).

An alert tile without a clearing that the images did not see well enough (cloud, no data) gets
no tier: an absence of clearing under cloud says nothing. The review goes highest, high,
candidate, then the tiles without a tier, then low.
"""
from typing import Dict, Iterable, List, Optional

from ...toolbelt.i18n import tr
from ..vocabulary import STANDING_FOREST
from .clearings import MIN_SEEN_SHARE, Clearing, TileScan

HIGHEST = "highest"
HIGH = "high"
CANDIDATE = "candidate"
LOW = "low"
TIERS = (HIGHEST, HIGH, CANDIDATE, LOW)
# The review queue's order; None: no tier.
QUEUE_ORDER = (HIGHEST, HIGH, CANDIDATE, None, LOW)


def queue_rank(tier: Optional[str]) -> int:
    """Where a tile of this tier comes in the review (0 first)."""
    tier = str(tier).strip().lower() if tier not in (None, "") else None
    return QUEUE_ORDER.index(tier) if tier in QUEUE_ORDER else QUEUE_ORDER.index(None)


def strongest(tiers: Iterable[Optional[str]]) -> Optional[str]:
    """The strongest of some tiers (highest, high, candidate, low); None when none is set."""
    present = [t for t in tiers if t in TIERS]
    return min(present, key=TIERS.index) if present else None


def kept_forest(change) -> bool:
    """A tile the model kept as forest: STANDING_FOREST in both dates (in the later date alone
    when there is no earlier classification)."""
    return (change.label_after == STANDING_FOREST
            and change.label_before in (None, STANDING_FOREST))


def rate_clearings(clearings: List[Clearing], changes: Dict[str, object],
                   patch_of: Dict[str, Optional[int]]) -> List[Clearing]:
    """Each clearing's tier, the tile it carries (the alert tile holding most of it; a
    candidate: the kept-forest tile holding most of it), that tile's patch and dates; clearings
    touching neither an alert tile nor a kept-forest tile are dropped. Numbered 1, 2, ... from
    the strongest tier, largest first."""
    kept = []
    for clearing in clearings:
        alerts = {t: a for t, a in clearing.tile_ha.items()
                  if t in changes and changes[t].alert}
        forest = {t: a for t, a in clearing.tile_ha.items()
                  if t in changes and kept_forest(changes[t])}
        if alerts:
            agreed = (clearing.reference_overlap_ha or 0.0) > 0.0
            clearing.confidence = HIGHEST if agreed else HIGH
            holders = alerts
        elif forest:
            clearing.confidence = CANDIDATE
            holders = forest
        else:
            continue
        clearing.tile_id = max(sorted(holders), key=lambda t: holders[t])
        clearing.patch_id = patch_of.get(clearing.tile_id)
        change = changes[clearing.tile_id]
        clearing.image_date_before = clearing.image_date_before or change.image_date_before
        clearing.image_date_after = clearing.image_date_after or change.image_date_after
        kept.append(clearing)
    kept.sort(key=lambda c: (TIERS.index(c.confidence), -c.area_ha, c.tile_id))
    for number, clearing in enumerate(kept, start=1):
        clearing.clearing_id = number
    return kept


def rate_tiles(changes, scans: Dict[str, TileScan], clearings: List[Clearing]):
    """Set `cleared_ha` (the area of its clearings inside it) and `confidence` on each compared
    tile (core/alerts/compare.py TileChange) that is an alert or kept forest and was scanned."""
    cleared: Dict[str, float] = {}
    agreed: Dict[str, bool] = {}
    for clearing in clearings:
        for tile_id, area in clearing.tile_ha.items():
            cleared[tile_id] = cleared.get(tile_id, 0.0) + area
            agreed[tile_id] = agreed.get(tile_id, False) or \
                (clearing.reference_overlap_ha or 0.0) > 0.0
    for change in changes:
        scan = scans.get(change.tile_id)
        if scan is None or not (change.alert or kept_forest(change)):
            continue
        area = cleared.get(change.tile_id)
        seen = scan.seen_share >= MIN_SEEN_SHARE
        change.cleared_ha = round(area, 4) if area else (0.0 if seen else None)
        if change.alert:
            change.confidence = (HIGHEST if agreed[change.tile_id] else HIGH) if area \
                else (LOW if seen else None)
        elif area:
            change.confidence = CANDIDATE


def rate_patches(patches, changes: Dict[str, object]):
    """A patch's cleared_ha (the sum over its tiles) and confidence (its strongest tile's)."""
    for patch in patches:
        areas = [changes[t].cleared_ha for t in patch.tile_ids
                 if changes[t].cleared_ha is not None]
        patch.cleared_ha = round(sum(areas), 4) if areas else None
        patch.confidence = strongest(changes[t].confidence for t in patch.tile_ids)


def clearing_summary(clearings: List[Clearing], changes) -> str:
    """One line for the log: the clearings, their area, and the tiles of each tier."""
    tiles = {tier: sum(1 for c in changes if c.confidence == tier) for tier in TIERS}
    unrated = sum(1 for c in changes if c.alert and c.confidence is None)
    return tr(
        "{} clearings, {:.2f} ha in all. Tiles: {} highest, {} high, {} candidate (kept as "
        "forest by the model), {} low; {} alert tiles without a tier (too little of them seen "
        "in both images).").format(
            len(clearings), sum(c.area_ha for c in clearings), tiles[HIGHEST], tiles[HIGH],
            tiles[CANDIDATE], tiles[LOW], unrated)
