"""Lazy access to llama-cpp-python, so the plugin loads (and says what is missing) without it."""
import os

LLAMA_CPP_PIN = "llama-cpp-python==0.3.36"


class MissingDependencyError(RuntimeError):
    """llama-cpp-python is not importable from QGIS's Python."""


def import_llama_cpp():
    try:
        import llama_cpp  # noqa: F401  (heavy: imported only when a model is loaded)
        import llama_cpp.llama_chat_format  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError(
            f"The Python package llama-cpp-python is not installed in QGIS's Python ({exc}). "
            f"Install it with: python3 -m pip install {LLAMA_CPP_PIN}"
        ) from exc
    return llama_cpp


def silence_native_logs(llama_cpp):
    """mtmd and llama.cpp write to stderr even with verbose=False; route both to a no-op."""
    global _NOOP_LOG  # keep the ctypes callback alive as long as the library may call it
    try:
        _NOOP_LOG = llama_cpp.llama_log_callback(lambda level, text, user_data: None)
        llama_cpp.llama_log_set(_NOOP_LOG, None)
        from llama_cpp import mtmd_cpp

        mtmd_cpp.mtmd_helper_log_set(_NOOP_LOG, None)
    except (AttributeError, TypeError):  # an older binding without these hooks: keep the noise
        pass


def default_thread_count() -> int:
    """All cores but leave one to QGIS's interface when there are more than two."""
    cores = os.cpu_count() or 1
    return cores if cores <= 2 else cores - 1


_NOOP_LOG = None
