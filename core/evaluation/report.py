"""The evaluation report of deforestation:evaluate, over plain records.

The algorithm reads the predicted and the reference label of each feature into LabelPairs and
calls write_report() once: the metrics (core/evaluation/metrics.py), the warnings about tiles left
out, the HTML report on disk and the summary in the log are made here, without QGIS.

`feedback` is anything with pushInfo and pushWarning (QgsProcessingFeedback has them).
"""
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ... import errors
from ...toolbelt.i18n import tr
from ..vocabulary import CLASSES, RECENTLY_CLEARED
from .metrics import Evaluation, evaluate, render_html


class ReportError(errors.InputError):
    """No report can be made or written; the message says what to change."""


@dataclass(frozen=True)
class LabelPairs:
    """The labels of the features read, in feature order (None for NULL), and where they came
    from (named in the warnings and at the top of the report)."""

    references: Sequence
    predictions: Sequence
    reference_field: str
    predicted_field: str
    source_name: str = ""


def write_report(pairs: LabelPairs, html_path: str, feedback) -> Evaluation:
    """The metrics of the pairs, with the report written to html_path; ReportError when no pair
    has a valid class on both sides or the report cannot be written."""
    result = evaluate(pairs.references, pairs.predictions)
    _warn_left_out(result, pairs, feedback)
    if result.evaluated == 0:
        raise ReportError(tr(
            "No tile has a valid class in both {} and {} ({} features read). Choose the fields "
            "that hold the predicted and the reference class, and label some tiles first "
            "(review dock or Hansen reference labels).").format(
                pairs.predicted_field, pairs.reference_field, len(pairs.references)))
    if result.scores(RECENTLY_CLEARED).support == 0:
        feedback.pushWarning(tr(
            "No reference tile is RECENTLY_CLEARED: its recall is undefined and reported as 0 "
            "(zero_division=0)."))
    details = [
        ("Input", pairs.source_name),
        ("Predicted field", pairs.predicted_field),
        ("Reference field", pairs.reference_field),
        ("Features read", str(len(pairs.references))),
    ]
    try:
        path = Path(html_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_html(result, details=details), encoding="utf-8")
    except OSError as exc:
        raise ReportError(tr(
            "Cannot write the report {}: {}. Choose a writable OUTPUT_HTML path.").format(
                html_path, exc)) from exc
    _log_summary(result, feedback)
    return result


def _warn_left_out(result: Evaluation, pairs: LabelPairs, feedback):
    left_out = result.left_out
    if left_out.total:
        feedback.pushWarning(tr(
            "{} tiles left out: {} without a valid {}, {} without a valid {}, {} without "
            "either.").format(left_out.total, left_out.no_reference, pairs.reference_field,
                              left_out.no_prediction, pairs.predicted_field, left_out.neither))
    if left_out.unknown_values:
        shown = ", ".join(f"{v!r} ({n})" for v, n in left_out.unknown_values[:10])
        feedback.pushWarning(
            tr("Values that are not one of {}: {}").format(", ".join(CLASSES), shown))


def _log_summary(result: Evaluation, feedback):
    feedback.pushInfo(tr(
        "{} tiles evaluated: accuracy {:.1%}, macro F1 {:.1%}, RECENTLY_CLEARED recall "
        "{:.3f}.").format(result.evaluated, result.accuracy, result.macro_f1, result.rc_recall))
    for scores in (*result.per_class, result.macro, result.weighted):
        feedback.pushInfo(
            f"{scores.name:<22} P {scores.precision:.3f}  R {scores.recall:.3f}  "
            f"F1 {scores.f1:.3f}  n {scores.support}")
