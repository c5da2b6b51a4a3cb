"""The llama.cpp builds the installer offers: CPU, Vulkan, CUDA, Metal, ROCm.

Each has an index of prebuilt llama-cpp-python wheels (a wheel there installs without compiling)
and the CMake flags of a source build. Which index holds which platforms: docs/MODEL.md,
"Installing llama-cpp-python".
"""
from dataclasses import dataclass
from typing import Optional

WHEEL_INDEX_BASE = "https://abetlen.github.io/llama-cpp-python/whl"


@dataclass(frozen=True)
class Backend:
    id: str
    label: str
    index_url: Optional[str]  # default index of prebuilt wheels (extra to PyPI)
    cmake_args: str  # for a source build
    hint: str


BACKENDS = {
    "cpu": Backend("cpu", "CPU", f"{WHEEL_INDEX_BASE}/cpu", "",
                   "Works everywhere; a prebuilt wheel when the index has one, else a build."),
    "vulkan": Backend("vulkan", "GPU: Vulkan (AMD / Intel iGPU, others)",
                      f"{WHEEL_INDEX_BASE}/vulkan", "-DGGML_VULKAN=on",
                      "A prebuilt wheel (Linux x86_64, Windows x64) when the index has this "
                      "version; needs the GPU driver's Vulkan loader. Else a build: a compiler, "
                      "CMake and the Vulkan SDK."),
    "cuda": Backend("cuda", "GPU: CUDA (NVIDIA)", f"{WHEEL_INDEX_BASE}/cu124",
                    "-DGGML_CUDA=on",
                    "A prebuilt CUDA 12.4 wheel (Linux x86_64, Windows x64) when the index has "
                    "this version; needs an NVIDIA driver for CUDA 12.4 or newer. Else a build "
                    "with the CUDA toolkit."),
    "metal": Backend("metal", "GPU: Metal (Apple silicon)", f"{WHEEL_INDEX_BASE}/metal",
                     "-DGGML_METAL=on",
                     "macOS on Apple silicon: a prebuilt wheel when the index has this version, "
                     "else a build with the Xcode command-line tools."),
    "rocm": Backend("rocm", "GPU: ROCm (AMD Radeon, Linux)", f"{WHEEL_INDEX_BASE}/rocm72",
                    "-DGGML_HIP=on",
                    "Linux with ROCm 7.2: a prebuilt wheel when the index has this version, "
                    "else a build with the ROCm SDK. Vulkan also runs on AMD GPUs."),
}
SOURCE_BUILD_NEEDS = {
    "cpu": "a C/C++ compiler and CMake",
    "vulkan": "a C/C++ compiler, CMake and the Vulkan SDK (glslc)",
    "cuda": "a C/C++ compiler, CMake and the CUDA toolkit (nvcc)",
    "metal": "the Xcode command-line tools and CMake",
    "rocm": "a C/C++ compiler, CMake and the ROCm SDK (hipcc)",
}
DEFAULT_BACKEND = "cpu"
