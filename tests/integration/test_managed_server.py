"""The managed local llama-server (core/inference/managed_server.py): found, started on 127.0.0.1 on a free
port with the pair and every layer offloaded, waited for, classified through, stopped.

A real llama-server is used where one is found ($DEFORESTATION_LLAMA_SERVER or PATH); elsewhere
`python -m llama_cpp.server` stands in through the adaptable command line.
"""
import os
import socket
import stat
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from deforestation_classifier.core.inference import managed_server
from deforestation_classifier.core.inference.backends import BACKEND_MANAGED
from deforestation_classifier.core.inference.engines import (
    EngineChoiceError,
    EngineRequest,
    choose_engine,
    load_engine,
)
from deforestation_classifier.core.inference.managed_server import (
    ManagedServers,
    ManagedServerError,
    ManagedServerSpec,
    find_llama_server,
    llama_cpp_python_command,
    llama_server_command,
)
from deforestation_classifier.core.vocabulary import CLASSES
from deforestation_classifier.models.registry import ModelFiles

from server_helpers import chips, llama_server_missing


def executable(path: Path) -> Path:
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_the_command_line_offloads_every_layer_on_loopback():
    spec = ManagedServerSpec("llama-server", Path("t.gguf"), Path("m.gguf"), parallel=3)
    command = llama_server_command(spec, 8123)
    text = " ".join(command)
    assert command[0] == "llama-server"
    assert "--model t.gguf --mmproj m.gguf" in text and "--jinja" in text
    assert "--host 127.0.0.1 --port 8123" in text and "-ngl 99" in text
    assert "--parallel 3 --ctx-size 3072" in text and "--no-mmproj-offload" not in text
    cpu = " ".join(llama_server_command(
        ManagedServerSpec("llama-server", Path("t"), Path("m"), n_gpu_layers=0, n_threads=2),
        1))
    assert "-ngl 0" in cpu and "--no-mmproj-offload" in cpu and "--threads 2" in cpu
    # 0 layers: nothing on the GPU, not even llama.cpp's op offload of batched products.
    assert "--no-op-offload" in cpu.split() and "--no-op-offload" not in command
    some = llama_server_command(
        ManagedServerSpec("llama-server", Path("t"), Path("m"), n_gpu_layers=12), 1)
    assert "-ngl 12" in " ".join(some) and "--no-op-offload" not in some


@pytest.mark.skipif(os.name == "nt", reason="POSIX executable bits")
def test_the_executable_is_the_setting_the_variable_or_on_path(tmp_path):
    configured = executable(tmp_path / "custom-llama-server")
    release = tmp_path / "release"
    release.mkdir()
    in_release = executable(release / "llama-server")
    on_path = tmp_path / "bin"
    on_path.mkdir()
    found_on_path = executable(on_path / "llama-server")
    environ = {"PATH": str(on_path)}
    assert find_llama_server(str(configured), environ) == str(configured)
    assert find_llama_server(str(release), environ) == str(in_release)  # a release folder
    assert find_llama_server("", {"PATH": "", "DEFORESTATION_LLAMA_SERVER": str(configured)}) \
        == str(configured)
    assert find_llama_server("", environ) == str(found_on_path)
    assert find_llama_server(str(tmp_path / "missing"), {"PATH": ""}) is None
    (tmp_path / "not-executable").write_text("")
    assert find_llama_server(str(tmp_path / "not-executable"), {"PATH": ""}) is None


class Feedback:
    def __init__(self):
        self.infos = []

    def pushInfo(self, text):  # noqa: N802 (QgsProcessingFeedback's name)
        self.infos.append(text)

    def isCanceled(self):  # noqa: N802
        return False


@pytest.fixture
def server_command(monkeypatch):
    """(binary, command builder): llama-server when found, else llama_cpp.server standing in."""
    binary = find_llama_server()
    if binary:
        return binary, llama_server_command
    reason = llama_server_missing()
    if reason:
        pytest.skip(reason)
    return sys.executable, llama_cpp_python_command


def port_closed(port):
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) != 0


