"""The OpenAI-compatible server backend against a real `python -m llama_cpp.server` (tiny model)
and against small stub servers (failures, retries, the exact request)."""
import base64
import json
import math
import time

import numpy as np
import pytest
from osgeo import gdal

from deforestation_classifier.core.inference import server_http
from deforestation_classifier.core.imagery.chips import encode_png
from deforestation_classifier.core.vocabulary import CLASSES
from deforestation_classifier.core.inference.prompt import (
    ANSWER_SCHEMA,
    SYSTEM_PROMPT,
    LabelError,
    canonical_answer,
)
from deforestation_classifier.core.inference.server_logprobs import class_probabilities
from deforestation_classifier.core.inference.server_settings import (
    ServerError,
    ServerSettings,
    normalise_base_url,
)
from server_helpers import (
    answering,
    chips,
    completion,
    engine_for,
    free_port,
    llama_server_missing,
    LlamaServer,
    MODELS,
    StubServer,
)


@pytest.fixture
def stub():
    servers = []

    def start(respond):
        server = StubServer(respond)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def assert_distribution(probabilities):
    assert set(probabilities) == set(CLASSES)
    assert all(0.0 < p < 1.0 for p in probabilities.values())
    assert sum(probabilities.values()) == pytest.approx(1.0, abs=1e-9)


# --------------------------------------------------------------------------------------------
# Against a real llama_cpp.server
# --------------------------------------------------------------------------------------------

def test_labels_from_llama_cpp_server_with_several_requests_in_flight(llama_server):
    engine = engine_for(llama_server.base_url, requests_in_flight=3)
    try:
        # /v1/models gave the model's name (llama_cpp.server: the model path).
        assert engine.models == {llama_server.base_url: str(llama_server.model)}
        predictions = engine.classify_many(chips(6))
        single = engine.classify(chips(6)[2])
    finally:
        engine.close()
    assert len(predictions) == 6
    for prediction in predictions:
        assert prediction.label in CLASSES
        assert json.loads(prediction.raw_answer)["class_label"] == prediction.label
        # llama_cpp.server returns log-probabilities of the raw (pre-grammar) distribution. The
        # tiny random model spreads them over its ~500 tokens, so the 20 listed at the label's
        # position never hold a token of every class: probabilities are None (not invented).
        assert prediction.probabilities is None
        assert prediction.confidence is None
    # Greedy: the same chip gives the same answer, whatever else is in flight.
    assert single == predictions[2]


def test_llama_cpp_server_log_probabilities_give_the_class_posterior(llama_server):
    """Listing every token (top_logprobs >= the tiny vocabulary) gives valid probabilities whose
    most likely class is the server's greedy answer."""
    engine = engine_for(llama_server.base_url, requests_in_flight=2, top_logprobs=1000)
    try:
        predictions = engine.classify_many(chips(4, seed=1))
    finally:
        engine.close()
    for prediction in predictions:
        assert_distribution(prediction.probabilities)
        assert max(prediction.probabilities, key=prediction.probabilities.get) == \
            prediction.label
        assert prediction.confidence == prediction.probabilities[prediction.label]


def test_without_logprobs_the_server_gives_labels_only(llama_server):
    engine = engine_for(llama_server.base_url, logprobs=False)
    try:
        prediction = engine.classify(chips(1)[0])
    finally:
        engine.close()
    assert prediction.label in CLASSES and prediction.probabilities is None


def test_llama_cpp_server_refuses_the_openai_json_schema_form_with_a_hint(llama_server):
    engine = engine_for(llama_server.base_url, response_format="json_schema")
    try:
        with pytest.raises(ServerError) as info:
            engine.classify(chips(1)[0])
    finally:
        engine.close()
    message = str(info.value)
    # llama_cpp.server answers its own validation error with HTTP 500; not retried.
    assert "HTTP 500" in message and llama_server.base_url in message
    assert "tried" not in message
    assert "DEFORESTATION_SERVER_RESPONSE_FORMAT=json_object" in message


