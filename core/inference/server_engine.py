"""OpenAI-compatible server backend: the model card's request to /v1/chat/completions.

For a shared GPU box or a pool of servers running llama-server, vLLM or `python -m
llama_cpp.server`. Same interface as RecipeEngine (classify(chip) -> Prediction, close(), name),
plus `submit(chip) -> Future` and `classify_many(chips)` so that several requests are in flight
(`requests_in_flight` worker threads). Standard library only (urllib): nothing to install inside
QGIS. Proxies come from the standard variables (http_proxy, https_proxy, no_proxy); loopback
servers are always reached directly.

The request is the card's (docs/MODEL.md, "The contract"): the system prompt byte for byte, the user
turn [image as a data:image/png;base64 URI, text "{}"], JSON-schema-constrained answer. Where the
servers differ:

- response_format. The card's literal `{"type": "json_schema", "schema": ...}` constrains nothing
  on any of the three: llama-cpp-python ignores "json_schema" (docs/MODEL.md; its server refuses
  the type outright, HTTP 500 with a validation error), and llama-server / vLLM read the schema of
  that type from a "json_schema" wrapper, which the card's form lacks. So:
  * RESPONSE_FORMAT_JSON_OBJECT (default): `{"type": "json_object", "schema": SCHEMA}`, enforced by
    llama_cpp.server and llama-server; vLLM accepts it but constrains only to "a JSON object"
    (the fine-tuned model answers the canonical JSON anyway: 0 failures in 996 on the card).
  * RESPONSE_FORMAT_JSON_SCHEMA: the OpenAI form `{"type": "json_schema", "json_schema": {"name":
    "class_label", "schema": SCHEMA, "strict": true}}`, enforced by vLLM, llama-server and OpenAI;
    refused by llama_cpp.server. Set $DEFORESTATION_SERVER_RESPONSE_FORMAT=json_schema for vLLM.
- temperature 0 (greedy) instead of the card's 0.1: the same answer unless the two best tokens
  are within a fraction of a nat, deterministic (a re-run gives the same map) and the same
  decoding as the in-process engines. `repeat_penalty: 1.0` is sent in json_object mode because
  llama_cpp.server defaults to 1.1 (llama-server, whose defaults the card used, has 1.0).
- logprobs: true, top_logprobs: 20 (the OpenAI maximum and vLLM's default cap; more alternatives
  make it likelier that all three classes are listed). The three labels begin
  with different letters, so the class is fixed by the token where the label's first character
  is. Class probabilities are read at that position: the mass of every listed token that starts
  a class's label (e.g. "ST", "STANDING" or "S" for STANDING_FOREST), renormalised over the three
  classes. Servers return log-probabilities of the model's raw distribution (before the schema
  grammar), so renormalising over the class tokens is the distribution the grammar leaves. When
  the server returns no log-probabilities, or one class has no token among the top ones,
  probabilities are None (never invented): llama_cpp.server with the tests' tiny random model gives
  None at 20 alternatives and valid ones when all tokens are listed. They are probabilities at
  temperature 1 at that one position; the label stays the server's greedy answer (when a class's
  mass is split over several tokens, the most probable class can differ from it).

Requests in flight: `requests_in_flight` is per server; the pipeline hands submit() the chips
of the tiles ahead (pipeline._in_flight), up to requests_in_flight x servers at once. What the
server does with them: llama-server runs `--parallel N` slots at once (its context `-c` is split
between them: give each slot ~1024 tokens), vLLM batches them, llama_cpp.server answers one at a
time (one model, one lock; in flight there only overlaps the PNG encoding and the transfers).

A pool (several URLs; docs/SERVERS.md): each request goes to the server in service with the
fewest requests in flight (round-robin among equals), never more than requests_in_flight on one
server. A circuit breaker takes a server out of service when it cannot be reached (at once) or
after POOL_FAILURES_TO_OPEN failures in a row (timeouts: a slow server; 5xx); its requests go to
the others. After a cool-down (POOL_COOLDOWN_S, doubling up to POOL_COOLDOWN_MAX_S) the next
request first checks its health (GET /models, which also reads the model it serves) and puts it
back in service when it answers. A server down at the start is only taken out (the run goes on
with the others); every server down is an error. When all are out, a request waits for the first
to be tried again. tiles_per_server() counts the answers of each server for the run's log.
A single server keeps plain retries with backoff: there is nowhere else to send its tiles.

Failures: connection errors, timeouts, HTTP 429 and 5xx are retried with exponential backoff
(another server of a pool when there is one); then ServerError names the URL and the fix. HTTP
401/403 -> ServerError about the API key; a 200 answer that is not a chat completion or not one of
the three labels -> LabelError with the content (the pipeline marks that tile ERROR).
"""
import base64
import http.client
import ipaddress
import itertools
import json
import math
import random
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields, replace
from typing import Optional

