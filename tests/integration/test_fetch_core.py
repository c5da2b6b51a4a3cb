"""core/fetch/stac_client.py, core/fetch/scene_choice.py and core/fetch/s2_fetch.py against a loopback Earth
Search (tests/stac_server.py): paging, the acquisition chosen, the mosaic, the bands by name,
the scaling decision recorded, and the messages for no scene, too cloudy, server down, 404."""
import socket
import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from stac_server import StacCatalog, StacServer, scene_bands  # noqa: E402

from deforestation_classifier.core.fetch import s2_fetch, stac_client  # noqa: E402
from deforestation_classifier.core.imagery import s2_product, scaling  # noqa: E402
from deforestation_classifier.core.fetch.s2_fetch import FetchError, FetchRequest  # noqa: E402
from deforestation_classifier.errors import InputError  # noqa: E402
from deforestation_classifier.core.fetch.scene_choice import (  # noqa: E402
    Acquisition, choose_acquisition, group_acquisitions, parse_item)

EPSG = 32721
ORIGIN_A = (500000.0, 8890000.0)  # 3 km x 3 km tiles
ORIGIN_B = (503000.0, 8890000.0)
EXTENT = (500500.0, 8887500.0, 502500.0, 8889500.0)  # 2 x 2 km inside tile A


class Feedback:
    def __init__(self):
        self.infos, self.warnings = [], []

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)

    def isCanceled(self):  # noqa: N802
        return False


@pytest.fixture
def catalog(tmp_path):
    return StacCatalog(tmp_path / "cogs")


def _request(tmp_path, url, **kw):
    values = dict(extent=EXTENT, extent_crs=f"EPSG:{EPSG}", output=tmp_path / "out" / "s2.vrt",
                  start="2024-06-01", end="2024-09-30", stac_url=url, per_tile=False)
    values.update(kw)
    return FetchRequest(**values)


def _read(path, band=1):
    ds = gdal.Open(str(path))  # held: a band outlives no dataset in GDAL's bindings
    return ds.GetRasterBand(band).ReadAsArray()


def test_paging_follows_next_links(catalog, tmp_path):
    bands, scl = scene_bands(60, 60)
    for day in range(1, 8):
        catalog.add_scene(f"S2A_21LYG_202407{day:02d}_0_L2A", f"2024-07-{day:02d}T14:00:00Z",
                          50.0, epsg=EPSG, origin=ORIGIN_A, bands=bands, scl=scl)
    catalog.page_size_max = 3
    with StacServer(catalog) as url:
        body = stac_client.search_body("sentinel-2-l2a", (-57.2, -10.1, -56.9, -9.9),
                                       "2024-06-01", "2024-09-30")
        items = stac_client.search_items(url, body, stac_client.UrllibJsonTransport())
    assert len(items) == 7 and len({i["id"] for i in items}) == 7
    searches = [r for r in catalog.requests if r[0] == "POST"]
    assert len(searches) == 3  # 3 + 3 + 1


def test_least_cloud_then_newest_and_scl_decides_close_candidates():
    def acq(day, cloud):
        return Acquisition([parse_item({"id": f"i{day}", "properties": {
            "datetime": f"2024-07-{day:02d}T14:00:00Z", "eo:cloud_cover": cloud}})])

    a, b, c = acq(1, 3.0), acq(2, 3.0), acq(3, 30.0)
    assert choose_acquisition([a, b, c], 20).item_ids == ["i2"]  # tie: newest
    # b's scene cloud is 4 points worse than a's, but the extent itself is clear in b.
    a, b = acq(1, 1.0), acq(2, 5.0)
    scl = {"i1": 0.5, "i2": 0.0}
    assert choose_acquisition([a, b], 20, lambda x: scl[x.item_ids[0]]).item_ids == ["i2"]
    # Far apart: scene cloud alone decides, the SCL is not read.
    a, b = acq(1, 1.0), acq(2, 15.0)
    assert choose_acquisition([a, b], 20, lambda x: pytest.fail("read")).item_ids == ["i1"]


