"""From the values a Sentinel-2 product stores to the DN of the chip contract (docs/INPUTS.md).

Contract DN = surface reflectance x 10000 with the BOA offset removed, per band:
DN = raw x scale + offset, where `offset` is in contract DN (it is added after the scale).
Products differ: Earth Search COGs and GEE S2_SR_HARMONIZED already match; SAFE L2A of
processing baseline 04.00+ carry BOA_ADD_OFFSET = -1000; float exports hold reflectance 0..1;
some exports hold reflectance x 1000; L1C is top of atmosphere, not the training domain.

What is read from the raster's metadata is applied; what can only be guessed from the values
(an offset left in, a x 1000 product) is warned about with the parameter that fixes it, because
a guess applied silently would be a wrong chip that looks right.
"""
import re
from pathlib import Path
from dataclasses import dataclass, field
from typing import Optional, Sequence, Tuple

import numpy as np

from . import offset_check
from .s2_product import BASELINE_04_BOA_OFFSET, OFFSET_BASELINE, baseline_number
from ...toolbelt.i18n import tr

BAND_ROLES = ("NIR", "Red", "Green")
REFLECTANCE_TO_DN = 10000.0
GDAL_REFLECTANCE_SCALE = 1e-4
# Kinds of a band rule's reason (_BandRule.kinds).
_OFFSET = frozenset({"offset"})
_FLOAT = frozenset({"float"})
# Float rasters whose median valid value is at most this hold reflectance (0..1), not DN. The
# median, not the maximum: a few bright cloud or glint pixels above 1 must not change the answer.
FLOAT_REFLECTANCE_MEDIAN_MAX = 1.5
# In harmonised L2A, dark targets (water, shadow, forest in Red) sit at a few hundred DN; with
# the +1000 offset left in, no valid DN is below about 1000.
OFFSET_LEFT_IN_LOW_DN = 900.0
# ...but not far above it: values whose darkest pixels are this bright are not an offset
# product (saturated, wrong bands or another scale), and get the general range warning.
OFFSET_LEFT_IN_LOW_DN_MAX = 3000.0
LOW_PERCENTILE = 1.0
# Reflectance x 1000: land NIR medians of a few hundred, almost nothing above 1000.
X1000_NIR_MEDIAN_MAX = 1000.0
X1000_NIR_HIGH_MAX = 1000.0
HIGH_PERCENTILE = 99.0
# Plausible medians of L2A DN for NIR over land; outside, warn that values look unusual.
PLAUSIBLE_NIR_MEDIAN = (100.0, 8000.0)


@dataclass(frozen=True)
class DnScaling:
    """DN = raw * scale + offset per band, in chip order (NIR, Red, Green).

    Raw 0 and nodata stay nodata: masks are computed on raw values.
    """

    scales: Tuple[float, float, float] = (1.0, 1.0, 1.0)
    offsets: Tuple[float, float, float] = (0.0, 0.0, 0.0)
    reasons: tuple = field(default=(), compare=False)
    # What the check of a metadata offset against the pixels found worth a warning.
    warnings: tuple = field(default=(), compare=False)

    @classmethod
    def uniform(cls, scale=1.0, offset=0.0, reasons=()):
        return cls((float(scale),) * 3, (float(offset),) * 3, tuple(reasons))

    def apply(self, raw: np.ndarray, band: int = 0) -> np.ndarray:
        """Contract DN of band `band` (0 NIR, 1 Red, 2 Green)."""
        scale, offset = self.scales[band], self.offsets[band]
        if scale == 1.0 and offset == 0.0:
            return raw
        values = raw.astype(np.float64)
        if scale != 1.0:
            # DN are integers; float reflectance is DN / 10000 stored in float32, whose
            # rounding would otherwise drop some pixels one step in floor(DN / 3000 * 255).
            values = np.rint(values * scale)
        return values + offset

    def apply_bands(self, nir, red, green):
        return self.apply(nir, 0), self.apply(red, 1), self.apply(green, 2)

    # --- the output's record (also read back by the review dock and RESUME) ------------------
    def to_metadata(self) -> dict:
        return {"DN_SCALE": _join(self.scales), "DN_OFFSET": _join(self.offsets)}

    @classmethod
    def from_metadata(cls, metadata: dict) -> Optional["DnScaling"]:
        """The scaling an output recorded; None when it recorded none or cannot be read."""
        if "DN_SCALE" not in metadata and "DN_OFFSET" not in metadata:
            return None
        try:
            return cls(_split(metadata.get("DN_SCALE", "1")),
                       _split(metadata.get("DN_OFFSET", "0")))
        except ValueError:
            return None


