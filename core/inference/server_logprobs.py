"""Class probabilities from a server's log-probabilities (the chat completion's `logprobs`).

Read at the token that holds the label's first character, renormalised over the three classes;
None when the server gives too little to tell (never invented). Why this is the distribution the
schema grammar leaves: docs/MODEL.md, "Probabilities from a server".
"""
import math
import re
from typing import Optional

from ..vocabulary import CLASSES

_LABEL_START = re.compile(r'"class_label"\s*:\s*"')


def class_probabilities(logprobs) -> Optional[dict]:
    """{class: probability} from a chat completion's `choices[0].logprobs`, or None.

    The position is the token holding the label's first character (after '"class_label": "' in
    the generated text, rebuilt from the tokens); each listed alternative there that continues
    the text before the label within that token and then starts a label (or spells one and its
    closing quote) counts for that class. None when there are no log-probabilities, no label in
    the tokens, or a class without any token among the listed ones.
    """
    entries = logprobs.get("content") if isinstance(logprobs, dict) else None
    if not isinstance(entries, list) or not entries:
        return None
    try:
        tokens = [str(e["token"]) for e in entries]
    except (KeyError, TypeError):
        return None
    text = "".join(tokens)
    match = _LABEL_START.search(text)
    if match is None:
        return None
    start_char = match.end()
    offset = 0
    for entry, token in zip(entries, tokens):
        if offset + len(token) > start_char:
            break
        offset += len(token)
    else:
        return None
    lead = text[offset:start_char]  # the part of this token before the label
    candidates = {}
    for alt in [entry, *(entry.get("top_logprobs") or [])]:
        if not isinstance(alt, dict):
            continue
        token, logprob = alt.get("token"), alt.get("logprob")
        if not isinstance(token, str) or not isinstance(logprob, (int, float)):
            continue
        if math.isfinite(logprob):
            candidates.setdefault(token, float(logprob))
    mass = dict.fromkeys(CLASSES, 0.0)
    for token, logprob in candidates.items():
        if not token.startswith(lead):
            continue
        rest = token[len(lead):]
        for label in CLASSES:
            quoted = label + '"'
            if rest and (quoted.startswith(rest) or rest.startswith(quoted)):
                mass[label] += math.exp(logprob)
    total = sum(mass.values())
    if total <= 0.0 or any(v <= 0.0 for v in mass.values()):
        return None
    return {label: mass[label] / total for label in CLASSES}
