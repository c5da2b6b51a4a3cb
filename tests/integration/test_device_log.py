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


# --- op offload: with 0 GPU layers nothing runs on the GPU -------------------------------------
def test_op_offload_is_off_only_for_zero_gpu_layers():
    from deforestation_classifier.core.inference.llama_runtime import knows_op_offload, \
        ops_stay_on_cpu

    assert ops_stay_on_cpu(0) is True
    assert ops_stay_on_cpu(-1) is False and ops_stay_on_cpu(12) is False
    assert knows_op_offload(import_llama_cpp())  # llama-cpp-python 0.3.36 has it


def test_an_older_llama_cpp_python_gets_no_op_offload_argument():
    """A build whose context parameters lack op_offload loads as before: nothing is set."""
    import ctypes
    from types import SimpleNamespace

    from deforestation_classifier.core.inference.llama_runtime import knows_op_offload
    from deforestation_classifier.core.inference.recipe_engine import op_offload_argument

    class OldParams(ctypes.Structure):
        _fields_ = [("n_ctx", ctypes.c_uint32), ("offload_kqv", ctypes.c_bool)]

    class OldLlama:
        def __init__(self, model_path, *, n_gpu_layers=0, **kwargs):
            pass

    old = SimpleNamespace(llama_context_params=OldParams, Llama=OldLlama)
    assert not knows_op_offload(old)
    assert op_offload_argument(old, 0) == {}
    # The struct knows it but Llama() does not take it (it would vanish into **kwargs).
    half = SimpleNamespace(llama_context_params=import_llama_cpp().llama_context_params,
                           Llama=OldLlama)
    assert op_offload_argument(half, 0) == {}
    assert op_offload_argument(import_llama_cpp(), 0) == {"op_offload": False}
    assert op_offload_argument(import_llama_cpp(), -1) == {}


@pytest.mark.parametrize("layers", [0, -1])
def test_both_engines_turn_op_offload_off_for_zero_gpu_layers(tiny_models, layers):
    from deforestation_classifier.core.inference.engine_types import EngineSettings
    from deforestation_classifier.core.inference.recipe_engine import RecipeEngine
    from deforestation_classifier.core.inference.scoring_engine import ScoringEngine

    default = import_llama_cpp().llama_context_default_params().op_offload
    assert default is True  # llama.cpp's default: on
    expected = False if layers == 0 else default
    text, mmproj = tiny_models
    settings = EngineSettings(model_path=text, mmproj_path=mmproj, n_threads=1,
                              n_gpu_layers=layers)
    recipe = RecipeEngine(settings)
    try:
        assert recipe._llm.context_params.op_offload is expected
    finally:
        recipe.close()
    scoring = ScoringEngine(settings)
    try:
        assert scoring.context_params.op_offload is expected
    finally:
        scoring.close()


def test_the_cpu_build_registers_no_gpu_backend():
    """The registry is readable from the installed build; this one is CPU only."""
    from deforestation_classifier.core.inference.device_choice import NO_BACKEND, gpu_status
    from deforestation_classifier.core.inference.llama_runtime import compute_devices, \
        gpu_backends

    llama_cpp = import_llama_cpp()
    if llama_cpp.llama_supports_gpu_offload():
        pytest.skip("this llama-cpp-python is a GPU build")
    assert gpu_backends(llama_cpp) == []
    assert [kind for kind, _ in compute_devices(llama_cpp)] == ["CPU"]
    assert gpu_status(llama_cpp).reason() == NO_BACKEND
