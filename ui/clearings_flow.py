""""Find new clearings" from the toolbar: the dialog (ui/clearings_dialog.py), then five tasks
one after the other: fetch BEFORE, fetch AFTER (deforestation:fetch_sentinel2, tile by tile),
classify each (deforestation:classify), compare (deforestation:compare, with its clearings).

Every output goes into one project folder named in the dialog (never a temporary file), and
into one group at the top of the Layers panel; the review opens on the alerts. A run stopped
(cancel, a failed fetch) offers Resume: the same folder again, fetches already written kept,
classifications continued with RESUME. The algorithms are looked up in the Processing registry
(ui/ never imports processing_provider/, docs/ARCHITECTURE.md).
"""
from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QPushButton

from ..core.output.input_style import InputStyleError, apply_false_colour
from ..settings import BACKEND_SERVER, PlgSettings
from ..toolbelt.log import log
from ..toolbelt.message_bar import pop_message, push_lasting, push_message
from .algorithm_task import algorithm_task, refused, registered_algorithm, start, styled_result
from .clearings_dialog import ClearingsDialog
from .dialog_words import in_dialog_words
from .layer_tree import show_expanded
from .model_download import offer_model_download

FETCH, CLASSIFY, COMPARE = ("deforestation:fetch_sentinel2", "deforestation:classify",
                            "deforestation:compare")


