"""The review dock's "Tune recall": for a classify output with probabilities, what another
RECENTLY_CLEARED threshold would do (core/review/recall.py, the rule deforestation:relabel
applies), and a button that relabels the layer into a new GeoPackage (ui/relabel_run.py)."""
from pathlib import Path

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
)

from ..core.review.recall import (
    DEFAULT_RECALL_THRESHOLD,
    recall_counts,
    recall_text,
    recorded_threshold,
    relabel_output_path,
)
from ..core.review.queue import probabilities_available
from ..core.review.store import layer_file
from ..settings import PlgSettings
from .relabel_run import RelabelRun
from .toolbar_flow import sanitise


class TuneRecallPanel(QgsCollapsibleGroupBox):
    """Shown for a classify output with probabilities (`set_store`); hidden otherwise."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Tune recall"))
        self.store = None
        self.records = []
        self.iface = iface
        self.run = None
        self._new_run()
        form = QFormLayout(self)
        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setRange(0.0, 1.0)
        self.threshold_spin.setSingleStep(0.05)
        self.threshold_spin.setDecimals(2)
        self.threshold_spin.setValue(DEFAULT_RECALL_THRESHOLD)
        self.threshold_spin.setToolTip(self.tr(
            "A tile whose probability of RECENTLY_CLEARED reaches this value would be "
            "RECENTLY_CLEARED; the others take their most probable class. Lower it to miss "
            "fewer clearings, at the cost of more tiles to review."))
        self.threshold_spin.valueChanged.connect(self._show_counts)
        form.addRow(self.tr("RECENTLY_CLEARED from"), self.threshold_spin)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        form.addRow(self.counts_label)
        # The rule (core/vocabulary.py threshold_label) said plainly: why raising the threshold
        # above 0.5 changes nothing more.
        self.rule_label = QLabel(self.tr(
            "A tile becomes RECENTLY_CLEARED when its probability of RECENTLY_CLEARED reaches "
            "the threshold. Below it the tile keeps the model's label, and a tile the model "
            "labelled RECENTLY_CLEARED keeps it while RECENTLY_CLEARED is its most probable "
            "class. Lowering the threshold adds clearings; raising it only removes those a "
            "lower threshold added."))
        self.rule_label.setWordWrap(True)
        form.addRow(self.rule_label)
        self.above_half_label = QLabel(self.tr(
            "Above 0.5 the labels are the same as at 0.5: a tile whose probability of "
            "RECENTLY_CLEARED is above 0.5 always has it as its most probable class, so it "
            "stays RECENTLY_CLEARED. To check the model's own clearings, review them (the "
            "least confident first) instead."))
        self.above_half_label.setWordWrap(True)
        self.above_half_label.setVisible(False)
        form.addRow(self.above_half_label)
        self.relabel_button = QPushButton(self.tr("Relabel into a new layer..."))
        self.relabel_button.setToolTip(self.tr(
            "Runs 'Relabel tiles for another RECENTLY_CLEARED threshold' into a new GeoPackage "
            "(next to this one unless you choose another file) and adds it to the project. "
            "This layer and its review decisions stay as they are; the copy keeps them."))
        self.relabel_button.clicked.connect(self.relabel)
        form.addRow(self.relabel_button)
        self.setVisible(False)

    def set_store(self, store, records):
        """Tune the layer behind `store`: shown when it is a classify output with
        probabilities; the threshold starts at the one the classification used."""
        self.store = store
        self.records = records
        shown = store is not None and not store.alerts and probabilities_available(records)
        self.setVisible(shown)
        if shown:
            recorded = recorded_threshold(store.file_metadata())
            self.threshold_spin.setValue(DEFAULT_RECALL_THRESHOLD if recorded is None
                                         else recorded)
            self._show_counts()

    def release(self):
        """The dock or its layer goes: a running relabel is cancelled and let go."""
        if self.run.running:
            self.run.detach()
            self._new_run()
            self.relabel_button.setEnabled(True)
        self.set_store(None, [])

    def counts(self):
        return recall_counts(self.records, self.threshold_spin.value())

    def default_output(self) -> Path:
        """Next to the layer's GeoPackage (else in the plugin's output folder), never a file
        that exists."""
        layer = self.store.layer
        path = layer_file(layer)
        if path is not None:
            folder, stem = path.parent, path.stem
        else:
            folder, stem = PlgSettings.load().resolved_output_folder(), sanitise(layer.name())
        return relabel_output_path(folder, stem, self.threshold_spin.value())

    def ask_output(self, default: Path) -> str:
        """The file the user picks, starting at `default`; empty when cancelled."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Relabelled layer"), str(default), self.tr("GeoPackage (*.gpkg)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return path

    def relabel(self) -> bool:
        """Ask for the file (next to the layer by default) and start the run; whether it
        started."""
        if self.store is None or self.run.running:
            return False
        chosen = self.ask_output(self.default_output())
        if not chosen:
            return False
        output = Path(chosen)
        if output.suffix.lower() != ".gpkg":
            output = output.with_name(output.name + ".gpkg")
        started = self.run.start(self.store.layer, self.threshold_spin.value(), output)
        self.relabel_button.setEnabled(not started)
        return started

    def _new_run(self):
        self.run = RelabelRun(self.iface, self)
        self.run.finished.connect(self._on_finished)

    def _show_counts(self, *_args):
        self.counts_label.setText(recall_text(self.counts()))
        self.above_half_label.setVisible(self.threshold_spin.value() > 0.5)

    def _on_finished(self, _layer):
        self.relabel_button.setEnabled(True)
