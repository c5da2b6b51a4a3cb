"""A kill at any instant of a new output's life (SIGKILL in a child process) leaves nothing at
OUTPUT, or a valid GeoPackage that RESUME continues (core/output/tile_writer.py)."""
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from deforestation_classifier.core.imagery.grid import GridCrs, srs_from_wkt
from deforestation_classifier.core.output.tile_writer import RESUME, TileWriter

GRID = GridCrs(wkt=srs_from_wkt("EPSG:32633").ExportToWkt(), tag="EPSG32633")
ROOT = Path(__file__).resolve().parents[2]


KILLER = textwrap.dedent("""
    import importlib.util, os, signal, sys
    spec = importlib.util.spec_from_file_location(
        "deforestation_classifier", sys.argv[1] + "/__init__.py",
        submodule_search_locations=[sys.argv[1]])
    module = importlib.util.module_from_spec(spec)
    sys.modules["deforestation_classifier"] = module
    spec.loader.exec_module(module)
    from deforestation_classifier.core.output import tile_writer as tw
    from deforestation_classifier.core.imagery.grid import GridCrs, Tile, srs_from_wkt
    from deforestation_classifier.core.pipeline import TileResult
    stage, path = sys.argv[2], sys.argv[3]
    die = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
    if stage == "before_rename":
        tw.os.replace = die
    grid = GridCrs(wkt=srs_from_wkt("EPSG:32633").ExportToWkt(), tag="EPSG32633")
    writer = tw.TileWriter(path, grid, settings={"engine": "scoring"})
    if stage == "after_rename":
        die()
    for e in range(25):
        writer.add(TileResult(Tile("EPSG32633", e, 5800), "NO_DATA", 0.0, None))
    die()
""")


@pytest.mark.parametrize("stage", ["before_rename", "after_rename", "mid_transaction"])
def test_a_kill_at_any_instant_leaves_nothing_or_an_output_resume_continues(tmp_path, stage):
    path = tmp_path / "out.gpkg"
    child = subprocess.run([sys.executable, "-c", KILLER, str(ROOT), stage, str(path)],
                           capture_output=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()
    if not path.exists():
        assert stage == "before_rename"
        return
    writer = TileWriter(path, GRID, mode=RESUME, settings={"engine": "scoring"})
    done = len(writer.done_ids)
    writer.close()
    assert done == (0 if stage == "after_rename" else 20)  # the committed batches survive
    os.remove(path)