class ClearingsFlow(QObject):
    """One run at a time; `running_changed` lets the plugin disable its button meanwhile."""

    running_changed = pyqtSignal(bool)

    def __init__(self, iface, open_review=None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.open_review = open_review  # called with the alerts layer active
        self.running = False
        self.stac_url = ""  # empty: the STAC API setting (tests set a loopback one)
        self.values = None  # the dialog's answer of the last run (Resume runs it again)
        self.layers = {}  # what the last run added: alerts, clearings, patches, ...
        self.context = self.feedback = self.task = None
        self._steps = []
        self._step = None
        self._step_number = 0
        self._progress_item = None
        self._stopped_item = None
        self._detached = False
        self._retired = None
        self.folder = None

    def choose(self):
        """The dialog's values, or None when cancelled (tests replace it)."""
        dialog = ClearingsDialog(self.iface, self.iface.mainWindow())
        return dialog.values() if dialog.run() else None

    def run(self):
        if self.running:
            return
        values = self.choose()
        if values is not None:
            self.start(values)

    def resume(self):
        if self.values is not None and not self.running:
            self.start(self.values)

    # --- the plan -------------------------------------------------------------------------
    def start(self, values):
        settings = PlgSettings.load()
        models = None if settings.backend == BACKEND_SERVER else settings.model_files()
        if models is not None and models.missing():
            offer_model_download(self.iface.mainWindow(), models,
                                 on_ready=lambda: self.start(values))
            return
        folder = settings.resolved_output_folder() / values["name"]
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._push(self.tr("Cannot create the project folder {}: {}. Choose another output "
                               "folder in the plugin settings.").format(folder, exc),
                       Qgis.MessageLevel.Critical)
            return
        self.values, self.folder, self.layers = values, folder, {}
        pop_message(self.iface, self._stopped_item)
        self._stopped_item = None
        self._steps = self._plan(values, folder, settings, models)
        self._step_number = 0
        self._set_running(True)
        log(self.tr("Finding new clearings over {} into {}").format(
            values["description"], folder))
        self._next()

    def _plan(self, values, folder, settings, models):
        """(what, algorithm id, parameters, skip) of each step; skip: already written."""
        fetch = {"EXTENT": values["area"], "MAX_CLOUD_COVER": values["max_cloud"],
                 "PER_TILE": True, **settings.fetch_parameters()}
        if self.stac_url:
            fetch["STAC_URL"] = self.stac_url
        model = {} if models is None else {"MODEL": str(models.text),
                                           "MMPROJ": str(models.mmproj)}
        steps = []
        for role, label in (("before", self.tr("Before")), ("after", self.tr("After"))):
            start_date, end_date = values[role]
            scene = folder / role / "s2.vrt"
            steps.append((self.tr("fetching Sentinel-2 of {} ({} to {})").format(
                label, start_date, end_date), FETCH, {
                **fetch, "START_DATE": start_date, "END_DATE": end_date,
                "OUTPUT": str(scene)}, scene.is_file(), role + "_scene"))
        for role, label in (("before", self.tr("Before")), ("after", self.tr("After"))):
            tiles = folder / f"{role}_tiles.gpkg"
            steps.append((self.tr("classifying {}").format(label), CLASSIFY, {
                "INPUT": str(folder / role / "s2.vrt"), "EXTENT": values["area"],
                "OUTPUT": str(tiles), "MAX_TILES": 0, "RESUME": tiles.is_file(), **model},
                False, role + "_tiles"))
        steps.append((self.tr("comparing the two dates"), COMPARE, {
            "BEFORE": str(folder / "before_tiles.gpkg"),
            "AFTER": str(folder / "after_tiles.gpkg"),
            "BEFORE_RASTER": str(folder / "before" / "s2.vrt"),
            "AFTER_RASTER": str(folder / "after" / "s2.vrt"),
            "OUTPUT": str(folder / "alerts.gpkg"), "PATCHES": str(folder / "patches.gpkg"),
            "CLEARINGS": str(folder / "clearings.gpkg")}, False, "alerts"))
        return steps

    # --- the tasks ------------------------------------------------------------------------
    def _next(self):
        if self._detached:
            return
        while self._steps:
            self._step = self._steps.pop(0)
            self._step_number += 1
            what, algorithm_id, params, skip, _key = self._step
            if skip:
                log(self.tr("Kept {} from the earlier run.").format(params["OUTPUT"]))
                continue
            algorithm = registered_algorithm(algorithm_id)
            if algorithm is None:
                self._stop(self.tr("The algorithm {} is not registered. Re-enable the plugin in "
                                   "Plugins > Manage and Install Plugins.").format(algorithm_id))
                return
            self.context, self.feedback, self.task = algorithm_task(
                algorithm, params, self.tr("Find new clearings: {}").format(what))
            self.task.executed.connect(self._on_executed)
            self.feedback.progressChanged.connect(self._on_progress)
            if refused(self.task):
                self._on_executed(False, {})
                return
            start(self.task)
            self._show_progress(0)
            return
        self._finish()

    def _show_progress(self, percent):
        text = self.tr("Find new clearings '{}': step {} of 5, {} ({} %). Cancel is in the "
                       "status bar.").format(self.values["name"], self._step_number,
                                             self._step[0], int(percent))
        if self._progress_item is None:
            self._progress_item = push_lasting(self.iface, text)
            return
        try:
            self._progress_item.setText(text)
        except RuntimeError:  # closed by the analyst
            self._progress_item = None

    def _on_progress(self, percent):
        if self.running and not self._detached:
            self._show_progress(percent)

    def _on_executed(self, successful, _results):
        # The task uses its context and feedback until this slot returns: they are kept (as
        # `_retired`) and the next step starts on the next turn of the event loop.
        feedback = self.feedback
        self._retired = (self.context, self.feedback, self.task)
        self.context = self.feedback = self.task = None
        if self._detached:
            self.running = False
            self.deleteLater()
            return
        if successful:
            QTimer.singleShot(0, self._next)
            return
        if feedback is not None and feedback.isCanceled():
            self._stop(self.tr("Cancelled while {}.").format(self._step[0]), cancelled=True)
            return
        error = feedback.last_error(self.tr("see the Processing log")) if feedback else ""
        self._stop(self.tr("Stopped while {}: {}").format(self._step[0], in_dialog_words(error)))

    def _stop(self, text, cancelled=False):
        self._drop_progress()
        self._set_running(False)
        self._steps = []
        button = QPushButton(self.tr("Resume"))
        button.setObjectName("resumeClearingsButton")
        button.clicked.connect(self.resume)
        self._stopped_item = push_message(
            self.iface, self.tr("{} Resume continues in {}: what is written is kept.").format(
                text, self.folder), Qgis.MessageLevel.Info if cancelled
            else Qgis.MessageLevel.Critical, duration=0, buttons=[button])

    def _finish(self):
        self._drop_progress()
        self._set_running(False)
        self._add_layers()
        alerts = self.layers.get("alerts")
        if alerts is None:
            return
        alert_count = sum(1 for f in alerts.getFeatures() if f["alert"])
        self._push(self.tr("Find new clearings '{}': {} alert tiles. Every output is in {}; the "
                           "review is open on the alerts.").format(
                               self.values["name"], alert_count, self.folder),
                   Qgis.MessageLevel.Success)
        self.iface.setActiveLayer(alerts)
        if self.open_review is not None:
            self.open_review()

    def _add_layers(self):
        """One group named after the run at the top: the alerts first, the scenes last. A
        group of the same name (an earlier, stopped run) is replaced, not repeated."""
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        old = root.findGroup(self.values["name"])
        if old is not None:
            project.removeMapLayers([layer.layerId() for layer in old.findLayers()])
            root.removeChildNode(old)
        group = root.insertGroup(0, self.values["name"])
        names = {"alerts": self.tr("Alerts"), "clearings": self.tr("Clearings"),
                 "patches": self.tr("Alert patches"), "after_tiles": self.tr("After: tiles"),
                 "before_tiles": self.tr("Before: tiles"), "after_scene": self.tr("After: image"),
                 "before_scene": self.tr("Before: image")}
        for key, name in names.items():
            layer = self._layer(key, name)
            if layer is None:
                continue
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            if key not in ("alerts", "clearings"):
                group.findLayer(layer.id()).setItemVisibilityChecked(key.endswith("scene"))
            self.layers[key] = layer
        QTimer.singleShot(0, lambda: show_expanded(group))

    def _layer(self, key, name):
        path = {"alerts": "alerts.gpkg", "clearings": "clearings.gpkg",
                "patches": "patches.gpkg", "after_tiles": "after_tiles.gpkg",
                "before_tiles": "before_tiles.gpkg", "after_scene": "after/s2.vrt",
                "before_scene": "before/s2.vrt"}[key]
        path = self.folder / path
        if not path.is_file():
            return None
        if key.endswith("scene"):
            layer = QgsRasterLayer(str(path), name, "gdal")
            try:
                apply_false_colour(layer)
            except InputStyleError as exc:
                log(str(exc))
        elif key.endswith("tiles"):
            layer = styled_result(str(path))
        else:  # the compare outputs carry their style in the GeoPackage
            layer = QgsVectorLayer(str(path), name, "ogr")
        if layer is None or not layer.isValid():
            return None
        layer.setName(name)
        return layer

    # --- helpers --------------------------------------------------------------------------
    def cancel(self):
        """Plugin unload: stop the running task and ignore what it reports."""
        self._drop_progress()
        if not self.running:
            return
        self._detached = True
        self.setParent(QgsApplication.instance())
        if self.task is None:  # between two steps: nothing runs
            self.running = False
            self.deleteLater()
            return
        try:
            self.task.cancel()
        except RuntimeError:  # the task manager has deleted it
            pass

    def _drop_progress(self):
        pop_message(self.iface, self._progress_item)
        self._progress_item = None

    def _set_running(self, running):
        self.running = running
        self.running_changed.emit(running)

    def _push(self, text, level):
        push_message(self.iface, text, level)
