"""Inside QGIS: settings round trip (QgsSettings, the Options page, env overrides, API key in
the authentication database), the plugin loading without llama_cpp, the dependency installer
as a QgsTask, and the model download through QGIS's own network stack (loopback only)."""
import importlib.util
import shutil
import sys
import time
from dataclasses import asdict, fields
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QPushButton

from deforestation_classifier.models import download, registry, transports
from deforestation_classifier.models.hub import (
    HF_ENDPOINT_ENV,
    HF_OFFLINE_ENV,
    probe,
    resolve_url,
)
from deforestation_classifier import settings as preferences
from deforestation_classifier.settings import PlgSettings
from hub_server import HubServer
from wheel_factory import build_wheel

REPO = registry.HF_REPO_ID
ROOT = Path(__file__).resolve().parents[2]


def pump_until(predicate, timeout=60):
    deadline = time.monotonic() + timeout
    while not predicate() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    QgsApplication.processEvents()
    assert predicate(), f"not done within {timeout} s"


@pytest.fixture
def saved_settings(monkeypatch):
    """Puts the stored settings back afterwards; no override variables during the test."""
    for variable in [*preferences.ENV_OVERRIDES, registry.MODEL_DIR_ENV,
                     preferences.API_KEY_ENV]:
        monkeypatch.delenv(variable, raising=False)
    previous = PlgSettings.load(apply_env=False)
    yield
    previous.save()


def non_default_settings(tmp_path):
    return PlgSettings(
        model_dir=str(tmp_path / "models"), model_path=str(tmp_path / "t.gguf"),
        mmproj_path=str(tmp_path / "m.gguf"), output_folder=str(tmp_path / "out"),
        n_threads=3, n_gpu_layers=0, backend=preferences.BACKEND_SERVER,
        server_url="http://127.0.0.1:8080/v1", server_authcfg="abc1234",
        requests_in_flight=4, auto_download=False, install_backend="vulkan",
        wheel_index_url="https://wheels.example/simple",
        llama_server_path=str(tmp_path / "llama-server"),
        stac_url="http://127.0.0.1:9/stac", stac_collection="sentinel-2-c1-l2a")


# --- settings ---
def test_settings_round_trip(saved_settings, tmp_path):
    wanted = non_default_settings(tmp_path)
    assert all(getattr(wanted, f.name) != f.default for f in fields(PlgSettings))
    wanted.save()
    assert PlgSettings.load() == wanted
    PlgSettings().save()
    assert PlgSettings.load() == PlgSettings()


