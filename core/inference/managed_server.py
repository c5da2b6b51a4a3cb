"""A local llama.cpp `llama-server` the plugin starts and stops itself: the GPU without a compiler.

llama.cpp publishes `llama-server` release binaries for Windows, Linux and macOS with Vulkan
(AMD/Intel iGPUs), CUDA and Metal built in (docs/SERVERS.md). With the "managed local
llama-server" backend the user points the settings at such a binary (or one is found on PATH);
before the first tile the plugin starts it on 127.0.0.1 on a free port with the two GGUF files
and all layers offloaded (`-ngl 99 --mmproj`, the projector on the GPU too), waits until it
answers `/health`, and the run classifies through the server backend
(core/inference/server_engine.py).
The server stays up for the next run with the same settings, and is stopped when the plugin
unloads or the settings change (stop_managed_server()).

The command line is a function of (spec, port) so that another OpenAI-compatible server can
stand in (the tests run `python -m llama_cpp.server` where no llama-server is found). Standard
library only; no QGIS.
"""
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional
from ... import errors
from .image_tokens import SERVER_MIN_OPTION, server_arguments
from ...toolbelt.i18n import tr

LLAMA_SERVER_ENV = "DEFORESTATION_LLAMA_SERVER"
START_TIMEOUT_S = 180.0  # loading the pair and the GPU backend's first kernels
STOP_TIMEOUT_S = 10.0
SLOT_CONTEXT = 1024  # tokens per parallel slot: a tile needs about 400
ALL_LAYERS = 99  # llama-server's "all layers" (the card's model has far fewer)
# llama-server's switch for op offload; releases older than the option refuse it ("invalid
# argument"), and the server is then started without it (ManagedServer).
NO_OP_OFFLOAD = "--no-op-offload"


class ManagedServerError(errors.EngineError):
    """The local server cannot be found or started; the message says why and what to do."""


@dataclass(frozen=True)
class ManagedServerSpec:
    binary: str
    model_path: Path
    mmproj_path: Path
    n_gpu_layers: int = -1  # -1: all; 0: CPU only
    n_threads: int = 0  # 0: the server's default
    parallel: int = 2  # requests it runs at once (the plugin's requests in flight)


def find_llama_server(configured: str = "", environ=None) -> Optional[str]:
    """The llama-server executable: the configured path (a file or the folder of a release
    archive), else $DEFORESTATION_LLAMA_SERVER, else `llama-server` on PATH; None when none."""
    environ = os.environ if environ is None else environ
    names = ("llama-server.exe", "llama-server") if os.name == "nt" else ("llama-server",)
    for candidate in (configured.strip(), (environ.get(LLAMA_SERVER_ENV) or "").strip()):
        if not candidate:
            continue
        path = Path(candidate).expanduser()
        options = [path / name for name in names] if path.is_dir() else [path]
        for option in options:
            if option.is_file() and os.access(option, os.X_OK):
                return str(option)
    for name in names:
        found = shutil.which(name, path=environ.get("PATH"))
        if found:
            return found
    return None


def llama_server_command(spec: ManagedServerSpec, port: int):
    """llama.cpp's llama-server on 127.0.0.1:port with the pair, every layer offloaded."""
    layers = ALL_LAYERS if spec.n_gpu_layers < 0 else spec.n_gpu_layers
    parallel = max(1, spec.parallel)
    command = [
        spec.binary, "--model", str(spec.model_path), "--mmproj", str(spec.mmproj_path),
        "--jinja",  # the GGUF's own chat template: the card's prompt format
        "--host", "127.0.0.1", "--port", str(port),
        "-ngl", str(layers), "--parallel", str(parallel),
        "--ctx-size", str(SLOT_CONTEXT * parallel), "--no-webui",
        # The image token limits asked for, never the server's default (image_tokens.py).
        *server_arguments(),
    ]
    if layers == 0:
        # CPU only: the projector too, and no batched products of the host's layers sent to
        # the GPU either (llama.cpp's op offload, on by default).
        command += ["--no-mmproj-offload", NO_OP_OFFLOAD]
    if spec.n_threads > 0:
        command += ["--threads", str(spec.n_threads)]
    return command


