"""Scoring path: class probabilities from the three complete canonical answers, fast.

Same interface as RecipeEngine (EngineSettings in, classify(chip) -> Prediction, close()), plus
classify_many(chips) for groups of tiles. Instead of sampling an answer under a grammar it scores
the three answers the model was trained to give and returns a posterior over them; the prompt
head is evaluated once at load and copied per tile. How and why (sequence copies for LFM2's
recurrent layers, one padded batch for the continuations, the fidelity measured against a plain
evaluation) is in docs/MODEL.md, "The scoring engine".
"""
import ctypes
import time
from pathlib import Path

import numpy as np

from ..imagery.chips import CHIP_PX
from .llama_runtime import (default_thread_count, import_llama_cpp, knows_op_offload,
                            ops_stay_on_cpu, projector_uses_gpu, silence_native_logs)
from ..vocabulary import CLASSES
from .prompt import canonical_answer
from .prompt_tokens import IMAGE_PLACEHOLDER, PromptTokens, ScoringError, render_chat_prompt
from .engine_types import EngineSettings, ModelLoadError, Prediction
from .image_tokens import set_limits
from ...toolbelt.i18n import tr

# Also importable from here: three names of core/inference/prompt_tokens.py.
__all__ = ["ScoringEngine", "ScoringError", "IMAGE_PLACEHOLDER", "render_chat_prompt"]

# Sequence 0 holds the cached prompt head; tile j of a group works on sequence 1 + 3j, and its
# three answer continuations go on 1 + 3j, 2 + 3j, 3 + 3j.
PREFIX_SEQ = 0
# Tiles whose answer continuations share one decode (classify_many). On a CPU each decode reads
# all the weights once, so sharing it saves most of a pass per tile: measured on the 2-core dev
# machine, real-size model, the continuations cost 62 ms for one tile and 38 ms per tile for
# four (five: no better).
TILES_PER_BATCH = 4
N_SEQ_MAX = 1 + len(CLASSES) * TILES_PER_BATCH
# Same batch size as the recipe's Llama (n_batch = min(n_ctx, 512)).
DEFAULT_N_BATCH = 512


def _log_softmax_at(row: np.ndarray, token: int) -> float:
    """log softmax(row)[token], in float64."""
    x = row.astype(np.float64)
    m = x.max()
    return float(x[token] - m - np.log(np.exp(x - m).sum()))


