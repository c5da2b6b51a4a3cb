"""What the plugin may open: the one decision for every path and address read from a file or
a server before GDAL, urllib or QGIS's network stack is handed it.

- A local file may always be opened (a path on this computer; also a local zip or tar through
  GDAL's /vsizip/ or /vsitar/, and a SENTINEL2_L2A: subdataset of a local product).
- An http(s) address only where the user asked for the network (a Sentinel-2 fetch, the model
  download, the server backend): `require_web_url`, `redirect_target`.
- Nothing else, ever: file://, ftp:// or any other scheme, GDAL's network file systems
  (/vsicurl/, /vsis3/, /vsigs/, /vsiaz/, ...), other /vsi... prefixes and driver connection
  strings (WMS:, PG:, vrt://, ...) in a path read from a file, and Windows network shares
  (\\\\host\\share), which are contacted when opened.
- A secret (an API key) goes over https, or over plain http to a loopback address only
  (`check_secret_transport`).

Every refusal raises RefusedAddress (a ValueError) whose message names the address and says
what to do. Standard library only: no QGIS, nothing of core/ or models/ (toolbelt is a leaf).
"""
import ipaddress
import re
import urllib.parse
import urllib.request
from .. import errors

LOCAL = "local"
WEB = "web"
WEB_SCHEMES = ("http", "https")

# GDAL virtual file systems that wrap a local file (an archive, a compressed file): local when
# what they wrap is. Every other /vsi... prefix (/vsicurl/, /vsis3/, /vsigs/, /vsiaz/, /vsiadls/,
# /vsioss/, /vsiswift/, /vsihdfs/, /vsiwebhdfs/, their _streaming forms, /vsistdin/, /vsimem/,
# /vsisubfile/, /vsicrypt/, ...) is refused in a path read from a file.
LOCAL_ARCHIVE_PREFIXES = ("vsizip", "vsitar", "vsigzip", "vsi7z", "vsirar")
_VSI = re.compile(r"^/vsi([a-z0-9_]*)(/|$)", re.IGNORECASE)
# GDAL's Sentinel-2 subdatasets of a local product (core/imagery/s2_product.py):
# SENTINEL2_L2A:/path/MTD_MSIL2A.xml:10m:EPSG_32633
_S2_SUBDATASET = re.compile(r"^SENTINEL2_L(?:1B|1C|2A)(?:_TILE)?:", re.IGNORECASE)
_S2_SUFFIX = re.compile(r":(?:10m|20m|60m|PREVIEW|TCI)(?::EPSG_\d+)?$", re.IGNORECASE)
_DRIVE = re.compile(r"^[A-Za-z]:(?:[\\/]|$)")  # C:\ or C:/ (a Windows drive, not a scheme)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_LOOPBACK_NAMES = ("localhost", "localhost.", "ip6-localhost", "ip6-loopback")


class RefusedAddress(errors.InputError):
    """A path or address the plugin does not open; the message says why and what to do.
    `address` is what was refused."""

    def __init__(self, message, address=""):
        super().__init__(message)
        self.address = address


# --- what an address is ----------------------------------------------------------------------
def _has_control_characters(text: str) -> bool:
    return any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text)


def url_scheme(text) -> str:
    """The lower-case URL scheme or GDAL driver prefix of `text` ("http", "file", "wms", ...);
    "" for a path (a Windows drive letter is not a scheme)."""
    text = str(text or "").strip()
    if _DRIVE.match(text):
        return ""
    match = _SCHEME.match(text)
    return match.group(1).lower() if match else ""


def local_path_problem(path) -> str:
    """Why `path` is not a local file path GDAL may open; "" when it is one."""
    text = str(path or "").strip()
    if not text:
        return "it is empty"
    if _has_control_characters(text):
        return "it holds control characters"
    vsi = _VSI.match(text)
    if vsi:
        name = "vsi" + vsi.group(1).lower()
        if name not in LOCAL_ARCHIVE_PREFIXES:
            return (f"GDAL's /{name}/ reads over the network or from somewhere other than a "
                    f"file on this computer")
        inner = text[vsi.end():]
        if inner.startswith("{"):  # /vsizip/{/path/a.zip}/inside
            closing = inner.find("}")
            inner = inner[1:closing] if closing > 0 else inner[1:]
        return local_path_problem(inner) if inner else "it names no file"
    if _S2_SUBDATASET.match(text):
        inner = _S2_SUFFIX.sub("", _S2_SUBDATASET.sub("", text, count=1)).strip('"')
        return local_path_problem(inner) if inner else "it names no file"
    if text.startswith(("\\\\", "//", "\\/", "/\\")):
        return "it is on a network share (\\\\host\\share), which is contacted when opened"
    scheme = url_scheme(text)
    if scheme:
        if scheme in WEB_SCHEMES or scheme in ("ftp", "ftps", "sftp", "file", "s3", "gs"):
            return f"it is a {scheme}:// address, not a file on this computer"
        return f"it is a '{scheme}:' connection string or address, not a file on this computer"
    return ""


def is_local_path(path) -> bool:
    return not local_path_problem(path)


