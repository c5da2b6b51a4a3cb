"""How the bytes of a model file travel: QGIS's network stack inside QGIS, urllib outside.

Inside QGIS the requests go through QgsBlockingNetworkRequest / QgsNetworkAccessManager, so the
proxy, SSL and authentication settings of the QGIS profile apply; outside QGIS (scripts, unit
tests) urllib is used, which honours the usual http(s)_proxy / no_proxy environment variables.

A transport has a name, head_raw(url) -> (status, lower-case headers) or None (a HEAD request,
redirects not followed; models/hub.py probe() reads it) and fetch(url, handle, start, on_bytes,
feedback) -> FetchResult (a Range request from `start`, written into the open .part file at
the offset the answer states). QGIS is imported only inside QgisTransport's methods.
"""
import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Optional

from ..toolbelt.url_policy import HttpOnlyRedirectHandler, RefusedAddress, require_web_url
from .errors import DownloadCancelled, DownloadError
from .hub import USER_AGENT, http_error, range_plan, total_from_416
from ..toolbelt.i18n import tr

CHUNK_BYTES = 8 << 20  # one ranged request through QGIS's network stack (held in memory)
STREAM_BLOCK = 256 << 10
TIMEOUT_S = 60


def canceled(feedback) -> bool:
    """The duck-typed feedback (isCanceled) asks to stop; False without a feedback."""
    return bool(feedback is not None and feedback.isCanceled())


@dataclass
class FetchResult:
    total: Optional[int] = None  # whole file size as the server states it, when it does
    finished: bool = False  # a 200 answer was read to its end: the file is complete
    error: Optional[str] = None  # the transfer broke off; what arrived was written


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        return None


class UrllibTransport:
    """The standard library: outside QGIS (scripts, tests); honours *_proxy variables."""

    name = "urllib"

    def __init__(self, timeout=TIMEOUT_S):
        self.timeout = timeout
        self._opener = urllib.request.build_opener(HttpOnlyRedirectHandler)
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
        except RefusedAddress as exc:  # a redirect to ftp:, file:, ... (toolbelt/url_policy.py)
            raise DownloadError(tr("{} Check HF_ENDPOINT.").format(exc)) from exc
        except urllib.error.HTTPError as exc:
            if exc.code == 416:
                return FetchResult(total=total_from_416(_lower(exc.headers)))
            raise http_error(url, exc.code, exc.reason) from exc
        except (urllib.error.URLError, OSError) as exc:
            return FetchResult(error=f"cannot reach {url}: {getattr(exc, 'reason', exc)}")
        with reply:
            offset, total = range_plan(reply.status, _lower(reply.headers), start)
            handle.seek(offset)
            handle.truncate()
            received = 0
            while True:
                if canceled(feedback):
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
            loop.exec()
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
            def slot(received, _total):  # noqa: F811 (None on the main thread)
                on_bytes(start + received, None)

            blocking.downloadProgress.connect(slot)
        qgs_feedback = feedback if isinstance(feedback, QgsFeedback) else None
        try:
            code = blocking.get(request, True, qgs_feedback)
        finally:
            if slot is not None:
                blocking.downloadProgress.disconnect(slot)
        reply = blocking.reply()
        final = reply.request().url().toString()  # after the redirects QGIS followed itself
        if final and final != url:
            try:
                require_web_url(final, f"The redirect from {url}")
            except RefusedAddress as exc:
                raise DownloadError(tr("{} It was not followed. Check HF_ENDPOINT.").format(
                    exc)) from exc
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        status = int(status) if status is not None else None
        headers = _qt_headers(reply)
        if canceled(feedback):
            raise DownloadCancelled()
        if status == 416:
            return FetchResult(total=total_from_416(headers))
        if code != QgsBlockingNetworkRequest.ErrorCode.NoError or status not in (200, 206):
            if status is not None and status >= 400:
                raise http_error(url, status, blocking.errorMessage())
            return FetchResult(error=blocking.errorMessage() or f"HTTP {status}")
        body = bytes(reply.content())
        offset, total = range_plan(status, headers, start)
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
