"""Fetch a small cloud-free Sentinel-2 L2A window (B08, B04, B03 at 10 m) for `make demo`.

Searches the Earth Search STAC API (collection sentinel-2-l2a, the collection the model's
training chips came from) for scenes over a point, least cloudy first, reads the window from the
scene's Cloud-Optimized GeoTIFFs through GDAL's /vsicurl/ (only the bytes of the window travel),
checks the window's own cloud and nodata fraction with the SCL band, and writes a GeoTIFF stack
with band descriptions B08, B04, B03 (the order of the chip's channels), the scene's native UTM
grid and the DN as published (Earth Search COGs carry reflectance x 10000 with the BOA offset
removed: the training domain). The window is aligned to whole kilometres in the scene's UTM
zone, so the classifier's 1 km tiles fall exactly on it.

    python scripts/fetch_s2_window.py --out demo_output/s2_window.tif
    python scripts/fetch_s2_window.py --lon -63.32 --lat -9.68 --size-km 5 --out x.tif

Needs internet access (earth-search.aws.element84.com and sentinel-cogs on AWS S3, public).
Standard library + GDAL's Python bindings only.
"""
import argparse
import json
import math
import sys
import urllib.error
import urllib.request
from pathlib import Path

STAC_API = "https://earth-search.aws.element84.com/v1"
COLLECTION = "sentinel-2-l2a"
# Earth Search v1 asset keys (v0 used B08/B04/B03/SCL): nir is B08 (nir08 is B8A: never).
ASSET_KEYS = {"B08": ("nir", "B08"), "B04": ("red", "B04"), "B03": ("green", "B03"),
              "SCL": ("scl", "SCL")}
STACK_ORDER = ("B08", "B04", "B03")
CLOUD_CLASSES = (3, 8, 9, 10)  # cloud shadow, cloud medium, cloud high, thin cirrus
# Rondônia, Brazilian Amazon: forest cut by the "fishbone" clearings along BR-364's side roads.
DEFAULT_LON, DEFAULT_LAT = -63.32, -9.68
DEFAULT_SIZE_KM = 5
DEFAULT_DATES = ("2024-06-01", "2024-09-30")  # dry season: the fewest clouds
USER_AGENT = "deforestation-classifier-demo"


class FetchError(RuntimeError):
    pass


# --- pure parts (tested offline) ---------------------------------------------------------------
def search_body(lon, lat, start, end, max_cloud=10.0, limit=20, size_km=DEFAULT_SIZE_KM):
    """The POST /search body: scenes whose footprint contains the whole window, least cloudy
    first (STAC API item search + query and sort extensions, as Earth Search v1 offers)."""
    half_lat = size_km / 2 / 111.32
    half_lon = half_lat / max(math.cos(math.radians(lat)), 0.01)
    ring = [[lon - half_lon, lat - half_lat], [lon + half_lon, lat - half_lat],
            [lon + half_lon, lat + half_lat], [lon - half_lon, lat + half_lat],
            [lon - half_lon, lat - half_lat]]
    return {
        "collections": [COLLECTION],
        "intersects": {"type": "Polygon", "coordinates": [ring]},
        "datetime": f"{start}T00:00:00Z/{end}T23:59:59Z",
        "query": {"eo:cloud_cover": {"lt": max_cloud}},
        "sortby": [{"field": "properties.eo:cloud_cover", "direction": "asc"}],
        "limit": limit,
    }


def item_epsg(item) -> int:
    """The scene's EPSG code: proj:epsg (STAC projection v1.0/1.1) or proj:code (v2)."""
    props = item.get("properties", {})
    if props.get("proj:epsg"):
        return int(props["proj:epsg"])
    code = str(props.get("proj:code") or "")
    if code.upper().startswith("EPSG:"):
        return int(code.split(":")[1])
    for asset in item.get("assets", {}).values():  # some catalogues put it on the assets
        if asset.get("proj:epsg"):
            return int(asset["proj:epsg"])
    raise FetchError(f"Scene {item.get('id')} names no EPSG code (proj:epsg / proj:code).")


