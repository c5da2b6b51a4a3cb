"""`deforestation area --aoi AOI --start DATE --end DATE --out DIR`: a region on a Dask cluster.

The AOI's 1 km tiles cut into K x K km partitions per UTM zone (cli/partitions.py), listed in
DIR/manifest.json (cli/manifest.py); each partition fetched from the STAC API and classified
into DIR/partitions/<id>.gpkg as a Dask task (cli/cluster.py); DIR/tiles.gpkg merged
(cli/merge.py) and DIR/summary.json written at the end. The same command again resumes:
partitions done are skipped, the others continue under the RESUME rules. `--dry-run` (or
`deforestation estimate`) says what it would do and stops. docs/SCALING.md.
"""
import argparse
import json
import time
from pathlib import Path

from .. import errors
from ..core.fetch import s2_fetch
from ..core.run_request import ESTIMATE_SECONDS_PER_TILE
from ..core.pipeline import duration_text
from . import classify, cluster, merge
from .classify import OptionError
from .manifest import DONE, FAILED, PARTIAL, Manifest
from .partitions import partition_aoi, read_aoi

DEFAULT_PARTITION_KM = 20
# Pixels a tile reads before compression: B03, B04, B08 at 10 m (100 x 100 uint16 each) and
# the SCL at 20 m (50 x 50 bytes). COG blocks and compression change it; it is the order.
BYTES_PER_TILE = 3 * 100 * 100 * 2 + 50 * 50


def add_area_arguments(parser, dry_run=True):
    parser.add_argument("--aoi", required=True, type=Path,
                        help="the area: a polygon file OGR reads (GeoPackage, GeoJSON, ...)")
    parser.add_argument("--out", required=True, type=Path, help="the run's folder (DIR)")
    parser.add_argument("--start", default="", help="first acquisition date, YYYY-MM-DD "
                        f"(default: END - {s2_fetch.DEFAULT_DAYS} days)")
    parser.add_argument("--end", default="", help="last acquisition date (default: today)")
    parser.add_argument("--stac-url", default=s2_fetch.DEFAULT_STAC_URL)
    parser.add_argument("--collection", default=s2_fetch.DEFAULT_COLLECTION)
    parser.add_argument("--max-cloud-cover", type=float,
                        default=s2_fetch.DEFAULT_MAX_SCENE_CLOUD_PERCENT,
                        help="maximum scene cloud cover, %% (default %(default)s)")
    parser.add_argument("--per-tile", action=argparse.BooleanOptionalAction, default=True,
                        help="every tile from its clearest acquisition (default); "
                             "--no-per-tile: one acquisition per partition")
    parser.add_argument("--partition-km", type=int, default=DEFAULT_PARTITION_KM,
                        help="partition side, km (default %(default)s)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", default="", metavar="ADDRESS",
                       help="an existing Dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, default=2,
                       help="a local cluster of N worker processes (default %(default)s)")
    parser.add_argument("--seconds-per-tile", type=float,
                        help="for the estimate (default: DIR/summary.json's measure, else the "
                             "engine's figure on a 2-core CPU)")
    if dry_run:
        parser.add_argument("--dry-run", action="store_true",
                            help="say what would run (tiles, partitions, bytes, time); run "
                                 "nothing")


def add_arguments(parser):
    add_area_arguments(parser)
    classify.add_model_options(parser)
    classify.add_classify_options(parser)


def add_estimate_arguments(parser):
    add_area_arguments(parser, dry_run=False)
    classify.add_model_options(parser)
    classify.add_classify_options(parser)


# --- the plan --------------------------------------------------------------------------------
def settings_of(args) -> dict:
    """What a rerun must match (cli/manifest.py): the area, the imagery and the answers."""
    aoi = read_aoi(args.aoi)
    return {"aoi": aoi.ExportToWkt(), "start": args.start, "end": args.end,
            "stac_url": args.stac_url, "collection": args.collection,
            "max_cloud_cover": args.max_cloud_cover, "per_tile": args.per_tile,
            "partition_km": args.partition_km, "engine": args.engine,
            "model": str(args.model or ""), "mmproj": str(args.mmproj or ""),
            "rc_threshold": args.rc_threshold, "max_cloud": args.max_cloud,
            "min_valid_fraction": args.min_valid_fraction,
            "bands": [args.nir_band, args.red_band, args.green_band],
            "scale": args.scale, "offset": args.offset}


