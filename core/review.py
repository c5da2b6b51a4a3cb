"""Reviewing classified tiles, without widgets: the queue, its filters, decisions, chips.

The review dock (ui/review_dock.py) is a thin view over this module:

- `TileRecord`, `QueueFilter`, `build_queue()` and `progress_text()` are plain Python and need
  no QGIS (tests/unit/test_review_queue.py);
- `ReviewStore` reads a deforestation:classify layer and writes each decision straight through
  its data provider, so a decision is on disk the moment it is made (no edit buffer the user
  could discard, nothing lost if QGIS closes);
- `ChipLocator` finds the chip the model saw (`<tile_id>.png` in a chips folder) and
  `ChipRenderer` renders it again from the source raster, exactly as the pipeline does.
"""
import getpass
import math
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Optional

from .prompt import CLASSES, LONG_TERM_NON_FOREST, RECENTLY_CLEARED, STANDING_FOREST

CONFIRMED = "CONFIRMED"
CORRECTED = "CORRECTED"
UNCLEAR = "UNCLEAR"
REVIEW_STATUSES = (CONFIRMED, CORRECTED, UNCLEAR)

PROB_FIELDS = {
    STANDING_FOREST: "prob_standing_forest",
    RECENTLY_CLEARED: "prob_recently_cleared",
    LONG_TERM_NON_FOREST: "prob_long_term_non_forest",
}
# What a layer needs to be reviewable: the fields deforestation:classify writes.
REQUIRED_FIELDS = ("tile_id", "class_label", "confidence", *PROB_FIELDS.values(), "status")
# (name, text length; 0 = unlimited). Added to the data source when missing.
REVIEW_FIELDS = (
    ("review_status", 16),
    ("reviewed_label", 24),
    ("reviewer", 64),
    ("reviewed_at", 32),
    ("review_note", 0),
)
REVIEW_FIELD_NAMES = tuple(name for name, _ in REVIEW_FIELDS)

ALL_CLASSES = "ALL"  # the class filter's value for "every classified tile"
DEFAULT_CLASS = RECENTLY_CLEARED
DEFAULT_THRESHOLD = 0.6

SETTINGS_REVIEWER = "deforestation_classifier/reviewer"
# Per layer, saved with the project; also per data source in the user settings.
PROPERTY_CHIPS = "deforestation_classifier/chips_folder"
PROPERTY_RASTER = "deforestation_classifier/source_raster"
SETTINGS_CHIPS = "deforestation_classifier/review_chips_folders"
# GDAL layer metadata item naming the raster a layer was classified from.
RASTER_METADATA_KEYS = ("SOURCE_RASTER",)

_TILE_ID = re.compile(r"^(?P<tag>.+)_E(?P<e>-?\d+)_N(?P<n>-?\d+)$")


class ReviewError(ValueError):
    """The layer cannot be reviewed or a decision cannot be stored; the text says why."""


# --- plain records and the queue ---------------------------------------------------------------
def clean(value):
    """None for NULL (QGIS's NULL QVariant, None or NaN); the value otherwise."""
    if value is None:
        return None
    is_null = getattr(value, "isNull", None)
    if callable(is_null) and not isinstance(value, str):
        try:
            if is_null():
                return None
        except TypeError:
            pass
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


@dataclass
class TileRecord:
    """One tile's attributes as the review needs them; `order` is its position in the layer."""

    fid: int
    tile_id: str
    class_label: Optional[str]
    confidence: Optional[float] = None
    probabilities: Dict[str, Optional[float]] = field(default_factory=dict)
    status: Optional[str] = None
    valid_fraction: Optional[float] = None
    review_status: Optional[str] = None
    reviewed_label: Optional[str] = None
    reviewer: Optional[str] = None
    reviewed_at: Optional[str] = None
    review_note: Optional[str] = None
    order: int = 0

    @property
    def reviewed(self) -> bool:
        return self.review_status in REVIEW_STATUSES

    def probability(self, label: str) -> Optional[float]:
        return self.probabilities.get(label)


@dataclass(frozen=True)
class QueueFilter:
    """Which tiles to review: one class (or ALL_CLASSES), optionally only low confidence."""

    label: str = DEFAULT_CLASS
    low_confidence: bool = False
    threshold: float = DEFAULT_THRESHOLD


def confidence_available(records) -> bool:
    """Whether any tile has a confidence (the recipe engine gives labels only: all NULL)."""
    return any(r.confidence is not None for r in records)


