"""`deforestation classify` as a script uses it: plain lines in a pipe, the output with its style
and provenance, exit codes (0 done, 1 an error said in one line, 2 usage), RESUME and a refusal
that changes nothing."""
import sqlite3

import pytest
from osgeo import ogr

from cli_runner import run_cli


@pytest.fixture
def models(tiny_models):
    text, mmproj = tiny_models
    return ["--model", text, "--mmproj", mmproj, "--threads", "1"]


def tile_ids(path):
    ds = ogr.Open(str(path))
    return sorted(f.GetField("tile_id") for f in ds.GetLayer(0))


def test_a_run_in_a_pipe_writes_the_styled_output_and_says_it_in_lines(s2_raster, models,
                                                                       tmp_path):
    out = tmp_path / "out" / "tiles.gpkg"
    done = run_cli(["classify", s2_raster, "--out", out, *models], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "\r" not in done.stdout  # no progress bar in a pipe
    assert "Done: 6 of 6 tiles" in done.stdout and "100 %" in done.stdout
    assert tile_ids(out) == sorted(f"EPSG32633_E{e}_N{n}" for e in (500, 501, 502)
                                   for n in (5800, 5801))
    with sqlite3.connect(str(out)) as db:
        assert db.execute("SELECT styleName, useAsDefault FROM layer_styles").fetchall() == [
            ("deforestation_classes", 1)]
        assert db.execute("SELECT count(*) FROM gpkg_metadata WHERE md_standard_uri = "
                          "'http://mrcc.com/qgis.dtd'").fetchone() == (1,)

    again = run_cli(["classify", s2_raster, "--out", out, *models], tmp_path)
    assert again.returncode == 1
    assert "already exists" in again.stderr and "Traceback" not in again.stderr
    assert len(tile_ids(out)) == 6  # the refusal changed nothing

    resumed = run_cli(["--quiet", "classify", s2_raster, "--out", out, "--resume", *models],
                      tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout == "" and len(tile_ids(out)) == 6


def test_errors_are_one_message_with_the_fix_and_an_exit_code(s2_raster, models, tmp_path):
    missing = run_cli(["classify", tmp_path / "nothing.tif", "--out", tmp_path / "o.gpkg",
                       *models], tmp_path)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert "nothing.tif" in missing.stderr

    no_model = run_cli(["classify", s2_raster, "--out", tmp_path / "o.gpkg", "--no-download",
                        "--model", tmp_path / "absent.gguf", "--mmproj",
                        tmp_path / "absent-mmproj.gguf"], tmp_path)
    assert no_model.returncode == 1 and "absent.gguf" in no_model.stderr
    assert "Traceback" not in no_model.stderr and not (tmp_path / "o.gpkg").exists()

    extent = run_cli(["classify", s2_raster, "--out", tmp_path / "o.gpkg", "--extent", "1,2,3",
                      *models], tmp_path)
    assert extent.returncode == 2 and "--extent" in extent.stderr

    usage = run_cli(["classify", s2_raster], tmp_path)
    assert usage.returncode == 2 and "--out" in usage.stderr
