"""The review dock's tile details: the model's label, confidence, probabilities, status, review
(with its reason, core/review/reasons.py) and audit (core/review/audit.py)."""
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFormLayout, QLabel, QWidget

from ..core.output import layer_style
from ..core.review.audit import audit_text
from ..core.review.reasons import reason_title
from ..core.vocabulary import CLASSES


def class_title(label) -> str:
    """A class as the user reads it (the legend's title); the label itself when unknown."""
    return layer_style.class_title(label) if label else _tr("no class")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TileDetails", text)


def status_word(code) -> str:
    """A review or tile status (a field value) as people read it; the code when unknown."""
    words = {"CONFIRMED": _tr("CONFIRMED"), "CORRECTED": _tr("CORRECTED"),
             "UNCLEAR": _tr("UNCLEAR"), "CLASSIFIED": _tr("CLASSIFIED"),
             "NO_DATA": _tr("NO_DATA"), "INSUFFICIENT_DATA": _tr("INSUFFICIENT_DATA"),
             "CLOUDY": _tr("CLOUDY"), "ERROR": _tr("ERROR")}
    return words.get(code, code or "")


def review_text(record) -> str:
    """'CORRECTED as Standing forest by ana, 2025-06-01T14:03:22Z — Plantation harvest —
    "road"', then on a second line the audit: 'Audit: AGREED by bo, ...'."""
    if not record.reviewed:
        text = _tr("not reviewed")
    else:
        text = status_word(record.review_status)
        if record.reviewed_label:
            text += _tr(" as {}").format(class_title(record.reviewed_label))
        if record.reviewer:
            text += _tr(" by {}").format(record.reviewer)
        if record.reviewed_at:
            text += f", {record.reviewed_at}"
        if getattr(record, "review_reason", None):
            text += f" \u2014 {reason_title(record.review_reason)}"
    if record.review_note:
        text += f" \u2014 \u201c{record.review_note}\u201d"
    if getattr(record, "audit_status", None):
        text += "\n" + _tr("Audit: {}").format(audit_text(record))
    return text


def number_text(value) -> str:
    return _tr("not computed") if value is None else f"{value:.2f}"


class TileDetails(QWidget):
    """What the layer holds about one tile (core/review/queue.py TileRecord)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        details = QFormLayout(self)
        details.setContentsMargins(0, 0, 0, 0)
        self.model_value = QLabel()
        self.confidence_value = QLabel()
        self.prob_values = {}
        details.addRow(self.tr("Model says"), self.model_value)
        details.addRow(self.tr("Confidence"), self.confidence_value)
        for label in CLASSES:
            self.prob_values[label] = QLabel()
            details.addRow(self.tr("P({})").format(class_title(label).lower()),
                           self.prob_values[label])
        self.status_value = QLabel()
        details.addRow(self.tr("Status"), self.status_value)
        self.review_value = QLabel()
        self.review_value.setWordWrap(True)
        details.addRow(self.tr("Review"), self.review_value)

    def show_record(self, record):
        self.model_value.setText(class_title(record.class_label))
        self.model_value.setToolTip(record.class_label or "")
        self.confidence_value.setText(number_text(record.confidence))
        for label, widget in self.prob_values.items():
            widget.setText(number_text(record.probability(label)))
        fraction = "" if record.valid_fraction is None else \
            self.tr(", {:.0%} valid data").format(record.valid_fraction)
        self.status_value.setText(f"{status_word(record.status)}{fraction}")
        self.status_value.setToolTip(record.status or "")
        self.show_review_state(record)

    def show_review_state(self, record):
        self.review_value.setText(review_text(record))

    def clear(self):
        for widget in (self.model_value, self.confidence_value, self.status_value,
                       self.review_value, *self.prob_values.values()):
            widget.setText("")
