"""The fields of a classification output, in one place: the writer (core/output/tile_writer.py), the
review (core/review/), the style (core/output/layer_style.py) and the evaluation read them
here."""
from ..vocabulary import LONG_TERM_NON_FOREST, RECENTLY_CLEARED, STANDING_FOREST

TILE_ID = "tile_id"
CLASS_LABEL = "class_label"
CONFIDENCE = "confidence"
STATUS = "status"
VALID_FRACTION = "valid_fraction"
CLOUD_FRACTION = "cloud_fraction"
IMAGE_DATE = "image_date"
IMAGE_ID = "image_id"
PROB_FIELDS = {
    STANDING_FOREST: "prob_standing_forest",
    RECENTLY_CLEARED: "prob_recently_cleared",
    LONG_TERM_NON_FOREST: "prob_long_term_non_forest",
}
# Written by the review dock (core/review*.py): a reviewed tile is the analyst's work.
REVIEW_STATUS = "review_status"

# deforestation:compare's OUTPUT, one row per compared tile (core/alerts/fields.py
# ROW_FIELDS); the review dock reviews its alert tiles.
LABEL_BEFORE = "label_before"
LABEL_AFTER = "label_after"
ALERT = "alert"
PATCH_ID = "patch_id"
PROB_RECENTLY_CLEARED_AFTER = "prob_recently_cleared_after"
IMAGE_DATE_BEFORE = "image_date_before"
IMAGE_DATE_AFTER = "image_date_after"
