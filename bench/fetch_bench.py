"""Per-tile fetch speed (docs/FETCH.md, "Speed"): a PER_TILE mosaic from 3 acquisitions against a
single acquisition, and a JPEG 2000-only scene against the same scene as COGs, each fetched from
the loopback Earth Search (tests/stac_server.py) with DELAY seconds before every answer and
classified streamed (core/run.py run_classification, the one run).

Scenes of KM x KM km (KM*KM tiles), all with the same kind of texture:
- mosaic: three acquisitions of one window, each cloudy as a whole (60-70 %) and clear over a
  third of the tiles (SCL cloud elsewhere), so every tile comes from the one acquisition clear
  over it (core/fetch/per_tile.py) and every tile is classified;
- single: one clear acquisition of another window;
- cog and jp2: one clear acquisition each in two more windows, the same pixels, one served as
  COGs and one as JPEG 2000 assets only (`<band>-jp2`).

Reported per case: the fetch's seconds and its HTTP requests split into the choice step
(searches, SCL reads) and the rest; the reading alone (every tile's bands read in one thread
from the fetched VRT, GDAL's HTTP cache cleared: what the mosaic changes, without the model's
time, which swamps it on a busy machine); the classification's HTTP requests; the median tile phase
(RunSummary.tile_seconds per tile: reading, classifying, writing) and whole run per tile over
ROUNDS rounds after a warm-up that loads the model (GDAL's HTTP cache cleared before each run;
the cases' order reverses every round, the two cases of a ratio always side by side); the
ratios mosaic/single (target <= 1.10) and jp2/cog: the median of the rounds' ratios and the
ratio of the fastest runs.

    .venv/bin/python bench/fetch_bench.py [--size real|tiny | --model M --mmproj P]
        [--km 4] [--delay 0.04] [--rounds 2] [--threads 2] [--quick] [--json out.json]
"""
import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib as common  # noqa: E402

EPSG = 32721
ORIGIN = (500000.0, 8890000.0)
TARGET_RATIO = 1.10
# (case, window start, window end)
WINDOWS = {"mosaic": ("2024-07-01", "2024-07-31"), "single": ("2024-08-01", "2024-08-31"),
           "cog": ("2024-09-01", "2024-09-30"), "jp2": ("2024-10-01", "2024-10-31")}


class Quiet:
    def __init__(self):
        self.infos = []

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.infos.append(text)

    def setProgress(self, value):  # noqa: N802
        pass

    def setProgressText(self, text):  # noqa: N802
        pass

    def isCanceled(self):  # noqa: N802
        return False


