"""A Sentinel-2 L2A acquisition over an extent, as a VRT the classification reads (docs/FETCH.md).

Search (core/fetch/stac_client.py) -> choose the acquisition (core/fetch/scene_choice.py) -> one VRT per
band mosaicking the acquisition's MGRS tiles on one UTM grid (tiles of another zone warped
nearest-neighbour), clipped to the extent on whole kilometres, read through GDAL's /vsicurl/
(range reads: only the blocks of the extent travel, never a whole scene) -> a stack VRT of B08,
B04, B03 (the chip's channel order, docs/INPUTS.md) and an SCL VRT beside it.

The stack records IMAGE_DATE / IMAGE_ID (read back by core/imagery/s2_product.py acquisition()), the
STAC item ids, datetime and processing baseline, PRODUCT_TYPE (L2A for core/imagery/scaling.py) and the
scaling decision as each band's offset (core/imagery/scaling.py applies a band offset of scale 1 as
DN = raw + offset, the way core/imagery/band_stack.py records BOA_ADD_OFFSET), and SCL_MASK, the SCL VRT
core/run.py uses as the cloud mask when none is given.
"""
import dataclasses
import datetime as _dt
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple

import numpy as np
from osgeo import gdal, osr

from . import scene_choice, stac_client
from ..imagery.chips import CHIP_PX
from ..imagery.cloud_mask import SCL_CLOUDY
from ..imagery.grid import TILE_SIZE_M, reproject_rectangle, srs_from_wkt, utm_epsg_for
from ..vocabulary import ERROR
from ..imagery.raster_tiles import TileBands
from ..imagery.s2_product import BASELINE_04_BOA_OFFSET, OFFSET_BASELINE, baseline_number
from .scene_choice import Acquisition, SceneError
from ...toolbelt.i18n import tr

gdal.UseExceptions()

DEFAULT_STAC_URL = "https://earth-search.aws.element84.com/v1"
DEFAULT_COLLECTION = "sentinel-2-l2a"
DEFAULT_MAX_SCENE_CLOUD_PERCENT = 20.0
DEFAULT_DAYS = 90
# Stack order = chip channels R, G, B (docs/INPUTS.md); asset names of core/fetch/scene_choice.py.
STACK = (("nir", "B08"), ("red", "B04"), ("green", "B03"))
RESOLUTION = {"nir": 10.0, "red": 10.0, "green": 10.0, "scl": 20.0}
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


class FetchError(RuntimeError):
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
        raise ValueError(tr("START_DATE {} is after END_DATE {}.").format(start_date, end_date))
    return start_date.isoformat(), end_date.isoformat()


def _parse_date(text, name):
    try:
        return _dt.date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        raise ValueError(tr("{} '{}' is not a date: write it as YYYY-MM-DD.").format(
            name, text)) from None


def gdal_path(href: str) -> str:
    """GDAL's path of an asset: /vsicurl/ for http(s), a local path as it is."""
    if href.startswith(("http://", "https://")):
        return "/vsicurl/" + href
    return href


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


def _href(scene, asset) -> str:
    href = scene.hrefs.get(asset)
    if not href:
        raise FetchError(tr("The item {} has no '{}' asset ({}); is COLLECTION a Sentinel-2 "
                            "L2A collection?").format(scene.item_id, asset,
                                                      scene_choice.ASSETS[asset]))
    return href


def _open_error(scene, asset, exc) -> FetchError:
    text = str(exc)
    if "404" in text or "403" in text:
        reason = "HTTP 404 (not found)" if "404" in text else "HTTP 403 (forbidden)"
    else:
        reason = text
    return FetchError(tr("The '{}' asset of {} cannot be read ({}): {}.").format(
        asset, scene.item_id, _href(scene, asset), reason))


