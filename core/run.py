"""One classification run, the entry point every face calls.

The Processing algorithm (processing_provider/classify_algorithm.py), and through it the
toolbar, batch mode, qgis_process and `make demo`, turn their inputs into a ClassifyRequest
and call run_classification(); nothing else conducts a run. Data flows one way:

    open raster -> plan tiles -> choose engine (model files checked) -> DN scaling
    -> readers -> load engine -> writer -> pipeline (read, chip, classify) -> writer

`feedback` is anything with pushInfo, pushWarning, setProgress, setProgressText and
isCanceled (QgsProcessingFeedback has them all), so a run needs no QGIS. Every failure is a
RunError whose message says what went wrong and what to do; tiles already written stay in the
output and RESUME continues from them. The request and summary types are in core/run_request.py,
what a run records in its output in core/run_settings.py.
"""
import contextlib
import dataclasses
import time
from pathlib import Path

from . import pipeline
from .. import errors
from .imagery import cloud_mask, s2_product
from .imagery.bands import select_bands
from .imagery.grid import srs_from_wkt
from .imagery.raster_tiles import (RasterError, TileReader, band_descriptions, open_raster,
                                   raster_srs)
from .imagery.scaling import dn_scaling, product_info, sample_band, value_warnings
from .imagery.source_identity import source_identity
from .imagery.streamed_reader import (empty_samples, fetched_scene_scl, is_streamed,
                                      streamed_cloud_reader, streamed_reader, with_read_failure)
from .inference.backends import BACKEND_LLAMA_CPP
from .inference.engine_cache import ENGINES
from .inference.engines import EngineChoiceError, choose_engine, describe, load_engine
from .output import run_log
from .output.tile_writer import OutputError, TileWriter, check_output_path, plan_counts
from .pipeline import RunError
from .run_request import (ClassifyRequest, RequestError, RunCounts, RunSummary, estimate_engine,
                          estimate_text)
from .run_settings import answer_settings, provenance_items
from .vocabulary import ERROR, NO_DATA
from ..toolbelt.i18n import tr


# --- the run -----------------------------------------------------------------------------------
def run_classification(request: ClassifyRequest, feedback) -> RunSummary:
    """Perform the run the request describes; see the module docstring. Its messages and the
    error that ends it go to the last run's log too (core/output/run_log.py)."""
    recorder = run_log.recording(feedback)
    try:
        return _run(request, recorder)
    except Exception as exc:
        recorder.record("ERROR", f"The run stopped: {type(exc).__name__}: {exc}")
        raise
    finally:
        recorder.close()


def _run(request: ClassifyRequest, feedback) -> RunSummary:
    started = time.monotonic()
    dataset, srs, bands, plan = _open_and_plan(request)
    request = _fetched_scene_mask(request, dataset, feedback)
    feedback.pushInfo(tr("{} tiles of 1 km in {}; bands NIR={}, Red={}, Green={}.").format(
                         len(plan.tiles), plan.grid.tag, bands.nir, bands.red, bands.green))
    feedback.pushInfo(tr("Tile grid {}: {}.").format(plan.grid.tag, plan.grid.reason))
    _check_output(request)
    try:
        choice = choose_engine(request.engine, request.preferences, feedback)
    except EngineChoiceError as exc:
        raise RequestError(str(exc)) from exc
    scaling = _scaling(request, dataset, bands, feedback)
    options = pipeline.RunOptions(
        min_valid_fraction=request.min_valid_fraction,
        chips_folder=_chips_folder(request.chips_folder),
        scaling=scaling,
        max_cloud=request.max_cloud,
        rc_threshold=_rc_threshold(request, choice, feedback),
    )
    # Readers first: a raster GDAL cannot warp is reported before the output is touched.
    try:
        reader = TileReader(dataset, srs, bands, plan.grid, plan.tiles)
        # A streamed fetched scene: a tile whose asset fails (403/404) is that tile's ERROR.
        reader = streamed_reader(reader, dataset)
    except RasterError as exc:
        raise RequestError(str(exc)) from exc
    timing = {}
    try:
        options.cloud_reader = streamed_cloud_reader(
            _cloud_reader(request, plan, feedback), reader)
        counts = _classify(request, choice, plan, reader, options, bands, dataset, feedback,
                           timing)
    finally:
        reader.close()
        if options.cloud_reader is not None:
            options.cloud_reader.close()
    _warn_uncovered(options.cloud_reader, request, feedback)
    summary = RunSummary(Path(request.output), len(plan.tiles), counts,
                         device=timing.get("device", ""),
                         seconds=time.monotonic() - started,
                         tile_seconds=timing.get("tile_seconds", 0.0))
    _report(summary, feedback)
    return summary


