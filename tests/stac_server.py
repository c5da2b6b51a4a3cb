"""A stand-in for Earth Search (STAC API v1) on 127.0.0.1, for fetch tests and the stream bench.

Items are shaped like Earth Search's sentinel-2-l2a items: assets green / red / nir / nir08 /
scl (COGs the tests write with GDAL, served from /data/ with HTTP Range support, multi-range
included), properties datetime, platform, eo:cloud_cover, s2:processing_baseline,
earthsearch:boa_offset_applied, proj:epsg, s2:mgrs_tile and grid:code, a WGS84 bbox. POST and
GET /search filter by collections, bbox and datetime, `limit` items per page, the next page
through a `next` link (POST, merged body with a token). Knobs: `missing` (data paths answering
404), `forbidden` (403), `fail_from` (404 for ranges reaching past an offset: an asset that
fails mid-run, after its header was read), `delay_s` (seconds before every answer: the bench's
latency).
Every request is recorded in `requests` as (method, path, range header).
"""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import numpy as np
from osgeo import gdal, osr

from raster_factory import single_band_mem

gdal.UseExceptions()

ASSET_RES = {"green": 10, "red": 10, "nir": 10, "nir08": 20, "scl": 20}
COLLECTION = "sentinel-2-l2a"


def write_jp2(path, array, origin, pixel_size, epsg):
    """A lossless JPEG 2000 file of one band (GDAL's JP2OpenJPEG), as Earth Search's `*-jp2`
    assets: the same pixels as the COG would hold."""
    mem = single_band_mem(array, origin, pixel_size, epsg)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    gdal.GetDriverByName("JP2OpenJPEG").CreateCopy(str(path), mem, options=[
        "REVERSIBLE=YES", "QUALITY=100", "BLOCKXSIZE=256", "BLOCKYSIZE=256"])
    return str(path)


def write_cog(path, array, origin, pixel_size, epsg):
    """A Cloud-Optimized GeoTIFF of one band (uint8 for SCL, uint16 else); origin (xmin, ymax)."""
    mem = single_band_mem(array, origin, pixel_size, epsg)
    mem.GetRasterBand(1).SetNoDataValue(0)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    gdal.GetDriverByName("COG").CreateCopy(str(path), mem, options=[
        "COMPRESS=DEFLATE", "BLOCKSIZE=256", "OVERVIEWS=NONE"])
    return str(path)


def _wgs84_bbox(origin, width_m, height_m, epsg):
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(epsg)
    dst.ImportFromEPSG(4326)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)
    x0, y1 = origin
    x1, y0 = x0 + width_m, y1 - height_m
    pts = [ct.TransformPoint(x, y)[:2] for x in np.linspace(x0, x1, 5)
           for y in np.linspace(y0, y1, 5)]
    lons, lats = zip(*pts)
    return [min(lons), min(lats), max(lons), max(lats)]