def sort_label(flt: QueueFilter) -> str:
    """The class whose probability orders the queue: the filtered class, else deforestation."""
    return flt.label if flt.label in CLASSES else RECENTLY_CLEARED


def build_queue(records, flt: QueueFilter = QueueFilter()) -> List[TileRecord]:
    """The tiles to review, in review order.

    Tiles of the filtered class (every classified tile for ALL_CLASSES); with low_confidence,
    only those whose confidence is below the threshold (a NULL confidence is never "low").
    Ordered by the probability of the filtered class (RECENTLY_CLEARED for ALL_CLASSES),
    highest first; tiles without that probability follow in tile order.
    """
    if flt.label in CLASSES:
        chosen = [r for r in records if r.class_label == flt.label]
    else:
        chosen = [r for r in records if r.class_label in CLASSES]
    if flt.low_confidence:
        chosen = [r for r in chosen
                  if r.confidence is not None and r.confidence < flt.threshold]
    label = sort_label(flt)
    with_prob = [r for r in chosen if r.probability(label) is not None]
    without = [r for r in chosen if r.probability(label) is None]
    with_prob.sort(key=lambda r: (-r.probability(label), r.order))
    without.sort(key=lambda r: r.order)
    return with_prob + without


def reviewed_count(queue) -> int:
    return sum(1 for r in queue if r.reviewed)


def progress_text(queue) -> str:
    """'23 of 87 reviewed'."""
    return f"{reviewed_count(queue)} of {len(queue)} reviewed"


def next_unreviewed(queue, after: int) -> Optional[int]:
    """Index of the first unreviewed tile after `after` (wrapping round); None when all are."""
    n = len(queue)
    for step in range(1, n + 1):
        index = (after + step) % n
        if not queue[index].reviewed:
            return index
    return None


def first_unreviewed(queue) -> int:
    """Where a review starts: the first unreviewed tile, else the first tile (0 when empty)."""
    index = next_unreviewed(queue, -1) if queue else None
    return 0 if index is None else index


def utc_now_iso(now: Optional[datetime] = None) -> str:
    """ISO 8601 UTC to the second, e.g. 2025-06-01T14:03:22Z."""
    now = now or datetime.now(timezone.utc)
    if now.tzinfo is not None:
        now = now.astimezone(timezone.utc)
    return now.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def decision(record: TileRecord, status: str, *, label: Optional[str] = None,
             reviewer: str = "", note: Optional[str] = None,
             now: Optional[datetime] = None) -> Dict[str, Optional[str]]:
    """The review field values of a decision on `record`.

    CONFIRMED keeps the model's label; CORRECTED names another class (correcting to the
    model's own label is a confirmation); UNCLEAR has no label.
    """
    if status not in REVIEW_STATUSES:
        raise ReviewError(f"Unknown review status {status!r}.")
    if status == CORRECTED:
        if label not in CLASSES:
            raise ReviewError(f"Cannot correct to {label!r}: not one of {', '.join(CLASSES)}.")
        if label == record.class_label:
            status = CONFIRMED
    if status == CONFIRMED:
        if record.class_label not in CLASSES:
            raise ReviewError(
                f"Tile {record.tile_id} has no class to confirm; correct it to a class instead.")
        label = record.class_label
    if status == UNCLEAR:
        label = None
    note = (note or "").strip() or None
    return {
        "review_status": status,
        "reviewed_label": label,
        "reviewer": reviewer or None,
        "reviewed_at": utc_now_iso(now),
        "review_note": note,
    }


def apply_values(record: TileRecord, values) -> TileRecord:
    """`record` with the review field values set (what was written)."""
    return replace(record, **{k: v for k, v in values.items() if k in REVIEW_FIELD_NAMES})


def default_reviewer() -> str:
    """The reviewer name: the plugin setting when set, else the OS user name."""
    try:
        from qgis.core import QgsSettings

        name = QgsSettings().value(SETTINGS_REVIEWER, "") or ""
    except ImportError:  # unit tests without QGIS
        name = ""
    if str(name).strip():
        return str(name).strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no user name in the environment
        return ""


def save_reviewer(name: str):
    from qgis.core import QgsSettings

    QgsSettings().setValue(SETTINGS_REVIEWER, name.strip())


def parse_tile_id(tile_id: str):
    """(crs tag, easting km, northing km) of a tile id, or None."""
    match = _TILE_ID.match(tile_id or "")
    if not match:
        return None
    return match["tag"], int(match["e"]), int(match["n"])


