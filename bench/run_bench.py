"""make bench: the card's recipe against the scoring engine, end to end and memory, in one run.

What it measures, on a random-weight model with the real dimensions (docs/MODEL.md: text
Q4_K_M, mmproj F16; built once by tests/gguf_factory.py into
.cache/bench-models/real, outside git) and the card's system prompt:

A. Per tile, on the same chips (rendered from the synthetic raster of part B exactly as the
   algorithm renders them), three paths timed ALTERNATELY group by group (groups of the engine's
   tiles_per_batch chips, 4: the algorithm hands the engine its chips in such groups; the order
   of the paths rotates from group to group; this machine's speed drifts by up to 30 % within a
   minute):
   - recipe: RecipeEngine.classify (chat completion + JSON-schema grammar, greedy), with its
     stages timed by wrappers that change nothing it computes: the handler's image chunk is
     evaluated by the same two calls mtmd_helper_eval_chunk_single makes (mtmd_encode_chunk,
     then mtmd_helper_decode_image_chunk), each timed; Llama.eval is timed (prompt text before
     generation = text prefill; one call per generated token after it = decode steps);
     create_completion is timed (decode phase) and its usage gives the step count.
   - engine: ScoringEngine.classify_many on the group (per tile: the call's time / group size),
     stages from its own last_timings (means over the group).
   - floor: the engine's own work WITHOUT the answer scoring, on the same engine object and the
     same group, batched as the engine batches it: restore the cached prompt head, encode each
     image and prefill its image tokens (tile by tile), prefill the group's prompt tails (one
     decode) with the logits of each tail's last token (what any path needs before it can
     predict an answer).
     Floor = image encode + image prefill + prompt tail (the tokenize/restore part is reported
     separately and counted as engine overhead).
   Decoding scaled to 9 steps: a trained model spells its answer in about 9 tokens, a random one
   in about 21 under the grammar. Per-step time = the median interval between the starts of
   consecutive decode-step evals (one interval = sample under the grammar + eval of one token +
   Python). recipe_9 = recipe - (steps - 9) x per-step time, per call.
B. deforestation:classify end to end (processing.run in a QGIS application started in a child
   process) over a synthetic 10 km x 10 km raster: a cold run (loads the model), then an
   engine-only pass over the same chips with the same engine object, a warm run, and a second
   engine-only pass; end-to-end overhead = warm run per tile / mean engine-only pass per tile - 1
   (the two passes bracket the warm run). Also reported: the run's time outside the engine.
C. Peak memory: one child process per size (10 km x 10 km = 100 tiles, 20 km x 20 km = 400
   tiles) runs the algorithm cold; VmHWM after the run, ru_maxrss of the child (os.wait4), and
   the RSS every 25 tiles. B and C run first, while the bench process is small.
Disturbed timings (other processes above DISTURBED_CORES) are measured again (--retries), and
--wait-quiet waits for a quiet machine before each section.

Output: a table on stdout and bench_results/bench-<UTC date-time>.json.

Run:  make bench            (or .venv/bin/python bench/run_bench.py [--quick] [--chips N] ...)
"""
import argparse
import datetime as dt
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib as common  # noqa: E402

TRAINED_STEPS = 9
# A timed call during which other processes used more than this many cores is "disturbed": with
# 2 llama.cpp threads on 2 cores their barriers then wait for a descheduled thread.
DISTURBED_CORES = 0.25
# LFM2's BPE gives the card's prompt about 150-175 tokens (docs/MODEL.md); 173 were measured
# before the image. A byte-level fallback would give 2-3x more.
REALISTIC_SYSTEM_TOKENS = (140, 190)
TARGETS = {
    "ratio_min": 2.0,
    "floor_max_excess": 0.15,
    "e2e_max_overhead": 0.10,
    "memory_max_growth_mb": 50.0,
}
perf = time.perf_counter


# ============================================================================ CPU accounting


