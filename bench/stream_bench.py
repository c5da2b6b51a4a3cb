"""Streamed vs local: deforestation's classification of a fetched Sentinel-2 scene read over HTTP
(GDAL /vsicurl/, as deforestation:fetch_sentinel2 leaves it) against the same scene copied to
local GeoTIFFs (its COPY_LOCAL option), per tile.

A loopback Earth Search (tests/stac_server.py) serves a synthetic scene of KM x KM km as COGs,
with DELAY seconds before every answer (a realistic 30-50 ms per request). Both VRTs come from
core/fetch/s2_fetch.py's fetch_scene; core/run.py's run_classification classifies each, alternately,
ROUNDS times (a warm-up run first loads the model; GDAL's HTTP cache is cleared before each
streamed run, so each reads the network again). Reported: the median seconds per tile of each,
and their ratio (docs/FETCH.md: the pipeline's prefetch should hide the latency, target at most
1.10 with the model the card ships; a tiny test model is too fast to hide anything behind).

    .venv/bin/python bench/stream_bench.py --model M.gguf --mmproj P.gguf [--km 4]
        [--delay 0.04] [--rounds 2] [--json out.json]
(make bench runs it from bench/run_bench.py.)
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

EPSG = 32633
ORIGIN = (500000.0, 5810000.0)
TARGET_RATIO = 1.10


class Quiet:
    def pushInfo(self, text):  # noqa: N802
        pass

    def pushWarning(self, text):  # noqa: N802
        pass

    def setProgress(self, value):  # noqa: N802
        pass

    def setProgressText(self, text):  # noqa: N802
        pass

    def isCanceled(self):  # noqa: N802
        return False


def measure(model, mmproj, km=4, delay_s=0.04, rounds=2, threads=0, log=print) -> dict:
    common.register_package()
    import numpy as np
    from osgeo import gdal
    from raster_factory import patterned_bands
    from stac_server import StacCatalog, StacServer

    from deforestation_classifier.core.inference.backends import BACKEND_LLAMA_CPP
    from deforestation_classifier.core.inference.engines import EngineRequest
    from deforestation_classifier.core.run import run_classification
    from deforestation_classifier.core.run_request import ClassifyRequest
    from deforestation_classifier.core.fetch.s2_fetch import FetchRequest, fetch_scene
    from deforestation_classifier.models.registry import ModelFiles

    @dataclass
    class Preferences:  # what the run reads of settings.py's PlgSettings
        models: ModelFiles
        backend: str = BACKEND_LLAMA_CPP
        auto_download: bool = False
        n_threads: int = threads or 2
        n_gpu_layers: int = 0

        def model_files(self):
            return self.models

    px = km * 100
    nir, red, green = patterned_bands(px, px, seed=5)
    with tempfile.TemporaryDirectory(prefix="deforestation-stream-bench-") as tmp:
        tmp = Path(tmp)
        catalog = StacCatalog(tmp / "cogs")
        catalog.add_scene("S2A_33UUU_20240705_0_L2A", "2024-07-05T10:00:00Z", 1.0, epsg=EPSG,
                          origin=ORIGIN, bands={"nir": nir, "red": red, "green": green},
                          scl=np.full((px // 2, px // 2), 4, np.uint8), mgrs="33UUU")
        extent = (ORIGIN[0], ORIGIN[1] - km * 1000, ORIGIN[0] + km * 1000, ORIGIN[1])
        with StacServer(catalog) as url:
            paths = {}
            for kind, local in (("streamed", False), ("local", True)):
                paths[kind] = fetch_scene(FetchRequest(
                    extent=extent, extent_crs=f"EPSG:{EPSG}", output=tmp / kind / "s2.vrt",
                    start="2024-07-01", end="2024-07-31", stac_url=url, copy_local=local),
                    Quiet()).path
            catalog.delay_s = delay_s
            prefs = Preferences(ModelFiles(Path(model), Path(mmproj)))
            engine = EngineRequest(model=Path(model), mmproj=Path(mmproj))

            def run(kind, tag):
                if kind == "streamed":
                    gdal.VSICurlClearCache()
                requests_before = len(catalog.requests)
                start = time.perf_counter()
                summary = run_classification(ClassifyRequest(
                    source=paths[kind], output=tmp / f"{kind}-{tag}.gpkg", preferences=prefs,
                    engine=engine), Quiet())
                seconds = time.perf_counter() - start
                tiles = max(1, summary.counts.done)
                # The whole run, and its tile phase alone (RunSummary.tile_seconds,
                # core/run_request.py: reading, classifying, writing; the opening reads and value
                # sample excluded).
                return (seconds / tiles, getattr(summary, "tile_seconds", 0.0) / tiles,
                        len(catalog.requests) - requests_before)

            run("local", "warm-up")  # loads the model (kept between runs)
            per_tile = {"streamed": [], "local": []}
            tile_phase = {"streamed": [], "local": []}
            requests = []
            for r in range(rounds):
                for kind in (("streamed", "local") if r % 2 == 0 else ("local", "streamed")):
                    seconds, phase, count = run(kind, r)
                    per_tile[kind].append(seconds)
                    tile_phase[kind].append(phase)
                    if kind == "streamed":
                        requests.append(count)
                    log(f"  {kind:8s} round {r + 1}: {seconds * 1000:.0f} ms per tile "
                        f"(tile phase {phase * 1000:.0f} ms)")
    result = {
        "tiles": km * km, "delay_s": delay_s, "rounds": rounds,
        "streamed_s_per_tile": statistics.median(per_tile["streamed"]),
        "local_s_per_tile": statistics.median(per_tile["local"]),
        "http_requests_per_streamed_run": statistics.median(requests) if requests else None,
        "streamed_tile_phase_s_per_tile": statistics.median(tile_phase["streamed"]),
        "local_tile_phase_s_per_tile": statistics.median(tile_phase["local"]),
        "samples": per_tile,
    }
    result["ratio"] = result["streamed_s_per_tile"] / result["local_s_per_tile"]
    if result["local_tile_phase_s_per_tile"] > 0:
        result["tile_phase_ratio"] = (result["streamed_tile_phase_s_per_tile"]
                                      / result["local_tile_phase_s_per_tile"])
    result["target_ratio"] = TARGET_RATIO
    result["meets_target"] = result["ratio"] <= TARGET_RATIO
    return result


def report_line(result) -> str:
    return (f"Streamed vs local ({result['tiles']} tiles, {result['delay_s'] * 1000:.0f} ms per "
            f"request): {result['streamed_s_per_tile'] * 1000:.0f} vs "
            f"{result['local_s_per_tile'] * 1000:.0f} ms per tile, ratio "
            f"{result['ratio']:.2f} (target <= {TARGET_RATIO:.2f}: "
            f"{'met' if result['meets_target'] else 'NOT met'}); tile phase alone "
            f"{result.get('tile_phase_ratio', float('nan')):.2f}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True)
    parser.add_argument("--mmproj", required=True)
    parser.add_argument("--km", type=int, default=4, help="scene side, km (km x km tiles)")
    parser.add_argument("--delay", type=float, default=0.04, help="seconds per HTTP request")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--json", help="write the result here")
    args = parser.parse_args(argv)
    result = measure(args.model, args.mmproj, args.km, args.delay, args.rounds, args.threads)
    print(report_line(result), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
