"""Accuracy metrics for the three classes, as the model card reports them, and an HTML report.

Pure Python + numpy (no QGIS), so the numbers can be unit-tested on hand-computed matrices.

Definitions follow scikit-learn's ``classification_report(y_true, y_pred, labels=CLASSES,
zero_division=0)`` exactly:

- confusion matrix ``M[i, j]`` = tiles whose *reference* is class i and *prediction* is class j
  (reference rows, predicted columns);
- precision_c = TP / (TP + FP) (column c), recall_c = TP / (TP + FN) (row c),
  F1_c = 2 TP / (2 TP + FP + FN) (the harmonic mean of precision and recall), support_c = row sum;
- zero_division=0: a metric whose denominator is 0 is 0, never NaN. A class that no tile was
  predicted as gets precision 0; a class without support (no reference tile) gets recall 0; F1 is 0
  when TP + FP + FN = 0. Such classes still count in the macro average (sklearn does the same when
  ``labels`` lists them), which pulls it down;
- macro avg = unweighted mean over the three classes; weighted avg = mean weighted by support
  (0 when there is no support at all); accuracy = trace / total (equal to the weighted recall).
"""
import datetime
import html
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence, Tuple

import numpy as np

from ..vocabulary import CLASSES, RECENTLY_CLEARED


def normalize_label(value, classes: Sequence[str] = CLASSES) -> Optional[str]:
    """The class named by value, or None when value is NULL, empty or not a class.

    Surrounding blanks and letter case are ignored (" standing_forest" counts), nothing else.
    """
    if value is None:
        return None
    text = str(value).strip().upper()
    return text if text in classes else None


def _safe_div(num, den):
    """num / den element-wise, 0 where den is 0 (zero_division=0)."""
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    out = np.zeros(np.broadcast(num, den).shape, dtype=float)
    np.divide(num, den, out=out, where=den != 0)
    return out


def confusion_matrix(reference: Iterable[str], predicted: Iterable[str],
                     classes: Sequence[str] = CLASSES) -> np.ndarray:
    """Counts with reference rows and predicted columns, in the order of classes.

    Every value must be one of classes (filter with evaluate() or normalize_label() first).
    """
    index = {c: i for i, c in enumerate(classes)}
    matrix = np.zeros((len(classes), len(classes)), dtype=np.int64)
    reference, predicted = list(reference), list(predicted)
    if len(reference) != len(predicted):
        raise ValueError(f"{len(reference)} reference labels but {len(predicted)} predictions.")
    for ref, pred in zip(reference, predicted):
        try:
            matrix[index[ref], index[pred]] += 1
        except KeyError as exc:
            raise ValueError(f"Not one of the classes {list(classes)}: {exc.args[0]!r}") from None
    return matrix


@dataclass(frozen=True)
class Scores:
    """One row of the report: a class, or an average (support = the total)."""

    name: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class LeftOut:
    """Tiles not evaluated, by which side lacks a valid label."""

    no_reference: int = 0  # prediction valid, reference NULL/empty/unknown
    no_prediction: int = 0  # reference valid, prediction NULL/empty/unknown
    neither: int = 0  # both invalid
    unknown_values: Tuple[Tuple[str, int], ...] = ()  # unrecognised texts seen, most common first

    @property
    def total(self) -> int:
        return self.no_reference + self.no_prediction + self.neither


@dataclass(frozen=True)
class Evaluation:
    classes: Tuple[str, ...]
    matrix: np.ndarray  # reference rows, predicted columns
    per_class: Tuple[Scores, ...]
    macro: Scores
    weighted: Scores
    accuracy: float
    left_out: LeftOut = field(default_factory=LeftOut)

    @property
    def evaluated(self) -> int:
        return int(self.matrix.sum())

    @property
    def macro_f1(self) -> float:
        return self.macro.f1

    def scores(self, label: str) -> Scores:
        return self.per_class[self.classes.index(label)]

    @property
    def rc_recall(self) -> float:
        return self.scores(RECENTLY_CLEARED).recall


