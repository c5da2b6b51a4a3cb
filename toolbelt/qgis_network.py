"""JSON requests through QGIS's network stack (QgsBlockingNetworkRequest): the proxy, SSL and
authentication settings of the QGIS profile apply, as for model downloads (models/transports.py).

For QGIS-free code that takes a transport (core/fetch/stac_client.py): the faces pass one in
while a QGIS application runs (json_transport()); without one that code uses urllib.

Only http(s) addresses are asked (toolbelt/url_policy.py): any other raises RefusedAddress and
nothing is sent. QGIS follows redirects itself; an answer that came from anything but an
http(s) address after a redirect is refused too (its content never reaches the caller).
"""
import json

from qgis.core import QgsApplication, QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QByteArray, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from .url_policy import require_web_url

TIMEOUT_S = 60


class NoAnswer(ConnectionError):
    """No HTTP answer came (offline, DNS, proxy, refused connection); the text is the reason."""


class QgisJsonTransport:
    """request(method, url, body) -> (HTTP status, bytes), `body` sent as JSON; NoAnswer when no
    answer came. Any thread."""

    name = "qgis"

    def __init__(self, headers=None, authcfg="", timeout=TIMEOUT_S):
        self.headers = dict(headers or {})  # e.g. User-Agent, Accept
        self.authcfg = authcfg
        self.timeout = timeout

    def request(self, method, url, body=None):
        url = require_web_url(url, "The address")  # RefusedAddress: nothing is sent
        request = QNetworkRequest(QUrl(url))
        for name, value in self.headers.items():
            request.setRawHeader(name.encode(), value.encode())
        request.setTransferTimeout(self.timeout * 1000)
        blocking = QgsBlockingNetworkRequest()
        if self.authcfg:
            blocking.setAuthCfg(self.authcfg)
        if body is not None:
            request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader,
                              "application/json")
            code = blocking.post(request, QByteArray(json.dumps(body).encode()), True)
        else:
            code = blocking.get(request, True)
        reply = blocking.reply()
        final = reply.request().url().toString()  # after the redirects QGIS followed
        if final and final != url:
            require_web_url(final, f"The redirect from {url}")  # RefusedAddress
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if status is None:
            raise NoAnswer(blocking.errorMessage() or f"network error {code}")
        return int(status), bytes(reply.content())


def json_transport(headers=None, timeout=TIMEOUT_S):
    """A QgisJsonTransport while a QGIS application runs; None otherwise (the caller's urllib)."""
    if QgsApplication.instance() is None:
        return None
    return QgisJsonTransport(headers, timeout=timeout)
