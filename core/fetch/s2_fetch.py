"""Sentinel-2 L2A over an extent, as a VRT the classification reads (docs/FETCH.md).

Search one or more collections (core/fetch/stac_client.py) -> group the items into acquisitions
(core/fetch/scene_choice.py) -> choose, for every 1 km tile, its acquisition: the clearest over
it (PER_TILE, core/fetch/per_tile.py) or the one least cloudy over the area -> each used item's
BOA offset from its metadata checked against its pixels (core/fetch/offsets.py) -> the band, stack
and SCL VRTs (core/fetch/scene_vrt.py), read through GDAL's /vsicurl/ (COGs, or an item's
JPEG 2000 assets where it has no COG). The stack records the acquisitions and the tile map (read
back by core/imagery/s2_product.py for each tile's image_date / image_id), the offset decisions
and SCL_MASK, the SCL VRT core/run.py uses as the cloud mask when none is given.
"""
import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple

import numpy as np
from osgeo import gdal, osr

from ... import errors
from . import scene_choice, stac_client
from ..imagery.grid import TILE_SIZE_M, reproject_rectangle, srs_from_wkt, utm_epsg_for
from . import offsets, per_tile
from .scene_choice import Acquisition, SceneError
from .scene_vrt import (STACK, VrtError, band_mosaic, localise, read_scl, scl_cloud_fraction,
                        write_stack)
from ...toolbelt.i18n import tr

gdal.UseExceptions()

DEFAULT_STAC_URL = "https://earth-search.aws.element84.com/v1"
# sentinel-2-l2a first (the model's training source); some acquisitions exist only in
# sentinel-2-c1-l2a (Earth Search issues #65, #70).
DEFAULT_COLLECTION = "sentinel-2-l2a,sentinel-2-c1-l2a"
DEFAULT_MAX_SCENE_CLOUD_PERCENT = 20.0
DEFAULT_DAYS = 90
REFLECTANCE_TO_DN = 10000.0
# GDAL's HTTP settings for the COG reads, also during the classification that follows (the same
# process reads the VRT): retries with back-off on 429/5xx, a block cache, no directory listing.
# No CPL_VSIL_CURL_ALLOWED_EXTENSIONS: a catalogue's asset URLs need not end in .tif.
GDAL_HTTP_OPTIONS = {
    "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
    "GDAL_HTTP_MAX_RETRY": "4",
    "GDAL_HTTP_RETRY_DELAY": "1",
    "GDAL_HTTP_MERGE_CONSECUTIVE_RANGES": "YES",
    "GDAL_HTTP_TIMEOUT": "60",
    "VSI_CACHE": "TRUE",
    "VSI_CACHE_SIZE": str(64 << 20),
    "CPL_VSIL_CURL_CACHE_SIZE": str(256 << 20),
    "GDAL_CACHEMAX": "512",
}


class FetchError(errors.FetchError):
    """The scene cannot be fetched; the message says why and what to do."""


@dataclass
class FetchRequest:
    extent: Tuple[float, float, float, float]  # xmin, ymin, xmax, ymax in extent_crs
    extent_crs: str  # what OSR reads (EPSG id or WKT)
    output: Path  # the stack VRT
    start: str = ""  # YYYY-MM-DD; default END - 90 days
    end: str = ""  # YYYY-MM-DD; default today
    max_cloud: float = DEFAULT_MAX_SCENE_CLOUD_PERCENT  # scene eo:cloud_cover, %
    stac_url: str = DEFAULT_STAC_URL
    collection: str = DEFAULT_COLLECTION  # comma-separated, the first listed wins duplicates
    copy_local: bool = False  # clipped bands as GeoTIFFs next to the VRT
    per_tile: bool = True  # every 1 km tile from its clearest acquisition (core/fetch/per_tile.py)


@dataclass
class FetchResult:
    path: str
    scl_path: str
    item_ids: List[str]
    datetime: str  # comma-separated when several acquisitions are used (PER_TILE)
    acquisition: Acquisition  # the newest used
    epsg: int
    decision: str
    notes: List[str] = field(default_factory=list)
    tile_map: Optional[per_tile.TileMap] = None


def configure_gdal():
    for key, value in GDAL_HTTP_OPTIONS.items():
        if gdal.GetConfigOption(key) is None:  # a user's own setting wins
            gdal.SetConfigOption(key, value)


def default_window(start: str = "", end: str = "", today: Optional[_dt.date] = None):
    """(start, end) "YYYY-MM-DD", the last DEFAULT_DAYS days where not given; ValueError
    naming the bad one."""
    today = today or _dt.date.today()
    end_date = _parse_date(end, "END_DATE") if end else today
    start_date = (_parse_date(start, "START_DATE") if start
                  else end_date - _dt.timedelta(days=DEFAULT_DAYS))
    if start_date > end_date:
        raise errors.InputError(tr("START_DATE {} is after END_DATE {}.").format(
            start_date, end_date))
    return start_date.isoformat(), end_date.isoformat()


