"""What a Sentinel-2 product says about its values and its acquisition, found for files that don't.

A SAFE L2A product of processing baseline 04.00 or later stores DN = reflectance x 10000 + 1000:
its BOA_ADD_OFFSET (-1000) is written once, in MTD_MSIL2A.xml at the SAFE root, and nowhere in
the per-band JP2 files. Whatever reads those files alone gets chips about 85 grey levels too
bright, so the offset has to be looked up around them: in the product XML above the files, else
in the SAFE and granule folder names (`_N0510_` is the baseline). The same names give the
acquisition date and the product id that an output should record.

Standard library and GDAL only (no QGIS): used by the stacking and the classification alike.
"""
import datetime as _dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Dict, Iterable, Optional, Tuple
from ... import errors
from ...toolbelt.i18n import tr

# band_id 0..12 of MTD_MSIL2A.xml's BOA_ADD_OFFSET_VALUES_LIST, in the product's own order.
BAND_IDS = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11",
            "B12")
PRODUCT_XML = "MTD_MSIL2A.xml"
# Products of the older "PSD 13" layout name their main XML S2A_USER_MTD_SAFL2A_....xml.
OLD_PRODUCT_XML_GLOB = "*MTD_SAFL2A*.xml"
# From processing baseline 04.00 on, every L2A band carries BOA_ADD_OFFSET = -1000 (the product
# specification); before it, no offset.
OFFSET_BASELINE = 4.0
BASELINE_04_BOA_OFFSET = -1000.0
# IMG_DATA/R10m/<file> -> R10m, IMG_DATA, <granule>, GRANULE, <SAFE root>: the XML sits five
# folders above a band file; one more tolerates a file one folder deeper.
MAX_XML_LEVELS = 6

_SAFE_NAME = re.compile(
    r"^(S2[A-Z]_MSIL(1C|2A)_(\d{8})T\d{6}_N(\d{2})(\d{2})_R\d{3}_T[0-9A-Z]{5}_\d{8}T\d{6})"
    r"(?:\.SAFE|\.zip)?$", re.IGNORECASE)
# Older product, granule and datastrip names: S2A_OPER_MSI_L2A_TL_MTI__20180818T120345_A016478
# _T34VFJ_N02.08; the date in them is the processing time, not the acquisition.
_OLD_NAME = re.compile(r"^S2[A-Z]_(?:OPER|USER)_.*?(L1C|L2A).*?_N(\d{2})\.?(\d{2})(?:_|$)",
                       re.IGNORECASE)
_GRANULE_NAME = re.compile(r"^(L1C|L2A)_T[0-9A-Z]{5}_A\d{6}_(\d{8})T\d{6}$", re.IGNORECASE)
# T33UUU_20240715T095559_B08_10m (L2A) or T33UUU_20240715T095559_B08 (L1C); downloads of single
# bands sometimes drop the time (T33UUU_20240801_B08_10m).
_BAND_FILE_NAME = re.compile(r"^(T[0-9A-Z]{5}_(\d{8})(?:T\d{6})?)_", re.IGNORECASE)
_RESOLUTION_SUFFIX = re.compile(r"_(?:10|20|60)m$", re.IGNORECASE)
_RESOLUTION_FOLDER = re.compile(r"^R(?:10|20|60)m$", re.IGNORECASE)
_SUBDATASET_PREFIX = re.compile(r"^SENTINEL2_L(?:1B|1C|2A)(?:_TILE)?:", re.IGNORECASE)
_SUBDATASET_SUFFIX = re.compile(r":(?:10m|20m|60m|PREVIEW|TCI)(?::EPSG_\d+)?$", re.IGNORECASE)

# Dataset metadata items, in the order they are trusted. IMAGE_DATE / IMAGE_ID are what this
# plugin writes (stacked VRTs, fetched scenes); the others are what GDAL's SENTINEL2 driver
# copies from MTD_MSIL2A.xml into the default domain, and the fetch script's STAC record.
DATE_ITEMS = ("IMAGE_DATE", "PRODUCT_START_TIME", "DATATAKE_1_DATATAKE_SENSING_START",
              "SENSING_TIME", "DATETIME")
ID_ITEMS = ("IMAGE_ID", "PRODUCT_URI", "PRODUCT_URI_2A", "STAC_ITEM")


class ProductXmlError(errors.InputError):
    """The product XML cannot be read; the message names the file and the reason."""