def test_api_key_is_sent_and_a_wrong_one_is_explained(tiny_models, tmp_path):
    reason = llama_server_missing()
    if reason:
        pytest.skip(reason)
    text, mmproj = tiny_models
    server = LlamaServer(text, mmproj, tmp_path / "server.log", api_key="sk-test-123")
    try:
        engine = engine_for(server.base_url, api_key="sk-test-123")
        try:
            assert engine.classify(chips(1)[0]).label in CLASSES
        finally:
            engine.close()
        with pytest.raises(ServerError) as info:
            engine_for(server.base_url, api_key="sk-not-this-one", retries=0)
        message = str(info.value)
        assert "HTTP 401" in message and "API key" in message
        assert "DEFORESTATION_SERVER_API_KEY" in message and "sk-not-this-one" not in message
    finally:
        server.stop()


# --------------------------------------------------------------------------------------------
# Probabilities from log-probabilities
# --------------------------------------------------------------------------------------------

# A real llama_cpp.server 0.3.36 answer (tiny model, top_logprobs 1000), trimmed to the three
# best alternatives per token, plus every class token at the label's first position (index 11):
# (token, logprob, [(alternative, logprob), ...]) per answer token, in order.
RECORDED_TOKENS = [
    ('{"', -5.3543, [(' imagi', -2.6657), (' th', -3.0123), (' comm', -3.3197)]),
    ('cl', -9.9198, [(' b', -3.9513), ('syste', -4.1612), (' wate', -4.2054)]),
    ('a', -5.9733, [(' exp', -1.8973), ('j', -2.8969), (' ext', -3.2658)]),
    ('s', -11.9566, [(' deca', -1.0585), ('#', -1.6909), (' JSO', -2.0119)]),
    ('s', -1.0923, [('s', -1.0923), (' w', -2.2901), (' commentar', -2.7449)]),
    ('_label', -8.9339, [('s', -1.2431), (' s', -3.2891), (' coordin', -3.8392)]),
    ('"', -9.4802, [(' ana', -2.1128), ('_NON', -2.7404), (' ge', -2.8713)]),
    (' ', -8.5201, [('STAND', -1.3591), (' RE', -2.0441), (' STA', -2.2786)]),
    (':', -5.7016, [('5', -3.5196), ('_T', -3.569), ('   ', -3.882)]),
    (' ', -10.846, [('as', -1.0486), ('Classi', -2.5697), ('5', -3.1779)]),
    ('"', -16.2386, [(' cu', -0.9446), ('m', -1.6255), ('cla', -2.4726)]),
    ('S', -5.9359, [
        ('H', -2.053), ('50', -3.2964), (' STANDING', -3.4556), ('S', -5.9359),
        ('STAND', -7.4114), ('RECE', -8.3839), ('LON', -8.9795), ('STANDIN', -9.129),
        ('L', -9.7366), ('REC', -10.0191), ('RE', -10.0284), ('LO', -11.113), ('RECEN', -11.3666),
        ('RECENTLY', -11.5806), ('R', -11.8018), ('RECENTL', -11.9612), ('STA', -12.0859),
        ('ST', -12.6792), ('STANDI', -13.4094), ('STAN', -13.8293), ('STANDING', -15.146),
        ('LONG', -15.2415), ('RECENT', -17.0464), ('', -19.9579)
    ]),
    ('T', -4.5255, [(' Sentin', -2.5648), ('!', -2.8825), (' commentary', -3.0803)]),
    ('A', -14.4567, [(' receive', -0.6494), ('syst', -1.8831), ('T', -2.2491)]),
    ('N', -9.3604, [('Yo', -1.2586), (' →', -2.5506), (' Sent', -3.0713)]),
    ('D', -11.6597, [(' be', -1.2318), ('\x0b', -1.9846), (' pastur', -2.5105)]),
    ('I', -10.465, [('D', -1.2999), ('\x1e', -2.4463), (' currentl', -2.6109)]),
    ('N', -10.1444, [('a', -0.4227), (' cen', -2.0976), ('0', -3.8906)]),
    ('G', -15.2272, [('N', -0.467), ('RE', -2.1628), (' fores', -3.3795)]),
    ('_FOR', -2.5838, [(' roc', -2.5279), ('_FOR', -2.5838), (' Se', -3.0352)]),
    ('E', -13.0615, [(' extra', -0.3141), ('  ', -3.3381), (' currentl', -3.8507)]),
    ('S', -6.9814, [('*', -1.9645), (' agri', -2.3416), ('Out', -3.0188)]),
    ('T', -14.3828, [('\x10', -1.9837), ('_N', -2.9382), ('.\n\n', -3.1819)]),
    ('"}', -9.1842, [('syst', -0.658), (' stric', -2.8098), ('H', -3.5909)]),
]


