"""Reading classify outputs and writing the change outputs of deforestation:compare through
QGIS (feature sources and sinks, QgsVectorFileWriter for the exports). The logic stays in
core/alerts/compare.py."""
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorFileWriter,
)
from qgis.PyQt.QtCore import QDate

from ..core.alerts.compare import tile_state
from ..core.alerts.fields import CLEARING_FIELDS, PATCH_FIELDS, ROW_FIELDS
from ..core.alerts.outlines import record_clearings
from ..core.imagery.grid import parse_tile_id
from ..toolbelt.i18n import tr
from ..toolbelt.qgis_values import plain
from ..toolbelt.qgis_compat import field_type, polygon_wkb_type, writer_ok

READ_FIELDS = ("tile_id", "class_label", "reviewed_label", "status", "image_date",
               "prob_recently_cleared")
WGS84 = "EPSG:4326"


def read_states(source, feedback):
    """TileStates of a feature source (a classify output); fields it lacks read as NULL."""
    names = source.fields().names()
    if "tile_id" not in names or "class_label" not in names:
        raise QgsProcessingException(
            tr("The layer has no tile_id and class_label fields: use an output of Classify "
               "deforestation."))
    states = []
    for feature in source.getFeatures():
        if feedback.isCanceled():
            # Half the tiles read would become "only in AFTER" and wrong patches: no output.
            raise QgsProcessingException(cancelled_text())
        values = {name: plain(feature[name]) for name in READ_FIELDS if name in names}
        states.append(tile_state(values))
    return states


def cancelled_text() -> str:
    return tr("Cancelled: the output would be incomplete, so none was written. Run the "
              "algorithm again to make it.")


def add_or_fail(algorithm, sink, feature, parameters, name):
    """Every write is checked: a feature the sink refuses (disk full, a locked file) stops the
    run instead of leaving an output that silently lacks it."""
    if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
        raise QgsProcessingException(algorithm.writeFeatureError(sink, parameters, name))


def grid_crs(tag: str, layer_crs) -> QgsCoordinateReferenceSystem:
    """The grid CRS a tile id prefix names (EPSG32633), else the layer's own CRS."""
    if tag.startswith("EPSG") and tag[4:].isdigit():
        return QgsCoordinateReferenceSystem(f"EPSG:{tag[4:]}")
    return layer_crs


def _date(iso):
    return QDate.fromString(iso, "yyyy-MM-dd") if iso else None


class _Centroids:
    """Longitude and latitude (WGS 84) of a geometry's centroid in the grid CRS."""

    def __init__(self, grid, context):
        self._transform = QgsCoordinateTransform(
            grid, QgsCoordinateReferenceSystem(WGS84), context.transformContext())

    def lon_lat(self, geometry):
        point = self._transform.transform(geometry.centroid().asPoint())
        return round(point.x(), 6), round(point.y(), 6)


def _fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, field_type(kind)))
    return fields


def _sink(algorithm, parameters, name, context, spec, grid):
    sink, destination = algorithm.parameterAsSink(
        parameters, name, context, _fields(spec), polygon_wkb_type(), grid)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    return sink, destination


def write_rows(algorithm, parameters, name, context, rows, grid) -> str:
    """One feature per compared tile (its 1 km square); returns the destination."""
    sink, destination = _sink(algorithm, parameters, name, context, ROW_FIELDS, grid)
    centroids = _Centroids(grid, context)
    for row in rows:
        geometry = QgsGeometry.fromWkt(parse_tile_id(row.tile_id).polygon_wkt())
        feature = QgsFeature(_fields(ROW_FIELDS))
        feature.setGeometry(geometry)
        feature.setAttributes([
            row.tile_id, row.label_before, row.label_after, row.transition, row.alert,
            _date(row.image_date_before), _date(row.image_date_after),
            row.prob_recently_cleared_after, row.patch_id, *centroids.lon_lat(geometry),
            row.cleared_ha, row.confidence])
        add_or_fail(algorithm, sink, feature, parameters, name)
    del sink  # closes the file before the style is stored in it
    return destination


