"""Accuracy metrics against hand-computed confusion matrices (sklearn's definitions, by hand)."""
import numpy as np
import pytest

from deforestation_classifier.core.evaluation.metrics import (
    LeftOut,
    confusion_matrix,
    evaluate,
    normalize_label,
    render_html,
    scores_from_matrix,
)
from deforestation_classifier.core.vocabulary import CLASSES

SF, RC, LT = CLASSES  # STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST


def sklearn_by_hand(matrix):
    """classification_report(labels=CLASSES, zero_division=0), written out per class.

    precision = TP/(TP+FP) or 0, recall = TP/(TP+FN) or 0,
    F1 = 2PR/(P+R) or 0 (equal to 2TP/(2TP+FP+FN) whenever it is defined).
    """
    m = [list(map(int, row)) for row in matrix]
    n = len(m)
    rows = []
    for c in range(n):
        tp = m[c][c]
        pred = sum(m[r][c] for r in range(n))
        sup = sum(m[c])
        p = tp / pred if pred else 0.0
        r = tp / sup if sup else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append((p, r, f, sup))
    total = sum(r[3] for r in rows)
    macro = tuple(sum(r[i] for r in rows) / n for i in range(3))
    weighted = tuple(sum(r[i] * r[3] for r in rows) / total if total else 0.0 for i in range(3))
    accuracy = sum(m[c][c] for c in range(n)) / total if total else 0.0
    return rows, macro, weighted, accuracy


def assert_matches_sklearn(ev, matrix):
    rows, macro, weighted, accuracy = sklearn_by_hand(matrix)
    for scores, (p, r, f, s) in zip(ev.per_class, rows):
        assert (scores.precision, scores.recall, scores.f1, scores.support) == pytest.approx(
            (p, r, f, s), abs=1e-12)
    assert (ev.macro.precision, ev.macro.recall, ev.macro.f1) == pytest.approx(macro, abs=1e-12)
    assert (ev.weighted.precision, ev.weighted.recall, ev.weighted.f1) == pytest.approx(
        weighted, abs=1e-12)
    assert ev.accuracy == pytest.approx(accuracy, abs=1e-12)


def pairs_from_matrix(matrix):
    refs, preds = [], []
    for i, ref in enumerate(CLASSES):
        for j, pred in enumerate(CLASSES):
            refs += [ref] * int(matrix[i][j])
            preds += [pred] * int(matrix[i][j])
    return refs, preds


def test_confusion_matrix_has_reference_rows_and_predicted_columns():
    refs = [SF, SF, SF, RC, LT, LT]
    preds = [SF, RC, LT, RC, LT, SF]
    m = confusion_matrix(refs, preds)
    assert m.tolist() == [[1, 1, 1], [0, 1, 0], [1, 0, 1]]
    with pytest.raises(ValueError):
        confusion_matrix([SF], ["FOREST"])


def test_small_matrix_by_hand():
    # reference rows SF, RC, LT; predicted columns SF, RC, LT
    m = [[4, 1, 0],
         [1, 2, 1],
         [0, 2, 9]]
    ev = evaluate(*pairs_from_matrix(m))
    assert ev.matrix.tolist() == m
    # SF: TP 4, predicted 5, support 5 -> P 0.8, R 0.8, F1 0.8
    # RC: TP 2, predicted 5, support 4 -> P 0.4, R 0.5, F1 2*.4*.5/.9 = 4/9
    # LT: TP 9, predicted 10, support 11 -> P 0.9, R 9/11, F1 18/21 = 6/7
    sf, rc, lt = ev.per_class
    assert (sf.precision, sf.recall, sf.f1, sf.support) == pytest.approx((0.8, 0.8, 0.8, 5))
    assert (rc.precision, rc.recall, rc.f1, rc.support) == pytest.approx((0.4, 0.5, 4 / 9, 4))
    assert (lt.precision, lt.recall, lt.f1, lt.support) == pytest.approx((0.9, 9 / 11, 6 / 7, 11))
    assert ev.accuracy == pytest.approx(15 / 20)
    assert ev.macro_f1 == pytest.approx((0.8 + 4 / 9 + 6 / 7) / 3)
    assert ev.rc_recall == pytest.approx(0.5)
    assert ev.weighted.recall == pytest.approx(ev.accuracy)  # always so for single-label data
    assert ev.weighted.f1 == pytest.approx((0.8 * 5 + 4 / 9 * 4 + 6 / 7 * 11) / 20)
    assert ev.macro.support == ev.weighted.support == ev.evaluated == 20
    assert_matches_sklearn(ev, m)


