"""Plugin settings, stored in QgsSettings under deforestation_classifier/.

Read by the toolbar flow and the Processing algorithm alike. Environment variables override
them for headless use (qgis_process, CI); `PlgSettings.load(apply_env=False)` gives the stored
values only (what the settings page edits).

The server backend's API key is never stored here: `server_authcfg` holds the id of a
configuration in the QGIS authentication database (encrypted by the master password), and
`server_api_key()` reads the key from there (or from $DEFORESTATION_SERVER_API_KEY, headless).
"""
from dataclasses import dataclass, fields
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QStandardPaths

# The backends are defined with the engines; the settings' users import them from here too.
from .core.inference.backends import (  # noqa: F401
    BACKEND_LLAMA_CPP,
    BACKEND_MANAGED,
    BACKEND_SERVER,
    BACKENDS,
)
from .core.inference.device_choice import AUTO_GPU_LAYERS
from .models.hub import HF_ENDPOINT_ENV, HF_OFFLINE_ENV
from .models.registry import (
    CARD,
    MODEL_DIR_ENV,
    ModelEntry,
    ModelFiles,
    custom_entry,
    default_model_dir,
    default_model_files,
)
from .toolbelt.environment import env_overrides, env_text, parse_as

SETTINGS_GROUP = "deforestation_classifier"

# Environment variable -> field. Values are parsed like the field's type.
ENV_OVERRIDES = {
    "DEFORESTATION_MODEL": "model_path",
    "DEFORESTATION_MMPROJ": "mmproj_path",
    "DEFORESTATION_OUTPUT_DIR": "output_folder",
    "DEFORESTATION_THREADS": "n_threads",
    "DEFORESTATION_GPU_LAYERS": "n_gpu_layers",
    "DEFORESTATION_BACKEND": "backend",
    "DEFORESTATION_SERVER_URL": "server_url",
    "DEFORESTATION_SERVER_AUTHCFG": "server_authcfg",
    "DEFORESTATION_REQUESTS_IN_FLIGHT": "requests_in_flight",
    "DEFORESTATION_AUTO_DOWNLOAD": "auto_download",
    "DEFORESTATION_INSTALL_BACKEND": "install_backend",
    "DEFORESTATION_WHEEL_INDEX": "wheel_index_url",
    "DEFORESTATION_LLAMA_SERVER": "llama_server_path",
    "DEFORESTATION_STAC_URL": "stac_url",
    "DEFORESTATION_STAC_COLLECTION": "stac_collection",
}
# DEFORESTATION_MODEL_DIR (models.registry.MODEL_DIR_ENV) overrides model_dir in model_files().
API_KEY_ENV = "DEFORESTATION_SERVER_API_KEY"


def default_output_folder() -> str:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(docs or Path.home()) / "DeforestationClassifier")


def _parse(kind, raw, default):
    """A stored value (QgsSettings gives strings, ints or bools) as the field's type; the
    default when it is absent or does not parse."""
    if raw is None:
        return default
    try:
        return parse_as(kind, raw)
    except (TypeError, ValueError):
        return default


