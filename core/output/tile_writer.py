"""Writes tile results into a GeoPackage as they come, so no finished tile is ever lost.

Results are committed every few tiles, so a cancelled, failed or killed run leaves a valid
GeoPackage holding the tiles done, which RESUME continues. A new output is built under a
temporary name and renamed once its layer and RUN_SETTINGS exist; OVERWRITE keeps the old file
until the new one holds committed tiles (docs/INPUTS.md, "Never losing work"). OGR writes
directly because a Processing feature sink can neither commit part-way nor append.
"""
import contextlib
import os
import time
from datetime import datetime, timezone
from pathlib import Path

from osgeo import gdal, ogr

from ... import errors
from ..vocabulary import RETRY_TILE_STATUSES
from . import provenance
from .fields import PROB_FIELDS, REVIEW_STATUS
from ..imagery.grid import GridCrs, srs_from_wkt
from ...toolbelt.i18n import tr

gdal.UseExceptions()
ogr.UseExceptions()

FIELDS = (
    ("tile_id", ogr.OFTString, 48),
    ("class_label", ogr.OFTString, 24),
    ("confidence", ogr.OFTReal, 0),
    ("prob_standing_forest", ogr.OFTReal, 0),
    ("prob_recently_cleared", ogr.OFTReal, 0),
    ("prob_long_term_non_forest", ogr.OFTReal, 0),
    ("status", ogr.OFTString, 24),
    ("valid_fraction", ogr.OFTReal, 0),
    ("cloud_fraction", ogr.OFTReal, 0),
)
# Added later: an output written before them gets them when it is resumed.
ACQUISITION_FIELDS = (
    ("image_date", ogr.OFTDate, 0),  # acquisition date of the imagery; NULL when unknown
    ("image_id", ogr.OFTString, 80),  # product or scene id
)
# A reviewed tile (core/review*.py writes the decision) is the analyst's work: never deleted.
REVIEW_STATUS_FIELD = REVIEW_STATUS
# Commit at least this often: a crash loses at most this much work.
COMMIT_EVERY_TILES = 10
COMMIT_EVERY_SECONDS = 5.0
# Statuses a resumed run does again: the model failed there, it may not fail again.

CREATE, RESUME, OVERWRITE = "create", "resume", "overwrite"
STARTED_KEY, FINISHED_KEY, STOPPED_KEY = "RUN_STARTED", "RUN_FINISHED", "RUN_STOPPED"


class OutputError(errors.OutputError):
    """The output cannot be written or resumed; the message says why and what to do."""


def partial_path(path) -> Path:
    """Where a new output is built before it takes its name (same folder: the rename is
    atomic)."""
    path = Path(path)
    return path.with_name(f".{path.stem}.partial.gpkg")


def _parsed(acquisition):
    """(date as (year, month, day) or None, id or None) of (image_date, image_id)."""
    image_date, image_id = acquisition
    return (tuple(int(part) for part in image_date[:10].split("-")) if image_date else None,
            image_id)


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def check_output_path(path, mode=CREATE):
    """Refuse, before any work, an output that is not a GeoPackage or that exists without
    RESUME or OVERWRITE: an earlier run's tiles and review decisions are never deleted
    silently."""
    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        raise OutputError(tr(
            "OUTPUT must be a GeoPackage (.gpkg), not '{}'. Choose a .gpkg file name."
        ).format(path.name))
    if mode == RESUME and path.exists() and _open_layer(path)[1] is None:
        raise OutputError(tr(
            "Cannot resume: {} holds no layer of tiles (it was left unfinished, or it is not "
            "an output of this algorithm). Nothing was changed. Set OVERWRITE to replace it, "
            "or choose another OUTPUT file name."
        ).format(path))
    if mode == CREATE and path.exists():
        raise OutputError(tr(
            "OUTPUT {} already exists{}. Nothing was changed. Set RESUME to continue it with "
            "the same settings, choose another OUTPUT file name, or set OVERWRITE to replace it "
            "(its tiles and review decisions are then deleted)."
        ).format(path, _contents(path)))


