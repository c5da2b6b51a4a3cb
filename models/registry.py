"""The model card's files and where the plugin looks for them.

QGIS-free: the profile folder is looked up lazily so this module imports anywhere.
"""
import os
from dataclasses import dataclass
from pathlib import Path

HF_REPO_ID = "urbanspr1nter/lfm2.5vl-450m-deforestation-classifier"
TEXT_MODEL_FILE = "gguf/v2_no_coords-Q4_K_M.gguf"
MMPROJ_FILE = "gguf/mmproj-v2_no_coords-F16.gguf"
TEXT_MODEL_SIZE_MB = 218.7
MMPROJ_SIZE_MB = 180.4
LICENCE_SCOPE = (
    "LFM Open License v1.0 (derivative of LiquidAI's LFM2.5-VL-450M): research and "
    "non-commercial use; commercial-scale use only after reviewing Section 5 of the licence."
)
MODEL_DIR_ENV = "DEFORESTATION_MODEL_DIR"


@dataclass(frozen=True)
class ModelFiles:
    text: Path
    mmproj: Path

    def missing(self):
        """The files of the pair that do not exist on disk."""
        return [p for p in (self.text, self.mmproj) if not p.is_file()]


def default_model_dir() -> Path:
    """$DEFORESTATION_MODEL_DIR, else <QGIS profile>/deforestation_classifier/models."""
    env = os.environ.get(MODEL_DIR_ENV)
    if env:
        return Path(env)
    from qgis.core import QgsApplication  # lazy: keeps this module QGIS-free

    return Path(QgsApplication.qgisSettingsDirPath()) / "deforestation_classifier" / "models"


def default_model_files(model_dir=None) -> ModelFiles:
    folder = Path(model_dir) if model_dir else default_model_dir()
    return ModelFiles(
        text=folder / Path(TEXT_MODEL_FILE).name,
        mmproj=folder / Path(MMPROJ_FILE).name,
    )