@dataclass
class PlgSettings:
    model_dir: str = ""  # empty: models.registry.default_model_dir()
    model_path: str = ""  # empty: the model card's text model in model_dir; set: a custom pair
    mmproj_path: str = ""  # empty: the model card's projector in model_dir
    output_folder: str = ""  # empty: default_output_folder(); where the toolbar writes layers
    n_threads: int = 0  # 0: all cores (but one when there are more than two)
    # Layers offloaded to the GPU; -1: all, 0: CPU only. The default, AUTO_GPU_LAYERS
    # ("automatic"), keeps the faster of CPU and GPU, measured at first use: an integrated GPU
    # through Vulkan is often slower than the CPU (core/inference/device_choice.py).
    n_gpu_layers: int = AUTO_GPU_LAYERS
    backend: str = BACKEND_LLAMA_CPP
    server_url: str = ""  # OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1
    server_authcfg: str = ""  # QGIS authentication configuration id holding the API key
    requests_in_flight: int = 1  # concurrent requests to the server backend
    auto_download: bool = True  # download the card's files when missing (toolbar, Processing)
    install_backend: str = "cpu"  # llama-cpp-python build: cpu, vulkan, cuda, metal
    wheel_index_url: str = ""  # empty: the backend's default index of prebuilt wheels
    # The managed local llama-server (core/inference/managed_server.py): its executable, or the
    # folder of a llama.cpp release archive; empty: `llama-server` on PATH.
    llama_server_path: str = ""
    # Where the toolbar's fetches search for Sentinel-2 L2A (docs/FETCH.md): a STAC API root and
    # its collection(s), comma-separated; empty: Earth Search and its L2A collections.
    stac_url: str = ""
    stac_collection: str = ""

    @classmethod
    def load(cls, apply_env: bool = True) -> "PlgSettings":
        store = QgsSettings()
        values = {}
        for f in fields(cls):
            raw = store.value(f"{SETTINGS_GROUP}/{f.name}", f.default)
            values[f.name] = _parse(f.type, raw, f.default)
        settings = cls(**values)
        if apply_env:
            settings.apply_environment()
        return settings

    def apply_environment(self, environ=None):
        """Override fields from DEFORESTATION_* variables (headless use)."""
        kinds = {f.name: f.type for f in fields(self)}
        for name, value in env_overrides(ENV_OVERRIDES, kinds, environ).items():
            setattr(self, name, value)
        return self

    @staticmethod
    def active_overrides(environ=None):
        """The override variables set now, for the settings page to show."""
        names = [MODEL_DIR_ENV, *ENV_OVERRIDES, API_KEY_ENV, HF_ENDPOINT_ENV, HF_OFFLINE_ENV]
        values = {name: env_text(name, environ) for name in names}
        return {name: value for name, value in values.items() if value}

    def save(self):
        store = QgsSettings()
        for f in fields(self):
            store.setValue(f"{SETTINGS_GROUP}/{f.name}", getattr(self, f.name))

    def resolved_model_dir(self) -> Path:
        if env_text(MODEL_DIR_ENV):
            return default_model_dir()
        return Path(self.model_dir) if self.model_dir else default_model_dir()

    def model_files(self) -> ModelFiles:
        """MODEL/MMPROJ defaults: explicit paths, else the card's files in the model folder."""
        card = default_model_files(self.resolved_model_dir())
        return ModelFiles(
            text=Path(self.model_path) if self.model_path else card.text,
            mmproj=Path(self.mmproj_path) if self.mmproj_path else card.mmproj,
        )

    def uses_custom_pair(self) -> bool:
        return bool(self.model_path or self.mmproj_path)

    def model_entry(self) -> ModelEntry:
        """The card (downloadable) or the registered custom pair."""
        if self.uses_custom_pair():
            files = self.model_files()
            return custom_entry(files.text, files.mmproj)
        return CARD

    def fetch_parameters(self) -> dict:
        """STAC_URL and COLLECTION for deforestation:fetch_sentinel2, those set only (the
        algorithm's defaults otherwise)."""
        chosen = {"STAC_URL": self.stac_url.strip(), "COLLECTION": self.stac_collection.strip()}
        return {key: value for key, value in chosen.items() if value}

    def resolved_output_folder(self) -> Path:
        return Path(self.output_folder or default_output_folder())

    def threads(self) -> int:
        """n_threads with 0 resolved to the default count."""
        from .core.inference.llama_runtime import default_thread_count

        return self.n_threads if self.n_threads > 0 else default_thread_count()

    def server_api_key(self) -> str:
        """$DEFORESTATION_SERVER_API_KEY, else the key in the QGIS authentication database."""
        key = env_text(API_KEY_ENV)
        if key:
            return key
        if not self.server_authcfg:
            return ""
        return api_key_from_authcfg(self.server_authcfg)


def api_key_from_authcfg(authcfg: str) -> str:
    """The secret of an auth configuration: a token (APIHeader / EsriToken) or a password
    (Basic). Empty when the configuration cannot be read (no master password, unknown id)."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    if not manager or not manager.loadAuthenticationConfig(authcfg, config, True):
        return ""
    values = config.configMap()
    for key in ("token", "apikey", "api_key", "key", "password"):
        if values.get(key):
            return values[key]
    return next((v for v in values.values() if v), "")


def store_api_key(api_key: str, name: str = "Deforestation Classifier server",
                  authcfg: str = "") -> str:
    """Put an API key into the QGIS authentication database; returns the configuration id.

    A Basic configuration with the key as password works on every QGIS version from 3.22 on.
    """
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig("Basic")
    if authcfg and manager.loadAuthenticationConfig(authcfg, config, True):
        config.setConfig("password", api_key)
        if not manager.updateAuthenticationConfig(config):
            raise RuntimeError("The QGIS authentication database refused the update.")
        return config.id()
    config.setName(name)
    config.setConfig("username", "api-key")
    config.setConfig("password", api_key)
    if not manager.storeAuthenticationConfig(config):
        raise RuntimeError(
            "The API key could not be stored in the QGIS authentication database (is a master "
            "password set?).")
    return config.id()
