"""The prompt and answer contract against the model card."""
import json
from pathlib import Path

import pytest

from deforestation_classifier.core.prompt import (
    CLASSES,
    SYSTEM_PROMPT,
    LabelError,
    build_messages,
    canonical_answer,
    parse_label,
)

CARD = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "model_card.txt"


def test_system_prompt_is_the_cards_byte_for_byte():
    if not CARD.is_file():
        pytest.skip(f"model card not found at {CARD}")
    card = CARD.read_text(encoding="utf-8")
    start = card.index('SYSTEM_PROMPT = """') + len('SYSTEM_PROMPT = """')
    assert card[start:card.index('"""', start)] == SYSTEM_PROMPT


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
