"""The server backend against llama.cpp's own `llama-server` (the model card's deployment).

llama-server is a C++ program, not a Python package: `make llama-server` builds it from the
llama.cpp sources llama-cpp-python vendors (scripts/llama_server_build.sh, kept outside the
checkout) and the Makefile's test targets then point $DEFORESTATION_LLAMA_SERVER at it; the
Debian 13 run of `.ci/run` builds it. Elsewhere these tests run on `llama-server` on PATH, or are
skipped, and the test session's summary says which.
"""
import json

import pytest

from deforestation_classifier.core.vocabulary import CLASSES
from deforestation_classifier.core.inference.server_settings import ServerError

from server_helpers import LlamaCppServer, chips, engine_for, llama_server_binary

pytestmark = pytest.mark.skipif(
    llama_server_binary() is None,
    reason="no llama-server executable: `make llama-server` builds one (or set "
    "DEFORESTATION_LLAMA_SERVER, or put one on PATH)")


@pytest.fixture(scope="module")
def server(tiny_models, tmp_path_factory):
    text, mmproj = tiny_models
    srv = LlamaCppServer(text, mmproj, tmp_path_factory.mktemp("llama-server") / "server.log")
    yield srv
    srv.stop()


def test_labels_with_several_requests_in_flight(server):
    engine = engine_for(server.base_url, requests_in_flight=2)
    try:
        assert engine.models[server.base_url]  # the model id from /v1/models
        predictions = engine.classify_many(chips(4))
        single = engine.classify(chips(4)[1])
    finally:
        engine.close()
    assert len(predictions) == 4
    for prediction in predictions:
        assert prediction.label in CLASSES
        # the card's request (JSON schema with the three labels) holds on llama-server
        assert json.loads(prediction.raw_answer) == {"class_label": prediction.label}
    assert single.label == predictions[1].label


def test_log_probabilities_give_the_class_posterior(server):
    engine = engine_for(server.base_url, requests_in_flight=2, top_logprobs=1000)
    try:
        predictions = engine.classify_many(chips(3, seed=1))
    finally:
        engine.close()
    for prediction in predictions:
        probs = prediction.probabilities
        assert probs is not None and set(probs) == set(CLASSES)
        assert sum(probs.values()) == pytest.approx(1.0, abs=1e-9)
        assert max(probs, key=probs.get) == prediction.label


def test_the_openai_json_schema_form_works_too(server):
    engine = engine_for(server.base_url, response_format="json_schema")
    try:
        prediction = engine.classify(chips(1)[0])
    finally:
        engine.close()
    assert json.loads(prediction.raw_answer) == {"class_label": prediction.label}


def test_a_wrong_api_key_is_explained(tiny_models, tmp_path):
    text, mmproj = tiny_models
    srv = LlamaCppServer(text, mmproj, tmp_path / "server.log", api_key="right-key")
    try:
        # refused at the first request (the model lookup), before any tile
        with pytest.raises(ServerError) as info:
            engine_for(srv.base_url, api_key="wrong-key")
        ok = engine_for(srv.base_url, api_key="right-key")
        try:
            assert ok.classify(chips(1)[0]).label in CLASSES
        finally:
            ok.close()
    finally:
        srv.stop()
    assert "HTTP 401" in str(info.value) and "API key" in str(info.value)
