"""A plugin algorithm run from a button, in a QgsProcessingAlgRunnerTask (QGIS stays responsive;
the task manager in the status bar shows progress and a cancel button), and its result loaded.

Used by the toolbar (ui/toolbar_flow.py, deforestation:classify) and the review dock's tune
recall (ui/relabel_run.py, deforestation:relabel). The algorithm is looked up in the Processing
registry: ui/ never imports processing_provider/ (docs/ARCHITECTURE.md).
"""
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
)

from ..core.output.layer_style import apply_style


class ErrorFeedback(QgsProcessingFeedback):
    """Keeps the errors apart from the info lines, for the message bar."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API names)
        # Called from the task's worker thread: list.append is atomic under the GIL.
        self.errors.append(error)
        super().reportError(error, fatalError)

    def last_error(self, default: str) -> str:
        return self.errors[-1].strip() if self.errors else default


def registered_algorithm(algorithm_id: str):
    """The algorithm from the Processing registry; None when the plugin's provider is not
    registered."""
    return QgsApplication.processingRegistry().algorithmById(algorithm_id)


def algorithm_task(algorithm, params, description: str):
    """(context, feedback, task) of one run in the project. Processing and the task manager
    hold raw pointers to the context and the feedback: the caller keeps all three alive until
    the task has reported back (its `executed` slot has returned)."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = ErrorFeedback()
    task = QgsProcessingAlgRunnerTask(algorithm, params, context, feedback)
    task.setDescription(description)
    return context, feedback, task


def refused(task) -> bool:
    """A failed prepare() terminates the task inside its constructor, before `executed` could
    be connected: the task manager would never run it, so the caller reports it at once."""
    return task.status() == QgsTask.TaskStatus.Terminated


def start(task):
    QgsApplication.taskManager().addTask(task)


def let_go(run):
    """A face goes during a run (plugin unload, the dock closed): cancel `run.task`. The
    worker thread uses the context and the feedback until the task reports, so `run` (a
    QObject holding them) is handed to the application, which keeps it alive; its `executed`
    slot then ignores the result and deletes it."""
    run.setParent(QgsApplication.instance())
    try:
        run.task.cancel()
    except RuntimeError:  # the task manager has already deleted it
        pass


def styled_result(path: str):
    """The GeoPackage layer at `path` with the classes style (core/output/layer_style.py), not yet
    in the project; None when it cannot be read."""
    layer = QgsVectorLayer(path, Path(path.split("|")[0]).stem, "ogr")
    if not layer.isValid():
        return None
    apply_style(layer)
    return layer
