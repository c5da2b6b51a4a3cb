"""deforestation:fetch_sentinel2 by its public names against a loopback Earth Search
(tests/stac_server.py), then deforestation:classify on what it wrote: the right acquisition,
chips equal to the chip contract on that scene's DN, tiles CLOUDY from its SCL with no
CLOUD_MASK given, the acquisition date and item on the tiles; and the messages for no scene,
too cloudy and the server down. Searches go through QGIS's network stack here."""
import socket
import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from stac_server import StacCatalog, StacServer, scene_bands  # noqa: E402

from deforestation_classifier.core.imagery.chips import render_chip, valid_mask  # noqa: E402

EPSG = 32721
ORIGINS = {"21LYG": (500000.0, 8890000.0), "21LZG": (503000.0, 8890000.0)}
EXTENT = f"501000,505000,8888000,8890000 [EPSG:{EPSG}]"  # 4 x 2 km over both MGRS tiles
CHOSEN = "2024-07-05T14:03:11Z"
CLOUDY_TILE = "E501_N8888"  # the SCL marks this kilometre cloud (class 9) in the chosen scene


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)


def _scl_cloud(scl, origin, east_km, north_km):
    c0 = int((east_km * 1000 - origin[0]) / 20)
    r0 = int((origin[1] - (north_km + 1) * 1000) / 20)
    if 0 <= c0 < scl.shape[1] and 0 <= r0 < scl.shape[0]:
        scl[r0:r0 + 50, c0:c0 + 50] = 9


@pytest.fixture
def earth_search(tmp_path):
    """Three acquisitions over two MGRS tiles: 07-05 (scene cloud 2 %, one cloudy km), 07-20
    (1 %: less scene cloud, but its SCL is cloud over the whole extent), 08-15 (40 %: too
    cloudy)."""
    catalog = StacCatalog(tmp_path / "cogs")
    chosen = {}
    for when, cloud, seed in ((CHOSEN, 2.0, 10), ("2024-07-20T14:03:11Z", 1.0, 20),
                              ("2024-08-15T14:03:11Z", 40.0, 30)):
        for n, (mgrs, origin) in enumerate(ORIGINS.items()):
            bands, scl = scene_bands(seed=seed + n, level=(2600 + 300 * n, 500 + 200 * n, 650))
            if when == CHOSEN:
                _scl_cloud(scl, origin, 501, 8888)
                chosen[mgrs] = bands
            elif cloud == 1.0:
                scl[:] = 8
            day = when[:10].replace("-", "")
            catalog.add_scene(f"S2A_{mgrs}_{day}_0_L2A", when, cloud, epsg=EPSG, origin=origin,
                              bands=bands, scl=scl, mgrs=mgrs)
    with StacServer(catalog) as url:
        yield url, catalog, chosen


def _fetch(url, tmp_path, **extra):
    import processing

    params = {"EXTENT": EXTENT, "START_DATE": "2024-06-01", "END_DATE": "2024-09-30",
              "STAC_URL": url, "PER_TILE": False,
              "OUTPUT": str(tmp_path / "fetched" / "s2.vrt")}
    params.update(extra)
    return processing.run("deforestation:fetch_sentinel2", params, feedback=Log())


def _scene_dn(chosen, east_km, north_km):
    """The chosen scene's B08, B04, B03 DN of one km tile, cut from the arrays it was made of."""
    for mgrs, origin in ORIGINS.items():
        c0 = int((east_km * 1000 - origin[0]) / 10)
        r0 = int((origin[1] - (north_km + 1) * 1000) / 10)
        if 0 <= c0 <= 200 and 0 <= r0 <= 200:
            b = chosen[mgrs]
            return [b[k][r0:r0 + 100, c0:c0 + 100] for k in ("nir", "red", "green")]
    raise AssertionError((east_km, north_km))


def _png(path):
    ds = gdal.Open(str(path))
    return np.dstack([ds.GetRasterBand(i).ReadAsArray() for i in (1, 2, 3)])


def test_fetch_then_classify_gives_the_scene_its_scl_and_its_date(provider, tiny_models,
                                                                  earth_search, tmp_path):
    import processing

    url, catalog, chosen = earth_search
    fetched = _fetch(url, tmp_path)
    assert fetched["DATETIME"] == CHOSEN
    assert fetched["ITEM_IDS"] == "S2A_21LYG_20240705_0_L2A,S2A_21LZG_20240705_0_L2A"
    assert Path(fetched["CLOUD_MASK"]).exists()
    assert not any("nir08" in r[1] for r in catalog.requests)

    chips = tmp_path / "chips"
    log = Log()
    results = processing.run("deforestation:classify", {
        "INPUT": fetched["OUTPUT"], "MODEL": str(tiny_models[0]),
        "MMPROJ": str(tiny_models[1]), "CHIPS_FOLDER": str(chips),
        "OUTPUT": str(tmp_path / "out.gpkg")}, feedback=log)
    assert any("fetched scene's SCL" in line for line in log.lines)
    features = {f["tile_id"]: f for f in QgsVectorLayer(results["OUTPUT"], "o", "ogr")
                .getFeatures()}
    assert len(features) == 8
    cloudy = [t for t, f in features.items() if f["status"] == "CLOUDY"]
    assert len(cloudy) == 1 and cloudy[0].endswith(CLOUDY_TILE)
    for tile_id, feature in features.items():
        assert feature["image_date"].toString("yyyy-MM-dd") == "2024-07-05"
        assert "S2A_21LYG_20240705_0_L2A" in feature["image_id"]
        if feature["status"] != "CLASSIFIED":
            continue
        east, north = (int(p[1:]) for p in tile_id.split("_")[-2:])
        dn = _scene_dn(chosen, east, north)
        expected = render_chip(*dn, valid_mask(dn))
        np.testing.assert_array_equal(_png(chips / f"{tile_id}.png"), expected)


