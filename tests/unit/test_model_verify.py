"""Registry and verification of GGUF files, on generated files (no QGIS, no network)."""
import shutil
from pathlib import Path

import numpy as np
import pytest

from deforestation_classifier.models import registry, verify


@pytest.fixture
def pair(tiny_models, tmp_path):
    """Copies of the tiny pair under the card's names, free to damage."""
    text = tmp_path / registry.CARD.text.name
    mmproj = tmp_path / registry.CARD.mmproj.name
    shutil.copyfile(tiny_models[0], text)
    shutil.copyfile(tiny_models[1], mmproj)
    return text, mmproj


def write_gguf(path, arch, kv=None, tensors=None):
    import gguf

    writer = gguf.GGUFWriter(str(path), arch)
    for key, value in (kv or {}).items():
        if isinstance(value, str):
            writer.add_string(key, value)
        elif isinstance(value, bool):
            writer.add_bool(key, value)
        else:
            writer.add_uint32(key, value)
    for name, array in (tensors or {"token_embd.weight": np.zeros((4, 8), np.float32)}).items():
        writer.add_tensor(name, array)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


# --- the registry ---------------------------------------------------------------------------
def test_card_entry_describes_repo_files_sizes_and_licence():
    card = registry.CARD
    assert card.repo_id == registry.HF_REPO_ID == \
        "urbanspr1nter/lfm2.5vl-450m-deforestation-classifier"
    assert card.text.repo_path == registry.TEXT_MODEL_FILE == "gguf/v2_no_coords-Q4_K_M.gguf"
    assert card.mmproj.repo_path == registry.MMPROJ_FILE == "gguf/mmproj-v2_no_coords-F16.gguf"
    assert card.text.approx_bytes == 218_700_000 and card.mmproj.approx_bytes == 180_400_000
    text = card.describe()
    assert "218.7 MB" in text and "180.4 MB" in text and "399.1 MB" in text
    assert "LFM Open License v1.0" in text and "non-commercial" in text


def test_default_files_follow_the_model_dir_variable(tmp_path, monkeypatch):
    monkeypatch.setenv(registry.MODEL_DIR_ENV, str(tmp_path))
    files = registry.default_model_files()
    assert files == registry.ModelFiles(tmp_path / "v2_no_coords-Q4_K_M.gguf",
                                        tmp_path / "mmproj-v2_no_coords-F16.gguf")
    assert registry.is_card_pair(files)
    assert not registry.is_card_pair(registry.ModelFiles(tmp_path / "a.gguf", files.mmproj))
    assert files.missing() == [files.text, files.mmproj]


def test_custom_pair_is_registered_after_verification(tiny_models):
    entry = registry.register_custom_pair(*tiny_models, label="tiny")
    assert entry.id == registry.CUSTOM_ID and not entry.downloadable
    assert entry.files_in("/anywhere") == registry.ModelFiles(*map(Path, tiny_models))
    assert [e.id for e in registry.entries(entry)] == ["card", "custom"]


def test_custom_pair_is_refused_when_swapped(tiny_models):
    with pytest.raises(verify.VerificationError, match="swapped"):
        registry.register_custom_pair(tiny_models[1], tiny_models[0])


# --- the checks ----------------------------------------------------------------------------
def test_type_sizes_match_gguf_py():
    from gguf.constants import GGML_QUANT_SIZES

    for ggml_type, (block, size) in GGML_QUANT_SIZES.items():
        assert verify.GGML_TYPE_SIZES[int(ggml_type)] == (block, size), ggml_type.name


def test_generated_pair_verifies(pair):
    text, mmproj = verify.verify_pair(*pair)
    assert text.architecture == "lfm2" and mmproj.architecture == "clip"
    assert mmproj.metadata["clip.projector_type"] == "lfm2"
    assert text.data_end == text.file_size == pair[0].stat().st_size
    assert "token_embd.weight" in text.tensor_names


def test_html_error_page_is_not_a_gguf(tmp_path):
    page = tmp_path / "v2_no_coords-Q4_K_M.gguf"
    page.write_text("<!DOCTYPE html><html>Rate limited</html>")
    with pytest.raises(verify.VerificationError) as err:
        verify.verify_file(page, verify.TEXT)
    message = str(err.value)
    assert "not a GGUF file" in message and "web page" in message
    assert "download it again" in message  # says how to fix it


def test_empty_file_is_refused(tmp_path):
    empty = tmp_path / "empty.gguf"
    empty.write_bytes(b"")
    with pytest.raises(verify.VerificationError, match="not a GGUF file.*empty"):
        verify.verify_file(empty, verify.TEXT)