def recorded():
    """The recorded chat completion, as llama_cpp.server sent it (a fresh copy)."""
    content = [{"token": token, "logprob": logprob, "bytes": None,
                "top_logprobs": [{"token": t, "logprob": lp, "bytes": None}
                                 for t, lp in alternatives]}
               for token, logprob, alternatives in RECORDED_TOKENS]
    message = {"role": "assistant", "content": '{"class_label" : "STANDING_FOREST"}'}
    return {"id": 'chatcmpl-c0d3ea13-081f-4d01-bd1a-3e3fbbce8515', "object": "chat.completion",
            "created": 1795500067, "model": "lfm2vl-tiny-s0-F16.gguf",
            "choices": [{"index": 0, "finish_reason": "stop", "message": message,
                         "logprobs": {"content": content, "refusal": None}}],
            "usage": {"prompt_tokens": 230, "completion_tokens": 24, "total_tokens": 254}}


def test_probabilities_from_a_recorded_llama_cpp_server_answer():
    body = recorded()
    choice = body["choices"][0]
    assert choice["message"]["content"] == '{"class_label" : "STANDING_FOREST"}'
    tokens = [e["token"] for e in choice["logprobs"]["content"]]
    assert "".join(tokens) == choice["message"]["content"]
    assert tokens[10:12] == ['"', "S"]  # the label starts a token of its own here
    probabilities = class_probabilities(choice["logprobs"])
    # The class masses at "S": S + STAND + STANDIN + STA + ST + STANDI + STAN + STANDING for
    # STANDING_FOREST, RE* and R for RECENTLY_CLEARED, L* for LONG_TERM_NON_FOREST (" STANDING",
    # with a space, does not count: it cannot follow the opening quote under the schema).
    position = choice["logprobs"]["content"][11]["top_logprobs"]
    mass = {c: sum(math.exp(t["logprob"]) for t in position
                   if t["token"] and c.startswith(t["token"])) for c in CLASSES}
    total = sum(mass.values())
    for c in CLASSES:
        assert probabilities[c] == pytest.approx(mass[c] / total, rel=1e-12)
    assert probabilities == pytest.approx(
        {"STANDING_FOREST": 0.8591, "RECENTLY_CLEARED": 0.0898, "LONG_TERM_NON_FOREST": 0.0511},
        abs=1e-4)


def test_probabilities_when_the_label_shares_a_token_with_the_quote():
    """vLLM / llama-server style: the canonical answer, the quote and the label's first letters in
    one token; alternatives must continue the same text before the label."""
    def entry(token, logprob, alternatives=()):
        return {"token": token, "logprob": logprob, "bytes": None,
                "top_logprobs": [{"token": t, "logprob": lp, "bytes": None}
                                 for t, lp in alternatives]}

    lp = math.log
    logprobs = {"content": [
        entry('{"', 0.0), entry("class", 0.0), entry("_label", 0.0), entry('":', 0.0),
        entry(' "RE', lp(0.4), [(' "RE', lp(0.4)), (' "ST', lp(0.3)), (' "S', lp(0.1)),
                                (' "LONG', lp(0.1)), ('"RE', lp(0.05)), (' "X', lp(0.05))]),
        entry("CENTLY", 0.0), entry("_CLEARED", 0.0), entry('"}', 0.0),
    ]}
    probabilities = class_probabilities(logprobs)
    assert probabilities == pytest.approx(
        {"RECENTLY_CLEARED": 0.4 / 0.9, "STANDING_FOREST": 0.4 / 0.9,
         "LONG_TERM_NON_FOREST": 0.1 / 0.9})
    # A token spelling a whole label and its closing quote counts too.
    logprobs["content"][4]["top_logprobs"].append(
        {"token": ' "LONG_TERM_NON_FOREST"}', "logprob": lp(0.1)})
    assert class_probabilities(logprobs)["LONG_TERM_NON_FOREST"] == pytest.approx(0.2 / 1.0)


