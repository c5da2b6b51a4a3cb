"""Per-band Sentinel-2 files (SAFE IMG_DATA, downloads of single bands) stacked into one VRT.

The VRT holds B03, B04, B08 in that order with band descriptions, so deforestation:classify
finds the bands by itself. Nothing is copied: the VRT points at the original files.

What the band files do not carry themselves is carried into the VRT from their product
(core/s2_product): a SAFE L2A of processing baseline 04.00 or later stores DN + 1000, stated only
in MTD_MSIL2A.xml, so each band gets its BOA_ADD_OFFSET as the GDAL band offset (DN = raw +
offset, scale 1) and as a band metadata item; the dataset gets PROCESSING_BASELINE, IMAGE_DATE
and IMAGE_ID, which the classification reads and records.
"""
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Tuple

from osgeo import gdal

from ... import errors
from . import s2_product
from .bands import band_pattern
from .s2_product import ProductMetadata
from ...toolbelt.i18n import tr

gdal.UseExceptions()

STACK_BANDS = ("B03", "B04", "B08")
ROLE_OF = {"B03": "green", "B04": "red", "B08": "nir"}
RASTER_SUFFIXES = {".jp2", ".tif", ".tiff", ".vrt"}
# Baseline 04.00 went into production on this date; later acquisitions carry the offset.
OFFSET_PRODUCTION_START = "2022-01-25"
PRODUCT_TYPES = {"L2A": "S2MSI2A", "L1C": "S2MSI1C"}


class StackError(errors.InputError):
    """The folder does not hold exactly one file per band; the message says what was found."""


@dataclass(frozen=True)
class StackResult:
    """The VRT written, the product it was found to come from (None when unknown) and what
    the user should be told: notes, and warnings about values that may be wrong."""

    path: str
    product: Optional[ProductMetadata]
    offsets: Tuple[float, float, float]  # per VRT band (B03, B04, B08), in DN
    notes: Tuple[str, ...] = ()
    warnings: Tuple[str, ...] = ()


def find_band_files(folder) -> dict:
    """{band: path} of the 10 m band files in folder (searched recursively)."""
    files = [p for p in Path(folder).rglob("*") if p.suffix.lower() in RASTER_SUFFIXES]
    found = {}
    for band in STACK_BANDS:
        pattern = band_pattern(ROLE_OF[band])
        hits = sorted(p for p in files if pattern.search(p.stem))
        # SAFE L2A holds each band at several resolutions: B03/B04/B08 at 10 m are the ones.
        ten_m = [p for p in hits if "_10m" in p.stem or "R10m" in p.parts]
        hits = ten_m or hits
        if len(hits) != 1:
            listing = ", ".join(p.name for p in hits) or "none"
            raise StackError(
                tr("Expected one {} file in {}, found {} ({}). Put one file per band (B03, "
                   "B04, B08) in the folder, or build the VRT yourself.").format(
                   band, folder, len(hits), listing)
            )
        found[band] = hits[0]
    return found


def stack_bands(folder, output) -> StackResult:
    """Write a VRT stacking B03, B04, B08 of folder into output, with the offset and the
    acquisition of their product; returns what was written and what was found."""
    files = find_band_files(folder)
    paths = [files[b] for b in STACK_BANDS]
    product = s2_product.metadata_for_band_files(paths)
    offsets = tuple(_band_offset(product, band) for band in STACK_BANDS)
    output = str(output)
    vrt = gdal.BuildVRT(output, [str(p) for p in paths], separate=True)
    if vrt is None:
        raise StackError(tr("GDAL could not stack the band files of {}.").format(folder))
    for index, (band, offset) in enumerate(zip(STACK_BANDS, offsets), start=1):
        _describe_band(vrt.GetRasterBand(index), band, offset, product)
    for key, value in _dataset_items(product).items():
        vrt.SetMetadataItem(key, value)
    vrt.FlushCache()
    vrt = None
    return StackResult(output, product, offsets, tuple(_notes(product, offsets)),
                       tuple(_warnings(product, offsets, paths)))