def asset_href(item, band) -> str:
    assets = item.get("assets", {})
    for key in ASSET_KEYS[band]:
        href = assets.get(key, {}).get("href")
        if href:
            if href.startswith("s3://"):  # public bucket: the same object over HTTPS
                bucket, _, key_path = href[5:].partition("/")
                href = f"https://{bucket}.s3.amazonaws.com/{key_path}"
            return href
    raise FetchError(f"Scene {item.get('id')} has no {band} asset ({'/'.join(ASSET_KEYS[band])}).")


def vsicurl(href: str) -> str:
    """GDAL's path for a remote COG (HTTP range reads); local paths are left as they are."""
    return "/vsicurl/" + href if href.startswith(("http://", "https://")) else href


def km_window(x, y, size_km):
    """(ulx, uly, lrx, lry) of a size_km square on whole kilometres around (x, y) metres."""
    size = size_km * 1000.0
    ulx = math.floor((x - size / 2) / 1000.0) * 1000.0
    lry = math.floor((y - size / 2) / 1000.0) * 1000.0
    return ulx, lry + size, ulx + size, lry


def to_utm(lon, lat, epsg):
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(4326)
    dst.ImportFromEPSG(epsg)
    for srs in (src, dst):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _ = osr.CoordinateTransformation(src, dst).TransformPoint(lon, lat)
    return x, y


def window_quality(scl):
    """(cloud fraction among valid pixels, nodata fraction) of an SCL array (numpy)."""
    import numpy as np

    total = scl.size or 1
    nodata = int((scl == 0).sum())
    valid = total - nodata
    cloudy = int(np.isin(scl, CLOUD_CLASSES).sum())
    return (cloudy / valid if valid else 1.0), nodata / total


def item_date(item):
    """The acquisition date "YYYY-MM-DD" of a STAC item (datetime, or start_datetime where an
    item spans a range), or None."""
    props = item.get("properties", {})
    text = str(props.get("datetime") or props.get("start_datetime") or "")
    return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" else None


def scene_metadata(item):
    """Dataset metadata of the written window: the STAC record, plus IMAGE_DATE and IMAGE_ID,
    the items the classifier records as the imagery's acquisition in its output."""
    props = item.get("properties", {})
    keep = ("datetime", "eo:cloud_cover", "s2:processing_baseline",
            "earthsearch:boa_offset_applied", "s2:mgrs_tile", "grid:code", "platform")
    meta = {"STAC_ITEM": str(item.get("id")), "STAC_API": STAC_API,
            "STAC_COLLECTION": COLLECTION}
    for key in keep:
        if key in props:
            meta[key.upper().replace(":", "_")] = str(props[key])
    if item_date(item):
        meta.setdefault("IMAGE_DATE", item_date(item))
    if item.get("id"):
        meta.setdefault("IMAGE_ID", str(item["id"]))
    return meta


