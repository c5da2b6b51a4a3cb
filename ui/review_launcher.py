"""The plugin's "Review deforestation tiles" action: the review dock opened on the active layer."""
from qgis.core import Qgis
from qgis.PyQt.QtCore import QEvent, QObject, Qt

from ..core.review.queue import ReviewError
from ..core.alerts.store import review_problem
from ..toolbelt.message_bar import push_message
from .review_dock import ReviewDock


class DockWidthKeeper(QObject):
    """Keeps the dock at least as wide as its content's minimum: the content does not scroll
    sideways, and its buttons grow with the tile shown and the language (a class name in
    "Confirm: ..."), so a width measured once cut them off when docked at the minimum."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        dock.content.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API name)
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False

    def fit(self):
        scroll = self.dock.widget()
        needed = (self.dock.content.minimumSizeHint().width()
                  + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth())
        if needed > self.dock.minimumWidth():
            self.dock.setMinimumWidth(needed)


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
            dock.width_keeper = DockWidthKeeper(dock)
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
