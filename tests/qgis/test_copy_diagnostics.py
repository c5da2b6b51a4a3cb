""""Copy diagnostics" on the settings page and in the dependency dialog: the report lands on
the clipboard, with the versions and without the home folder or the API key."""
from pathlib import Path

import pytest
from qgis.PyQt.QtWidgets import QApplication, QPushButton

from deforestation_classifier import settings as preferences
from deforestation_classifier.settings import PlgSettings

KEY = "sk-copy-0b5e77d2a1"


@pytest.fixture
def keyed_settings(monkeypatch, tmp_path):
    """Stored settings put back afterwards; the server key in the environment."""
    for variable in preferences.ENV_OVERRIDES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv(preferences.API_KEY_ENV, KEY)
    monkeypatch.setenv("DEFORESTATION_MODEL_DIR", str(Path.home() / "deforestation-models"))
    previous = PlgSettings.load(apply_env=False)
    yield
    previous.save()


def click_copy(widget):
    QApplication.clipboard().clear()
    button = widget.findChild(QPushButton, "copyDiagnosticsButton")
    assert button is not None and button.text() == "Copy diagnostics"
    button.click()
    assert button.text() == "Diagnostics copied"
    return QApplication.clipboard().text()


def check(text):
    assert text.startswith("# Deforestation Classifier diagnostics")
    assert "| QGIS | 3." in text and "| numpy |" in text
    assert "~/deforestation-models" in text
    assert str(Path.home()) + "/" not in text and KEY not in text


def test_settings_page_copies_the_report(keyed_settings, qgis_iface):
    from deforestation_classifier.ui.settings_page import SettingsPageFactory

    page = SettingsPageFactory().createWidget(None)
    check(click_copy(page))


def test_dependency_dialog_copies_the_report(keyed_settings, tmp_path):
    from deforestation_classifier.ui.dependencies_dialog import DependenciesDialog

    dialog = DependenciesDialog(target=tmp_path / "site")
    check(click_copy(dialog))