@pytest.mark.parametrize("keep", [0.01, 0.5, 0.99])
def test_truncated_file_is_refused(pair, keep):
    text = pair[0]
    data = text.read_bytes()
    text.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(verify.VerificationError, match="truncated"):
        verify.verify_file(text, verify.TEXT)


def test_swapped_files_are_named_as_such(pair):
    with pytest.raises(verify.VerificationError, match="vision projector.*swapped"):
        verify.verify_file(pair[1], verify.TEXT)
    with pytest.raises(verify.VerificationError, match="text model.*swapped"):
        verify.verify_file(pair[0], verify.MMPROJ)


def test_other_architecture_is_refused(tmp_path):
    llama = write_gguf(tmp_path / "llama.gguf", "llama")
    with pytest.raises(verify.VerificationError, match="'llama' model, not the LFM2.5-VL"):
        verify.verify_file(llama, verify.TEXT)


def test_text_model_without_embeddings_is_refused(tmp_path):
    bare = write_gguf(tmp_path / "bare.gguf", "lfm2",
                      tensors={"blk.0.attn_norm.weight": np.ones(8, np.float32)})
    with pytest.raises(verify.VerificationError, match="token_embd.weight"):
        verify.verify_file(bare, verify.TEXT)


def test_projector_of_another_type_is_refused(tmp_path):
    mlp = write_gguf(tmp_path / "mmproj-mlp.gguf", "clip",
                     kv={"clip.projector_type": "mlp", "clip.has_vision_encoder": True},
                     tensors={"mm.0.weight": np.ones((4, 4), np.float32)})
    with pytest.raises(verify.VerificationError, match="not an LFM2 vision projector"):
        verify.verify_file(mlp, verify.MMPROJ)


def test_pair_of_different_widths_is_refused(tiny_models, tmp_path):
    from gguf_factory import build_mmproj

    other = build_mmproj(tmp_path / "mmproj-narrow.gguf", size="tiny", text_n_embd=32)
    with pytest.raises(verify.VerificationError, match="not a pair"):
        verify.verify_pair(tiny_models[0], other)


def test_plausible_size_against_the_card():
    verify.check_size("x.gguf", 218_700_000 + 1_000_000, registry.CARD.text.approx_bytes)
    with pytest.raises(verify.VerificationError, match="about 218.7 MB"):
        verify.check_size("x.gguf", 436_384, registry.CARD.text.approx_bytes)
    with pytest.raises(verify.VerificationError):
        verify.verify_file(Path(__file__).parents[1] / "missing.gguf", verify.TEXT)


def test_manifest_catches_a_changed_file(pair):
    text = pair[0]
    verify.write_manifest(text, {"size": text.stat().st_size,
                                 "sha256": verify.sha256_file(text)})
    verify.verify_file(text, verify.TEXT, deep=True)
    # Same size, one byte flipped in the tensor data: only the deep (SHA-256) check sees it.
    data = bytearray(text.read_bytes())
    data[-10] ^= 0xFF
    text.write_bytes(bytes(data))
    verify.verify_file(text, verify.TEXT)
    with pytest.raises(verify.VerificationError, match="SHA-256"):
        verify.verify_file(text, verify.TEXT, deep=True)
    # Grown file: the quick check sees the size.
    with open(text, "ab") as handle:
        handle.write(b"\0" * 64)
    with pytest.raises(verify.VerificationError, match="were downloaded"):
        verify.verify_file(text, verify.TEXT)


def test_trust_record_holds_a_file_to_its_recorded_hash(pair):
    from deforestation_classifier.models import trust

    text, mmproj = pair
    sha = verify.sha256_file(text)
    trust.record_file(text, sha256=sha, revision="ab" * 20, url="http://hub/x",
                      origin=trust.FIRST_DOWNLOAD)
    assert verify.check_trusted(text)["sha256"] == sha
    assert verify.check_trusted(mmproj) is None  # no entry: nothing recorded to compare
    data = bytearray(text.read_bytes())
    data[-10] ^= 0xFF
    text.write_bytes(bytes(data))
    actual = verify.sha256_file(text)
    with pytest.raises(verify.VerificationError) as caught:
        verify.verify_file(text, verify.TEXT)
    message = str(caught.value)
    assert sha in message and actual in message and "first download" in message
    assert f"Delete {text.name}" in message and trust.TRUST_FILE in message
