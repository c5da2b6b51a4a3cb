"""The engine cache reuses, replaces and isolates engines as runs need."""
import threading

from deforestation_classifier.core.inference.engine_cache import EngineCache


class CountingEngine:
    """A stand-in whose only job is to count loads and closes (no model is faked here)."""

    made = []

    def __init__(self, key):
        self.key = key
        self.closed = False
        CountingEngine.made.append(self)

    def close(self):
        self.closed = True


def test_same_key_reuses_other_key_replaces():
    CountingEngine.made = []
    cache = EngineCache()
    with cache.lease("a", lambda: CountingEngine("a")) as first:
        pass
    with cache.lease("a", lambda: CountingEngine("a")) as again:
        assert again is first
    with cache.lease("b", lambda: CountingEngine("b")) as other:
        assert other is not first
    assert first.closed and not other.closed
    cache.clear()
    assert other.closed and len(CountingEngine.made) == 2


def test_concurrent_run_gets_a_private_engine():
    CountingEngine.made = []
    cache = EngineCache()
    inside = threading.Event()
    release = threading.Event()
    seen = {}

    def long_run():
        with cache.lease("a", lambda: CountingEngine("a")) as engine:
            seen["long"] = engine
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=long_run)
    worker.start()
    assert inside.wait(5)
    with cache.lease("a", lambda: CountingEngine("a")) as engine:
        seen["short"] = engine
    release.set()
    worker.join()
    assert seen["short"] is not seen["long"] and seen["short"].closed
    assert not seen["long"].closed
