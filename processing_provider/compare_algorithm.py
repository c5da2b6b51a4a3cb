"""deforestation:compare — two classifications of the same grid in, alerts and patches out.

Parameter, output and field names are a public interface (scripts, batch files,
qgis_process): keep them. The logic is core/alerts/compare.py; this file reads the layers and writes
the outputs (change_outputs.py).
"""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from .base_algorithm import DeforestationAlgorithm
from . import change_inputs, change_outputs
from .keep_decisions import keep_decisions
from ..core.alerts.compare import summary_text
from ..core.alerts.delineation import DEFAULT_MIN_AREA_HA, find_clearings
from ..core.alerts.style import (
    ALERT_STYLE, CLEARING_STYLE, PATCH_STYLE, clearing_renderer, patch_renderer,
    transition_renderer)
from ..core.alerts.tiers import clearing_summary
from ..core.imagery.raster_tiles import RasterError
from ..core.output.fields import CLASS_LABEL, IMAGE_DATE, LABEL_BEFORE, TILE_ID
from ..core.output.layer_style import save_renderer_in_datasource
from ..core.output.post_run import store_or_warn


def dated_classifications():
    """The project's classify outputs' layer ids, earliest imagery first (by their latest
    image_date): the Toolbox dialog (which builds the algorithm anew each time it opens) then
    offers the latest as AFTER, not whatever layer is active. BEFORE gets no default: a default
    also fills a script's omitted parameter, and a compare without BEFORE is a one-date run."""
    dated = []
    for layer in QgsProject.instance().mapLayers().values():
        fields = layer.fields().names() if isinstance(layer, QgsVectorLayer) else []
        if {TILE_ID, CLASS_LABEL, IMAGE_DATE} <= set(fields) and LABEL_BEFORE not in fields:
            latest = layer.maximumValue(fields.index(IMAGE_DATE))  # QDate(Time), text or NULL
            text = latest.toString("yyyy-MM-dd") if hasattr(latest, "toString") else \
                str(latest or "").replace("/", "-")
            dated.append((text, layer.name(), layer.id()))
    return [layer_id for _date, _name, layer_id in sorted(dated)]


class CompareAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "compare"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    OUTPUT = "OUTPUT"
    PATCHES = "PATCHES"
    EXPORT_FOLDER = "EXPORT_FOLDER"
    BEFORE_RASTER = "BEFORE_RASTER"
    AFTER_RASTER = "AFTER_RASTER"
    MIN_AREA_HA = "MIN_AREA_HA"
    OVERLAY = "OVERLAY"
    OVERLAY_FIELD = "OVERLAY_FIELD"
    REFERENCE_ALERTS = "REFERENCE_ALERTS"
    CLEARINGS = "CLEARINGS"
    CLEARING_COUNT = "CLEARING_COUNT"
    ALERTS = "ALERTS"
    PATCH_COUNT = "PATCH_COUNT"
    COMPARED = "COMPARED"
    ONLY_BEFORE = "ONLY_BEFORE"
    ONLY_AFTER = "ONLY_AFTER"
    UNCLASSIFIED = "UNCLASSIFIED"

    def __init__(self):
        super().__init__()
        self._styles = {}

    def displayName(self):  # noqa: N802
        return self.tr("Compare two dates: deforestation alerts and patches")

    def initAlgorithm(self, config=None):  # noqa: N802
        # Each parameter's help text is in help.py (the table of every algorithm's help).
        dated = dated_classifications()
        self._add(QgsProcessingParameterFeatureSource(
            self.BEFORE, self.tr("Tiles of the earlier date (optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self._add(QgsProcessingParameterFeatureSource(
            self.AFTER, self.tr("Tiles of the later date"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            defaultValue=dated[-1] if dated else None))
        self._add(QgsProcessingParameterRasterLayer(
            self.BEFORE_RASTER, self.tr("Image of the earlier date (optional)"), optional=True))
        self._add(QgsProcessingParameterRasterLayer(
            self.AFTER_RASTER, self.tr("Image of the later date (optional)"), optional=True))
        self._add(QgsProcessingParameterNumber(
            self.MIN_AREA_HA, self.tr("Minimum clearing area (ha)"),
            QgsProcessingParameterNumber.Type.Double, DEFAULT_MIN_AREA_HA, minValue=0.0))
        self._add(QgsProcessingParameterFeatureSource(
            self.OVERLAY, self.tr("Overlay: protected areas, properties, concessions (optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self._add(QgsProcessingParameterField(
            self.OVERLAY_FIELD, self.tr("Overlay field naming each polygon"),
            parentLayerParameterName=self.OVERLAY, optional=True))
        self._add(QgsProcessingParameterMapLayer(
            self.REFERENCE_ALERTS, self.tr("Reference alerts of another system (optional)"),
            optional=True, types=[QgsProcessing.SourceType.TypeVectorPolygon,
                                  QgsProcessing.SourceType.TypeRaster]))
        self._add(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Compared tiles"), QgsProcessing.SourceType.TypeVectorPolygon))
        self._add(QgsProcessingParameterFeatureSink(
            self.PATCHES, self.tr("Alert patches"), QgsProcessing.SourceType.TypeVectorPolygon))
        self._add(QgsProcessingParameterFeatureSink(
            self.CLEARINGS, self.tr("Clearings"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True, createByDefault=True))
        self._add(QgsProcessingParameterFolderDestination(
            self.EXPORT_FOLDER, self.tr("Folder for GeoJSON, KML and CSV exports"),
            optional=True, createByDefault=False))
        for name, label in ((self.ALERTS, self.tr("Alert tiles")),
                            (self.PATCH_COUNT, self.tr("Patches")),
                            (self.CLEARING_COUNT, self.tr("Clearings")),
                            (self.COMPARED, self.tr("Tiles compared")),
                            (self.ONLY_BEFORE, self.tr("Tiles only in BEFORE")),
                            (self.ONLY_AFTER, self.tr("Tiles only in AFTER")),
                            (self.UNCLASSIFIED,
                             self.tr("Tiles without a class in one of the dates"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        inputs = change_inputs.read_comparison(self, parameters, context, feedback)
        comparison, patches, grid = inputs.comparison, inputs.patches, inputs.grid
        request = change_inputs.clearing_request(self, parameters, context, feedback, inputs)
        clearings = []
        if request is not None:
            try:
                clearings = find_clearings(request, comparison, patches, inputs.grid_crs,
                                           feedback.isCanceled).clearings
            except RasterError as exc:
                raise QgsProcessingException(str(exc)) from exc
        rows = comparison.changes
        counts = {self.ONLY_BEFORE: comparison.only_before,
                  self.ONLY_AFTER: comparison.only_after,
                  self.UNCLASSIFIED: comparison.unclassified}
        output = keep_decisions(self, parameters, context, inputs.notes, lambda: change_outputs
                                .write_rows(self, parameters, self.OUTPUT, context, rows, grid))
        patch_out = change_outputs.write_patches(self, parameters, self.PATCHES, context,
                                                 patches, grid)
        clearing_out = change_outputs.write_clearings(self, parameters, self.CLEARINGS, context,
                                                      clearings, grid, output)
        self._styles = {output: (transition_renderer, ALERT_STYLE, "Deforestation alerts"),
                        patch_out: (patch_renderer, PATCH_STYLE, "Deforestation patches"),
                        clearing_out: (clearing_renderer, CLEARING_STYLE, "Clearings")}
        alerts = sum(1 for r in rows if r.alert)
        feedback.pushInfo(summary_text(comparison, patches))
        for line in inputs.notes + ([clearing_summary(clearings, rows)] if request else []):
            feedback.pushInfo(line)
        folder = self.parameterAsFileOutput(parameters, self.EXPORT_FOLDER, context) \
            if parameters.get(self.EXPORT_FOLDER) not in (None, "") else ""
        for error in (change_outputs.export(output, patch_out, folder, context, clearing_out)
                      if folder else []):
            feedback.pushWarning(error)
        return {self.OUTPUT: output, self.PATCHES: patch_out, self.CLEARINGS: clearing_out or None,
                self.ALERTS: alerts, self.PATCH_COUNT: len(patches),
                self.CLEARING_COUNT: len(clearings), self.COMPARED: len(rows), **counts}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Store each output's style inside its GeoPackage."""
        for destination, (renderer, name, description) in self._styles.items():
            if not destination:
                continue
            layer = QgsProcessingUtils.mapLayerFromString(destination, context)
            if layer is None:
                continue
            store_or_warn(feedback, self.tr("The style could not be saved: {}"),
                          lambda: save_renderer_in_datasource(layer, renderer(), name,
                                                              description))
        return {}
