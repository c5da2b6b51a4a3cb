"""The output's provenance as QGIS layer metadata (Layer Properties > Metadata), saved in the
GeoPackage: built from what the run recorded in the file (core/output/provenance.py,
core/output/tile_writer.py), so the Toolbox, the toolbar and qgis_process all show the same thing.
"""
from qgis.core import QgsException, QgsLayerMetadata, QgsProviderRegistry

from . import provenance
from ...toolbelt.qgis_values import plain

TITLE = provenance.TITLE
RUN_ITEMS = provenance.RUN_ITEMS


def run_metadata(items: dict) -> QgsLayerMetadata:
    """QGIS metadata from the GDAL layer metadata items a run wrote (the texts:
    core/output/provenance.py describe_run)."""
    described = provenance.describe_run(items)
    metadata = QgsLayerMetadata()
    metadata.setType("dataset")
    metadata.setTitle(described.title)
    metadata.setAbstract(described.abstract)
    metadata.setHistory(list(described.history))
    for vocabulary, keywords in described.keywords:
        metadata.addKeywords(vocabulary, list(keywords))
    return metadata


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