def _join(values) -> str:
    values = [f"{float(v):g}" for v in values]
    return values[0] if len(set(values)) == 1 else ",".join(values)


def _split(text) -> Tuple[float, float, float]:
    values = [float(v) for v in str(text).split(",")]
    if len(values) == 1:
        values *= 3
    if len(values) != 3:
        raise ValueError(text)
    return tuple(values)


@dataclass(frozen=True)
class ProductInfo:
    level: str  # "L2A", "L1C" or "" when unknown
    baseline: str  # processing baseline such as "04.00", or ""


def _metadata(dataset) -> dict:
    meta = {}
    try:
        items = dataset.GetMetadata("") or {}
    except (TypeError, RuntimeError):
        items = {}
    # Only key=value domains: "xml:" domains come back as a list holding one XML document.
    if isinstance(items, dict):
        meta.update({k.upper(): v for k, v in items.items() if isinstance(v, str)})
    return meta


def product_info(dataset, source: str) -> ProductInfo:
    """Product level and processing baseline from GDAL metadata or the file name."""
    meta = _metadata(dataset)
    text = " ".join([source, meta.get("PRODUCT_TYPE", ""), meta.get("PRODUCT_URI", "")]).upper()
    level = ""
    if re.search(r"L1C|MSIL1C|S2MSI1C", text):
        level = "L1C"
    elif re.search(r"L2A|MSIL2A|S2MSI2A", text):
        level = "L2A"
    baseline = meta.get("PROCESSING_BASELINE", "")
    if not baseline:
        match = re.search(r"_N(\d{2})(\d{2})_", source)  # SAFE names: ..._N0400_...
        if match:
            baseline = f"{match.group(1)}.{match.group(2)}"
    return ProductInfo(level=level, baseline=baseline)


def _number(value) -> Optional[float]:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _declared_boa_offset(dataset, band) -> Optional[float]:
    """BOA_ADD_OFFSET of one band (band metadata first, then the dataset's), else None."""
    band_items = band.GetMetadata() or {}
    for items in (band_items if isinstance(band_items, dict) else {}, _metadata(dataset)):
        for key, value in items.items():
            if "BOA_ADD_OFFSET" in str(key).upper() and _number(value) is not None:
                return _number(value)
    return None


@dataclass(frozen=True)
class _BandRule:
    scale: float
    offset: float
    reason: str  # empty when the band is used as it is
    # What the reason is about, for the user's SCALE/OFFSET to replace it: "offset", "float".
    kinds: frozenset = frozenset()


def _band_rule(dataset, band, source, info: ProductInfo, float_reflectance: bool) -> _BandRule:
    """How one band's stored values become contract DN, from what the raster declares."""
    gdal_scale = band.GetScale() or 1.0
    gdal_offset = band.GetOffset() or 0.0
    if abs(gdal_scale - GDAL_REFLECTANCE_SCALE) < 1e-9:
        # Stored as DN with a reflectance scale (0.0001) and maybe an offset in reflectance.
        offset = gdal_offset * REFLECTANCE_TO_DN
        if offset:
            return _BandRule(1.0, offset, tr("the raster's band offset {:g} (reflectance) "
                                             "applied as {:+.0f} DN").format(gdal_offset, offset),
                             _OFFSET)
        return _BandRule(1.0, 0.0, "")
    if float_reflectance:
        offset = gdal_offset * REFLECTANCE_TO_DN if abs(gdal_offset) < 1.0 else gdal_offset
        if offset:
            return _BandRule(REFLECTANCE_TO_DN, offset, tr(
                "float reflectance multiplied by 10000, band offset applied as {:+.0f} "
                "DN").format(offset), _FLOAT | _OFFSET)
        return _BandRule(REFLECTANCE_TO_DN, offset,
                         tr("float reflectance multiplied by 10000"), _FLOAT)
    if gdal_scale == 1.0 and abs(gdal_offset) >= 1.0:
        return _BandRule(1.0, gdal_offset, tr("the raster's band offset {:+.0f} DN "
                                              "applied").format(gdal_offset), _OFFSET)
    declared = _declared_boa_offset(dataset, band)
    if declared is not None and declared != 0.0:
        return _BandRule(1.0, declared, tr("BOA_ADD_OFFSET {:+.0f} from the product "
                                           "metadata").format(declared), _OFFSET)
    if (source.upper().startswith("SENTINEL2_L2A:")
            and baseline_number(info.baseline) >= OFFSET_BASELINE):
        return _BandRule(1.0, BASELINE_04_BOA_OFFSET,
                         tr("processing baseline {}: BOA_ADD_OFFSET -1000").format(
                             info.baseline), _OFFSET)
    return _BandRule(1.0, 0.0, "")


