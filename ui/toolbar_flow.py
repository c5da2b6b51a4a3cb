"""What the toolbar button does: classify the active raster inside the map view, in a task.

The button runs the same Processing algorithm as the Toolbox (deforestation:classify), through
QgsProcessingAlgRunnerTask so that QGIS stays responsive and the task manager in the status
bar shows progress and a cancel button.
"""
import time
from datetime import datetime
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProject,
    QgsRasterLayer,
    QgsReferencedRectangle,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

from ..core.output.input_style import InputStyleError, apply_false_colour
from ..toolbelt.layer_crs import crs_for_osr
from ..core.run import tile_count
from ..core.inference.engines import SCORING
from ..core.run_request import estimate_engine, estimate_text, progress_text
from ..models.download import can_download, hub_offline
from ..models.registry import CARD
from ..toolbelt.log import log, warn
from ..toolbelt.message_bar import MESSAGE_SECONDS, pop_message, push_lasting, push_message
from ..settings import BACKEND_SERVER, PlgSettings
from .algorithm_task import (
    algorithm_task,
    let_go,
    refused,
    registered_algorithm,
    start,
    styled_result,
)
from .dialog_words import in_dialog_words
from .layer_tree import (  # noqa: F401 (sanitise: ui/tune_recall.py imports it from here)
    add_at_top,
    output_path,
    remove_layers_reading,
    counts_text,
    run_names,
    sanitise,
    show_expanded,
)
from .model_download import offer_model_download

ALGORITHM_ID = "deforestation:classify"
CONFIRM_TILES = 400  # about 4 minutes on a 2-core CPU