def llama_cpp_python_command(spec: ManagedServerSpec, port: int):
    """`python -m llama_cpp.server` in llama-server's place (same model pair, same port);
    spec.binary is then the Python interpreter that has llama-cpp-python[server]. Its settings
    (0.3.36) have no op_offload, so with 0 GPU layers it cannot turn op offload off, nor image
    token limits: it keeps its llama.cpp's LFM2 default, which in 0.3.36 is the card's
    (core/inference/image_tokens.py)."""
    command = [
        spec.binary, "-m", "llama_cpp.server", "--model", str(spec.model_path),
        "--clip_model_path", str(spec.mmproj_path), "--chat_format", "mtmd",
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048",
        "--n_gpu_layers", str(spec.n_gpu_layers), "--verbose", "False",
    ]
    if spec.n_threads > 0:
        command += ["--n_threads", str(spec.n_threads), "--n_threads_batch", str(spec.n_threads)]
    return command


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ManagedServer:
    """One started server process; base_url is its OpenAI-compatible URL."""

    def __init__(self, spec: ManagedServerSpec,
                 command: Callable[[ManagedServerSpec, int], list] = llama_server_command,
                 start_timeout_s: float = START_TIMEOUT_S, cancelled=lambda: False):
        for name, path in (("text model", spec.model_path), ("vision projector",
                                                             spec.mmproj_path)):
            if not Path(path).is_file():
                raise ManagedServerError(tr("The {} file is missing: {}.").format(name, path))
        self.spec = spec
        self.port = free_port()
        self.root_url = f"http://127.0.0.1:{self.port}"
        self.base_url = self.root_url + "/v1"
        self.command = command(spec, self.port)
        self._start()
        try:
            try:
                self._wait_healthy(start_timeout_s, cancelled)
            except ManagedServerError:
                if self._refused(SERVER_MIN_OPTION):
                    raise ManagedServerError(
                        tr("{} does not know {}: it is older than the llama.cpp of the model "
                           "card's evaluation and cannot be told how many image tokens to "
                           "make of a chip (docs/MODEL.md). Use a current llama.cpp "
                           "release.").format(
                           self.command[0], SERVER_MIN_OPTION)) from None
                if not self._refused(NO_OP_OFFLOAD):
                    raise
                # A llama-server older than --no-op-offload: started again without it (its
                # CPU-only run may then still send batched products to a GPU it has).
                self.stop()
                self.command = [arg for arg in self.command if arg != NO_OP_OFFLOAD]
                self._start()
                self._wait_healthy(start_timeout_s, cancelled)
        except BaseException:
            self.stop()
            raise

    def _start(self):
        handle, log_name = tempfile.mkstemp(prefix="deforestation-llama-server-", suffix=".log")
        self.log_path = Path(log_name)
        self._log = os.fdopen(handle, "wb")
        # No console window on Windows; a process group of its own elsewhere (not killed by a
        # Ctrl+C meant for QGIS, stopped by stop()).
        extra = ({"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)} if os.name == "nt"
                 else {"start_new_session": True})
        try:
            self.process = subprocess.Popen(self.command, stdout=self._log,
                                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                            **extra)
        except OSError as exc:
            self._log.close()
            raise ManagedServerError(
                tr("Cannot start {} ({}). Point the plugin settings at a llama-server "
                   "executable from llama.cpp's releases.").format(self.command[0], exc)) from exc

    def _refused(self, option: str) -> bool:
        """Whether the server exited at start because it does not know `option`."""
        return (option in self.command and not self.alive()
                and f"invalid argument: {option}" in self.log_tail(20000))

    def alive(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, chars=2000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:].strip()
        except OSError:
            return ""

    def _wait_healthy(self, timeout_s, cancelled):
        """Until GET /health answers 200 (llama-server: 503 while loading); a server without
        /health (HTTP 404, e.g. llama_cpp.server) is ready when /v1/models answers."""
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + timeout_s
        path = "/health"
        while time.monotonic() < deadline:
            if not self.alive():
                raise ManagedServerError(
                    tr("The local server stopped while starting (exit code {}): {}").format(
                       self.process.returncode, self.log_tail()))
            if cancelled():
                raise ManagedServerError(tr("Starting the local server was cancelled."))
            try:
                url = self.base_url + "/models" if path == "/models" else self.root_url + path
                with opener.open(url, timeout=2) as response:
                    if response.status == 200:
                        return
            except urllib.error.HTTPError as exc:
                if exc.code == 404 and path == "/health":
                    path = "/models"
                    continue
            except OSError:
                pass
            time.sleep(0.25)
        raise ManagedServerError(
            tr("The local server did not answer {} within {:g} s. Its log: {}").format(
               path, timeout_s, self.log_tail()))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=STOP_TIMEOUT_S)
        if not self._log.closed:
            self._log.close()


class ManagedServers:
    """The one managed server of the QGIS session: reused while its spec is the same."""

    def __init__(self, command=llama_server_command):
        self.command = command
        self._lock = threading.Lock()
        self._server: Optional[ManagedServer] = None

    def ensure(self, spec: ManagedServerSpec, cancelled=lambda: False) -> ManagedServer:
        """The running server for spec; started (and any other one stopped) when needed."""
        with self._lock:
            server = self._server
            if server is not None and server.spec == spec and server.alive():
                return server
            self._server = None
            if server is not None:
                server.stop()
            self._server = ManagedServer(spec, self.command, cancelled=cancelled)
            return self._server

    def current(self) -> Optional[ManagedServer]:
        return self._server

    def stop(self):
        with self._lock:
            server, self._server = self._server, None
        if server is not None:
            server.stop()


MANAGED = ManagedServers()


def stop_managed_server():
    """Stop the local server the plugin started, if any (plugin unload, settings changed)."""
    MANAGED.stop()
