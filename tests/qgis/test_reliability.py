"""Cancel and resume, cloud gating, product scaling and bad input, through processing.run."""
import os
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from deforestation_classifier.core.imagery.chips import render_chip
from deforestation_classifier.core.vocabulary import CLASSES
from raster_factory import patterned_bands, write_s2_stack

ALG = "deforestation:classify"
SEN2R = Path(__file__).resolve().parents[3] / "shared" / "data" / "sen2r_scl"


class CancelAfter(QgsProcessingFeedback):
    """Cancels the run once `tiles` tiles have reported progress, as the Cancel button does."""

    def __init__(self, tiles):
        super().__init__()
        self.tiles = tiles
        self.steps = 0
        self.warnings = []

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        self.steps += 1
        if self.steps >= self.tiles:
            self.cancel()

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []
        self.infos = []

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)


def run(params, feedback=None):
    import processing

    return processing.run(ALG, params, feedback=feedback or QgsProcessingFeedback())


def features(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    return {f["tile_id"]: f for f in layer.getFeatures()}


@pytest.fixture
def params(provider, tiny_models, tmp_path):
    text, mmproj = tiny_models
    return {"MODEL": str(text), "MMPROJ": str(mmproj), "OUTPUT": str(tmp_path / "out.gpkg")}


@pytest.fixture
def big_raster(tmp_path):
    """5 km x 4 km: 20 tiles."""
    return write_s2_stack(tmp_path / "big.tif", patterned_bands(400, 500),
                          origin=(500000.0, 5804000.0))


def test_cancel_keeps_finished_tiles_and_resume_completes(params, big_raster):
    feedback = CancelAfter(7)
    results = run({**params, "INPUT": big_raster}, feedback)
    partial = features(results["OUTPUT"])
    assert 7 <= len(partial) < 20
    assert any("Cancelled after" in w for w in feedback.warnings)
    resumed = run({**params, "INPUT": big_raster, "RESUME": True})
    done = features(resumed["OUTPUT"])
    layer = QgsVectorLayer(resumed["OUTPUT"], "out", "ogr")
    ids = [f["tile_id"] for f in layer.getFeatures()]
    assert len(ids) == len(set(ids)) == 20  # every tile present once
    assert resumed["TILE_COUNT"] == 20
    for tile_id, f in partial.items():  # the first run's tiles were kept, not redone
        assert done[tile_id]["class_label"] == f["class_label"]
        assert done[tile_id]["prob_recently_cleared"] == f["prob_recently_cleared"]
    assert all(f["class_label"] in CLASSES for f in done.values())


def test_synthetic_scl_gates_cloudy_tiles(params, tmp_path):
    bands = patterned_bands(100, 300)
    raster = write_s2_stack(tmp_path / "s2.tif", bands, origin=(500000.0, 5801000.0))
    scl = np.full((50, 150), 4, np.uint8)  # 20 m
    scl[:, 50:100] = 8  # the middle tile is all cloud
    scl[:4, 100:] = 9  # 8 % of the east tile is cloud: under the 10 % limit
    mask = tmp_path / "T33_SCL_20m.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(mask), 150, 50, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((500000, 20, 0, 5801000, 0, -20))
    ds.SetProjection(gdal.Open(raster).GetProjection())
    ds.GetRasterBand(1).WriteArray(scl)
    ds = None
    results = run({**params, "INPUT": raster, "CLOUD_MASK": str(mask)})
    out = features(results["OUTPUT"])
    assert out["EPSG32633_E501_N5800"]["status"] == "CLOUDY"
    assert out["EPSG32633_E501_N5800"]["cloud_fraction"] == 1.0
    assert str(out["EPSG32633_E501_N5800"]["class_label"]) == "NULL"
    assert out["EPSG32633_E502_N5800"]["status"] == "CLASSIFIED"
    assert out["EPSG32633_E502_N5800"]["cloud_fraction"] == pytest.approx(0.08)
    assert out["EPSG32633_E500_N5800"]["cloud_fraction"] == 0.0
    assert results["COUNT_CLOUDY"] == 1
    strict = run({**params, "INPUT": raster, "CLOUD_MASK": str(mask), "MAX_CLOUD": 5,
                  "OUTPUT": params["OUTPUT"].replace(".gpkg", "_strict.gpkg")})
    assert strict["COUNT_CLOUDY"] == 2


def test_real_sen2cor_l2a_with_its_scl(params, tmp_path):
    if not SEN2R.is_dir():
        pytest.skip(f"real Sen2Cor rasters not found at {SEN2R}")
    boa = str(SEN2R / "S2A2A_20170703_022_Barbellino_BOA_10.tif")
    scl = str(SEN2R / "S2A2A_20170703_022_Barbellino_SCL_10.tif")
    # sen2r BOA stacks hold B1..B8, B9, B11, B12 without band descriptions
    # The sen2r clip covers only part of its two tiles: by default (MIN_VALID_FRACTION 0.9)
    # they would be INSUFFICIENT_DATA; 0 lets them through to test the SCL reading.
    results = run({**params, "INPUT": boa, "NIR_BAND": 8, "RED_BAND": 4, "GREEN_BAND": 3,
                   "CLOUD_MASK": scl, "CLOUD_MASK_TYPE": 1, "MAX_CLOUD": 50,
                   "MIN_VALID_FRACTION": 0})
    out = features(results["OUTPUT"])
    assert set(out) == {"EPSG32632_E580_N5101", "EPSG32632_E580_N5102"}
    for f in out.values():
        assert f["status"] == "CLASSIFIED" and f["class_label"] in CLASSES
        assert 0 < f["cloud_fraction"] < 0.5


def test_float_reflectance_gives_the_same_chips_as_dn(params, tmp_path):
    bands = patterned_bands(100, 100)
    dn = write_s2_stack(tmp_path / "dn.tif", bands, origin=(500000.0, 5801000.0))
    refl = write_s2_stack(tmp_path / "refl.tif", [b.astype(np.float32) / 10000 for b in bands],
                          origin=(500000.0, 5801000.0), dtype=gdal.GDT_Float32)
    for name, raster in (("dn", dn), ("refl", refl)):
        run({**params, "INPUT": raster, "CHIPS_FOLDER": str(tmp_path / name),
             "OUTPUT": str(tmp_path / f"{name}.gpkg")})
    read = [gdal.Open(str(tmp_path / n / "EPSG32633_E500_N5800.png")).ReadAsArray()
            for n in ("dn", "refl")]
    assert np.array_equal(read[0], read[1])
    assert np.array_equal(read[0].transpose(1, 2, 0), render_chip(*bands))


def test_offset_parameter_shifts_values(params, tmp_path):
    bands = patterned_bands(100, 100)
    shifted = [b + 1000 for b in bands]
    raster = write_s2_stack(tmp_path / "pb4.tif", shifted, origin=(500000.0, 5801000.0))
    feedback = Recorder()
    run({**params, "INPUT": raster, "OFFSET": -1000, "CHIPS_FOLDER": str(tmp_path / "c")},
        feedback)
    chip = gdal.Open(str(tmp_path / "c" / "EPSG32633_E500_N5800.png")).ReadAsArray()
    assert np.array_equal(chip.transpose(1, 2, 0), render_chip(*bands))
    assert any("OFFSET -1000" in i for i in feedback.infos)


def test_values_outside_the_s2_range_are_warned_about(params, tmp_path):
    bands = [np.full((100, 100), 40000, np.uint16)] * 3
    raster = write_s2_stack(tmp_path / "odd.tif", bands, origin=(500000.0, 5801000.0))
    feedback = Recorder()
    run({**params, "INPUT": raster}, feedback)
    assert any("look unusual" in w and "median 4e+04" in w for w in feedback.warnings)


@pytest.mark.parametrize("case, message", [
    ("two_bands", "2 band"),
    ("band_out_of_range", "NIR_BAND is 9"),
    ("no_crs", "no coordinate reference system"),
    ("all_nodata", "Every tile is NO_DATA"),
    ("unwritable", "permission denied|Cannot create"),
    ("too_large", "covers 20 tiles"),
    ("not_gpkg", "must be a GeoPackage"),
    ("truncated_model", "truncated|incomplete|shorter"),
    ("swapped_model", "projector|mmproj|architecture"),
])
def test_bad_input_gets_a_clear_message(params, big_raster, tmp_path, case, message):
    p = {**params, "INPUT": big_raster}
    if case == "two_bands":
        p["INPUT"] = write_s2_stack(tmp_path / "two.tif", patterned_bands(100, 100)[:2],
                                    origin=(500000.0, 5801000.0))
    elif case == "band_out_of_range":
        p["NIR_BAND"] = 9
    elif case == "no_crs":
        path = tmp_path / "nocrs.tif"
        ds = gdal.GetDriverByName("GTiff").Create(str(path), 100, 100, 3, gdal.GDT_UInt16)
        ds.SetGeoTransform((500000, 10, 0, 5801000, 0, -10))
        for i, d in enumerate(("B08", "B04", "B03")):
            ds.GetRasterBand(i + 1).SetDescription(d)
            ds.GetRasterBand(i + 1).Fill(2000)
        ds = None
        p["INPUT"] = str(path)
    elif case == "all_nodata":
        p["INPUT"] = write_s2_stack(tmp_path / "zero.tif", [np.zeros((100, 100), np.uint16)] * 3,
                                    origin=(500000.0, 5801000.0))
    elif case == "unwritable":
        locked = tmp_path / "locked"
        locked.mkdir()
        os.chmod(locked, 0o500)
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        p["OUTPUT"] = str(locked / "out.gpkg")
    elif case == "too_large":
        p["MAX_TILES"] = 10
    elif case == "not_gpkg":
        p["OUTPUT"] = str(tmp_path / "out.shp")
    elif case == "truncated_model":
        data = Path(p["MODEL"]).read_bytes()
        (tmp_path / "cut.gguf").write_bytes(data[: len(data) // 2])
        p["MODEL"] = str(tmp_path / "cut.gguf")
    elif case == "swapped_model":
        p["MODEL"], p["MMPROJ"] = p["MMPROJ"], p["MODEL"]
    with pytest.raises(QgsProcessingException, match=message):
        run(p)


def test_band_files_stacked_then_classified(params, tmp_path):
    import processing

    bands = patterned_bands(100, 200)
    folder = tmp_path / "bands"
    folder.mkdir()
    for name, array in zip(("B08", "B04", "B03"), bands):
        write_s2_stack(folder / f"T33UUU_20240801_{name}_10m.tif", [array],
                       origin=(500000.0, 5801000.0), descriptions=("",))
    vrt = processing.run("deforestation:stack_bands",
                         {"INPUT": str(folder), "OUTPUT": str(tmp_path / "stack.vrt")})["OUTPUT"]
    results = run({**params, "INPUT": vrt, "CHIPS_FOLDER": str(tmp_path / "chips")})
    assert results["TILE_COUNT"] == 2
    chip = gdal.Open(str(tmp_path / "chips" / "EPSG32633_E500_N5800.png")).ReadAsArray()
    assert np.array_equal(chip.transpose(1, 2, 0), render_chip(*[b[:, :100] for b in bands]))