def _parse_date(text, name):
    try:
        return _dt.date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        raise errors.InputError(tr("{} '{}' is not a date: write it as YYYY-MM-DD.").format(
            name, text)) from None


def _wgs84():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _epsg_srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(epsg))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def extent_bbox(extent, extent_crs) -> Tuple[float, float, float, float]:
    """The extent as lon/lat (west, south, east, north)."""
    src = srs_from_wkt(extent_crs) if extent_crs else _wgs84()
    xmin, xmax, ymin, ymax = reproject_rectangle(extent, src, _wgs84()).GetEnvelope()
    return xmin, ymin, xmax, ymax


def target_epsg(acquisitions: List[Acquisition], bbox) -> int:
    """One UTM zone for the mosaic: the zone of the extent's centre when a tile is in it, else
    that of the first tile."""
    epsgs = [s.epsg for a in acquisitions for s in a.scenes if s.epsg]
    if not epsgs:
        raise FetchError(tr("The items {} name no EPSG code (proj:epsg / proj:code): the UTM "
                            "grid is unknown.").format(", ".join(
                                i for a in acquisitions for i in a.item_ids)))
    centre = utm_epsg_for((bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2)
    return centre if centre in epsgs else epsgs[0]


def km_bounds(extent, extent_crs, epsg) -> Tuple[float, float, float, float]:
    """The extent in the UTM zone, grown to whole kilometres (the classifier's tiles)."""
    src = srs_from_wkt(extent_crs) if extent_crs else _wgs84()
    xmin, xmax, ymin, ymax = reproject_rectangle(extent, src, _epsg_srs(epsg)).GetEnvelope()
    k = float(TILE_SIZE_M)
    return (np.floor(xmin / k) * k, np.floor(ymin / k) * k,
            max(np.ceil(xmax / k), np.floor(xmin / k) + 1) * k,
            max(np.ceil(ymax / k), np.floor(ymin / k) + 1) * k)


def _items(request, transport, feedback, start, end, bbox, collections):
    body = stac_client.search_body(collections, bbox, start, end)
    try:
        return stac_client.search_items(request.stac_url, body, transport, feedback)
    except stac_client.StacError as exc:
        raise FetchError(str(exc)) from exc


def _progress(feedback, percent):
    if hasattr(feedback, "setProgress"):
        feedback.setProgress(percent)


def fetch_scene(request: FetchRequest, feedback, transport=None) -> FetchResult:
    """Search, choose and write the scene the request describes (see the module docstring)."""
    configure_gdal()
    try:
        start, end = default_window(request.start, request.end)
        bbox = extent_bbox(request.extent, request.extent_crs)
    except (ValueError, errors.InputError) as exc:
        raise FetchError(str(exc)) from exc
    collections = collection_list(request.collection)
    feedback.pushInfo(tr("Searching {} at {} from {} to {} over lon {:.4f}..{:.4f}, lat "
                         "{:.4f}..{:.4f}.").format(
                         ', '.join(collections), request.stac_url, start, end, bbox[0], bbox[2],
                         bbox[1], bbox[3]))
    items = _items(request, transport, feedback, start, end, bbox, collections)
    _progress(feedback, 10)
    if feedback.isCanceled():
        raise FetchError(tr("Cancelled."))
    # Also filtered here: a catalogue that ignores the search's datetime must not bring in an
    # acquisition from outside the window.
    scenes = [scene for scene in map(scene_choice.parse_item, items)
              if start <= scene.date <= end]
    acquisitions = scene_choice.group_acquisitions(scenes, bbox, collections)
    feedback.pushInfo(tr("{} items, {} acquisitions over the extent.").format(
                         len(items), len(acquisitions)))
    _say_duplicates(scenes, acquisitions, collections, feedback)
    window = f" between {start} and {end}"
    try:
        tile_map = (_per_tile_map if request.per_tile else _single_map)(
            request, acquisitions, bbox, window, feedback)
    except VrtError as exc:  # an SCL href refused (scene_vrt.py)
        raise FetchError(str(exc)) from exc
    _progress(feedback, 30)
    used = [tile_map.acquisitions[i] for i in tile_map.used()]
    scenes_used = [s for a in used for s in a.scenes]
    for scene in scenes_used:
        if scene.jp2:
            feedback.pushInfo(tr("{} has JPEG 2000 assets only (no COG): its bands are read "
                                 "from its *-jp2 assets through GDAL's JPEG 2000 driver over "
                                 "HTTP (/vsicurl/), more slowly than COGs.").format(
                                     scene.item_id))
    try:
        decisions = offsets.check_scenes(scenes_used, feedback)
    except VrtError as exc:
        raise FetchError(str(exc)) from exc
    epsg, bounds = tile_map.epsg, tile_map.bounds
    notes = [tr("Grid EPSG:{}, {:.0f} x {:.0f} m").format(
                 epsg, bounds[2] - bounds[0], bounds[3] - bounds[1]),
             tr("Tiles: {}").format(per_tile.summary(tile_map))]
    for note in notes:
        feedback.pushInfo(note)
    output = Path(request.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        scl_path = _write_vrts(request, output, tile_map, decisions, feedback)
    except VrtError as exc:
        raise FetchError(str(exc)) from exc
    _progress(feedback, 100)
    newest = max(used, key=lambda a: a.datetime)
    return FetchResult(
        str(output), scl_path, [s.item_id for s in scenes_used],
        ",".join(sorted(a.datetime for a in used)), newest, epsg,
        "; ".join(f"{i}: {d.reason}" for i, d in decisions.items()), notes, tile_map)


def collection_list(text) -> List[str]:
    """COLLECTION as a list: comma-separated names, in order, each once."""
    names = [part.strip() for part in str(text or "").split(",") if part.strip()]
    return list(dict.fromkeys(names)) or collection_list(DEFAULT_COLLECTION)


def _say_duplicates(scenes, acquisitions, collections, feedback):
    """One line when the same acquisition of an MGRS tile was found in several collections:
    which was taken and why (scene_choice.group_acquisitions)."""
    kept = {s.item_id for a in acquisitions for s in a.scenes}
    dropped = [s for s in scenes if s.item_id not in kept and s.collection
               and any(k.mgrs_tile == s.mgrs_tile and k.date == s.date
                       and k.collection != s.collection for a in acquisitions
                       for k in a.scenes)]
    if dropped:
        feedback.pushInfo(tr(
            "{} items were found in more than one collection ({}); each acquisition of an MGRS "
            "tile is taken once, from the collection listed first in COLLECTION ({}: for "
            "sentinel-2-l2a, the model's training source); left out: {}.").format(
                len(dropped), ", ".join(collections), collections[0],
                ", ".join(s.item_id for s in dropped)))


def _single_map(request, acquisitions, bbox, window, feedback):
    """PER_TILE false: the one acquisition with the least cloud over the area."""

    def scl_cloud(acquisition):
        epsg = target_epsg([acquisition], bbox)
        return scl_cloud_fraction(acquisition, epsg,
                                  km_bounds(request.extent, request.extent_crs, epsg))

    try:
        chosen = scene_choice.choose_acquisition(acquisitions, request.max_cloud, scl_cloud,
                                                 window)
    except SceneError as exc:
        raise FetchError(str(exc)) from exc
    if chosen.scl_cloud is None:
        feedback.pushInfo(tr("Acquisition {}: {} (scene cloud {:.1f} %)").format(
            chosen.datetime, ', '.join(chosen.item_ids), chosen.cloud_cover))
    else:
        feedback.pushInfo(tr("Acquisition {}: {} (scene cloud {:.1f} %, SCL cloud over the extent "
                             "{:.1%})").format(chosen.datetime, ', '.join(chosen.item_ids),
                                               chosen.cloud_cover, chosen.scl_cloud))
    epsg = target_epsg([chosen], bbox)
    return per_tile.single(chosen, epsg, km_bounds(request.extent, request.extent_crs, epsg))


def _per_tile_map(request, acquisitions, bbox, window, feedback):
    """PER_TILE true: every tile from the acquisition clearest over it (core/fetch/per_tile.py).
    MAX_CLOUD_COVER leaves no acquisition out here: a scene cloudy as a whole can be the
    clearest over some tile."""
    if not acquisitions:
        scene_choice.choose_acquisition(acquisitions, request.max_cloud, None, window)
    epsg = target_epsg(acquisitions, bbox)
    bounds = km_bounds(request.extent, request.extent_crs, epsg)
    feedback.pushInfo(tr("PER_TILE: the SCL of all {} acquisitions is read over the area; each "
                         "1 km tile takes the clearest (MAX_CLOUD_COVER does not apply in this "
                         "mode).").format(len(acquisitions)))
    tile_map = per_tile.choose(
        sorted(acquisitions, key=lambda a: a.datetime), epsg, bounds,
        lambda acquisition: read_scl(acquisition, epsg, bounds))
    if not tile_map.used():
        raise FetchError(tr("The SCL of no acquisition over the extent{} could be read: check "
                            "the connection and STAC_URL.").format(window))
    return tile_map


def _write_vrts(request, output, tile_map, decisions, feedback) -> str:
    """The band VRTs (or their local copies), the SCL and the stack at `output`; the SCL's
    path."""
    stem = output.with_suffix("")
    paths = {}
    dn_offsets = {item: decision.offset for item, decision in decisions.items()}
    for done, asset in enumerate((*[a for a, _ in STACK], "scl")):
        _progress(feedback, 30 + 70 * done / (len(STACK) + 1))
        if feedback.isCanceled():
            raise FetchError(tr("Cancelled."))
        band_name = dict(STACK).get(asset, "SCL")
        path = band_mosaic(tile_map, asset, Path(f"{stem}_{band_name}.vrt"), dn_offsets,
                           feedback)
        if request.copy_local:
            feedback.pushInfo(tr("Copying {} to a local GeoTIFF.").format(band_name))
            path = localise(path, feedback)
        paths[asset] = path
    write_stack(str(output), [paths[a] for a, _ in STACK], tile_map, decisions, paths["scl"],
                request)
    return paths["scl"]
