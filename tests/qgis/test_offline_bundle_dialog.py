""""Install from an offline bundle..." in the dependency dialog: the model files land in the
model folder and the wheels install with pip's index off (installer/offline_bundle.py); a
folder that is no bundle is refused with the fix, nothing installed."""
import sys
import time

from qgis.core import QgsApplication

from deforestation_classifier.installer import offline_bundle
from deforestation_classifier.models.registry import MODEL_DIR_ENV
from wheel_factory import build_wheel

PIN = "dc_tinypkg==0.1"


def pump_until(predicate, timeout=120):
    deadline = time.monotonic() + timeout
    while not predicate() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    QgsApplication.processEvents()
    assert predicate(), f"not done within {timeout} s"


def dialog_for(tmp_path):
    from deforestation_classifier.ui.dependencies_dialog import DependenciesDialog

    return DependenciesDialog(target=tmp_path / "site", python=sys.executable, pin=PIN,
                              module="dc_tinypkg", find_spec=lambda module: object())


def test_the_dialog_installs_from_a_bundle_offline(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path / "models"))
    build_wheel(tmp_path / "index")
    model = tmp_path / "mmproj-v2_no_coords-F16.gguf"
    model.write_bytes(b"GGUF projector")
    bundle = tmp_path / "usb"
    offline_bundle.write_bundle(bundle, platforms=[offline_bundle.this_platform()],
                                backends=["cpu"], model_files=[model], pin=PIN,
                                find_links=tmp_path / "index", on_line=lambda _: None)
    dialog = dialog_for(tmp_path)
    dialog.backend.setCurrentIndex(dialog.backend.findData("cpu"))
    dialog.install_from_bundle(str(bundle))
    pump_until(lambda: dialog.task is None or dialog.task.version or dialog.task.error)
    pump_until(lambda: "dc_tinypkg" in dialog.log_view.toPlainText()
               and (tmp_path / "site" / "dc_tinypkg").is_dir())
    log = dialog.log_view.toPlainText()
    assert "--no-index" in log and "--find-links" in log
    assert (tmp_path / "models" / model.name).read_bytes() == b"GGUF projector"


def test_a_folder_that_is_no_bundle_is_refused(tmp_path):
    dialog = dialog_for(tmp_path)
    dialog.install_from_bundle(str(tmp_path))
    assert dialog.task is None
    assert "is not an offline bundle" in dialog.status.text()
