"""Shared helpers of bench/run_bench.py and bench/verify_model.py (not part of the plugin).

The repository root is the plugin package; these scripts import it as `deforestation_classifier`
whatever the folder is called, as tests/conftest.py does, and reuse tests/gguf_factory.py and
tests/raster_factory.py for the random-weight models and the synthetic rasters.
"""
import importlib.util
import os
import platform
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
PACKAGE = "deforestation_classifier"
# Benchmark models (several hundred MB): outside git, built once.
BENCH_MODELS = ROOT / ".cache" / "bench-models"
TEST_MODELS = Path(os.environ.get("DEFORESTATION_TEST_CACHE", ROOT / ".cache" / "test-models"))
RESULTS = ROOT / "bench_results"
# The demo's outputs (make demo): the Sentinel-2 window and the chips the model saw.
DEMO_OUTPUT = ROOT / "demo_output"
DEMO_RASTER = DEMO_OUTPUT / "s2_amazon_window.tif"
DEMO_CHIPS = DEMO_OUTPUT / "chips"


def register_package():
    """Import the repository root as `deforestation_classifier`; put tests/ on sys.path."""
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    if PACKAGE in sys.modules:
        return sys.modules[PACKAGE]
    spec = importlib.util.spec_from_file_location(
        PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)
    return module


def load_average():
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_info():
    info = {
        "cpus": os.cpu_count(),
        "cpu_model": cpu_model(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    try:
        import llama_cpp

        info["llama_cpp_python"] = llama_cpp.__version__
    except ImportError:
        info["llama_cpp_python"] = None
    try:
        from osgeo import gdal

        info["gdal"] = gdal.__version__
    except ImportError:
        pass
    return info


def git_state():
    """The commit the code ran at, with "-dirty" when the working tree differs."""
    import subprocess

    try:
        out = subprocess.run(["git", "describe", "--always", "--dirty", "--abbrev=12"], cwd=ROOT,
                             capture_output=True, text=True, timeout=10)
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def memory_status():
    """VmHWM, VmRSS and its anonymous / file-backed parts (RssAnon, RssFile) of this process in
    MB (Linux), else {}."""
    out = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS", "RssAnon", "RssFile"):
                out[key] = int(value.split()[0]) / 1024.0
    except OSError:
        pass
    return out


def write_synthetic_raster(path, km, seed=0):
    """A km x km Sentinel-2 stack (B08, B04, B03 at 10 m, EPSG:32633, whole kilometres):
    km * km tiles of 1 km whose blocks differ (tests/raster_factory.patterned_bands)."""
    register_package()
    from raster_factory import patterned_bands, write_s2_stack

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    px = int(km) * 100
    return Path(write_s2_stack(path, patterned_bands(px, px, seed=seed),
                               origin=(500000.0, 5800000.0 + km * 1000.0)))


def raster_chips(path, limit=None, nir=None, red=None, green=None):
    """[(tile_id, chip)] of a raster, rendered exactly as deforestation:classify feeds the model
    (same tiling, band detection, DN scaling and chip contract); tiles without valid pixels (or
    otherwise not sent to the model) are left out. Band numbers default to detection from the
    band descriptions, as in the algorithm."""
    register_package()
    from deforestation_classifier.core import pipeline
    from deforestation_classifier.core.imagery.bands import select_bands
    from deforestation_classifier.core.imagery.raster_tiles import (
        TileReader, band_descriptions, open_raster, raster_srs)
    from deforestation_classifier.core.imagery.scaling import dn_scaling

    dataset = open_raster(str(path))
    srs = raster_srs(dataset)
    bands = select_bands(band_descriptions(dataset), nir=nir, red=red, green=green)
    plan = pipeline.plan_tiles(dataset, srs)
    options = pipeline.RunOptions(scaling=dn_scaling(dataset, bands.as_list(), str(path)))
    reader = TileReader(dataset, srs, bands, plan.grid, plan.tiles)
    chips = []
    try:
        for tile in plan.tiles:
            if limit is not None and len(chips) >= limit:
                break
            prepared = pipeline.prepare_tile(tile, reader, options)
            if prepared.chip is not None:
                chips.append((tile.tile_id, prepared.chip))
    finally:
        reader.close()
    return chips


def folder_chips(folder, limit=None):
    """[(name, chip)] of the PNG chips in a folder (as CHIPS_FOLDER writes them), by name."""
    from osgeo import gdal

    chips = []
    for png in sorted(Path(folder).glob("*.png")):
        if limit is not None and len(chips) >= limit:
            break
        ds = gdal.Open(str(png))
        if ds is None or ds.RasterCount < 3:
            raise ValueError(f"{png} is not an RGB PNG chip")
        chip = np.stack([ds.GetRasterBand(i + 1).ReadAsArray() for i in range(3)], axis=-1)
        chips.append((png.stem, np.ascontiguousarray(chip.astype(np.uint8))))
    return chips


def median(values):
    return float(np.median(values)) if len(values) else float("nan")
