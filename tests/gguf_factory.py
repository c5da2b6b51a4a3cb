"""Random-weight LFM2.5-VL GGUF pairs (text model + vision projector) for tests and benchmarks.

The real LFM2.5-VL-450M weights cannot be downloaded in CI, so this module writes GGUF files
with the same architecture, metadata, tokenizer and chat template, filled with seeded random
weights. llama.cpp / mtmd load them exactly like the real files; the answers are meaningless
but grammar-constrained decoding still yields one of the three labels.

Public API (pure functions, no pytest dependency, deterministic for a given seed):

    build_text_model(path, *, size="tiny", quant="F16", seed=0, sharpen=False) -> Path
    build_mmproj(path, *, size="tiny", seed=0, sharpen=False, text_n_embd=None) -> Path
    build_model_pair(folder, size="tiny", *, quant=None, seed=0, sharpen=False)
        -> (text_path, mmproj_path)      # cached behind a JSON recipe sidecar
    pair_recipe(size, quant, seed, sharpen) -> dict    # what the sidecar holds
    vocabulary() -> (tokens, token_types, merges)
    TEXT_DIMS, VISION_DIMS, CHAT_TEMPLATE, SPECIAL_TOKENS, SHARPEN_QK_NORM, SHARPEN_MM2

size="tiny": n_embd 64, 4 layers (conv, attn, conv, attn), vision embd 32 x 1 block; builds in
well under a second and one chat completion takes a fraction of a second on 2 cores.
size="real": the LFM2-350M backbone (n_embd 1024, 16 layers, vocab 65536) and a SigLIP2
base/16 encoder (768 x 12 blocks); several hundred MB, write it outside the repository.

Both sizes keep image_size 256 / patch 16 / scale_factor 2, so a 100 x 100 chip is upscaled by
mtmd to 256 x 256 and becomes 64 image tokens (66 with <|image_start|>/<|image_end|>).

Token budget with the card's prompt (same for both sizes, same vocabulary words):
system prompt 149 tokens; whole prompt 230 tokens = BOS + ChatML glue + 149 + 66 image tokens
+ "{}"; the constrained answer takes 15-25 tokens, so n_ctx 512 is enough (2048 is plenty).

Importing this module needs numpy only; building needs gguf; quant="Q4_K_M" also imports
llama_cpp (the F16 file is quantized in-process with llama_cpp.llama_model_quantize).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import zlib
from pathlib import Path

import numpy as np

FACTORY_VERSION = 1

# --------------------------------------------------------------------------------------------
# Dimensions
# --------------------------------------------------------------------------------------------

TEXT_DIMS = {
    "tiny": {
        "n_embd": 64,
        "n_layer": 4,
        "attn_layers": (1, 3),
        "n_head": 4,
        "n_head_kv": 2,
        "n_ff": 128,
        "l_cache": 3,
        "context_length": 128000,
        "rope_freq_base": 1000000.0,
        "rms_eps": 1e-5,
        "n_vocab": None,  # None: exactly the built vocabulary (a few hundred tokens)
    },
    "real": {  # LFM2-350M backbone of LFM2.5-VL-450M
        "n_embd": 1024,
        "n_layer": 16,
        "attn_layers": (2, 5, 8, 10, 12, 14),
        "n_head": 16,
        "n_head_kv": 8,
        "n_ff": 4608,
        "l_cache": 3,
        "context_length": 128000,
        "rope_freq_base": 1000000.0,
        "rms_eps": 1e-5,
        "n_vocab": 65536,  # padded with unused <|reserved_N|> tokens
    },
}

VISION_DIMS = {
    "tiny": {
        "n_embd": 32,
        "n_ff": 64,
        "n_layer": 1,
        "n_head": 2,
        "proj_hidden": 64,
        "image_size": 256,
        "patch_size": 16,
        "scale_factor": 2,
        "eps": 1e-6,
    },
    "real": {  # SigLIP2 NaFlex base/16 + LFM2-VL projector
        "n_embd": 768,
        "n_ff": 3072,
        "n_layer": 12,
        "n_head": 12,
        "proj_hidden": 2560,
        "image_size": 256,
        "patch_size": 16,
        "scale_factor": 2,
        "eps": 1e-6,
    },
}

# sharpen=True: RMS-norm gains of q/k (attention becomes peaky) and a gain on the projector's
# output layer (image embeddings dominate the residual stream) so that a random model's answer
# moves with the chip and the prompt. Measured on tiny, seeds 0-5, 30 random chips: both variants
# spread the labels over the chips, but changing one word of the system prompt flipped 0-2/10
# answers unsharpened against 2-9/10 (typically 4) sharpened. The pair build reads these two
# constants at build time, and the recipe sidecar records them.
SHARPEN_QK_NORM = 8.0
SHARPEN_MM2 = 10.0

QUANTS = ("F16", "Q4_K_M")
SIZES = ("tiny", "real")

# --------------------------------------------------------------------------------------------
# Tokenizer
# --------------------------------------------------------------------------------------------

def _card_system_prompt():
    """core/inference/prompt.py's SYSTEM_PROMPT read from its source (a literal), so that this
    factory works without the plugin package being importable."""
    import ast

    path = Path(__file__).resolve().parents[1] / "core" / "inference" / "prompt.py"
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
                getattr(t, "id", None) == "SYSTEM_PROMPT" for t in node.targets):
            return ast.literal_eval(node.value)
    raise LookupError(f"no SYSTEM_PROMPT in {path}")


# The model card's system prompt, used here ONLY to build a vocabulary in which it tokenizes to
# about one token per word, as LFM2's real 65k BPE does.
_CARD_SYSTEM_PROMPT = _card_system_prompt()
_LABELS = ("STANDING_FOREST", "RECENTLY_CLEARED", "LONG_TERM_NON_FOREST")

# Further texts whose pre-tokens get whole-word tokens: chat-template glue, the user turn "{}",
# the answers (compact and json.dumps spacing) and digits.
_EXTRA_TEXTS = (
    ["system\n", "user\n", "assistant\n", "{}", "\n\n", " "]
    + [json.dumps({"class_label": lab}) for lab in _LABELS]
    + [json.dumps({"class_label": lab}, separators=(",", ":")) for lab in _LABELS]
    + [str(d) for d in range(10)]
)

BOS, EOS, PAD = "<|startoftext|>", "<|im_end|>", "<|pad|>"
SPECIAL_TOKENS = (
    [PAD, BOS, "<|endoftext|>", "<|im_start|>", EOS, "<image>",
     "<|image_start|>", "<|image_end|>", "<|img_thumbnail|>"]
    + [f"<|img_row_{r}_col_{c}|>" for r in range(1, 11) for c in range(1, 11)]
)

# ChatML as LFM2 uses it. MTMDChatHandler turns image parts into text parts holding the media
# marker ("<__media__>") before rendering, so text parts are emitted verbatim; raw image parts
# (other renderers) become "<image>". bos_token: MTMDChatHandler passes "" (it detokenizes the
# control token without special=True) and llama.cpp adds the BOS itself (add_bos_token = true),
# so the prompt starts with exactly one <|startoftext|> either way.
CHAT_TEMPLATE = (
    "{{- bos_token -}}"
    "{%- for message in messages -%}"
    "{{- '<|im_start|>' + message['role'] + '\n' -}}"
    "{%- if message['content'] is string -%}"
    "{{- message['content'] -}}"
    "{%- elif message['content'] is not none -%}"
    "{%- for item in message['content'] -%}"
    "{%- if item is string -%}{{- item -}}"
    "{%- elif item['type'] == 'text' -%}{{- item['text'] -}}"
    "{%- elif item['type'] in ['image', 'image_url'] -%}{{- '<image>' -}}"
    "{%- endif -%}"
    "{%- endfor -%}"
    "{%- endif -%}"
    "{{- '<|im_end|>\n' -}}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{- '<|im_start|>assistant\n' -}}{%- endif -%}"
)

# llama.cpp maps tokenizer.ggml.pre = "lfm2" to the LLAMA3 pre-tokenizer regex with
# ignore_merges = true (a pre-token found whole in the vocabulary is one token). This is the same
# regex in Python's `re` dialect (\p{L} -> [^\W\d_], \p{N} -> \d), used only to pick the words.
_PRETOKEN_RE = re.compile(
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)"
    r"|(?:[^\r\n\w]|_)?[^\W\d_]+"
    r"|\d{1,3}"
    r"| ?(?:[^\s\w]|_)+[\r\n]*"
    r"|\s*[\r\n]+"
    r"|\s+(?!\S)"
    r"|\s+"
)

TOKEN_NORMAL, TOKEN_CONTROL, TOKEN_UNUSED = 1, 3, 5


def _bytes_to_unicode() -> dict:
    """GPT-2's byte -> printable unicode character table."""
    bs = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("\xa1"), ord("\xac") + 1))
          + list(range(ord("\xae"), ord("\xff") + 1)))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs)))


