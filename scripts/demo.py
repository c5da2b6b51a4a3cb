"""make demo: classify a Sentinel-2 raster with deforestation:classify through qgis_process.

With no arguments (a machine with internet): downloads the model card's two GGUF files (from
$HF_ENDPOINT or https://huggingface.co, into $DEFORESTATION_MODEL_DIR or .cache/models; resumed
and verified like the plugin does), fetches a small Sentinel-2 L2A window over the Brazilian
Amazon with deforestation:fetch_sentinel2 (Earth Search, or $STAC_URL), runs the algorithm an
analyst runs from the Toolbox in a clean QGIS profile, and writes the styled GeoPackage and a
PNG map of the result over the false-colour image. --model/--mmproj/--raster use local files
instead.
"""
import argparse
import importlib.util
import json
import os
import site
import subprocess
import sys
import tempfile
from pathlib import Path

PLUGIN = "deforestation_classifier"
ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = Path(__file__).resolve().parent


def qgis_process_env(profile_home: Path) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A throwaway HOME gives qgis_process a clean profile in which to enable the plugin.
    env["HOME"] = str(profile_home)
    # qgis_process embeds the system Python: show it the packages of this venv (llama_cpp).
    env["PYTHONPATH"] = os.pathsep.join(site.getsitepackages())
    env.pop("XDG_DATA_HOME", None)
    env.pop("XDG_CONFIG_HOME", None)
    return env


def plugin_package():
    """The repository imported as `deforestation_classifier` (whatever the folder is called)."""
    if PLUGIN not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            PLUGIN, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
        module = importlib.util.module_from_spec(spec)
        sys.modules[PLUGIN] = module
        spec.loader.exec_module(module)
    return sys.modules[PLUGIN]


class ConsoleFeedback:
    """Progress of the model download on the terminal."""

    def __init__(self):
        self.last = -1
        self.inline = False  # a progress line is open

    def isCanceled(self):  # noqa: N802
        return False

    def setProgress(self, percent):  # noqa: N802
        step = int(percent) // 5 * 5
        if step != self.last:
            self.last = step
            self.inline = step < 100
            print(f"\r  download {step:3d} %", end="" if self.inline else "\n", flush=True)

    def pushInfo(self, text):  # noqa: N802
        print(("\n" if self.inline else "") + text, flush=True)
        self.inline = False


def model_files(model_dir: Path):
    """The card's files in model_dir, downloaded (and verified) when missing."""
    plugin_package()
    from deforestation_classifier.models import download, registry

    files = registry.default_model_files(model_dir)
    try:
        download.ensure_model_files(files, ConsoleFeedback(),
                                    transport=download.UrllibTransport())
    except download.ModelFileError as exc:
        sys.exit(f"Model: {exc}")
    return files.text, files.mmproj


# Rondonia, Brazilian Amazon: forest cut by the "fishbone" clearings along BR-364's side roads;
# 5 km x 5 km around (-63.32, -9.68), in the dry season (the fewest clouds).
DEMO_EXTENT = "-63.3428,-63.2972,-9.7025,-9.6575 [EPSG:4326]"
DEMO_DATES = ("2024-06-01", "2024-09-30")
DEMO_MAX_CLOUD = 10


def run_qgis_process(qgis_process, env, algorithm, params):
    """The results of one algorithm run through qgis_process; exits with its log on failure."""
    cmd = [qgis_process, "--json", "run", algorithm, "--", *params]
    print("$", " ".join(cmd), flush=True)
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        sys.exit(proc.returncode)
    return json.loads(proc.stdout[proc.stdout.index("{"):])["results"]


