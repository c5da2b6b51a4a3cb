"""The last run's log, kept in a file for the diagnostics report (core/diagnostics.py).

QGIS's log panel forgets a run when QGIS closes, and the Processing dialog's log belongs to the
dialog: a user asked for "what went wrong" has neither at hand. run_classification() writes
every line it gives its feedback into <QGIS profile>/deforestation_classifier/last_run.log (the
folder the model files default to, models/registry.py), replacing the previous run's file, and
`deforestation:diagnostics` / "Copy diagnostics" show its last lines.

`feedback` stays what it was for everything else: the recorder passes every call through, and
a file that cannot be written never stops a run.
"""
import time
from pathlib import Path

from ...toolbelt.environment import env_text

RUN_LOG_ENV = "DEFORESTATION_RUN_LOG"
RUN_LOG_NAME = "last_run.log"
# A run of a whole biome logs a line per fetch or warning: the file stops growing here.
MAX_BYTES = 2_000_000
_RECORDED = {"pushInfo": "INFO", "pushWarning": "WARNING", "reportError": "ERROR",
             "pushCommandInfo": "INFO", "pushConsoleInfo": "INFO", "pushDebugInfo": "DEBUG"}


def run_log_path(environ=None) -> Path:
    """$DEFORESTATION_RUN_LOG, else <QGIS profile>/deforestation_classifier/last_run.log, else
    (no QGIS: the command line) ~/.cache/deforestation_classifier/last_run.log."""
    chosen = env_text(RUN_LOG_ENV, environ)
    if chosen:
        return Path(chosen)
    try:
        from qgis.core import QgsApplication  # lazy: the command line runs without QGIS

        base = QgsApplication.qgisSettingsDirPath()
    except ImportError:
        base = ""
    folder = Path(base) if base else Path.home() / ".cache"
    return folder / "deforestation_classifier" / RUN_LOG_NAME


class RecordingFeedback:
    """`feedback` with each message also written to the run log, as it comes (a crash keeps
    what came before it)."""

    def __init__(self, feedback, path: Path):
        self._feedback = feedback
        self._handle = None
        self._written = 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = open(path, "w", encoding="utf-8")  # noqa: SIM115 (kept for the run)
        except OSError:
            self._handle = None

    def __getattr__(self, name):
        attribute = getattr(self._feedback, name)
        level = _RECORDED.get(name)
        if level is None or self._handle is None:
            return attribute

        def recorded(text="", *args, **kwargs):
            self.record(level, str(text))
            return attribute(text, *args, **kwargs)
        return recorded

    def record(self, level: str, text: str):
        """Write a line to the log only (the error that ends a run: its face shows it)."""
        if self._handle is None or self._written > MAX_BYTES:
            return
        line = f"{time.strftime('%Y-%m-%d %H:%M:%S')} {level} {text.rstrip()}\n"
        try:
            self._handle.write(line)
            self._handle.flush()
            self._written += len(line)
        except (OSError, ValueError):
            self._handle = None

    def close(self):
        if self._handle is not None:
            try:
                self._handle.close()
            except OSError:
                pass
            self._handle = None


def recording(feedback, path=None) -> RecordingFeedback:
    """A recorder of the run's messages around `feedback` (close() it when the run ends)."""
    return RecordingFeedback(feedback, Path(path) if path else run_log_path())


def log_tail(path=None, lines=40) -> list:
    """The last `lines` lines of the last run's log ([] when there is none)."""
    target = Path(path) if path else run_log_path()
    try:
        text = target.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return text.splitlines()[-lines:]