def test_fetch_chooses_by_date_and_cloud_and_records_the_scene(catalog, tmp_path):
    for item_id, when, cloud, seed in (
            ("S2B_21LYG_20240520_0_L2A", "2024-05-20T14:00:00Z", 0.0, 1),
            ("S2A_21LYG_20240705_0_L2A", "2024-07-05T14:00:00Z", 2.0, 2),
            ("S2A_21LYG_20240815_0_L2A", "2024-08-15T14:00:00Z", 40.0, 3)):
        bands, scl = scene_bands(seed=seed)
        catalog.add_scene(item_id, when, cloud, epsg=EPSG, origin=ORIGIN_A, bands=bands, scl=scl)
    chosen_bands = scene_bands(seed=2)[0]
    with StacServer(catalog) as url:
        result = s2_fetch.fetch_scene(_request(tmp_path, url), Feedback())
        ds = gdal.Open(result.path)
        assert result.item_ids == ["S2A_21LYG_20240705_0_L2A"]  # May is outside the window
        assert result.datetime == "2024-07-05T14:00:00Z"
        assert s2_product.acquisition(ds, result.path) == ("2024-07-05",
                                                           "S2A_21LYG_20240705_0_L2A")
        assert [ds.GetRasterBand(i).GetDescription() for i in (1, 2, 3)] == ["B08", "B04", "B03"]
        assert ds.GetMetadataItem("PROCESSING_BASELINE") == "05.10"
        assert ds.GetMetadataItem("SCL_MASK") and Path(result.scl_path).exists()
        # Clipped on whole km around the extent: 500000..503000 x 8887000..8890000.
        assert ds.GetGeoTransform()[0] == 500000.0 and ds.RasterXSize == 300
        # B08 is the `nir` asset (B8A `nir08` is 9000 everywhere), DN as stored.
        np.testing.assert_array_equal(ds.GetRasterBand(1).ReadAsArray(), chosen_bands["nir"])
        np.testing.assert_array_equal(ds.GetRasterBand(2).ReadAsArray(), chosen_bands["red"])
        rule = scaling.dn_scaling(ds, [1, 2, 3], result.path)
        assert rule.scales == (1.0,) * 3 and rule.offsets == (0.0,) * 3
        assert "boa_offset_applied is true" in ds.GetMetadataItem("DN_DECISION")
        # Range reads only: no asset was asked for without a Range header.
        data_gets = [r for r in catalog.requests if r[0] == "GET" and r[1].startswith("/data/")]
        assert data_gets and all(r[2] for r in data_gets)
        assert not any("nir08" in r[1] for r in catalog.requests)


def test_two_mgrs_tiles_are_mosaicked(catalog, tmp_path):
    left, scl = scene_bands(seed=4)
    right, _ = scene_bands(seed=5)
    for mgrs, origin, bands in (("21LYG", ORIGIN_A, left), ("21LZG", ORIGIN_B, right)):
        catalog.add_scene(f"S2A_{mgrs}_20240705_0_L2A", "2024-07-05T14:00:00Z", 1.0, epsg=EPSG,
                          origin=origin, bands=bands, scl=scl, mgrs=mgrs)
    extent = (501500.0, 8888000.0, 504500.0, 8889000.0)
    with StacServer(catalog) as url:
        result = s2_fetch.fetch_scene(_request(tmp_path, url, extent=extent), Feedback())
        nir = _read(result.path)
    assert sorted(result.item_ids) == ["S2A_21LYG_20240705_0_L2A", "S2A_21LZG_20240705_0_L2A"]
    assert nir.shape == (100, 400)  # 501000..505000 x 8888000..8889000
    np.testing.assert_array_equal(nir[:, :200], left["nir"][100:200, 100:300])
    np.testing.assert_array_equal(nir[:, 200:], right["nir"][100:200, 0:200])


def test_offset_left_in_is_applied_from_the_item(catalog, tmp_path):
    bands, scl = scene_bands(seed=6)
    catalog.add_scene("OTHER_21LYG_20240705", "2024-07-05T14:00:00Z", 1.0, epsg=EPSG,
                      origin=ORIGIN_A, bands={k: v + 1000 for k, v in bands.items()}, scl=scl,
                      boa_offset_applied=False, raster_offset=-0.1)
    with StacServer(catalog) as url:
        result = s2_fetch.fetch_scene(_request(tmp_path, url), Feedback())
        ds = gdal.Open(result.path)
        rule = scaling.dn_scaling(ds, [1, 2, 3], result.path)
        raw = ds.GetRasterBand(1).ReadAsArray()
    # Applied in the band VRT's source (per item): the stack's values are contract DN.
    assert rule.offsets == (0.0,) * 3
    np.testing.assert_array_equal(rule.apply(raw, 0), bands["nir"].astype(np.float64))


