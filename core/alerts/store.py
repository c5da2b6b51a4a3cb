"""A deforestation:compare output as the review reads and writes it, and which store a layer
gets: a compare output is reviewed through `AlertStore`, a classify output through
core/review/store.py's ReviewStore.

`AlertStore` is a ReviewStore (decisions written to the file at once and through the layer, so
open attribute tables follow and an analyst's edit session keeps them; the review fields added
when missing; chips remembered per layer) whose records are core/alerts/queue.py
AlertRecords and whose queue is the alert tiles patch by patch.
"""
from qgis.core import QgsVectorLayer

from .queue import (
    CLEARED_HA, AlertRecord, build_alert_queue, is_compare_output, missing_compare_fields)
from .compare import iso_date
from ..output.fields import (
    ALERT,
    CONFIDENCE,
    IMAGE_DATE_AFTER,
    IMAGE_DATE_BEFORE,
    LABEL_AFTER,
    LABEL_BEFORE,
    PATCH_ID,
    PROB_RECENTLY_CLEARED_AFTER,
    TILE_ID,
)
from ..vocabulary import RECENTLY_CLEARED
from ..review.store import ReviewStore, field_value, number_value, review_values

# The chips of a compare output's two dates (core/review/store.py `role`).
BEFORE = "before"
AFTER = "after"


class AlertStore(ReviewStore):
    """A compare output under review: its alert tiles, the label under review label_after."""

    alerts = True
    queue_builder = staticmethod(build_alert_queue)

    @staticmethod
    def problem(layer) -> str:
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            return ReviewStore.problem(layer)
        missing = missing_compare_fields(layer.fields().names())
        if missing:
            return (f"The layer '{layer.name()}' was not made by 'Compare two dates': it lacks "
                    f"the field(s) {', '.join(missing)}.")
        return ""

    @staticmethod
    def record_of(feature, names, order=0) -> AlertRecord:
        def get(name):
            return field_value(feature, names, name)

        patch = number_value(feature, names, PATCH_ID)
        return AlertRecord(
            fid=feature.id(),
            tile_id=str(get(TILE_ID) or ""),
            class_label=get(LABEL_AFTER),
            probabilities={RECENTLY_CLEARED: number_value(feature, names,
                                                          PROB_RECENTLY_CLEARED_AFTER)},
            order=order,
            label_before=get(LABEL_BEFORE),
            alert=number_value(feature, names, ALERT) == 1,
            patch_id=None if patch is None else int(patch),
            image_date_before=iso_date(get(IMAGE_DATE_BEFORE)),
            image_date_after=iso_date(get(IMAGE_DATE_AFTER)),
            confidence=get(CONFIDENCE) or None,
            cleared_ha=number_value(feature, names, CLEARED_HA),
            **review_values(feature, names),
        )


def store_class(layer):
    """AlertStore for a compare output, else ReviewStore."""
    if isinstance(layer, QgsVectorLayer) and layer.isValid() \
            and is_compare_output(layer.fields().names()):
        return AlertStore
    return ReviewStore


def review_problem(layer) -> str:
    """Why `layer` cannot be reviewed; empty when it can."""
    return store_class(layer).problem(layer)


def open_store(layer) -> ReviewStore:
    """The store of `layer`; raises core/review/queue.py ReviewError when it cannot be
    reviewed."""
    return store_class(layer)(layer)
