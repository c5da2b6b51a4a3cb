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
    QgsProcessingParameterFolderDestination,
    QgsProcessingUtils,
)

from .. import errors
from .base_algorithm import DeforestationAlgorithm
from . import change_outputs
from ..core.alerts.style import ALERT_STYLE, PATCH_STYLE, patch_renderer, transition_renderer
from ..core.alerts.compare import alert_patches, compare, grid_tag, one_date
from ..core.output.layer_style import save_renderer_in_datasource
from ..core.output.post_run import store_or_warn


class CompareAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "compare"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    OUTPUT = "OUTPUT"
    PATCHES = "PATCHES"
    EXPORT_FOLDER = "EXPORT_FOLDER"
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
        self._add(QgsProcessingParameterFeatureSource(
            self.BEFORE, self.tr("Tiles of the earlier date (optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self._add(QgsProcessingParameterFeatureSource(
            self.AFTER, self.tr("Tiles of the later date"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        self._add(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Compared tiles"), QgsProcessing.SourceType.TypeVectorPolygon))
        self._add(QgsProcessingParameterFeatureSink(
            self.PATCHES, self.tr("Alert patches"), QgsProcessing.SourceType.TypeVectorPolygon))
        self._add(QgsProcessingParameterFolderDestination(
            self.EXPORT_FOLDER, self.tr("Folder for GeoJSON, KML and CSV exports"),
            optional=True, createByDefault=False))
        for name, label in ((self.ALERTS, self.tr("Alert tiles")),
                            (self.PATCH_COUNT, self.tr("Patches")),
                            (self.COMPARED, self.tr("Tiles compared")),
                            (self.ONLY_BEFORE, self.tr("Tiles only in BEFORE")),
                            (self.ONLY_AFTER, self.tr("Tiles only in AFTER")),
                            (self.UNCLASSIFIED,
                             self.tr("Tiles without a class in one of the dates"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        after_source = self.parameterAsSource(parameters, self.AFTER, context)
        if after_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AFTER))
        before_source = self.parameterAsSource(parameters, self.BEFORE, context)
        after = change_outputs.read_states(after_source, feedback)
        try:
            grid = change_outputs.grid_crs(grid_tag(after, "AFTER"), after_source.sourceCrs())
            if before_source is not None:
                before = change_outputs.read_states(before_source, feedback)
                comparison = compare(before, after)
            else:
                comparison = one_date(after)
            patches = alert_patches(comparison, grid.toWkt())
        except errors.DeforestationError as exc:  # what the user can fix
            raise QgsProcessingException(str(exc)) from exc
        rows = comparison.changes
        counts = {self.ONLY_BEFORE: comparison.only_before,
                  self.ONLY_AFTER: comparison.only_after,
                  self.UNCLASSIFIED: comparison.unclassified}
        output = change_outputs.write_rows(self, parameters, self.OUTPUT, context, rows, grid)
        patch_out = change_outputs.write_patches(self, parameters, self.PATCHES, context,
                                                 patches, grid)
        self._styles = {output: (transition_renderer, ALERT_STYLE, "Deforestation alerts"),
                        patch_out: (patch_renderer, PATCH_STYLE, "Deforestation patches")}
        alerts = sum(1 for r in rows if r.alert)
        feedback.pushInfo(self.tr(
            "{} tiles compared, {} alerts in {} patches; {} only in BEFORE, {} only in AFTER, "
            "{} without a class in one of the dates (not guessed).").format(
                len(rows), alerts, len(patches), counts[self.ONLY_BEFORE],
                counts[self.ONLY_AFTER], counts[self.UNCLASSIFIED]))
        folder = self.parameterAsFileOutput(parameters, self.EXPORT_FOLDER, context) \
            if parameters.get(self.EXPORT_FOLDER) not in (None, "") else ""
        if folder:
            for error in change_outputs.export(output, patch_out, folder, context):
                feedback.pushWarning(error)
        return {self.OUTPUT: output, self.PATCHES: patch_out, self.ALERTS: alerts,
                self.PATCH_COUNT: len(patches), self.COMPARED: len(rows), **counts}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Store each output's style inside its GeoPackage."""
        for destination, (renderer, name, description) in self._styles.items():
            layer = QgsProcessingUtils.mapLayerFromString(destination, context)
            if layer is None:
                continue
            store_or_warn(feedback, self.tr("The style could not be saved: {}"),
                          lambda: save_renderer_in_datasource(layer, renderer(), name,
                                                              description))
        return {}
