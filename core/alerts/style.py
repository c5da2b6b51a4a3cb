"""Styles of the change outputs (deforestation:compare): alert tiles red over a faint grid of
the other compared tiles; patches as red outlines labelled with their hectares; clearings filled
by confidence tier (core/alerts/tiers.py). Built in code,
like core/output/layer_style.py, and saved inside the GeoPackage with it."""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
)

from ...toolbelt.i18n import tr

ALERT_STYLE = "deforestation_alerts"
PATCH_STYLE = "deforestation_patches"


def transition_renderer() -> QgsCategorizedSymbolRenderer:
    """Categories on `alert`: 1 (forest became cleared or non-forest) filled red, 0 outlined."""
    alert = QgsFillSymbol.createSimple(
        {"color": "227,26,28,190", "outline_color": "120,0,0,255", "outline_width": "0.3"})
    other = QgsFillSymbol.createSimple(
        {"style": "no", "color": "0,0,0,0", "outline_color": "150,150,150,255",
         "outline_width": "0.15"})
    return QgsCategorizedSymbolRenderer("alert", [
        QgsRendererCategory(1, alert, tr("Forest lost (alert)")),
        QgsRendererCategory(0, other, tr("No alert")),
    ])


def patch_renderer() -> QgsSingleSymbolRenderer:
    symbol = QgsFillSymbol.createSimple(
        {"color": "227,26,28,60", "outline_color": "255,140,0,255", "outline_width": "0.8"})
    return QgsSingleSymbolRenderer(symbol)


CLEARING_STYLE = "deforestation_clearings"
# Clearing tiers (a clearing is never low): the strongest darkest; candidates (the model's
# misses) apart in purple.
TIER_COLOURS = (("highest", "128,0,38,230"), ("high", "227,26,28,200"),
                ("candidate", "123,50,148,200"))


def clearing_renderer() -> QgsCategorizedSymbolRenderer:
    """Categories on `confidence` (core/alerts/tiers.py): filled polygons, strongest darkest."""
    names = {"highest": tr("Highest: alert, clearing and reference agree"),
             "high": tr("High: alert and clearing agree"),
             "candidate": tr("Candidate: a clearing the model kept as forest")}
    categories = []
    for tier, colour in TIER_COLOURS:
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "0,0,0,255", "outline_width": "0.3"})
        categories.append(QgsRendererCategory(tier, symbol, names[tier]))
    return QgsCategorizedSymbolRenderer("confidence", categories)
