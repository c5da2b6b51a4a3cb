"""Partitions as Dask tasks: one task fetches and classifies one partition on a worker.

The task (run_partition) is the one run of core/run.py on the partition's scene, RESUME always,
so a task retried after its worker died continues the tiles the dead worker committed and none
is written twice (core/output/tile_writer.py). The model is loaded once per worker process: the
engine cache (core/inference/engine_cache.py) is per process and a worker runs one task at a
time (one thread per worker). A partition that fails with a message the user can act on
(no scene, a model refused) comes back as FAILED with it; Dask retries the rest (a worker that
died, up to distributed's allowed-failures) and what still fails is reported, the other
partitions going on.
"""
import contextlib
import os
import socket
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import errors
from ..core.pipeline import RunError
from .manifest import DONE, FAILED, PARTIAL

TASK_RETRIES = 1  # an exception a task did not expect, tried once more on any worker


class ClusterError(errors.DeforestationError):
    """Dask is missing, or the scheduler cannot be reached."""


@dataclass
class PartitionJob:
    """Everything a worker needs, as plain picklable values."""

    folder: str
    pid: str
    epsg: int
    bounds: tuple
    tile_ids: list
    fetch: dict  # core/fetch/s2_fetch.py FetchRequest fields but extent, extent_crs, output
    request: dict  # core/run_request.py ClassifyRequest fields but source, output, extent
    threads: int = 1
    extra: dict = field(default_factory=dict)


class _LogFeedback:
    """The run's feedback on a worker: lines in DIR/logs/<partition>.log."""

    def __init__(self, stream):
        self.stream = stream
        self.warnings = 0

    def pushInfo(self, text):  # noqa: N802 (core/run.py's feedback interface)
        self.stream.write(f"{text}\n")
        self.stream.flush()

    def pushWarning(self, text):  # noqa: N802
        self.warnings += 1
        self.pushInfo(f"Warning: {text}")

    def setProgress(self, percent):  # noqa: N802
        pass

    def setProgressText(self, text):  # noqa: N802
        pass

    def isCanceled(self):  # noqa: N802
        return False


