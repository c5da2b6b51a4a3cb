"""From the values a Sentinel-2 product stores to the DN of the chip contract (SPEC section 2).

Contract DN = surface reflectance x 10000 with the BOA offset removed. Products differ:
Earth Search COGs and GEE S2_SR_HARMONIZED already match; SAFE L2A of processing baseline
04.00+ carry BOA_ADD_OFFSET = -1000; float products hold reflectance 0..1; L1C is top of
atmosphere, not the training domain.
"""
import re
from dataclasses import dataclass, field

import numpy as np

BOA_OFFSET_PB4 = -1000.0
# Below this maximum, a float raster holds reflectance (0..1), not DN.
FLOAT_REFLECTANCE_MAX = 2.0
# Plausible medians of L2A DN for NIR over land; outside, warn that values look unusual.
PLAUSIBLE_NIR_MEDIAN = (100.0, 8000.0)


@dataclass(frozen=True)
class DnScaling:
    """DN = raw * scale + offset; raw 0 and nodata stay nodata (masks use raw values)."""

    scale: float = 1.0
    offset: float = 0.0
    reasons: tuple = field(default=(), compare=False)

    @property
    def is_identity(self):
        return self.scale == 1.0 and self.offset == 0.0

    def apply(self, raw: np.ndarray) -> np.ndarray:
        if self.is_identity:
            return raw
        values = raw.astype(np.float64)
        if self.scale != 1.0:
            # DN are integers; float reflectance is DN / 10000 stored in float32, whose
            # rounding would otherwise drop some pixels one step in floor(DN / 3000 * 255).
            values = np.rint(values * self.scale)
        return values + self.offset


@dataclass(frozen=True)
class ProductInfo:
    level: str  # "L2A", "L1C" or "" when unknown
    baseline: str  # processing baseline such as "04.00", or ""


def product_info(dataset, source: str) -> ProductInfo:
    """Product level and processing baseline from GDAL metadata or the file name."""
    meta = {}
    for domain in ("", "xml:SENTINEL2"):
        try:
            meta.update({k.upper(): v for k, v in (dataset.GetMetadata(domain) or {}).items()
                         if isinstance(v, str)})
        except (TypeError, RuntimeError):
            pass
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


def _declared_boa_offset(dataset, band_numbers):
    """BOA_ADD_OFFSET from product metadata where GDAL exposes it, else None."""
    values = []
    for domain in ("", "xml:SENTINEL2"):
        try:
            items = dataset.GetMetadata(domain) or {}
        except (TypeError, RuntimeError):
            continue
        values += [v for k, v in items.items() if "BOA_ADD_OFFSET" in str(k).upper()]
    for number in band_numbers:
        items = dataset.GetRasterBand(number).GetMetadata() or {}
        values += [v for k, v in items.items() if "BOA_ADD_OFFSET" in str(k).upper()]
    numbers = []
    for value in values:
        try:
            numbers.append(float(value))
        except (TypeError, ValueError):
            pass
    return numbers[0] if numbers else None


def dn_scaling(dataset, band_numbers, source: str, offset_override=None) -> DnScaling:
    """How to turn this raster's values into contract DN."""
    band = dataset.GetRasterBand(band_numbers[0])
    reasons = []
    scale, offset = 1.0, 0.0
    gdal_scale = band.GetScale() or 1.0
    gdal_offset = band.GetOffset() or 0.0
    is_float = band.DataType in (6, 7)  # GDT_Float32, GDT_Float64
    if abs(gdal_scale - 1e-4) < 1e-9:
        # Stored as DN with a reflectance scale (0.0001) and maybe an offset in reflectance.
        offset = gdal_offset * 10000.0
        if offset:
            reasons.append(f"band offset {gdal_offset} (reflectance) applied as {offset:+.0f} DN")
    elif gdal_scale == 1.0 and abs(gdal_offset) >= 1.0:
        offset = gdal_offset
        reasons.append(f"band offset {gdal_offset:+.0f} DN applied")
    elif is_float:
        stats = band.ComputeRasterMinMax(True)
        if stats and stats[1] <= FLOAT_REFLECTANCE_MAX:
            scale = 10000.0
            reasons.append("float reflectance 0..1 multiplied by 10000")
    if not offset:
        declared = _declared_boa_offset(dataset, band_numbers)
        info = product_info(dataset, source)
        if declared is not None:
            offset = declared
            reasons.append(f"BOA_ADD_OFFSET {declared:+.0f} from the product metadata")
        elif source.upper().startswith("SENTINEL2_L2A:") and info.baseline >= "04.00":
            offset = BOA_OFFSET_PB4
            reasons.append(f"processing baseline {info.baseline}: BOA_ADD_OFFSET -1000")
    if offset_override is not None:
        offset = float(offset_override)
        reasons = [r for r in reasons if "offset" not in r.lower()]
        reasons.append(f"OFFSET {offset:+.0f} DN given by the user")
    return DnScaling(scale=scale, offset=offset, reasons=tuple(reasons))


def range_warning(dn_sample: np.ndarray):
    """A warning text when sampled NIR DN do not look like Sentinel-2 L2A DN, else None."""
    valid = dn_sample[np.isfinite(dn_sample) & (dn_sample != 0)]
    if valid.size == 0:
        return None
    median = float(np.median(valid))
    low, high = PLAUSIBLE_NIR_MEDIAN
    if low <= median <= high:
        return None
    return (
        f"The NIR band's values look unusual for Sentinel-2 L2A: median {median:.4g} "
        f"(min {float(valid.min()):.4g}, max {float(valid.max()):.4g}); expected surface "
        "reflectance x 10000 with a median of a few thousand. Check the bands, or set OFFSET "
        "if the product carries a BOA offset; chips are stretched as DN / 3000 x 255."
    )


def sample_band(dataset, band_number: int, size: int = 256) -> np.ndarray:
    """A decimated read of one band (GDAL picks overviews when present)."""
    band = dataset.GetRasterBand(band_number)
    width = min(size, dataset.RasterXSize)
    height = min(size, dataset.RasterYSize)
    data = band.ReadAsArray(buf_xsize=width, buf_ysize=height).astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        data[data == nodata] = 0
    return data
