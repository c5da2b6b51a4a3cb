"""`pip install .` into a fresh venv, as README.md says: the package deforestation_classifier and
the `deforestation` command from site-packages, GDAL from the system, a run that works there.

Fast: the checkout's files are built without build isolation and without dependencies, and the
test venv's packages (llama-cpp-python, tqdm, Dask) are reused through a .pth file: nothing is
downloaded or compiled.
"""
import configparser
import shutil
import site
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest
from osgeo import ogr

ROOT = Path(__file__).resolve().parents[2]
SKIP = {".venv", ".cache", ".git", "build", "dist", "__pycache__", ".pytest_cache",
        ".qgis-settings", "bench_results", "demo_output"}


def _pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    """A fresh venv (system site packages: GDAL) with the checkout pip-installed in it."""
    base = tmp_path_factory.mktemp("install")
    source = base / "checkout"
    shutil.copytree(ROOT, source, ignore=lambda folder, names: [n for n in names if n in SKIP
                                                                or n.endswith(".egg-info")])
    python = getattr(sys, "_base_executable", None) or shutil.which("python3")
    subprocess.run([python, "-m", "venv", "--system-site-packages", str(base / "venv")],
                   check=True, timeout=120)
    bin_dir = base / "venv" / "bin"
    purelib = subprocess.run([str(bin_dir / "python"), "-c",
                              "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # The test venv's packages after the fresh venv's own (llama-cpp-python is not built again).
    (Path(purelib) / "test_venv_packages.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n" + "\n".join(site.getsitepackages()) + "\n")
    result = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-deps",
                             "--no-build-isolation", "--no-index", str(source)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return bin_dir, Path(purelib)


def test_the_package_and_the_command_come_from_site_packages(venv, tmp_path):
    bin_dir, purelib = venv
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import deforestation_classifier.core.run as r, "
         "deforestation_classifier.cli.main; from osgeo import gdal; print(r.__file__)"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(purelib)
    helped = subprocess.run([str(bin_dir / "deforestation"), "--help"], capture_output=True,
                            text=True, timeout=120)
    assert helped.returncode == 0 and "classify" in helped.stdout and "area" in helped.stdout
    installed = purelib / "deforestation_classifier"
    for data in ("metadata.txt", "cli/styles/deforestation_classes.qml",
                 "cli/styles/deforestation_alerts.sld"):
        assert (installed / data).is_file(), data
    assert not (installed / "tests").exists() and not (installed / "ui").exists()


def test_a_classification_from_the_installed_command(venv, tiny_models, s2_raster, tmp_path):
    bin_dir, _ = venv
    text, mmproj = tiny_models
    out = tmp_path / "tiles.gpkg"
    done = subprocess.run([str(bin_dir / "deforestation"), "classify", s2_raster, "--out",
                           str(out), "--model", text, "--mmproj", mmproj, "--threads", "1"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    ds = ogr.Open(str(out))  # held: GDAL frees a layer whose dataset nobody holds
    layer = ds.GetLayer(0)
    assert layer.GetFeatureCount() == 6
    assert layer.GetMetadataItem("PLUGIN_VERSION") == _pyproject()["project"]["version"]


def test_the_version_and_the_packages_match_the_plugin():
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    assert _pyproject()["project"]["version"] == meta["general"]["version"]
    # Every QGIS-free package folder is installed (a subpackage added later must be listed).
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    for top in ("core", "models", "toolbelt", "cli"):
        for init in (ROOT / top).rglob("__init__.py"):
            dotted = ".".join(("deforestation_classifier",
                               *init.parent.relative_to(ROOT).parts))
            assert dotted in listed, f"pyproject.toml: add {dotted} to packages"


def test_the_plugin_zip_leaves_the_command_line_out():
    listing = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--list"],
                             capture_output=True, text=True, check=True, cwd=ROOT).stdout
    files = listing.split()
    assert "plugin.py" in files
    assert not any(f.startswith("cli/") or f == "pyproject.toml" for f in files)