def scores_from_matrix(matrix, classes: Sequence[str] = CLASSES,
                       left_out: LeftOut = LeftOut()) -> Evaluation:
    """All metrics of a confusion matrix (reference rows, predicted columns)."""
    matrix = np.asarray(matrix, dtype=np.int64)
    if matrix.shape != (len(classes), len(classes)):
        raise ValueError(f"Expected a {len(classes)} x {len(classes)} matrix, got {matrix.shape}.")
    tp = np.diag(matrix).astype(float)
    support = matrix.sum(axis=1)  # reference counts
    predicted = matrix.sum(axis=0)
    fp = predicted - tp
    fn = support - tp
    precision = _safe_div(tp, predicted)
    recall = _safe_div(tp, support)
    f1 = _safe_div(2 * tp, 2 * tp + fp + fn)
    total = int(support.sum())
    per_class = tuple(
        Scores(c, float(precision[i]), float(recall[i]), float(f1[i]), int(support[i]))
        for i, c in enumerate(classes)
    )
    macro = Scores("macro avg", float(precision.mean()), float(recall.mean()),
                   float(f1.mean()), total)
    weights = support.astype(float)
    if total:
        weighted = Scores("weighted avg", float(np.average(precision, weights=weights)),
                          float(np.average(recall, weights=weights)),
                          float(np.average(f1, weights=weights)), total)
    else:
        weighted = Scores("weighted avg", 0.0, 0.0, 0.0, 0)
    accuracy = float(_safe_div(tp.sum(), total))
    return Evaluation(tuple(classes), matrix, per_class, macro, weighted, accuracy, left_out)


def evaluate(reference: Iterable, predicted: Iterable,
             classes: Sequence[str] = CLASSES) -> Evaluation:
    """Metrics over the pairs where both labels are valid; the other pairs are counted as left out.

    Values go through normalize_label(): None, empty texts and texts that are not a class make
    the pair left out.
    """
    refs, preds = [], []
    no_ref = no_pred = neither = 0
    unknown = Counter()
    reference, predicted = list(reference), list(predicted)
    if len(reference) != len(predicted):
        raise ValueError(f"{len(reference)} reference labels but {len(predicted)} predictions.")
    for raw_ref, raw_pred in zip(reference, predicted):
        ref = normalize_label(raw_ref, classes)
        pred = normalize_label(raw_pred, classes)
        for raw, norm in ((raw_ref, ref), (raw_pred, pred)):
            if norm is None and raw is not None and str(raw).strip():
                unknown[str(raw).strip()] += 1
        if ref is not None and pred is not None:
            refs.append(ref)
            preds.append(pred)
        elif ref is None and pred is None:
            neither += 1
        elif ref is None:
            no_ref += 1
        else:
            no_pred += 1
    left_out = LeftOut(no_ref, no_pred, neither, tuple(unknown.most_common()))
    return scores_from_matrix(confusion_matrix(refs, preds, classes), classes, left_out)


# --- HTML report ---------------------------------------------------------------------------------

_CSS = """
body { font-family: sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; margin: 0.6em 0 1.4em 0; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.7em; }
th { background: #eee; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.avg td { background: #f7f7f7; }
td.diag { background: #e3f1e6; font-weight: bold; }
p.note { color: #555; font-size: 0.9em; max-width: 50em; }
"""


def _num(value: float) -> str:
    return f"{value:.3f}"


