"""The review dock: walk through classified tiles, see each chip, confirm or correct the label.

The dock lays out its parts and wires them: the review itself (queue, current tile, decisions)
is a ReviewSession (core/review/session.py) over a ReviewStore (core/review/store.py), which
writes every decision to the layer's data source the moment it is made. Its parts: the queue
filter (ui/queue_filter_bar.py), the tile's attributes (ui/tile_details.py), the chip
(ui/chip_panel.py), the decisions (ui/decision_bar.py), tune recall (ui/tune_recall.py), the
tile on the map (ui/map_highlight.py), the keys (ui/review_keys.py). The toolbar action opens
the dock through ui/review_launcher.py.

A deforestation:compare output is reviewed too (core/alerts/store.py AlertStore): its alert
tiles patch by patch, the chips of both dates side by side (ui/alert_view.py).

Keys (while the dock has the focus; the comment field keeps its own typing):
C confirm, 1/2/3 correct to standing forest / recently cleared / long-term non-forest,
U unclear, M edit the comment (Enter saves it, Esc returns), N or Right next, P or Left previous;
a reason by its letter (ui/review_keys.py); in audit mode (docs/REVIEW.md) G agree, X disagree.
"""
from qgis.core import Qgis
from qgis.gui import QgsCollapsibleGroupBox, QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.alerts.queue import patch_position
from ..core.alerts.store import open_store
from ..core.output.layer_style import ensure_review_outline
from ..core.vocabulary import CLASSES
from ..core.review.audit import AGREED, DISAGREED
from ..core.review.queue import CONFIRMED, CORRECTED, UNCLEAR, ReviewError
from ..core.review.reasons import REASONS
from ..core.review.session import ReviewSession
from ..core.review.store import default_reviewer, in_processing_temp_folder, save_reviewer
from ..toolbelt.message_bar import push_message
from .alert_view import AlertView
from .chip_panel import ChipPanel, source_rows
from .decision_bar import DecisionBar
from .map_highlight import TileHighlight
from .queue_filter_bar import QueueFilterBar
from .review_keys import add_shortcuts, escape_shortcut
from .tile_details import TileDetails
from .tune_recall import TuneRecallPanel

DOCK_OBJECT_NAME = "DeforestationReviewDock"
# The decision buttons and the "Tile 4 of 26" counter need about this much at 96 dpi.
MIN_DOCK_WIDTH = 390


