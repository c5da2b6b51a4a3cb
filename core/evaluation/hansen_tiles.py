"""Hansen reference labels for a set of tiles: the per-tile loop of deforestation:hansen_labels.

The algorithm reads its features into plain records (TileRecord: an id and the polygon, as WKT
or WKB, in the tiles' CRS), calls label_tiles() once, and writes one output feature per result
(TileLabel), in the order of the records. Everything between (the rule checked, the rasters
opened, each polygon densified and transformed into the rasters' CRS, its pixels counted and
labelled, the counts) is here, in GDAL/OSR and numpy: no QGIS.

`feedback` is anything with pushInfo, pushWarning, setProgress and isCanceled
(QgsProcessingFeedback has them all), as for core/run.py.
"""
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, Iterator, Optional, Tuple, Union

from osgeo import ogr, osr

from ...toolbelt.i18n import tr
from ..vocabulary import CLASSES
from . import hansen
from .hansen import HansenError, HansenRasters, HansenRule, TileStats

# The fields the output gains, in order: (name, kind, length); kind as toolbelt/qgis_compat.py's
# field_type reads it, length 0 for none.
LABEL_FIELD = "reference_label"
STATUS_FIELD = "hansen_status"
PIXELS_FIELD = "hansen_pixels"
FRACTION_FIELDS = (
    "forest2000_fraction",
    "standing_forest_fraction",
    "recent_loss_fraction",
    "older_loss_fraction",
)
ADDED_FIELDS: Tuple[Tuple[str, str, int], ...] = (
    (LABEL_FIELD, "string", 24),
    *((name, "double", 0) for name in FRACTION_FIELDS),
    (PIXELS_FIELD, "int", 0),
    (STATUS_FIELD, "string", 16),
)
ADDED_FIELD_NAMES = tuple(name for name, _kind, _length in ADDED_FIELDS)
# What a tile is counted as: its label, or why it has none.
COUNT_KEYS = (*CLASSES, hansen.NO_HANSEN_DATA, hansen.NO_GEOMETRY)
# The polygon is densified before it is transformed (edges curved by the transformation stay
# curved): nodes at most this fraction of its larger side apart.
_DENSIFY_DIVISIONS = 20.0
# Granules beyond this many are not listed in the log (a continent is no help).
_MAX_GRANULES_LISTED = 20


@dataclass(frozen=True)
class TileRecord:
    """One tile as the algorithm read it: its id (named in warnings; the feature id) and its
    polygon in the tiles' CRS as WKT (str) or WKB (bytes); None when it has no geometry."""

    tile_id: object
    geometry: Optional[Union[str, bytes]] = None


@dataclass(frozen=True)
class HansenRequest:
    """Everything the labelling needs, in plain values. CRS texts are what GDAL/OSR reads (an
    EPSG id or WKT); raster_crs empty means the rasters have none (refused), tiles_crs empty
    means the tiles are in the rasters' CRS."""

    treecover: str  # GDAL data sources
    lossyear: str
    raster_crs: str
    tiles_crs: str
    rule: HansenRule = HansenRule()
    # The tiles' extent (xmin, ymin, xmax, ymax in tiles_crs): the granules it needs are logged.
    tiles_extent: Optional[Tuple[float, float, float, float]] = None

    def abstract(self) -> str:
        """The rule and its parameters, for the output layer's metadata."""
        rule = self.rule
        return (
            rule.describe()
            + f" Parameters: FIRST_YEAR={rule.first_year}, LAST_YEAR={rule.last_year}, "
            f"CANOPY_THRESHOLD={rule.canopy_threshold:g}, "
            f"FOREST_FRACTION={rule.forest_fraction:g}, "
            f"RECENT_LOSS_FRACTION={rule.recent_loss_fraction:g}; "
            f"TREECOVER={self.treecover}; LOSSYEAR={self.lossyear}."
        )


@dataclass(frozen=True)
class TileLabel:
    """The result for one TileRecord: its label (None without one), status and pixel counts."""

    tile_id: object
    label: Optional[str]
    status: str
    stats: TileStats = TileStats()

    def values(self) -> list:
        """The values of ADDED_FIELDS, in their order."""
        stats = self.stats
        return [self.label, stats.forest2000_fraction, stats.standing_forest_fraction,
                stats.recent_loss_fraction, stats.older_loss_fraction, stats.hansen_pixels,
                self.status]


