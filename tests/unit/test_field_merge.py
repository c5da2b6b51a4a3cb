"""core/alerts/field_merge.py: which field decision reaches which office tile, matched by tile_id;
a later office decision is never written over; the dock's rules apply to what is written."""
from deforestation_classifier.core.alerts.field_merge import (
    BASELINE, merge_notes, merge_plan, parse_time)
from deforestation_classifier.core.review.queue import TileRecord
from deforestation_classifier.core.vocabulary import RECENTLY_CLEARED as RC, STANDING_FOREST as SF


def office(tile, **values):
    return TileRecord(fid=1, tile_id=tile, class_label=RC, **values)


def field(status=None, at=None, baseline=None, **values):
    return {"review_status": status, "reviewed_at": at, BASELINE: baseline, **values}


OFFICE_AT = "2024-08-01T10:00:00Z"
FIELD_AT = "2024-08-05T15:30:00Z"


def test_a_field_decision_on_an_undecided_tile_is_written_with_the_field_time():
    plan = merge_plan({"t1": field("CORRECTED", FIELD_AT, reviewed_label=SF, reviewer="Rui",
                                   review_reason="PLANTATION_HARVEST", review_note=" mud ")},
                      {"t1": office("t1")})
    (record, values), = plan.apply
    assert record.tile_id == "t1"
    assert values["review_status"] == "CORRECTED" and values["reviewed_label"] == SF
    assert values["reviewer"] == "Rui" and values["reviewed_at"] == FIELD_AT
    assert values["review_reason"] == "PLANTATION_HARVEST" and values["review_note"] == "mud"


def test_the_dock_rules_apply_a_confirmation_keeps_the_model_label_and_clears_the_audit():
    record = office("t1", review_status="CORRECTED", reviewed_label=SF, reviewed_at=OFFICE_AT,
                    audit_status="AGREED", auditor="Bia")
    plan = merge_plan({"t1": field("CONFIRMED", FIELD_AT, OFFICE_AT, reviewed_label=SF,
                                   review_reason="OTHER", reviewer="Rui")}, {"t1": record})
    (_, values), = plan.apply
    assert values["reviewed_label"] == RC and values["review_reason"] is None
    assert values["audit_status"] is None and values["auditor"] is None


def test_a_tile_left_as_packaged_is_unchanged_even_when_the_office_moved_on():
    moved = office("t1", review_status="CONFIRMED", reviewed_label=RC,
                   reviewed_at="2024-09-01T00:00:00Z")
    plan = merge_plan({"t1": field("CORRECTED", OFFICE_AT, OFFICE_AT, reviewed_label=SF),
                       "t2": field()},
                      {"t1": moved, "t2": office("t2")})
    assert plan.apply == [] and plan.unchanged == ["t1"] and plan.conflicts == []


def test_a_later_office_decision_is_kept_and_reported_as_a_conflict():
    later = office("t1", review_status="CONFIRMED", reviewed_label=RC,
                   reviewed_at="2024-09-01T00:00:00Z", reviewer="Ana")
    plan = merge_plan({"t1": field("CORRECTED", FIELD_AT, OFFICE_AT, reviewed_label=SF,
                                   review_reason="OTHER")}, {"t1": later})
    assert plan.apply == [] and plan.conflicts == ["t1"]
    assert "office's is kept" in " ".join(merge_notes(plan, 0))
    # An office decision made after packaging, earlier than the field's: the field's wins,
    # and the log says so.
    earlier = office("t1", review_status="CONFIRMED", reviewed_label=RC,
                     reviewed_at="2024-08-02T00:00:00Z")
    plan = merge_plan({"t1": field("CORRECTED", FIELD_AT, OFFICE_AT, reviewed_label=SF,
                                   review_reason="OTHER")}, {"t1": earlier})
    assert len(plan.apply) == 1 and plan.replaced == ["t1"]


def test_a_package_of_another_origin_is_merged_by_time_alone_equal_times_keep_the_office():
    same = office("t1", review_status="CONFIRMED", reviewed_label=RC, reviewed_at=FIELD_AT)
    rows = {"t1": {"review_status": "UNCLEAR", "reviewed_at": "2024-08-05T15:30:00+00:00"}}
    plan = merge_plan(rows, {"t1": same}, packaged=False)
    assert plan.conflicts == ["t1"]
    rows["t1"]["reviewed_at"] = "2024-08-05T13:30:00-03:00"  # 16:30 UTC: later
    assert len(merge_plan(rows, {"t1": same}, packaged=False).apply) == 1


def test_unknown_tiles_and_bad_values_are_reported_not_written():
    plan = merge_plan({"gone": field("CONFIRMED", FIELD_AT),
                       "t1": field("CORRECTED", FIELD_AT, reviewed_label="BANANA")},
                      {"t1": office("t1")})
    assert plan.apply == [] and plan.missing == ["gone"]
    assert plan.invalid and plan.invalid[0].startswith("t1: ")
    notes = " ".join(merge_notes(plan, 0))
    assert "gone" in notes and "BANANA" in notes


def test_merging_the_same_package_twice_writes_nothing_the_second_time():
    tile = office("t1")
    rows = {"t1": field("CONFIRMED", FIELD_AT, None, review_reason="OTHER", reviewer="Rui")}
    (record, values), = merge_plan(rows, {"t1": tile}).apply
    merged = office("t1", **{k: v for k, v in values.items()
                             if k in ("review_status", "reviewed_label", "reviewer",
                                      "reviewed_at", "review_note", "review_reason")})
    again = merge_plan(rows, {"t1": merged})
    assert again.apply == [] and again.unchanged == ["t1"]


def test_times_read_with_and_without_offsets():
    assert parse_time("2024-08-05T15:30:00Z") == parse_time("2024-08-05T12:30:00-03:00")
    assert parse_time("2024-08-05T15:30:00") == parse_time("2024-08-05T15:30:00Z")
    assert parse_time("") is None and parse_time("soon") is None
