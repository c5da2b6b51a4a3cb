"""From a comparison to the clearings an analyst can act on (docs/ALERTS.md): the two dates'
imagery read over the alert tiles, the tiles the model kept as forest and the alert tiles'
neighbours; the clearings delineated (core/alerts/clearings.py), measured against the reference
alerts and the overlay (core/alerts/overlay.py), and tiles, clearings and patches rated
(core/alerts/tiers.py). Plain records in, plain records out: no QGIS.
"""
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence

from ...toolbelt.i18n import tr
from ..imagery.grid import GridCrs, Tile, parse_tile_id, srs_from_wkt
from ..imagery.raster_tiles import RasterError
from .clearings import Clearing, TileScan, delineate_all, scan_tile
from .date_imagery import DateSource, open_reader
from .overlay import OverlayFeature, ReferenceRaster, apply_overlay, apply_reference_polygons
from .tiers import kept_forest, rate_clearings, rate_patches, rate_tiles

# The minimum mapping unit by default, in hectares (docs/ALERTS.md, "Minimum mapping unit").
DEFAULT_MIN_AREA_HA = 0.5


@dataclass
class ClearingRequest:
    before: Optional[DateSource]
    after: Optional[DateSource]
    min_area_ha: float = DEFAULT_MIN_AREA_HA
    overlay: Sequence[OverlayFeature] = ()
    reference: Sequence[OverlayFeature] = ()  # reference alerts as polygons (grid CRS)
    reference_raster: str = ""  # ...or as a raster
    reference_crs: str = ""  # the raster's CRS when its file has none


@dataclass
class ClearingResult:
    clearings: List[Clearing] = field(default_factory=list)
    scanned: int = 0  # tiles read in both dates
    unread: int = 0  # tile reads that failed (a streamed asset)
    before_date: Optional[str] = None
    after_date: Optional[str] = None


def no_clearings_text() -> str:
    """Why a compare without an image of each date makes no clearings."""
    return tr(
        "No clearings: they need an image of each date (BEFORE_RASTER and AFTER_RASTER, or "
        "BEFORE and AFTER outputs that record their source raster). A clearing is a change "
        "between two images: one image alone cannot tell a fresh clearing from an old "
        "pasture or bare ground. cleared_ha and confidence are left empty.")


def grid_of(tag: str, fallback_wkt: str) -> GridCrs:
    """The grid CRS a tile id prefix names (EPSG32633), else `fallback_wkt`."""
    if tag.startswith("EPSG") and tag[4:].isdigit():
        return GridCrs(wkt=srs_from_wkt(f"EPSG:{tag[4:]}").ExportToWkt(), tag=tag)
    return GridCrs(wkt=fallback_wkt, tag=tag)


def scan_plan(changes) -> List[Tile]:
    """The tiles to read: alert tiles, tiles kept as forest, and the eight neighbours of each
    alert tile (so that a clearing reaching out of an alert tile is whole); north to south,
    west to east, the order GDAL reads best."""
    wanted = {}
    for change in changes:
        if change.alert or kept_forest(change):
            tile = parse_tile_id(change.tile_id)
            wanted[tile.tile_id] = tile
    for change in changes:
        if not change.alert:
            continue
        tile = parse_tile_id(change.tile_id)
        for de in (-1, 0, 1):
            for dn in (-1, 0, 1):
                near = Tile(tile.crs_tag, tile.easting_km + de, tile.northing_km + dn)
                wanted.setdefault(near.tile_id, near)
    return sorted(wanted.values(), key=lambda t: (-t.northing_km, t.easting_km))


def _scan(tiles, before, after, canceled) -> Dict[str, TileScan]:
    scans = {}
    for tile in tiles:
        if canceled():
            break
        scans[tile.tile_id] = scan_tile(tile.tile_id, before.seen(tile), after.seen(tile))
    return scans


def find_clearings(request: ClearingRequest, comparison, patches, grid: GridCrs,
                   canceled: Callable[[], bool] = lambda: False) -> ClearingResult:
    """The clearings of a comparison; sets cleared_ha and confidence on its tiles
    (comparison.changes) and its `patches`. RasterError when a date's raster cannot be read."""
    tiles = scan_plan(comparison.changes)
    result = ClearingResult()
    if not tiles or request.before is None or request.after is None:
        return result
    before = open_reader(request.before, grid, tiles, "BEFORE_RASTER")
    try:
        after = open_reader(request.after, grid, tiles, "AFTER_RASTER")
    except RasterError:
        before.close()
        raise
    reference = None
    try:
        if request.reference_raster:
            try:
                reference = ReferenceRaster(request.reference_raster, grid,
                                            request.reference_crs)
            except (RasterError, ValueError) as exc:
                raise RasterError(f"REFERENCE_ALERTS: {exc}") from exc
        scans = _scan(tiles, before, after, canceled)
        clearings = delineate_all(scans.values(), grid.srs(), request.min_area_ha, reference)
        result.unread = before.failures + after.failures
        result.before_date, result.after_date = before.date, after.date
    finally:
        before.close()
        after.close()
        if reference is not None:
            reference.close()
    if request.reference:
        apply_reference_polygons(clearings, list(request.reference))
    for clearing in clearings:
        clearing.image_date_before, clearing.image_date_after = before.date, after.date
    changes = {c.tile_id: c for c in comparison.changes}
    clearings = rate_clearings(clearings, changes, {t: c.patch_id for t, c in changes.items()})
    rate_tiles(comparison.changes, scans, clearings)
    rate_patches(patches, changes)
    if request.overlay:
        apply_overlay(clearings, list(request.overlay))
    result.clearings, result.scanned = clearings, len(scans)
    return result
