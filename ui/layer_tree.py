"""Where the toolbar's results go: files named after their source and time, and the Layers panel
(a group per run at the top, so that a rerun is seen above earlier results and the raster).
"""
import re
from datetime import datetime
from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsProject

from ..core.output.layer_style import class_title
from ..toolbelt.i18n import tr

GROUP_PREFIX = "Deforestation"  # the English group name; tr("Deforestation {}") shows it


def sanitise(name: str) -> str:
    """A layer name made safe for a file name on every OS."""
    cleaned = re.sub(r"[^0-9A-Za-z_-]+", "_", name).strip("_")
    return cleaned[:60] or "layer"


def output_path(folder: Path, layer_name: str, now: datetime) -> Path:
    """<folder>/deforestation_<layer>_<YYYYmmdd_HHMMSS>.gpkg, never an existing file."""
    stem = f"deforestation_{sanitise(layer_name)}_{now.strftime('%Y%m%d_%H%M%S')}"
    path = folder / f"{stem}.gpkg"
    n = 2
    while path.exists():  # two runs within one second
        path = folder / f"{stem}_{n}.gpkg"
        n += 1
    return path


def run_names(source_name: str, when: datetime):
    """(group, layer) names of one run's result: the group tells runs apart by the time they
    started, the layer is short enough for the Layers panel (the file name keeps it all)."""
    short = source_name if len(source_name) <= 28 else source_name[:27] + "\u2026"
    return (tr("Deforestation {}").format(when.strftime('%H:%M:%S')),
            tr("{} tiles").format(short))


def counts_text(results) -> str:
    """'standing forest 16, recently cleared 4, insufficient data 10' of a run's COUNT_*
    outputs, in the user's words (classes as the legend names them)."""
    statuses = {"NO_DATA": tr("no data"), "INSUFFICIENT_DATA": tr("insufficient data"),
                "CLOUDY": tr("cloudy"), "ERROR": tr("error")}
    parts = []
    for key, value in results.items():
        if key.startswith("COUNT_") and value:
            code = key[len("COUNT_"):]
            word = statuses.get(code) or class_title(code)
            parts.append(f"{word[:1].lower()}{word[1:]} {int(value)}")
    return ", ".join(parts)


def add_at_top(layer, source_name: str, when: datetime):
    """Add a result layer to the project in a group of its own at the top of the layer tree,
    so that a rerun is seen above the earlier results (and above the raster)."""
    group_name, layer_name = run_names(source_name, when)
    layer.setName(layer_name)
    project = QgsProject.instance()
    project.addMapLayer(layer, False)
    # Filled before it joins the tree: the Layers panel cannot expand an empty group, and
    # would then show this one collapsed, its legend (classes, review outlines) hidden.
    group = QgsLayerTreeGroup(group_name)
    group.addLayer(layer)
    project.layerTreeRoot().insertChildNode(0, group)
    return group


def show_expanded(group):
    try:
        nodes = [group, *group.children()]
        for node in nodes:
            node.setExpanded(False)
            node.setExpanded(True)
    except RuntimeError:  # removed meanwhile
        pass


def remove_layers_reading(path):
    """Remove the layers of the project reading the same file, and their group when it is left
    empty."""
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    file = path.split("|")[0]
    for earlier in list(project.mapLayers().values()):
        if earlier.source().split("|")[0] != file:
            continue
        node = root.findLayer(earlier.id())
        parent = node.parent() if node is not None else None
        project.removeMapLayer(earlier.id())
        if parent is not None and parent is not root and not parent.children():
            parent.parent().removeChildNode(parent)