@dataclass(frozen=True)
class ProductMetadata:
    """What is known of the product some band files come from; "" where unknown."""

    boa_offsets: Dict[str, float] = field(default_factory=dict)  # band name -> DN offset
    baseline: str = ""  # processing baseline, "05.10"
    product_id: str = ""  # the SAFE name without .SAFE, or a scene id
    image_date: str = ""  # acquisition date, "YYYY-MM-DD"
    source: str = ""  # where it was read from, for the user
    level: str = ""  # "L2A", "L1C" or ""

    @property
    def has_offset_baseline(self) -> bool:
        """True when the baseline is known and is 04.00 or later (DN carry +1000)."""
        return baseline_number(self.baseline) >= OFFSET_BASELINE


def baseline_number(baseline: str) -> float:
    """"04.00" -> 4.0, 0.0 when unknown: baselines are compared as numbers, never as text
    (as text "10.00" would sort before "4.00")."""
    try:
        return float(baseline)
    except (TypeError, ValueError):
        return 0.0


# --- MTD_MSIL2A.xml --------------------------------------------------------------------------
def _local(tag: str) -> str:
    """The tag without its namespace: products of different schema versions use different
    namespaces (and prefixes) for the same elements."""
    return tag.rsplit("}", 1)[-1]


def _first_text(root, name: str) -> str:
    for element in root.iter():
        if _local(element.tag) == name and element.text and element.text.strip():
            return element.text.strip()
    return ""


def _boa_offsets(root) -> Dict[str, float]:
    offsets = {}
    for element in root.iter():
        if _local(element.tag) != "BOA_ADD_OFFSET":
            continue
        try:
            band = BAND_IDS[int(element.get("band_id", ""))]
            offsets[band] = float((element.text or "").strip())
        except (ValueError, IndexError):
            continue  # a band_id or value this reader does not know: leave that band out
    return offsets


def _level_from_xml(root) -> str:
    text = (_first_text(root, "PROCESSING_LEVEL") + " " + _first_text(root, "PRODUCT_TYPE")
            + " " + _local(root.tag)).upper()
    if "2A" in text:
        return "L2A"
    if "1C" in text:
        return "L1C"
    return ""


def read_product_xml(path) -> ProductMetadata:
    """What MTD_MSIL2A.xml states: per-band BOA_ADD_OFFSET (none before baseline 04.00), the
    processing baseline, the product URI and the acquisition start."""
    path = Path(path)
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise ProductXmlError(tr("Cannot read {}: {}").format(path, exc)) from exc
    # A product XML has no document type: refusing DTDs rules out entity expansion (the
    # "billion laughs"); Python's expat never fetches external entities. The parse below is
    # therefore safe on untrusted files.
    if b"<!DOCTYPE" in text or b"<!ENTITY" in text:
        raise ProductXmlError(tr("Cannot read {}: it declares a DTD, which no Sentinel-2 "
                                 "product XML does.").format(path))
    try:
        root = ET.fromstring(text)  # nosec B314
    except ET.ParseError as exc:
        raise ProductXmlError(tr("Cannot read {}: {}").format(path, exc)) from exc
    uri = _first_text(root, "PRODUCT_URI") or _first_text(root, "PRODUCT_URI_2A")
    start = (_first_text(root, "PRODUCT_START_TIME")
             or _first_text(root, "DATATAKE_SENSING_START"))
    return ProductMetadata(
        boa_offsets=_boa_offsets(root),
        baseline=_first_text(root, "PROCESSING_BASELINE"),
        product_id=_strip_product_suffix(uri),
        image_date=iso_date(start) or "",
        source=path.name,
        level=_level_from_xml(root),
    )


def find_product_xml(paths) -> Optional[Path]:
    """The product XML in the folders above the band files (nearest first), or None."""
    for path in paths:
        folder = Path(path).parent
        for _ in range(MAX_XML_LEVELS):
            candidate = folder / PRODUCT_XML
            if candidate.is_file():
                return candidate
            old = sorted(folder.glob(OLD_PRODUCT_XML_GLOB))
            if old:
                return old[0]
            if folder.parent == folder:
                break
            folder = folder.parent
    return None


# --- names -----------------------------------------------------------------------------------
def _strip_product_suffix(name: str) -> str:
    return re.sub(r"\.(SAFE|zip)$", "", (name or "").strip(), flags=re.IGNORECASE)


