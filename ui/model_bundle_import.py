"""An offline bundle in the model dialog (ui/model_download.py): its model files are checked
against bundle.json's SHA-256 and copied into the model folder in a QgsTask
(installer/offline_bundle.py import_models; docs/QGIS_NOTES.md, "Offline install"), then
sorted: the card's pair, another pair (a text GGUF and an mmproj GGUF), or nothing usable.

import_models copies each file to `<name>.part` and renames it whole, so the model folder never
holds half a model file under its own name. A cancel takes effect between files (the file being
copied is finished and renamed first). A failure in the middle of a copy (the stick pulled out,
the disk full) leaves that file's `.part`, which the download would resume from
(models/download.py): it is deleted here.
"""
from pathlib import Path

from qgis.core import QgsApplication, QgsTask

from .. import errors
from ..installer import offline_bundle
from ..models import download, verify
from ..toolbelt.i18n import tr
from ..toolbelt.log import log

# Python QgsTask subclasses must stay referenced while the task manager runs them.
_RUNNING = set()


def _part_stats(model_dir, names):
    stats = {}
    for name in names:
        try:
            stat = download.part_path(Path(model_dir) / name).stat()
            stats[name] = (stat.st_size, stat.st_mtime_ns)
        except OSError:
            stats[name] = None
    return stats


def discard_copy_leftovers(model_dir, names, before):
    """Delete the `.part` files the copy wrote (changed since `before`); a download's `.part`
    the copy never reached is kept, so that download still resumes."""
    after = _part_stats(model_dir, names)
    for name in names:
        if after[name] is not None and after[name] != before.get(name):
            download.discard_partial(Path(model_dir) / name)


def pair_among(paths):
    """(text, mmproj) when `paths` hold exactly one text GGUF and one projector GGUF (a name
    with "mmproj" in it), else None."""
    ggufs = [Path(p) for p in paths if Path(p).suffix.lower() == ".gguf"]
    mmproj = [p for p in ggufs if "mmproj" in p.name.lower()]
    text = [p for p in ggufs if "mmproj" not in p.name.lower()]
    return (text[0], mmproj[0]) if len(text) == 1 and len(mmproj) == 1 else None


def bundle_problem(copied) -> str:
    """Why the files of a bundle are not a model the plugin can use, and the fix."""
    if not copied:
        return tr("The offline bundle holds no model files. On a computer that has the model, "
                  "write a bundle with them: `make offline-bundle MODEL=<text model GGUF> "
                  "MMPROJ=<mmproj GGUF>`.")
    return tr("The offline bundle's model files ({names}) are not one text model GGUF and one "
              "vision projector (mmproj) GGUF, so none is used; they were copied into "
              "{folder}. Write a bundle with the pair (`make offline-bundle MODEL=<text model "
              "GGUF> MMPROJ=<mmproj GGUF>`), or choose the two files with \"Use files already "
              "on this computer...\".").format(
                  names=", ".join(Path(p).name for p in copied), folder=Path(copied[0]).parent)


class BundleImportTask(QgsTask):
    """Copies the bundle's model files into the folder of `files` (the card's pair) and, when
    the pair is then complete, verifies it. `copied` lists the files copied, `card_ready` says
    the card's pair is there and verified; `error` says why it failed."""

    def __init__(self, folder, files):
        super().__init__(tr("Copying the model from an offline bundle"), QgsTask.Flag.CanCancel)
        self.folder = Path(folder)
        self.files = files
        self.model_dir = files.text.parent
        self.copied = []
        self.card_ready = False
        self.error = None
        self.cancelled = False

    def run(self):
        names, before = [], {}
        try:
            names = list(offline_bundle.read_manifest(self.folder).get("models", {}))
            before = _part_stats(self.model_dir, names)
            self.copied = offline_bundle.import_models(self.folder, self.model_dir,
                                                       on_line=self._copied)
            if not self.files.missing():
                verify.verify_pair(self.files.text, self.files.mmproj)
                self.card_ready = True
            return True
        except download.DownloadCancelled:
            self.cancelled = True
        except (errors.ModelError, OSError) as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 (reported in the dialog, never swallowed)
            self.error = tr("Unexpected error while copying from the offline bundle: {}").format(
                exc)
        discard_copy_leftovers(self.model_dir, names, before)
        return False

    def _copied(self, line):
        log(tr("Offline bundle: {}").format(line))
        if self.isCanceled():  # between two files: the one just copied is whole
            raise download.DownloadCancelled()

    def finished(self, result):
        _RUNNING.discard(self)


def start(task):
    """Hand the task to QGIS's task manager (its signals connected first)."""
    _RUNNING.add(task)
    QgsApplication.taskManager().addTask(task)
