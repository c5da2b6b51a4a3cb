"""toolbelt/url_policy.py: what may be opened (local files always, http(s) only where the
network was asked for, nothing else) and where a secret may be sent."""
import ast
from pathlib import Path

import pytest

from deforestation_classifier.toolbelt import url_policy
from deforestation_classifier.toolbelt.url_policy import (
    LOCAL,
    WEB,
    RefusedAddress,
    address_kind,
    check_open,
    check_secret_transport,
    is_loopback_host,
    may_open,
    redirect_target,
    require_local_path,
    require_web_url,
)

LOCAL_PATHS = [
    "/data/s2.tif",
    "relative/s2.vrt",
    "s2.tif",
    "C:\\data\\s2.tif",
    "d:/data/s2.tif",
    "/vsizip//data/S2A_MSIL2A.zip/S2A_MSIL2A.SAFE/GRANULE/x/IMG_DATA/R10m/B04.jp2",
    "/vsizip/{/data/a.zip}/b.tif",
    "/vsitar//data/a.tar/b.tif",
    "SENTINEL2_L2A:/data/S2B.SAFE/MTD_MSIL2A.xml:10m:EPSG_32633",
    "SENTINEL2_L2A:/vsizip//data/S2B.zip/S2B.SAFE/MTD_MSIL2A.xml:10m:EPSG_32633",
    'SENTINEL2_L1C:"C:\\data\\S2B.SAFE\\MTD_MSIL1C.xml":20m',
]

NEVER = [
    "/vsicurl/https://attacker.example/beacon.tif",
    "/vsicurl_streaming/http://x/y.tif",
    "/VSICURL/https://x/y.tif",
    "/vsis3/bucket/key.tif",
    "/vsigs/bucket/key.tif",
    "/vsiaz/container/key.tif",
    "/vsiadls/fs/key.tif",
    "/vsioss/b/k.tif",
    "/vsiswift/b/k.tif",
    "/vsihdfs/hdfs://h/k.tif",
    "/vsiwebhdfs/http://h/k.tif",
    "/vsimem/x.tif",
    "/vsistdin/",
    "/vsisubfile/0_100,/data/a.tif",
    "/vsizip//vsicurl/https://x/a.zip/b.tif",
    "/vsizip/{/vsicurl/https://x/a.zip}/b.tif",
    "SENTINEL2_L2A:/vsicurl/https://x/MTD_MSIL2A.xml:10m:EPSG_32633",
    "file:///etc/passwd",
    "ftp://x/y.tif",
    "s3://bucket/key.tif",
    "WMS:https://x/wms",
    "vrt:///data/a.tif?bands=1",
    "PG:dbname=x host=attacker.example",
    "\\\\attacker.example\\share\\s2.tif",
    "//attacker.example/share/s2.tif",
    "",
    "/data/a.tif\n/vsicurl/https://x",
]


@pytest.mark.parametrize("path", LOCAL_PATHS)
def test_local_files_may_always_be_opened(path):
    assert address_kind(path) == LOCAL
    assert may_open(path) and may_open(path, network=True)
    assert require_local_path(path) == path.strip()


@pytest.mark.parametrize("path", NEVER)
def test_other_schemes_and_network_prefixes_are_never_opened(path):
    assert address_kind(path) == ""
    assert not may_open(path) and not may_open(path, network=True)
    with pytest.raises(RefusedAddress) as caught:
        require_local_path(path, "The source raster")
    message = str(caught.value)
    assert message.startswith("The source raster") and "was not opened" in message
    assert "this computer" in message  # says what to do
    with pytest.raises(RefusedAddress):
        check_open(path, network=True)


@pytest.mark.parametrize("url", ["http://example.org/a.tif", "https://EXAMPLE.org:8443/x?y=1",
                                 "HTTPS://earth-search.aws.element84.com/v1/search"])
def test_http_only_where_the_network_was_asked_for(url):
    assert address_kind(url) == WEB
    assert may_open(url, network=True) and not may_open(url)
    assert check_open(url, network=True) == url
    with pytest.raises(RefusedAddress, match="not a file on this computer"):
        check_open(url)
    assert require_web_url(url) == url


@pytest.mark.parametrize("href", ["file:///etc/passwd", "/data/B04.tif", "ftp://x/B04.tif",
                                  "s3://bucket/B04.tif", "http://", "https://a b/c",
                                  "/vsicurl/https://x/B04.tif", "https://x:99999/a"])
def test_web_urls_only_for_server_hrefs(href):
    with pytest.raises(RefusedAddress) as caught:
        require_web_url(href, "The asset href")
    assert str(caught.value).startswith(f"The asset href '{href}' was refused")


def test_redirects_only_to_http():
    base = "https://huggingface.co/r/resolve/abc/f.gguf"
    assert redirect_target(base, "/api/r/resolve/abc/f.gguf") == \
        "https://huggingface.co/api/r/resolve/abc/f.gguf"
    assert redirect_target(base, "https://cdn-lfs.hf.co/x?sig=1") == "https://cdn-lfs.hf.co/x?sig=1"
    for location in ("file:///etc/passwd", "ftp://x/f.gguf", "gopher://x/", "javascript:x"):
        with pytest.raises(RefusedAddress, match="was not followed"):
            redirect_target(base, location)


@pytest.mark.parametrize("host,loopback", [
    ("127.0.0.1", True), ("127.8.9.10", True), ("localhost", True), ("LOCALHOST", True),
    ("::1", True), ("[::1]", True), ("::ffff:127.0.0.1", True),
    ("10.0.0.5", False), ("192.168.1.2", False), ("example.org", False),
    ("localhost.attacker.example", False), ("127.0.0.1.nip.io", False), ("", False),
])
def test_loopback(host, loopback):
    assert is_loopback_host(host) is loopback


def test_a_secret_goes_over_https_or_to_a_loopback_address_only():
    for url in ("https://gpu.example/v1", "http://127.0.0.1:8080/v1", "http://localhost:8080",
                "http://[::1]:8080/v1"):
        assert check_secret_transport(url) == url
    for url in ("http://gpu.example:8080/v1", "http://192.168.1.20:8080/v1"):
        with pytest.raises(RefusedAddress) as caught:
            check_secret_transport(url)
        message = str(caught.value)
        assert "plain http" in message and "https://" in message and "loopback" in message
        assert url.split("/")[2].split(":")[0] in message


def test_the_module_is_a_leaf_without_qgis():
    """toolbelt is a leaf: this module imports the standard library and the plugin's one
    exception hierarchy (errors.py) only."""
    tree = ast.parse(Path(url_policy.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                assert node.level == 2 and not node.module, "only the root's errors module"
                imported.update(a.name for a in node.names)
            else:
                imported.add((node.module or "").split(".")[0])
    assert imported <= {"ipaddress", "re", "urllib", "errors"}