# --- the layer ---------------------------------------------------------------------------------
def missing_fields(field_names) -> List[str]:
    names = set(field_names)
    return [name for name in REQUIRED_FIELDS if name not in names]


def layer_file(layer) -> Optional[Path]:
    """The file behind an OGR layer (the GeoPackage), or None."""
    if layer is None or layer.providerType() != "ogr":
        return None
    path = Path(layer.source().split("|")[0])
    return path if path.is_file() else None


def _provider_capability(name: str):
    # Qgis.VectorProviderCapability from QGIS 3.38; QgsVectorDataProvider.Capability before.
    from qgis.core import Qgis, QgsVectorDataProvider

    enum = getattr(Qgis, "VectorProviderCapability", None) or QgsVectorDataProvider.Capability
    return getattr(enum, name)


def _no_geometry_flag():
    # Qgis.FeatureRequestFlag from QGIS 3.36; QgsFeatureRequest.Flag before.
    from qgis.core import Qgis, QgsFeatureRequest

    enum = getattr(Qgis, "FeatureRequestFlag", None) or QgsFeatureRequest.Flag
    return enum.NoGeometry


def _string_field(name: str, length: int):
    from qgis.core import Qgis, QgsField

    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return QgsField(name, QMetaType.Type.QString, len=length)
    from qgis.PyQt.QtCore import QVariant

    return QgsField(name, QVariant.String, len=length)