def web_url_problem(url) -> str:
    """Why `url` is not an http(s) address with a host; "" when it is one."""
    text = str(url or "").strip()
    if not text:
        return "it is empty"
    if _has_control_characters(text) or any(ch.isspace() for ch in text):
        return "it holds spaces or control characters"
    scheme = url_scheme(text)
    if scheme not in WEB_SCHEMES:
        return (f"only http:// and https:// addresses are fetched, and it is "
                f"{'a ' + scheme + ':// address' if scheme else 'a path on this computer'}")
    try:
        parts = urllib.parse.urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError as exc:
        return f"it is not a valid address ({exc})"
    if not host:
        return "it has no host"
    return ""


def is_web_url(url) -> bool:
    return not web_url_problem(url)


def address_kind(text) -> str:
    """LOCAL (a local file path), WEB (an http(s) address) or "" (refused everywhere)."""
    if is_web_url(text):
        return WEB
    return LOCAL if is_local_path(text) else ""


def may_open(text, *, network=False) -> bool:
    """Local files always; http(s) only when the user asked for the network."""
    kind = address_kind(text)
    return kind == LOCAL or (network and kind == WEB)


# --- checks that raise ------------------------------------------------------------------------
def require_local_path(path, what="The path") -> str:
    """`path` (stripped) when it is a local file path; else RefusedAddress. Use for every path
    read from a file (layer metadata such as SOURCE_RASTER, a project's custom property)
    before GDAL opens it: such a path is never opened over the network."""
    problem = local_path_problem(path)
    if problem:
        raise RefusedAddress(
            f"{what} '{path}' was not opened: {problem}. Only files on this computer are "
            f"opened from a path recorded in a file. If the raster is somewhere else, copy it "
            f"to this computer, or add it to the project as a layer and choose that layer.",
            str(path))
    return str(path).strip()


def require_web_url(url, what="The address") -> str:
    """`url` (stripped) when it is an http(s) address with a host; else RefusedAddress. For
    addresses a server hands back (STAC asset hrefs and `next` links, a redirect)."""
    problem = web_url_problem(url)
    if problem:
        raise RefusedAddress(f"{what} '{url}' was refused: {problem}.", str(url))
    return str(url).strip()


def check_open(text, *, network=False, what="The path") -> str:
    """The one rule: a local file path passes; an http(s) address passes when `network`
    (the user asked for the network); anything else raises RefusedAddress."""
    if network and is_web_url(text):
        return str(text).strip()
    if network and not is_local_path(text):
        problem = web_url_problem(text) if url_scheme(text) else local_path_problem(text)
        raise RefusedAddress(
            f"{what} '{text}' was refused: {problem}. Only files on this computer and "
            f"http(s) addresses are opened.", str(text))
    return require_local_path(text, what)


def redirect_target(current, location, what="The redirect") -> str:
    """Where a redirect (a Location header, relative or absolute) leads, when that is an
    http(s) address; else RefusedAddress."""
    target = urllib.parse.urljoin(str(current), str(location or "").strip())
    problem = web_url_problem(target)
    if problem:
        raise RefusedAddress(
            f"{what} from {current} to '{location}' was not followed: {problem}.", target)
    return target


class HttpOnlyRedirectHandler(urllib.request.HTTPRedirectHandler):
    """urllib's redirect handling, following a Location to http(s) addresses only (urllib
    itself would follow ftp:// too): RefusedAddress (not a URLError) otherwise. Build the opener
    with it: urllib.request.build_opener(HttpOnlyRedirectHandler)."""

    def http_error_302(self, req, fp, code, msg, headers):  # noqa: D102
        location = headers.get("location") or headers.get("uri")
        if location:
            try:
                redirect_target(req.full_url, location)
            except RefusedAddress:
                fp.close()
                raise
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


# --- secrets ----------------------------------------------------------------------------------
def is_loopback_host(host) -> bool:
    """127.0.0.0/8, ::1 (also IPv4-mapped) and the name localhost: this computer only. Other
    names are not resolved: what they point to can change."""
    name = str(host or "").strip().lower().strip("[]")
    if not name:
        return False
    if name in _LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(name.split("%")[0])
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or bool(mapped is not None and mapped.is_loopback)


def is_loopback_url(url) -> bool:
    try:
        return is_loopback_host(urllib.parse.urlsplit(str(url).strip()).hostname)
    except ValueError:
        return False


def secret_transport_problem(url) -> str:
    """Why a secret must not be sent to `url`; "" over https or to a loopback address."""
    problem = web_url_problem(url)
    if problem:
        return problem
    if url_scheme(url) == "https" or is_loopback_url(url):
        return ""
    host = urllib.parse.urlsplit(str(url).strip()).hostname
    return (f"it would travel unencrypted over plain http to {host}, where anyone on the "
            f"network path can read it")


def check_secret_transport(url, what="The API key") -> str:
    """`url` when a secret may be sent there (https, or http to a loopback address); else
    RefusedAddress saying to use https or a loopback address."""
    problem = secret_transport_problem(url)
    if problem:
        raise RefusedAddress(
            f"{what} was not sent to {url}: {problem}. Use an https:// address for this "
            f"server, or reach it through a loopback address (127.0.0.1, localhost or ::1, "
            f"e.g. over an SSH tunnel); or remove the key if the server needs none.", str(url))
    return str(url).strip()