_BYTE_CHARS = _bytes_to_unicode()


def _byte_level(text: str) -> str:
    return "".join(_BYTE_CHARS[b] for b in text.encode("utf-8"))


def pretokenize(text: str) -> list:
    """Split text the way llama.cpp's lfm2 (LLAMA3) pre-tokenizer does."""
    return _PRETOKEN_RE.findall(text)


def vocabulary(n_vocab=None):
    """(tokens, token_types, merges) of the synthetic byte-level BPE.

    Special tokens first (0 <|pad|>, 1 <|startoftext|>, ..., 4 <|im_end|>), then the 256 byte
    tokens, then every pre-token of the card's prompt / template / answers built by a chain of
    merges on top of the bytes; padded with unused tokens up to n_vocab when given.
    """
    tokens = list(SPECIAL_TOKENS)
    types = [TOKEN_CONTROL] * len(tokens)
    seen = set(tokens)
    for b in range(256):
        tokens.append(_BYTE_CHARS[b])
        types.append(TOKEN_NORMAL)
        seen.add(_BYTE_CHARS[b])
    merges = []
    merge_seen = set()
    for text in [_CARD_SYSTEM_PROMPT] + list(_EXTRA_TEXTS):
        for word in pretokenize(text):
            chars = _byte_level(word)
            for k in range(1, len(chars)):
                left, right = chars[:k], chars[k]
                merged = left + right
                if (left, right) not in merge_seen:
                    merge_seen.add((left, right))
                    merges.append(f"{left} {right}")
                if merged not in seen:
                    seen.add(merged)
                    tokens.append(merged)
                    types.append(TOKEN_NORMAL)
    if n_vocab is not None:
        if n_vocab < len(tokens):
            raise ValueError(f"n_vocab {n_vocab} < {len(tokens)} built tokens")
        for i in range(n_vocab - len(tokens)):
            tokens.append(f"<|reserved_{i}|>")
            types.append(TOKEN_UNUSED)
    return tokens, types, merges


