""""Use an offline bundle..." in the model dialog (ui/model_download.py,
ui/model_bundle_import.py): the bundle's model files are checked against bundle.json and copied
into the model folder with no network; the card's pair is accepted, another pair is saved as the
model paths, a damaged or empty bundle is refused with the fix, and nothing is left half copied."""
import shutil
from pathlib import Path

import pytest
from qgis.PyQt.QtWidgets import QDialog

from deforestation_classifier.installer import offline_bundle
from deforestation_classifier.models import download
from deforestation_classifier.models.registry import CARD, MODEL_DIR_ENV
from deforestation_classifier.settings import PlgSettings
from deforestation_classifier.ui.model_bundle_import import BundleImportTask
from deforestation_classifier.ui.model_download import ModelDownloadDialog
from task_wait import wait_until_done


@pytest.fixture
def saved_settings(monkeypatch):
    """Puts the stored settings back afterwards (use_local_files saves the model paths)."""
    monkeypatch.delenv(MODEL_DIR_ENV, raising=False)
    previous = PlgSettings.load(apply_env=False)
    yield
    previous.save()


def bundle_of(tmp_path, models):
    """A bundle with these model files and no wheels (only its models matter here)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    offline_bundle.write_bundle(folder, platforms=(), model_files=models,
                                on_line=lambda _line: None)
    return folder


def renamed_pair(tiny_models, folder, text_name, mmproj_name):
    folder.mkdir(parents=True, exist_ok=True)
    text, mmproj = folder / text_name, folder / mmproj_name
    shutil.copyfile(tiny_models[0], text)
    shutil.copyfile(tiny_models[1], mmproj)
    return text, mmproj


def card_pair(tiny_models, tmp_path):
    return renamed_pair(tiny_models, tmp_path / "source", CARD.text.name, CARD.mmproj.name)


def open_dialog(tmp_path, qgis_iface):
    files = CARD.files_in(tmp_path / "models")
    dialog = ModelDownloadDialog(files, parent=qgis_iface.mainWindow())
    ready = []
    dialog.downloaded.connect(lambda: ready.append(True))
    return dialog, files, ready


def leftovers(folder):
    return sorted(p.name for p in Path(folder).glob("*.part*"))


def test_the_card_pair_is_copied_verified_and_accepted_offline(
        qgis_iface, tiny_models, tmp_path, monkeypatch):
    monkeypatch.setenv(download.HF_OFFLINE_ENV, "1")
    sources = card_pair(tiny_models, tmp_path)
    bundle = bundle_of(tmp_path, sources)
    dialog, files, ready = open_dialog(tmp_path, qgis_iface)
    assert not dialog.download_button.isEnabled()
    assert dialog.bundle_button.isEnabled()
    assert "offline-bundle" in dialog.status.text()

    dialog.use_bundle(str(bundle))
    assert not dialog.bundle_button.isEnabled() and not dialog.local_button.isEnabled()
    wait_until_done(dialog)

    assert files.text.read_bytes() == Path(tiny_models[0]).read_bytes()
    assert files.mmproj.read_bytes() == Path(tiny_models[1]).read_bytes()
    assert dialog.status.text() == "Copied from the offline bundle and verified."
    assert ready == [True] and dialog.succeeded
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert leftovers(files.text.parent) == []


def test_another_pair_becomes_the_model_paths(qgis_iface, tiny_models, tmp_path,
                                              saved_settings):
    sources = renamed_pair(tiny_models, tmp_path / "source", "forest-q8.gguf",
                           "forest-mmproj-f16.gguf")
    dialog, files, ready = open_dialog(tmp_path, qgis_iface)
    dialog.use_bundle(str(bundle_of(tmp_path, sources)))
    wait_until_done(dialog)

    saved = PlgSettings.load(apply_env=False)
    text, mmproj = files.text.parent / sources[0].name, files.text.parent / sources[1].name
    assert (saved.model_path, saved.mmproj_path) == (str(text), str(mmproj))
    assert text.read_bytes() == sources[0].read_bytes()
    assert mmproj.read_bytes() == sources[1].read_bytes()
    assert ready == [True] and dialog.result() == QDialog.DialogCode.Accepted


def test_a_damaged_bundle_is_refused_and_leaves_no_part(qgis_iface, tiny_models, tmp_path):
    bundle = bundle_of(tmp_path, card_pair(tiny_models, tmp_path))
    damaged = bundle / "models" / CARD.mmproj.name
    with open(damaged, "ab") as handle:
        handle.write(b"\0")
    dialog, files, ready = open_dialog(tmp_path, qgis_iface)
    dialog.use_bundle(str(bundle))
    wait_until_done(dialog)

    assert str(damaged) in dialog.status.text() and "damaged" in dialog.status.text()
    assert "Traceback" not in dialog.status.text()
    assert ready == [] and not dialog.succeeded
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not files.mmproj.exists() and leftovers(files.text.parent) == []
    assert dialog.bundle_button.isEnabled() and dialog.local_button.isEnabled()


def test_a_bundle_without_models_says_how_to_write_one(qgis_iface, tmp_path):
    dialog, _files, ready = open_dialog(tmp_path, qgis_iface)
    dialog.use_bundle(str(bundle_of(tmp_path, [])))
    wait_until_done(dialog)
    assert "no model files" in dialog.status.text()
    assert "make offline-bundle MODEL=" in dialog.status.text()
    assert ready == [] and dialog.bundle_button.isEnabled()


def test_a_folder_that_is_no_bundle_is_refused_with_the_fix(qgis_iface, tmp_path):
    dialog, _files, ready = open_dialog(tmp_path, qgis_iface)
    dialog.use_bundle(str(tmp_path))
    wait_until_done(dialog)
    assert "is not an offline bundle" in dialog.status.text() and ready == []


def test_a_copy_that_fails_half_way_leaves_no_part(qgis_iface, tiny_models, tmp_path,
                                                   monkeypatch):
    bundle = bundle_of(tmp_path, card_pair(tiny_models, tmp_path))
    models = tmp_path / "models"
    models.mkdir()
    # An interrupted download of the projector: the copy never reaches it, so it stays.
    resumable = download.part_path(models / CARD.mmproj.name)
    resumable.write_bytes(b"GGUF partial download")

    def disk_full(source, target):
        Path(target).write_bytes(Path(source).read_bytes()[:1000])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(offline_bundle.shutil, "copyfile", disk_full)
    dialog, files, ready = open_dialog(tmp_path, qgis_iface)
    dialog.use_bundle(str(bundle))
    wait_until_done(dialog)

    assert "No space left on device" in dialog.status.text() and ready == []
    assert not files.text.exists()
    assert not download.part_path(files.text).exists()
    assert resumable.read_bytes() == b"GGUF partial download"


def test_cancel_stops_between_files_and_keeps_whole_ones(tiny_models, tmp_path):
    bundle = bundle_of(tmp_path, card_pair(tiny_models, tmp_path))
    files = CARD.files_in(tmp_path / "models")
    task = BundleImportTask(bundle, files)
    task.cancel()
    assert task.run() is False and task.cancelled and task.error is None
    assert files.text.read_bytes() == Path(tiny_models[0]).read_bytes()
    assert not files.mmproj.exists() and leftovers(files.text.parent) == []
