"""Shared test set-up: the plugin package under its real name, tiny models, synthetic rasters.

tests/unit needs no QGIS (run with `-p no:pytest_qgis`); tests/qgis runs under pytest-qgis.
"""
import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
PACKAGE = "deforestation_classifier"
SHARED = ROOT.parent / "shared"
MODEL_CACHE = Path(os.environ.get("DEFORESTATION_TEST_CACHE", ROOT / ".cache" / "test-models"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(TESTS))


def _register_package():
    """Import the repository root as `deforestation_classifier`, whatever the folder is called."""
    if PACKAGE in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)


_register_package()


@pytest.fixture(scope="session")
def tiny_models():
    """(text_gguf, mmproj_gguf): a tiny random-weight LFM2-VL pair, built once and cached."""
    from gguf_factory import build_model_pair

    return build_model_pair(MODEL_CACHE / "tiny", size="tiny")


# The sharpened pair whose answers split between two classes on the fidelity chips (seed 4: 32
# STANDING_FOREST / 20 RECENTLY_CLEARED on tests/integration/test_engine_fidelity.py's 52 chips, all
# decisive; seeds 0-7 measured, most give one class for every chip), so that equal labels and
# probabilities mean something. A plain random model barely reacts to its input.
SHARP_SEED = 4


def _sharp_pair(quant=None):
    from gguf_factory import build_model_pair

    folder = f"tiny-sharp-s{SHARP_SEED}" + (f"-{quant.lower()}" if quant else "")
    return build_model_pair(MODEL_CACHE / folder, size="tiny", quant=quant, sharpen=True,
                            seed=SHARP_SEED)


@pytest.fixture(scope="session")
def sharp_models():
    """(text_gguf, mmproj_gguf): the tiny pair with sharpened attention and projector (F16)."""
    return _sharp_pair()


@pytest.fixture(scope="session")
def sharp_models_q4():
    """The same pair with the text model quantized to Q4_K_M, as the card ships it."""
    return _sharp_pair("Q4_K_M")


@pytest.fixture
def s2_raster(tmp_path):
    """A 3 km x 2 km Sentinel-2 stack (B08, B04, B03) in EPSG:32633 on whole kilometres."""
    from raster_factory import patterned_bands, write_s2_stack

    return write_s2_stack(tmp_path / "s2.tif", patterned_bands(200, 300),
                          origin=(500000.0, 5802000.0))


@pytest.fixture(scope="module")
def llama_server(tiny_models, tmp_path_factory):
    """A real `python -m llama_cpp.server` on 127.0.0.1 serving the tiny model."""
    from server_helpers import LlamaServer, llama_server_missing

    reason = llama_server_missing()
    if reason:
        pytest.skip(reason)
    text, mmproj = tiny_models
    server = LlamaServer(text, mmproj, tmp_path_factory.mktemp("llama-server") / "server.log")
    yield server
    server.stop()


def pytest_terminal_summary(terminalreporter):
    """Which real llama.cpp programs the tests ran on here, and how to get the missing ones
    (printed with -q too, unlike a report header)."""
    from deforestation_classifier.core.inference.managed_server import find_llama_server

    if all("unit" in Path(arg).parts for arg in terminalreporter.config.args):
        return  # the unit tests run neither
    server = find_llama_server()
    vulkan = os.environ.get("DEFORESTATION_VULKAN_PYTHON")
    lines = [
        f"llama-server: {server}" if server else
        "llama-server: none built here (make llama-server); the managed-server tests run "
        "`python -m llama_cpp.server` instead and tests/integration/test_llama_server_binary.py "
        "is skipped",
        f"Vulkan build of llama-cpp-python: {vulkan}" if vulkan else
        "Vulkan build of llama-cpp-python: none (make vulkan-build, Debian 13); "
        "tests/integration/test_vulkan_build.py is skipped",
    ]
    for line in lines:
        terminalreporter.write_line(line)
