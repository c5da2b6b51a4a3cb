"""QGIS in Portuguese, Spanish, French or Indonesian shows the plugin in that language: the .ts
sources compiled with lrelease (as `make package` does), loaded by the plugin's translator for
the QGIS locale."""
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProcessingParameterDefinition, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from deforestation_classifier.plugin import DeforestationClassifierPlugin
from deforestation_classifier.processing_provider.classify_algorithm import ClassifyAlgorithm
from deforestation_classifier.processing_provider.provider import DeforestationProvider
from deforestation_classifier.toolbelt import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from package import compile_translations  # noqa: E402


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    names = compile_translations(folder)
    assert set(names) == {f"i18n/deforestation_classifier_{language}.qm"
                          for language in ("pt_BR", "es", "fr", "id")}
    return folder


@pytest.fixture
def locale_setting():
    settings = QgsSettings()
    saved = settings.value(i18n.LOCALE_SETTING)
    yield lambda value: settings.setValue(i18n.LOCALE_SETTING, value)
    if saved is None:
        settings.remove(i18n.LOCALE_SETTING)
    else:
        settings.setValue(i18n.LOCALE_SETTING, saved)


@pytest.fixture
def translator(compiled):
    installed = []

    def install(locale):
        installed.append(i18n.install_translator(locale, compiled))
        return installed[-1]

    yield install
    for item in installed:
        i18n.remove_translator(item)


def test_the_algorithms_speak_portuguese(translator):
    assert translator("pt_BR") is not None
    algorithm = ClassifyAlgorithm()
    algorithm.initAlgorithm()
    assert algorithm.displayName() == "Classificar desmatamento (quadrículas de 1 km)"
    assert DeforestationProvider().name() == "Classificador de Desmatamento"
    band = algorithm.parameterDefinition(algorithm.NIR_BAND)
    assert band.description() == "Banda NIR (B08)"
    assert band.help().startswith("Número da banda. Padrão: detectado")
    # The help table (processing_provider/help.py) in the algorithms' own context: the
    # summary, the panel's table of parameters and a help text with a default filled in.
    help_text = algorithm.shortHelpString()
    assert help_text.startswith("Encontra floresta, desmatamento recente")
    assert "o recorte de cada quadrícula é enviado como imagem PNG ao servidor" in help_text
    assert "<th>Parâmetro</th><th>Descrição</th>" in help_text
    model = algorithm.parameterDefinition(algorithm.MODEL).help()
    assert model.startswith("O modelo de texto do cartão do modelo") and "{}" not in model
    resume = algorithm.parameterDefinition("RESUME")
    assert isinstance(resume, QgsProcessingParameterDefinition)
    assert resume.description() == "Retomar numa saída existente"


def test_a_widget_speaks_portuguese(translator):
    """QObject.tr looks the text up under the widget's class name (its context in the .ts)."""
    from deforestation_classifier.ui.queue_filter_bar import QueueFilterBar

    translator("pt_BR")
    bar = QueueFilterBar()
    assert [bar.class_combo.itemText(i) for i in range(bar.class_combo.count())] == [
        "Desmatado recentemente", "Floresta em pé", "Não floresta de longo prazo",
        "Todas as classes"]


def test_spanish_and_a_regional_variant_of_it(translator):
    assert translator("es_AR") is not None  # no es_AR file: the language's, es
    assert DeforestationProvider().name() == "Clasificador de Deforestación"
    algorithm = ClassifyAlgorithm()
    algorithm.initAlgorithm()
    assert "se envía como imagen PNG al servidor configurado" in algorithm.shortHelpString()
    assert algorithm.parameterDefinition("RC_THRESHOLD").help().endswith(
        "o un servidor que da log-probabilidades): se ignora con el motor de la receta.")
    assert i18n.tr("Cancelled.") == "Cancelado."


