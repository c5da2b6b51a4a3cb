"""Which inference engine a run uses, its settings, and loading it: the engine factory.

Engines (all with classify(chip) -> Prediction and close()):
- ScoringEngine (core/inference/scoring_engine.py): the default; class probabilities, fast;
- RecipeEngine (core/inference/recipe_engine.py): the model card's chat completion, label only;
- ServerEngine (core/inference/server_engine.py): an OpenAI-compatible server, chosen in the
  settings; also for the managed local llama-server (core/inference/managed_server.py), started
  here before the run.

The user's preferences come in as a plain object (settings.py's PlgSettings has
every attribute used here), so this module needs no QGIS.
"""
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ... import errors
from .backends import BACKEND_MANAGED, BACKEND_SERVER
from .engine_types import EngineSettings, ModelLoadError
from .recipe_engine import RecipeEngine
from .scoring_engine import ScoringEngine
from .server_engine import ServerEngine
from .server_settings import ServerError, ServerSettings
from ...toolbelt.i18n import tr

SCORING, RECIPE = "scoring", "recipe"
LOCAL_ENGINES = {SCORING: ScoringEngine, RECIPE: RecipeEngine}


class EngineChoiceError(errors.ModelError):
    """The engine cannot be chosen or loaded; the message says why and what to do."""


@dataclass(frozen=True)
class EngineRequest:
    """What a face asks for: the local engine and model files (None: the card's files from
    the preferences); the preferences decide the backend."""

    kind: str = SCORING
    model: Optional[Path] = None
    mmproj: Optional[Path] = None


@dataclass(frozen=True)
class EngineChoice:
    engine_class: type
    settings: object  # EngineSettings or ServerSettings
    # The output's MODEL when the URL does not name it (the managed server's port changes)
    model_label: str = ""

    @property
    def name(self) -> str:
        return self.engine_class.name

    @property
    def is_server(self) -> bool:
        return self.engine_class is ServerEngine

    @property
    def gives_probabilities(self) -> bool:
        return self.engine_class is not RecipeEngine

    def label(self) -> str:
        """The output's MODEL metadata: the text model's file name, or the server's model."""
        if self.model_label:
            return self.model_label
        if self.is_server:
            return self.settings.model_name or self.settings.url
        return self.settings.model_path.name

    def cache_key(self):
        return (self.engine_class, self.settings)


def choose_engine(request: EngineRequest, preferences, feedback) -> EngineChoice:
    """The engine and its settings; the model files are checked (and the card's files
    downloaded when missing, with progress through feedback) before any tile is read."""
    if preferences.backend == BACKEND_SERVER:
        return _server_choice(preferences, feedback)
    if preferences.backend == BACKEND_MANAGED:
        return _managed_choice(request, preferences, feedback)
    model, mmproj = _checked_model_files(request, preferences, feedback)
    if request.kind not in LOCAL_ENGINES:
        raise EngineChoiceError(tr("Unknown engine {!r}: use {}.").format(
                                   request.kind, ' or '.join(LOCAL_ENGINES)))
    return EngineChoice(LOCAL_ENGINES[request.kind], EngineSettings(
        model_path=model, mmproj_path=mmproj,
        n_threads=preferences.n_threads, n_gpu_layers=preferences.n_gpu_layers))


def _checked_model_files(request, preferences, feedback):
    """(text, mmproj) paths, checked (and the card's downloaded when missing)."""
    from ...models.download import (DownloadCancelled, ModelFileError, can_download,
                                    ensure_model_files)
    from ...models.registry import ModelFiles

    card = preferences.model_files()
    model = Path(request.model or card.text)
    mmproj = Path(request.mmproj or card.mmproj)
    files = ModelFiles(model, mmproj)
    if not can_download(files):
        for name, path in (("MODEL", model), ("MMPROJ", mmproj)):
            if not path.is_file():
                raise EngineChoiceError(
                    tr("{} file not found: {}. Put the model card's GGUF files "
                       "(v2_no_coords-Q4_K_M.gguf and mmproj-v2_no_coords-F16.gguf) in the "
                       "model folder, or give their paths as MODEL and MMPROJ.").format(name, path))
    try:
        # Refuses truncated, corrupt or wrong files: they are never loaded.
        ensure_model_files(files, feedback, allow_download=preferences.auto_download)
    except DownloadCancelled as exc:
        raise EngineChoiceError(
            tr("Model download cancelled; run the algorithm again to resume it.")) from exc
    except ModelFileError as exc:
        raise EngineChoiceError(str(exc)) from exc
    return model, mmproj


