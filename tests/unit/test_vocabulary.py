"""The one RECENTLY_CLEARED threshold rule (core/vocabulary.py), as the pipeline, relabel, compare
and tune recall apply it."""
import dataclasses

import pytest

from deforestation_classifier.core.pipeline import apply_rc_threshold
from deforestation_classifier.core.vocabulary import (
    LONG_TERM_NON_FOREST as LT,
    RECENTLY_CLEARED as RC,
    STANDING_FOREST as SF,
    has_probabilities,
    threshold_label,
)


@pytest.mark.parametrize("label, probs, threshold, expected", [
    (SF, {SF: 0.6, RC: 0.3, LT: 0.1}, 0.3, RC),    # reaches the threshold
    (SF, {SF: 0.6, RC: 0.29, LT: 0.11}, 0.3, SF),  # below: the model's own label
    (LT, {SF: 0.6, RC: 0.29, LT: 0.11}, 0.3, LT),  # below: the model's label, not the argmax
    (RC, {SF: 0.2, RC: 0.3, LT: 0.5}, 0.9, LT),    # RC below it: the most probable class
    (RC, {SF: 0.5, RC: 0.45, LT: 0.05}, 0.5, SF),  # an RC an earlier lower threshold gave
    (RC, {SF: 0.4, RC: 0.45, LT: 0.15}, 0.5, RC),  # RC is the most probable: it stays
    (RC, {SF: 0.6, RC: None, LT: 0.1}, 0.3, RC),   # recipe engine: no probabilities
    (SF, {SF: 0.6, RC: 0.3, LT: 0.1}, None, SF),   # no threshold
])
def test_the_threshold_rule(label, probs, threshold, expected):
    assert threshold_label(label, probs, threshold) == expected


def test_a_run_relabelled_at_its_own_threshold_keeps_every_label():
    """Relabel at the threshold a run used changes nothing, whatever engine gave the labels."""
    cases = [(SF, {SF: 0.3, RC: 0.2, LT: 0.5}), (LT, {SF: 0.5, RC: 0.1, LT: 0.4}),
             (RC, {SF: 0.3, RC: 0.4, LT: 0.3}), (SF, {SF: 0.34, RC: 0.33, LT: 0.33})]
    for threshold in (0.1, 0.35, 0.5, 0.9):
        for label, probs in cases:
            once = threshold_label(label, probs, threshold)
            assert threshold_label(once, probs, threshold) == once


@dataclasses.dataclass
class _Prediction:
    label: str
    probabilities: dict


def test_the_pipeline_applies_the_same_rule():
    probs = {SF: 0.2, RC: 0.3, LT: 0.5}
    assert apply_rc_threshold(_Prediction(RC, probs), 0.9).label == LT
    assert apply_rc_threshold(_Prediction(SF, probs), 0.9).label == SF
    assert apply_rc_threshold(_Prediction(LT, probs), 0.3).label == RC
    assert apply_rc_threshold(_Prediction(LT, probs), 0.31).label == LT


def test_probabilities_are_complete_numbers():
    assert has_probabilities({SF: 0.1, RC: 0.2, LT: 0.7})
    assert not has_probabilities({SF: 0.1, RC: None, LT: 0.7})
    assert not has_probabilities({SF: 0.1, RC: float("nan"), LT: 0.7})
    assert not has_probabilities(None)
