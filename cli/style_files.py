"""Make cli/styles/ again from the renderers QGIS builds (core/output/layer_style.py,
core/alerts/style.py): run inside QGIS's Python, where `qgis.core` imports:

    python -m deforestation_classifier.cli.style_files

Each style is stored by the algorithms' own function (save_renderer_in_datasource) into a
GeoPackage layer with the fields of that output, and the QML and SLD QGIS wrote there are
copied out (the layer's name in the SLD replaced by cli/gpkg_extras.py SLD_LAYER_NAME).
"""
import sqlite3
import sys
import tempfile
from pathlib import Path

from osgeo import gdal, ogr, osr

from .gpkg_extras import (
    ALERTS_STYLE, CLASSES_STYLE, CLEARINGS_STYLE, PATCHES_STYLE, SLD_LAYER_NAME, STYLES)

LAYER = "style_template"
_KINDS = {"string": ogr.OFTString, "int": ogr.OFTInteger, "double": ogr.OFTReal,
          "date": ogr.OFTDate}


def _template(path, fields):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    layer = ds.CreateLayer(LAYER, srs=srs, geom_type=ogr.wkbPolygon,
                           options=["FID=fid", "GEOMETRY_NAME=geom"])
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    ds = None


def _stored(path, renderer, style):
    from qgis.core import QgsVectorLayer

    from ..core.output.layer_style import save_renderer_in_datasource

    layer = QgsVectorLayer(f"{path}|layername={LAYER}", LAYER, "ogr")
    error = save_renderer_in_datasource(layer, renderer, style[0], style[1])
    if error:
        raise RuntimeError(error)
    with sqlite3.connect(str(path)) as db:
        qml, sld = db.execute("SELECT styleQML, styleSLD FROM layer_styles").fetchone()
    return qml, sld.replace(f"<se:Name>{LAYER}</se:Name>",
                            f"<se:Name>{SLD_LAYER_NAME}</se:Name>")


def styles_by_qgis(folder):
    """{file stem: (qml, sld)} as QGIS stores the four styles now."""
    from ..core.alerts.style import clearing_renderer, patch_renderer, transition_renderer
    from ..core.output.layer_style import build_renderer
    from ..core.output.tile_writer import ACQUISITION_FIELDS, FIELDS
    from .compare import CLEARING_FIELDS, PATCH_FIELDS, ROW_FIELDS

    classify = [(name, kind) for name, kind, _ in FIELDS + ACQUISITION_FIELDS]
    outputs = {}
    for style, renderer, fields in (
            (CLASSES_STYLE, build_renderer, classify),
            (ALERTS_STYLE, transition_renderer, [(n, _KINDS[k]) for n, k in ROW_FIELDS]),
            (PATCHES_STYLE, patch_renderer, [(n, _KINDS[k]) for n, k in PATCH_FIELDS]),
            (CLEARINGS_STYLE, clearing_renderer,
             [(n, _KINDS[k]) for n, k in CLEARING_FIELDS])):
        path = Path(folder) / f"{style[2]}.gpkg"
        _template(path, fields)
        outputs[style[2]] = _stored(path, renderer(), style)
    return outputs


def main():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    with tempfile.TemporaryDirectory() as tmp:
        for stem, (qml, sld) in styles_by_qgis(tmp).items():
            (STYLES / f"{stem}.qml").write_text(qml, encoding="utf-8")
            (STYLES / f"{stem}.sld").write_text(sld, encoding="utf-8")
            print(f"wrote {STYLES / stem}.qml and .sld")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
