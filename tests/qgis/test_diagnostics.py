"""deforestation:diagnostics through qgis_process, as a user asked for a report runs it: the
versions are there, the last run's log too, and never the home folder, the user name or the
server's API key (core/diagnostics.py)."""
import getpass
import os
import re
import shutil
import site
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = os.environ.get("QGIS_PROCESS", "/usr/bin/qgis_process.bin")
KEY = "sk-diag-7c1f0e9a55"


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory):
    if not shutil.which(QGIS_PROCESS):
        pytest.skip(f"{QGIS_PROCESS} not found (install the Debian package qgis)")
    home = tmp_path_factory.mktemp("home")
    plugins = tmp_path_factory.mktemp("plugins")
    (plugins / "deforestation_classifier").symlink_to(ROOT, target_is_directory=True)
    # A profile of its own (pytest-qgis points QGIS_CUSTOM_CONFIG_PATH at the repository's).
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "DEFORESTATION_")) and k != "QGIS_CUSTOM_CONFIG_PATH"}
    env.update(HOME=str(home), QGIS_PLUGINPATH=str(plugins), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(site.getsitepackages()),
               DEFORESTATION_SERVER_API_KEY=KEY,
               DEFORESTATION_SERVER_URL=f"https://analyst:{KEY}@models.example.org/v1?key={KEY}")
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "deforestation_classifier"], env=env,
                   capture_output=True, timeout=120)
    return env


def test_diagnostics_through_qgis_process(qgis_process_env, s2_raster, tmp_path):
    home = qgis_process_env["HOME"]
    # A run that fails (no model): its log is what the report's last section shows.
    failed = subprocess.run(
        [QGIS_PROCESS, "run", "deforestation:classify", "--", f"INPUT={s2_raster}",
         f"MODEL={home}/missing.gguf", f"MMPROJ={home}/missing-mmproj.gguf",
         f"OUTPUT={tmp_path / 'out.gpkg'}"],
        env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert failed.returncode != 0
    report = tmp_path / "diagnostics.md"
    proc = subprocess.run(
        [QGIS_PROCESS, "run", "deforestation:diagnostics", "--", f"OUTPUT={report}"],
        env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    text = report.read_text(encoding="utf-8")

    for component in ("QGIS", "Qt", "PyQt", "Python", "GDAL", "numpy", "llama-cpp-python"):
        row = re.search(rf"^\| {re.escape(component)} \| (.+?) \|$", text, re.MULTILINE)
        assert row and re.search(r"\d+\.\d+", row.group(1)), (component, text[:1500])
    assert "| GPU backend in this build |" in text
    assert "| text model | ~/" in text  # the default model folder, in the QGIS profile
    assert "| server_url | 'https://<redacted>@models.example.org/v1?key=<redacted>' |" in text
    assert "| $DEFORESTATION_SERVER_API_KEY | set, not shown |" in text
    assert "The run stopped" in text and "~/missing.gguf" in text
    assert home not in text and KEY not in text
    user = getpass.getuser()
    assert not re.search(rf"(?<![\w-]){re.escape(user)}(?![\w-])", text), user


def test_diagnostics_from_processing_run(provider, tmp_path):
    import processing

    output = processing.run("deforestation:diagnostics",
                            {"OUTPUT": str(tmp_path / "report.md")})["OUTPUT"]
    text = Path(output).read_text(encoding="utf-8")
    assert text.startswith("# Deforestation Classifier diagnostics")
    assert "## Model files" in text and "## Settings" in text
