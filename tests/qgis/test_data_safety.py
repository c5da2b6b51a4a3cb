"""Data safety where the user meets it (processing.run and qgis_process): RESUME from another
raster is refused naming both, a killed run resumes without a traceback, OVERWRITE keeps the old
file when the new run fails, a partial cloud mask never reports 0 % cloud where it has no data,
and a RESUME over another extent counts only its own plan."""
import json
import signal
import subprocess

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException

from deforestation_classifier.core.output.tile_writer import read_layer_metadata
from raster_factory import patterned_bands, write_s2_stack
from test_qgis_process import QGIS_PROCESS, qgis_process_env  # noqa: F401 (fixture)
from test_reliability import Recorder, run


@pytest.fixture
def params(provider, tiny_models, tmp_path, s2_raster):
    text, mmproj = tiny_models
    return {"INPUT": s2_raster, "MODEL": str(text), "MMPROJ": str(mmproj),
            "OUTPUT": str(tmp_path / "out.gpkg")}


def other_date(tmp_path):
    """The same 3 km x 2 km grid as s2_raster, other pixels: another acquisition."""
    return write_s2_stack(tmp_path / "s2_august.tif", patterned_bands(200, 300, seed=7),
                          origin=(500000.0, 5802000.0))


def rows(path):
    """{tile_id: {field: value}} of an output (plain values: the dataset is closed after)."""
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName()
             for i in range(layer.GetLayerDefn().GetFieldCount())]
    return {f.GetField("tile_id"): {n: f.GetField(n) for n in names} for f in layer}


def test_resume_from_another_raster_is_refused_naming_both(params, tmp_path):
    run(params)
    august = other_date(tmp_path)
    with pytest.raises(QgsProcessingException) as info:
        run({**params, "INPUT": august, "RESUME": True})
    message = str(info.value)
    assert "s2.tif" in message and "s2_august.tif" in message
    assert "OVERWRITE" in message and "another OUTPUT" in message
    assert "Nothing was changed" in message
    assert len(rows(params["OUTPUT"])) == 6


def test_resume_from_a_moved_copy_is_accepted(params, tmp_path):
    run(params)
    moved = tmp_path / "moved" / "copy.tif"
    moved.parent.mkdir()
    gdal.Translate(str(moved), params["INPUT"])
    feedback = Recorder()
    run({**params, "INPUT": str(moved), "RESUME": True}, feedback)
    assert any("6 tiles of this extent already done" in i for i in feedback.infos)


def test_overwrite_that_fails_keeps_the_old_output(params, tmp_path):
    run(params)
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"not a model")
    with pytest.raises(QgsProcessingException):
        run({**params, "MODEL": str(broken), "OVERWRITE": True})
    assert len(rows(params["OUTPUT"])) == 6
    assert not (tmp_path / ".out.partial.gpkg").exists()


def test_a_finished_run_is_stamped_finished_a_cancelled_one_stopped(params):
    class CancelAfterTwo(Recorder):
        def setProgress(self, percent):  # noqa: N802
            super().setProgress(percent)
            if percent >= 30:
                self.cancel()

    feedback = CancelAfterTwo()
    run(params, feedback)
    meta = read_layer_metadata(params["OUTPUT"])
    assert "RUN_FINISHED" not in meta and meta["RUN_STOPPED"].endswith("cancelled")
    assert any("Cancelled after" in w and "RESUME" in w for w in feedback.warnings)
    run({**params, "RESUME": True})
    meta = read_layer_metadata(params["OUTPUT"])
    assert "RUN_FINISHED" in meta