class StacCatalog:
    def __init__(self, root):
        self.root = Path(root)
        self.items = []  # item dicts with hrefs relative to /data/
        self.missing = set()  # data paths ("item/asset.tif") answering 404
        self.forbidden = set()
        self.fail_from = {}  # data path -> byte offset: ranges reaching past it answer 404
        self.on_data = None  # called with each data path before it is served (test hooks)
        self.delay_s = 0.0
        self.page_size_max = 1000
        self.allow_post = True  # False: POST /search answers 405 (a GET-only catalogue)
        self.requests = []
        self.lock = threading.Lock()

    def add_scene(self, item_id, datetime, cloud, *, epsg, origin, bands, scl,
                  mgrs="21LYG", baseline="05.10", boa_offset_applied=True,
                  platform="sentinel-2a", nir08=None, raster_offset=None,
                  collection=COLLECTION, jp2_only=False):
        """bands: {"nir": B08, "red": B04, "green": B03} uint16 arrays at 10 m, scl uint8 at
        20 m; nir08 (B8A, 20 m) defaults to values unlike B08, so a wrong pick shows.
        boa_offset_applied None: the item has no such property (as sentinel-2-c1-l2a items);
        jp2_only: the item has JPEG 2000 assets `<band>-jp2` and no COG (Earth Search #79)."""
        rows, cols = bands["nir"].shape
        if nir08 is None:
            nir08 = np.full((rows // 2, cols // 2), 9000, np.uint16)
        arrays = dict(bands, nir08=nir08, scl=scl)
        assets = {}
        for asset, array in arrays.items():
            if jp2_only:
                rel = f"{item_id}/{asset}.jp2"
                write_jp2(self.root / rel, array, origin, ASSET_RES[asset], epsg)
                entry = {"href": rel, "type": "image/jp2", "roles": ["data"], "proj:epsg": epsg}
            else:
                rel = f"{item_id}/{asset}.tif"
                write_cog(self.root / rel, array, origin, ASSET_RES[asset], epsg)
                entry = {"href": rel, "type": "image/tiff; application=geotiff; "
                         "profile=cloud-optimized", "roles": ["data"],
                         "proj:epsg": epsg}
            if raster_offset is not None and asset != "scl":
                entry["raster:bands"] = [{"nodata": 0, "data_type": "uint16",
                                          "scale": 0.0001, "offset": raster_offset}]
            assets[f"{asset}-jp2" if jp2_only else asset] = entry
        item = {
            "type": "Feature", "stac_version": "1.0.0", "id": item_id,
            "collection": collection,
            "bbox": _wgs84_bbox(origin, cols * 10, rows * 10, epsg),
            "properties": {
                "datetime": datetime, "platform": platform, "eo:cloud_cover": cloud,
                "s2:processing_baseline": baseline,
                "earthsearch:boa_offset_applied": boa_offset_applied,
                "proj:epsg": epsg, "s2:mgrs_tile": mgrs, "grid:code": f"MGRS-{mgrs}",
            },
            "assets": assets, "links": [],
        }
        b = item["bbox"]
        if boa_offset_applied is None:
            del item["properties"]["earthsearch:boa_offset_applied"]
        item["geometry"] = {"type": "Polygon", "coordinates": [[
            [b[0], b[1]], [b[2], b[1]], [b[2], b[3]], [b[0], b[3]], [b[0], b[1]]]]}
        self.items.append(item)
        return item

    def search(self, body):
        bbox = body.get("bbox")
        collections = body.get("collections")
        start, end = None, None
        if body.get("datetime"):
            start, _, end = str(body["datetime"]).partition("/")
        found = []
        for item in self.items:
            if collections and item["collection"] not in collections:
                continue
            b = item["bbox"]
            if bbox and (b[2] < bbox[0] or b[0] > bbox[2] or b[3] < bbox[1] or b[1] > bbox[3]):
                continue
            when = item["properties"]["datetime"]
            if start and start not in ("..", "") and when < start:
                continue
            if end and end not in ("..", "") and when > end:
                continue
            found.append(item)
        found.sort(key=lambda i: i["properties"]["datetime"], reverse=True)
        return found


def _with_base(item, base):
    item = json.loads(json.dumps(item))
    for asset in item["assets"].values():
        asset["href"] = f"{base}/data/{asset['href']}"
    return item


def _handler(catalog: StacCatalog):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet
            pass

        def _base(self):
            host, port = self.server.server_address[:2]
            return f"http://{host}:{port}"

        def _json(self, status, payload):
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/geo+json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _record(self):
            with catalog.lock:
                catalog.requests.append((self.command, self.path, self.headers.get("Range")))
            if catalog.delay_s:
                time.sleep(catalog.delay_s)

        def _search(self, body, get_query=None):
            limit = max(1, min(int(body.get("limit", 10)), catalog.page_size_max))
            offset = int(body.get("token", 0) or 0)
            found = catalog.search(body)
            page = found[offset:offset + limit]
            links = []
            if offset + limit < len(found) and get_query is not None:
                query = urlencode(dict(get_query, token=str(offset + limit)))
                links.append({"rel": "next", "href": f"{self._base()}/search?{query}",
                              "method": "GET"})
            elif offset + limit < len(found):
                links.append({"rel": "next", "href": f"{self._base()}/search",
                              "method": "POST", "merge": True,
                              "body": {"token": str(offset + limit)}})
            self._json(200, {"type": "FeatureCollection",
                             "features": [_with_base(i, self._base()) for i in page],
                             "links": links, "numberMatched": len(found),
                             "numberReturned": len(page)})

        def do_POST(self):  # noqa: N802
            self._record()
            length = int(self.headers.get("Content-Length", 0) or 0)
            raw = self.rfile.read(length) if length else b"{}"
            if urlparse(self.path).path.rstrip("/") != "/search":
                return self._json(404, {"code": "NotFound"})
            if not catalog.allow_post:
                return self._json(405, {"code": "MethodNotAllowed"})
            try:
                body = json.loads(raw.decode() or "{}")
            except ValueError:
                return self._json(400, {"code": "BadRequest"})
            self._search(body)

        def do_HEAD(self):  # noqa: N802
            self._data(head=True)

        def do_GET(self):  # noqa: N802
            parsed = urlparse(self.path)
            if parsed.path.startswith("/data/"):
                return self._data(head=False)
            self._record()
            if parsed.path.rstrip("/") == "/search":
                query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
                body = dict(query)
                if "bbox" in query:
                    body["bbox"] = [float(v) for v in query["bbox"].split(",")]
                if "collections" in query:
                    body["collections"] = query["collections"].split(",")
                return self._search(body, get_query=query)
            if parsed.path in ("", "/"):
                return self._json(200, {"type": "Catalog", "id": "loopback-earth-search",
                                        "conformsTo": [], "links": []})
            self._json(404, {"code": "NotFound"})

        def _data(self, head):
            self._record()
            rel = urlparse(self.path).path[len("/data/"):]
            if catalog.on_data is not None:
                catalog.on_data(rel)
            target = (catalog.root / rel).resolve()
            if rel in catalog.forbidden:
                return self._plain(403, b"Forbidden")
            if (rel in catalog.missing or catalog.root.resolve() not in target.parents
                    or not target.is_file()):
                return self._plain(404, b"Not Found")
            data = target.read_bytes()
            ranges = self._ranges(len(data))
            limit = catalog.fail_from.get(rel)
            if limit is not None and ranges and any(b >= limit for _a, b in ranges):
                return self._plain(404, b"Not Found")
            if ranges is None:
                self.send_response(200)
                self.send_header("Content-Type", "image/tiff")
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if not head:
                    self.wfile.write(data)
                return None
            if not ranges:
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(data)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if len(ranges) == 1:
                a, b = ranges[0]
                body = data[a:b + 1]
                self.send_response(206)
                self.send_header("Content-Type", "image/tiff")
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("Content-Range", f"bytes {a}-{b}/{len(data)}")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if not head:
                    self.wfile.write(body)
                return None
            boundary = "stacloopbackboundary"
            parts = []
            for a, b in ranges:
                parts.append((f"--{boundary}\r\nContent-Type: image/tiff\r\nContent-Range: "
                              f"bytes {a}-{b}/{len(data)}\r\n\r\n").encode()
                             + data[a:b + 1] + b"\r\n")
            body = b"".join(parts) + f"--{boundary}--\r\n".encode()
            self.send_response(206)
            self.send_header("Content-Type", f"multipart/byteranges; boundary={boundary}")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)
            return None

        def _ranges(self, size):
            header = self.headers.get("Range")
            if not header or not header.startswith("bytes="):
                return None
            out = []
            for spec in header[len("bytes="):].split(","):
                first, _, last = spec.strip().partition("-")
                if first == "":
                    a, b = max(0, size - int(last)), size - 1
                else:
                    a = int(first)
                    b = min(int(last), size - 1) if last else size - 1
                if a < size and a <= b:
                    out.append((a, b))
            return out

        def _plain(self, status, text):
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(text)

    return Handler


class StacServer:
    """with StacServer(catalog) as url: ... (url is the API root, http://127.0.0.1:PORT)."""

    def __init__(self, catalog: StacCatalog, port=0):
        self.catalog = catalog
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler(catalog))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self):
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        self.thread.start()
        return self.url

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


def scene_bands(rows=300, cols=300, seed=0, level=(2800, 600, 700)):
    """B08, B04, B03 uint16 DN (10 m) with texture, as {"nir", "red", "green"}; SCL (20 m)
    all vegetation (4)."""
    rng = np.random.default_rng(seed)
    bands = {}
    for name, mean in zip(("nir", "red", "green"), level):
        bands[name] = np.clip(rng.normal(mean, mean * 0.15, (rows, cols)), 1, 10000
                              ).astype(np.uint16)
    scl = np.full((rows // 2, cols // 2), 4, np.uint8)
    return bands, scl
