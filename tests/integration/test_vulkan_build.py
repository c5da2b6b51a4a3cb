"""The GPU path through Vulkan: a Vulkan build of llama-cpp-python (`make vulkan-build`) on
Mesa's lavapipe, the software Vulkan device that stands in for an integrated GPU
(docs/QGIS_NOTES.md, "Vulkan on lavapipe").

The tests run where $DEFORESTATION_VULKAN_PYTHON names the Python of that build (the Makefile
sets it when the venv exists: the Debian 13 chroot of `make test-debian13` builds it) and say
why they are skipped elsewhere. Each case runs the plugin's own engine in that Python
(tests/engine_probe.py) and compares it with the CPU build these tests run on, on the sharpened
tiny pair whose answers split between two classes.

llama.cpp skips CPU-type Vulkan devices such as lavapipe unless GGML_VK_VISIBLE_DEVICES names
them, so "visible" below sets it; VK_DRIVER_FILES keeps only lavapipe's driver, so device 0 is
lavapipe whatever else the machine has; without any driver the Vulkan backend does not even
register, which core/inference/llama_runtime.py gpu_backends reads from its library instead.
"""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from deforestation_classifier.core.inference.device_choice import AUTO_GPU_LAYERS, NO_DEVICE, \
    RECORD_NAME

VULKAN_PYTHON = os.environ.get("DEFORESTATION_VULKAN_PYTHON", "")
PROBE = Path(__file__).resolve().parents[1] / "engine_probe.py"
LAVAPIPE_ICDS = sorted(Path("/usr/share/vulkan/icd.d").glob("lvp_icd*.json"))
CHIPS = 8
# lavapipe computes in half precision where the device offers it (ggml's Vulkan shaders) and
# sums in another order than ggml's CPU kernels. Measured on the sharpened pair's first 16
# chips (docs/QGIS_NOTES.md, "Vulkan on lavapipe"): probabilities differ from the CPU build's
# by 0.042 at most and 0.002 in the median, labels never. The tolerances leave room for other
# Mesa and LLVM versions.
PROBABILITY_TOLERANCE = 0.05
MEDIAN_TOLERANCE = 0.005

pytestmark = [
    pytest.mark.skipif(not VULKAN_PYTHON, reason=(
        "no Vulkan build of llama-cpp-python here: `make vulkan-build` (Debian 13, "
        "scripts/vulkan_build.sh) and DEFORESTATION_VULKAN_PYTHON; make test sets it")),
    pytest.mark.skipif(VULKAN_PYTHON != "" and not LAVAPIPE_ICDS, reason=(
        "Mesa's lavapipe is not installed (apt install mesa-vulkan-drivers)")),
]


def probe(python, request, visible=True, settings_page=False, driver=None):
    driver = driver or (str(LAVAPIPE_ICDS[0]) if LAVAPIPE_ICDS else "")
    env = dict(os.environ, VK_DRIVER_FILES=driver, VK_ICD_FILENAMES=driver,
               QT_QPA_PLATFORM="offscreen")
    env.pop("GGML_VK_VISIBLE_DEVICES", None)
    if visible:
        env["GGML_VK_VISIBLE_DEVICES"] = "0"
    argv = [python, str(PROBE)] + (["--settings-page"] if settings_page else []) + \
        [json.dumps(request)]
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def request(models, layers, folder=None):
    text, mmproj = models
    if folder is not None:  # a model folder of its own: GPU offload automatic records there
        folder.mkdir(exist_ok=True)
        text, mmproj = (Path(shutil.copy(text, folder)), Path(shutil.copy(mmproj, folder)))
    return {"model": str(text), "mmproj": str(mmproj), "layers": layers, "chips": CHIPS}


@pytest.fixture(scope="module")
def cpu_build(sharp_models):
    """The CPU build's answers with everything on the CPU."""
    return probe(sys.executable, request(sharp_models, [0]))


@pytest.fixture(scope="module")
def vulkan_build(sharp_models):
    """The Vulkan build's answers with lavapipe visible: every layer on it, then none."""
    return probe(VULKAN_PYTHON, request(sharp_models, [-1, 0]))


def test_the_device_log_names_the_vulkan_device(vulkan_build):
    assert vulkan_build["backend"] is True and len(vulkan_build["devices"]) == 1
    device = vulkan_build["devices"][0]
    assert "llvmpipe" in device  # lavapipe's device name: "llvmpipe (LLVM 19.1.7, 256 bits)"
    assert vulkan_build["runs"][0]["device"] == (
        f"GPU {device} (text model: all layers offloaded; vision projector: GPU {device})")


