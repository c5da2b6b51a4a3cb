"""The output's provenance as QGIS layer metadata (Layer Properties > Metadata), saved in the
GeoPackage: built from what the run recorded in the file (core/provenance.py,
core/tile_writer.py), so the Toolbox, the toolbar and qgis_process all show the same thing.
"""
from qgis.core import QgsLayerMetadata, QgsProviderRegistry

from . import provenance

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


def save_run_metadata(layer, items: dict, layer_name: str) -> str:
    """Set and save the metadata of `layer` (the GeoPackage layer `layer_name`) in its file;
    an error text, empty on success."""
    metadata = run_metadata(items)
    layer.setMetadata(metadata)
    registry = QgsProviderRegistry.instance()
    parts = registry.decodeUri(layer.providerType(), layer.source())
    parts["layerName"] = parts.get("layerName") or layer_name  # the provider needs it
    try:
        result = registry.saveLayerMetadata(layer.providerType(),
                                            registry.encodeUri(layer.providerType(), parts),
                                            metadata)
    except Exception as exc:  # QgsNotSupportedException where the format has no metadata store
        return str(exc)
    ok, error = result if isinstance(result, tuple) else (bool(result), "")
    return "" if ok else (error or "the metadata could not be saved")
