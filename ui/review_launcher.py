"""The plugin's "Review deforestation tiles" action: the review dock opened on the active layer."""
from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt

from ..core.review.queue import ReviewError
from ..core.alerts.store import review_problem
from ..toolbelt.message_bar import push_message
from .review_dock import ReviewDock


class ReviewLauncher:
    """What the plugin's "Review deforestation tiles" action does: open the dock on the active
    layer (one dock, reused). While the dock is open it follows the layer the analyst chooses
    in the Layers panel, when that layer can be reviewed; choosing any other layer (the scene,
    a basemap) leaves the dock on the layer it reviews."""

    def __init__(self, iface):
        self.iface = iface
        self.dock = None
        self._following = False

    def open_on_active_layer(self):
        layer = self.iface.activeLayer()
        problem = review_problem(layer)
        if problem:
            push_message(self.iface, problem, Qgis.MessageLevel.Warning)
            return None
        dock = self.dock
        if dock is None:
            dock = ReviewDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        try:
            dock.set_layer(layer)
        except ReviewError as exc:
            push_message(self.iface, str(exc), Qgis.MessageLevel.Warning)
            if self.dock is None:
                self._remove(dock)
            return None
        self.dock = dock
        self._follow(True)
        dock.show()
        dock.raise_()
        dock.content.setFocus()
        return dock

    def follow_active_layer(self, *_args):
        """The analyst chose another layer: review it when it is a classify or compare output
        (the decisions on the previous layer are saved as they are made; its pending note is
        saved by set_layer). Returns the dock when it moved to the layer."""
        dock = self.dock
        layer = self.iface.activeLayer()
        if dock is None or dock.isHidden() or layer is None or layer is dock.layer \
                or review_problem(layer):
            return None
        try:
            dock.set_layer(layer)
        except ReviewError as exc:
            push_message(self.iface, str(exc), Qgis.MessageLevel.Warning)
            return None
        return dock

    def unload(self):
        self._follow(False)
        if self.dock is not None:
            self._remove(self.dock)
            self.dock = None

    def _follow(self, on: bool):
        # QgisInterface.currentLayerChanged: the layer selected in the Layers panel changed.
        if on != self._following:
            signal = self.iface.currentLayerChanged
            (signal.connect if on else signal.disconnect)(self.follow_active_layer)
            self._following = on

    def _remove(self, dock):
        dock.cleanup()
        dock.hide()
        self.iface.removeDockWidget(dock)
        dock.deleteLater()
