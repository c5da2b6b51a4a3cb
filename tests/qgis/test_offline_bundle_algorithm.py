"""deforestation:offline_bundle (processing_provider/offline_bundle_algorithm.py): the offline
bundle written from QGIS through processing.run, read back as the offline machine reads it
(installer/offline_bundle.py), refused with the fix when the model is missing, and listed with
its help by qgis_process. No network: the packages come from a local folder of hand-made wheels
named as the pin and its pure dependencies (tests/wheel_factory.py), given as FIND_LINKS."""
import json
import re
import shutil
import subprocess

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from deforestation_classifier.core.inference.llama_runtime import LLAMA_CPP_PIN
from deforestation_classifier.installer import offline_bundle
from deforestation_classifier.installer.private_folder import PURE_REQUIREMENTS
from deforestation_classifier.models.registry import CARD, MODEL_DIR_ENV
from deforestation_classifier.settings import PlgSettings
from test_qgis_process import QGIS_PROCESS, qgis_process_env  # noqa: F401 (a fixture)
from wheel_factory import build_wheel

ALGORITHM = "deforestation:offline_bundle"


@pytest.fixture(scope="module")
def mirror(tmp_path_factory):
    """A folder of wheels with the pinned llama-cpp-python and its pure dependencies, each at
    the lowest version its requirement allows: what an office mirror would hold."""
    folder = tmp_path_factory.mktemp("mirror")
    for requirement in (LLAMA_CPP_PIN, *PURE_REQUIREMENTS.values()):
        name, version = re.fullmatch(r"([\w.-]+)(?:==|>=)([\d.]+)", requirement).groups()
        build_wheel(folder, name.replace("-", "_"), version)
    return folder


@pytest.fixture
def model_folder(tmp_path, tiny_models, monkeypatch):
    """The tiny pair under the card's names in a model folder set in the plugin settings; the
    stored settings are put back afterwards."""
    monkeypatch.delenv(MODEL_DIR_ENV, raising=False)
    previous = PlgSettings.load(apply_env=False)
    folder = tmp_path / "models"
    files = CARD.files_in(folder)
    folder.mkdir()
    shutil.copyfile(tiny_models[0], files.text)
    shutil.copyfile(tiny_models[1], files.mmproj)
    settings = PlgSettings.load(apply_env=False)
    settings.model_dir, settings.model_path, settings.mmproj_path = str(folder), "", ""
    settings.save()
    yield files
    previous.save()


def run(params, feedback=None):
    import processing

    return processing.run(ALGORITHM, params, feedback=feedback)


def test_the_bundle_holds_the_wheels_and_the_model_and_reads_back(
        provider, model_folder, mirror, tmp_path):
    bundle = tmp_path / "usb" / "bundle"
    results = run({"OUTPUT": str(bundle), "PLATFORMS": ["windows-amd64", "macos-arm64"],
                   "BACKENDS": ["cpu", "cuda"], "PYTHON_VERSION": "3.12",
                   "INCLUDE_MODEL": True, "FIND_LINKS": str(mirror)})

    # cuda has no prebuilt build for macOS: skipped, neither downloaded nor missing.
    assert results["WHEEL_SETS"] == 3 and results["MISSING"] == ""
    assert results["OUTPUT"] == str(bundle)
    assert results["MANIFEST"] == str(bundle / "bundle.json")
    manifest = json.loads((bundle / "bundle.json").read_text(encoding="utf-8"))
    assert set(manifest["wheels"]) == {"windows-amd64/cpu", "windows-amd64/cuda",
                                       "macos-arm64/cpu"}
    assert manifest["python_version"] == "3.12" and manifest["pin"] == LLAMA_CPP_PIN
    assert not (bundle / "wheels" / "macos-arm64" / "cuda").exists()
    expected = sorted(p.name for p in mirror.glob("*.whl"))
    for key, wheels in manifest["wheels"].items():
        assert sorted(wheels) == expected, key
        for name, digest in wheels.items():
            assert offline_bundle.sha256_of(bundle / "wheels" / key / name) == digest
    assert set(manifest["models"]) == {model_folder.text.name, model_folder.mmproj.name}
    for path in (model_folder.text, model_folder.mmproj):
        record = manifest["models"][path.name]
        assert record["sha256"] == offline_bundle.sha256_of(path)
        assert (bundle / "models" / path.name).read_bytes() == path.read_bytes()

    # The offline machine's side: the same reader the dependency and model dialogs use.
    assert offline_bundle.read_manifest(bundle) == manifest
    wheels = offline_bundle.wheels_for(bundle, "cuda", "windows-amd64")
    assert wheels == bundle / "wheels" / "windows-amd64" / "cuda"
    copied = offline_bundle.import_models(bundle, tmp_path / "elsewhere", on_line=lambda _: None)
    assert [p.read_bytes() for p in copied] == [model_folder.text.read_bytes(),
                                                model_folder.mmproj.read_bytes()]
    with pytest.raises(offline_bundle.BundleError, match="no wheels for macos-arm64/cuda"):
        offline_bundle.wheels_for(bundle, "cuda", "macos-arm64")


