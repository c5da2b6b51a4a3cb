"""Where the review's chip of a tile comes from: the chips folder, else the source raster.

`ChipLocator` finds the chip the model saw (`<tile_id>.png`, what deforestation:classify's
CHIPS_FOLDER writes); `ChipRenderer` renders it again from the source raster with the pipeline's
own reader and chip code (core/imagery/raster_tiles.py, core/imagery/chips.py). No QGIS here.

A raster path read from a file (the layer's SOURCE_RASTER metadata, the raster remembered in the
project) is opened only when it is a file on this computer (`recorded_raster_source`,
toolbelt/url_policy.py): a shared GeoPackage cannot make the review reach the network
(/vsicurl/, an http address, a network share) by opening it.
"""
from pathlib import Path
from typing import Optional

from ..imagery.bands import select_bands
from ..imagery.chips import render_tile_chip
from ..imagery.grid import (TILE_SIZE_M, GridCrs, Tile, is_utm, own_utm_grid, parse_tile_id,
                            srs_from_wkt)
from ..imagery.raster_tiles import TileReader, band_descriptions, open_raster, raster_srs
from .queue import ReviewError
from ..imagery.scaling import dn_scaling
from ...toolbelt.url_policy import RefusedAddress, require_local_path
from ...toolbelt.i18n import tr


def recorded_raster_source(source: str, what: str = "The source raster recorded for this layer"
                           ) -> str:
    """`source` when it is a file on this computer; else ReviewError saying why it is not
    opened and what to do. For every raster path read from a file (SOURCE_RASTER, a raster
    remembered in the project) before GDAL opens it."""
    try:
        return require_local_path(source, what)
    except RefusedAddress as exc:
        raise ReviewError(str(exc)) from exc


class ChipLocator:
    """`<tile_id>.png` in a chips folder (what deforestation:classify's CHIPS_FOLDER writes)."""

    def __init__(self, folder=None):
        self.folder = Path(folder) if folder else None

    def path(self, tile_id: str) -> Optional[Path]:
        if self.folder is None or not tile_id:
            return None
        candidate = self.folder / f"{tile_id}.png"
        return candidate if candidate.is_file() else None


class ChipRenderer:
    """Renders a tile's chip from the source raster as the pipeline did: the same bands, the
    same 10 m grid warp (nearest neighbour) in the layer's grid CRS, the same DN scaling and
    stretch. `bands` and `scaling` are what the classification recorded; None: worked out as
    the algorithm does by default (bands from their descriptions, scaling from the product).

    Returns (H, W, 3) uint8 arrays. Holds the opened raster between tiles.

    `recorded`: the source was read from a file (layer metadata, the project), so it is opened
    only when it is a file on this computer (ReviewError otherwise, nothing opened). False only
    for the source of a raster layer the project already has open.
    """

    def __init__(self, source: str, fallback_wkt: str = "", bands=None, scaling=None, *,
                 recorded: bool = True):
        if recorded:
            source = recorded_raster_source(source)
        self.source = source
        self._dataset = open_raster(source)
        self._srs = raster_srs(self._dataset, fallback_wkt)
        self.bands = bands or select_bands(band_descriptions(self._dataset))
        self.scaling = scaling or dn_scaling(self._dataset, self.bands.as_list(), source)

    def render(self, tile_id: str, grid_wkt: str = "", bounds=None):
        """The chip of `tile_id` (EPSG tags give the grid CRS; else `grid_wkt` must), or of the
        1 km cell at `bounds` (xmin, ymin, xmax, ymax) when the id cannot be parsed."""
        tile = parse_tile_id(tile_id)
        if tile is None:
            if bounds is None:
                raise ReviewError(tr("Cannot tell where tile {!r} lies.").format(tile_id))
            tile = Tile("CRS", int(round(bounds[0] / TILE_SIZE_M)),
                        int(round(bounds[1] / TILE_SIZE_M)))
        tag = tile.crs_tag
        own = own_utm_grid(self._srs) if is_utm(self._srs) else None
        if own is not None and own.tag == tag:
            wkt = own.wkt  # the pipeline's grid for a UTM raster: its own CRS
        elif tag.startswith("EPSG") and tag[4:].isdigit():
            wkt = srs_from_wkt(f"EPSG:{tag[4:]}").ExportToWkt()
        elif grid_wkt:
            wkt = grid_wkt
        else:
            raise ReviewError(tr("The grid CRS of tile {} is unknown.").format(tile_id))
        reader = TileReader(self._dataset, self._srs, self.bands, GridCrs(wkt=wkt, tag=tag),
                            [tile])
        try:
            data = reader.read(tile)
        finally:
            reader.close()
        return render_tile_chip(data, self.scaling)

    def close(self):
        self._dataset = None
