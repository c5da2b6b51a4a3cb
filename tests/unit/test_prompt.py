"""The prompt and answer contract against the model card."""
import hashlib
import json

import pytest

from deforestation_classifier.core.vocabulary import CLASSES
from deforestation_classifier.core.inference.prompt import (
    SYSTEM_PROMPT,
    LabelError,
    build_messages,
    canonical_answer,
    parse_label,
)

# SHA-256 and length of the system prompt in the model card's code (docs/MODEL.md), UTF-8:
# any change to a byte of core/inference/prompt.py's copy changes the model's input and fails here.
CARD_PROMPT_SHA256 = "a69887f713c146fb8374e0937f8aa6b4398ead5f2c6c38f33bb02b3a761d35a9"
CARD_PROMPT_BYTES = 649


def test_system_prompt_is_the_cards_byte_for_byte():
    data = SYSTEM_PROMPT.encode("utf-8")
    assert len(data) == CARD_PROMPT_BYTES
    assert hashlib.sha256(data).hexdigest() == CARD_PROMPT_SHA256


def test_user_turn_is_image_then_empty_json():
    messages = build_messages("data:image/png;base64,AAAA")
    assert [m["role"] for m in messages] == ["system", "user"]
    parts = messages[1]["content"]
    assert parts[0]["type"] == "image_url" and parts[1] == {"type": "text", "text": "{}"}


def test_canonical_answers_parse_back():
    for label in CLASSES:
        assert canonical_answer(label) == '{"class_label": "%s"}' % label
        assert parse_label(canonical_answer(label)) == label
    assert parse_label(json.dumps({"class_label": "RECENTLY_CLEARED"}, indent=2)) == (
        "RECENTLY_CLEARED")


@pytest.mark.parametrize("bad", ["", "STANDING_FOREST", '{"class_label": "FOREST"}', "[1]"])
def test_invalid_answers_raise(bad):
    with pytest.raises(LabelError):
        parse_label(bad)
