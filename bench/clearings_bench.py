"""Clearings delineation speed (docs/ALERTS.md): core/alerts/delineation.py find_clearings over a
painted before/after pair, no model involved. Target: at most 50 ms per alert tile.

A KM x KM km Sentinel-2 stack pair (EPSG:32633, GeoTIFF, DEFLATE): forest before; after, in each
alert tile, two clearings (one of them crossing into the next tile) and a speck under the unit.
Every other tile is kept as forest (the model's label), so it is read too, for the candidates:
the figure per alert tile carries the whole scan (alert tiles, kept-forest tiles, neighbours),
which is the worst case of a run where most tiles are forest. Reported: the median over ROUNDS
of the seconds per alert tile and per tile read, with the clearings found.

    .venv/bin/python bench/clearings_bench.py [--km 10] [--alert-share 0.3] [--rounds 5]
        [--json out.json]
(make bench runs it after bench/run_bench.py.)
"""
import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib as common  # noqa: E402

common.register_package()  # the plugin as deforestation_classifier; tests/ on sys.path
from raster_factory import write_s2_stack  # noqa: E402

TARGET_MS = 50.0
FOREST, CLEARED = (3000, 300, 500), (2200, 1400, 1000)
E0, N0 = 400, 5800


def _paint(km, alert_share, seed=7):
    rng = np.random.default_rng(seed)
    size = km * 100
    before = np.zeros((3, size, size), np.uint16)
    for band, value in enumerate(FOREST):
        before[band] = value
    after = before.copy()
    tiles = [(e, n) for n in range(km) for e in range(km)]
    alerts = {tiles[i] for i in rng.choice(len(tiles), int(len(tiles) * alert_share),
                                           replace=False)}
    for e, n in alerts:
        r0, c0 = (km - 1 - n) * 100, e * 100
        for row, col, height, width in ((10, 10, 30, 40), (50, 70, 30, 30 + 20 * (e < km - 1)),
                                        (90, 5, 2, 3)):
            for band, value in enumerate(CLEARED):
                after[band, r0 + row:r0 + row + height, c0 + col:c0 + col + width] = value
    return before, after, alerts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--km", type=int, default=10)
    parser.add_argument("--alert-share", type=float, default=0.3)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", default="")
    args = parser.parse_args(argv)

    from deforestation_classifier.core.alerts.compare import (
        TileState, alert_patches, compare)
    from deforestation_classifier.core.alerts.date_imagery import DateSource
    from deforestation_classifier.core.alerts.delineation import (
        ClearingRequest, find_clearings, grid_of)

    before, after, alerts = _paint(args.km, args.alert_share)
    grid = grid_of("EPSG32633", "")
    origin = (E0 * 1000.0, (N0 + args.km) * 1000.0)
    with tempfile.TemporaryDirectory() as folder:
        paths = [write_s2_stack(Path(folder) / f"{name}.tif", list(data), origin=origin)
                 for name, data in (("before", before), ("after", after))]
        ids = {(e, n): f"EPSG32633_E{E0 + e}_N{N0 + n}"
               for n in range(args.km) for e in range(args.km)}
        old = [TileState(t, "STANDING_FOREST") for t in ids.values()]
        new = [TileState(t, "RECENTLY_CLEARED" if key in alerts else "STANDING_FOREST")
               for key, t in ids.items()]
        times, found, scanned = [], 0, 0
        for _ in range(args.rounds):
            comparison = compare(old, new)
            patches = alert_patches(comparison, grid.wkt)
            request = ClearingRequest(DateSource(paths[0]), DateSource(paths[1]))
            start = time.perf_counter()
            result = find_clearings(request, comparison, patches, grid)
            times.append(time.perf_counter() - start)
            found, scanned = len(result.clearings), result.scanned
    seconds = statistics.median(times)
    report = {
        "km": args.km, "tiles": args.km ** 2, "alert_tiles": len(alerts),
        "tiles_read": scanned, "clearings": found, "rounds": args.rounds,
        "median_s": round(seconds, 4),
        "ms_per_alert_tile": round(1000 * seconds / max(1, len(alerts)), 2),
        "ms_per_tile_read": round(1000 * seconds / max(1, scanned), 2),
        "target_ms_per_alert_tile": TARGET_MS,
    }
    report["within_target"] = report["ms_per_alert_tile"] <= TARGET_MS
    print(f"Clearings: {report['ms_per_alert_tile']} ms per alert tile "
          f"({report['alert_tiles']} alerts, {report['tiles_read']} tiles read, "
          f"{report['ms_per_tile_read']} ms each; {found} clearings), target {TARGET_MS} ms: "
          f"{'met' if report['within_target'] else 'NOT met'}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))
    return 0 if report["within_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
