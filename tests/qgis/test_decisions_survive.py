"""Decisions survive a run again onto the output they were made in (core/alerts/carry.py):
deforestation:compare through processing.run and qgis_process, deforestation:relabel; matched
by tile_id, a tile no longer an alert keeps its decision and says so."""
import subprocess

import pytest
from qgis.core import QgsVectorLayer

from deforestation_classifier.core.alerts.store import open_store
from test_qgis_process import QGIS_PROCESS, qgis_process_env  # noqa: F401 (a fixture)
from tile_factory import LT, RC, SF, read_back, run_algorithm as run, tid, write_tiles

A, B, C = tid(0, 0), tid(0, 1), tid(5, 5)


def compare_inputs(tmp_path, after_labels, name):
    before = write_tiles(tmp_path / "before.gpkg", {t: {"class_label": SF} for t in (A, B, C)},
                         date="2023-07-01")
    after = write_tiles(tmp_path / f"{name}.gpkg",
                        {t: {"class_label": label, "prob_recently_cleared": p}
                         for t, (label, p) in after_labels.items()}, date="2024-07-15")
    return {"BEFORE": before, "AFTER": after}


def decide(gpkg):
    """A confirmed and audited, B corrected with a reason, through the store (as the dock)."""
    layer = QgsVectorLayer(str(gpkg), "alerts", "ogr")
    store = open_store(layer)
    store.ensure_fields()
    records = {r.tile_id: r for r in store.records()}
    done = store.decide(records[A], "CONFIRMED", reviewer="Ana Souza", note="seen")
    store.write(done, {"audit_status": "AGREED", "auditor": "Bruno Lima",
                       "audited_at": "2024-08-01T10:00:00Z"})
    store.decide(records[B], "CORRECTED", label=SF, reviewer="Ana Souza",
                 reason="PLANTATION_HARVEST")
    return layer


FIRST = {A: (RC, 0.9), B: (RC, 0.8), C: (SF, 0.1)}
# Later: A still an alert, B kept as forest (no longer an alert), C a new alert.
AGAIN = {A: (RC, 0.95), B: (SF, 0.2), C: (RC, 0.7)}


def check_kept(gpkg):
    rows = read_back(gpkg)
    assert rows[A]["review_status"] == "CONFIRMED" and rows[A]["reviewer"] == "Ana Souza"
    assert rows[A]["review_note"] == "seen" and rows[A]["audit_status"] == "AGREED"
    assert rows[A]["auditor"] == "Bruno Lima" and rows[A]["review_carried"] == "KEPT"
    assert rows[A]["prob_recently_cleared_after"] == pytest.approx(0.95)  # the new run's
    assert (rows[B]["review_status"], rows[B]["reviewed_label"]) == ("CORRECTED", SF)
    assert rows[B]["review_reason"] == "PLANTATION_HARVEST"
    assert rows[B]["alert"] == 0 and rows[B]["review_carried"] == "NO_LONGER_ALERT"
    assert rows[C]["alert"] == 1 and rows[C]["review_status"] is None
    assert rows[C]["review_carried"] is None
    return rows


def test_compare_again_onto_its_output_keeps_every_decision(provider, tmp_path):
    out = {"OUTPUT": str(tmp_path / "alerts.gpkg"), "PATCHES": str(tmp_path / "patches.gpkg")}
    run("compare", {**compare_inputs(tmp_path, FIRST, "after1"), **out})
    layer = decide(out["OUTPUT"])  # the reviewed layer stays open, as in the desktop
    run("compare", {**compare_inputs(tmp_path, AGAIN, "after2"), **out})
    check_kept(out["OUTPUT"])
    # The store reads them again: the dock goes on where the review stopped.
    reloaded = open_store(QgsVectorLayer(out["OUTPUT"], "again", "ogr"))
    assert {r.tile_id for r in reloaded.records() if r.reviewed} == {A, B}
    del layer


def test_compare_again_through_qgis_process(qgis_process_env, provider,  # noqa: F811
                                            tmp_path):
    out = {"OUTPUT": str(tmp_path / "alerts.gpkg"), "PATCHES": str(tmp_path / "patches.gpkg")}
    run("compare", {**compare_inputs(tmp_path, FIRST, "after1"), **out})
    decide(out["OUTPUT"])
    params = {**compare_inputs(tmp_path, AGAIN, "after2"), **out}
    proc = subprocess.run([QGIS_PROCESS, "run", "deforestation:compare", "--",
                           *(f"{k}={v}" for k, v in params.items())],
                          env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Decisions already made in the output kept: 2 tiles (1 no longer an alert" \
        in proc.stdout + proc.stderr
    check_kept(out["OUTPUT"])


def test_relabel_again_onto_its_output_keeps_the_decisions(provider, tmp_path):
    tiles = write_tiles(tmp_path / "tiles.gpkg",
                        {A: {"class_label": RC, "prob_recently_cleared": 0.7},
                         B: {"class_label": LT, "prob_recently_cleared": 0.3}},
                        date="2024-07-15")
    out = str(tmp_path / "relabelled.gpkg")
    run("relabel", {"INPUT": tiles, "RC_THRESHOLD": 0.5, "OUTPUT": out})
    store = open_store(QgsVectorLayer(out, "relabelled", "ogr"))
    records = {r.tile_id: r for r in store.records()}
    store.decide(records[A], "CORRECTED", label=SF, reviewer="Ana Souza",
                 reason="SEASONAL_CHANGE")
    results = run("relabel", {"INPUT": tiles, "RC_THRESHOLD": 0.25, "OUTPUT": out})
    assert results["CHANGED"] == 1  # B is RECENTLY_CLEARED at 0.25
    rows = read_back(out)
    assert rows[A]["review_status"] == "CORRECTED"
    assert rows[A]["review_reason"] == "SEASONAL_CHANGE"
    assert rows[A]["review_carried"] == "KEPT" and rows[B]["class_label"] == RC