# --- network parts ---------------------------------------------------------------------------------
def search(body, api=STAC_API, timeout=60):
    request = urllib.request.Request(
        f"{api}/search", data=json.dumps(body).encode(), method="POST",
        headers={"Content-Type": "application/json", "Accept": "application/geo+json",
                 "User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return json.load(reply).get("features", [])
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise FetchError(f"STAC search at {api} failed: {exc}") from exc


def configure_gdal():
    from osgeo import gdal

    for key, value in {
        "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",  # no directory listing per COG
        "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".tif,.TIF,.tiff",
        "GDAL_HTTP_MAX_RETRY": "4",
        "GDAL_HTTP_RETRY_DELAY": "2",
        "GDAL_HTTP_MULTIRANGE": "YES",
        "GDAL_HTTP_MERGE_CONSECUTIVE_RANGES": "YES",
        "VSI_CACHE": "TRUE",
    }.items():
        gdal.SetConfigOption(key, value)
    gdal.UseExceptions()


def read_window(href, window, resolution):
    """The window of one COG band as (array, geotransform, projection wkt)."""
    from osgeo import gdal

    ds = gdal.Translate("", vsicurl(href), format="MEM", projWin=list(window),
                        xRes=resolution, yRes=resolution, resampleAlg="nearest")
    if ds is None:
        raise FetchError(f"GDAL could not read {href}")
    array = ds.GetRasterBand(1).ReadAsArray()
    return array, ds.GetGeoTransform(), ds.GetProjection()


def write_stack(path, arrays, geotransform, wkt, metadata):
    from osgeo import gdal

    rows, cols = arrays[0].shape
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, len(arrays),
                                              gdal.GDT_UInt16,
                                              options=["TILED=YES", "COMPRESS=DEFLATE"])
    ds.SetGeoTransform(geotransform)
    ds.SetProjection(wkt)
    ds.SetMetadata(metadata)
    for index, (name, array) in enumerate(zip(STACK_ORDER, arrays), start=1):
        band = ds.GetRasterBand(index)
        band.WriteArray(array)
        band.SetDescription(name)
        band.SetNoDataValue(0)
    ds.FlushCache()
    ds = None
    return path


def fetch(out, lon=DEFAULT_LON, lat=DEFAULT_LAT, size_km=DEFAULT_SIZE_KM,
          dates=DEFAULT_DATES, max_cloud=10.0, max_window_cloud=0.01, api=STAC_API, log=print):
    configure_gdal()
    items = search(search_body(lon, lat, dates[0], dates[1], max_cloud, size_km=size_km), api)
    if not items:
        raise FetchError(f"No {COLLECTION} scene with < {max_cloud} % cloud over "
                         f"({lon}, {lat}) between {dates[0]} and {dates[1]}.")
    for item in items:
        epsg = item_epsg(item)
        window = km_window(*to_utm(lon, lat, epsg), size_km)
        try:
            scl, _, _ = read_window(asset_href(item, "SCL"), window, 20)
        except Exception as exc:  # noqa: BLE001 (try the next scene)
            log(f"{item.get('id')}: SCL unreadable ({exc}); next scene")
            continue
        cloud, nodata = window_quality(scl)
        log(f"{item.get('id')}: cloud {cloud:.1%}, nodata {nodata:.1%} in the window")
        if nodata > 0 or cloud > max_window_cloud:
            continue
        arrays, geotransform, wkt = [], None, None
        for band in STACK_ORDER:
            array, geotransform, wkt = read_window(asset_href(item, band), window, 10)
            arrays.append(array)
        path = write_stack(out, arrays, geotransform, wkt, scene_metadata(item))
        log(f"Wrote {path}: {item.get('id')} ({item['properties'].get('datetime')}), "
            f"EPSG:{epsg}, {arrays[0].shape[1]} x {arrays[0].shape[0]} px")
        return path, item
    raise FetchError(f"None of the {len(items)} scenes has a cloud-free window over "
                     f"({lon}, {lat}); widen the dates or move the point.")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="GeoTIFF to write")
    parser.add_argument("--lon", type=float, default=DEFAULT_LON)
    parser.add_argument("--lat", type=float, default=DEFAULT_LAT)
    parser.add_argument("--size-km", type=int, default=DEFAULT_SIZE_KM)
    parser.add_argument("--start", default=DEFAULT_DATES[0])
    parser.add_argument("--end", default=DEFAULT_DATES[1])
    parser.add_argument("--max-cloud", type=float, default=10.0,
                        help="scene cloud cover limit, %% (the window itself must be clear)")
    parser.add_argument("--api", default=STAC_API)
    args = parser.parse_args(argv)
    try:
        fetch(args.out, args.lon, args.lat, args.size_km, (args.start, args.end),
              args.max_cloud, api=args.api)
    except FetchError as exc:
        sys.exit(f"fetch_s2_window: {exc}")


if __name__ == "__main__":
    main()
