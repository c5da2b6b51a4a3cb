"""Fidelity of the scoring engine (core/inference/scoring_engine.py) against the card's recipe path.

Runs on a SHARPENED tiny random-weight LFM2-VL pair (tests/conftest.py sharp_models): a
plain random model barely reacts to its input (docs/MODEL.md), so a fidelity test on it could not
fail; the sharpened one moves its answer with the chip and the prompt.

(a) the engine's prompt tokens are, token for token, what the recipe's chat handler evaluates;
(b) on 50+ varied chips the engine's class probabilities equal those of a plain reference
    (whole prompt and each complete answer evaluated from scratch through llama_cpp.Llama,
    one sequence, no cached state, no branching) within 0.005, labels equal where the reference
    is decisive; a one-character change of the system prompt moves the reference far more;
(c) probabilities are valid and the engine is deterministic.

Run: .venv/bin/python -m pytest -p no:pytest_qgis -q tests/integration/test_engine_fidelity.py
"""

import numpy as np
import pytest

pytest.importorskip("llama_cpp")
pytest.importorskip("gguf")

from deforestation_classifier.core.inference.prompt import (  # noqa: E402
    CLASSES, SYSTEM_PROMPT,
)
from deforestation_classifier.core.inference.engine_types import EngineSettings  # noqa: E402
from deforestation_classifier.core.inference.recipe_engine import RecipeEngine  # noqa: E402
from deforestation_classifier.core.inference.prompt_tokens import IMAGE_PLACEHOLDER  # noqa: E402
from deforestation_classifier.core.inference.scoring_engine import ScoringEngine  # noqa: E402
from reference_scoring import PlainReference, capture_recipe_prompt  # noqa: E402

# One thread: the tiny model is all synchronisation overhead, and on a busy 2-core machine two
# spinning ggml threads made this file 7x slower (80 s against 12 s with one thread, measured
# while other test suites ran alongside).
THREADS = 1
N_CHIPS = 52
PROB_TOL = 0.005
DECISIVE_MARGIN = 0.01
# One character of the system prompt changed ("You are" -> "you are"): the reference must move
# far more than PROB_TOL for the comparison in (b) to mean anything. Measured on the sharpened
# tiny pair (seed 4): median over the 52 chips 0.11 (many chips sit at p ~ 1 and barely move;
# the mean is 0.19), while the engine differs from the reference by at most 5e-7.
# A plain (unsharpened) random model moves by only 0.001-0.004.
PERTURBED_SYSTEM_PROMPT = SYSTEM_PROMPT.replace("You are", "you are", 1)
SENSITIVITY_FLOOR = 4 * PROB_TOL


# ------------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def settings(sharp_models):
    text, mmproj = sharp_models
    return EngineSettings(model_path=text, mmproj_path=mmproj, n_threads=THREADS)


@pytest.fixture(scope="module")
def engine(settings):
    eng = ScoringEngine(settings)
    yield eng
    eng.close()


@pytest.fixture(scope="module")
def recipe(settings):
    eng = RecipeEngine(settings)
    yield eng
    eng.close()


@pytest.fixture(scope="module")
def reference(settings):
    ref = PlainReference(settings, threads=THREADS)
    yield ref
    ref.close()


@pytest.fixture(scope="module")
def chips():
    return synthetic_chips(N_CHIPS, seed=7)


@pytest.fixture(scope="module")
def recipe_prompt(recipe, chips):
    """What the recipe's chat handler fed to the model for chips[0]: the rendered text and the
    chunk tokens mtmd_tokenize produced (captured by wrapping the handler's mtmd module)."""
    return capture_recipe_prompt(recipe, chips[0])


# ------------------------------------------------------------------------------------ helpers


