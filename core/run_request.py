"""What a run is asked and what it answers: ClassifyRequest, RunCounts, RunSummary, RequestError.

Plain values every face builds or reads (core/run.py runs them); the defaults of a request; the
texts that tell a run's length (duration, progress, estimate).
"""
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Optional, Tuple

from .imagery.cloud_mask import AUTO as AUTO_CLOUD_MASK
from .inference.backends import BACKEND_LLAMA_CPP
from .inference.engines import RECIPE, SCORING, EngineRequest
from ..toolbelt.i18n import tr
from .output.tile_writer import CREATE
from .pipeline import RunError, duration_text, progress_text  # noqa: F401 (the run's texts)
from .vocabulary import CLASSES, TILE_STATUSES

# Seconds per tile for the time estimate of a large run, per engine, on a 2-core CPU as
# `make bench` measured them (README.md, "Speed"): the scoring engine 0.57 s, the card's recipe
# 1.08 s with a trained model's 9 answer tokens. A GPU is several times faster; a server's speed
# is its own, so no estimate is made for it.
ESTIMATE_SECONDS_PER_TILE = {SCORING: 0.6, RECIPE: 1.1}
SERVER = "server"
DEFAULT_MAX_TILE_CLOUD = 0.10  # the card: training tiles had at most 10 % cloud
# The training chips were whole 1 km boxes inside a scene (docs/INPUTS.md): a tile with less than
# this fraction of valid pixels shows the model a black band it never saw, so it is left
# INSUFFICIENT_DATA instead of being painted as some class over a blank canvas.
DEFAULT_MIN_VALID_FRACTION = 0.9


class RequestError(RunError):
    """The request cannot be run as given (input, output, model); nothing was written."""


@dataclass
class ClassifyRequest:
    """Everything a run needs, in plain values. CRS texts are what GDAL/OSR reads (an EPSG
    id or WKT); empty means the raster's own."""

    source: str  # the raster's GDAL data source
    output: Path  # a GeoPackage
    preferences: object  # settings.py's PlgSettings, or an object like it
    source_crs: str = ""  # for a raster that declares none (QGIS's assigned CRS)
    bands: Tuple[Optional[int], Optional[int], Optional[int]] = (None, None, None)
    extent: Optional[Tuple[float, float, float, float]] = None
    extent_crs: str = ""
    scale: Optional[float] = None  # DN = raw x scale + offset; None: automatic
    offset: Optional[float] = None
    engine: EngineRequest = EngineRequest()
    rc_threshold: Optional[float] = None
    max_cloud: float = DEFAULT_MAX_TILE_CLOUD  # a fraction of the tile's valid pixels
    min_valid_fraction: float = DEFAULT_MIN_VALID_FRACTION
    cloud_mask: Optional[str] = None  # a mask raster's GDAL data source
    cloud_mask_crs: str = ""
    cloud_mask_kind: str = AUTO_CLOUD_MASK
    max_tiles: Optional[int] = None
    mode: str = CREATE  # tile_writer.CREATE, RESUME or OVERWRITE
    chips_folder: Optional[Path] = None


@dataclass
class RunCounts:
    """New tiles per status and per class, the tiles an earlier run had done, and (once the
    output is closed) every tile of the plan in the output per status and class."""

    by_key: Dict[str, int] = field(
        default_factory=lambda: dict.fromkeys((*CLASSES, *TILE_STATUSES), 0))
    skipped: int = 0
    in_plan: Dict[str, int] = field(default_factory=dict)

    def add(self, result):
        self.by_key[result.status] += 1
        if result.prediction is not None:
            self.by_key[result.prediction.label] += 1

    @property
    def done(self) -> int:
        return sum(self.by_key[s] for s in TILE_STATUSES) + self.skipped


@dataclass
class RunSummary:
    output: Path
    total: int  # tiles of the plan
    counts: RunCounts
    device: str = ""  # where the model ran (core/inference/engines.py describe, or the server)
    seconds: float = 0.0  # the whole run, model loading included
    tile_seconds: float = 0.0  # reading, classifying and writing the new tiles

    @property
    def new_tiles(self) -> int:
        return self.counts.done - self.counts.skipped

    def completion_text(self) -> str:
        """One line for the logs: counts, device, elapsed time and seconds per tile."""
        counts = ", ".join(f"{k}: {v}" for k, v in self.counts.by_key.items() if v)
        per_tile = (tr(", {:.2f} s per tile").format(self.tile_seconds / self.new_tiles)
                    if self.new_tiles else "")
        resumed = tr(" ({} already done)").format(self.counts.skipped) \
            if self.counts.skipped else ""
        text = tr("Cancelled: {} of {} tiles{} in {} on {}{}. {}. Output: {}") \
            if self.cancelled else tr("Done: {} of {} tiles{} in {} on {}{}. {}. Output: {}")
        return text.format(self.new_tiles, self.total, resumed, duration_text(self.seconds),
                           self.device or tr("an unknown device"), per_tile,
                           counts or tr("No new tiles"), self.output)

    @property
    def cancelled(self) -> bool:
        return self.counts.done < self.total


def estimate_text(tiles: int, engine: str = SCORING) -> str:
    """'about 1.2 h on a 2-core CPU' for `tiles` with `engine` (SCORING, RECIPE or SERVER)."""
    seconds = ESTIMATE_SECONDS_PER_TILE.get(engine)
    if seconds is None:
        return tr("a time that depends on the server")
    hours = tiles * seconds / 3600
    length = f"{hours:.1f} h" if hours >= 1 else f"{hours * 60:.0f} min"
    return tr("about {} on a 2-core CPU").format(length)


def estimate_engine(engine_kind: str, backend: str) -> str:
    """The engine an estimate is for: SERVER for a server backend, else the local engine."""
    return engine_kind if backend == BACKEND_LLAMA_CPP else SERVER
