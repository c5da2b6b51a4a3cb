"""Whether Sentinel-2 L2A DN still carry the +1000 BOA offset, read from the pixels themselves.

Offset-free L2A DN (reflectance x 10000) have dark targets (water, shadow, forest in Red and
Green) at a few hundred; DN with the +1000 offset still in have almost none below 1000 and their
dark targets at 1000 plus a few hundred. A product's metadata can be wrong about it (Earth Search
items that say `earthsearch:boa_offset_applied: false` after the offset was removed): where the
metadata and the pixels clearly disagree, the pixels decide; where the pixels show no dark target
(desert, snow, a cloud deck) they cannot decide and the metadata does, with a warning
(docs/FETCH.md, "Offsets checked against the pixels"; docs/INPUTS.md). Used by the fetch
(core/fetch/offsets.py, per acquisition and MGRS tile) and by the classification's own inputs
(core/imagery/scaling.py). Numpy only.
"""
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...toolbelt.i18n import tr

OFFSET_DN = 1000.0
LOW_PERCENTILE = 1.0
# The darkest 1 % of Red or Green below this: dark targets below what the offset allows.
REMOVED_BELOW = 900.0
# With the offset in, hardly any valid pixel lies below this (reflectance slightly below 0 is
# rare)...
OFFSET_FLOOR = 950.0
FLOOR_FRACTION_MAX = 0.001
# ...and its dark targets sit at 1000 plus a few hundred. Pixels whose darkest are brighter than
# this hold no dark target (desert, snow, clouds) and say nothing about the offset.
IN_DARK_MAX = OFFSET_DN + 500.0
MIN_PIXELS = 500

REMOVED, IN, UNDECIDED = "removed", "in", "undecided"


@dataclass(frozen=True)
class OffsetEvidence:
    """What the Red and Green pixels say: REMOVED, IN or UNDECIDED, with the numbers."""

    verdict: str
    red_low: Optional[float] = None
    green_low: Optional[float] = None
    pixels: int = 0

    def numbers(self) -> str:
        if self.red_low is None:
            return tr("{} valid pixels, too few to tell").format(self.pixels)
        return tr("darkest 1 % of {} valid pixels at Red {:.0f} and Green {:.0f} DN").format(
            self.pixels, self.red_low, self.green_low)

    def text(self) -> str:
        if self.verdict == REMOVED:
            return tr("the pixels say the offset was removed ({}: dark targets below {:.0f}, "
                      "which DN with the +1000 offset do not reach)").format(
                          self.numbers(), REMOVED_BELOW)
        if self.verdict == IN:
            return tr("the pixels say the +1000 offset is still in ({}: almost none below "
                      "{:.0f}, dark targets at 1000 plus a few hundred)").format(
                          self.numbers(), OFFSET_FLOOR)
        return tr("the pixels cannot tell ({}: no dark target such as water or forest, as over "
                  "desert, snow or cloud)").format(self.numbers())


def evidence(red: np.ndarray, green: np.ndarray, offset_free_scale: float = 1.0) -> \
        OffsetEvidence:
    """The verdict of raw Red and Green values (0, NaN: nodata); `offset_free_scale` turns
    them into DN before any offset (10000 for reflectance, else 1)."""
    red = np.asarray(red, dtype=np.float64) * offset_free_scale
    green = np.asarray(green, dtype=np.float64) * offset_free_scale
    valid = np.isfinite(red) & np.isfinite(green) & (red != 0) & (green != 0)
    count = int(valid.sum())
    if count < MIN_PIXELS:
        return OffsetEvidence(UNDECIDED, pixels=count)
    r, g = red[valid], green[valid]
    red_low = float(np.percentile(r, LOW_PERCENTILE))
    green_low = float(np.percentile(g, LOW_PERCENTILE))
    dark = min(red_low, green_low)
    below_floor = float(((r < OFFSET_FLOOR) | (g < OFFSET_FLOOR)).mean())
    if dark < REMOVED_BELOW:
        verdict = REMOVED
    elif below_floor < FLOOR_FRACTION_MAX and dark <= IN_DARK_MAX:
        verdict = IN
    else:
        verdict = UNDECIDED
    return OffsetEvidence(verdict, red_low, green_low, count)


@dataclass(frozen=True)
class OffsetDecision:
    """The offset (contract DN to add) and why; `warning` when the pixels could not check it or
    overruled the metadata."""

    offset: float
    reason: str
    decided_by: str  # "metadata" or "pixels"
    warning: str = ""


def reconcile(metadata_offset: float, metadata_reason: str, seen: OffsetEvidence,
              what: str) -> OffsetDecision:
    """The offset to apply to `what` (an item, a raster) given the metadata's (0: the offset
    already removed; negative: still in) and the pixels' evidence."""
    says_in = metadata_offset < 0
    if seen.verdict == UNDECIDED:
        return OffsetDecision(metadata_offset, metadata_reason, "metadata", tr(
            "{}: the BOA offset could not be checked against the pixels ({}); the metadata "
            "decides: {}.").format(what, seen.text(), metadata_reason))
    if (seen.verdict == IN) == says_in:
        return OffsetDecision(metadata_offset, f"{metadata_reason}; {seen.text()}", "metadata")
    offset = -OFFSET_DN if seen.verdict == IN else 0.0
    applied = (tr("{:+.0f} DN applied").format(offset) if offset else tr("DN used as stored"))
    message = tr("{}: the metadata and the pixels disagree about the BOA offset. Metadata: {}. "
                 "Pixels: {}. The pixels decide: {}.").format(what, metadata_reason,
                                                              seen.text(), applied)
    return OffsetDecision(offset, tr("pixels over metadata: {} ({}; the metadata said: "
                                     "{})").format(applied, seen.numbers(), metadata_reason),
                          "pixels", message)
