"""A pool of OpenAI-compatible servers (core/inference/server_pool.py, docs/SERVERS.md): requests in
flight per server, the circuit breaker (a dead or slow server taken out, its health checked and
put back), tiles per server; and two real `python -m llama_cpp.server` processes with one killed
mid-run: every tile still classified."""
import threading
import time

import pytest

from deforestation_classifier.core.inference import server_http, server_pool
from deforestation_classifier.core.vocabulary import CLASSES
from deforestation_classifier.core.inference.prompt import canonical_answer
from deforestation_classifier.core.inference.server_settings import ServerError

from server_helpers import (
    LlamaServer,
    StubServer,
    answering,
    chips,
    engine_for,
    free_port,
    llama_server_missing,
)


@pytest.fixture
def stub():
    servers = []

    def start(respond):
        servers.append(StubServer(respond))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def fast_breaker(monkeypatch):
    monkeypatch.setattr(server_pool, "POOL_COOLDOWN_S", 0.3)
    monkeypatch.setattr(server_http, "BACKOFF_BASE_S", 0.05)


def test_requests_in_flight_are_bounded_per_server(stub):
    answer = canonical_answer("STANDING_FOREST")
    a = stub(answering(answer, delay_s=0.2))
    b = stub(answering(answer, delay_s=0.2))
    engine = engine_for(f"{a.base_url} {b.base_url}", requests_in_flight=2)
    try:
        assert engine.requests_in_flight == 4  # what the pipeline keeps in flight
        before = engine.tiles_per_server()
        predictions = engine.classify_many(chips(12))
        after = engine.tiles_per_server()
    finally:
        engine.close()
    assert [p.label for p in predictions] == ["STANDING_FOREST"] * 12
    assert a.max_active == 2 and b.max_active == 2
    assert after[a.base_url] - before[a.base_url] == len(a.completions())
    assert sum(after.values()) == 12 and len(a.completions()) + len(b.completions()) == 12
    report = engine.pool_report(before)
    assert f"{a.base_url}: {len(a.completions())} tiles" in report


def test_a_server_down_at_the_start_is_taken_out_and_put_back_when_it_answers(
        stub, fast_breaker):
    answer = canonical_answer("RECENTLY_CLEARED")
    a = stub(answering(answer))
    port = free_port()
    late = f"http://127.0.0.1:{port}/v1"
    engine = engine_for(f"{a.base_url},{late}", retries=0)  # model names read at /models
    try:
        assert engine.models[late] == ""  # down: taken out, the run goes on
        assert [p.label for p in engine.classify_many(chips(4))] == ["RECENTLY_CLEARED"] * 4
        assert engine.tiles_per_server()[late] == 0
        # The server comes up on that port: after the cool-down its health is checked (GET
        # /models, which also gives its model) and it takes tiles again.
        b = StubServer(answering(answer), port=port)
        try:
            time.sleep(0.4)
            engine.classify_many(chips(8))
            assert engine.models[late] == "stub-model"
            assert engine.tiles_per_server()[late] == len(b.completions()) > 0
            assert any(r[1].endswith("/models") for r in b.requests)
        finally:
            b.stop()
        report = engine.pool_report()
    finally:
        engine.close()
    assert "taken out of service 1 times" in report and "Cannot reach" in report


def test_a_slow_server_is_taken_out_after_failures_in_a_row(stub, fast_breaker):
    answer = canonical_answer("STANDING_FOREST")
    fast = stub(answering(answer))
    slow = stub(answering(answer, delay_s=2.0))
    engine = engine_for(f"{fast.base_url} {slow.base_url}", model_name="m", timeout_s=0.5,
                        retries=1)
    try:
        started = time.monotonic()
        predictions = engine.classify_many(chips(10))
        elapsed = time.monotonic() - started
    finally:
        engine.close()
    assert [p.label for p in predictions] == ["STANDING_FOREST"] * 10
    # two timeouts in a row open its breaker: not one per tile
    assert len(slow.completions()) <= server_pool.POOL_FAILURES_TO_OPEN + 1
    assert elapsed < 5.0


