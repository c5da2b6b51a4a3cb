"""The types every engine shares: its settings, its answer, its load error.

Engine-neutral, so that the engines (recipe, scoring, server) and their callers import them
without importing one another.
"""
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from ... import errors
from .image_tokens import IMAGE_MAX_TOKENS, IMAGE_MIN_TOKENS

# System prompt (~175 tokens) + 64 image tokens + answer, with room for a byte-level tokenizer.
DEFAULT_N_CTX = 2048


class ModelLoadError(errors.ModelError):
    """A model file could not be loaded; the message names the file."""


@dataclass(frozen=True)
class Prediction:
    label: str
    # {class: probability} when the path computes them; None when it cannot (never invented).
    probabilities: Optional[dict] = None
    raw_answer: str = ""

    @property
    def confidence(self):
        return None if self.probabilities is None else self.probabilities[self.label]


@dataclass(frozen=True)
class EngineSettings:
    model_path: Path
    mmproj_path: Path
    n_threads: int = 0  # 0 = default_thread_count()
    n_gpu_layers: int = 0
    n_ctx: int = DEFAULT_N_CTX
    # The projector's image token limits (core/inference/image_tokens.py): the card's values.
    image_min_tokens: int = IMAGE_MIN_TOKENS
    image_max_tokens: int = IMAGE_MAX_TOKENS