def test_a_missing_model_is_refused_with_the_fix_before_anything_is_written(
        provider, model_folder, mirror, tmp_path):
    model_folder.mmproj.unlink()
    bundle = tmp_path / "bundle"
    with pytest.raises(QgsProcessingException,
                       match="(?s)Download the model first.*untick INCLUDE_MODEL") as raised:
        run({"OUTPUT": str(bundle), "PLATFORMS": ["linux-x86_64"], "FIND_LINKS": str(mirror)})
    assert model_folder.mmproj.name in str(raised.value)
    assert not (bundle / "bundle.json").exists() and not (bundle / "wheels").exists()

    # Unticked: the wheels only, no model; no BACKENDS: the platform's prebuilt builds.
    results = run({"OUTPUT": str(bundle), "PLATFORMS": ["linux-x86_64"],
                   "INCLUDE_MODEL": False, "FIND_LINKS": str(mirror)})
    manifest = offline_bundle.read_manifest(bundle)
    assert results["WHEEL_SETS"] == 3 and manifest["models"] == {}
    assert set(manifest["wheels"]) == {f"linux-x86_64/{backend}" for backend in
                                       offline_bundle.PLATFORM_BACKENDS["linux-x86_64"]}
    assert not (bundle / "models").exists()


def test_no_wheels_at_all_is_an_error_naming_pip_s_reason(provider, tmp_path):
    empty = tmp_path / "empty-mirror"
    empty.mkdir()
    bundle = tmp_path / "bundle"
    with pytest.raises(QgsProcessingException,
                       match="(?s)No wheels were downloaded.*linux-x86_64/cpu: .*"
                             "No matching distribution"):
        run({"OUTPUT": str(bundle), "PLATFORMS": ["linux-x86_64"], "BACKENDS": ["cpu"],
             "INCLUDE_MODEL": False, "FIND_LINKS": str(empty)})
    # bundle.json keeps pip's reasons in full.
    assert "No matching distribution" in \
        offline_bundle.read_manifest(bundle)["missing"]["linux-x86_64/cpu"]


def test_a_python_version_pip_cannot_take_is_refused_with_where_to_read_it(provider, tmp_path):
    bundle = tmp_path / "bundle"
    with pytest.raises(QgsProcessingException, match="major.minor.*sys.version.*'3.12.4'"):
        run({"OUTPUT": str(bundle), "PYTHON_VERSION": "3.12.4", "INCLUDE_MODEL": False})
    assert not bundle.exists()


def test_a_cancelled_run_writes_no_bundle_json(provider, mirror, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    bundle = tmp_path / "bundle"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run({"OUTPUT": str(bundle), "PLATFORMS": ["linux-x86_64"], "INCLUDE_MODEL": False,
             "FIND_LINKS": str(mirror)}, feedback)
    assert not (bundle / "bundle.json").exists() and not (bundle / "wheels").exists()


def test_qgis_process_lists_the_algorithm_with_its_help_and_runs_it_by_names(
        qgis_process_env, mirror, tmp_path):  # noqa: F811
    listed = subprocess.run([QGIS_PROCESS, "list"], env=qgis_process_env,
                            capture_output=True, text=True, timeout=120)
    assert ALGORITHM in listed.stdout, listed.stdout[-2000:] + listed.stderr[-2000:]
    proc = subprocess.run([QGIS_PROCESS, "help", ALGORITHM], env=qgis_process_env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    text = proc.stdout
    assert "Write an offline bundle" in text and "bundle.json" in text
    for name in ("OUTPUT", "PLATFORMS", "BACKENDS", "PYTHON_VERSION", "INCLUDE_MODEL",
                 "FIND_LINKS", "MANIFEST", "WHEEL_SETS", "MISSING"):
        assert name in text, name
    for platform_name in offline_bundle.PLATFORMS:
        assert platform_name in text
    assert "sys.version" in text  # PYTHON_VERSION's help: where to read it
    assert "untick this to write the wheels only" in text  # INCLUDE_MODEL's
    assert "PLATFORMS=windows-amd64,linux-x86_64" in text  # the names, not the option numbers

    bundle = tmp_path / "bundle"
    proc = subprocess.run(
        [QGIS_PROCESS, "--json", "run", ALGORITHM, "--", f"OUTPUT={bundle}",
         "PLATFORMS=windows-amd64,linux-x86_64", "BACKENDS=cpu", "INCLUDE_MODEL=0",
         f"FIND_LINKS={mirror}"],
        env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["WHEEL_SETS"] == 2 and results["MISSING"] == ""
    assert set(offline_bundle.read_manifest(bundle)["wheels"]) == {"windows-amd64/cpu",
                                                                   "linux-x86_64/cpu"}