def test_started_waited_for_classified_through_and_stopped(
        tiny_models, server_command, monkeypatch):
    binary, command = server_command
    servers = ManagedServers(command)
    monkeypatch.setattr(managed_server, "MANAGED", servers)
    text, mmproj = tiny_models
    preferences = SimpleNamespace(
        backend=BACKEND_MANAGED, llama_server_path=binary, auto_download=False,
        model_files=lambda: ModelFiles(Path(text), Path(mmproj)), n_gpu_layers=0, n_threads=1,
        requests_in_flight=1)
    feedback = Feedback()
    choice = choose_engine(EngineRequest(), preferences, feedback)
    server = servers.current()
    assert server is not None and server.alive()
    assert choice.is_server and choice.settings.url == server.base_url
    assert server.base_url.startswith("http://127.0.0.1:")
    assert choice.label() == Path(text).name  # MODEL metadata: not the port of the day
    assert any("Starting the local llama-server" in i for i in feedback.infos)
    engine = load_engine(choice, feedback)
    try:
        predictions = engine.classify_many(chips(2))
    finally:
        engine.close()
    assert all(p.label in CLASSES for p in predictions)
    # The same settings reuse the running server; other settings restart it.
    again = choose_engine(EngineRequest(), preferences, Feedback())
    assert servers.current() is server and again.settings.url == choice.settings.url
    preferences.requests_in_flight = 2
    choose_engine(EngineRequest(), preferences, Feedback())
    restarted = servers.current()
    assert restarted is not server and not server.alive() and port_closed(server.port)
    servers.stop()  # plugin unload / settings changed
    assert not restarted.alive() and port_closed(restarted.port)
    assert servers.current() is None


def test_a_missing_executable_or_a_server_that_dies_is_explained(
        tiny_models, tmp_path, monkeypatch):
    text, mmproj = tiny_models
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("DEFORESTATION_LLAMA_SERVER", raising=False)
    preferences = SimpleNamespace(
        backend=BACKEND_MANAGED, llama_server_path="", auto_download=False,
        model_files=lambda: ModelFiles(Path(text), Path(mmproj)), n_gpu_layers=-1,
        n_threads=0, requests_in_flight=1)
    with pytest.raises(EngineChoiceError, match="no llama-server executable was found"):
        choose_engine(EngineRequest(), preferences, Feedback())
    # An executable that exits at once: its exit code and log are in the message.
    dies = [sys.executable, "-c", "import sys; print('no GPU found'); sys.exit(3)"]
    with pytest.raises(ManagedServerError, match=r"exit code 3.*no GPU found"):
        ManagedServers(lambda spec, port: dies).ensure(
            ManagedServerSpec(sys.executable, Path(text), Path(mmproj)))


# A llama-server that answers /health, and refuses --no-op-offload as releases older than the
# option do ("error: invalid argument: ..." and exit code 1).
OLD_SERVER = """
import http.server, sys
if "--no-op-offload" in sys.argv:
    print("error: invalid argument: --no-op-offload")
    sys.exit(1)
port = int(sys.argv[sys.argv.index("--port") + 1])

class Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass

http.server.HTTPServer(("127.0.0.1", port), Health).serve_forever()
"""


def test_a_llama_server_older_than_no_op_offload_is_started_without_it(tiny_models, tmp_path):
    text, mmproj = tiny_models
    script = tmp_path / "old_llama_server.py"
    script.write_text(OLD_SERVER)

    def command(spec, port):
        return [sys.executable, str(script), *llama_server_command(spec, port)[1:]]

    servers = ManagedServers(command)
    try:
        server = servers.ensure(ManagedServerSpec(sys.executable, Path(text), Path(mmproj),
                                                  n_gpu_layers=0))
        assert server.alive()
        assert "--no-op-offload" not in server.command
        assert "--no-mmproj-offload" in server.command and "-ngl" in server.command
    finally:
        servers.stop()
    # Another refusal is not retried: its message stays.
    refuses = [sys.executable, "-c",
               "print('error: invalid argument: --no-mmproj-offload'); raise SystemExit(1)"]
    with pytest.raises(ManagedServerError, match="invalid argument: --no-mmproj-offload"):
        ManagedServers(lambda spec, port: refuses + ["--no-op-offload"]).ensure(
            ManagedServerSpec(sys.executable, Path(text), Path(mmproj), n_gpu_layers=0))


def test_the_llama_cpp_python_stand_in_has_no_op_offload_option():
    """`python -m llama_cpp.server` (0.3.36) has no op_offload setting: its command stays as
    it was (it stands in for llama-server in the tests only)."""
    command = llama_cpp_python_command(
        ManagedServerSpec(sys.executable, Path("t"), Path("m"), n_gpu_layers=0), 1)
    assert "--n_gpu_layers" in command and command[command.index("--n_gpu_layers") + 1] == "0"
    assert not [arg for arg in command if "op_offload" in arg or "op-offload" in arg]
