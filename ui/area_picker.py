"""The area of a toolbar run, chosen the same way for "Classify this area from Sentinel-2" and
"Find new clearings": the map view, a rectangle drawn on the map, or a polygon layer (all its
features or the selected ones).

The algorithms take an EXTENT, so a polygon layer gives the bounding box of its (selected)
features: every 1 km tile touching that box is fetched and classified (docs/FETCH.md).
"""
from qgis.core import Qgis, QgsMapLayerProxyModel, QgsReferencedRectangle
from qgis.gui import QgsMapLayerComboBox, QgsMapToolExtent
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

VIEW, DRAWN, LAYER = "view", "drawn", "layer"


def tr(text):
    return QCoreApplication.translate("AreaPicker", text)


def _polygon_filter():
    # Qgis.LayerFilter from QGIS 3.34; QgsMapLayerProxyModel.Filter before.
    enum = getattr(Qgis, "LayerFilter", None) or QgsMapLayerProxyModel.Filter
    return enum.PolygonLayer


class AreaPicker(QWidget):
    """A choice of area and, for a drawn rectangle, the drawing. `changed` fires whenever the
    area may have changed (for a dialog's tile count)."""

    changed = pyqtSignal()
    drawing_done = pyqtSignal()

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setObjectName("deforestationAreaPicker")
        self.iface = iface
        self.drawn = None  # QgsReferencedRectangle of the last rectangle drawn
        self.drawing = False
        self._tool = None
        self._previous_tool = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self)
        self.kind.setObjectName("areaKind")
        self.kind.addItem(tr("The map view"), VIEW)
        self.kind.addItem(tr("A rectangle drawn on the map"), DRAWN)
        self.kind.addItem(tr("A polygon layer"), LAYER)
        grid.addWidget(self.kind, 0, 0, 1, 2)
        self.draw_button = QPushButton(tr("Draw on the map..."), self)
        self.draw_button.setObjectName("drawAreaButton")
        self.draw_button.clicked.connect(self.start_drawing)
        grid.addWidget(self.draw_button, 1, 0)
        self.layer = QgsMapLayerComboBox(self)
        self.layer.setObjectName("areaLayer")
        self.layer.setFilters(_polygon_filter())
        grid.addWidget(self.layer, 1, 0)
        self.selected_only = QCheckBox(tr("Selected features only"), self)
        self.selected_only.setObjectName("areaSelectedOnly")
        grid.addWidget(self.selected_only, 1, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("areaSummary")
        self.summary.setWordWrap(True)
        grid.addWidget(self.summary, 2, 0, 1, 2)
        self.kind.currentIndexChanged.connect(self._update)
        self.layer.layerChanged.connect(self._update)
        self.selected_only.toggled.connect(self._update)
        self._update()

    # --- the choice ---------------------------------------------------------------------------
    def set_kind(self, kind):
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def area(self):
        """The chosen area as a QgsReferencedRectangle, or None when there is none yet (no
        rectangle drawn, no polygon layer, nothing selected)."""
        kind = self.kind.currentData()
        if kind == DRAWN:
            return self.drawn
        if kind == LAYER:
            layer = self.layer.currentLayer()
            if layer is None:
                return None
            if self.selected_only.isChecked():
                if layer.selectedFeatureCount() == 0:
                    return None
                rect = layer.boundingBoxOfSelected()
            else:
                rect = layer.extent()
            return None if rect.isEmpty() else QgsReferencedRectangle(rect, layer.crs())
        canvas = self.iface.mapCanvas()
        return QgsReferencedRectangle(canvas.extent(), canvas.mapSettings().destinationCrs())

    def problem(self):
        """Why there is no area yet, in the analyst's words; None when there is one."""
        if self.area() is not None:
            return None
        kind = self.kind.currentData()
        if kind == DRAWN:
            return tr("Draw a rectangle on the map first (Draw on the map...).")
        if self.layer.currentLayer() is None:
            return tr("Add a polygon layer to the project, or choose another area.")
        return tr("Select features of '{}', or untick 'Selected features only'.").format(
            self.layer.currentLayer().name())

    def description(self):
        """The area in a few words, for messages and the log."""
        kind = self.kind.currentData()
        if kind == DRAWN:
            return tr("the rectangle drawn")
        if kind == LAYER and self.layer.currentLayer() is not None:
            name = self.layer.currentLayer().name()
            return (tr("the selected features of '{}'") if self.selected_only.isChecked()
                    else tr("the features of '{}'")).format(name)
        return tr("the map view")

    def _update(self, *_args):
        kind = self.kind.currentData()
        self.draw_button.setVisible(kind == DRAWN)
        self.layer.setVisible(kind == LAYER)
        self.selected_only.setVisible(kind == LAYER)
        self.summary.setText(self.problem() or "")
        self.changed.emit()

    # --- drawing ------------------------------------------------------------------------------
    def start_drawing(self):
        """Hide the dialog (a modal dialog ends its exec() when hidden: see exec_with_drawing)
        and let the analyst drag a rectangle with QGIS's own extent tool."""
        canvas = self.iface.mapCanvas()
        self._previous_tool = canvas.mapTool()
        self._tool = QgsMapToolExtent(canvas)
        self._tool.extentChanged.connect(self._on_drawn)
        self._tool.deactivated.connect(self._stop)
        canvas.setMapTool(self._tool)
        self.drawing = True
        self.iface.messageBar().pushMessage(
            tr("Deforestation Classifier"),
            tr("Drag a rectangle on the map: the area to work on. Esc or another tool cancels."),
            level=Qgis.MessageLevel.Info, duration=5)
        dialog = self.window()
        if dialog is not self:
            dialog.hide()

    def _on_drawn(self, rect):
        if rect is None or rect.isEmpty():
            return
        self.drawn = QgsReferencedRectangle(
            rect, self.iface.mapCanvas().mapSettings().destinationCrs())
        self.set_kind(DRAWN)
        self._restore_tool()

    def _restore_tool(self):
        canvas = self.iface.mapCanvas()
        tool, self._tool = self._tool, None
        if tool is not None:
            tool.deactivated.disconnect(self._stop)
            if canvas.mapTool() is tool:
                if self._previous_tool is not None:
                    canvas.setMapTool(self._previous_tool)
                else:
                    canvas.unsetMapTool(tool)
        self._stop()

    def _stop(self):
        self.drawing = False
        self._update()
        self.drawing_done.emit()

    def wait_for_drawing(self):
        """Pump events until the rectangle is drawn or the drawing given up."""
        if not self.drawing:
            return
        loop = QEventLoop()
        self.drawing_done.connect(loop.quit)
        loop.exec()
        self.drawing_done.disconnect(loop.quit)


def exec_with_drawing(dialog, picker):
    """dialog.exec(), shown again after each rectangle drawn on the map (the dialog hides while
    the analyst draws, which ends exec())."""
    while True:
        result = dialog.exec()
        if not picker.drawing:
            return result
        picker.wait_for_drawing()
