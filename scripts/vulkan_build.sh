#!/usr/bin/env bash
# A Vulkan build of the pinned llama-cpp-python in a venv of its own, for the GPU tests on
# Mesa's lavapipe (tests/integration/test_vulkan_build.py): `make vulkan-build`, which the
# Debian 13 chroot of `make test-debian13` runs (docs/QGIS_NOTES.md, "Vulkan on lavapipe").
#
#   VULKAN_VENV=DIR SYSTEM_PYTHON=/usr/bin/python3 scripts/vulkan_build.sh
#
# Kept between runs: built again only when the pin in requirements/runtime.txt changes.
# Needs libvulkan-dev, glslc and spirv-headers (the Makefile installs them) and PyPI; llama.cpp
# and its Vulkan shaders compile for several minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VULKAN_VENV:?VULKAN_VENV names the venv to build}
SYSTEM_PYTHON=${SYSTEM_PYTHON:-/usr/bin/python3}
PIN=$(grep -m1 '^llama-cpp-python==' requirements/runtime.txt)
STAMP=$VENV/.vulkan-build

if [ "$(cat "$STAMP" 2>/dev/null)" = "$PIN" ]; then
  echo "vulkan-build: $VENV has $PIN with Vulkan (built before)"
  exit 0
fi
started=$SECONDS
rm -rf "$VENV"
mkdir -p "$(dirname "$VENV")"
# QGIS's Python packages (numpy, GDAL, qgis) come from the system, as in the test venv.
"$SYSTEM_PYTHON" -m venv --system-site-packages "$VENV"
echo "vulkan-build: compiling $PIN with GGML_VULKAN into $VENV"
# --no-cache-dir: pip keys the wheels it builds by version, not by CMAKE_ARGS, so the Vulkan
# wheel must neither come from nor go into the cache the CPU build shares.
CMAKE_ARGS="-DGGML_VULKAN=on" CMAKE_BUILD_PARALLEL_LEVEL=$(nproc) \
  "$VENV/bin/python" -m pip install -q --no-cache-dir --disable-pip-version-check "$PIN"
# Not llama_supports_gpu_offload(): it is false while no device is visible (lavapipe is
# skipped unless GGML_VK_VISIBLE_DEVICES names it).
if ! compgen -G "$VENV/lib/python3*/site-packages/llama_cpp/lib/libggml-vulkan.*" >/dev/null; then
  echo "vulkan-build: $PIN built without ggml's Vulkan backend (is libvulkan-dev installed?)" >&2
  exit 1
fi
echo "$PIN" > "$STAMP"
echo "vulkan-build: done in $((SECONDS - started)) s"