def _classify(request, choice, plan, reader, options, bands, dataset, feedback,
              timing) -> RunCounts:
    """The tiles classified and written; `timing` gets the device and the seconds the tiles
    took (model loading excluded), for the completion line."""
    try:
        lease = ENGINES.lease(choice.cache_key(), lambda: load_engine(choice, feedback))
        with lease as engine:
            if choice.is_server:
                timing["device"] = f"the server ({choice.label()})"
            else:
                timing["device"] = describe(choice)
                feedback.pushInfo(tr("Device: {}").format(timing['device']))
            # Created once the model is loaded: a model that fails to load leaves no output
            # behind that the next run would have to resume or overwrite.
            writer = _writer(request, choice, plan, bands, options, dataset, feedback)
            options.skip_ids = frozenset(writer.done_ids)
            tiles_started = time.monotonic()
            # The server backend's answers per server (a pool: docs/SERVERS.md), for this run.
            before = engine.tiles_per_server() if choice.is_server else None
            try:
                return write_results(plan.tiles, reader, engine, writer, feedback, options)
            except RunError as exc:
                raise RunError(tr("{} The tiles done so far are saved in {}; run again with "
                                  "RESUME to continue.").format(exc, request.output)) from exc
            finally:
                timing["tile_seconds"] = time.monotonic() - tiles_started
                if before is not None:
                    feedback.pushInfo(tr("Tiles per server:\n{}").format(
                                         engine.pool_report(before)))
    except EngineChoiceError as exc:
        raise RequestError(str(exc)) from exc


def open_and_plan(source, source_crs="", bands=(None, None, None), extent=None,
                  extent_crs=""):
    """(dataset, srs, BandSelection, TilePlan) of a raster and an area; RequestError when the
    raster, its bands or the area cannot be used."""
    try:
        dataset = open_raster(source)
        srs = raster_srs(dataset, source_crs)
        nir, red, green = bands
        selection = select_bands(band_descriptions(dataset), nir=nir, red=red, green=green)
        extent_srs = srs_from_wkt(extent_crs) if extent_crs else None
        plan = pipeline.plan_tiles(dataset, srs, extent, extent_srs)
    except errors.InputError as exc:  # the raster, its bands, the area or its CRS
        raise RequestError(str(exc)) from exc
    return dataset, srs, selection, plan


def tile_count(source, source_crs="", extent=None, extent_crs="") -> int:
    """How many 1 km tiles a run over this area would have; 0 when it cannot tell (the run
    then reports the problem itself)."""
    try:
        return len(open_and_plan(source, source_crs, extent=extent,
                                 extent_crs=extent_crs)[3].tiles)
    except RequestError:
        return 0


def _open_and_plan(request):
    dataset, srs, bands, plan = open_and_plan(request.source, request.source_crs,
                                              request.bands, request.extent,
                                              request.extent_crs)
    limit = request.max_tiles
    if limit and len(plan.tiles) > limit:
        tiles = len(plan.tiles)
        raise RequestError(tr(
            "The extent covers {} tiles of 1 km ({}), more than MAX_TILES = {}. Zoom in or set "
            "EXTENT to a smaller area, or raise MAX_TILES to {} to run it anyway."
        ).format(tiles, estimate_text(tiles, _estimate_engine(request)), limit, tiles))
    return dataset, srs, bands, plan


def _estimate_engine(request):
    backend = getattr(request.preferences, "backend", None) or BACKEND_LLAMA_CPP
    return estimate_engine(request.engine.kind, backend)