def _catalog(root, km):
    """The loopback catalog with the four cases' items."""
    import numpy as np
    from stac_server import StacCatalog, scene_bands

    catalog = StacCatalog(root)
    px = km * 100

    def cloudy_except(clear_cells):
        scl = np.full((px // 2, px // 2), 9, np.uint8)
        for r, c in clear_cells:
            scl[r * 50:(r + 1) * 50, c * 50:(c + 1) * 50] = 4
        return scl

    cells = [(r, c) for r in range(km) for c in range(km)]
    for n, day in enumerate(("2024-07-05", "2024-07-10", "2024-07-15")):
        bands, _ = scene_bands(px, px, seed=60 + n)
        clear = [cell for i, cell in enumerate(cells) if i % 3 == n]
        catalog.add_scene(f"S2A_21LYG_{day.replace('-', '')}_0_L2A", f"{day}T14:00:00Z",
                          60.0 + 5 * n, epsg=EPSG, origin=ORIGIN, bands=bands,
                          scl=cloudy_except(clear))
    bands, scl = scene_bands(px, px, seed=70)
    catalog.add_scene("S2A_21LYG_20240805_0_L2A", "2024-08-05T14:00:00Z", 1.0, epsg=EPSG,
                      origin=ORIGIN, bands=bands, scl=scl)
    bands, scl = scene_bands(px, px, seed=71)
    for case, day in (("cog", "2024-09-05"), ("jp2", "2024-10-05")):
        catalog.add_scene(f"S2A_21LYG_{day.replace('-', '')}_0_L2A", f"{day}T14:00:00Z", 1.0,
                          epsg=EPSG, origin=ORIGIN, bands=bands, scl=scl,
                          jp2_only=case == "jp2")
    return catalog


def split_requests(requests):
    """{choice, bands, other}: searches and SCL reads (the choice step), band reads, the rest."""
    counts = {"choice": 0, "bands": 0, "other": 0}
    for method, path, _ in requests:
        if "/search" in path or path.endswith(("/scl.tif", "/scl.jp2")):
            counts["choice"] += 1
        elif path.startswith("/data/"):
            counts["bands"] += 1
        else:
            counts["other"] += 1
    return counts


def read_tiles(path, km) -> float:
    """Seconds per tile to read every tile's three bands (100 x 100 px) from a fetched VRT, in
    one thread with GDAL's HTTP cache cleared first: the streamed reading without the model."""
    from osgeo import gdal

    gdal.VSICurlClearCache()
    ds = gdal.Open(str(path))
    began = time.perf_counter()
    for row in range(km):
        for col in range(km):
            for band in (1, 2, 3):
                ds.GetRasterBand(band).ReadAsArray(col * 100, row * 100, 100, 100)
    ds = None
    return (time.perf_counter() - began) / (km * km)


def measure(model, mmproj, km=4, delay_s=0.04, rounds=2, threads=2, log=print,
            cases=tuple(WINDOWS)) -> dict:
    common.register_package()
    from osgeo import gdal
    from stac_server import StacServer

    from deforestation_classifier.core.fetch.s2_fetch import FetchRequest, fetch_scene
    from deforestation_classifier.core.inference.backends import BACKEND_LLAMA_CPP
    from deforestation_classifier.core.inference.engines import EngineRequest
    from deforestation_classifier.core.run import run_classification
    from deforestation_classifier.core.run_request import ClassifyRequest
    from deforestation_classifier.models.registry import ModelFiles

    @dataclass
    class Preferences:  # what the run reads of settings.py's PlgSettings
        models: ModelFiles
        backend: str = BACKEND_LLAMA_CPP
        auto_download: bool = False
        n_threads: int = threads
        n_gpu_layers: int = 0

        def model_files(self):
            return self.models

    extent = (ORIGIN[0], ORIGIN[1] - km * 1000, ORIGIN[0] + km * 1000, ORIGIN[1])
    result = {"tiles": km * km, "delay_s": delay_s, "rounds": rounds, "threads": threads,
              "cases": {}}
    with tempfile.TemporaryDirectory(prefix="deforestation-fetch-bench-") as tmp:
        tmp = Path(tmp)
        catalog = _catalog(tmp / "assets", km)
        catalog.delay_s = delay_s
        prefs = Preferences(ModelFiles(Path(model), Path(mmproj)))
        engine = EngineRequest(model=Path(model), mmproj=Path(mmproj))
        paths = {}
        with StacServer(catalog) as url:
            for case in cases:
                start, end = WINDOWS[case]
                gdal.VSICurlClearCache()
                first = len(catalog.requests)
                feedback = Quiet()
                began = time.perf_counter()
                fetched = fetch_scene(FetchRequest(
                    extent=extent, extent_crs=f"EPSG:{EPSG}", output=tmp / case / "s2.vrt",
                    start=start, end=end, stac_url=url), feedback)
                seconds = time.perf_counter() - began
                paths[case] = fetched.path
                acquisitions = len(set(fetched.tile_map.index.ravel())) \
                    if fetched.tile_map is not None else 1
                result["cases"][case] = {
                    "fetch_s": seconds, "acquisitions": acquisitions,
                    "fetch_requests": split_requests(catalog.requests[first:]),
                    "tile_phase_s": [], "run_s_per_tile": [], "run_requests": []}
                log(f"  fetch {case:6s}: {seconds:.2f} s, {acquisitions} acquisition(s), "
                    f"requests {result['cases'][case]['fetch_requests']}")

            def run(case, tag):
                gdal.VSICurlClearCache()
                first = len(catalog.requests)
                began = time.perf_counter()
                summary = run_classification(ClassifyRequest(
                    source=paths[case], output=tmp / f"{case}-{tag}.gpkg", preferences=prefs,
                    engine=engine), Quiet())
                seconds = time.perf_counter() - began
                tiles = max(1, summary.counts.done)
                entry = result["cases"][case]
                entry["classified"] = summary.counts.done
                return (seconds / tiles, summary.tile_seconds / tiles,
                        len(catalog.requests) - first, entry)

            for case in cases:  # the reading alone, no model: what the mosaic changes
                result["cases"][case]["read_s_per_tile"] = [
                    read_tiles(paths[case], km) for _ in range(rounds + 1)]
                log(f"  read  {case:6s}: " + ", ".join(
                    f"{t * 1000:.0f}" for t in result["cases"][case]["read_s_per_tile"])
                    + " ms per tile")
            run(cases[0], "warm-up")  # loads the model (kept between runs)
            order = list(cases)
            for r in range(rounds):
                for case in (order if r % 2 == 0 else order[::-1]):
                    per_tile, phase, requests, entry = run(case, r)
                    entry["run_s_per_tile"].append(per_tile)
                    entry["tile_phase_s"].append(phase)
                    entry["run_requests"].append(requests)
                    log(f"  {case:6s} round {r + 1}: tile phase {phase * 1000:.0f} ms per tile, "
                        f"whole run {per_tile * 1000:.0f} ms per tile, {requests} requests")
    for entry in result["cases"].values():
        entry["read_median_s_per_tile"] = statistics.median(entry["read_s_per_tile"])
        entry["tile_phase_median_s"] = statistics.median(entry["tile_phase_s"])
        entry["run_median_s_per_tile"] = statistics.median(entry["run_s_per_tile"])
    cases = result["cases"]
    # Each round runs the two cases of a pair one after the other (the order reverses every
    # round): the median of the rounds' ratios, and the ratio of the fastest runs, resist a
    # machine whose load changes between rounds better than a ratio of medians.
    for name, (a, b) in (("mosaic_vs_single", ("mosaic", "single")),
                         ("jp2_vs_cog", ("jp2", "cog"))):
        if a not in cases or b not in cases:
            continue
        rounds_ratio = [x / y for x, y in zip(cases[a]["tile_phase_s"], cases[b]["tile_phase_s"])]
        result[name] = statistics.median(rounds_ratio)
        result[f"{name}_rounds"] = rounds_ratio
        result[f"{name}_fastest"] = min(cases[a]["tile_phase_s"]) / min(cases[b]["tile_phase_s"])
        result[f"{name}_read_extra_s_per_tile"] = (cases[a]["read_median_s_per_tile"]
                                                   - cases[b]["read_median_s_per_tile"])
    result["target_ratio"] = TARGET_RATIO
    if "mosaic_vs_single" in result:
        result["meets_target"] = result["mosaic_vs_single"] <= TARGET_RATIO
    result["load_average"] = common.load_average()
    return result


def report_lines(result):
    cases = result["cases"]
    lines = [f"Per-tile fetch ({result['tiles']} tiles, {result['delay_s'] * 1000:.0f} ms per "
             f"request, {result['threads']} threads):"]
    for case, entry in cases.items():
        lines.append(
            f"  {case:6s} fetch {entry['fetch_s']:.2f} s, requests {entry['fetch_requests']}; "
            f"reading alone {entry['read_median_s_per_tile'] * 1000:.0f} ms per tile; "
            f"tile phase {entry['tile_phase_median_s'] * 1000:.0f} ms per tile, whole run "
            f"{entry['run_median_s_per_tile'] * 1000:.0f} ms per tile, "
            f"{statistics.median(entry['run_requests']):.0f} requests per run")
    for name, what in (("mosaic_vs_single", "mosaic/single"), ("jp2_vs_cog", "jp2/cog")):
        if name in result:
            lines.append(f"  tile phase {what} {result[name]:.2f} (rounds "
                         f"{', '.join(f'{r:.2f}' for r in result[name + '_rounds'])}; fastest "
                         f"runs {result[name + '_fastest']:.2f}); reading alone "
                         f"{result[name + '_read_extra_s_per_tile'] * 1000:+.0f} ms per tile")
    verdict = {True: "met", False: "NOT met"}.get(result.get("meets_target"), "not run")
    lines.append(f"  target mosaic/single <= {TARGET_RATIO:.2f}: {verdict}; load "
                 f"{result['load_average']}")
    return lines


def bench_models(size):
    """The bench model pair (bench/run_bench.py's): real-size random weights, or the tiny one."""
    common.register_package()
    from gguf_factory import build_model_pair

    if size == "real":
        return build_model_pair(common.BENCH_MODELS / "real", size="real", quant="Q4_K_M")
    return build_model_pair(common.TEST_MODELS / "tiny", size="tiny")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model")
    parser.add_argument("--mmproj")
    parser.add_argument("--quick", action="store_true", help="2 x 2 km, one round")
    parser.add_argument("--size", choices=("real", "tiny"), default="real",
                        help="the bench model without --model (bench/README.md)")
    parser.add_argument("--km", type=int, default=4, help="scene side, km (km x km tiles)")
    parser.add_argument("--delay", type=float, default=0.04, help="seconds per HTTP request")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--cases", default=",".join(WINDOWS),
                        help="which of mosaic,single,cog,jp2 (default all)")
    parser.add_argument("--json", help="write the result here")
    args = parser.parse_args(argv)
    cases = tuple(c for c in args.cases.split(",") if c)
    if not cases or set(cases) - set(WINDOWS):
        parser.error(f"--cases: choose among {', '.join(WINDOWS)}")
    if args.quick:
        args.km, args.rounds = 2, 1
    if args.model and args.mmproj:
        model, mmproj = args.model, args.mmproj
    else:
        model, mmproj = bench_models(args.size)
    result = measure(model, mmproj, args.km, args.delay, args.rounds, args.threads,
                     cases=cases)
    result["model"] = str(model)
    print("\n".join(report_lines(result)), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
