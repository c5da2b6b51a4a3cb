"""The review dock: walk through classified tiles, see each chip, confirm or correct the label.

A view over core/review.py, which holds the queue, the filters and the decision writing. Every
decision is written to the layer's data source the moment it is made.

Keys (while the dock has the focus; the comment field keeps its own typing):
C confirm, 1/2/3 correct to standing forest / recently cleared / long-term non-forest,
U unclear, M edit the comment (Enter saves it, Esc returns), N or Right next, P or Left previous.
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
from qgis.gui import QgsCollapsibleGroupBox, QgsDockWidget, QgsFileWidget, QgsHighlight, \
    QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QImage, QKeySequence, QPixmap
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

try:  # Qt 6: QtGui
    from qgis.PyQt.QtGui import QShortcut
except ImportError:  # Qt 5: QtWidgets
    from qgis.PyQt.QtWidgets import QShortcut

from ..core import review
from ..core.layer_style import CLASS_STYLES, REVIEW_OUTLINES, ensure_review_outline
from ..core.prompt import CLASSES, RECENTLY_CLEARED
from ..toolbelt.log import warn

DOCK_OBJECT_NAME = "DeforestationReviewDock"
MESSAGE_SECONDS = 10
CHIP_DISPLAY_PX = 200  # the 100 px chip at 2x, pixels kept sharp
ZOOM_FACTOR = 3.0  # the view shows the tile and one tile's width around it
HIGHLIGHT_COLOUR = QColor(0, 255, 255, 255)

# Action -> key sequences; the first one is shown in the tooltip.
SHORTCUTS = {
    "confirm": ("C",),
    "correct:" + CLASSES[0]: ("1",),
    "correct:" + CLASSES[1]: ("2",),
    "correct:" + CLASSES[2]: ("3",),
    "unclear": ("U",),
    "comment": ("M",),
    "next": ("N", "Right"),
    "previous": ("P", "Left"),
}
FILTER_CHOICES = (
    (RECENTLY_CLEARED, "Recently cleared"),
    (CLASSES[0], "Standing forest"),
    (CLASSES[2], "Long-term non-forest"),
    (review.ALL_CLASSES, "All classes"),
)


SHORT_TITLES = dict(zip(CLASSES, ("Forest", "Cleared", "Non-forest")))


def class_title(label) -> str:
    return CLASS_STYLES[label][1] if label in CLASS_STYLES else (label or "no class")


def keys_text(action: str) -> str:
    names = {"Right": "\u2192", "Left": "\u2190"}
    return " / ".join(names.get(k, k) for k in SHORTCUTS[action])


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


class ReviewDock(QgsDockWidget):
    """The dock; `set_layer()` starts a review of a deforestation:classify layer."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review deforestation tiles"))
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.layer = None
        self.store = None
        self.records = []
        self.queue = []
        self.index = -1
        self.filter = review.QueueFilter()
        self.highlight = None
        self.chip_image = None  # the chip at its own size (100 x 100)
        self.chip_origin = ""  # "file", "raster" or "" (none shown)
        self.recorded_raster = ""  # what the layer's file records
        self.chosen_raster = ""  # what the user chose for this layer
        self._renderer = None
        self._renderer_key = None
        self._updating = False
        self.shortcuts = {}
        self._build_ui()
        self._build_shortcuts()
        self.visibilityChanged.connect(self._on_visibility_changed)
        self._show_current()

    # --- public -------------------------------------------------------------------------------
    def set_layer(self, layer):
        """Review `layer`; raises review.ReviewError (with the reason) when it cannot be."""
        store = review.ReviewStore(layer)  # checks the fields and that it can be written
        store.ensure_fields()
        self._save_pending_note()  # of the layer reviewed so far
        self._disconnect_layer()
        self.layer = layer
        self.store = store
        layer.willBeDeleted.connect(self._on_layer_deleted)
        ensure_review_outline(layer)
        self.records = store.records()
        self.layer_label.setText(self.tr("Layer: <b>{}</b>").format(layer.name()))
        self._close_renderer()
        self._updating = True
        try:
            self.chips_widget.setFilePath(str(store.default_chips_folder() or ""))
            self.recorded_raster = store.recorded_raster()
            self.chosen_raster = store.chosen_raster()
            self.raster_combo.setLayer(self._default_raster_layer())
            self._show_raster_note()
        finally:
            self._updating = False
        self._update_filter_availability()
        self._rebuild_queue()
        if store.is_temporary:
            self._push(self.tr("'{}' is a temporary layer: decisions are lost when QGIS closes "
                               "unless you save it.").format(layer.name()),
                       Qgis.MessageLevel.Warning)

    def current(self):
        return self.queue[self.index] if 0 <= self.index < len(self.queue) else None

    def chips_folder(self):
        text = self.chips_widget.filePath().strip()
        return Path(text) if text else None

    def confirm(self):
        self._decide(review.CONFIRMED)

    def correct(self, label):
        self._decide(review.CORRECTED, label)

    def mark_unclear(self):
        self._decide(review.UNCLEAR)

    def next_tile(self):
        if self.index + 1 < len(self.queue):
            self._go(self.index + 1)

    def previous_tile(self):
        if self.index > 0:
            self._go(self.index - 1)

    def edit_comment(self):
        if self.note_edit.isEnabled():
            self.note_edit.setFocus()
            self.note_edit.selectAll()

    def save_comment(self):
        record = self.current()
        if record is None or self.store is None:
            return
        if (self.note_edit.text().strip() or None) != record.review_note:
            self._write(lambda: self.store.write_note(record, self.note_edit.text()))
        self._focus_dock()

    def cleanup(self):
        """Before the dock goes: the highlight off the map, the layer and raster let go."""
        self._clear_highlight()
        self._disconnect_layer()
        self._close_renderer()
        self.layer = None
        self.store = None

    # --- UI -----------------------------------------------------------------------------------
    def _build_ui(self):
        content = QWidget()
        content.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.content = content
        layout = QVBoxLayout(content)

        self.layer_label = QLabel(self.tr("No layer"))
        self.layer_label.setWordWrap(True)
        layout.addWidget(self.layer_label)

        # Queue filters
        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Queue")), 0, 0)
        self.class_combo = QComboBox()
        for value, title in FILTER_CHOICES:
            self.class_combo.addItem(self.tr(title), value)
        self.class_combo.setToolTip(self.tr(
            "Which tiles to review: one class as the model labelled it, or all classified "
            "tiles. Ordered by that class's probability, highest first (tile order when the "
            "layer has no probabilities)."))
        self.class_combo.currentIndexChanged.connect(self._on_filter_changed)
        filters.addWidget(self.class_combo, 0, 1, 1, 2)
        self.low_check = QCheckBox(self.tr("Only confidence below"))
        self.low_check.toggled.connect(self._on_filter_changed)
        filters.addWidget(self.low_check, 1, 0, 1, 2)
        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setRange(0.05, 1.0)
        self.threshold_spin.setSingleStep(0.05)
        self.threshold_spin.setDecimals(2)
        self.threshold_spin.setValue(review.DEFAULT_THRESHOLD)
        self.threshold_spin.valueChanged.connect(self._on_filter_changed)
        filters.addWidget(self.threshold_spin, 1, 2)
        layout.addLayout(filters)
        self.filter_note = QLabel()
        self.filter_note.setWordWrap(True)
        self.filter_note.setStyleSheet("color: #7a5b00;")
        layout.addWidget(self.filter_note)

        self.progress_label = QLabel()
        self.progress_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.progress_label)

        # The tile
        tile_row = QHBoxLayout()
        self.tile_label = QLabel()
        self.tile_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tile_label.setStyleSheet("font-weight: bold;")
        self.position_label = QLabel()
        tile_row.addWidget(self.tile_label)
        tile_row.addStretch(1)
        tile_row.addWidget(self.position_label)
        layout.addLayout(tile_row)
        self.chip_label = QLabel()
        self.chip_label.setFixedSize(CHIP_DISPLAY_PX + 4, CHIP_DISPLAY_PX + 4)
        self.chip_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chip_label.setFrameShape(QFrame.Shape.Box)
        self.chip_label.setToolTip(self.tr(
            "The 100 x 100 px chip the model saw (R = NIR B08, G = Red B04, B = Green B03), "
            "shown at twice its size."))
        chip_row = QHBoxLayout()
        chip_row.addWidget(self.chip_label)
        chip_row.addStretch(1)
        layout.addLayout(chip_row)
        self.chip_caption = QLabel()
        self.chip_caption.setWordWrap(True)
        self.chip_caption.setStyleSheet("color: #555;")
        layout.addWidget(self.chip_caption)

        details = QFormLayout()
        self.model_value = QLabel()
        self.confidence_value = QLabel()
        self.prob_values = {}
        details.addRow(self.tr("Model says"), self.model_value)
        details.addRow(self.tr("Confidence"), self.confidence_value)
        for label in CLASSES:
            self.prob_values[label] = QLabel()
            details.addRow(self.tr("P({})").format(class_title(label).lower()),
                           self.prob_values[label])
        self.status_value = QLabel()
        details.addRow(self.tr("Status"), self.status_value)
        self.review_value = QLabel()
        self.review_value.setWordWrap(True)
        details.addRow(self.tr("Review"), self.review_value)
        layout.addLayout(details)

        # Decisions
        self.confirm_button = self._button(self.tr("Confirm"), "confirm",
                                           self.tr("Confirm the model's label"), self.confirm)
        layout.addWidget(self.confirm_button)
        correct = QGridLayout()
        correct.addWidget(QLabel(self.tr("Correct to:")), 0, 0, 1, 3)
        self.correct_buttons = {}
        for column, label in enumerate(CLASSES):
            button = self._button(
                self.tr(SHORT_TITLES[label]), f"correct:{label}",
                self.tr("Correct the label to {}").format(label),
                lambda _checked=False, lab=label: self.correct(lab))
            self.correct_buttons[label] = button
            correct.addWidget(button, 1, column)
        layout.addLayout(correct)
        self.unclear_button = self._button(
            self.tr("Unclear"), "unclear",
            self.tr("Mark the tile as unclear: cannot tell from the imagery"), self.mark_unclear)
        layout.addWidget(self.unclear_button)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Comment ({}; Enter saves)").format(
            keys_text("comment")))
        self.note_edit.setToolTip(self.tr(
            "A comment on this tile ({}). Saved with the next decision, on Enter, or when you "
            "move to another tile. Esc returns to the review keys.").format(keys_text("comment")))
        self.note_edit.returnPressed.connect(self.save_comment)
        layout.addWidget(self.note_edit)
        nav = QHBoxLayout()
        self.prev_button = self._button(self.tr("Previous"), "previous",
                                        self.tr("Previous tile"), self.previous_tile)
        self.next_button = self._button(self.tr("Next"), "next", self.tr("Next tile"),
                                        self.next_tile)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)

        legend = ", ".join(f"{name} = {status.lower()}"
                           for status, (_, name) in REVIEW_OUTLINES.items())
        self.legend_label = QLabel(self.tr("Map outline of reviewed tiles: {}.").format(legend))
        self.legend_label.setWordWrap(True)
        self.legend_label.setStyleSheet("color: #555;")
        layout.addWidget(self.legend_label)

        # Where chips come from, and who reviews
        group = QgsCollapsibleGroupBox(self.tr("Chip source and reviewer"))
        form = QFormLayout(group)
        self.chips_widget = QgsFileWidget()
        self.chips_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.chips_widget.setDialogTitle(self.tr("Folder of the chips (<tile_id>.png)"))
        self.chips_widget.setToolTip(self.tr(
            "The classification's chips folder (CHIPS_FOLDER), remembered for this layer. "
            "Tiles without a chip file there are rendered again from the source raster."))
        self.chips_widget.fileChanged.connect(self._on_chips_folder_changed)
        form.addRow(self.tr("Chips folder"), self.chips_widget)
        self.raster_combo = QgsMapLayerComboBox()
        self.raster_combo.setFilters(_raster_filter())
        self.raster_combo.setAllowEmptyLayer(True)
        self.raster_combo.setToolTip(self.tr(
            "The Sentinel-2 raster the layer was classified from: chips missing from the "
            "chips folder are rendered from it exactly as the classifier did."))
        self.raster_combo.layerChanged.connect(self._on_raster_changed)
        form.addRow(self.tr("Source raster"), self.raster_combo)
        self.raster_note = QLabel()
        self.raster_note.setWordWrap(True)
        self.raster_note.setVisible(False)
        form.addRow("", self.raster_note)
        self.reviewer_edit = QLineEdit(review.default_reviewer())
        self.reviewer_edit.setToolTip(self.tr("Written to the reviewer field; remembered."))
        self.reviewer_edit.editingFinished.connect(
            lambda: review.save_reviewer(self.reviewer_edit.text()))
        form.addRow(self.tr("Reviewer"), self.reviewer_edit)
        layout.addWidget(group)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Fit the dock's width: labels wrap, nothing hides behind a horizontal scroll bar.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.setWidget(scroll)
        self.setMinimumWidth(300)
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _button(self, text, action, tip, slot):
        button = QPushButton(f"{text}  [{keys_text(action).split(' / ')[0]}]")
        button.setToolTip(f"{tip} ({keys_text(action)})")
        button.clicked.connect(slot)
        return button

    def _build_shortcuts(self):
        slots = {
            "confirm": self.confirm,
            "unclear": self.mark_unclear,
            "comment": self.edit_comment,
            "next": self.next_tile,
            "previous": self.previous_tile,
        }
        for label in CLASSES:
            slots[f"correct:{label}"] = lambda lab=label: self.correct(lab)
        for action, keys in SHORTCUTS.items():
            self.shortcuts[action] = []
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                # Only while the focus is in the dock: single keys must not fire elsewhere,
                # and the comment field takes its own letters (it overrides shortcuts).
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slots[action])
                self.shortcuts[action].append(shortcut)
        escape = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self.note_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._focus_dock)
        self._escape = escape

    # --- queue --------------------------------------------------------------------------------
    def _on_filter_changed(self, *_args):
        self.filter = review.QueueFilter(
            label=self.class_combo.currentData(),
            low_confidence=self.low_check.isChecked() and self.low_check.isEnabled(),
            threshold=self.threshold_spin.value(),
        )
        self.threshold_spin.setEnabled(self.low_check.isEnabled())
        if self.store is not None:
            self._save_pending_note()
            self._rebuild_queue()

    def _update_filter_availability(self):
        has_confidence = review.confidence_available(self.records)
        self.low_check.setEnabled(has_confidence)
        self.threshold_spin.setEnabled(has_confidence)
        notes = []
        if not has_confidence:
            self.low_check.setToolTip(self.tr(
                "Unavailable: this layer has no confidence values (the inference path gave "
                "labels only)."))
            notes.append(self.tr("Low-confidence filter unavailable: the layer has no "
                                 "confidence values."))
        else:
            self.low_check.setToolTip(self.tr(
                "Only tiles whose confidence (the probability of the model's label) is below "
                "the threshold."))
        if not any(v is not None for r in self.records for v in r.probabilities.values()):
            notes.append(self.tr("No probabilities in this layer: tiles are in tile order."))
        self.filter_note.setText(" ".join(notes))
        self.filter_note.setVisible(bool(notes))
        self.filter = review.QueueFilter(
            label=self.class_combo.currentData(),
            low_confidence=self.low_check.isChecked() and has_confidence,
            threshold=self.threshold_spin.value(),
        )

    def _rebuild_queue(self):
        self.queue = review.build_queue(self.records, self.filter)
        self.index = review.first_unreviewed(self.queue) if self.queue else -1
        self._show_current()

    # --- moving and deciding ------------------------------------------------------------------
    def _go(self, index):
        self._save_pending_note()
        self.index = index
        self._show_current()

    def _decide(self, status, label=None):
        record = self.current()
        if record is None or self.store is None:
            return
        reviewer = self.reviewer_edit.text().strip()
        note = self.note_edit.text()
        updated = self._write(lambda: self.store.decide(
            record, status, label=label, reviewer=reviewer, note=note))
        if updated is None:
            return
        following = review.next_unreviewed(self.queue, self.index)
        if following is not None:
            self.index = following
        self._show_current()
        self._focus_dock()

    def _write(self, write):
        """Run a store write; keep the in-memory record in step; None (and a message) on error."""
        try:
            updated = write()
        except review.ReviewError as exc:
            self._push(str(exc), Qgis.MessageLevel.Critical)
            return None
        self.queue[self.index] = updated
        self.records = [updated if r.fid == updated.fid else r for r in self.records]
        self._show_progress()
        self._show_review_state(updated)
        return updated

    def _save_pending_note(self):
        record = self.current()
        if record is None or self.store is None:
            return
        if (self.note_edit.text().strip() or None) != record.review_note:
            self._write(lambda: self.store.write_note(record, self.note_edit.text()))

    # --- showing the current tile -------------------------------------------------------------
    def _show_current(self):
        record = self.current()
        has = record is not None
        for widget in (self.confirm_button, self.unclear_button, self.note_edit,
                       *self.correct_buttons.values()):
            widget.setEnabled(has)
        self.prev_button.setEnabled(has and self.index > 0)
        self.next_button.setEnabled(has and self.index + 1 < len(self.queue))
        self._show_progress()
        if not has:
            self._clear_tile()
            return
        self.confirm_button.setEnabled(record.class_label in CLASSES)
        self.confirm_button.setText(self.tr("Confirm: {}  [{}]").format(
            class_title(record.class_label), keys_text("confirm")))
        for label, button in self.correct_buttons.items():
            button.setEnabled(label != record.class_label)
        self.tile_label.setText(record.tile_id)
        self.model_value.setText(class_title(record.class_label))
        self.model_value.setToolTip(record.class_label or "")
        self.confidence_value.setText(self._number(record.confidence))
        for label, widget in self.prob_values.items():
            widget.setText(self._number(record.probability(label)))
        fraction = "" if record.valid_fraction is None else \
            self.tr(", {:.0%} valid data").format(record.valid_fraction)
        self.status_value.setText(f"{record.status or ''}{fraction}")
        self._show_review_state(record)
        self.note_edit.setText(record.review_note or "")
        self._show_chip(record)
        self._show_on_map(record)

    def _show_progress(self):
        self.progress_label.setText(review.progress_text(self.queue))
        if self.store is None:
            self.position_label.setText(self.tr("No layer"))
        elif not self.queue:
            self.position_label.setText(self.tr("No tiles match the queue filter"))
        else:
            self.position_label.setText(
                self.tr("Tile {} of {}").format(self.index + 1, len(self.queue)))

    def _show_review_state(self, record):
        if not record.reviewed:
            text = self.tr("not reviewed")
        else:
            text = record.review_status
            if record.reviewed_label:
                text += self.tr(" as {}").format(class_title(record.reviewed_label))
            if record.reviewer:
                text += self.tr(" by {}").format(record.reviewer)
            if record.reviewed_at:
                text += f", {record.reviewed_at}"
        if record.review_note:
            text += f" \u2014 \u201c{record.review_note}\u201d"
        self.review_value.setText(text)

    def _number(self, value):
        return self.tr("not computed") if value is None else f"{value:.2f}"

    def _clear_tile(self):
        self.tile_label.setText(self.tr("No tile") if self.store is not None else "")
        for widget in (self.model_value, self.confidence_value, self.status_value,
                       self.review_value, *self.prob_values.values()):
            widget.setText("")
        self.note_edit.clear()
        self.confirm_button.setText(self.tr("Confirm  [{}]").format(keys_text("confirm")))
        self.chip_label.clear()
        self.chip_caption.setText("")
        self.chip_image = None
        self.chip_origin = ""
        self._clear_highlight()

    # --- chip -----------------------------------------------------------------------------------
    def _show_chip(self, record):
        image, origin, caption, tip = None, "", "", ""
        path = review.ChipLocator(self.chips_folder()).path(record.tile_id)
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
        self.chip_image = image
        self.chip_origin = origin
        self.chip_caption.setText(caption)
        self.chip_caption.setToolTip(tip)
        if image is None:
            self.chip_label.clear()
            self.chip_label.setText(self.tr("no chip"))
            return
        pixmap = QPixmap.fromImage(image).scaled(
            CHIP_DISPLAY_PX, CHIP_DISPLAY_PX, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation)
        self.chip_label.setPixmap(pixmap)

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
            chip = renderer.render(record.tile_id, self._grid_wkt(), bounds)
        except (ValueError, RuntimeError) as exc:  # RasterError, BandError, ReviewError, GDAL
            warn(f"Chip of {record.tile_id} could not be rendered: {exc}")
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
            return None, self.tr("No chip file: choose the chips folder or the source raster "
                                 "under 'Chip source and reviewer'.")
        if self._renderer is not None and self._renderer_key == source:
            return self._renderer, ""
        self._close_renderer()
        # The bands and DN scaling the classification recorded apply to its own raster only.
        bands, scaling = self.store.render_settings() if source == self.recorded_raster \
            else (None, None)
        try:
            self._renderer = review.ChipRenderer(source, fallback_wkt, bands, scaling)
        except (ValueError, RuntimeError) as exc:
            return None, self.tr("The source raster cannot be used: {}").format(exc)
        self._renderer_key = source
        return self._renderer, ""

    def _raster_source(self):
        """(source, CRS fallback) of the raster chips are rendered from; ("", "") if none."""
        layer = self.raster_combo.currentLayer()
        if isinstance(layer, QgsRasterLayer) and layer.isValid():
            crs = layer.crs()
            wkt = ""
            if crs.isValid():
                wkt = crs.authid() if crs.authid().upper().startswith("EPSG:") else crs.toWkt()
            return layer.source(), wkt
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

    def _grid_wkt(self):
        return self.layer.crs().toWkt() if self.layer is not None else ""

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
        for lyr in rasters:
            try:
                transform = QgsCoordinateTransform(self.layer.crs(), lyr.crs(),
                                                   QgsProject.instance())
                extent = transform.transformBoundingBox(self.layer.extent())
            except QgsCsException:
                continue
            if lyr.extent().intersects(extent):
                return lyr
        return None

    def _on_chips_folder_changed(self, _path=None):
        if self._updating or self.store is None:
            return
        self.store.remember_chips_folder(self.chips_folder())
        record = self.current()
        if record is not None:
            self._show_chip(record)

    def _on_raster_changed(self, layer=None):
        if self._updating or self.store is None:
            return
        self._close_renderer()
        self.chosen_raster = layer.source() if isinstance(layer, QgsRasterLayer) else ""
        self.store.remember_raster(self.chosen_raster)
        self._show_raster_note()
        record = self.current()
        if record is not None:
            self._show_chip(record)

    def _close_renderer(self):
        if self._renderer is not None:
            self._renderer.close()
        self._renderer = None
        self._renderer_key = None

    # --- map ------------------------------------------------------------------------------------
    def _show_on_map(self, record):
        self._clear_highlight()
        geometry = self.store.geometry(record.fid)
        if geometry is None or geometry.isEmpty():
            return
        rect = geometry.boundingBox()
        destination = self.canvas.mapSettings().destinationCrs()
        if destination.isValid() and self.layer.crs().isValid() \
                and destination != self.layer.crs():
            try:
                transform = QgsCoordinateTransform(self.layer.crs(), destination,
                                                   QgsProject.instance())
                rect = transform.transformBoundingBox(rect)
            except QgsCsException as exc:
                warn(f"Tile {record.tile_id} cannot be shown in the map's CRS: {exc}")
                return
        rect.scale(ZOOM_FACTOR)
        self.canvas.setExtent(rect)
        self.canvas.refresh()
        self.highlight = QgsHighlight(self.canvas, geometry, self.layer)
        self.highlight.setColor(HIGHLIGHT_COLOUR)
        self.highlight.setFillColor(QColor(0, 255, 255, 40))
        self.highlight.setWidth(3)
        self.highlight.show()

    def _clear_highlight(self):
        if self.highlight is not None:
            try:
                self.canvas.scene().removeItem(self.highlight)
            except RuntimeError:  # the canvas is gone
                pass
            self.highlight = None

    def _on_visibility_changed(self, visible):
        if not visible:
            self._save_pending_note()
            self._clear_highlight()
        elif self.highlight is None and self.current() is not None:
            self._show_on_map(self.current())

    # --- layer life ---------------------------------------------------------------------------
    def _disconnect_layer(self):
        if self.layer is not None:
            try:
                self.layer.willBeDeleted.disconnect(self._on_layer_deleted)
            except (TypeError, RuntimeError):
                pass

    def _on_layer_deleted(self):
        self._clear_highlight()
        self._close_renderer()
        self.layer = None
        self.store = None
        self.records = []
        self.queue = []
        self.index = -1
        self.layer_label.setText(self.tr("The reviewed layer was removed."))
        self._show_current()

    # --- helpers --------------------------------------------------------------------------------
    def _focus_dock(self):
        self.content.setFocus()

    def _push(self, text, level):
        self.iface.messageBar().pushMessage(
            self.tr("Deforestation Classifier"), text, level=level, duration=MESSAGE_SECONDS)

    def closeEvent(self, event):  # noqa: N802 (Qt API name)
        self._save_pending_note()
        self._clear_highlight()
        super().closeEvent(event)


class ReviewLauncher:
    """What the plugin's "Review deforestation tiles" action does: open the dock on the active
    layer (one dock, reused)."""

    def __init__(self, iface):
        self.iface = iface
        self.dock = None

    def open_on_active_layer(self):
        layer = self.iface.activeLayer()
        problem = review.ReviewStore.problem(layer)
        if problem:
            self._push(problem, Qgis.MessageLevel.Warning)
            return None
        dock = self.dock
        if dock is None:
            dock = ReviewDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        try:
            dock.set_layer(layer)
        except review.ReviewError as exc:
            self._push(str(exc), Qgis.MessageLevel.Warning)
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

    def _push(self, text, level):
        self.iface.messageBar().pushMessage(
            "Deforestation Classifier", text, level=level, duration=MESSAGE_SECONDS)
