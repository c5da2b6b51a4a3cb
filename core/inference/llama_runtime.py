"""Lazy access to llama-cpp-python, so the plugin loads (and says what is missing) without it."""
import os
from pathlib import Path

from ... import errors
from ...toolbelt.i18n import tr

LLAMA_CPP_PIN = "llama-cpp-python==0.3.36"


class MissingDependencyError(errors.ModelError):
    """llama-cpp-python is not importable from QGIS's Python."""


def import_llama_cpp():
    try:
        import llama_cpp  # noqa: F401  (heavy: imported only when a model is loaded)
        import llama_cpp.llama_chat_format  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError(tr(
            "The Python package llama-cpp-python is not installed in QGIS's Python ({}). "
            "Install it with: python3 -m pip install {}"
        ).format(exc, LLAMA_CPP_PIN)) from exc
    return llama_cpp


def silence_native_logs(llama_cpp):
    """mtmd and llama.cpp write to stderr even with verbose=False; route both to a no-op."""
    global _NOOP_LOG  # keep the ctypes callback alive as long as the library may call it
    try:
        _NOOP_LOG = llama_cpp.llama_log_callback(lambda level, text, user_data: None)
        llama_cpp.llama_log_set(_NOOP_LOG, None)
        from llama_cpp import mtmd_cpp

        mtmd_cpp.mtmd_helper_log_set(_NOOP_LOG, None)
    except (AttributeError, TypeError):  # an older binding without these hooks: keep the noise
        pass


def default_thread_count() -> int:
    """All cores but leave one to QGIS's interface when there are more than two."""
    cores = os.cpu_count() or 1
    return cores if cores <= 2 else cores - 1


_NOOP_LOG = None


# ggml_backend_dev_type values (ggml-backend.h)
_DEVICE_KINDS = {0: "CPU", 1: "GPU", 2: "accelerator", 3: "integrated GPU"}


def compute_devices(llama_cpp):
    """[(kind, description)] of the ggml devices this llama.cpp build can use, best effort.

    llama-cpp-python does not bind ggml's device registry, so it is read from the bundled
    libggml; an empty list when that is not possible.
    """
    import ctypes

    lib_dir = Path(llama_cpp.__file__).parent / "lib"
    candidates = sorted(lib_dir.glob("libggml.so*")) + sorted(lib_dir.glob("ggml.dll")) + \
        sorted(lib_dir.glob("libggml.dylib"))
    if not candidates:
        return []
    try:
        ggml = ctypes.CDLL(str(candidates[0]))
        ggml.ggml_backend_dev_count.restype = ctypes.c_size_t
        ggml.ggml_backend_dev_get.restype = ctypes.c_void_p
        ggml.ggml_backend_dev_get.argtypes = [ctypes.c_size_t]
        ggml.ggml_backend_dev_description.restype = ctypes.c_char_p
        ggml.ggml_backend_dev_description.argtypes = [ctypes.c_void_p]
        ggml.ggml_backend_dev_type.restype = ctypes.c_int
        ggml.ggml_backend_dev_type.argtypes = [ctypes.c_void_p]
        devices = []
        for index in range(ggml.ggml_backend_dev_count()):
            dev = ggml.ggml_backend_dev_get(index)
            description = (ggml.ggml_backend_dev_description(dev) or b"").decode(errors="replace")
            devices.append((_DEVICE_KINDS.get(ggml.ggml_backend_dev_type(dev), "device"),
                            description.strip()))
        return devices
    except (OSError, AttributeError):
        return []


def gpu_offload_supported():
    """True when the installed llama.cpp build has a GPU backend (CUDA, Vulkan, Metal, ...),
    False for a CPU-only build, None when llama-cpp-python is not importable."""
    try:
        return bool(import_llama_cpp().llama_supports_gpu_offload())
    except (MissingDependencyError, AttributeError, OSError):
        return None


def projector_uses_gpu(n_gpu_layers: int) -> bool:
    """Whether the vision projector (mtmd) runs on the GPU: it follows the text model's GPU
    setting, so 0 GPU layers keeps the whole model on the CPU (mtmd's own default is the GPU)."""
    return n_gpu_layers != 0


def ops_stay_on_cpu(n_gpu_layers: int) -> bool:
    """Whether llama.cpp's op offload must be off: with 0 GPU layers nothing runs on the GPU.
    On a GPU build llama.cpp otherwise still sends large batched matrix products of the host's
    layers to the GPU (`op_offload`, "offload host tensor operations to device", on by
    default), while the log says CPU."""
    return n_gpu_layers == 0


def knows_op_offload(llama_cpp) -> bool:
    """Whether the installed llama-cpp-python has llama_context_params.op_offload (0.3.36
    has it); older builds load without it being set."""
    fields = getattr(getattr(llama_cpp, "llama_context_params", None), "_fields_", None) or ()
    return any(field[0] == "op_offload" for field in fields)


def describe_device(llama_cpp, n_gpu_layers: int, n_threads: int) -> str:
    """Which device the text model and the vision projector run on, for the log (it reads
    after "on": "... tiles in 2 min on GPU ...")."""
    from .device_choice import gpu_status

    devices = compute_devices(llama_cpp)
    gpus = [d for kind, d in devices if kind != "CPU"]
    cpu = next((d for kind, d in devices if kind == "CPU"), "CPU")
    status = gpu_status(llama_cpp)
    if n_gpu_layers != 0 and status.usable:
        layers = tr("all layers") if n_gpu_layers < 0 else tr("{} layers").format(n_gpu_layers)
        projector = (f"GPU {gpus[0]}" if projector_uses_gpu(n_gpu_layers)
                     else f"CPU {cpu}")
        return tr("GPU {} (text model: {} offloaded; vision projector: {})").format(
            gpus[0], layers, projector)
    # A build without a GPU backend and one whose backend found no usable device (llama.cpp
    # skips CPU-type Vulkan devices) are told apart: the fixes differ.
    reason = "" if not n_gpu_layers else f"; {status.reason()}"
    return tr("CPU {}, {} threads (text model and vision projector{})").format(
        cpu, n_threads, reason)
