"""After a run has written its output file: the extras stored in it (the style, the provenance
metadata) one at a time, each failure a warning the user sees, never a silent loss.

The algorithms' postProcessAlgorithm stores each extra through `store_or_warn`: a store
function that returns an error text or raises (an API that moved between QGIS versions raises
AttributeError) becomes a warning in the algorithm's feedback (the Processing log, the
qgis_process output) and in the plugin's log panel, and the next extra is stored all the same.
"""
from ...toolbelt.log import warn


def store_or_warn(feedback, message: str, store) -> bool:
    """Run `store()` (an error text, empty on success); whether it stored what it should.

    On an error text or an exception, `message` (what was not stored, with one {} for why)
    is pushed as a warning to `feedback` and to the plugin log.
    """
    try:
        error = store()
    except Exception as exc:  # noqa: BLE001 (any failure is reported; the output itself is written)
        error = f"{type(exc).__name__}: {exc}"
    if not error:
        return True
    text = message.format(error)
    if feedback is not None:
        feedback.pushWarning(text)
    warn(text)
    return False
