""""Classify this area from Sentinel-2": dialog -> deforestation:fetch_sentinel2 over the map
view in a task -> the scene added, styled as the model sees it -> the toolbar's classification
(ui/toolbar_flow.py) of that scene within the view, whose result goes above it.

Progress and cancel are the task manager's (fetch) and then the toolbar flow's (classify). The
algorithm is looked up in the Processing registry (docs/ARCHITECTURE.md).
"""
from datetime import datetime

from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsReferencedRectangle
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.output.input_style import InputStyleError, apply_false_colour
from ..toolbelt.log import log
from ..toolbelt.message_bar import pop_message, push_lasting, push_message
from ..settings import PlgSettings
from .algorithm_task import algorithm_task, refused, registered_algorithm, start
from .dialog_words import in_dialog_words
from .fetch_area_dialog import FetchAreaDialog
from .toolbar_flow import sanitise

ALGORITHM_ID = "deforestation:fetch_sentinel2"


class FetchAreaFlow(QObject):
    running_changed = pyqtSignal(bool)

    def __init__(self, iface, classify_flow, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.classify_flow = classify_flow  # ui/toolbar_flow.py ToolbarFlow
        self.context = self.feedback = self.task = None
        self.running = False
        self.scene_layer = None
        self.area = None  # the QgsReferencedRectangle of the last run
        self.stac_url = ""  # empty: the STAC API setting, else the algorithm's (Earth Search)
        self.progress_item = None  # "Searching...", removed when the fetch ends

    def choose(self):
        """The dialog's values, or None when cancelled (tests replace it)."""
        dialog = FetchAreaDialog(self.iface.mainWindow(), iface=self.iface)
        return dialog.values() if dialog.run() else None

    def run(self):
        if self.running or self.classify_flow.running:
            return
        algorithm = registered_algorithm(ALGORITHM_ID)
        if algorithm is None:
            self._push(self.tr("The algorithm {} is not registered. Re-enable the plugin in "
                               "Plugins > Manage and Install Plugins.").format(ALGORITHM_ID),
                       Qgis.MessageLevel.Critical)
            return
        values = self.choose()
        if values is None:
            return
        start_date, end_date, max_cloud, *rest = values
        canvas = self.iface.mapCanvas()
        # None: the map view (the dialog's default).
        area = (rest[0] if rest and rest[0] is not None else QgsReferencedRectangle(
            canvas.extent(), canvas.mapSettings().destinationCrs()))
        self.area = area
        settings = PlgSettings.load()
        folder = settings.resolved_output_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._push(self.tr("Cannot create the output folder {}: {}. Choose another output "
                               "folder in the plugin settings.").format(folder, exc),
                       Qgis.MessageLevel.Critical)
            return
        stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
        output = folder / sanitise(f"sentinel2_{stamp}") / "s2.vrt"
        params = {
            "EXTENT": area,
            "START_DATE": start_date, "END_DATE": end_date, "MAX_CLOUD_COVER": max_cloud,
            # Every tile from its clearest acquisition: cloudy seasons still answer.
            "PER_TILE": True, "OUTPUT": str(output),
        }
        params.update(settings.fetch_parameters())
        if self.stac_url:
            params["STAC_URL"] = self.stac_url
        self.context, self.feedback, self.task = algorithm_task(
            algorithm, params, self.tr("Deforestation Classifier: fetching Sentinel-2"))
        self.task.executed.connect(self._on_executed)
        self._set_running(True)
        if refused(self.task):
            self._on_executed(False, {})
            return
        log(self.tr("Fetching Sentinel-2 L2A {} to {} over {} into {}")
            .format(start_date, end_date, self._area_text(area), output))
        start(self.task)
        text = self.tr("Searching Sentinel-2 L2A from {} to {} (at most {} % cloud); cancel "
                       "in the status bar.").format(start_date, end_date, f"{max_cloud:g}")
        self._drop_progress_message()
        self.progress_item = push_lasting(self.iface, text)

    def _drop_progress_message(self):
        pop_message(self.iface, self.progress_item)
        self.progress_item = None

    def _on_executed(self, successful, results):
        feedback = self.feedback
        self.context = self.feedback = self.task = None
        self._drop_progress_message()
        self._set_running(False)
        if not successful:
            if feedback is not None and feedback.isCanceled():
                self._push(self.tr("Sentinel-2 fetch cancelled."), Qgis.MessageLevel.Info)
                return
            error = feedback.last_error(self.tr("The Sentinel-2 fetch failed; see the "
                                                "Processing log.")) if feedback else ""
            self._push(in_dialog_words(error), Qgis.MessageLevel.Critical)
            return
        dates = sorted({d.strip()[:10] for d in results["DATETIME"].split(",") if d.strip()})
        # Tile by tile (PER_TILE): the first and last dates of the acquisitions used.
        when = dates[0] if len(dates) == 1 else f"{dates[0]}..{dates[-1]}"
        layer = QgsRasterLayer(results["OUTPUT"], self.tr("Sentinel-2 {}").format(when), "gdal")
        if not layer.isValid():
            self._push(self.tr("The fetched scene {} cannot be opened.").format(
                results["OUTPUT"]), Qgis.MessageLevel.Critical)
            return
        try:
            apply_false_colour(layer)  # R = B08, G = B04, B = B03, DN 0..3000
        except InputStyleError as exc:
            log(str(exc))
        layer = self._earlier_scene(layer) or QgsProject.instance().addMapLayer(layer)
        self.scene_layer = layer
        self.iface.setActiveLayer(layer)
        log(self.tr("Fetched {} ({})").format(results["ITEM_IDS"], results["DATETIME"]))
        # The toolbar's own classification of the active raster within the area: its result
        # is added at the top of the layer tree, above the scene.
        self.classify_flow.run_on(self.area)

    @staticmethod
    def _earlier_scene(layer):
        """The same scene fetched before (same dates, same extent) when it is still in the
        project: reused, so that fetching again does not pile up scene layers."""
        for earlier in QgsProject.instance().mapLayersByName(layer.name()):
            if isinstance(earlier, QgsRasterLayer) and earlier.extent() == layer.extent() \
                    and earlier.crs() == layer.crs():
                return earlier
        return None

    def _area_text(self, area):
        return f"{area.toString(0)} ({area.crs().authid()})"

    def cancel(self):
        self._drop_progress_message()
        if self.running and self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:
                pass

    def _set_running(self, running):
        self.running = running
        self.running_changed.emit(running)

    def _push(self, text, level):
        push_message(self.iface, text, level)
