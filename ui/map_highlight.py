"""The tile under review on the map: the canvas zoomed to it, its outline highlighted."""
from qgis.core import QgsCoordinateTransform, QgsCsException, QgsProject
from qgis.gui import QgsHighlight
from qgis.PyQt.QtGui import QColor

from ..toolbelt.log import warn
from ..toolbelt.i18n import tr

ZOOM_FACTOR = 3.0  # the view shows the tile and one tile's width around it
HIGHLIGHT_COLOUR = QColor(0, 255, 255, 255)
HIGHLIGHT_FILL = QColor(0, 255, 255, 40)


class TileHighlight:
    """At most one tile highlighted on `canvas`; `item` is its QgsHighlight (None when none)."""

    def __init__(self, canvas):
        self.canvas = canvas
        self.item = None

    def show(self, geometry, layer, tile_id=""):
        """Zoom to `geometry` (in `layer`'s CRS) in the canvas CRS and highlight it."""
        self.clear()
        if geometry is None or geometry.isEmpty():
            return
        rect = geometry.boundingBox()
        destination = self.canvas.mapSettings().destinationCrs()
        if destination.isValid() and layer.crs().isValid() and destination != layer.crs():
            try:
                transform = QgsCoordinateTransform(layer.crs(), destination,
                                                   QgsProject.instance())
                rect = transform.transformBoundingBox(rect)
            except QgsCsException as exc:
                warn(tr("Tile {} cannot be shown in the map's CRS: {}").format(tile_id, exc))
                return
        rect.scale(ZOOM_FACTOR)
        self.canvas.setExtent(rect)
        self.canvas.refresh()
        self.item = QgsHighlight(self.canvas, geometry, layer)
        self.item.setColor(HIGHLIGHT_COLOUR)
        self.item.setFillColor(HIGHLIGHT_FILL)
        self.item.setWidth(3)
        self.item.show()

    def clear(self):
        if self.item is not None:
            try:
                self.canvas.scene().removeItem(self.item)
            except RuntimeError:  # the canvas is gone
                pass
            self.item = None