def run_partition(job: PartitionJob) -> dict:
    """On a worker: the partition's scene (fetched once, reused by a retry or a rerun) and its
    tiles classified into DIR/partitions/<id>.gpkg."""
    folder = Path(job.folder)
    (folder / "logs").mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    worker = f"{socket.gethostname()}:{os.getpid()}"
    with open(folder / "logs" / f"{job.pid}.log", "a", encoding="utf-8") as log:
        log.write(f"--- started on {worker} (pid {os.getpid()}) at "
                  f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n")
        log.flush()
        feedback = _LogFeedback(log)
        try:
            items = _scene(job, folder, feedback)
            summary = _classify(job, folder, feedback)
        except (errors.DeforestationError, RunError) as exc:
            feedback.pushInfo(f"Failed: {exc}")
            return {"state": FAILED, "error": str(exc), "worker": worker,
                    "seconds": time.monotonic() - started, **_memory()}
        done, retry = _written(folder / "partitions" / f"{job.pid}.gpkg", job.tile_ids)
        state = DONE if done == len(job.tile_ids) and not retry else PARTIAL
        feedback.pushInfo(f"{state}: {done} of {len(job.tile_ids)} tiles, {retry} to retry")
        return {"state": state, "worker": worker, "items": items,
                "new_tiles": summary.new_tiles, "skipped": summary.counts.skipped,
                "tile_seconds": summary.tile_seconds, "seconds": time.monotonic() - started,
                "written": done, "retry": retry, "error": "", "finished": time.time(),
                **_memory()}


def _scene(job, folder, feedback):
    """The stack VRT of the partition: fetched, or the one an earlier attempt fetched (a
    second fetch could choose other imagery, which RESUME would then refuse)."""
    from osgeo import gdal

    from ..core.fetch import s2_fetch

    scene = folder / "scenes" / f"{job.pid}.vrt"
    if scene.exists():
        with contextlib.suppress(RuntimeError):
            if gdal.Open(str(scene)) is not None:
                s2_fetch.configure_gdal()
                feedback.pushInfo(f"Scene {scene} fetched before: reused.")
                return []
    fields = dict(job.fetch)
    if "per_tile" in fields and "per_tile" not in s2_fetch.FetchRequest.__dataclass_fields__:
        fields.pop("per_tile")
    request = s2_fetch.FetchRequest(extent=tuple(job.bounds), extent_crs=f"EPSG:{job.epsg}",
                                    output=scene, **fields)
    return list(s2_fetch.fetch_scene(request, feedback).item_ids)


def _classify(job, folder, feedback):
    from ..core.output.tile_writer import RESUME
    from ..core.run import run_classification
    from ..core.run_request import ClassifyRequest

    fields = dict(job.request)
    fields["preferences"] = replace(fields["preferences"], n_threads=job.threads)
    request = ClassifyRequest(
        source=str(folder / "scenes" / f"{job.pid}.vrt"),
        output=folder / "partitions" / f"{job.pid}.gpkg", extent=tuple(job.bounds),
        extent_crs=f"EPSG:{job.epsg}", mode=RESUME, max_tiles=None, **fields)
    return run_classification(request, feedback)


def _written(path, tile_ids):
    """(tiles of the partition in its output, of them in a status RESUME does again)."""
    from osgeo import ogr

    from ..core.vocabulary import RETRY_TILE_STATUSES

    wanted = set(tile_ids)
    ds = ogr.Open(str(path))
    seen, retry = set(), 0
    for feature in ds.GetLayer(0):
        tile_id = feature.GetField("tile_id")
        if tile_id in wanted and tile_id not in seen:
            seen.add(tile_id)
            retry += feature.GetField("status") in RETRY_TILE_STATUSES
    return len(seen), retry


def _memory() -> dict:
    """The worker's resident memory now and at its peak, MiB (flat across partitions when
    nothing leaks: docs/SCALING.md); None where the platform does not say (Windows has no
    `resource` module nor /proc)."""
    try:
        import resource
    except ImportError:
        peak = None
    else:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            rss = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError, AttributeError):  # no /proc, no os.sysconf
        rss = None
    return {"rss_mib": rss, "peak_rss_mib": peak}


# --- the client side ---------------------------------------------------------------------------
def open_client(scheduler: str = "", workers: int = 2):
    """(client, local cluster or None): the scheduler at `scheduler`, else a local cluster of
    `workers` processes of one thread each."""
    try:
        import logging

        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterError("`deforestation area` runs on Dask, which is not installed: pip "
                           "install 'deforestation-classifier[cluster]' (or pip install -r "
                           "requirements/cluster.txt).") from exc
    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"The Dask scheduler at {scheduler} cannot be reached ({exc}). "
                               "Check the address (tcp://host:8786) and that the scheduler "
                               "runs.") from exc
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run_jobs(client, jobs, on_result):
    """Submit every job; on_result(job, result dict) as each partition ends, the failures
    (a task that kept failing, a worker that kept dying) as FAILED results."""
    from dask.distributed import as_completed

    futures = {client.submit(run_partition, job, key=f"partition-{job.pid}-{time.time_ns()}",
                             pure=False, retries=TASK_RETRIES): job for job in jobs}
    for future in as_completed(futures):
        job = futures[future]
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 (KilledWorker, a bug on a worker: reported)
            result = {"state": FAILED, "error": f"{type(exc).__name__}: {exc}"}
        on_result(job, result)


def workers_of(client) -> list:
    """[(worker name, threads)] the scheduler knows now."""
    info = client.scheduler_info().get("workers", {})
    return sorted((str(w.get("name", address)), w.get("nthreads", 1))
                  for address, w in info.items())
