"""What the Sentinel-2 fetch opens (toolbelt/url_policy.py): STAC asset hrefs, `next` links and
redirects are followed to http(s) addresses only; an s3:// href of a public bucket still maps
to its https address. Loopback servers only."""
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from stac_server import StacCatalog, StacServer, scene_bands  # noqa: E402

from deforestation_classifier.core.fetch import s2_fetch, scene_vrt, stac_client  # noqa: E402
from deforestation_classifier.core.fetch.s2_fetch import FetchError, FetchRequest  # noqa: E402
from deforestation_classifier.core.fetch.scene_choice import public_href  # noqa: E402

EPSG = 32721
ORIGIN = (500000.0, 8890000.0)
EXTENT = (500500.0, 8887500.0, 502500.0, 8889500.0)
BODY = stac_client.search_body("sentinel-2-l2a", (-57.2, -10.1, -56.9, -9.9), "2024-06-01",
                               "2024-09-30")


class Feedback:
    def pushInfo(self, text):  # noqa: N802
        pass

    def pushWarning(self, text):  # noqa: N802
        pass

    def isCanceled(self):  # noqa: N802
        return False


# --- asset hrefs -------------------------------------------------------------------------------
def test_http_hrefs_and_public_s3_hrefs_are_read_through_vsicurl():
    assert scene_vrt.gdal_path("https://x.example/B04.tif") == \
        "/vsicurl/https://x.example/B04.tif"
    mapped = public_href("s3://sentinel-cogs/sentinel-s2-l2a-cogs/21/L/YG/B04.tif")
    assert mapped.startswith("https://sentinel-cogs.s3.")
    assert scene_vrt.gdal_path(mapped) == "/vsicurl/" + mapped


@pytest.mark.parametrize("href", ["file:///etc/passwd", "/etc/passwd", "B04.tif",
                                  "ftp://x.example/B04.tif", "/vsicurl/https://x.example/B04.tif",
                                  "/vsis3/bucket/B04.tif", "gs://bucket/B04.tif"])
def test_other_hrefs_are_refused_naming_them(href):
    with pytest.raises(scene_vrt.VrtError) as caught:
        scene_vrt.gdal_path(href)
    assert f"'{href}'" in str(caught.value) and "refused" in str(caught.value)


@pytest.mark.parametrize("href", ["file:///etc/passwd", "/etc/passwd"])
def test_a_fetch_with_a_local_asset_href_stops_with_the_href(tmp_path, monkeypatch, href):
    catalog = StacCatalog(tmp_path / "cogs")
    bands, scl = scene_bands(60, 60)
    catalog.add_scene("S2A_21LYG_20240705_0_L2A", "2024-07-05T14:00:00Z", 1.0, epsg=EPSG,
                      origin=ORIGIN, bands=bands, scl=scl)
    real = stac_client.search_items

    def with_local_href(*args, **kwargs):
        items = real(*args, **kwargs)
        for item in items:
            for asset in item["assets"].values():
                asset["href"] = href
        return items

    monkeypatch.setattr(stac_client, "search_items", with_local_href)
    opened = []
    monkeypatch.setattr(scene_vrt.gdal, "Open", lambda *a: opened.append(a))
    monkeypatch.setattr(scene_vrt.gdal, "Warp", lambda *a, **k: opened.append(a))
    with StacServer(catalog) as url:
        request = FetchRequest(extent=EXTENT, extent_crs=f"EPSG:{EPSG}",
                               output=tmp_path / "out" / "s2.vrt", start="2024-06-01",
                               end="2024-09-30", stac_url=url)
        with pytest.raises(FetchError) as caught:
            s2_fetch.fetch_scene(request, Feedback())
    assert f"'{href}'" in str(caught.value)
    assert opened == []


# --- next links ------------------------------------------------------------------------------
class PagedTransport:
    """Page 1 with one item and a `next` link; records the URLs asked."""

    name = "fake"

    def __init__(self, next_href):
        self.next_href = next_href
        self.asked = []

    def request(self, method, url, body=None):
        self.asked.append(url)
        page = {"features": [{"id": f"i{len(self.asked)}"}],
                "links": [{"rel": "next", "href": self.next_href}]}
        return 200, json.dumps(page).encode()


@pytest.mark.parametrize("href", ["file:///etc/passwd", "ftp://x.example/search",
                                  "/search?page=2", "gopher://x.example/"])
def test_a_next_link_that_is_not_http_is_not_followed(href):
    transport = PagedTransport(href)
    with pytest.raises(stac_client.StacError) as caught:
        stac_client.search_items("https://stac.example/v1", BODY, transport)
    assert f"'{href}'" in str(caught.value) and "next link" in str(caught.value)
    assert transport.asked == ["https://stac.example/v1/search"]


def test_http_next_links_are_followed():
    transport = PagedTransport("https://stac.example/v1/search?page=2")
    items = stac_client.search_items("https://stac.example/v1", BODY, transport, max_pages=3)
    assert len(items) == 3 and transport.asked[1] == "https://stac.example/v1/search?page=2"


def test_a_stac_url_that_is_not_http_is_never_asked():
    transport = PagedTransport("https://stac.example/next")
    with pytest.raises(stac_client.StacError, match="'file:///srv/stac/search' was refused"):
        stac_client.search_items("file:///srv/stac", BODY, transport)
    assert transport.asked == []


# --- redirects ---------------------------------------------------------------------------------
class _Redirect(BaseHTTPRequestHandler):
    location = ""

    def log_message(self, *args):
        pass

    def _answer(self):
        length = int(self.headers.get("Content-Length", 0) or 0)
        if length:
            self.rfile.read(length)
        self.send_response(302)
        self.send_header("Location", self.location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _answer  # noqa: N815


@pytest.mark.parametrize("location", ["ftp://127.0.0.1/search", "file:///etc/passwd"])
def test_the_urllib_transport_follows_redirects_to_http_only(location):
    handler = type("Handler", (_Redirect,), {"location": location})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        with pytest.raises(stac_client.StacError) as caught:
            stac_client.search_items(url, BODY, stac_client.UrllibJsonTransport())
        assert location in str(caught.value) and "refused" in str(caught.value)
        assert not isinstance(caught.value, stac_client.StacUnreachable)
    finally:
        server.shutdown()
        server.server_close()
