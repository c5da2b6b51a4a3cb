"""'Install dependencies': llama-cpp-python into the plugin's private folder, in a QgsTask with
a visible log. CPU by default; Vulkan, CUDA or Metal on request; configurable wheel index.

The plugin loads without llama_cpp; `report_missing_dependencies` says what is missing (message
bar, with a button that opens this dialog) and the dialog does the rest (installer/).
"""
from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtGui import QFontDatabase
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from .. import errors
from ..core.inference.llama_runtime import LLAMA_CPP_PIN
from ..installer import backends, offline_bundle, pip_install, private_folder
from ..installer.hardware import probe_hardware, propose_backend
from ..toolbelt.log import log
from ..toolbelt.message_bar import pop_message, push_message
from ..settings import BACKEND_LLAMA_CPP, PlgSettings
from .diagnostics_copy import copy_diagnostics_button

_RUNNING = set()  # Python QgsTask subclasses must stay referenced while they run


def tr(text):
    return QCoreApplication.translate("DependenciesDialog", text)


def default_target():
    """The plugin-private folder in this QGIS profile (installer/private_folder.py)."""
    return private_folder.deps_dir(QgsApplication.qgisSettingsDirPath())


class DependencyInstallTask(QgsTask):
    """Runs installer/pip_install.py install(); every output line goes out through `line`."""

    line = pyqtSignal(str)

    def __init__(self, backend, wheel_index_url="", target=None, python=None, **install_kw):
        super().__init__(tr("Installing llama-cpp-python for the Deforestation Classifier"),
                         QgsTask.Flag.CanCancel)
        self.backend = backend
        self.wheel_index_url = wheel_index_url
        self.target = target
        self.python = python
        self.install_kw = install_kw
        self.version = None
        self.error = None
        self.log_lines = []

    def _emit(self, text):
        self.log_lines.append(text)
        self.line.emit(text)

    def run(self):
        try:
            self.version = pip_install.install(
                backend=self.backend, wheel_index_url=self.wheel_index_url, target=self.target,
                python=self.python, on_line=self._emit, is_canceled=self.isCanceled,
                **self.install_kw)
            return True
        except errors.ModelError as exc:  # InstallError, or no folder to install into
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 (shown in the dialog's log)
            self.error = tr("Unexpected error: {}").format(exc)
        return False

    def finished(self, result):
        if result:
            private_folder.install_path_hook(self.target)  # importable in QGIS right away
        _RUNNING.discard(self)


class DependenciesDialog(QDialog):
    """What is missing, the backend and index to install from, the command, and the log."""

    installed = pyqtSignal(str)

    def __init__(self, parent=None, reason="", target=None, python=None, hardware=None,
                 **install_kw):
        super().__init__(parent)
        self.setWindowTitle(tr("Deforestation Classifier: install dependencies"))
        self.setObjectName("DeforestationDependenciesDialog")
        self.resize(720, 520)
        self.task = None
        self.target = target
        self.python = python
        self.install_kw = install_kw
        settings = PlgSettings.load()

        layout = QVBoxLayout(self)
        available, detail = private_folder.llama_cpp_status()
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(
            tr("llama-cpp-python {} is installed ({}).").format(detail, LLAMA_CPP_PIN)
            if available else
            tr("<b>Missing:</b> {reason}. The classifier runs the model with {pin}; it will be "
               "installed for this plugin only, into the folder below, without touching QGIS's "
               "own packages.").format(reason=reason or detail, pin=LLAMA_CPP_PIN))
        layout.addWidget(intro)

        form = QFormLayout()
        self.backend = QComboBox(self)
        self.backend.setObjectName("backendCombo")
        for backend in backends.BACKENDS.values():
            self.backend.addItem(backend.label, backend.id)
        # The machine's GPU proposes the backend (installer/hardware.py propose_backend)
        # while the stored choice is still the default.
        hardware = hardware if hardware is not None else probe_hardware()
        self.proposed_backend, why = propose_backend(hardware)
        chosen = (self.proposed_backend if settings.install_backend == backends.DEFAULT_BACKEND
                  else settings.install_backend)
        index = self.backend.findData(chosen)
        self.backend.setCurrentIndex(max(index, 0))
        form.addRow(tr("Backend"), self.backend)
        self.detected = QLabel(self)
        self.detected.setObjectName("detectedHardware")
        self.detected.setWordWrap(True)
        self.detected.setText(tr("Detected: {}. Proposed: {}.").format(
            why, backends.BACKENDS[self.proposed_backend].label))
        form.addRow("", self.detected)
        self.index_url = QLineEdit(settings.wheel_index_url, self)
        self.index_url.setObjectName("wheelIndexEdit")
        form.addRow(tr("Prebuilt wheel index"), self.index_url)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form.addRow("", self.hint)
        try:
            folder = str(target or default_target())
        except Exception as exc:  # noqa: BLE001
            folder = tr("unavailable: {}").format(exc)
        form.addRow(tr("Install into"), QLabel(folder, self))
        layout.addLayout(form)

        self.log_view = QPlainTextEdit(self)
        self.log_view.setObjectName("installLog")
        self.log_view.setReadOnly(True)
        self.log_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.log_view)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(self)
        self.install_button = QPushButton(tr("Install"), self)
        self.install_button.setObjectName("installButton")
        buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy_diagnostics_button(self), QDialogButtonBox.ButtonRole.HelpRole)
        self.bundle_button = QPushButton(tr("Install from an offline bundle..."), self)
        self.bundle_button.setObjectName("offlineBundleButton")
        self.bundle_button.setToolTip(tr(
            "A folder written by `make offline-bundle` (a USB stick): installs its wheels for "
            "this system with no network and copies its model files into the model folder."))
        self.bundle_button.clicked.connect(lambda: self.install_from_bundle())
        buttons.addButton(self.bundle_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.install_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

        self.backend.currentIndexChanged.connect(self._update_hint)
        self.index_url.textChanged.connect(self._update_hint)
        self._update_hint()

    def selected_backend(self):
        return self.backend.currentData()

    def _update_hint(self):
        backend = backends.BACKENDS[self.selected_backend()]
        default = backend.index_url or tr("none (source build)")
        self.index_url.setPlaceholderText(tr("default: {}").format(default))
        self.hint.setText(backend.hint)

    def command_preview(self):
        """The pip command the task runs first: prebuilt wheels only (a source build follows
        only when no wheel fits; for the log and for tests)."""
        python = self.python or "python3"
        target = self.target or default_target()
        cmd, _env = pip_install.install_plan(python, target, self.selected_backend(),
                                             self.index_url.text().strip(),
                                             find_links=self.install_kw.get("find_links"),
                                             binary_only=True,
                                             **({"pin": self.install_kw["pin"]}
                                                if "pin" in self.install_kw else {}))
        return cmd

    # --- the task -------------------------------------------------------------------------
    def start(self):
        if self.task is not None:
            return
        settings = PlgSettings.load(apply_env=False)
        settings.install_backend = self.selected_backend()
        settings.wheel_index_url = self.index_url.text().strip()
        settings.save()
        self.log_view.clear()
        self.task = DependencyInstallTask(self.selected_backend(), settings.wheel_index_url,
                                          self.target or default_target(), self.python,
                                          **self.install_kw)
        self.task.line.connect(self.log_view.appendPlainText)
        self.task.taskCompleted.connect(self._on_completed)
        self.task.taskTerminated.connect(self._on_terminated)
        _RUNNING.add(self.task)
        self.install_button.setEnabled(False)
        self.status.setText(tr("Installing... a source build can take several minutes."))
        QgsApplication.taskManager().addTask(self.task)

    def install_from_bundle(self, folder=None):
        """Install from an offline bundle (installer/offline_bundle.py): its model files are
        checked and copied first, then pip runs on its wheels with the index off."""
        folder = folder or QFileDialog.getExistingDirectory(self, tr("Offline bundle folder"))
        if not folder or self.task is not None:
            return
        copied = []
        try:
            wheels = offline_bundle.wheels_for(folder, self.selected_backend())
            offline_bundle.import_models(folder, PlgSettings.load().resolved_model_dir(),
                                         on_line=copied.append)
        except errors.ModelError as exc:
            self.status.setText(str(exc))
            return
        self.install_kw["find_links"] = wheels
        self.start()
        for line in copied:
            self.log_view.appendPlainText(line)

    @property
    def running(self):
        return self.task is not None

    def _on_completed(self):
        task, self.task = self.task, None
        self.status.setText(tr("Installed ({}). The classifier can run now.").format(
            task.version))
        log(tr("llama-cpp-python installed: {}").format(task.version),
            Qgis.MessageLevel.Success)
        self.install_button.setEnabled(True)
        self.installed.emit(task.version or "")

    def _on_terminated(self):
        task, self.task = self.task, None
        error = (task.error if task is not None else None) or tr("cancelled")
        self.status.setText(tr("Installation failed: {}").format(error))
        self.log_view.appendPlainText(error)
        log(tr("Installing llama-cpp-python failed: {}\n{}").format(
            error, "\n".join(task.log_lines[-50:] if task is not None else [])),
            Qgis.MessageLevel.Warning)
        self.install_button.setEnabled(True)

    def reject(self):
        if self.task is not None:
            self.task.cancel()
        super().reject()


def missing_dependency_message():
    """The text to show when llama_cpp cannot be used, or None when it can."""
    available, detail = private_folder.llama_cpp_status()
    if available:
        return None
    return tr("{}. The classifier cannot run until it is installed.").format(detail)


# The dialog opened from the message bar: its button's slot is the only other thing that
# knows it, and a lambda keeps no reference, so without this Python collects the dialog and its
# Install and Close buttons lose their slots. One dialog at a time.
_OPEN = {}


def open_dependencies_dialog(parent=None, reason="", **dialog_kw):
    """Show the dependencies dialog (the open one raised, if any) and keep it referenced until
    it is closed."""
    dialog = _OPEN.get("dialog")
    if dialog is not None:
        try:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        except RuntimeError:  # deleted with its parent
            _OPEN.pop("dialog", None)
    dialog = DependenciesDialog(parent, reason, **dialog_kw)
    _OPEN["dialog"] = dialog

    def forget(_result=None, dialog=dialog):
        if _OPEN.get("dialog") is dialog and not dialog.running:
            _OPEN.pop("dialog", None)

    dialog.finished.connect(forget)
    dialog.show()
    return dialog


def open_dialog():
    """The dependencies dialog opened from the message bar, None when none is open (tests)."""
    return _OPEN.get("dialog")


def report_missing_dependencies(iface, **dialog_kw):
    """Plugin start: when llama_cpp is missing, say so in the message bar with an
    'Install dependencies' button. Returns the message text (None when nothing is missing).
    Skipped for the server backend, which needs no llama_cpp. The message goes once the
    dialog has installed it."""
    if PlgSettings.load().backend != BACKEND_LLAMA_CPP:
        return None
    text = missing_dependency_message()
    if text is None:
        return None
    button = QPushButton(tr("Install dependencies..."))
    button.setObjectName("installDependenciesButton")
    holder = {}

    def open_():
        dialog = open_dependencies_dialog(iface.mainWindow(), text, **dialog_kw)
        if holder.get("dialog") is not dialog:
            holder["dialog"] = dialog
            dialog.installed.connect(lambda _version: pop_message(iface, holder.get("item")))
        return dialog

    button.clicked.connect(open_)
    holder["item"] = push_message(iface, text, Qgis.MessageLevel.Warning, duration=0,
                                  buttons=[button])
    return text