class ReviewStore:
    """A deforestation:classify layer as a review reads and writes it.

    Decisions go straight to the data provider: changeAttributeValues commits to the file at
    once, so they survive QGIS closing, and no edit buffer the user might discard holds them.
    """

    def __init__(self, layer):
        self.layer = layer
        self.check()

    # --- checks -------------------------------------------------------------------------
    @staticmethod
    def problem(layer) -> str:
        """Why `layer` cannot be reviewed; empty when it can."""
        from qgis.core import QgsVectorLayer

        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            return ("Select a layer made by 'Classify deforestation (1 km tiles)' in the Layers "
                    "panel, then open the review again.")
        missing = missing_fields(layer.fields().names())
        if missing:
            return (f"The layer '{layer.name()}' was not made by 'Classify deforestation "
                    f"(1 km tiles)': it lacks the field(s) {', '.join(missing)}. Select a "
                    "classification result layer and open the review again.")
        return ""

    def check(self):
        problem = self.problem(self.layer)
        if problem:
            raise ReviewError(problem)
        caps = self.layer.dataProvider().capabilities()
        if not caps & _provider_capability("ChangeAttributeValues"):
            raise ReviewError(
                f"The layer '{self.layer.name()}' is read-only, so decisions cannot be stored. "
                "Save it as a GeoPackage (Export > Save Features As) and review the copy.")

    @property
    def is_temporary(self) -> bool:
        return self.layer.providerType() == "memory"

    # --- fields -------------------------------------------------------------------------
    def missing_review_fields(self) -> List[str]:
        names = set(self.layer.fields().names())
        return [name for name in REVIEW_FIELD_NAMES if name not in names]

    def ensure_fields(self):
        """Add the review fields the data source lacks (through the provider: on disk at once)."""
        missing = self.missing_review_fields()
        if not missing:
            return
        if self.layer.isEditable():
            raise ReviewError(
                f"The layer '{self.layer.name()}' is in edit mode. Save or discard its edits "
                "(toggle editing off), then review: decisions are saved as they are made.")
        provider = self.layer.dataProvider()
        if not provider.capabilities() & _provider_capability("AddAttributes"):
            raise ReviewError(
                f"Cannot add the review fields to '{self.layer.name()}': its format does not "
                "allow new fields. Save it as a GeoPackage and review the copy.")
        lengths = dict(REVIEW_FIELDS)
        if not provider.addAttributes([_string_field(name, lengths[name]) for name in missing]):
            raise ReviewError(
                f"Cannot add the review fields to '{self.layer.name()}': "
                f"{'; '.join(provider.errors()) or 'the data source refused them'}.")
        self.layer.updateFields()
        still = self.missing_review_fields()
        if still:
            raise ReviewError(f"The review fields {', '.join(still)} could not be added.")

    # --- reading ------------------------------------------------------------------------
    def records(self) -> List[TileRecord]:
        from qgis.core import QgsFeatureRequest

        names = self.layer.fields().names()
        request = QgsFeatureRequest()
        request.setFlags(_no_geometry_flag())
        records = []
        for order, feature in enumerate(
                sorted(self.layer.getFeatures(request), key=lambda f: f.id())):
            records.append(self.record_of(feature, names, order))
        return records

    @staticmethod
    def record_of(feature, names, order=0) -> TileRecord:
        def get(name):
            return clean(feature[name]) if name in names else None

        def number(name):
            value = get(name)
            try:
                return None if value is None else float(value)
            except (TypeError, ValueError):
                return None

        return TileRecord(
            fid=feature.id(),
            tile_id=str(get("tile_id") or ""),
            class_label=get("class_label"),
            confidence=number("confidence"),
            probabilities={label: number(name) for label, name in PROB_FIELDS.items()},
            status=get("status"),
            valid_fraction=number("valid_fraction"),
            review_status=get("review_status"),
            reviewed_label=get("reviewed_label"),
            reviewer=get("reviewer"),
            reviewed_at=get("reviewed_at"),
            review_note=get("review_note"),
            order=order,
        )

    def geometry(self, fid: int):
        feature = self.layer.getFeature(fid)
        return feature.geometry() if feature.isValid() else None

    # --- writing ------------------------------------------------------------------------
    def write(self, record: TileRecord, values) -> TileRecord:
        """Write review field values of one tile to the data source now; the updated record."""
        self.ensure_fields()
        fields = self.layer.fields()
        changes = {}
        for name, value in values.items():
            index = fields.indexOf(name)
            if index < 0:
                raise ReviewError(f"The layer has no field {name}.")
            changes[index] = value
        provider = self.layer.dataProvider()
        if not provider.changeAttributeValues({record.fid: changes}):
            raise ReviewError(
                f"The decision on tile {record.tile_id} could not be saved: "
                f"{'; '.join(provider.errors()) or 'the data source refused it'}.")
        self.layer.triggerRepaint()
        return apply_values(record, values)

    def decide(self, record: TileRecord, status: str, *, label=None, reviewer="",
               note=None, now=None) -> TileRecord:
        return self.write(record, decision(record, status, label=label, reviewer=reviewer,
                                           note=note, now=now))

    def write_note(self, record: TileRecord, note: str) -> TileRecord:
        """Only the comment (a tile may be commented before or after a decision)."""
        return self.write(record, {"review_note": (note or "").strip() or None})

    # --- chips and raster remembered per layer --------------------------------------------
    def remembered_chips_folder(self) -> Optional[Path]:
        value = self.layer.customProperty(PROPERTY_CHIPS, "")
        if not value:
            from qgis.core import QgsSettings

            value = (QgsSettings().value(SETTINGS_CHIPS, {}) or {}).get(self._settings_key(), "")
        return Path(value) if value else None

    def remember_chips_folder(self, folder):
        from qgis.core import QgsSettings

        value = str(folder) if folder else ""
        self.layer.setCustomProperty(PROPERTY_CHIPS, value)
        store = QgsSettings()
        folders = dict(store.value(SETTINGS_CHIPS, {}) or {})
        if value:
            folders[self._settings_key()] = value
        else:
            folders.pop(self._settings_key(), None)
        store.setValue(SETTINGS_CHIPS, folders)

    def default_chips_folder(self) -> Optional[Path]:
        """The remembered folder, else a `chips` folder next to the GeoPackage if there is one."""
        remembered = self.remembered_chips_folder()
        if remembered is not None:
            return remembered
        path = layer_file(self.layer)
        if path is not None and (path.parent / "chips").is_dir():
            return path.parent / "chips"
        return None

    def file_metadata(self) -> Dict[str, str]:
        """The GDAL layer metadata deforestation:classify writes (SOURCE_RASTER, BANDS,
        DN_SCALE, DN_OFFSET, ...); empty when there is none or the file cannot be read."""
        path = layer_file(self.layer)
        if path is None:
            return {}
        try:
            from osgeo import gdal

            dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
        except (RuntimeError, ImportError):
            return {}
        if dataset is None:
            return {}
        layer = None
        match = re.search(r"layername=([^|]+)", self.layer.source())
        if match:
            layer = dataset.GetLayerByName(match.group(1))
        if layer is None and dataset.GetLayerCount():
            layer = dataset.GetLayer(0)
        return dict((layer.GetMetadata() if layer is not None else None) or {})

    def recorded_raster(self) -> str:
        """The raster the layer was classified from, as the file records it; empty when it
        does not."""
        metadata = self.file_metadata()
        return next((metadata[k] for k in RASTER_METADATA_KEYS if metadata.get(k)), "")

    def chosen_raster(self) -> str:
        """The raster chosen for this layer in an earlier review; empty when none was."""
        return str(self.layer.customProperty(PROPERTY_RASTER, "") or "")

    def render_settings(self):
        """(BandSelection or None, DnScaling or None) the classification recorded."""
        from .bands import BandSelection
        from .scaling import DnScaling

        metadata = self.file_metadata()
        bands = None
        try:
            numbers = [int(v) for v in metadata.get("BANDS", "").split(",")]
            if len(numbers) == 3:
                bands = BandSelection(*numbers)
        except ValueError:
            pass
        return bands, DnScaling.from_metadata(metadata)

    def remember_raster(self, source: str):
        self.layer.setCustomProperty(PROPERTY_RASTER, source or "")

    def _settings_key(self) -> str:
        # QgsSettings keys cannot hold slashes: one map entry per data source.
        return self.layer.source().split("|")[0]


