"""Waiting for a plugin run in a QgsTask, in tests inside QGIS."""
import time

from qgis.core import QgsApplication

RUN_TIMEOUT_S = 120


def wait_until_done(flow, timeout=RUN_TIMEOUT_S):
    """QgsTask runs on a thread pool; `executed` reaches the flow (anything with `running`:
    ui/toolbar_flow.py, ui/relabel_run.py) only while events are pumped."""
    deadline = time.monotonic() + timeout
    while flow.running and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    QgsApplication.processEvents()  # the deferred release of context, feedback and task
    assert not flow.running, f"the task did not finish within {timeout} s"