def test_class_without_support_and_without_predictions_scores_zero():
    # No RECENTLY_CLEARED anywhere: sklearn (zero_division=0) gives it P = R = F1 = 0 and still
    # averages it into the macro scores.
    m = [[3, 0, 1],
         [0, 0, 0],
         [2, 0, 4]]
    ev = scores_from_matrix(m)
    rc = ev.scores(RC)
    assert (rc.precision, rc.recall, rc.f1, rc.support) == (0.0, 0.0, 0.0, 0)
    assert ev.rc_recall == 0.0
    sf_f1 = 2 * (3 / 5) * (3 / 4) / (3 / 5 + 3 / 4)
    lt_f1 = 2 * (4 / 5) * (4 / 6) / (4 / 5 + 4 / 6)
    assert ev.macro_f1 == pytest.approx((sf_f1 + 0 + lt_f1) / 3)
    # weighted: RC has weight 0, so it does not pull the weighted average down
    assert ev.weighted.f1 == pytest.approx((sf_f1 * 4 + lt_f1 * 6) / 10)
    assert ev.accuracy == pytest.approx(0.7)
    assert not np.isnan([ev.macro.precision, ev.macro.recall, ev.macro.f1]).any()
    assert_matches_sklearn(ev, m)


def test_class_with_support_but_never_predicted_and_class_predicted_without_support():
    # RC has 2 reference tiles, never predicted: precision 0 (0/0), recall 0.
    # LT is predicted 3 times but has no reference tile: precision 0, recall 0 (0/0).
    m = [[5, 0, 1],
         [0, 0, 2],
         [0, 0, 0]]
    ev = scores_from_matrix(m)
    rc, lt = ev.scores(RC), ev.scores(LT)
    assert (rc.precision, rc.recall, rc.f1, rc.support) == (0.0, 0.0, 0.0, 2)
    assert (lt.precision, lt.recall, lt.f1, lt.support) == (0.0, 0.0, 0.0, 0)
    assert ev.scores(SF).f1 == pytest.approx(2 * 1 * (5 / 6) / (1 + 5 / 6))
    assert_matches_sklearn(ev, m)


def test_model_card_table_is_reproduced():
    # A matrix consistent with the card's per-class table (Cambodia test, 996 tiles):
    # supports 340/12/644, recalls .885/.833/.863, precisions .865/.118/.988.
    m = [[301, 32, 7],
         [2, 10, 0],
         [45, 43, 556]]
    ev = scores_from_matrix(m)
    card = {SF: (0.865, 0.885, 0.875, 340), RC: (0.118, 0.833, 0.207, 12),
            LT: (0.988, 0.863, 0.921, 644)}
    for s in ev.per_class:
        p, r, f, sup = card[s.name]
        assert s.support == sup
        assert round(s.precision, 3) == p and round(s.recall, 3) == r
        # The card prints RC F1 0.207 (from rounded P and R); exactly it is 20/97 = 0.2062.
        assert s.f1 == pytest.approx(f, abs=1e-3)
    assert round(ev.accuracy, 3) == 0.870
    assert ev.rc_recall == pytest.approx(10 / 12)
    # The card's averages look computed from its rounded rows: within 0.001 of the exact ones.
    assert (ev.macro.precision, ev.macro.recall) == pytest.approx((0.657, 0.860), abs=1e-3)
    assert ev.macro_f1 == pytest.approx(0.668, abs=1e-3)
    assert round(ev.weighted.recall, 3) == 0.870
    # The card's weighted precision 0.929 and F1 0.890 are not the support-weighted means of its
    # own rows ((.865*340 + .118*12 + .988*644) / 996 = 0.935; F1: 0.897), so they are not
    # asserted; sklearn's weighted avg is what we compute.
    assert ev.weighted.precision == pytest.approx(0.935, abs=1e-3)
    assert ev.weighted.f1 == pytest.approx(0.897, abs=1e-3)
    assert_matches_sklearn(ev, m)


def test_invalid_labels_are_left_out_and_counted():
    refs = [SF, None, "", "  ", "forest", RC, " recently_cleared ", LT, None]
    preds = [SF, SF, RC, None, LT, None, RC, "NULL", "?"]
    ev = evaluate(refs, preds)
    # evaluated: (SF, SF) and (RC, RC) after normalising blanks and case
    assert ev.evaluated == 2 and ev.accuracy == 1.0
    lo = ev.left_out
    assert (lo.no_reference, lo.no_prediction, lo.neither) == (3, 2, 2)
    assert lo.total == 7
    assert dict(lo.unknown_values) == {"forest": 1, "NULL": 1, "?": 1}


def test_normalize_label():
    assert normalize_label(" standing_forest\n") == SF
    assert normalize_label(None) is None
    assert normalize_label("") is None
    assert normalize_label("STANDING FOREST") is None
    assert normalize_label(3) is None


def test_empty_input_gives_zeros_not_nan():
    ev = evaluate([], [])
    assert ev.evaluated == 0
    assert ev.accuracy == 0.0 and ev.macro_f1 == 0.0 and ev.weighted.f1 == 0.0


