"""The scoring engine's prompt and answers as token ids, built once when the model is loaded.

- The prompt is exactly the recipe's: the GGUF's own `tokenizer.chat_template` rendered the way
  llama-cpp-python's MTMDChatHandler renders it for build_messages(image) (render_chat_prompt),
  tokenized by mtmd_tokenize (which splits at the media marker and wraps the image in
  <|image_start|> ... <|image_end|> for LFM2).
- The head is the text before the image (BOS, system prompt, start of the user turn): the same
  for every chip, so core/inference/scoring_engine.py evaluates it once.
- Each answer is `canonical_answer(label)` tokenized as ONE string, as the model saw it in
  training. No canonical answer is a prefix of another (they all end with `"}`), so the three
  answers are complete and comparable as they are. They split into the token prefix the three
  share and a branch each (from the first token where they differ).

Checks at load (ModelLoadError, naming the model file): the GGUF has a chat template, the
rendered prompt starts with text, and the tokenizer tells the three answers apart.
"""
import ctypes
from contextlib import contextmanager

import numpy as np

from ... import errors
from ..imagery.chips import CHIP_PX
from ..vocabulary import CLASSES
from .prompt import build_messages, canonical_answer
from .engine_types import ModelLoadError
from ...toolbelt.i18n import tr

__all__ = ["PromptTokens", "ScoringError", "IMAGE_PLACEHOLDER", "render_chat_prompt"]

# Stand-in id for image positions in PromptTokens.ids() (ScoringEngine.prompt_tokens()).
IMAGE_PLACEHOLDER = -1
# The URL never reaches the model: the chat handler replaces image parts by the media marker.
_TEMPLATE_IMAGE_URL = "data:image/png;base64,"


class ScoringError(errors.EngineError):
    """The scoring path could not evaluate a chip (llama.cpp / mtmd returned an error)."""


def render_chat_prompt(chat_template: str, messages, bos_token: str, eos_token: str,
                       media_marker: str) -> str:
    """Render `messages` exactly as llama-cpp-python 0.3.36's MTMDChatHandler.__call__ does:
    image parts become text parts holding the media marker, same Jinja environment, same
    variables, add_generation_prompt=True, image URLs that leak into the text replaced by the
    marker."""
    import jinja2.ext
    from jinja2.sandbox import ImmutableSandboxedEnvironment
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter, MTMDChatHandler

    env = ImmutableSandboxedEnvironment(
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=[Jinja2ChatFormatter.IgnoreGenerationTags, jinja2.ext.loopcontrols],
    )
    env.filters["tojson"] = Jinja2ChatFormatter.tojson
    template = env.from_string(chat_template)

    def raise_exception(message: str):
        raise ValueError(message)

    text = template.render(
        messages=[MTMDChatHandler._convert_message_for_template(m, media_marker)
                  for m in messages],
        add_generation_prompt=True,
        eos_token=eos_token,
        bos_token=bos_token,
        raise_exception=raise_exception,
        functions=None,
        function_call=None,
        tools=None,
        tool_choice=None,
        strftime_now=Jinja2ChatFormatter.strftime_now,
    )
    for url in MTMDChatHandler.get_image_urls(messages):
        text = text.replace(url, media_marker)
    return text


