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

from .base_algorithm import DeforestationAlgorithm
from . import change_outputs
from ..core.alerts.style import ALERT_STYLE, PATCH_STYLE, patch_renderer, transition_renderer
from ..core.alerts.compare import CompareError, alert_patches, compare, grid_tag, one_date
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

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Compares two outputs of Classify deforestation on the same 1 km grid, tile by "
            "tile (the tile ids line up). Where an analyst set reviewed_label in the review "
            "dock, it overrides the model's class_label.\n\n"
            "OUTPUT: one row per tile present and classified in both, with label_before, "
            "label_after, transition (e.g. STANDING_FOREST>RECENTLY_CLEARED), alert (1 where "
            "STANDING_FOREST became RECENTLY_CLEARED or LONG_TERM_NON_FOREST), the image dates, "
            "prob_recently_cleared_after, the patch_id of alert tiles and the centroid's "
            "longitude and latitude.\n\n"
            "PATCHES: alert tiles sharing an edge dissolved into one polygon each (diagonal "
            "neighbours are separate patches), largest first: patch_id, n_tiles, area_ha (on "
            "the ground, about 100 ha a tile), max_prob_recently_cleared, the latest date the "
            "forest was seen and the earliest date it was seen gone.\n\n"
            "Without BEFORE, the RECENTLY_CLEARED tiles of AFTER are the alerts (one date).\n\n"
            "Tiles in only one layer, or without a class in either (NO_DATA, CLOUDY, ERROR "
            "without review), are counted and reported, never guessed. Layers on different "
            "grids are refused. EXPORT_FOLDER also writes the alerts and patches as GeoJSON, "
            "KML and CSV for a field team.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add(
            QgsProcessingParameterFeatureSource(
                self.BEFORE, self.tr("Tiles of the earlier date (optional)"),
                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            "An output of Classify deforestation for the earlier date. Leave empty to take "
            "the RECENTLY_CLEARED tiles of AFTER as the alerts.")
        self._add(
            QgsProcessingParameterFeatureSource(
                self.AFTER, self.tr("Tiles of the later date"),
                [QgsProcessing.SourceType.TypeVectorPolygon]),
            "An output of Classify deforestation for the later date, on the same grid.")
        self._add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Compared tiles"),
                QgsProcessing.SourceType.TypeVectorPolygon),
            "One row per compared tile (GeoPackage), styled with the alerts in red.")
        self._add(
            QgsProcessingParameterFeatureSink(
                self.PATCHES, self.tr("Alert patches"),
                QgsProcessing.SourceType.TypeVectorPolygon),
            "Edge-connected alert tiles as one polygon each, with their area on the ground.")
        self._add(
            QgsProcessingParameterFolderDestination(
                self.EXPORT_FOLDER, self.tr("Folder for GeoJSON, KML and CSV exports"),
                optional=True, createByDefault=False),
            "When set: alerts.geojson, alerts.kml, alerts.csv, patches.geojson, patches.kml "
            "and patches.csv (WGS 84; CSV with centroid longitude and latitude).")
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
        except CompareError as exc:
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
