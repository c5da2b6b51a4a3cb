"""make package: the plugin ZIP the QGIS plugin site expects (one top folder, no tests).

The translations (i18n/*.ts) are compiled with lrelease into i18n/*.qm inside the ZIP; the .ts
sources stay out of it. `--list` prints the files that go in (make check scans those).
"""
import argparse
import configparser
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PLUGIN = "deforestation_classifier"
ROOT = Path(__file__).resolve().parents[1]
# Development files that do not belong in an installed plugin; the command line and its
# packaging (cli/, pyproject.toml: docs/SCALING.md) are not part of the plugin either.
EXCLUDED_TOP = {"tests", ".ci", "scripts", "requirements", "Makefile", ".gitignore", "docs",
                "bench", ".flake8", "cli", "pyproject.toml"}
LRELEASE_CANDIDATES = ("lrelease", "lrelease-qt5", "/usr/lib/qt5/bin/lrelease",
                       "/usr/lib/qt6/bin/lrelease")


def plugin_files():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    return [f for f in tracked if f.split("/")[0] not in EXCLUDED_TOP
            and not f.endswith(".ts")]


def translation_sources():
    return sorted((ROOT / "i18n").glob("*.ts"))


def find_lrelease(explicit=None):
    for candidate in ((explicit,) if explicit else LRELEASE_CANDIDATES):
        found = shutil.which(candidate)
        if found:
            return found
    raise SystemExit("make package: lrelease not found (Debian: apt-get install "
                     "qttools5-dev-tools, which `make setup` installs); it compiles i18n/*.ts")


def compile_translations(folder: Path, lrelease=None):
    """i18n/<name>.qm in `folder` for every i18n/<name>.ts; returns {name in zip: path}."""
    sources = translation_sources()
    if not sources:
        return {}
    tool = find_lrelease(lrelease)
    compiled = {}
    for ts in sources:
        qm = folder / f"{ts.stem}.qm"
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise SystemExit(f"make package: lrelease wrote nothing for {ts.name}")
        compiled[f"i18n/{qm.name}"] = qm
    return compiled


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="dist")
    parser.add_argument("--rcc", help="compiled resources (rcc -binary) to include")
    parser.add_argument("--lrelease", help="the lrelease program (default: found on PATH)")
    parser.add_argument("--list", action="store_true", help="print the plugin's files and stop")
    args = parser.parse_args()
    if args.list:
        print("\n".join(plugin_files()))
        return
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    version = meta["general"]["version"]
    out = ROOT / args.out / f"{PLUGIN}-{version}.zip"
    out.parent.mkdir(parents=True, exist_ok=True)
    files = plugin_files() + ([args.rcc] if args.rcc else [])
    with tempfile.TemporaryDirectory() as tmp, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            archive.write(ROOT / name, f"{PLUGIN}/{name}")
        compiled = compile_translations(Path(tmp), args.lrelease)
        for name, path in compiled.items():
            archive.write(path, f"{PLUGIN}/{name}")
    print(f"{out} ({out.stat().st_size / 1024:.0f} KiB, {len(files) + len(compiled)} files, "
          f"translations: {', '.join(sorted(compiled)) or 'none'})")


if __name__ == "__main__":
    sys.exit(main())
