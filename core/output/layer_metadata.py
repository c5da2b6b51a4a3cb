"""The output's provenance as QGIS layer metadata (Layer Properties > Metadata), saved in the
GeoPackage: built from what the run recorded in the file (core/output/provenance.py,
core/output/tile_writer.py), so the Toolbox, the toolbar and qgis_process all show the same thing.
"""
from qgis.core import QgsException, QgsLayerMetadata, QgsProviderRegistry

from . import provenance
from ...toolbelt.qgis_values import plain

TITLE = "Deforestation tiles (1 km)"
# Items shown as their own lines, in this order, before the answer settings.
RUN_ITEMS = ("SOURCE_RASTER", "MODEL", "MMPROJ", "ENGINE", "PLUGIN_VERSION", "RUN_STARTED",
             "RUN_FINISHED", "DN_REASONS")


def run_metadata(items: dict) -> QgsLayerMetadata:
    """QGIS metadata from the GDAL layer metadata items a run wrote."""
    metadata = QgsLayerMetadata()
    metadata.setType("dataset")
    metadata.setTitle(TITLE)
    settings = provenance.decode(items.get(provenance.RUN_SETTINGS_KEY)) or {}
    lines = [f"{key}: {items[key]}" for key in RUN_ITEMS if items.get(key)]
    lines += [f"{provenance.SETTING_NAMES.get(key, key)}: {_text(value)}"
              for key, value in sorted(settings.items())]
    metadata.setAbstract(
        "1 km tiles classified by deforestation:classify (LFM2.5-VL-450M fine-tuned, "
        "LFM Open License v1.0: research and non-commercial use).\n\n" + "\n".join(lines))
    metadata.setHistory(lines)
    metadata.addKeywords("deforestation_classifier", ["deforestation", "Sentinel-2"])
    for key in ("model", "mmproj"):
        if settings.get(key):
            metadata.addKeywords(f"{key}_sha256",
                                 [f"{settings[key]} {settings.get(key + '_sha256', '')}"])
    return metadata


def _text(value) -> str:
    if value is None:
        return "not set"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def save_metadata_in_datasource(layer, metadata, layer_name: str = "") -> str:
    """Store metadata inside the layer's GeoPackage (gpkg_metadata), where QGIS reads it on
    load; other formats get a .qmd file next to the data. Returns an error text, empty on
    success. `layer_name` names the GeoPackage layer when the layer's URI does not (a file
    written as "out.gpkg"); else the file's only layer is taken."""
    registry = QgsProviderRegistry.instance()
    layer.setMetadata(metadata)
    if layer.providerType() == "ogr":
        parts = registry.decodeUri("ogr", layer.source())
        if not plain(parts.get("layerName")):
            parts["layerName"] = layer_name or _only_layer(parts.get("path", ""))
        try:
            ok, _message = registry.saveLayerMetadata(
                "ogr", registry.encodeUri("ogr", parts), metadata)
            if ok:
                return ""
        except QgsException:
            pass  # not a GeoPackage: fall back to the .qmd file
    message, ok = layer.saveDefaultMetadata()
    return "" if ok else message


def _only_layer(path) -> str:
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    if dataset is None or dataset.GetLayerCount() != 1:
        return ""
    return dataset.GetLayer(0).GetName()


def save_run_metadata(layer, items: dict, layer_name: str) -> str:
    """Describe a classification output (the GeoPackage layer `layer_name`) from the items
    its run recorded; an error text, empty on success."""
    return save_metadata_in_datasource(layer, run_metadata(items), layer_name)
