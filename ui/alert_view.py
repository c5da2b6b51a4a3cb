"""The review dock's view of one alert tile of a compare output: the chips of the earlier and
the later date side by side, the transition, the probability, the patch and the review.

Each date has its own ui/chip_panel.py ChipPanel (role "before" / "after", core/alerts/store.py):
its chips folder or raster, chosen by the user, is remembered per layer. The outlines of the
clearings in the tile (the CLEARINGS file the compare output records, core/alerts/outlines.py)
are drawn over both chips, so the analyst sees where the forest was and what is left.
"""
from qgis.PyQt.QtCore import QPointF, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPen, QPolygonF
from qgis.PyQt.QtWidgets import (QFormLayout, QGridLayout, QLabel, QPushButton, QVBoxLayout,
                                 QWidget)

from ..core.alerts.outlines import clearings_file, tile_rings
from ..core.alerts.store import AFTER, BEFORE
from ..core.imagery.chips import CHIP_PX
from ..core.review.store import layer_file
from .chip_panel import ChipPanel
from .tile_details import class_title, number_text, review_text

OUTLINE_COLOUR = QColor(255, 235, 0)  # yellow: seen over forest red and bare soil cyan

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
        self.clearing_value = QLabel()
        self.clearing_value.setWordWrap(True)
        self._clearings = None  # the CLEARINGS file of the layer under review
        self.review_value = QLabel()
        self.review_value.setWordWrap(True)
        details.addRow(self.tr("Change"), self.transition_value)
        details.addRow(self.tr("P(recently cleared) after"), self.prob_value)
        details.addRow(self.tr("Patch"), self.patch_value)
        details.addRow(self.tr("Clearing"), self.clearing_value)
        details.addRow(self.tr("Review"), self.review_value)
        layout.addLayout(details)
        # The evidence document of this compare output (docs/REVIEW.md): the algorithm's own
        # dialog, so the analyst sees and can change every parameter before the PDF is made.
        self.report_button = QPushButton(self.tr("Alert report (PDF)..."))
        self.report_button.setToolTip(self.tr(
            "Make the PDF report of this compare output: a summary page and a page per alert "
            "patch, with the review decisions."))
        self.report_button.clicked.connect(self.open_report)
        layout.addWidget(self.report_button)
        self._store = None

    @property
    def panels(self):
        return (self.before, self.after)

    def add_source_rows(self, form):
        for panel in self.panels:
            panel.add_source_rows(form)

    def set_store(self, store):
        self._store = store
        for panel in self.panels:
            panel.set_store(store)
        path = layer_file(getattr(store, "layer", None))
        self._clearings = clearings_file(str(path), store.file_metadata()) if path else None

    def release(self):
        self._store = None
        for panel in self.panels:
            panel.release()

    def report_parameters(self) -> dict:
        """deforestation:alert_report's parameters for the layer under review: the layer, its
        clearings file and the rasters the analyst picked for each date."""
        layer = getattr(self._store, "layer", None)
        params = {"INPUT": layer.id() if layer is not None else None}
        if self._clearings:
            params["CLEARINGS"] = str(self._clearings)
        for panel, name in ((self.before, "BEFORE_RASTER"), (self.after, "AFTER_RASTER")):
            layer = panel.raster_combo.currentLayer()
            raster = layer.source() if layer is not None else panel.chosen_raster
            if raster:
                params[name] = raster
        return params

    def open_report(self):
        """The report algorithm's dialog, pre-filled (through the Processing registry: ui/
        never imports processing_provider/)."""
        import processing

        processing.execAlgorithmDialog("deforestation:alert_report", self.report_parameters())

    def clear(self):
        for panel in self.panels:
            panel.clear()
        for widget in (self.transition_value, self.prob_value, self.patch_value,
                       self.clearing_value, self.review_value, *self.date_labels.values()):
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
        self.draw_outlines(record)
        self.transition_value.setText(f"{before} \u2192 {class_title(record.label_after)}")
        self.prob_value.setText(number_text(record.prob_after))
        if position is None:
            self.patch_value.setText(self.tr("none"))
        else:
            self.patch_value.setText(self.tr("{}: tile {} of {}").format(*position))
        self.show_review_state(record)

    def draw_outlines(self, record):
        """The clearings' outlines over both chips, and the tile's tier and cleared area."""
        tier = getattr(record, "confidence", None)
        area = getattr(record, "cleared_ha", None)
        self.clearing_value.setText(
            self.tr("{}, {} ha cleared").format(tier or self.tr("no tier"), number_text(area))
            if tier or area is not None else self.tr("not delineated"))
        rings = tile_rings(self._clearings, record.tile_id) if self._clearings else []
        if not rings:
            return
        for panel in self.panels:
            pixmap = panel.chip_label.pixmap()
            if pixmap is None or pixmap.isNull():
                continue
            pixmap = pixmap.copy()
            scale = pixmap.width() / CHIP_PX
            painter = QPainter(pixmap)
            painter.setPen(QPen(OUTLINE_COLOUR, 1.5, Qt.PenStyle.SolidLine))
            for ring in rings:
                painter.drawPolygon(QPolygonF([QPointF(x * scale, y * scale) for x, y in ring]))
            painter.end()
            panel.chip_label.setPixmap(pixmap)

    def show_review_state(self, record):
        self.review_value.setText(review_text(record))