def synthetic_chips(n, seed):
    """Varied 100 x 100 uint8 chips: flat colours, gradients, noise, stripes, blocks, speckle,
    a forest-like texture, a clearing in a forest, black and saturated."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:100, 0:100].astype(np.float64)
    out = []
    for i in range(n):
        kind = i % 9
        base = rng.integers(0, 256, size=3).astype(np.float64)
        if kind == 0:
            chip = np.broadcast_to(base, (100, 100, 3)).copy()
        elif kind == 1:
            other = rng.integers(0, 256, size=3)
            t = ((xx * rng.uniform(-1, 1) + yy * rng.uniform(-1, 1)) / 140.0 + 0.5)[..., None]
            chip = base * (1 - t) + other * t
        elif kind == 2:
            chip = rng.normal(base, rng.uniform(5, 80), size=(100, 100, 3))
        elif kind == 3:
            period = rng.integers(3, 25)
            mask = (((xx + yy * rng.integers(0, 2)) // period) % 2)[..., None]
            chip = np.where(mask > 0, base, 255 - base)
        elif kind == 4:
            cells = rng.integers(0, 256, size=(rng.integers(2, 8), rng.integers(2, 8), 3))
            ry = (yy * cells.shape[0] // 100).astype(int)
            rx = (xx * cells.shape[1] // 100).astype(int)
            chip = cells[ry, rx].astype(np.float64)
        elif kind == 5:
            chip = np.where(rng.random((100, 100, 1)) < rng.uniform(0.05, 0.5), 255.0, base)
        elif kind == 6:  # forest-like: bright NIR (R), dark red/green
            chip = np.stack([rng.normal(170, 20, (100, 100)), rng.normal(35, 8, (100, 100)),
                             rng.normal(45, 8, (100, 100))], axis=-1)
        elif kind == 7:  # a clearing in a forest
            chip = np.stack([rng.normal(170, 15, (100, 100)), rng.normal(35, 6, (100, 100)),
                             rng.normal(45, 6, (100, 100))], axis=-1)
            cy, cx, r = rng.integers(20, 80), rng.integers(20, 80), rng.integers(8, 35)
            hole = (yy - cy) ** 2 + (xx - cx) ** 2 < r ** 2
            chip[hole] = rng.normal([110, 110, 95], 10, size=(int(hole.sum()), 3))
        else:
            chip = np.full((100, 100, 3), 0.0 if i % 2 else 255.0)
            chip[rng.integers(0, 100), :] = base
        out.append(np.clip(chip, 0, 255).astype(np.uint8))
    return out


def flatten(parts):
    ids = []
    for kind, value in parts:
        ids.extend(value if kind == "text" else [IMAGE_PLACEHOLDER] * value)
    return ids


def engine_probs(engine, chip):
    pred = engine.classify(chip)
    return pred, np.array([pred.probabilities[c] for c in CLASSES])


# ------------------------------------------------------------------------------------ (a)


def test_prompt_tokens_equal_recipe(engine, recipe_prompt, chips):
    """(a) Token for token what the recipe's chat template + tokenizer produce."""
    assert recipe_prompt["add_special"] and recipe_prompt["parse_special"]
    assert engine.prompt_text == recipe_prompt["text"]
    kinds = [kind for kind, _ in recipe_prompt["chunks"]]
    assert kinds == ["text", "image", "text"]
    expected = flatten(recipe_prompt["chunks"])
    got = engine.prompt_tokens(chips[0])
    assert got == expected
    # the image is 64 tokens for a 100 x 100 chip (upscaled to 256 x 256), and the default
    # stand-in chip gives the same prompt
    assert got.count(IMAGE_PLACEHOLDER) == 64
    assert engine.prompt_tokens() == expected
    # the text around the image holds the card's system prompt and the user text "{}"
    assert SYSTEM_PROMPT in recipe_prompt["text"]
    assert recipe_prompt["text"].count("{}") >= 1


def test_answer_tokens_are_complete(engine, reference):
    """Each answer is the canonical JSON tokenized as one string, and none is a prefix of
    another (so the three complete answers compete on equal terms)."""
    got = engine.answer_tokens
    assert [got[c] for c in CLASSES] == reference.answers
    for a in reference.answers:
        for b in reference.answers:
            assert a == b or a != b[:len(a)]


# ------------------------------------------------------------------------------------ (b)


def test_probabilities_match_plain_reference(engine, reference, recipe_prompt, chips):
    text = recipe_prompt["text"]
    assert len(chips) >= 50
    worst = 0.0
    decisive = 0
    failures = []
    labels = set()
    # the production path: classify_many, chips scored in groups
    predictions = engine.classify_many(chips)
    assert engine.tiles_per_batch > 1
    for i, (chip, pred) in enumerate(zip(chips, predictions)):
        p_eng = np.array([pred.probabilities[c] for c in CLASSES])
        labels.add(pred.label)
        ll_ref = reference.log_likelihoods(chip, text)
        p_ref = np.exp(ll_ref - ll_ref.max())
        p_ref /= p_ref.sum()
        diff = float(np.abs(p_eng - p_ref).max())
        worst = max(worst, diff)
        # log-odds against the first class: the engine leaves out the shared prefix's
        # log-probability, which is the same for the three answers
        engine.classify(chip)
        ll_eng = np.array([engine.last_log_likelihoods[c] for c in CLASSES])
        if diff > PROB_TOL or np.abs((ll_eng - ll_eng[0]) - (ll_ref - ll_ref[0])).max() > 0.05:
            failures.append((i, p_eng.round(4).tolist(), p_ref.round(4).tolist(),
                             ll_eng.round(4).tolist(), ll_ref.round(4).tolist()))
        top2 = np.sort(p_ref)[-2:]
        if top2[1] - top2[0] > DECISIVE_MARGIN:
            decisive += 1
            if pred.label != CLASSES[int(np.argmax(p_ref))]:
                failures.append((i, "label", pred.label, p_ref.round(4).tolist()))
    assert not failures, f"worst |dp| {worst:.2g}; mismatches: {failures[:5]}"
    # the comparison must be about something: most chips are decisive on this model and the
    # chips do not all get the same answer
    assert decisive >= len(chips) // 2
    assert len(labels) >= 2, labels


