"""Why a decision overturns the model: the fixed list of reasons a correction or a rejection
takes, stored in `review_reason` (docs/REVIEW.md), each with its key in the review dock.

The list follows what explains most false deforestation alerts in the validation of
MapBiomas Alerta and of GFW's integrated alerts: land use that clears and regrows in a cycle,
a plantation harvested on schedule, a seasonal change of the canopy, the imagery itself, water,
fire, and a clearing older than the earlier date. Plain Python: the codes are what the file
holds (and what a field form's value map offers); `reason_title` is what the analyst reads.
"""
from typing import Optional

from ...toolbelt.i18n import tr

AGRICULTURE_ROTATION = "AGRICULTURE_ROTATION"
PLANTATION_HARVEST = "PLANTATION_HARVEST"
SEASONAL_CHANGE = "SEASONAL_CHANGE"
CLOUD_OR_SHADOW = "CLOUD_OR_SHADOW"
WATER_LEVEL = "WATER_LEVEL"
BURN_WITHOUT_CLEARING = "BURN_WITHOUT_CLEARING"
CLEARED_BEFORE = "CLEARED_BEFORE"
OTHER = "OTHER"
REASONS = (AGRICULTURE_ROTATION, PLANTATION_HARVEST, SEASONAL_CHANGE, CLOUD_OR_SHADOW,
           WATER_LEVEL, BURN_WITHOUT_CLEARING, CLEARED_BEFORE, OTHER)
REASON_FIELD = "review_reason"
REASON_LENGTH = 24

# The dock's key of each reason (ui/review_keys.py): a letter of its name, none of the
# decision keys (C, U, M, N, P, 1-3) nor the audit's (G, X).
REASON_KEYS = {
    AGRICULTURE_ROTATION: "A",
    PLANTATION_HARVEST: "H",
    SEASONAL_CHANGE: "S",
    CLOUD_OR_SHADOW: "L",
    WATER_LEVEL: "W",
    BURN_WITHOUT_CLEARING: "B",
    CLEARED_BEFORE: "E",
    OTHER: "O",
}


def reason_titles():
    """{code: the reason as the analyst reads it, translated}, in list order."""
    return {
        AGRICULTURE_ROTATION: tr("Agriculture or pasture rotation"),
        PLANTATION_HARVEST: tr("Plantation harvest"),
        SEASONAL_CHANGE: tr("Seasonal or phenology change"),
        CLOUD_OR_SHADOW: tr("Cloud or shadow"),
        WATER_LEVEL: tr("Water level"),
        BURN_WITHOUT_CLEARING: tr("Burn without clearing"),
        CLEARED_BEFORE: tr("Cleared before the BEFORE date"),
        OTHER: tr("Other"),
    }


def reason_title(code: Optional[str]) -> str:
    """The translated title of a stored reason; the code itself when it is not in the list
    (a value typed into the file by hand stays readable); empty for none."""
    if not code:
        return ""
    return reason_titles().get(code, code)


def check_reason(code: Optional[str]) -> Optional[str]:
    """`code` when it is one of REASONS, None when blank; errors.ReviewError otherwise."""
    from .queue import ReviewError

    code = (code or "").strip() or None
    if code is not None and code not in REASONS:
        raise ReviewError(tr("Unknown reason {!r}: use one of {}.").format(
            code, ", ".join(REASONS)))
    return code
