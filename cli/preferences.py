"""What a run reads of the plugin's settings (settings.py's PlgSettings), without QGIS.

settings.py keeps them in QgsSettings, which a command line has not; here they come from the
same DEFORESTATION_* environment variables (docs/SERVERS.md, README.md) and from the command's
options, which win. The fields and defaults are PlgSettings' own.
"""
from dataclasses import dataclass, fields
from pathlib import Path

from ..core.inference.backends import BACKEND_LLAMA_CPP
from ..models.registry import MODEL_DIR_ENV, ModelFiles, default_model_dir, default_model_files
from ..toolbelt.environment import env_overrides, env_text

# The variables of settings.py's ENV_OVERRIDES that a run reads.
ENV_OVERRIDES = {
    "DEFORESTATION_MODEL": "model_path",
    "DEFORESTATION_MMPROJ": "mmproj_path",
    "DEFORESTATION_THREADS": "n_threads",
    "DEFORESTATION_GPU_LAYERS": "n_gpu_layers",
    "DEFORESTATION_BACKEND": "backend",
    "DEFORESTATION_SERVER_URL": "server_url",
    "DEFORESTATION_REQUESTS_IN_FLIGHT": "requests_in_flight",
    "DEFORESTATION_AUTO_DOWNLOAD": "auto_download",
    "DEFORESTATION_LLAMA_SERVER": "llama_server_path",
}
API_KEY_ENV = "DEFORESTATION_SERVER_API_KEY"


@dataclass
class Preferences:
    model_dir: str = ""
    model_path: str = ""
    mmproj_path: str = ""
    n_threads: int = 0
    n_gpu_layers: int = -1
    backend: str = BACKEND_LLAMA_CPP
    server_url: str = ""
    requests_in_flight: int = 1
    auto_download: bool = True
    llama_server_path: str = ""

    @classmethod
    def from_environment(cls, environ=None, **options) -> "Preferences":
        """The defaults, then DEFORESTATION_* variables, then `options` that are not None."""
        prefs = cls()
        kinds = {f.name: f.type for f in fields(cls)}
        for name, value in env_overrides(ENV_OVERRIDES, kinds, environ).items():
            setattr(prefs, name, value)
        for name, value in options.items():
            if value is not None:
                setattr(prefs, name, value)
        return prefs

    def model_files(self) -> ModelFiles:
        """The MODEL/MMPROJ defaults, as PlgSettings.model_files()."""
        folder = (default_model_dir() if env_text(MODEL_DIR_ENV) or not self.model_dir
                  else Path(self.model_dir))
        card = default_model_files(folder)
        return ModelFiles(text=Path(self.model_path) if self.model_path else card.text,
                          mmproj=Path(self.mmproj_path) if self.mmproj_path else card.mmproj)

    def server_api_key(self) -> str:
        """Only $DEFORESTATION_SERVER_API_KEY: the QGIS authentication database is QGIS's."""
        return env_text(API_KEY_ENV)
