"""scripts/fetch_s2_window.py without the network: the STAC request it sends, how it reads a
STAC item, the km-aligned window, and the whole fetch on local COG stand-ins."""
import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fetch_s2_window.py"


@pytest.fixture(scope="module")
def fetcher():
    spec = importlib.util.spec_from_file_location("fetch_s2_window", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_search_body_is_a_stac_item_search(fetcher):
    body = fetcher.search_body(-63.32, -9.68, "2024-06-01", "2024-09-30", max_cloud=5,
                               size_km=5)
    assert body["collections"] == ["sentinel-2-l2a"]
    assert body["datetime"] == "2024-06-01T00:00:00Z/2024-09-30T23:59:59Z"
    assert body["query"] == {"eo:cloud_cover": {"lt": 5}}
    assert body["sortby"] == [{"field": "properties.eo:cloud_cover", "direction": "asc"}]
    ring = body["intersects"]["coordinates"][0]
    assert body["intersects"]["type"] == "Polygon" and ring[0] == ring[-1]
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    assert max(lats) - min(lats) == pytest.approx(5 / 111.32)
    assert min(lons) < -63.32 < max(lons)
    json.dumps(body)  # serialisable as sent


def test_item_fields(fetcher):
    item = {"id": "S2B_20LMQ_20240801_0_L2A",
            "properties": {"proj:epsg": 32720, "datetime": "2024-08-01T14:30:00Z",
                           "eo:cloud_cover": 0.4, "earthsearch:boa_offset_applied": True},
            "assets": {"nir": {"href": "https://sentinel-cogs.s3.us-west-2.amazonaws.com/x/B08.tif"},
                       "nir08": {"href": "https://example/B8A.tif"},
                       "red": {"href": "s3://sentinel-cogs/x/B04.tif"}}}
    assert fetcher.item_epsg(item) == 32720
    assert fetcher.item_epsg({"properties": {"proj:code": "EPSG:32721"}}) == 32721
    assert fetcher.asset_href(item, "B08").endswith("/B08.tif")  # nir, never nir08
    assert fetcher.asset_href(item, "B04") == "https://sentinel-cogs.s3.amazonaws.com/x/B04.tif"
    with pytest.raises(fetcher.FetchError, match="no B03 asset"):
        fetcher.asset_href(item, "B03")
    assert fetcher.vsicurl("https://a/b.tif") == "/vsicurl/https://a/b.tif"
    assert fetcher.vsicurl("/data/b.tif") == "/data/b.tif"
    meta = fetcher.scene_metadata(item)
    assert meta["STAC_ITEM"] == item["id"] and meta["EARTHSEARCH_BOA_OFFSET_APPLIED"] == "True"
    assert (meta["IMAGE_DATE"], meta["IMAGE_ID"]) == ("2024-08-01", item["id"])
    ranged = {"id": "x", "properties": {"datetime": None, "start_datetime": "2024-08-02T10:00Z"}}
    assert fetcher.scene_metadata(ranged)["IMAGE_DATE"] == "2024-08-02"
    assert "IMAGE_DATE" not in fetcher.scene_metadata({"id": "y", "properties": {}})


def test_window_is_on_whole_kilometres(fetcher):
    x, y = fetcher.to_utm(-63.32, -9.68, 32720)
    assert 400_000 < x < 500_000 and 8_900_000 < y < 9_000_000  # UTM 20 south, west of -63
    ulx, uly, lrx, lry = fetcher.km_window(x, y, 5)
    assert (lrx - ulx, uly - lry) == (5000, 5000)
    assert all(v % 1000 == 0 for v in (ulx, uly, lrx, lry))
    assert ulx <= x <= lrx and lry <= y <= uly


def test_window_quality(fetcher):
    scl = np.full((10, 10), 4, np.uint8)
    assert fetcher.window_quality(scl) == (0.0, 0.0)
    scl[0, :5] = 9
    scl[1, :] = 0
    cloud, nodata = fetcher.window_quality(scl)
    assert cloud == pytest.approx(5 / 90) and nodata == pytest.approx(0.1)


def _cog(path, array, origin, res, epsg=32720):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1,
                                              gdal.GDT_UInt16 if array.dtype == np.uint16
                                              else gdal.GDT_Byte)
    ds.SetGeoTransform((origin[0], res, 0, origin[1], 0, -res))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(array)
    ds = None
    return str(path)


def test_fetch_writes_a_described_stack_from_the_clear_scene(fetcher, tmp_path, monkeypatch):
    x, y = fetcher.to_utm(-63.32, -9.68, 32720)
    origin = (fetcher.km_window(x, y, 10)[0], fetcher.km_window(x, y, 10)[1])  # 10 km scene
    rng = np.random.default_rng(0)
    bands = {name: rng.integers(1, 4000, (1000, 1000)).astype(np.uint16)
             for name in ("B08", "B04", "B03")}

    def item(name, scl_value):
        folder = tmp_path / name
        folder.mkdir()
        assets = {key: {"href": _cog(folder / f"{band}.tif", bands[band], origin, 10)}
                  for band, key in (("B08", "nir"), ("B04", "red"), ("B03", "green"))}
        assets["scl"] = {"href": _cog(folder / "SCL.tif", np.full((500, 500), scl_value,
                                                                    np.uint8), origin, 20)}
        return {"id": name, "properties": {"proj:epsg": 32720, "datetime": "2024-08-01"},
                "assets": assets}

    cloudy, clear = item("cloudy", 9), item("clear", 4)
    monkeypatch.setattr(fetcher, "search", lambda body, api=None: [cloudy, clear])
    out = tmp_path / "window.tif"
    path, chosen = fetcher.fetch(out, size_km=3, log=lambda line: None)
    assert chosen["id"] == "clear"
    ds = gdal.Open(str(path))
    assert (ds.RasterXSize, ds.RasterYSize, ds.RasterCount) == (300, 300, 3)
    assert [ds.GetRasterBand(i).GetDescription() for i in (1, 2, 3)] == ["B08", "B04", "B03"]
    gt = ds.GetGeoTransform()
    assert gt[1] == 10 and gt[0] % 1000 == 0 and gt[3] % 1000 == 0
    col, row = int((gt[0] - origin[0]) / 10), int((origin[1] - gt[3]) / 10)
    assert np.array_equal(ds.GetRasterBand(1).ReadAsArray(),
                          bands["B08"][row:row + 300, col:col + 300])  # DN as published
    assert ds.GetMetadata()["STAC_ITEM"] == "clear"
    assert (ds.GetMetadataItem("IMAGE_DATE"), ds.GetMetadataItem("IMAGE_ID")) == \
        ("2024-08-01", "clear")
    assert ds.GetRasterBand(1).GetNoDataValue() == 0
