"""The model card's files and where the plugin looks for them.

QGIS-free: the profile folder is looked up lazily so this module imports anywhere.

The registry knows one published model (the model card: repository, two files, sizes, licence
scope) and accepts a custom pair of GGUF paths, which is checked like the card's files
(see models/verify.py) before it is used.
"""
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..toolbelt.environment import env_text
from ..toolbelt.i18n import tr

HF_REPO_ID = "urbanspr1nter/lfm2.5vl-450m-deforestation-classifier"
# The commit of the model repository this plugin release is pinned to (40 hex digits). Empty
# until a maintainer fills it in with the commit the release was checked against
# (docs/MODEL.md, "Pinned and verified model files"): while it is empty, the first download
# resolves the moving branch MOVING_REVISION to its commit (the hub's X-Repo-Commit) and records
# that commit in the model folder's .model_trust.json; every later download uses it.
PINNED_REVISION = ""
MOVING_REVISION = "main"
HF_REVISION = PINNED_REVISION or MOVING_REVISION
# Another revision (a commit, a tag or a branch) for the downloads, over the pinned and the
# recorded one.
REVISION_ENV = "DEFORESTATION_MODEL_REVISION"
TEXT_MODEL_FILE = "gguf/v2_no_coords-Q4_K_M.gguf"
MMPROJ_FILE = "gguf/mmproj-v2_no_coords-F16.gguf"
TEXT_MODEL_SIZE_MB = 218.7
MMPROJ_SIZE_MB = 180.4
LICENCE_NAME = "LFM Open License v1.0"
LICENCE_SCOPE = (
    f"{LICENCE_NAME} (derivative of LiquidAI's LFM2.5-VL-450M): research and "
    "non-commercial use; commercial-scale use only after reviewing Section 5 of the licence."
)
MODEL_CARD_URL = f"https://huggingface.co/{HF_REPO_ID}"


def licence_text(licence: str) -> str:
    """A licence as the user reads it: the model card's summary in the user's language (the
    constant above stays English: it is what provenance records), any other text as it is."""
    if licence == LICENCE_SCOPE:
        return tr("{} (derivative of LiquidAI's LFM2.5-VL-450M): research and non-commercial "
                  "use; commercial-scale use only after reviewing Section 5 of the "
                  "licence.").format(LICENCE_NAME)
    return licence


MODEL_DIR_ENV = "DEFORESTATION_MODEL_DIR"
CARD_ID = "card"
CUSTOM_ID = "custom"


@dataclass(frozen=True)
class ModelFiles:
    text: Path
    mmproj: Path

    def missing(self):
        """The files of the pair that do not exist on disk."""
        return [p for p in (self.text, self.mmproj) if not p.is_file()]


@dataclass(frozen=True)
class RemoteFile:
    """One file of a model repository: its path in the repo and its published size."""

    repo_path: str
    role: str  # models.verify.TEXT or MMPROJ
    size_mb: float

    @property
    def name(self) -> str:
        return Path(self.repo_path).name

    @property
    def approx_bytes(self) -> int:
        return int(self.size_mb * 1e6)


@dataclass(frozen=True)
class ModelEntry:
    """A model the plugin can run: the card's (downloadable) or a registered custom pair."""

    id: str
    label: str
    repo_id: Optional[str] = None  # None: a local pair, nothing to download
    # A commit pins the files; a branch (MOVING_REVISION) is resolved to its commit at the
    # first download and that commit recorded (models/download.py).
    revision: str = HF_REVISION
    text: Optional[RemoteFile] = None
    mmproj: Optional[RemoteFile] = None
    licence: str = ""
    local: Optional[ModelFiles] = None  # custom pairs only

    @property
    def downloadable(self) -> bool:
        return self.repo_id is not None

    @property
    def pinned(self) -> bool:
        """True when `revision` is a commit (40 hex digits), not a moving branch or tag."""
        return is_commit(self.revision)

    def remote_files(self):
        return [f for f in (self.text, self.mmproj) if f is not None]

    def total_mb(self) -> float:
        return sum(f.size_mb for f in self.remote_files())

    def files_in(self, folder) -> ModelFiles:
        """Where this entry's files live: the custom paths, or the card's names in `folder`."""
        if self.local is not None:
            return self.local
        folder = Path(folder)
        return ModelFiles(text=folder / self.text.name, mmproj=folder / self.mmproj.name)

    def describe(self) -> str:
        """Sizes and licence, as shown before a download."""
        if not self.downloadable:
            return f"{self.label}: {self.local.text} + {self.local.mmproj}"
        lines = [f"{self.label} ({self.repo_id})"]
        for f in self.remote_files():
            lines.append(f"  {f.repo_path}: {f.size_mb:.1f} MB")
        lines.append(f"  total: {self.total_mb():.1f} MB")
        lines.append(tr("Licence: {}").format(licence_text(self.licence)))
        return "\n".join(lines)


CARD = ModelEntry(
    id=CARD_ID,
    label="LFM2.5-VL-450M deforestation classifier (model card)",
    repo_id=HF_REPO_ID,
    text=RemoteFile(TEXT_MODEL_FILE, "text", TEXT_MODEL_SIZE_MB),
    mmproj=RemoteFile(MMPROJ_FILE, "mmproj", MMPROJ_SIZE_MB),
    licence=LICENCE_SCOPE,
)


def is_commit(revision) -> bool:
    """A full commit id (40 hex digits): what a pinned revision must be."""
    text = str(revision or "").strip().lower()
    return len(text) == 40 and all(c in "0123456789abcdef" for c in text)


def revision_override() -> str:
    """$DEFORESTATION_MODEL_REVISION: the revision downloads use instead of the pinned or
    recorded one ("" when unset)."""
    return env_text(REVISION_ENV)


def custom_entry(text_path, mmproj_path, label="Custom GGUF pair") -> ModelEntry:
    return ModelEntry(id=CUSTOM_ID, label=label,
                      local=ModelFiles(text=Path(text_path), mmproj=Path(mmproj_path)))


def register_custom_pair(text_path, mmproj_path, label="Custom GGUF pair") -> ModelEntry:
    """A custom pair, checked like the card's files; VerificationError when it is unusable."""
    from .verify import verify_pair

    verify_pair(text_path, mmproj_path)
    return custom_entry(text_path, mmproj_path, label)


def entries(custom: Optional[ModelEntry] = None):
    """The models to offer: the card's, then the custom pair when one is registered."""
    return [CARD] + ([custom] if custom is not None else [])


def is_card_pair(files: ModelFiles) -> bool:
    """True when the pair carries the card's file names (so it can be downloaded)."""
    return (files.text.name == CARD.text.name and files.mmproj.name == CARD.mmproj.name
            and files.text.parent == files.mmproj.parent)


def default_model_dir() -> Path:
    """$DEFORESTATION_MODEL_DIR, else <QGIS profile>/deforestation_classifier/models."""
    env = env_text(MODEL_DIR_ENV)
    if env:
        return Path(env)
    from qgis.core import QgsApplication  # lazy: keeps this module QGIS-free

    return Path(QgsApplication.qgisSettingsDirPath()) / "deforestation_classifier" / "models"


def default_model_files(model_dir=None) -> ModelFiles:
    folder = Path(model_dir) if model_dir else default_model_dir()
    return CARD.files_in(folder)