def test_probabilities_are_none_when_the_server_does_not_give_them():
    body = recorded()
    content = body["choices"][0]["logprobs"]["content"]
    assert class_probabilities(None) is None
    assert class_probabilities({"content": None}) is None
    assert class_probabilities({"content": []}) is None
    # No LONG_TERM_NON_FOREST token among the listed ones: unknown, not zero.
    position = content[11]
    position["top_logprobs"] = [t for t in position["top_logprobs"]
                                if not t["token"].startswith("L")]
    assert class_probabilities(body["choices"][0]["logprobs"]) is None
    # Tokens that do not spell a label.
    assert class_probabilities({"content": [{"token": "hello", "logprob": -1.0,
                                             "top_logprobs": []}]}) is None


def test_a_stub_answer_with_logprobs_gives_probabilities(stub):
    answer = canonical_answer("RECENTLY_CLEARED")  # {"class_label": "RECENTLY_CLEARED"}
    logprobs = {"content": [
        {"token": '{"class_label": "', "logprob": -0.01, "top_logprobs": []},
        {"token": "REC", "logprob": math.log(0.6), "top_logprobs": [
            {"token": "REC", "logprob": math.log(0.6)}, {"token": "ST", "logprob": math.log(0.3)},
            {"token": "LO", "logprob": math.log(0.05)}]},
        {"token": 'ENTLY_CLEARED"}', "logprob": -0.01, "top_logprobs": []},
    ]}
    server = stub(answering(answer, logprobs=logprobs))
    engine = engine_for(server.base_url)
    try:
        prediction = engine.classify(chips(1)[0])
    finally:
        engine.close()
    assert prediction.label == "RECENTLY_CLEARED"
    assert prediction.probabilities == pytest.approx(
        {"STANDING_FOREST": 0.3 / 0.95, "RECENTLY_CLEARED": 0.6 / 0.95,
         "LONG_TERM_NON_FOREST": 0.05 / 0.95})


# --------------------------------------------------------------------------------------------
# The request, concurrency, failures (stub servers)
# --------------------------------------------------------------------------------------------

def test_the_request_is_the_model_cards(stub):
    server = stub(answering(canonical_answer("STANDING_FOREST")))
    chip = chips(1)[0]
    engine = engine_for(server.base_url + "/chat/completions")  # endpoint URL accepted too
    try:
        prediction = engine.classify(chip)
    finally:
        engine.close()
    assert prediction.label == "STANDING_FOREST" and prediction.probabilities is None
    (_, path, body, headers), = server.completions()
    assert path == "/v1/chat/completions"
    assert "Authorization" not in headers
    assert body["model"] == "stub-model"  # discovered at /v1/models (vLLM needs the name)
    system, user = body["messages"]
    assert system == {"role": "system", "content": SYSTEM_PROMPT}
    image, text = user["content"]
    assert user["role"] == "user" and text == {"type": "text", "text": "{}"}
    prefix = "data:image/png;base64,"
    assert image["type"] == "image_url" and image["image_url"]["url"].startswith(prefix)
    png = base64.b64decode(image["image_url"]["url"][len(prefix):])
    assert png == encode_png(chip)
    gdal.FileFromMemBuffer("/vsimem/sent.png", png)
    try:
        sent = gdal.Open("/vsimem/sent.png").ReadAsArray().transpose(1, 2, 0)
    finally:
        gdal.Unlink("/vsimem/sent.png")
    np.testing.assert_array_equal(sent, chip)
    assert body["response_format"] == {"type": "json_object", "schema": ANSWER_SCHEMA}
    assert body["temperature"] == 0.0 and body["repeat_penalty"] == 1.0
    assert body["logprobs"] is True and body["top_logprobs"] == 20
    assert body["stream"] is False