# --- chips -------------------------------------------------------------------------------------
class ChipLocator:
    """`<tile_id>.png` in a chips folder (what deforestation:classify's CHIPS_FOLDER writes)."""

    def __init__(self, folder=None):
        self.folder = Path(folder) if folder else None

    def path(self, tile_id: str) -> Optional[Path]:
        if self.folder is None or not tile_id:
            return None
        candidate = self.folder / f"{tile_id}.png"
        return candidate if candidate.is_file() else None


class ChipRenderer:
    """Renders a tile's chip from the source raster as the pipeline did: the same bands, the
    same 10 m grid warp (nearest neighbour) in the layer's grid CRS, the same DN scaling and
    stretch. `bands` and `scaling` are what the classification recorded; None: worked out as
    the algorithm does by default (bands from their descriptions, scaling from the product).

    Returns (H, W, 3) uint8 arrays. Holds the opened raster between tiles.
    """

    def __init__(self, source: str, fallback_wkt: str = "", bands=None, scaling=None):
        from .bands import select_bands
        from .raster_tiles import band_descriptions, open_raster, raster_srs
        from .scaling import dn_scaling

        self.source = source
        self._dataset = open_raster(source)
        self._srs = raster_srs(self._dataset, fallback_wkt)
        self.bands = bands or select_bands(band_descriptions(self._dataset))
        self.scaling = scaling or dn_scaling(self._dataset, self.bands.as_list(), source)

    def render(self, tile_id: str, grid_wkt: str = "", bounds=None):
        """The chip of `tile_id` (EPSG tags give the grid CRS; else `grid_wkt` must), or of the
        1 km cell at `bounds` (xmin, ymin, xmax, ymax) when the id cannot be parsed."""
        from .chips import render_chip, valid_mask
        from .grid import TILE_SIZE_M, GridCrs, Tile, is_utm, own_utm_grid, srs_from_wkt
        from .raster_tiles import TileReader

        parsed = parse_tile_id(tile_id)
        if parsed is not None:
            tag, easting, northing = parsed
        elif bounds is not None:
            tag = "CRS"
            easting = int(round(bounds[0] / TILE_SIZE_M))
            northing = int(round(bounds[1] / TILE_SIZE_M))
        else:
            raise ReviewError(f"Cannot tell where tile {tile_id!r} lies.")
        own = own_utm_grid(self._srs) if is_utm(self._srs) else None
        if own is not None and own.tag == tag:
            wkt = own.wkt  # the pipeline's grid for a UTM raster: its own CRS
        elif tag.startswith("EPSG") and tag[4:].isdigit():
            wkt = srs_from_wkt(f"EPSG:{tag[4:]}").ExportToWkt()
        elif grid_wkt:
            wkt = grid_wkt
        else:
            raise ReviewError(f"The grid CRS of tile {tile_id} is unknown.")
        tile = Tile(tag, easting, northing)
        reader = TileReader(self._dataset, self._srs, self.bands, GridCrs(wkt=wkt, tag=tag),
                            [tile])
        try:
            data = reader.read(tile)
        finally:
            reader.close()
        mask = valid_mask(data.as_list(), data.nodata)  # on raw values, as the pipeline
        return render_chip(*self.scaling.apply_bands(data.nir, data.red, data.green), mask)

    def close(self):
        self._dataset = None
