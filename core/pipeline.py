"""The tile pipeline: raster -> tiles -> chips -> engine -> results, with progress and cancel.

No QGIS here: `feedback` is anything with isCanceled(), setProgress(percent), pushInfo(text)
and setProgressText(text) (QgsProcessingFeedback has all four), so the pipeline runs and is
tested without QGIS. Tiles are read and rendered on a worker thread while the model works on
the previous one (llama.cpp releases the GIL), so chip preparation costs no wall time.
"""
import collections
import dataclasses
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
from osgeo import osr

from .. import errors
from ..toolbelt.i18n import tr
from .imagery.chips import encode_png, render_tile_chip, valid_mask
from .imagery.grid import (GridCrs, choose_grid_crs, rectangle_polygon, reproject_polygon,
                           tiles_covering)
from .vocabulary import CLASSIFIED, CLOUDY, ERROR, INSUFFICIENT_DATA, NO_DATA, threshold_label
from .inference.prompt import LabelError
from .imagery.raster_tiles import raster_footprint_native
from .imagery.scaling import DnScaling

# Stop a run whose model fails on this many tiles in a row: something is wrong with the model,
# not with one tile.
MAX_CONSECUTIVE_ERRORS = 5
PREFETCH_DEPTH = 2


class PlanError(errors.InputError):
    """The requested area cannot be tiled; the message says why and what to do."""


class RunError(errors.RunError):
    """A run cannot go on; the message says why. The tiles written so far stay valid."""


class EngineFailure(RunError):
    """The model failed on many tiles in a row."""


class TileFailure(RunError):
    """One tile could not be read, classified or written; the message names the tile and the
    cause, the exception it wraps is its __cause__."""

    def __init__(self, tile, what: str, cause: BaseException):
        self.tile = tile
        detail = str(cause) or type(cause).__name__
        super().__init__(f"Tile {tile.tile_id}: {what}: {detail}")


@dataclass
class TilePlan:
    grid: GridCrs
    tiles: list


@dataclass
class TileResult:
    tile: object
    status: str
    valid_fraction: float
    prediction: Optional[object] = None
    message: str = ""
    cloud_fraction: Optional[float] = None


@dataclass
class RunOptions:
    min_valid_fraction: float = 0.0
    chips_folder: Optional[Path] = None
    scaling: DnScaling = DnScaling()
    cloud_reader: Optional[object] = None  # core.cloud_mask.CloudMaskReader
    max_cloud: float = 0.10  # a fraction of the tile's valid pixels
    skip_ids: frozenset = frozenset()  # tiles already in the output (resume)
    rc_threshold: Optional[float] = None


@dataclass
class _Prepared:
    """A tile read and rendered, ready for the model (chip) or already decided (result)."""

    tile: object
    result: Optional[TileResult] = None
    chip: Optional[np.ndarray] = None
    valid_fraction: float = 0.0
    cloud_fraction: Optional[float] = None


def plan_tiles(dataset, srs: osr.SpatialReference, extent=None,
               extent_srs: Optional[osr.SpatialReference] = None) -> TilePlan:
    """The grid CRS and the 1 km tiles covering extent (xmin, ymin, xmax, ymax in extent_srs)
    within the raster; the whole raster when extent is None."""
    footprint = raster_footprint_native(dataset)
    area = footprint
    if extent is not None:
        requested = reproject_polygon(rectangle_polygon(*extent), extent_srs or srs, srs)
        area = requested.Intersection(footprint)
        if area is None or area.IsEmpty() or area.GetArea() <= 0:
            raise PlanError(
                tr("The extent does not overlap the raster. Choose an extent inside the "
                   "raster (or leave EXTENT empty to use the whole raster).")
            )
    grid = choose_grid_crs(srs, area)
    area_in_grid = reproject_polygon(area, srs, grid.srs())
    tiles = tiles_covering(area_in_grid, grid.tag)
    if not tiles:
        raise PlanError(tr("The extent is empty: no 1 km tile intersects it."))
    return TilePlan(grid=grid, tiles=tiles)


def apply_rc_threshold(prediction, threshold):
    """The prediction under the RECENTLY_CLEARED threshold (core/vocabulary.py threshold_label)."""
    label = threshold_label(prediction.label, prediction.probabilities, threshold)
    return prediction if label == prediction.label else dataclasses.replace(prediction, label=label)


