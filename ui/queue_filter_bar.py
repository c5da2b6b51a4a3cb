"""The review dock's queue filter: which class, optionally only tiles of low confidence.

What it makes is a core/review/queue.py QueueFilter; the controls the layer cannot serve (no
confidence values) are disabled, with a note saying why.
"""
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core.vocabulary import CLASSES, RECENTLY_CLEARED
from ..core.review.queue import (
    ALL_CLASSES,
    DEFAULT_THRESHOLD,
    QueueFilter,
    confidence_available,
    probabilities_available,
)

# The queue's choices in the combo box's order (titles translated where the box is made).
FILTER_CHOICES = (RECENTLY_CLEARED, CLASSES[0], CLASSES[2], ALL_CLASSES)


class QueueFilterBar(QWidget):
    """The class choice, the low-confidence check and its threshold; `changed` on any edit."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Queue")), 0, 0)
        self.class_combo = QComboBox()
        titles = (self.tr("Recently cleared"), self.tr("Standing forest"),
                  self.tr("Long-term non-forest"), self.tr("All classes"))
        for value, title in zip(FILTER_CHOICES, titles):
            self.class_combo.addItem(title, value)
        self.class_combo.setToolTip(self.tr(
            "Which tiles to review: one class as the model labelled it, or all classified "
            "tiles. Ordered by that class's probability, highest first (tile order when the "
            "layer has no probabilities)."))
        self.class_combo.currentIndexChanged.connect(self._on_changed)
        filters.addWidget(self.class_combo, 0, 1, 1, 2)
        self.low_check = QCheckBox(self.tr("Only confidence below"))
        self.low_check.toggled.connect(self._on_changed)
        filters.addWidget(self.low_check, 1, 0, 1, 2)
        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setRange(0.05, 1.0)
        self.threshold_spin.setSingleStep(0.05)
        self.threshold_spin.setDecimals(2)
        self.threshold_spin.setValue(DEFAULT_THRESHOLD)
        self.threshold_spin.valueChanged.connect(self._on_changed)
        filters.addWidget(self.threshold_spin, 1, 2)
        layout.addLayout(filters)
        self.filter_note = QLabel()
        self.filter_note.setWordWrap(True)
        self.filter_note.setStyleSheet("color: #7a5b00;")
        layout.addWidget(self.filter_note)

    def queue_filter(self) -> QueueFilter:
        return QueueFilter(
            label=self.class_combo.currentData(),
            low_confidence=self.low_check.isChecked() and self.low_check.isEnabled(),
            threshold=self.threshold_spin.value(),
        )

    def set_records(self, records):
        """Offer what the layer's tiles allow: no low-confidence filter without confidences."""
        has_confidence = confidence_available(records)
        self.low_check.setEnabled(has_confidence)
        self.threshold_spin.setEnabled(has_confidence)
        notes = []
        if not has_confidence:
            self.low_check.setToolTip(self.tr(
                "Unavailable: this layer has no confidence values (the inference path gave "
                "labels only)."))
            notes.append(self.tr("Low-confidence filter unavailable: the layer has no "
                                 "confidence values."))
        else:
            self.low_check.setToolTip(self.tr(
                "Only tiles whose confidence (the probability of the model's label) is below "
                "the threshold."))
        if not probabilities_available(records):
            notes.append(self.tr("No probabilities in this layer: tiles are in tile order."))
        self.filter_note.setText(" ".join(notes))
        self.filter_note.setVisible(bool(notes))

    def _on_changed(self, *_args):
        self.threshold_spin.setEnabled(self.low_check.isEnabled())
        self.changed.emit()