def band_mosaic(acquisition, asset, epsg, bounds, path: Path, feedback=None) -> str:
    """A VRT of one asset over bounds: the acquisition's tiles on one UTM grid."""
    res = RESOLUTION[asset]
    target = f"EPSG:{epsg}"
    sources = []
    for scene in acquisition.scenes:
        source = gdal_path(_href(scene, asset))
        if scene.epsg and scene.epsg != epsg:
            warped = path.with_name(f"{path.stem}_{scene.mgrs_tile or scene.item_id}.vrt")
            try:
                gdal.Warp(str(warped), source, format="VRT", dstSRS=target, xRes=res, yRes=res,
                          outputBounds=bounds, resampleAlg="near", srcNodata=0, dstNodata=0)
            except RuntimeError as exc:
                raise _open_error(scene, asset, exc) from exc
            source = str(warped)
        else:
            try:
                gdal.Open(source)  # the header only: a missing asset is named here
            except RuntimeError as exc:
                raise _open_error(scene, asset, exc) from exc
        sources.append(source)
    vrt = gdal.BuildVRT(str(path), sources, outputBounds=bounds, xRes=res, yRes=res,
                        resampleAlg="nearest", srcNodata=0, VRTNodata=0)
    if vrt is None:
        raise FetchError(tr("GDAL could not mosaic the '{}' assets of {}.").format(
            asset, acquisition.date))
    vrt = None
    return str(path)


def scl_cloud_fraction(acquisition, epsg, bounds) -> Optional[float]:
    """Cloud fraction (SCL classes 3, 8, 9, 10) among the valid SCL pixels over bounds; None
    when the SCL cannot be read or holds no valid pixel."""
    sources = [gdal_path(s.hrefs["scl"]) for s in acquisition.scenes if s.hrefs.get("scl")]
    if not sources:
        return None
    try:
        ds = gdal.Warp("", sources, format="MEM", dstSRS=f"EPSG:{epsg}", xRes=20, yRes=20,
                       outputBounds=bounds, resampleAlg="near", srcNodata=0, dstNodata=0)
        values = ds.GetRasterBand(1).ReadAsArray()
    except RuntimeError:
        return None
    valid = values != 0
    if not valid.any():
        return None
    return float(np.isin(values[valid], SCL_CLOUDY).mean())


