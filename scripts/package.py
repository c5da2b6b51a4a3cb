"""make package: the plugin ZIP the QGIS plugin site expects (one top folder, no tests)."""
import argparse
import configparser
import subprocess
import zipfile
from pathlib import Path

PLUGIN = "deforestation_classifier"
ROOT = Path(__file__).resolve().parents[1]
# Development files that do not belong in an installed plugin.
EXCLUDED_TOP = {"tests", ".ci", "scripts", "requirements", "Makefile", ".gitignore", "docs",
                "bench"}


def plugin_files():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    return [f for f in tracked if f.split("/")[0] not in EXCLUDED_TOP]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="dist")
    parser.add_argument("--rcc", help="compiled resources (rcc -binary) to include")
    args = parser.parse_args()
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    version = meta["general"]["version"]
    out = ROOT / args.out / f"{PLUGIN}-{version}.zip"
    out.parent.mkdir(parents=True, exist_ok=True)
    files = plugin_files() + ([args.rcc] if args.rcc else [])
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            archive.write(ROOT / name, f"{PLUGIN}/{name}")
    print(f"{out} ({out.stat().st_size / 1024:.0f} KiB, {len(files)} files)")


if __name__ == "__main__":
    main()
