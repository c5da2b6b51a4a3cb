"""Reasons and the second look through the review dock's keys and the store, on a compare
output (core/review/reasons.py, core/review/audit.py): what lands in the file, read back with
OGR."""
import pytest
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest

from tile_factory import LT, RC, SF, read_back, run_algorithm as run, tid, write_tiles

pytestmark = pytest.mark.usefixtures("keep_review_settings")

AFTER = {tid(0, 2): (RC, 0.90), tid(1, 2): (RC, 0.80), tid(5, 5): (RC, 0.70),
         tid(3, 0): (SF, 0.10)}
QUEUE = [tid(0, 2), tid(1, 2), tid(5, 5)]


@pytest.fixture
def alerts(provider, tmp_path):
    before = write_tiles(tmp_path / "before.gpkg", {t: {"class_label": SF} for t in AFTER},
                         date="2023-07-01")
    after = write_tiles(tmp_path / "after.gpkg",
                        {t: {"class_label": label, "prob_recently_cleared": p}
                         for t, (label, p) in AFTER.items()}, date="2024-07-15")
    run("compare", {"BEFORE": before, "AFTER": after, "OUTPUT": str(tmp_path / "alerts.gpkg"),
                    "PATCHES": str(tmp_path / "patches.gpkg")})
    return tmp_path / "alerts.gpkg"


def focus(dock):
    window = dock.window()
    window.show()
    dock.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 2000)
    dock.content.setFocus()
    QCoreApplication.processEvents()


def key(dock, k):
    QTest.keyClick(dock.content, k)
    QCoreApplication.processEvents()


def test_a_reason_key_then_a_correction_stores_the_reason(open_dock, alerts):
    dock = open_dock(alerts, name="alerts")
    focus(dock)
    assert "(H)" in dock.reason_combo.itemText(2) or "[H]" in dock.reason_combo.itemText(2)
    key(dock, Qt.Key.Key_H)  # plantation harvest, for the correction that follows
    assert dock.reason_combo.currentData() == "PLANTATION_HARVEST"
    assert read_back(alerts)[QUEUE[0]]["review_reason"] is None  # nothing decided: held
    key(dock, Qt.Key.Key_1)  # a false alert: standing forest -> the next tile
    assert dock.current().tile_id == QUEUE[1]
    assert dock.reason_combo.currentData() == ""  # the next tile starts without one
    key(dock, Qt.Key.Key_C)  # confirmed: no reason
    key(dock, Qt.Key.Key_U)  # unclear (the last: every tile reviewed, the dock stays) ...
    assert dock.current().tile_id == QUEUE[2]
    key(dock, Qt.Key.Key_L)  # ... then its reason, saved at once: cloud or shadow
    rows = read_back(alerts)
    assert (rows[QUEUE[0]]["review_status"], rows[QUEUE[0]]["review_reason"]) == (
        "CORRECTED", "PLANTATION_HARVEST")
    assert rows[QUEUE[1]]["review_status"] == "CONFIRMED"
    assert rows[QUEUE[1]]["review_reason"] is None
    assert (rows[QUEUE[2]]["review_status"], rows[QUEUE[2]]["review_reason"]) == (
        "UNCLEAR", "CLOUD_OR_SHADOW")
    assert "Cloud or shadow" in dock.alert_view.review_value.text()


def test_the_audit_mode_walks_the_reviewed_tiles_and_writes_at_once(open_dock, alerts):
    dock = open_dock(alerts, name="alerts")
    focus(dock)
    key(dock, Qt.Key.Key_C)
    key(dock, Qt.Key.Key_E)  # cleared before the BEFORE date
    key(dock, Qt.Key.Key_3)
    dock.set_audit_mode(True)
    assert [r.tile_id for r in dock.queue] == QUEUE[:2]  # the reviewed ones
    assert dock.progress_label.text() == "0 of 2 audited"
    assert dock.confirm_button.isHidden() and not dock.agree_button.isHidden()
    key(dock, Qt.Key.Key_C)  # no decision in audit mode
    assert read_back(alerts)[QUEUE[0]]["audit_status"] is None
    # The reviewer cannot audit their own decision.
    key(dock, Qt.Key.Key_G)
    assert read_back(alerts)[QUEUE[0]]["audit_status"] is None
    messages = dock.iface.messageBar().get_messages(2)  # Qgis.MessageLevel.Critical
    assert any("another person" in m for m in messages)
    dock.reviewer_edit.setText("auditor bo")
    key(dock, Qt.Key.Key_G)  # agree with the first -> the second
    dock.note_edit.setText("no, this was cleared in 2023")
    key(dock, Qt.Key.Key_X)  # disagree with the second
    rows = read_back(alerts)
    assert rows[QUEUE[0]]["audit_status"] == "AGREED"
    assert rows[QUEUE[0]]["auditor"] == "auditor bo"
    assert rows[QUEUE[0]]["audited_at"].endswith("Z")
    assert rows[QUEUE[1]]["audit_status"] == "DISAGREED"
    assert rows[QUEUE[1]]["audit_note"] == "no, this was cleared in 2023"
    assert rows[QUEUE[1]]["review_note"] is None  # the review's comment is the reviewer's
    assert rows[QUEUE[1]]["review_reason"] == "CLEARED_BEFORE"
    assert dock.progress_label.text() == "2 of 2 audited"
    assert "Audit: DISAGREED by auditor bo" in dock.alert_view.review_value.text()
    # Back to the review: a new decision clears the audit, the tile goes back to the audit.
    dock.set_audit_mode(False)
    dock.reviewer_edit.setText("tester")
    dock.session.go(1)
    dock.correct(LT)
    assert read_back(alerts)[QUEUE[1]]["audit_status"] is None
    dock.set_audit_mode(True)
    assert [r.tile_id for r in dock.queue] == [QUEUE[1]]