def test_html_report_has_the_card_table_confusion_matrix_and_left_out():
    m = [[4, 1, 0], [1, 2, 1], [0, 2, 9]]
    ev = scores_from_matrix(m, left_out=LeftOut(3, 1, 2, (("forest", 2),)))
    page = render_html(ev, details=[("Input", "tiles <b>")])
    for text in ("<th>Class</th><th>Precision</th><th>Recall</th><th>F1</th><th>Support</th>",
                 "macro avg", "weighted avg", "Confusion matrix", "Reference", "Predicted",
                 "Accuracy", "Macro F1", "RC Recall", "2 of 4", "75.0 %",
                 "<td>RECENTLY_CLEARED</td><td class=\"num\">0.400</td>"
                 "<td class=\"num\">0.500</td><td class=\"num\">0.444</td>"
                 "<td class=\"num\">4</td>",
                 "Total left out", "&#x27;forest&#x27; (2)", "tiles &lt;b&gt;"):
        assert text in page, text
    # confusion-matrix row for reference LONG_TERM_NON_FOREST: 0, 2, 9, total 11
    assert ('<tr><th>LONG_TERM_NON_FOREST</th><td class="num">0</td><td class="num">2</td>'
            '<td class="num diag">9</td><td class="num">11</td></tr>') in page


# --- the report of deforestation:evaluate over plain records (core/evaluation/report.py) ---------

class Feedback:
    def __init__(self):
        self.lines = []

    def pushInfo(self, text):  # noqa: N802 (the QGIS feedback's names)
        self.lines.append(("info", text))

    def pushWarning(self, text):  # noqa: N802
        self.lines.append(("warning", text))


def label_pairs(refs, preds, **names):
    from deforestation_classifier.core.evaluation.report import LabelPairs

    return LabelPairs(refs, preds, names.get("reference", "reviewed_label"),
                      names.get("predicted", "class_label"), "tiles")


def test_write_report_writes_the_page_and_logs_the_metrics(tmp_path):
    from deforestation_classifier.core.evaluation.report import write_report

    refs, preds = pairs_from_matrix([[4, 1, 0], [1, 2, 1], [0, 2, 9]])
    refs += [None, LT, "", "cleared"]
    preds += [SF, None, "", RC]
    feedback = Feedback()
    path = tmp_path / "sub" / "report.html"
    result = write_report(label_pairs(refs, preds), str(path), feedback)
    assert (result.evaluated, result.accuracy, result.rc_recall) == (20, 0.75, 0.5)
    assert result.left_out.total == 4
    assert feedback.lines[:3] == [
        ("warning", "4 tiles left out: 2 without a valid reviewed_label, 1 without a valid "
                    "class_label, 1 without either."),
        ("warning", "Values that are not one of STANDING_FOREST, RECENTLY_CLEARED, "
                    "LONG_TERM_NON_FOREST: 'cleared' (1)"),
        ("info", "20 tiles evaluated: accuracy 75.0%, macro F1 70.1%, RECENTLY_CLEARED recall "
                 "0.500.")]
    assert feedback.lines[3] == ("info", "STANDING_FOREST        P 0.800  R 0.800  F1 0.800  "
                                         "n 5")
    assert len(feedback.lines) == 3 + 3 + 2  # per class, macro and weighted averages
    page = path.read_text(encoding="utf-8")
    for text in ("<tr><th>Input</th><td>tiles</td></tr>",
                 "<tr><th>Predicted field</th><td>class_label</td></tr>",
                 "<tr><th>Reference field</th><td>reviewed_label</td></tr>",
                 "<tr><th>Features read</th><td>24</td></tr>", "Total left out"):
        assert text in page, text


def test_write_report_refuses_without_a_valid_pair_and_warns_without_rc(tmp_path):
    from deforestation_classifier.core.evaluation.report import ReportError, write_report

    feedback = Feedback()
    with pytest.raises(ReportError, match=r"No tile has a valid class in both class_label and "
                                          r"reviewed_label \(2 features read\)"):
        write_report(label_pairs([SF, None], [None, RC]), str(tmp_path / "r.html"), feedback)
    assert feedback.lines == [("warning", "2 tiles left out: 1 without a valid reviewed_label, "
                                          "1 without a valid class_label, 0 without either.")]
    assert not (tmp_path / "r.html").exists()
    feedback = Feedback()
    write_report(label_pairs([SF, LT], [SF, LT]), str(tmp_path / "r.html"), feedback)
    assert feedback.lines[0] == ("warning", "No reference tile is RECENTLY_CLEARED: its recall "
                                            "is undefined and reported as 0 (zero_division=0).")


def test_write_report_names_a_path_it_cannot_write(tmp_path):
    from deforestation_classifier.core.evaluation.report import ReportError, write_report

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ReportError, match="Choose a writable OUTPUT_HTML path"):
        write_report(label_pairs([SF], [SF]), str(blocker / "r.html"), Feedback())
