"""What a run tells its user on a terminal: core/run.py's feedback without QGIS.

On a terminal, a progress bar (tqdm) with the run's progress text and the messages above it; in
a pipe or a file, plain lines (a progress line at most every PROGRESS_EVERY_S seconds). Ctrl-C
asks the run to stop at the next tile (what QGIS's Cancel does: the tiles done are saved and a
rerun with --resume continues); a second Ctrl-C stops at once.
"""
import signal
import sys
import time

PROGRESS_EVERY_S = 10.0


class ConsoleFeedback:
    """pushInfo, pushWarning, setProgress, setProgressText, isCanceled: what the run calls."""

    def __init__(self, stream=None, quiet=False, bar=None):
        self.stream = stream or sys.stdout
        self.quiet = quiet
        self.canceled = False
        self.warnings = []
        self._percent = 0.0
        self._text = ""
        self._last_line = 0.0
        self._bar = None
        if bar is None:
            bar = _is_terminal(self.stream)
        if bar and not quiet:
            self._bar = _make_bar(self.stream)

    # --- the run's calls ------------------------------------------------------------------
    def pushInfo(self, text):  # noqa: N802 (the feedback interface of core/run.py)
        if not self.quiet:
            self._line(str(text))

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(str(text))
        self._line(f"Warning: {text}", sys.stderr if self._bar is None else None)

    def reportError(self, text, fatalError=False):  # noqa: N802,N803 (QgsFeedback's name)
        self._line(f"Error: {text}", sys.stderr if self._bar is None else None)

    def setProgress(self, percent):  # noqa: N802
        self._percent = float(percent)
        if self._bar is not None:
            self._bar.n = round(self._percent, 1)
            self._bar.refresh()
        else:
            self._maybe_progress_line()

    def setProgressText(self, text):  # noqa: N802
        self._text = str(text)
        if self._bar is not None:
            self._bar.set_postfix_str(self._text, refresh=True)

    def isCanceled(self):  # noqa: N802
        return self.canceled

    # --- the command's own ----------------------------------------------------------------
    def close(self):
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def _line(self, text, stream=None):
        if self._bar is not None:
            self._bar.write(text, file=self.stream)
        else:
            print(text, file=stream or self.stream, flush=True)

    def _maybe_progress_line(self):
        if self.quiet:
            return
        now = time.monotonic()
        if now - self._last_line < PROGRESS_EVERY_S and self._percent < 100.0:
            return
        self._last_line = now
        self._line(f"{self._percent:.0f} %" + (f": {self._text}" if self._text else ""))


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _make_bar(stream):
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a comfort: plain lines without it
        return None
    return tqdm(total=100, file=stream, unit="%", dynamic_ncols=True,
                bar_format="{l_bar}{bar}| {elapsed}{postfix}")


class Interrupts:
    """with Interrupts(feedback): the first Ctrl-C cancels the run, the second raises
    KeyboardInterrupt."""

    def __init__(self, feedback):
        self.feedback = feedback
        self._previous = None

    def __enter__(self):
        try:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread: leave Ctrl-C as it is
            self._previous = None
        return self

    def _handle(self, signum, frame):
        if self.feedback.canceled:
            raise KeyboardInterrupt
        self.feedback.canceled = True
        self.feedback.pushWarning("Stopping after the current tiles (Ctrl-C again to stop at "
                                  "once); the tiles done are saved.")

    def __exit__(self, *exc):
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
        return False
