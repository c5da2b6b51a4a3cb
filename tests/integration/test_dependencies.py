"""The dependency installer: its pip command (an argument list) and a real pip install of a
locally built wheel into a temporary target (offline: --no-index --find-links)."""
import os
import sys
from pathlib import Path

import pytest

from deforestation_classifier.core.inference.llama_runtime import LLAMA_CPP_PIN
from deforestation_classifier.installer import hardware, pip_install, private_folder
from wheel_factory import build_wheel


# --- the command ------------------------------------------------------------------------------
def test_pip_command_is_an_argument_list_into_the_private_target(tmp_path):
    cmd, env = pip_install.install_plan("/opt/qgis/python3", tmp_path / "deps",
                                        find_spec=lambda module: object())
    assert isinstance(cmd, list) and all(isinstance(a, str) for a in cmd)
    assert cmd[:4] == ["/opt/qgis/python3", "-m", "pip", "install"]
    assert cmd[cmd.index("--target") + 1] == str(tmp_path / "deps")
    assert "--no-deps" in cmd and "--prefer-binary" in cmd and "--upgrade" in cmd
    assert cmd[-1] == LLAMA_CPP_PIN == "llama-cpp-python==0.3.36"
    assert cmd[cmd.index("--extra-index-url") + 1] == \
        "https://abetlen.github.io/llama-cpp-python/whl/cpu"
    assert not any("numpy" in a for a in cmd)  # QGIS's numpy is never replaced
    assert "CMAKE_ARGS" not in env or env["CMAKE_ARGS"] == os.environ.get("CMAKE_ARGS")
    assert env["PIP_DISABLE_PIP_VERSION_CHECK"] == "1"


@pytest.mark.parametrize("backend, cmake, index", [
    ("vulkan", "-DGGML_VULKAN=on", "https://abetlen.github.io/llama-cpp-python/whl/vulkan"),
    ("cuda", "-DGGML_CUDA=on", "https://abetlen.github.io/llama-cpp-python/whl/cu124"),
    ("metal", "-DGGML_METAL=on", "https://abetlen.github.io/llama-cpp-python/whl/metal"),
    ("rocm", "-DGGML_HIP=on", "https://abetlen.github.io/llama-cpp-python/whl/rocm72"),
])
def test_gpu_backends_set_cmake_flags_and_skip_the_wheel_cache(tmp_path, backend, cmake,
                                                               index):
    cmd, env = pip_install.install_plan("python3", tmp_path, backend, environ={},
                                        find_spec=lambda module: object())
    assert env["CMAKE_ARGS"] == cmake
    assert "--no-cache-dir" in cmd and "--force-reinstall" in cmd
    if index:
        assert cmd[cmd.index("--extra-index-url") + 1] == index
    else:
        assert "--extra-index-url" not in cmd


def test_configured_index_and_missing_requirements(tmp_path):
    missing = {"diskcache", "jinja2", "markupsafe"}
    cmd, env = pip_install.install_plan(
        "python3", tmp_path, "cpu", wheel_index_url="https://wheels.example/simple",
        find_spec=lambda module: None if module in missing else object(),
        environ={"CMAKE_ARGS": "-DGGML_NATIVE=off"})
    assert cmd[cmd.index("--extra-index-url") + 1] == "https://wheels.example/simple"
    assert cmd[-3:] == ["diskcache>=5.6.1", "jinja2>=2.11.3", "MarkupSafe>=2.0"]
    assert env["CMAKE_ARGS"] == "-DGGML_NATIVE=off"  # the user's own flags win
    with pytest.raises(pip_install.InstallError, match="Unknown backend"):
        pip_install.install_plan("python3", tmp_path, "opencl")


def test_shell_strings_are_refused():
    with pytest.raises(TypeError):
        pip_install.run_pip("pip install something")


def test_this_python_is_found_with_pip():
    python = pip_install.find_python()
    assert python.is_file()


def test_python_candidates_honour_the_override(monkeypatch, tmp_path):
    monkeypatch.setenv(pip_install.PYTHON_ENV, str(tmp_path / "python3"))
    assert pip_install.python_candidates()[0] == tmp_path / "python3"


# --- a real install ---------------------------------------------------------------------------
def test_local_wheel_installs_into_a_temporary_target(tmp_path, monkeypatch):
    wheels = tmp_path / "wheels"
    build_wheel(wheels)
    target = tmp_path / "site"
    lines = []
    monkeypatch.setattr(sys, "path", list(sys.path))  # the hook appends to it
    version = pip_install.install(
        target=target, python=sys.executable, pin="dc_tinypkg==0.1", module="dc_tinypkg",
        find_links=wheels, find_spec=lambda module: object(), on_line=lines.append)
    assert version == "0.1"
    assert (target / "dc_tinypkg" / "__init__.py").is_file()
    commands = [line for line in lines if line.startswith("$ ") and " pip install " in line]
    # The wheel was there: one attempt, prebuilt only, nothing compiled.
    assert len(commands) == 1 and "--only-binary=:all:" in commands[0]
    assert "--no-index" in commands[0] and "--find-links" in commands[0]
    assert any("Successfully installed dc_tinypkg-0.1" in line for line in lines)
    assert str(target) in sys.path  # importable in this process now
    import importlib

    module = importlib.import_module("dc_tinypkg")
    assert Path(module.__file__).parent == target / "dc_tinypkg"
    sys.modules.pop("dc_tinypkg", None)


