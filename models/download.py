"""Download of the model card's files: progress, cancel, resume, verification before first use.

URL: {HF_ENDPOINT or https://huggingface.co}/{repo}/resolve/{revision}/{path}. HF_HUB_OFFLINE=1
forbids any download. Inside QGIS the requests go through QGIS's own network stack
(QgsBlockingNetworkRequest / QgsNetworkAccessManager), so the proxy, SSL and authentication
settings of the QGIS profile apply; outside QGIS (scripts, unit tests) urllib is used, which
honours the usual http(s)_proxy / no_proxy environment variables.

How a file is fetched: a HEAD request without following the hub's redirect reads the size and
SHA-256 the hub publishes for LFS files (X-Linked-Size, X-Linked-Etag); the bytes go to
`<name>.part` with HTTP Range requests (so an interrupted or cancelled download resumes where it
stopped); the finished file is checked (size, SHA-256, GGUF structure, role) and only then
renamed into place, with a `<name>.download.json` manifest beside it. A file that fails a check
is deleted and never loaded.

QGIS-free at import time; `feedback` is duck-typed (isCanceled, setProgress, pushInfo), so a
QgsProcessingFeedback, a QgsFeedback or a plain object all work.
"""
import http.client
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from . import verify
from .registry import CARD, ModelEntry, ModelFiles, is_card_pair

HF_ENDPOINT_ENV = "HF_ENDPOINT"
HF_OFFLINE_ENV = "HF_HUB_OFFLINE"
DEFAULT_ENDPOINT = "https://huggingface.co"
PART_SUFFIX = ".part"
USER_AGENT = "deforestation-classifier-qgis-plugin"
CHUNK_BYTES = 8 << 20  # one ranged request through QGIS's network stack (held in memory)
STREAM_BLOCK = 256 << 10
MAX_RETRIES = 4
TIMEOUT_S = 60


class ModelFileError(RuntimeError):
    """The model files cannot be used or obtained; the message says how to fix it."""


class DownloadError(ModelFileError):
    """A download failed; a partial file (if any) is kept for the next attempt to resume."""


class DownloadCancelled(Exception):
    """The user cancelled; the partial file is kept so that the next attempt resumes."""


# --- endpoints ----------------------------------------------------------------------------------
def hub_endpoint() -> str:
    return (os.environ.get(HF_ENDPOINT_ENV) or "").strip().rstrip("/") or DEFAULT_ENDPOINT


def hub_offline() -> bool:
    return (os.environ.get(HF_OFFLINE_ENV) or "").strip().lower() in ("1", "true", "yes", "on")


def is_official_endpoint(endpoint=None) -> bool:
    return (endpoint or hub_endpoint()).rstrip("/") == DEFAULT_ENDPOINT


def resolve_url(repo_id: str, repo_path: str, revision: str = "main", endpoint=None) -> str:
    base = (endpoint or hub_endpoint()).rstrip("/")
    return (f"{base}/{repo_id}/resolve/{urllib.parse.quote(revision, safe='')}/"
            f"{urllib.parse.quote(repo_path)}")


# --- feedback helpers -----------------------------------------------------------------------------
def _canceled(feedback) -> bool:
    return bool(feedback is not None and feedback.isCanceled())


def _info(feedback, text):
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(text)


def _progress(feedback, percent):
    if feedback is not None and hasattr(feedback, "setProgress"):
        feedback.setProgress(max(0.0, min(100.0, percent)))


# --- transports -------------------------------------------------------------------------------------
@dataclass
class HeadInfo:
    status: int
    size: Optional[int] = None
    sha256: Optional[str] = None
    etag: Optional[str] = None
    commit: Optional[str] = None
    location: Optional[str] = None  # where the bytes are (the hub's redirect target)


@dataclass
class FetchResult:
    total: Optional[int] = None  # whole file size as the server states it, when it does
    finished: bool = False  # a 200 answer was read to its end: the file is complete
    error: Optional[str] = None  # the transfer broke off; what arrived was written


_SHA256 = re.compile(r"^[0-9a-f]{64}$")


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


