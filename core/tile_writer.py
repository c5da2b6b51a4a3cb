"""Writes tile results into a GeoPackage as they come, so no finished tile is ever lost.

Results are committed every few tiles (and on close, cancel or error), so a cancelled, failed or
killed run leaves a valid GeoPackage holding the tiles done; a later run with resume=True skips
them. Written with OGR directly because a Processing feature sink can neither commit part-way
nor append to an existing output.
"""
import time
from pathlib import Path

from osgeo import gdal, ogr

from .grid import GridCrs, srs_from_wkt

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
PROB_FIELDS = {
    "STANDING_FOREST": "prob_standing_forest",
    "RECENTLY_CLEARED": "prob_recently_cleared",
    "LONG_TERM_NON_FOREST": "prob_long_term_non_forest",
}
# Commit at least this often: a crash loses at most this much work.
COMMIT_EVERY_TILES = 10
COMMIT_EVERY_SECONDS = 5.0
# Statuses a resumed run does again: the model failed there, it may not fail again.
RETRY_STATUSES = ("ERROR",)


class OutputError(ValueError):
    """The output cannot be written or resumed; the message says why and what to do."""


class TileWriter:
    def __init__(self, path, grid: GridCrs, *, resume=False, metadata=None):
        self.path = Path(path)
        self._grid = grid
        self._pending = 0
        self._last_commit = time.monotonic()
        if self.path.suffix.lower() != ".gpkg":
            raise OutputError(
                f"OUTPUT must be a GeoPackage (.gpkg), not '{self.path.name}'. Choose a "
                ".gpkg file name."
            )
        if resume and self.path.exists():
            self._open_existing()
        else:
            self._create()
        for key, value in (metadata or {}).items():
            self._layer.SetMetadataItem(key, str(value))
        self._layer.StartTransaction()

    # --- set-up ---------------------------------------------------------------------------
    def _create(self):
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists():
                gdal.GetDriverByName("GPKG").Delete(str(self.path))
            self._ds = gdal.GetDriverByName("GPKG").Create(str(self.path), 0, 0, 0,
                                                           gdal.GDT_Unknown)
        except (OSError, RuntimeError) as exc:
            raise OutputError(
                f"Cannot write the output {self.path}: {exc}. Choose a folder you can write to."
            ) from exc
        self._layer = self._ds.CreateLayer(
            self.path.stem, srs=self._grid.srs(), geom_type=ogr.wkbPolygon,
            options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"],
        )
        for name, kind, width in FIELDS:
            field = ogr.FieldDefn(name, kind)
            if width:
                field.SetWidth(width)
            self._layer.CreateField(field)
        self.done_ids = set()

    def _open_existing(self):
        try:
            self._ds = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        except RuntimeError as exc:
            raise OutputError(
                f"Cannot resume: {self.path} is not a readable GeoPackage ({exc}). Turn RESUME "
                "off to overwrite it, or choose another OUTPUT."
            ) from exc
        self._layer = self._ds.GetLayer(0)
        names = {self._layer.GetLayerDefn().GetFieldDefn(i).GetName()
                 for i in range(self._layer.GetLayerDefn().GetFieldCount())}
        missing = [name for name, _, _ in FIELDS if name not in names]
        layer_srs = self._layer.GetSpatialRef()
        if missing or layer_srs is None or not layer_srs.IsSame(srs_from_wkt(self._grid.wkt)):
            raise OutputError(
                f"Cannot resume into {self.path}: it was not written by this algorithm for the "
                f"same tile grid ({self._grid.tag}). Turn RESUME off to overwrite it, or choose "
                "another OUTPUT."
            )
        retry = ",".join(f"'{s}'" for s in RETRY_STATUSES)
        self._ds.ExecuteSQL(f"DELETE FROM \"{self._layer.GetName()}\" WHERE status IN ({retry})")
        self.done_ids = {f.GetField("tile_id") for f in self._layer}
        self._layer.ResetReading()

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
        self._layer.CreateFeature(feature)
        self.done_ids.add(result.tile.tile_id)
        self._pending += 1
        if (self._pending >= COMMIT_EVERY_TILES
                or time.monotonic() - self._last_commit >= COMMIT_EVERY_SECONDS):
            self.commit()

    def commit(self):
        self._layer.CommitTransaction()
        self._layer.StartTransaction()
        self._pending = 0
        self._last_commit = time.monotonic()

    def close(self):
        if getattr(self, "_ds", None) is None:
            return
        self._layer.CommitTransaction()
        self._layer = None
        self._ds = None