def plan(args):
    """(Manifest, settings) for the command's area; nothing is written."""
    if args.partition_km < 1:
        raise OptionError(f"--partition-km must be 1 or more, not {args.partition_km}.")
    if not getattr(args, "scheduler", "") and args.workers < 1:
        raise OptionError(f"--workers must be 1 or more, not {args.workers}.")
    try:
        s2_fetch.default_window(args.start, args.end)
    except (ValueError, errors.InputError) as exc:  # a date that is not one
        raise OptionError(str(exc)) from exc
    settings = settings_of(args)
    partitions = partition_aoi(read_aoi(args.aoi), args.partition_km)
    if not partitions:
        raise OptionError(f"The AOI {args.aoi} covers no 1 km tile.")
    return Manifest.open(args.out, settings, partitions), settings


def seconds_per_tile(args, manifest) -> tuple:
    """(seconds per tile on one worker, where the figure comes from)."""
    if args.seconds_per_tile:
        return args.seconds_per_tile, "--seconds-per-tile"
    summary = manifest.folder / "summary.json"
    if summary.exists():
        measured = json.loads(summary.read_text(encoding="utf-8")).get("seconds_per_tile")
        if measured:
            return measured, f"measured by the last run ({summary})"
    return ESTIMATE_SECONDS_PER_TILE[args.engine], "the engine's figure on a 2-core CPU " \
        "(README.md, Speed)"


def estimate_lines(args, manifest) -> list:
    tiles = manifest.data["tiles"]
    todo = manifest.to_run()
    tiles_todo = sum(p["tiles"] for p in todo)
    zones = sorted({p["epsg"] for p in manifest.partitions})
    per_tile, source = seconds_per_tile(args, manifest)
    workers = 0 if getattr(args, "scheduler", "") else args.workers
    lines = [f"Area: {tiles} tiles of 1 km ({tiles} km2) in {len(zones)} UTM zone(s) "
             f"({', '.join(f'EPSG:{z}' for z in zones)}).",
             f"Partitions: {len(manifest.partitions)} of up to {args.partition_km} x "
             f"{args.partition_km} km; {len(manifest.partitions) - len(todo)} done, "
             f"{len(todo)} to run ({tiles_todo} tiles).",
             f"Imagery to read: about {tiles_todo * BYTES_PER_TILE / 1e9:.2f} GB of pixels "
             f"({BYTES_PER_TILE // 1000} kB per tile before compression).",
             f"Time: {duration_text(tiles_todo * per_tile)} of one worker at {per_tile:.2f} s "
             f"per tile ({source})"]
    if workers:
        lines[-1] += f"; about {duration_text(tiles_todo * per_tile / workers)} on " \
                     f"{workers} workers."
    else:
        lines[-1] += "; divide by the scheduler's workers."
    return lines


def estimate(args, feedback) -> int:
    manifest, _ = plan(args)
    for line in estimate_lines(args, manifest):
        print(line)
    return 0


# --- the run ---------------------------------------------------------------------------------
def jobs_for(args, manifest) -> list:
    fetch = {"start": args.start, "end": args.end, "max_cloud": args.max_cloud_cover,
             "stac_url": args.stac_url, "collection": args.collection,
             "per_tile": args.per_tile}
    request = classify.request_fields(args)
    threads = args.threads or 1
    return [cluster.PartitionJob(str(manifest.folder.resolve()), p["id"], p["epsg"],
                                 tuple(p["bounds"]), merge.tile_ids_of(p), fetch, request,
                                 threads)
            for p in manifest.to_run()]


