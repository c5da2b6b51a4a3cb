"""The result layer's style: one colour per class, the analyst's reviewed label where a tile
is reviewed, else the model's; tiles without a label (NO_DATA, INSUFFICIENT_DATA, CLOUDY, ERROR)
outlined only; reviewed tiles (review_status set) get a thick outline whose colour tells the
decision, and the legend has one entry per outline.

Built in code (not a .qml file) so that the toolbar, the Toolbox post-processor and the style
saved inside the GeoPackage all come from one definition.
"""
import contextlib

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSymbolLayer,
)

from .fields import ALERT, CLASS_LABEL, REVIEW_STATUS
from ..vocabulary import LONG_TERM_NON_FOREST, RECENTLY_CLEARED, STANDING_FOREST
from ...toolbelt.i18n import tr
from ...toolbelt.qgis_compat import can_store_styles

LABEL_FIELD = CLASS_LABEL
REVIEWED_LABEL = "reviewed_label"  # written by the review (core/review/queue.py decision)
# The fill follows the reviewed label, so that a corrected tile changes colour at once.
# attribute() is NULL on a layer without the field (a fresh output), which then shows the
# model's label.
LABEL_EXPRESSION = f"coalesce(attribute('{REVIEWED_LABEL}'), \"{CLASS_LABEL}\")"
# Categorized renderers the review outline is added to: the classes (build_renderer, and
# styles from before the reviewed label was shown on class_label) and the alerts of a compare
# output (core/alerts/style.py transition_renderer).
REVIEWED_ATTRIBUTES = (LABEL_EXPRESSION, LABEL_FIELD, ALERT)
NOT_CLASSIFIED_TITLE = "Not classified (no data, partial tile, cloud or error)"
# Legend entries only: these values never occur, the categories explain the outlines.
LEGEND_ONLY_PREFIX = "legend:"
STYLE_NAME = "deforestation_classes"
# Fill colours with alpha so the imagery under a tile stays readable during review.
CLASS_STYLES = {
    STANDING_FOREST: ("26,150,65,150", "Standing forest"),
    RECENTLY_CLEARED: ("227,26,28,190", "Recently cleared"),
    LONG_TERM_NON_FOREST: ("205,183,140,140", "Long-term non-forest"),
}
OUTLINE = "60,60,60,255"
# Outline of reviewed tiles, by review_status (core/review/queue.py); unreviewed tiles keep the
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


def _outline_legend(colour: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"style": "no", "color": "0,0,0,0", "outline_color": colour,
         "outline_width": str(REVIEW_OUTLINE_WIDTH)})


def class_title(label) -> str:
    """A class as people read it (the legend's title), in the user's language; the label
    itself when it is not a class."""
    titles = {STANDING_FOREST: tr("Standing forest"), RECENTLY_CLEARED: tr("Recently cleared"),
              LONG_TERM_NON_FOREST: tr("Long-term non-forest")}
    return titles.get(label, label)


def outline_legend_categories():
    """One legend entry per review outline ("Reviewed: confirmed (black outline)")."""
    titles = {"CONFIRMED": tr("Reviewed: confirmed (black outline)"),
              "CORRECTED": tr("Reviewed: corrected (magenta outline)"),
              "UNCLEAR": tr("Reviewed: unclear (yellow outline)")}
    return [
        QgsRendererCategory(f"{LEGEND_ONLY_PREFIX}{status}", _outline_legend(colour),
                            titles[status])
        for status, (colour, _name) in REVIEW_OUTLINES.items()
    ]


def build_renderer() -> QgsCategorizedSymbolRenderer:
    categories = [
        QgsRendererCategory(label, _fill(colour), class_title(label))
        for label, (colour, _title) in CLASS_STYLES.items()
    ]
    # The empty value is QGIS's catch-all category: tiles with a NULL label (NO_DATA,
    # INSUFFICIENT_DATA: partly covered edge tiles, CLOUDY, ERROR) are outlined only, so no
    # class is painted over a blank canvas.
    categories.append(QgsRendererCategory(
        "", _outline_only(), tr("Not classified (no data, partial tile, cloud or error)")))
    categories.extend(outline_legend_categories())
    return QgsCategorizedSymbolRenderer(LABEL_EXPRESSION, categories)


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
    if renderer.classAttribute() == LABEL_FIELD:
        # A style from before: fill by the reviewed label too, and explain the outlines.
        renderer.setClassAttribute(LABEL_EXPRESSION)
        if not any(str(c.value()).startswith(LEGEND_ONLY_PREFIX) for c in renderer.categories()):
            for category in outline_legend_categories():
                renderer.addCategory(category)
        changed = True
    for index, category in enumerate(renderer.categories()):
        if str(category.value()).startswith(LEGEND_ONLY_PREFIX):
            continue
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
    if can_store_styles(layer.dataProvider()):
        # A resumed output already holds the style; QGIS 3.22 blocks for good when asked to
        # save a GeoPackage style under a name that exists, so never save it twice.
        if style_name in stored_style_names(layer):
            return ""
        result = layer.saveStyleToDatabase(style_name, description, True, "")
        # QGIS 3.22 returns the error text; later releases may add a success flag to it.
        if isinstance(result, tuple):
            result = next((r for r in result if isinstance(r, str)), "")
        return result or ""
    message, ok = layer.saveDefaultStyle()
    return "" if ok else message


def stored_style_names(layer) -> list:
    """The names of the styles stored in the layer's data source.

    A GeoPackage is read directly: listStylesInDatabase() logs "No styles available on DB" in
    the Log Messages panel whenever the file has no style yet, which is every new output.
    """
    import sqlite3
    from pathlib import Path

    from qgis.core import QgsProviderRegistry

    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = Path(parts.get("path") or "")
    if layer.providerType() != "ogr" or path.suffix.lower() != ".gpkg" or not path.is_file():
        listing = layer.listStylesInDatabase()
        return list(listing[2]) if len(listing) > 2 else []
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                              "name = 'layer_styles'").fetchone():
                return []
            table = parts.get("layerName") or db.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' "
                "ORDER BY table_name LIMIT 1").fetchone()[0]
            rows = db.execute("SELECT styleName FROM layer_styles WHERE f_table_name = ?",
                              (table,)).fetchall()
    except (sqlite3.Error, TypeError):
        return []
    return [row[0] for row in rows]
