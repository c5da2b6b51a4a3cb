"""The model card's prompt and answer contract (docs/MODEL.md, "The contract")."""
import json

from ... import errors
from ..vocabulary import CLASSES
from ...toolbelt.i18n import tr

# Byte for byte the string the model was trained against; do not reformat.
SYSTEM_PROMPT = (
    "You are an expert satellite imaging analyst.\n"
    "\n"
    "You receive a Sentinel-2 false-color image (NIR \u2192 R channel, Red \u2192 G, Green \u2192 B) "
    "of a 1 km \u00d7 1 km region of the Earth's surface, plus the geographic coordinates of the "
    "region's center.\n"
    "\n"
    "Classify the region as exactly one of:\n"
    "\n"
    "- STANDING_FOREST       \u2014 currently forested (\u2265 50% canopy in 2000, no recent loss)\n"
    "- RECENTLY_CLEARED      \u2014 was forested, cleared in the last ~5 years\n"
    "- LONG_TERM_NON_FOREST  \u2014 has not been forest in recent decades (urban, pasture, "
    "agriculture, water, bare rock)\n"
    "\n"
    'Output strict JSON only: {"class_label": "..."}.\n'
    "No code fences, no commentary, no extra fields."
)

# The deployed model was trained without coordinates: the user text is an empty JSON object.
USER_TEXT = "{}"

ANSWER_SCHEMA = {
    "type": "object",
    "required": ["class_label"],
    "properties": {"class_label": {"type": "string", "enum": list(CLASSES)}},
    "additionalProperties": False,
}
# llama-cpp-python silently ignores {"type": "json_schema"}; "json_object" + "schema" enforces it.
RESPONSE_FORMAT = {"type": "json_object", "schema": ANSWER_SCHEMA}
# The most tokens an engine lets the model generate for its answer. A random-weight model may pad
# the JSON with whitespace under the grammar; a trained one answers in about 9 tokens.
MAX_ANSWER_TOKENS = 128


class LabelError(errors.EngineError):
    """The model's answer is not one of the three class labels."""


def canonical_answer(label: str) -> str:
    """The answer exactly as the model saw it in training."""
    return json.dumps({"class_label": label})


def build_messages(image_url: str):
    """System prompt, then the user turn: the image first, then the text "{}"."""
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {
            "role": "user",
            "content": [
                {"type": "image_url", "image_url": {"url": image_url}},
                {"type": "text", "text": USER_TEXT},
            ],
        },
    ]


def parse_label(content: str) -> str:
    try:
        answer = json.loads(content)
    except (TypeError, ValueError) as exc:
        raise LabelError(tr("The model's answer is not JSON: {!r:.200}").format(content)) from exc
    label = answer.get("class_label") if isinstance(answer, dict) else None
    if label not in CLASSES:
        raise LabelError(tr("The model's answer has no valid class_label: {!r:.200}").format(
                            content))
    return label
