"""Errors of the algorithms as the plugin's dialogs say them: a message from
deforestation:fetch_sentinel2 or classify names its parameters (START_DATE, MAX_CLOUD_COVER,
STAC_URL), which the Toolbox shows; run from the toolbar the analyst saw "From", "To" and
"Maximum scene cloud" instead, so those are the words the message bar uses."""
import re

from qgis.PyQt.QtCore import QCoreApplication


def tr(text):
    return QCoreApplication.translate("DialogWords", text)


def dialog_words():
    """Parameter name -> the label (in quotes) or the place the analyst sets it."""
    settings = tr("the STAC API setting (Settings > Options > Deforestation Classifier)")
    return {
        "START_DATE": "'{}'".format(tr("From")),
        "END_DATE": "'{}'".format(tr("To")),
        "MAX_CLOUD_COVER": "'{}'".format(tr("Maximum scene cloud")),
        "STAC_URL": settings,
        "COLLECTION": tr("the collections setting (Settings > Options > Deforestation "
                         "Classifier)"),
        "EXTENT": tr("the area"),
        "PER_TILE": tr("tile by tile"),
        "MAX_TILES": tr("the tile limit"),
    }


def in_dialog_words(message: str, words=None) -> str:
    """`message` with every parameter name of `words` (default: dialog_words()) replaced by the
    dialog's word for it; names inside other words (OUTPUT in CLOUD_MASK_OUTPUT) are left."""
    words = dialog_words() if words is None else words
    if not message or not words:
        return message or ""
    pattern = re.compile(r"(?<![A-Za-z0-9_])(" + "|".join(
        re.escape(name) for name in sorted(words, key=len, reverse=True)) + r")(?![A-Za-z0-9_])")
    return pattern.sub(lambda match: words[match.group(1)], message)