def test_labels_and_probabilities_on_the_gpu_equal_the_cpu_build(vulkan_build, cpu_build):
    gpu, cpu = vulkan_build["runs"][0], cpu_build["runs"][0]
    assert len(set(cpu["labels"])) > 1  # answers differ per chip: equal labels mean something
    assert gpu["labels"] == cpu["labels"]
    differences = []
    for on_gpu, on_cpu in zip(gpu["probabilities"], cpu["probabilities"]):
        assert on_gpu.keys() == on_cpu.keys()
        differences += [abs(on_gpu[name] - on_cpu[name]) for name in on_cpu]
    assert max(differences) <= PROBABILITY_TOLERANCE
    assert sorted(differences)[len(differences) // 2] <= MEDIAN_TOLERANCE
    assert max(differences) > 0  # it did compute on the device: the sums differ


def test_gpu_offload_0_on_the_vulkan_build_equals_the_cpu_build_bit_for_bit(
        vulkan_build, cpu_build):
    """With lavapipe visible and 0 GPU layers, nothing may run on it: not even llama.cpp's op
    offload of batched products (core/inference/llama_runtime.py ops_stay_on_cpu)."""
    run, cpu = vulkan_build["runs"][1], cpu_build["runs"][0]
    assert run["layers"] == 0 and run["device"].startswith("CPU ")
    assert run["labels"] == cpu["labels"]
    assert run["probabilities"] == cpu["probabilities"]  # the same floats, to the last bit


def test_a_gpu_backend_without_a_usable_device_is_told_apart(sharp_models, tmp_path):
    """lavapipe hidden (llama.cpp's default), or no Vulkan driver at all: the build has a
    Vulkan backend but no device it will use; the log and the settings page say so, not "no
    GPU backend" (which llama_supports_gpu_offload() would have it say)."""
    for driver in (None, str(tmp_path / "no_such_icd.json")):
        seen = probe(VULKAN_PYTHON, request(sharp_models, [-1]), visible=False, driver=driver)
        assert seen["backend"] is True and seen["devices"] == []
        assert seen["reason"] == NO_DEVICE
        assert seen["runs"][0]["device"].endswith(
            f"(text model and vision projector; {NO_DEVICE})")
    page = probe(VULKAN_PYTHON, {"model_dir": str(tmp_path)}, visible=False,
                 settings_page=True)
    assert page["gpu_layers"] == "CPU only (this llama.cpp build found no usable GPU device)"
    assert page["measurement"] == f"CPU: {NO_DEVICE}."
    assert page["auto_enabled"] is False


def test_automatic_times_both_devices_keeps_the_faster_and_records_both(sharp_models, tmp_path):
    folder = tmp_path / "models"
    first = probe(VULKAN_PYTHON, request(sharp_models, [AUTO_GPU_LAYERS], folder))["runs"][0]
    record = json.loads((folder / RECORD_NAME).read_text())
    assert record["device"].startswith("llvmpipe")
    assert record["cpu_s_per_chip"] > 0 and record["gpu_s_per_chip"] > 0
    faster = "GPU" if record["gpu_s_per_chip"] < record["cpu_s_per_chip"] else "CPU"
    assert record["chosen"] == faster
    assert any(line.startswith("GPU offload automatic: timing 3 chips on the CPU and on the "
                               "GPU llvmpipe") for line in first["log"])
    assert first["device"].startswith("GPU " if faster == "GPU" else "CPU ")
    summary = (f"GPU offload automatic: CPU {record['cpu_s_per_chip']:.3f} s per chip, GPU "
               f"{record['device']} {record['gpu_s_per_chip']:.3f} s per chip: {faster} chosen")
    assert any(line.startswith(summary) for line in first["log"])
    # The same build, model and device: the record decides, nothing is timed again.
    again = probe(VULKAN_PYTHON, request(sharp_models, [AUTO_GPU_LAYERS]) | {
        "model": str(folder / Path(sharp_models[0]).name),
        "mmproj": str(folder / Path(sharp_models[1]).name)})["runs"][0]
    assert not any("timing" in line for line in again["log"])
    assert any(line.startswith(summary) for line in again["log"])
    page = probe(VULKAN_PYTHON, {"model_dir": str(folder)}, settings_page=True)
    assert page["auto_enabled"] is True
    assert page["measurement"].startswith(f"Last measurement: CPU {record['cpu_s_per_chip']:.3f}")