# --------------------------------------------------------------------------------------------
# Weights
# --------------------------------------------------------------------------------------------


def _rng(seed: int, name: str) -> np.random.Generator:
    # one independent stream per tensor: adding/reordering tensors does not change the others
    return np.random.default_rng([int(seed), zlib.crc32(name.encode())])


def _randn(seed, name, shape, std, dtype=np.float16):
    a = _rng(seed, name).standard_normal(shape, dtype=np.float32)
    a *= np.float32(std)
    return a.astype(dtype, copy=False)


def _const(shape, value=1.0):
    return np.full(shape, value, dtype=np.float32)


def _text_tensors(dims, n_vocab, seed, sharpen):
    E, F = dims["n_embd"], dims["n_ff"]
    hd = E // dims["n_head"]
    kv = dims["n_head_kv"] * hd
    L = dims["l_cache"]
    qk = SHARPEN_QK_NORM if sharpen else 1.0
    # tied output: logits = rmsnorm(h) . E  ->  std ~ emb_std * sqrt(E); keep it around 3
    yield "token_embd.weight", _randn(seed, "token_embd", (n_vocab, E), 3.0 / np.sqrt(E))
    yield "token_embd_norm.weight", _const(E)
    for il in range(dims["n_layer"]):
        p = f"blk.{il}."
        yield p + "attn_norm.weight", _const(E)
        yield p + "ffn_norm.weight", _const(E)
        yield p + "ffn_gate.weight", _randn(seed, p + "ffn_gate", (F, E), 1 / np.sqrt(E))
        yield p + "ffn_up.weight", _randn(seed, p + "ffn_up", (F, E), 1 / np.sqrt(E))
        yield p + "ffn_down.weight", _randn(seed, p + "ffn_down", (E, F), 1 / np.sqrt(F))
        if il in dims["attn_layers"]:
            yield p + "attn_q.weight", _randn(seed, p + "attn_q", (E, E), 1 / np.sqrt(E))
            yield p + "attn_k.weight", _randn(seed, p + "attn_k", (kv, E), 1 / np.sqrt(E))
            yield p + "attn_v.weight", _randn(seed, p + "attn_v", (kv, E), 1 / np.sqrt(E))
            yield p + "attn_output.weight", _randn(seed, p + "attn_output", (E, E), 1 / np.sqrt(E))
            yield p + "attn_q_norm.weight", _const(hd, qk)
            yield p + "attn_k_norm.weight", _const(hd, qk)
        else:
            # ggml ne {l_cache, n_embd} == numpy (n_embd, l_cache); conv kernels stay F32
            yield p + "shortconv.conv.weight", _randn(seed, p + "conv", (E, L), 1 / np.sqrt(L), np.float32)
            yield p + "shortconv.in_proj.weight", _randn(seed, p + "in_proj", (3 * E, E), 1 / np.sqrt(E))
            yield p + "shortconv.out_proj.weight", _randn(seed, p + "out_proj", (E, E), 1 / np.sqrt(E))


