"""Checks that a GGUF file is what it claims to be, before llama.cpp ever opens it.

Standard library only (QGIS's Python has no `gguf` package): the GGUF header is parsed here
(magic, version, metadata, tensor table), and the file is refused when

- it is not a GGUF file at all (an HTML error page, a pickle, an empty file);
- it is the wrong model (general.architecture is not lfm2, or the projector is not an lfm2
  clip projector; the two files swapped);
- it is truncated (the tensor table declares data beyond the end of the file);
- it differs from what was downloaded (size or SHA-256 recorded in the download manifest);
- it differs from the SHA-256 the folder's trust record (models/trust.py) holds for it: the
  hub's published hash or the first download's, re-hashed only when the file's size or
  modification time changed since the record;
- it is far from the model card's published size (only where the caller asks for that check:
  files that came from the official hub).

Every refusal raises VerificationError with a message that names the file and says how to fix it.
"""
import hashlib
import json
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .. import errors
from . import trust
from ..toolbelt.i18n import tr

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
DEFAULT_ALIGNMENT = 32

TEXT = "text"
MMPROJ = "mmproj"
ROLE_NAMES = {TEXT: "text model", MMPROJ: "vision projector (mmproj)"}

MANIFEST_SUFFIX = ".download.json"

# ggml type id -> (elements per block, bytes per block); gguf-py's GGML_QUANT_SIZES.
GGML_TYPE_SIZES = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34),
    9: (32, 40), 10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210),
    15: (256, 292), 16: (256, 66), 17: (256, 74), 18: (256, 98), 19: (256, 50), 20: (32, 18),
    21: (256, 110), 22: (256, 82), 23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4),
    27: (1, 8), 28: (1, 8), 29: (256, 56), 30: (1, 2), 34: (256, 54), 35: (256, 66),
    39: (32, 17),
}

# GGUF metadata value types
_UINT8, _INT8, _UINT16, _INT16, _UINT32, _INT32, _FLOAT32, _BOOL, _STRING, _ARRAY, _UINT64, \
    _INT64, _FLOAT64 = range(13)
_SCALAR_FORMATS = {
    _UINT8: "<B", _INT8: "<b", _UINT16: "<H", _INT16: "<h", _UINT32: "<I", _INT32: "<i",
    _FLOAT32: "<f", _BOOL: "<?", _UINT64: "<Q", _INT64: "<q", _FLOAT64: "<d",
}
# Guards against a corrupt header sending the parser into a multi-gigabyte allocation.
_MAX_COUNT = 1 << 32
_MAX_STRING = 1 << 26
_KEEP_ARRAY_ITEMS = 64  # small numeric arrays (per-layer head counts, image mean) are kept


class VerificationError(errors.ModelError):
    """The file is not usable; the message names it and says how to fix it."""


@dataclass
class GgufInfo:
    path: Path
    version: int
    metadata: dict
    tensor_count: int
    tensor_names: set = field(default_factory=set)
    data_offset: int = 0
    data_end: int = 0  # end of the last tensor's bytes, as the tensor table declares
    file_size: int = 0

    @property
    def architecture(self):
        return self.metadata.get("general.architecture")


