"""The plugin's "Review deforestation tiles" action: the review dock opened on the active layer."""
from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt

from ..core.review.queue import ReviewError
from ..core.alerts.store import review_problem
from ..toolbelt.message_bar import push_message
from .review_dock import ReviewDock


class ReviewLauncher:
    """What the plugin's "Review deforestation tiles" action does: open the dock on the active
    layer (one dock, reused)."""

    def __init__(self, iface):
        self.iface = iface
        self.dock = None

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
        dock.show()
        dock.raise_()
        dock.content.setFocus()
        return dock

    def unload(self):
        if self.dock is not None:
            self._remove(self.dock)
            self.dock = None

    def _remove(self, dock):
        dock.cleanup()
        dock.hide()
        self.iface.removeDockWidget(dock)
        dock.deleteLater()
