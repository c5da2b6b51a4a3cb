"""What deforestation:alert_report says, over plain records: a summary page and one page per
alert patch (docs/REVIEW.md). No QGIS: processing_provider/alert_report_algorithm.py reads the
layers into dicts, lays the pages out with a QGIS print layout and its atlas
(core/alerts/report_layout.py) and exports the PDF.

Every text goes through tr(): the report is in the analyst's language (the QGIS locale).
"""
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

from ...toolbelt.i18n import tr
from ..imagery.grid import TILE_SIZE_M
from ..review.reasons import reason_title
from .tiers import TIERS

TILE_HA = TILE_SIZE_M * TILE_SIZE_M / 10000.0
# A decision as the report counts it; "rejected" is a correction of an alert to another class.
CONFIRMED, REJECTED, UNCLEAR, PENDING = "CONFIRMED", "REJECTED", "UNCLEAR", "PENDING"
DECISIONS = (CONFIRMED, REJECTED, UNCLEAR, PENDING)
NO_TIER = "none"


@dataclass
class ReportPage:
    """One page: `patch_id` None for the summary; `tile_ids` the patch's alert tiles."""

    title: str
    body: str
    patch_id: Optional[int] = None
    tile_ids: List[str] = field(default_factory=list)
    dates: Tuple[str, str] = ("", "")  # the images' dates, before and after (the latest)


def decision_of(tile: Dict) -> str:
    status = tile.get("review_status")
    if status == "CONFIRMED":
        return CONFIRMED
    if status == "CORRECTED":
        return CONFIRMED if tile.get("reviewed_label") == "RECENTLY_CLEARED" else REJECTED
    if status == "UNCLEAR":
        return UNCLEAR
    return PENDING


def decision_titles() -> Dict[str, str]:
    return {CONFIRMED: tr("confirmed"), REJECTED: tr("rejected"), UNCLEAR: tr("unclear"),
            PENDING: tr("not reviewed")}


def _ha(value) -> str:
    return tr("{:.1f} ha").format(value or 0.0)


def _number(value, digits=2) -> str:
    return tr("not computed") if value is None else f"{value:.{digits}f}"


def _dates(items: Iterable[Dict]) -> str:
    before = sorted({str(t["image_date_before"]) for t in items if t.get("image_date_before")})
    after = sorted({str(t["image_date_after"]) for t in items if t.get("image_date_after")})
    return tr("before {}; after {}").format(", ".join(before) or tr("not recorded"),
                                            ", ".join(after) or tr("not recorded"))


def alert_tiles(tiles: Iterable[Dict]) -> List[Dict]:
    """The alert tiles of a compare output that belong to a patch."""
    return [t for t in tiles if t.get("alert") == 1 and t.get("patch_id") is not None]


def tile_decision_text(tile: Dict) -> str:
    """'EPSG32633_E400_N5802: CONFIRMED as RECENTLY_CLEARED by ana, 2025-06-01T14:03:22Z;
    reason: ...; "note"; audit: AGREED by bo, ...'."""
    status = tile.get("review_status")
    if not status:
        return tr("{}: not reviewed").format(tile["tile_id"])
    text = f"{tile['tile_id']}: {status}"
    if tile.get("reviewed_label"):
        text += tr(" as {}").format(tile["reviewed_label"])
    text += tr(" by {}").format(tile.get("reviewer") or tr("(no name)"))
    if tile.get("reviewed_at"):
        text += f", {tile['reviewed_at']}"
    if tile.get("review_reason"):
        text += tr("; reason: {}").format(reason_title(tile["review_reason"]))
    if tile.get("review_note"):
        text += f"; \u201c{tile['review_note']}\u201d"
    if tile.get("audit_status"):
        text += tr("; audit: {} by {}").format(tile["audit_status"], tile.get("auditor") or "")
        if tile.get("audited_at"):
            text += f", {tile['audited_at']}"
        if tile.get("audit_note"):
            text += f" \u201c{tile['audit_note']}\u201d"
    else:
        text += tr("; not audited")
    return text


def _overlaps(clearings: Iterable[Dict]) -> Dict[str, float]:
    areas = defaultdict(float)
    for clearing in clearings:
        if clearing.get("overlay_names"):
            areas[clearing["overlay_names"]] += clearing.get("overlay_ha") or 0.0
    return dict(sorted(areas.items(), key=lambda kv: -kv[1]))