def test_reference_is_sensitive_to_the_system_prompt(reference, recipe_prompt, chips):
    """A one-character change of the system prompt moves the reference probabilities far more
    than the tolerance above: the comparison can fail."""
    text = recipe_prompt["text"]
    assert PERTURBED_SYSTEM_PROMPT != SYSTEM_PROMPT and SYSTEM_PROMPT in text
    perturbed = text.replace(SYSTEM_PROMPT, PERTURBED_SYSTEM_PROMPT)
    moves = []
    for chip in chips:
        p0 = reference.probabilities(chip, text)
        p1 = reference.probabilities(chip, perturbed)
        moves.append(float(np.abs(p1 - p0).max()))
    median = float(np.median(moves))
    assert median > SENSITIVITY_FLOOR, (median, sorted(moves))


# ------------------------------------------------------------------------------------ (c)


def test_grouped_scoring_equals_one_at_a_time(engine, chips):
    """classify_many scores chips in groups sharing one decode; each chip gets what classify()
    gives it alone, in order, also with a chip of another size in the middle."""
    odd = np.ascontiguousarray(np.resize(chips[5], (120, 90, 3)))
    batch = chips[:6] + [odd] + chips[6:11] + [large_chip()]
    grouped = engine.classify_many(batch)
    assert len(grouped) == len(batch)
    for chip, pred in zip(batch, grouped):
        single = engine.classify(chip)
        assert pred.label == single.label
        for c in CLASSES:
            assert abs(pred.probabilities[c] - single.probabilities[c]) < 1e-6


def large_chip():
    """Large enough for mtmd to cut it into 7 image chunks with text between them (the engine's
    chunk-by-chunk path)."""
    return np.random.default_rng(3).integers(0, 256, (700, 1000, 3), dtype=np.uint8)


def test_large_image_matches_plain_reference(engine, reference, recipe_prompt):
    chip = large_chip()
    kinds = [entry[0] for entry in engine._prompt.chunks(chip)]
    assert kinds.count("image") > 1
    pred = engine.classify(chip)
    p_eng = np.array([pred.probabilities[c] for c in CLASSES])
    p_ref = reference.probabilities(chip, recipe_prompt["text"])
    assert np.abs(p_eng - p_ref).max() <= PROB_TOL, (p_eng, p_ref)


def test_probabilities_valid_and_deterministic(engine, chips):
    first = [engine_probs(engine, chip)[1] for chip in chips[:10]]
    for p in first:
        assert np.all(p >= 0.0) and np.all(p <= 1.0)
        assert abs(p.sum() - 1.0) < 1e-9
    # same chip again, after other chips went through: the cached prompt head is intact
    again = [engine_probs(engine, chip)[1] for chip in reversed(chips[:10])][::-1]
    for a, b in zip(first, again):
        np.testing.assert_allclose(a, b, rtol=0, atol=1e-9)
    pred = engine.classify(chips[3])
    assert pred.label == max(pred.probabilities, key=pred.probabilities.get)
    assert pred.confidence == pred.probabilities[pred.label]
    assert set(engine.last_timings) >= {"image_encode", "image_prefill", "text_answers", "total"}


def test_a_quantized_model_matches_its_reference_too(chips, sharp_models_q4):
    """The same comparison on a Q4_K_M sharpened pair (the quantization the card ships), on a
    dozen chips scored in groups."""
    text, mmproj = sharp_models_q4
    settings = EngineSettings(model_path=text, mmproj_path=mmproj, n_threads=THREADS)
    recipe = RecipeEngine(settings)
    try:
        prompt = capture_recipe_prompt(recipe, chips[0])["text"]
    finally:
        recipe.close()
    engine, reference = ScoringEngine(settings), PlainReference(settings, threads=THREADS)
    try:
        predictions = engine.classify_many(chips[:12])
        for chip, pred in zip(chips[:12], predictions):
            p_eng = np.array([pred.probabilities[c] for c in CLASSES])
            p_ref = reference.probabilities(chip, prompt)
            assert np.abs(p_eng - p_ref).max() <= PROB_TOL, (p_eng, p_ref)
    finally:
        engine.close()
        reference.close()