class ScoringEngine:
    """Loads the two GGUF files once; classify() scores one chip."""

    name = "scoring"

    def __init__(self, settings: EngineSettings):
        self._closed = True
        llama_cpp = import_llama_cpp()
        silence_native_logs(llama_cpp)
        from llama_cpp import mtmd_cpp

        self._ll = llama_cpp
        self._mtmd = mtmd_cpp
        self.settings = settings
        self.last_timings = {}
        self.last_log_likelihoods = {}
        for path in (settings.model_path, settings.mmproj_path):
            if not Path(path).is_file():
                raise ModelLoadError(tr("Model file not found: {}").format(path))
        threads = settings.n_threads or default_thread_count()
        self._model = self._ctx = self._mtmd_ctx = None
        self._batch = None
        self._closed = False
        try:
            self._load(settings, threads)
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------------ loading

    def _load(self, settings, threads):
        ll, mtmd = self._ll, self._mtmd
        # Model and context parameters as llama_cpp.Llama(...) sets them for the recipe, except
        # for the number of sequences (and a unified KV cache, so that seq_cp shares cells
        # instead of copying buffers and each sequence can use the whole n_ctx).
        mparams = ll.llama_model_default_params()
        mparams.n_gpu_layers = 0x7FFFFFFF if settings.n_gpu_layers == -1 else settings.n_gpu_layers
        model = ll.llama_model_load_from_file(str(settings.model_path).encode("utf-8"), mparams)
        if not model:
            raise ModelLoadError(tr("llama.cpp could not load the text model {}").format(
                                    settings.model_path))
        self._model = model

        n_ctx = settings.n_ctx
        self._n_batch = min(n_ctx, DEFAULT_N_BATCH)
        cparams = ll.llama_context_default_params()
        cparams.n_ctx = n_ctx
        cparams.n_batch = self._n_batch
        cparams.n_ubatch = self._n_batch
        cparams.n_seq_max = N_SEQ_MAX
        cparams.kv_unified = True
        cparams.n_threads = threads
        cparams.n_threads_batch = threads
        cparams.flash_attn_type = ll.LLAMA_FLASH_ATTN_TYPE_DISABLED
        cparams.rope_freq_base = 0.0
        cparams.rope_freq_scale = 0.0
        cparams.yarn_ext_factor = -1.0
        cparams.yarn_attn_factor = 1.0
        cparams.yarn_beta_fast = 32.0
        cparams.yarn_beta_slow = 1.0
        cparams.yarn_orig_ctx = 0
        cparams.no_perf = False
        if ops_stay_on_cpu(settings.n_gpu_layers) and knows_op_offload(ll):
            cparams.op_offload = False  # 0 GPU layers: no batched products on the GPU either
        self.context_params = cparams  # as Llama keeps its own
        ctx = ll.llama_init_from_model(model, cparams)
        if not ctx:
            raise ModelLoadError(
                tr("llama.cpp could not create a context for {} (n_ctx {}, {} sequences)").format(
                   settings.model_path, n_ctx, N_SEQ_MAX))
        self._ctx = ctx
        self._mem = ll.llama_get_memory(ctx)

        # mtmd context as MTMDChatHandler._init_mtmd_context sets it.
        mp = mtmd.mtmd_context_params_default()
        mp.use_gpu = projector_uses_gpu(settings.n_gpu_layers)  # 0 GPU layers: all on CPU
        mp.print_timings = False
        mp.n_threads = threads
        mp.flash_attn_type = ll.LLAMA_FLASH_ATTN_TYPE_DISABLED
        # The image token limits asked for, never llama.cpp's default (image_tokens.py).
        set_limits(mp, settings.image_min_tokens, settings.image_max_tokens)
        mctx = mtmd.mtmd_init_from_file(str(settings.mmproj_path).encode("utf-8"), model, mp)
        if not mctx:
            raise ModelLoadError(
                tr("mtmd could not load the vision projector {} for {}").format(
                   settings.mmproj_path, settings.model_path))
        self._mtmd_ctx = mctx
        if not mtmd.mtmd_support_vision(mctx):
            raise ModelLoadError(tr("{} has no vision encoder").format(settings.mmproj_path))

        # A NULL post-decode callback for mtmd_helper_decode_image_chunk (ctypes refuses None).
        self._no_callback = mtmd.mtmd_helper_post_decode_callback()
        self._batch = ll.llama_batch_init(self._n_batch, 0, 1)
        self._batch_ok = True

        # The prompt and the three answers as tokens (checked: ModelLoadError).
        prompt = self._prompt = PromptTokens(ll, mtmd, model, mctx, settings.model_path)
        self._n_vocab = prompt.n_vocab
        self.prompt_text = prompt.text
        self._head_tokens, self._shared, self._branches = prompt.head, prompt.shared, \
            prompt.branches

        # How many contract-size tiles fit the context at once (each adds its prompt after the
        # head, the shared prefix and three padded continuations to the unified cache).
        per_tile = prompt.n_chip_prompt - len(prompt.head) + len(prompt.shared) + \
            len(CLASSES) * prompt.width
        self._tiles_per_batch = max(1, min(TILES_PER_BATCH,
                                           (n_ctx - len(prompt.head)) // per_tile))

        # Evaluate the prompt head once into sequence 0.
        ll.llama_memory_clear(self._mem, True)
        self._decode_tokens(PREFIX_SEQ, self._head_tokens, 0)

    # ------------------------------------------------------------------ evaluation helpers

    def _decode_tokens(self, seq, tokens, pos):
        """Decode `tokens` on `seq` from position `pos` (split at n_batch), no logits."""
        for start in range(0, len(tokens), self._n_batch):
            part = tokens[start:start + self._n_batch]
            self._decode_batch([(seq, pos + start + k, t, False) for k, t in enumerate(part)],
                               f"text, {len(part)} tokens")

    def _decode_batch(self, entries, what):
        """Decode one llama_batch; entries: (seq, pos, token, logits?) per batch slot."""
        b = self._batch
        if len(entries) > self._n_batch:
            raise ScoringError(tr("batch of {} tokens > n_batch {}").format(
                                  len(entries), self._n_batch))
        for i, (seq, pos, token, out) in enumerate(entries):
            b.token[i] = token
            b.pos[i] = pos
            b.n_seq_id[i] = 1
            b.seq_id[i][0] = seq
            b.logits[i] = 1 if out else 0
        b.n_tokens = len(entries)
        rc = self._ll.llama_decode(self._ctx, b)
        if rc != 0:
            raise ScoringError(tr("llama_decode failed with {} ({})").format(rc, what))

    def _logits(self, batch_index):
        ptr = self._ll.llama_get_logits_ith(self._ctx, batch_index)
        if not ptr:
            raise ScoringError(tr("No logits for batch index {}").format(batch_index))
        return np.ctypeslib.as_array(ptr, shape=(self._n_vocab,)).copy()

    # ------------------------------------------------------------------ public API

    def prompt_tokens(self, chip=None):
        """Token ids of the whole prompt for `chip` (default: a black 100 x 100 chip) as the
        recipe's chat handler evaluates them; each image position is IMAGE_PLACEHOLDER."""
        if chip is None:
            chip = np.zeros((100, 100, 3), dtype=np.uint8)
        return self._prompt.ids(chip)

    @property
    def tiles_per_batch(self):
        """How many chips classify_many() scores together (the pipeline's group size)."""
        return self._tiles_per_batch

    @property
    def answer_tokens(self):
        """{label: token ids of the complete answer (the canonical JSON as one string)}."""
        return {label: list(a) for label, a in zip(CLASSES, self._prompt.answers)}

    def classify(self, chip) -> Prediction:
        return self.classify_many([chip])[0]

    def classify_many(self, chips):
        """Predictions for `chips`, in order. Up to TILES_PER_BATCH chips share the decode
        that scores the answers' continuations (see the module docstring); each chip's
        probabilities are those classify() gives it alone."""
        if self._closed:
            raise ScoringError(tr("The engine is closed"))
        chips = list(chips)
        predictions, timings = [], []
        group = []
        for chip in chips:
            # Only contract-size chips are grouped: their prompts have a known length, so a
            # group always fits the context. Other sizes (mtmd tiles a large image into many
            # more tokens) go one at a time, as the recipe would take them.
            if np.shape(chip)[:2] != (CHIP_PX, CHIP_PX):
                if group:
                    predictions.extend(self._classify_group(group, timings))
                    group = []
                predictions.extend(self._classify_group([chip], timings))
                continue
            group.append(chip)
            if len(group) == self._tiles_per_batch:
                predictions.extend(self._classify_group(group, timings))
                group = []
        if group:
            predictions.extend(self._classify_group(group, timings))
        if timings:
            self.last_timings = {key: sum(t[key] for t in timings) / len(timings)
                                 for key in timings[0]}
        return predictions

    def _classify_group(self, chips, timings):
        group_timings = [dict() for _ in chips]
        states = self._prefill_group(chips, group_timings)
        t0 = time.perf_counter()
        heads = self._decode_last([(seq, pos, tail + self._shared) for seq, pos, tail in states])
        jobs = [(seq, pos + len(tail) + len(self._shared),
                 [_log_softmax_at(row, br[0]) for br in self._branches])
                for (seq, pos, tail), row in zip(states, heads)]
        self._score_continuations(jobs)
        # Decodes shared by the group are charged to its tiles equally.
        share = (time.perf_counter() - t0) / len(chips)
        for tile_timings in group_timings:
            tile_timings["text_answers"] = share
            tile_timings["total"] = sum(tile_timings.values())
        timings.extend(group_timings)
        return [self._prediction(loglik) for _, _, loglik in jobs]

    def _prefill_group(self, chips, timings):
        """Empty the working sequences, restore the cached prompt head on sequence 1 + 3j for
        chip j and evaluate its image and the text before the image there. Returns, per chip,
        (sequence, next position, the prompt text after the last image, not yet decoded);
        fills timings[j] (tokenize, image_encode, image_prefill).

        The images go through the text model one tile at a time, by mtmd's own helper as the
        recipe's chat handler does: 64 image tokens already keep both cores busy (putting a
        group's 256 in one decode was measured no faster: 0.151 s against 0.153 s a tile)."""
        ll = self._ll
        for seq in range(1, N_SEQ_MAX):
            ll.llama_memory_seq_rm(self._mem, seq, -1, -1)
        states = []
        for j, (chip, tile_timings) in enumerate(zip(chips, timings)):
            t0 = time.perf_counter()
            with self._prompt.native_chunks(chip) as entries:
                tile_timings["tokenize"] = time.perf_counter() - t0
                states.append(self._prefill(entries, 1 + len(CLASSES) * j, tile_timings))
        return states

    def _decode_last(self, jobs):
        """jobs: (sequence, position, tokens) per tile, a few tokens each (the prompt tail).
        Decodes them together, as few batches as n_batch allows, with logits at each tile's
        last token only; returns those logit rows, in order."""
        rows, entries, lasts = [], [], []

        def flush():
            if entries:
                self._decode_batch(entries, f"prompt tails of {len(lasts)} tiles")
                rows.extend(self._logits(index) for index in lasts)
                entries.clear()
                lasts.clear()

        for seq, pos, tokens in jobs:
            if len(entries) + len(tokens) > self._n_batch:
                flush()
            entries.extend((seq, pos + k, tok, k == len(tokens) - 1)
                           for k, tok in enumerate(tokens))
            lasts.append(len(entries) - 1)
        flush()
        return rows

    def _prefill(self, entries, seq, timings):
        """_prefill_group for one chip: its prompt chunks (mtmd_tokenize) in order."""
        ll, mtmd = self._ll, self._mtmd
        timings.setdefault("image_encode", 0.0)
        timings.setdefault("image_prefill", 0.0)
        n_head = len(self._head_tokens)
        if entries[0][0] != "text" or entries[0][1][:n_head] != self._head_tokens:
            raise ScoringError(tr("The prompt head differs from the cached one"))
        # Whole-sequence copy: copy-on-write for the recurrent state, shared cells for the
        # attention cache (a partial rollback of the recurrent state is impossible).
        ll.llama_memory_seq_cp(self._mem, PREFIX_SEQ, seq, -1, -1)
        pos = n_head
        # Text not yet decoded. A large image is tiled by mtmd and its first text chunk runs
        # past the cached head (<|img_row_1_col_1|>...); the text after the last image is
        # decoded together with the answers' shared prefix.
        pending = list(entries[0][1][n_head:])
        for entry in entries[1:]:
            if entry[0] == "text":
                pending.extend(entry[1])
                continue
            if pending:
                self._decode_tokens(seq, pending, pos)
                pos += len(pending)
                pending = []
            chunk = entry[3]
            t = time.perf_counter()
            rc = mtmd.mtmd_encode_chunk(self._mtmd_ctx, chunk)
            if rc != 0:
                raise ScoringError(tr("mtmd_encode_chunk failed with {}").format(rc))
            embd = mtmd.mtmd_get_output_embd(self._mtmd_ctx)
            t1 = time.perf_counter()
            new_pos = ll.llama_pos(0)
            rc = mtmd.mtmd_helper_decode_image_chunk(
                self._mtmd_ctx, self._ctx, chunk, embd, pos, seq, self._n_batch,
                ctypes.byref(new_pos), self._no_callback, None)
            if rc != 0:
                raise ScoringError(tr("mtmd_helper_decode_image_chunk failed with {}").format(rc))
            pos = new_pos.value
            timings["image_encode"] += t1 - t
            timings["image_prefill"] += time.perf_counter() - t1
        if not pending:
            raise ScoringError(tr("The prompt ends with an image: no text before the answer"))
        return seq, pos, pending

    def _score_continuations(self, jobs):
        """jobs: (seq, position, log-likelihoods) per tile, after the prompt tail and the
        shared prefix. Copies each tile's sequence to the next two and decodes every tile's
        three continuations in ONE batch, each fed all its tokens but the last (which is only
        predicted), padded to the longest so that llama.cpp keeps the batch in one
        micro-batch; adds the continuations' log-probabilities to the jobs' log-likelihoods in
        place."""
        ll = self._ll
        width = self._prompt.width
        if width == 0:
            return
        entries, slots = [], []
        for seq, pos, loglik in jobs:
            for i, br in enumerate(self._branches):
                if i:
                    ll.llama_memory_seq_cp(self._mem, seq, seq + i, -1, -1)
                fed = br[:-1]
                for k in range(width):
                    scored = k < len(fed)
                    if scored:
                        slots.append((len(entries), loglik, i, k))
                    entries.append((seq + i, pos + k, fed[k] if scored else br[-1], scored))
        self._decode_batch(entries, f"answers of {len(jobs)} tiles")
        for index, loglik, i, k in slots:
            loglik[i] += _log_softmax_at(self._logits(index), self._branches[i][k + 1])

    def _prediction(self, loglik):
        ll_arr = np.array(loglik, dtype=np.float64)
        p = np.exp(ll_arr - ll_arr.max())
        p /= p.sum()
        label = CLASSES[int(np.argmax(p))]
        self.last_log_likelihoods = dict(zip(CLASSES, (float(v) for v in ll_arr)))
        return Prediction(label=label, probabilities=dict(zip(CLASSES, map(float, p))),
                          raw_answer=canonical_answer(label))

    def close(self):
        if getattr(self, "_closed", True):
            return
        self._closed = True
        ll, mtmd = self._ll, self._mtmd
        if self._mtmd_ctx:
            mtmd.mtmd_free(self._mtmd_ctx)
            self._mtmd_ctx = None
        if self._batch is not None and getattr(self, "_batch_ok", False):
            ll.llama_batch_free(self._batch)
        self._batch = None
        if self._ctx:
            ll.llama_free(self._ctx)
            self._ctx = None
        if self._model:
            ll.llama_model_free(self._model)
            self._model = None

    def __del__(self):
        try:
            self.close()
        except Exception:  # interpreter shutdown
            pass
