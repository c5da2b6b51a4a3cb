"""The result layer's style: one colour per class; tiles without a label outlined only;
reviewed tiles (review_status set) get a thick outline whose colour tells the decision.

Built in code (not a .qml file) so that the toolbar, the Toolbox post-processor and the style
saved inside the GeoPackage all come from one definition.
"""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSymbolLayer,
)

from .fields import ALERT, CLASS_LABEL, REVIEW_STATUS
from .prompt import LONG_TERM_NON_FOREST, RECENTLY_CLEARED, STANDING_FOREST

LABEL_FIELD = CLASS_LABEL
# Categorized renderers the review outline is added to: the classes (build_renderer) and the
# alerts of a compare output (core/alert_style.py transition_renderer).
REVIEWED_ATTRIBUTES = (LABEL_FIELD, ALERT)
STYLE_NAME = "deforestation_classes"
# Fill colours with alpha so the imagery under a tile stays readable during review.
CLASS_STYLES = {
    STANDING_FOREST: ("26,150,65,150", "Standing forest"),
    RECENTLY_CLEARED: ("227,26,28,190", "Recently cleared"),
    LONG_TERM_NON_FOREST: ("205,183,140,140", "Long-term non-forest"),
}
OUTLINE = "60,60,60,255"
# Outline of reviewed tiles, by review_status (core/review_queue.py); unreviewed tiles keep the
# category's own outline. attribute('name') is NULL, not an error, on layers without the field
# (attribute(@feature, 'name') is not: QGIS 3.22 has no @feature while rendering).
REVIEW_FIELD = REVIEW_STATUS
REVIEW_OUTLINES = {
    "CONFIRMED": ("0,0,0,255", "black"),
    "CORRECTED": ("255,0,255,255", "magenta"),
    "UNCLEAR": ("255,200,0,255", "yellow"),
}
REVIEW_OUTLINE_WIDTH = 0.9  # mm
_REVIEWED = f"attribute('{REVIEW_FIELD}') IS NOT NULL"
_REVIEW_EXPRESSIONS = {
    # A NULL result leaves the symbol's static value in place.
    "StrokeWidth": f"CASE WHEN {_REVIEWED} THEN {REVIEW_OUTLINE_WIDTH} END",
    "StrokeColor": "CASE {} END".format(" ".join(
        f"WHEN attribute('{REVIEW_FIELD}') = '{status}' THEN '{colour}'"
        for status, (colour, _) in REVIEW_OUTLINES.items())),
    "StrokeStyle": f"CASE WHEN {_REVIEWED} THEN 'solid' END",
}


def _symbol_property(name: str):
    # QgsSymbolLayer.Property.PropertyStrokeWidth up to QGIS 3.36, .StrokeWidth from 3.38.
    enum = QgsSymbolLayer.Property
    return getattr(enum, name, None) or getattr(enum, f"Property{name}")


def add_review_outline(symbol) -> bool:
    """Give each layer of a fill symbol the review outline; False when it already had it."""
    changed = False
    for index in range(symbol.symbolLayerCount()):
        layer = symbol.symbolLayer(index)
        for name, expression in _REVIEW_EXPRESSIONS.items():
            key = _symbol_property(name)
            current = layer.dataDefinedProperties().property(key)
            if current.isActive() and current.expressionString() == expression:
                continue
            layer.setDataDefinedProperty(key, QgsProperty.fromExpression(expression))
            changed = True
    return changed


def _fill(colour: str) -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": OUTLINE, "outline_width": "0.2"}
    )
    add_review_outline(symbol)
    return symbol


def _outline_only() -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "color": "0,0,0,0", "outline_color": "110,110,110,255",
         "outline_style": "dash", "outline_width": "0.3"}
    )
    add_review_outline(symbol)
    return symbol


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


def ensure_review_outline(layer) -> bool:
    """Show reviewed tiles on a layer styled before the review outline existed (or restyled by
    the user with categories on class_label), or on a compare output's alert style, keeping its
    colours. False when the renderer is something else and was left alone."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer) \
            or renderer.classAttribute() not in REVIEWED_ATTRIBUTES:
        return False
    changed = False
    for index, category in enumerate(renderer.categories()):
        symbol = category.symbol().clone()
        if add_review_outline(symbol):
            renderer.updateCategorySymbol(index, symbol)
            changed = True
    if changed:
        layer.triggerRepaint()
    return True


def save_style_in_datasource(layer) -> str:
    """Store the classes style as the layer's default inside its data source (the GeoPackage).
    Returns an error text, empty on success."""
    return save_renderer_in_datasource(layer, build_renderer(), STYLE_NAME,
                                       "Deforestation classes")


def save_renderer_in_datasource(layer, renderer, style_name: str, description: str) -> str:
    """Give the layer `renderer` and store it as its default style inside its data source.

    Returns an error text, empty on success. Formats without style storage get a .qml file
    next to the data, which QGIS also loads as the default style.
    """
    layer.setRenderer(renderer)
    layer.triggerRepaint()
    if layer.dataProvider().isSaveAndLoadStyleToDatabaseSupported():
        # A resumed output already holds the style; QGIS 3.22 blocks for good when asked to
        # save a GeoPackage style under a name that exists, so never save it twice.
        listing = layer.listStylesInDatabase()
        if len(listing) > 2 and style_name in listing[2]:
            return ""
        result = layer.saveStyleToDatabase(style_name, description, True, "")
        # QGIS 3.22 returns the error text; later releases may add a success flag to it.
        if isinstance(result, tuple):
            result = next((r for r in result if isinstance(r, str)), "")
        return result or ""
    message, ok = layer.saveDefaultStyle()
    return "" if ok else message