from ...toolbelt.environment import env_overrides
from ..imagery.chips import encode_png
from ..vocabulary import CLASSES
from .prompt import (
    ANSWER_SCHEMA,
    MAX_ANSWER_TOKENS,
    LabelError,
    build_messages,
    parse_label,
)
from .recipe_engine import Prediction

__all__ = [
    "ServerEngine", "ServerSettings", "ServerError", "class_probabilities", "normalise_base_url",
    "RESPONSE_FORMAT_JSON_OBJECT", "RESPONSE_FORMAT_JSON_SCHEMA",
]

RESPONSE_FORMAT_JSON_OBJECT = "json_object"
RESPONSE_FORMAT_JSON_SCHEMA = "json_schema"
RESPONSE_FORMATS = (RESPONSE_FORMAT_JSON_OBJECT, RESPONSE_FORMAT_JSON_SCHEMA)
TOP_LOGPROBS = 20
BACKOFF_BASE_S = 0.5
BACKOFF_MAX_S = 8.0
RETRY_HTTP_CODES = (408, 429, 500, 502, 503, 504)
# The /models look-up before the first tile: a host that drops packets fails within about 20 s.
DISCOVERY_TIMEOUT_S = 10.0
DISCOVERY_ATTEMPTS = 2
USER_AGENT = "deforestation-classifier"
# The pool's circuit breaker (see the module docstring).
POOL_FAILURES_TO_OPEN = 2
POOL_COOLDOWN_S = 5.0
POOL_COOLDOWN_MAX_S = 60.0
# Headless overrides of the fields PlgSettings does not hold.
ENV_OVERRIDES = {
    "DEFORESTATION_SERVER_MODEL": "model_name",
    "DEFORESTATION_SERVER_TIMEOUT": "timeout_s",
    "DEFORESTATION_SERVER_RETRIES": "retries",
    "DEFORESTATION_SERVER_RESPONSE_FORMAT": "response_format",
    "DEFORESTATION_SERVER_LOGPROBS": "logprobs",
    "DEFORESTATION_SERVER_TOP_LOGPROBS": "top_logprobs",
}
_LABEL_START = re.compile(r'"class_label"\s*:\s*"')


class ServerError(RuntimeError):
    """The server cannot be used (unreachable, refused, misconfigured); the message says why and
    what to do."""


@dataclass(frozen=True)
class ServerSettings:
    # OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1 (also accepted: the bare
    # http://host:port, or the .../chat/completions endpoint). Several URLs separated by spaces,
    # commas or semicolons form a pool: requests go round-robin, a failed one tries the next.
    url: str
    api_key: str = ""  # sent as "Authorization: Bearer <key>"; never logged
    model_name: str = ""  # empty: the first model the server lists at /v1/models
    requests_in_flight: int = 1
    timeout_s: float = 120.0  # seconds without an answer (connect, or wait for the body)
    retries: int = 3  # further attempts after a connection error, timeout, 429 or 5xx
    response_format: str = RESPONSE_FORMAT_JSON_OBJECT
    # Ask for log-probabilities (class probabilities). llama_cpp.server computes them in Python:
    # about 30 ms per answer token for a 65k vocabulary (a sort per token); llama-server / vLLM:
    # negligible.
    logprobs: bool = True
    top_logprobs: int = TOP_LOGPROBS  # alternatives per token; vLLM refuses more than its cap

    def __repr__(self):  # keep the key out of logs and tracebacks
        shown = {f.name: ("***" if f.name == "api_key" and self.api_key else getattr(self, f.name))
                 for f in fields(self)}
        return "ServerSettings(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"

    def with_environment(self, environ=None) -> "ServerSettings":
        """Override model_name, timeout_s, retries, response_format, logprobs and top_logprobs
        from DEFORESTATION_SERVER_* variables (ENV_OVERRIDES); unparsable values are ignored."""
        kinds = {f.name: f.type for f in fields(self)}
        return replace(self, **env_overrides(ENV_OVERRIDES, kinds, environ))

    def base_urls(self):
        return tuple(normalise_base_url(u) for u in re.split(r"[\s,;]+", self.url.strip()) if u)


