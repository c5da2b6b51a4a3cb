"""The server backend's settings: URLs (one server or a pool), key, request options.

Plain values, with the DEFORESTATION_SERVER_* overrides of headless runs. The two response
formats and which server wants which: docs/SERVERS.md, "The request".
"""
import re
import urllib.parse
from dataclasses import dataclass, fields, replace

from ... import errors
from ...toolbelt.environment import env_overrides
from .prompt import ANSWER_SCHEMA
from ...toolbelt.i18n import tr

RESPONSE_FORMAT_JSON_OBJECT = "json_object"
RESPONSE_FORMAT_JSON_SCHEMA = "json_schema"
RESPONSE_FORMATS = (RESPONSE_FORMAT_JSON_OBJECT, RESPONSE_FORMAT_JSON_SCHEMA)
TOP_LOGPROBS = 20
# Headless overrides of the fields PlgSettings does not hold.
ENV_OVERRIDES = {
    "DEFORESTATION_SERVER_MODEL": "model_name",
    "DEFORESTATION_SERVER_TIMEOUT": "timeout_s",
    "DEFORESTATION_SERVER_RETRIES": "retries",
    "DEFORESTATION_SERVER_RESPONSE_FORMAT": "response_format",
    "DEFORESTATION_SERVER_LOGPROBS": "logprobs",
    "DEFORESTATION_SERVER_TOP_LOGPROBS": "top_logprobs",
}


class ServerError(errors.EngineError):
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
    # Ask for log-probabilities (class probabilities); their cost per server: docs/SERVERS.md.
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
            tr("'{}' is not a server URL. Give the OpenAI-compatible base URL, e.g. "
               "http://127.0.0.1:8080/v1, in the plugin settings or "
               "$DEFORESTATION_SERVER_URL.").format(url))
    if parts.path in ("", "/"):
        url += "/v1"
    return url


def response_format_for(kind: str) -> dict:
    if kind == RESPONSE_FORMAT_JSON_OBJECT:
        return {"type": "json_object", "schema": ANSWER_SCHEMA}
    if kind == RESPONSE_FORMAT_JSON_SCHEMA:
        return {"type": "json_schema",
                "json_schema": {"name": "class_label", "schema": ANSWER_SCHEMA, "strict": True}}
    raise ServerError(
        tr("Unknown response format '{}': use one of {}.").format(
           kind, ', '.join(RESPONSE_FORMATS)))
