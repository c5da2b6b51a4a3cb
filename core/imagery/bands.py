"""Which raster bands hold Sentinel-2 B08 (NIR), B04 (Red) and B03 (Green).

Band descriptions seen in the wild (docs/INPUTS.md): SAFE file names (`..._B08_10m.jp2`), GDAL's
SENTINEL2 driver (`B8, central wavelength 842 nm`), Earth Search asset keys (`nir`, `red`,
`green`; `nir08` is B8A), Earth Engine exports (`B8`, `B4`, `B3`). B8A is never B08.
"""
import re
from dataclasses import dataclass

from ... import errors
from ...toolbelt.i18n import tr

# A band token: not glued to a letter or digit on either side, so B8A, B80 and nir08 do not match.
_EDGE_L = r"(?<![A-Za-z0-9])"
_EDGE_R = r"(?![A-Za-z0-9])"
_PATTERNS = {
    "nir": re.compile(_EDGE_L + r"(?:B0?8|nir)" + _EDGE_R, re.IGNORECASE),
    "red": re.compile(_EDGE_L + r"(?:B0?4|red)" + _EDGE_R, re.IGNORECASE),
    "green": re.compile(_EDGE_L + r"(?:B0?3|green)" + _EDGE_R, re.IGNORECASE),
}


def band_pattern(role: str) -> re.Pattern:
    """The pattern that finds a role's band in a description or a file name."""
    return _PATTERNS[role]


SENTINEL2_NAMES = {"nir": "B08", "red": "B04", "green": "B03"}


class BandError(errors.InputError):
    """The bands cannot be determined or are out of range; the message says how to fix it."""


@dataclass(frozen=True)
class BandSelection:
    """1-based band numbers of the chip's channels: R = NIR, G = Red, B = Green."""

    nir: int
    red: int
    green: int

    def as_list(self):
        return [self.nir, self.red, self.green]


def detect_band(role: str, descriptions) -> int:
    """The 1-based band whose description names `role`; raise BandError when none or several do."""
    pattern = band_pattern(role)
    hits = [i + 1 for i, d in enumerate(descriptions) if d and pattern.search(d)]
    if len(hits) == 1:
        return hits[0]
    param = f"{role.upper()}_BAND"
    name = SENTINEL2_NAMES[role]
    listing = ", ".join(f"{i + 1}: '{d or ''}'" for i, d in enumerate(descriptions))
    if not hits:
        raise BandError(tr(
            "Cannot find the {} ({}) band from the band descriptions ({}). "
            "Set {} to its band number."
        ).format(name, role, listing, param))
    raise BandError(tr(
        "Several bands look like {} ({}): {} ({}). Set {} to the right one."
    ).format(name, role, hits, listing, param))


def select_bands(descriptions, nir=None, red=None, green=None) -> BandSelection:
    """Band numbers given by the user where set, detected from descriptions otherwise."""
    count = len(descriptions)
    if count < 3:
        raise BandError(tr(
            "The raster has {} band(s); a chip needs three (B08, B04, B03). "
            "Use a multi-band Sentinel-2 L2A raster, or stack the bands into a VRT first."
        ).format(count))
    chosen = {}
    for role, given in (("nir", nir), ("red", red), ("green", green)):
        if given is None:
            chosen[role] = detect_band(role, descriptions)
        elif not 1 <= int(given) <= count:
            raise BandError(tr(
                "{}_BAND is {}, but the raster has {} band(s) (valid numbers are 1 to {})."
            ).format(role.upper(), given, count, count))
        else:
            chosen[role] = int(given)
    return BandSelection(**chosen)