def normalise_base_url(url: str) -> str:
    """http://host:8080, http://host:8080/v1/ and http://host:8080/v1/chat/completions all give
    http://host:8080/v1."""
    url = url.strip().rstrip("/")
    if "://" not in url:
        url = "http://" + url
    for suffix in ("/chat/completions", "/models"):
        if url.endswith(suffix):
            url = url[: -len(suffix)]
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ServerError(
            f"'{url}' is not a server URL. Give the OpenAI-compatible base URL, e.g. "
            "http://127.0.0.1:8080/v1, in the plugin settings or $DEFORESTATION_SERVER_URL.")
    if parts.path in ("", "/"):
        url += "/v1"
    return url


def _is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def response_format_for(kind: str) -> dict:
    if kind == RESPONSE_FORMAT_JSON_OBJECT:
        return {"type": "json_object", "schema": ANSWER_SCHEMA}
    if kind == RESPONSE_FORMAT_JSON_SCHEMA:
        return {"type": "json_schema",
                "json_schema": {"name": "class_label", "schema": ANSWER_SCHEMA, "strict": True}}
    raise ServerError(
        f"Unknown response format '{kind}': use one of {', '.join(RESPONSE_FORMATS)}.")


def class_probabilities(logprobs) -> Optional[dict]:
    """{class: probability} from a chat completion's `choices[0].logprobs`, or None.

    The position is the token holding the label's first character (after '"class_label": "' in
    the generated text, rebuilt from the tokens); each listed alternative there that continues
    the text before the label within that token and then starts a label (or spells one and its
    closing quote) counts for that class. None when there are no log-probabilities, no label in
    the tokens, or a class without any token among the listed ones.
    """
    entries = logprobs.get("content") if isinstance(logprobs, dict) else None
    if not isinstance(entries, list) or not entries:
        return None
    try:
        tokens = [str(e["token"]) for e in entries]
    except (KeyError, TypeError):
        return None
    text = "".join(tokens)
    match = _LABEL_START.search(text)
    if match is None:
        return None
    start_char = match.end()
    offset = 0
    for entry, token in zip(entries, tokens):
        if offset + len(token) > start_char:
            break
        offset += len(token)
    else:
        return None
    lead = text[offset:start_char]  # the part of this token before the label
    candidates = {}
    for alt in [entry, *(entry.get("top_logprobs") or [])]:
        if not isinstance(alt, dict):
            continue
        token, logprob = alt.get("token"), alt.get("logprob")
        if not isinstance(token, str) or not isinstance(logprob, (int, float)):
            continue
        if math.isfinite(logprob):
            candidates.setdefault(token, float(logprob))
    mass = dict.fromkeys(CLASSES, 0.0)
    for token, logprob in candidates.items():
        if not token.startswith(lead):
            continue
        rest = token[len(lead):]
        for label in CLASSES:
            quoted = label + '"'
            if rest and (quoted.startswith(rest) or rest.startswith(quoted)):
                mass[label] += math.exp(logprob)
    total = sum(mass.values())
    if total <= 0.0 or any(v <= 0.0 for v in mass.values()):
        return None
    return {label: mass[label] / total for label in CLASSES}


class _Transient(Exception):
    """A failure worth retrying; `message` is the final error text if retries run out.
    unreachable: the server did not take the request at all (its pool breaker opens at once)."""

    def __init__(self, message, retry_after=None, unreachable=False):
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after
        self.unreachable = unreachable