def iso_date(text) -> Optional[str]:
    """"2024-07-15T09:55:59.024Z", "20240715" or "2024-07-15" -> "2024-07-15"; None otherwise."""
    match = re.match(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s_])", str(text or ""))
    if not match:
        return None
    try:
        return _dt.date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return None


@dataclass
class _NameFacts:
    """What the folder and file names of some paths tell, each fact from its first holder."""

    baseline: str = ""
    baseline_from: str = ""
    level: str = ""
    product_id: str = ""
    scene_id: str = ""
    image_date: str = ""

    def offer(self, **facts):
        for key, value in facts.items():
            if value and not getattr(self, key):
                setattr(self, key, value)


def _read_name(part: str, facts: _NameFacts):
    stem = re.sub(r"\.(jp2|tif|tiff|vrt|xml)$", "", part, flags=re.IGNORECASE)
    safe = _SAFE_NAME.match(stem)
    if safe:
        name, level, date, major, minor = safe.groups()
        if not facts.baseline:
            facts.offer(baseline=f"{major}.{minor}",
                        baseline_from=f"the SAFE name (baseline N{major}{minor})")
        facts.offer(level=f"L{level.upper()}", product_id=name, image_date=iso_date(date))
        return
    old = _OLD_NAME.match(stem)
    if old:
        level, major, minor = old.groups()
        if not facts.baseline:
            facts.offer(baseline=f"{major}.{minor}",
                        baseline_from=f"the product name (baseline N{major}.{minor})")
        facts.offer(level=level.upper())
        return
    granule = _GRANULE_NAME.match(stem)
    if granule:
        facts.offer(level=granule.group(1).upper(), image_date=iso_date(granule.group(2)))
        return
    if _RESOLUTION_FOLDER.match(stem):
        facts.offer(level="L2A")  # only L2A products hold their bands in R10m/R20m/R60m
        return
    band_file = _BAND_FILE_NAME.match(stem)
    if band_file:
        facts.offer(scene_id=band_file.group(1), image_date=iso_date(band_file.group(2)))
        if _RESOLUTION_SUFFIX.search(stem):
            facts.offer(level="L2A")  # L1C band files have no _10m suffix


def _path_parts(path_text: str):
    """The folder and file names of a path or of a GDAL name built on one."""
    text = str(path_text or "").split("|")[0]  # QGIS appends |option=value to some sources
    text = _SUBDATASET_SUFFIX.sub("", _SUBDATASET_PREFIX.sub("", text))
    return [part for part in re.split(r"[\\/]", text) if part]


def _facts_from_names(paths: Iterable) -> _NameFacts:
    facts = _NameFacts()
    for path in paths:
        # From the file up: the nearest folder speaks first about the file.
        for part in reversed(_path_parts(str(path))):
            _read_name(part, facts)
    return facts


def metadata_from_names(paths) -> Optional[ProductMetadata]:
    """What the SAFE, granule and file names say (the baseline only from the SAFE name or an
    older product/granule name); None when they say nothing."""
    facts = _facts_from_names(paths)
    if not (facts.baseline or facts.product_id or facts.image_date):
        return None
    return ProductMetadata(
        baseline=facts.baseline,
        product_id=facts.product_id or facts.scene_id,
        image_date=facts.image_date or "",
        source=facts.baseline_from or "the file names",
        level=facts.level,
    )


def looks_like_l2a(paths) -> bool:
    """True when the names are those of L2A products (MSIL2A, L2A_ granules, R10m folders,
    _10m suffixes): files that, from baseline 04.00 on, store DN + 1000."""
    return _facts_from_names(paths).level == "L2A"


# --- band files ------------------------------------------------------------------------------
def with_spec_offsets(meta: ProductMetadata) -> ProductMetadata:
    """A baseline of 04.00 or later with no offsets listed gets the product specification's
    -1000 for every band; L1C (top of atmosphere, RADIO_ADD_OFFSET) gets no BOA offset."""
    if meta.boa_offsets or meta.level == "L1C" or not meta.has_offset_baseline:
        return meta
    source = meta.source
    if source.endswith(".xml"):
        source = (f"{source} (processing baseline {meta.baseline}, which lists no "
                  "BOA_ADD_OFFSET: the product specification's -1000)")
    return replace(meta, boa_offsets={band: BASELINE_04_BOA_OFFSET for band in BAND_IDS},
                   source=source)


