"""The model hub: its endpoint, file URLs, and how its HTTP answers are read.

URL: {HF_ENDPOINT or https://huggingface.co}/{repo}/resolve/{revision}/{path}. HF_HUB_OFFLINE=1
forbids any download (models/download.py checks it).

probe() is a HEAD request that does not follow the hub's redirect: for an LFS file the redirect
carries the size and SHA-256 the hub publishes (X-Linked-Size, X-Linked-Etag) and points at
where the bytes are. range_plan() reads the answer to a Range request, http_error() turns an
HTTP failure into a DownloadError that says what to check. QGIS-free and standard library only.
"""
import re
import urllib.parse
from dataclasses import dataclass
from typing import Optional

from ..toolbelt.environment import env_flag, env_text
from ..toolbelt.url_policy import RefusedAddress, redirect_target
from .errors import DownloadError
from ..toolbelt.i18n import tr

HF_ENDPOINT_ENV = "HF_ENDPOINT"
HF_OFFLINE_ENV = "HF_HUB_OFFLINE"
DEFAULT_ENDPOINT = "https://huggingface.co"
USER_AGENT = "deforestation-classifier-qgis-plugin"

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_REDIRECTS = (301, 302, 303, 307, 308)


# --- endpoints ----------------------------------------------------------------------------------
def hub_endpoint() -> str:
    return env_text(HF_ENDPOINT_ENV).rstrip("/") or DEFAULT_ENDPOINT


def hub_offline() -> bool:
    return env_flag(HF_OFFLINE_ENV)


def is_official_endpoint(endpoint=None) -> bool:
    return (endpoint or hub_endpoint()).rstrip("/") == DEFAULT_ENDPOINT


def resolve_url(repo_id: str, repo_path: str, revision: str = "main", endpoint=None) -> str:
    base = (endpoint or hub_endpoint()).rstrip("/")
    return (f"{base}/{repo_id}/resolve/{urllib.parse.quote(revision, safe='')}/"
            f"{urllib.parse.quote(repo_path)}")


# --- HEAD ---------------------------------------------------------------------------------------
@dataclass
class HeadInfo:
    status: int
    size: Optional[int] = None
    sha256: Optional[str] = None
    etag: Optional[str] = None
    commit: Optional[str] = None
    location: Optional[str] = None  # where the bytes are (the hub's redirect target)


def _head_info(status, headers) -> HeadInfo:
    """Size and SHA-256 from the hub's headers (X-Linked-* on the redirect of an LFS file)."""
    def number(value):
        return int(value) if value and str(value).strip().isdigit() else None

    etag = (headers.get("x-linked-etag") or headers.get("etag") or "").strip()
    etag = etag[2:] if etag.startswith("W/") else etag
    etag = etag.strip('"')
    size = number(headers.get("x-linked-size"))
    if size is None and status == 200:
        size = number(headers.get("content-length"))
    return HeadInfo(status=status, size=size,
                    sha256=etag.lower() if _SHA256.match(etag.lower()) else None,
                    etag=etag or None, commit=headers.get("x-repo-commit"))


def probe(transport, url, max_hops=10) -> Optional[HeadInfo]:
    """HEAD the resolve URL without letting the client follow redirects: the hub's answer for
    an LFS file is a redirect carrying X-Linked-Size and X-Linked-Etag (SHA-256). Redirects on
    the same host (a renamed repository, relative Location) are followed; the first one to
    another host (the CDN, whose signed URL may not accept HEAD) ends the probe, and its target
    is where the bytes are fetched from. A Location that is not an http(s) address (file:,
    ftp:, ...) is never followed: DownloadError (toolbelt/url_policy.py)."""
    current = url
    for _ in range(max_hops):
        answer = transport.head_raw(current)
        if answer is None:
            return None
        status, headers = answer
        info = _head_info(status, headers)
        location = headers.get("location")
        if status not in _REDIRECTS or not location:
            info.location = current if current != url else None
            return info
        try:
            target = redirect_target(current, location, "The model hub's redirect")
        except RefusedAddress as exc:
            raise DownloadError(tr("{} Check HF_ENDPOINT: the model hub answers with http(s) "
                                   "addresses only.").format(exc)) from exc
        same_host = urllib.parse.urlsplit(target).netloc == urllib.parse.urlsplit(current).netloc
        if info.size is not None or not same_host:
            info.location = target
            return info
        current = target
    return None


# --- GET with a Range -----------------------------------------------------------------------------
def range_plan(status, headers, start):
    """(offset to write the body at, total size or None) for an answer to a Range request."""
    if status == 206:
        match = re.match(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", headers.get("content-range", ""))
        if not match or int(match.group(1)) != start:
            raise DownloadError(
                tr("The server answered a different byte range ({!r}) than the one asked "
                   "(from {}). Delete the .part file and try again.").format(
                   headers.get('content-range'), start))
        return start, (int(match.group(3)) if match.group(3) != "*" else None)
    if status == 200:  # Range ignored: the whole file follows
        length = headers.get("content-length")
        return 0, (int(length) if length and length.isdigit() else None)
    raise DownloadError(tr("Unexpected HTTP status {}.").format(status))


def total_from_416(headers):
    """The file size a 416 (range not satisfiable) answer states, or None."""
    match = re.match(r"bytes\s+\*/(\d+)", headers.get("content-range", ""))
    return int(match.group(1)) if match else None


def http_error(url, status, reason=""):
    """A DownloadError for an HTTP failure, with what to check; its `status` is the code."""
    hint = {
        401: tr("The repository needs authentication; check the URL and HF_ENDPOINT."),
        403: tr("Access denied; check the URL, HF_ENDPOINT and the QGIS proxy settings."),
        404: tr("Not found: check HF_ENDPOINT and that the model card still publishes this "
                "file."),
    }.get(status, tr("Try again later; the download resumes where it stopped."))
    error = DownloadError(tr("Download of {} failed: HTTP {} {}. {}").format(
        url, status, reason, hint).strip())
    error.status = status
    return error
