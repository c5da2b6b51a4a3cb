"""The inputs of deforestation:compare read through QGIS, handed to core as plain records: the two
classify outputs as a comparison with its patches (core/alerts/compare.py), and what the
clearings need (core/alerts/delineation.py ClearingRequest): the two dates' rasters, the overlay
and the reference alerts, their polygons transformed into the grid CRS here."""
import os
from dataclasses import dataclass, field
from typing import List, Optional

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from . import change_outputs
from ..core.alerts.compare import CompareError, alert_patches, compare, grid_tag, one_date
from ..core.alerts.date_imagery import date_source
from ..core.alerts.delineation import ClearingRequest, grid_of, no_clearings_text, scan_plan
from ..core.alerts.overlay import OverlayFeature
from ..core.output.tile_writer import read_layer_metadata
from ..toolbelt.i18n import tr
from ..toolbelt.qgis_values import plain
from ..toolbelt.url_policy import RefusedAddress


@dataclass
class CompareInputs:
    comparison: object
    patches: list
    grid: QgsCoordinateReferenceSystem  # the tiles' CRS
    notes: List[str] = field(default_factory=list)  # why no clearings, for the log

    @property
    def grid_crs(self):
        return grid_of(self.comparison.grid, self.grid.toWkt())


def read_comparison(alg, parameters, context, feedback) -> CompareInputs:
    """BEFORE and AFTER compared tile by tile (AFTER alone without BEFORE), with the patches."""
    after_source = alg.parameterAsSource(parameters, "AFTER", context)
    if after_source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, "AFTER"))
    before_source = alg.parameterAsSource(parameters, "BEFORE", context)
    after = change_outputs.read_states(after_source, feedback)
    try:
        grid = change_outputs.grid_crs(grid_tag(after, "AFTER"), after_source.sourceCrs())
        if before_source is not None:
            comparison = compare(change_outputs.read_states(before_source, feedback), after)
        else:
            comparison = one_date(after)
        return CompareInputs(comparison, alert_patches(comparison, grid.toWkt()), grid)
    except CompareError as exc:
        raise QgsProcessingException(str(exc)) from exc


def output_metadata(alg, parameters, name, context) -> dict:
    """The GDAL layer metadata of a classify output given as `name` (SOURCE_RASTER, BANDS,
    DN_SCALE, ...); empty when it is not a file or records none."""
    if parameters.get(name) in (None, ""):
        return {}
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    if layer is None or layer.providerType() != "ogr":
        return {}
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = plain(parts.get("path"))
    if not path or not os.path.isfile(path):
        return {}
    return read_layer_metadata(path, plain(parts.get("layerName")) or None)


def _raster(alg, parameters, name, context) -> str:
    if parameters.get(name) in (None, ""):
        return ""
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        raise QgsProcessingException(tr(
            "{} cannot be read as a raster layer: give a Sentinel-2 raster with the B08 and B04 "
            "bands.").format(name))
    return layer.source()


def _date(alg, parameters, context, layer_name, raster_name, notes):
    """The DateSource of one date, or None with the reason in `notes`."""
    metadata = output_metadata(alg, parameters, layer_name, context)
    try:
        source = date_source(metadata, _raster(alg, parameters, raster_name, context))
    except RefusedAddress as exc:
        notes.append(tr("{}: {} Give {} instead.").format(layer_name, exc, raster_name))
        return None
    if source is not None and source.recorded and not os.path.exists(source.path):
        notes.append(tr(
            "The source raster {} that {} records is not found (moved or deleted): give {}."
        ).format(source.path, layer_name, raster_name))
        return None
    return source


def scan_rectangle(comparison) -> Optional[QgsRectangle]:
    tiles = scan_plan(comparison.changes)
    if not tiles:
        return None
    bounds = [t.bounds for t in tiles]
    return QgsRectangle(min(b[0] for b in bounds), min(b[1] for b in bounds),
                        max(b[2] for b in bounds), max(b[3] for b in bounds))


def read_polygons(source, name_field, grid, rectangle, context, feedback, what):
    """OverlayFeatures of a polygon source inside `rectangle` (grid CRS), in the grid CRS."""
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise QgsProcessingException(tr(
            "{} must be a polygon layer (or, for REFERENCE_ALERTS, a raster).").format(what))
    request = QgsFeatureRequest().setDestinationCrs(grid, context.transformContext())
    if rectangle is not None:
        request.setFilterRect(rectangle)
    names = source.fields().names()
    features = []
    for feature in source.getFeatures(request):
        if feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        value = plain(feature[name_field]) if name_field in names else None
        name = str(value) if value not in (None, "") else str(feature.id())
        polygon = ogr.CreateGeometryFromWkt(geometry.asWkt())
        if polygon is not None:
            features.append(OverlayFeature(name, polygon))
    return features


def clearing_request(alg, parameters, context, feedback, inputs: CompareInputs):
    """What the clearings need; None, with the reason in inputs.notes, without two dates'
    imagery."""
    notes = inputs.notes
    after = _date(alg, parameters, context, "AFTER", "AFTER_RASTER", notes)
    before = _date(alg, parameters, context, "BEFORE", "BEFORE_RASTER", notes)
    if before is None or after is None:
        notes.append(no_clearings_text())
        return None
    rectangle = scan_rectangle(inputs.comparison)
    request = ClearingRequest(
        before, after, alg.parameterAsDouble(parameters, "MIN_AREA_HA", context))
    overlay = alg.parameterAsSource(parameters, "OVERLAY", context)
    if overlay is not None:
        field_name = alg.parameterAsString(parameters, "OVERLAY_FIELD", context)
        request.overlay = read_polygons(overlay, field_name, inputs.grid, rectangle, context,
                                        feedback, "OVERLAY")
    reference = alg.parameterAsLayer(parameters, "REFERENCE_ALERTS", context) \
        if parameters.get("REFERENCE_ALERTS") not in (None, "") else None
    if isinstance(reference, QgsRasterLayer):
        request.reference_raster = reference.source()
        request.reference_crs = reference.crs().toWkt()
    elif isinstance(reference, QgsVectorLayer):
        request.reference = read_polygons(reference, "", inputs.grid, rectangle, context,
                                          feedback, "REFERENCE_ALERTS")
    elif parameters.get("REFERENCE_ALERTS") not in (None, ""):
        raise QgsProcessingException(tr(
            "REFERENCE_ALERTS cannot be read: give a polygon layer or a raster of alerts."))
    return request
