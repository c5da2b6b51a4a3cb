"""The dependency installer: its pip command (an argument list) and a real pip install of a
locally built wheel into a temporary target (offline: --no-index --find-links)."""
import sys
from pathlib import Path

import pytest

from deforestation_classifier.core.llama_runtime import LLAMA_CPP_PIN
from deforestation_classifier.models import dependencies as deps
from wheel_factory import build_wheel



# --- the command ------------------------------------------------------------------------------
def test_pip_command_is_an_argument_list_into_the_private_target(tmp_path):
    cmd, env = deps.install_plan("/opt/qgis/python3", tmp_path / "deps",
                                 find_spec=lambda module: object())
    assert isinstance(cmd, list) and all(isinstance(a, str) for a in cmd)
    assert cmd[:4] == ["/opt/qgis/python3", "-m", "pip", "install"]
    assert cmd[cmd.index("--target") + 1] == str(tmp_path / "deps")
    assert "--no-deps" in cmd and "--prefer-binary" in cmd and "--upgrade" in cmd
    assert cmd[-1] == LLAMA_CPP_PIN == "llama-cpp-python==0.3.36"
    assert cmd[cmd.index("--extra-index-url") + 1] == \
        "https://abetlen.github.io/llama-cpp-python/whl/cpu"
    assert not any("numpy" in a for a in cmd)  # QGIS's numpy is never replaced
    assert "CMAKE_ARGS" not in env or env["CMAKE_ARGS"] == deps.os.environ.get("CMAKE_ARGS")
    assert env["PIP_DISABLE_PIP_VERSION_CHECK"] == "1"


@pytest.mark.parametrize("backend, cmake, index", [
    ("vulkan", "-DGGML_VULKAN=on", None),
    ("cuda", "-DGGML_CUDA=on", "https://abetlen.github.io/llama-cpp-python/whl/cu124"),
    ("metal", "-DGGML_METAL=on", "https://abetlen.github.io/llama-cpp-python/whl/metal"),
])
def test_gpu_backends_set_cmake_flags_and_skip_the_wheel_cache(tmp_path, backend, cmake,
                                                               index):
    cmd, env = deps.install_plan("python3", tmp_path, backend, environ={},
                                 find_spec=lambda module: object())
    assert env["CMAKE_ARGS"] == cmake
    assert "--no-cache-dir" in cmd and "--force-reinstall" in cmd
    if index:
        assert cmd[cmd.index("--extra-index-url") + 1] == index
    else:
        assert "--extra-index-url" not in cmd


def test_configured_index_and_missing_requirements(tmp_path):
    missing = {"diskcache", "jinja2", "markupsafe"}
    cmd, env = deps.install_plan(
        "python3", tmp_path, "cpu", wheel_index_url="https://wheels.example/simple",
        find_spec=lambda module: None if module in missing else object(),
        environ={"CMAKE_ARGS": "-DGGML_NATIVE=off"})
    assert cmd[cmd.index("--extra-index-url") + 1] == "https://wheels.example/simple"
    assert cmd[-3:] == ["diskcache>=5.6.1", "jinja2>=2.11.3", "MarkupSafe>=2.0"]
    assert env["CMAKE_ARGS"] == "-DGGML_NATIVE=off"  # the user's own flags win
    with pytest.raises(deps.InstallError, match="Unknown backend"):
        deps.install_plan("python3", tmp_path, "rocm")


def test_shell_strings_are_refused():
    with pytest.raises(TypeError):
        deps.run_pip("pip install something")


def test_this_python_is_found_with_pip():
    python = deps.find_python()
    assert python.is_file()


def test_python_candidates_honour_the_override(monkeypatch, tmp_path):
    monkeypatch.setenv(deps.PYTHON_ENV, str(tmp_path / "python3"))
    assert deps.python_candidates()[0] == tmp_path / "python3"


# --- a real install ---------------------------------------------------------------------------
def test_local_wheel_installs_into_a_temporary_target(tmp_path, monkeypatch):
    wheels = tmp_path / "wheels"
    build_wheel(wheels)
    target = tmp_path / "site"
    lines = []
    monkeypatch.setattr(sys, "path", list(sys.path))  # the hook appends to it
    version = deps.install(
        target=target, python=sys.executable, pin="dc_tinypkg==0.1", module="dc_tinypkg",
        find_links=wheels, find_spec=lambda module: object(), on_line=lines.append)
    assert version == "0.1"
    assert (target / "dc_tinypkg" / "__init__.py").is_file()
    assert any(line.startswith("$ ") and "--no-index" in line and "--find-links" in line
               for line in lines)
    assert any("Successfully installed dc_tinypkg-0.1" in line for line in lines)
    assert str(target) in sys.path  # importable in this process now
    import importlib

    module = importlib.import_module("dc_tinypkg")
    assert Path(module.__file__).parent == target / "dc_tinypkg"
    sys.modules.pop("dc_tinypkg", None)


def test_failed_install_says_what_to_do(tmp_path):
    with pytest.raises(deps.InstallError, match="pip failed"):
        deps.install(target=tmp_path / "site", python=sys.executable,
                     pin="dc_not_there==9.9", module="dc_not_there",
                     find_links=tmp_path, find_spec=lambda module: object(),
                     on_line=lambda line: None)


def test_cancel_terminates_pip(tmp_path):
    cmd = [sys.executable, "-c", "import time; print('started', flush=True); time.sleep(30)"]
    seen = []
    with pytest.raises(deps.InstallError, match="cancelled"):
        deps.run_pip(cmd, on_line=seen.append, is_canceled=lambda: "started" in seen)


def test_path_hook_appends_an_existing_folder_once(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    assert deps.install_path_hook(tmp_path / "absent") is None
    assert deps.install_path_hook(tmp_path) == tmp_path
    deps.install_path_hook(tmp_path)
    assert sys.path.count(str(tmp_path)) == 1 and sys.path[-1] == str(tmp_path)
    monkeypatch.setenv(deps.DEPS_DIR_ENV, str(tmp_path / "env"))
    assert deps.deps_dir() == tmp_path / "env"
