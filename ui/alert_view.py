"""The review dock's view of one alert tile of a compare output: the chips of the earlier and
the later date side by side, the transition, the probability, the patch and the review.

Each date has its own ui/chip_panel.py ChipPanel (role "before" / "after", core/alerts/store.py):
its chips folder or raster, chosen by the user, is remembered per layer.
"""
from qgis.PyQt.QtWidgets import QFormLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from ..core.alerts.store import AFTER, BEFORE
from .chip_panel import ChipPanel
from .tile_details import class_title, number_text, review_text

CHIP_PAIR_PX = 150  # two chips side by side fit the dock's width


class AlertView(QWidget):
    """`before` and `after` chip panels and the alert's attributes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        chips = QGridLayout()
        self.before = ChipPanel(BEFORE, CHIP_PAIR_PX)
        self.after = ChipPanel(AFTER, CHIP_PAIR_PX)
        self.date_labels = {}
        for column, panel in enumerate((self.before, self.after)):
            title = QLabel()
            title.setWordWrap(True)
            title.setStyleSheet("font-weight: bold;")
            self.date_labels[panel.role] = title
            chips.addWidget(title, 0, column)
            chips.addWidget(panel, 1, column)
        layout.addLayout(chips)
        details = QFormLayout()
        self.transition_value = QLabel()
        self.transition_value.setWordWrap(True)
        self.prob_value = QLabel()
        self.patch_value = QLabel()
        self.review_value = QLabel()
        self.review_value.setWordWrap(True)
        details.addRow(self.tr("Change"), self.transition_value)
        details.addRow(self.tr("P(recently cleared) after"), self.prob_value)
        details.addRow(self.tr("Patch"), self.patch_value)
        details.addRow(self.tr("Review"), self.review_value)
        layout.addLayout(details)

    @property
    def panels(self):
        return (self.before, self.after)

    def add_source_rows(self, form):
        for panel in self.panels:
            panel.add_source_rows(form)

    def set_store(self, store):
        for panel in self.panels:
            panel.set_store(store)

    def release(self):
        for panel in self.panels:
            panel.release()

    def clear(self):
        for panel in self.panels:
            panel.clear()
        for widget in (self.transition_value, self.prob_value, self.patch_value,
                       self.review_value, *self.date_labels.values()):
            widget.setText("")

    def show_tile(self, record, position=None):
        """`record`: a core/alerts/queue.py AlertRecord; `position`: its (patch_id, place,
        tiles) in the queue (core/alerts/queue.py patch_position) or None."""
        # One date only (deforestation:compare without BEFORE): no earlier label.
        before = class_title(record.label_before) if record.label_before else \
            self.tr("not compared (one date)")
        for panel, label, date in ((self.before, before, record.image_date_before),
                                   (self.after, class_title(record.label_after),
                                    record.image_date_after)):
            when = self.tr("Before") if panel is self.before else self.tr("After")
            self.date_labels[panel.role].setText(f"{when}{', ' + date if date else ''}: {label}")
            panel.show_tile(record)
        self.transition_value.setText(f"{before} \u2192 {class_title(record.label_after)}")
        self.prob_value.setText(number_text(record.prob_after))
        if position is None:
            self.patch_value.setText(self.tr("none"))
        else:
            self.patch_value.setText(self.tr("{}: tile {} of {}").format(*position))
        self.show_review_state(record)

    def show_review_state(self, record):
        self.review_value.setText(review_text(record))