def _merged(first: ProductMetadata, second: Optional[ProductMetadata]) -> ProductMetadata:
    """first, with its blanks filled from second."""
    if second is None:
        return first
    return replace(first, **{name: getattr(second, name) for name in
                             ("baseline", "product_id", "image_date", "level")
                             if not getattr(first, name)})


def metadata_for_band_files(paths) -> Optional[ProductMetadata]:
    """The product metadata of some band files: MTD_MSIL2A.xml found above them first, else
    their SAFE, granule and file names; None when nothing is known."""
    paths = [Path(p) for p in paths]
    from_names = metadata_from_names(paths)
    xml = find_product_xml(paths)
    meta = None
    if xml is not None:
        try:
            meta = _merged(read_product_xml(xml), from_names)
        except ProductXmlError:
            meta = None  # an unreadable XML: the names still tell the baseline
    if meta is None:
        meta = from_names
    return with_spec_offsets(meta) if meta is not None else None


# --- an opened raster ------------------------------------------------------------------------
def _metadata_items(dataset) -> Dict[str, str]:
    """Dataset metadata of the default domain, then of the other plain domains (the default
    wins): drivers put product items in different domains."""
    items = {}
    domains = [""]
    try:
        domains += [d for d in (dataset.GetMetadataDomainList() or []) if d]
    except (AttributeError, RuntimeError):
        pass
    for domain in domains:
        if domain.startswith("xml:") or domain in ("SUBDATASETS", "DERIVED_SUBDATASETS"):
            continue
        try:
            values = dataset.GetMetadata(domain) or {}
        except (RuntimeError, TypeError):
            continue
        if isinstance(values, dict):
            for key, value in values.items():
                if isinstance(value, str) and value.strip():
                    items.setdefault(key.upper(), value.strip())
    return items


def _file_list(dataset):
    try:
        return dataset.GetFileList() or []
    except (AttributeError, RuntimeError):
        return []


def acquisition(dataset, source) -> Tuple[Optional[str], Optional[str]]:
    """(acquisition date "YYYY-MM-DD" or None, product/scene id or None) of an opened raster:
    its IMAGE_DATE / IMAGE_ID items, else the SENTINEL2 driver's product items, else the
    SAFE, granule or file names in `source` and in the files GDAL reads it from."""
    items = _metadata_items(dataset)
    date = next((iso_date(items[k]) for k in DATE_ITEMS if iso_date(items.get(k))), None)
    image_id = next((_strip_product_suffix(items[k]) for k in ID_ITEMS
                     if _strip_product_suffix(items.get(k, ""))), None)
    if date and image_id:
        return date, image_id
    names = metadata_from_names([source, *_file_list(dataset)])
    if names is not None:
        date = date or names.image_date or None
        image_id = image_id or names.product_id or None
    return date, image_id


# --- a fetched scene mosaicked tile by tile ----------------------------------------------------
# The stack VRT's map of which acquisition each 1 km tile comes from (core/fetch/per_tile.py).
TILE_MAP_ITEM = "TILE_ACQUISITIONS"


def tile_acquisitions(dataset, tiles) -> Dict[str, Tuple[Optional[str], Optional[str]]]:
    """{tile_id: (image_date, image_id)} of the tiles of a fetched scene whose pixels come from
    their own acquisition (deforestation:fetch_sentinel2 with PER_TILE); empty for any other
    raster, or for tiles of another grid (the dataset's acquisition() then applies)."""
    import json

    try:
        text = dataset.GetMetadataItem(TILE_MAP_ITEM)
        record = json.loads(text) if text else None
        epsg, west, north = int(record["epsg"]), int(record["west_km"]), int(record["north_km"])
        index, acquisitions = record["index"], record["acquisitions"]
    except (RuntimeError, AttributeError, ValueError, TypeError, KeyError):
        return {}
    found = {}
    for tile in tiles:
        if tile.crs_tag != f"EPSG{epsg}":
            continue
        row, col = north - 1 - tile.northing_km, tile.easting_km - west
        if 0 <= row < len(index) and 0 <= col < len(index[row]) and index[row][col] >= 0:
            chosen = acquisitions[index[row][col]]
            found[tile.tile_id] = (iso_date(chosen.get("date")), chosen.get("id") or None)
    return found