class ToolbarFlow(QObject):
    """One run at a time; `running_changed` lets the plugin disable its button meanwhile."""

    running_changed = pyqtSignal(bool)

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        # Processing and the task manager hold raw pointers to these: Python must keep them
        # alive until the task has reported back, or they are garbage collected mid-run.
        self.context = None
        self.feedback = None
        self.task = None
        self.output = None
        self.running = False
        self._detached = False  # the plugin was unloaded during a run
        self.last_layer = None  # the result layer of the last successful run (tests, review)
        self.area = None  # the run's QgsReferencedRectangle; None: the map view
        # Above this many tiles the analyst is asked to confirm, with a time estimate.
        self.confirm_tiles = CONFIRM_TILES
        # The run's message bar item, its text updated with the tile count and time left, and
        # removed when the task ends (a stale "Classifying..." must not outlive the run).
        self.progress_item = None
        self.progress_text = ""
        self._run_label = ""
        self._source_name = ""
        self._run_tiles = 0
        self._first_progress = None  # (time, percent) of the first tile done
        self._started_at = None
        self._resumable = None  # what resume() runs again after a cancel
        self._resume_item = None  # the "Cancelled ... Resume" message

    # --- entry point ----------------------------------------------------------------------
    def run(self):
        """The button: the active raster within the map view."""
        self.run_on(None)

    def run_on(self, area):
        """The active raster within `area` (a QgsReferencedRectangle; None: the map view)."""
        if self.running:
            return
        self.area = area
        layer = self._checked_layer()
        if layer is None:
            return
        settings = PlgSettings.load()
        # With an OpenAI-compatible server the model lives there: no local files to check.
        models = None if settings.backend == BACKEND_SERVER else settings.model_files()
        if models is not None and not self._models_present(models):
            return
        algorithm = registered_algorithm(ALGORITHM_ID)
        if algorithm is None:
            self._push(
                self.tr("The algorithm {} is not registered. Re-enable the plugin in "
                        "Plugins > Manage and Install Plugins.").format(ALGORITHM_ID),
                Qgis.MessageLevel.Critical,
            )
            return
        tiles = self._tile_count(layer)
        engine = estimate_engine(SCORING, settings.backend)
        if tiles > self.confirm_tiles and not self.ask(self.tr(
                "The area covers {} tiles of 1 km of '{}'. Classifying them takes {} (less "
                "with a GPU). Continue?").format(tiles, layer.name(),
                                                 estimate_text(tiles, engine))):
            return
        output = self._output_file(settings, layer)
        if output is None:
            return
        self._start(algorithm, layer, models, output, max_tiles=max(tiles, 1))

    def show_as_model_sees(self):
        """Style the active raster as false colour R = B08, G = B04, B = B03, DN 0 to 3000:
        what the model is shown (core/output/input_style.py)."""
        layer = self.iface.activeLayer()
        try:
            colour = apply_false_colour(layer)
        except InputStyleError as exc:
            self._push(self.tr("Cannot show the layer as the model sees it: {}").format(exc),
                       Qgis.MessageLevel.Warning)
            return
        bands = colour.bands
        self._push(
            self.tr("'{}' is shown as the model sees it: red = band {} (B08, near infrared), "
                    "green = band {} (B04), blue = band {} (B03), each from DN 0 to 3000. "
                    "Forest is red, bare soil and clearings green-blue to grey.")
            .format(layer.name(), bands.nir, bands.red, bands.green),
            Qgis.MessageLevel.Info,
        )

    def _tile_count(self, layer) -> int:
        """How many 1 km tiles the run would classify (0 when it cannot tell: the algorithm
        then reports the problem itself)."""
        rect = self._area()
        return tile_count(layer.source(),
                          crs_for_osr(layer.crs()) if layer.crs().isValid() else "",
                          (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()),
                          crs_for_osr(rect.crs()))

    def _area(self):
        """The run's area as a QgsReferencedRectangle: the one given, else the map view."""
        if self.area is not None:
            return self.area
        canvas = self.iface.mapCanvas()
        return QgsReferencedRectangle(canvas.extent(), canvas.mapSettings().destinationCrs())

    def ask(self, question: str) -> bool:
        """A yes/no question to the analyst (tests replace it)."""
        answer = QMessageBox.question(self.iface.mainWindow(), self.tr("Deforestation Classifier"),
                                      question)
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self):
        """Plugin unload: stop a running task and ignore its result.

        The worker thread still uses context and feedback until the task reports, so the
        flow hands itself to the application (which keeps it alive) and deletes itself then.
        """
        if not self.running:
            return
        self._detached = True
        self._drop_progress_message()
        let_go(self)

    # --- checks before a run ------------------------------------------------------------------
    def _checked_layer(self):
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
            self._push(
                self.tr("Select a Sentinel-2 raster layer in the Layers panel, zoom to the "
                        "area to classify and click the button again. With no raster, 'Classify "
                        "this area from Sentinel-2' streams one for the map extent."),
                Qgis.MessageLevel.Warning,
            )
            return None
        if layer.providerType() != "gdal":
            self._push(
                self.tr("The layer '{}' is a web or database raster; the classifier reads "
                        "raster files (GeoTIFF, VRT, SENTINEL2 product). Select a Sentinel-2 "
                        "raster file layer in the Layers panel and click again.")
                .format(layer.name()),
                Qgis.MessageLevel.Warning,
            )
            return None
        if not self._view_overlaps(layer):
            text = (self.tr("The map view does not show the layer '{}'. Zoom to the area to "
                            "classify (only tiles inside the view are processed) and click "
                            "again.") if self.area is None else
                    self.tr("The area chosen does not overlap the layer '{}'. Choose an area "
                            "over it and run again."))
            self._push(text.format(layer.name()), Qgis.MessageLevel.Warning)
            return None
        return layer

    def _view_overlaps(self, layer) -> bool:
        area = self._area()
        crs = area.crs()
        if not crs.isValid() or not layer.crs().isValid():
            return True  # nothing to compare: let the algorithm decide
        try:
            transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
            layer_extent = transform.transformBoundingBox(layer.extent())
        except QgsCsException:
            return True
        return area.intersects(layer_extent)

    def _models_present(self, models) -> bool:
        missing = models.missing()
        if not missing:
            return True
        if can_download(models) and not hub_offline():
            # Sizes and licence are shown first; the run starts again once they are verified.
            # The dialog says it all (files, URLs, sizes, licence): a message bar warning
            # repeating the paths would only be noise; the log keeps them.
            area = self.area
            offer_model_download(self.iface.mainWindow(), models,
                                 on_ready=lambda: self.run_on(area))
            log(self.tr("Model file(s) not found: {}; the download dialog is open (about "
                        "{:.0f} MB).").format(", ".join(str(p) for p in missing),
                                              CARD.total_mb()))
            return False
        self._push(
            self.tr("Model file(s) not found: {}. Put the model card's two GGUF files "
                    "(text model and mmproj vision projector) there, or set their paths in "
                    "the plugin settings, then click again.")
            .format(", ".join(str(p) for p in missing)),
            Qgis.MessageLevel.Warning,
        )
        return False

    def _output_file(self, settings, layer):
        folder = settings.resolved_output_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._push(
                self.tr("Cannot create the output folder {}: {}. Choose another output folder "
                        "in the plugin settings.").format(folder, exc),
                Qgis.MessageLevel.Critical,
            )
            return None
        return output_path(folder, layer.name(), datetime.now())

    # --- the task -----------------------------------------------------------------------------
    def resume(self):
        """Run the cancelled run again with RESUME on the same output: the tiles done stay,
        the others are classified."""
        if self.running or self._resumable is None:
            return
        algorithm, layer, models, output, max_tiles, area = self._resumable
        self.area = area
        try:
            layer.id()
        except RuntimeError:  # the raster was removed meanwhile
            self._resumable = None
            return
        self._start(algorithm, layer, models, output, max_tiles, resume=True)

    def _start(self, algorithm, layer, models, output: Path, max_tiles: int, resume=False):
        params = {
            # The id, not the layer object: the worker thread resolves it through the context's
            # project, as the Toolbox does.
            "INPUT": layer.id(),
            "EXTENT": self._area(),
            "OUTPUT": str(output),
            # The analyst has seen the tile count (and confirmed it when large).
            "MAX_TILES": max_tiles,
        }
        if models is not None:
            params.update(MODEL=str(models.text), MMPROJ=str(models.mmproj))
        if resume:
            params["RESUME"] = True
        pop_message(self.iface, self._resume_item)
        self._resume_item = None
        self._resumable = (algorithm, layer, models, output, max_tiles, self.area)
        self.output = output
        self.last_layer = None
        self._source_name = layer.name()
        self._run_label = self.tr("Deforestation Classifier: {}").format(layer.name())
        self._run_tiles = max_tiles
        self._first_progress = None
        self._started_at = datetime.now()
        self.context, self.feedback, self.task = algorithm_task(
            algorithm, params, self._run_label)
        self.task.executed.connect(self._on_executed)
        # Emitted on the task's worker thread; queued to this object's (the main) thread.
        self.feedback.progressChanged.connect(self._on_progress)
        self._set_running(True)
        if refused(self.task):
            self._on_executed(False, {})
            return
        log(self.tr("Classifying {} within {} into {}").format(
            layer.name(), self.tr("the map view") if self.area is None else self.tr("the area"),
            output))
        start(self.task)
        self._drop_progress_message()
        self.progress_text = self.tr(
            "Classifying '{}': {} tiles of 1 km, loading the model. Cancel is in the status "
            "bar (the task's progress).").format(layer.name(), max_tiles)
        self.progress_item = push_lasting(self.iface, self.progress_text)

    def _on_progress(self, percent):
        """The task's progress as "tile N of M, about T left", in the message bar and in the
        task's description (the task manager has no other text)."""
        if not self.running or self._detached:
            return
        now = time.monotonic()
        if self._first_progress is None:
            self._first_progress = (now, percent)
            seconds = 0.0
        else:
            first_time, first_percent = self._first_progress
            gained = percent - first_percent
            seconds = (now - first_time) / gained * percent if gained > 0 else 0.0
        text = progress_text(percent, self._run_tiles, seconds)
        self.progress_text = self.tr("Classifying '{}': {}. Cancel is in the status bar.") \
            .format(self._source_name, text)
        if self.progress_item is not None:
            try:
                self.progress_item.setText(self.progress_text)
            except RuntimeError:  # closed by the user
                self.progress_item = None
        if self.task is not None:
            try:
                self.task.setDescription(f"{self._run_label} ({text})")
            except RuntimeError:  # the task manager has deleted it
                pass

    def _drop_progress_message(self):
        pop_message(self.iface, self.progress_item)
        self.progress_item = None

    def _on_executed(self, successful, results):
        if self._detached:
            self.running = False
            self._drop_progress_message()
            # Deleted after this slot returns, taking context and feedback with it.
            self.deleteLater()
            return
        self._drop_progress_message()
        try:
            if successful:
                self._load_result(results)
            elif self.feedback is not None and self.feedback.isCanceled() \
                    and not self.feedback.errors:
                self._load_partial()
            else:
                self._report_failure()
        finally:
            self._set_running(False)
            # The task still uses context and feedback until this slot returns: drop them on
            # the next turn of the event loop (this also closes the GeoPackage they hold).
            QTimer.singleShot(0, self._release)

    def _load_result(self, results):
        path = results.get("OUTPUT") or str(self.output)
        layer = self._add_layer(path)
        if layer is None:
            return
        counts = counts_text(results)
        self._push(
            self.tr("{} tiles classified ({}). Layer '{}' added at the top of the Layers "
                    "panel, in the group '{}'.")
            .format(int(results.get("TILE_COUNT", layer.featureCount())), counts, layer.name(),
                    run_names(self._source_name, self._started_at or datetime.now())[0]),
            Qgis.MessageLevel.Success,
        )

    def _load_partial(self):
        """Cancelled: the algorithm has closed the file with the tiles done; show them."""
        layer = None
        if self.output is not None and self.output.is_file():
            layer = self._add_layer(str(self.output), quiet=True)
        done = layer.featureCount() if layer is not None else 0
        button = QPushButton(self.tr("Resume"))
        button.setObjectName("resumeClassifyButton")
        button.clicked.connect(self.resume)
        # Until closed: QGIS's own "Task failed" notice must not be the last word.
        self._resume_item = push_message(
            self.iface, self.tr("Cancelled. {} tiles were done{}. Resume classifies the rest "
                                "into the same file.").format(
                done, self.tr(" and are shown") if done else ""),
            Qgis.MessageLevel.Info, duration=0, buttons=[button])

    def _add_layer(self, path, quiet=False):
        layer = styled_result(path)
        if layer is None or (quiet and layer.featureCount() <= 0):
            if not quiet:
                self._push(self.tr("The result {} could not be loaded.").format(path),
                           Qgis.MessageLevel.Critical)
            return None
        remove_layers_reading(path)  # a resumed run's partial layer: replaced, not repeated
        group = add_at_top(layer, self._source_name, self._started_at or datetime.now())
        # The Layers panel shows a group inserted by code collapsed although the node says
        # expanded: toggle it once the view has seen it, so its legend is visible.
        QTimer.singleShot(0, lambda: show_expanded(group))
        self.last_layer = layer
        return layer

    def _report_failure(self):
        errors = list(self.feedback.errors) if self.feedback is not None else []
        if self.feedback is not None:
            warn(self.tr("Classification failed. Processing log:\n{}")
                 .format(self.feedback.textLog()))
        reason = in_dialog_words(errors[-1].strip()) if errors else self.tr("unknown error")
        self._push(
            self.tr("Classification failed: {} See the Log Messages panel "
                    "(Deforestation Classifier and Processing tabs) for details.").format(reason),
            Qgis.MessageLevel.Critical,
            duration=0,
        )

    def _release(self):
        if not self.running:
            self.task = None
            self.context = None
            self.feedback = None

    # --- helpers ------------------------------------------------------------------------------
    def _set_running(self, running: bool):
        self.running = running
        self.running_changed.emit(running)

    def _push(self, text, level, duration=MESSAGE_SECONDS):
        push_message(self.iface, text, level, duration)
