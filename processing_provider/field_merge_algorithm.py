"""deforestation:field_merge — the decisions made in a field package (deforestation:field_package,
edited in QField or any mobile GIS) written into the compare output they came from, matched by
tile_id (core/alerts/field_merge.py). Written through the layer as the review dock writes
(core/alerts/store.py), so an open attribute table or edit session sees them; a later office
decision is never written over. Parameter names are a public interface."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
)

from .base_algorithm import DeforestationAlgorithm
from .. import errors
from ..core.alerts.field_merge import merge_notes, merge_plan
from ..core.alerts.field_package import is_packaged, read_field_rows
from ..core.alerts.report_layout import no_threading_flags
from ..core.alerts.store import AlertStore

try:  # QgsProcessingParameterFile.Behavior moved to Qgis.ProcessingFileParameterBehavior
    from qgis.core import Qgis
    FILE = Qgis.ProcessingFileParameterBehavior.File
except AttributeError:
    FILE = QgsProcessingParameterFile.Behavior.File


def merge(layer, gpkg: str, feedback):
    """(the merge plan, the number of decisions written)."""
    problem = AlertStore.problem(layer)
    if problem:
        raise errors.ReviewError(problem)
    store = AlertStore(layer)
    store.ensure_fields()
    office = {record.tile_id: record for record in store.records()}
    plan = merge_plan(read_field_rows(gpkg), office, packaged=is_packaged(gpkg))
    written = 0
    for record, values in plan.apply:
        if feedback.isCanceled():
            break
        store.write(record, values)  # each at once: a cancelled merge keeps what it wrote
        written += 1
    return plan, written


class FieldMergeAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "field_merge"
    INPUT = "INPUT"
    FIELD_PACKAGE = "FIELD_PACKAGE"
    MERGED = "MERGED"
    CONFLICTS = "CONFLICTS"
    UNCHANGED = "UNCHANGED"

    def displayName(self):  # noqa: N802
        return self.tr("Merge field decisions into the compare output")

    def flags(self):
        # The decisions are written through the layer, which may be the project's own
        # (open attribute tables follow): on the main thread, as the review dock writes.
        return no_threading_flags(super().flags())

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Compared tiles (output of Compare two dates), written to"),
            [QgsProcessing.SourceType.TypeVectorPolygon]))
        self._add(QgsProcessingParameterFile(
            self.FIELD_PACKAGE, self.tr("Field GeoPackage (from Field package, edited in the "
                                        "field)"), FILE, extension="gpkg"))
        for name, label in ((self.MERGED, self.tr("Field decisions written")),
                            (self.CONFLICTS, self.tr("Conflicts: the office's decision kept")),
                            (self.UNCHANGED, self.tr("Tiles unchanged in the field"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        gpkg = self.parameterAsFile(parameters, self.FIELD_PACKAGE, context)
        try:
            plan, written = merge(layer, gpkg, feedback)
        except errors.DeforestationError as exc:
            raise QgsProcessingException(str(exc)) from exc
        notes = merge_notes(plan, written)
        feedback.pushInfo(notes[0])
        for line in notes[1:]:
            feedback.pushWarning(line)
        return {self.MERGED: written, self.CONFLICTS: len(plan.conflicts),
                self.UNCHANGED: len(plan.unchanged)}