def write_mask(path, values, origin, nodata=None):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1,
                                              gdal.GDT_Byte)
    ds.SetGeoTransform((origin[0], 10.0, 0.0, origin[1], 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(values)
    ds = None
    return str(path)


def test_a_partial_cloud_mask_never_reports_zero_cloud_where_it_has_no_data(params, tmp_path):
    """The mask covers the western kilometre only (clear there) and is nodata on the next one:
    those tiles are gated, the others have no cloud fraction, and one warning counts them."""
    values = np.full((200, 200), 255, np.uint8)
    values[:, :100] = 0  # clear over the western column of tiles
    mask = write_mask(tmp_path / "mask.tif", values, (500000.0, 5802000.0), nodata=255)
    feedback = Recorder()
    run({**params, "CLOUD_MASK": mask}, feedback)
    out = rows(params["OUTPUT"])
    west = [t for t in out if "_E500_" in t]
    assert len(west) == 2 and all(out[t]["cloud_fraction"] == 0.0 for t in west)
    others = [t for t in out if t not in west]
    assert len(others) == 4
    assert all(out[t]["cloud_fraction"] is None for t in others)
    assert all(out[t]["status"] == "CLASSIFIED" for t in others)
    warnings = [w for w in feedback.warnings if "has no data over" in w]
    assert len(warnings) == 1 and "4 tiles" in warnings[0] and "mask.tif" in warnings[0]


def test_resume_over_another_extent_counts_only_its_plan(params):
    run(params)  # 6 tiles
    # the western kilometre only: 2 tiles of the 6, both already done
    results = run({**params, "RESUME": True,
                   "EXTENT": "500100,500900,5800100,5801900 [EPSG:32633]"})
    assert results["TILE_COUNT"] == 2
    assert len(rows(params["OUTPUT"])) == 6  # the other tiles are untouched


def test_a_kill_just_after_the_output_appears_then_resume_gives_no_traceback(
        qgis_process_env, tiny_models, s2_raster, tmp_path):  # noqa: F811
    """qgis_process is killed as soon as OUTPUT exists; RESUME then finishes the run."""
    text, mmproj = tiny_models
    output = tmp_path / "out.gpkg"
    args = [QGIS_PROCESS, "--json", "run", "deforestation:classify", "--",
            f"INPUT={s2_raster}", f"MODEL={text}", f"MMPROJ={mmproj}", f"OUTPUT={output}"]
    proc = subprocess.Popen(args, env=qgis_process_env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        for _ in range(6000):
            if output.exists() or proc.poll() is not None:
                break
            subprocess.run(["sleep", "0.01"])
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL and output.exists()  # killed mid-run
    again = subprocess.run(args + ["RESUME=true"], env=qgis_process_env, capture_output=True,
                           text=True, timeout=300)
    assert "Traceback" not in again.stdout + again.stderr
    assert again.returncode == 0, again.stdout[-2000:] + again.stderr[-2000:]
    results = json.loads(again.stdout[again.stdout.index("{"):])["results"]
    assert results["TILE_COUNT"] == 6
    assert len(rows(output)) == 6


class CancelMidway(Recorder):
    """A user who presses Cancel while the tiles are being read: the first checks say go on."""

    def __init__(self, go_on=3):
        super().__init__()
        self.go_on = go_on

    def isCanceled(self):  # noqa: N802
        self.go_on -= 1
        return self.go_on < 0


def classify_shaped(tmp_path):
    from tile_factory import tid, write_tiles

    before = {tid(e, 0): {"class_label": "STANDING_FOREST"} for e in range(6)}
    after = {tid(e, 0): {"class_label": "RECENTLY_CLEARED", "prob_recently_cleared": 0.8}
             for e in range(6)}
    return (write_tiles(tmp_path / "before.gpkg", before, date="2023-07-01"),
            write_tiles(tmp_path / "after.gpkg", after, date="2024-07-15"))


def test_a_cancelled_relabel_stops_with_an_error(provider, tmp_path):
    """No truncated output pretending to be whole."""
    import processing

    _before, after = classify_shaped(tmp_path)
    feedback = CancelMidway()
    with pytest.raises(QgsProcessingException):
        processing.run("deforestation:relabel", {"INPUT": after, "RC_THRESHOLD": 0.5,
                                                 "OUTPUT": str(tmp_path / "relabel.gpkg")},
                       feedback=feedback)


def test_compare_reading_a_date_stops_on_cancel_instead_of_comparing_half(provider, tmp_path):
    """Tiles not read would become 'only in AFTER' and the patches wrong: the read raises."""
    from qgis.core import QgsVectorLayer

    from deforestation_classifier.processing_provider.change_outputs import read_states

    _before, after = classify_shaped(tmp_path)
    layer = QgsVectorLayer(after, "after", "ogr")
    assert len(read_states(layer, Recorder())) == 6
    with pytest.raises(QgsProcessingException, match="Cancelled: the output would be incomplete"):
        read_states(layer, CancelMidway())


def test_after_a_resume_the_counts_describe_the_whole_plan(params):
    """COUNT_ outputs count every tile of the plan in the output, the earlier run's too."""
    from deforestation_classifier.core.vocabulary import CLASSES
    from deforestation_classifier.processing_provider.base_algorithm import count_output_name

    run({**params, "EXTENT": "500100,500900,5800100,5801900 [EPSG:32633]"})  # 2 tiles first
    results = run({**params, "RESUME": True})  # the 4 others now
    assert results["TILE_COUNT"] == 6
    assert sum(results[count_output_name(c)] for c in CLASSES) == 6