@dataclass
class TileLabelling:
    """The tiles being labelled: iterate it for one TileLabel per TileRecord, in order. Once the
    iteration ends (all done, or cancelled), `done` and `counts` hold the totals and the log has
    the summary. close() releases the rasters (the iteration does so when it ends)."""

    request: HansenRequest
    tiles: Iterable[TileRecord]
    feedback: object
    total: int = 0  # the number of records, for the progress
    done: int = 0
    counts: Dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))
    _rasters: Optional[HansenRasters] = None
    _transform: Optional[osr.CoordinateTransformation] = None

    def __iter__(self) -> Iterator[TileLabel]:
        feedback = self.feedback
        step = 100.0 / self.total if self.total > 0 else 0
        try:
            for i, record in enumerate(self.tiles):
                if feedback.isCanceled():
                    break
                result = self.label(record)
                self.counts[result.label or result.status] += 1
                yield result
                self.done += 1
                feedback.setProgress(int(i * step))
        finally:
            self.close()
        if self.done < self.total:
            feedback.pushWarning(
                tr("Cancelled after {} of {} tiles.").format(self.done, self.total))
        feedback.pushInfo(tr("Done. {}").format(
            ", ".join(f"{k}: {v}" for k, v in self.counts.items() if v)))

    def label(self, record: TileRecord) -> TileLabel:
        """The label of one tile."""
        polygon = _geometry(record.geometry)
        if polygon is None or polygon.IsEmpty():
            return TileLabel(record.tile_id, None, hansen.NO_GEOMETRY)
        if self._transform is not None:
            polygon = self._in_raster_crs(record, polygon)
            if polygon is None:
                return TileLabel(record.tile_id, None, hansen.NO_HANSEN_DATA)
        stats = self._rasters.stats_for(polygon, self.request.rule)
        label = hansen.label_for(stats, self.request.rule) if stats.hansen_pixels else None
        status = hansen.LABELLED if label is not None else hansen.NO_HANSEN_DATA
        return TileLabel(record.tile_id, label, status, stats)

    def close(self):
        if self._rasters is not None:
            self._rasters.close()
            self._rasters = None

    def _in_raster_crs(self, record, polygon):
        """The polygon densified and transformed into the rasters' CRS; None (and a warning)
        when it cannot be transformed."""
        xmin, xmax, ymin, ymax = polygon.GetEnvelope()
        spacing = max(xmax - xmin, ymax - ymin) / _DENSIFY_DIVISIONS
        if spacing > 0:
            polygon = densified(polygon, spacing)
        try:
            error = polygon.Transform(self._transform)
        except RuntimeError as exc:  # GDAL with exceptions enabled
            error = exc
        if error:
            self.feedback.pushWarning(
                tr("Feature {}: cannot be transformed to the rasters' CRS ({}).")
                .format(record.tile_id, _transform_error(error)))
            return None
        return polygon


def label_tiles(request: HansenRequest, tiles: Iterable[TileRecord], feedback,
                total: int = 0) -> TileLabelling:
    """Check the rule, open the rasters and log the rule (and the granules the tiles need);
    HansenError, before any tile, when the rule or the rasters cannot be used. Iterate the
    result for the labels of `tiles` (`total` of them, for the progress)."""
    request.rule.validate()
    rasters = HansenRasters(request.treecover, request.lossyear)
    try:
        if not request.raster_crs:
            raise HansenError(tr(
                "TREECOVER has no CRS; the Hansen granules are in EPSG:4326. Set the layer's CRS "
                "(Layer Properties > Source) or use the original files."))
        raster_srs = _srs(request.raster_crs, "TREECOVER")
        tiles_srs = _srs(request.tiles_crs, "INPUT") if request.tiles_crs else raster_srs
        transform = None
        if not tiles_srs.IsSame(raster_srs):
            transform = _transformation(tiles_srs, raster_srs)
    except BaseException:
        rasters.close()
        raise
    _warn_missing_years(request, feedback)
    feedback.pushInfo(request.rule.describe())
    _log_granules(request.tiles_extent, tiles_srs, feedback)
    return TileLabelling(request, tiles, feedback, total, _rasters=rasters, _transform=transform)


