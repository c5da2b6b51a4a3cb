"""Plugin settings, stored in QgsSettings under deforestation_classifier/.

Read by the toolbar flow and the Processing algorithm alike. Environment variables override
them for headless use (qgis_process, CI).
"""
import os
from dataclasses import dataclass, fields
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QStandardPaths

from ..models.registry import MODEL_DIR_ENV, ModelFiles, default_model_dir, default_model_files

SETTINGS_GROUP = "deforestation_classifier"


def default_output_folder() -> str:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(docs or Path.home()) / "DeforestationClassifier")


@dataclass
class PlgSettings:
    model_dir: str = ""  # empty: models.registry.default_model_dir()
    model_path: str = ""  # empty: the model card's text model in model_dir
    mmproj_path: str = ""  # empty: the model card's projector in model_dir
    output_folder: str = ""  # empty: default_output_folder(); where the toolbar writes layers
    n_threads: int = 0  # 0: all cores (but one when there are more than two)
    n_gpu_layers: int = 0

    @classmethod
    def load(cls) -> "PlgSettings":
        store = QgsSettings()
        values = {}
        for f in fields(cls):
            raw = store.value(f"{SETTINGS_GROUP}/{f.name}", f.default)
            values[f.name] = f.type(raw) if f.type in (int, str) and raw is not None else raw
        return cls(**values)

    def save(self):
        store = QgsSettings()
        for f in fields(self):
            store.setValue(f"{SETTINGS_GROUP}/{f.name}", getattr(self, f.name))

    def model_files(self) -> ModelFiles:
        """MODEL/MMPROJ defaults: explicit paths, else the card's files in the model folder."""
        if os.environ.get(MODEL_DIR_ENV):
            folder = default_model_dir()
        else:
            folder = Path(self.model_dir) if self.model_dir else default_model_dir()
        card = default_model_files(folder)
        return ModelFiles(
            text=Path(self.model_path) if self.model_path else card.text,
            mmproj=Path(self.mmproj_path) if self.mmproj_path else card.mmproj,
        )

    def resolved_output_folder(self) -> Path:
        return Path(self.output_folder or default_output_folder())