def summary_page(tiles, patches: Dict[int, Dict], clearings, provenance: Dict[str, str],
                 title: str) -> ReportPage:
    alerts = alert_tiles(tiles)
    counts = Counter((t.get("confidence") or NO_TIER, decision_of(t)) for t in alerts)
    titles = decision_titles()
    lines = [tr("{} alert tiles in {} patches.").format(len(alerts), len(patch_ids(alerts)))]
    lines.append(tr("Alert tiles by tier and decision:"))
    for tier in (*TIERS, NO_TIER):
        row = [f"{titles[d]} {counts[(tier, d)]}" for d in DECISIONS if counts[(tier, d)]]
        if row:
            lines.append(f"  {tier if tier != NO_TIER else tr('no tier')}: {', '.join(row)}")
    total = sum(patch_area(patches.get(p), tiles_of(alerts, p)) for p in patch_ids(alerts))
    cleared = sum(t.get("cleared_ha") or 0.0 for t in alerts)
    lines.append(tr("Total area of the alert patches: {}; cleared inside them: {}.").format(
        _ha(total), _ha(cleared)))
    overlaps = _overlaps(clearings)
    if overlaps:
        lines.append(tr("Cleared area by overlay polygon:"))
        lines += [f"  {name}: {_ha(area)}" for name, area in overlaps.items()]
    else:
        lines.append(tr("Cleared area by overlay polygon: no overlay given or no overlap."))
    lines.append(tr("Dates: {}.").format(_dates(alerts)))
    lines.append(tr("Provenance:"))
    lines += [f"  {key}: {value}" for key, value in provenance.items() if value]
    return ReportPage(title=title, body="\n".join(lines))


def patch_ids(alerts) -> List[int]:
    return sorted({int(t["patch_id"]) for t in alerts})


def tiles_of(alerts, patch_id) -> List[Dict]:
    return sorted((t for t in alerts if int(t["patch_id"]) == patch_id),
                  key=lambda t: (-(t.get("prob_recently_cleared_after") or 0.0), t["tile_id"]))


def patch_area(patch: Optional[Dict], tiles) -> float:
    """The patch's area in ha: PATCHES' area_ha when given, else its 1 km tiles."""
    if patch and patch.get("area_ha") is not None:
        return float(patch["area_ha"])
    return len(tiles) * TILE_HA


def _centroid(patch, tiles) -> str:
    source = patch if patch and patch.get("centroid_lon") is not None else None
    if source is None and tiles:
        lon = sum(t.get("centroid_lon") or 0.0 for t in tiles) / len(tiles)
        lat = sum(t.get("centroid_lat") or 0.0 for t in tiles) / len(tiles)
    elif source is not None:
        lon, lat = source["centroid_lon"], source["centroid_lat"]
    else:
        return tr("not recorded")
    return tr("{:.5f}, {:.5f} (longitude, latitude, WGS 84)").format(lon, lat)


def patch_page(patch_id: int, tiles: List[Dict], patch: Optional[Dict],
               clearings: List[Dict]) -> ReportPage:
    tier = (patch or {}).get("confidence") or next(
        (t.get("confidence") for t in tiles if t.get("confidence")), None)
    probs = [t["prob_recently_cleared_after"] for t in tiles
             if t.get("prob_recently_cleared_after") is not None]
    cleared = sum(t.get("cleared_ha") or 0.0 for t in tiles)
    lines = [
        tr("Area: {} ({} tile(s) of 1 km\u00b2); cleared inside: {}").format(
            _ha(patch_area(patch, tiles)), len(tiles), _ha(cleared)),
        tr("Tier: {}").format(tier or tr("no tier")),
        tr("P(recently cleared) after: highest {}, lowest {}").format(
            _number(max(probs) if probs else None), _number(min(probs) if probs else None)),
        tr("Dates: {}").format(_dates(tiles)),
        tr("Centroid: {}").format(_centroid(patch, tiles)),
    ]
    overlaps = _overlaps(clearings)
    lines.append(tr("Overlaps: {}").format(
        "; ".join(f"{name} ({_ha(area)})" for name, area in overlaps.items())
        or tr("none")))
    lines.append(tr("Clearings delineated: {}").format(len(clearings)))
    lines.append(tr("Decisions (review and audit):"))
    lines += [f"  {tile_decision_text(t)}" for t in tiles]
    dates = tuple(max((str(t[f"image_date_{w}"]) for t in tiles if t.get(f"image_date_{w}")),
                      default="") for w in ("before", "after"))
    return ReportPage(title=tr("Alert patch {}").format(patch_id), body="\n".join(lines),
                      patch_id=patch_id, tile_ids=[t["tile_id"] for t in tiles], dates=dates)


def report_pages(tiles: List[Dict], patches: Dict[int, Dict], clearings: List[Dict],
                 provenance: Dict[str, str], title: str) -> List[ReportPage]:
    """The summary page, then one page per alert patch in patch_id order."""
    alerts = alert_tiles(tiles)
    pages = [summary_page(tiles, patches, clearings, provenance, title)]
    for patch_id in patch_ids(alerts):
        members = tiles_of(alerts, patch_id)
        ids = {t["tile_id"] for t in members}
        own = [c for c in clearings if c.get("patch_id") == patch_id or c.get("tile_id") in ids]
        pages.append(patch_page(patch_id, members, patches.get(patch_id), own))
    return pages
