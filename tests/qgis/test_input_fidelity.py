"""Real products through deforestation:classify: the chips equal the contract after the right
scale and offset, or the run warns with the problem and the fix; tiles are 1 km squares of a
UTM grid whatever the raster's CRS; provenance is visible as layer metadata."""
import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsVectorLayer

from deforestation_classifier.core.imagery.chips import render_chip
from raster_factory import write_s2_stack
from test_reliability import Recorder, run

ORIGIN = (500000.0, 5802000.0)  # EPSG:32633, whole kilometres: 2 x 2 tiles of 200 x 200 px


@pytest.fixture
def params(provider, tiny_models, tmp_path):
    text, mmproj = tiny_models
    return {"MODEL": str(text), "MMPROJ": str(mmproj), "OUTPUT": str(tmp_path / "out.gpkg"),
            "CHIPS_FOLDER": str(tmp_path / "chips")}


def scene(shape=(200, 200), seed=1):
    """NIR, Red, Green DN of a harmonised L2A scene: forest, a clearing, a lake."""
    rng = np.random.default_rng(seed)
    nir = rng.integers(2200, 3800, shape)
    red = rng.integers(150, 450, shape)
    green = rng.integers(300, 650, shape)
    nir[:40, :60], red[:40, :60], green[:40, :60] = 1800, 1500, 1300  # bare clearing
    nir[150:, 150:], red[150:, 150:], green[150:, 150:] = 160, 240, 420  # water
    return [a.astype(np.uint16) for a in (nir, red, green)]


def chip(folder, tile_id):
    return gdal.Open(str(folder / f"{tile_id}.png")).ReadAsArray().transpose(1, 2, 0)


def expected(dn, rows, cols):
    return render_chip(*(band[rows, cols] for band in dn))


def assert_contract_chips(folder, dn):
    """The four tiles of ORIGIN's 2 x 2 km raster, pixel for pixel."""
    for tile_id, rows, cols in (("EPSG32633_E500_N5801", slice(0, 100), slice(0, 100)),
                                ("EPSG32633_E501_N5800", slice(100, 200), slice(100, 200))):
        assert np.array_equal(chip(folder, tile_id), expected(dn, rows, cols)), tile_id


def test_offset_geotiff_without_metadata_is_warned_about_and_fixed_by_offset(params, tmp_path):
    dn = scene()
    raster = write_s2_stack(tmp_path / "clip.tif", [b + 1000 for b in dn], origin=ORIGIN)
    feedback = Recorder()
    run({**params, "INPUT": raster}, feedback)
    warning = next(w for w in feedback.warnings if "+1000 BOA offset" in w)
    assert "OFFSET = -1000" in warning
    fixed = tmp_path / "fixed"
    run({**params, "INPUT": raster, "OFFSET": -1000, "CHIPS_FOLDER": str(fixed),
         "OUTPUT": str(tmp_path / "fixed.gpkg")}, Recorder())
    assert_contract_chips(fixed, dn)


def test_float_export_with_bright_pixels_is_taken_as_reflectance(params, tmp_path):
    dn = scene()
    refl = [(b / 10000.0).astype(np.float32) for b in dn]
    for band in refl:
        band[60:63, 10:90] = 2.6  # glint
    dn_seen = [np.rint(b.astype(np.float64) * 10000) for b in refl]
    raster = write_s2_stack(tmp_path / "refl.tif", refl, origin=ORIGIN, dtype=gdal.GDT_Float32)
    feedback = Recorder()
    run({**params, "INPUT": raster}, feedback)
    assert any("float reflectance multiplied by 10000" in i for i in feedback.infos)
    assert not any("unusual" in w for w in feedback.warnings)
    assert_contract_chips(tmp_path / "chips", dn_seen)


