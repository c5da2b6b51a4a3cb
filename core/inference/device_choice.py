"""GPU offload "automatic": the faster of CPU and GPU, chosen by measurement.

An integrated GPU through Vulkan is often slower than the CPU for a model this small
(docs/QGIS_NOTES.md, "GPU offload automatic"), so "all layers on the GPU" is no safe default.
With n_gpu_layers AUTO_GPU_LAYERS the embedded engines time a few chips with everything on the
CPU (0 layers) and with everything on the GPU (-1) and keep the faster. The figures are recorded
beside the model files (RECORD_NAME, one record per model folder) with what they were measured
on: the llama.cpp build (version and library files), the model pair (names, sizes, modification
times) and the GPU devices. A change of any of them measures again; otherwise the record decides.

Before measuring, the build is asked what it has (gpu_status): no GPU backend at all (a CPU
build), a GPU backend that found no usable device (llama.cpp skips CPU-type Vulkan devices
such as Mesa's lavapipe, or the driver is missing), or usable GPU devices. Only the last is
measured; the first two run on the CPU and the log says which of the two it was.
"""
import json
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional

import numpy as np
from ...toolbelt.i18n import tr

AUTO_GPU_LAYERS = -2
MEASURE_CHIPS = 3
RECORD_NAME = ".device_measurement.json"
CHIP_PX = 100
NO_BACKEND = "this llama.cpp build has no GPU backend"
NO_DEVICE = "this llama.cpp build has a GPU backend but found no usable GPU device"
# Records of this process, by model folder: a folder that cannot be written still measures once.
_MEMORY = {}


@dataclass(frozen=True)
class GpuStatus:
    backend: bool  # the build has a GPU backend (CUDA, Vulkan, Metal, ...)
    devices: tuple = ()  # descriptions of the usable non-CPU devices it found
    backends: tuple = ()  # the GPU backends' names, when the build says them

    @property
    def usable(self) -> bool:
        return self.backend and bool(self.devices)

    def reason(self) -> str:
        """Why the GPU cannot be used ("" when it can)."""
        if self.usable:
            return ""
        return tr("this llama.cpp build has a GPU backend but found no usable GPU device") \
            if self.backend else tr("this llama.cpp build has no GPU backend")


def gpu_status(llama_cpp) -> GpuStatus:
    from .llama_runtime import compute_devices, gpu_backends

    names = tuple(gpu_backends(llama_cpp) or ())
    backend = bool(names)
    if not backend:  # the registry unreadable, or a backend that registers under no name
        try:
            backend = bool(llama_cpp.llama_supports_gpu_offload())
        except (AttributeError, OSError):
            backend = False
    devices = tuple(d for kind, d in compute_devices(llama_cpp) if kind != "CPU")
    return GpuStatus(backend, devices if backend else (), names)


def installed_gpu_status() -> Optional[GpuStatus]:
    """gpu_status of the installed llama-cpp-python; None when it is not installed."""
    from .llama_runtime import MissingDependencyError, import_llama_cpp

    try:
        return gpu_status(import_llama_cpp())
    except (MissingDependencyError, OSError):
        return None


def _file_id(path) -> list:
    try:
        stat = Path(path).stat()
    except OSError:
        return [Path(path).name, None, None]
    return [Path(path).name, stat.st_size, stat.st_mtime_ns]


def measurement_key(llama_cpp, settings, status: GpuStatus) -> dict:
    """What a measurement holds for: the build, the model pair, the devices."""
    from .llama_runtime import lib_dir

    lib = lib_dir(llama_cpp)
    libraries = sorted(_file_id(p) for p in lib.glob("*") if p.is_file()) \
        if lib is not None and lib.is_dir() else []
    return {"llama_cpp": str(getattr(llama_cpp, "__version__", "")), "libraries": libraries,
            "model": _file_id(settings.model_path), "mmproj": _file_id(settings.mmproj_path),
            "devices": list(status.devices)}


def _record_path(settings) -> Path:
    return Path(settings.model_path).parent / RECORD_NAME


def read_record(model_path) -> Optional[dict]:
    """The last measurement for the model folder of `model_path` (None when there is none)."""
    path = Path(model_path).parent / RECORD_NAME
    if str(path) in _MEMORY:
        return _MEMORY[str(path)]
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_record(path: Path, record: dict):
    _MEMORY[str(path)] = record
    try:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(record, indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only model folder: this process keeps the record


def describe_record(record: Optional[dict]) -> str:
    """'CPU 0.62 s per chip, GPU Radeon 780M 0.41 s per chip: GPU chosen (2026-12-07 10:02)'."""
    if not record:
        return ""
    return tr("CPU {:.3f} s per chip, GPU {} {:.3f} s per chip: {} chosen ({})").format(
        record['cpu_s_per_chip'], record['device'], record['gpu_s_per_chip'], record['chosen'],
        record['measured_at'])


def measurement_chips(count=MEASURE_CHIPS):
    """Chips of the contract size with varied content: the time a chip takes does not
    depend on what it shows."""
    rng = np.random.default_rng(0)
    return [rng.integers(0, 256, (CHIP_PX, CHIP_PX, 3), dtype=np.uint8) for _ in range(count)]


def _seconds_per_chip(engine_class, settings, layers, chips, clock) -> float:
    engine = engine_class(replace(settings, n_gpu_layers=layers))
    try:
        engine.classify(chips[0])  # the first chip also pays for loading kernels (shaders)
        started = clock()
        for chip in chips:
            engine.classify(chip)
        return (clock() - started) / len(chips)
    finally:
        close = getattr(engine, "close", None)
        if close is not None:
            close()


def resolve(engine_class, settings, feedback, llama_cpp, clock=time.perf_counter):
    """`settings` with AUTO_GPU_LAYERS replaced by 0 (CPU) or -1 (GPU): from the record when
    it holds for this build, model and devices, else measured now (and recorded)."""
    if settings.n_gpu_layers != AUTO_GPU_LAYERS:
        return settings
    status = gpu_status(llama_cpp)
    if not status.usable:
        feedback.pushInfo(tr("GPU offload automatic: CPU ({}).").format(status.reason()))
        return replace(settings, n_gpu_layers=0)
    key = measurement_key(llama_cpp, settings, status)
    record = read_record(settings.model_path)
    if record is None or record.get("key") != key:
        feedback.pushInfo(tr("GPU offload automatic: timing {} chips on the CPU and on the "
                             "GPU {} (once for this build, model and device)").format(
                             MEASURE_CHIPS, status.devices[0]))
        chips = measurement_chips()
        cpu = _seconds_per_chip(engine_class, settings, 0, chips, clock)
        gpu = _seconds_per_chip(engine_class, settings, -1, chips, clock)
        record = {"key": key, "cpu_s_per_chip": cpu, "gpu_s_per_chip": gpu,
                  "device": status.devices[0], "chosen": "GPU" if gpu < cpu else "CPU",
                  "measured_at": time.strftime("%Y-%m-%d %H:%M")}
        _write_record(_record_path(settings), record)
    feedback.pushInfo(tr("GPU offload automatic: {}.").format(describe_record(record)))
    return replace(settings, n_gpu_layers=-1 if record["chosen"] == "GPU" else 0)
