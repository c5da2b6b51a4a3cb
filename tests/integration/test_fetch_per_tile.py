"""PER_TILE, offsets checked against the pixels, JPEG 2000-only items and several collections,
against the loopback Earth Search (tests/stac_server.py): acquisitions cloudy in different
places, a lying offset flag both ways, an area whose pixels cannot tell, a JP2-only item, a
scene only in sentinel-2-c1-l2a, two MGRS tiles of one acquisition with different baselines."""

import numpy as np
import pytest
from osgeo import gdal

from stac_server import StacCatalog, StacServer, scene_bands

from deforestation_classifier.core.fetch import per_tile, s2_fetch
from deforestation_classifier.core.fetch.s2_fetch import FetchRequest
from deforestation_classifier.core.imagery import s2_product, scaling
from deforestation_classifier.core.imagery.grid import Tile

EPSG = 32721
ORIGIN_A = (500000.0, 8890000.0)  # 3 km x 3 km items
ORIGIN_B = (503000.0, 8890000.0)
EXTENT = (500000.0, 8887000.0, 503000.0, 8890000.0)  # the 9 tiles of item A


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


def _fetch(tmp_path, url, feedback=None, **kw):
    values = dict(extent=EXTENT, extent_crs=f"EPSG:{EPSG}", output=tmp_path / "out" / "s2.vrt",
                  start="2024-06-01", end="2024-09-30", stac_url=url)
    values.update(kw)
    return s2_fetch.fetch_scene(FetchRequest(**values), feedback or Feedback())


def _bands(path):
    ds = gdal.Open(str(path))  # held: a band outlives no dataset in GDAL's bindings
    return [ds.GetRasterBand(i).ReadAsArray().astype(np.float64) for i in (1, 2, 3)]


def _scl(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def _cloud(scl, cells):
    """SCL cloud (9) over the km tiles (row, col) of a 3 x 3 km item."""
    for row, col in cells:
        scl[row * 50:(row + 1) * 50, col * 50:(col + 1) * 50] = 9
    return scl


# (date, scene cloud, cloudy tiles): each acquisition cloudy in different places, all of them
# above MAX_CLOUD_COVER as a whole.
ACQUISITIONS = (("2024-07-05", 70.0, [(0, 0), (0, 1), (0, 2)]),
                ("2024-07-10", 60.0, [(0, 0), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)]),
                ("2024-07-15", 90.0, [(r, c) for r in range(3) for c in range(3)
                                      if (r, c) != (2, 2)]))
# Clearest per tile, newest on ties; (0, 0) is cloudy everywhere: the newest, which stays CLOUDY.
EXPECTED = [[2, 1, 1], [0, 0, 0], [0, 0, 2]]


def _cloudy_window(catalog):
    made = []
    for n, (day, cloud, cells) in enumerate(ACQUISITIONS):
        bands, scl = scene_bands(seed=40 + n, level=(2600 + 200 * n, 500 + 100 * n, 650))
        item = f"S2A_21LYG_{day.replace('-', '')}_0_L2A"
        catalog.add_scene(item, f"{day}T14:00:00Z", cloud, epsg=EPSG, origin=ORIGIN_A,
                          bands=bands, scl=_cloud(scl, cells))
        made.append((item, bands))
    return made


def test_every_tile_from_its_clearest_acquisition(catalog, tmp_path):
    made = _cloudy_window(catalog)
    log = Feedback()
    with StacServer(catalog) as url:
        result = _fetch(tmp_path, url, log, max_cloud=20)
        nir, red, green = _bands(result.path)
        ds = gdal.Open(result.path)
        tiles = [Tile(f"EPSG{EPSG}", 500 + c, 8889 - r) for r in range(3) for c in range(3)]
        dated = s2_product.tile_acquisitions(ds, tiles)
        scl = _scl(result.scl_path)
    assert result.tile_map.index.tolist() == EXPECTED
    assert any("9 tiles from 3 acquisitions" in line for line in log.infos), log.infos
    for r in range(3):
        for c in range(3):
            item, bands = made[EXPECTED[r][c]]
            window = np.s_[r * 100:(r + 1) * 100, c * 100:(c + 1) * 100]
            # One acquisition per tile, never blended, pixel for pixel.
            np.testing.assert_array_equal(nir[window], bands["nir"][window])
            np.testing.assert_array_equal(green[window], bands["green"][window])
            tile_id = f"EPSG{EPSG}_E{500 + c}_N{8889 - r}"
            assert dated[tile_id] == (ACQUISITIONS[EXPECTED[r][c]][0], item)
            clear = 9 not in scl[r * 50:(r + 1) * 50, c * 50:(c + 1) * 50]
            assert clear == ((r, c) != (0, 0))  # the SCL mosaic follows the same map


