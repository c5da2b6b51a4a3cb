"""`deforestation classify` writes what deforestation:classify writes: the same tiles and answers
through processing.run and through the command, and the style and provenance that QGIS stores,
written without QGIS (cli/gpkg_extras.py) exactly as QGIS writes them."""
import shutil
import sqlite3
from pathlib import Path
import xml.etree.ElementTree as ET

import pytest
from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsLayerMetadata,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from deforestation_classifier.cli.main import main
from deforestation_classifier.core.output.layer_metadata import TITLE, save_run_metadata
from deforestation_classifier.core.output.layer_style import LABEL_EXPRESSION
from deforestation_classifier.core.output.tile_writer import read_layer_metadata

STYLES = Path(__file__).resolve().parents[2] / "cli" / "styles"
# Items that differ between two runs (their times), or that are the QGIS metadata as GDAL reads it
# back (compared in test_the_provenance_is_stored_as_qgis_stores_it).
DIFFERENT = ("RUN_STARTED", "RUN_FINISHED", "DESCRIPTION", "GPKG_METADATA_ITEM_1")
STYLE_COLUMNS = ("f_table_catalog", "f_table_schema", "f_geometry_column", "styleName",
                 "useAsDefault", "description", "owner", "ui")


def tiles(path):
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    out = {}
    for feature in layer:
        values = feature.items()
        values.pop("fid", None)
        out[values["tile_id"]] = (values, feature.GetGeometryRef().ExportToWkt())
    return out


def canonical(xml_text, layer_name=None):
    """The document with attributes in one order and QGIS's version left out (Qt writes
    attributes in a random order; each QGIS release writes its own version)."""
    root = ET.fromstring(xml_text.split("\n", 1)[1] if xml_text.startswith("<!DOCTYPE")
                         else xml_text.encode())
    root.attrib.pop("version", None)
    text = ET.canonicalize(ET.tostring(root), strip_text=True)
    return text.replace(f">{layer_name}<", ">LAYER<") if layer_name else text


def made_with_this_qgis() -> bool:
    """Whether cli/styles/ was made with the running QGIS (their documents then match it
    byte for byte, modulo canonical()); another release writes its own form of the same style."""
    made = ET.parse(STYLES / "deforestation_classes.qml").getroot().get("version", "")
    return made.split("-")[0] == Qgis.QGIS_VERSION.split("-")[0]