def _check_output(request):
    """Refuse, before any work, an output that exists without RESUME or OVERWRITE, or that
    cannot be written."""
    import os

    output = Path(request.output)
    try:
        check_output_path(output, request.mode)
    except OutputError as exc:
        raise RequestError(str(exc)) from exc
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RequestError(tr("Cannot create the output folder {}: {}. Choose a folder you can "
                              "write to.").format(output.parent, exc)) from exc
    if not os.access(output.parent, os.W_OK) or (output.exists()
                                                 and not os.access(output, os.W_OK)):
        raise RequestError(tr("Cannot write the output {}: permission denied. Choose a folder "
                              "you can write to.").format(output))


def _scaling(request, dataset, bands, feedback):
    if request.scale is not None and request.scale <= 0:
        raise RequestError(tr("SCALE must be above 0 (DN = raw x SCALE + OFFSET), not {}. Leave "
                              "it empty for automatic.").format(request.scale))
    try:
        samples = [sample_band(dataset, n) for n in bands.as_list()]
    except RuntimeError as exc:  # GDAL: a damaged file, an asset of a streamed scene gone
        if is_streamed(dataset):
            feedback.pushWarning(tr("Part of the streamed scene cannot be read ({}): the tiles "
                                    "that need it will be ERROR; RESUME retries them.")
                                 .format(exc))
            samples = empty_samples()
        else:
            raise RequestError(tr(
                "The raster's values cannot be read: {}. Check the file; for a scene fetched "
                "by deforestation:fetch_sentinel2, fetch it again.").format(
                    str(exc).rstrip("."))) from exc
    scaling = dn_scaling(dataset, bands.as_list(), request.source,
                         offset_override=request.offset, scale_override=request.scale,
                         samples=samples)
    for reason in scaling.reasons:
        feedback.pushInfo(tr("Values: {}.").format(reason))
    if not scaling.reasons:
        feedback.pushInfo(tr("Values: used as DN (surface reflectance x 10000) as they are."))
    if product_info(dataset, request.source).level == "L1C":
        feedback.pushWarning(
            tr("This looks like a Sentinel-2 L1C (top-of-atmosphere) product. The model was "
               "trained on L2A surface reflectance: expect less reliable labels; use the L2A "
               "product of the same date if you can."))
    for warning in value_warnings(scaling, samples, user_offset=request.offset is not None,
                                  user_scale=request.scale is not None):
        feedback.pushWarning(warning)
    return scaling


def _rc_threshold(request, choice, feedback):
    if request.rc_threshold is None:
        return None
    if not choice.gives_probabilities:
        feedback.pushWarning(
            tr("RC_THRESHOLD needs class probabilities, which the recipe engine does not "
               "give; it is ignored. Use the fast scoring engine."))
        return None
    return request.rc_threshold


def _chips_folder(folder):
    if not folder:
        return None
    path = Path(folder)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RequestError(tr("Cannot create the chips folder {}: {}").format(folder, exc)) \
            from exc
    return path


def _fetched_scene_mask(request, dataset, feedback):
    """A scene from deforestation:fetch_sentinel2 names its SCL (core/fetch/s2_fetch.py): it is the
    cloud mask when none is given."""
    if request.cloud_mask:
        return request
    scl = fetched_scene_scl(dataset, request.source)
    if not scl:
        return request
    feedback.pushInfo(tr("Cloud mask: the fetched scene's SCL {} (CLOUD_MASK not given).")
                      .format(scl))
    return dataclasses.replace(request, cloud_mask=scl, cloud_mask_kind=cloud_mask.SCL)


def _cloud_reader(request, plan, feedback):
    if not request.cloud_mask:
        return None
    try:
        mask_ds = open_raster(request.cloud_mask)
        mask_srs = raster_srs(mask_ds, request.cloud_mask_crs)
    except RasterError as exc:
        raise RequestError(f"CLOUD_MASK: {exc}") from exc
    kind = request.cloud_mask_kind
    if kind == cloud_mask.AUTO:
        kind = cloud_mask.guess_kind(request.cloud_mask,
                                     mask_ds.GetRasterBand(1).GetDescription())
    feedback.pushInfo(tr("Cloud mask read as {}.").format(
        tr("SCL (classes 3, 8, 9, 10)") if kind == cloud_mask.SCL else tr("non-zero = cloud")))
    return cloud_mask.CloudMaskReader(mask_ds, mask_srs, plan.grid, plan.tiles, kind)


