"""The input raster shown as the model sees it: R = B08 (NIR), G = B04 (Red), B = B03 (Green),
each stretched linearly from DN 0 to DN 3000, as the chips are (core/imagery/chips.py,
docs/INPUTS.md).

QGIS's default rendering of a B03/B04/B08 stack (bands 1-2-3 with a cumulative cut) is almost
black and in the wrong band order; this style is one click away (the plugin's menu) and is
also meant for any other face that loads a scene (a fetched Sentinel-2 window, say).

The band choice and the DN conversion are the run's own (core/imagery/bands.py,
core/imagery/scaling.py), so a
float reflectance raster or a product with the baseline 04.00 offset is stretched over the same
DN range. `false_colour_ranges` needs GDAL only; `apply_false_colour` sets the QGIS renderer.
"""
from dataclasses import dataclass
from typing import List, Tuple

from ... import errors
from ..imagery.bands import BandError, BandSelection, select_bands
from ..imagery.chips import DN_SATURATION
from ..imagery.raster_tiles import RasterError, band_descriptions, open_raster
from ..imagery.scaling import dn_scaling
from ...toolbelt.i18n import tr


class InputStyleError(errors.InputError):
    """The raster cannot be shown as the model sees it; the message says why and what to do."""


@dataclass(frozen=True)
class FalseColour:
    bands: BandSelection  # R, G, B = NIR, Red, Green
    ranges: List[Tuple[float, float]]  # raw values of DN 0 and DN 3000, per band (R, G, B)


def false_colour_ranges(source: str) -> FalseColour:
    """The bands and the raw value range (DN 0 to DN 3000) of each, for a GDAL data source."""
    try:
        dataset = open_raster(source)
        bands = select_bands(band_descriptions(dataset))
    except (RasterError, BandError) as exc:
        raise InputStyleError(str(exc)) from exc
    scaling = dn_scaling(dataset, bands.as_list(), source)
    ranges = []
    for scale, offset in zip(scaling.scales, scaling.offsets):
        scale = scale or 1.0
        ranges.append(((0.0 - offset) / scale, (DN_SATURATION - offset) / scale))
    return FalseColour(bands, ranges)


def false_colour_renderer(provider, colour: FalseColour):
    """A QgsMultiBandColorRenderer on `provider` for `colour`."""
    from qgis.core import QgsContrastEnhancement, QgsMultiBandColorRenderer

    renderer = QgsMultiBandColorRenderer(provider, colour.bands.nir, colour.bands.red,
                                         colour.bands.green)
    setters = (renderer.setRedContrastEnhancement, renderer.setGreenContrastEnhancement,
               renderer.setBlueContrastEnhancement)
    for band, (low, high), setter in zip(colour.bands.as_list(), colour.ranges, setters):
        enhancement = QgsContrastEnhancement(provider.dataType(band))
        enhancement.setContrastEnhancementAlgorithm(
            QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum)
        enhancement.setMinimumValue(low)
        enhancement.setMaximumValue(high)
        setter(enhancement)
    return renderer


def apply_false_colour(layer) -> FalseColour:
    """Style a raster layer read by GDAL as the model sees it; InputStyleError when it cannot
    be (not a GDAL raster, bands not found)."""
    from qgis.core import QgsRasterLayer

    if not isinstance(layer, QgsRasterLayer) or not layer.isValid() \
            or layer.providerType() != "gdal":
        raise InputStyleError(
            tr("Select a Sentinel-2 raster file layer (GeoTIFF, VRT or SENTINEL2 product) in "
               "the Layers panel first."))
    colour = false_colour_ranges(layer.source())
    layer.setRenderer(false_colour_renderer(layer.dataProvider(), colour))
    layer.triggerRepaint()
    return colour
