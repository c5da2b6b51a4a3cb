"""GPU offload "automatic" (core/inference/device_choice.py) with a fake llama.cpp and a fake
engine whose chips cost what the test says: the faster device is kept, both figures recorded
beside the model, measured again when the build, the model or the device changes; a build
without a GPU backend and one whose backend finds no usable device are told apart."""
from pathlib import Path

import pytest

from deforestation_classifier.core.inference import device_choice, engines, llama_runtime
from deforestation_classifier.core.inference.engine_types import EngineSettings

AUTO = device_choice.AUTO_GPU_LAYERS


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


class Feedback:
    def __init__(self):
        self.lines = []

    def pushInfo(self, text):  # noqa: N802 (QgsProcessingFeedback's name)
        self.lines.append(text)


@pytest.fixture
def world(tmp_path, monkeypatch):
    """A llama.cpp build (its lib/ folder), its devices, a model pair and an engine class whose
    seconds per chip on CPU (0 layers) and GPU (-1) the test sets."""
    package = tmp_path / "llama_cpp"
    (package / "lib").mkdir(parents=True)
    (package / "lib" / "libggml-vulkan.so").write_bytes(b"v1")

    class Llama:
        __file__ = str(package / "__init__.py")
        __version__ = "0.3.36"
        gpu_backend = True

        @classmethod
        def llama_supports_gpu_offload(cls):
            return cls.gpu_backend

    devices = [("CPU", "AMD Ryzen 7"), ("integrated GPU", "AMD Radeon 780M (RADV PHOENIX)")]
    monkeypatch.setattr(llama_runtime, "compute_devices", lambda llama: list(devices))
    monkeypatch.setattr(llama_runtime, "import_llama_cpp", lambda: Llama)
    monkeypatch.setattr(device_choice, "_MEMORY", {})
    clock = Clock()
    cost = {0: 0.6, -1: 0.4}
    built = []

    class Engine:
        name = "fake"

        def __init__(self, settings):
            built.append(settings.n_gpu_layers)
            self.layers = settings.n_gpu_layers

        def classify(self, chip):
            assert chip.shape == (100, 100, 3)
            clock.now += cost[self.layers]

        def close(self):
            pass

    models = tmp_path / "models"
    models.mkdir()
    (models / "text.gguf").write_bytes(b"t" * 10)
    (models / "mmproj.gguf").write_bytes(b"m" * 10)
    settings = EngineSettings(models / "text.gguf", models / "mmproj.gguf", n_gpu_layers=AUTO)

    class World:
        pass

    w = World()
    w.llama, w.devices, w.clock, w.cost, w.built, w.engine = Llama, devices, clock, cost, built, \
        Engine
    w.settings, w.models, w.package = settings, models, package

    def resolve():
        feedback = Feedback()
        chosen = device_choice.resolve(Engine, settings, feedback, Llama, clock=clock)
        return chosen.n_gpu_layers, feedback.lines

    w.resolve = resolve
    return w


def test_the_faster_gpu_is_kept_and_both_figures_recorded(world):
    layers, lines = world.resolve()
    assert layers == -1 and world.built == [0, -1]
    record = device_choice.read_record(world.settings.model_path)
    assert (world.models / device_choice.RECORD_NAME).is_file()
    assert record["cpu_s_per_chip"] == pytest.approx(0.6)
    assert record["gpu_s_per_chip"] == pytest.approx(0.4)
    assert record["chosen"] == "GPU" and record["device"] == "AMD Radeon 780M (RADV PHOENIX)"
    assert "timing 3 chips on the CPU and on the GPU AMD Radeon 780M" in lines[0]
    assert lines[-1].startswith("GPU offload automatic: CPU 0.600 s per chip, GPU AMD Radeon "
                                "780M (RADV PHOENIX) 0.400 s per chip: GPU chosen (")


def test_a_slower_integrated_gpu_leaves_the_model_on_the_cpu(world):
    world.cost.update({0: 0.3, -1: 1.8})
    layers, lines = world.resolve()
    assert layers == 0 and "CPU chosen" in lines[-1]


def test_the_record_decides_until_build_model_or_device_changes(world):
    world.resolve()
    world.built.clear()
    assert world.resolve()[0] == -1 and world.built == []  # from the record
    device_choice._MEMORY.clear()  # a new QGIS session reads the file
    assert world.resolve()[0] == -1 and world.built == []

    (world.models / "text.gguf").write_bytes(b"t" * 11)  # another model file
    world.cost.update({0: 0.2})
    assert world.resolve()[0] == 0 and world.built == [0, -1]

    world.built.clear()
    (world.package / "lib" / "libggml-vulkan.so").write_bytes(b"v2, rebuilt")  # another build
    world.resolve()
    assert world.built == [0, -1]

    world.built.clear()
    world.devices[1] = ("GPU", "NVIDIA RTX 4060")  # another device
    world.resolve()
    assert world.built == [0, -1]


