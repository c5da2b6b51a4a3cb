"""The plugin-private folder llama-cpp-python is installed into, and whether it is there.

QGIS's Python is shared by every plugin and often not writable: the plugin installs into
<QGIS profile>/deforestation_classifier/python<major>.<minor> (or $DEFORESTATION_DEPS_DIR) and
appends that folder to sys.path when it starts, so QGIS's own packages always win (docs/MODEL.md,
"Installing llama-cpp-python"). QGIS-free: the faces give the profile folder.
"""
import importlib
import importlib.util
import sys
from pathlib import Path
from typing import Optional

from .. import errors
from ..toolbelt.environment import env_text
from ..toolbelt.i18n import tr

DEPS_DIR_ENV = "DEFORESTATION_DEPS_DIR"

# llama-cpp-python's requirements other than numpy (which QGIS brings): module -> requirement.
PURE_REQUIREMENTS = {
    "typing_extensions": "typing-extensions>=4.5.0",
    "diskcache": "diskcache>=5.6.1",
    "jinja2": "jinja2>=2.11.3",
    "markupsafe": "MarkupSafe>=2.0",  # jinja2's own requirement
}


def deps_dir(profile_dir=None) -> Path:
    """$DEFORESTATION_DEPS_DIR, else <profile_dir>/deforestation_classifier/python3.X, where
    profile_dir is the QGIS profile folder (QgsApplication.qgisSettingsDirPath()); errors.ModelError
    when neither is given."""
    env = env_text(DEPS_DIR_ENV)
    if env:
        return Path(env)
    if not profile_dir:
        raise errors.ModelError(tr("No QGIS profile folder to install into; set {}.").format(
                                   DEPS_DIR_ENV))
    tag = f"python{sys.version_info.major}.{sys.version_info.minor}"
    return Path(profile_dir) / "deforestation_classifier" / tag


def install_path_hook(folder=None, profile_dir=None) -> Optional[Path]:
    """Append the private folder (`folder`, else deps_dir(profile_dir)) to sys.path when it
    exists (call at plugin start)."""
    try:
        folder = Path(folder) if folder else deps_dir(profile_dir)
    except Exception:  # noqa: BLE001 (no QGIS profile yet: nothing installed there either)
        return None
    if not folder.is_dir():
        return None
    entry = str(folder)
    if entry not in sys.path:
        sys.path.append(entry)
        importlib.invalidate_caches()
    return folder


def llama_cpp_status(load=False):
    """(available, version or the reason it cannot be used).

    Cheap by default (no import of the native library, fit for plugin start): looks the
    package up on sys.path. load=True imports it, to catch a broken native library.
    """
    try:
        spec = importlib.util.find_spec("llama_cpp")
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return False, tr("llama-cpp-python is not installed in QGIS's Python")
    if not load:
        try:
            from importlib.metadata import PackageNotFoundError, version

            return True, version("llama_cpp_python")
        except (ImportError, PackageNotFoundError):
            return True, "unknown version"
    try:
        module = importlib.import_module("llama_cpp")
    except Exception as exc:  # noqa: BLE001 (a broken native library raises OSError & co)
        return False, tr("llama-cpp-python is installed but cannot be loaded: {}").format(exc)
    return True, getattr(module, "__version__", "unknown version")


def missing_requirements(find_spec=importlib.util.find_spec):
    """llama-cpp-python's pure-Python requirements that this Python cannot import."""
    return [req for module, req in PURE_REQUIREMENTS.items() if find_spec(module) is None]
