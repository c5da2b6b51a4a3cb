"""The offline bundle: a folder (a USB stick) that installs the plugin's dependencies and
model where there is no network, for offices and field stations.

    <bundle>/bundle.json                       what is inside, with SHA-256 of every file
    <bundle>/wheels/<platform>/<backend>/      the pinned llama-cpp-python and its pure
                                               dependencies, prebuilt wheels only
    <bundle>/models/                           the model files (GGUF)

write_bundle() fills it on a machine with network (`make offline-bundle`, scripts/
offline_bundle.py; deforestation:offline_bundle in QGIS): `pip download --only-binary=:all:
--platform ... --python-version ...` per platform and backend, from the backend's index of
prebuilt wheels (installer/backends.py).
A platform and backend without a prebuilt wheel of the pinned version is listed in
bundle.json as missing, with pip's reason: nothing is compiled for another machine.
wheels_for() picks this machine's folder, and pip_install.install(find_links=...) installs
from it with pip's index off (--no-index); import_models() copies the model files into the
model folder after checking their SHA-256. QGIS-free and standard library only.
"""
import hashlib
import json
import platform
import shutil
import subprocess
import sys
from pathlib import Path

from .. import errors
from ..core.inference.llama_runtime import LLAMA_CPP_PIN
from .backends import BACKENDS, DEFAULT_BACKEND
from .pip_install import hidden_window
from .private_folder import PURE_REQUIREMENTS
from ..toolbelt.i18n import tr

MANIFEST = "bundle.json"
# Bundle platform -> pip's --platform tags (newest first: pip takes any of them).
PLATFORMS = {
    "windows-amd64": ["win_amd64"],
    "linux-x86_64": ["manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"],
    "macos-arm64": ["macosx_14_0_arm64", "macosx_13_0_arm64", "macosx_11_0_arm64"],
}
# The GPU builds a platform has prebuilt wheels for (installer/backends.py's hints).
PLATFORM_BACKENDS = {
    "windows-amd64": ("cpu", "vulkan", "cuda"),
    "linux-x86_64": ("cpu", "vulkan", "cuda"),
    "macos-arm64": ("cpu", "metal"),
}


class BundleError(errors.ModelError):
    """The bundle cannot be written or used; the message says why and what to do."""


def this_platform() -> str:
    machine = platform.machine().lower()
    if sys.platform.startswith("win"):
        return "windows-amd64" if machine in ("amd64", "x86_64") else f"windows-{machine}"
    if sys.platform == "darwin":
        return "macos-arm64" if machine == "arm64" else f"macos-{machine}"
    return f"linux-{machine}"