class PromptTokens:
    """The prompt text and its tokens, the answers' tokens, for one loaded model pair.

    text: the rendered prompt (media marker where the image goes); head: token ids before the
    image; answers: token ids of each complete answer, in CLASSES order; shared: the answers'
    common token prefix; branches: the rest of each answer; width: the most tokens a branch
    feeds to the model (all but its last, which is only predicted); n_chip_prompt: prompt
    length in tokens for a contract-size (CHIP_PX) chip; n_vocab: the vocabulary size.
    """

    def __init__(self, llama_cpp, mtmd, model, mtmd_ctx, model_path):
        self._ll, self._mtmd = llama_cpp, mtmd
        self._model, self._mtmd_ctx = model, mtmd_ctx
        self._vocab = llama_cpp.llama_model_get_vocab(model)
        self.n_vocab = llama_cpp.llama_vocab_n_tokens(self._vocab)
        self._media_marker = mtmd.mtmd_default_marker().decode("utf-8")

        # The prompt text, rendered once: it does not depend on the image.
        self.text = self._render(model_path)
        # Split it at the image as mtmd does, with a stand-in chip of the contract's size.
        stand_in = self.chunks(np.zeros((CHIP_PX, CHIP_PX, 3), dtype=np.uint8))
        head = stand_in[0]
        if head[0] != "text":
            raise ModelLoadError(tr("The rendered prompt does not start with text"))
        self.head = list(head[1])
        self.n_chip_prompt = sum(len(e[1]) if e[0] == "text" else e[1] for e in stand_in)

        # The three complete answers.
        self.answers = [self._tokenize(canonical_answer(label), parse_special=False)
                        for label in CLASSES]
        if len({tuple(a) for a in self.answers}) != len(CLASSES):
            raise ModelLoadError(tr("The tokenizer of {} does not tell the three answers "
                                    "apart").format(model_path))
        n_shared = 0
        while all(len(a) > n_shared + 1 for a in self.answers) and \
                len({a[n_shared] for a in self.answers}) == 1:
            n_shared += 1
        self.shared = self.answers[0][:n_shared]
        self.branches = [a[n_shared:] for a in self.answers]
        self.width = max(len(br) - 1 for br in self.branches)

    # ------------------------------------------------------------------ the prompt text

    def _render(self, model_path) -> str:
        meta = self._metadata("tokenizer.chat_template")
        if not meta:
            raise ModelLoadError(tr("{} has no tokenizer.chat_template").format(model_path))
        # MTMDChatHandler passes llama.detokenize([bos/eos]) (special=False): the text of a
        # control token is then "" and llama.cpp adds the BOS itself.
        bos = self._piece(self._ll.llama_vocab_bos(self._vocab))
        eos = self._piece(self._ll.llama_vocab_eos(self._vocab))
        return render_chat_prompt(meta, build_messages(_TEMPLATE_IMAGE_URL), bos, eos,
                                  self._media_marker)

    def _metadata(self, key: str):
        ll = self._ll
        size = 1 << 16
        while True:
            buf = ctypes.create_string_buffer(size)
            n = ll.llama_model_meta_val_str(self._model, key.encode("utf-8"), buf, size)
            if n < 0:
                return None
            if n < size:
                return buf.value.decode("utf-8")
            size = n + 1

    def _piece(self, token: int) -> str:
        if token < 0:
            return ""
        buf = ctypes.create_string_buffer(64)
        n = self._ll.llama_token_to_piece(self._vocab, token, buf, 64, 0, False)
        return buf.raw[:max(n, 0)].decode("utf-8", errors="ignore")

    def _tokenize(self, text: str, parse_special: bool):
        data = text.encode("utf-8")
        cap = len(data) + 8
        out = (self._ll.llama_token * cap)()
        n = self._ll.llama_tokenize(self._vocab, data, len(data), out, cap, False, parse_special)
        if n < 0:
            raise ScoringError(tr("Tokenization failed for {!r:.80}").format(text))
        return list(out[:n])

    # ------------------------------------------------------------------ a chip's prompt

    def ids(self, chip):
        """Token ids of the whole prompt for `chip` as the recipe's chat handler evaluates
        them; each image position is IMAGE_PLACEHOLDER."""
        ids = []
        for entry in self.chunks(chip):
            if entry[0] == "text":
                ids.extend(entry[1])
            else:
                ids.extend([IMAGE_PLACEHOLDER] * entry[1])
        return ids

    def chunks(self, chip):
        """mtmd_tokenize(prompt text, [chip]) exactly as the chat handler calls it: a list of
        ("text", [ids]) / ("image", n_tokens, n_pos) entries."""
        return self._tokenize_chunks(chip, keep=False)

    @contextmanager
    def native_chunks(self, chip):
        """As chunks(), each entry ending with its native mtmd chunk (so images can be
        encoded); the chunks are freed on leaving the block."""
        entries, chunks = self._tokenize_chunks(chip, keep=True)
        try:
            yield entries
        finally:
            self._mtmd.mtmd_input_chunks_free(chunks)

    def _bitmap(self, chip):
        chip = np.ascontiguousarray(chip)
        if chip.dtype != np.uint8 or chip.ndim != 3 or chip.shape[2] != 3:
            raise ValueError(f"A chip must be an (H, W, 3) uint8 array, not {chip.dtype} "
                             f"{chip.shape}")
        height, width = chip.shape[:2]
        data = chip.ctypes.data_as(ctypes.POINTER(ctypes.c_uint8))
        bitmap = self._mtmd.mtmd_bitmap_init(width, height, data)
        if not bitmap:
            raise ScoringError(tr("mtmd_bitmap_init failed"))
        return bitmap

    def _tokenize_chunks(self, chip, keep):
        """The entries; with keep=True also the native chunks (the caller frees them)."""
        mtmd = self._mtmd
        bitmap = self._bitmap(chip)
        chunks = None
        try:
            text = mtmd.mtmd_input_text()
            data = self.text.encode("utf-8")
            text.text = data
            text.text_len = len(data)
            text.add_special = True
            text.parse_special = True
            chunks = mtmd.mtmd_input_chunks_init()
            if not chunks:
                raise ScoringError(tr("mtmd_input_chunks_init failed"))
            bitmaps = (mtmd.mtmd_bitmap_p_ctypes * 1)(bitmap)
            rc = mtmd.mtmd_tokenize(self._mtmd_ctx, chunks, ctypes.byref(text), bitmaps, 1)
            if rc != 0:
                raise ScoringError(tr("mtmd_tokenize failed with {}").format(rc))
            entries = []
            for i in range(mtmd.mtmd_input_chunks_size(chunks)):
                chunk = mtmd.mtmd_input_chunks_get(chunks, i)
                kind = mtmd.mtmd_input_chunk_get_type(chunk)
                if kind == mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT:
                    n = ctypes.c_size_t()
                    ptr = mtmd.mtmd_input_chunk_get_tokens_text(chunk, ctypes.byref(n))
                    entries.append(("text", [ptr[j] for j in range(n.value)], chunk))
                elif kind == mtmd.MTMD_INPUT_CHUNK_TYPE_IMAGE:
                    entries.append(("image", mtmd.mtmd_input_chunk_get_n_tokens(chunk),
                                    mtmd.mtmd_input_chunk_get_n_pos(chunk), chunk))
                else:
                    raise ScoringError(tr("Unexpected mtmd chunk type {}").format(kind))
            if keep:
                result, chunks = (entries, chunks), None
                return result
            return [e[:-1] for e in entries]
        finally:
            if chunks:
                mtmd.mtmd_input_chunks_free(chunks)
            mtmd.mtmd_bitmap_free(bitmap)