def style_as_read(qml):
    """What a QGIS makes of a QML document: the renderer, its attribute, and each category's
    value, label and symbol layers as this QGIS writes them back."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "style", "memory")
    document = QDomDocument()
    document.setContent(qml)
    assert layer.importNamedStyle(document)[0]
    renderer = layer.renderer()

    def symbol_layers(symbol):
        return [(sl.layerType(), sorted(sl.properties().items())) for sl in symbol.symbolLayers()]

    if not hasattr(renderer, "categories"):  # a single symbol
        return type(renderer).__name__, symbol_layers(renderer.symbol())
    # The value as text: 3.22's documents do not say its type, and the renderer matches a
    # category by its text (1 and "1" colour the same features).
    return (type(renderer).__name__, renderer.classAttribute(),
            [(str(c.value()), c.label(), c.renderState(), symbol_layers(c.symbol()))
             for c in renderer.categories()])


def metadata_as_read(document_text):
    """A QGIS metadata document read by this QGIS and written back by it."""
    source = QDomDocument()
    source.setContent(document_text)
    metadata = QgsLayerMetadata()
    assert metadata.readMetadataXml(source.documentElement())
    target = QDomDocument()
    root = target.createElement("qgis")
    target.appendChild(root)
    metadata.writeMetadataXml(root, target)
    return canonical(target.toString())


def assert_same_style(written, stored, key=None):
    """The style the command wrote is QGIS's own: the same documents where cli/styles/ was made
    with this QGIS, else the same style once this QGIS reads both."""
    if made_with_this_qgis():
        assert canonical(written["styleQML"]) == canonical(stored["styleQML"]), key
        assert canonical(written["styleSLD"], written["f_table_name"]) == \
            canonical(stored["styleSLD"], stored["f_table_name"]), key
    else:
        assert style_as_read(written["styleQML"]) == style_as_read(stored["styleQML"]), key


def style_row(path):
    with sqlite3.connect(str(path)) as db:
        db.row_factory = sqlite3.Row
        return dict(db.execute("SELECT * FROM layer_styles").fetchone())


def qgis_metadata(path):
    with sqlite3.connect(str(path)) as db:
        document = db.execute("SELECT metadata FROM gpkg_metadata WHERE md_standard_uri = "
                              "'http://mrcc.com/qgis.dtd'").fetchall()
        description = db.execute("SELECT description FROM gpkg_contents WHERE data_type = "
                                 "'features'").fetchone()[0]
    assert len(document) == 1
    return document[0][0], description


@pytest.fixture
def both(provider, tiny_models, s2_raster, tmp_path):
    """(the algorithm's output, the command's output) of the same raster and model."""
    import processing

    text, mmproj = tiny_models
    by_algorithm = tmp_path / "algorithm.gpkg"
    processing.run("deforestation:classify", {
        "INPUT": s2_raster, "MODEL": str(text), "MMPROJ": str(mmproj),
        "OUTPUT": str(by_algorithm)}, feedback=QgsProcessingFeedback())
    by_command = tmp_path / "command.gpkg"
    code = main(["--no-progress", "classify", s2_raster, "--out", str(by_command), "--model",
                 str(text), "--mmproj", str(mmproj), "--threads", "2"])
    assert code == 0
    return by_algorithm, by_command


def test_the_same_tiles_answers_and_recorded_settings(both):
    by_algorithm, by_command = both
    assert tiles(by_command) == tiles(by_algorithm)
    assert len(tiles(by_command)) == 6
    recorded = [{k: v for k, v in read_layer_metadata(p).items() if k not in DIFFERENT}
                for p in both]
    assert recorded[0] == recorded[1] and "RUN_SETTINGS" in recorded[0]


def test_the_style_is_stored_as_qgis_stores_it(both):
    by_algorithm, by_command = both
    stored, written = style_row(by_algorithm), style_row(by_command)
    assert {k: written[k] for k in STYLE_COLUMNS} == {k: stored[k] for k in STYLE_COLUMNS}
    assert written["f_table_name"] == "command" and stored["f_table_name"] == "algorithm"
    # cli/styles/ holds what QGIS writes for core/output/layer_style.py's renderer; when this
    # fails, make them again: python -m deforestation_classifier.cli.style_files (in QGIS).
    assert_same_style(written, stored)
    layer = QgsVectorLayer(str(by_command), "command", "ogr")
    renderer = layer.renderer()  # the default style stored in the file, applied on load
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == LABEL_EXPRESSION


def test_the_provenance_is_stored_as_qgis_stores_it(both, tmp_path):
    _, by_command = both
    # The same file described by QGIS (the algorithm's own function) instead of the command.
    by_qgis = tmp_path / "command_copy" / "command.gpkg"
    by_qgis.parent.mkdir()
    shutil.copy(by_command, by_qgis)
    with sqlite3.connect(str(by_qgis)) as db:
        db.execute("DELETE FROM gpkg_metadata_reference WHERE md_file_id IN (SELECT id FROM "
                   "gpkg_metadata WHERE md_standard_uri = 'http://mrcc.com/qgis.dtd')")
        db.execute("DELETE FROM gpkg_metadata WHERE md_standard_uri = "
                   "'http://mrcc.com/qgis.dtd'")
        db.execute("UPDATE gpkg_contents SET description = '' WHERE table_name = 'command'")
    layer = QgsVectorLayer(str(by_qgis), "command", "ogr")
    assert save_run_metadata(layer, read_layer_metadata(by_qgis), "command") == ""
    del layer
    written, written_description = qgis_metadata(by_command)
    stored, stored_description = qgis_metadata(by_qgis)
    if made_with_this_qgis():
        assert canonical(written) == canonical(stored)
    else:  # another QGIS release writes its own form of the same metadata
        assert metadata_as_read(written) == metadata_as_read(stored)
    assert written_description == stored_description and "MODEL's SHA-256" in written
    reloaded = QgsVectorLayer(str(by_command), "command", "ogr")
    assert reloaded.metadata().title() == TITLE
    assert any(line.startswith("MODEL: ") for line in reloaded.metadata().history())


def test_a_second_run_with_resume_stores_one_style_and_one_description(both, tiny_models):
    _, by_command = both
    text, mmproj = tiny_models
    assert main(["--quiet", "classify", str(by_command.parent / "s2.tif"), "--out",
                 str(by_command), "--resume", "--model", str(text), "--mmproj",
                 str(mmproj)]) == 0
    with sqlite3.connect(str(by_command)) as db:
        assert db.execute("SELECT count(*) FROM layer_styles").fetchone()[0] == 1
    qgis_metadata(by_command)  # exactly one document
