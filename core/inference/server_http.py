"""HTTP to OpenAI-compatible servers: JSON requests, retry back-off, the model look-up.

Standard library only (urllib): nothing to install inside QGIS. Proxies come from the standard
variables (http_proxy, https_proxy, no_proxy); loopback servers are always reached directly.
A failure worth retrying (connection error, timeout, HTTP 429 or 5xx) is a Transient; one that
is the same on every try is a ServerError naming the URL and the fix (docs/SERVERS.md).

An API key goes over https, or over plain http to a loopback address only
(toolbelt/url_policy.py): any other server URL is refused before anything is sent. Redirects
are followed to http(s) only, and the key is not carried to another server or over plain http.
"""
import http.client
import ipaddress
import json
import random
import socket
import time
import urllib.error
import urllib.parse
import urllib.request

from ...toolbelt.url_policy import (
    HttpOnlyRedirectHandler,
    RefusedAddress,
    check_secret_transport,
    secret_transport_problem,
)
from .prompt import LabelError
from .server_settings import RESPONSE_FORMAT_JSON_OBJECT, RESPONSE_FORMAT_JSON_SCHEMA, ServerError
from ...toolbelt.i18n import tr

BACKOFF_BASE_S = 0.5
BACKOFF_MAX_S = 8.0
RETRY_HTTP_CODES = (408, 429, 500, 502, 503, 504)
# The /models look-up before the first tile: a host that drops packets fails within about 20 s.
DISCOVERY_TIMEOUT_S = 10.0
DISCOVERY_ATTEMPTS = 2
USER_AGENT = "deforestation-classifier"


class Transient(Exception):
    """A failure worth retrying; `message` is the final error text if retries run out.
    unreachable: the server did not take the request at all (its pool breaker opens at once)."""

    def __init__(self, message, retry_after=None, unreachable=False):
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after
        self.unreachable = unreachable


def backoff(attempt, retry_after=None, jitter=True):
    """Sleep before attempt + 1: BACKOFF_BASE_S doubling up to BACKOFF_MAX_S, or the server's
    Retry-After when longer (at most four times that); jittered by +-20 %."""
    delay = min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** attempt)
    if retry_after is not None:
        delay = min(BACKOFF_MAX_S * 4, max(delay, retry_after))
    time.sleep(delay * random.uniform(0.8, 1.2) if jitter else delay)


def _is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_key_transport(api_key, urls):
    """ServerError unless each URL may receive the API key: https, or http to a loopback
    address. Nothing to check without a key."""
    if not api_key:
        return
    for url in urls:
        try:
            check_secret_transport(url)
        except RefusedAddress as exc:
            raise ServerError(
                tr("{} (The server URL is in the plugin settings or "
                   "$DEFORESTATION_SERVER_URL; the key in the plugin settings or "
                   "$DEFORESTATION_SERVER_API_KEY.)").format(exc)) from None


def _origin(url):
    parts = urllib.parse.urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port