def _managed_choice(request, preferences, feedback) -> EngineChoice:
    """The managed local llama-server: the model files checked as for the embedded engine, the
    server started (or the running one reused) and waited for, then the server backend."""
    from .managed_server import (MANAGED, ManagedServerError, ManagedServerSpec,
                                 find_llama_server)

    binary = find_llama_server(preferences.llama_server_path)
    if binary is None:
        raise EngineChoiceError(
            tr("The managed local llama-server backend is selected but no llama-server "
               "executable was found. Download a llama.cpp release for this system (Vulkan "
               "for AMD/Intel GPUs, CUDA for NVIDIA, Metal on Apple silicon) and point the "
               "plugin settings at its llama-server, or put it on PATH (or set "
               "$DEFORESTATION_LLAMA_SERVER)."))
    model, mmproj = _checked_model_files(request, preferences, feedback)
    parallel = max(1, preferences.requests_in_flight)
    from .device_choice import AUTO_GPU_LAYERS

    # llama-server is a build of its own, not measured here: "automatic" gives it all layers.
    layers = -1 if preferences.n_gpu_layers == AUTO_GPU_LAYERS else preferences.n_gpu_layers
    spec = ManagedServerSpec(binary=binary, model_path=model, mmproj_path=mmproj,
                             n_gpu_layers=layers,
                             n_threads=preferences.n_threads, parallel=parallel)
    running = MANAGED.current()
    if running is None or running.spec != spec or not running.alive():
        feedback.pushInfo(tr("Starting the local llama-server {} with {} + {} (waiting for "
                             "/health)").format(binary, model.name, mmproj.name))
    try:
        server = MANAGED.ensure(spec, cancelled=feedback.isCanceled)
    except ManagedServerError as exc:
        raise EngineChoiceError(str(exc)) from exc
    feedback.pushInfo(tr("Backend: local llama-server at {} ({} requests in flight; log: "
                         "{})").format(server.base_url, parallel, server.log_path))
    return EngineChoice(ServerEngine, ServerSettings(
        url=server.base_url, requests_in_flight=parallel).with_environment(),
        model_label=model.name)


def _server_choice(preferences, feedback) -> EngineChoice:
    """The OpenAI-compatible server backend: no model files here; the server is reached (and
    its model name read) when the engine is loaded, before any tile."""
    if not preferences.server_url.strip():
        raise EngineChoiceError(
            tr("The server backend is selected but no server URL is set: set it in the "
               "plugin settings (or $DEFORESTATION_SERVER_URL), e.g. "
               "http://127.0.0.1:8080/v1, or switch the backend back to llama.cpp."))
    feedback.pushInfo(
        tr("Backend: OpenAI-compatible server {} ({} requests in flight per server); MODEL, "
           "MMPROJ and ENGINE are not used.").format(
           preferences.server_url, preferences.requests_in_flight))
    return EngineChoice(ServerEngine, ServerSettings(
        url=preferences.server_url, api_key=preferences.server_api_key(),
        requests_in_flight=preferences.requests_in_flight).with_environment())


def load_engine(choice: EngineChoice, feedback):
    """A loaded engine; EngineChoiceError with the reason when it cannot be."""
    from .llama_runtime import MissingDependencyError

    if choice.is_server:
        feedback.pushInfo(tr("Connecting to {}").format(choice.settings.url))
        try:
            return ServerEngine(choice.settings)
        except ServerError as exc:
            raise EngineChoiceError(str(exc)) from exc
    feedback.pushInfo(tr("Loading model {} + {} ({} engine)").format(
        choice.settings.model_path.name, choice.settings.mmproj_path.name, choice.name))
    try:
        return choice.engine_class(_device_settings(choice, feedback))
    except (MissingDependencyError, ModelLoadError) as exc:
        raise EngineChoiceError(str(exc)) from exc


# choice.settings -> the settings it was loaded with: GPU offload "automatic" resolved.
_RESOLVED = {}


def _device_settings(choice: EngineChoice, feedback) -> EngineSettings:
    """choice.settings, with GPU offload "automatic" replaced by the measured device
    (core/inference/device_choice.py)."""
    from . import device_choice
    from .llama_runtime import import_llama_cpp

    settings = choice.settings
    if settings.n_gpu_layers == device_choice.AUTO_GPU_LAYERS:
        settings = device_choice.resolve(choice.engine_class, settings, feedback,
                                         import_llama_cpp())
    _RESOLVED[choice.settings] = settings
    return settings


def describe(choice: EngineChoice) -> str:
    """Where a local engine runs (CPU or GPU backend, threads), for the log."""
    from .llama_runtime import default_thread_count, describe_device, import_llama_cpp

    settings = _RESOLVED.get(choice.settings, choice.settings)
    return describe_device(import_llama_cpp(), settings.n_gpu_layers,
                           settings.n_threads or default_thread_count())
