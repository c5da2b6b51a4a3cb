"""Plugin icons, from a compiled resource file when packaged, else straight from icons/.

No generated resources.py is committed: Qt6 has no pyrcc. `make package` compiles
resources.qrc into the binary resources.rcc, which QResource reads under Qt5 and Qt6 alike.
"""
from pathlib import Path

from qgis.PyQt.QtCore import QFile, QResource
from qgis.PyQt.QtGui import QIcon

PLUGIN_ROOT = Path(__file__).resolve().parents[1]
RCC_FILE = PLUGIN_ROOT / "resources.rcc"
RESOURCE_PREFIX = ":/plugins/deforestation_classifier/icons"

_registered = None  # None: not tried yet; then whether the .rcc is registered


def _resources_registered() -> bool:
    global _registered
    if _registered is None:
        # Registered once per process: QResource keeps it until unregisterResource().
        _registered = RCC_FILE.is_file() and QResource.registerResource(str(RCC_FILE))
    return _registered


def icon_path(name: str = "icon.svg") -> str:
    """The icon's path: in the registered resources when it is there, else on disk."""
    if _resources_registered():
        resource = f"{RESOURCE_PREFIX}/{name}"
        if QFile.exists(resource):
            return resource
    return str(PLUGIN_ROOT / "icons" / name)


def plugin_icon(name: str = "icon.svg") -> QIcon:
    return QIcon(icon_path(name))
