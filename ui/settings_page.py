"""The plugin's page in Settings > Options: model, backend, performance, dependencies.

Values go to PlgSettings (QgsSettings), which the toolbar flow and the Processing algorithm
both read. The server's API key lives in the QGIS authentication database: the page stores only
the id of the authentication configuration chosen in QgsAuthConfigSelect.
"""
from qgis.core import Qgis
from qgis.gui import (
    QgsAuthConfigSelect,
    QgsFileWidget,
    QgsOptionsPageWidget,
    QgsOptionsWidgetFactory,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.fetch.s2_fetch import DEFAULT_COLLECTION, DEFAULT_STAC_URL
from ..core.inference.engine_cache import ENGINES
from ..core.inference import device_choice
from ..core.inference.device_choice import AUTO_GPU_LAYERS
from ..core.inference.llama_runtime import default_thread_count
from ..core.inference.managed_server import find_llama_server, stop_managed_server
from .diagnostics_copy import copy_diagnostics_button
from ..installer.private_folder import llama_cpp_status
from ..models import download
from ..models.registry import CARD, ModelFiles, licence_text, register_custom_pair
from ..models.verify import VerificationError
from ..toolbelt.log import log
from ..settings import (
    BACKEND_LLAMA_CPP,
    BACKEND_MANAGED,
    BACKEND_SERVER,
    PlgSettings,
    default_output_folder,
)
from ..toolbelt.icons import plugin_icon

SOURCE_CARD = "card"
SOURCE_CUSTOM = "custom"


def tr(text):
    return QCoreApplication.translate("DeforestationSettingsPage", text)


class SettingsPageFactory(QgsOptionsWidgetFactory):
    """Registered with iface.registerOptionsWidgetFactory in initGui."""

    def __init__(self):
        super().__init__(tr("Deforestation Classifier"), plugin_icon())

    def icon(self):
        return plugin_icon()

    def createWidget(self, parent):  # noqa: N802 (QGIS API name)
        return SettingsPage(parent)


class SettingsPage(QgsOptionsPageWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("DeforestationSettingsPage")
        self._dialogs = []  # keep opened dialogs alive
        layout = QVBoxLayout(self)
        layout.addWidget(self._model_group())
        layout.addWidget(self._inference_group())
        layout.addWidget(self._imagery_group())
        layout.addWidget(self._dependencies_group())
        self.overrides = QLabel(self)
        self.overrides.setWordWrap(True)
        layout.addWidget(self.overrides)
        layout.addStretch(1)
        self.load(PlgSettings.load(apply_env=False))

    # --- widgets ------------------------------------------------------------------------------
    def _model_group(self):
        box = QGroupBox(tr("Model"), self)
        form = QFormLayout(box)
        self.source = QComboBox(box)
        self.source.setObjectName("modelSource")
        self.source.addItem(tr("Model card: {} (downloaded on first use)").format(CARD.repo_id),
                            SOURCE_CARD)
        self.source.addItem(tr("Custom GGUF pair"), SOURCE_CUSTOM)
        form.addRow(tr("Model"), self.source)
        self.model_dir = QgsFileWidget(box)
        self.model_dir.setObjectName("modelDir")
        self.model_dir.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        form.addRow(tr("Model folder (download cache)"), self.model_dir)
        self.text_path = QgsFileWidget(box)
        self.text_path.setObjectName("textModelPath")
        self.text_path.setFilter(tr("GGUF files (*.gguf)"))
        form.addRow(tr("Text model (GGUF)"), self.text_path)
        self.mmproj_path = QgsFileWidget(box)
        self.mmproj_path.setObjectName("mmprojPath")
        self.mmproj_path.setFilter(tr("GGUF files (*.gguf)"))
        form.addRow(tr("Vision projector (mmproj GGUF)"), self.mmproj_path)
        self.auto_download = QCheckBox(
            tr("Download the model card's files when they are missing (toolbar, Processing, "
               "qgis_process)"), box)
        self.auto_download.setObjectName("autoDownload")
        form.addRow("", self.auto_download)
        row = QHBoxLayout()
        self.model_status = QLabel(box)
        self.model_status.setWordWrap(True)
        self.model_status.setObjectName("modelStatus")
        row.addWidget(self.model_status, 1)
        self.check_button = QPushButton(tr("Check files"), box)
        self.check_button.clicked.connect(self.refresh_model_status)
        row.addWidget(self.check_button)
        self.download_button = QPushButton(tr("Download model..."), box)
        self.download_button.setObjectName("downloadModelButton")
        self.download_button.clicked.connect(self.open_download)
        row.addWidget(self.download_button)
        form.addRow(tr("Status"), self._wrap(row))
        licence = QLabel(tr("Licence of the model card's weights: {}").format(
            licence_text(CARD.licence)), box)
        licence.setWordWrap(True)
        form.addRow("", licence)
        self.output_folder = QgsFileWidget(box)
        self.output_folder.setObjectName("outputFolder")
        self.output_folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.output_folder.lineEdit().setPlaceholderText(default_output_folder())
        form.addRow(tr("Toolbar output folder"), self.output_folder)
        self.source.currentIndexChanged.connect(self._update_enabled)
        for widget in (self.model_dir, self.text_path, self.mmproj_path):
            widget.fileChanged.connect(lambda _path: self.refresh_model_status())
        return box

    def _inference_group(self):
        box = QGroupBox(tr("Inference"), self)
        form = QFormLayout(box)
        self.backend = QComboBox(box)
        self.backend.setObjectName("backend")
        self.backend.addItem(tr("Embedded llama.cpp (llama-cpp-python, in QGIS)"),
                             BACKEND_LLAMA_CPP)
        self.backend.addItem(tr("OpenAI-compatible server (llama-server, ...)"), BACKEND_SERVER)
        self.backend.addItem(tr("Local llama-server started by the plugin (GPU, no compiler)"),
                             BACKEND_MANAGED)
        form.addRow(tr("Backend"), self.backend)
        self.llama_server = QgsFileWidget(box)
        self.llama_server.setObjectName("llamaServerPath")
        self.llama_server.setToolTip(tr(
            "The llama-server executable of a llama.cpp release (Vulkan for AMD/Intel GPUs, "
            "CUDA for NVIDIA, Metal on Apple silicon). Empty: llama-server on PATH."))
        self.llama_server.fileChanged.connect(lambda _path: self._update_enabled())
        form.addRow(tr("llama-server executable"), self.llama_server)
        self.llama_server_status = QLabel(box)
        self.llama_server_status.setObjectName("llamaServerStatus")
        self.llama_server_status.setWordWrap(True)
        form.addRow("", self.llama_server_status)
        self.server_url = QLineEdit(box)
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("http://127.0.0.1:8080/v1")
        form.addRow(tr("Server URL"), self.server_url)
        self.authcfg = QgsAuthConfigSelect(box)
        self.authcfg.setObjectName("serverAuthcfg")
        self.authcfg.selectedConfigIdChanged.connect(self._on_authcfg_changed)
        self._loaded_authcfg, self._authcfg_changed = "", False
        form.addRow(tr("API key (QGIS authentication)"), self.authcfg)
        self.threads = QSpinBox(box)
        self.threads.setObjectName("threads")
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(tr("automatic ({})").format(default_thread_count()))
        form.addRow(tr("CPU threads"), self.threads)
        self.gpu_layers = QSpinBox(box)
        self.gpu_layers.setObjectName("gpuLayers")
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setSpecialValueText(tr("all"))
        self.gpu_layers.setToolTip(tr("Layers offloaded to the GPU: 0 = CPU only, -1 = all. "
                                      "Needs a GPU build of llama-cpp-python."))
        # Asked once: importing llama.cpp takes a moment. None: not installed.
        self._gpu_status = device_choice.installed_gpu_status()
        self._stored_gpu_layers = -1
        self.gpu_auto = QCheckBox(tr("automatic (the faster of CPU and GPU, measured)"), box)
        self.gpu_auto.setObjectName("gpuAutomatic")
        self.gpu_auto.toggled.connect(self._update_gpu_offload)
        gpu_row = QHBoxLayout()
        gpu_row.addWidget(self.gpu_layers)
        gpu_row.addWidget(self.gpu_auto, 1)
        form.addRow(tr("GPU offload (layers)"), self._wrap(gpu_row))
        self.device_measurement = QLabel(box)
        self.device_measurement.setObjectName("deviceMeasurement")
        self.device_measurement.setWordWrap(True)
        form.addRow(tr("Device"), self.device_measurement)
        self.requests = QSpinBox(box)
        self.requests.setObjectName("requestsInFlight")
        self.requests.setRange(1, 64)
        self.requests.setToolTip(tr("Tiles sent to each server at the same time (a pool of "
                                    "several URLs: to each of them)."))
        form.addRow(tr("Requests in flight"), self.requests)
        self.backend.currentIndexChanged.connect(self._update_enabled)
        return box

    def _imagery_group(self):
        """Where "Classify this area" and "Find new clearings" search for Sentinel-2."""
        box = QGroupBox(tr("Sentinel-2 imagery"), self)
        form = QFormLayout(box)
        self.stac_url = QLineEdit(box)
        self.stac_url.setObjectName("stacUrl")
        self.stac_url.setPlaceholderText(DEFAULT_STAC_URL)
        form.addRow(tr("STAC API"), self.stac_url)
        self.stac_collection = QLineEdit(box)
        self.stac_collection.setObjectName("stacCollection")
        self.stac_collection.setPlaceholderText(DEFAULT_COLLECTION)
        form.addRow(tr("Collections (comma-separated)"), self.stac_collection)
        return box

    def _dependencies_group(self):
        box = QGroupBox(tr("Dependencies"), self)
        row = QHBoxLayout(box)
        self.deps_status = QLabel(box)
        self.deps_status.setObjectName("dependenciesStatus")
        self.deps_status.setWordWrap(True)
        row.addWidget(self.deps_status, 1)
        self.install_button = QPushButton(tr("Install dependencies..."), box)
        self.install_button.setObjectName("installDependenciesButton")
        self.install_button.clicked.connect(self.open_dependencies)
        row.addWidget(self.install_button)
        row.addWidget(copy_diagnostics_button(box))
        return box

    @staticmethod
    def _wrap(layout):
        holder = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(layout)
        return holder

    # --- values ---------------------------------------------------------------------------------
    def load(self, settings: PlgSettings):
        custom = settings.uses_custom_pair()
        self.source.setCurrentIndex(self.source.findData(SOURCE_CUSTOM if custom
                                                         else SOURCE_CARD))
        self.model_dir.setFilePath(settings.model_dir)
        try:
            self.model_dir.lineEdit().setPlaceholderText(
                str(PlgSettings(model_dir="").resolved_model_dir()))
        except Exception:  # noqa: BLE001 (no profile folder: leave the placeholder empty)
            pass
        self.text_path.setFilePath(settings.model_path)
        self.mmproj_path.setFilePath(settings.mmproj_path)
        self.auto_download.setChecked(settings.auto_download)
        self.output_folder.setFilePath(settings.output_folder)
        index = self.backend.findData(settings.backend)
        self.backend.setCurrentIndex(max(index, 0))
        self.server_url.setText(settings.server_url)
        self.stac_url.setText(settings.stac_url)
        self.stac_collection.setText(settings.stac_collection)
        self.llama_server.setFilePath(settings.llama_server_path)
        self._loaded_authcfg = settings.server_authcfg
        self._authcfg_changed = False
        self.authcfg.setConfigId(settings.server_authcfg)
        self._authcfg_changed = False  # setConfigId itself emits the change signal
        self.threads.setValue(settings.n_threads)
        self._stored_gpu_layers = settings.n_gpu_layers
        self.gpu_auto.setChecked(settings.n_gpu_layers == AUTO_GPU_LAYERS)
        self.gpu_layers.setValue(max(settings.n_gpu_layers, -1))
        self.requests.setValue(max(1, settings.requests_in_flight))
        overrides = PlgSettings.active_overrides()
        self.overrides.setText(
            tr("Environment variables override these settings now: {}").format(
                ", ".join(overrides)) if overrides else "")
        self._update_enabled()
        self.refresh_model_status()
        self.refresh_dependencies()

    def settings(self) -> PlgSettings:
        """The stored settings with this page's values."""
        settings = PlgSettings.load(apply_env=False)
        settings.model_dir = self.model_dir.filePath().strip()
        custom = self.source.currentData() == SOURCE_CUSTOM
        settings.model_path = self.text_path.filePath().strip() if custom else ""
        settings.mmproj_path = self.mmproj_path.filePath().strip() if custom else ""
        settings.auto_download = self.auto_download.isChecked()
        settings.output_folder = self.output_folder.filePath().strip()
        settings.backend = self.backend.currentData()
        settings.server_url = self.server_url.text().strip()
        settings.stac_url = self.stac_url.text().strip()
        settings.stac_collection = self.stac_collection.text().strip()
        settings.llama_server_path = self.llama_server.filePath().strip()
        # An id the widget cannot show (database locked, no master password yet) is kept.
        settings.server_authcfg = (self.authcfg.configId() or "") if self._authcfg_changed \
            else self._loaded_authcfg
        settings.n_threads = self.threads.value()
        # A CPU-only build shows "CPU only": the stored value is kept for a later GPU build.
        settings.n_gpu_layers = (self._shown_gpu_layers() if self._gpu_offload_shown()
                                 else self._stored_gpu_layers)
        settings.requests_in_flight = self.requests.value()
        return settings

    def apply(self):
        settings = self.settings()
        if settings.uses_custom_pair():
            try:
                register_custom_pair(settings.model_path, settings.mmproj_path)
            except VerificationError as exc:
                log(tr("The custom model pair was saved but cannot be used: {}").format(exc),
                    Qgis.MessageLevel.Warning)
        if settings != PlgSettings.load(apply_env=False):
            ENGINES.clear()  # the loaded model no longer matches: free it now, not next run
            stop_managed_server()  # the next run starts it with the new settings
        settings.save()

    def _on_authcfg_changed(self, _authcfg=""):
        self._authcfg_changed = True

    def helpKey(self):  # noqa: N802
        return ""

    # --- status and actions ----------------------------------------------------------------------
    def _files(self) -> ModelFiles:
        return self.settings().model_files()

    def refresh_model_status(self):
        try:
            files = self._files()
        except Exception as exc:  # noqa: BLE001
            self.model_status.setText(str(exc))
            return
        text = download.model_status(files)
        if self.source.currentData() == SOURCE_CARD:
            text = tr("{} Folder: {}").format(text, files.text.parent)
        self.model_status.setText(text)
        self.download_button.setEnabled(
            self.source.currentData() == SOURCE_CARD and bool(files.missing())
            and not download.hub_offline())

    def refresh_dependencies(self):
        if self.backend.currentData() != BACKEND_LLAMA_CPP:
            self.deps_status.setText(tr("Not needed for the server backend."))
            self.install_button.setEnabled(True)
            return
        available, detail = llama_cpp_status()
        self.deps_status.setText(
            tr("llama-cpp-python {} is available.").format(detail) if available
            else tr("Missing: {}.").format(detail))

    def _gpu_offload_shown(self) -> bool:
        """GPU offload is offered when it can happen: a managed llama-server (its own build),
        or an embedded llama.cpp build with a GPU backend."""
        return self.backend.currentData() == BACKEND_MANAGED or \
            bool(self._gpu_status and self._gpu_status.usable)

    def _shown_gpu_layers(self) -> int:
        return AUTO_GPU_LAYERS if self.gpu_auto.isChecked() else self.gpu_layers.value()

    def _update_gpu_offload(self):
        self._update_device_measurement()
        if self._gpu_offload_shown():
            if self.gpu_layers.minimum() != -1:
                self.gpu_layers.setRange(-1, 999)
                self.gpu_layers.setSpecialValueText(tr("all"))
                self.gpu_layers.setValue(max(self._stored_gpu_layers, -1))
                self.gpu_auto.setChecked(self._stored_gpu_layers == AUTO_GPU_LAYERS)
            self.gpu_auto.setEnabled(True)
            self.gpu_layers.setEnabled(not self.gpu_auto.isChecked())
            return
        if self.gpu_layers.minimum() == -1:
            self._stored_gpu_layers = self._shown_gpu_layers()
        self.gpu_layers.setRange(0, 0)
        self.gpu_auto.setEnabled(False)
        # No GPU backend and a backend without a usable device are told apart: the fixes differ.
        self.gpu_layers.setSpecialValueText(
            tr("CPU only (this llama.cpp build has no GPU backend)")
            if self._gpu_status is not None and not self._gpu_status.backend else
            tr("CPU only (this llama.cpp build found no usable GPU device)")
            if self._gpu_status is not None else
            tr("CPU only (llama-cpp-python is not installed)"))

    def _update_device_measurement(self):
        """The last measurement of "automatic" for the model folder, or why there is none."""
        record = device_choice.read_record(self._files().text)
        if self.backend.currentData() != BACKEND_LLAMA_CPP:
            text = ""
        elif self._gpu_status is not None and not self._gpu_status.usable:
            text = tr("CPU: {}.").format(self._gpu_status.reason())
        elif record:
            text = tr("Last measurement: {}.").format(device_choice.describe_record(record))
        else:
            text = tr("Not measured yet: the first run with GPU offload automatic times a few "
                      "chips on the CPU and on the GPU and keeps the faster.")
        self.device_measurement.setText(text)

    def _update_llama_server_status(self, managed):
        if not managed:
            self.llama_server_status.setText("")
            return
        found = find_llama_server(self.llama_server.filePath())
        self.llama_server_status.setText(
            tr("Found: {}").format(found) if found else
            tr("No llama-server found: download a llama.cpp release for this system and choose "
               "its llama-server here, or put it on PATH."))

    def _update_enabled(self):
        custom = self.source.currentData() == SOURCE_CUSTOM
        self.text_path.setEnabled(custom)
        self.mmproj_path.setEnabled(custom)
        # A custom pair is not downloaded and does not live in the model folder.
        self.model_dir.setEnabled(not custom)
        self.auto_download.setEnabled(not custom)
        server = self.backend.currentData() == BACKEND_SERVER
        managed = self.backend.currentData() == BACKEND_MANAGED
        self.server_url.setEnabled(server)
        self.authcfg.setEnabled(server)
        self.requests.setEnabled(server or managed)
        self.llama_server.setEnabled(managed)
        self._update_llama_server_status(managed)
        self.threads.setEnabled(not server)
        self.gpu_layers.setEnabled(not server)
        self._update_gpu_offload()
        self.refresh_model_status()
        self.refresh_dependencies()

    def open_download(self):
        from .model_download import offer_model_download

        dialog = offer_model_download(self, self._files(), on_ready=self.refresh_model_status)
        self._dialogs.append(dialog)
        return dialog

    def open_dependencies(self):
        from .dependencies_dialog import DependenciesDialog

        dialog = DependenciesDialog(self)
        dialog.installed.connect(lambda _version: self.refresh_dependencies())
        dialog.show()
        self._dialogs.append(dialog)
        return dialog
