"""make demo: classify a Sentinel-2 raster with deforestation:classify through qgis_process.

Runs the same algorithm an analyst runs from the Toolbox, in a clean QGIS profile, and prints
where the styled GeoPackage is and how many tiles went to each class.
"""
import argparse
import json
import os
import site
import subprocess
import sys
import tempfile
from pathlib import Path

PLUGIN = "deforestation_classifier"


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


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True)
    parser.add_argument("--mmproj", required=True)
    parser.add_argument("--raster", required=True)
    parser.add_argument("--out", default="demo_output")
    args = parser.parse_args()

    qgis_process = os.environ.get("QGIS_PROCESS", "/usr/bin/qgis_process.bin")
    for label, path in (("MODEL", args.model), ("MMPROJ", args.mmproj), ("RASTER", args.raster)):
        if not Path(path).exists():
            sys.exit(f"{label} not found: {path}")
    out_dir = Path(args.out).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    output = out_dir / (Path(args.raster).stem + "_deforestation.gpkg")
    output.unlink(missing_ok=True)

    with tempfile.TemporaryDirectory() as home:
        env = qgis_process_env(Path(home))
        subprocess.run([qgis_process, "plugins", "enable", PLUGIN], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        cmd = [qgis_process, "--json", "run", "deforestation:classify", "--",
               f"INPUT={Path(args.raster).resolve()}", f"MODEL={Path(args.model).resolve()}",
               f"MMPROJ={Path(args.mmproj).resolve()}", f"CHIPS_FOLDER={out_dir / 'chips'}",
               f"OUTPUT={output}"]
        print("$", " ".join(cmd), flush=True)
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        sys.exit(proc.returncode)
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    print(f"Wrote {output}")
    for key, value in sorted(results.items()):
        if key.startswith("COUNT_") or key == "TILE_COUNT":
            print(f"  {key:34s} {value}")


if __name__ == "__main__":
    main()
