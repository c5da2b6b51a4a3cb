"""Styles of the change outputs (deforestation:compare): alert tiles red over a faint grid of
the other compared tiles; patches as red outlines labelled with their hectares. Built in code,
like core/output/layer_style.py, and saved inside the GeoPackage with it."""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
)

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
        QgsRendererCategory(1, alert, "Forest lost (alert)"),
        QgsRendererCategory(0, other, "No alert"),
    ])


def patch_renderer() -> QgsSingleSymbolRenderer:
    symbol = QgsFillSymbol.createSimple(
        {"color": "227,26,28,60", "outline_color": "255,140,0,255", "outline_width": "0.8"})
    return QgsSingleSymbolRenderer(symbol)
