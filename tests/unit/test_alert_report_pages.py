"""core/alerts/report.py over plain records: the summary and one page per alert patch, the
area without PATCHES, the decisions with names, reasons and audits."""
from deforestation_classifier.core.alerts.report import report_pages, tile_decision_text

RC, SF = "RECENTLY_CLEARED", "STANDING_FOREST"


def tile(tile_id, patch, prob, **review):
    return {"tile_id": tile_id, "alert": 1 if patch else 0, "patch_id": patch,
            "prob_recently_cleared_after": prob, "confidence": review.pop("tier", None),
            "image_date_before": "2024-01-10", "image_date_after": "2024-07-10",
            "centroid_lon": -55.0, "centroid_lat": -10.0, "cleared_ha": 2.0, **review}


TILES = [
    tile("T1", 1, 0.7, tier="high", review_status="CONFIRMED", reviewed_label=RC,
         reviewer="ana", reviewed_at="2024-08-01T10:00:00Z", audit_status="DISAGREED",
         auditor="bo", audit_note="older clearing"),
    tile("T2", 1, 0.9, tier="high", review_status="CORRECTED", reviewed_label=SF,
         reviewer="ana", review_reason="WATER_LEVEL"),
    tile("T3", 2, 0.6),
    tile("T4", None, 0.1),  # not an alert: no page
]


def test_a_summary_and_a_page_per_patch():
    pages = report_pages(TILES, {}, [{"tile_id": "T1", "patch_id": 1, "overlay_names": "Park",
                                      "overlay_ha": 1.5}], {"Plugin version": "0.1.0"},
                         "Report")
    assert [p.patch_id for p in pages] == [None, 1, 2]
    summary = pages[0].body
    assert "3 alert tiles in 2 patches." in summary
    assert "high: confirmed 1, rejected 1" in summary and "no tier: not reviewed 1" in summary
    assert "Total area of the alert patches: 300.0 ha" in summary  # 1 km tiles, no PATCHES
    assert "Park: 1.5 ha" in summary and "Plugin version: 0.1.0" in summary
    first = pages[1]
    assert first.title == "Alert patch 1" and first.tile_ids == ["T2", "T1"]  # by probability
    assert "Area: 200.0 ha (2 tile(s) of 1 km\u00b2); cleared inside: 4.0 ha" in first.body
    assert "Overlaps: Park (1.5 ha)" in first.body
    assert first.dates == ("2024-01-10", "2024-07-10")


def test_a_patch_area_from_patches_wins():
    pages = report_pages(TILES, {2: {"area_ha": 87.25, "centroid_lon": 1.0,
                                     "centroid_lat": 2.0}}, [], {}, "Report")
    assert "Area: 87.2 ha" in pages[2].body or "Area: 87.3 ha" in pages[2].body
    assert "Centroid: 1.00000, 2.00000" in pages[2].body


def test_each_decision_names_its_people_reason_and_audit():
    assert tile_decision_text(TILES[0]) == (
        "T1: CONFIRMED as RECENTLY_CLEARED by ana, 2024-08-01T10:00:00Z; audit: DISAGREED by "
        "bo \u201colder clearing\u201d")
    assert tile_decision_text(TILES[1]) == (
        "T2: CORRECTED as STANDING_FOREST by ana; reason: Water level; not audited")
    assert tile_decision_text(TILES[2]) == "T3: not reviewed"
