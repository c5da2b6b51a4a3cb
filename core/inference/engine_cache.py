"""Keeps the last loaded engine for the next run of the same QGIS session.

Loading the model pair (about 400 MB) takes seconds; a second click with the same model and
settings reuses it. The engine is released when a run asks for other settings. A run that
finds the cached engine busy (two runs at once) gets a private engine, closed after its run,
because llama.cpp contexts must not be shared between threads.
"""
import threading
from contextlib import contextmanager


class EngineCache:
    def __init__(self):
        self._lock = threading.Lock()
        self._key = None
        self._engine = None
        self._busy = False

    @contextmanager
    def lease(self, key, factory):
        """Yield an engine for `key`, built by factory() when the cached one does not fit."""
        with self._lock:
            shared = not self._busy
            if shared:
                self._busy = True
                if self._key != key:
                    self._release_locked()
        if not shared:
            engine = factory()
            try:
                yield engine
            finally:
                engine.close()
            return
        try:
            if self._engine is None:
                self._engine = factory()
                self._key = key
            yield self._engine
        finally:
            with self._lock:
                self._busy = False

    def clear(self):
        """Close the cached engine (plugin unload, settings changed)."""
        with self._lock:
            if not self._busy:
                self._release_locked()

    def _release_locked(self):
        engine, self._engine, self._key = self._engine, None, None
        if engine is not None:
            engine.close()


ENGINES = EngineCache()