# --- geometry -------------------------------------------------------------------------------------

def _geometry(value) -> Optional[ogr.Geometry]:
    if value is None or len(value) == 0:
        return None
    if isinstance(value, str):
        return ogr.CreateGeometryFromWkt(value)
    return ogr.CreateGeometryFromWkb(bytes(value))


def densified(geometry: ogr.Geometry, spacing: float) -> ogr.Geometry:
    """A copy with floor(length / spacing) nodes added, evenly spaced, inside each segment (as
    QgsGeometry.densifyByDistance does, so the transformed polygon is the one QGIS would give).
    Only x and y are kept."""
    name = geometry.GetGeometryName()
    if geometry.GetGeometryCount():  # polygon, multi-polygon: rebuilt from densified parts
        out = ogr.Geometry(ogr.GT_Flatten(geometry.GetGeometryType()))
        for i in range(geometry.GetGeometryCount()):
            out.AddGeometry(densified(geometry.GetGeometryRef(i), spacing))
        return out
    points = geometry.GetPoints() or []
    out = ogr.Geometry(ogr.wkbLinearRing if name == "LINEARRING"
                       else ogr.GT_Flatten(geometry.GetGeometryType()))
    for (x1, y1, *_z1), (x2, y2, *_z2) in zip(points, points[1:]):
        out.AddPoint_2D(x1, y1)
        dx, dy = x2 - x1, y2 - y1
        extra = int(math.floor(math.sqrt(dx * dx + dy * dy) / spacing))
        multiplier = 1.0 / (extra + 1) if extra >= 1 else 0.0
        for j in range(extra):
            delta = multiplier * (j + 1)
            out.AddPoint_2D(x1 + delta * dx, y1 + delta * dy)
    if points:
        out.AddPoint_2D(*points[-1][:2])
    return out


def _srs(text: str, name: str) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    try:
        failed = srs.SetFromUserInput(text) != 0
    except RuntimeError:
        failed = True
    if failed:
        raise HansenError(tr("{}: unrecognised coordinate reference system {}.").format(
                             name, text[:80]))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _transformation(source, target) -> osr.CoordinateTransformation:
    try:
        transform = osr.CoordinateTransformation(source, target)
    except (RuntimeError, TypeError) as exc:
        transform, error = None, exc
    else:
        error = "no transformation"
    if transform is None:
        raise HansenError(tr("The tiles cannot be transformed to the rasters' CRS ({}).").format(
                             error))
    return transform


def _transform_error(error) -> str:
    return str(error) if isinstance(error, Exception) else f"OGR error {error}"


# --- the log --------------------------------------------------------------------------------------

def _warn_missing_years(request: HansenRequest, feedback):
    """A warning when LAST_YEAR is after the last loss year a Hansen file holds (by its name)."""
    rule = request.rule
    for path in (request.treecover, request.lossyear):
        data_year = hansen.data_last_year(path)
        if data_year is not None and rule.last_year > data_year:
            missing = str(rule.last_year) if rule.last_year == data_year + 1 else \
                f"{data_year + 1}-{rule.last_year}"
            feedback.pushWarning(tr(
                "LAST_YEAR {} is after the last loss year of {} ({}): loss in {} is not in "
                "these files. Use a newer Hansen version or an earlier LAST_YEAR.").format(
                    rule.last_year, Path(path).name, data_year, missing))
            return


def _log_granules(extent, tiles_srs: osr.SpatialReference, feedback):
    """Name the Hansen granules (and their URLs) that the tiles' extent needs."""
    if extent is None:
        return
    from ..imagery.grid import reproject_rectangle, srs_from_wkt

    try:
        box = reproject_rectangle(extent, tiles_srs, srs_from_wkt("EPSG:4326"))
    except (ValueError, RuntimeError):
        return
    lon_min, lon_max, lat_min, lat_max = box.GetEnvelope()
    names = hansen.granules_for(lon_min, lat_min, lon_max, lat_max)
    if not names or len(names) > _MAX_GRANULES_LISTED:
        return
    feedback.pushInfo(tr("Hansen granules covering the tiles: {}").format(", ".join(names)))
    for name in names:
        for layer in ("treecover2000", "lossyear"):
            feedback.pushInfo(f"  {hansen.granule_url(layer, name)}")