def test_single_acquisition_mode_is_kept(catalog, tmp_path):
    _cloudy_window(catalog)
    with StacServer(catalog) as url:
        result = _fetch(tmp_path, url, per_tile=False, max_cloud=80)
    assert result.item_ids == ["S2A_21LYG_20240705_0_L2A"] or result.item_ids == [
        "S2A_21LYG_20240710_0_L2A"]
    assert set(result.tile_map.index.ravel()) == {0}


def test_the_choice_reads_each_scl_once_and_nothing_else(catalog, tmp_path):
    _cloudy_window(catalog)
    with StacServer(catalog) as url:
        _fetch(tmp_path, url)
    scl_reads = {r[1].split("/")[2] for r in catalog.requests if r[1].endswith("/scl.tif")}
    assert len(scl_reads) == 3
    assert not any("nir08" in r[1] for r in catalog.requests)


@pytest.mark.parametrize("flag, stored_offset, decided", [
    (False, 0, "pixels"),  # says the offset is in; the pixels have dark targets: DN as stored
    (True, 1000, "pixels"),  # says removed; the pixels have none below 1000: -1000 applied
    (False, 1000, "metadata"),  # the flag is right
])
def test_a_lying_offset_flag_both_ways(catalog, tmp_path, flag, stored_offset, decided):
    bands, scl = scene_bands(seed=50)
    stored = {k: v + stored_offset for k, v in bands.items()}
    catalog.add_scene("S2B_21LYG_20250808_0_L2A", "2025-08-08T14:00:00Z", 1.0, epsg=EPSG,
                      origin=ORIGIN_A, bands=stored, scl=scl, baseline="05.11",
                      boa_offset_applied=flag)
    log = Feedback()
    with StacServer(catalog) as url:
        result = _fetch(tmp_path, url, log, start="2025-08-01", end="2025-08-30")
        values = _bands(result.path)
        ds = gdal.Open(result.path)
        by = ds.GetMetadataItem("OFFSET_DECIDED_BY")
        rule = scaling.dn_scaling(ds, [1, 2, 3], result.path)
    for got, name in zip(values, ("nir", "red", "green")):
        np.testing.assert_array_equal(rule.apply(got), bands[name])  # contract DN
    assert by == f"S2B_21LYG_20250808_0_L2A: {decided}"
    if decided == "pixels":
        assert any("disagree" in w and "Red" in w for w in log.warnings), log.warnings
    else:
        assert not log.warnings
    assert "S2B_21LYG_20250808_0_L2A" in rule.reasons[-1]  # recorded for the output


def test_an_area_whose_pixels_cannot_tell_keeps_the_metadata_with_a_warning(catalog, tmp_path):
    bands, scl = scene_bands(seed=51, level=(3500, 3000, 2600))  # desert: no dark target
    catalog.add_scene("S2B_21LYG_20220808_0_L2A", "2022-08-08T14:00:00Z", 1.0, epsg=EPSG,
                      origin=ORIGIN_A, bands={k: v + 1000 for k, v in bands.items()}, scl=scl,
                      baseline="04.00", boa_offset_applied=False)
    log = Feedback()
    with StacServer(catalog) as url:
        result = _fetch(tmp_path, url, log, start="2022-08-01", end="2022-08-30")
        nir = _bands(result.path)[0]
    np.testing.assert_array_equal(nir, bands["nir"])
    assert any("could not be checked against the pixels" in w and "offset" in w
               for w in log.warnings), log.warnings


def test_a_jpeg2000_only_item_gives_the_same_pixels(catalog, tmp_path):
    bands, scl = scene_bands(seed=52)
    catalog.add_scene("S2A_21LYG_20260818_0_L2A", "2026-08-18T14:00:00Z", 1.0, epsg=EPSG,
                      origin=ORIGIN_A, bands=bands, scl=scl, jp2_only=True)
    log = Feedback()
    with StacServer(catalog) as url:
        result = _fetch(tmp_path, url, log, start="2026-08-01", end="2026-08-30")
        values = _bands(result.path)
        scl_read = _scl(result.scl_path)
    for got, name in zip(values, ("nir", "red", "green")):
        np.testing.assert_array_equal(got, bands[name])
    assert scl_read.max() == 4
    assert any("JPEG 2000 assets only" in line for line in log.infos)
    assert any(r[1].endswith(".jp2") for r in catalog.requests)


