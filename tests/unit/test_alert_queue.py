"""The review queue of a compare output (core/alerts/queue.py), without QGIS."""
from deforestation_classifier.core.alerts import queue as alert_queue
from deforestation_classifier.core.alerts.queue import AlertRecord, build_alert_queue
from deforestation_classifier.core.vocabulary import (
    LONG_TERM_NON_FOREST as LT,
    RECENTLY_CLEARED as RC,
    STANDING_FOREST as SF,
)
from deforestation_classifier.core.review.queue import (
    CONFIRMED,
    CORRECTED,
    QueueFilter,
    decision,
)
from deforestation_classifier.core.review.session import ReviewSession


def alert(order, patch, prob, *, after=RC, is_alert=True):
    return AlertRecord(fid=order + 1, tile_id=f"EPSG32633_E{400 + order}_N5800",
                       class_label=after, probabilities={RC: prob}, order=order,
                       label_before=SF, alert=is_alert, patch_id=patch)


RECORDS = [
    alert(0, 2, 0.80),
    alert(1, 1, 0.60),
    alert(2, None, 0.10, after=SF, is_alert=False),  # no alert: never in the queue
    alert(3, 1, 0.90),
    alert(4, 3, 0.70),
    alert(5, 1, None, after=LT),  # no probability: last of its patch
    alert(6, 1, 0.60),  # a tie keeps tile order
    alert(7, None, 0.99),  # an alert without a patch: after every patch
]


def orders(queue):
    return [r.order for r in queue]


def test_alert_tiles_patch_by_patch_then_most_probable_first():
    assert orders(build_alert_queue(RECORDS)) == [3, 1, 6, 5, 0, 4, 7]


def test_the_classify_filter_does_not_apply():
    assert orders(build_alert_queue(RECORDS, QueueFilter(label=SF, low_confidence=True))) == \
        [3, 1, 6, 5, 0, 4, 7]


def test_a_tile_knows_its_place_in_its_patch():
    queue = build_alert_queue(RECORDS)
    assert alert_queue.patch_position(queue, 0) == (1, 1, 4)
    assert alert_queue.patch_position(queue, 3) == (1, 4, 4)
    assert alert_queue.patch_position(queue, 4) == (2, 1, 1)
    assert alert_queue.patch_position(queue, 6) is None  # no patch
    assert alert_queue.patch_position(queue, 7) is None  # outside the queue


def test_a_compare_output_is_told_by_its_fields():
    fields = ["fid", "tile_id", "label_before", "label_after", "transition", "alert",
              "patch_id", "centroid_lon"]
    assert alert_queue.is_compare_output(fields)
    classify = ["tile_id", "class_label", "confidence", "status"]
    assert not alert_queue.is_compare_output(classify)
    assert alert_queue.missing_compare_fields(classify) == [
        "label_before", "label_after", "alert", "patch_id"]


def test_confirming_an_alert_confirms_label_after():
    record = alert(0, 1, 0.8, after=LT)
    assert record.label_after == LT and record.prob_after == 0.8
    assert decision(record, CONFIRMED)["reviewed_label"] == LT
    values = decision(record, CORRECTED, label=SF)  # a false alert
    assert (values["review_status"], values["reviewed_label"]) == (CORRECTED, SF)


def test_a_session_over_a_compare_output_walks_the_alert_queue():
    class Store:
        def records(self):
            return list(RECORDS)

    session = ReviewSession(Store(), build=build_alert_queue)
    session.set_filter(QueueFilter())
    assert orders(session.queue) == [3, 1, 6, 5, 0, 4, 7]
    assert session.current().order == 3


def test_the_queue_goes_by_tier_then_patch():
    def tiered(order, patch, prob, tier, *, is_alert=True):
        record = alert(order, patch, prob, is_alert=is_alert,
                       after=RC if is_alert else SF)
        record.confidence = tier
        return record

    records = [
        tiered(0, 1, 0.9, "low"),
        tiered(1, 2, 0.5, "high"),
        tiered(2, None, 0.1, "candidate", is_alert=False),  # the model's miss: reviewed
        tiered(3, 3, 0.6, "highest"),
        tiered(4, 1, 0.8, None),  # an alert the images did not see well enough
        tiered(5, None, 0.1, None, is_alert=False),  # kept as forest, no clearing: not queued
        tiered(6, 1, 0.7, "high"),
    ]
    assert orders(build_alert_queue(records)) == [3, 6, 1, 2, 4, 0]
