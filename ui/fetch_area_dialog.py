"""The "Classify this area from Sentinel-2" dialog: the area (ui/area_picker.py), the date
range and the maximum scene cloud.

The fetch itself is deforestation:fetch_sentinel2 (docs/FETCH.md), run by ui/fetch_area_flow.py.
"""
from qgis.PyQt.QtCore import QCoreApplication, QDate
from qgis.PyQt.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
)
from ..core.fetch.s2_fetch import DEFAULT_MAX_SCENE_CLOUD_PERCENT
from .area_picker import AreaPicker, exec_with_drawing

DEFAULT_DAYS = 90


def tr(text):
    return QCoreApplication.translate("FetchAreaDialog", text)


class FetchAreaDialog(QDialog):
    def __init__(self, parent=None, today=None, iface=None):
        super().__init__(parent)
        self.setObjectName("deforestation_fetch_area_dialog")
        self.setWindowTitle(tr("Classify this area from Sentinel-2"))
        today = today or QDate.currentDate()
        layout = QFormLayout(self)
        note = QLabel(tr(
            "The area is classified from Sentinel-2 L2A of the dates below (Earth Search, "
            "the model's training source), each 1 km tile from the acquisition clearest over "
            "it, streamed: only the area's pixels are read. The maximum scene cloud applies "
            "when one acquisition is taken for the whole area (fetch_sentinel2 with PER_TILE "
            "off)."))
        note.setWordWrap(True)
        layout.addRow(note)
        self.picker = None
        if iface is not None:
            self.picker = AreaPicker(iface, self)
            layout.addRow(tr("Area"), self.picker)
        self.start_edit = QDateEdit(today.addDays(-DEFAULT_DAYS))
        self.end_edit = QDateEdit(today)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.cloud_spin = QDoubleSpinBox()
        self.cloud_spin.setRange(0.0, 100.0)
        self.cloud_spin.setSuffix(" %")
        self.cloud_spin.setValue(DEFAULT_MAX_SCENE_CLOUD_PERCENT)
        layout.addRow(tr("From"), self.start_edit)
        layout.addRow(tr("To"), self.end_edit)
        layout.addRow(tr("Maximum scene cloud"), self.cloud_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.buttons = buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def accept(self):
        # No area yet (nothing drawn, no layer): say so and stay open.
        problem = self.picker.problem() if self.picker is not None else None
        if problem:
            self.picker.summary.setText(problem)
            return
        super().accept()

    def run(self):
        """exec(), shown again after a rectangle is drawn on the map."""
        return exec_with_drawing(self, self.picker) if self.picker is not None else self.exec()

    def values(self):
        """(start "YYYY-MM-DD", end "YYYY-MM-DD", max cloud %, area: a QgsReferencedRectangle,
        None for the map view)."""
        return (self.start_edit.date().toString("yyyy-MM-dd"),
                self.end_edit.date().toString("yyyy-MM-dd"), float(self.cloud_spin.value()),
                self.picker.area() if self.picker is not None else None)
