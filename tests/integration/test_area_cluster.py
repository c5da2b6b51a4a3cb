"""`deforestation area` on a local Dask cluster of 2 workers against the loopback Earth Search
(tests/stac_server.py): partitions, the manifest, a worker killed mid-run (its partition
retried elsewhere, nothing lost, nothing twice), the merge equal to one fetch and one classify
of the whole area, a rerun that classifies nothing, and --dry-run."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from osgeo import gdal, ogr, osr

from cli_runner import cli_env, run_cli
from stac_server import StacCatalog, StacServer, scene_bands

EPSG = 32721
ORIGIN = (500000.0, 8890000.0)  # the scene: 6 km x 4 km
AOI = (500100.0, 8887100.0, 503900.0, 8888900.0)  # tiles E500..503 x N8887..8888: 8 tiles
TILES = sorted(f"EPSG{EPSG}_E{e}_N{n}" for e in range(500, 504) for n in (8887, 8888))


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    catalog = StacCatalog(tmp_path_factory.mktemp("cogs"))
    for item_id, when, cloud, seed in (("S2A_21LYG_20240705_0_L2A", "2024-07-05T14:00:00Z", 2.0, 2),
                                       ("S2B_21LYG_20240720_0_L2A", "2024-07-20T14:00:00Z", 5.0,
                                        3)):
        bands, scl = scene_bands(rows=400, cols=600, seed=seed)
        catalog.add_scene(item_id, when, cloud, epsg=EPSG, origin=ORIGIN, bands=bands, scl=scl)
    return catalog


@pytest.fixture(scope="module")
def stac(catalog):
    with StacServer(catalog) as url:
        yield url


@pytest.fixture(scope="module")
def aoi(tmp_path_factory):
    path = tmp_path_factory.mktemp("aoi") / "aoi.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("aoi", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    xmin, ymin, xmax, ymax = AOI
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))"))
    layer.CreateFeature(feature)
    ds = None
    return path


@pytest.fixture
def area_args(aoi, stac, tiny_models):
    text, mmproj = tiny_models

    def make(out, *extra):
        return ["area", "--aoi", aoi, "--start", "2024-06-01", "--end", "2024-09-30",
                "--stac-url", stac, "--partition-km", "2", "--model", text, "--mmproj",
                mmproj, "--threads", "1", "--out", out, *extra]
    return make


def answers(path, layer_name=None):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    out = {}
    for feature in layer:
        values = feature.items()
        assert values["tile_id"] not in out, f"{values['tile_id']} twice"
        out[values["tile_id"]] = tuple(values[k] for k in (
            "class_label", "prob_standing_forest", "prob_recently_cleared",
            "prob_long_term_non_forest", "status", "image_id"))
    return out


@pytest.fixture
def reference(stac, tiny_models, tmp_path):
    """One fetch of the whole area and one classify of it (what fetch_sentinel2 then classify
    do): the answers the partitions must give."""
    text, mmproj = tiny_models
    folder = tmp_path / "reference"
    fetch = subprocess.run(
        [sys.executable, "-c", "import sys; from deforestation_classifier.core.fetch import "
         "s2_fetch as f; from deforestation_classifier.cli.feedback import ConsoleFeedback; "
         f"f.fetch_scene(f.FetchRequest(extent={AOI!r}, extent_crs='EPSG:{EPSG}', "
         f"output=sys.argv[1], start='2024-06-01', end='2024-09-30', stac_url={stac!r}), "
         "ConsoleFeedback(quiet=True))", str(folder / "s2.vrt")],
        env=cli_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert fetch.returncode == 0, fetch.stderr
    extent = ",".join(str(v) for v in AOI)
    done = run_cli(["classify", folder / "s2.vrt", "--out", folder / "tiles.gpkg", "--extent",
                    extent, "--extent-crs", f"EPSG:{EPSG}", "--model", text, "--mmproj",
                    mmproj, "--threads", "1"], tmp_path)
    assert done.returncode == 0, done.stderr
    return answers(folder / "tiles.gpkg")


def test_dry_run_says_what_would_run_and_writes_nothing(area_args, tmp_path):
    out = tmp_path / "run"
    said = run_cli([*area_args(out), "--dry-run"], tmp_path)
    assert said.returncode == 0, said.stderr
    assert "Area: 8 tiles of 1 km" in said.stdout and "EPSG:32721" in said.stdout
    assert "4 to run (8 tiles)" in said.stdout and "GB of pixels" in said.stdout
    assert not out.exists()
    assert run_cli(["estimate", *area_args(out)[1:]], tmp_path).stdout == said.stdout


def same_answers(got, expected):
    """The same tiles, labels, statuses and scenes; probabilities to 1e-6 (llama.cpp's sums
    differ in the last digits when tiles are batched in other groups)."""
    assert sorted(got) == sorted(expected)
    for tile_id, (label, *probs, status, image_id) in expected.items():
        assert got[tile_id][0] == label and got[tile_id][4:] == (status, image_id), tile_id
        assert got[tile_id][1:4] == pytest.approx(tuple(probs), abs=1e-6), tile_id
    return True


def _started(log):
    return [line for line in log.read_text().splitlines() if line.startswith("--- started")]


def test_a_worker_killed_mid_run_loses_nothing_and_the_rerun_classifies_nothing(
        area_args, catalog, reference, tmp_path):
    out = tmp_path / "run"
    catalog.delay_s = 0.15  # a partition takes seconds: the kill lands inside one
    try:
        process = subprocess.Popen([sys.executable, "-m", "deforestation_classifier.cli",
                                    *map(str, area_args(out, "--workers", "2"))],
                                   env=cli_env(tmp_path), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, cwd=tmp_path)
        victim = _first_worker(out / "logs", process)
        os.kill(victim[1], signal.SIGKILL)
        stdout, stderr = process.communicate(timeout=600)
    finally:
        catalog.delay_s = 0.0
    assert process.returncode == 0, stdout + stderr
    assert same_answers(answers(out / "tiles.gpkg"), reference)  # every tile once
    assert sorted(reference) == TILES
    assert len(_started(out / "logs" / f"{victim[0]}.log")) >= 2  # retried after the kill
    manifest = json.loads((out / "manifest.json").read_text())
    assert [p["state"] for p in manifest["partitions"]] == ["done"] * 4
    summary = json.loads((out / "summary.json").read_text())
    assert summary["tiles_merged"] == 8 and summary["tiles_missing"] == 0
    assert summary["partitions"]["done"] == 4 and len(summary["workers"]) == 2
    assert sum(summary["counts"][c] for c in ("STANDING_FOREST", "RECENTLY_CLEARED",
                                              "LONG_TERM_NON_FOREST")) == 8
    merged = gdal.OpenEx(str(out / "tiles.gpkg"), gdal.OF_VECTOR)
    assert merged.GetLayer(0).GetName() == "tiles"
    assert merged.GetLayerByName("layer_styles").GetFeatureCount() == 1
    assert "RUN_SETTINGS" in merged.GetLayer(0).GetMetadata()
    merged = None

    outputs = sorted((out / "partitions").glob("*.gpkg"))
    before = {p: p.stat().st_mtime_ns for p in outputs}
    again = run_cli(area_args(out), tmp_path)
    assert again.returncode == 0, again.stderr
    assert "Every partition is done" in again.stdout
    assert {p: p.stat().st_mtime_ns for p in outputs} == before
    assert same_answers(answers(out / "tiles.gpkg"), reference)


def _first_worker(logs, process, timeout=120):
    """(partition id, worker pid) of the first partition a worker started."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        for log in sorted(logs.glob("*.log")) if logs.exists() else []:
            lines = _started(log)
            if lines:
                return log.stem, int(lines[0].rsplit("(pid ", 1)[1].split(")")[0])
        time.sleep(0.05)
    process.kill()
    pytest.fail("no partition started")
