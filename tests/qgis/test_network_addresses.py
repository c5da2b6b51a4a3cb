"""toolbelt/qgis_network.py: QGIS's transport asks http(s) addresses only, and an answer that
came from another scheme after a redirect QGIS followed is refused (toolbelt/url_policy.py)."""
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from deforestation_classifier.core.fetch import stac_client
from deforestation_classifier.toolbelt.qgis_network import QgisJsonTransport
from deforestation_classifier.toolbelt.url_policy import RefusedAddress


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/search",
                                 "/vsicurl/http://127.0.0.1/search"])
def test_an_address_that_is_not_http_is_never_asked(qgis_app, url):
    with pytest.raises(RefusedAddress, match="was refused"):
        QgisJsonTransport().request("GET", url)


@pytest.fixture
def redirecting():
    """redirecting(location) -> the URL of a loopback server answering 302 to `location`."""
    servers = []

    def start(location):
        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                self.send_response(302)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/search"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_a_redirect_to_a_local_file_is_refused(qgis_app, redirecting, tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text('{"features": [{"id": "from a local file"}]}', encoding="utf-8")
    url = redirecting(secret.as_uri())
    with pytest.raises(RefusedAddress):
        QgisJsonTransport().request("GET", url)
    # Through the search: a StacError naming the address, no item from the file.
    with pytest.raises(stac_client.StacError, match="was refused"):
        stac_client.search_items(url.rsplit("/", 1)[0], {"limit": 1},
                                 QgisJsonTransport(stac_client.REQUEST_HEADERS))
