"""The settings page on GPU offload "automatic" (core/inference/device_choice.py), with the
build's answer faked: the measurement it shows, and "no GPU backend" told apart from "no usable
GPU device"."""
import pytest

from deforestation_classifier import settings as preferences
from deforestation_classifier.core.inference import device_choice
from deforestation_classifier.core.inference.device_choice import AUTO_GPU_LAYERS, GpuStatus
from deforestation_classifier.settings import PlgSettings


@pytest.fixture
def page_with(monkeypatch, tmp_path):
    """A settings page on a build that answers `status`; the stored settings put back."""
    for variable in preferences.ENV_OVERRIDES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(device_choice, "_MEMORY", {})
    previous = PlgSettings.load(apply_env=False)

    def make(status, **values):
        from deforestation_classifier.ui.settings_page import SettingsPage

        monkeypatch.setattr(device_choice, "installed_gpu_status", lambda: status)
        page = SettingsPage()
        page.load(PlgSettings(backend=preferences.BACKEND_LLAMA_CPP,
                              model_dir=str(tmp_path / "models"), **values))
        return page

    yield make
    previous.save()


def test_automatic_is_the_default_and_round_trips(page_with):
    assert PlgSettings().n_gpu_layers == AUTO_GPU_LAYERS
    page = page_with(GpuStatus(True, ("AMD Radeon 780M",)))
    assert page.gpu_auto.isChecked() and not page.gpu_layers.isEnabled()
    assert page.settings().n_gpu_layers == AUTO_GPU_LAYERS
    assert page.device_measurement.text().startswith("Not measured yet")
    page.gpu_auto.setChecked(False)
    page.gpu_layers.setValue(12)
    assert page.gpu_layers.isEnabled() and page.settings().n_gpu_layers == 12


def test_the_last_measurement_is_shown(page_with, tmp_path):
    folder = tmp_path / "models"
    folder.mkdir()
    device_choice._write_record(folder / device_choice.RECORD_NAME, {
        "key": {}, "cpu_s_per_chip": 0.62, "gpu_s_per_chip": 1.9, "device": "Intel UHD 620",
        "chosen": "CPU", "measured_at": "2026-12-07 10:02"})
    page = page_with(GpuStatus(True, ("Intel UHD 620",)))
    assert page.device_measurement.text() == (
        "Last measurement: CPU 0.620 s per chip, GPU Intel UHD 620 1.900 s per chip: CPU "
        "chosen (2026-12-07 10:02).")


def test_no_gpu_backend_and_no_usable_device_are_told_apart(page_with):
    page = page_with(GpuStatus(False), n_gpu_layers=-1)
    assert page.gpu_layers.specialValueText() == \
        "CPU only (this llama.cpp build has no GPU backend)"
    assert page.device_measurement.text() == "CPU: this llama.cpp build has no GPU backend."
    assert not page.gpu_auto.isEnabled() and page.settings().n_gpu_layers == -1

    page = page_with(GpuStatus(True, ()))
    assert page.gpu_layers.specialValueText() == \
        "CPU only (this llama.cpp build found no usable GPU device)"
    assert page.device_measurement.text() == (
        "CPU: this llama.cpp build has a GPU backend but found no usable GPU device.")
    assert page.settings().n_gpu_layers == AUTO_GPU_LAYERS  # kept for a usable device later
