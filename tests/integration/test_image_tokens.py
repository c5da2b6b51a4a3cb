"""The image token limits are explicit in every path (core/inference/image_tokens.py): a chip of
the contract's size becomes exactly CHIP_IMAGE_TOKENS image tokens in the scoring engine and in
the recipe engine's own mtmd context, the limits reach mtmd (other limits give another count),
and the managed llama-server is started with them."""
import sys
from pathlib import Path

import numpy as np
import pytest

from deforestation_classifier.core.inference import image_tokens
from deforestation_classifier.core.inference.engine_types import EngineSettings
from deforestation_classifier.core.inference.managed_server import (
    ManagedServerError, ManagedServers, ManagedServerSpec, llama_server_command)
from deforestation_classifier.core.inference.prompt_tokens import IMAGE_PLACEHOLDER, PromptTokens

CHIP = np.full((100, 100, 3), 90, np.uint8)


def _settings(tiny_models, **limits):
    text, mmproj = tiny_models
    return EngineSettings(Path(text), Path(mmproj), n_threads=2, **limits)


def test_the_card_s_limits_and_the_chip_s_token_count():
    # llama-cpp-python 0.3.36's LFM2 values, with which the model card's evaluation ran.
    assert image_tokens.image_token_limits() == [64, 256]
    assert image_tokens.CHIP_IMAGE_TOKENS == 64


def test_scoring_engine_chip_is_64_image_tokens_and_the_limits_reach_mtmd(tiny_models):
    from deforestation_classifier.core.inference.scoring_engine import ScoringEngine

    engine = ScoringEngine(_settings(tiny_models))
    try:
        assert engine.prompt_tokens(CHIP).count(IMAGE_PLACEHOLDER) == \
            image_tokens.CHIP_IMAGE_TOKENS
    finally:
        engine.close()
    # Asking for more tokens gives more: the limits are what mtmd uses, not its default.
    engine = ScoringEngine(_settings(tiny_models, image_min_tokens=256, image_max_tokens=256))
    try:
        assert engine.prompt_tokens(CHIP).count(IMAGE_PLACEHOLDER) == 256
    finally:
        engine.close()


def _recipe_image_tokens(settings):
    import llama_cpp
    from llama_cpp import mtmd_cpp

    from deforestation_classifier.core.inference.recipe_engine import RecipeEngine

    engine = RecipeEngine(settings)
    try:
        engine.classify(CHIP)  # the handler makes its mtmd context on its first image
        handler = engine._llm.chat_handler
        tokens = PromptTokens(llama_cpp, mtmd_cpp, engine._llm.model, handler.mtmd_ctx,
                              settings.model_path)
        return tokens.ids(CHIP).count(IMAGE_PLACEHOLDER)
    finally:
        engine.close()


def test_recipe_engine_mtmd_context_asks_for_the_limits(tiny_models):
    assert _recipe_image_tokens(_settings(tiny_models)) == image_tokens.CHIP_IMAGE_TOKENS
    assert _recipe_image_tokens(_settings(tiny_models, image_min_tokens=256,
                                          image_max_tokens=256)) == 256


def test_managed_llama_server_gets_the_limits():
    command = llama_server_command(ManagedServerSpec("llama-server", Path("t"), Path("m")), 1)
    text = " ".join(command)
    assert "--image-min-tokens 64" in text and "--image-max-tokens 256" in text


def test_a_llama_server_without_the_option_is_refused_with_a_reason(tiny_models):
    text, mmproj = tiny_models
    refuses = [sys.executable, "-c",
               "print('error: invalid argument: --image-min-tokens'); raise SystemExit(1)"]
    with pytest.raises(ManagedServerError, match="does not know --image-min-tokens.*current"):
        ManagedServers(lambda spec, port: refuses + ["--image-min-tokens", "64"]).ensure(
            ManagedServerSpec(sys.executable, Path(text), Path(mmproj)))


def test_resume_refuses_other_image_token_limits_and_accepts_older_outputs():
    from deforestation_classifier.core.output import provenance

    now = {"engine": "scoring", "image_tokens": [64, 256]}
    changed = provenance.differences({"engine": "scoring", "image_tokens": [64, 1024]}, now)
    assert changed == ["the image token limits (docs/MODEL.md): [64, 1024] in the output, "
                       "[64, 256] now"]
    # An output written before the limits were recorded ran with llama.cpp 0.3.36's LFM2
    # default, the same values: it resumes; with other limits now it does not.
    assert provenance.differences({"engine": "scoring"}, now) == []
    assert provenance.differences({"engine": "scoring"},
                                  {"engine": "scoring", "image_tokens": [128, 256]})
    # A remote server records none, before and now.
    assert provenance.differences({"engine": "server"}, {"engine": "server"}) == []


def test_run_settings_record_the_limits(tiny_models):
    from types import SimpleNamespace

    from deforestation_classifier.core.inference.engines import EngineChoice
    from deforestation_classifier.core.inference.scoring_engine import ScoringEngine
    from deforestation_classifier.core.run_settings import answer_settings

    choice = EngineChoice(ScoringEngine, _settings(tiny_models, image_min_tokens=70))
    scaling = SimpleNamespace(scales=(1.0,) * 3, offsets=(0.0,) * 3)
    options = SimpleNamespace(rc_threshold=None, max_cloud=0.1, min_valid_fraction=0.5)
    request = SimpleNamespace(cloud_mask="", cloud_mask_kind="")
    settings = answer_settings(choice, SimpleNamespace(tag="g"),
                               SimpleNamespace(as_list=lambda: [1, 2, 3]), scaling, options,
                               request)
    assert settings["image_tokens"] == [70, 256]
