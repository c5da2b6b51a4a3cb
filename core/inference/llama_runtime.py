"""Lazy access to llama-cpp-python, so the plugin loads (and says what is missing) without it."""
import os
from pathlib import Path
from typing import Optional

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


# Registered ggml backends that run on the host: any other one (Vulkan, CUDA, Metal, SYCL, ...)
# is a GPU backend.
_HOST_BACKENDS = {"CPU", "BLAS", "RPC"}


# ggml's library suffixes -> the names its registry uses.
_BACKEND_NAMES = {"vulkan": "Vulkan", "cuda": "CUDA", "metal": "Metal", "hip": "ROCm",
                  "sycl": "SYCL", "opencl": "OpenCL", "musa": "MUSA", "cann": "CANN"}


def lib_dir(llama_cpp) -> Optional[Path]:
    """The folder of llama-cpp-python's native libraries (libllama, libggml, the backends);
    None for a module without a file (a stand-in)."""
    path = getattr(llama_cpp, "__file__", None)
    return Path(path).parent / "lib" if path else None


def _libggml(llama_cpp):
    """llama-cpp-python's bundled libggml with the registry functions typed; None when it
    cannot be read (llama-cpp-python does not bind ggml's device registry)."""
    import ctypes

    folder = lib_dir(llama_cpp)
    if folder is None:
        return None
    candidates = sorted(folder.glob("libggml.so*")) + sorted(folder.glob("ggml.dll")) + \
        sorted(folder.glob("libggml.dylib"))
    if not candidates:
        return None
    try:
        ggml = ctypes.CDLL(str(candidates[0]))
        ggml.ggml_backend_dev_count.restype = ctypes.c_size_t
        ggml.ggml_backend_dev_get.restype = ctypes.c_void_p
        ggml.ggml_backend_dev_get.argtypes = [ctypes.c_size_t]
        ggml.ggml_backend_dev_description.restype = ctypes.c_char_p
        ggml.ggml_backend_dev_description.argtypes = [ctypes.c_void_p]
        ggml.ggml_backend_dev_type.restype = ctypes.c_int
        ggml.ggml_backend_dev_type.argtypes = [ctypes.c_void_p]
        ggml.ggml_backend_reg_count.restype = ctypes.c_size_t
        ggml.ggml_backend_reg_get.restype = ctypes.c_void_p
        ggml.ggml_backend_reg_get.argtypes = [ctypes.c_size_t]
        ggml.ggml_backend_reg_name.restype = ctypes.c_char_p
        ggml.ggml_backend_reg_name.argtypes = [ctypes.c_void_p]
        return ggml
    except (OSError, AttributeError):
        return None


def compute_devices(llama_cpp):
    """[(kind, description)] of the ggml devices this llama.cpp build can use, best effort
    (an empty list when the registry cannot be read)."""
    ggml = _libggml(llama_cpp)
    if ggml is None:
        return []
    devices = []
    for index in range(ggml.ggml_backend_dev_count()):
        dev = ggml.ggml_backend_dev_get(index)
        description = (ggml.ggml_backend_dev_description(dev) or b"").decode(errors="replace")
        devices.append((_DEVICE_KINDS.get(ggml.ggml_backend_dev_type(dev), "device"),
                        description.strip()))
    return devices


def gpu_backends(llama_cpp):
    """Names of the GPU backends this build registers ("Vulkan", "CUDA", ...), devices found
    or not; None when the registry cannot be read.

    llama_supports_gpu_offload() is no answer to "is this a GPU build": it is false when the
    backend found no device, as a Vulkan build is on a machine with only lavapipe, which
    llama.cpp skips (docs/QGIS_NOTES.md, "Vulkan on lavapipe")."""
    ggml = _libggml(llama_cpp)
    if ggml is None:
        return None
    names = []
    for index in range(ggml.ggml_backend_reg_count()):
        name = (ggml.ggml_backend_reg_name(ggml.ggml_backend_reg_get(index)) or b"").decode(
            errors="replace")
        if name and name not in _HOST_BACKENDS:
            names.append(name)
    # A backend whose driver is missing altogether (no Vulkan driver installed) does not
    # register; its library beside libggml still says the build has it.
    for name in _backend_libraries(lib_dir(llama_cpp)):
        if name.lower() not in {known.lower() for known in names}:
            names.append(name)
    return names


def _backend_libraries(folder: Optional[Path]):
    """Backend names from ggml's per-backend libraries (libggml-vulkan.so, ggml-cuda.dll)."""
    found = []
    if folder is None:
        return found
    for path in sorted(folder.glob("*ggml-*")):
        stem = path.name.split(".")[0]
        name = stem[len("libggml-"):] if stem.startswith("libggml-") else \
            stem[len("ggml-"):] if stem.startswith("ggml-") else ""
        name = _BACKEND_NAMES.get(name, name)
        if name and name.upper() not in _HOST_BACKENDS and name != "base" and name not in found:
            found.append(name)
    return found


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
