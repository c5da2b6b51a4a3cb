"""Where the plugin behaves differently on Windows, checked here with os.name / sys.platform
stood in for (docs/QGIS_NOTES.md, "Windows": the audit, and what only a Windows machine can
check). The module's own `os` is replaced by one that says "nt": patching os.name itself would
make pathlib build WindowsPath objects, which cannot exist on Linux."""
import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from deforestation_classifier.core import diagnostics
from deforestation_classifier.core.inference import managed_server
from deforestation_classifier.core.output import tile_writer
from deforestation_classifier.installer import offline_bundle, pip_install

ROOT = Path(__file__).resolve().parents[2]
CREATE_NO_WINDOW = 0x08000000


class WindowsOs:
    """os, but on Windows."""
    name = "nt"

    def __getattr__(self, attribute):
        return getattr(os, attribute)


@pytest.fixture
def windows(monkeypatch):
    monkeypatch.setattr(subprocess, "CREATE_NO_WINDOW", CREATE_NO_WINDOW, raising=False)

    def on(module):
        monkeypatch.setattr(module, "os", WindowsOs())
    return on


def test_pip_and_its_checks_open_no_console_window(windows):
    assert pip_install.hidden_window() == {}
    windows(pip_install)
    assert pip_install.hidden_window() == {"creationflags": CREATE_NO_WINDOW}


class FakeProcess:
    def __init__(self, *args, **kwargs):
        self.kwargs = kwargs
        self.calls = []
        self.returncode = None
        self.stdout = iter(())

    def poll(self):
        return self.returncode

    def terminate(self):
        self.calls.append("terminate")

    def wait(self, timeout=None):
        self.calls.append("wait")
        if self.calls.count("wait") == 1:
            raise subprocess.TimeoutExpired("llama-server", timeout)
        self.returncode = 1

    def kill(self):
        self.calls.append("kill")


def started_server(monkeypatch, tmp_path):
    for name in ("t.gguf", "m.gguf"):
        (tmp_path / name).write_bytes(b"GGUF")
    monkeypatch.setattr(managed_server.subprocess, "Popen", FakeProcess)
    spec = managed_server.ManagedServerSpec("llama-server.exe", tmp_path / "t.gguf",
                                            tmp_path / "m.gguf")
    server = managed_server.ManagedServer.__new__(managed_server.ManagedServer)
    server.spec, server.command = spec, ["llama-server.exe", "--port", "1"]
    server._start()
    return server


def test_llama_server_starts_without_a_console_and_stops_without_signals(
        windows, monkeypatch, tmp_path):
    windows(managed_server)
    server = started_server(monkeypatch, tmp_path)
    assert server.process.kwargs["creationflags"] == CREATE_NO_WINDOW
    assert "start_new_session" not in server.process.kwargs  # POSIX only
    server.stop()  # TerminateProcess, then kill when it does not exit in time: no signals
    assert server.process.calls == ["terminate", "wait", "kill", "wait"]


def test_llama_server_has_its_own_session_elsewhere(monkeypatch, tmp_path):
    server = started_server(monkeypatch, tmp_path)
    assert server.process.kwargs == {"stdout": server._log, "stderr": subprocess.STDOUT,
                                     "stdin": subprocess.DEVNULL, "start_new_session": True}
    server._log.close()


def test_a_release_folder_with_llama_server_exe_is_found(windows, tmp_path):
    windows(managed_server)
    release = tmp_path / "llama b6000 bin-win-vulkan-x64"  # spaces, as in Downloads folders
    release.mkdir()
    exe = release / "llama-server.exe"
    exe.write_bytes(b"MZ")
    exe.chmod(0o755)
    assert managed_server.find_llama_server(str(release), {"PATH": ""}) == str(exe)


@pytest.mark.parametrize("platform_name, machine, expected", [
    ("win32", "AMD64", "windows-amd64"), ("darwin", "arm64", "macos-arm64"),
    ("linux", "x86_64", "linux-x86_64")])
def test_the_bundle_folder_of_this_machine(monkeypatch, platform_name, machine, expected):
    monkeypatch.setattr(offline_bundle.sys, "platform", platform_name)
    monkeypatch.setattr(offline_bundle.platform, "machine", lambda: machine)
    assert offline_bundle.this_platform() == expected


