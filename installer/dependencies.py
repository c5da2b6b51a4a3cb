"""llama-cpp-python inside QGIS: a plugin-private install folder and the pip command that fills it.

QGIS's Python is shared by every plugin and often not writable (Windows, macOS bundles, Debian's
/usr): the plugin installs its one native dependency with `pip install --target` into
<QGIS profile>/deforestation_classifier/python<major>.<minor> (or $DEFORESTATION_DEPS_DIR) and
appends that folder to sys.path when the plugin starts (`install_path_hook`). Appended, not
prepended: QGIS's own numpy, GDAL and friends always win. numpy is therefore never installed:
llama-cpp-python is installed with --no-deps, plus those of its pure-Python requirements that
QGIS's Python lacks.

Backends: CPU by default; Vulkan (AMD/Intel iGPUs and others), CUDA (NVIDIA), Metal (Apple)
or ROCm (AMD Radeon, Linux). A backend has an index of prebuilt wheels (configurable) and the
CMake flags for a source build. install() first asks for a prebuilt wheel only
(`--only-binary=:all:` with the index): nothing compiles. Only when no wheel fits this Python and
platform does it fall back to a source build, and says so first (PyPI has only the sdist: a
build needs a C/C++ compiler and CMake, plus the backend's SDK; about 7 minutes on two cores).

Which indexes hold which wheels (llama-cpp-python's workflows `generate-index-from-release.yaml`
and `build-wheels-*.yaml`; the presence of 0.3.36 itself on each index was not checked from
here): `cpu`; `cu121` to `cu124` (CUDA 12, Linux x86_64 and Windows x64, Windows only from 12.4;
`cu125` is not generated); `metal` (macOS, arm64); `vulkan` (added in 2026: Linux x86_64
manylinux2014, a Windows x64 build in the workflow); `rocm72` (AMD ROCm 7.2, Linux). A missing
wheel costs one quick pip attempt before the source build.

propose_backend() turns what probe_hardware() finds (nvidia-smi, a Vulkan loader and the devices
vulkaninfo lists, Apple silicon) into the backend the dependency dialog proposes.

QGIS-free and standard library only. Commands are argument lists, never shell strings.
"""
import ctypes.util
import importlib
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from ..core.inference.llama_runtime import LLAMA_CPP_PIN
from ..toolbelt.environment import env_text
from ..toolbelt.i18n import tr

DEPS_DIR_ENV = "DEFORESTATION_DEPS_DIR"
PYTHON_ENV = "DEFORESTATION_PYTHON"
WHEEL_INDEX_BASE = "https://abetlen.github.io/llama-cpp-python/whl"

# llama-cpp-python's requirements other than numpy (which QGIS brings): module -> requirement.
PURE_REQUIREMENTS = {
    "typing_extensions": "typing-extensions>=4.5.0",
    "diskcache": "diskcache>=5.6.1",
    "jinja2": "jinja2>=2.11.3",
    "markupsafe": "MarkupSafe>=2.0",  # jinja2's own requirement
}


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


class InstallError(RuntimeError):
    """The installation cannot run or failed; the message says why and what to do."""


# --- the private folder ---------------------------------------------------------------------------
def deps_dir() -> Path:
    """$DEFORESTATION_DEPS_DIR, else <QGIS profile>/deforestation_classifier/python3.X."""
    env = env_text(DEPS_DIR_ENV)
    if env:
        return Path(env)
    from qgis.core import QgsApplication  # lazy: this module stays importable without QGIS

    tag = f"python{sys.version_info.major}.{sys.version_info.minor}"
    return Path(QgsApplication.qgisSettingsDirPath()) / "deforestation_classifier" / tag


def install_path_hook(folder=None) -> Optional[Path]:
    """Append the private folder to sys.path when it exists (call at plugin start)."""
    try:
        folder = Path(folder) if folder else deps_dir()
    except Exception:  # noqa: BLE001 (no QGIS profile yet: nothing installed there either)
        return None
    if not folder.is_dir():
        return None
    entry = str(folder)
    if entry not in sys.path:
        sys.path.append(entry)
        importlib.invalidate_caches()
    return folder


def llama_cpp_status(load=False):
    """(available, version or the reason it cannot be used).

    Cheap by default (no import of the native library, fit for plugin start): looks the
    package up on sys.path. load=True imports it, to catch a broken native library.
    """
    try:
        spec = importlib.util.find_spec("llama_cpp")
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return False, tr("llama-cpp-python is not installed in QGIS's Python")
    if not load:
        try:
            from importlib.metadata import PackageNotFoundError, version

            return True, version("llama_cpp_python")
        except (ImportError, PackageNotFoundError):
            return True, "unknown version"
    try:
        module = importlib.import_module("llama_cpp")
    except Exception as exc:  # noqa: BLE001 (a broken native library raises OSError & co)
        return False, tr("llama-cpp-python is installed but cannot be loaded: {}").format(exc)
    return True, getattr(module, "__version__", "unknown version")