def test_fetch_messages(provider, earth_search, tmp_path):
    url, _catalog, _chosen = earth_search
    with pytest.raises(QgsProcessingException, match="No Sentinel-2 scene.*Widen"):
        _fetch(url, tmp_path, START_DATE="2023-01-01", END_DATE="2023-03-01")
    with pytest.raises(QgsProcessingException, match="too cloudy.*MAX_CLOUD_COVER"):
        _fetch(url, tmp_path, MAX_CLOUD_COVER=0.5)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(QgsProcessingException, match="cannot be reached.*proxy"):
        _fetch(f"http://127.0.0.1:{port}", tmp_path)


def test_an_asset_failing_mid_run_gives_error_tiles_and_resume_retries_them(
        provider, tiny_models, earth_search, tmp_path):
    import processing

    url, catalog, _chosen = earth_search
    fetched = _fetch(url, tmp_path)
    red = "S2A_21LZG_20240705_0_L2A/red.tif"
    params = {"INPUT": fetched["OUTPUT"], "MODEL": str(tiny_models[0]),
              "MMPROJ": str(tiny_models[1]), "OUTPUT": str(tmp_path / "out.gpkg")}

    def fail_once_tiles_are_read(rel):
        """Once the output exists (the run reads tiles only after creating it; its value
        sample came before), the blocks of 21LZG's red COG answer 404."""
        if rel == red and (tmp_path / "out.gpkg").exists():
            catalog.fail_from.setdefault(red, 16384)

    # This small scene would otherwise sit whole in GDAL's caches after the first reads.
    cache = gdal.GetCacheMax()
    gdal.SetConfigOption("CPL_VSIL_CURL_NON_CACHED", f"/vsicurl/{url}/data/{red}")
    gdal.SetCacheMax(1 << 16)
    catalog.on_data = fail_once_tiles_are_read
    log = Log()
    try:
        processing.run("deforestation:classify", params, feedback=log)
    finally:
        catalog.on_data = None
        gdal.SetConfigOption("CPL_VSIL_CURL_NON_CACHED", None)
        gdal.SetCacheMax(cache)
    layer = QgsVectorLayer(str(tmp_path / "out.gpkg"), "o", "ogr")
    status = {f["tile_id"]: f["status"] for f in layer.getFeatures()}
    # GDAL warps this small extent as one block, so every tile needs the failing COG: each is
    # ERROR, named with the reason and the way out, and the run went on to the last tile.
    assert len(status) == 8 and set(status.values()) == {"ERROR"}
    for tile_id in status:
        assert any(line.startswith(tile_id) and "could not be read" in line
                   and "RESUME" in line for line in log.lines), log.lines
    del layer

    catalog.fail_from.clear()
    processing.run("deforestation:classify", dict(params, RESUME=True),
                   feedback=QgsProcessingFeedback())
    layer = QgsVectorLayer(str(tmp_path / "out.gpkg"), "o", "ogr")
    statuses = sorted(f["status"] for f in layer.getFeatures())
    assert statuses == ["CLASSIFIED"] * 7 + ["CLOUDY"]


@pytest.mark.parametrize("asset", ["red", "scl"])
def test_an_asset_gone_before_the_classification_starts(provider, tiny_models, earth_search,
                                                        tmp_path, asset):
    """red: the value sample itself fails, a warning and not a refusal (the fetched scene's
    scaling is recorded in it); scl: the cloud mask fails tile by tile. Either way the tiles
    are ERROR and RESUME retries them."""
    import processing

    url, catalog, _chosen = earth_search
    fetched = _fetch(url, tmp_path)
    red = f"S2A_21LZG_20240705_0_L2A/{asset}.tif"
    # red: its header is cached from the fetch, its blocks fail; scl (smaller than GDAL's first
    # read): all of it fails.
    catalog.fail_from[red] = 16384 if asset == "red" else 0
    params = {"INPUT": fetched["OUTPUT"], "MODEL": str(tiny_models[0]),
              "MMPROJ": str(tiny_models[1]), "OUTPUT": str(tmp_path / "out.gpkg")}
    cache = gdal.GetCacheMax()
    gdal.SetConfigOption("CPL_VSIL_CURL_NON_CACHED", f"/vsicurl/{url}/data/{red}")
    gdal.SetCacheMax(1 << 16)
    log = Log()
    try:
        processing.run("deforestation:classify", params, feedback=log)
    finally:
        gdal.SetConfigOption("CPL_VSIL_CURL_NON_CACHED", None)
        gdal.SetCacheMax(cache)
    assert any("Part of the streamed scene cannot be read" in line
               for line in log.lines) == (asset == "red")
    layer = QgsVectorLayer(str(tmp_path / "out.gpkg"), "o", "ogr")
    assert {f["status"] for f in layer.getFeatures()} == {"ERROR"}
    del layer
    catalog.fail_from.clear()
    processing.run("deforestation:classify", dict(params, RESUME=True),
                   feedback=QgsProcessingFeedback())
    layer = QgsVectorLayer(str(tmp_path / "out.gpkg"), "o", "ogr")
    assert sorted(f["status"] for f in layer.getFeatures()) == ["CLASSIFIED"] * 7 + ["CLOUDY"]