def _band_offset(product: Optional[ProductMetadata], band: str) -> float:
    if product is None:
        return 0.0
    return float(product.boa_offsets.get(band, 0.0))


def _describe_band(vrt_band, band: str, offset: float, product):
    vrt_band.SetDescription(band)
    if product is not None and band in product.boa_offsets:
        # Stated even when 0: "the product says no offset" differs from "nobody knows".
        vrt_band.SetMetadataItem("BOA_ADD_OFFSET", f"{offset:g}")
    if offset:
        vrt_band.SetOffset(offset)  # scale stays 1: DN = raw + offset


def _dataset_items(product: Optional[ProductMetadata]) -> dict:
    if product is None:
        return {}
    items = {"PROCESSING_BASELINE": product.baseline, "IMAGE_DATE": product.image_date,
             "IMAGE_ID": product.product_id, "PRODUCT_TYPE": PRODUCT_TYPES.get(product.level)}
    return {key: value for key, value in items.items() if value}


def _offset_groups(offsets) -> "OrderedDict[float, list]":
    groups = OrderedDict()
    for band, offset in zip(STACK_BANDS, offsets):
        groups.setdefault(offset, []).append(band)
    return groups


def _notes(product: Optional[ProductMetadata], offsets) -> list:
    if product is None:
        return []
    notes = []
    described = [f"product {product.product_id}" if product.product_id else "",
                 f"processing baseline {product.baseline}" if product.baseline else "",
                 f"acquired {product.image_date}" if product.image_date else ""]
    described = [text for text in described if text]
    if described:
        notes.append(f"Sentinel-2 {product.level or 'product'}: {', '.join(described)} "
                     f"(from {product.source}).")
    listed = [(offset, bands) for offset, bands in _offset_groups(offsets).items()
              if all(b in product.boa_offsets for b in bands)]
    for offset, bands in listed:
        if offset:
            notes.append(f"BOA_ADD_OFFSET {offset:g} for {', '.join(bands)} from "
                         f"{product.source}: set as the VRT's band offset (DN = raw {offset:+g}).")
    if product.baseline and not product.has_offset_baseline and not any(offsets):
        notes.append(f"Processing baseline {product.baseline} is before 04.00: the DN carry no "
                     "BOA offset.")
    return notes


def _warnings(product: Optional[ProductMetadata], offsets, paths) -> list:
    if product is not None and product.level == "L1C":
        return ["The band files look like Sentinel-2 L1C (top of atmosphere). The model was "
                "trained on L2A surface reflectance: expect less reliable labels; use the L2A "
                "product of the same date if you can."]
    missing = [b for b in STACK_BANDS if product is None or b not in product.boa_offsets]
    if not missing:
        return []
    if product is not None and product.has_offset_baseline:
        return [f"Processing baseline {product.baseline} (from {product.source}) stores DN + "
                f"1000, but no BOA_ADD_OFFSET was found for {', '.join(missing)}: the VRT "
                "carries none for them. Set OFFSET = -1000 in Classify deforestation if the "
                "chips look too bright."]
    if product is not None and product.baseline:
        return []  # a baseline before 04.00: no offset, as stated
    if not s2_product.looks_like_l2a(paths):
        return []
    when = ""
    if product is not None and product.image_date >= OFFSET_PRODUCTION_START:
        when = (f" They were acquired on {product.image_date}, after baseline 04.00 came into "
                f"production ({OFFSET_PRODUCTION_START}).")
    return ["The band files look like Sentinel-2 L2A, but neither MTD_MSIL2A.xml nor a "
            "processing baseline (the _N0400-style part of the SAFE name) was found above "
            "them, so the VRT carries no BOA offset." + when + " Products of baseline 04.00 or "
            "later (all acquisitions from 2022-01-25, and reprocessed older ones) store DN + "
            "1000: if this is one, set OFFSET = -1000 in Classify deforestation, or keep the "
            "band files inside their SAFE folder so that the offset is found."]