def _range_plan(status, headers, start):
    """(offset to write the body at, total size or None) for an answer to a Range request."""
    if status == 206:
        match = re.match(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", headers.get("content-range", ""))
        if not match or int(match.group(1)) != start:
            raise DownloadError(
                f"The server answered a different byte range ({headers.get('content-range')!r}) "
                f"than the one asked (from {start}). Delete the .part file and try again.")
        return start, (int(match.group(3)) if match.group(3) != "*" else None)
    if status == 200:  # Range ignored: the whole file follows
        length = headers.get("content-length")
        return 0, (int(length) if length and length.isdigit() else None)
    raise DownloadError(f"Unexpected HTTP status {status}.")


def _http_error(url, status, reason=""):
    hint = {
        401: "The repository needs authentication; check the URL and HF_ENDPOINT.",
        403: "Access denied; check the URL, HF_ENDPOINT and the QGIS proxy settings.",
        404: "Not found: check HF_ENDPOINT and that the model card still publishes this file.",
    }.get(status, "Try again later; the download resumes where it stopped.")
    error = DownloadError(f"Download of {url} failed: HTTP {status} {reason}. {hint}".strip())
    error.status = status
    return error


_REDIRECTS = (301, 302, 303, 307, 308)


def probe(transport, url, max_hops=10) -> Optional[HeadInfo]:
    """HEAD the resolve URL without letting the client follow redirects: the hub's answer for
    an LFS file is a redirect carrying X-Linked-Size and X-Linked-Etag (SHA-256). Redirects on
    the same host (a renamed repository, relative Location) are followed; the first one to
    another host (the CDN, whose signed URL may not accept HEAD) ends the probe, and its target
    is where the bytes are fetched from."""
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
        target = urllib.parse.urljoin(current, location)
        same_host = urllib.parse.urlsplit(target).netloc == urllib.parse.urlsplit(current).netloc
        if info.size is not None or not same_host:
            info.location = target
            return info
        current = target
    return None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        return None


class UrllibTransport:
    """The standard library: outside QGIS (scripts, tests); honours *_proxy variables."""

    name = "urllib"

    def __init__(self, timeout=TIMEOUT_S):
        self.timeout = timeout
        self._opener = urllib.request.build_opener()
        self._head_opener = urllib.request.build_opener(_NoRedirect)

    def head_raw(self, url):
        """(status, lower-case headers) of a HEAD request, redirects not followed."""
        request = urllib.request.Request(url, method="HEAD", headers={"User-Agent": USER_AGENT})
        try:
            with self._head_opener.open(request, timeout=self.timeout) as reply:
                return reply.status, _lower(reply.headers)
        except urllib.error.HTTPError as exc:  # the hub's 302 arrives here (not followed)
            return exc.code, _lower(exc.headers)
        except (urllib.error.URLError, OSError):
            return None

    def fetch(self, url, handle, start, on_bytes, feedback) -> FetchResult:
        request = urllib.request.Request(
            url, headers={"User-Agent": USER_AGENT, "Range": f"bytes={start}-",
                          "Accept-Encoding": "identity"})
        try:
            reply = self._opener.open(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            if exc.code == 416:
                return FetchResult(total=_total_from_416(_lower(exc.headers)))
            raise _http_error(url, exc.code, exc.reason) from exc
        except (urllib.error.URLError, OSError) as exc:
            return FetchResult(error=f"cannot reach {url}: {getattr(exc, 'reason', exc)}")
        with reply:
            offset, total = _range_plan(reply.status, _lower(reply.headers), start)
            handle.seek(offset)
            handle.truncate()
            received = 0
            while True:
                if _canceled(feedback):
                    raise DownloadCancelled()
                try:
                    block = reply.read(STREAM_BLOCK)
                except (OSError, http.client.HTTPException, ValueError) as exc:
                    return FetchResult(total=total, error=f"connection lost: {exc}")
                if not block:
                    break
                handle.write(block)
                received += len(block)
                on_bytes(offset + received, total)
        if total is not None and offset + received < total:
            return FetchResult(total=total, error="connection closed early")
        return FetchResult(total=total if total is not None else offset + received,
                           finished=True)


def _lower(headers) -> dict:
    return {k.lower(): v for k, v in (headers.items() if headers is not None else [])}


def _total_from_416(headers):
    match = re.match(r"bytes\s+\*/(\d+)", headers.get("content-range", ""))
    return int(match.group(1)) if match else None


class QgisTransport:
    """QGIS's network stack: the profile's proxy, SSL and authentication settings apply.

    Works in the main thread (qgis_process) and in worker threads (Processing, QgsTask).
    QgsBlockingNetworkRequest holds an answer in memory, so the file is asked for in
    CHUNK_BYTES ranges; each range is appended to the .part file as it arrives.
    """

    name = "qgis"

    def __init__(self, authcfg="", chunk_bytes=CHUNK_BYTES, timeout=TIMEOUT_S):
        self.authcfg = authcfg
        self.chunk_bytes = chunk_bytes
        self.timeout = timeout

    def head_raw(self, url):
        """(status, lower-case headers) of a HEAD request, redirects not followed."""
        from qgis.core import QgsNetworkAccessManager
        from qgis.PyQt.QtCore import QEventLoop, QTimer, QUrl
        from qgis.PyQt.QtNetwork import QNetworkRequest

        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"User-Agent", USER_AGENT.encode())
        request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                             QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        reply = QgsNetworkAccessManager.instance().head(request)
        loop = QEventLoop()
        reply.finished.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(self.timeout * 1000)
        if not reply.isFinished():
            loop.exec_()
        timer.stop()
        try:
            if not reply.isFinished():
                reply.abort()
                return None
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            if status is None:
                return None
            return int(status), _qt_headers(reply)
        finally:
            reply.deleteLater()

    def fetch(self, url, handle, start, on_bytes, feedback) -> FetchResult:
        from qgis.core import QgsBlockingNetworkRequest, QgsFeedback
        from qgis.PyQt.QtCore import QCoreApplication, QThread, QUrl
        from qgis.PyQt.QtNetwork import QNetworkRequest

        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"User-Agent", USER_AGENT.encode())
        request.setRawHeader(b"Range", f"bytes={start}-{start + self.chunk_bytes - 1}".encode())
        request.setRawHeader(b"Accept-Encoding", b"identity")
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        blocking = QgsBlockingNetworkRequest()
        if self.authcfg:
            blocking.setAuthCfg(self.authcfg)
        # Progress inside a chunk only in a worker thread, where the signal arrives directly.
        # Called from the main thread (qgis_process), QGIS fetches in a helper thread and the
        # signals would arrive queued, possibly after the feedback is gone: chunks suffice.
        slot = None
        if QThread.currentThread() != QCoreApplication.instance().thread():
            def slot(received, _total):
                on_bytes(start + received, None)

            blocking.downloadProgress.connect(slot)
        qgs_feedback = feedback if isinstance(feedback, QgsFeedback) else None
        try:
            code = blocking.get(request, True, qgs_feedback)
        finally:
            if slot is not None:
                blocking.downloadProgress.disconnect(slot)
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        status = int(status) if status is not None else None
        headers = _qt_headers(reply)
        if _canceled(feedback):
            raise DownloadCancelled()
        if status == 416:
            return FetchResult(total=_total_from_416(headers))
        if code != QgsBlockingNetworkRequest.ErrorCode.NoError or status not in (200, 206):
            if status is not None and status >= 400:
                raise _http_error(url, status, blocking.errorMessage())
            return FetchResult(error=blocking.errorMessage() or f"HTTP {status}")
        body = bytes(reply.content())
        offset, total = _range_plan(status, headers, start)
        handle.seek(offset)
        handle.truncate()
        handle.write(body)
        on_bytes(offset + len(body), total)
        if status == 200:
            done = offset + len(body)
            if total is not None and done < total:
                return FetchResult(total=total, error="connection closed early")
            return FetchResult(total=total if total is not None else done, finished=True)
        return FetchResult(total=total)


