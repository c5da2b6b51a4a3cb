"""The offline bundle (installer/offline_bundle.py): written with real `pip download` for
several platforms, then installed from with pip's index off (--no-index), as on a machine
without network; the model files copied only when their SHA-256 match. A hand-made wheel
stands in for llama-cpp-python (tests/wheel_factory.py), so no network is used."""
import subprocess
import sys

import pytest

from deforestation_classifier.installer import offline_bundle, pip_install
from wheel_factory import build_wheel

PIN = "dc_tinypkg==0.1"


@pytest.fixture
def bundle(tmp_path):
    local = tmp_path / "index"
    build_wheel(local)
    model = tmp_path / "source" / "v2_no_coords-Q4_K_M.gguf"
    model.parent.mkdir()
    model.write_bytes(b"GGUF" + bytes(range(256)) * 4)
    folder = tmp_path / "usb" / "bundle"
    lines = []
    manifest = offline_bundle.write_bundle(
        folder, platforms=["windows-amd64", "linux-x86_64", "macos-arm64"], backends=["cpu"],
        model_files=[model], pin=PIN, find_links=local, on_line=lines.append)
    return folder, manifest, model, lines


def test_the_bundle_holds_wheels_per_platform_and_the_model_with_its_sha256(bundle):
    folder, manifest, model, lines = bundle
    assert set(manifest["wheels"]) == {"windows-amd64/cpu", "linux-x86_64/cpu",
                                       "macos-arm64/cpu"}
    for key, wheels in manifest["wheels"].items():
        assert list(wheels) == ["dc_tinypkg-0.1-py3-none-any.whl"], key
    assert "--platform win_amd64" in " ".join(lines)
    assert manifest["models"][model.name]["sha256"] == offline_bundle.sha256_of(model)
    assert offline_bundle.read_manifest(folder) == manifest


def test_install_from_the_bundle_with_the_index_off(bundle, tmp_path, monkeypatch):
    folder, *_ = bundle
    monkeypatch.setattr(sys, "path", list(sys.path))  # the install hook appends to it
    wheels = offline_bundle.wheels_for(folder, "cpu", "linux-x86_64")
    lines = []
    version = pip_install.install(
        backend="cpu", target=tmp_path / "site", python=sys.executable, pin=PIN,
        module="dc_tinypkg", find_links=wheels, find_spec=lambda module: object(),
        on_line=lines.append)
    assert version == "0.1"
    command = next(line for line in lines if line.startswith("$ ") and " install " in line)
    assert "--no-index" in command and "--find-links" in command
    assert "--extra-index-url" not in command and "--index-url" not in command
    assert (tmp_path / "site" / "dc_tinypkg" / "__init__.py").is_file()


def test_a_damaged_or_foreign_bundle_is_refused_with_the_fix(bundle, tmp_path):
    folder, *_ = bundle
    with pytest.raises(offline_bundle.BundleError, match="no wheels for linux-x86_64/vulkan"):
        offline_bundle.wheels_for(folder, "vulkan", "linux-x86_64")
    wheel = folder / "wheels" / "linux-x86_64" / "cpu" / "dc_tinypkg-0.1-py3-none-any.whl"
    wheel.write_bytes(wheel.read_bytes()[:-10])
    with pytest.raises(offline_bundle.BundleError, match="damaged.*copy the bundle again"):
        offline_bundle.wheels_for(folder, "cpu", "linux-x86_64")
    with pytest.raises(offline_bundle.BundleError, match="not an offline bundle"):
        offline_bundle.read_manifest(tmp_path)


def test_models_are_imported_only_when_their_sha256_match(bundle, tmp_path):
    folder, _, model, _ = bundle
    copied = offline_bundle.import_models(folder, tmp_path / "models", on_line=lambda _: None)
    assert [p.read_bytes() for p in copied] == [model.read_bytes()]
    (folder / "models" / model.name).write_bytes(b"GGUF truncated")
    with pytest.raises(offline_bundle.BundleError, match="damaged"):
        offline_bundle.import_models(folder, tmp_path / "again", on_line=lambda _: None)
    assert not (tmp_path / "again" / model.name).exists()


def test_a_platform_without_a_prebuilt_wheel_is_listed_as_missing(tmp_path):
    def no_wheel(cmd, **kwargs):
        return subprocess.CompletedProcess(cmd, 1, "", "ERROR: No matching distribution")

    manifest = offline_bundle.write_bundle(tmp_path / "b", platforms=["macos-arm64"],
                                           backends=["metal"], run=no_wheel,
                                           on_line=lambda _: None)
    assert manifest["wheels"] == {}
    assert "No matching distribution" in manifest["missing"]["macos-arm64/metal"]
    assert not (tmp_path / "b" / "wheels" / "macos-arm64" / "metal").exists()