def test_times_1000_product_is_warned_about_and_fixed_by_scale(params, tmp_path):
    dn = scene()
    raster = write_s2_stack(tmp_path / "x1000.tif", [b // 10 for b in dn], origin=ORIGIN)
    feedback = Recorder()
    run({**params, "INPUT": raster}, feedback)
    assert any("SCALE = 10" in w for w in feedback.warnings)
    run({**params, "INPUT": raster, "SCALE": 10, "CHIPS_FOLDER": str(tmp_path / "s"),
         "OUTPUT": str(tmp_path / "s.gpkg")}, Recorder())
    assert_contract_chips(tmp_path / "s", [(b // 10) * 10 for b in dn])


def reference_chip(raster, tile, epsg):
    """The tile's chip computed independently: GDAL warps the raster onto the tile's 10 m
    UTM pixels, nearest neighbour."""
    warped = gdal.Warp("", raster, format="MEM", dstSRS=f"EPSG:{epsg}",
                       outputBounds=tile, xRes=10, yRes=10, resampleAlg="near", errorThreshold=0)
    data = warped.ReadAsArray().astype(np.float64)
    mask = np.all(data != 0, axis=0)
    return render_chip(data[0], data[1], data[2], mask)


@pytest.mark.parametrize("epsg, origin, pixel, utm", [
    (3857, (1_402_000.0, 6_896_000.0), 16.0, 32633),   # Web Mercator at 52.5 N
    (2180, (630_000.0, 490_000.0), 10.0, 32634),       # Poland CS92
])
def test_non_utm_raster_is_tiled_in_utm_on_the_ground(params, tmp_path, epsg, origin, pixel,
                                                     utm):
    dn = scene((250, 250), seed=epsg)
    raster = write_s2_stack(tmp_path / f"r{epsg}.tif", dn, origin=origin, pixel_size=pixel,
                            epsg=epsg)
    feedback = Recorder()
    results = run({**params, "INPUT": raster}, feedback)
    assert any(f"Tile grid EPSG{utm}" in i and "not a UTM zone" in i for i in feedback.infos)
    layer = QgsVectorLayer(results["OUTPUT"], "out", "ogr")
    assert layer.crs().authid() == f"EPSG:{utm}"
    checked = 0
    for feature in layer.getFeatures():
        box = feature.geometry().boundingBox()
        assert (box.width(), box.height()) == (1000.0, 1000.0)
        assert box.xMinimum() % 1000 == 0 and box.yMinimum() % 1000 == 0
        assert feature["tile_id"].startswith(f"EPSG{utm}_")
        if feature["status"] == "CLASSIFIED":
            bounds = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
            got = chip(tmp_path / "chips", feature["tile_id"])
            assert np.array_equal(got, reference_chip(raster, bounds, utm))
            checked += 1
    assert checked >= 1


def test_provenance_is_in_the_layer_metadata_and_on_each_tile(params, tmp_path):
    raster = write_s2_stack(tmp_path / "s2.tif", scene(), origin=ORIGIN)
    ds = gdal.Open(raster, gdal.GA_Update)
    ds.SetMetadata({"IMAGE_DATE": "2024-07-15", "IMAGE_ID": "S2B_33UUU_20240715_0_L2A"})
    ds = None
    results = run({**params, "INPUT": raster, "RC_THRESHOLD": 0.4}, Recorder())
    layer = QgsVectorLayer(results["OUTPUT"], "out", "ogr")
    abstract = layer.metadata().abstract()
    from deforestation_classifier.models.verify import sha256_file

    assert sha256_file(params["MODEL"]) in abstract
    assert sha256_file(params["MMPROJ"]) in abstract
    for expected_text in ("ENGINE: scoring", "RC_THRESHOLD: 0.4", "MAX_CLOUD: 0.1",
                          "MIN_VALID_FRACTION: 0.9", "PLUGIN_VERSION", "RUN_STARTED",
                          "RUN_FINISHED", "values used as DN as they are"):
        assert expected_text in abstract, expected_text
    feature = next(layer.getFeatures())
    assert feature["image_date"].toString("yyyy-MM-dd") == "2024-07-15"
    assert feature["image_id"] == "S2B_33UUU_20240715_0_L2A"
