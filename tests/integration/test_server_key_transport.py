"""The server backend's API key goes over https, or over plain http to a loopback address only
(toolbelt/url_policy.py); redirects never carry it to another server. Loopback stubs only."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from deforestation_classifier.core.inference.server_engine import ServerEngine
from deforestation_classifier.core.inference.server_http import ServerClient
from deforestation_classifier.core.inference.server_settings import ServerError, ServerSettings


@pytest.mark.parametrize("url", ["http://192.0.2.10:8080/v1", "gpu.example:8080",
                                 "http://127.0.0.1:8080/v1 http://gpu.example:8080/v1"])
def test_a_key_is_never_sent_over_plain_http_off_loopback(url, monkeypatch):
    sent = []
    monkeypatch.setattr(ServerClient, "open", lambda *a, **k: sent.append(a))
    with pytest.raises(ServerError) as caught:
        ServerEngine(ServerSettings(url=url, api_key="sk-secret"))
    message = str(caught.value)
    assert "plain http" in message and "https://" in message and "loopback" in message
    assert "sk-secret" not in message
    assert sent == []  # refused before any request


@pytest.mark.parametrize("url", ["https://gpu.example/v1", "http://127.0.0.1:8080/v1",
                                 "http://localhost:8080", "http://[::1]:8080/v1"])
def test_a_key_goes_over_https_or_to_a_loopback_address(url):
    settings = ServerSettings(url=url, api_key="sk-secret")
    ServerClient(settings, settings.base_urls())


def test_without_a_key_plain_http_to_another_host_is_allowed():
    settings = ServerSettings(url="http://192.0.2.10:8080/v1")
    ServerClient(settings, settings.base_urls())


class _Recorder(BaseHTTPRequestHandler):
    """Answers /v1/models; `redirect` sends it elsewhere first. Records the Authorization."""

    redirect = ""
    seen = None

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        self.seen.append((self.path, self.headers.get("Authorization")))
        if self.redirect and not self.path.startswith("/moved"):
            self.send_response(307)
            self.send_header("Location", self.redirect)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = json.dumps({"data": [{"id": "m"}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def servers():
    started = []

    def start(redirect=""):
        seen = []
        handler = type("Handler", (_Recorder,), {"redirect": redirect, "seen": seen})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        started.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", seen

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


def test_a_redirect_to_another_server_does_not_carry_the_key(servers):
    other, other_seen = servers()
    first, first_seen = servers(redirect=f"{other}/moved/v1/models")
    settings = ServerSettings(url=first, api_key="sk-secret", retries=0)
    client = ServerClient(settings, settings.base_urls())
    assert client.open(first + "/v1", "/models") == {"data": [{"id": "m"}]}
    assert first_seen == [("/v1/models", "Bearer sk-secret")]
    assert other_seen == [("/moved/v1/models", None)]


def test_a_redirect_on_the_same_server_keeps_the_key(servers):
    first, seen = servers(redirect="/moved/v1/models")
    settings = ServerSettings(url=first, api_key="sk-secret", retries=0)
    client = ServerClient(settings, settings.base_urls())
    client.open(first + "/v1", "/models")
    assert seen == [("/v1/models", "Bearer sk-secret"), ("/moved/v1/models", "Bearer sk-secret")]


@pytest.mark.parametrize("location", ["ftp://127.0.0.1/v1/models", "file:///etc/passwd"])
def test_a_redirect_to_another_scheme_is_not_followed(servers, location):
    first, _seen = servers(redirect=location)
    settings = ServerSettings(url=first, retries=0)
    client = ServerClient(settings, settings.base_urls())
    with pytest.raises(ServerError, match="was not followed"):
        client.open(first + "/v1", "/models")