def _localise(vrt_path: str, feedback=None) -> str:
    """The clipped band as a GeoTIFF next to the VRT (offline work)."""
    tif = str(Path(vrt_path).with_suffix(".tif"))
    gdal.Translate(tif, vrt_path, format="GTiff",
                   creationOptions=["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
    return tif


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
    except ValueError as exc:
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
    except SceneError as exc:
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
            path = _localise(path, feedback)
        paths[asset] = path
    _write_stack(str(output), [paths[a] for a, _ in STACK], chosen, offset, decision,
                 paths["scl"], request)
    _progress(feedback, 100)
    return FetchResult(str(output), paths["scl"], chosen.item_ids, chosen.datetime, chosen,
                       epsg, decision, notes)


def _write_stack(output, band_paths, acquisition, offset, decision, scl_path, request):
    vrt = gdal.BuildVRT(output, band_paths, separate=True)
    if vrt is None:
        raise FetchError(tr("GDAL could not write {}.").format(output))
    for index, (_asset, name) in enumerate(STACK, start=1):
        band = vrt.GetRasterBand(index)
        band.SetDescription(name)
        band.SetNoDataValue(0)
        # Stated explicitly: the decision above is the only conversion (a COG's own
        # scale/offset must not be applied a second time by core/imagery/scaling.py).
        band.SetScale(1.0)
        band.SetOffset(float(offset))
        band.SetMetadataItem("BOA_ADD_OFFSET", f"{offset:g}")
    baselines = sorted({s.baseline for s in acquisition.scenes if s.baseline})
    applied = {s.boa_offset_applied for s in acquisition.scenes}
    items = {
        "IMAGE_DATE": acquisition.date,
        "IMAGE_ID": ",".join(acquisition.item_ids),
        "STAC_ITEM": ",".join(acquisition.item_ids),
        "STAC_API": request.stac_url,
        "STAC_COLLECTION": request.collection,
        "DATETIME": acquisition.datetime,
        "PROCESSING_BASELINE": ",".join(baselines),
        "PRODUCT_TYPE": "S2MSI2A",
        "EARTHSEARCH_BOA_OFFSET_APPLIED": ",".join(sorted(str(a).lower() for a in applied)),
        "DN_DECISION": decision,
        "EO_CLOUD_COVER": f"{acquisition.cloud_cover:.2f}",
        "SCL_MASK": os.path.relpath(scl_path, os.path.dirname(os.path.abspath(output))),
    }
    for key, value in items.items():
        if value:
            vrt.SetMetadataItem(key, value)
    vrt.FlushCache()
    vrt = None


def fetched_scene_scl(dataset, source: str) -> Optional[str]:
    """The SCL a fetched stack names (its SCL_MASK item, relative to the VRT), when it exists;
    None for any other raster."""
    try:
        name = dataset.GetMetadataItem("SCL_MASK")
    except (RuntimeError, AttributeError):
        return None
    if not name:
        return None
    path = Path(name)
    if not path.is_absolute():
        path = Path(source).resolve().parent / path
    return str(path) if path.exists() else None


# --- a streamed scene during the classification ------------------------------------------------
class StreamedReader:
    """A TileReader (core/imagery/raster_tiles.py) over a streamed fetched scene: a tile whose bands
    cannot be read (an asset answering 403/404, the connection lost after GDAL's retries)
    becomes that tile's ERROR with the reason, and the run goes on; RESUME retries ERROR tiles
    (core/vocabulary.py RETRY_TILE_STATUSES). Any other raster keeps the plain reader, whose read
    failures stop the run (core/pipeline.py)."""

    def __init__(self, reader):
        self._reader = reader
        self.failures = {}  # tile_id -> reason
        self._lock = threading.Lock()

    def read(self, tile):
        try:
            return self._reader.read(tile)
        except RuntimeError as exc:
            self.fail(tile, exc)
            empty = np.zeros((CHIP_PX, CHIP_PX), np.uint16)
            # All nodata: the pipeline decides nothing about it; as_result() names the error.
            return TileBands(nir=empty, red=empty, green=empty, nodata=(None, None, None))

    def fail(self, tile, exc):
        with self._lock:
            self.failures.setdefault(tile.tile_id, str(exc).strip() or type(exc).__name__)

    def as_result(self, result):
        """The result with the tile's read failure as its ERROR, when its read failed."""
        with self._lock:
            reason = self.failures.pop(result.tile.tile_id, None)
        if reason is None:
            return result
        return dataclasses.replace(
            result, status=ERROR, prediction=None, valid_fraction=0.0, cloud_fraction=None,
            message=f"the streamed scene could not be read ({reason}); run again with RESUME "
                    "to retry this tile")

    def close(self):
        self._reader.close()


def is_streamed(dataset) -> bool:
    """True for a fetched scene (STAC_ITEM recorded) whose bands are read over HTTP."""
    try:
        if not dataset.GetMetadataItem("STAC_ITEM"):
            return False
        files = dataset.GetFileList() or []
    except (RuntimeError, AttributeError):
        return False
    if any(f.startswith("/vsicurl") for f in files):
        return True
    for path in files:
        if path.lower().endswith(".vrt") and Path(path).is_file():
            try:
                if "/vsicurl/" in Path(path).read_text(encoding="utf-8", errors="replace"):
                    return True
            except OSError:
                continue
    return False


def streamed_reader(reader, dataset):
    """StreamedReader around reader for a streamed fetched scene; reader itself otherwise."""
    return StreamedReader(reader) if is_streamed(dataset) else reader


class _StreamedCloudReader:
    """The cloud mask reader (core/imagery/cloud_mask.py) of a streamed scene: an SCL that cannot be
    read makes the tile's read fail (StreamedReader.as_result: ERROR), not the run."""

    def __init__(self, cloud_reader, reader: StreamedReader):
        self._cloud_reader = cloud_reader
        self._reader = reader

    def cloud_fraction(self, tile, valid):
        try:
            return self._cloud_reader.cloud_fraction(tile, valid)
        except RuntimeError as exc:
            self._reader.fail(tile, exc)
            return 1.0  # never classified: as_result() turns the tile into its ERROR

    def close(self):
        self._cloud_reader.close()


def streamed_cloud_reader(cloud_reader, reader):
    """cloud_reader made tolerant like `reader` when that is a StreamedReader."""
    if cloud_reader is None or not isinstance(reader, StreamedReader):
        return cloud_reader
    return _StreamedCloudReader(cloud_reader, reader)


def empty_samples():
    """Value samples standing for a streamed scene's unreadable sample: its scaling is recorded
    in the VRT (the band offsets above), the sample only feeds core/imagery/scaling.py's warnings."""
    return [np.zeros((1, 1), np.uint16) for _ in range(3)]


def with_read_failure(result, reader):
    """The result as a StreamedReader reports it (its read failure as ERROR); else as it is."""
    return reader.as_result(result) if isinstance(reader, StreamedReader) else result
