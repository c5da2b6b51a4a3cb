"""Servers for the server-backend tests: a real `python -m llama_cpp.server` and small stubs.

Shared by tests/integration/test_server_engine.py and tests/qgis/test_server_backend.py.
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SERVER_START_TIMEOUT_S = 120


# --------------------------------------------------------------------------------------------
# Helpers (also used by tests/qgis/test_server_backend.py)
# --------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chips(n, seed=0):
    """n random 100 x 100 chips."""
    import numpy as np

    rng = np.random.default_rng(seed)
    return [rng.integers(0, 256, (100, 100, 3), dtype=np.uint8) for _ in range(n)]


def engine_for(url, **kwargs):
    """A ServerEngine for `url` with these ServerSettings."""
    from deforestation_classifier.core.inference.server_engine import ServerEngine
    from deforestation_classifier.core.inference.server_settings import ServerSettings

    return ServerEngine(ServerSettings(url=url, **kwargs))


def llama_server_missing() -> str:
    """Why `python -m llama_cpp.server` cannot start here, or "" when it can."""
    try:
        import llama_cpp.server.app  # noqa: F401  (fastapi, sse-starlette, ...)
        import uvicorn  # noqa: F401
    except ImportError as exc:
        return (f"llama_cpp.server's extras are missing ({exc}); "
                "pip install -r requirements/dev.txt")
    return ""


class LlamaServer:
    """`python -m llama_cpp.server` on 127.0.0.1 with a multimodal (mtmd) model pair."""

    name = "llama_cpp.server"

    def __init__(self, text, mmproj, log_path: Path, api_key=None, n_threads=2):
        self.model = text
        self.n_threads = n_threads
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self.log_path = Path(log_path)
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(self.command(text, mmproj, api_key), stdout=self._log,
                                        stderr=subprocess.STDOUT)
        try:
            self._wait_ready(api_key)
        except BaseException:
            self.stop()
            raise

    def command(self, text, mmproj, api_key):
        command = [
            sys.executable, "-m", "llama_cpp.server",
            "--model", str(text), "--clip_model_path", str(mmproj),
            # MTMDChatHandler: the GGUF's own chat template, image through mtmd.
            "--chat_format", "mtmd",
            "--host", "127.0.0.1", "--port", str(self.port),
            "--n_ctx", "2048", "--n_threads", str(self.n_threads),
            "--n_threads_batch", str(self.n_threads),
            "--verbose", "False",
        ]
        if api_key:
            command += ["--api_key", api_key]
        return command

    def _wait_ready(self, api_key):
        import urllib.request

        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        request = urllib.request.Request(self.base_url + "/models")
        if api_key:
            request.add_header("Authorization", f"Bearer {api_key}")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited ({self.process.returncode}):\n"
                                   + self.log_path.read_text(errors="replace")[-3000:])
            try:
                with opener.open(request, timeout=2) as response:
                    if json.load(response)["data"]:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer /v1/models in time:\n"
                           + self.log_path.read_text(errors="replace")[-3000:])

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._log.close()


def llama_server_binary():
    """The llama.cpp `llama-server` executable: $DEFORESTATION_LLAMA_SERVER, else on PATH;
    None when there is none (it is not a Python package: build it from llama.cpp)."""
    found = os.environ.get("DEFORESTATION_LLAMA_SERVER") or shutil.which("llama-server")
    return found if found and os.access(found, os.X_OK) else None


class LlamaCppServer(LlamaServer):
    """llama.cpp's own `llama-server` (the model card's deployment) on 127.0.0.1."""

    name = "llama-server"

    def command(self, text, mmproj, api_key):
        command = [
            llama_server_binary(), "--model", str(text), "--mmproj", str(mmproj),
            "--jinja",  # the GGUF's own chat template
            "--host", "127.0.0.1", "--port", str(self.port),
            "--ctx-size", "4096", "--parallel", "2", "--threads", str(self.n_threads),
            "--no-webui",
            "--no-warmup",
        ]
        if api_key:
            command += ["--api-key", api_key]
        return command


class StubServer:
    """A threaded HTTP server on 127.0.0.1; `respond(stub, path, body, headers)` returns
    (status, body bytes or JSON-able, extra headers) or sleeps first. Records every request and
    the most requests seen at once. port: a given one (0: any free port)."""

    def __init__(self, respond, port=0):
        self.respond = respond
        self.requests = []
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                with stub._lock:
                    stub.requests.append((time.monotonic(), self.path, body, dict(self.headers)))
                    stub.active += 1
                    stub.max_active = max(stub.max_active, stub.active)
                try:
                    status, payload, headers = stub.respond(stub, self.path, body,
                                                            dict(self.headers))
                finally:
                    with stub._lock:
                        stub.active -= 1
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in (headers or {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def completions(self):
        return [r for r in self.requests if r[1].endswith("/chat/completions")]

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


MODELS = {"object": "list", "data": [{"id": "stub-model", "object": "model"}]}


def completion(content, logprobs=None):
    return {"id": "chatcmpl-stub", "object": "chat.completion", "model": "stub-model",
            "choices": [{"index": 0, "finish_reason": "stop", "logprobs": logprobs,
                         "message": {"role": "assistant", "content": content}}]}


def answering(content, delay_s=0.0, logprobs=None):
    """A respond() that lists one model and answers every completion with `content`."""
    def respond(stub, path, body, headers):
        if path.endswith("/models"):
            return 200, MODELS, None
        time.sleep(delay_s)
        return 200, completion(content, logprobs), None
    return respond