def missing_requirements(find_spec=importlib.util.find_spec):
    """llama-cpp-python's pure-Python requirements that this Python cannot import."""
    return [req for module, req in PURE_REQUIREMENTS.items() if find_spec(module) is None]


# --- the Python that runs pip ---------------------------------------------------------------------
def python_candidates():
    """Where QGIS's own Python interpreter may be (sys.executable is QGIS itself in QGIS)."""
    major, minor = sys.version_info[:2]
    exe = Path(sys.executable) if sys.executable else None
    candidates = []
    python = env_text(PYTHON_ENV)
    if python:
        candidates.append(Path(python))
    if exe is not None and exe.name.lower().startswith("python"):
        candidates.append(exe)
    for prefix in dict.fromkeys((sys.exec_prefix, sys.base_exec_prefix, sys.prefix)):
        base = Path(prefix)
        if os.name == "nt":
            candidates += [base / "python.exe", base / "python3.exe"]
        else:
            candidates += [base / "bin" / f"python{major}.{minor}", base / "bin" / "python3"]
    for name in (f"python{major}.{minor}", "python3"):
        found = shutil.which(name)
        if found:
            candidates.append(Path(found))
    return list(dict.fromkeys(candidates))


def find_python(run=subprocess.run) -> Path:
    """The first candidate that is this Python's version and has pip; InstallError otherwise."""
    wanted = f"{sys.version_info.major}.{sys.version_info.minor}"
    tried = []
    for candidate in python_candidates():
        if not candidate.is_file():
            continue
        try:
            done = run([str(candidate), "-c",
                        "import sys, pip; print('%d.%d' % sys.version_info[:2])"],
                       capture_output=True, text=True, timeout=60, check=False,
                       **_hidden_window())
        except (OSError, subprocess.SubprocessError) as exc:
            tried.append(f"{candidate} ({exc})")
            continue
        version = done.stdout.strip()
        if done.returncode == 0 and version == wanted:
            return candidate
        tried.append(f"{candidate} ({'no pip' if done.returncode else 'Python ' + version})")
    raise InstallError(
        f"Cannot find QGIS's Python {wanted} with pip (tried: {', '.join(tried) or 'nothing'}). "
        f"Set {PYTHON_ENV} to its interpreter, or install pip for it (Debian/Ubuntu: "
        f"apt install python3-pip; OSGeo4W: the python3-pip package).")


