"""The model download offered when the model card's files are missing: sizes and licence
first, then a QgsTask with progress and cancel; the caller continues once the files are verified.

Used by the toolbar flow (`offer_model_download`) and the settings page. The download itself is
models.download.ensure_model_files, the same code the Processing algorithm runs. The dialog
names each file's URL (to fetch it another way) and offers files already on this computer
instead (verified, then saved as the plugin's model paths), or an offline bundle written by
`make offline-bundle` (ui/model_bundle_import.py; docs/QGIS_NOTES.md, "Offline install"), which
works with no network at all.
"""
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ..models import download, verify
from ..models.hub import resolve_url
from ..models.registry import CARD, MODEL_CARD_URL, licence_text
from . import model_bundle_import
from ..toolbelt.log import log
from ..settings import PlgSettings

# Python QgsTask subclasses must stay referenced while the task manager runs them.
_RUNNING = set()


def tr(text):
    return QCoreApplication.translate("ModelDownload", text)


class _DownloadFeedback(QgsFeedback):
    """A QgsFeedback (so the network request itself is aborted on cancel) that logs info."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):  # noqa: N802 (same name as QgsProcessingFeedback's)
        self.lines.append(text)
        log(text)


class ModelDownloadTask(QgsTask):
    """Downloads and verifies the card's missing files; `error` says why when it fails."""

    def __init__(self, files, entry=CARD, transport=None):
        super().__init__(tr("Downloading the deforestation model"), QgsTask.Flag.CanCancel)
        self.files = files
        self.entry = entry
        self.transport = transport
        self.feedback = _DownloadFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self.error = None
        self.cancelled = False

    def run(self):
        try:
            download.ensure_model_files(self.files, self.feedback, entry=self.entry,
                                        transport=self.transport)
            return True
        except download.DownloadCancelled:
            self.cancelled = True
        except download.ModelFileError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 (reported in the dialog, never swallowed)
            self.error = tr("Unexpected error during the download: {}").format(exc)
        return False

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def finished(self, result):
        _RUNNING.discard(self)


