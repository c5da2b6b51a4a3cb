"""The review dock's decisions: confirm, correct to a class, unclear, the reason of a correction
(core/review/reasons.py), the comment, previous and next, and the legend of the map outline; in
audit mode (core/review/audit.py) agree and disagree instead of the decisions. The dock
(ui/review_dock.py) gives the slots; the keys are ui/review_keys.py's.

For a compare output the label under review is label_after (core/alerts/queue.py): confirming
says the alert is real.
"""
from qgis.PyQt.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from ..core.output.layer_style import REVIEW_OUTLINES
from ..core.review.reasons import REASON_KEYS, reason_titles
from ..core.vocabulary import CLASSES
from .review_keys import key_button, keys_text
from .tile_details import class_title


class DecisionBar(QWidget):
    """The buttons and the comment field; `slots` maps "confirm", "correct" (called with the
    class), "unclear", "reason" (called with the code), "agree", "disagree", "save_comment",
    "previous" and "next" to the dock's methods."""

    def __init__(self, slots, parent=None):
        super().__init__(parent)
        self._alerts = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.confirm_button = key_button(self.tr("Confirm"), "confirm",
                                         self.tr("Confirm the model's label"), slots["confirm"])
        layout.addWidget(self.confirm_button)
        correct = QGridLayout()
        self.correct_title = QLabel(self.tr("Correct to:"))
        correct.addWidget(self.correct_title, 0, 0, 1, 3)
        self.correct_buttons = {}
        short_titles = dict(zip(CLASSES, (self.tr("Forest"), self.tr("Cleared"),
                                          self.tr("Non-forest"))))
        for column, label in enumerate(CLASSES):
            button = key_button(
                short_titles[label], f"correct:{label}",
                self.tr("Correct the label to {}").format(label),
                lambda _checked=False, lab=label: slots["correct"](lab))
            self.correct_buttons[label] = button
            correct.addWidget(button, 1, column)
        layout.addLayout(correct)
        self.unclear_button = key_button(
            self.tr("Unclear"), "unclear",
            self.tr("Mark the tile as unclear: cannot tell from the imagery"), slots["unclear"])
        layout.addWidget(self.unclear_button)
        self._build_reason(layout, slots["reason"])
        self._build_audit(layout, slots)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Comment ({}; Enter saves)").format(
            keys_text("comment")))
        self.note_edit.setToolTip(self.tr(
            "A comment on this tile ({}). Saved with the next decision, on Enter, or when you "
            "move to another tile. Esc returns to the review keys.").format(keys_text("comment")))
        self.note_edit.returnPressed.connect(slots["save_comment"])
        layout.addWidget(self.note_edit)
        nav = QHBoxLayout()
        self.prev_button = key_button(self.tr("Previous"), "previous",
                                      self.tr("Previous tile"), slots["previous"])
        self.next_button = key_button(self.tr("Next"), "next", self.tr("Next tile"),
                                      slots["next"])
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        legend = ", ".join(f"{name} = {status.lower()}"
                           for status, (_, name) in REVIEW_OUTLINES.items())
        self.legend_label = QLabel(self.tr(
            "On the map, a tile's fill is its class: the reviewed label once reviewed, else the "
            "model's. Its outline tells the review: {}; thin grey = not reviewed yet.")
            .format(legend))
        self.legend_label.setWordWrap(True)
        self.legend_label.setStyleSheet("color: #555;")
        layout.addWidget(self.legend_label)
        self.set_audit(False)

    def _build_reason(self, layout, slot):
        row = QHBoxLayout()
        self.reason_label = QLabel(self.tr("Reason:"))
        row.addWidget(self.reason_label)
        self.reason_combo = QComboBox()
        self.reason_combo.addItem(self.tr("(none given)"), "")
        for code, title in reason_titles().items():
            self.reason_combo.addItem(f"{title}  [{REASON_KEYS[code]}]", code)
        self.reason_combo.setToolTip(self.tr(
            "Why the model is wrong or the tile unclear: chosen before a correction (or with its "
            "key), saved with it; on a tile already corrected it is saved at once."))
        self.reason_combo.activated.connect(lambda _i: slot(self.reason()))
        row.addWidget(self.reason_combo, 1)
        layout.addLayout(row)

    def _build_audit(self, layout, slots):
        row = QHBoxLayout()
        self.agree_button = key_button(self.tr("Agree"), "agree",
                                       self.tr("The decision is right"), slots["agree"])
        self.disagree_button = key_button(self.tr("Disagree"), "disagree",
                                          self.tr("The decision is wrong (say why in the "
                                                  "comment)"), slots["disagree"])
        row.addWidget(self.agree_button)
        row.addWidget(self.disagree_button)
        layout.addLayout(row)

    def reason(self) -> str:
        """The reason chosen (a core/review/reasons.py code), empty for none."""
        return self.reason_combo.currentData() or ""

    def choose_reason(self, code):
        self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(code or "")))

    def set_audit(self, audit: bool):
        """Audit mode: agree and disagree instead of the decisions and the reason."""
        self._audit = audit
        for widget in (self.agree_button, self.disagree_button):
            widget.setVisible(audit)
        for widget in (self.confirm_button, self.unclear_button, self.reason_label,
                       self.reason_combo, *self.correct_buttons.values()):
            widget.setVisible(not audit)
        self.correct_title.setVisible(not audit)
        self.note_edit.setPlaceholderText(
            (self.tr("Audit note ({}; Enter saves)") if audit else
             self.tr("Comment ({}; Enter saves)")).format(keys_text("comment")))

    def set_alerts(self, alerts: bool):
        """Say what confirming means: the model's label, or (compare output) a real alert."""
        self._alerts = alerts
        tip = self.tr("The alert is real: confirm the later date's label") if alerts else \
            self.tr("Confirm the model's label")
        self.confirm_button.setToolTip(f"{tip} ({keys_text('confirm')})")

    def show_state(self, record, has_previous: bool, has_next: bool):
        """Enable what `record` (None: no tile) allows; the comment field shows its note."""
        has = record is not None
        for widget in (self.confirm_button, self.unclear_button, self.note_edit,
                       self.agree_button, self.disagree_button, self.reason_combo,
                       *self.correct_buttons.values()):
            widget.setEnabled(has)
        self.prev_button.setEnabled(has_previous)
        self.next_button.setEnabled(has_next)
        if not has:
            self.note_edit.clear()
            self.confirm_button.setText(self.tr("Confirm  [{}]").format(keys_text("confirm")))
            return
        self.confirm_button.setEnabled(record.class_label in CLASSES)
        title = self.tr("Confirm alert: {}  [{}]") if self._alerts else \
            self.tr("Confirm: {}  [{}]")
        self.confirm_button.setText(title.format(class_title(record.class_label),
                                                 keys_text("confirm")))
        for label, button in self.correct_buttons.items():
            button.setEnabled(label != record.class_label)
        self.choose_reason(record.review_reason)
        for button in (self.agree_button, self.disagree_button):
            button.setEnabled(record.reviewed)
        self.note_edit.setText((record.audit_note if self._audit else record.review_note) or "")
