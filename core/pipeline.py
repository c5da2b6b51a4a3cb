"""The tile pipeline: raster -> tiles -> chips -> engine -> results, with progress and cancel.

No QGIS here: `feedback` is anything with isCanceled(), setProgress(percent) and pushInfo(text)
(QgsProcessingFeedback has all three), so the pipeline runs and is tested without QGIS.
"""
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from osgeo import osr

from .chips import encode_png, render_chip, valid_mask
from .grid import GridCrs, choose_grid_crs, rectangle_polygon, reproject_polygon, tiles_covering
from .prompt import LabelError
from .raster_tiles import raster_footprint_native

CLASSIFIED = "CLASSIFIED"
NO_DATA = "NO_DATA"
INSUFFICIENT_DATA = "INSUFFICIENT_DATA"
ERROR = "ERROR"
STATUSES = (CLASSIFIED, NO_DATA, INSUFFICIENT_DATA, ERROR)
# Stop a run whose model fails on this many tiles in a row: something is wrong with the model,
# not with one tile.
MAX_CONSECUTIVE_ERRORS = 5


class PlanError(ValueError):
    """The requested area cannot be tiled; the message says why and what to do."""


class EngineFailure(RuntimeError):
    """The model failed on many tiles in a row."""


@dataclass
class TilePlan:
    grid: GridCrs
    tiles: list


@dataclass
class TileResult:
    tile: object
    status: str
    valid_fraction: float
    prediction: Optional[object] = None
    message: str = ""


def plan_tiles(dataset, srs: osr.SpatialReference, extent=None,
               extent_srs: Optional[osr.SpatialReference] = None) -> TilePlan:
    """The grid CRS and the 1 km tiles covering extent (xmin, ymin, xmax, ymax in extent_srs)
    within the raster; the whole raster when extent is None."""
    footprint = raster_footprint_native(dataset)
    area = footprint
    if extent is not None:
        requested = reproject_polygon(rectangle_polygon(*extent), extent_srs or srs, srs)
        area = requested.Intersection(footprint)
        if area is None or area.IsEmpty() or area.GetArea() <= 0:
            raise PlanError(
                "The extent does not overlap the raster. Choose an extent inside the raster "
                "(or leave EXTENT empty to use the whole raster)."
            )
    grid = choose_grid_crs(srs, area)
    area_in_grid = reproject_polygon(area, srs, grid.srs())
    tiles = tiles_covering(area_in_grid, grid.tag)
    if not tiles:
        raise PlanError("The extent is empty: no 1 km tile intersects it.")
    return TilePlan(grid=grid, tiles=tiles)


def classify_tiles(tiles, reader, engine, feedback, *, min_valid_fraction=0.0,
                   chips_folder: Optional[Path] = None):
    """Yield one TileResult per tile, in order, until done or cancelled."""
    total = len(tiles)
    consecutive_errors = 0
    for index, tile in enumerate(tiles):
        if feedback.isCanceled():
            return
        bands = reader.read(tile)
        mask = valid_mask(bands.as_list(), bands.nodata)
        fraction = float(mask.mean())
        if fraction == 0.0:
            result = TileResult(tile, NO_DATA, fraction)
        elif fraction < min_valid_fraction:
            result = TileResult(tile, INSUFFICIENT_DATA, fraction)
        else:
            chip = render_chip(bands.nir, bands.red, bands.green, mask)
            if chips_folder is not None:
                (Path(chips_folder) / f"{tile.tile_id}.png").write_bytes(encode_png(chip))
            try:
                prediction = engine.classify(chip)
            except LabelError as exc:
                consecutive_errors += 1
                if consecutive_errors >= MAX_CONSECUTIVE_ERRORS:
                    raise EngineFailure(
                        f"The model gave no valid label on {consecutive_errors} tiles in a row; "
                        f"last answer: {exc}. Check that MODEL and MMPROJ are the model card's "
                        "files."
                    ) from exc
                result = TileResult(tile, ERROR, fraction, message=str(exc))
            else:
                consecutive_errors = 0
                result = TileResult(tile, CLASSIFIED, fraction, prediction)
        yield result
        feedback.setProgress(100.0 * (index + 1) / total)