def _warn_uncovered(cloud_reader, request, feedback):
    """One warning for the tiles the cloud mask does not cover (docs/INPUTS.md, "Cloud
    masks")."""
    uncovered = getattr(cloud_reader, "uncovered", None)
    if uncovered:
        feedback.pushWarning(tr(
            "The cloud mask {} has no data over {} tiles (outside it, or its nodata): their "
            "cloud_fraction is empty and they were classified without cloud gating. Use a mask "
            "that covers the whole extent to gate them.").format(request.cloud_mask,
                                                                 len(uncovered)))


# --- the output: the writer, the results, the report ---------------------------------------
def _writer(request, choice, plan, bands, options, dataset, feedback) -> TileWriter:
    acquisition = s2_product.acquisition(dataset, request.source)
    try:
        writer = TileWriter(
            request.output, plan.grid, mode=request.mode,
            settings=answer_settings(choice, plan.grid, bands, options.scaling, options,
                                     request),
            metadata=provenance_items(request, choice, bands, options.scaling),
            acquisition=acquisition,
            # A scene fetched tile by tile: each tile's own date and item (docs/FETCH.md).
            tile_acquisitions=s2_product.tile_acquisitions(dataset, plan.tiles),
            source=source_identity(dataset, request.source, bands.as_list(), acquisition),
            plan_ids={tile.tile_id for tile in plan.tiles})
    except OutputError as exc:
        raise RequestError(str(exc)) from exc
    if writer.done_ids:
        feedback.pushInfo(tr("Resuming: {} tiles of this extent already done, same model, "
                             "settings and raster.").format(len(writer.done_ids)))
    return writer


def write_results(tiles, reader, engine, writer, feedback, options) -> RunCounts:
    """Classify the tiles not yet in the writer's output and write each as it comes.

    Tiles with the model's ERROR are written and reported through feedback.pushWarning; a
    failure to read, classify or write a tile raises pipeline.TileFailure, after the writer
    has committed what was done.
    """
    counts = RunCounts(skipped=len(options.skip_ids))
    results = pipeline.classify_tiles(tiles, reader, engine, feedback, options)
    try:
        # closing(): the pipeline's chip thread stops now, also when the writer fails.
        with contextlib.closing(results):
            for result in results:
                result = with_read_failure(result, reader)
                try:
                    writer.add(result)
                except Exception as exc:  # disk full, file locked or removed
                    raise pipeline.TileFailure(
                        result.tile, f"could not be written to {writer.path}", exc) from exc
                counts.add(result)
                if result.status == ERROR:
                    feedback.pushWarning(f"{result.tile.tile_id}: {result.message}")
    except BaseException as exc:
        with contextlib.suppress(Exception):  # the first failure is the one to report
            writer.close(stopped=str(exc) or type(exc).__name__)
        raise
    try:
        writer.close(stopped="cancelled" if feedback.isCanceled() else "")
    except Exception as exc:
        raise RunError(
            tr("The last tiles could not be saved to {}: {}. The tiles committed before are "
               "kept.").format(writer.path, exc)) from exc
    counts.in_plan = plan_counts(writer.path, writer.plan_ids or {t.tile_id for t in tiles},
                                 counts.by_key)
    return counts


def _report(summary: RunSummary, feedback):
    counts = summary.counts
    if summary.cancelled:
        feedback.pushWarning(
            tr("Cancelled after {} of {} tiles; the output holds the tiles done. Run again "
               "with RESUME to finish.").format(counts.done, summary.total))
    no_data = counts.by_key[NO_DATA]
    if no_data and no_data == counts.done:
        raise RunError(
            tr("Every tile is NO_DATA: the extent holds no valid pixel of the raster (DN 0 "
               "or nodata). Check the extent and the raster's nodata value."))
    feedback.pushInfo(summary.completion_text())
