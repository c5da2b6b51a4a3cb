"""The plugin's messages in the QGIS message bar, each one also in its log tab (toolbelt/log.py)."""
from qgis.core import Qgis
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication

from .log import log

MESSAGE_SECONDS = 10


def push_message(iface, text: str, level=Qgis.MessageLevel.Info, duration=MESSAGE_SECONDS,
                 buttons=()):
    """Show `text` in the message bar under the plugin's title for `duration` seconds (0: until
    closed) and log it at the same level. `buttons` (QPushButtons, say) are put in the message,
    which becomes their parent. Returns the message widget with buttons, else None."""
    log(text, level)
    title = QCoreApplication.translate("deforestation", "Deforestation Classifier")
    bar = iface.messageBar()
    if not buttons:
        # Keywords: the positional overloads differ between QGIS versions and test doubles.
        bar.pushMessage(title, text, level=level, duration=duration)
        return None
    widget = QgsMessageBar.createMessage(title, text)
    for button in buttons:
        widget.layout().addWidget(button)
    bar.pushWidget(widget, level, duration)
    return widget


def push_lasting(iface, text: str, level=Qgis.MessageLevel.Info):
    """A message that stays until pop_message(); its text can change (setText). Logged once."""
    log(text, level)
    title = QCoreApplication.translate("deforestation", "Deforestation Classifier")
    item = QgsMessageBar.createMessage(title, text)
    iface.messageBar().pushWidget(item, level, 0)
    return item


def pop_message(iface, item):
    """Remove a message pushed by push_lasting (nothing when the user has closed it)."""
    if item is None:
        return
    try:
        iface.messageBar().popWidget(item)
    except RuntimeError:  # closed by the user: Qt has deleted it
        pass
