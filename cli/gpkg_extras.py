"""The style and the provenance that the algorithms store with QGIS, stored without QGIS.

What deforestation:classify's postProcessAlgorithm writes into its GeoPackage through QGIS
(core/output/layer_style.py save_style_in_datasource, core/output/layer_metadata.py
save_run_metadata), written here with GDAL and sqlite3 so that QGIS finds the same thing:

- the style: a row of the `layer_styles` table (created through OGR with the columns QGIS's OGR
  provider gives it), marked as the layer's default, holding the QML and SLD that QGIS writes
  for the renderer. QML needs QGIS to be made, so the texts QGIS 3.22 wrote are kept in
  cli/styles/ (cli/style_files.py makes them again; tests/qgis/test_cli_fidelity.py fails when
  they no longer equal what the algorithm stores);
- the provenance: the QGIS layer metadata document (`gpkg_metadata`, standard
  http://mrcc.com/qgis.dtd, referenced to the layer) with the texts of
  core/output/provenance.py describe_run, and the abstract as the layer's gpkg_contents
  description, as QGIS stores them.
"""
import contextlib
import sqlite3
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from osgeo import gdal, ogr

from ..core.output import provenance
from ..core.output.tile_writer import read_layer_metadata

STYLES = Path(__file__).resolve().parent / "styles"
SLD_LAYER_NAME = "@LAYER_NAME@"  # the layer's name in the stored SLD (cli/style_files.py)
QGIS_METADATA_URI = "http://mrcc.com/qgis.dtd"
# The metadata format written: QGIS 3.22's (the oldest QGIS the plugin runs on reads it, and so
# does every later one).
QGIS_FORMAT_VERSION = "3.22"
# layer_styles as QGIS's OGR provider creates it (QgsOgrProviderMetadata::saveStyle).
STYLE_COLUMNS = (("f_table_catalog", ogr.OFTString, 256), ("f_table_schema", ogr.OFTString, 256),
                 ("f_table_name", ogr.OFTString, 256), ("f_geometry_column", ogr.OFTString, 256),
                 ("styleName", ogr.OFTString, 30), ("styleQML", ogr.OFTString, 0),
                 ("styleSLD", ogr.OFTString, 0), ("useAsDefault", ogr.OFTInteger, 0),
                 ("description", ogr.OFTString, 0), ("owner", ogr.OFTString, 30),
                 ("ui", ogr.OFTString, 30), ("update_time", ogr.OFTDateTime, 0))
# (style name in the GeoPackage, its description, the file stem in cli/styles/)
CLASSES_STYLE = ("deforestation_classes", "Deforestation classes", "deforestation_classes")
ALERTS_STYLE = ("deforestation_alerts", "Deforestation alerts", "deforestation_alerts")
PATCHES_STYLE = ("deforestation_patches", "Deforestation patches", "deforestation_patches")
CLEARINGS_STYLE = ("deforestation_clearings", "Clearings", "deforestation_clearings")


def layer_name(path) -> str:
    """The GeoPackage's first feature layer (the outputs have one)."""
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    return ds.GetLayer(0).GetName()