def prepare_tile(tile, reader, options: RunOptions) -> _Prepared:
    """Read a tile and decide whether the model sees it; render its chip if so."""
    bands = reader.read(tile)
    mask = valid_mask(bands.as_list(), bands.nodata)
    fraction = float(mask.mean())
    cloud = None
    if options.cloud_reader is not None and fraction > 0:
        cloud = options.cloud_reader.cloud_fraction(tile, mask)
    prepared = _Prepared(tile, valid_fraction=fraction, cloud_fraction=cloud)
    if fraction == 0.0:
        prepared.result = TileResult(tile, NO_DATA, fraction, cloud_fraction=cloud)
    elif fraction < options.min_valid_fraction:
        prepared.result = TileResult(tile, INSUFFICIENT_DATA, fraction, cloud_fraction=cloud)
    elif cloud is not None and cloud > options.max_cloud:
        prepared.result = TileResult(tile, CLOUDY, fraction, cloud_fraction=cloud)
    else:
        prepared.chip = render_tile_chip(bands, options.scaling, mask)
        if options.chips_folder is not None:
            (Path(options.chips_folder) / f"{tile.tile_id}.png").write_bytes(
                encode_png(prepared.chip))
    return prepared


def _prepare_or_fail(tile, reader, options):
    try:
        return prepare_tile(tile, reader, options)
    except Exception as exc:  # GDAL, disk, memory: the run stops and names the tile
        raise TileFailure(tile, "the raster could not be read or the chip written", exc) from exc


def _prefetch(items, work, stop: threading.Event, depth=PREFETCH_DEPTH):
    """Yield work(item) for each item, computed on a worker thread `depth` items ahead."""
    out = queue.Queue(maxsize=depth)
    done = object()

    def put(entry):
        """Hand an entry over unless the consumer has gone; never block past a stop."""
        while not stop.is_set():
            try:
                out.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce():
        try:
            for item in items:
                if not put((work(item), None)):
                    return
        except Exception as exc:  # handed to the consumer, raised there
            put((None, exc))
            return
        put((done, None))

    worker = threading.Thread(target=produce, name="deforestation-chips", daemon=True)
    worker.start()
    try:
        while True:
            value, error = out.get()
            if error is not None:
                raise error
            if value is done:
                return
            yield value
    finally:
        stop.set()
        worker.join()


