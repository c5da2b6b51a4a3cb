"""deforestation:classify through qgis_process in a subprocess, as scripts and CI call it."""
import json
import os
import shutil
import site
import subprocess
from pathlib import Path

import pytest
from osgeo import ogr

from deforestation_classifier.core.vocabulary import CLASSES

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = os.environ.get("QGIS_PROCESS", "/usr/bin/qgis_process.bin")


def venv_site_packages() -> str:
    """qgis_process embeds the system Python: show it the packages of the test venv."""
    return os.pathsep.join(site.getsitepackages())


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory):
    if not shutil.which(QGIS_PROCESS):
        pytest.skip(f"{QGIS_PROCESS} not found (install the Debian package qgis)")
    home = tmp_path_factory.mktemp("home")
    plugins = tmp_path_factory.mktemp("plugins")
    (plugins / "deforestation_classifier").symlink_to(ROOT, target_is_directory=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QGIS_PLUGINPATH=str(plugins), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=venv_site_packages())
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "deforestation_classifier"], env=env,
                   capture_output=True, timeout=120)
    return env


def answers(path):
    """{tile_id: (class_label, prob_recently_cleared)} of an output."""
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    return {f.GetField("tile_id"): (f.GetField("class_label"),
                                    round(f.GetField("prob_recently_cleared"), 6))
            for f in layer}


def test_qgis_process_run(qgis_process_env, provider, tiny_models, s2_raster, tmp_path):
    text, mmproj = tiny_models
    output = tmp_path / "out.gpkg"
    proc = subprocess.run(
        [QGIS_PROCESS, "--json", "run", "deforestation:classify", "--",
         f"INPUT={s2_raster}", f"MODEL={text}", f"MMPROJ={mmproj}", f"OUTPUT={output}"],
        env=qgis_process_env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["TILE_COUNT"] == 6
    ds = ogr.Open(str(output))
    layer = ds.GetLayer(0)
    labels = [f.GetField("class_label") for f in layer]
    assert len(labels) == 6 and set(labels) <= set(CLASSES)
    # The same answers as the Toolbox's path (processing.run in this process): one code path.
    import processing

    here = processing.run("deforestation:classify", {
        "INPUT": s2_raster, "MODEL": str(text), "MMPROJ": str(mmproj),
        "OUTPUT": str(tmp_path / "here.gpkg")})["OUTPUT"]
    assert answers(output) == answers(here)
    styles = ds.ExecuteSQL("SELECT COUNT(*) FROM layer_styles WHERE useAsDefault")
    assert styles.GetNextFeature().GetField(0) == 1
    ds.ReleaseResultSet(styles)


def test_qgis_process_reports_missing_model(qgis_process_env, s2_raster, tmp_path):
    proc = subprocess.run(
        [QGIS_PROCESS, "run", "deforestation:classify", "--", f"INPUT={s2_raster}",
         f"MODEL={tmp_path / 'missing.gguf'}", f"MMPROJ={tmp_path / 'missing-mmproj.gguf'}",
         f"OUTPUT={tmp_path / 'out.gpkg'}"],
        env=qgis_process_env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode != 0
    assert "MODEL file not found" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def test_qgis_process_rerun_keeps_the_output_and_says_how(qgis_process_env, tiny_models,
                                                          s2_raster, tmp_path):
    text, mmproj = tiny_models
    output = tmp_path / "out.gpkg"
    args = [QGIS_PROCESS, "run", "deforestation:classify", "--", f"INPUT={s2_raster}",
            f"MODEL={text}", f"MMPROJ={mmproj}", f"OUTPUT={output}"]
    first = subprocess.run(args, env=qgis_process_env, capture_output=True, text=True,
                           timeout=300)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    before = output.read_bytes()
    again = subprocess.run(args, env=qgis_process_env, capture_output=True, text=True,
                           timeout=300)
    said = again.stdout + again.stderr
    assert again.returncode != 0
    assert "already exists (6 tiles)" in said and "OVERWRITE" in said and "RESUME" in said
    assert "Traceback" not in said
    assert output.read_bytes() == before


def test_make_demo_runs_the_algorithm_and_resumes_on_a_rerun(qgis_process_env, tiny_models,
                                                             s2_raster, tmp_path):
    """scripts/demo.py (make demo) with local files: the same algorithm through qgis_process,
    a map PNG, and a second run that keeps the first run's output."""
    import sys

    text, mmproj = tiny_models
    out = tmp_path / "demo"
    cmd = [sys.executable, str(ROOT / "scripts" / "demo.py"), "--model", str(text),
           "--mmproj", str(mmproj), "--raster", str(s2_raster), "--out", str(out)]
    env = {**qgis_process_env, "QGIS_PROCESS": QGIS_PROCESS}
    first = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    gpkg = out / "s2_deforestation.gpkg"
    assert "TILE_COUNT                         6" in first.stdout
    assert (out / "s2_deforestation.png").stat().st_size > 0
    before = answers(gpkg)
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout[-2000:] + again.stderr[-2000:]
    assert "RESUME=true" in again.stdout and answers(gpkg) == before
