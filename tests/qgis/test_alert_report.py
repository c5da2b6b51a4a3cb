"""deforestation:alert_report through processing.run and qgis_process: a compare output with
clearings, an overlay and decisions made through the store, read back with pdftotext (poppler-
utils, the Makefile's APT_PACKAGES): the summary and one page per alert patch, with its area in
ha and each decision with the reviewer's name, reason and audit."""
import re
import shutil
import subprocess

import pytest
from qgis.core import QgsVectorLayer

from deforestation_classifier.core.alerts.store import open_store
from test_clearings_compare import _outputs, _overlay, painted  # noqa: F401 (a fixture)
from test_qgis_process import QGIS_PROCESS, qgis_process_env  # noqa: F401 (a fixture)
from tile_factory import SF, run_algorithm as run, tid

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"),
                                reason="pdftotext missing: make apt (poppler-utils)")


def pdf_pages(path):
    """The text of each page of a PDF, through pdftotext (form feeds between pages)."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")
    return [" ".join(page.split()) for page in pages if page.strip()]


@pytest.fixture
def reviewed(provider, painted, tmp_path):  # noqa: F811 (the fixture imported above)
    """A compare output with clearings and an overlay; decisions through the store."""
    outputs = _outputs(tmp_path)
    results = run("compare", {**painted, **outputs,
                              "OVERLAY": _overlay(tmp_path / "areas.gpkg"),
                              "OVERLAY_FIELD": "nome"})
    layer = QgsVectorLayer(results["OUTPUT"], "alerts", "ogr")
    store = open_store(layer)
    store.ensure_fields()
    records = {r.tile_id: r for r in store.records()}
    confirmed = store.decide(records[tid(0, 0)], "CONFIRMED", reviewer="Ana Souza",
                             note="fresh clearing")
    store.write(confirmed, {"audit_status": "AGREED", "auditor": "Bruno Lima",
                            "audited_at": "2024-08-01T10:00:00Z"})
    store.decide(records[tid(1, 1)], "CORRECTED", label=SF, reviewer="Ana Souza",
                 reason="PLANTATION_HARVEST")
    return {**painted, **outputs, "results": results}


def patches_of(gpkg):
    layer = QgsVectorLayer(str(gpkg), "p", "ogr")
    return {f["patch_id"]: (f["area_ha"], f["tile_ids"]) for f in layer.getFeatures()}


def check_report(pdf, patches):
    pages = pdf_pages(pdf)
    assert len(pages) == 1 + len(patches), pages
    summary = pages[0]
    assert "Deforestation alert report" in summary
    assert re.search(r"\d+ alert tiles in %d patches" % len(patches), summary)
    assert "Parque A" in summary  # the cleared area by overlay polygon
    assert "Plugin version" in summary
    for page, (patch_id, (area, tile_ids)) in zip(pages[1:], sorted(patches.items())):
        assert f"Alert patch {patch_id}" in page
        assert f"Area: {area:.1f} ha" in page
        for tile in tile_ids.split(","):
            assert tile in page
    text = " ".join(pages)
    assert f"{tid(0, 0)}: CONFIRMED as RECENTLY_CLEARED by Ana Souza" in text
    assert "audit: AGREED by Bruno Lima" in text
    assert f"{tid(1, 1)}: CORRECTED as STANDING_FOREST by Ana Souza" in text
    assert "reason: Plantation harvest" in text
    return pages


def test_the_report_has_a_page_per_alert_patch(reviewed, tmp_path):
    pdf = tmp_path / "report.pdf"
    results = run("alert_report", {"INPUT": reviewed["OUTPUT"],
                                   "PATCHES": reviewed["PATCHES"],
                                   "BEFORE_RASTER": reviewed["BEFORE_RASTER"],
                                   "AFTER_RASTER": reviewed["AFTER_RASTER"],
                                   "OUTPUT": str(pdf)})
    patches = patches_of(reviewed["PATCHES"])
    assert results["PAGES"] == 1 + len(patches) >= 3
    pages = check_report(pdf, patches)
    assert "Before 2024-01-10" in pages[1] and "After 2024-07-10" in pages[1]


def test_a_layer_that_is_not_a_compare_output_is_refused(provider, reviewed, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="not an output of Compare two dates"):
        run("alert_report", {"INPUT": reviewed["BEFORE"], "OUTPUT": str(tmp_path / "x.pdf")})


def test_the_report_headless_through_qgis_process(qgis_process_env, reviewed,  # noqa: F811
                                                  tmp_path):
    pdf = tmp_path / "headless.pdf"
    proc = subprocess.run(
        [QGIS_PROCESS, "run", "deforestation:alert_report", "--",
         f"INPUT={reviewed['OUTPUT']}", f"PATCHES={reviewed['PATCHES']}", f"OUTPUT={pdf}"],
        env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    pages = check_report(pdf, patches_of(reviewed["PATCHES"]))
    # Without the images, the pages say so.
    assert "no image given" in pages[1]