@pytest.mark.parametrize("home", ["C:\\Users\\Ana Silva", "\\\\fileserver\\homes\\Ana Silva"])
def test_diagnostics_hide_windows_homes_in_both_slash_forms(windows, home):
    windows(diagnostics)
    forward = home.replace("\\", "/")
    text = (f"{home}\\AppData\\Roaming\\QGIS\\x.gguf {forward}/models D:\\ANA SILVA\\data "
            "C:\\Users\\Public")
    cleaned = diagnostics.clean(text, home=home, user="ana silva")
    assert cleaned == ("~\\AppData\\Roaming\\QGIS\\x.gguf ~/models D:\\<user>\\data "
                       "C:\\Users\\Public")


def test_an_overwrite_of_a_file_windows_holds_open_keeps_both_and_says_why(
        monkeypatch, tmp_path):
    """Windows refuses to replace a GeoPackage another program (a QGIS layer) holds open: the
    old output stays, the new tiles stay in the partial file for a rerun, and the message
    names the fix."""
    from test_output_safety import OVERWRITE, SETTINGS, SOURCE_A, GRID, result, tile_ids, write

    path = tmp_path / "Área de trabalho" / "saída 1.gpkg"  # spaces and accents
    write(path, [1, 2])
    writer = tile_writer.TileWriter(path, GRID, mode=OVERWRITE, settings=SETTINGS,
                                    source=SOURCE_A)

    def locked(source, target):
        raise PermissionError(13, "The process cannot access the file because it is being "
                                  "used by another process", str(target))

    monkeypatch.setattr(tile_writer.os, "replace", locked)
    writer.add(result(7))
    with pytest.raises(tile_writer.OutputError, match="Close any program that holds it open"):
        writer.commit()
    monkeypatch.undo()
    assert tile_ids(path) == ["EPSG32633_E1_N5800", "EPSG32633_E2_N5800"]
    assert tile_ids(tile_writer.partial_path(path)) == ["EPSG32633_E7_N5800"]


POSIX_ONLY = {("os", "kill"), ("os", "killpg"), ("os", "fork"), ("os", "setsid"),
              ("os", "getuid"), ("signal", "SIGKILL"), ("signal", "SIGHUP"),
              ("signal", "SIGUSR1"), ("signal", "SIGTERM")}


def test_no_posix_only_call_in_the_plugin():
    """The plugin runs inside QGIS on Windows too: no POSIX-only process calls, no fcntl or
    pwd imports, no preexec_fn (the command line's Ctrl+C uses SIGINT, which Windows has)."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        # cli/ is the command line, not in the plugin's ZIP (its finding: docs/QGIS_NOTES.md).
        if parts[0] in ("tests", "bench", "scripts", "build", "cli") or parts[0].startswith("."):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and (node.value.id, node.attr) in POSIX_ONLY:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value.id}."
                             f"{node.attr}")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) \
                    else [node.module or ""]
                found += [f"{path.relative_to(ROOT)}:{node.lineno} import {n}" for n in names
                          if n in ("fcntl", "pwd", "grp", "resource", "termios")]
            if isinstance(node, ast.keyword) and node.arg == "preexec_fn":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} preexec_fn")
    assert found == []


def test_the_test_runner_is_not_fooled(monkeypatch):
    """The stand-in changes only the module it is given."""
    monkeypatch.setattr(pip_install, "os", WindowsOs())
    assert os.name == ("nt" if sys.platform.startswith("win") else "posix")
    assert Path("a") / "b" == Path("a/b")


def test_a_cluster_worker_reports_memory_without_the_posix_resource_module(monkeypatch):
    """Windows has no `resource` module: a worker of `deforestation area` still runs, its peak
    memory unknown rather than a crash (cli/cluster.py)."""
    from deforestation_classifier.cli import cluster

    monkeypatch.setitem(sys.modules, "resource", None)  # import resource -> ImportError
    memory = cluster._memory()
    assert memory["peak_rss_mib"] is None
    assert set(memory) == {"rss_mib", "peak_rss_mib"}
