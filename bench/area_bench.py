"""`deforestation area` on a local Dask cluster against one `deforestation classify`
(docs/SCALING.md, "Measured"): the same area from the loopback Earth Search
(tests/stac_server.py), through `area` with 2 workers x 1 thread and through one fetch and
`classify` with 2 threads, each a child process of the command as a user runs it
(tests/cli_runner.py).

Reported: the throughput of each (tiles per second of the whole command, the fetch included)
and their ratio area/classify (target >= 0.95), the same for the tile phase alone (the run's
own seconds per tile: area's partitions on 2 workers against classify's); each partition's
overhead (its task's seconds outside the tile phase: the fetch, opening the scene, the model
loaded on a worker's first partition) and each worker's resident memory after every partition
it ran, in order (flat when nothing leaks across partitions).

    .venv/bin/python bench/area_bench.py [--quick] [--size real|tiny | --model M --mmproj P]
        [--km-x 6 --km-y 4] [--partition-km 2] [--rounds 1] [--json out.json]
"""
import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib as common  # noqa: E402

EPSG = 32721
ORIGIN = (500000.0, 8890000.0)
WINDOW = ("2024-06-01", "2024-09-30")
TARGET_RATIO = 0.95


def _aoi(path, extent):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("aoi", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    xmin, ymin, xmax, ymax = extent
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))"))
    layer.CreateFeature(feature)
    ds = None
    return path


def _per_tile(text):
    """The run's own seconds per tile from its completion line (core/run_request.py)."""
    found = re.findall(r"([0-9.]+) s per tile", text)
    return float(found[-1]) if found else None


