"""make verify-model: the card's recipe and the scoring engine side by side on the demo tiles.

With the REAL weights (the model card's two GGUF files), runs on every tile both
- the recipe (core/inference/recipe_engine.py: chat completion, JSON-schema grammar, greedy, repeat
  penalty 1.0 as in llama-server) -- the reference path, and
- the scoring engine (core/inference/scoring_engine.py: the three canonical answers scored),
and reports their agreement: labels equal (count, percent), the confusion between them, how many
recipe answers were the canonical string the engine scores, and the tiles where they differ.

Random-weight models do not follow the canonical answer under a grammar (docs/MODEL.md), so
only trained weights make the agreement meaningful; on a random model this script still runs
(it shows the mechanics) and the agreement is whatever chance gives.

Inputs (defaults in this order):
- model: --model/--mmproj, else the card's file names in --model-dir ($DEFORESTATION_MODEL_DIR,
  else .cache/models, where `make demo` downloads them);
- tiles: --chips-folder (PNG chips, e.g. demo_output/chips written by `make demo`), else
  --raster (a Sentinel-2 raster, tiled and rendered as deforestation:classify does), else
  demo_output/chips, else demo_output/s2_amazon_window.tif.

Exit status: 0 when the agreement reaches --min-agreement (default 0.9), 1 when it does not,
2 when a model file or the tiles are missing.

Run:  make verify-model [MODEL=... MMPROJ=...] [RASTER=... | CHIPS=...]
      .venv/bin/python bench/verify_model.py --model M.gguf --mmproj P.gguf --raster s2.tif
"""
import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402

INVALID = "(invalid answer)"


def fail(message, code=2):
    print(f"verify-model: {message}", file=sys.stderr)
    sys.exit(code)


def resolve_model(args):
    benchlib.register_package()
    from deforestation_classifier.models.registry import default_model_files

    if bool(args.model) != bool(args.mmproj):
        fail("give both --model and --mmproj (MODEL= and MMPROJ=), or neither to use the model "
             "card's files in the model folder.")
    if args.model:
        text, mmproj = Path(args.model), Path(args.mmproj)
    else:
        files = default_model_files(args.model_dir)
        text, mmproj = files.text, files.mmproj
    missing = [p for p in (text, mmproj) if not p.is_file()]
    if missing:
        fail("model file(s) not found: " + ", ".join(str(p) for p in missing) + ".\n"
             "This check needs the model card's trained weights (v2_no_coords-Q4_K_M.gguf and "
             "mmproj-v2_no_coords-F16.gguf): run `make demo` on a machine with internet (it "
             f"downloads them into {args.model_dir}), or give their paths with "
             "MODEL=... MMPROJ=... (--model/--mmproj). Random-weight models do not follow the "
             "canonical answer, so they cannot stand in for this check.")
    return text, mmproj


