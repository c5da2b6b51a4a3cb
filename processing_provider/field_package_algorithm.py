"""deforestation:field_package — a compare output in, a folder out that QField (or any mobile
GIS) opens offline: a GeoPackage of the tiles under review and their clearings, the before and
after chips of each tile as PNG attachments, and a .qgz with the review form
(core/alerts/field_package.py, field_project.py). Decisions made in it come back with
deforestation:field_merge. Parameter names are a public interface."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
)

from .base_algorithm import DeforestationAlgorithm
from .field_project import write_project
from .. import errors
from ..core.alerts.field_package import AFTER, BEFORE, write_package
from ..core.alerts.queue import missing_compare_fields
from ..core.alerts.report_layout import recorded_inputs
from ..core.review.chip_source import ChipRenderer
from ..core.review.store import PROPERTY_RASTER, role_key
from ..core.run_settings import plugin_version
from ..toolbelt.qgis_values import plain


def ogr_parts(layer):
    """(the file, the layer name or None) of an OGR layer; (None, None) for any other."""
    if layer is None or layer.providerType() != "ogr":
        return None, None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return plain(parts.get("path")) or None, plain(parts.get("layerName")) or None


def renderer(raster, layer, role):
    """The chip renderer of one date: the raster given, else the one the review remembered
    for this layer in the project (core/review/store.py; a local file only); None when
    neither."""
    if raster is not None:
        return ChipRenderer(raster.source(), layer.crs().toWkt(), recorded=False)
    remembered = str(layer.customProperty(role_key(PROPERTY_RASTER, role), "") or "")
    return ChipRenderer(remembered, layer.crs().toWkt()) if remembered else None


class FieldPackageAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "field_package"
    INPUT = "INPUT"
    CLEARINGS = "CLEARINGS"
    BEFORE_RASTER = "BEFORE_RASTER"
    AFTER_RASTER = "AFTER_RASTER"
    OUTPUT = "OUTPUT"
    GEOPACKAGE = "GEOPACKAGE"
    PROJECT = "PROJECT"
    TILES = "TILES"
    CHIPS = "CHIPS"

    def displayName(self):  # noqa: N802
        return self.tr("Field package for QField: alerts, chips and the review form")

    def initAlgorithm(self, config=None):  # noqa: N802
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self._add(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Compared tiles (output of Compare two dates)"), polygons))
        self._add(QgsProcessingParameterVectorLayer(
            self.CLEARINGS, self.tr("Clearings (optional)"), polygons, optional=True))
        self._add(QgsProcessingParameterRasterLayer(
            self.BEFORE_RASTER, self.tr("Image of the earlier date (optional)"), optional=True))
        self._add(QgsProcessingParameterRasterLayer(
            self.AFTER_RASTER, self.tr("Image of the later date (optional)"), optional=True))
        self._add(QgsProcessingParameterFolderDestination(
            self.OUTPUT, self.tr("Field package folder")))
        self.addOutput(QgsProcessingOutputFile(self.GEOPACKAGE, self.tr("Field GeoPackage")))
        self.addOutput(QgsProcessingOutputFile(self.PROJECT, self.tr("Field project")))
        self.addOutput(QgsProcessingOutputNumber(self.TILES, self.tr("Tiles in the package")))
        self.addOutput(QgsProcessingOutputNumber(self.CHIPS, self.tr("Chips attached")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        path, name = ogr_parts(layer)
        missing = missing_compare_fields(layer.fields().names()) if layer else ["tile_id"]
        if missing or not path:
            raise QgsProcessingException(self.tr(
                "INPUT must be the compared tiles GeoPackage (OUTPUT of deforestation:compare); "
                "this layer lacks {}.").format(", ".join(missing) or self.tr("a file")))
        clearings = self.parameterAsVectorLayer(parameters, self.CLEARINGS, context) \
            or recorded_inputs(layer, plugin_version())[0]
        clearings_path, clearings_name = ogr_parts(clearings)
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            renderers = {role: renderer(self.parameterAsRasterLayer(parameters, key, context),
                                        layer, role)
                         for role, key in ((BEFORE, self.BEFORE_RASTER),
                                           (AFTER, self.AFTER_RASTER))}
            package = write_package(path, name, folder, renderers, layer.crs().toWkt(),
                                    clearings_path, clearings_name, feedback.isCanceled)
            project = write_project(folder, bool(clearings_path))
        except (errors.DeforestationError, RuntimeError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        for line in package.notes:
            feedback.pushWarning(line)
        feedback.pushInfo(self.tr("{} tiles, {} clearings and {} chips packaged in {}: open {} "
                                  "in QField.").format(package.tiles, package.clearings,
                                                       package.chips, folder, project))
        return {self.OUTPUT: folder, self.GEOPACKAGE: package.gpkg, self.PROJECT: project,
                self.TILES: package.tiles, self.CHIPS: package.chips}
