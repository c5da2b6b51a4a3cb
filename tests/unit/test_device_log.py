"""Where the text model and the vision projector run (core/inference/llama_runtime.py): the projector
follows the GPU setting, and the log names the device of both."""
import pytest

from deforestation_classifier.core.inference.llama_runtime import (
    describe_device,
    import_llama_cpp,
    projector_uses_gpu,
)


def test_the_projector_follows_the_gpu_setting():
    assert projector_uses_gpu(0) is False  # 0 GPU layers: everything on the CPU
    assert projector_uses_gpu(-1) is True and projector_uses_gpu(12) is True


def test_the_log_names_the_device_of_the_text_model_and_the_projector():
    llama_cpp = import_llama_cpp()
    on_cpu = describe_device(llama_cpp, 0, 2)
    assert on_cpu.startswith("CPU ") and on_cpu.endswith(
        ", 2 threads (text model and vision projector)")
    offload = describe_device(llama_cpp, -1, 2)
    if llama_cpp.llama_supports_gpu_offload():
        assert offload.startswith("GPU ") and "text model: all layers offloaded" in offload
        assert "vision projector: GPU" in offload
    else:
        assert offload.endswith(
            "(text model and vision projector; this llama.cpp build has no GPU backend)")


@pytest.mark.parametrize("layers", [0])
def test_the_scoring_engine_loads_with_the_projector_on_the_cpu(tiny_models, layers):
    from deforestation_classifier.core.inference.engine_types import EngineSettings
    from deforestation_classifier.core.inference.scoring_engine import ScoringEngine
    from deforestation_classifier.core.vocabulary import CLASSES
    import numpy as np

    text, mmproj = tiny_models
    engine = ScoringEngine(EngineSettings(model_path=text, mmproj_path=mmproj, n_threads=1,
                                          n_gpu_layers=layers))
    try:
        chip = np.random.default_rng(0).integers(0, 256, (100, 100, 3), dtype=np.uint8)
        prediction = engine.classify(chip)
    finally:
        engine.close()
    assert prediction.label in CLASSES
    assert sum(prediction.probabilities.values()) == pytest.approx(1.0)
