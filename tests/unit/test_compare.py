"""Two dates compared tile by tile, alerts grouped into edge-connected patches with their area on
the ground, labels re-derived from stored probabilities: hand-built tiles with known answers."""
import pytest

from deforestation_classifier.core.alerts.compare import (
    CompareError,
    TileState,
    alert_patches,
    cleared_patches,
    compare,
    edge_groups,
    effective_label,
    tile_state,
)
from deforestation_classifier.core.imagery.grid import srs_from_wkt

SF, RC, LT = "STANDING_FOREST", "RECENTLY_CLEARED", "LONG_TERM_NON_FOREST"
GRID = srs_from_wkt("EPSG:32633").ExportToWkt()


def tid(e, n, tag="EPSG32633"):
    """A tile near 52.5 N, 100 km west of zone 33's central meridian (E500 km)."""
    return f"{tag}_E{400 + e}_N{5800 + n}"


def states(labels, date=None, probs=None, status="CLASSIFIED"):
    return [TileState(t, label, status, date, (probs or {}).get(t)) for t, label in labels.items()]


def test_review_overrides_the_model():
    assert effective_label(SF, None) == SF
    assert effective_label(SF, RC) == RC
    assert effective_label(None, " recently_cleared ") == RC
    assert effective_label("garbage", "") is None
    state = tile_state({"tile_id": tid(1, 1), "class_label": SF, "reviewed_label": LT,
                        "status": "CLASSIFIED", "image_date": "2024/07/15",
                        "prob_recently_cleared": 0.2})
    assert (state.label, state.image_date, state.reviewed) == (LT, "2024-07-15", True)


def test_alerts_exactly_where_forest_became_cleared_or_non_forest():
    before = states({tid(0, 0): SF, tid(1, 0): SF, tid(2, 0): SF, tid(3, 0): LT, tid(4, 0): RC,
                     tid(5, 0): SF}, date="2023-07-01")
    after = states({tid(0, 0): RC, tid(1, 0): LT, tid(2, 0): SF, tid(3, 0): RC, tid(4, 0): SF,
                    tid(6, 0): RC}, date="2024-07-15")
    comparison = compare(before, after)
    got = {c.tile_id: (c.transition, c.alert) for c in comparison.changes}
    assert got == {
        tid(0, 0): ("STANDING_FOREST>RECENTLY_CLEARED", 1),
        tid(1, 0): ("STANDING_FOREST>LONG_TERM_NON_FOREST", 1),
        tid(2, 0): ("STANDING_FOREST>STANDING_FOREST", 0),
        tid(3, 0): ("LONG_TERM_NON_FOREST>RECENTLY_CLEARED", 0),
        tid(4, 0): ("RECENTLY_CLEARED>STANDING_FOREST", 0),
    }
    assert (comparison.only_before, comparison.only_after) == (1, 1)
    change = comparison.changes[0]
    assert (change.image_date_before, change.image_date_after) == ("2023-07-01", "2024-07-15")


def test_tiles_without_a_class_in_either_run_are_counted_not_guessed():
    before = states({tid(0, 0): SF, tid(1, 0): None}, status="CLASSIFIED")
    before[1] = TileState(tid(1, 0), None, "CLOUDY")
    after = [TileState(tid(0, 0), None, "NO_DATA"), TileState(tid(1, 0), RC, "CLASSIFIED")]
    comparison = compare(before, after)
    assert comparison.changes == [] and comparison.unclassified == 2


def test_a_reviewed_tile_counts_even_when_the_model_failed_there():
    before = states({tid(0, 0): SF})
    after = [TileState(tid(0, 0), RC, "ERROR", reviewed=True)]
    assert [c.alert for c in compare(before, after).changes] == [1]


def test_two_grids_are_refused():
    with pytest.raises(CompareError, match="different tile grids.*EPSG32633 and EPSG32634"):
        compare(states({tid(0, 0): SF}), states({tid(0, 0, "EPSG32634"): RC}))
    with pytest.raises(CompareError, match="not a tile id"):
        compare(states({"tile 7": SF}), states({tid(0, 0): RC}))


def test_an_l_of_three_tiles_is_one_patch_and_diagonal_neighbours_are_two():
    l_shape = [tid(0, 2), tid(0, 1), tid(1, 1)]
    diagonal = [tid(5, 5), tid(6, 4)]
    groups = edge_groups(l_shape + diagonal)
    assert sorted(map(sorted, groups)) == sorted(
        [sorted(l_shape), [tid(5, 5)], [tid(6, 4)]])


def test_patches_have_tiles_area_probability_and_dates():
    before = states({t: SF for t in (tid(0, 2), tid(0, 1), tid(1, 1), tid(5, 5), tid(6, 4))},
                    date="2023-07-01")
    after = states({tid(0, 2): RC, tid(0, 1): LT, tid(1, 1): RC, tid(5, 5): RC, tid(6, 4): RC},
                   date="2024-07-15", probs={tid(0, 2): 0.9, tid(1, 1): 0.4, tid(0, 1): 0.1,
                                             tid(5, 5): 0.7, tid(6, 4): 0.8})
    comparison = compare(before, after)
    patches = alert_patches(comparison, GRID)
    assert [p.n_tiles for p in patches] == [3, 1, 1]
    first = patches[0]
    assert first.patch_id == 1 and sorted(first.tile_ids) == sorted([tid(0, 2), tid(0, 1),
                                                                      tid(1, 1)])
    assert first.max_prob_recently_cleared == 0.9
    assert (first.image_date_before, first.image_date_after) == ("2023-07-01", "2024-07-15")
    # On the ground a UTM square kilometre is 100 ha up to the scale factor (0.9996 at the
    # central meridian, 0.9997 here).
    assert first.area_ha == pytest.approx(300, rel=2e-3)
    assert first.geometry.GetGeometryName() == "POLYGON"
    assert first.geometry.GetArea() == pytest.approx(3e6)
    # single tiles next: the more probable first
    assert [p.tile_ids for p in patches[1:]] == [[tid(6, 4)], [tid(5, 5)]]
    assert {c.tile_id: c.patch_id for c in comparison.alerts}[tid(6, 4)] == 2


def test_ground_area_follows_the_utm_scale_factor():
    at_central_meridian = cleared_patches(states({"EPSG32633_E500_N5800": RC}), GRID)[0].area_ha
    # 1 km of UTM grid at the central meridian is 1 / 0.9996 km on the ground.
    assert at_central_meridian == pytest.approx(100 / 0.9996 ** 2, abs=0.01)


def test_one_date_patches_of_recently_cleared_tiles():
    after = states({tid(0, 0): RC, tid(1, 0): RC, tid(3, 0): SF, tid(5, 0): RC},
                   date="2024-07-15")
    patches = cleared_patches(after, GRID)
    assert [p.n_tiles for p in patches] == [2, 1]
    assert patches[0].image_date_after == "2024-07-15" and patches[0].image_date_before is None