def _open_layer(path, layer_name=None):
    """(dataset, layer) of an output, read-only: the layer named `layer_name` (default: the
    file's stem, as the writer names it), else the first layer; (None, None) when unreadable.
    The dataset is returned too: GDAL frees a layer whose dataset nobody holds."""
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    except RuntimeError:
        return None, None
    if ds is None:
        return None, None
    layer = ds.GetLayerByName(layer_name or Path(path).stem)
    if layer is None and ds.GetLayerCount():
        layer = ds.GetLayer(0)
    return ds, layer


def read_layer_metadata(path, layer_name=None) -> dict:
    """The GDAL metadata items of an output's layer; empty when it cannot be read."""
    ds, layer = _open_layer(path, layer_name)
    return dict(layer.GetMetadata() or {}) if layer is not None else {}


def plan_counts(path, plan_ids, keys) -> dict:
    """{status or class: tiles} of the output's tiles that are in the plan (every run's, not
    only the last one's); tiles outside the plan are not counted."""
    counts = dict.fromkeys(keys, 0)
    ds, layer = _open_layer(path)
    if layer is None:
        return counts
    for feature in layer:
        if feature.GetField("tile_id") not in plan_ids:
            continue
        for key in (feature.GetField("status"), feature.GetField("class_label")):
            if key in counts:
                counts[key] += 1
    return counts


def _contents(path) -> str:
    """' (N tiles, M of them reviewed)' when the file is a readable output, else ''."""
    ds, layer = _open_layer(path)
    if layer is None:
        return ""
    tiles = layer.GetFeatureCount()
    defn = layer.GetLayerDefn()
    if defn.GetFieldIndex(REVIEW_STATUS_FIELD) < 0:
        return f" ({tiles} tiles)"
    layer.SetAttributeFilter(f"{REVIEW_STATUS_FIELD} IS NOT NULL")
    reviewed = layer.GetFeatureCount()
    return f" ({tiles} tiles, {reviewed} of them reviewed)"


