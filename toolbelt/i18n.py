"""Translations: the plugin's QTranslator for the QGIS locale, and tr() for modules without one.

Messages are translated with QCoreApplication.translate(context, literal). Widgets use their
class name as the context (QObject.tr), the modules of ui/ and plugin.py their own tr(), the
Processing algorithms and core/ (through tr() below) the context CONTEXT. scripts/i18n_update.py
extracts every literal with the context it is looked up in into i18n/*.ts (docs: i18n/README.md);
`make package` compiles them with lrelease into i18n/*.qm.
"""
from pathlib import Path

try:  # core/ imports tr(); its pure-Python modules also run where Qt is absent
    from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
except ImportError:  # pragma: no cover (without QGIS, messages stay in English)
    QCoreApplication = QLocale = QTranslator = None

CONTEXT = "deforestation"
PREFIX = "deforestation_classifier"
I18N = Path(__file__).resolve().parents[1] / "i18n"
LOCALE_SETTING = "locale/userLocale"


def tr(text: str) -> str:
    """text (a literal at the call) in the user's language; .format() the result."""
    if QCoreApplication is None:
        return text
    return QCoreApplication.translate(CONTEXT, text)


def user_locale() -> str:
    """The locale QGIS runs in. QGIS writes locale/userLocale at start-up (the override, or the
    system's locale when there is none), so that plugins follow it; QLocale when unset."""
    from qgis.core import QgsSettings

    return QgsSettings().value(LOCALE_SETTING, "", type=str) or QLocale().name()


def translation_file(locale: str, folder: Path = None):
    """i18n/deforestation_classifier_<locale>.qm, else the one of its language ('pt' of
    'pt_PT' falls back to none, 'es_AR' to 'es'); None when the plugin has no translation."""
    folder = Path(folder) if folder is not None else I18N
    for name in (locale, locale.split("_")[0]):
        path = folder / f"{PREFIX}_{name}.qm"
        if name and path.is_file():
            return path
    return None


def install_translator(locale: str = None, folder: Path = None):
    """Install the plugin's translator for `locale` (default: QGIS's) into the application;
    returns it (keep a reference, remove it on unload), or None for English or no .qm."""
    path = translation_file(locale or user_locale(), folder)
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