def valid_values(sample: np.ndarray) -> np.ndarray:
    return sample[np.isfinite(sample) & (sample != 0)]


def looks_like_float_reflectance(dataset, band_numbers, samples) -> Tuple[bool, str]:
    """(True, what was seen) when a float raster holds reflectance 0..1."""
    if not all(dataset.GetRasterBand(n).DataType in (6, 7) for n in band_numbers):
        return False, ""  # GDT_Float32, GDT_Float64
    values = np.concatenate([valid_values(s).ravel() for s in samples])
    if values.size == 0:
        return False, ""
    median = float(np.median(values))
    return median <= FLOAT_REFLECTANCE_MEDIAN_MAX, tr("median {:.3g}").format(median)


def dn_scaling(dataset, band_numbers: Sequence[int], source: str, offset_override=None,
               scale_override=None, samples=None) -> DnScaling:
    """How to turn this raster's values (bands in chip order NIR, Red, Green) into contract DN.

    SCALE and OFFSET given by the user replace what would be read or detected, for all three
    bands; `samples` are raw value samples of the three bands (read when not given).
    """
    bands = [dataset.GetRasterBand(n) for n in band_numbers]
    info = product_info(dataset, source)
    reasons = []
    float_reflectance = False
    if scale_override is None:
        if samples is None:
            samples = [sample_band(dataset, n) for n in band_numbers]
        float_reflectance, seen = looks_like_float_reflectance(dataset, band_numbers, samples)
    rules = [_band_rule(dataset, band, source, info, float_reflectance) for band in bands]
    scales = [rule.scale for rule in rules]
    offsets = [rule.offset for rule in rules]
    # (kinds, text): the kinds say which reasons the user's SCALE or OFFSET replaces.
    reasons += _group_reasons(rules)
    if float_reflectance:
        reasons = [(kinds, tr("{} (float raster, {})").format(text, seen))
                   if _FLOAT <= kinds else (kinds, text) for kinds, text in reasons]
    if scale_override is not None:
        scales = [float(scale_override)] * 3
        reasons = [(kinds, text) for kinds, text in reasons if not _FLOAT <= kinds]
        reasons.append((frozenset(), tr("SCALE {:g} given by the user").format(
            float(scale_override))))
    warnings = []
    if offset_override is not None:
        offsets = [float(offset_override)] * 3
        reasons = [(kinds, text) for kinds, text in reasons if not _OFFSET <= kinds]
        reasons.append((_OFFSET, tr("OFFSET {:+.0f} DN given by the user").format(
            float(offset_override))))
    elif any(offset < 0 for offset in offsets):
        offsets, reasons, warnings = _checked_offset(dataset, band_numbers, source, scales,
                                                     offsets, reasons, samples)
    fetched = _metadata(dataset).get("DN_DECISION")
    if fetched:  # a scene of deforestation:fetch_sentinel2: its decision, offsets applied in it
        reasons.append((frozenset(), tr("the fetched scene: {}").format(fetched)))
    return DnScaling(tuple(scales), tuple(offsets), tuple(text for _kinds, text in reasons),
                     tuple(warnings))


def _checked_offset(dataset, band_numbers, source, scales, offsets, reasons, samples):
    """A BOA offset the raster's metadata declares, checked against its Red and Green pixels
    (core/imagery/offset_check.py): where they clearly disagree the pixels decide."""
    if samples is None:
        samples = [sample_band(dataset, n) for n in band_numbers]
    seen = offset_check.evidence(samples[1], samples[2], scales[1])
    declared = min(offsets)
    decision = offset_check.reconcile(
        declared, "; ".join(text for _kinds, text in reasons) or tr("a BOA offset"), seen,
        Path(str(source)).name or tr("the raster"))
    warnings = [decision.warning] if decision.warning else []
    if decision.decided_by == "pixels":
        offsets = [decision.offset] * 3
        reasons = [(kinds, text) for kinds, text in reasons if not _OFFSET <= kinds] + \
            [(_OFFSET, decision.reason)]
    return offsets, reasons, warnings