def test_openai_json_schema_form_and_api_key(stub):
    server = stub(answering(canonical_answer("LONG_TERM_NON_FOREST")))
    engine = engine_for(server.base_url, response_format="json_schema", api_key="sk-abc",
                        model_name="my-model")
    try:
        assert engine.classify(chips(1)[0]).label == "LONG_TERM_NON_FOREST"
    finally:
        engine.close()
    assert all(not r[1].endswith("/models") for r in server.requests)  # name given: no lookup
    (_, _, body, headers), = server.completions()
    assert headers["Authorization"] == "Bearer sk-abc"
    assert body["model"] == "my-model"
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "class_label", "schema": ANSWER_SCHEMA, "strict": True}}
    assert "repeat_penalty" not in body  # vLLM / OpenAI: their own default (no penalty)
    assert "sk-abc" not in repr(engine.settings)


def test_requests_in_flight_run_at_once(stub):
    server = stub(answering(canonical_answer("STANDING_FOREST"), delay_s=0.3))
    engine = engine_for(server.base_url, requests_in_flight=3)
    try:
        started = time.monotonic()
        predictions = engine.classify_many(chips(6))
        elapsed = time.monotonic() - started
    finally:
        engine.close()
    assert [p.label for p in predictions] == ["STANDING_FOREST"] * 6
    assert server.max_active == 3
    assert elapsed < 6 * 0.3 * 0.75  # two rounds of three, not six in a row


def test_submit_keeps_order_and_pool_round_robin_with_failover(stub):
    a = stub(answering(canonical_answer("STANDING_FOREST")))
    b = stub(answering(canonical_answer("STANDING_FOREST")))
    dead = f"http://127.0.0.1:{free_port()}/v1"
    engine = engine_for(f"{a.base_url}, {dead} {b.base_url}", model_name="m",
                        requests_in_flight=2, retries=2)
    try:
        futures = [engine.submit(chip) for chip in chips(6)]
        assert all(f.result().label == "STANDING_FOREST" for f in futures)
    finally:
        engine.close()
    assert len(a.completions()) + len(b.completions()) == 6
    assert a.completions() and b.completions()


def test_unreachable_server_fails_fast_with_a_clear_message():
    url = f"http://127.0.0.1:{free_port()}/v1"
    started = time.monotonic()
    with pytest.raises(ServerError) as info:
        engine_for(url, retries=1)
    assert time.monotonic() - started < 3.0
    message = str(info.value)
    assert "Cannot reach the model server at " + url in message
    assert "DEFORESTATION_SERVER_URL" in message and "tried 2 times" in message


def test_no_url_and_bad_urls_are_explained():
    with pytest.raises(ServerError, match="No server URL is set"):
        engine_for("  ")
    with pytest.raises(ServerError, match="is not a server URL"):
        engine_for("ftp://example.org/v1")
    assert normalise_base_url("127.0.0.1:8080") == "http://127.0.0.1:8080/v1"
    assert normalise_base_url("http://gpu.lan:8000/v1/") == "http://gpu.lan:8000/v1"
    assert normalise_base_url("https://x.org/proxy/v1/chat/completions") == \
        "https://x.org/proxy/v1"


@pytest.mark.parametrize("payload, expected", [
    (b"<html><body>502 Bad Gateway? no: 200 OK junk</body></html>", "not JSON"),
    (json.dumps({"object": "error"}).encode(), "did not answer with a chat completion"),
    (json.dumps(completion("I think this is a forest.")).encode(), "I think this is a forest"),
    (json.dumps(completion('{"class_label": "PALM_OIL"}')).encode(), "PALM_OIL"),
])
def test_a_malformed_answer_is_a_label_error_with_the_content(stub, payload, expected):
    def respond(stub_, path, body, headers):
        return (200, MODELS, None) if path.endswith("/models") else (200, payload, None)

    server = stub(respond)
    engine = engine_for(server.base_url, retries=3)
    try:
        with pytest.raises(LabelError, match=expected):
            engine.classify(chips(1)[0])
    finally:
        engine.close()
    assert len(server.completions()) == 1  # an answer, even a bad one, is not retried


