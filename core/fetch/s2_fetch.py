"""A Sentinel-2 L2A acquisition over an extent, as a VRT the classification reads (docs/FETCH.md).

Search (core/fetch/stac_client.py) -> choose the acquisition (core/fetch/scene_choice.py) -> the
band, stack and SCL VRTs (core/fetch/scene_vrt.py), read through GDAL's /vsicurl/. The stack
records the acquisition (read back by core/imagery/s2_product.py acquisition()), the scaling
decision as each band's offset (applied by core/imagery/scaling.py) and SCL_MASK, the SCL VRT
core/run.py uses as the cloud mask when none is given.
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
from ..imagery.s2_product import BASELINE_04_BOA_OFFSET, OFFSET_BASELINE, baseline_number
from .scene_choice import Acquisition, SceneError
from .scene_vrt import STACK, VrtError, band_mosaic, localise, scl_cloud_fraction, write_stack
from ...toolbelt.i18n import tr

gdal.UseExceptions()

DEFAULT_STAC_URL = "https://earth-search.aws.element84.com/v1"
DEFAULT_COLLECTION = "sentinel-2-l2a"
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
    collection: str = DEFAULT_COLLECTION
    copy_local: bool = False  # clipped bands as GeoTIFFs next to the VRT


@dataclass
class FetchResult:
    path: str
    scl_path: str
    item_ids: List[str]
    datetime: str
    acquisition: Acquisition
    epsg: int
    decision: str
    notes: List[str] = field(default_factory=list)


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
        raise errors.InputError(tr("START_DATE {} is after END_DATE {}.").format(start_date, end_date))
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


def target_epsg(acquisition: Acquisition, bbox) -> int:
    """One UTM zone for the mosaic: the zone of the extent's centre when a tile is in it, else
    that of the first tile."""
    epsgs = [s.epsg for s in acquisition.scenes if s.epsg]
    if not epsgs:
        raise FetchError(tr("The items {} name no EPSG code (proj:epsg / proj:code): the UTM "
                            "grid is unknown.").format(", ".join(acquisition.item_ids)))
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


def scaling_decision(acquisition: Acquisition) -> Tuple[float, str]:
    """(offset in contract DN to add, why). Earth Search already removed the BOA offset
    (earthsearch:boa_offset_applied true): its DN are the training DN, nothing is applied.
    A source that leaves the offset in (baseline 04.00+) gets it from the item's raster:bands
    offset, else the product specification's -1000."""
    decisions = {_scene_decision(s) for s in acquisition.scenes}
    if len(decisions) > 1:
        raise FetchError(tr(
            "The tiles of {} need different scalings ({}); choose a narrower extent or "
            "another date.").format(acquisition.date, "; ".join(sorted(d[1] for d in decisions))))
    return decisions.pop()


def _scene_decision(scene) -> Tuple[float, str]:
    if scene.boa_offset_applied:
        return 0.0, ("earthsearch:boa_offset_applied is true: the DN are used as stored "
                     "(the training DN)")
    if baseline_number(scene.baseline) < OFFSET_BASELINE:
        known = f"processing baseline {scene.baseline}" if scene.baseline else \
            "no processing baseline stated"
        return 0.0, f"{known}: no BOA offset, DN used as stored"
    offsets = [v for k, v in scene.raster_offsets.items() if k != "scl"]
    if offsets and len(set(offsets)) == 1 and offsets[0]:
        dn = offsets[0] * REFLECTANCE_TO_DN if abs(offsets[0]) < 1.0 else offsets[0]
        return dn, (f"processing baseline {scene.baseline} with the BOA offset left in: the "
                    f"item's raster:bands offset {offsets[0]:g} applied as {dn:+.0f} DN")
    return BASELINE_04_BOA_OFFSET, (f"processing baseline {scene.baseline} with the BOA offset "
                                    "left in: BOA_ADD_OFFSET -1000 (product specification)")


def _items(request, transport, feedback, start, end, bbox):
    body = stac_client.search_body(request.collection, bbox, start, end)
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
    except errors.InputError as exc:
        raise FetchError(str(exc)) from exc
    feedback.pushInfo(f"Searching {request.collection} at {request.stac_url} from {start} to "
                      f"{end} over lon {bbox[0]:.4f}..{bbox[2]:.4f}, lat "
                      f"{bbox[1]:.4f}..{bbox[3]:.4f}.")
    items = _items(request, transport, feedback, start, end, bbox)
    _progress(feedback, 10)
    if feedback.isCanceled():
        raise FetchError(tr("Cancelled."))
    # Also filtered here: a catalogue that ignores the search's datetime must not bring in an
    # acquisition from outside the window.
    scenes = [scene for scene in map(scene_choice.parse_item, items)
              if start <= scene.date <= end]
    acquisitions = scene_choice.group_acquisitions(scenes, bbox)
    feedback.pushInfo(f"{len(items)} items, {len(acquisitions)} acquisitions over the extent.")
    window = f" between {start} and {end}"

    def scl_cloud(acquisition):
        epsg = target_epsg(acquisition, bbox)
        return scl_cloud_fraction(acquisition, epsg,
                                  km_bounds(request.extent, request.extent_crs, epsg))

    try:
        chosen = scene_choice.choose_acquisition(acquisitions, request.max_cloud, scl_cloud,
                                                 window)
    except (SceneError, VrtError) as exc:  # VrtError: an SCL href refused (scene_vrt.py)
        raise FetchError(str(exc)) from exc
    _progress(feedback, 30)
    epsg = target_epsg(chosen, bbox)
    bounds = km_bounds(request.extent, request.extent_crs, epsg)
    offset, decision = scaling_decision(chosen)
    notes = [f"Acquisition {chosen.datetime}: {', '.join(chosen.item_ids)} (scene cloud "
             f"{chosen.cloud_cover:.1f} %"
             + (f", SCL cloud over the extent {chosen.scl_cloud:.1%}"
                if chosen.scl_cloud is not None else "") + ")",
             f"Grid EPSG:{epsg}, {bounds[2] - bounds[0]:.0f} x {bounds[3] - bounds[1]:.0f} m",
             f"Values: {decision}"]
    for note in notes:
        feedback.pushInfo(note)
    output = Path(request.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        scl_path = _write_vrts(request, output, chosen, epsg, bounds, offset, decision, feedback)
    except VrtError as exc:
        raise FetchError(str(exc)) from exc
    _progress(feedback, 100)
    return FetchResult(str(output), scl_path, chosen.item_ids, chosen.datetime, chosen,
                       epsg, decision, notes)


def _write_vrts(request, output, chosen, epsg, bounds, offset, decision, feedback) -> str:
    """The band VRTs (or their local copies), the SCL and the stack at `output`; the SCL's
    path."""
    stem = output.with_suffix("")
    paths = {}
    for done, asset in enumerate((*[a for a, _ in STACK], "scl")):
        _progress(feedback, 30 + 70 * done / (len(STACK) + 1))
        if feedback.isCanceled():
            raise FetchError(tr("Cancelled."))
        band_name = dict(STACK).get(asset, "SCL")
        path = band_mosaic(chosen, asset, epsg, bounds, Path(f"{stem}_{band_name}.vrt"),
                           feedback)
        if request.copy_local:
            feedback.pushInfo(f"Copying {band_name} to a local GeoTIFF.")
            path = localise(path, feedback)
        paths[asset] = path
    write_stack(str(output), [paths[a] for a, _ in STACK], chosen, offset, decision,
                paths["scl"], request)
    return paths["scl"]
