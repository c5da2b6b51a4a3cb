"""Runs the `deforestation` command as a user does: a child process that imports the package
deforestation_classifier from a folder on PYTHONPATH (a link to this checkout), so that Dask's
worker processes import it too."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "deforestation_classifier"


def package_path(folder: Path) -> Path:
    """A folder holding `deforestation_classifier` (a link to the checkout)."""
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / PACKAGE
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    return folder


def cli_env(folder: Path, **extra) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(package_path(folder))] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep)
                                       if p])
    env.pop("QGIS_PREFIX_PATH", None)
    env.update({k: str(v) for k, v in extra.items()})
    return env


def run_cli(args, folder: Path, timeout=600, env=None, **popen):
    """CompletedProcess of `python -m deforestation_classifier.cli ARGS` (text output)."""
    return subprocess.run([sys.executable, "-m", f"{PACKAGE}.cli", *map(str, args)],
                          env=env or cli_env(folder), capture_output=True, text=True,
                          timeout=timeout, cwd=str(folder), **popen)