class ReviewDock(QgsDockWidget):
    """The dock; `set_layer()` starts a review of a deforestation:classify or
    deforestation:compare layer."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review deforestation tiles"))
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self.layer = None
        self.session = ReviewSession()
        self.map_highlight = TileHighlight(iface.mapCanvas())
        self._build_ui()
        self._build_shortcuts()
        self.visibilityChanged.connect(self._on_visibility_changed)
        self._show_current()

    # --- public -------------------------------------------------------------------------------
    def set_layer(self, layer):
        """Review `layer`; raises ReviewError (with the reason) when it cannot be."""
        store = open_store(layer)  # checks the fields and that it can be written
        store.ensure_fields()
        self._save_pending_note()  # of the layer reviewed so far
        self._disconnect_layer()
        self.layer = layer
        layer.willBeDeleted.connect(self._on_layer_deleted)
        ensure_review_outline(layer)
        self.session = ReviewSession(store, build=store.queue_builder,
                                     audit=self.audit_check.isChecked())
        self.layer_label.setText(self.tr("Layer: <b>{}</b>").format(layer.name()))
        self._show_kind(store)
        self.filter_bar.set_records(self.session.records)
        self.tune_recall.set_store(store, self.session.records)
        self._rebuild_queue()
        if store.is_temporary:
            push_message(self.iface, self.tr(
                "'{}' is a temporary layer: decisions are lost when QGIS closes unless you "
                "save it.").format(layer.name()), Qgis.MessageLevel.Warning)
        elif in_processing_temp_folder(layer.source().split("|")[0]):
            push_message(self.iface, self.tr(
                "'{}' is in QGIS's temporary Processing folder ({}), which QGIS deletes when "
                "it closes: review decisions saved there would be lost. Save the layer "
                "elsewhere first (right-click > Export > Save Features As...) and review the "
                "copy.").format(layer.name(), layer.source().split("|")[0]),
                Qgis.MessageLevel.Warning, duration=0)

    @property
    def store(self):
        return self.session.store

    @property
    def queue(self):
        return self.session.queue

    @property
    def highlight(self):
        """The tile's highlight on the map, None when none is shown."""
        return self.map_highlight.item

    @property
    def chip_image(self):
        """The chip shown, at its own size (100 x 100); None when none is."""
        return self.chip_panel.image

    @property
    def chip_origin(self):
        """Where the chip shown comes from: "file", "raster" or "" (none shown)."""
        return self.chip_panel.origin

    def chips_folder(self):
        return self.chip_panel.chips_folder()

    def current(self):
        return self.session.current()

    def confirm(self):
        self._decide(CONFIRMED)

    def correct(self, label):
        self._decide(CORRECTED, label)

    def mark_unclear(self):
        self._decide(UNCLEAR)

    def choose_reason(self, code):
        """The reason of the current tile's correction: saved at once on a tile already
        corrected or unclear, else with the next decision."""
        self.decision_bar.choose_reason(code)
        if self.current() is not None and not self.session.audit:
            self._write(lambda: self.session.set_reason(code) or self.current())

    def audit(self, status):
        """A second look at the current tile in audit mode: AGREED or DISAGREED."""
        self._audit(status)

    def set_audit_mode(self, audit: bool):
        """Audit mode: the queue is the reviewed tiles not yet audited (a second look)."""
        self._save_pending_note()
        self.audit_check.setChecked(audit)
        self.session.audit = audit
        self.decision_bar.set_audit(audit)
        if self.store is not None:
            self._rebuild_queue()

    def next_tile(self):
        if self.session.has_next:
            self._go(self.session.index + 1)

    def previous_tile(self):
        if self.session.has_previous:
            self._go(self.session.index - 1)

    def edit_comment(self):
        if self.note_edit.isEnabled():
            self.note_edit.setFocus()
            self.note_edit.selectAll()

    def save_comment(self):
        if self.current() is None:
            return
        self._save_pending_note()
        self._focus_dock()

    def cleanup(self):
        """Before the dock goes: the highlight off the map, the layer and raster let go."""
        self.map_highlight.clear()
        self._disconnect_layer()
        self._release_chips()
        self.tune_recall.release()
        self.layer = None
        self.session = ReviewSession()

    # --- UI -----------------------------------------------------------------------------------
    def _build_ui(self):
        content = QWidget()
        content.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.content = content
        layout = QVBoxLayout(content)
        self.layer_label = QLabel(self.tr("No layer"))
        self.layer_label.setWordWrap(True)
        layout.addWidget(self.layer_label)
        self._build_filters(layout)
        self._build_tile(layout)
        self._build_decisions(layout)
        self.tune_recall = TuneRecallPanel(self.iface)
        layout.addWidget(self.tune_recall)
        self._build_settings(layout)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Fit the dock's width: labels wrap, nothing hides behind a horizontal scroll bar.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.setWidget(scroll)
        # Wide enough for the decision buttons and the tile counter; labels wrap below that.
        self.setMinimumWidth(max(MIN_DOCK_WIDTH, content.minimumSizeHint().width()
                                 + scroll.verticalScrollBar().sizeHint().width()))
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _build_filters(self, layout):
        self.filter_bar = QueueFilterBar()
        self.filter_bar.changed.connect(self._on_filter_changed)
        # The filter's widgets, by the names the dock has always had.
        self.class_combo = self.filter_bar.class_combo
        self.low_check = self.filter_bar.low_check
        self.threshold_spin = self.filter_bar.threshold_spin
        self.filter_note = self.filter_bar.filter_note
        layout.addWidget(self.filter_bar)
        self.alert_queue_note = QLabel(self.tr(
            "Queue: the alert tiles, patch by patch (the largest patch first), the most "
            "probable first within a patch."))
        self.alert_queue_note.setWordWrap(True)
        layout.addWidget(self.alert_queue_note)
        self.progress_label = QLabel()
        self.progress_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.progress_label)

    def _build_tile(self, layout):
        tile_row = QHBoxLayout()
        self.tile_label = QLabel()
        self.tile_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tile_label.setStyleSheet("font-weight: bold;")
        self.position_label = QLabel()
        tile_row.addWidget(self.tile_label)
        tile_row.addStretch(1)
        tile_row.addWidget(self.position_label)
        layout.addLayout(tile_row)
        self.chip_panel = ChipPanel()
        # The chip's widgets, by the names the dock has always had.
        self.chip_label = self.chip_panel.chip_label
        self.chip_caption = self.chip_panel.chip_caption
        layout.addWidget(self.chip_panel)

        self.details = TileDetails()
        for name in ("model_value", "confidence_value", "prob_values", "status_value",
                     "review_value"):
            setattr(self, name, getattr(self.details, name))
        layout.addWidget(self.details)
        self.alert_view = AlertView()
        layout.addWidget(self.alert_view)

    def _build_decisions(self, layout):
        self.decision_bar = DecisionBar({
            "confirm": self.confirm, "correct": self.correct, "unclear": self.mark_unclear,
            "reason": self.choose_reason, "agree": lambda: self.audit(AGREED),
            "disagree": lambda: self.audit(DISAGREED),
            "save_comment": self.save_comment, "previous": self.previous_tile,
            "next": self.next_tile})
        # The decision widgets, by the names the dock has always had.
        for name in ("confirm_button", "correct_buttons", "unclear_button", "note_edit",
                     "prev_button", "next_button", "legend_label", "reason_combo",
                     "agree_button", "disagree_button"):
            setattr(self, name, getattr(self.decision_bar, name))
        self.audit_check = QCheckBox(self.tr("Audit mode: a second look at reviewed tiles"))
        self.audit_check.toggled.connect(
            lambda on: on != self.session.audit and self.set_audit_mode(on))
        layout.addWidget(self.audit_check)
        layout.addWidget(self.decision_bar)

    def _build_settings(self, layout):
        """Where chips come from, and who reviews."""
        group = QgsCollapsibleGroupBox(self.tr("Chip source and reviewer"))
        column = QVBoxLayout(group)
        # One set of source rows per kind of layer; the other is hidden (_show_kind).
        self.source_rows = {False: source_rows(self.chip_panel),
                            True: source_rows(self.alert_view)}
        for rows in self.source_rows.values():
            column.addWidget(rows)
        self.chips_widget = self.chip_panel.chips_widget
        self.raster_combo = self.chip_panel.raster_combo
        self.raster_note = self.chip_panel.raster_note
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        self.reviewer_edit = QLineEdit(default_reviewer())
        self.reviewer_edit.setToolTip(self.tr("Written to the reviewer field; remembered."))
        self.reviewer_edit.editingFinished.connect(
            lambda: save_reviewer(self.reviewer_edit.text()))
        form.addRow(self.tr("Reviewer"), self.reviewer_edit)
        layout.addWidget(group)

    def _build_shortcuts(self):
        slots = {
            "confirm": self.confirm,
            "unclear": self.mark_unclear,
            "comment": self.edit_comment,
            "next": self.next_tile,
            "previous": self.previous_tile,
            "agree": lambda: self.audit(AGREED),
            "disagree": lambda: self.audit(DISAGREED),
        }
        for label in CLASSES:
            slots[f"correct:{label}"] = lambda lab=label: self.correct(lab)
        for code in REASONS:
            slots[f"reason:{code}"] = lambda c=code: self.choose_reason(c)
        self.shortcuts = add_shortcuts(self, slots)
        # Esc in the comment field: back to the review keys.
        self._escape = escape_shortcut(self.note_edit, self._focus_dock)

    def _show_kind(self, store):
        """The parts for a classify output, or for a compare output's alerts."""
        alerts = store.alerts
        for widget in (self.filter_bar, self.chip_panel, self.details):
            widget.setVisible(not alerts)
        self.alert_queue_note.setVisible(alerts)
        self.alert_view.setVisible(alerts)
        for kind, rows in self.source_rows.items():
            rows.setVisible(kind == alerts)
        self.decision_bar.set_alerts(alerts)
        self._release_chips()
        (self.alert_view if alerts else self.chip_panel).set_store(store)

    def _release_chips(self):
        self.chip_panel.release()
        self.alert_view.release()

    # --- queue --------------------------------------------------------------------------------
    def _on_filter_changed(self):
        if self.store is not None:
            self._save_pending_note()
            self._rebuild_queue()

    def _rebuild_queue(self):
        self.session.set_filter(self.filter_bar.queue_filter())
        self._show_current()

    # --- moving and deciding ------------------------------------------------------------------
    def _go(self, index):
        self._save_pending_note()
        self.session.go(index)
        self._show_current()

    def _decide(self, status, label=None):
        if self.session.current() is None or self.session.audit:
            return
        reviewer = self.reviewer_edit.text().strip()
        note, reason = self.note_edit.text(), self.decision_bar.reason()
        self._after(self._write(lambda: self.session.decide(
            status, label=label, reviewer=reviewer, note=note, reason=reason)))

    def _audit(self, status):
        if self.session.current() is None or not self.session.audit:
            return
        auditor, note = self.reviewer_edit.text().strip(), self.note_edit.text()
        self._after(self._write(lambda: self.session.audit_decision(
            status, auditor=auditor, note=note)))

    def _after(self, written):
        if written is not None:
            self._show_current()
            self._focus_dock()

    def _write(self, write):
        """Run a session write; show what it stored; None (and a message) on error."""
        try:
            updated = write()
        except ReviewError as exc:
            push_message(self.iface, str(exc), Qgis.MessageLevel.Critical)
            return None
        self._show_progress()
        (self.alert_view if self.store.alerts else self.details).show_review_state(updated)
        return updated

    def _save_pending_note(self):
        if self.session.note_changed(self.note_edit.text()):
            self._write(lambda: self.session.save_note(self.note_edit.text()))

    # --- showing the current tile -------------------------------------------------------------
    def _show_current(self):
        record = self.current()
        self.decision_bar.show_state(record, self.session.has_previous, self.session.has_next)
        self._show_progress()
        if record is None:
            self._clear_tile()
            return
        self.tile_label.setText(record.tile_id)
        if self.store.alerts:
            self.alert_view.show_tile(record, patch_position(self.queue, self.session.index))
        else:
            self.details.show_record(record)
            self.chip_panel.show_tile(record)
        self._show_on_map(record)

    def _show_progress(self):
        self.progress_label.setText(self.session.progress_text())
        if self.store is None:
            self.position_label.setText(self.tr("No layer"))
        elif not self.queue:
            self.position_label.setText(self.tr("No tiles match the queue filter"))
        else:
            self.position_label.setText(
                self.tr("Tile {} of {}").format(self.session.index + 1, len(self.queue)))

    def _clear_tile(self):
        self.tile_label.setText(self.tr("No tile") if self.store is not None else "")
        self.details.clear()
        self.chip_panel.clear()
        self.alert_view.clear()
        self.map_highlight.clear()

    def _show_on_map(self, record):
        self.map_highlight.show(self.store.geometry(record.fid), self.layer, record.tile_id)

    def _on_visibility_changed(self, visible):
        if not visible:
            self._save_pending_note()
            self.map_highlight.clear()
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
        self.cleanup()
        self.layer_label.setText(self.tr("The reviewed layer was removed."))
        self._show_current()

    def _focus_dock(self):
        self.content.setFocus()

    def closeEvent(self, event):  # noqa: N802 (Qt API name)
        self._save_pending_note()
        self.map_highlight.clear()
        super().closeEvent(event)
