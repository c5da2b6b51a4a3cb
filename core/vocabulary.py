"""The words every part of the plugin shares: the three classes, the tile statuses, and the one
RECENTLY_CLEARED threshold rule (docs/MODEL.md, "The RECENTLY_CLEARED threshold")."""
import math
from typing import Mapping, Optional

# The model card's classes, in the card's order (ties go to the first).
STANDING_FOREST = "STANDING_FOREST"
RECENTLY_CLEARED = "RECENTLY_CLEARED"
LONG_TERM_NON_FOREST = "LONG_TERM_NON_FOREST"
CLASSES = (STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST)

# What happened to a tile (the `status` field of a classification output).
CLASSIFIED = "CLASSIFIED"
NO_DATA = "NO_DATA"
INSUFFICIENT_DATA = "INSUFFICIENT_DATA"
CLOUDY = "CLOUDY"
ERROR = "ERROR"
TILE_STATUSES = (CLASSIFIED, NO_DATA, INSUFFICIENT_DATA, CLOUDY, ERROR)
# Tiles a RESUME classifies again.
RETRY_TILE_STATUSES = (ERROR,)


def has_probabilities(probabilities: Optional[Mapping[str, Optional[float]]]) -> bool:
    """True when all three class probabilities are numbers (the recipe engine gives none)."""
    if not probabilities:
        return False
    values = [probabilities.get(c) for c in CLASSES]
    return all(v is not None and not math.isnan(float(v)) for v in values)


def threshold_label(label: Optional[str], probabilities, threshold: Optional[float]):
    """The label under a RECENTLY_CLEARED threshold: RECENTLY_CLEARED whenever its probability
    reaches the threshold. Below it the model's own label stands, except a RECENTLY_CLEARED
    label, which becomes the most probable class (it stays when it is the most probable; one an
    earlier, lower threshold gave goes back). Without a threshold or probabilities the label
    stands. Applied at a run's own threshold, it changes none of that run's labels."""
    if threshold is None or not has_probabilities(probabilities):
        return label
    if probabilities[RECENTLY_CLEARED] >= threshold:
        return RECENTLY_CLEARED
    if label != RECENTLY_CLEARED and label in CLASSES:
        return label
    return max(CLASSES, key=lambda c: (probabilities[c], -CLASSES.index(c)))
