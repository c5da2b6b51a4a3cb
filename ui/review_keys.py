"""The review dock's keys: one key (or two) per action, shown on its button and in its tooltip.

C confirm, 1/2/3 correct to standing forest / recently cleared / long-term non-forest,
U unclear, M edit the comment, N or Right next, P or Left previous; a reason for a correction
or an unclear tile by its letter (core/review/reasons.py REASON_KEYS: A H S L W B E O); in
audit mode G agree, X disagree (docs/REVIEW.md).
"""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QPushButton

try:  # Qt 6: QtGui
    from qgis.PyQt.QtGui import QShortcut
except ImportError:  # Qt 5: QtWidgets
    from qgis.PyQt.QtWidgets import QShortcut

from ..core.review.reasons import REASON_KEYS
from ..core.vocabulary import CLASSES

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
    "agree": ("G",),
    "disagree": ("X",),
    **{f"reason:{code}": (key,) for code, key in REASON_KEYS.items()},
}


def keys_text(action: str) -> str:
    names = {"Right": "\u2192", "Left": "\u2190"}
    return " / ".join(names.get(k, k) for k in SHORTCUTS[action])


def key_button(text, action, tip, slot) -> QPushButton:
    """A button for `action` that names its first key, and all of them in its tooltip."""
    button = QPushButton(f"{text}  [{keys_text(action).split(' / ')[0]}]")
    button.setToolTip(f"{tip} ({keys_text(action)})")
    button.clicked.connect(slot)
    return button


def add_shortcuts(widget, slots):
    """The SHORTCUTS of `widget` calling slots[action]; {action: [QShortcut, ...]}."""
    shortcuts = {}
    for action, keys in SHORTCUTS.items():
        shortcuts[action] = []
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), widget)
            # Only while the focus is in the widget: single keys must not fire elsewhere,
            # and a text field takes its own letters (it overrides shortcuts).
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slots[action])
            shortcuts[action].append(shortcut)
    return shortcuts


def escape_shortcut(field, slot):
    """Esc in `field` (and only there) calls `slot`."""
    escape = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), field)
    escape.setContext(Qt.ShortcutContext.WidgetShortcut)
    escape.activated.connect(slot)
    return escape