def test_no_wheel_falls_back_to_a_source_build_and_says_what_it_needs(tmp_path):
    lines = []
    with pytest.raises(pip_install.InstallError, match="pip failed.*no prebuilt wheel.*CMake"):
        pip_install.install(backend="vulkan", target=tmp_path / "site", python=sys.executable,
                            pin="dc_not_there==9.9", module="dc_not_there",
                            find_links=tmp_path, find_spec=lambda module: object(),
                            on_line=lines.append)
    commands = [line for line in lines if line.startswith("$ ") and " pip install " in line]
    assert len(commands) == 2
    assert "--only-binary=:all:" in commands[0] and "--only-binary=:all:" not in commands[1]
    assert "--prefer-binary" in commands[1]
    fallback = next(line for line in lines if line.startswith("No prebuilt wheel"))
    assert "building from source" in fallback and "Vulkan SDK" in fallback


# --- the backend proposed for this machine ---------------------------------------------------
class Done:
    def __init__(self, stdout, returncode=0):
        self.stdout, self.returncode = stdout, returncode


def probes(tools=(), outputs=None, libraries=(), files=()):
    outputs = outputs or {}
    return dict(
        which=lambda name: f"/usr/bin/{name}" if name in tools else None,
        run=lambda command, **kw: Done(outputs.get(Path(command[0]).name, ""), 0),
        find_library=lambda name: f"lib{name}.so.1" if name in libraries else None,
        exists=lambda path: path in files)


def test_nvidia_smi_proposes_cuda():
    hw = hardware.probe_hardware(system="Linux", machine="x86_64", **probes(
        tools=["nvidia-smi"], outputs={"nvidia-smi": (
            "GPU 0: NVIDIA GeForce RTX 3060 (UUID: GPU-1234)\n")}))
    assert hw.nvidia_gpus == ("NVIDIA GeForce RTX 3060",)
    assert hardware.propose_backend(hw) == ("cuda", "NVIDIA GPU: NVIDIA GeForce RTX 3060")


def test_a_vulkan_loader_with_a_hardware_device_proposes_vulkan():
    summary = ("Devices:\n========\nGPU0:\n\tdeviceName         = AMD Radeon Vega 8 "
               "Graphics (RADV RAVEN)\nGPU1:\n\tdeviceName         = llvmpipe (LLVM 15.0.6)\n")
    hw = hardware.probe_hardware(system="Linux", machine="x86_64", **probes(
        tools=["vulkaninfo"], outputs={"vulkaninfo": summary}, libraries=["vulkan"]))
    assert hw.vulkan_loader and len(hw.vulkan_devices) == 2
    backend, reason = hardware.propose_backend(hw)
    assert backend == "vulkan" and "Radeon Vega 8" in reason and "llvmpipe" not in reason
    # Windows: the loader the GPU driver puts in System32, no vulkaninfo on PATH.
    hw = hardware.probe_hardware(system="Windows", machine="AMD64", **probes(
        files=[os.path.join(os.environ.get("SystemRoot", "C:\\Windows"),
                                 "System32", "vulkan-1.dll")]))
    assert hw.vulkan_loader and hardware.propose_backend(hw)[0] == "vulkan"


def test_apple_silicon_metal_software_vulkan_and_nothing_mean_cpu_or_metal():
    assert hardware.propose_backend(hardware.Hardware("Darwin", "arm64"))[0] == "metal"
    assert hardware.propose_backend(hardware.Hardware("Darwin", "x86_64"))[0] == "cpu"
    software = hardware.Hardware("Linux", "x86_64", vulkan_loader=True,
                                 vulkan_devices=("llvmpipe (LLVM 15.0.6, 256 bits)",))
    assert hardware.propose_backend(software)[0] == "cpu"
    hw = hardware.probe_hardware(system="Linux", machine="x86_64", **probes())
    assert hw == hardware.Hardware("Linux", "x86_64")
    assert hardware.propose_backend(hw) == (
        "cpu", "no GPU driver found (no nvidia-smi, no Vulkan loader)")


def test_a_failing_probe_finds_nothing():
    def broken(command, **kw):
        raise OSError("cannot run")

    hw = hardware.probe_hardware(system="Linux", machine="x86_64", which=lambda n: "/x/" + n,
                                 run=broken, find_library=lambda n: None,
                                 exists=lambda p: False)
    assert hw.nvidia_gpus == () and not hw.vulkan_loader


def test_cancel_terminates_pip(tmp_path):
    cmd = [sys.executable, "-c", "import time; print('started', flush=True); time.sleep(30)"]
    seen = []
    with pytest.raises(pip_install.InstallError, match="cancelled"):
        pip_install.run_pip(cmd, on_line=seen.append, is_canceled=lambda: "started" in seen)


def test_path_hook_appends_an_existing_folder_once(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    assert private_folder.install_path_hook(tmp_path / "absent") is None
    assert private_folder.install_path_hook(tmp_path) == tmp_path
    private_folder.install_path_hook(tmp_path)
    assert sys.path.count(str(tmp_path)) == 1 and sys.path[-1] == str(tmp_path)
    monkeypatch.setenv(private_folder.DEPS_DIR_ENV, str(tmp_path / "env"))
    assert private_folder.deps_dir() == tmp_path / "env"
