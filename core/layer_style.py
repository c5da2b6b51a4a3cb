"""The result layer's style: one colour per class; tiles without a label outlined only.

Built in code (not a .qml file) so that the toolbar, the Toolbox post-processor and the style
saved inside the GeoPackage all come from one definition.
"""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
)

from .prompt import LONG_TERM_NON_FOREST, RECENTLY_CLEARED, STANDING_FOREST

LABEL_FIELD = "class_label"
STYLE_NAME = "deforestation_classes"
# Fill colours with alpha so the imagery under a tile stays readable during review.
CLASS_STYLES = {
    STANDING_FOREST: ("26,150,65,150", "Standing forest"),
    RECENTLY_CLEARED: ("227,26,28,190", "Recently cleared"),
    LONG_TERM_NON_FOREST: ("205,183,140,140", "Long-term non-forest"),
}
OUTLINE = "60,60,60,255"


def _fill(colour: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": OUTLINE, "outline_width": "0.2"}
    )


def _outline_only() -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"style": "no", "color": "0,0,0,0", "outline_color": "110,110,110,255",
         "outline_style": "dash", "outline_width": "0.3"}
    )


def build_renderer() -> QgsCategorizedSymbolRenderer:
    categories = [
        QgsRendererCategory(label, _fill(colour), title)
        for label, (colour, title) in CLASS_STYLES.items()
    ]
    # The empty value is QGIS's catch-all category: tiles with a NULL label (NO_DATA, ...).
    categories.append(QgsRendererCategory("", _outline_only(), "Not classified"))
    return QgsCategorizedSymbolRenderer(LABEL_FIELD, categories)


def apply_style(layer):
    layer.setRenderer(build_renderer())
    layer.triggerRepaint()


def save_style_in_datasource(layer) -> str:
    """Store the style as the layer's default inside its data source (the GeoPackage).

    Returns an error text, empty on success. Formats without style storage get a .qml file
    next to the data, which QGIS also loads as the default style.
    """
    apply_style(layer)
    if layer.dataProvider().isSaveAndLoadStyleToDatabaseSupported():
        result = layer.saveStyleToDatabase(STYLE_NAME, "Deforestation classes", True, "")
        # QGIS 3.22 returns the error text; later releases may add a success flag to it.
        if isinstance(result, tuple):
            result = next((r for r in result if isinstance(r, str)), "")
        return result or ""
    message, ok = layer.saveDefaultStyle()
    return "" if ok else message