def test_collections_a_scene_only_in_c1_and_a_duplicate_taken_once(catalog, tmp_path):
    only_c1, scl = scene_bands(seed=53)
    # Only in sentinel-2-c1-l2a: the offset still in, said by raster:bands (no Earth Search flag).
    catalog.add_scene("S2A_T21LYG_20240801T140000_L2A", "2024-08-01T14:00:00Z", 1.0,
                      epsg=EPSG, origin=ORIGIN_A, bands={k: v + 1000 for k, v in only_c1.items()},
                      scl=scl, collection="sentinel-2-c1-l2a", boa_offset_applied=None,
                      raster_offset=-0.1)
    both, _ = scene_bands(seed=54)
    catalog.add_scene("S2A_21LYG_20240806_0_L2A", "2024-08-06T14:00:00Z", 1.0, epsg=EPSG,
                      origin=ORIGIN_A, bands=both, scl=scl)
    catalog.add_scene("S2A_T21LYG_20240806T140000_L2A", "2024-08-06T14:00:00Z", 1.0,
                      epsg=EPSG, origin=ORIGIN_A, bands={k: v + 1000 for k, v in both.items()},
                      scl=scl, collection="sentinel-2-c1-l2a", boa_offset_applied=None,
                      raster_offset=-0.1)
    log = Feedback()
    with StacServer(catalog) as url:
        result = _fetch(tmp_path, url, log, per_tile=False, start="2024-08-01",
                        end="2024-08-02")
        np.testing.assert_array_equal(_bands(result.path)[1], only_c1["red"])
        assert result.item_ids == ["S2A_T21LYG_20240801T140000_L2A"]
        log = Feedback()
        result = _fetch(tmp_path, url, log, per_tile=False, start="2024-08-05",
                        end="2024-08-07", output=tmp_path / "dup" / "s2.vrt")
        np.testing.assert_array_equal(_bands(result.path)[1], both["red"])
    assert result.item_ids == ["S2A_21LYG_20240806_0_L2A"]  # sentinel-2-l2a listed first
    assert any("more than one collection" in line and "S2A_T21LYG_20240806T140000_L2A" in line
               for line in log.infos), log.infos
    searched = [r for r in catalog.requests if r[0] == "POST"]
    assert searched


def test_two_mgrs_tiles_of_one_acquisition_with_different_baselines(catalog, tmp_path):
    left, scl = scene_bands(seed=55)
    right, _ = scene_bands(seed=56)
    catalog.add_scene("S2A_21LYG_20240705_0_L2A", "2024-07-05T14:00:00Z", 1.0, epsg=EPSG,
                      origin=ORIGIN_A, bands=left, scl=scl, mgrs="21LYG", baseline="03.01",
                      boa_offset_applied=False)
    catalog.add_scene("S2A_21LZG_20240705_0_L2A", "2024-07-05T14:00:00Z", 1.0, epsg=EPSG,
                      origin=ORIGIN_B, bands={k: v + 1000 for k, v in right.items()}, scl=scl,
                      mgrs="21LZG", baseline="05.10", boa_offset_applied=False)
    extent = (501000.0, 8888000.0, 505000.0, 8889000.0)
    with StacServer(catalog) as url:
        result = _fetch(tmp_path, url, extent=extent)
        red = _bands(result.path)[1]
    np.testing.assert_array_equal(red[:, :200], left["red"][100:200, 100:300])
    np.testing.assert_array_equal(red[:, 200:], right["red"][100:200, 0:200])
    assert "03.01" in result.decision and "-1000" in result.decision


def test_tile_map_round_trip_and_summary():
    class Acq:
        def __init__(self, day):
            self.date, self.datetime, self.item_ids = day, day + "T14:00:00Z", [f"i{day}"]

    tile_map = per_tile.TileMap(EPSG, (0.0, 0.0, 3000.0, 1000.0),
                                [Acq("2024-07-01"), Acq("2024-07-02")])
    tile_map.index = np.array([[1, 1, 0]])
    assert list(tile_map.runs(1)) == [(0, 0, 2)] and tile_map.counts() == {0: 1, 1: 2}
    assert per_tile.summary(tile_map).startswith("3 tiles from 2 acquisitions")