def _scores_row(scores: Scores, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return (
        f"<tr{cls}><td>{html.escape(scores.name)}</td>"
        f'<td class="num">{_num(scores.precision)}</td><td class="num">{_num(scores.recall)}</td>'
        f'<td class="num">{_num(scores.f1)}</td><td class="num">{scores.support}</td></tr>'
    )


def render_html(evaluation: Evaluation, title: str = "Deforestation classifier evaluation",
                details: Sequence[Tuple[str, str]] = ()) -> str:
    """A self-contained HTML page: headline metrics, the model card's per-class table, the
    confusion matrix (reference rows, predicted columns) and the tiles left out.

    details: (name, value) pairs shown at the top (input layer, fields, ...).
    """
    ev = evaluation
    esc = html.escape
    rc = ev.scores(RECENTLY_CLEARED)
    rc_index = ev.classes.index(RECENTLY_CLEARED)
    rc_tp = int(ev.matrix[rc_index, rc_index])
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
    ]
    info = list(details) + [
        ("Generated", datetime.datetime.now().isoformat(timespec="seconds")),
    ]
    parts.append("<table>")
    parts += [f"<tr><th>{esc(k)}</th><td>{esc(str(v))}</td></tr>" for k, v in info]
    parts.append("</table>")

    parts.append("<h2>Headline</h2><table>")
    parts.append("<tr><th>Tiles evaluated</th><th>Accuracy</th><th>Macro F1</th>"
                 "<th>RC F1</th><th>RC Recall</th></tr>")
    parts.append(
        f'<tr><td class="num">{ev.evaluated}</td>'
        f'<td class="num">{ev.accuracy * 100:.1f} %</td>'
        f'<td class="num">{ev.macro_f1 * 100:.1f} %</td>'
        f'<td class="num">{_num(rc.f1)}</td>'
        f'<td class="num">{_num(rc.recall)} ({rc_tp} of {rc.support})</td></tr>'
    )
    parts.append("</table>")

    parts.append("<h2>Per-class evaluation</h2><table>")
    parts.append("<tr><th>Class</th><th>Precision</th><th>Recall</th><th>F1</th>"
                 "<th>Support</th></tr>")
    parts += [_scores_row(s) for s in ev.per_class]
    parts.append(_scores_row(ev.macro, "avg"))
    parts.append(_scores_row(ev.weighted, "avg"))
    parts.append("</table>")

    parts.append("<h2>Confusion matrix</h2><table>")
    parts.append('<tr><th rowspan="2">Reference</th>'
                 f'<th colspan="{len(ev.classes) + 1}">Predicted</th></tr><tr>')
    parts += [f"<th>{esc(c)}</th>" for c in ev.classes]
    parts.append("<th>Total</th></tr>")
    for i, ref in enumerate(ev.classes):
        row = ev.matrix[i].tolist()
        cells = "".join(
            f'<td class="num{" diag" if i == j else ""}">{n}</td>' for j, n in enumerate(row)
        )
        parts.append(f"<tr><th>{esc(ref)}</th>{cells}<td class=\"num\">{sum(row)}</td></tr>")
    cols = ev.matrix.sum(axis=0).tolist()
    parts.append("<tr><th>Total</th>" + "".join(f'<td class="num">{n}</td>' for n in cols)
                 + f'<td class="num">{ev.evaluated}</td></tr>')
    parts.append("</table>")

    lo = ev.left_out
    parts.append("<h2>Tiles left out</h2><table>")
    for name, value in (
        ("No valid reference label (prediction valid)", lo.no_reference),
        ("No valid prediction (reference valid)", lo.no_prediction),
        ("Neither label valid", lo.neither),
        ("Total left out", lo.total),
    ):
        parts.append(f'<tr><th>{esc(name)}</th><td class="num">{value}</td></tr>')
    parts.append("</table>")
    if lo.unknown_values:
        shown = ", ".join(f"{esc(repr(v))} ({n})" for v, n in lo.unknown_values[:10])
        parts.append(f'<p class="note">Values that are not one of the classes: {shown}.</p>')
    parts.append(
        '<p class="note">Definitions as scikit-learn\'s classification_report with '
        "zero_division=0: precision = TP / (TP + FP), recall = TP / (TP + FN), "
        "F1 = 2 TP / (2 TP + FP + FN); a metric whose denominator is 0 (a class never predicted, "
        "or without reference tiles) is reported as 0 and still counts in the macro average. "
        "Weighted averages are weighted by support. A tile is left out when its reference or its "
        "prediction is empty or not one of the three classes.</p>"
    )
    parts.append("</body></html>")
    return "\n".join(parts)
