"""Tune recall's run: deforestation:relabel on the reviewed layer into a new GeoPackage, in a
task (ui/algorithm_task.py), with its progress and its outcome in the message bar; the result
is added to the project."""
from pathlib import Path

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QProgressBar

from ..toolbelt.log import warn
from ..toolbelt.message_bar import MESSAGE_SECONDS, push_message
from .algorithm_task import (
    algorithm_task,
    let_go,
    refused,
    registered_algorithm,
    start,
    styled_result,
)

ALGORITHM_ID = "deforestation:relabel"


class RelabelRun(QObject):
    """One relabel at a time; `finished` gives the added layer (None when the run failed)."""

    finished = pyqtSignal(object)

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        # Kept alive until the task has reported back (ui/algorithm_task.py algorithm_task).
        self.context = self.feedback = self.task = None
        self.progress = None  # the message bar's progress bar
        self._message = None
        self.output = None
        self.last_layer = None
        self._detached = False  # the dock went during a run

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, layer, threshold: float, output: Path) -> bool:
        """Relabel `layer` for RC_THRESHOLD `threshold` into `output` (a new file); False
        when it could not start (the message bar says why)."""
        if self.running:
            return False
        if output.exists():  # never overwrite: the file may be someone's reviewed work
            self._push(self.tr("{} exists and is not overwritten: choose another file.")
                       .format(output), Qgis.MessageLevel.Warning)
            return False
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._push(self.tr("Cannot create the folder {}: {}").format(output.parent, exc),
                       Qgis.MessageLevel.Critical)
            return False
        algorithm = registered_algorithm(ALGORITHM_ID)
        if algorithm is None:
            self._push(self.tr("The algorithm {} is not registered. Re-enable the plugin in "
                               "Plugins > Manage and Install Plugins.").format(ALGORITHM_ID),
                       Qgis.MessageLevel.Critical)
            return False
        self.output = output
        self.last_layer = None
        params = {"INPUT": layer.id(), "RC_THRESHOLD": threshold, "OUTPUT": str(output)}
        self.context, self.feedback, self.task = algorithm_task(
            algorithm, params, self.tr("Relabel {} at {:.2f}").format(layer.name(), threshold))
        self.task.executed.connect(self._on_executed)
        if refused(self.task):
            self._on_executed(False, {})
            return False
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self._message = push_message(
            self.iface, self.tr("Relabelling '{}' at RC_THRESHOLD {:.2f} into {}").format(
                layer.name(), threshold, output.name), Qgis.MessageLevel.Info, duration=0,
            buttons=(self.progress,))
        self.task.progressChanged.connect(self._on_progress)
        start(self.task)
        return True

    def detach(self):
        """The dock goes (or its layer): cancel a running task and ignore its result
        (ui/algorithm_task.py let_go)."""
        if not self.running:
            return
        self._detached = True
        let_go(self)

    def _on_progress(self, value):
        try:
            self.progress.setValue(int(value))
        except (RuntimeError, AttributeError):  # the message was closed
            pass

    def _on_executed(self, successful, results):
        self._close_progress()
        if self._detached:
            self.task = None  # the task manager owns it; done
            # Deleted after this slot returns, taking context and feedback with it.
            self.deleteLater()
            return
        try:
            if successful:
                self._load(results)
            else:
                self._report_failure()
        finally:
            self.finished.emit(self.last_layer)
            # The task still uses context and feedback until this slot returns.
            QTimer.singleShot(0, self._release)

    def _load(self, results):
        path = results.get("OUTPUT") or str(self.output)
        layer = styled_result(path)
        if layer is None:
            self._push(self.tr("The result {} could not be loaded.").format(path),
                       Qgis.MessageLevel.Critical)
            return
        QgsProject.instance().addMapLayer(layer)
        self.last_layer = layer
        self._push(self.tr(
            "{} tiles newly RECENTLY_CLEARED ({} in all), {} labels changed. Layer '{}' added.")
            .format(int(results.get("RECENTLY_CLEARED_ADDED", 0)),
                    int(results.get("RECENTLY_CLEARED_TOTAL", 0)),
                    int(results.get("CHANGED", 0)), layer.name()), Qgis.MessageLevel.Success)

    def _report_failure(self):
        if self.feedback is not None:
            warn(self.tr("Relabelling failed. Processing log:\n{}")
                 .format(self.feedback.textLog()))
        reason = self.feedback.last_error(self.tr("unknown error")) if self.feedback else \
            self.tr("unknown error")
        self._push(self.tr("Relabelling failed: {}").format(reason), Qgis.MessageLevel.Critical,
                   duration=0)

    def _close_progress(self):
        if self._message is not None:
            try:
                self.iface.messageBar().popWidget(self._message)
            except RuntimeError:  # closed by the user
                pass
        self._message = None
        self.progress = None

    def _release(self):
        self.task = self.context = self.feedback = None

    def _push(self, text, level, duration=MESSAGE_SECONDS):
        push_message(self.iface, text, level, duration)
