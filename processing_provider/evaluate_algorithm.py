"""deforestation:evaluate — predicted vs reference labels: metrics and an HTML report.

Parameter and output names are a public interface (scripts, batch files, qgis_process): keep them.
"""
from pathlib import Path

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
)

from .base_algorithm import DeforestationAlgorithm
from ..core.evaluation.metrics import evaluate, render_html
from ..core.vocabulary import CLASSES, RECENTLY_CLEARED
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

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Compares each tile's predicted class (e.g. class_label from Classify deforestation) "
            "with a reference class (e.g. reviewed_label from the review dock, or "
            "reference_label from Hansen reference labels) and writes an HTML report laid out "
            "like the model card: per-class precision, recall, F1 and support, macro and "
            "weighted averages, accuracy, macro F1, RECENTLY_CLEARED recall, and the confusion "
            "matrix (reference rows, predicted columns).\n\n"
            "Metrics are those of scikit-learn's classification_report with zero_division=0: a "
            "class that was never predicted gets precision 0, a class with no reference tile "
            "gets recall 0, and both still count in the macro average. Numeric outputs are "
            "fractions between 0 and 1.\n\n"
            "Tiles whose reference or prediction is empty (NULL), blank or not one of "
            "STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST are left out and counted "
            "(letter case and surrounding blanks are ignored). With 'Selected features only' "
            "ticked, only the selection is evaluated."
        )

    # --- parameters -----------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802
        self._add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Tiles with predicted and reference labels"),
                [QgsProcessing.SourceType.TypeVector],
            ),
            "A layer (or table) with one feature per tile, holding a predicted class and a "
            "reference class in two text fields, e.g. the output of Classify deforestation "
            "after review or after Hansen reference labels.",
        )
        # Optional because they have defaults: qgis_process 3.22 ignores the default of a
        # mandatory field parameter (docs/QGIS_NOTES.md).
        self._add(
            QgsProcessingParameterField(
                self.PREDICTED_FIELD, self.tr("Predicted label field"),
                defaultValue="class_label", parentLayerParameterName=self.INPUT,
                optional=True,
            ),
            "Field holding the model's class. Default: class_label.",
        )
        self._add(
            QgsProcessingParameterField(
                self.REFERENCE_FIELD, self.tr("Reference label field"),
                defaultValue="reference_label", parentLayerParameterName=self.INPUT,
                optional=True,
            ),
            "Field holding the true class: reviewed_label (set in the review dock) or "
            "reference_label (from Hansen reference labels). Default: reference_label.",
        )
        self._add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("Evaluation report"),
                fileFilter=self.tr("HTML files (*.html)"),
            ),
            "The HTML report: headline metrics, the per-class table, the confusion matrix and "
            "the tiles left out.",
        )
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

        fields = source.fields()
        pred_idx = fields.lookupField(predicted_field)
        ref_idx = fields.lookupField(reference_field)
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

        result = evaluate(references, predictions)
        left_out = result.left_out
        if left_out.total:
            feedback.pushWarning(
                self.tr("{} tiles left out: {} without a valid {}, {} without a valid {}, {} "
                        "without either.").format(
                    left_out.total, left_out.no_reference, reference_field,
                    left_out.no_prediction, predicted_field, left_out.neither))
        if left_out.unknown_values:
            shown = ", ".join(f"{v!r} ({n})" for v, n in left_out.unknown_values[:10])
            feedback.pushWarning(
                self.tr("Values that are not one of {}: {}").format(", ".join(CLASSES), shown))
        if result.evaluated == 0:
            raise QgsProcessingException(
                self.tr("No tile has a valid class in both {} and {} ({} features read). Choose "
                        "the fields that hold the predicted and the reference class, and label "
                        "some tiles first (review dock or Hansen reference labels).")
                .format(predicted_field, reference_field, len(references)))
        if result.scores(RECENTLY_CLEARED).support == 0:
            feedback.pushWarning(
                self.tr("No reference tile is RECENTLY_CLEARED: its recall is undefined and "
                        "reported as 0 (zero_division=0)."))

        details = [
            ("Input", source.sourceName()),
            ("Predicted field", predicted_field),
            ("Reference field", reference_field),
            ("Features read", str(len(references))),
        ]
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        try:
            path = Path(html_path)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render_html(result, details=details), encoding="utf-8")
        except OSError as exc:
            raise QgsProcessingException(
                self.tr("Cannot write the report {}: {}. Choose a writable OUTPUT_HTML path.")
                .format(html_path, exc)) from exc

        feedback.pushInfo(
            self.tr("{} tiles evaluated: accuracy {:.1%}, macro F1 {:.1%}, RECENTLY_CLEARED "
                    "recall {:.3f}.").format(result.evaluated, result.accuracy,
                                             result.macro_f1, result.rc_recall))
        for scores in (*result.per_class, result.macro, result.weighted):
            feedback.pushInfo(
                f"{scores.name:<22} P {scores.precision:.3f}  R {scores.recall:.3f}  "
                f"F1 {scores.f1:.3f}  n {scores.support}")
        return {
            self.OUTPUT_HTML: html_path,
            self.ACCURACY: result.accuracy,
            self.MACRO_F1: result.macro_f1,
            self.RC_RECALL: result.rc_recall,
            self.EVALUATED: result.evaluated,
            self.LEFT_OUT: left_out.total,
        }

    # --- helpers --------------------------------------------------------------------------
    def _field(self, parameters, name, default, source, context) -> str:
        chosen = self.parameterAsFields(parameters, name, context)
        field = chosen[0] if chosen else default
        if source.fields().lookupField(field) < 0:
            available = ", ".join(f.name() for f in source.fields())
            raise QgsProcessingException(
                self.tr("{} '{}' is not a field of INPUT (fields: {}). Choose the field that "
                        "holds the {} class.").format(
                    name, field, available,
                    "predicted" if name == self.PREDICTED_FIELD else "reference"))
        return field