def test_local_copy_writes_geotiffs(catalog, tmp_path):
    bands, scl = scene_bands(seed=7)
    catalog.add_scene("S2A_21LYG_20240705_0_L2A", "2024-07-05T14:00:00Z", 1.0, epsg=EPSG,
                      origin=ORIGIN_A, bands=bands, scl=scl)
    with StacServer(catalog) as url:
        result = s2_fetch.fetch_scene(_request(tmp_path, url, copy_local=True), Feedback())
    # The server is gone: the copy reads on its own.
    ds = gdal.Open(result.path)
    assert all(f.endswith(".tif") for f in ds.GetFileList()[1:])
    np.testing.assert_array_equal(ds.GetRasterBand(1).ReadAsArray(), bands["nir"])
    assert result.scl_path.endswith(".tif") and _read(result.scl_path).max() == 4


def test_no_scene_too_cloudy_server_down_and_missing_asset(catalog, tmp_path):
    bands, scl = scene_bands(seed=8)
    catalog.add_scene("S2A_21LYG_20240705_0_L2A", "2024-07-05T14:00:00Z", 60.0, epsg=EPSG,
                      origin=ORIGIN_A, bands=bands, scl=scl)
    with StacServer(catalog) as url:
        with pytest.raises(FetchError, match="No Sentinel-2 scene.*Widen the date window"):
            s2_fetch.fetch_scene(_request(tmp_path, url, start="2023-01-01", end="2023-02-01"),
                                 Feedback())
        with pytest.raises(FetchError, match="too cloudy.*60.0 %.*Raise MAX_CLOUD_COVER"):
            s2_fetch.fetch_scene(_request(tmp_path, url), Feedback())
        catalog.missing.add("S2A_21LYG_20240705_0_L2A/red.tif")
        with pytest.raises(FetchError, match="'red' asset of S2A_21LYG_20240705_0_L2A.*404"):
            s2_fetch.fetch_scene(_request(tmp_path, url, max_cloud=80), Feedback())
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="cannot be reached.*proxy"):
        s2_fetch.fetch_scene(_request(tmp_path, f"http://127.0.0.1:{port}"), Feedback())


def test_groups_one_item_per_tile_and_day():
    items = [{"id": f"S2A_21LYG_20240705_{n}_L2A", "properties": {
        "datetime": "2024-07-05T14:00:00Z", "s2:mgrs_tile": "21LYG", "platform": "sentinel-2a",
        "s2:processing_baseline": b}} for n, b in ((0, "05.00"), (1, "05.10"))]
    groups = group_acquisitions([parse_item(i) for i in items])
    assert len(groups) == 1 and groups[0].item_ids == ["S2A_21LYG_20240705_1_L2A"]


def test_default_window_is_the_last_90_days():
    import datetime as dt

    assert s2_fetch.default_window(today=dt.date(2024, 4, 1)) == ("2024-01-02", "2024-04-01")
    with pytest.raises(InputError, match="START_DATE 'x' is not a date"):
        s2_fetch.default_window("x", "2024-01-01")


def _utm(lon, lat, epsg):
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(4326)
    dst.ImportFromEPSG(epsg)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(src, dst)