class TileWriter:
    """Writes TileResults into one GeoPackage layer.

    mode: CREATE (the file must not exist), RESUME (continue an existing output made with the
    same answer `settings` from the same `source`, else create it) or OVERWRITE (replace it once
    the new one holds tiles). `metadata` holds the items for people; `acquisition` is
    (image_date "YYYY-MM-DD" or None, image_id or None) of the imagery, written on every tile
    that `tile_acquisitions` ({tile_id: (image_date, image_id)}: a scene fetched tile by tile,
    core/fetch/per_tile.py) does not name; `source` the raster's identity
    (core/imagery/source_identity.py).
    """

    def __init__(self, path, grid: GridCrs, *, mode=CREATE, settings=None, metadata=None,
                 acquisition=(None, None), source=None, plan_ids=None,
                 tile_acquisitions=None):
        self.path = Path(path)
        # The tile ids of this run's plan: tiles of the file outside it are neither counted,
        # nor retried, nor skipped (None: every tile of the file belongs to the run).
        self.plan_ids = frozenset(plan_ids) if plan_ids is not None else None
        self._grid = grid
        self._pending = 0
        self._committed_tiles = 0
        self._last_commit = time.monotonic()
        # OVERWRITE: the new file is built aside and replaces the old one at its first commit.
        self._unpublished = False
        # Parsed once: the run's acquisition, and each tile's own where it has one.
        self._acquisition = _parsed(acquisition)
        self._tile_acquisitions = {tile_id: _parsed(value) for tile_id, value in
                                   (tile_acquisitions or {}).items()}
        check_output_path(self.path, mode)
        current = provenance.decode(provenance.encode(settings or {}))
        if mode == RESUME and self.path.exists():
            self._open_existing(current, source)
        else:
            self._create(current, source)
            if mode == OVERWRITE and self.path.exists():
                self._unpublished = True
            else:
                self._publish()
        for key, value in (metadata or {}).items():
            self._layer.SetMetadataItem(key, str(value))
        self._layer.StartTransaction()

    # --- set-up ---------------------------------------------------------------------------
    def _create(self, settings, source):
        """The layer, its fields and RUN_SETTINGS, in a file under a temporary name: a kill
        here leaves nothing at OUTPUT."""
        building = partial_path(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if building.exists():  # left by a run that was killed while creating it
                gdal.GetDriverByName("GPKG").Delete(str(building))
            self._ds = gdal.GetDriverByName("GPKG").Create(str(building), 0, 0, 0,
                                                           gdal.GDT_Unknown)
        except (OSError, RuntimeError) as exc:
            raise OutputError(tr(
                "Cannot write the output {}: {}. Choose a folder you can write to."
            ).format(self.path, exc)) from exc
        self._layer = self._ds.CreateLayer(
            self.path.stem, srs=self._grid.srs(), geom_type=ogr.wkbPolygon,
            options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"],
        )
        for spec in FIELDS + ACQUISITION_FIELDS:
            self._add_field(*spec)
        self._layer.SetMetadataItem(provenance.RUN_SETTINGS_KEY, provenance.encode(settings))
        if source:
            self._layer.SetMetadataItem(provenance.SOURCE_KEY, provenance.encode(source))
        self._layer.SetMetadataItem(STARTED_KEY, utc_now())
        self.done_ids = set()

    def _publish(self):
        """Give the file built aside its name (replacing an overwritten output), and go on
        writing to it there."""
        building = partial_path(self.path)
        self._layer = None
        self._ds = None  # closed: the file is complete on disk before it is renamed
        try:
            os.replace(building, self.path)
        except OSError as exc:
            raise OutputError(tr(
                "Cannot put the output in place at {}: {}. Close any program that holds it "
                "open (another QGIS layer, a file explorer preview) and run again."
            ).format(self.path, exc)) from exc
        self._ds = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        self._layer = self._ds.GetLayerByName(self.path.stem)
        self._unpublished = False

    def _add_field(self, name, kind, width):
        field = ogr.FieldDefn(name, kind)
        if width:
            field.SetWidth(width)
        self._layer.CreateField(field)

    def _open_existing(self, current_settings, source):
        try:
            self._ds = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        except RuntimeError as exc:
            raise OutputError(tr(
                "Cannot resume: {} is not a readable GeoPackage ({}). Choose another OUTPUT, or "
                "set OVERWRITE to replace it."
            ).format(self.path, exc)) from exc
        self._layer = self._ds.GetLayerByName(self.path.stem) or (
            self._ds.GetLayer(0) if self._ds.GetLayerCount() else None)
        if self._layer is None:
            self._refuse("it holds no layer of tiles (it was left unfinished, or it is not an "
                         "output of this algorithm)")
        names = self._field_names()
        missing = [name for name, _, _ in FIELDS if name not in names]
        layer_srs = self._layer.GetSpatialRef()
        if missing or layer_srs is None or not layer_srs.IsSame(srs_from_wkt(self._grid.wkt)):
            self._refuse(f"it was not written by this algorithm for the same tile grid "
                         f"({self._grid.tag})")
        self._check_settings(current_settings)
        self._check_source(source)
        for spec in ACQUISITION_FIELDS:
            if spec[0] not in names:
                self._add_field(*spec)
        self._delete_retries(REVIEW_STATUS_FIELD in names)
        self.done_ids = {f.GetField("tile_id") for f in self._layer
                         if self.plan_ids is None or f.GetField("tile_id") in self.plan_ids}
        self._layer.ResetReading()

    def _field_names(self):
        defn = self._layer.GetLayerDefn()
        return {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}

    def _check_settings(self, current):
        recorded = provenance.decode(self._layer.GetMetadataItem(provenance.RUN_SETTINGS_KEY))
        if recorded is None:
            self._refuse("it records no model and settings (it was written by an older "
                         "version), so a resumed run could mix answers of different models")
        different = provenance.differences(recorded, current)
        if different:
            self._refuse("it was made with other settings, and one layer must not mix the "
                         "answers of two models or settings: " + "; ".join(different))

    def _check_source(self, current):
        """The raster a resumed run reads must be the one the output was made from: one layer
        must not mix two dates (core/output/provenance.py same_source)."""
        recorded = provenance.decode(self._layer.GetMetadataItem(provenance.SOURCE_KEY))
        if current is None or recorded is None:
            return  # written before sources were recorded: nothing to compare
        if not provenance.same_source(recorded, current):
            self._refuse(tr("it was made from another raster: {} (the output), not {} (now). "
                            "One layer must not mix two rasters or dates").format(
                                provenance.describe_source(recorded),
                                provenance.describe_source(current)))

    def _refuse(self, why):
        self._ds = None
        raise OutputError(tr(
            "Cannot resume into {}: {}. Nothing was changed. Run with the settings it was made "
            "with, choose another OUTPUT file name, or set OVERWRITE to replace it."
        ).format(self.path, why))

    def _delete_retries(self, has_reviews):
        """Delete the tiles a resumed run does again, through OGR (no SQL text): those of the
        plan in RETRY_TILE_STATUSES that no analyst has reviewed. Tiles outside the plan are
        never touched."""
        plan = self.plan_ids
        doomed = [f.GetFID() for f in self._layer
                  if f.GetField("status") in RETRY_TILE_STATUSES
                  and (plan is None or f.GetField("tile_id") in plan)
                  and not (has_reviews and f.GetField(REVIEW_STATUS_FIELD))]
        self._layer.ResetReading()
        for fid in doomed:
            self._layer.DeleteFeature(fid)

    # --- writing --------------------------------------------------------------------------
    def add(self, result):
        feature = ogr.Feature(self._layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(result.tile.polygon_wkt()))
        feature.SetField("tile_id", result.tile.tile_id)
        feature.SetField("status", result.status)
        feature.SetField("valid_fraction", round(result.valid_fraction, 4))
        if result.cloud_fraction is not None:
            feature.SetField("cloud_fraction", round(result.cloud_fraction, 4))
        prediction = result.prediction
        if prediction is not None:
            feature.SetField("class_label", prediction.label)
            if prediction.probabilities:
                feature.SetField("confidence", prediction.confidence)
                for label, name in PROB_FIELDS.items():
                    feature.SetField(name, prediction.probabilities[label])
        image_date, image_id = self._tile_acquisitions.get(result.tile.tile_id,
                                                           self._acquisition)
        if image_date:
            feature.SetField("image_date", *image_date, 0, 0, 0, 0)
        if image_id:
            feature.SetField("image_id", image_id)
        self._layer.CreateFeature(feature)
        self.done_ids.add(result.tile.tile_id)
        self._pending += 1
        if (self._pending >= COMMIT_EVERY_TILES
                or time.monotonic() - self._last_commit >= COMMIT_EVERY_SECONDS):
            self.commit()

    def commit(self):
        self._layer.CommitTransaction()
        self._committed_tiles += self._pending
        self._pending = 0
        if self._unpublished and self._committed_tiles:
            self._publish()
        self._layer.StartTransaction()
        self._last_commit = time.monotonic()

    def close(self, stopped: str = ""):
        """Commit and close. `stopped` empty: the run finished (RUN_FINISHED); else why it
        stopped (RUN_STOPPED). An OVERWRITE that committed no tile leaves the old output as
        it was."""
        if getattr(self, "_ds", None) is None:
            return
        try:
            self._layer.CommitTransaction()
            self._committed_tiles += self._pending
            self._pending = 0
            if self._unpublished and not (self._committed_tiles or not stopped):
                self._discard()
                return
            self._layer.SetMetadataItem(STOPPED_KEY if stopped else FINISHED_KEY,
                                        f"{utc_now()} {stopped}".strip())
            if self._unpublished:
                self._publish()
        finally:
            self._layer = None
            self._ds = None

    def _discard(self):
        """Drop the file built aside: the overwritten output stays as it was."""
        self._layer = None
        self._ds = None
        with contextlib.suppress(OSError, RuntimeError):
            gdal.GetDriverByName("GPKG").Delete(str(partial_path(self.path)))
