"""deforestation:evaluate — predicted vs reference labels: metrics and an HTML report.

Parameter and output names are a public interface (scripts, batch files, qgis_process): keep them.
"""
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
)

from .. import errors
from .base_algorithm import DeforestationAlgorithm
from ..core.evaluation.report import LabelPairs, write_report
from ..toolbelt.qgis_values import plain


class EvaluateAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "evaluate"
    INPUT = "INPUT"
    PREDICTED_FIELD = "PREDICTED_FIELD"
    REFERENCE_FIELD = "REFERENCE_FIELD"
    OUTPUT_HTML = "OUTPUT_HTML"
    ACCURACY = "ACCURACY"
    MACRO_F1 = "MACRO_F1"
    RC_RECALL = "RC_RECALL"
    EVALUATED = "EVALUATED"
    LEFT_OUT = "LEFT_OUT"

    # --- identity -------------------------------------------------------------------------
    def displayName(self):  # noqa: N802
        return self.tr("Evaluate classified tiles against reference labels")

    # --- parameters -----------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802
        # Each parameter's help text is in help.py (the table of every algorithm's help).
        self._add(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Tiles with predicted and reference labels"),
            [QgsProcessing.SourceType.TypeVector]))
        # Optional because they have defaults: qgis_process 3.22 ignores the default of a
        # mandatory field parameter (docs/QGIS_NOTES.md).
        self._add(QgsProcessingParameterField(
            self.PREDICTED_FIELD, self.tr("Predicted label field"), defaultValue="class_label",
            parentLayerParameterName=self.INPUT, optional=True))
        self._add(QgsProcessingParameterField(
            self.REFERENCE_FIELD, self.tr("Reference label field"),
            defaultValue="reference_label", parentLayerParameterName=self.INPUT, optional=True))
        self._add(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Evaluation report"),
            fileFilter=self.tr("HTML files (*.html)")))
        for name, label in (
            (self.ACCURACY, self.tr("Accuracy")),
            (self.MACRO_F1, self.tr("Macro F1")),
            (self.RC_RECALL, self.tr("RECENTLY_CLEARED recall")),
            (self.EVALUATED, self.tr("Tiles evaluated")),
            (self.LEFT_OUT, self.tr("Tiles left out")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # --- run ------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        predicted_field = self._field(parameters, self.PREDICTED_FIELD, "class_label", source,
                                      context)
        reference_field = self._field(parameters, self.REFERENCE_FIELD, "reference_label",
                                      source, context)
        if predicted_field == reference_field:
            raise QgsProcessingException(
                self.tr("PREDICTED_FIELD and REFERENCE_FIELD are both '{}'; choose the field with "
                        "the model's class and the field with the true class.")
                .format(predicted_field))
        references, predictions = self._labels(source, reference_field, predicted_field,
                                               feedback)
        pairs = LabelPairs(references, predictions, reference_field, predicted_field,
                           source.sourceName())
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        try:
            result = write_report(pairs, html_path, feedback)
        except errors.DeforestationError as exc:  # what the user can fix
            raise QgsProcessingException(str(exc)) from exc
        return {
            self.OUTPUT_HTML: html_path,
            self.ACCURACY: result.accuracy,
            self.MACRO_F1: result.macro_f1,
            self.RC_RECALL: result.rc_recall,
            self.EVALUATED: result.evaluated,
            self.LEFT_OUT: result.left_out.total,
        }

    # --- helpers --------------------------------------------------------------------------
    def _labels(self, source, reference_field, predicted_field, feedback):
        """(references, predictions): the two fields' plain values (None for NULL), in feature
        order, read without geometries."""
        fields = source.fields()
        ref_idx = fields.lookupField(reference_field)
        pred_idx = fields.lookupField(predicted_field)
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes([pred_idx, ref_idx])
        total = source.featureCount()
        step = 100.0 / total if total > 0 else 0
        references, predictions = [], []
        for i, feature in enumerate(source.getFeatures(request)):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled."))
            references.append(plain(feature.attribute(ref_idx)))
            predictions.append(plain(feature.attribute(pred_idx)))
            feedback.setProgress(int(i * step))
        return references, predictions

    def _field(self, parameters, name, default, source, context) -> str:
        # QGIS 3.40 deprecates parameterAsFields() for parameterAsStrings() (3.32 and later);
        # 3.22 has only the former.
        as_strings = getattr(self, "parameterAsStrings", None) or self.parameterAsFields
        chosen = as_strings(parameters, name, context)
        field = chosen[0] if chosen else default
        if source.fields().lookupField(field) < 0:
            available = ", ".join(f.name() for f in source.fields())
            raise QgsProcessingException(
                self.tr("{} '{}' is not a field of INPUT (fields: {}). Choose the field that "
                        "holds the {} class.").format(
                    name, field, available,
                    "predicted" if name == self.PREDICTED_FIELD else "reference"))
        return field