def test_two_utm_zones_become_one_nearest_neighbour(catalog, tmp_path):
    # Zone 21 ends and zone 22 begins at 54 deg W: one MGRS tile on each side.
    west = scene_bands(seed=11, level=(2000, 500, 600))[0]
    east, scl = scene_bands(seed=12, level=(4000, 300, 400))
    xa, ya, _ = _utm(-54.01, -10.0, 32721).TransformPoint(-54.01, -10.0)
    xb, yb, _ = _utm(-53.99, -10.0, 32722).TransformPoint(-53.99, -10.0)
    origin_a = (np.floor(xa / 1000) * 1000 - 1500, np.floor(ya / 1000) * 1000 + 1500)
    origin_b = (np.floor(xb / 1000) * 1000 - 1500, np.floor(yb / 1000) * 1000 + 1500)
    catalog.add_scene("S2A_21LZL_20240705_0_L2A", "2024-07-05T14:00:00Z", 1.0, epsg=32721,
                      origin=origin_a, bands=west, scl=scl, mgrs="21LZL")
    catalog.add_scene("S2A_22LBR_20240705_0_L2A", "2024-07-05T14:00:00Z", 1.0, epsg=32722,
                      origin=origin_b, bands=east, scl=scl, mgrs="22LBR")
    extent = (-54.012, -10.004, -53.988, -9.996)
    with StacServer(catalog) as url:
        result = s2_fetch.fetch_scene(_request(tmp_path, url, extent=extent,
                                               extent_crs="EPSG:4326"), Feedback())
        ds = gdal.Open(result.path)
        nir = ds.GetRasterBand(1).ReadAsArray()
        gt = ds.GetGeoTransform()
    assert result.epsg == 32722 and len(result.item_ids) == 2
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(32722)
    dst.ImportFromEPSG(32721)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_a = osr.CoordinateTransformation(src, dst)
    seen = {"west": 0, "east": 0}
    for r in range(3, nir.shape[0], 11):
        for c in range(3, nir.shape[1], 11):
            x, y = gt[0] + (c + 0.5) * 10, gt[3] - (r + 0.5) * 10
            rb, cb = int((origin_b[1] - y) // 10), int((x - origin_b[0]) // 10)
            ax, ay, _ = to_a.TransformPoint(x, y)
            ra, ca = int((origin_a[1] - ay) // 10), int((ax - origin_a[0]) // 10)
            in_a = 0 <= ra < 300 and 0 <= ca < 300
            in_b = 0 <= rb < 300 and 0 <= cb < 300
            if in_a and not in_b:  # warped from zone 21, nearest neighbour: no blending
                assert nir[r, c] == west["nir"][ra, ca]
                seen["west"] += 1
            elif in_b and not in_a:  # zone 22 as stored
                assert nir[r, c] == east["nir"][rb, cb]
                seen["east"] += 1
    assert min(seen.values()) > 10, seen


def test_a_get_only_catalogue_is_searched_by_get_with_paging(catalog, tmp_path):
    bands, scl = scene_bands(60, 60)
    for day in range(1, 6):
        catalog.add_scene(f"S2A_21LYG_202407{day:02d}_0_L2A", f"2024-07-{day:02d}T14:00:00Z",
                          50.0, epsg=EPSG, origin=ORIGIN_A, bands=bands, scl=scl)
    catalog.allow_post = False
    catalog.page_size_max = 2
    with StacServer(catalog) as url:
        body = stac_client.search_body("sentinel-2-l2a", (-57.2, -10.1, -56.9, -9.9),
                                       "2024-06-01", "2024-09-30")
        items = stac_client.search_items(url, body, stac_client.UrllibJsonTransport())
    assert len({i["id"] for i in items}) == 5
    assert [r[0] for r in catalog.requests] == ["POST"] + ["GET"] * 3


def test_cancel_stops_the_fetch_and_progress_is_reported(catalog, tmp_path):
    bands, scl = scene_bands(seed=9)
    catalog.add_scene("S2A_21LYG_20240705_0_L2A", "2024-07-05T14:00:00Z", 1.0, epsg=EPSG,
                      origin=ORIGIN_A, bands=bands, scl=scl)

    class Progress(Feedback):
        def __init__(self, cancel_at=None):
            super().__init__()
            self.progress, self.cancel_at = [], cancel_at

        def setProgress(self, value):  # noqa: N802
            self.progress.append(value)

        def isCanceled(self):  # noqa: N802
            return self.cancel_at is not None and len(self.progress) >= self.cancel_at

    with StacServer(catalog) as url:
        done = Progress()
        s2_fetch.fetch_scene(_request(tmp_path, url), done)
        assert done.progress[-1] == 100 and done.progress == sorted(done.progress)
        with pytest.raises(FetchError, match="Cancelled"):
            s2_fetch.fetch_scene(_request(tmp_path, url, output=tmp_path / "c" / "s2.vrt"),
                                 Progress(cancel_at=2))
    assert not (tmp_path / "c" / "s2.vrt").exists()


def test_a_catalogue_ignoring_the_dates_brings_no_scene_from_outside_them(catalog, tmp_path):
    bands, scl = scene_bands(seed=13)
    catalog.add_scene("S2A_21LYG_20230705_0_L2A", "2023-07-05T14:00:00Z", 0.0, epsg=EPSG,
                      origin=ORIGIN_A, bands=bands, scl=scl)
    catalog.add_scene("S2A_21LYG_20240705_0_L2A", "2024-07-05T14:00:00Z", 9.0, epsg=EPSG,
                      origin=ORIGIN_A, bands=bands, scl=scl)
    search = catalog.search
    catalog.search = lambda body: search(dict(body, datetime=None))
    with StacServer(catalog) as url:
        result = s2_fetch.fetch_scene(_request(tmp_path, url), Feedback())
    assert result.item_ids == ["S2A_21LYG_20240705_0_L2A"]
