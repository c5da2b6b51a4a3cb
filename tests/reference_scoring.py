"""A plain, slow reference for the scoring engine's class probabilities, and the prompt the
recipe's chat handler really evaluates. Shared by tests/integration/test_engine_fidelity.py and
tests/qgis/test_classify_fidelity.py.
"""
import ctypes

import numpy as np

from deforestation_classifier.core.imagery.chips import encode_png
from deforestation_classifier.core.vocabulary import CLASSES
from deforestation_classifier.core.inference.prompt import canonical_answer


def capture_recipe_prompt(recipe, chip):
    handler = recipe._llm.chat_handler
    real = handler._mtmd_cpp
    seen = {}

    class Spy:
        def __getattr__(self, name):
            return getattr(real, name)

        @staticmethod
        def mtmd_tokenize(ctx, chunks, text, bitmaps, n_bitmaps):
            rc = real.mtmd_tokenize(ctx, chunks, text, bitmaps, n_bitmaps)
            inp = text._obj if hasattr(text, "_obj") else text.contents
            seen["text"] = ctypes.string_at(inp.text, inp.text_len).decode("utf-8")
            seen["add_special"], seen["parse_special"] = inp.add_special, inp.parse_special
            parts = []
            for i in range(real.mtmd_input_chunks_size(chunks)):
                chunk = real.mtmd_input_chunks_get(chunks, i)
                if real.mtmd_input_chunk_get_type(chunk) == real.MTMD_INPUT_CHUNK_TYPE_TEXT:
                    n = ctypes.c_size_t()
                    ptr = real.mtmd_input_chunk_get_tokens_text(chunk, ctypes.byref(n))
                    parts.append(("text", [ptr[j] for j in range(n.value)]))
                else:
                    parts.append(("image", real.mtmd_input_chunk_get_n_tokens(chunk)))
            seen["chunks"] = parts
            return rc

    handler._mtmd_cpp = Spy()
    try:
        recipe.classify(chip)
    finally:
        handler._mtmd_cpp = real
    return seen


class PlainReference:
    """Class posteriors the slow, obvious way, on llama_cpp.Llama + MTMDChatHandler as the
    recipe uses them: for EACH answer, clear the memory, evaluate the whole prompt (the chip as
    a PNG data URL through the handler's bitmap loader, text chunks with Llama.eval, the image
    with mtmd_helper_eval_chunk_single, exactly as MTMDChatHandler.__call__ does), then the
    complete answer (the canonical JSON); one sequence, nothing cached or branched."""

    def __init__(self, settings, threads=1):
        import llama_cpp
        from llama_cpp import mtmd_cpp
        from llama_cpp.llama_chat_format import MTMDChatHandler

        self.mtmd = mtmd_cpp
        self.llama_cpp = llama_cpp
        self.handler = MTMDChatHandler(clip_model_path=str(settings.mmproj_path), verbose=False)
        self.llm = llama_cpp.Llama(
            model_path=str(settings.model_path), chat_handler=self.handler,
            n_ctx=settings.n_ctx, n_threads=threads, n_threads_batch=threads,
            logits_all=True, verbose=False,
        )
        self.handler._init_mtmd_context(self.llm)
        self.answers = [self.llm.tokenize(canonical_answer(label).encode("utf-8"),
                                          add_bos=False, special=False)
                        for label in CLASSES]

    def close(self):
        self.llm.close()

    def _eval_prompt(self, text, png):
        mtmd, llm, h = self.mtmd, self.llm, self.handler
        bitmap = h._create_bitmap_from_bytes(png)
        chunks = mtmd.mtmd_input_chunks_init()
        try:
            inp = mtmd.mtmd_input_text()
            data = text.encode("utf-8")
            inp.text, inp.text_len = data, len(data)
            inp.add_special, inp.parse_special = True, True
            arr = (mtmd.mtmd_bitmap_p_ctypes * 1)(bitmap)
            assert mtmd.mtmd_tokenize(h.mtmd_ctx, chunks, ctypes.byref(inp), arr, 1) == 0
            llm.reset()
            llm._ctx.kv_cache_clear()
            for i in range(mtmd.mtmd_input_chunks_size(chunks)):
                chunk = mtmd.mtmd_input_chunks_get(chunks, i)
                if mtmd.mtmd_input_chunk_get_type(chunk) == mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT:
                    n = ctypes.c_size_t()
                    ptr = mtmd.mtmd_input_chunk_get_tokens_text(chunk, ctypes.byref(n))
                    llm.eval([ptr[j] for j in range(n.value)])
                else:
                    new_n_past = self.llama_cpp.llama_pos(0)
                    rc = mtmd.mtmd_helper_eval_chunk_single(
                        h.mtmd_ctx, llm._ctx.ctx, chunk, self.llama_cpp.llama_pos(llm.n_tokens),
                        self.llama_cpp.llama_seq_id(0), llm.n_batch, False,
                        ctypes.byref(new_n_past))
                    assert rc == 0
                    llm.n_tokens = new_n_past.value
        finally:
            mtmd.mtmd_input_chunks_free(chunks)
            mtmd.mtmd_bitmap_free(bitmap)

    def log_likelihoods(self, chip, text):
        """`chip`: an (H, W, 3) uint8 array, or PNG bytes (as CHIPS_FOLDER holds them)."""
        png = chip if isinstance(chip, bytes) else encode_png(chip)
        out = []
        for answer in self.answers:
            self._eval_prompt(text, png)
            n_prompt = self.llm.n_tokens
            self.llm.eval(answer[:-1])
            total = 0.0
            for k, token in enumerate(answer):
                row = self.llm.scores[n_prompt - 1 + k].astype(np.float64)
                m = row.max()
                total += row[token] - m - np.log(np.exp(row - m).sum())
            out.append(total)
        return np.array(out)

    def probabilities(self, chip, text):
        ll = self.log_likelihoods(chip, text)
        p = np.exp(ll - ll.max())
        return p / p.sum()