def demo_raster(out_dir: Path, qgis_process, env, stac_url) -> Path:
    """A small Sentinel-2 L2A window over the Amazon, fetched once by deforestation:fetch_sentinel2
    (bands copied locally), then reused; written as a GeoTIFF for bench/ and render_map.py."""
    raster = out_dir / "s2_amazon_window.tif"
    if raster.is_file():
        print(f"Using {raster} (delete it to fetch a new window)")
        return raster
    params = [f"EXTENT={DEMO_EXTENT}", f"START_DATE={DEMO_DATES[0]}",
              f"END_DATE={DEMO_DATES[1]}", f"MAX_CLOUD_COVER={DEMO_MAX_CLOUD}",
              "COPY_LOCAL=true", f"OUTPUT={raster.with_suffix('.vrt')}"]
    if stac_url:
        params.append(f"STAC_URL={stac_url}")
    results = run_qgis_process(qgis_process, env, "deforestation:fetch_sentinel2", params)
    print(f"Fetched {results['ITEM_IDS']} ({results['DATETIME']})")
    from osgeo import gdal

    gdal.UseExceptions()
    # The VRT's metadata (IMAGE_DATE, IMAGE_ID, SCL_MASK next to it) goes into the GeoTIFF.
    gdal.Translate(str(raster), results["OUTPUT"],
                   creationOptions=["TILED=YES", "COMPRESS=DEFLATE"])
    return raster


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", help="text model GGUF (default: the card's, downloaded)")
    parser.add_argument("--mmproj", help="projector GGUF (default: the card's, downloaded)")
    parser.add_argument("--raster", help="Sentinel-2 raster (default: fetched over the Amazon)")
    parser.add_argument("--stac-url", default=os.environ.get("STAC_URL", ""),
                        help="STAC API for the fetch (default: Earth Search)")
    parser.add_argument("--out", default="demo_output")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace an existing output (default: resume it)")
    parser.add_argument("--model-dir", default=os.environ.get("DEFORESTATION_MODEL_DIR")
                        or str(ROOT / ".cache" / "models"))
    args = parser.parse_args()

    qgis_process = os.environ.get("QGIS_PROCESS", "/usr/bin/qgis_process.bin")
    out_dir = Path(args.out).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    if bool(args.model) != bool(args.mmproj):
        sys.exit("Give both MODEL and MMPROJ, or neither (then the card's files are used).")
    if args.model:
        model, mmproj = Path(args.model), Path(args.mmproj)
    else:
        model, mmproj = model_files(Path(args.model_dir))
    with tempfile.TemporaryDirectory() as home:
        env = qgis_process_env(Path(home))
        subprocess.run([qgis_process, "plugins", "enable", PLUGIN], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        raster = (Path(args.raster) if args.raster
                  else demo_raster(out_dir, qgis_process, env, args.stac_url))
        for label, path in (("MODEL", model), ("MMPROJ", mmproj), ("RASTER", raster)):
            if not path.exists():
                sys.exit(f"{label} not found: {path}")
        output = out_dir / (raster.stem + "_deforestation.gpkg")
        # A rerun continues the same output (and keeps any review made in it); --overwrite
        # starts again from scratch.
        keep = "OVERWRITE=true" if args.overwrite else "RESUME=true"
        results = run_qgis_process(qgis_process, env, "deforestation:classify", [
            f"INPUT={raster.resolve()}", f"MODEL={model.resolve()}",
            f"MMPROJ={mmproj.resolve()}", f"CHIPS_FOLDER={out_dir / 'chips'}",
            f"OUTPUT={output}", keep])
    print(f"Wrote {output}")
    for key, value in sorted(results.items()):
        if key.startswith("COUNT_") or key == "TILE_COUNT":
            print(f"  {key:34s} {value}")

    png = output.with_suffix(".png")
    render = subprocess.run([sys.executable, str(SCRIPTS / "render_map.py"), "--raster",
                             str(raster), "--tiles", str(output), "--out", str(png)],
                            capture_output=True, text=True)
    if render.returncode != 0:
        sys.stderr.write(render.stdout[-2000:] + render.stderr[-2000:])
        sys.exit(f"The map could not be drawn (the GeoPackage is fine): exit {render.returncode}")
    print(f"Wrote {png}")


if __name__ == "__main__":
    main()
