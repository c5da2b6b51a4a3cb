"""OpenAI-compatible server backend: the model card's request to /v1/chat/completions.

For a shared GPU box or a pool of servers running llama-server, vLLM or `python -m
llama_cpp.server`. Same interface as RecipeEngine (classify(chip) -> Prediction, close(), name),
plus `submit(chip) -> Future` and `classify_many(chips)` so that several requests are in flight
(`requests_in_flight` per server). Its parts: the settings (server_settings.py), HTTP and retries
(server_http.py), the pool and its circuit breaker (server_pool.py), class probabilities from
log-probabilities (server_logprobs.py). The request and how each server treats it:
docs/SERVERS.md.
"""
import base64
import json
from concurrent.futures import ThreadPoolExecutor

from ..imagery.chips import encode_png
from .engine_types import Prediction
from .prompt import MAX_ANSWER_TOKENS, LabelError, build_messages, parse_label
from .server_http import ServerClient, Transient, backoff
from .server_logprobs import class_probabilities
from .server_pool import ServerPool
from .server_settings import (
    RESPONSE_FORMAT_JSON_OBJECT,
    RESPONSE_FORMATS,
    ServerError,
    ServerSettings,
    response_format_for,
)
from ...toolbelt.i18n import tr

__all__ = ["ServerEngine"]


class ServerEngine:
    """classify() / submit() / classify_many() against one server or a pool of servers."""

    name = "server"

    def __init__(self, settings: ServerSettings):
        self.settings = settings
        if settings.response_format not in RESPONSE_FORMATS:
            response_format_for(settings.response_format)  # raises the clear error
        urls = settings.base_urls()
        if not urls:
            raise ServerError(
                tr("No server URL is set. Give the OpenAI-compatible base URL (e.g. "
                   "http://127.0.0.1:8080/v1) in the plugin settings or "
                   "$DEFORESTATION_SERVER_URL."))
        self.per_server = max(1, int(settings.requests_in_flight or 1))
        # What the pipeline keeps in flight: every server's share.
        self.requests_in_flight = self.per_server * len(urls)
        self._client = ServerClient(settings, urls)
        self._servers = ServerPool(urls, settings.model_name, self.per_server,
                                   self._client.discover_model)
        if not settings.model_name:
            self._servers.discover_models()
        self._pool = ThreadPoolExecutor(max_workers=self.requests_in_flight,
                                        thread_name_prefix="deforestation-server")

    @property
    def models(self):
        """{url: model name} (vLLM answers only to the name it serves); "" while unknown."""
        return self._servers.models

    def tiles_per_server(self) -> dict:
        """{url: answers so far} (for the run's log: the difference between two calls)."""
        return self._servers.tiles_per_server()

    def pool_report(self, before=None) -> str:
        """One line per server: tiles answered since `before` (a tiles_per_server() result),
        times taken out of service and the last failure."""
        return self._servers.report(before)

    # --- engine interface -------------------------------------------------------------------
    def classify(self, chip) -> Prediction:
        return self.submit(chip).result()

    def submit(self, chip):
        """A Future of the chip's Prediction; at most requests_in_flight run at once."""
        pool = self._pool
        if pool is None:
            raise ServerError(tr("The server engine is closed."))
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
            self._servers.close()  # requests waiting for a server give up

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
                tr("The server at {} did not answer with a chat completion: {!r}").format(
                   base, json.dumps(answer)[:300])) from exc
        if not isinstance(content, str):
            raise LabelError(tr("The server at {} answered no text: {!r}").format(
                                base, json.dumps(choice)[:300]))
        label = parse_label(content.strip())
        return Prediction(label=label, probabilities=class_probabilities(choice.get("logprobs")),
                          raw_answer=content)

    def _post_with_retries(self, image_url: str):
        if len(self._servers.members) == 1:
            return self._post_single(image_url)
        return self._post_pool(image_url)

    def _post_single(self, image_url: str):
        """A single server: plain retries with backoff (there is nowhere else to send a tile)."""
        member = self._servers.members[0]
        attempts = max(0, self.settings.retries) + 1
        failure = None
        for attempt in range(attempts):
            body = self.request_body(image_url, member.model)
            try:
                answer = self._client.open(member.url, "/chat/completions", body)
                self._servers.answered(member)
                return member.url, answer
            except Transient as exc:
                failure = exc
            if attempt + 1 < attempts:
                backoff(attempt, failure.retry_after)
        raise ServerError(tr("{} (tried {} times)").format(failure.message, attempts))

    def _post_pool(self, image_url: str):
        # Every server may fail a tile once before the retries count: a server killed with
        # requests in flight costs its tiles one attempt, answered by another server.
        attempts = max(0, self.settings.retries) + len(self._servers.members)
        failure = None
        for attempt in range(attempts):
            member = self._servers.acquire()
            try:
                if not member.model:  # down at the start: its model is read when it is back
                    try:
                        member.model = self._client.discover_model(member.url, attempts=1)
                    except ServerError as exc:  # out, like a dead server
                        raise Transient(str(exc), unreachable=True) from None
                body = self.request_body(image_url, member.model)
                # A refusal (ServerError: API key, bad request) or a bad answer (LabelError) is
                # the same on every server: raised, not retried elsewhere.
                answer = self._client.open(member.url, "/chat/completions", body)
            except Transient as exc:
                failure = exc
                self._servers.release(member, exc)
            except BaseException:
                self._servers.release(member, None, answered=False)
                raise
            else:
                self._servers.release(member, None)
                return member.url, answer
            if attempt + 1 < attempts and not self._servers.any_in_service():
                backoff(attempt)
        raise ServerError(tr("{} (tried {} times, on every server of the pool)").format(
                             failure.message, attempts))