def write_patches(algorithm, parameters, name, context, patches, grid) -> str:
    sink, destination = _sink(algorithm, parameters, name, context, PATCH_FIELDS, grid)
    centroids = _Centroids(grid, context)
    for patch in patches:
        geometry = QgsGeometry.fromWkt(patch.geometry.ExportToWkt())
        feature = QgsFeature(_fields(PATCH_FIELDS))
        feature.setGeometry(geometry)
        feature.setAttributes([
            patch.patch_id, patch.n_tiles, patch.area_ha, patch.max_prob_recently_cleared,
            _date(patch.image_date_before), _date(patch.image_date_after),
            ",".join(patch.tile_ids), *centroids.lon_lat(geometry), patch.cleared_ha,
            patch.confidence])
        add_or_fail(algorithm, sink, feature, parameters, name)
    del sink
    return destination


def write_clearings(algorithm, parameters, name, context, clearings, grid, output="") -> str:
    """One polygon per clearing; returns the destination, empty when CLEARINGS was not asked
    for. The `output` GeoPackage (OUTPUT) records it, for the review dock's outlines
    (core/alerts/outlines.py)."""
    if parameters.get(name) in (None, ""):
        return ""
    sink, destination = _sink(algorithm, parameters, name, context, CLEARING_FIELDS, grid)
    centroids = _Centroids(grid, context)
    for clearing in clearings:
        geometry = QgsGeometry.fromWkt(clearing.geometry.ExportToWkt())
        feature = QgsFeature(_fields(CLEARING_FIELDS))
        feature.setGeometry(geometry)
        feature.setAttributes([
            clearing.clearing_id, clearing.tile_id, clearing.patch_id, clearing.area_ha,
            clearing.index_before, clearing.index_after, clearing.confidence,
            clearing.overlay_ha, clearing.overlay_names, clearing.reference_overlap_ha,
            _date(clearing.image_date_before), _date(clearing.image_date_after),
            *centroids.lon_lat(geometry)])
        add_or_fail(algorithm, sink, feature, parameters, name)
    del sink
    _link(output, destination, context)
    return destination


def _link(output, clearings, context):
    """CLEARINGS_SOURCE in OUTPUT's layer metadata, when both are files."""
    paths = []
    for destination in (output, clearings):
        layer = QgsProcessingUtils.mapLayerFromString(destination, context)
        if layer is None or layer.providerType() != "ogr":
            return
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        paths.append((plain(parts.get("path")), plain(parts.get("layerName")) or ""))
    if paths[0][0] and paths[1][0]:
        record_clearings(paths[0][0], paths[1][0], paths[0][1])


EXPORTS = (("geojson", "GeoJSON"), ("kml", "KML"), ("csv", "CSV"))


def export(rows_destination, patches_destination, folder, context, clearings_destination=""):
    """The alerts (alert = 1), the patches and the clearings (when written) as GeoJSON, KML and
    CSV in WGS 84, through QGIS's own writer; returns the error texts (empty when all were
    written)."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    errors = []
    layers = [("alerts", rows_destination, True), ("patches", patches_destination, False)]
    if clearings_destination:
        layers.append(("clearings", clearings_destination, False))
    for stem, destination, only_alerts in layers:
        layer = QgsProcessingUtils.mapLayerFromString(destination, context)
        if layer is None:
            errors.append(f"{destination} could not be read for the exports.")
            continue
        if only_alerts:
            layer.selectByExpression('"alert" = 1')
        for extension, driver in EXPORTS:
            error = _write(layer, Path(folder) / f"{stem}.{extension}", driver, only_alerts,
                           context)
            if error:
                errors.append(error)
        layer.removeSelection()
    return errors


def _write(layer, path, driver, only_selected, context) -> str:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.fileEncoding = "UTF-8"
    options.onlySelectedFeatures = only_selected
    options.ct = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(WGS84),
                                        context.transformContext())
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), context.transformContext(), options)
    code, message = result[0], result[1]
    if not writer_ok(code):
        return f"{path.name} could not be written: {message}"
    return ""