def resolve_tiles(args):
    if args.chips_folder:
        folder = Path(args.chips_folder)
        if not folder.is_dir():
            fail(f"chips folder not found: {folder}")
        chips = benchlib.folder_chips(folder, args.limit)
        source = f"chips folder {folder}"
    else:
        raster = Path(args.raster) if args.raster else None
        if raster is None:
            if benchlib.DEMO_CHIPS.is_dir() and any(benchlib.DEMO_CHIPS.glob("*.png")):
                chips = benchlib.folder_chips(benchlib.DEMO_CHIPS, args.limit)
                return chips, f"chips folder {benchlib.DEMO_CHIPS} (make demo)"
            raster = benchlib.DEMO_RASTER
            if not raster.is_file():
                fail(f"no tiles: neither {benchlib.DEMO_CHIPS} nor {raster} exists. Run "
                     "`make demo` first (it fetches a Sentinel-2 window and writes the chips), "
                     "or give RASTER=... (--raster) or CHIPS=... (--chips-folder).")
        if not raster.exists():
            fail(f"raster not found: {raster}")
        benchlib.register_package()
        from deforestation_classifier.core.imagery.bands import BandError
        from deforestation_classifier.core.pipeline import PlanError
        from deforestation_classifier.core.imagery.raster_tiles import RasterError

        try:
            chips = benchlib.raster_chips(raster, args.limit, nir=args.nir_band,
                                          red=args.red_band, green=args.green_band)
        except BandError as exc:
            fail(f"{raster}: {exc} (here: --nir-band, --red-band, --green-band)")
        except (PlanError, RasterError) as exc:
            fail(f"{raster}: {exc}")
        source = f"raster {raster}"
    if not chips:
        fail(f"no tile to classify in the {source} (no valid pixels?)")
    return chips, source


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="The card's recipe and the scoring engine side by side (agreement).")
    parser.add_argument("--model", help="text model GGUF (default: the card's, in --model-dir)")
    parser.add_argument("--mmproj", help="vision projector GGUF (with --model)")
    parser.add_argument("--model-dir", type=Path,
                        default=Path(os.environ.get("DEFORESTATION_MODEL_DIR")
                                     or benchlib.ROOT / ".cache" / "models"),
                        help="folder holding the card's files (default $DEFORESTATION_MODEL_DIR "
                             "or .cache/models)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--raster", help="Sentinel-2 raster (default: the demo's window)")
    source.add_argument("--chips-folder", help="folder of PNG chips (default: demo_output/chips)")
    for band, hint in (("nir", "B08"), ("red", "B04"), ("green", "B03")):
        parser.add_argument(f"--{band}-band", type=int,
                            help=f"{hint} band number of --raster (default: detected)")
    parser.add_argument("--limit", type=int, help="at most this many tiles")
    parser.add_argument("--threads", type=int, default=0, help="llama.cpp threads (0: default)")
    parser.add_argument("--min-agreement", type=float, default=0.9,
                        help="exit 1 below this fraction of equal labels (default 0.9)")
    parser.add_argument("--json", help="result file (default bench_results/verify-<date>.json)")
    args = parser.parse_args(argv)

    text, mmproj = resolve_model(args)
    chips, source = resolve_tiles(args)

    from deforestation_classifier.core.vocabulary import CLASSES
    from deforestation_classifier.core.inference.prompt import LabelError, canonical_answer
    from deforestation_classifier.core.inference.engine_types import EngineSettings
    from deforestation_classifier.core.inference.recipe_engine import RecipeEngine
    from deforestation_classifier.core.inference.scoring_engine import ScoringEngine

    print(f"Model: {text} + {mmproj}")
    print(f"Tiles: {len(chips)} from the {source}")
    settings = EngineSettings(model_path=text, mmproj_path=mmproj, n_threads=args.threads)
    recipe = RecipeEngine(settings)
    engine = ScoringEngine(settings)
    rows = []
    times = {"recipe": 0.0, "engine": 0.0}
    try:
        for i, (name, chip) in enumerate(chips, 1):
            t0 = time.perf_counter()
            try:
                pred = recipe.classify(chip)
                recipe_label, raw = pred.label, pred.raw_answer
            except LabelError as exc:
                recipe_label, raw = INVALID, str(exc)
            t1 = time.perf_counter()
            scored = engine.classify(chip)
            t2 = time.perf_counter()
            times["recipe"] += t1 - t0
            times["engine"] += t2 - t1
            rows.append({
                "tile": name, "recipe": recipe_label, "recipe_answer": raw,
                "recipe_canonical": recipe_label != INVALID
                and raw == canonical_answer(recipe_label),
                "engine": scored.label,
                "engine_probabilities": {k: round(v, 4)
                                         for k, v in scored.probabilities.items()},
            })
            mark = "=" if recipe_label == scored.label else "x"
            print(f"  {i:4d}/{len(chips)} {name}: recipe {recipe_label:22s} {mark} engine "
                  f"{scored.label:22s} p={scored.probabilities[scored.label]:.3f}", flush=True)
    finally:
        recipe.close()
        engine.close()

    n = len(rows)
    agree = sum(r["recipe"] == r["engine"] for r in rows)
    canonical = sum(r["recipe_canonical"] for r in rows)
    recipe_labels = list(CLASSES) + [INVALID]
    confusion = {a: {b: sum(1 for r in rows if r["recipe"] == a and r["engine"] == b)
                     for b in CLASSES} for a in recipe_labels}
    fraction = agree / n

    print("")
    print(f"Agreement: {agree}/{n} tiles = {100 * fraction:.1f} % "
          f"(recipe answers in the canonical form the engine scores: {canonical}/{n})")
    print("")
    width = max(len(x) for x in recipe_labels)
    corner = "recipe \\ engine"
    print(f"{corner:{width}s} " + " ".join(f"{c[:20]:>20s}" for c in CLASSES))
    for a in recipe_labels:
        if a == INVALID and not any(confusion[a].values()):
            continue
        print(f"{a:{width}s} " + " ".join(f"{confusion[a][b]:>20d}" for b in CLASSES))
    differing = [r for r in rows if r["recipe"] != r["engine"]]
    if differing:
        print("")
        print("Tiles where they differ (engine probabilities):")
        for r in differing[:30]:
            probs = ", ".join(f"{k} {v:.3f}" for k, v in r["engine_probabilities"].items())
            print(f"  {r['tile']}: recipe {r['recipe']} ({r['recipe_answer']!r:.60}), engine "
                  f"{r['engine']} ({probs})")
        if len(differing) > 30:
            print(f"  ... and {len(differing) - 30} more (see the JSON file)")
    print("")
    print(f"Seconds per tile: recipe {times['recipe'] / n:.3f}, engine {times['engine'] / n:.3f}")

    date = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H-%M-%SZ")
    out = Path(args.json) if args.json else benchlib.RESULTS / f"verify-{date}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "date": date, "model": str(text), "mmproj": str(mmproj), "tiles_source": source,
        "tiles": n, "agreement": agree, "agreement_fraction": fraction,
        "recipe_canonical_answers": canonical, "confusion_recipe_by_engine": confusion,
        "seconds_per_tile": {k: v / n for k, v in times.items()},
        "machine": benchlib.machine_info(), "rows": rows,
    }, indent=1))
    print(f"Wrote {out}")
    if fraction < args.min_agreement:
        print(f"verify-model: agreement {100 * fraction:.1f} % is below --min-agreement "
              f"{100 * args.min_agreement:.0f} %", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
