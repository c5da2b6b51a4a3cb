"""deforestation:relabel — labels re-derived from the stored probabilities for another
RC_THRESHOLD, without the model, in seconds. Names are a public interface: keep them."""
from qgis.core import (
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
)

from .change_outputs import add_or_fail, cancelled_text
from .base_algorithm import DeforestationAlgorithm
from .keep_decisions import keep_decisions
from ..core.output.fields import CLASS_LABEL, CONFIDENCE, PROB_FIELDS, STATUS
from ..core.output.layer_style import save_style_in_datasource
from ..core.output.post_run import store_or_warn
from ..core.vocabulary import CLASSIFIED, RECENTLY_CLEARED, has_probabilities, threshold_label
from ..toolbelt.qgis_values import plain


class RelabelAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "relabel"
    INPUT = "INPUT"
    RC_THRESHOLD = "RC_THRESHOLD"
    OUTPUT = "OUTPUT"
    CHANGED = "CHANGED"
    RECENTLY_CLEARED_ADDED = "RECENTLY_CLEARED_ADDED"
    RECENTLY_CLEARED_TOTAL = "RECENTLY_CLEARED_TOTAL"
    WITHOUT_PROBABILITIES = "WITHOUT_PROBABILITIES"

    def __init__(self):
        super().__init__()
        self._dest = None
        self._counts = {}

    def displayName(self):  # noqa: N802
        return self.tr("Relabel tiles for another RECENTLY_CLEARED threshold")

    def initAlgorithm(self, config=None):  # noqa: N802
        # Each parameter's help text is in help.py (the table of every algorithm's help).
        self._add(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Classified tiles"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self._add(QgsProcessingParameterNumber(
            self.RC_THRESHOLD, self.tr("RECENTLY_CLEARED probability threshold"),
            type=QgsProcessingParameterNumber.Type.Double, minValue=0.0, maxValue=1.0,
            defaultValue=0.5, optional=True))
        self._add(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Relabelled tiles"), QgsProcessing.SourceType.TypeVectorPolygon))
        for name, label in ((self.CHANGED, self.tr("Tiles whose label changed")),
                            (self.RECENTLY_CLEARED_ADDED, self.tr("Tiles newly RECENTLY_CLEARED")),
                            (self.RECENTLY_CLEARED_TOTAL, self.tr("RECENTLY_CLEARED tiles")),
                            (self.WITHOUT_PROBABILITIES, self.tr("Classified tiles without "
                                                                 "probabilities"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        missing = [f for f in (CLASS_LABEL, STATUS, *PROB_FIELDS.values()) if f not in names]
        if missing:
            raise QgsProcessingException(self.tr(
                "INPUT lacks the fields {}: use an output of Classify deforestation.")
                .format(", ".join(missing)))
        threshold = self.parameterAsDouble(parameters, self.RC_THRESHOLD, context)
        notes = []
        self._dest = keep_decisions(self, parameters, context, notes, lambda: self._write(
            source, threshold, feedback, parameters, context))
        counts = self._counts
        for note in notes:
            feedback.pushInfo(note)
        feedback.pushInfo(self.tr(
            "RC_THRESHOLD {}: {} labels changed, {} tiles newly RECENTLY_CLEARED ({} in all); "
            "{} classified tiles without probabilities kept their label.").format(
                threshold, counts[self.CHANGED], counts[self.RECENTLY_CLEARED_ADDED],
                counts[self.RECENTLY_CLEARED_TOTAL], counts[self.WITHOUT_PROBABILITIES]))
        return {self.OUTPUT: self._dest, **counts}

    def _write(self, source, threshold, feedback, parameters, context) -> str:
        """OUTPUT written relabelled (the counts in self._counts); its destination."""
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT, context,
                                                 source.fields(), source.wkbType(),
                                                 source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        self._counts = self._relabel_all(source, sink, threshold, feedback, parameters)
        del sink
        return destination

    def _relabel_all(self, source, sink, threshold, feedback, parameters) -> dict:
        """Every tile written relabelled, each write checked; a cancel leaves no output that
        looks whole."""
        counts = dict.fromkeys((self.CHANGED, self.RECENTLY_CLEARED_ADDED,
                                self.RECENTLY_CLEARED_TOTAL, self.WITHOUT_PROBABILITIES), 0)
        total = source.featureCount() or 1
        for number, feature in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                raise QgsProcessingException(cancelled_text())
            add_or_fail(self, sink, self._relabelled(feature, threshold, counts), parameters,
                        self.OUTPUT)
            feedback.setProgress(100.0 * (number + 1) / total)
        return counts

    def _relabelled(self, feature, threshold, counts) -> QgsFeature:
        old = plain(feature[CLASS_LABEL])
        copy = QgsFeature(feature)
        if plain(feature[STATUS]) == CLASSIFIED:
            probs = {label: plain(feature[name]) for label, name in PROB_FIELDS.items()}
            new = threshold_label(old, probs, threshold)
            if not has_probabilities(probs):
                counts[self.WITHOUT_PROBABILITIES] += 1
            elif new != old:
                copy[CLASS_LABEL] = new
                copy[CONFIDENCE] = probs[new]
                counts[self.CHANGED] += 1
                counts[self.RECENTLY_CLEARED_ADDED] += int(new == RECENTLY_CLEARED)
        if copy[CLASS_LABEL] == RECENTLY_CLEARED:
            counts[self.RECENTLY_CLEARED_TOTAL] += 1
        return copy

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        if self._dest:
            layer = QgsProcessingUtils.mapLayerFromString(self._dest, context)
            if layer is not None:
                store_or_warn(feedback, self.tr("The style could not be saved: {}"),
                              lambda: save_style_in_datasource(layer))
        return {}