@pytest.mark.parametrize("locale, provider, cancelled", [
    ("fr_FR", "Classificateur de déforestation", "Annulé."),
    ("fr_CD", "Classificateur de déforestation", "Annulé."),  # Congo: the language's, fr
    ("id_ID", "Pengklasifikasi Deforestasi", "Dibatalkan."),
])
def test_french_and_indonesian_from_their_regional_locales(translator, locale, provider,
                                                           cancelled):
    assert translator(locale) is not None
    assert DeforestationProvider().name() == provider
    assert i18n.tr("Cancelled.") == cancelled
    from deforestation_classifier.core.output.layer_style import class_title
    from deforestation_classifier.core.vocabulary import RECENTLY_CLEARED

    assert class_title(RECENTLY_CLEARED) == {"fr": "Récemment défriché",
                                             "id": "Baru dibuka"}[locale[:2]]


def test_english_and_unknown_languages_install_nothing(compiled):
    assert i18n.install_translator("en_US", compiled) is None
    assert i18n.install_translator("de_DE", compiled) is None
    assert ClassifyAlgorithm().displayName() == "Classify deforestation (1 km tiles)"


def test_qgis_in_portuguese_shows_the_plugin_in_portuguese(qgis_iface, qgis_new_project,
                                                           compiled, locale_setting,
                                                           monkeypatch):
    locale_setting("pt_BR")
    monkeypatch.setattr(i18n, "I18N", compiled)
    plugin = DeforestationClassifierPlugin(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.translator is not None
        assert plugin.menu == "Classificador de Desmatamento"
        assert plugin.action.text() == "Classificar desmatamento (quadrículas de 1 km)"
        assert plugin.review_action.text() == "Revisar quadrículas de desmatamento"
        assert plugin.style_action.text() == "Mostrar o raster como o modelo o vê"
        assert plugin.action in plugin.toolbar.actions()
        assert plugin.toolbar.windowTitle() == "Classificador de Desmatamento"
        registry = QgsApplication.processingRegistry()
        algorithm = registry.algorithmById("deforestation:classify")
        assert algorithm.displayName() == "Classificar desmatamento (quadrículas de 1 km)"
    finally:
        plugin.unload()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Unloaded: the translator is gone with the plugin.
    assert ClassifyAlgorithm().displayName() == "Classify deforestation (1 km tiles)"


def test_the_toolbar_result_names_and_counts_speak_portuguese(translator):
    """The result's group and layer names and the counts of the toolbar's message."""
    from datetime import datetime

    from deforestation_classifier.ui.layer_tree import counts_text, run_names

    translator("pt_BR")
    assert run_names("Sentinel-2 T33UUU", datetime(2026, 1, 2, 10, 0, 0)) == (
        "Desmatamento 10:00:00", "Quadrículas Sentinel-2 T33UUU")
    assert counts_text({"COUNT_STANDING_FOREST": 16, "COUNT_RECENTLY_CLEARED": 4,
                        "COUNT_INSUFFICIENT_DATA": 10, "COUNT_CLOUDY": 0, "TILE_COUNT": 30}) == \
        "floresta em pé 16, desmatado recentemente 4, dados insuficientes 10"


def test_the_review_dock_names_statuses_in_portuguese(translator):
    from types import SimpleNamespace

    from deforestation_classifier.ui.tile_details import review_text, status_word

    translator("pt_BR")
    record = SimpleNamespace(reviewed=True, review_status="CORRECTED",
                             reviewed_label="STANDING_FOREST", reviewer="ana",
                             reviewed_at="2025-06-01T14:03:22Z", review_reason=None,
                             review_note=None, audit_status=None)
    assert review_text(record) == "CORRIGIDA como Floresta em pé por ana, 2025-06-01T14:03:22Z"
    assert status_word("INSUFFICIENT_DATA") == "DADOS INSUFICIENTES"
    assert status_word("SOMETHING_NEW") == "SOMETHING_NEW"
