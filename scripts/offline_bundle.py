"""`make offline-bundle`: a folder that installs the plugin's dependencies and model with no
network (installer/offline_bundle.py; docs/QGIS_NOTES.md, "Offline install").

    python scripts/offline_bundle.py --out DIR [--platforms windows-amd64,linux-x86_64,...]
        [--backends cpu,vulkan] [--python-version 3.12] [--model FILE ...]

Wheels: the pinned llama-cpp-python and its pure dependencies for each platform and backend,
prebuilt only (a platform without one is listed as missing in bundle.json). --python-version is
that of the QGIS the bundle is for (QGIS's Python: `import sys; sys.version` in its console).
Models: the files given with --model (the card's pair from the model folder, for instance),
with their SHA-256. On the offline machine: Settings > Options > Deforestation Classifier >
Install dependencies > "Install from an offline bundle...".
"""
import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "deforestation_classifier"


def plugin_package():
    """The repository root imported as the package (it is the plugin folder)."""
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
        module = importlib.util.module_from_spec(spec)
        sys.modules[PACKAGE] = module
        spec.loader.exec_module(module)


def main(argv=None):
    plugin_package()
    from deforestation_classifier.installer import offline_bundle

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--platforms", default=",".join(offline_bundle.PLATFORMS))
    parser.add_argument("--backends", default="",
                        help="comma-separated; default: each platform's prebuilt builds")
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    parser.add_argument("--python-version", default=here)
    parser.add_argument("--model", action="append", default=[], type=Path)
    args = parser.parse_args(argv)
    try:
        manifest = offline_bundle.write_bundle(
            args.out, platforms=[p for p in args.platforms.split(",") if p],
            backends=[b for b in args.backends.split(",") if b] or None,
            model_files=args.model, python_version=args.python_version)
    except offline_bundle.BundleError as exc:
        print(f"offline-bundle: {exc}", file=sys.stderr)
        return 2
    print(f"offline-bundle: {args.out}: wheels for {', '.join(manifest['wheels']) or 'nothing'}"
          f"; missing: {', '.join(manifest['missing']) or 'none'}; "
          f"{len(manifest['models'])} model files")
    return 0 if manifest["wheels"] else 1


if __name__ == "__main__":
    sys.exit(main())