def test_retries_with_backoff_after_server_errors(stub, monkeypatch):
    monkeypatch.setattr(server_http, "BACKOFF_BASE_S", 0.2)
    calls = []

    def respond(stub_, path, body, headers):
        calls.append(time.monotonic())
        if len(calls) <= 2:
            return 503, {"error": "loading model"}, None
        return 200, completion(canonical_answer("RECENTLY_CLEARED")), None

    server = stub(respond)
    engine = engine_for(server.base_url, model_name="m", retries=3)
    try:
        assert engine.classify(chips(1)[0]).label == "RECENTLY_CLEARED"
    finally:
        engine.close()
    assert len(calls) == 3
    first, second = calls[1] - calls[0], calls[2] - calls[1]
    # 0.2 s, then 0.4 s (+-20 % jitter), plus the time a request takes.
    assert 0.2 * 0.8 <= first < 1.0 and second >= 0.4 * 0.8


def test_retries_run_out_with_the_last_error(stub, monkeypatch):
    monkeypatch.setattr(server_http, "BACKOFF_BASE_S", 0.01)
    server = stub(lambda s, path, body, headers: (500, {"error": "out of memory"}, None))
    engine = engine_for(server.base_url, model_name="m", retries=2)
    try:
        with pytest.raises(ServerError, match=r"HTTP 500.*out of memory.*tried 3 times"):
            engine.classify(chips(1)[0])
    finally:
        engine.close()
    assert len(server.completions()) == 3


def test_a_client_error_is_not_retried(stub):
    server = stub(lambda s, path, body, headers: (400, {"error": "image input is not supported"},
                                                  None))
    engine = engine_for(server.base_url, model_name="m", retries=3)
    try:
        with pytest.raises(ServerError, match=r"HTTP 400.*--mmproj"):
            engine.classify(chips(1)[0])
    finally:
        engine.close()
    assert len(server.completions()) == 1


def test_timeout_is_honoured(stub):
    server = stub(answering(canonical_answer("STANDING_FOREST"), delay_s=3.0))
    engine = engine_for(server.base_url, model_name="m", timeout_s=0.3, retries=0)
    try:
        started = time.monotonic()
        with pytest.raises(ServerError, match=r"did not answer within 0.3 s"):
            engine.classify(chips(1)[0])
        assert time.monotonic() - started < 2.0
    finally:
        engine.close()


def test_settings_from_the_environment():
    settings = ServerSettings(url="http://h:1/v1").with_environment({
        "DEFORESTATION_SERVER_TIMEOUT": "7.5", "DEFORESTATION_SERVER_RETRIES": "1",
        "DEFORESTATION_SERVER_RESPONSE_FORMAT": "json_schema",
        "DEFORESTATION_SERVER_MODEL": "lfm", "DEFORESTATION_SERVER_LOGPROBS": "0",
        "DEFORESTATION_SERVER_TOP_LOGPROBS": "oops",
    })
    assert (settings.timeout_s, settings.retries, settings.response_format, settings.model_name,
            settings.logprobs, settings.top_logprobs) == (7.5, 1, "json_schema", "lfm", False, 20)
    with pytest.raises(ServerError, match="Unknown response format"):
        engine_for("http://h:1/v1", response_format="xml")


def test_the_model_lookup_before_the_first_tile_honours_the_timeout(stub):
    def respond(stub_, path, body, headers):
        time.sleep(3.0)
        return 200, MODELS, None

    server = stub(respond)
    started = time.monotonic()
    with pytest.raises(ServerError, match=r"/v1/models did not answer within 0.3 s"):
        engine_for(server.base_url, timeout_s=0.3, retries=0)
    assert time.monotonic() - started < 2.0