def test_environment_overrides_for_headless_use(saved_settings, monkeypatch, tmp_path):
    PlgSettings().save()
    monkeypatch.setenv("DEFORESTATION_BACKEND", preferences.BACKEND_SERVER)
    monkeypatch.setenv("DEFORESTATION_SERVER_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("DEFORESTATION_THREADS", "2")
    monkeypatch.setenv("DEFORESTATION_REQUESTS_IN_FLIGHT", "8")
    monkeypatch.setenv("DEFORESTATION_AUTO_DOWNLOAD", "0")
    monkeypatch.setenv(registry.MODEL_DIR_ENV, str(tmp_path))
    monkeypatch.setenv("DEFORESTATION_STAC_URL", "http://127.0.0.1:9/stac")
    monkeypatch.setenv("DEFORESTATION_STAC_COLLECTION", "sentinel-2-c1-l2a")
    settings = PlgSettings.load()
    assert settings.fetch_parameters() == {"STAC_URL": "http://127.0.0.1:9/stac",
                                           "COLLECTION": "sentinel-2-c1-l2a"}
    assert PlgSettings().fetch_parameters() == {}  # the algorithm's defaults: Earth Search
    assert (settings.backend, settings.server_url, settings.n_threads,
            settings.requests_in_flight, settings.auto_download) == \
        (preferences.BACKEND_SERVER, "http://127.0.0.1:9/v1", 2, 8, False)
    assert settings.model_files() == registry.default_model_files(tmp_path)
    assert PlgSettings.load(apply_env=False) == PlgSettings()  # the page edits stored values
    assert "DEFORESTATION_BACKEND" in PlgSettings.active_overrides()
    monkeypatch.setenv(preferences.API_KEY_ENV, "sk-env")
    assert settings.server_api_key() == "sk-env"


def test_api_key_lives_in_the_authentication_database(saved_settings):
    manager = QgsApplication.authManager()
    if manager.isDisabled() or not (manager.masterPasswordIsSet()
                                    or manager.setMasterPassword("test-master", True)):
        pytest.skip("no QGIS authentication database in this profile")
    authcfg = preferences.store_api_key("sk-secret-123")
    try:
        PlgSettings(server_authcfg=authcfg, backend=preferences.BACKEND_SERVER).save()
        settings = PlgSettings.load()
        assert settings.server_api_key() == "sk-secret-123"
        stored = {k: str(v) for k, v in asdict(PlgSettings.load(apply_env=False)).items()}
        assert "sk-secret-123" not in str(stored)  # only the configuration id is in QgsSettings
        assert stored["server_authcfg"] == authcfg
    finally:
        manager.removeAuthenticationConfig(authcfg)


def test_options_page_round_trip(saved_settings, qgis_iface, tmp_path):
    from deforestation_classifier.ui.settings_page import SettingsPage, SettingsPageFactory

    wanted = non_default_settings(tmp_path)
    wanted.install_backend, wanted.wheel_index_url = "cpu", ""  # not on the page
    factory = SettingsPageFactory()
    assert factory.title() == "Deforestation Classifier"
    page = factory.createWidget(None)
    assert isinstance(page, SettingsPage)
    page.load(wanted)
    assert page.settings() == wanted
    page.apply()
    assert PlgSettings.load(apply_env=False) == wanted
    # A fresh page shows the stored values; switching to the card clears the custom paths.
    page = SettingsPage()
    assert page.settings() == wanted
    assert not page.server_url.isEnabled() is False
    page.source.setCurrentIndex(page.source.findData("card"))
    page.apply()
    stored = PlgSettings.load(apply_env=False)
    assert stored.model_path == "" and stored.mmproj_path == ""
    assert stored.model_files() == registry.default_model_files(tmp_path / "models")
    assert "Not downloaded yet." in page.model_status.text()


def test_options_page_is_truthful_about_gpu_offload_and_custom_pairs(saved_settings,
                                                                     qgis_iface, tmp_path):
    import llama_cpp

    from deforestation_classifier.ui.settings_page import SettingsPage

    page = SettingsPage()
    page.load(PlgSettings(backend=preferences.BACKEND_LLAMA_CPP, n_gpu_layers=-1))
    if llama_cpp.llama_supports_gpu_offload():
        assert page.gpu_layers.specialValueText() == "all" and page.gpu_layers.value() == -1
    else:  # this build: CPU only, said so; the stored "all" is kept for a GPU build
        assert page.gpu_layers.specialValueText().startswith("CPU only (this llama.cpp build")
        assert page.gpu_layers.maximum() == 0 and page.settings().n_gpu_layers == -1
    # The managed llama-server is its own build: "all" is offered there.
    page.backend.setCurrentIndex(page.backend.findData(preferences.BACKEND_MANAGED))
    assert page.gpu_layers.specialValueText() == "all" and page.gpu_layers.value() == -1
    assert page.llama_server.isEnabled() and page.requests.isEnabled()
    assert page.llama_server_status.text()  # found, or how to get one
    # A custom pair is neither downloaded nor kept in the model folder.
    assert page.model_dir.isEnabled() and page.auto_download.isEnabled()
    page.source.setCurrentIndex(page.source.findData("custom"))
    assert not page.model_dir.isEnabled() and not page.auto_download.isEnabled()
    page.source.setCurrentIndex(page.source.findData("card"))
    assert page.model_dir.isEnabled() and page.auto_download.isEnabled()


# --- llama_cpp absent ---
@pytest.fixture
def without_llama_cpp(monkeypatch):
    """The plugin imported afresh in a Python where `import llama_cpp` fails."""
    saved = {name: module for name, module in sys.modules.items()
             if name == "deforestation_classifier" or name.startswith("deforestation_classifier.")
             or name == "llama_cpp" or name.startswith("llama_cpp.")}
    for name in saved:
        del sys.modules[name]
    sys.modules["llama_cpp"] = None  # import llama_cpp -> ImportError
    spec = importlib.util.spec_from_file_location(
        "deforestation_classifier", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    package = importlib.util.module_from_spec(spec)
    sys.modules["deforestation_classifier"] = package
    spec.loader.exec_module(package)
    yield
    for name in [n for n in sys.modules if n.startswith("deforestation_classifier")
                 or n.startswith("llama_cpp")]:
        del sys.modules[name]
    sys.modules.update(saved)


def test_plugin_loads_and_reports_llama_cpp_missing(without_llama_cpp, qgis_iface,
                                                    saved_settings):
    import deforestation_classifier
    from deforestation_classifier.core.inference.llama_runtime import (
        MissingDependencyError,
        import_llama_cpp,
    )
    from deforestation_classifier.installer.private_folder import llama_cpp_status
    from deforestation_classifier.ui.dependencies_dialog import report_missing_dependencies

    PlgSettings().save()
    plugin = deforestation_classifier.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.action is not None and plugin.toolbar is not None
        assert llama_cpp_status() == (False,
                                      "llama-cpp-python is not installed in QGIS's Python")
        with pytest.raises(MissingDependencyError, match="llama-cpp-python"):
            import_llama_cpp()
        text = report_missing_dependencies(qgis_iface)
        assert "llama-cpp-python is not installed" in text
        buttons = qgis_iface.messageBar().findChildren(QPushButton, "installDependenciesButton")
        assert buttons and buttons[-1].text().startswith("Install dependencies")
    finally:
        plugin.unload()


# --- the installer as a task ---
def test_install_dialog_runs_pip_in_a_task_with_a_visible_log(saved_settings, tmp_path,
                                                              monkeypatch):
    from deforestation_classifier.ui.dependencies_dialog import DependenciesDialog

    monkeypatch.setattr(sys, "path", list(sys.path))
    wheels = tmp_path / "wheels"
    build_wheel(wheels)
    target = tmp_path / "site"
    dialog = DependenciesDialog(target=target, python=sys.executable, pin="dc_tinypkg==0.1",
                                module="dc_tinypkg", find_links=wheels,
                                find_spec=lambda module: object())
    installed = []
    dialog.installed.connect(installed.append)
    preview = dialog.command_preview()
    assert preview[:4] == [sys.executable, "-m", "pip", "install"] and "--no-index" in preview
    assert "--only-binary=:all:" in preview  # a prebuilt wheel first
    dialog.start()
    assert dialog.running
    pump_until(lambda: not dialog.running, timeout=120)
    log_text = dialog.log_view.toPlainText()
    assert "Successfully installed dc_tinypkg-0.1" in log_text
    assert installed == ["0.1"] and "Installed (0.1)" in dialog.status.text()
    assert (target / "dc_tinypkg" / "__init__.py").is_file()
    assert str(target) in sys.path
    sys.modules.pop("dc_tinypkg", None)


def test_install_dialog_proposes_the_backend_of_the_detected_gpu(saved_settings, tmp_path):
    from deforestation_classifier.installer.hardware import Hardware
    from deforestation_classifier.ui.dependencies_dialog import DependenciesDialog

    PlgSettings().save()  # the default backend: the detected one is proposed
    igpu = Hardware("Windows", "AMD64", vulkan_loader=True,
                    vulkan_devices=("AMD Radeon(TM) Graphics",))
    dialog = DependenciesDialog(target=tmp_path, python=sys.executable, hardware=igpu)
    assert dialog.selected_backend() == "vulkan"
    assert "AMD Radeon(TM) Graphics" in dialog.detected.text()
    assert "--only-binary=:all:" in dialog.command_preview()
    assert "https://abetlen.github.io/llama-cpp-python/whl/vulkan" in dialog.command_preview()
    # A backend the user chose stays chosen.
    replace_settings = PlgSettings(install_backend="cuda")
    replace_settings.save()
    dialog = DependenciesDialog(target=tmp_path, python=sys.executable, hardware=igpu)
    assert dialog.selected_backend() == "cuda" and "Vulkan" in dialog.detected.text()


# --- the download through QGIS's network stack ---
@pytest.fixture
def hub(tiny_models, tmp_path, monkeypatch):
    root = tmp_path / "hub"
    for source, remote in zip(tiny_models, (registry.CARD.text, registry.CARD.mmproj)):
        target = root / REPO / remote.repo_path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    monkeypatch.delenv(HF_OFFLINE_ENV, raising=False)
    with HubServer(root) as server:
        monkeypatch.setenv(HF_ENDPOINT_ENV, server.endpoint)
        yield server


def test_qgis_transport_reads_the_hub_headers_and_resumes(hub, tiny_models, tmp_path):
    transport = transports.QgisTransport(chunk_bytes=64 << 10)
    url = resolve_url(REPO, registry.TEXT_MODEL_FILE)
    head = probe(transport, url)
    data = open(tiny_models[0], "rb").read()
    assert head.status == 302 and head.size == len(data)  # the redirect was not followed
    assert head.location == f"{hub.endpoint}/cdn/{REPO}/{registry.TEXT_MODEL_FILE}"
    import hashlib

    assert head.sha256 == hashlib.sha256(data).hexdigest()

    dest = tmp_path / "models" / registry.CARD.text.name
    dest.parent.mkdir()
    download.part_path(dest).write_bytes(data[:100_000])
    record = download.download_file(url, dest, transport=transport)
    assert dest.read_bytes() == data and record["transport"] == "qgis"
    ranges = [r[2] for r in hub.gets()]
    assert ranges[0] == f"bytes=100000-{100_000 + (64 << 10) - 1}"  # resumed, in chunks
    assert len(ranges) == -(-(len(data) - 100_000) // (64 << 10))


def test_download_dialog_downloads_and_continues(hub, tmp_path, qgis_iface):
    from deforestation_classifier.ui.model_download import offer_model_download

    files = registry.default_model_files(tmp_path / "models")
    ready = []
    dialog = offer_model_download(qgis_iface.mainWindow(), files, on_ready=lambda: ready.append(1))
    assert dialog.isVisible()
    summary = dialog.summary.text()
    assert "218.7 MB" in summary and "180.4 MB" in summary and "399.1 MB" in summary
    assert "LFM Open License v1.0" in summary and REPO in summary
    assert not files.text.exists()  # nothing starts before the user clicks Download
    dialog.download_button.click()
    pump_until(lambda: ready, timeout=60)
    assert not files.missing()
    assert download.model_status(files) == "Present and verified."


def test_download_dialog_reports_a_refused_file(hub, tmp_path):
    from deforestation_classifier.ui.model_download import ModelDownloadDialog

    served = hub.state.root / REPO / registry.TEXT_MODEL_FILE
    served.write_bytes(served.read_bytes()[:50_000])  # the hub serves a truncated file
    files = registry.default_model_files(tmp_path / "models")
    dialog = ModelDownloadDialog(files)
    dialog.start()
    pump_until(lambda: not dialog.running, timeout=60)
    assert "Download failed" in dialog.status.text() and "truncated" in dialog.status.text()
    assert not files.text.exists() and not dialog.succeeded


# --- the faces: the algorithm, the toolbar and the settings page ---
def test_algorithm_downloads_the_card_files_through_its_feedback(provider, hub, s2_raster,
                                                                 tmp_path, monkeypatch,
                                                                 saved_settings):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos, self.progress = [], []
            self.progressChanged.connect(self.progress.append)

        def pushInfo(self, info):  # noqa: N802
            self.infos.append(info)
            super().pushInfo(info)

    PlgSettings().save()
    monkeypatch.setenv(registry.MODEL_DIR_ENV, str(tmp_path / "models"))
    feedback = Feedback()
    results = processing.run("deforestation:classify",
                             {"INPUT": s2_raster, "OUTPUT": str(tmp_path / "out.gpkg")},
                             feedback=feedback)
    files = registry.default_model_files(tmp_path / "models")
    assert not files.missing() and download.model_status(files) == "Present and verified."
    assert results["OUTPUT"]
    assert any("LFM Open License v1.0" in line for line in feedback.infos)
    assert 100.0 in feedback.progress


def test_algorithm_refuses_a_truncated_download(provider, hub, s2_raster, tmp_path,
                                                monkeypatch, saved_settings):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    served = hub.state.root / REPO / registry.TEXT_MODEL_FILE
    served.write_bytes(served.read_bytes()[:60_000])
    PlgSettings().save()
    monkeypatch.setenv(registry.MODEL_DIR_ENV, str(tmp_path / "models"))
    with pytest.raises(QgsProcessingException, match="truncated"):
        processing.run("deforestation:classify",
                       {"INPUT": s2_raster, "OUTPUT": str(tmp_path / "out.gpkg")},
                       feedback=QgsProcessingFeedback())
    assert not (tmp_path / "models" / registry.CARD.text.name).exists()


def test_toolbar_flow_offers_the_download(qgis_iface, hub, tmp_path):
    from qgis.PyQt.QtWidgets import QApplication

    from deforestation_classifier.ui.toolbar_flow import ToolbarFlow

    flow = ToolbarFlow(qgis_iface)
    files = registry.default_model_files(tmp_path / "models")
    assert flow._models_present(files) is False
    dialogs = [w for w in QApplication.topLevelWidgets()
               if w.objectName() == "DeforestationModelDownloadDialog" and w.isVisible()
               and w.files == files]
    assert len(dialogs) == 1
    assert flow._models_present(files) is False  # a second click raises the same dialog
    assert len([w for w in QApplication.topLevelWidgets()
                if w.objectName() == "DeforestationModelDownloadDialog" and w.isVisible()
                and w.files == files]) == 1
    dialogs[0].reject()


def test_plugin_registers_and_removes_the_options_page(qgis_iface, qgis_new_project):
    from deforestation_classifier.plugin import DeforestationClassifierPlugin
    from deforestation_classifier.ui.settings_page import SettingsPageFactory

    plugin = DeforestationClassifierPlugin(qgis_iface)
    plugin.initGui()
    try:
        assert isinstance(plugin.options_factory, SettingsPageFactory)
    finally:
        plugin.unload()
    assert plugin.options_factory is None