def duration_text(seconds: float) -> str:
    """12.3 s, 4 min 05 s or 1 h 02 min."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(round(seconds)), 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def tiles_left_text(done: int, total: int, left_seconds: float = None) -> str:
    """"tile 4 of 26, about 1 min 10 s left": the one progress text of a run."""
    if done <= 0 or left_seconds is None:
        return tr("tile 1 of {}").format(total)
    return tr("tile {} of {}, about {} left").format(min(done + 1, total), total,
                                                     duration_text(left_seconds))


def progress_text(percent: float, total: int, seconds: float) -> str:
    """tiles_left_text for a run `percent` done after `seconds` of tiles (what a face sees of
    the task: its progress, done tiles over the plan)."""
    done = min(total, max(0, int(round(percent * total / 100.0))))
    if done <= 0 or seconds <= 0:
        return tiles_left_text(0, total)
    return tiles_left_text(done, total, seconds / done * (total - done))


class _Progress:
    def __init__(self, feedback, total, already_done):
        self.feedback = feedback
        self.total = total
        self.done = already_done
        self.new = 0
        self.started = time.monotonic()

    def step(self):
        self.done += 1
        self.new += 1
        self.feedback.setProgress(100.0 * self.done / self.total)
        left = (time.monotonic() - self.started) / self.new * (self.total - self.done)
        if hasattr(self.feedback, "setProgressText"):
            self.feedback.setProgressText(tiles_left_text(self.done, self.total, left))


def classify_tiles(tiles, reader, engine, feedback, options: Optional[RunOptions] = None):
    """Yield one TileResult per tile not in options.skip_ids, in order, until done or cancelled.
    """
    options = options or RunOptions()
    todo = [t for t in tiles if t.tile_id not in options.skip_ids]
    progress = _Progress(feedback, len(tiles), len(tiles) - len(todo))
    consecutive_errors = 0
    stop = threading.Event()
    # A whole group ahead, so the next group is ready when the model finishes this one.
    depth = PREFETCH_DEPTH + max(1, int(getattr(engine, "tiles_per_batch", 1)))
    prepared_tiles = _prefetch(todo, lambda t: _prepare_or_fail(t, reader, options), stop, depth)
    in_flight = _in_flight(prepared_tiles, engine, feedback)
    try:
        for prepared, pending in in_flight:
            # A tile already decided or answered by the model is written even after a cancel.
            if feedback.isCanceled() and prepared.result is None and not _answered(pending):
                return
            result = prepared.result
            if result is None:
                result = _classify(prepared, engine, options, pending)
                if result.status == ERROR:
                    consecutive_errors += 1
                    if consecutive_errors >= MAX_CONSECUTIVE_ERRORS:
                        raise EngineFailure(
                            tr("The model gave no valid label on {} tiles in a row; last "
                               "answer: {}. Check that the model is the model card's (MODEL "
                               "and MMPROJ, or the model the server runs).").format(
                               consecutive_errors, result.message)
                        )
                else:
                    consecutive_errors = 0
            yield result
            progress.step()
    finally:
        # Now, not whenever the generators are collected (an exception's traceback keeps them
        # alive): drop the server requests not started, stop and join the chip thread, so
        # that the caller can close the raster it reads.
        in_flight.close()
        prepared_tiles.close()


def _in_flight(prepared_tiles, engine, feedback):
    """(prepared, Future or None) per tile, in order. An engine with submit(chip) -> Future (the
    server backend) gets the chips of the tiles ahead, up to engine.requests_in_flight requests
    at once; an engine with classify_many(chips) (the scoring engine) gets them in groups of
    engine.tiles_per_batch; other engines are called in _classify, one tile at a time."""
    submit = getattr(engine, "submit", None)
    if submit is None and hasattr(engine, "classify_many"):
        yield from _in_groups(prepared_tiles, engine, feedback)
        return
    depth = max(1, int(getattr(engine, "requests_in_flight", 1)))
    window = collections.deque()
    try:
        for prepared in prepared_tiles:
            future = None
            if submit is not None and prepared.result is None:
                future = submit(prepared.chip)
            window.append((prepared, future))
            while window and (window[0][1] is None
                              or sum(f is not None for _, f in window) >= depth):
                yield window.popleft()
        while window:
            yield window.popleft()
    finally:
        for _, future in window:  # cancelled or failed run: drop the requests not started
            if future is not None:
                future.cancel()


def _in_groups(prepared_tiles, engine, feedback):
    """(prepared, Future or None) per tile, in order; the chips go to engine.classify_many in
    groups of engine.tiles_per_batch (tiles decided without the model travel with them)."""
    size = max(1, int(getattr(engine, "tiles_per_batch", 1)))
    window = []
    for prepared in prepared_tiles:
        window.append((prepared, None if prepared.result is not None else Future()))
        if sum(f is not None for _, f in window) == size:
            yield from _run_group(window, engine, feedback)
            window = []
    yield from _run_group(window, engine, feedback)


def _run_group(window, engine, feedback):
    todo = [(prepared, future) for prepared, future in window if future is not None]
    if todo and not feedback.isCanceled():
        try:
            predictions = engine.classify_many([prepared.chip for prepared, _ in todo])
        except Exception as exc:
            # One bad tile must not cost the others their answers: take them one by one.
            predictions = None
            feedback.pushWarning(tr(
                "The model failed on a group of {} tiles ({}: {}); they are classified one by "
                "one.").format(len(todo), type(exc).__name__, exc))
        if predictions is not None:
            for (_, future), prediction in zip(todo, predictions):
                future.set_result(prediction)
        else:
            for prepared, future in todo:
                try:
                    future.set_result(engine.classify(prepared.chip))
                except Exception as exc:  # raised by _classify for this tile
                    future.set_exception(exc)
    yield from window


def _answered(pending):
    return (pending is not None and pending.done() and not pending.cancelled()
            and pending.exception() is None)


def _classify(prepared: _Prepared, engine, options: RunOptions, pending=None) -> TileResult:
    tile = prepared.tile
    try:
        prediction = pending.result() if pending is not None else engine.classify(prepared.chip)
    except LabelError as exc:
        return TileResult(tile, ERROR, prepared.valid_fraction, message=str(exc),
                          cloud_fraction=prepared.cloud_fraction)
    except Exception as exc:  # the engine itself failed (llama.cpp, the server, memory)
        raise TileFailure(tile, f"the {getattr(engine, 'name', 'model')} engine failed",
                          exc) from exc
    prediction = apply_rc_threshold(prediction, options.rc_threshold)
    return TileResult(tile, CLASSIFIED, prepared.valid_fraction, prediction,
                      cloud_fraction=prepared.cloud_fraction)
