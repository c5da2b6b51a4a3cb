"""Which llama.cpp build fits this machine: probe_hardware() looks for an NVIDIA driver, a
Vulkan loader and its devices, Apple silicon; propose_backend() turns that into the backend the
dependency dialog proposes (installer/backends.py).
"""
import ctypes.util
import os
import platform
import shutil
import subprocess
from dataclasses import dataclass

from .pip_install import hidden_window


@dataclass(frozen=True)
class Hardware:
    """What probe_hardware() found."""
    system: str  # platform.system(): Linux, Windows, Darwin
    machine: str  # platform.machine(): x86_64, AMD64, arm64, ...
    nvidia_gpus: tuple = ()  # names from `nvidia-smi -L`
    vulkan_loader: bool = False  # libvulkan.so.1 / vulkan-1.dll / libvulkan.dylib present
    vulkan_devices: tuple = ()  # GPU names from `vulkaninfo --summary`; () if not run


def probe_hardware(which=shutil.which, run=subprocess.run,
                   find_library=ctypes.util.find_library, system=None, machine=None,
                   exists=os.path.exists) -> Hardware:
    """Look for an NVIDIA driver (nvidia-smi), a Vulkan loader and its devices; every probe is
    a parameter (tests inject them). Never raises: a failing probe finds nothing."""
    system = system or platform.system()
    machine = machine or platform.machine()

    def output(command):
        try:
            done = run(command, capture_output=True, text=True, timeout=15, check=False,
                       **hidden_window())
        except (OSError, subprocess.SubprocessError, ValueError):
            return ""
        return done.stdout if done.returncode == 0 else ""

    nvidia = ()
    smi = which("nvidia-smi")
    if smi:
        nvidia = tuple(line.split(":", 1)[1].split("(UUID")[0].strip()
                       for line in output([smi, "-L"]).splitlines()
                       if line.startswith("GPU ") and ":" in line)
    loader = bool(find_library("vulkan") or find_library("vulkan-1"))
    if not loader and system == "Windows":
        root = os.environ.get("SystemRoot", r"C:\Windows")
        loader = exists(os.path.join(root, "System32", "vulkan-1.dll"))
    if not loader and system == "Linux":
        loader = any(exists(path) for path in (
            "/usr/lib/x86_64-linux-gnu/libvulkan.so.1", "/usr/lib64/libvulkan.so.1",
            "/usr/lib/libvulkan.so.1", "/usr/lib/aarch64-linux-gnu/libvulkan.so.1"))
    devices = ()
    info = which("vulkaninfo") if loader else None
    if info:
        devices = tuple(line.split("=", 1)[1].strip()
                        for line in output([info, "--summary"]).splitlines()
                        if line.strip().startswith("deviceName") and "=" in line)
    return Hardware(system, machine, nvidia, loader, devices)


def _software_vulkan(name: str) -> bool:
    lowered = name.lower()
    return "llvmpipe" in lowered or "swiftshader" in lowered or "lavapipe" in lowered


def propose_backend(hardware: Hardware):
    """(backend id, reason) for this machine: Metal on Apple silicon, CUDA where nvidia-smi
    lists a GPU, Vulkan where a loader and a hardware Vulkan device are present (vulkaninfo
    not available: the loader alone, as GPU drivers install it), else the CPU."""
    machine = hardware.machine.lower()
    if hardware.system == "Darwin":
        if machine in ("arm64", "aarch64"):
            return "metal", "Apple silicon: Metal"
        return "cpu", "an Intel Mac: no Metal wheels are built for it"
    if hardware.nvidia_gpus:
        return "cuda", "NVIDIA GPU: " + ", ".join(hardware.nvidia_gpus)
    gpus = [d for d in hardware.vulkan_devices if not _software_vulkan(d)]
    if hardware.vulkan_loader and (gpus or not hardware.vulkan_devices):
        what = ", ".join(gpus) if gpus else "a Vulkan driver (loader found)"
        return "vulkan", "GPU through Vulkan: " + what
    if hardware.vulkan_devices:
        return "cpu", "only a software Vulkan device (" + ", ".join(
            hardware.vulkan_devices) + "): the CPU is faster"
    return "cpu", "no GPU driver found (no nvidia-smi, no Vulkan loader)"