def _qt_headers(reply) -> dict:
    return {bytes(k).decode("latin-1").lower(): bytes(reply.rawHeader(k)).decode("latin-1")
            for k in reply.rawHeaderList()}


def default_transport():
    """QGIS's network stack when a QGIS application is running, else urllib."""
    try:
        from qgis.core import QgsApplication

        if QgsApplication.instance() is not None:
            return QgisTransport()
    except ImportError:
        pass
    return UrllibTransport()


# --- one file -----------------------------------------------------------------------------------
def part_path(dest) -> Path:
    dest = Path(dest)
    return dest.with_name(dest.name + PART_SUFFIX)


def _part_state(dest) -> Path:
    return Path(str(part_path(dest)) + ".json")


def _read_state(dest):
    try:
        return json.loads(_part_state(dest).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_state(dest, state):
    _part_state(dest).write_text(json.dumps(state), encoding="utf-8")


def discard_partial(dest):
    for path in (part_path(dest), _part_state(dest)):
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def download_file(url, dest, *, transport=None, feedback=None, on_progress=None,
                  expected_sha256=None, expected_size=None, check=None,
                  max_retries=MAX_RETRIES) -> dict:
    """Fetch url into dest, resuming a previous .part; returns the manifest written beside it.

    on_progress(done_bytes, total_bytes_or_None). check(path) runs on the finished .part file
    before it is renamed into place (raise verify.VerificationError to refuse it).
    DownloadCancelled keeps the .part file; a refused file is deleted.
    """
    dest = Path(dest)
    transport = transport or default_transport()
    dest.parent.mkdir(parents=True, exist_ok=True)
    head = probe(transport, url)
    if head is not None and head.status in (401, 403, 404, 410):
        raise _http_error(url, head.status)
    total = head.size if head is not None else None
    sha256 = (expected_sha256 or (head.sha256 if head is not None else None) or None)
    if expected_size is not None and total is not None and total != expected_size:
        raise DownloadError(
            f"The server offers {url} with {total:,} bytes, not the expected "
            f"{expected_size:,}. Check HF_ENDPOINT (now {hub_endpoint()}).")
    state = {"url": url, "size": total, "sha256": sha256}
    part = part_path(dest)
    previous = _read_state(dest)
    if part.exists() and previous is not None and any(
            previous.get(k) not in (None, v) for k, v in state.items() if v is not None):
        discard_partial(dest)  # another file, or another version of it: start afresh
    # (A .part without its state is resumed: the SHA-256 check at the end still guards it.)
    _write_state(dest, state)

    report = on_progress or (lambda done, size: None)
    failures = 0
    reprobed = False
    mode = "r+b" if part.exists() else "w+b"
    with open(part, mode) as handle:
        done = os.fstat(handle.fileno()).st_size
        if total is not None and done > total:
            handle.truncate(0)
            done = 0
        if done:
            _info(feedback, f"Resuming {dest.name} at {done / 1e6:.1f} MB.")
        report(done, total)
        while total is None or done < total:
            if _canceled(feedback):
                raise DownloadCancelled()
            source = head.location if head is not None and head.location else url
            try:
                result = transport.fetch(source, handle, done,
                                         lambda n, t: report(n, t or total), feedback)
            except DownloadError as exc:
                # A signed CDN URL expires during a long download: ask the hub again, once.
                if source == url or getattr(exc, "status", None) not in (401, 403, 410) \
                        or reprobed:
                    raise
                reprobed, head = True, probe(transport, url)
                continue
            handle.flush()
            before, done = done, os.fstat(handle.fileno()).st_size
            if result.total is not None:
                total = result.total
            if result.finished:
                break
            if result.error is None and done > before:
                failures = 0
                continue
            if result.error is None and total is not None and done >= total:
                break  # 416 at the end: complete
            failures += 1
            if failures > max_retries:
                raise DownloadError(
                    f"Download of {dest.name} interrupted at {done / 1e6:.1f} MB"
                    f"{f' of {total / 1e6:.1f} MB' if total else ''}: "
                    f"{result.error or 'no data received'}. Run it again: it resumes there.")
            time.sleep(min(0.2 * 2 ** failures, 5.0))
    size = part.stat().st_size
    announced = head.size if head is not None and head.size is not None else total
    if announced is not None and size != announced:
        total = announced
        discard_partial(dest)
        raise DownloadError(
            f"Download of {dest.name} ended with {size:,} bytes instead of {total:,}; the "
            f"partial file was deleted. Run the download again.")
    actual_sha = verify.sha256_file(part, is_canceled=lambda: _canceled(feedback))
    if sha256 and actual_sha != sha256:
        discard_partial(dest)
        raise DownloadError(
            f"{dest.name} does not match the SHA-256 the server publishes ({actual_sha[:12]}... "
            f"instead of {sha256[:12]}...): the download was corrupted and was deleted. "
            f"Run the download again.")
    if check is not None:
        try:
            check(part)
        except verify.VerificationError as exc:
            discard_partial(dest)
            raise ModelFileError(
                f"The file downloaded from {url} was refused and deleted: {exc}") from exc
    os.replace(part, dest)
    try:
        _part_state(dest).unlink()
    except FileNotFoundError:
        pass
    record = {
        "url": url, "size": size, "sha256": actual_sha, "published_sha256": sha256,
        "etag": head.etag if head is not None else None,
        "commit": head.commit if head is not None else None,
        "downloaded": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "transport": getattr(transport, "name", type(transport).__name__),
    }
    verify.write_manifest(dest, record)
    return record


# --- the model pair -------------------------------------------------------------------------------
def missing_message(files: ModelFiles, reason: str) -> str:
    listing = ", ".join(str(p) for p in files.missing())
    return (f"Model file(s) not found: {listing}. {reason} Put the model card's two GGUF files "
            f"({CARD.text.name} and {CARD.mmproj.name}) there, or give other paths as MODEL and "
            f"MMPROJ (plugin settings: Settings > Options > Deforestation Classifier).")


def can_download(files: ModelFiles, entry: ModelEntry = CARD) -> bool:
    """The pair is the card's files in a model folder, so a download can fill it."""
    return entry.downloadable and is_card_pair(files)


def ensure_model_files(files: ModelFiles, feedback=None, *, allow_download=True,
                       entry: ModelEntry = CARD, endpoint=None, transport=None) -> ModelFiles:
    """Verified model files, downloading the card's files first when they are missing.

    Raises ModelFileError (with the fix in its message) when a file is missing and cannot be
    downloaded, or is not what it claims (truncated, corrupt, wrong model); DownloadCancelled
    when the feedback is cancelled during a download.
    """
    roles = ((verify.TEXT, files.text, entry.text), (verify.MMPROJ, files.mmproj, entry.mmproj))
    for role, path, _remote in roles:
        if path.is_file():
            _verified(path, role)
    missing = files.missing()
    if missing:
        if not can_download(files, entry):
            raise ModelFileError(missing_message(files, ""))
        if hub_offline():
            raise ModelFileError(missing_message(
                files, f"{HF_OFFLINE_ENV} is set, so nothing is downloaded: unset it to let the "
                       f"plugin download them."))
        if not allow_download:
            raise ModelFileError(missing_message(
                files, "Automatic download is off in the plugin settings: turn it on, or use "
                       "'Download model' there."))
        endpoint = endpoint or hub_endpoint()
        transport = transport or default_transport()
        todo = [(role, path, remote) for role, path, remote in roles if not path.is_file()]
        _info(feedback, f"Downloading {entry.label} from {endpoint}/{entry.repo_id} into "
                        f"{files.text.parent}. Licence: {entry.licence}")
        grand_total = sum(remote.approx_bytes for _, _, remote in todo) or 1
        done_before = 0
        for role, path, remote in todo:
            url = resolve_url(entry.repo_id, remote.repo_path, entry.revision, endpoint)
            _info(feedback, f"{remote.repo_path} (about {remote.size_mb:.1f} MB) from {url}")
            base = done_before

            def on_progress(done, total, base=base):
                _progress(feedback, 100.0 * (base + done) / grand_total)

            strict = is_official_endpoint(endpoint)
            download_file(
                url, path, transport=transport, feedback=feedback, on_progress=on_progress,
                check=lambda part, role=role, remote=remote, strict=strict: _check_download(
                    part, role, remote.approx_bytes if strict else None),
            )
            done_before += remote.approx_bytes
        _progress(feedback, 100.0)
    try:
        verify.verify_pair(files.text, files.mmproj)
    except verify.VerificationError as exc:
        raise ModelFileError(str(exc)) from exc
    return files


def _check_download(part, role, expected_size):
    info = verify.read_gguf(part)
    verify.check_complete(info)
    verify.check_role(info, role)
    if expected_size:
        verify.check_size(part, info.file_size, expected_size)


def _verified(path, role):
    try:
        verify.verify_file(path, role)
    except verify.VerificationError as exc:
        raise ModelFileError(str(exc)) from exc


def model_status(files: ModelFiles) -> str:
    """One line for the settings page: present and verified, missing, or what is wrong."""
    missing = files.missing()
    if len(missing) == 2:
        return "Not downloaded yet."
    if missing:
        return f"Missing: {', '.join(p.name for p in missing)}."
    try:
        verify.verify_pair(files.text, files.mmproj)
    except verify.VerificationError as exc:
        return f"Unusable: {exc}"
    return "Present and verified."