class ModelDownloadDialog(QDialog):
    """Shows what will be downloaded (repository, files, sizes, licence, folder); Download
    starts the task. `downloaded` is emitted once the files are present and verified."""

    downloaded = pyqtSignal()

    def __init__(self, files, entry=CARD, parent=None, transport=None):
        super().__init__(parent)
        self.files = files
        self.entry = entry
        self.transport = transport
        self.task = None
        self.succeeded = False
        self.setWindowTitle(tr("Deforestation Classifier: download the model"))
        self.setObjectName("DeforestationModelDownloadDialog")
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        endpoint = download.hub_endpoint()
        rows = "".join(
            f"<li><a href='{url}'>{f.repo_path}</a>: {f.size_mb:.1f} MB<br/>"
            f"<small><code>{url}</code></small></li>"
            for f, url in ((f, resolve_url(entry.repo_id, f.repo_path, entry.revision,
                                           endpoint))
                           for f in entry.remote_files()))
        self.summary = QLabel(tr(
            "<p>The classifier needs the model's two GGUF files, which are not on this "
            "computer yet:</p><ul>{rows}</ul><p>Total: <b>{total:.1f} MB</b> from "
            "<a href='{card}'>{repo}</a> ({endpoint}), into <code>{folder}</code>.</p>"
            "<p><b>Licence:</b> {licence} By downloading you accept its terms.</p>"
        ).format(rows=rows, total=entry.total_mb(), card=MODEL_CARD_URL, repo=entry.repo_id,
                 endpoint=endpoint, folder=files.text.parent,
                 licence=licence_text(entry.licence)))
        self.summary.setWordWrap(True)
        self.summary.setOpenExternalLinks(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(self)
        self.download_button = QPushButton(tr("Download"), self)
        self.download_button.setObjectName("downloadButton")
        self.buttons.addButton(self.download_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.local_button = QPushButton(tr("Use files already on this computer..."), self)
        self.local_button.setObjectName("localFilesButton")
        self.local_button.setToolTip(tr(
            "Choose the text model GGUF and its mmproj vision projector (downloaded another "
            "way, or copied from another computer); they are checked, then used."))
        self.buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.bundle_button = QPushButton(tr("Use an offline bundle..."), self)
        self.bundle_button.setObjectName("offlineBundleButton")
        self.bundle_button.setToolTip(tr(
            "A folder written by `make offline-bundle` (on a USB stick, for instance): its model "
            "files are checked against the SHA-256 in its bundle.json and copied into the model "
            "folder. No network is needed."))
        self.buttons.addButton(self.bundle_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.local_button.clicked.connect(self.choose_local_files)
        self.bundle_button.clicked.connect(lambda: self.use_bundle())
        self.download_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        if download.hub_offline():
            self.download_button.setEnabled(False)
            self.status.setText(tr(
                "{} is set (offline mode): downloads are disabled. Unset it, use files "
                "already on this computer, or use an offline bundle written by `make "
                "offline-bundle`.").format(download.HF_OFFLINE_ENV))

    # --- the task -------------------------------------------------------------------------
    @property
    def running(self):
        return self.task is not None

    def start(self):
        if self.task is not None:
            return
        self.task = ModelDownloadTask(self.files, self.entry, self.transport)
        self.task.progressChanged.connect(self._on_progress)
        self.task.taskCompleted.connect(self._on_completed)
        self.task.taskTerminated.connect(self._on_terminated)
        _RUNNING.add(self.task)
        self._enable_buttons(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._set_status(tr("Downloading... (resumes where it stopped if interrupted)"))
        QgsApplication.taskManager().addTask(self.task)

    def _enable_buttons(self, enabled):
        # The download stays off in offline mode; the files and the bundle need no network.
        self.download_button.setEnabled(enabled and not download.hub_offline())
        self.local_button.setEnabled(enabled)
        self.bundle_button.setEnabled(enabled)

    def _set_status(self, text):
        self.status.setText(text)
        # Grow with the progress bar and the status, so the licence text is never cut off.
        self.adjustSize()

    # --- files already here -----------------------------------------------------------------
    def choose_local_files(self):
        folder = str(self.files.text.parent if self.files.text.parent.is_dir() else Path.home())
        text, _ = QFileDialog.getOpenFileName(
            self, tr("The text model (GGUF), e.g. {}").format(self.entry.text.name), folder,
            tr("GGUF model (*.gguf)"))
        if not text:
            return
        mmproj, _ = QFileDialog.getOpenFileName(
            self, tr("Its vision projector (mmproj GGUF), e.g. {}").format(
                self.entry.mmproj.name), str(Path(text).parent), tr("GGUF model (*.gguf)"))
        if mmproj:
            self.use_local_files(Path(text), Path(mmproj))

    def use_local_files(self, text: Path, mmproj: Path) -> bool:
        """Check the pair and save it as the plugin's model paths; False (said in the dialog)
        when it is not a usable text model and projector."""
        try:
            verify.verify_pair(text, mmproj)
        except (verify.VerificationError, OSError) as exc:
            self._set_status(tr("These files cannot be used: {}").format(exc))
            return False
        settings = PlgSettings.load(apply_env=False)
        settings.model_path, settings.mmproj_path = str(text), str(mmproj)
        settings.save()
        log(tr("Model files on this computer used: {} and {}").format(text, mmproj),
            Qgis.MessageLevel.Success)
        self.succeeded = True
        self.downloaded.emit()
        self.accept()
        return True

    # --- an offline bundle ------------------------------------------------------------------
    def use_bundle(self, folder=None):
        """Copy the model files of an offline bundle into the model folder in a task (no
        network); the dialog accepts once the card's pair, or another pair, is verified."""
        if self.task is not None:
            return
        folder = folder or QFileDialog.getExistingDirectory(self, tr("Offline bundle folder"))
        if not folder:
            return
        self.task = model_bundle_import.BundleImportTask(folder, self.files)
        self.task.taskCompleted.connect(self._on_bundle_copied)
        self.task.taskTerminated.connect(self._on_bundle_failed)
        self._enable_buttons(False)
        self.progress.setRange(0, 0)  # busy: import_models reports whole files, not bytes
        self.progress.setVisible(True)
        self._set_status(tr("Checking and copying the model files of the offline bundle..."))
        model_bundle_import.start(self.task)

    def _bundle_ended(self):
        task, self.task = self.task, None
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self._enable_buttons(True)
        return task

    def _on_bundle_copied(self):
        task = self._bundle_ended()
        if task is None:
            return
        if task.card_ready:
            self.succeeded = True
            self._set_status(tr("Copied from the offline bundle and verified."))
            log(tr("Model files copied from the offline bundle {} into {} and verified").format(
                task.folder, task.model_dir), Qgis.MessageLevel.Success)
            self.downloaded.emit()
            self.accept()
            return
        pair = model_bundle_import.pair_among(task.copied)
        if pair is not None:
            self.use_local_files(*pair)  # verified and saved as the model paths, or says why
        else:
            self._set_status(model_bundle_import.bundle_problem(task.copied))

    def _on_bundle_failed(self):
        task = self._bundle_ended()
        if task is None or task.error is None:
            self._set_status(tr("Cancelled. The model files copied whole are kept; none is "
                                "left half copied."))
            return
        self._set_status(tr("The offline bundle cannot be used: {}").format(task.error))
        log(task.error, Qgis.MessageLevel.Warning)

    def _on_progress(self, value):
        self.progress.setValue(int(value))

    def _on_completed(self):
        self.task = None
        self.succeeded = True
        self.progress.setValue(100)
        self._set_status(tr("Downloaded and verified."))
        log(tr("Model files downloaded and verified in {}").format(self.files.text.parent),
            Qgis.MessageLevel.Success)
        self.downloaded.emit()
        self.accept()

    def _on_terminated(self):
        task, self.task = self.task, None
        self._enable_buttons(True)
        self.download_button.setText(tr("Try again"))
        if task is not None and task.cancelled:
            self._set_status(tr("Cancelled. What was already downloaded is kept (the next "
                                "download resumes there); nothing is kept when nothing came."))
        else:
            error = task.error if task is not None else tr("unknown error")
            self._set_status(tr("Download failed: {}").format(error))
            log(error, Qgis.MessageLevel.Warning)

    def reject(self):
        if self.task is not None:
            self.task.cancel()
        super().reject()


_OPEN = {}  # model folder -> the dialog open for it (one download per folder at a time)


def offer_model_download(parent, files, on_ready=None, entry=CARD, transport=None):
    """Open the download dialog (not modal: QGIS stays usable); call on_ready() once the
    files are downloaded and verified. A dialog already open for the same folder is raised
    instead of opening a second one. Returns the dialog."""
    key = str(files.text.parent)
    dialog = _OPEN.get(key)
    try:
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    except RuntimeError:  # deleted on close
        pass
    dialog = ModelDownloadDialog(files, entry, parent, transport)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_ready is not None:
        dialog.downloaded.connect(on_ready)
    dialog.finished.connect(lambda _result, key=key: _OPEN.pop(key, None))
    _OPEN[key] = dialog
    dialog.show()
    return dialog