class _RedirectHandler(HttpOnlyRedirectHandler):
    """Redirects to http(s) only; the API key stays behind when a redirect leads to another
    server (scheme, host or port) or where a key may not go (plain http off loopback)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and new.has_header("Authorization") and (
                _origin(newurl) != _origin(req.full_url) or secret_transport_problem(newurl)):
            new.remove_header("Authorization")
        return new


class ServerClient:
    """GET and POST of JSON to the servers at `urls` (base URLs, ServerSettings.base_urls())."""

    def __init__(self, settings, urls):
        self.settings = settings
        check_key_transport(settings.api_key, urls)
        self._openers = {u: self._opener_for(u) for u in urls}

    @staticmethod
    def _opener_for(url):
        handlers = [urllib.request.ProxyHandler({})] if _is_loopback(url) else []
        return urllib.request.build_opener(*handlers, _RedirectHandler)

    def _headers(self):
        headers = {"Content-Type": "application/json", "Accept": "application/json",
                   "User-Agent": USER_AGENT}
        if self.settings.api_key:
            headers["Authorization"] = f"Bearer {self.settings.api_key}"
        return headers

    def open(self, base, path, body=None, timeout=None):
        """The parsed JSON answer of base + path (POST of `body` when given, else GET);
        Transient, ServerError or LabelError on failure."""
        url = base + path
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(url, data=data, headers=self._headers(),
                                         method="GET" if data is None else "POST")
        timeout = self.settings.timeout_s if timeout is None else timeout
        try:
            with self._openers[base].open(request, timeout=timeout) as response:
                raw = response.read()
        except RefusedAddress as exc:  # a redirect to ftp:, file:, ... (toolbelt/url_policy.py)
            raise ServerError(tr("{} Check the server URL in the plugin settings (or "
                                 "$DEFORESTATION_SERVER_URL).").format(exc)) from None
        except urllib.error.HTTPError as exc:
            raise self._http_error(url, exc) from None
        except (socket.timeout, TimeoutError) as exc:
            raise Transient(self._timeout_message(url, timeout)) from exc
        except (http.client.IncompleteRead, http.client.RemoteDisconnected) as exc:
            raise Transient(f"The server at {url} closed the connection without a complete "
                            "answer.", unreachable=True) from exc
        except http.client.HTTPException as exc:
            raise ServerError(
                tr("What answers at {} is not an HTTP server ({!r}). Check the server URL in "
                   "the plugin settings (or $DEFORESTATION_SERVER_URL).").format(
                       base, exc)) from None
        except (urllib.error.URLError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise Transient(self._timeout_message(url, timeout)) from exc
            raise Transient(
                f"Cannot reach the model server at {base} ({reason}). Check that the server is "
                "running and reachable from this machine (e.g. `llama-server --model "
                "v2_no_coords-Q4_K_M.gguf --mmproj mmproj-v2_no_coords-F16.gguf --port 8080`) "
                "and that the server URL in the plugin settings (or $DEFORESTATION_SERVER_URL) "
                "is its OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1.",
                unreachable=True) from exc
        try:
            return json.loads(raw)
        except ValueError:
            raise LabelError(
                tr("The server at {} answered something that is not JSON: {!r}").format(
                   base, raw[:300].decode('utf-8', 'replace'))) from None

    def _timeout_message(self, url, timeout):
        return (f"The server at {url} did not answer within {timeout:g} s: it "
                "may be overloaded. Lower the number of requests in flight, or raise the "
                "timeout ($DEFORESTATION_SERVER_TIMEOUT).")

    def _http_error(self, url, exc: urllib.error.HTTPError):
        try:
            detail = exc.read()[:400].decode("utf-8", "replace").strip()
        except (OSError, ValueError):
            detail = ""
        code = exc.code
        if code in (401, 403):
            return ServerError(
                tr("The server at {} refused the request (HTTP {}): the API key is missing "
                   "or wrong. Set the server's key in the plugin settings (stored in the "
                   "QGIS authentication database) or in $DEFORESTATION_SERVER_API_KEY.").format(
                   url, code))
        if code == 404:
            return ServerError(
                tr("No OpenAI-compatible endpoint at {} (HTTP 404). The server URL must be "
                   "the base URL that serves /chat/completions and /models, e.g. "
                   "http://127.0.0.1:8080/v1.").format(url))
        hint = self._request_hint(detail)
        # llama_cpp.server answers a request it cannot validate with HTTP 500: not retried.
        rejected = hint or "literal_error" in detail or "'loc': ('body'" in detail
        if code in RETRY_HTTP_CODES and not rejected:
            retry_after = None
            try:
                retry_after = float(exc.headers.get("Retry-After", ""))
            except (TypeError, ValueError, AttributeError):
                pass
            return Transient(f"The server at {url} failed with HTTP {code}: {detail}",
                             retry_after)
        return ServerError(tr("The server at {} refused the request (HTTP {}): {}{}").format(
                              url, code, detail, hint))

    def _request_hint(self, detail: str) -> str:
        if "response_format" in detail or "json_schema" in detail:
            other = (RESPONSE_FORMAT_JSON_OBJECT
                     if self.settings.response_format == RESPONSE_FORMAT_JSON_SCHEMA
                     else RESPONSE_FORMAT_JSON_SCHEMA)
            return (f" The server does not take the '{self.settings.response_format}' response "
                    f"format: set $DEFORESTATION_SERVER_RESPONSE_FORMAT={other}.")
        lowered = detail.lower()
        if "logprob" in lowered or "logits_all" in lowered:
            return (" The server does not give log-probabilities as asked: set "
                    "$DEFORESTATION_SERVER_LOGPROBS=0 (labels only), lower "
                    "$DEFORESTATION_SERVER_TOP_LOGPROBS (vLLM: at most its --max-logprobs), or "
                    "start llama_cpp.server with --logits_all True.")
        if "image" in lowered or "multimodal" in lowered or "mmproj" in lowered:
            return (" Start the server with the model's vision projector (llama-server "
                    "--mmproj; llama_cpp.server --clip_model_path with --chat_format mtmd; vLLM "
                    "serves the HF model with its processor).")
        return ""

    def discover_model(self, base, attempts=None):
        """The first model id at base/models (also the reachability check before any tile, and
        the pool's health check)."""
        if attempts is None:
            attempts = min(max(0, self.settings.retries) + 1, DISCOVERY_ATTEMPTS)
        timeout = min(self.settings.timeout_s, DISCOVERY_TIMEOUT_S)
        for attempt in range(attempts):
            try:
                answer = self.open(base, "/models", timeout=timeout)
                break
            except Transient as exc:
                if attempt + 1 == attempts:
                    raise ServerError(tr("{} (tried {} times)").format(
                        exc.message, attempts)) from None
                backoff(attempt, jitter=False)
            except LabelError as exc:
                raise ServerError(
                    tr("{}/models is not an OpenAI-compatible model list: {}").format(
                        base, exc)) from None
        try:
            return str(answer["data"][0]["id"])
        except (KeyError, IndexError, TypeError):
            raise ServerError(
                tr("The server at {} lists no model at {}/models: {!r}. Is it an "
                   "OpenAI-compatible server with a model loaded?").format(
                   base, base, str(answer)[:200])) from None