class _Reader:
    def __init__(self, handle, path):
        self.handle = handle
        self.path = path

    def read(self, n):
        data = self.handle.read(n)
        if len(data) != n:
            raise VerificationError(
                tr("{} ends inside its GGUF header: the file is truncated. {}").format(
                   self.path, _fix_redownload()))
        return data

    def unpack(self, fmt):
        return struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]

    def skip(self, n):
        self.handle.seek(n, os.SEEK_CUR)

    def count(self, what):
        value = self.unpack("<Q")
        if value > _MAX_COUNT:
            raise VerificationError(
                tr("{}: implausible {} ({}) in the GGUF header; the file is corrupt. {}").format(
                   self.path, what, value, _fix_redownload()))
        return value

    def string(self, skip=False):
        n = self.unpack("<Q")
        if n > _MAX_STRING:
            raise VerificationError(
                tr("{}: implausible string length ({}) in the GGUF header; the file is "
                   "corrupt. {}").format(self.path, n, _fix_redownload()))
        if skip:
            self.skip(n)
            return None
        return self.read(n).decode("utf-8", errors="replace")

    def value(self, vtype):
        if vtype in _SCALAR_FORMATS:
            return self.unpack(_SCALAR_FORMATS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            item_type = self.unpack("<I")
            n = self.count("array length")
            if item_type in _SCALAR_FORMATS:
                fmt = _SCALAR_FORMATS[item_type]
                size = struct.calcsize(fmt)
                if n <= _KEEP_ARRAY_ITEMS:
                    return list(struct.unpack("<" + fmt[1] * n, self.read(size * n)))
                self.skip(size * n)
                return _ArrayStub(item_type, n)
            if item_type == _STRING:
                for _ in range(n):
                    self.string(skip=True)
                return _ArrayStub(item_type, n)
            if item_type == _ARRAY:  # nested arrays: read them, keep nothing
                for _ in range(n):
                    self.value(_ARRAY)
                return _ArrayStub(item_type, n)
        raise VerificationError(
            tr("{}: unknown GGUF value type {}; the file is corrupt or from a newer format. "
               "{}").format(self.path, vtype, _fix_redownload()))


@dataclass(frozen=True)
class _ArrayStub:
    item_type: int
    length: int


def _fix_redownload():
    """What to do about a damaged model file, in the user's language (a function: the
    translator is installed after this module is imported)."""
    return tr("Delete the file and download it again (Settings > Options > Deforestation "
              "Classifier > Download model), or copy the model card's file there.")


def read_gguf(path) -> GgufInfo:
    """Parse the GGUF header and tensor table; VerificationError when the file is no GGUF."""
    path = Path(path)
    try:
        size = path.stat().st_size
        handle = open(path, "rb")
    except OSError as exc:
        raise VerificationError(tr("Cannot read {}: {}").format(path, exc)) from exc
    with handle:
        reader = _Reader(handle, path)
        magic = handle.read(4)
        if magic != GGUF_MAGIC:
            raise VerificationError(
                tr("{} is not a GGUF file (it starts with {!r}{}{}). {}").format(
                   path, magic[:4], tr(", it is empty") if size == 0 else "", _html_hint(magic),
                   _fix_redownload()))
        version = reader.unpack("<I")
        if version not in SUPPORTED_VERSIONS:
            raise VerificationError(
                tr("{}: unsupported GGUF version {} (expected 2 or 3). {}").format(
                   path, version, _fix_redownload()))
        tensor_count = reader.count("tensor count")
        kv_count = reader.count("metadata count")
        metadata = {}
        for _ in range(kv_count):
            key = reader.string()
            vtype = reader.unpack("<I")
            metadata[key] = reader.value(vtype)
        alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
        if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
            alignment = DEFAULT_ALIGNMENT
        names = set()
        extent = 0
        for _ in range(tensor_count):
            name = reader.string()
            n_dims = reader.unpack("<I")
            if n_dims > 8:
                raise VerificationError(
                    tr("{}: tensor {!r} has {} dimensions; the file is corrupt. {}").format(
                       path, name, n_dims, _fix_redownload()))
            dims = [reader.unpack("<Q") for _ in range(n_dims)]
            ggml_type = reader.unpack("<I")
            offset = reader.unpack("<Q")
            names.add(name)
            extent = max(extent, offset + _tensor_bytes(dims, ggml_type))
        header_end = handle.tell()
    data_offset = (header_end + alignment - 1) // alignment * alignment
    return GgufInfo(path=path, version=version, metadata=metadata, tensor_count=tensor_count,
                    tensor_names=names, data_offset=data_offset,
                    data_end=data_offset + extent, file_size=size)


def _tensor_bytes(dims, ggml_type):
    elements = 1
    for d in dims:
        elements *= d
    block, size = GGML_TYPE_SIZES.get(ggml_type, (1, 0))  # unknown type: offset only
    return elements // block * size


def _html_hint(magic):
    if magic.lstrip()[:1] in (b"<", b"{"):
        return tr("; it looks like a web page or an error message saved in place of the model")
    return ""


# --- role checks ------------------------------------------------------------------------------
def check_complete(info: GgufInfo):
    """The tensor data the header declares must be inside the file."""
    if info.data_end > info.file_size:
        raise VerificationError(
            tr("{} is truncated: {:,} bytes on disk, but its tensor table needs {:,}. The "
               "download was probably interrupted. {}").format(
               info.path, info.file_size, info.data_end, _fix_redownload()))


def check_role(info: GgufInfo, role: str, architecture="lfm2", projector_type="lfm2"):
    """Text model: general.architecture lfm2. Projector: clip with clip.projector_type lfm2."""
    arch = info.architecture
    if role == TEXT:
        if arch == "clip":
            raise VerificationError(
                tr("{} is a vision projector (mmproj), not the text model: the two files "
                   "look swapped. Give the text model (v2_no_coords-Q4_K_M.gguf) as MODEL "
                   "and the projector (mmproj-v2_no_coords-F16.gguf) as MMPROJ.").format(info.path))
        if arch != architecture:
            raise VerificationError(
                tr("{} is a '{}' model, not the LFM2.5-VL text model (general.architecture "
                   "'{}'). Use the model card's v2_no_coords-Q4_K_M.gguf.").format(
                   info.path, arch, architecture))
        if info.tensor_count and "token_embd.weight" not in info.tensor_names:
            raise VerificationError(
                tr("{} has no token_embd.weight tensor: it is not a complete {} model. {}").format(
                   info.path, architecture, _fix_redownload()))
    elif role == MMPROJ:
        if arch == architecture:
            raise VerificationError(
                tr("{} is a text model, not the vision projector: the two files look "
                   "swapped. Give mmproj-v2_no_coords-F16.gguf as MMPROJ.").format(info.path))
        ptype = info.metadata.get("clip.projector_type")
        if arch != "clip" or ptype != projector_type:
            raise VerificationError(
                tr("{} is not an LFM2 vision projector (general.architecture '{}', "
                   "clip.projector_type '{}'; expected 'clip' and '{}'). Use the model "
                   "card's mmproj-v2_no_coords-F16.gguf.").format(
                   info.path, arch, ptype, projector_type))
        if info.metadata.get("clip.has_vision_encoder") is False:
            raise VerificationError(tr("{} is a clip file without a vision encoder.").format(
                                       info.path))
    else:
        raise ValueError(f"unknown role {role!r}")


def check_pair(text: GgufInfo, mmproj: GgufInfo):
    """The projector must output vectors of the text model's width."""
    width = text.metadata.get(f"{text.architecture}.embedding_length")
    proj = mmproj.metadata.get("clip.vision.projection_dim")
    if isinstance(width, int) and isinstance(proj, int) and width != proj:
        raise VerificationError(
            tr("{} projects to {} dimensions but {} expects {}: the two files are not a "
               "pair. Use the text model and projector of the same model card.").format(
               mmproj.path, proj, text.path, width))


def check_size(path, actual: int, expected: int, tolerance: float = 0.02):
    """Plausible size: within `tolerance` of the published size."""
    if expected and abs(actual - expected) > expected * tolerance:
        raise VerificationError(
            tr("{} is {:.1f} MB, but the model card's file is about {:.1f} MB: it is not the "
               "published file. {}").format(path, actual / 1e6, expected / 1e6, _fix_redownload()))


# --- manifest written by the downloader -------------------------------------------------------
def manifest_path(path) -> Path:
    path = Path(path)
    return path.with_name(path.name + MANIFEST_SUFFIX)


def read_manifest(path) -> Optional[dict]:
    try:
        return json.loads(manifest_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_manifest(path, record: dict):
    target = manifest_path(path)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, target)


def sha256_file(path, chunk=1 << 20, is_canceled=None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while True:
            block = handle.read(chunk)
            if not block:
                break
            digest.update(block)
            if is_canceled is not None and is_canceled():
                raise InterruptedError("cancelled")
    return digest.hexdigest()


_SHA256_CACHE = {}


def file_sha256(path) -> str:
    """The file's SHA-256, computed once per process and file state (a 400 MB pair takes
    about a second)."""
    path = Path(path)
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _SHA256_CACHE:
        _SHA256_CACHE[key] = sha256_file(path)
    return _SHA256_CACHE[key]


def check_manifest(path, deep=False):
    """Compare the file with what the downloader recorded (size; SHA-256 when deep)."""
    record = read_manifest(path)
    if not record:
        return None
    size = Path(path).stat().st_size
    if record.get("size") is not None and int(record["size"]) != size:
        raise VerificationError(
            tr("{} is {:,} bytes but {:,} were downloaded: the file was changed or damaged "
               "since. {}").format(path, size, int(record['size']), _fix_redownload()))
    if deep and record.get("sha256"):
        actual = sha256_file(path)
        if actual != record["sha256"]:
            raise VerificationError(
                tr("{} does not match the SHA-256 recorded at download ({}... vs {}...): the "
                   "file is corrupt. {}").format(
                   path, actual[:12], record['sha256'][:12], _fix_redownload()))
    return record


def check_trusted(path, deep=False) -> Optional[dict]:
    """Compare the file with its entry in the folder's trust record (models/trust.py): the
    SHA-256 it was accepted with at download. Re-hashed only when the size or modification
    time changed since the record (or when deep); None when the record has no entry for it."""
    path = Path(path)
    try:
        entry = trust.entry_for(path)
    except trust.TrustRecordError as exc:
        raise VerificationError(str(exc)) from exc
    if entry is None:
        return None
    stat = path.stat()
    if not deep and trust.unchanged_since_record(entry, stat):
        return entry
    actual = file_sha256(path)
    if actual != entry["sha256"]:
        raise VerificationError(trust.changed_file_message(path, entry["sha256"], actual, entry))
    trust.touch_entry(path, stat)
    return entry


# --- entry points -----------------------------------------------------------------------------
def verify_file(path, role, *, expected_size=None, deep=False) -> GgufInfo:
    """All checks for one file; VerificationError (with the fix) when any fails."""
    path = Path(path)
    if not path.is_file():
        raise VerificationError(tr("{} not found: {}").format(ROLE_NAMES.get(role, role), path))
    info = read_gguf(path)
    check_complete(info)
    check_role(info, role)
    check_trusted(path, deep=deep)
    check_manifest(path, deep=deep)
    if expected_size:
        check_size(path, info.file_size, expected_size)
    return info


def verify_pair(text_path, mmproj_path, *, expected_sizes=(None, None), deep=False):
    """Both files, then that they belong together. Returns (text_info, mmproj_info)."""
    text = verify_file(text_path, TEXT, expected_size=expected_sizes[0], deep=deep)
    mmproj = verify_file(mmproj_path, MMPROJ, expected_size=expected_sizes[1], deep=deep)
    check_pair(text, mmproj)
    return text, mmproj