def test_every_server_down_is_an_error_that_names_them():
    urls = [f"http://127.0.0.1:{free_port()}/v1" for _ in range(2)]
    with pytest.raises(ServerError) as info:
        engine_for(" ".join(urls), retries=0)
    assert "No server of the pool answers" in str(info.value)
    assert all(u in str(info.value) for u in urls)


def test_all_servers_failing_mid_run_ends_in_an_error(stub, fast_breaker):
    failing = [stub(lambda s, p, b, h: (503, {"error": "overloaded"}, None)) for _ in range(2)]
    engine = engine_for(" ".join(s.base_url for s in failing), model_name="m", retries=1)
    try:
        with pytest.raises(ServerError, match=r"HTTP 503.*every server of the pool"):
            engine.classify(chips(1)[0])
    finally:
        engine.close()


# --------------------------------------------------------------------------------------------
# Two real llama_cpp.server processes, one killed mid-run
# --------------------------------------------------------------------------------------------

def test_a_pool_of_llama_cpp_servers_with_one_killed_mid_run_classifies_every_tile(
        tiny_models, tmp_path, monkeypatch):
    reason = llama_server_missing()
    if reason:
        pytest.skip(reason)
    monkeypatch.setattr(server_pool, "POOL_COOLDOWN_S", 60.0)  # the dead one stays out
    text, mmproj = tiny_models
    servers = [LlamaServer(text, mmproj, tmp_path / f"server{i}.log", n_threads=1)
               for i in range(2)]
    victim = servers[1]
    try:
        engine = engine_for(" ".join(s.base_url for s in servers), logprobs=False)
        try:
            futures = [engine.submit(chip) for chip in chips(10, seed=3)]
            killed = threading.Event()

            def kill_after_first_answers():
                while sum(f.done() for f in futures) < 3:
                    time.sleep(0.02)
                victim.process.kill()  # with a request in flight on it, most likely
                killed.set()

            killer = threading.Thread(target=kill_after_first_answers, daemon=True)
            killer.start()
            predictions = [f.result(timeout=300) for f in futures]
            killer.join(timeout=10)
            counts = engine.tiles_per_server()
            report = engine.pool_report()
        finally:
            engine.close()
    finally:
        for server in servers:
            server.stop()
    assert killed.is_set()
    assert len(predictions) == 10 and all(p.label in CLASSES for p in predictions)
    assert sum(counts.values()) == 10
    assert counts[servers[0].base_url] > counts[victim.base_url]
    assert f"{victim.base_url}: " in report and "taken out of service 1 times" in report


def test_every_server_going_away_mid_run_ends_in_an_error_not_a_wait(stub, fast_breaker):
    answer = canonical_answer("STANDING_FOREST")
    servers = [stub(answering(answer)) for _ in range(2)]
    engine = engine_for(" ".join(s.base_url for s in servers), retries=0)
    try:
        assert engine.classify(chips(1)[0]).label == "STANDING_FOREST"
        for server in servers:
            server.stop()
        started = time.monotonic()
        with pytest.raises(ServerError, match="every server of the pool|No server of the pool"):
            engine.classify_many(chips(3))
        assert time.monotonic() - started < 15
    finally:
        engine.close()


def test_a_refusal_is_not_retried_on_the_other_servers(stub):
    refusing = [stub(lambda s, p, b, h: (401, {"error": "bad key"}, None)) for _ in range(2)]
    engine = engine_for(" ".join(s.base_url for s in refusing), model_name="m", retries=3)
    try:
        with pytest.raises(ServerError, match="HTTP 401.*API key"):
            engine.classify(chips(1)[0])
    finally:
        engine.close()
    assert sum(len(s.completions()) for s in refusing) == 1