def store_style(path, style=CLASSES_STYLE, layer: str = "") -> str:
    """Store a style of cli/styles/ as the layer's default; an error text, empty on success.

    A style already stored under the name is left as it is (a resumed output), as the
    algorithm does."""
    name, description, stem = style
    try:
        layer = layer or layer_name(path)
        qml = (STYLES / f"{stem}.qml").read_text(encoding="utf-8")
        sld = (STYLES / f"{stem}.sld").read_text(encoding="utf-8")
        sld = sld.replace(SLD_LAYER_NAME, layer)
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        table = ds.GetLayerByName(layer)
        styles = ds.GetLayerByName("layer_styles") or _create_style_table(ds)
        styles.SetAttributeFilter(None)
        for row in styles:
            if row.GetField("f_table_name") == layer and row.GetField("styleName") == name:
                return ""
        row = ogr.Feature(styles.GetLayerDefn())
        for key, value in (("f_table_catalog", ""), ("f_table_schema", ""),
                           ("f_table_name", layer),
                           ("f_geometry_column", table.GetGeometryColumn()),
                           ("styleName", name), ("styleQML", qml), ("styleSLD", sld),
                           ("useAsDefault", 1), ("description", description),
                           ("owner", "")):
            row.SetField(key, value)
        styles.CreateFeature(row)
        ds = None
    except (OSError, RuntimeError, AttributeError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return ""


def _create_style_table(ds):
    styles = ds.CreateLayer("layer_styles", geom_type=ogr.wkbNone, options=["FID=id"])
    for column, kind, width in STYLE_COLUMNS:
        field = ogr.FieldDefn(column, kind)
        if width:
            field.SetWidth(width)
        if column == "useAsDefault":
            field.SetSubType(ogr.OFSTBoolean)
        if column == "update_time":
            field.SetDefault("CURRENT_TIMESTAMP")
        styles.CreateField(field)
    return styles


def store_run_metadata(path, layer: str = "") -> str:
    """Describe a classification output from the items its run recorded, as QGIS layer
    metadata; an error text, empty on success."""
    try:
        layer = layer or layer_name(path)
        described = provenance.describe_run(read_layer_metadata(path, layer))
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        # The layer's description in gpkg_contents, where QGIS puts the abstract too.
        ds.GetLayerByName(layer).SetMetadataItem("DESCRIPTION", described.abstract)
        ds = None
        _store_metadata_document(path, layer, metadata_xml(described))
    except (OSError, RuntimeError, AttributeError, sqlite3.Error) as exc:
        return f"{type(exc).__name__}: {exc}"
    return ""


def _store_metadata_document(path, layer, document):
    """The one QGIS metadata document of the layer: an earlier run's is replaced."""
    now = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
    with contextlib.closing(sqlite3.connect(str(path))) as db, db:
        old = [row[0] for row in db.execute(
            "SELECT m.id FROM gpkg_metadata m JOIN gpkg_metadata_reference r "
            "ON r.md_file_id = m.id WHERE r.table_name = ? AND m.md_standard_uri = ?",
            (layer, QGIS_METADATA_URI))]
        for md_id in old:
            db.execute("DELETE FROM gpkg_metadata_reference WHERE md_file_id = ?", (md_id,))
            db.execute("DELETE FROM gpkg_metadata WHERE id = ?", (md_id,))
        cursor = db.execute(
            "INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) "
            "VALUES ('dataset', ?, 'text/xml', ?)", (QGIS_METADATA_URI, document))
        db.execute(
            "INSERT INTO gpkg_metadata_reference (reference_scope, table_name, column_name, "
            f"row_id_value, timestamp, md_file_id, md_parent_id) VALUES ('table', ?, NULL, "
            f"NULL, {now}, ?, NULL)", (layer, cursor.lastrowid))


def metadata_xml(described: provenance.RunDescription) -> str:
    """The QGIS layer metadata document (QgsLayerMetadata::writeMetadataXml of QGIS 3.22)."""
    def text(tag, value, indent="  "):
        return f"{indent}<{tag}>{escape(value)}</{tag}>" if value else \
            f"{indent}<{tag}></{tag}>"

    lines = ["<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>",
             f"<qgis version={quoteattr(QGIS_FORMAT_VERSION)}>",
             text("identifier", ""), text("parentidentifier", ""), text("language", ""),
             text("type", "dataset"), text("title", described.title),
             text("abstract", described.abstract)]
    for vocabulary, keywords in sorted(described.keywords):  # QGIS keeps them in a map
        lines.append(f"  <keywords vocabulary={quoteattr(vocabulary)}>")
        lines += [text("keyword", keyword, "    ") for keyword in keywords]
        lines.append("  </keywords>")
    lines.append("  <links/>")
    lines += [text("history", line) for line in described.history]
    lines += [text("fees", ""), text("encoding", ""), "  <crs>", "    <spatialrefsys>"]
    lines += [text(tag, "", "      ") for tag in ("wkt", "proj4")]
    lines += ["      <srsid>0</srsid>", "      <srid>0</srid>"]
    lines += [text(tag, "", "      ")
              for tag in ("authid", "description", "projectionacronym", "ellipsoidacronym")]
    lines += ["      <geographicflag>false</geographicflag>", "    </spatialrefsys>",
              "  </crs>", "  <extent/>", "</qgis>", ""]
    return "\n".join(lines)
