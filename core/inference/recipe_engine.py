"""The model card's recipe, in-process: a chat completion per tile, JSON-schema grammar, greedy.

This is the reference path: it answers exactly what llama-server answers for the card's request
(repeat_penalty 1.0 as llama-server's default), but yields only a label, no class probabilities.
"""
import base64
import inspect
from pathlib import Path

from ..imagery.chips import encode_png
from .engine_types import EngineSettings, ModelLoadError, Prediction
from .image_tokens import LimitedMtmd
from .llama_runtime import (default_thread_count, import_llama_cpp, knows_op_offload,
                            ops_stay_on_cpu, projector_uses_gpu, silence_native_logs)
from .prompt import MAX_ANSWER_TOKENS, RESPONSE_FORMAT, build_messages, parse_label
from ...toolbelt.i18n import tr


def op_offload_argument(llama_cpp, n_gpu_layers: int) -> dict:
    """Llama(op_offload=False) with 0 GPU layers, so that nothing runs on the GPU
    (core/inference/llama_runtime.py ops_stay_on_cpu); nothing where the installed
    llama-cpp-python does not know the parameter."""
    if not ops_stay_on_cpu(n_gpu_layers) or not knows_op_offload(llama_cpp):
        return {}
    try:
        accepted = inspect.signature(llama_cpp.Llama.__init__).parameters
    except (TypeError, ValueError):
        return {}
    return {"op_offload": False} if "op_offload" in accepted else {}


class RecipeEngine:
    """Loads the two GGUF files once; classify() answers one chip."""

    name = "recipe"

    def __init__(self, settings: EngineSettings):
        llama_cpp = import_llama_cpp()
        silence_native_logs(llama_cpp)
        from llama_cpp.llama_chat_format import MTMDChatHandler

        self.settings = settings
        for path in (settings.model_path, settings.mmproj_path):
            if not Path(path).is_file():
                raise ModelLoadError(tr("Model file not found: {}").format(path))
        threads = settings.n_threads or default_thread_count()
        try:
            # The projector follows the GPU setting, as in core/inference/scoring_engine.py.
            handler = MTMDChatHandler(clip_model_path=str(settings.mmproj_path), verbose=False,
                                      use_gpu=projector_uses_gpu(settings.n_gpu_layers))
            # The handler makes its mtmd context from this module's default parameters: the
            # image token limits asked for, never llama.cpp's default (image_tokens.py).
            handler._mtmd_cpp = LimitedMtmd(handler._mtmd_cpp, settings.image_min_tokens,
                                            settings.image_max_tokens)
            self._llm = llama_cpp.Llama(
                model_path=str(settings.model_path),
                chat_handler=handler,
                n_ctx=settings.n_ctx,
                n_threads=threads,
                n_threads_batch=threads,
                n_gpu_layers=settings.n_gpu_layers,
                verbose=False,
                **op_offload_argument(llama_cpp, settings.n_gpu_layers),
            )
        except (ValueError, RuntimeError) as exc:
            raise ModelLoadError(
                tr("llama.cpp could not load the model pair {} + {}: {}").format(
                   settings.model_path, settings.mmproj_path, exc)
            ) from exc

    def classify(self, chip) -> Prediction:
        url = "data:image/png;base64," + base64.b64encode(encode_png(chip)).decode("ascii")
        return self.classify_image_url(url)

    def classify_image_url(self, url: str) -> Prediction:
        response = self._llm.create_chat_completion(
            messages=build_messages(url),
            response_format=RESPONSE_FORMAT,
            temperature=0.0,
            repeat_penalty=1.0,
            max_tokens=MAX_ANSWER_TOKENS,
        )
        content = response["choices"][0]["message"]["content"]
        return Prediction(label=parse_label(content), probabilities=None, raw_answer=content)

    def close(self):
        llm, self._llm = getattr(self, "_llm", None), None
        if llm is not None:
            llm.close()