def _proc_stat_busy():
    """(busy seconds of the whole machine, wall) from /proc/stat; None off Linux."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return None
    values = [int(v) for v in fields]
    hz = os.sysconf("SC_CLK_TCK")
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return (sum(values[:8]) - idle) / hz


def cpu_snapshot():
    """(machine busy CPU seconds, this process's CPU seconds, wall) for per-call accounting."""
    t = os.times()
    return _proc_stat_busy(), t.user + t.system, perf()


def others_cores(before, after):
    """Cores used by other processes between two cpu_snapshot()s (None off Linux)."""
    if before[0] is None or after[0] is None or after[2] <= before[2]:
        return None
    return max(0.0, ((after[0] - before[0]) - (after[1] - before[1])) / (after[2] - before[2]))


def wait_quiet(max_wait, log, window=10.0, needed=3):
    """Wait (at most max_wait seconds) until other processes have used under DISTURBED_CORES
    cores for `needed` consecutive windows; returns {"waited_s", "quiet"}."""
    t0 = perf()
    if max_wait <= 0 or _proc_stat_busy() is None:
        return {"waited_s": 0.0, "quiet": None}
    calm = 0
    told = False
    while True:
        before = cpu_snapshot()
        time.sleep(window)
        used = others_cores(before, cpu_snapshot()) or 0.0
        calm = calm + 1 if used < DISTURBED_CORES else 0
        if calm >= needed:
            return {"waited_s": round(perf() - t0, 1), "quiet": True}
        if perf() - t0 > max_wait:
            log(f"  still busy after {max_wait:.0f} s (others use {used:.2f} cores): going on")
            return {"waited_s": round(perf() - t0, 1), "quiet": False}
        if not told and used >= DISTURBED_CORES:
            log(f"  other processes use {used:.2f} cores: waiting for a quiet machine "
                f"(--wait-quiet {max_wait:.0f})")
            told = True


class CpuMeter:
    """How much CPU other processes used during a section (cores), next to ours."""

    def __init__(self):
        self.start()

    def start(self):
        self.t0 = perf()
        self.busy0 = _proc_stat_busy()
        self.own0 = self._own()
        self.load0 = common.load_average()

    @staticmethod
    def _own():
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system

    def stop(self):
        wall = perf() - self.t0
        out = {"wall_s": round(wall, 1), "load_average_start": self.load0,
               "load_average_end": common.load_average()}
        busy1 = _proc_stat_busy()
        if self.busy0 is not None and busy1 is not None and wall > 0:
            own = self._own() - self.own0
            out["cores_used_by_bench"] = round(own / wall, 2)
            out["cores_used_by_others"] = round(max(0.0, (busy1 - self.busy0 - own) / wall), 2)
        return out


# ============================================================================ part A: per tile


class _MtmdProxy:
    """The chat handler's view of mtmd_cpp, with the image chunk evaluated by the two calls
    mtmd_helper_eval_chunk_single makes for it (encode, then decode the embeddings), timed."""

    def __init__(self, module, probe):
        self._module = module
        self._probe = probe
        self._no_callback = module.mtmd_helper_post_decode_callback()

    def __getattr__(self, name):
        return getattr(self._module, name)

    def mtmd_helper_eval_chunk_single(self, mctx, lctx, chunk, n_past, seq_id, n_batch,
                                      logits_last, new_n_past):
        m = self._module
        if m.mtmd_input_chunk_get_type(chunk) != m.MTMD_INPUT_CHUNK_TYPE_IMAGE:
            return m.mtmd_helper_eval_chunk_single(mctx, lctx, chunk, n_past, seq_id, n_batch,
                                                   logits_last, new_n_past)
        t0 = perf()
        rc = m.mtmd_encode_chunk(mctx, chunk)
        if rc != 0:
            return rc
        embd = m.mtmd_get_output_embd(mctx)
        t1 = perf()
        rc = m.mtmd_helper_decode_image_chunk(mctx, lctx, chunk, embd, n_past, seq_id, n_batch,
                                              new_n_past, self._no_callback, None)
        t2 = perf()
        rec = self._probe.record
        if rec is not None:
            rec["image_encode"] += t1 - t0
            rec["image_prefill"] += t2 - t1
        return rc


class RecipeProbe:
    """Times the stages of RecipeEngine.classify; what it computes is unchanged."""

    def __init__(self, recipe):
        self.record = None
        llm = recipe._llm
        handler = llm.chat_handler
        handler._mtmd_cpp = _MtmdProxy(handler._mtmd_cpp, self)
        orig_eval = llm.eval
        orig_completion = llm.create_completion
        orig_chat = llm.create_chat_completion

        def timed_eval(tokens):
            t0 = perf()
            try:
                return orig_eval(tokens)
            finally:
                rec = self.record
                n = len(tokens)
                if rec is not None and n:
                    if rec["generating"]:
                        rec["step_starts"].append(t0)
                        rec["decode_evals"] += 1
                    else:
                        rec["text_prefill"] += perf() - t0
                        rec["text_prefill_tokens"] += n

        def timed_completion(*args, **kwargs):
            rec = self.record
            if rec is not None:
                rec["generating"] = True
            t0 = perf()
            try:
                return orig_completion(*args, **kwargs)
            finally:
                if rec is not None:
                    rec["decode_phase"] = perf() - t0

        def chat(*args, **kwargs):
            response = orig_chat(*args, **kwargs)
            rec = self.record
            if rec is not None:
                rec["completion_tokens"] = response["usage"]["completion_tokens"]
                rec["prompt_tokens"] = response["usage"]["prompt_tokens"]
                rec["answer"] = response["choices"][0]["message"]["content"]
            return response

        llm.eval = timed_eval
        llm.create_completion = timed_completion
        llm.create_chat_completion = chat

    def begin(self):
        self.record = {"image_encode": 0.0, "image_prefill": 0.0, "text_prefill": 0.0,
                       "text_prefill_tokens": 0, "decode_phase": 0.0, "decode_evals": 0,
                       "generating": False, "step_starts": [], "completion_tokens": None}

    def end(self, total):
        rec, self.record = self.record, None
        starts = rec.pop("step_starts")
        rec["step_intervals"] = [b - a for a, b in zip(starts, starts[1:])]
        rec["total"] = total
        rec["other"] = total - (rec["image_encode"] + rec["image_prefill"]
                                + rec["text_prefill"] + rec["decode_phase"])
        del rec["generating"]
        return rec


def floor_group(engine, chips):
    """The scoring engine's work on a group of chips without the answer scoring (see the module
    docstring): one record per chip.

    Calls the engine's own steps on the same engine object (a measurement, not a second
    implementation of the engine): _prefill_group (restore the cached head, encode each image,
    its image tokens through the text model), then the group's prompt tails in one
    decode with the logits of each tail's last token, as classify_many decodes tails + shared
    answer prefix."""
    t0 = perf()
    timings = [dict() for _ in chips]
    states = engine._prefill_group(chips, timings)
    t1 = perf()
    engine._decode_last(states)
    tail_share = (perf() - t1) / len(chips)
    total_share = (perf() - t0) / len(chips)
    out = []
    for (_, _, tail), t in zip(states, timings):
        rec = {"tokenize": t["tokenize"], "image_encode": t["image_encode"],
               "image_prefill": t["image_prefill"], "prompt_tail": tail_share,
               "prompt_tail_tokens": len(tail), "total": total_share}
        rec["floor"] = rec["image_encode"] + rec["image_prefill"] + rec["prompt_tail"]
        out.append(rec)
    return out


def token_counts(recipe, engine):
    """What the benchmark model's tokenizer makes of the card's prompt."""
    from deforestation_classifier.core.inference.prompt import SYSTEM_PROMPT
    from deforestation_classifier.core.inference.scoring_engine import IMAGE_PLACEHOLDER

    llm = recipe._llm

    def count(text):
        return len(llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    prompt = engine.prompt_tokens()
    n_image = sum(1 for t in prompt if t == IMAGE_PLACEHOLDER)
    n_head = len(engine._head_tokens)
    system = count(SYSTEM_PROMPT)
    return {
        "system_prompt": system,
        "system_prompt_characters": len(SYSTEM_PROMPT),
        "system_prompt_words": len(SYSTEM_PROMPT.split()),
        "role_names": {role: count(role) for role in ("system", "user", "assistant")},
        "prompt_before_image": n_head,
        "image_tokens": n_image,
        "prompt_after_image": len(prompt) - n_head - n_image,
        "prompt_total": len(prompt),
        "answers": {label: len(ids) for label, ids in engine.answer_tokens.items()},
        "realistic": REALISTIC_SYSTEM_TOKENS[0] <= system <= REALISTIC_SYSTEM_TOKENS[1]
        and all(count(r) == 1 for r in ("system", "user", "assistant")),
    }


def per_tile(model, mmproj, chips, rounds, threads, log, retries=2):
    from deforestation_classifier.core.inference.engine_types import EngineSettings
    from deforestation_classifier.core.inference.recipe_engine import RecipeEngine
    from deforestation_classifier.core.inference.scoring_engine import ScoringEngine

    settings = EngineSettings(model_path=Path(model), mmproj_path=Path(mmproj), n_threads=threads)
    t = perf()
    recipe = RecipeEngine(settings)
    load_recipe = perf() - t
    t = perf()
    engine = ScoringEngine(settings)
    load_engine = perf() - t
    try:
        probe = RecipeProbe(recipe)
        tokens = token_counts(recipe, engine)
        # Warm-up (first calls allocate buffers, build the grammar cache, fault pages in).
        warm = chips[0][1]
        probe.begin()
        recipe.classify(warm)
        probe.end(0.0)
        engine.classify_many([chip for _, chip in chips[:engine.tiles_per_batch]])
        floor_group(engine, [chip for _, chip in chips[:engine.tiles_per_batch]])

        samples = {"recipe": [], "engine": [], "floor": []}
        retimed = []
        agree = 0
        n = 0
        size = engine.tiles_per_batch
        groups = [chips[i:i + size] for i in range(0, len(chips), size)]

        def time_group(group, order):
            """The three paths on one group of chips, in `order`: {path: [record per chip]},
            {path: [label per chip]}. The engine scores the group in one classify_many call
            (as the algorithm does) and each chip's record gets the per-tile mean."""
            recs, labels = {}, {}
            for path in order:
                snap = cpu_snapshot()
                if path == "recipe":
                    recs[path], labels[path] = [], []
                    for tile_id, chip in group:
                        probe.begin()
                        t0 = perf()
                        prediction = recipe.classify(chip)
                        rec = probe.end(perf() - t0)
                        rec["tile_id"] = tile_id
                        recs[path].append(rec)
                        labels[path].append(prediction.label)
                elif path == "engine":
                    t0 = perf()
                    predictions = engine.classify_many([chip for _, chip in group])
                    wall = (perf() - t0) / len(group)
                    rec = dict(engine.last_timings)
                    rec["wall"] = wall
                    rec["other"] = wall - sum(rec[k] for k in (
                        "tokenize", "image_encode", "image_prefill", "text_answers"))
                    recs[path] = [dict(rec, tile_id=tile_id) for tile_id, _ in group]
                    labels[path] = [p.label for p in predictions]
                else:
                    recs[path] = floor_group(engine, [chip for _, chip in group])
                others = others_cores(snap, cpu_snapshot())
                for rec in recs[path]:
                    rec["others_cores"] = others
            return recs, labels

        for r in range(rounds):
            for i, group in enumerate(groups):
                order = ["recipe", "engine", "floor"]
                k = (i + r) % 3
                order = order[k:] + order[:k]
                for attempt in range(1 + retries):
                    recs, labels = time_group(group, order)
                    worst = max((x[0]["others_cores"] or 0.0) for x in recs.values())
                    if worst <= DISTURBED_CORES or attempt == retries:
                        break
                    retimed.append({"tiles": [t for t, _ in group], "round": r,
                                    "others_cores": worst})
                    log(f"  group {i + 1}: other processes used {worst:.2f} cores, timed again")
                for path, rows in recs.items():
                    for rec in rows:
                        rec["disturbed"] = worst > DISTURBED_CORES
                    samples[path].extend(rows)
                agree += sum(a == b for a, b in zip(labels["recipe"], labels["engine"]))
                n += len(group)
                log(f"  round {r + 1}, group {i + 1}/{len(groups)} ({len(group)} chips): recipe "
                    f"{common.median([x['total'] for x in recs['recipe']]):.3f} s/tile "
                    f"({common.median([x['completion_tokens'] for x in recs['recipe']]):.0f} "
                    f"steps), engine {recs['engine'][0]['wall']:.3f} s/tile, floor "
                    f"{common.median([x['floor'] for x in recs['floor']]):.3f} s/tile")
    finally:
        recipe.close()
        engine.close()
    result = summarize_per_tile(samples, tokens, load_recipe, load_engine, agree, n)
    result["retimed_because_disturbed"] = retimed
    result["engine_tiles_per_batch"] = size
    return result


def summarize_per_tile(samples, tokens, load_recipe, load_engine, agree, n):
    med = common.median
    rec, eng, flo = samples["recipe"], samples["engine"], samples["floor"]
    steps = [r["completion_tokens"] for r in rec]
    intervals = [x for r in rec for x in r["step_intervals"]]
    per_step = med(intervals)
    recipe_9 = [r["total"] - (r["completion_tokens"] - TRAINED_STEPS) * per_step for r in rec]
    recipe_total = med([r["total"] for r in rec])
    engine_total = med([e["wall"] for e in eng])
    floor = med([f["floor"] for f in flo])
    pair_ratios = [r["total"] / e["wall"] for r, e in zip(rec, eng)]
    pair_ratios_9 = [r9 / e["wall"] for r9, e in zip(recipe_9, eng)]
    decode_fixed = med([r["decode_phase"] - r["completion_tokens"] * per_step for r in rec])

    def disturbed(rows):
        """Calls during which other processes used more than a quarter of a core."""
        return sum(1 for x in rows if (x.get("others_cores") or 0.0) > DISTURBED_CORES)

    return {
        "calls_disturbed_by_other_processes": {
            "recipe": disturbed(rec), "engine": disturbed(eng), "floor": disturbed(flo),
            "threshold_cores": DISTURBED_CORES},
        "others_cores_median": med([x["others_cores"] for x in rec + eng + flo
                                    if x.get("others_cores") is not None]),
        "tiles_timed": len(rec),
        "load_seconds": {"recipe": round(load_recipe, 2), "engine": round(load_engine, 2)},
        "tokens": tokens,
        "recipe": {
            "median_s": recipe_total,
            "stages_median_s": {
                "image_encode": med([r["image_encode"] for r in rec]),
                "image_prefill": med([r["image_prefill"] for r in rec]),
                "text_prefill": med([r["text_prefill"] for r in rec]),
                "decode": med([r["decode_phase"] for r in rec]),
                "other": med([r["other"] for r in rec]),
            },
            "text_prefill_tokens": med([r["text_prefill_tokens"] for r in rec]),
            "steps_median": med(steps),
            "steps_min": min(steps),
            "steps_max": max(steps),
            "per_step_s": per_step,
            "decode_fixed_s": decode_fixed,
            "median_s_scaled_to_9_steps": med(recipe_9),
            "answers_sample": sorted({r.get("answer", "") for r in rec})[:3],
        },
        "engine": {
            "median_s": engine_total,
            "stages_median_s": {
                "tokenize_restore": med([e["tokenize"] for e in eng]),
                "image_encode": med([e["image_encode"] for e in eng]),
                "image_prefill": med([e["image_prefill"] for e in eng]),
                "tail_and_answers": med([e["text_answers"] for e in eng]),
                "other": med([e["other"] for e in eng]),
            },
        },
        "floor": {
            "median_s": floor,
            "stages_median_s": {
                "image_encode": med([f["image_encode"] for f in flo]),
                "image_prefill": med([f["image_prefill"] for f in flo]),
                "prompt_tail": med([f["prompt_tail"] for f in flo]),
            },
            "prompt_tail_tokens": flo[0]["prompt_tail_tokens"] if flo else None,
            "tokenize_restore_median_s": med([f["tokenize"] for f in flo]),
            "median_s_with_tokenize_restore": med([f["total"] for f in flo]),
        },
        "ratio_recipe_over_engine": recipe_total / engine_total,
        "ratio_median_of_pairs": med(pair_ratios),
        "ratio_scaled_to_9_steps": med(recipe_9) / engine_total,
        "ratio_scaled_to_9_steps_median_of_pairs": med(pair_ratios_9),
        "engine_over_floor": engine_total / floor,
        "label_agreement_recipe_engine": f"{agree}/{n}",
    }


# ============================================================================ parts B and C


def run_child(raster, model, mmproj, output_dir, engine_passes, threads, log, timeout,
              retries=0, wait_quiet_s=0.0):
    """Runs this script in --child mode; returns its JSON result plus the child's rusage."""
    out_json = Path(output_dir) / f"child-{Path(raster).stem}.json"
    home = Path(output_dir) / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    if threads:
        env["DEFORESTATION_THREADS"] = str(threads)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--raster", str(raster),
           "--model", str(model), "--mmproj", str(mmproj), "--child-out", str(out_json),
           "--engine-passes", str(engine_passes), "--threads", str(threads),
           "--retries", str(retries), "--wait-quiet", str(wait_quiet_s)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    lines = []
    deadline = time.monotonic() + timeout
    for line in proc.stdout:
        lines.append(line.rstrip())
        if line.startswith("  "):
            log(line.rstrip())
        if time.monotonic() > deadline:
            proc.kill()
            break
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or not out_json.is_file():
        raise RuntimeError(f"The end-to-end child failed (exit {proc.returncode}):\n"
                           + "\n".join(lines[-40:]))
    result = json.loads(out_json.read_text())
    result["child_ru_maxrss_mb"] = usage.ru_maxrss / 1024.0
    return result


def child_main(args):
    """In a fresh process: QGIS, the provider, deforestation:classify via processing.run."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    common.register_package()
    from qgis.core import QgsApplication, QgsProcessingFeedback

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    for path in ("/usr/share/qgis/python/plugins", "/usr/share/qgis/python"):
        if path not in sys.path:
            sys.path.append(path)
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from deforestation_classifier.core.inference.engine_cache import ENGINES
    from deforestation_classifier.core.inference.scoring_engine import ScoringEngine
    from deforestation_classifier.processing_provider.provider import DeforestationProvider

    provider = DeforestationProvider()  # Processing holds a raw pointer: keep the object
    if not QgsApplication.processingRegistry().addProvider(provider):
        raise RuntimeError("The deforestation provider could not be registered")

    calls = []  # seconds per classify_many call
    tiles_done = []
    rss = []
    loads = []
    orig_classify_many = ScoringEngine.classify_many
    orig_init = ScoringEngine.__init__

    def classify_many(self, chips):
        t0 = perf()
        try:
            return orig_classify_many(self, chips)
        finally:
            calls.append(perf() - t0)
            before = sum(tiles_done)
            tiles_done.append(len(chips))
            if (before + len(chips)) // 25 > before // 25:
                mem = common.memory_status()
                rss.append([before + len(chips), round(mem.get("VmRSS", 0.0), 1),
                            round(mem.get("RssAnon", 0.0), 1), round(mem.get("RssFile", 0.0), 1)])

    def init(self, settings):
        t0 = perf()
        orig_init(self, settings)
        loads.append(perf() - t0)

    ScoringEngine.classify_many = classify_many
    ScoringEngine.__init__ = init

    out_dir = Path(args.child_out).parent
    raster = str(Path(args.raster).resolve())

    def run_algorithm(name):
        calls.clear()
        tiles_done.clear()
        loads.clear()
        output = out_dir / f"{Path(raster).stem}-{name}.gpkg"
        output.unlink(missing_ok=True)
        params = {"INPUT": raster, "MODEL": str(args.model), "MMPROJ": str(args.mmproj),
                  "ENGINE": 0, "OUTPUT": str(output)}
        snap = cpu_snapshot()
        t0 = perf()
        results = processing.run("deforestation:classify", params,
                                  feedback=QgsProcessingFeedback())
        wall = perf() - t0
        others = others_cores(snap, cpu_snapshot())
        load = sum(loads)
        engine_sum = sum(calls)
        tiles = int(results["TILE_COUNT"])
        print(f"  {name} run: {tiles} tiles in {wall:.1f} s (model load {load:.1f} s, "
              f"engine {engine_sum:.1f} s; other processes used {others:.2f} cores)",
              flush=True)
        return {"tiles": tiles, "others_cores": others, "classified": sum(tiles_done),
                "wall_s": wall, "load_s": load, "engine_classify_s": engine_sum,
                "per_tile_s": (wall - load) / tiles,
                "tiles_per_second": tiles / wall,
                "tiles_per_second_without_load": tiles / (wall - load),
                "outside_engine_fraction": (wall - load - engine_sum) / engine_sum}

    result = {"raster": raster, "load_average_start": common.load_average()}
    cold = run_algorithm("cold")
    cold["rss_every_25_tiles_mb"] = list(rss)
    result["cold"] = cold
    result["memory_after_cold_run_mb"] = common.memory_status()
    result["ru_maxrss_after_cold_run_mb"] = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0)

    if args.engine_passes:
        chips = [chip for _, chip in common.raster_chips(raster)]
        engine = ENGINES._engine
        if not isinstance(engine, ScoringEngine):
            raise RuntimeError("The algorithm left no cached scoring engine to time alone")
        def engine_pass():
            snap = cpu_snapshot()
            t0 = perf()
            orig_classify_many(engine, chips)
            wall = perf() - t0
            others = others_cores(snap, cpu_snapshot())
            print(f"  engine-only pass: {len(chips)} tiles in {wall:.1f} s (other processes "
                  f"used {others:.2f} cores)", flush=True)
            return {"tiles": len(chips), "wall_s": wall, "per_tile_s": wall / len(chips),
                    "others_cores": others}

        # engine alone, warm run, engine alone; again (after waiting for a quiet machine) when
        # other processes disturbed one of them, at most --retries times.
        discarded = []
        for attempt in range(1 + args.retries):
            passes = [engine_pass()]
            warm = run_algorithm("warm")
            if args.engine_passes > 1:
                passes.append(engine_pass())
            worst = max((x["others_cores"] or 0.0) for x in passes + [warm])
            if worst <= DISTURBED_CORES or attempt == args.retries:
                break
            discarded.append({"warm": warm, "engine_only_passes": passes})
            print(f"  other processes used {worst:.2f} cores: measured again", flush=True)
            wait_quiet(args.wait_quiet, lambda text: print(text, flush=True))
        result["warm"] = warm
        result["discarded_because_disturbed"] = discarded
        result["engine_only_passes"] = passes
        engine_only = sum(p["per_tile_s"] for p in passes) / len(passes)
        result["engine_only_per_tile_s"] = engine_only
        result["e2e_overhead_warm"] = warm["per_tile_s"] / engine_only - 1.0
        result["e2e_overhead_cold_without_load"] = cold["per_tile_s"] / engine_only - 1.0
    result["load_average_end"] = common.load_average()
    Path(args.child_out).write_text(json.dumps(result, indent=1))
    ENGINES.clear()
    app.exitQgis()


# ============================================================================ report


def fmt_s(x):
    return "n/a" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


def evaluate_targets(report):
    a = report.get("per_tile")
    b = report.get("end_to_end")
    c = report.get("memory")
    t = {}
    if a:
        t["engine_2x_faster_than_recipe"] = {
            "value": f"{a['ratio_recipe_over_engine']:.3f}x", "target": ">= 2.0x",
            "met": a["ratio_recipe_over_engine"] >= TARGETS["ratio_min"]}
        # Reported, no target of its own: the figure a trained model's shorter answer would give.
        t["ratio_with_recipe_decoding_scaled_to_9_steps"] = {
            "value": f"{a['ratio_scaled_to_9_steps']:.3f}x "
                     f"({'at or above' if a['ratio_scaled_to_9_steps'] >= 2 else 'below'} 2.0x)",
            "target": "reported", "met": None}
        excess = a["engine_over_floor"] - 1.0
        t["engine_within_15pct_of_floor"] = {
            "value": f"{100 * excess:+.1f} %", "target": "<= +15 %",
            "met": excess <= TARGETS["floor_max_excess"]}
        t["realistic_prompt_tokens"] = {
            "value": f"system prompt {a['tokens']['system_prompt']} tokens, roles "
                     f"{a['tokens']['role_names']}",
            "target": f"{REALISTIC_SYSTEM_TOKENS[0]}-{REALISTIC_SYSTEM_TOKENS[1]}, 1 each",
            "met": a["tokens"]["realistic"]}
    if b and "e2e_overhead_warm" in b:
        t["e2e_within_10pct_of_engine_only"] = {
            "value": f"{100 * b['e2e_overhead_warm']:+.1f} %", "target": "<= +10 %",
            "met": b["e2e_overhead_warm"] <= TARGETS["e2e_max_overhead"]}
    if c and "growth_mb" in c:
        t["peak_memory_growth"] = {
            "value": f"{c['growth_mb']:+.1f} MB from {c['sizes'][0]} to {c['sizes'][1]} tiles",
            "target": "<= 50 MB",
            "met": c["growth_mb"] <= TARGETS["memory_max_growth_mb"]}
    return t


def print_report(report):
    p = print
    p("")
    p(f"Benchmark {report['date']}  ({report['machine']['cpus']} CPUs, "
      f"{report['machine']['cpu_model']}, llama-cpp-python "
      f"{report['machine']['llama_cpp_python']}, {report['threads']} threads)")
    p(f"model: {report['model']['text']} + {report['model']['mmproj']}")
    p(f"code: {report['git']}")
    a = report.get("per_tile")
    if a:
        tk = a["tokens"]
        p(f"tokens: system prompt {tk['system_prompt']} ({tk['system_prompt_words']} words), "
          f"roles {tk['role_names']}, prompt {tk['prompt_total']} = "
          f"{tk['prompt_before_image']} before the image + {tk['image_tokens']} image + "
          f"{tk['prompt_after_image']} after")
        p("")
        p(f"Per tile, {a['tiles_timed']} tiles, paths alternated by groups of "
          f"{a.get('engine_tiles_per_batch', 1)} (median seconds):")
        p("| path | per tile | image encode | prefill (image + text) | rest |")
        p("|---|---|---|---|---|")
        rs = a["recipe"]["stages_median_s"]
        es = a["engine"]["stages_median_s"]
        fs = a["floor"]["stages_median_s"]
        p(f"| recipe (chat completion + grammar) | {fmt_s(a['recipe']['median_s'])} | "
          f"{fmt_s(rs['image_encode'])} | {fmt_s(rs['image_prefill'])} + "
          f"{fmt_s(rs['text_prefill'])} | decode {fmt_s(rs['decode'])} "
          f"({a['recipe']['steps_median']:.0f} steps), other {fmt_s(rs['other'])} |")
        p(f"| recipe, decoding scaled to {TRAINED_STEPS} steps | "
          f"{fmt_s(a['recipe']['median_s_scaled_to_9_steps'])} | | | "
          f"{fmt_s(a['recipe']['per_step_s'])} s per step |")
        p(f"| engine (scoring, groups of {a.get('engine_tiles_per_batch', 1)}) | "
          f"{fmt_s(a['engine']['median_s'])} | "
          f"{fmt_s(es['image_encode'])} | {fmt_s(es['image_prefill'])} + tail in answers | "
          f"tail + answers {fmt_s(es['tail_and_answers'])}, tokenize/restore "
          f"{fmt_s(es['tokenize_restore'])}, other {fmt_s(es['other'])} |")
        p(f"| engine floor (no answer scoring) | {fmt_s(a['floor']['median_s'])} | "
          f"{fmt_s(fs['image_encode'])} | {fmt_s(fs['image_prefill'])} + "
          f"{fmt_s(fs['prompt_tail'])} | - |")
        p("")
        p(f"recipe / engine: {a['ratio_recipe_over_engine']:.2f}x (median of pairs "
          f"{a['ratio_median_of_pairs']:.2f}x); with the recipe's decoding scaled to "
          f"{TRAINED_STEPS} steps: {a['ratio_scaled_to_9_steps']:.2f}x (pairs "
          f"{a['ratio_scaled_to_9_steps_median_of_pairs']:.2f}x)")
        p(f"recipe steps: median {a['recipe']['steps_median']:.0f} "
          f"(min {a['recipe']['steps_min']}, max {a['recipe']['steps_max']}); engine / floor: "
          f"{a['engine_over_floor']:.3f}")
        d = a["calls_disturbed_by_other_processes"]
        p(f"tiles timed while other processes used > {d['threshold_cores']} core: recipe "
          f"{d['recipe']}, engine {d['engine']}, floor {d['floor']} of {a['tiles_timed']} each "
          f"(median use by others {a['others_cores_median']:.2f} cores; "
          f"{len(a['retimed_because_disturbed'])} disturbed groups timed again)")
    b = report.get("end_to_end")
    if b:
        p("")
        p(f"End to end (deforestation:classify, {b['cold']['tiles']} tiles):")
        p(f"  cold run {b['cold']['wall_s']:.1f} s incl. model load {b['cold']['load_s']:.1f} s"
          f" = {b['cold']['tiles_per_second']:.2f} tiles/s "
          f"({b['cold']['tiles_per_second_without_load']:.2f} without the load)")
        if b.get("discarded_because_disturbed"):
            p(f"  ({len(b['discarded_because_disturbed'])} disturbed bracket(s) measured again)")
        if "warm" in b:
            p(f"  warm run {b['warm']['wall_s']:.1f} s = {b['warm']['tiles_per_second']:.2f} "
              f"tiles/s, {fmt_s(b['warm']['per_tile_s'])} s/tile; engine alone "
              f"{fmt_s(b['engine_only_per_tile_s'])} s/tile -> overhead "
              f"{100 * b['e2e_overhead_warm']:+.1f} % (time outside the engine in the run: "
              f"{100 * b['warm']['outside_engine_fraction']:+.1f} %)")
    c = report.get("memory")
    if c:
        p("")
        p("Peak memory of the process running deforestation:classify (cold):")
        for size in c["runs"]:
            r = c["runs"][size]
            p(f"  {size} tiles: VmHWM {r['vmhwm_mb']:.1f} MB (ru_maxrss "
              f"{r['ru_maxrss_mb']:.1f} MB, the bench process being "
              f"{r['parent_ru_maxrss_at_spawn_mb']:.0f} MB at fork); RSS every 25 tiles "
              f"{[x[1] for x in r['rss_every_25_tiles_mb']]}")
            if r["rss_every_25_tiles_mb"]:
                first, last = r["rss_every_25_tiles_mb"][0], r["rss_every_25_tiles_mb"][-1]
                if len(first) > 3:
                    p(f"    from tile {first[0]} to {last[0]}: anonymous {last[2] - first[2]:+.1f} "
                      f"MB, file-backed {last[3] - first[3]:+.1f} MB")
        if "growth_mb" in c:
            p(f"  growth from {c['sizes'][0]} to {c['sizes'][1]} tiles: {c['growth_mb']:+.1f} MB")
    p("")
    p("Targets:")
    for name, t in report["targets"].items():
        status = "info" if t["met"] is None else "met" if t["met"] else "MISSED"
        p(f"  [{status}] {name}: {t['value']} (target {t['target']})")
    p("")
    p("CPU: " + "; ".join(f"{k}: load {v['load_average_start']} -> {v['load_average_end']}, "
                          f"others used {v.get('cores_used_by_others', '?')} cores"
                          for k, v in report["cpu"].items() if "wall_s" in v))


# ============================================================================ main


def default_models(size):
    common.register_package()
    from gguf_factory import build_model_pair

    if size == "real":
        folder = common.BENCH_MODELS / "real"
        print(f"Benchmark model: {folder} (built once, several minutes the first time)",
              flush=True)
        return build_model_pair(folder, size="real", quant="Q4_K_M")
    return build_model_pair(common.TEST_MODELS / "tiny", size="tiny")


def main(argv=None):
    parser = argparse.ArgumentParser(description="Recipe vs scoring engine, end to end, memory.")
    parser.add_argument("--model", help="text GGUF (default: the real-size random benchmark "
                                        "model, built once)")
    parser.add_argument("--mmproj", help="projector GGUF (with --model)")
    parser.add_argument("--size", choices=("real", "tiny"), default="real",
                        help="random model to build when --model is not given")
    parser.add_argument("--chips", type=int, default=12, help="chips timed per path and round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over the chips")
    parser.add_argument("--tiles", type=int, default=100,
                        help="tiles of the end-to-end raster (a square of whole km)")
    parser.add_argument("--mem-tiles", default="100,400",
                        help="tile counts of the peak-memory runs (two, comma-separated)")
    parser.add_argument("--engine-passes", type=int, default=2,
                        help="engine-only passes bracketing the warm end-to-end run (1 or 2)")
    parser.add_argument("--threads", type=int, default=0,
                        help="llama.cpp threads (0: the plugin's default)")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 3 chips, 1 round, 4- and 9-tile rasters")
    parser.add_argument("--retries", type=int, default=2,
                        help="times a chip (or the end-to-end bracket) is timed again when "
                             "other processes disturbed it")
    parser.add_argument("--wait-quiet", type=float, default=0.0,
                        help="before each section, wait up to this many seconds for other "
                             "processes to leave the CPU (30 s quiet); 0: do not wait")
    parser.add_argument("--skip-e2e", action="store_true", help="per-tile part only")
    parser.add_argument("--skip-stream", action="store_true",
                        help="no streamed-vs-local run (bench/stream_bench.py)")
    parser.add_argument("--json", help="output file (default bench_results/bench-<date>.json)")
    parser.add_argument("--show", metavar="JSON",
                        help="print the report of a saved result file (targets re-evaluated)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--raster", help=argparse.SUPPRESS)
    parser.add_argument("--child-out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args)
    if args.show:
        report = json.loads(Path(args.show).read_text())
        report.setdefault("git", None)
        report["targets"] = evaluate_targets(report)
        print_report(report)
        return 0

    if args.quick:
        args.chips, args.rounds, args.tiles, args.mem_tiles = 3, 1, 4, "4,9"
        args.engine_passes = min(args.engine_passes, 1)
    mem_sizes = sorted({int(x) for x in args.mem_tiles.split(",") if x.strip()})
    if bool(args.model) != bool(args.mmproj):
        parser.error("give both --model and --mmproj, or neither")
    common.register_package()
    model, mmproj = ((Path(args.model), Path(args.mmproj)) if args.model
                     else default_models(args.size))
    for path in (model, mmproj):
        if not Path(path).is_file():
            sys.exit(f"Model file not found: {path}")

    date = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H-%M-%SZ")
    out_json = Path(args.json) if args.json else common.RESULTS / f"bench-{date}.json"
    report = {
        "date": date,
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "machine": common.machine_info(),
        "git": common.git_state(),
        "threads": args.threads or __import__(
            "deforestation_classifier.core.inference.llama_runtime",
            fromlist=["x"]).default_thread_count(),
        "model": {"text": str(model), "mmproj": str(mmproj),
                  "text_mb": round(Path(model).stat().st_size / 2**20, 1),
                  "mmproj_mb": round(Path(mmproj).stat().st_size / 2**20, 1)},
        "options": {k: v for k, v in vars(args).items()
                    if k not in ("child", "raster", "child_out")},
        "cpu": {},
    }

    def log(text):
        print(text, flush=True)

    with tempfile.TemporaryDirectory(prefix="deforestation-bench-") as tmp:
        tmp = Path(tmp)
        side = max(1, math.isqrt(args.tiles - 1) + 1) if args.tiles > 1 else 1
        rasters = {}

        def raster_for(tiles):
            km = max(1, math.isqrt(tiles - 1) + 1) if tiles > 1 else 1
            if km not in rasters:
                rasters[km] = common.write_synthetic_raster(tmp / f"s2_{km}km.tif", km)
            return rasters[km]

        e2e_raster = raster_for(side * side)
        meter = CpuMeter()
        # Parts B and C first, while this process is small: a child's ru_maxrss starts from
        # its parent's peak at fork (Linux keeps it across exec); VmHWM, read in the child, is
        # its own and is the figure compared.
        if not args.skip_e2e:
            sizes = sorted(set(mem_sizes) | {side * side})
            runs = {}
            for tiles in sizes:
                km = max(1, math.isqrt(tiles - 1) + 1) if tiles > 1 else 1
                passes = args.engine_passes if tiles == side * side else 0
                log(f"Part {'B+C' if passes else 'C'}: deforestation:classify over "
                    f"{km} km x {km} km ({km * km} tiles) in a child process "
                    f"(load average {common.load_average()})")
                report["cpu"][f"wait_before_e2e_{km * km}_tiles"] = wait_quiet(
                    args.wait_quiet, log)
                meter.start()
                parent_maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
                runs[tiles] = run_child(raster_for(tiles), model, mmproj, tmp, passes,
                                        args.threads, log, timeout=3600, retries=args.retries,
                                        wait_quiet_s=args.wait_quiet)
                runs[tiles]["parent_ru_maxrss_at_spawn_mb"] = parent_maxrss
                report["cpu"][f"e2e_{km * km}_tiles"] = meter.stop()
            e2e = runs[side * side]
            report["end_to_end"] = {k: v for k, v in e2e.items()
                                    if k not in ("memory_after_cold_run_mb",)}
            mem = {"sizes": mem_sizes, "runs": {}}
            for tiles in mem_sizes:
                r = runs[tiles]
                mem["runs"][str(tiles)] = {
                    "tiles": r["cold"]["tiles"],
                    "vmhwm_mb": r["memory_after_cold_run_mb"].get("VmHWM"),
                    "ru_maxrss_mb": r["child_ru_maxrss_mb"],
                    "ru_maxrss_after_cold_run_mb": r["ru_maxrss_after_cold_run_mb"],
                    "parent_ru_maxrss_at_spawn_mb": r["parent_ru_maxrss_at_spawn_mb"],
                    "rss_every_25_tiles_mb": r["cold"]["rss_every_25_tiles_mb"],
                }
            if len(mem_sizes) == 2:
                lo, hi = (mem["runs"][str(s)] for s in mem_sizes)
                mem["growth_mb"] = hi["vmhwm_mb"] - lo["vmhwm_mb"]
                mem["growth_ru_maxrss_mb"] = (hi["ru_maxrss_after_cold_run_mb"]
                                              - lo["ru_maxrss_after_cold_run_mb"])
            report["memory"] = mem

        chips = common.raster_chips(e2e_raster, limit=args.chips)
        log(f"Part A: recipe, engine and floor alternated on {len(chips)} chips x "
            f"{args.rounds} rounds (load average {common.load_average()})")
        report["cpu"]["wait_before_per_tile"] = wait_quiet(args.wait_quiet, log)
        meter.start()
        report["per_tile"] = per_tile(model, mmproj, chips, args.rounds, args.threads, log,
                                      retries=args.retries)
        report["cpu"]["per_tile"] = meter.stop()

        if not args.skip_stream:
            # Part D in its own process (its model, caches and loopback server): a fetched
            # scene streamed over HTTP with 40 ms per request vs its local copy, per tile.
            log("Part D: streamed vs local Sentinel-2 scene (bench/stream_bench.py)")
            stream_json = tmp / "stream.json"
            subprocess.run([sys.executable, str(Path(__file__).resolve().parent
                                                / "stream_bench.py"),
                            "--model", str(model), "--mmproj", str(mmproj),
                            "--km", "2" if args.quick else "4", "--rounds",
                            "1" if args.quick else "2", "--threads", str(args.threads),
                            "--json", str(stream_json)], check=False)
            if stream_json.is_file():
                report["stream"] = json.loads(stream_json.read_text())

    report["targets"] = evaluate_targets(report)
    report["load_average_end"] = common.load_average()
    out_json.parent.mkdir(parents=True, exist_ok=True)
    out_json.write_text(json.dumps(report, indent=1, default=str))
    print_report(report)
    print(f"\nWrote {out_json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