def sha256_of(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download_command(python, folder, platform_name, backend, python_version, pin=LLAMA_CPP_PIN,
                     find_links=None):
    """`pip download` of the pin and its pure dependencies for one platform and backend."""
    cmd = [str(python), "-m", "pip", "download", "--only-binary=:all:", "--no-deps",
           "--disable-pip-version-check", "--no-input", "--progress-bar", "off",
           "--dest", str(folder), "--python-version", python_version,
           "--implementation", "cp", "--abi", f"cp{python_version.replace('.', '')}"]
    for tag in PLATFORMS[platform_name]:
        cmd += ["--platform", tag]
    if find_links:  # a local folder of wheels instead of any index (tests, mirrors)
        cmd += ["--no-index", "--find-links", str(find_links)]
    elif BACKENDS[backend].index_url:
        cmd += ["--extra-index-url", BACKENDS[backend].index_url]
    return cmd + [pin, *PURE_REQUIREMENTS.values()] if pin == LLAMA_CPP_PIN else cmd + [pin]


def write_bundle(folder, platforms=tuple(PLATFORMS), backends=None, model_files=(),
                 python=None, python_version=None, pin=LLAMA_CPP_PIN, find_links=None,
                 on_line=print, run=subprocess.run, cancelled=lambda: False) -> dict:
    """Fill `folder` and write its bundle.json; returns the manifest.

    The platforms and model files are checked before anything is downloaded. A backend a
    platform has no prebuilt build of (PLATFORM_BACKENDS) is skipped, not listed as missing.
    `cancelled` is asked before each download and each model copy: a cancelled bundle gets no
    bundle.json, so that it is never taken for a whole one."""
    folder = Path(folder)
    python = python or sys.executable
    python_version = python_version or f"{sys.version_info.major}.{sys.version_info.minor}"
    manifest = {"pin": pin, "python_version": python_version, "wheels": {}, "missing": {},
                "models": {}}
    for platform_name in platforms:
        if platform_name not in PLATFORMS:
            raise BundleError(tr("Unknown platform {!r}: choose among {}.").format(
                                 platform_name, ', '.join(PLATFORMS)))
    for path in map(Path, model_files):
        if not path.is_file():
            raise BundleError(tr("Model file not found: {}. Download the model first (plugin "
                                 "settings), or give the folder that holds it.").format(path))
    # A bundle.json of an earlier run would describe files this run replaces.
    (folder / MANIFEST).unlink(missing_ok=True)
    for platform_name in platforms:
        for backend in backends or PLATFORM_BACKENDS[platform_name]:
            if backend not in PLATFORM_BACKENDS[platform_name]:
                on_line(tr("{}/{}: no prebuilt build for this platform, skipped").format(
                    platform_name, backend))
                continue
            _stop_if(cancelled)
            target = folder / "wheels" / platform_name / backend
            target.mkdir(parents=True, exist_ok=True)
            cmd = download_command(python, target, platform_name, backend, python_version, pin,
                                   find_links)
            on_line("$ " + " ".join(cmd))
            done = run(cmd, capture_output=True, text=True, check=False, timeout=3600,
                       **hidden_window())
            key = f"{platform_name}/{backend}"
            if done.returncode != 0:
                manifest["missing"][key] = (done.stdout + done.stderr).strip()[-600:]
                on_line(tr("{}: pip download of {} failed, left out (no prebuilt wheel, or no "
                           "network: pip's reason is in bundle.json)").format(key, pin))
                shutil.rmtree(target, ignore_errors=True)
                continue
            manifest["wheels"][key] = {p.name: sha256_of(p) for p in sorted(target.glob("*.whl"))}
            on_line(tr("{}: {} wheels").format(key, len(manifest["wheels"][key])))
    if model_files:
        (folder / "models").mkdir(parents=True, exist_ok=True)
    for path in map(Path, model_files):
        _stop_if(cancelled)
        copy = folder / "models" / path.name
        shutil.copyfile(path, copy)
        manifest["models"][path.name] = {"sha256": sha256_of(copy), "size": copy.stat().st_size}
        on_line(f"models/{path.name}: {manifest['models'][path.name]['sha256']}")
    folder.mkdir(parents=True, exist_ok=True)  # no wheels and no models: bundle.json alone
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def _stop_if(cancelled):
    if cancelled():
        raise BundleError(tr("Cancelled: the bundle is incomplete and has no {}. Write it "
                             "again to use it.").format(MANIFEST))


def read_manifest(folder) -> dict:
    path = Path(folder) / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BundleError(tr("{} is not an offline bundle (no readable {}: {}). Choose the "
                             "folder `make offline-bundle` wrote.").format(
                                 folder, MANIFEST, exc)) from exc


def wheels_for(folder, backend=DEFAULT_BACKEND, platform_name=None) -> Path:
    """This machine's wheel folder of the bundle for `backend`, checked against bundle.json."""
    manifest = read_manifest(folder)
    platform_name = platform_name or this_platform()
    key = f"{platform_name}/{backend}"
    if key not in manifest["wheels"]:
        has = ", ".join(manifest["wheels"]) or "none"
        raise BundleError(tr("The bundle has no wheels for {} (it has: {}). Write a bundle "
                             "for this platform with `make offline-bundle`, or choose "
                             "another backend.").format(key, has))
    wheels = Path(folder) / "wheels" / platform_name / backend
    for name, expected in manifest["wheels"][key].items():
        if not (wheels / name).is_file() or sha256_of(wheels / name) != expected:
            raise BundleError(tr("{} is missing or damaged (its SHA-256 differs from "
                                 "bundle.json): copy the bundle again.").format(wheels / name))
    return wheels


def import_models(folder, model_dir, on_line=print) -> list:
    """Copy the bundle's model files into `model_dir` once their SHA-256 match bundle.json."""
    manifest = read_manifest(folder)
    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    copied = []
    for name, record in manifest["models"].items():
        source = Path(folder) / "models" / name
        if not source.is_file() or sha256_of(source) != record["sha256"]:
            raise BundleError(tr("{} is missing or damaged (its SHA-256 differs from "
                                 "bundle.json): copy the bundle again.").format(source))
        target = model_dir / name
        tmp = target.with_name(target.name + ".part")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
        on_line(f"{name} -> {target}")
        copied.append(target)
    return copied
