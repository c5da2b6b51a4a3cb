"""The "Find new clearings" dialog: the area (ui/area_picker.py), a BEFORE and an AFTER date
window, the maximum scene cloud and the name of the project folder the outputs go into; before
anything is fetched it says how many 1 km tiles have imagery on both dates and how long the two
classifications take (ui/clearings_plan.py).
"""
from datetime import datetime

from qgis.PyQt.QtCore import QCoreApplication, QDate
from qgis.PyQt.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from .. import errors
from ..core.fetch.s2_fetch import DEFAULT_MAX_SCENE_CLOUD_PERCENT
from ..core.inference.engines import SCORING
from ..core.run_request import estimate_engine, estimate_text
from ..settings import PlgSettings
from .area_picker import AreaPicker, exec_with_drawing
from .clearings_plan import area_tile_count, count_imagery
from .layer_tree import sanitise

WINDOW_DAYS = 90  # each date window: a season, so that one clear acquisition is likely


def tr(text):
    return QCoreApplication.translate("ClearingsDialog", text)


def default_name(now=None):
    return "clearings_" + (now or datetime.now()).strftime("%Y%m%d_%H%M")


class ClearingsDialog(QDialog):
    def __init__(self, iface, parent=None, today=None):
        super().__init__(parent)
        self.setObjectName("deforestation_clearings_dialog")
        self.setWindowTitle(tr("Find new clearings"))
        self.settings = PlgSettings.load()
        today = today or QDate.currentDate()
        form = QFormLayout(self)
        note = QLabel(tr(
            "Fetches Sentinel-2 L2A of both date windows over the area (each 1 km tile from its "
            "clearest acquisition), classifies both, compares them and opens the review on the "
            "alerts. Every output is written into the project folder below."), self)
        note.setWordWrap(True)
        form.addRow(note)
        self.picker = AreaPicker(iface, self)
        form.addRow(tr("Area"), self.picker)
        self.before = self._window(today.addYears(-1).addDays(-WINDOW_DAYS), today.addYears(-1))
        form.addRow(tr("Before: from / to"), self.before[0])
        self.after = self._window(today.addDays(-WINDOW_DAYS), today)
        form.addRow(tr("After: from / to"), self.after[0])
        self.cloud_spin = QDoubleSpinBox(self)
        self.cloud_spin.setRange(0.0, 100.0)
        self.cloud_spin.setSuffix(" %")
        self.cloud_spin.setValue(DEFAULT_MAX_SCENE_CLOUD_PERCENT)
        form.addRow(tr("Maximum scene cloud"), self.cloud_spin)
        self.name_edit = QLineEdit(default_name(), self)
        self.name_edit.setObjectName("clearingsName")
        form.addRow(tr("Project folder name"), self.name_edit)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        form.addRow("", self.folder_label)
        self.estimate = QLabel(self)
        self.estimate.setObjectName("clearingsEstimate")
        self.estimate.setWordWrap(True)
        self.check_button = QPushButton(tr("Count tiles with imagery"), self)
        self.check_button.setObjectName("countImageryButton")
        self.check_button.clicked.connect(self.count_imagery)
        # The estimate on a row of its own: a wrapped label beside a button in a nested row
        # gets no taller than one line in a QFormLayout, and longer languages were cut.
        form.addRow(self.estimate)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.check_button)
        form.addRow(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Fetch and compare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.picker.changed.connect(self.update_estimate)
        self.name_edit.textChanged.connect(self._update_folder)
        self._update_folder()
        self.update_estimate()

    def _window(self, start, end):
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        edits = (QDateEdit(start, holder), QDateEdit(end, holder))
        for edit in edits:
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            row.addWidget(edit)
        return (holder, *edits)

    # --- what it will do ------------------------------------------------------------------
    def folder(self):
        return self.settings.resolved_output_folder() / sanitise(self.name_edit.text()
                                                                 or default_name())

    def _update_folder(self, *_args):
        self.folder_label.setText(tr("Outputs: {}").format(self.folder()))

    def _time(self, tiles):
        engine = estimate_engine(SCORING, self.settings.backend)
        return estimate_text(2 * tiles, engine)  # both dates

    def update_estimate(self):
        area = self.picker.area()
        if area is None:
            self.estimate.setText(self.picker.problem() or "")
            return
        tiles = area_tile_count(area)
        self.estimate.setText(tr(
            "{} tiles of 1 km in the area; classifying both dates takes at most {}. Count the "
            "tiles with imagery to know more.").format(tiles, self._time(tiles)))

    def count_imagery(self):
        """Search both windows (no pixel is read) and say how many tiles have imagery."""
        area = self.picker.area()
        if area is None:
            self.estimate.setText(self.picker.problem() or "")
            return None
        values = self.values()
        try:
            count = count_imagery(area, [values["before"], values["after"]],
                                  self.settings.stac_url, self.settings.stac_collection)
        except errors.DeforestationError as exc:
            self.estimate.setText(tr("The imagery cannot be counted: {}").format(exc))
            return None
        self.estimate.setText(tr(
            "{} of the area's {} tiles of 1 km have imagery on both dates; classifying them "
            "takes about {}.").format(count.with_imagery, count.tiles,
                                      self._time(count.with_imagery)))
        return count

    # --- the answer -----------------------------------------------------------------------
    def accept(self):
        problem = self.picker.problem()
        if problem:
            self.estimate.setText(problem)
            return
        values = self.values()
        for label, (start, end) in ((tr("Before"), values["before"]),
                                    (tr("After"), values["after"])):
            if start > end:
                self.estimate.setText(tr("{}: 'from' {} is after 'to' {}.").format(
                    label, start, end))
                return
        if values["before"][1] >= values["after"][0]:
            self.estimate.setText(tr("The Before window must end before the After window "
                                     "starts."))
            return
        super().accept()

    def run(self):
        return exec_with_drawing(self, self.picker)

    def values(self):
        def window(pair):
            return tuple(edit.date().toString("yyyy-MM-dd") for edit in pair[1:])

        return {"area": self.picker.area(), "before": window(self.before),
                "after": window(self.after), "max_cloud": float(self.cloud_spin.value()),
                "name": sanitise(self.name_edit.text() or default_name()),
                "description": self.picker.description()}