def test_no_gpu_backend_and_no_usable_device_are_told_apart(world):
    world.devices[:] = [("CPU", "AMD Ryzen 7")]  # lavapipe skipped: a Vulkan build, no device
    layers, lines = world.resolve()
    assert layers == 0 and world.built == []
    assert lines == ["GPU offload automatic: CPU (this llama.cpp build has a GPU backend but "
                     "found no usable GPU device)."]
    text = llama_runtime.describe_device(world.llama, -1, 4)
    assert text.endswith("; this llama.cpp build has a GPU backend but found no usable GPU "
                         "device)")

    world.llama.gpu_backend = False
    layers, lines = world.resolve()
    assert layers == 0 and lines == ["GPU offload automatic: CPU (this llama.cpp build has no "
                                     "GPU backend)."]
    assert llama_runtime.describe_device(world.llama, -1, 4).endswith(
        "; this llama.cpp build has no GPU backend)")
    assert llama_runtime.describe_device(world.llama, 0, 4) == (
        "CPU AMD Ryzen 7, 4 threads (text model and vision projector)")


def test_a_set_number_of_layers_is_never_measured(world):
    feedback = Feedback()
    fixed = EngineSettings(world.settings.model_path, world.settings.mmproj_path, n_gpu_layers=0)
    assert device_choice.resolve(world.engine, fixed, feedback, world.llama) is fixed
    assert world.built == [] and feedback.lines == []


def test_a_read_only_model_folder_still_measures_once_per_session(world, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(Path, "write_text", refuse)
    world.resolve()
    world.built.clear()
    assert world.resolve()[0] == -1 and world.built == []


def test_the_engine_is_loaded_on_the_measured_device_and_the_log_says_so(world):
    choice = engines.EngineChoice(world.engine, world.settings)
    feedback = Feedback()
    engine = engines.load_engine(choice, feedback)
    assert engine.layers == -1 and world.built == [0, -1, -1]
    assert engines.describe(choice).startswith("GPU AMD Radeon 780M (RADV PHOENIX) (text model: "
                                               "all layers offloaded")


class Registry:
    """libggml's backend registry as `_libggml` types it, with the backends given."""

    def __init__(self, backends):
        self.backends = [name.encode() for name in backends]

    def ggml_backend_reg_count(self):
        return len(self.backends)

    def ggml_backend_reg_get(self, index):
        return index

    def ggml_backend_reg_name(self, reg):
        return self.backends[reg]


@pytest.mark.parametrize("backends, gpu", [
    (["Vulkan", "CPU"], ["Vulkan"]), (["CPU", "BLAS"], []), (["CUDA", "RPC", "CPU"], ["CUDA"])])
def test_gpu_backends_are_read_from_the_registry(monkeypatch, backends, gpu):
    monkeypatch.setattr(llama_runtime, "_libggml", lambda llama: Registry(backends))
    assert llama_runtime.gpu_backends(object()) == gpu


def test_a_vulkan_build_that_found_no_device_is_no_cpu_build(monkeypatch):
    """llama_supports_gpu_offload() is false on a Vulkan build whose only device is lavapipe
    (skipped by llama.cpp): the registry still names the backend, so the reason is the device."""
    class VulkanBuildWithoutDevice:
        @staticmethod
        def llama_supports_gpu_offload():
            return False

    monkeypatch.setattr(llama_runtime, "_libggml", lambda llama: Registry(["Vulkan", "CPU"]))
    monkeypatch.setattr(llama_runtime, "compute_devices", lambda llama: [("CPU", "EPYC")])
    status = device_choice.gpu_status(VulkanBuildWithoutDevice)
    assert status.backend and not status.usable
    assert status.reason() == device_choice.NO_DEVICE
    monkeypatch.setattr(llama_runtime, "_libggml", lambda llama: Registry(["CPU"]))
    assert device_choice.gpu_status(VulkanBuildWithoutDevice).reason() == \
        device_choice.NO_BACKEND


def test_a_backend_without_its_driver_is_known_by_its_library(tmp_path, monkeypatch):
    """No Vulkan driver at all: the Vulkan backend does not even register, but
    libggml-vulkan beside libggml says the build has it."""
    lib = tmp_path / "llama_cpp" / "lib"
    lib.mkdir(parents=True)
    for name in ("libggml.so", "libggml-base.so.0", "libggml-cpu.so", "libggml-blas.so",
                 "libggml-vulkan.so.0.25.3", "libllama.so", "ggml-cuda.dll"):
        (lib / name).write_bytes(b"")
    assert llama_runtime._backend_libraries(lib) == ["CUDA", "Vulkan"]

    class Build:
        __file__ = str(lib.parent / "__init__.py")

    monkeypatch.setattr(llama_runtime, "_libggml", lambda llama: Registry(["CPU"]))
    assert llama_runtime.gpu_backends(Build) == ["CUDA", "Vulkan"]
    monkeypatch.setattr(llama_runtime, "_libggml", lambda llama: Registry(["Vulkan", "CPU"]))
    assert llama_runtime.gpu_backends(Build) == ["Vulkan", "CUDA"]