def _hidden_window():
    """No console window flashing up on Windows."""
    if os.name == "nt":
        return {"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)}
    return {}


# --- the pip command -----------------------------------------------------------------------
def pip_install_command(python, target, requirements, *, index_url=None, extra_index_url=None,
                        find_links=None, no_index=False, no_deps=True, prefer_binary=True,
                        no_cache=False, force_reinstall=False, only_binary=False):
    """`python -m pip install --target TARGET ... REQUIREMENTS` as an argument list."""
    cmd = [str(python), "-m", "pip", "install",
           "--target", str(target),
           "--upgrade",
           "--disable-pip-version-check",
           "--no-input",
           "--no-warn-script-location",
           "--progress-bar", "off"]
    if no_deps:
        cmd.append("--no-deps")
    if only_binary:
        cmd.append("--only-binary=:all:")  # a wheel or nothing: never a build
    elif prefer_binary:
        cmd.append("--prefer-binary")
    if no_cache:
        cmd.append("--no-cache-dir")
    if force_reinstall:
        cmd.append("--force-reinstall")
    if no_index:
        cmd.append("--no-index")
    if index_url:
        cmd += ["--index-url", index_url]
    if extra_index_url:
        cmd += ["--extra-index-url", extra_index_url]
    if find_links:
        cmd += ["--find-links", str(find_links)]
    cmd += [str(r) for r in requirements]
    return cmd


def install_plan(python, target=None, backend=DEFAULT_BACKEND, wheel_index_url="",
                 pin=LLAMA_CPP_PIN, find_spec=importlib.util.find_spec, environ=None,
                 find_links=None, binary_only=False):
    """(command, environment) that installs the pinned llama-cpp-python for `backend`.

    find_links: a folder of wheels to install from instead of any index (offline installs).
    binary_only: prebuilt wheels only (`--only-binary=:all:`), the first attempt of install().
    """
    if backend not in BACKENDS:
        raise InstallError(f"Unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}.")
    chosen = BACKENDS[backend]
    target = Path(target) if target else deps_dir()
    requirements = [pin] + missing_requirements(find_spec)
    gpu = backend != DEFAULT_BACKEND
    cmd = pip_install_command(
        python, target, requirements,
        extra_index_url=None if find_links else (wheel_index_url or chosen.index_url),
        find_links=find_links, no_index=bool(find_links),
        # A GPU build must not reuse a CPU wheel that pip cached from an earlier build.
        no_cache=gpu, force_reinstall=gpu, only_binary=binary_only,
    )
    env = dict(os.environ if environ is None else environ)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PYTHONNOUSERSITE"] = "1"  # pip's own imports: not from the user's site-packages
    if chosen.cmake_args and not env.get("CMAKE_ARGS"):
        env["CMAKE_ARGS"] = chosen.cmake_args
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
    return cmd, env


def run_pip(cmd, env=None, on_line: Callable[[str], None] = print,
            is_canceled: Callable[[], bool] = lambda: False, timeout_s=3600) -> int:
    """Run the command, passing each output line to on_line; returns the exit code.

    Cancelled: the process is terminated and InstallError raised.
    """
    if not isinstance(cmd, (list, tuple)):
        raise TypeError("the command must be an argument list, not a shell string")
    on_line("$ " + " ".join(cmd))
    try:
        process = subprocess.Popen(list(cmd), env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   text=True, errors="replace", bufsize=1,
                                   **_hidden_window())
    except OSError as exc:
        raise InstallError(f"Cannot start {cmd[0]}: {exc}") from exc
    import threading
    import time

    lines = []
    reader = threading.Thread(target=lambda: lines.extend(_pump(process.stdout, on_line)),
                              daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout_s
    while process.poll() is None:
        if is_canceled() or time.monotonic() > deadline:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            reader.join(timeout=5)
            raise InstallError("Installation cancelled." if is_canceled() else
                               f"Installation stopped after {timeout_s} s.")
        time.sleep(0.1)
    reader.join(timeout=10)
    return process.returncode


def _pump(stream, on_line):
    for line in stream:
        on_line(line.rstrip("\n"))
        yield line


def check_import_command(python, target, module="llama_cpp"):
    """A command that imports `module` from `target` in a fresh interpreter and prints its
    version: a broken native library shows up here instead of crashing QGIS."""
    # First on the path here, so that the fresh copy is checked, not another one.
    code = (f"import sys; sys.path.insert(0, {str(target)!r}); import {module} as m; "
            f"print(m.__file__); print(getattr(m, '__version__', 'ok'))")
    return [str(python), "-c", code]


def install(backend=DEFAULT_BACKEND, wheel_index_url="", target=None, python=None,
            on_line=print, is_canceled=lambda: False, pin=LLAMA_CPP_PIN, module="llama_cpp",
            find_links=None, find_spec=importlib.util.find_spec):
    """The whole installation: find Python, pip install, check the import in a fresh
    interpreter, then make the folder importable here. Returns the installed version."""
    python = Path(python) if python else find_python()
    target = Path(target) if target else deps_dir()
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InstallError(f"Cannot create {target}: {exc}. Set {DEPS_DIR_ENV} to a writable "
                           f"folder.") from exc
    # A prebuilt wheel first: nothing to compile (docs in the module docstring).
    cmd, env = install_plan(python, target, backend, wheel_index_url, pin,
                            find_spec=find_spec, find_links=find_links, binary_only=True)
    code = run_pip(cmd, env, on_line, is_canceled)
    if code != 0:
        needs = SOURCE_BUILD_NEEDS.get(backend, SOURCE_BUILD_NEEDS[DEFAULT_BACKEND])
        on_line(f"No prebuilt wheel of {pin} for this Python and platform on "
                f"{wheel_index_url or BACKENDS[backend].index_url or 'the index'}: building "
                f"from source, which needs {needs}.")
        cmd, env = install_plan(python, target, backend, wheel_index_url, pin,
                                find_spec=find_spec, find_links=find_links)
        code = run_pip(cmd, env, on_line, is_canceled)
    if code != 0:
        raise InstallError(
            f"pip failed (exit code {code}). See the log above: there is no prebuilt wheel of "
            f"{pin} for this backend and platform, and the source build needs {needs}. Try "
            f"another backend (CPU works everywhere), another prebuilt wheel index in the "
            f"plugin settings, or the managed local llama-server backend, which never "
            f"compiles.")
    check = check_import_command(python, target, module)
    on_line("$ " + " ".join(check))
    done = subprocess.run(check, capture_output=True, text=True, env=env, check=False,
                          timeout=300, **_hidden_window())
    for line in (done.stdout + done.stderr).splitlines():
        on_line(line)
    if done.returncode != 0:
        raise InstallError(
            f"{pin} was installed into {target} but cannot be imported (see the log). "
            f"Try another backend, or the CPU backend.")
    install_path_hook(target)
    output = done.stdout.strip().splitlines()
    return output[-1] if output else "ok"


# --- which backend fits this machine ----------------------------------------------------------
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
                       **_hidden_window())
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
