""""Copy diagnostics": the diagnostics report (core/diagnostics.py) on the clipboard, from the
settings page and the dependency dialog, to paste into a support request."""
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QApplication, QPushButton

from ..core import diagnostics
from ..settings import PlgSettings


def tr(text):
    return QCoreApplication.translate("DeforestationDiagnostics", text)


def copy_diagnostics() -> str:
    """Put the report on the clipboard and return it. The first report of a session hashes
    the model files (seconds): the wait cursor says so."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        text = diagnostics.report(PlgSettings.load())
    finally:
        QApplication.restoreOverrideCursor()
    QApplication.clipboard().setText(text)
    return text


def copy_diagnostics_button(parent) -> QPushButton:
    button = QPushButton(tr("Copy diagnostics"), parent)
    button.setObjectName("copyDiagnosticsButton")
    button.setToolTip(tr(
        "Copies a report to paste when something goes wrong: versions, backend and devices, "
        "model files with their SHA-256, settings and the last run's log. Your home folder "
        "and user name are replaced and API keys are left out."))

    def copy():
        copy_diagnostics()
        button.setText(tr("Diagnostics copied"))

    button.clicked.connect(copy)
    return button
