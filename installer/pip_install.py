"""The pip install of llama-cpp-python into the private folder: which Python runs pip, the
command (an argument list, never a shell string), running it with its log, and the check that
the result imports.

install() asks for a prebuilt wheel first (`--only-binary=:all:`): nothing compiles; only when no
wheel fits does it build from source, and says what that needs (docs/MODEL.md, "Installing
llama-cpp-python"). QGIS-free and standard library only.
"""
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

from .. import errors
from ..core.inference.llama_runtime import LLAMA_CPP_PIN
from ..toolbelt.environment import env_text
from .backends import BACKENDS, DEFAULT_BACKEND, SOURCE_BUILD_NEEDS
from .private_folder import DEPS_DIR_ENV, deps_dir, install_path_hook, missing_requirements
from ..toolbelt.i18n import tr

PYTHON_ENV = "DEFORESTATION_PYTHON"


class InstallError(errors.ModelError):
    """The installation cannot run or failed; the message says why and what to do."""


def _target(target) -> Path:
    """`target`, else the folder $DEFORESTATION_DEPS_DIR names; errors.ModelError when neither."""
    if target:
        return Path(target)
    return deps_dir()  # errors.ModelError when there is no folder to install into


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
                       **hidden_window())
        except (OSError, subprocess.SubprocessError) as exc:
            tried.append(f"{candidate} ({exc})")
            continue
        version = done.stdout.strip()
        if done.returncode == 0 and version == wanted:
            return candidate
        tried.append(f"{candidate} ({'no pip' if done.returncode else 'Python ' + version})")
    raise InstallError(
        tr("Cannot find QGIS's Python {} with pip (tried: {}). Set {} to its interpreter, or "
           "install pip for it (Debian/Ubuntu: apt install python3-pip; OSGeo4W: the "
           "python3-pip package).").format(wanted, ', '.join(tried) or 'nothing', PYTHON_ENV))


def hidden_window():
    """No console window flashing up on Windows."""
    if os.name == "nt":
        return {"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)}
    return {}


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
        raise InstallError(tr("Unknown backend {!r}; choose one of {}.").format(
                              backend, ', '.join(BACKENDS)))
    chosen = BACKENDS[backend]
    target = _target(target)
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
                                   **hidden_window())
    except OSError as exc:
        raise InstallError(tr("Cannot start {}: {}").format(cmd[0], exc)) from exc
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
            raise InstallError(tr("Installation cancelled.") if is_canceled() else
                               tr("Installation stopped after {} s.").format(timeout_s))
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
    target = _target(target)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InstallError(tr("Cannot create {}: {}. Set {} to a writable folder.").format(
                              target, exc, DEPS_DIR_ENV)) from exc
    # A prebuilt wheel first: nothing to compile (the module docstring).
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
            tr("pip failed (exit code {}). See the log above: there is no prebuilt wheel of "
               "{} for this backend and platform, and the source build needs {}. Try another "
               "backend (CPU works everywhere), another prebuilt wheel index in the plugin "
               "settings, or the managed local llama-server backend, which never compiles.").format(
               code, pin, needs))
    check = check_import_command(python, target, module)
    on_line("$ " + " ".join(check))
    done = subprocess.run(check, capture_output=True, text=True, env=env, check=False,
                          timeout=300, **hidden_window())
    for line in (done.stdout + done.stderr).splitlines():
        on_line(line)
    if done.returncode != 0:
        raise InstallError(
            tr("{} was installed into {} but cannot be imported (see the log). Try another "
               "backend, or the CPU backend.").format(pin, target))
    install_path_hook(target)
    output = done.stdout.strip().splitlines()
    return output[-1] if output else "ok"
