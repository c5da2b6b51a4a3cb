"""STAC API item search with paging (docs/FETCH.md), over a pluggable JSON transport.

A transport is any object with `request(method, url, body) -> (status, bytes)` that raises
StacUnreachable, or a ConnectionError with the reason, when no answer came. Inside QGIS the faces
pass toolbelt/qgis_network.py's (the QGIS profile's proxy, SSL and authentication apply); without
one, urllib (the usual http(s)_proxy / no_proxy variables).

The search asks for every item of the collection over the area and dates (no cloud filter on the
server), following `next` links, so that "no scene in the window" and "every scene too cloudy"
can be told apart (core/fetch/scene_choice.py filters by cloud). Only http(s) addresses are
asked, followed as `next` links or redirects (toolbelt/url_policy.py): a catalogue cannot send
the search to file:, ftp: or another scheme.
"""
import json
import urllib.error
import urllib.parse
import urllib.request
from typing import List

from ... import errors
from ...toolbelt.i18n import tr
from ...toolbelt.url_policy import HttpOnlyRedirectHandler, RefusedAddress, is_web_url

USER_AGENT = "deforestation-classifier-qgis"
ACCEPT = "application/geo+json, application/json"
# What every transport sends (the QGIS one takes them: toolbelt/qgis_network.py).
REQUEST_HEADERS = {"User-Agent": USER_AGENT, "Accept": ACCEPT}
PAGE_LIMIT = 100  # items per page asked for (Earth Search answers at most 250)
MAX_PAGES = 50  # a safety net against a server whose `next` never ends
TIMEOUT_S = 60


class StacError(errors.FetchError):
    """The search failed; the message says why and what to do."""


class StacUnreachable(StacError):
    """No answer from the STAC API (offline, DNS, proxy, refused connection)."""


def unreachable_message(url: str, reason: str) -> str:
    return tr("The STAC API at {} cannot be reached ({}). Check the internet connection; "
              "behind a proxy, set it in QGIS Settings > Options > Network (the search goes "
              "through QGIS's network settings); or set STAC_URL to a catalogue you can "
              "reach.").format(url, reason)


def refused_message(url: str) -> str:
    return tr("The STAC address '{}' was refused: only http:// and https:// addresses are "
              "asked or followed (STAC_URL, the catalogue's next links and redirects).").format(url)


class UrllibJsonTransport:
    name = "urllib"

    def __init__(self, timeout=TIMEOUT_S):
        self.timeout = timeout
        # Redirects followed to http(s) only (urllib alone would follow ftp:// too).
        self._opener = urllib.request.build_opener(HttpOnlyRedirectHandler)

    def request(self, method, url, body=None):
        data = json.dumps(body).encode() if body is not None else None
        headers = dict(REQUEST_HEADERS)
        if data is not None:
            headers["Content-Type"] = "application/json"
        if not is_web_url(url):
            raise StacError(refused_message(url))
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            # The scheme is checked above and on redirects (http or https, never file:), so
            # B310 does not apply.
            with self._opener.open(req, timeout=self.timeout) as reply:  # nosec B310
                return reply.status, reply.read()
        except RefusedAddress as exc:
            raise StacError(refused_message(exc.address)) from exc
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read() if exc.fp is not None else b""
        except (urllib.error.URLError, OSError) as exc:
            raise StacUnreachable(unreachable_message(url, str(getattr(exc, "reason", exc))))\
                from exc


def _request(transport, method, url, body):
    """transport.request(), its ConnectionError (no answer) as StacUnreachable; an address
    that is not http(s) is never handed to a transport."""
    if not is_web_url(url):
        raise StacError(refused_message(url))
    try:
        return transport.request(method, url, body)
    except RefusedAddress as exc:  # the transport's own check (a redirect, toolbelt)
        raise StacError(refused_message(exc.address or url)) from exc
    except ConnectionError as exc:
        raise StacUnreachable(unreachable_message(url, str(exc) or type(exc).__name__)) \
            from exc


def search_body(collection, bbox, start: str, end: str, limit=PAGE_LIMIT) -> dict:
    """POST /search body: items of `collection` (a name or a list of names) over bbox
    (lon/lat) between two dates."""
    names = [collection] if isinstance(collection, str) else list(collection)
    return {
        "collections": names,
        "bbox": [float(v) for v in bbox],
        "datetime": f"{start}T00:00:00Z/{end}T23:59:59Z",
        "limit": int(limit),
    }


def get_search_url(url: str, body: dict) -> str:
    """GET /search with the body's fields as query parameters (STAC API item search)."""
    query = {}
    for key, value in (body or {}).items():
        if isinstance(value, (list, tuple)):
            query[key] = ",".join(str(v) for v in value)
        elif isinstance(value, dict):
            query[key] = json.dumps(value)
        else:
            query[key] = str(value)
    return f"{url}?{urllib.parse.urlencode(query)}"


def _decode(url, status, content):
    if status >= 400:
        text = content[:300].decode("utf-8", "replace") if content else ""
        hint = ""
        if status in (401, 403, 407):
            hint = tr("The server or a proxy refuses the request: check QGIS's proxy "
                      "settings.")
        elif status == 404:
            hint = tr("Check STAC_URL: it should be the API root (it answers /search).")
        raise StacError(tr("The STAC API at {} answered HTTP {}. {} {}").format(
            url, status, hint, text).replace("  ", " ").strip())
    try:
        return json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise StacError(tr("The STAC API at {} did not answer JSON ({}); check STAC_URL.")
                        .format(url, exc)) from exc


def _next_link(page: dict):
    for link in page.get("links", []) or []:
        if link.get("rel") == "next" and link.get("href"):
            return link
    return None


def search_items(api_url: str, body: dict, transport=None, feedback=None,
                 max_pages=MAX_PAGES) -> List[dict]:
    """Every item the search finds, page after page (STAC API item search `next` links, POST
    with a merged body or GET)."""
    transport = transport or UrllibJsonTransport()
    url = api_url.rstrip("/") + "/search"
    method, request_body = "POST", dict(body)
    items: List[dict] = []
    seen = set()
    for _page in range(max_pages):
        if feedback is not None and feedback.isCanceled():
            break
        status, content = _request(transport, method, url, request_body)
        if status in (404, 405, 501) and method == "POST" and not items:
            # A catalogue without POST /search (the STAC API allows GET only): ask by GET.
            method, url, request_body = "GET", get_search_url(url, request_body), None
            status, content = _request(transport, method, url, None)
        page = _decode(url, status, content)
        for item in page.get("features", []) or []:
            if item.get("id") not in seen:
                seen.add(item.get("id"))
                items.append(item)
        link = _next_link(page)
        if link is None or not page.get("features"):
            break
        url = str(link["href"]).strip()
        if not is_web_url(url):
            raise StacError(tr("The STAC API's next link '{}' was refused: only http:// and "
                               "https:// links are followed.").format(url))
        method = str(link.get("method", "GET")).upper()
        if method == "POST":
            merged = dict(request_body) if link.get("merge") else {}
            merged.update(link.get("body") or {})
            request_body = merged
        else:
            request_body = None
    return items
