#!/usr/bin/env bash
# llama.cpp's llama-server, built from the llama.cpp sources the pinned llama-cpp-python
# vendors, so the managed server and the embedded engines run the same llama.cpp:
# `make llama-server` (docs/QGIS_NOTES.md, "The real llama-server").
#
#   LLAMA_SERVER_DIR=DIR PYTHON=.venv/bin/python scripts/llama_server_build.sh
#
# Writes DIR/bin/llama-server and keeps it: built again only when the pin in
# requirements/runtime.txt changes. CPU only, statically linked to llama.cpp; PyPI is needed
# for the source archive, cmake and a C++ compiler for the build (several minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${LLAMA_SERVER_DIR:?LLAMA_SERVER_DIR names the folder to build into}
PYTHON=${PYTHON:-python3}
PIN=$(grep -m1 '^llama-cpp-python==' requirements/runtime.txt)
VERSION=${PIN#*==}
STAMP=$OUT/.built-from

if [ -x "$OUT/bin/llama-server" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$PIN" ]; then
  echo "llama-server: $OUT/bin/llama-server from $PIN (built before)"
  exit 0
fi
started=$SECONDS
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m pip download -q --disable-pip-version-check --no-deps --no-binary llama-cpp-python \
  "$PIN" -d "$work"
tar xzf "$work/llama_cpp_python-$VERSION.tar.gz" -C "$work"
src=$work/llama_cpp_python-$VERSION/vendor/llama.cpp
echo "llama-server: compiling llama.cpp's server from $PIN's sources"
# No curl or OpenSSL: the plugin gives local model files and talks to it over loopback.
cmake -S "$src" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
  -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TESTS=OFF \
  -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF >"$work/cmake.log" \
  || { tail -30 "$work/cmake.log" >&2; exit 1; }
cmake --build "$work/build" --target llama-server -j "$(nproc)" >"$work/build.log" \
  || { tail -40 "$work/build.log" >&2; exit 1; }
"$work/build/bin/llama-server" --version >/dev/null 2>&1 \
  || { echo "llama-server: the built binary does not run" >&2; exit 1; }
rm -rf "$OUT.partial"
mkdir -p "$OUT.partial/bin"
cp "$work/build/bin/llama-server" "$OUT.partial/bin/"
echo "$PIN" > "$OUT.partial/.built-from"
rm -rf "$OUT"
mv "$OUT.partial" "$OUT"
echo "llama-server: $OUT/bin/llama-server in $((SECONDS - started)) s"