def _classify_path(folder, url, extent, model, mmproj, threads):
    """(seconds of the fetch, seconds of classify, classify's tile phase per tile, tiles)."""
    import subprocess

    from cli_runner import cli_env, run_cli

    began = time.perf_counter()
    fetch = subprocess.run(
        [sys.executable, "-c", "import sys; from deforestation_classifier.core.fetch import "
         "s2_fetch as f; from deforestation_classifier.cli.feedback import ConsoleFeedback; "
         f"f.fetch_scene(f.FetchRequest(extent={tuple(extent)!r}, extent_crs='EPSG:{EPSG}', "
         f"output=sys.argv[1], start={WINDOW[0]!r}, end={WINDOW[1]!r}, stac_url={url!r}), "
         "ConsoleFeedback(quiet=True))", str(folder / "s2.vrt")],
        env=cli_env(folder), capture_output=True, text=True, timeout=600)
    if fetch.returncode != 0:
        raise RuntimeError(fetch.stderr[-2000:])
    fetched = time.perf_counter()
    done = run_cli(["--no-progress", "classify", folder / "s2.vrt", "--out",
                    folder / "tiles.gpkg", "--extent", ",".join(str(v) for v in extent),
                    "--extent-crs", f"EPSG:{EPSG}", "--model", model, "--mmproj", mmproj,
                    "--threads", str(threads)], folder, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    ended = time.perf_counter()
    return fetched - began, ended - fetched, _per_tile(done.stdout + done.stderr)


def _area_path(folder, url, aoi, model, mmproj, partition_km, workers):
    """(seconds of the command, DIR/summary.json, DIR/manifest.json's partitions)."""
    from cli_runner import run_cli

    out = folder / "run"
    began = time.perf_counter()
    done = run_cli(["--no-progress", "area", "--aoi", aoi, "--start", WINDOW[0], "--end",
                    WINDOW[1], "--stac-url", url, "--partition-km", str(partition_km),
                    "--workers", str(workers), "--threads", "1", "--model", model, "--mmproj",
                    mmproj, "--out", out], folder, timeout=3600)
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    summary = json.loads((out / "summary.json").read_text())
    partitions = json.loads((out / "manifest.json").read_text())["partitions"]
    return seconds, summary, partitions


def _round(tmp, r, url, aoi, extent, tiles, args, model, mmproj):
    # Odd rounds run area first: a load that changes during the bench weighs on both.
    runs = {}
    for kind in (("classify", "area") if r % 2 == 0 else ("area", "classify")):
        if kind == "classify":
            runs[kind] = _classify_path(tmp / f"classify-{r}", url, extent, model, mmproj,
                                        args.threads)
        else:
            runs[kind] = _area_path(tmp / f"area-{r}", url, aoi, model, mmproj,
                                    args.partition_km, args.workers)
    fetch_s, classify_s, classify_tile_s = runs["classify"]
    area_s, summary, partitions = runs["area"]
    new_tiles = summary["new_tiles"]
    # The tile phase of area: its workers' tile seconds in parallel.
    area_tile_s = sum(p.get("tile_seconds", 0.0) for p in partitions) / args.workers / new_tiles
    workers = {}
    for p in sorted(partitions, key=lambda p: p.get("finished", 0.0)):
        workers.setdefault(p.get("worker", "?"), []).append(
            {"partition": p["id"], "rss_mib": p.get("rss_mib"),
             "peak_rss_mib": p.get("peak_rss_mib")})
    return {
        "tiles": tiles, "new_tiles": new_tiles, "first": "classify" if r % 2 == 0 else "area",
        "classify": {"fetch_s": fetch_s, "classify_s": classify_s,
                     "tiles_per_s": tiles / (fetch_s + classify_s),
                     "tile_phase_s_per_tile": classify_tile_s},
        "area": {"seconds": area_s, "tiles_per_s": new_tiles / area_s,
                 "tile_phase_s_per_tile": area_tile_s,
                 "partitions": len(partitions),
                 "overhead_s": {p["id"]: p.get("seconds", 0.0) - p.get("tile_seconds", 0.0)
                                for p in partitions},
                 "workers": workers},
    }


def measure(args, model, mmproj, log=print) -> dict:
    common.register_package()
    from stac_server import StacCatalog, StacServer, scene_bands

    km_x, km_y = args.km_x, args.km_y
    extent = (ORIGIN[0] + 100, ORIGIN[1] - km_y * 1000 + 100, ORIGIN[0] + km_x * 1000 - 100,
              ORIGIN[1] - 100)  # inside the tiles: exactly km_x * km_y of them
    tiles = km_x * km_y
    rounds = []
    with tempfile.TemporaryDirectory(prefix="deforestation-area-bench-") as tmp:
        tmp = Path(tmp)
        catalog = StacCatalog(tmp / "assets")
        bands, scl = scene_bands(rows=km_y * 100, cols=km_x * 100, seed=80)
        catalog.add_scene("S2A_21LYG_20240705_0_L2A", "2024-07-05T14:00:00Z", 2.0, epsg=EPSG,
                          origin=ORIGIN, bands=bands, scl=scl)
        catalog.delay_s = args.delay
        aoi = _aoi(tmp / "aoi.gpkg", extent)
        with StacServer(catalog) as url:
            for r in range(args.rounds):
                entry = _round(tmp, r, url, aoi, extent, tiles, args, model, mmproj)
                rounds.append(entry)
                log(f"  round {r + 1}: classify {entry['classify']['tiles_per_s']:.3f} tiles/s "
                    f"(fetch {entry['classify']['fetch_s']:.1f} s + classify "
                    f"{entry['classify']['classify_s']:.1f} s), area "
                    f"{entry['area']['tiles_per_s']:.3f} tiles/s ({entry['area']['seconds']:.1f}"
                    " s)")
    ratio = [e["area"]["tiles_per_s"] / e["classify"]["tiles_per_s"] for e in rounds]
    phase = [e["classify"]["tile_phase_s_per_tile"] / e["area"]["tile_phase_s_per_tile"]
             for e in rounds if e["classify"]["tile_phase_s_per_tile"]]
    overheads = [s for e in rounds for s in e["area"]["overhead_s"].values()]
    return {"tiles": tiles, "partition_km": args.partition_km, "workers": args.workers,
            "threads": args.threads, "delay_s": args.delay, "rounds": rounds,
            "throughput_ratio": statistics.median(ratio),
            "tile_phase_ratio": statistics.median(phase) if phase else None,
            "overhead_per_partition_s": {"median": statistics.median(overheads),
                                         "max": max(overheads)},
            "target_ratio": TARGET_RATIO,
            "meets_target": statistics.median(ratio) >= TARGET_RATIO,
            "load_average": common.load_average(), "model": str(model)}


def report_lines(result):
    lines = [f"area ({result['workers']} workers x 1 thread) vs classify ({result['threads']} "
             f"threads), {result['tiles']} tiles, {result['partition_km']} km partitions:",
             f"  throughput ratio {result['throughput_ratio']:.2f} (target >= "
             f"{TARGET_RATIO:.2f}: {'met' if result['meets_target'] else 'NOT met'}); tile "
             f"phase ratio {result['tile_phase_ratio'] or float('nan'):.2f}",
             f"  overhead per partition: median "
             f"{result['overhead_per_partition_s']['median']:.2f} s, max "
             f"{result['overhead_per_partition_s']['max']:.2f} s"]
    for name, runs in result["rounds"][-1]["area"]["workers"].items():
        rss = ", ".join(f"{p['rss_mib']:.0f}" for p in runs if p["rss_mib"] is not None)
        lines.append(f"  worker {name}: RSS after each partition {rss} MiB (peak "
                     f"{max(p['peak_rss_mib'] or 0 for p in runs):.0f} MiB)")
    lines.append(f"  load {result['load_average']}")
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="4 x 4 km (4 partitions)")
    parser.add_argument("--model")
    parser.add_argument("--mmproj")
    parser.add_argument("--size", choices=("real", "tiny"), default="real")
    parser.add_argument("--km-x", type=int, default=6)
    parser.add_argument("--km-y", type=int, default=4)
    parser.add_argument("--partition-km", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2, help="classify's threads")
    parser.add_argument("--delay", type=float, default=0.04, help="seconds per HTTP request")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", help="write the result here")
    args = parser.parse_args(argv)
    if args.quick:
        args.km_x, args.km_y = 4, 4
    if args.model and args.mmproj:
        model, mmproj = args.model, args.mmproj
    else:
        from fetch_bench import bench_models

        model, mmproj = bench_models(args.size)
    result = measure(args, str(model), str(mmproj))
    print("\n".join(report_lines(result)), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