def _group_reasons(rules) -> list:
    """One (kinds, reason) per distinct conversion, naming its bands: each is logged once."""
    grouped = {}
    for role, rule in zip(BAND_ROLES, rules):
        if rule.reason:
            grouped.setdefault((rule.kinds, rule.reason), []).append(role)
    return [(kinds, f"{', '.join(roles)}: {reason}" if len(roles) < 3 else reason)
            for (kinds, reason), roles in grouped.items()]


# --- warnings from the values ------------------------------------------------------------------
def value_warnings(scaling: DnScaling, raw_samples, *, user_offset=False, user_scale=False):
    """Warnings (texts naming what was seen and the fix) for values that do not look like
    contract DN after `scaling`; raw_samples are the NIR, Red and Green samples."""
    dn = [valid_values(scaling.apply(s, i)) for i, s in enumerate(raw_samples)]
    if any(d.size == 0 for d in dn):
        return list(scaling.warnings)
    warnings = list(scaling.warnings)
    offset_warning = None if user_offset or any(scaling.offsets) else _offset_left_in(dn)
    if offset_warning:
        warnings.append(offset_warning)
    x1000 = None if user_scale or any(s != 1.0 for s in scaling.scales) else _times_1000(dn)
    if x1000:
        warnings.append(x1000)
    if len(warnings) == len(scaling.warnings):
        general = range_warning(dn[0])
        if general:
            warnings.append(general)
    return warnings


def _offset_left_in(dn) -> Optional[str]:
    red_low = float(np.percentile(dn[1], LOW_PERCENTILE))
    green_low = float(np.percentile(dn[2], LOW_PERCENTILE))
    if (min(red_low, green_low) < OFFSET_LEFT_IN_LOW_DN
            or max(red_low, green_low) >= OFFSET_LEFT_IN_LOW_DN_MAX):
        return None
    return tr(
        "The values look like Sentinel-2 L2A DN of processing baseline 04.00 or later with "
        "the +1000 BOA offset still in: the darkest 1 % of valid pixels are at Red "
        "{:.0f} and Green {:.0f} DN, where harmonised L2A has dark targets "
        "(water, shadow, forest in Red) at a few hundred. The chips are too bright. If the "
        "raster comes from a SAFE L2A product of 2022-01-25 or later (Copernicus Data Space, "
        "Planetary Computer, GEE S2_SR), set OFFSET = -1000; leave OFFSET empty if it is "
        "already harmonised (Earth Search, GEE S2_SR_HARMONIZED) and the area has no dark "
        "surface.").format(red_low, green_low)


def _times_1000(dn) -> Optional[str]:
    nir_median = float(np.median(dn[0]))
    nir_high = float(np.percentile(dn[0], HIGH_PERCENTILE))
    red_median = float(np.median(dn[1]))
    if not (nir_median < X1000_NIR_MEDIAN_MAX and nir_high < X1000_NIR_HIGH_MAX
            and nir_median > red_median):
        return None
    return tr(
        "The values look like reflectance x 1000, not x 10000: NIR median {:.0f}, "
        "Red median {:.0f} and 99 % of NIR below {:.0f}, where Sentinel-2 "
        "L2A DN over land have NIR medians of a few thousand. The chips are almost black. Set "
        "SCALE = 10 to turn them into DN.").format(nir_median, red_median, nir_high)


def range_warning(dn_sample: np.ndarray):
    """A warning text when sampled NIR DN do not look like Sentinel-2 L2A DN, else None."""
    valid = valid_values(dn_sample)
    if valid.size == 0:
        return None
    median = float(np.median(valid))
    low, high = PLAUSIBLE_NIR_MEDIAN
    if low <= median <= high:
        return None
    return tr(
        "The NIR band's values look unusual for Sentinel-2 L2A: median {:.4g} "
        "(min {:.4g}, max {:.4g}); expected surface "
        "reflectance x 10000 with a median of a few thousand. Check the bands, or set SCALE "
        "and OFFSET (DN = raw x SCALE + OFFSET); chips are stretched as DN / 3000 x 255.").format(
            median, float(valid.min()), float(valid.max()))


def sample_band(dataset, band_number: int, size: int = 512) -> np.ndarray:
    """A decimated read of one band (GDAL picks overviews when present); nodata becomes 0."""
    band = dataset.GetRasterBand(band_number)
    width = min(size, dataset.RasterXSize)
    height = min(size, dataset.RasterYSize)
    data = band.ReadAsArray(buf_xsize=width, buf_ysize=height).astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        data[data == nodata] = 0
    return data
