"""deforestation:alert_report — a compare output in, a PDF out: a summary page and one page
per alert patch, laid out with a QGIS print layout and its atlas (core/alerts/report_layout.py),
the pages' contents core/alerts/report.py. Parameter names are a public interface."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
)

from .base_algorithm import DeforestationAlgorithm
from .. import errors
from ..core.alerts.queue import missing_compare_fields
from ..core.alerts.report_layout import no_threading_flags, recorded_inputs, write_report
from ..core.run_settings import plugin_version


class AlertReportAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "alert_report"
    INPUT = "INPUT"
    PATCHES = "PATCHES"
    CLEARINGS = "CLEARINGS"
    BEFORE_RASTER = "BEFORE_RASTER"
    AFTER_RASTER = "AFTER_RASTER"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"

    def displayName(self):  # noqa: N802
        return self.tr("Alert report (PDF): a page per alert patch")

    def flags(self):
        # Print layouts render on the main thread (as QGIS's own atlas export algorithms).
        return no_threading_flags(super().flags())

    def initAlgorithm(self, config=None):  # noqa: N802
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self._add(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Compared tiles (output of Compare two dates)"), polygons))
        self._add(QgsProcessingParameterVectorLayer(
            self.PATCHES, self.tr("Alert patches (optional)"), polygons, optional=True))
        self._add(QgsProcessingParameterVectorLayer(
            self.CLEARINGS, self.tr("Clearings (optional)"), polygons, optional=True))
        self._add(QgsProcessingParameterRasterLayer(
            self.BEFORE_RASTER, self.tr("Image of the earlier date (optional)"), optional=True))
        self._add(QgsProcessingParameterRasterLayer(
            self.AFTER_RASTER, self.tr("Image of the later date (optional)"), optional=True))
        self._add(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Report"), self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        missing = missing_compare_fields(layer.fields().names()) if layer else ["tile_id"]
        if missing:
            raise QgsProcessingException(self.tr(
                "INPUT is not an output of Compare two dates: it lacks {}. Choose the compared "
                "tiles layer (OUTPUT of deforestation:compare).").format(", ".join(missing)))
        recorded, provenance = recorded_inputs(layer, plugin_version())
        clearings = self.parameterAsVectorLayer(parameters, self.CLEARINGS, context) or recorded
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            pages = write_report(
                layer, path, patches=self.parameterAsVectorLayer(parameters, self.PATCHES,
                                                                 context),
                clearings=clearings,
                before=self.parameterAsRasterLayer(parameters, self.BEFORE_RASTER, context),
                after=self.parameterAsRasterLayer(parameters, self.AFTER_RASTER, context),
                provenance=provenance)
        except errors.DeforestationError as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(self.tr("{} pages written to {}: a summary and {} alert patches.")
                          .format(pages, path, pages - 1))
        return {self.OUTPUT: path, self.PAGES: pages}