class _Member:
    """One server of a pool and its circuit breaker; guarded by the engine's condition."""

    def __init__(self, url, model=""):
        self.url = url
        self.model = model
        self.in_flight = 0
        self.tiles = 0  # answers (any label) from this server
        self.failures = 0  # failures in a row
        self.taken_out = 0  # how often the breaker opened
        self.open_until = 0.0  # time.monotonic() before which it is out of service
        self.cooldown = 0.0
        self.out = False  # out of service (open, or half-open once open_until has passed)
        self.probing = False  # a request is checking its health
        self.last_error = ""


class ServerEngine:
    """classify() / submit() / classify_many() against one server or a pool of servers."""

    name = "server"

    def __init__(self, settings: ServerSettings):
        self.settings = settings
        if settings.response_format not in RESPONSE_FORMATS:
            response_format_for(settings.response_format)  # raises the clear error
        self._urls = settings.base_urls()
        if not self._urls:
            raise ServerError(
                "No server URL is set. Give the OpenAI-compatible base URL (e.g. "
                "http://127.0.0.1:8080/v1) in the plugin settings or $DEFORESTATION_SERVER_URL.")
        self.per_server = max(1, int(settings.requests_in_flight or 1))
        # What the pipeline keeps in flight: every server's share.
        self.requests_in_flight = self.per_server * len(self._urls)
        self._openers = {u: self._opener_for(u) for u in self._urls}
        self._turn = itertools.count()
        self._cond = threading.Condition()
        self._members = [_Member(u, settings.model_name) for u in self._urls]
        if not settings.model_name:
            self._discover_models()
        self._pool = ThreadPoolExecutor(max_workers=self.requests_in_flight,
                                        thread_name_prefix="deforestation-server")

    @property
    def models(self):
        """{url: model name} (vLLM answers only to the name it serves); "" while unknown."""
        return {m.url: m.model for m in self._members}

    def _discover_models(self):
        """The model of each server before the first tile (also its health check). One server:
        its failure is the error. A pool: the servers that fail are taken out, the run goes on
        with the others; all failing is the error."""
        if len(self._members) == 1:
            self._members[0].model = self._discover_model(self._urls[0])
            return
        errors = []
        with ThreadPoolExecutor(max_workers=len(self._members)) as lookups:
            futures = [(m, lookups.submit(self._discover_model, m.url)) for m in self._members]
            for member, future in futures:
                try:
                    member.model = future.result()
                except ServerError as exc:
                    errors.append(str(exc))
                    with self._cond:
                        self._take_out(member, str(exc), at_once=True)
        if len(errors) == len(self._members):
            raise ServerError("No server of the pool answers: " + " | ".join(errors))

    def tiles_per_server(self) -> dict:
        """{url: answers so far} (for the run's log: the difference between two calls)."""
        with self._cond:
            return {m.url: m.tiles for m in self._members}

    def pool_report(self, before=None) -> str:
        """One line per server: tiles answered since `before` (a tiles_per_server() result),
        times taken out of service and the last failure."""
        before = before or {}
        lines = []
        with self._cond:
            for m in self._members:
                text = f"{m.url}: {m.tiles - before.get(m.url, 0)} tiles"
                if m.taken_out:
                    text += (f", taken out of service {m.taken_out} times"
                             f"{' (out now)' if m.out else ''}; last failure: {m.last_error}")
                lines.append(text)
        return "\n".join(lines)

    # --- engine interface -------------------------------------------------------------------
    def classify(self, chip) -> Prediction:
        return self.submit(chip).result()

    def submit(self, chip):
        """A Future of the chip's Prediction; at most requests_in_flight run at once."""
        pool = self._pool
        if pool is None:
            raise ServerError("The server engine is closed.")
        return pool.submit(self._classify_now, chip)

    def classify_many(self, chips):
        """Predictions for `chips`, in order, with requests_in_flight requests at a time."""
        futures = [self.submit(chip) for chip in chips]
        try:
            return [f.result() for f in futures]
        finally:
            for f in futures:
                f.cancel()

    def close(self):
        pool, self._pool = getattr(self, "_pool", None), None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
            with self._cond:
                self._cond.notify_all()  # requests waiting for a server give up

    # --- one request --------------------------------------------------------------------------
    def request_body(self, image_url: str, model: str) -> dict:
        body = {
            "model": model,
            "messages": build_messages(image_url),
            "response_format": response_format_for(self.settings.response_format),
            "temperature": 0.0,
            "max_tokens": MAX_ANSWER_TOKENS,
            "stream": False,
        }
        if self.settings.response_format == RESPONSE_FORMAT_JSON_OBJECT:
            body["repeat_penalty"] = 1.0
        if self.settings.logprobs:
            body.update(logprobs=True, top_logprobs=self.settings.top_logprobs)
        return body

    def _classify_now(self, chip) -> Prediction:
        url = "data:image/png;base64," + base64.b64encode(encode_png(chip)).decode("ascii")
        return self.classify_image_url(url)

    def classify_image_url(self, image_url: str) -> Prediction:
        base, answer = self._post_with_retries(image_url)
        try:
            choice = answer["choices"][0]
            content = choice["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise LabelError(
                f"The server at {base} did not answer with a chat completion: "
                f"{json.dumps(answer)[:300]!r}") from exc
        if not isinstance(content, str):
            raise LabelError(f"The server at {base} answered no text: {json.dumps(choice)[:300]!r}")
        label = parse_label(content.strip())
        return Prediction(label=label, probabilities=class_probabilities(choice.get("logprobs")),
                          raw_answer=content)

    def _post_with_retries(self, image_url: str):
        if len(self._members) == 1:
            return self._post_single(image_url)
        return self._post_pool(image_url)

    def _post_single(self, image_url: str):
        member = self._members[0]
        attempts = max(0, self.settings.retries) + 1
        failure = None
        for attempt in range(attempts):
            body = self.request_body(image_url, member.model)
            try:
                answer = self._open(member.url, "/chat/completions", body)
                with self._cond:
                    member.tiles += 1
                return member.url, answer
            except _Transient as exc:
                failure = exc
            if attempt + 1 < attempts:
                delay = min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** attempt)
                if failure.retry_after is not None:
                    delay = min(BACKOFF_MAX_S * 4, max(delay, failure.retry_after))
                time.sleep(delay * random.uniform(0.8, 1.2))
        raise ServerError(f"{failure.message} (tried {attempts} times)")

    def _post_pool(self, image_url: str):
        # Every server may fail a tile once before the retries count: a server killed with
        # requests in flight costs its tiles one attempt, answered by another server.
        attempts = max(0, self.settings.retries) + len(self._members)
        failure = None
        for attempt in range(attempts):
            member = self._acquire()
            try:
                if not member.model:  # down at the start: its model is read when it is back
                    try:
                        member.model = self._discover_model(member.url, attempts=1)
                    except ServerError as exc:  # out, like a dead server
                        raise _Transient(str(exc), unreachable=True) from None
                body = self.request_body(image_url, member.model)
                # A refusal (ServerError: API key, bad request) or a bad answer (LabelError) is
                # the same on every server: raised, not retried elsewhere.
                answer = self._open(member.url, "/chat/completions", body)
            except _Transient as exc:
                failure = exc
                self._release(member, exc)
            except BaseException:
                self._release(member, None, answered=False)
                raise
            else:
                self._release(member, None)
                return member.url, answer
            if attempt + 1 < attempts and not self._any_in_service():
                delay = min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** attempt)
                time.sleep(delay * random.uniform(0.8, 1.2))
        raise ServerError(f"{failure.message} (tried {attempts} times, on every server of the "
                          "pool)")

    def _any_in_service(self):
        with self._cond:
            return any(not m.out for m in self._members)

    def _acquire(self) -> _Member:
        """A server in service with a free slot (the least busy; round-robin among equals),
        after checking the health of one whose cool-down has passed; waits when none is.
        ServerError when every server is out and has failed a health check for this request."""
        failed_checks = set()
        while True:
            with self._cond:
                if self._pool is None:
                    raise ServerError("The server engine is closed.")
                member = self._pick_locked()
                if member is None:
                    now = time.monotonic()
                    waits = [m.open_until - now for m in self._members
                             if m.out and not m.probing]
                    self._cond.wait(timeout=max(0.05, min(waits, default=1.0)))
                    continue
                member.in_flight += 1
                probe = member.out
                if probe:
                    member.probing = True
            if not probe:
                return member
            try:
                model = self._discover_model(member.url, attempts=1)
            except ServerError as exc:
                failed_checks.add(member.url)
                with self._cond:
                    member.in_flight -= 1
                    member.probing = False
                    self._take_out(member, str(exc), at_once=True)
                    self._cond.notify_all()
                    every_one_out = all(m.out for m in self._members)
                    errors = [f"{m.url}: {m.last_error}" for m in self._members]
                if every_one_out and failed_checks >= set(self._urls):
                    raise ServerError("No server of the pool answers: " + " | ".join(errors))
                continue
            with self._cond:
                member.model = member.model or model
                member.probing = False
                member.out = False
                member.failures = 0
                member.cooldown = 0.0
                self._cond.notify_all()
            return member

    def _pick_locked(self):
        now = time.monotonic()
        turn = next(self._turn)
        n = len(self._members)
        ready = [m for i, m in sorted(enumerate(self._members), key=lambda e: (e[0] - turn) % n)
                 if not m.out and m.in_flight < self.per_server]
        if ready:
            return min(ready, key=lambda m: m.in_flight)
        # Out of service but cooled down: one request checks its health.
        return next((m for m in self._members
                     if m.out and not m.probing and m.open_until <= now), None)

    def _release(self, member, failure, answered=True):
        with self._cond:
            member.in_flight -= 1
            if failure is None:
                if answered:
                    member.tiles += 1
                    member.failures = 0
            else:
                member.failures += 1
                if failure.unreachable or member.failures >= POOL_FAILURES_TO_OPEN:
                    self._take_out(member, failure.message)
                else:
                    member.last_error = failure.message
            self._cond.notify_all()

    def _take_out(self, member, reason, at_once=False):
        """Open the member's breaker (the condition held)."""
        if not member.out or at_once:
            member.taken_out += 0 if member.out else 1
            member.cooldown = min(POOL_COOLDOWN_MAX_S,
                                  member.cooldown * 2 if member.cooldown else POOL_COOLDOWN_S)
            member.open_until = time.monotonic() + member.cooldown
            member.out = True
        member.last_error = reason

    # --- HTTP ---------------------------------------------------------------------------------
    @staticmethod
    def _opener_for(url):
        handlers = [urllib.request.ProxyHandler({})] if _is_loopback(url) else []
        return urllib.request.build_opener(*handlers)

    def _headers(self):
        headers = {"Content-Type": "application/json", "Accept": "application/json",
                   "User-Agent": USER_AGENT}
        if self.settings.api_key:
            headers["Authorization"] = f"Bearer {self.settings.api_key}"
        return headers

    def _open(self, base, path, body=None, timeout=None):
        """The parsed JSON answer of base + path (POST of `body` when given, else GET);
        _Transient, ServerError or LabelError on failure."""
        url = base + path
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(url, data=data, headers=self._headers(),
                                         method="GET" if data is None else "POST")
        timeout = self.settings.timeout_s if timeout is None else timeout
        try:
            with self._openers[base].open(request, timeout=timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            raise self._http_error(url, exc) from None
        except (socket.timeout, TimeoutError) as exc:
            raise _Transient(self._timeout_message(url, timeout)) from exc
        except (http.client.IncompleteRead, http.client.RemoteDisconnected) as exc:
            raise _Transient(f"The server at {url} closed the connection without a complete "
                             "answer.", unreachable=True) from exc
        except http.client.HTTPException as exc:
            raise ServerError(
                f"What answers at {base} is not an HTTP server ({exc!r}). Check the server "
                "URL in the plugin settings (or $DEFORESTATION_SERVER_URL).") from None
        except (urllib.error.URLError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise _Transient(self._timeout_message(url, timeout)) from exc
            raise _Transient(
                f"Cannot reach the model server at {base} ({reason}). Check that the server is "
                "running and reachable from this machine (e.g. `llama-server --model "
                "v2_no_coords-Q4_K_M.gguf --mmproj mmproj-v2_no_coords-F16.gguf --port 8080`) "
                "and that the server URL in the plugin settings (or $DEFORESTATION_SERVER_URL) "
                "is its OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1.",
                unreachable=True) from exc
        try:
            return json.loads(raw)
        except ValueError:
            raise LabelError(
                f"The server at {base} answered something that is not JSON: "
                f"{raw[:300].decode('utf-8', 'replace')!r}") from None

    def _timeout_message(self, url, timeout):
        return (f"The server at {url} did not answer within {timeout:g} s: it "
                "may be overloaded. Lower the number of requests in flight, or raise the "
                "timeout ($DEFORESTATION_SERVER_TIMEOUT).")

    def _http_error(self, url, exc: urllib.error.HTTPError):
        try:
            detail = exc.read()[:400].decode("utf-8", "replace").strip()
        except (OSError, ValueError):
            detail = ""
        code = exc.code
        if code in (401, 403):
            return ServerError(
                f"The server at {url} refused the request (HTTP {code}): the API key is missing "
                "or wrong. Set the server's key in the plugin settings (stored in the QGIS "
                "authentication database) or in $DEFORESTATION_SERVER_API_KEY.")
        if code == 404:
            return ServerError(
                f"No OpenAI-compatible endpoint at {url} (HTTP 404). The server URL must be the "
                "base URL that serves /chat/completions and /models, e.g. "
                "http://127.0.0.1:8080/v1.")
        hint = self._request_hint(detail)
        # llama_cpp.server answers a request it cannot validate with HTTP 500: not retried.
        rejected = hint or "literal_error" in detail or "'loc': ('body'" in detail
        if code in RETRY_HTTP_CODES and not rejected:
            retry_after = None
            try:
                retry_after = float(exc.headers.get("Retry-After", ""))
            except (TypeError, ValueError, AttributeError):
                pass
            return _Transient(f"The server at {url} failed with HTTP {code}: {detail}",
                              retry_after)
        return ServerError(f"The server at {url} refused the request (HTTP {code}): "
                           f"{detail}{hint}")

    def _request_hint(self, detail: str) -> str:
        if "response_format" in detail or "json_schema" in detail:
            other = (RESPONSE_FORMAT_JSON_OBJECT
                     if self.settings.response_format == RESPONSE_FORMAT_JSON_SCHEMA
                     else RESPONSE_FORMAT_JSON_SCHEMA)
            return (f" The server does not take the '{self.settings.response_format}' response "
                    f"format: set $DEFORESTATION_SERVER_RESPONSE_FORMAT={other}.")
        lowered = detail.lower()
        if "logprob" in lowered or "logits_all" in lowered:
            return (" The server does not give log-probabilities as asked: set "
                    "$DEFORESTATION_SERVER_LOGPROBS=0 (labels only), lower "
                    "$DEFORESTATION_SERVER_TOP_LOGPROBS (vLLM: at most its --max-logprobs), or "
                    "start llama_cpp.server with --logits_all True.")
        if "image" in lowered or "multimodal" in lowered or "mmproj" in lowered:
            return (" Start the server with the model's vision projector (llama-server "
                    "--mmproj; llama_cpp.server --clip_model_path with --chat_format mtmd; vLLM "
                    "serves the HF model with its processor).")
        return ""

    def _discover_model(self, base, attempts=None):
        """The first model id at base/models (also the reachability check before any tile, and
        the pool's health check)."""
        if attempts is None:
            attempts = min(max(0, self.settings.retries) + 1, DISCOVERY_ATTEMPTS)
        timeout = min(self.settings.timeout_s, DISCOVERY_TIMEOUT_S)
        for attempt in range(attempts):
            try:
                answer = self._open(base, "/models", timeout=timeout)
                break
            except _Transient as exc:
                if attempt + 1 == attempts:
                    raise ServerError(f"{exc.message} (tried {attempts} times)") from None
                time.sleep(min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** attempt))
            except LabelError as exc:
                raise ServerError(
                    f"{base}/models is not an OpenAI-compatible model list: {exc}") from None
        try:
            return str(answer["data"][0]["id"])
        except (KeyError, IndexError, TypeError):
            raise ServerError(
                f"The server at {base} lists no model at {base}/models: {str(answer)[:200]!r}. "
                "Is it an OpenAI-compatible server with a model loaded?") from None
