"""The review dock's chip: the image the model saw, and the choice of where it comes from.

A chip file from the chips folder when there is one (core/review/chip_source.py ChipLocator),
else the chip rendered again from the source raster (ChipRenderer). The folder and the raster are
remembered per layer by the review store (core/review/store.py), per `role` for the two dates of
a compare output (ui/alert_view.py shows a "before" and an "after" panel).
"""
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsCsException,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsRasterLayer,
)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage, QPixmap
from qgis.PyQt.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .. import errors
from ..core.review.chip_source import ChipLocator, ChipRenderer
from ..toolbelt.layer_crs import crs_for_osr
from ..toolbelt.log import warn
from ..toolbelt.i18n import tr

CHIP_DISPLAY_PX = 200  # the 100 px chip at 2x, pixels kept sharp
# How a role is named in the panel's texts.
ROLE_NAMES = {"before": "earlier date", "after": "later date"}


def _raster_filter():
    # Qgis.LayerFilter from QGIS 3.34; QgsMapLayerProxyModel.Filter before.
    enum = getattr(Qgis, "LayerFilter", None) or QgsMapLayerProxyModel.Filter
    return enum.RasterLayer


def chip_qimage(chip) -> QImage:
    """An (H, W, 3) uint8 array as a QImage that owns its pixels."""
    import numpy as np

    chip = np.ascontiguousarray(chip, dtype=np.uint8)
    height, width, _ = chip.shape
    return QImage(chip.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def source_rows(view) -> QWidget:
    """The source rows of a view (its add_source_rows) in a widget of their own, to show or
    hide together."""
    rows = QWidget()
    form = QFormLayout(rows)
    form.setContentsMargins(0, 0, 0, 0)
    view.add_source_rows(form)
    return rows


class ChipPanel(QWidget):
    """The chip of the tile shown (`show_tile`) with a caption saying where it comes from.

    Its source widgets (chips folder, source raster) go into the dock's settings form through
    `add_source_rows`; changing them shows the tile's chip again from the new source. `role`
    ("", "before", "after") tells the store which date's folder and raster to remember.
    """

    def __init__(self, role="", display_px=CHIP_DISPLAY_PX, parent=None):
        super().__init__(parent)
        self.role = role
        self.display_px = display_px
        self.store = None
        self.record = None  # the tile shown
        self.image = None  # the chip at its own size (100 x 100)
        self.origin = ""  # "file", "raster" or "" (none shown)
        self.recorded_raster = ""  # what the layer's file records
        self.chosen_raster = ""  # what the user chose for this layer
        self._renderer = None
        self._renderer_key = None
        self._updating = False
        self._build()

    def _build(self):
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chip_label = QLabel()
        self.chip_label.setFixedSize(self.display_px + 4, self.display_px + 4)
        self.chip_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The box is the chip's size: a text shown instead ("no chip" and longer words in
        # other languages) wraps inside it rather than being cut.
        self.chip_label.setWordWrap(True)
        self.chip_label.setFrameShape(QFrame.Shape.Box)
        self.chip_label.setToolTip(self.tr(
            "The 100 x 100 px chip the model saw (R = NIR B08, G = Red B04, B = Green B03), "
            "shown at {} x {} px.").format(self.display_px, self.display_px))
        chip_row = QHBoxLayout()
        chip_row.addWidget(self.chip_label)
        chip_row.addStretch(1)
        layout.addLayout(chip_row)
        self.chip_caption = QLabel()
        self.chip_caption.setWordWrap(True)
        self.chip_caption.setStyleSheet("color: #555;")
        layout.addWidget(self.chip_caption)

        self.chips_widget = QgsFileWidget()
        self.chips_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.chips_widget.setDialogTitle(self.tr("Folder of the chips (<tile_id>.png)"))
        self.chips_widget.setToolTip(self.tr(
            "The chips folder (CHIPS_FOLDER) of the classification{}, remembered for this "
            "layer. Tiles without a chip file there are rendered again from the source raster.")
            .format(self._of_role()))
        self.chips_widget.fileChanged.connect(self._on_chips_folder_changed)
        self.raster_combo = QgsMapLayerComboBox()
        self.raster_combo.setFilters(_raster_filter())
        self.raster_combo.setAllowEmptyLayer(True)
        self.raster_combo.setToolTip(self.tr(
            "The Sentinel-2 raster the classification{} was made from: chips missing from the "
            "chips folder are rendered from it exactly as the classifier did.")
            .format(self._of_role()))
        self.raster_combo.layerChanged.connect(self._on_raster_changed)
        self.raster_note = QLabel()
        self.raster_note.setWordWrap(True)
        self.raster_note.setVisible(False)

    def add_source_rows(self, form):
        """The chips folder and source raster rows, in the dock's settings form."""
        suffix = f" ({self.role})" if self.role else ""
        form.addRow(self.tr("Chips folder") + suffix, self.chips_widget)
        form.addRow(self.tr("Source raster") + suffix, self.raster_combo)
        form.addRow("", self.raster_note)

    def _of_role(self):
        return self.tr(" of the {}").format(ROLE_NAMES[self.role]) if self.role else ""

    # --- public -------------------------------------------------------------------------------
    def set_store(self, store):
        """Chips of the layer behind `store`: its remembered folder and raster, else defaults."""
        self.release()
        self.store = store
        self._updating = True
        try:
            self.chips_widget.setFilePath(str(store.default_chips_folder(self.role) or ""))
            self.recorded_raster = store.recorded_raster(self.role)
            self.chosen_raster = store.chosen_raster(self.role)
            self.raster_combo.setLayer(self._default_raster_layer())
            self._show_raster_note()
        finally:
            self._updating = False

    def release(self):
        """Let go of the layer and the raster (before the layer or the dock goes)."""
        self._close_renderer()
        self.store = None
        self.record = None

    def chips_folder(self):
        text = self.chips_widget.filePath().strip()
        return Path(text) if text else None

    def clear(self):
        self.record = None
        self.chip_label.clear()
        self.chip_caption.setText("")
        self.image = None
        self.origin = ""

    def show_tile(self, record):
        self.record = record
        image, origin, caption, tip = None, "", "", ""
        path = ChipLocator(self.chips_folder()).path(record.tile_id)
        if path is not None:
            image = QImage(str(path))
            if image.isNull():
                image = None
                caption = self.tr("{} is not a readable image.").format(path)
            else:
                origin = "file"
                caption = self.tr("Chip file {}, as the model saw it.").format(path.name)
                tip = str(path)
        if image is None:
            image, caption = self._rendered_chip(record, caption)
            origin = "raster" if image is not None else ""
            tip = self._raster_source()[0]
        self.image = image
        self.origin = origin
        self.chip_caption.setText(caption)
        self.chip_caption.setToolTip(tip)
        if image is None:
            self.chip_label.clear()
            self.chip_label.setText(self.tr("no chip"))
            return
        pixmap = QPixmap.fromImage(image).scaled(
            self.display_px, self.display_px, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation)
        self.chip_label.setPixmap(pixmap)

    # --- rendering from the raster ------------------------------------------------------------
    def _rendered_chip(self, record, before=""):
        prefix = f"{before} " if before else ""
        renderer, error = self._chip_renderer()
        if renderer is None:
            return None, prefix + error
        geometry = self.store.geometry(record.fid)
        bbox = geometry.boundingBox() if geometry is not None else None
        bounds = None if bbox is None else (bbox.xMinimum(), bbox.yMinimum(),
                                            bbox.xMaximum(), bbox.yMaximum())
        try:
            chip = renderer.render(record.tile_id, self.store.layer.crs().toWkt(), bounds)
        except (errors.DeforestationError, RuntimeError) as exc:  # ours, or GDAL's
            warn(tr("Chip of {} could not be rendered: {}").format(record.tile_id, exc))
            return None, prefix + self.tr("The chip could not be rendered from {}: {}").format(
                renderer.source, exc)
        where = self.tr("no chip file in the chips folder") if self.chips_folder() else \
            self.tr("no chips folder")
        return chip_qimage(chip), prefix + self.tr(
            "Rendered from the source raster {} ({}).").format(self._raster_name(), where)

    def _chip_renderer(self):
        """(ChipRenderer, "") for the chosen raster, or (None, why not)."""
        source, fallback_wkt = self._raster_source()
        if not source:
            return None, self.tr("No chip file: choose the chips folder or the source raster{} "
                                 "under 'Chip source and reviewer'.").format(self._of_role())
        if self._renderer is not None and self._renderer_key == source:
            return self._renderer, ""
        self._close_renderer()
        # The bands and DN scaling the classification recorded apply to its own raster only.
        bands, scaling = self.store.render_settings() if source == self.recorded_raster \
            else (None, None)
        # A path read from the layer's file or the project (not a raster layer the project
        # already has open) is opened only when it is a file on this computer.
        layer = self.raster_combo.currentLayer()
        from_layer = isinstance(layer, QgsRasterLayer) and layer.isValid() \
            and layer.source() == source
        try:
            self._renderer = ChipRenderer(source, fallback_wkt, bands, scaling,
                                          recorded=not from_layer)
        except (errors.DeforestationError, RuntimeError) as exc:  # ours, or GDAL's
            return None, self.tr("The source raster cannot be used: {}").format(exc)
        self._renderer_key = source
        return self._renderer, ""

    def _close_renderer(self):
        if self._renderer is not None:
            self._renderer.close()
        self._renderer = None
        self._renderer_key = None

    # --- the source raster --------------------------------------------------------------------
    def _raster_source(self):
        """(source, CRS fallback) of the raster chips are rendered from; ("", "") if none."""
        layer = self.raster_combo.currentLayer()
        if isinstance(layer, QgsRasterLayer) and layer.isValid():
            crs = layer.crs()
            return layer.source(), crs_for_osr(crs) if crs.isValid() else ""
        return self.chosen_raster or self.recorded_raster, ""

    def _raster_name(self):
        layer = self.raster_combo.currentLayer()
        return f"'{layer.name()}'" if layer is not None else Path(self._raster_source()[0]).name

    def _show_raster_note(self):
        source = self._raster_source()[0]
        if self.raster_combo.currentLayer() is None and source:
            self.raster_note.setText(self.tr("Using {} (not a layer of the project).")
                                     .format(Path(source).name))
            self.raster_note.setToolTip(source)
        else:
            self.raster_note.setText("")
        self.raster_note.setVisible(bool(self.raster_note.text()))

    def _default_raster_layer(self):
        """The project's layer of the chosen or recorded raster, else, when the layer names
        none, a project raster covering the tiles."""
        rasters = [lyr for lyr in QgsProject.instance().mapLayers().values()
                   if isinstance(lyr, QgsRasterLayer) and lyr.isValid()
                   and lyr.providerType() == "gdal"]
        wanted = self.chosen_raster or self.recorded_raster
        if wanted:
            for lyr in rasters:
                if lyr.source() == wanted:
                    return lyr
            return None  # the path is used directly
        if self.role:
            return None  # a raster covering the tiles may be of either date: never guessed
        layer = self.store.layer
        for lyr in rasters:
            try:
                transform = QgsCoordinateTransform(layer.crs(), lyr.crs(), QgsProject.instance())
                extent = transform.transformBoundingBox(layer.extent())
            except QgsCsException:
                continue
            if lyr.extent().intersects(extent):
                return lyr
        return None

    def _on_chips_folder_changed(self, _path=None):
        if self._updating or self.store is None:
            return
        self.store.remember_chips_folder(self.chips_folder(), self.role)
        if self.record is not None:
            self.show_tile(self.record)

    def _on_raster_changed(self, layer=None):
        if self._updating or self.store is None:
            return
        self._close_renderer()
        self.chosen_raster = layer.source() if isinstance(layer, QgsRasterLayer) else ""
        self.store.remember_raster(self.chosen_raster, self.role)
        self._show_raster_note()
        if self.record is not None:
            self.show_tile(self.record)
