"""A first install from the start-up message bar, as a new analyst does it: the message's
"Install dependencies..." button opens the dialog, whose Install runs (a fake pip here) and whose
Close closes, although nothing in Python but the plugin holds the dialog."""
import gc

import pytest
from qgis.core import QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDialog, QMainWindow, QPushButton

from deforestation_classifier.installer import pip_install, private_folder
from deforestation_classifier.installer.hardware import Hardware
from deforestation_classifier.settings import PlgSettings
from deforestation_classifier.ui import dependencies_dialog
from test_settings_and_deps import pump_until, saved_settings  # noqa: F401 (fixture)

MISSING = "llama-cpp-python is not installed in QGIS's Python"


@pytest.fixture
def cpp_main_window(qgis_iface, monkeypatch):
    """QGIS's main window is made by C++: each iface.mainWindow() is a new, temporary Python
    wrapper, which holds nothing it is given as a parent. Imitated here."""
    window = QMainWindow()
    sip.transferto(window, None)
    address = sip.unwrapinstance(window)
    del window
    gc.collect()
    monkeypatch.setattr(qgis_iface, "mainWindow",
                        lambda: sip.wrapinstance(address, QMainWindow))
    yield
    sip.wrapinstance(address, QMainWindow).deleteLater()


def open_dialogs(qgis_iface):
    found = qgis_iface.mainWindow().findChildren(QDialog, "DeforestationDependenciesDialog")
    return [w for w in found if w.isVisible()]


def test_message_bar_button_opens_a_dialog_whose_install_and_close_work(
        qgis_iface, saved_settings, cpp_main_window, monkeypatch, tmp_path):  # noqa: F811
    PlgSettings().save()  # the llama.cpp backend: the dependency is needed
    monkeypatch.setattr(private_folder, "llama_cpp_status", lambda: (False, MISSING))
    calls = []

    def fake_pip(backend, wheel_index_url, target, python, on_line, is_canceled, **kw):
        calls.append((backend, str(target)))
        on_line("Collecting llama-cpp-python")
        on_line("Successfully installed llama-cpp-python-0.3.36")
        return "0.3.36"

    monkeypatch.setattr(pip_install, "install", fake_pip)
    monkeypatch.setattr(private_folder, "install_path_hook", lambda *a, **k: None)
    # A machine without a GPU: the CPU is proposed (Debian 13's QGIS brings a Vulkan loader,
    # for which the dialog would propose Vulkan: tests/qgis/test_settings_and_deps.py).
    monkeypatch.setattr(dependencies_dialog, "probe_hardware",
                        lambda: Hardware(system="Linux", machine="x86_64"))
    text = dependencies_dialog.report_missing_dependencies(qgis_iface, target=tmp_path / "site")
    assert text and MISSING in text
    button = qgis_iface.messageBar().findChildren(QPushButton, "installDependenciesButton")[-1]
    button.click()
    gc.collect()  # what the plugin does not hold is gone now
    QgsApplication.processEvents()
    [shown] = open_dialogs(qgis_iface)
    install = shown.findChild(QPushButton, "installButton")
    install.click()
    pump_until(lambda: "Installed (0.3.36)" in shown.status.text(), timeout=30)
    assert calls == [("cpu", str(tmp_path / "site"))]
    assert "Successfully installed" in shown.log_view.toPlainText()
    # The message saying it is missing goes once it is installed.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not qgis_iface.messageBar().findChildren(QPushButton, "installDependenciesButton")
    close = [b for b in shown.findChildren(QPushButton) if b.objectName() != "installButton"]
    close[0].click()
    QgsApplication.processEvents()
    assert open_dialogs(qgis_iface) == []
    assert dependencies_dialog.open_dialog() is None


def test_the_button_twice_raises_the_same_dialog(qgis_iface, saved_settings,  # noqa: F811
                                                 cpp_main_window, monkeypatch, tmp_path):
    PlgSettings().save()
    monkeypatch.setattr(private_folder, "llama_cpp_status", lambda: (False, MISSING))
    dependencies_dialog.report_missing_dependencies(qgis_iface, target=tmp_path)
    button = qgis_iface.messageBar().findChildren(QPushButton, "installDependenciesButton")[-1]
    button.click()
    button.click()
    gc.collect()
    assert len(open_dialogs(qgis_iface)) == 1
    open_dialogs(qgis_iface)[0].reject()
    assert dependencies_dialog.open_dialog() is None