def run(args, feedback) -> int:
    if args.dry_run:
        return estimate(args, feedback)
    started = time.monotonic()
    manifest, _ = plan(args)
    for line in estimate_lines(args, manifest):
        feedback.pushInfo(line)
    manifest.save()
    jobs = jobs_for(args, manifest)
    workers = []
    if jobs:
        workers = _run_on_cluster(args, manifest, jobs, feedback)
    else:
        feedback.pushInfo("Every partition is done: nothing to classify.")
    merged = merge.merge(manifest, feedback)
    summary = _summary(manifest, merged, workers, time.monotonic() - started, bool(jobs))
    (manifest.folder / "summary.json").write_text(json.dumps(summary, indent=1),
                                                  encoding="utf-8")
    _report(summary, merged, feedback)
    return 0 if summary["partitions"]["done"] == len(manifest.partitions) else 3


def _run_on_cluster(args, manifest, jobs, feedback):
    client, local = cluster.open_client(args.scheduler, args.workers)
    entries = manifest.by_id()
    total = manifest.data["tiles"]
    done_tiles = [sum(p["tiles"] for p in manifest.partitions if p["state"] == DONE)]
    try:
        workers = cluster.workers_of(client)
        feedback.pushInfo(f"Dask: {len(workers)} workers "
                          f"({'local cluster' if local else args.scheduler}).")

        def on_result(job, result):
            entry = entries[job.pid]
            entry["attempts"] = entry.get("attempts", 0) + 1
            entry.update({k: v for k, v in result.items() if k != "state"})
            entry["state"] = result["state"]
            manifest.save()
            done_tiles[0] += entry["tiles"] if entry["state"] == DONE else 0
            feedback.setProgress(100.0 * done_tiles[0] / max(1, total))
            if entry["state"] == FAILED:
                feedback.pushWarning(f"Partition {job.pid} failed: {result.get('error')}")
            else:
                feedback.pushInfo(f"Partition {job.pid}: {entry['state']}, "
                                  f"{result.get('new_tiles', 0)} new tiles on "
                                  f"{result.get('worker', '?')}.")

        cluster.run_jobs(client, jobs, on_result)
        return cluster.workers_of(client) or workers
    finally:
        manifest.save()
        client.close()
        if local is not None:
            local.close()


def _summary(manifest, merged, workers, seconds, ran) -> dict:
    parts = manifest.partitions
    new_tiles = sum(p.get("new_tiles", 0) for p in parts if ran)
    tile_seconds = sum(p.get("tile_seconds", 0.0) for p in parts if ran)
    return {
        "tiles": manifest.data["tiles"], "tiles_merged": merged["tiles"],
        "tiles_missing": manifest.data["tiles"] - merged["tiles"],
        "area_km2": merged["tiles"],
        "counts": merged["counts"],
        "partitions": {state: sum(1 for p in parts if p["state"] == state)
                       for state in (DONE, PARTIAL, FAILED, "pending")},
        "failed": {p["id"]: p.get("error", "") for p in parts if p["state"] == FAILED},
        "seconds": round(seconds, 1),
        "new_tiles": new_tiles,
        "seconds_per_tile": round(tile_seconds / new_tiles, 4) if new_tiles else None,
        "wall_seconds_per_tile": round(seconds / new_tiles, 4) if new_tiles else None,
        "workers": [{"name": str(name), "threads": threads} for name, threads in workers],
        "output": merged["path"],
    }


def _report(summary, merged, feedback):
    counts = ", ".join(f"{k}: {v}" for k, v in summary["counts"].items() if v)
    feedback.pushInfo(
        f"{summary['tiles_merged']} of {summary['tiles']} tiles in {merged['path'] or '(none)'}"
        f" ({counts or 'no tiles'}); partitions: "
        + ", ".join(f"{v} {k}" for k, v in summary["partitions"].items() if v)
        + f"; {duration_text(summary['seconds'])}.")
    for pid, error in summary["failed"].items():
        feedback.pushWarning(f"Partition {pid} failed: {error} Run the same command again "
                             "to retry it.")