def _vision_tensors(dims, text_n_embd, seed, sharpen):
    D, F, P, H = dims["n_embd"], dims["n_ff"], dims["patch_size"], dims["proj_hidden"]
    n_pos = (dims["image_size"] // P) ** 2
    D4 = D * dims["scale_factor"] ** 2

    def bias(name, n):
        return _randn(seed, name, (n,), 0.02, np.float32)

    yield "v.patch_embd.weight", _randn(seed, "v.patch_embd", (D, 3, P, P), 1 / np.sqrt(3 * P * P))
    yield "v.patch_embd.bias", bias("v.patch_embd.b", D)
    yield "v.position_embd.weight", _randn(seed, "v.position_embd", (n_pos, D), 0.1, np.float32)
    for il in range(dims["n_layer"]):
        p = f"v.blk.{il}."
        for t in ("attn_q", "attn_k", "attn_v", "attn_out"):
            yield p + t + ".weight", _randn(seed, p + t, (D, D), 1 / np.sqrt(D))
            yield p + t + ".bias", bias(p + t + ".b", D)
        yield p + "ln1.weight", _const(D)
        yield p + "ln1.bias", _const(D, 0.0)
        yield p + "ln2.weight", _const(D)
        yield p + "ln2.bias", _const(D, 0.0)
        yield p + "ffn_up.weight", _randn(seed, p + "ffn_up", (F, D), 1 / np.sqrt(D))
        yield p + "ffn_up.bias", bias(p + "ffn_up.b", F)
        yield p + "ffn_down.weight", _randn(seed, p + "ffn_down", (D, F), 1 / np.sqrt(F))
        yield p + "ffn_down.bias", bias(p + "ffn_down.b", D)
    yield "v.post_ln.weight", _const(D)
    yield "v.post_ln.bias", _const(D, 0.0)
    yield "mm.input_norm.weight", _const(D4)
    yield "mm.input_norm.bias", _const(D4, 0.0)
    yield "mm.1.weight", _randn(seed, "mm.1", (H, D4), 1 / np.sqrt(D4))
    yield "mm.1.bias", bias("mm.1.b", H)
    gain = SHARPEN_MM2 if sharpen else 1.0
    yield "mm.2.weight", _randn(seed, "mm.2", (text_n_embd, H), gain / np.sqrt(H))
    yield "mm.2.bias", bias("mm.2.b", text_n_embd)


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------


def _check(size, quant=None):
    if size not in SIZES:
        raise ValueError(f"size must be one of {SIZES}, not {size!r}")
    if quant is not None and quant not in QUANTS:
        raise ValueError(f"quant must be one of {QUANTS}, not {quant!r}")


def _tmp_name(path: Path, tag: str) -> Path:
    return path.with_name(f".{path.name}.{tag}.{os.getpid()}.tmp")


def _write_text_f16(path: Path, size: str, seed: int, sharpen: bool) -> None:
    import gguf

    dims = TEXT_DIMS[size]
    tokens, types, merges = vocabulary(dims["n_vocab"])
    n_vocab = len(tokens)
    w = gguf.GGUFWriter(str(path), arch="lfm2")
    w.add_name(f"LFM2.5-VL random-weight test model ({size}, seed {seed})")
    w.add_file_type(int(gguf.LlamaFileType.MOSTLY_F16))
    w.add_context_length(dims["context_length"])
    w.add_embedding_length(dims["n_embd"])
    w.add_feed_forward_length(dims["n_ff"])
    w.add_block_count(dims["n_layer"])
    w.add_head_count(dims["n_head"])
    w.add_head_count_kv([dims["n_head_kv"] if il in dims["attn_layers"] else 0
                         for il in range(dims["n_layer"])])
    w.add_rope_freq_base(dims["rope_freq_base"])
    w.add_layer_norm_rms_eps(dims["rms_eps"])
    w.add_vocab_size(n_vocab)
    w.add_uint32("lfm2.shortconv.l_cache", dims["l_cache"])

    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre("lfm2")
    w.add_token_list(tokens)
    w.add_token_types(types)
    w.add_token_merges(merges)
    w.add_bos_token_id(tokens.index(BOS))
    w.add_eos_token_id(tokens.index(EOS))
    w.add_pad_token_id(tokens.index(PAD))
    w.add_add_bos_token(True)
    w.add_add_eos_token(False)
    w.add_chat_template(CHAT_TEMPLATE)

    for name, arr in _text_tensors(dims, n_vocab, seed, sharpen):
        w.add_tensor(name, arr)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


_NOOP_LOG = None  # keeps the ctypes callback alive while llama.cpp may call it


def _quantize(src: Path, dst: Path, quant: str) -> None:
    import ctypes

    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = {"Q4_K_M": llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_K_M}[quant]
    params.nthread = os.cpu_count() or 1
    # Quantization logs every tensor. llama-cpp-python's own log filter cannot hide it (its
    # level table predates ggml's reordered enum: WARN arrives as 3 and is taken for ERROR), so
    # swap in a no-op callback for the call and put the previous one back afterwards.
    global _NOOP_LOG
    if _NOOP_LOG is None:
        _NOOP_LOG = llama_cpp.llama_log_callback(lambda level, text, user_data: None)
    prev_cb, prev_ud = llama_cpp.llama_log_callback(), ctypes.c_void_p()
    llama_cpp.llama_log_get(ctypes.byref(prev_cb), ctypes.byref(prev_ud))
    llama_cpp.llama_log_set(_NOOP_LOG, None)
    try:
        rc = llama_cpp.llama_model_quantize(str(src).encode(), str(dst).encode(), ctypes.byref(params))
    finally:
        llama_cpp.llama_log_set(prev_cb, prev_ud)
    if rc != 0:
        raise RuntimeError(f"llama_model_quantize({src} -> {dst}, {quant}) failed with {rc}")


def build_text_model(path, *, size="tiny", quant="F16", seed=0, sharpen=False) -> Path:
    """Write an LFM2 text model (general.architecture = lfm2) to `path`; returns the Path.

    quant="Q4_K_M" writes the F16 file to a temporary name and quantizes it in-process
    (tiny: n_embd 64 is not a multiple of 256, so llama.cpp falls back to legacy quant types
    for most tensors; real: genuine Q4_K/Q6_K). The write is atomic (temp file + rename).
    """
    _check(size, quant)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    f16 = _tmp_name(path, "f16")
    try:
        _write_text_f16(f16, size, seed, sharpen)
        if quant == "F16":
            os.replace(f16, path)
        else:
            out = _tmp_name(path, quant)
            try:
                _quantize(f16, out, quant)
                os.replace(out, path)
            finally:
                if out.exists():
                    out.unlink()
    finally:
        if f16.exists():
            f16.unlink()
    return path


def build_mmproj(path, *, size="tiny", seed=0, sharpen=False, text_n_embd=None) -> Path:
    """Write an LFM2-VL vision projector (general.architecture = clip, projector_type lfm2).

    text_n_embd (the projector's output width) defaults to TEXT_DIMS[size]["n_embd"]; it must
    equal the text model's n_embd or mtmd refuses the pair. Weights F16, 1-D tensors and the
    position embedding F32. Atomic write.
    """
    import gguf

    _check(size)
    dims = VISION_DIMS[size]
    if text_n_embd is None:
        text_n_embd = TEXT_DIMS[size]["n_embd"]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(path, "mmproj")
    try:
        w = gguf.GGUFWriter(str(tmp), arch="clip")
        w.add_type("mmproj")
        w.add_name(f"LFM2.5-VL random-weight test projector ({size}, seed {seed})")
        w.add_file_type(int(gguf.LlamaFileType.MOSTLY_F16))
        w.add_bool("clip.has_vision_encoder", True)
        w.add_string("clip.projector_type", "lfm2")
        w.add_bool("clip.use_gelu", True)
        w.add_uint32("clip.vision.image_size", dims["image_size"])
        w.add_uint32("clip.vision.patch_size", dims["patch_size"])
        w.add_uint32("clip.vision.embedding_length", dims["n_embd"])
        w.add_uint32("clip.vision.feed_forward_length", dims["n_ff"])
        w.add_uint32("clip.vision.block_count", dims["n_layer"])
        w.add_uint32("clip.vision.attention.head_count", dims["n_head"])
        w.add_float32("clip.vision.attention.layer_norm_epsilon", dims["eps"])
        w.add_uint32("clip.vision.projection_dim", int(text_n_embd))
        w.add_array("clip.vision.image_mean", [0.5, 0.5, 0.5])
        w.add_array("clip.vision.image_std", [0.5, 0.5, 0.5])
        w.add_uint32("clip.vision.projector.scale_factor", dims["scale_factor"])
        for name, arr in _vision_tensors(dims, int(text_n_embd), seed, sharpen):
            w.add_tensor(name, arr)
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_tensors_to_file()
        w.close()
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


# --------------------------------------------------------------------------------------------
# Cached pairs
# --------------------------------------------------------------------------------------------


def pair_recipe(size="tiny", quant=None, seed=0, sharpen=False) -> dict:
    """Everything that determines the bytes of a pair; the cache key of build_model_pair."""
    _check(size, quant)
    quant = quant or ("F16" if size == "tiny" else "Q4_K_M")
    tokens, types, merges = vocabulary(TEXT_DIMS[size]["n_vocab"])
    h = hashlib.sha256()
    for part in (tokens, types, merges, [CHAT_TEMPLATE]):
        h.update(json.dumps(part, ensure_ascii=False).encode())
    return {
        "factory_version": FACTORY_VERSION,
        "size": size,
        "quant": quant,
        "seed": int(seed),
        "sharpen": bool(sharpen),
        "sharpen_gains": [SHARPEN_QK_NORM, SHARPEN_MM2] if sharpen else None,
        "text": {k: list(v) if isinstance(v, tuple) else v for k, v in TEXT_DIMS[size].items()},
        "vision": dict(VISION_DIMS[size]),
        "tokenizer_sha256": h.hexdigest(),
    }


def _pair_stem(recipe: dict) -> str:
    sharp = "-sharp" if recipe["sharpen"] else ""
    return f"lfm2vl-{recipe['size']}-s{recipe['seed']}{sharp}"


def build_model_pair(folder, size="tiny", *, quant=None, seed=0, sharpen=False):
    """(text_path, mmproj_path) in `folder`, built only when missing or stale.

    quant defaults to "F16" for tiny and "Q4_K_M" (the deployed format) for real. A JSON sidecar
    `<stem>-<quant>.recipe.json` records pair_recipe() plus both file sizes; when it matches and
    both files exist with those sizes the files are returned untouched. Several variants (size,
    seed, sharpen, quant) can share one folder.
    """
    recipe = pair_recipe(size, quant, seed, sharpen)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = _pair_stem(recipe)
    text_path = folder / f"{stem}-{recipe['quant']}.gguf"
    mmproj_path = folder / f"mmproj-{stem}-F16.gguf"
    sidecar = folder / f"{stem}-{recipe['quant']}.recipe.json"

    try:
        saved = json.loads(sidecar.read_text(encoding="utf-8"))
        if (saved.get("recipe") == json.loads(json.dumps(recipe))
                and saved.get("text_bytes") == text_path.stat().st_size
                and saved.get("mmproj_bytes") == mmproj_path.stat().st_size):
            return text_path, mmproj_path
    except (OSError, ValueError):
        pass

    if sidecar.exists():
        sidecar.unlink()
    build_text_model(text_path, size=size, quant=recipe["quant"], seed=seed, sharpen=sharpen)
    build_mmproj(mmproj_path, size=size, seed=seed, sharpen=sharpen,
                 text_n_embd=TEXT_DIMS[size]["n_embd"])
    record = {"recipe": recipe, "text_bytes": text_path.stat().st_size,
              "mmproj_bytes": mmproj_path.stat().st_size}
    tmp = _tmp_name(sidecar, "json")
    tmp.write_text(json.dumps(record, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, sidecar)
    return text_path, mmproj_path
