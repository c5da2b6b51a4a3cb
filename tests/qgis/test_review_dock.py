"""The review dock, headless: a real deforestation:classify result, driven by buttons and keys.

One classification (tiny random-weight model, chips written) serves the module; each test
works on its own copy of the GeoPackage, the chips and the raster.
"""
import re
import shutil

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtTest import QTest

from deforestation_classifier.core.output.layer_style import (
    LABEL_EXPRESSION,
    LEGEND_ONLY_PREFIX,
    REVIEW_OUTLINES,
    _symbol_property,
)
from deforestation_classifier.core.vocabulary import (
    CLASSES,
    LONG_TERM_NON_FOREST as LT,
    RECENTLY_CLEARED as RC,
    STANDING_FOREST as SF,
)
from deforestation_classifier.core.review.queue import ALL_CLASSES, REVIEW_FIELD_NAMES
from deforestation_classifier.core.review.store import PROPERTY_CHIPS, PROPERTY_RASTER
from deforestation_classifier.plugin import DeforestationClassifierPlugin
from deforestation_classifier.ui.review_dock import DOCK_OBJECT_NAME, ReviewDock
from deforestation_classifier.ui.review_launcher import ReviewLauncher
from raster_factory import patterned_bands, write_s2_stack
from tile_factory import read_back

ALG = "deforestation:classify"
LEGEND_VALUES = {LEGEND_ONLY_PREFIX + status for status in REVIEW_OUTLINES}
TILE = "EPSG32633_E{}_N{}"
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
# Tile order in the layer (fid 1..6): rows north to south, cells west to east.
ORDER = [TILE.format(e, n) for n in (5801, 5800) for e in (500, 501, 502)]
# Labels and probabilities set on the copy for the "scored" cases.
SCORED = {
    ORDER[0]: (RC, 0.62, 0.30, 0.08),
    ORDER[1]: (RC, 0.95, 0.03, 0.02),
    ORDER[2]: (SF, 0.10, 0.80, 0.10),
    ORDER[3]: (RC, 0.71, 0.20, 0.09),
    ORDER[4]: (LT, 0.25, 0.05, 0.70),
    ORDER[5]: (RC, 0.55, 0.40, 0.05),
}
SCORED_RC_ORDER = [ORDER[1], ORDER[3], ORDER[0], ORDER[5]]


pytestmark = pytest.mark.usefixtures("keep_review_settings")


# --- fixtures ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def classified(provider, tiny_models, tmp_path_factory):
    """A real classification of a 3 km x 2 km scene: out.gpkg, chips/, s2.tif in one folder."""
    import processing

    folder = tmp_path_factory.mktemp("classified")
    raster = write_s2_stack(folder / "s2.tif", patterned_bands(200, 300),
                            origin=(500000.0, 5802000.0))
    text, mmproj = tiny_models
    processing.run(ALG, {"INPUT": raster, "MODEL": str(text), "MMPROJ": str(mmproj),
                         "CHIPS_FOLDER": str(folder / "chips"),
                         "OUTPUT": str(folder / "out.gpkg")}, feedback=QgsProcessingFeedback())
    assert len(list((folder / "chips").glob("*.png"))) == 6
    return folder


@pytest.fixture
def result_copy(classified, tmp_path):
    """This test's copy of the classification (GeoPackage, chips next to it, raster)."""
    shutil.copy(classified / "out.gpkg", tmp_path / "out.gpkg")
    shutil.copytree(classified / "chips", tmp_path / "chips")
    shutil.copy(classified / "s2.tif", tmp_path / "s2.tif")
    return tmp_path


def set_fields(gpkg, values_by_tile):
    """Overwrite attributes in the file with OGR: {tile_id: {field: value}}."""
    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayer(0)
    for feature in layer:
        for name, value in values_by_tile.get(feature.GetField("tile_id"), {}).items():
            if value is None:
                feature.SetFieldNull(name)
            else:
                feature.SetField(name, value)
        layer.SetFeature(feature)
    ds = None


@pytest.fixture
def scored_gpkg(result_copy):
    """The copy with labels, probabilities and confidences of a scoring engine."""
    set_fields(result_copy / "out.gpkg", {
        tile: {"class_label": label, "prob_recently_cleared": rc, "prob_standing_forest": sf,
               "prob_long_term_non_forest": lt, "confidence": max(rc, sf, lt)}
        for tile, (label, rc, sf, lt) in SCORED.items()})
    return result_copy / "out.gpkg"


@pytest.fixture
def recipe_gpkg(result_copy):
    """The copy as the recipe engine leaves it (no probabilities), with known labels."""
    labels = [RC, SF, RC, RC, LT, RC]
    nulls = dict.fromkeys(("confidence", "prob_standing_forest", "prob_recently_cleared",
                           "prob_long_term_non_forest"))
    set_fields(result_copy / "out.gpkg",
               {tile: {"class_label": label, **nulls} for tile, label in zip(ORDER, labels)})
    return result_copy / "out.gpkg"


def forget_source_raster(gpkg):
    """As an output of an earlier version: the file does not name its raster."""
    ds = ogr.Open(str(gpkg), 1)
    ds.GetLayer(0).SetMetadataItem("SOURCE_RASTER", "")
    ds = None


def queue_ids(dock):
    return [r.tile_id for r in dock.queue]


def focus(dock):
    """Keys reach the dock's shortcuts only while its window is active and it has the focus."""
    window = dock.window()  # the main window in tests (pytest-qgis docks nothing)
    window.show()
    dock.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 2000)
    dock.content.setFocus()
    QCoreApplication.processEvents()


def key(dock, k, widget=None):
    QTest.keyClick(widget or dock.content, k)
    QCoreApplication.processEvents()


# --- opening ------------------------------------------------------------------------------------
def test_action_opens_the_dock_and_unload_removes_it(qgis_iface, qgis_new_project, scored_gpkg):
    plugin = DeforestationClassifierPlugin(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.review_action.text() == "Review deforestation tiles"
        assert plugin.review_action in plugin.toolbar.actions()
        qgis_iface.addPluginToRasterMenu.assert_any_call("Deforestation Classifier",
                                                         plugin.review_action)
        layer = QgsVectorLayer(str(scored_gpkg), "result", "ogr")
        QgsProject.instance().addMapLayer(layer)
        qgis_iface.setActiveLayer(layer)

        plugin.review_action.trigger()

        dock = plugin.review.dock
        assert isinstance(dock, ReviewDock) and dock.objectName() == DOCK_OBJECT_NAME
        assert not dock.isHidden() and dock.layer is layer
        assert dock.current().tile_id == SCORED_RC_ORDER[0]
    finally:
        plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert plugin.review is None and plugin.review_action is None


def test_layers_not_made_by_the_classifier_get_a_warning(qgis_iface, qgis_new_project,
                                                          result_copy):
    qgis_iface.messageBar().clear_messages()
    launcher = ReviewLauncher(qgis_iface)
    raster = QgsRasterLayer(str(result_copy / "s2.tif"), "raster", "gdal")
    QgsProject.instance().addMapLayer(raster)
    qgis_iface.setActiveLayer(raster)
    assert launcher.open_on_active_layer() is None
    other = QgsVectorLayer("Polygon?crs=EPSG:32633&field=name:string", "parcels", "memory")
    QgsProject.instance().addMapLayer(other)
    qgis_iface.setActiveLayer(other)
    assert launcher.open_on_active_layer() is None
    assert launcher.dock is None
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert len(messages) == 2
    assert "Select a layer made by 'Classify deforestation" in messages[0]
    assert "lacks the field(s) tile_id, class_label, confidence" in messages[1]


# --- queue, filters, progress -----------------------------------------------------------------
def test_default_queue_is_recently_cleared_by_probability(open_dock, scored_gpkg):
    dock = open_dock(scored_gpkg)
    assert dock.class_combo.currentData() == RC
    assert queue_ids(dock) == SCORED_RC_ORDER
    assert dock.progress_label.text() == "0 of 4 reviewed"
    assert dock.position_label.text() == "Tile 1 of 4"
    assert dock.tile_label.text() == SCORED_RC_ORDER[0]
    assert dock.prob_values[RC].text() == "0.95"
    assert dock.confidence_value.text() == "0.95"
    assert dock.status_value.text() == "CLASSIFIED, 100% valid data"
    assert not dock.filter_note.text()
    assert dock.low_check.isEnabled()


def test_filters_for_any_class_and_low_confidence(open_dock, scored_gpkg):
    dock = open_dock(scored_gpkg)
    dock.class_combo.setCurrentIndex(dock.class_combo.findData(SF))
    assert queue_ids(dock) == [ORDER[2]] and dock.progress_label.text() == "0 of 1 reviewed"
    dock.class_combo.setCurrentIndex(dock.class_combo.findData(LT))
    assert queue_ids(dock) == [ORDER[4]]
    dock.class_combo.setCurrentIndex(dock.class_combo.findData(ALL_CLASSES))
    assert queue_ids(dock) == [*SCORED_RC_ORDER[:3], ORDER[5], ORDER[4], ORDER[2]]
    dock.threshold_spin.setValue(0.65)
    dock.low_check.setChecked(True)
    assert queue_ids(dock) == [ORDER[0], ORDER[5]]  # confidence 0.62 and 0.55
    assert dock.progress_label.text() == "0 of 2 reviewed"
    dock.threshold_spin.setValue(0.5)
    assert queue_ids(dock) == []
    assert dock.position_label.text() == "No tiles match the queue filter"
    assert not dock.confirm_button.isEnabled() and dock.chip_image is None


def test_without_confidence_the_filter_is_unavailable_and_order_is_tile_order(open_dock,
                                                                              recipe_gpkg):
    dock = open_dock(recipe_gpkg)
    assert queue_ids(dock) == [ORDER[0], ORDER[2], ORDER[3], ORDER[5]]
    assert not dock.low_check.isEnabled()
    assert "Unavailable" in dock.low_check.toolTip()
    assert "Low-confidence filter unavailable" in dock.filter_note.text()
    assert "tile order" in dock.filter_note.text()
    assert dock.prob_values[RC].text() == "not computed"
    assert dock.confidence_value.text() == "not computed"


# --- decisions ----------------------------------------------------------------------------------
def test_buttons_write_decisions_that_survive_a_reload(open_dock, scored_gpkg):
    dock = open_dock(scored_gpkg)
    layer = dock.layer
    first, second, third, fourth = SCORED_RC_ORDER

    dock.note_edit.setText("fresh clearing, road visible")
    dock.confirm_button.click()
    assert dock.current().tile_id == second  # moves on by itself
    assert dock.progress_label.text() == "1 of 4 reviewed"
    dock.correct_buttons[SF].click()
    dock.unclear_button.click()
    assert dock.progress_label.text() == "3 of 4 reviewed"
    assert dock.current().tile_id == fourth
    dock.note_edit.setText("check against Hansen")
    dock.note_edit.returnPressed.emit()  # a comment alone, no decision
    assert dock.current().tile_id == fourth and not dock.current().reviewed
    # The model's own label is not a correction: its button is off (Confirm is the way).
    assert dock.current().class_label == RC
    assert not dock.correct_buttons[RC].isEnabled()
    assert dock.correct_buttons[SF].isEnabled() and dock.confirm_button.isEnabled()

    # Committed at once: a fresh OGR connection sees everything, the layer was never edited.
    assert not layer.isEditable() and not layer.isModified()
    rows = read_back(scored_gpkg)
    assert rows[first]["review_status"] == "CONFIRMED"
    assert rows[first]["reviewed_label"] == RC
    assert rows[first]["review_note"] == "fresh clearing, road visible"
    assert rows[first]["reviewer"] == "tester"
    assert ISO_UTC.match(rows[first]["reviewed_at"])
    assert (rows[second]["review_status"], rows[second]["reviewed_label"]) == ("CORRECTED", SF)
    assert rows[second]["class_label"] == RC  # the model's label stays
    assert (rows[third]["review_status"], rows[third]["reviewed_label"]) == ("UNCLEAR", None)
    assert rows[fourth]["review_status"] is None
    assert rows[fourth]["review_note"] == "check against Hansen"
    assert rows[ORDER[2]]["review_status"] is None  # not in the queue, untouched

    # ... and survives a reload in QGIS.
    reloaded = QgsVectorLayer(str(scored_gpkg), "again", "ogr")
    values = {f["tile_id"]: (f["review_status"], f["reviewed_label"])
              for f in reloaded.getFeatures()}
    assert values[first] == ("CONFIRMED", RC) and values[second] == ("CORRECTED", SF)
    for name in REVIEW_FIELD_NAMES:
        assert reloaded.fields().indexOf(name) >= 0

    # A new review of the reloaded file starts at the first unreviewed tile.
    again = open_dock(scored_gpkg, name="again")
    assert again.current().tile_id == fourth
    assert again.progress_label.text() == "3 of 4 reviewed"
    again.previous_tile()
    again.previous_tile()
    assert again.current().tile_id == second
    assert again.review_value.text().startswith("CORRECTED as Standing forest by tester, 20")


class AttributeTable:
    """An open attribute table, as QGIS's dialog builds it: a QgsAttributeTableModel over a
    QgsVectorLayerCache of the layer."""

    def __init__(self, layer):
        from qgis.core import QgsVectorLayerCache
        from qgis.gui import QgsAttributeTableModel

        self.layer = layer
        self.cache = QgsVectorLayerCache(layer, 100)
        self.model = QgsAttributeTableModel(self.cache)
        self.model.loadLayer()

    def value(self, tile_id, name):
        """The text the table shows in the tile's row, field `name`."""
        fid = next(f.id() for f in self.layer.getFeatures() if f["tile_id"] == tile_id)
        row = self.model.idToIndex(fid).row()
        value = self.model.data(self.model.index(row, self.layer.fields().indexOf(name)),
                                Qt.ItemDataRole.DisplayRole)
        return None if value is None or value == "NULL" else value

    def edit_feature(self, tile_id, name, value):
        """The analyst edits one attribute of the feature as the table holds it (as a form
        or a script does: the cached feature, changed, handed to updateFeature)."""
        fid = next(f.id() for f in self.layer.getFeatures() if f["tile_id"] == tile_id)
        feature = self.cache.getFeature(fid)
        feature[name] = value
        assert self.layer.updateFeature(feature)


def test_open_attribute_tables_show_each_decision_at_once(open_dock, scored_gpkg):
    dock = open_dock(scored_gpkg)
    table = AttributeTable(dock.layer)
    first, second = SCORED_RC_ORDER[:2]
    dock.note_edit.setText("road")
    dock.confirm_button.click()
    dock.correct_buttons[SF].click()
    assert table.value(first, "review_status") == "CONFIRMED"
    assert table.value(first, "review_note") == "road"
    assert (table.value(second, "review_status"), table.value(second, "reviewed_label")) == \
        ("CORRECTED", SF)
    assert dock.layer.getFeature(dock.queue[0].fid)["review_status"] == "CONFIRMED"
    # On disk at once, and the layer left as it was (not in edit mode, nothing pending).
    assert read_back(scored_gpkg)[second]["reviewed_label"] == SF
    assert not dock.layer.isEditable() and not dock.layer.isModified()


def test_an_analyst_save_in_edit_mode_keeps_every_decision(open_dock, scored_gpkg):
    dock = open_dock(scored_gpkg)
    layer = dock.layer
    table = AttributeTable(layer)  # open before the decisions, as an analyst's would be
    first, second, third = SCORED_RC_ORDER[:3]
    dock.note_edit.setText("road")
    dock.confirm_button.click()
    dock.correct_buttons[SF].click()
    dock.unclear_button.click()

    # The analyst edits another attribute of reviewed tiles and saves.
    assert layer.startEditing()
    table.edit_feature(first, "status", "CHECKED")
    table.edit_feature(second, "class_label", LT)
    assert layer.commitChanges(), layer.commitErrors()

    rows = read_back(scored_gpkg)
    assert (rows[first]["status"], rows[second]["class_label"]) == ("CHECKED", LT)
    assert (rows[first]["review_status"], rows[first]["reviewed_label"],
            rows[first]["review_note"], rows[first]["reviewer"]) == \
        ("CONFIRMED", RC, "road", "tester")
    assert (rows[second]["review_status"], rows[second]["reviewed_label"]) == ("CORRECTED", SF)
    assert rows[third]["review_status"] == "UNCLEAR"


def test_a_decision_made_in_edit_mode_survives_the_analyst_save(open_dock, scored_gpkg):
    dock = open_dock(scored_gpkg)
    layer = dock.layer
    table = AttributeTable(layer)
    first, second = SCORED_RC_ORDER[:2]
    assert layer.startEditing()
    table.edit_feature(first, "status", "CHECKED")  # the analyst's edit, not saved yet
    dock.note_edit.setText("road")
    dock.confirm_button.click()  # the tile the analyst is editing
    dock.correct_buttons[SF].click()
    # Entered in the open edits: the table shows them, the session stays open and modified.
    assert table.value(first, "review_status") == "CONFIRMED"
    assert table.value(first, "review_note") == "road"
    assert table.value(second, "reviewed_label") == SF
    assert layer.isEditable() and layer.isModified()
    # The analyst edits the decided feature again, as the table holds it, and saves.
    table.edit_feature(second, "status", "CHECKED")
    assert layer.commitChanges(), layer.commitErrors()
    rows = read_back(scored_gpkg)
    assert (rows[first]["status"], rows[second]["status"]) == ("CHECKED", "CHECKED")
    assert (rows[first]["review_status"], rows[first]["review_note"]) == ("CONFIRMED", "road")
    assert (rows[second]["review_status"], rows[second]["reviewed_label"]) == ("CORRECTED", SF)
    assert dock.progress_label.text() == "2 of 4 reviewed"


def test_a_decision_made_in_edit_mode_survives_discarding_the_edits(open_dock, scored_gpkg):
    """The decision is in the file at once: discarding the analyst's edits drops only theirs."""
    dock = open_dock(scored_gpkg)
    layer = dock.layer
    table = AttributeTable(layer)
    first = SCORED_RC_ORDER[0]
    status = read_back(scored_gpkg)[first]["status"]
    assert layer.startEditing()
    table.edit_feature(first, "status", "CHECKED")
    dock.confirm_button.click()
    assert read_back(scored_gpkg)[first]["review_status"] == "CONFIRMED"
    assert layer.rollBack()
    rows = read_back(scored_gpkg)
    assert (rows[first]["status"], rows[first]["review_status"]) == (status, "CONFIRMED")
    assert layer.getFeature(dock.queue[0].fid)["review_status"] == "CONFIRMED"
    assert table.value(first, "review_status") == "CONFIRMED"


def test_a_layer_read_only_in_the_project_is_refused(open_dock, scored_gpkg):
    from deforestation_classifier.core.alerts.store import open_store
    from deforestation_classifier.core.review.queue import ReviewError

    layer = QgsVectorLayer(str(scored_gpkg), "locked", "ogr")
    layer.setReadOnly(True)
    with pytest.raises(ReviewError, match="read-only in this project"):
        open_store(layer)


def test_keyboard_drives_the_review(open_dock, scored_gpkg):
    dock = open_dock(scored_gpkg)
    focus(dock)
    first, second, third, fourth = SCORED_RC_ORDER
    assert "(C)" in dock.confirm_button.toolTip()
    assert "(1)" in dock.correct_buttons[SF].toolTip()
    assert "(N / \u2192)" in dock.next_button.toolTip()

    key(dock, Qt.Key.Key_N)
    assert dock.current().tile_id == second
    key(dock, Qt.Key.Key_Right)
    assert dock.current().tile_id == third
    key(dock, Qt.Key.Key_Left)
    key(dock, Qt.Key.Key_P)
    assert dock.current().tile_id == first

    key(dock, Qt.Key.Key_C)  # confirm first -> second
    key(dock, Qt.Key.Key_3)  # correct second to long-term non-forest -> third
    key(dock, Qt.Key.Key_M)  # comment on third: letters go to the field, not the shortcuts
    assert dock.note_edit.hasFocus()
    QTest.keyClicks(dock.note_edit, "cloud 1")
    QTest.keyClick(dock.note_edit, Qt.Key.Key_Return)
    assert dock.current().tile_id == third and not dock.current().reviewed
    assert dock.content.hasFocus()
    key(dock, Qt.Key.Key_U)  # unclear third -> fourth
    key(dock, Qt.Key.Key_1)  # correct fourth to standing forest; all done, stays
    assert dock.progress_label.text() == "4 of 4 reviewed"

    rows = read_back(scored_gpkg)
    assert [rows[t]["review_status"] for t in SCORED_RC_ORDER] == [
        "CONFIRMED", "CORRECTED", "UNCLEAR", "CORRECTED"]
    assert [rows[t]["reviewed_label"] for t in SCORED_RC_ORDER] == [RC, LT, None, SF]
    assert rows[third]["review_note"] == "cloud 1"


# --- chips --------------------------------------------------------------------------------------
def png_pixels(path):
    return gdal.Open(str(path)).ReadAsArray().transpose(1, 2, 0)


def image_pixels(image):
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = image.constBits().asstring(image.sizeInBytes())
    rows = np.frombuffer(data, np.uint8).reshape(height, image.bytesPerLine())
    return rows[:, :width * 3].reshape(height, width, 3)


def test_chip_from_the_chips_folder_next_to_the_geopackage(open_dock, scored_gpkg):
    dock = open_dock(scored_gpkg)
    chips = scored_gpkg.parent / "chips"
    assert dock.chips_folder() == chips  # found by default
    assert dock.chip_origin == "file"
    assert (dock.chip_image.width(), dock.chip_image.height()) == (100, 100)
    pixmap = dock.chip_label.pixmap()
    assert (pixmap.width(), pixmap.height()) == (200, 200)
    tile = dock.current().tile_id
    assert np.array_equal(image_pixels(dock.chip_image), png_pixels(chips / f"{tile}.png"))
    assert f"{tile}.png" in dock.chip_caption.text()


def test_missing_chip_is_rendered_from_the_raster_exactly(open_dock, classified, scored_gpkg):
    chips = scored_gpkg.parent / "chips"
    tile = SCORED_RC_ORDER[0]
    (chips / f"{tile}.png").unlink()
    raster = classified / "s2.tif"  # the raster the file records (SOURCE_RASTER)
    dock = open_dock(scored_gpkg, raster=raster)
    assert dock.raster_combo.currentLayer().source() == str(raster)
    assert dock.current().tile_id == tile
    assert dock.chip_origin == "raster"
    assert "Rendered from the source raster 'S2 scene'" in dock.chip_caption.text()
    assert "no chip file" in dock.chip_caption.text()
    assert (dock.chip_image.width(), dock.chip_image.height()) == (100, 100)
    # Pixel for pixel the chip the pipeline fed to the model.
    assert np.array_equal(image_pixels(dock.chip_image),
                          png_pixels(classified / "chips" / f"{tile}.png"))
    dock.next_tile()
    assert dock.chip_origin == "file"


def test_recorded_raster_outside_the_project_is_used_directly(open_dock, classified,
                                                               scored_gpkg):
    shutil.rmtree(scored_gpkg.parent / "chips")
    dock = open_dock(scored_gpkg)
    assert dock.chips_folder() is None and dock.raster_combo.currentLayer() is None
    assert dock.chip_origin == "raster"
    assert "Rendered from the source raster s2.tif" in dock.chip_caption.text()
    assert dock.chip_caption.toolTip() == str(classified / "s2.tif")
    assert "not a layer of the project" in dock.raster_note.text()


@pytest.mark.parametrize("recorded", ["/vsicurl/http://127.0.0.1:9/beacon.tif",
                                      "https://attacker.example/s2.tif",
                                      "\\\\attacker.example\\share\\s2.tif"])
def test_a_recorded_raster_that_is_not_a_local_file_is_never_opened(
        open_dock, scored_gpkg, monkeypatch, recorded):
    """A shared GeoPackage's SOURCE_RASTER cannot make the review reach the network."""
    from deforestation_classifier.core.review import chip_source

    shutil.rmtree(scored_gpkg.parent / "chips")
    ds = ogr.Open(str(scored_gpkg), 1)
    ds.GetLayer(0).SetMetadataItem("SOURCE_RASTER", recorded)
    ds = None
    opened = []
    real_open = chip_source.open_raster
    monkeypatch.setattr(chip_source, "open_raster",
                        lambda source: opened.append(source) or real_open(source))
    dock = open_dock(scored_gpkg)
    assert dock.chip_image is None and dock.chip_origin == ""
    caption = dock.chip_caption.text()
    assert recorded in caption and "was not opened" in caption
    assert "add it to the project as a layer" in caption
    assert opened == []


def test_no_chip_and_no_raster_says_what_to_do(open_dock, scored_gpkg):
    shutil.rmtree(scored_gpkg.parent / "chips")
    forget_source_raster(scored_gpkg)
    dock = open_dock(scored_gpkg)
    assert dock.chips_folder() is None
    assert dock.chip_image is None and dock.chip_origin == ""
    assert "choose the chips folder or the source raster" in dock.chip_caption.text()
    # Choosing a raster afterwards renders the chip and is remembered for the layer.
    raster = QgsRasterLayer(str(scored_gpkg.parent / "s2.tif"), "S2 scene", "gdal")
    QgsProject.instance().addMapLayer(raster)
    dock.raster_combo.setLayer(raster)
    assert dock.chip_origin == "raster"
    assert dock.layer.customProperty(PROPERTY_RASTER) == raster.source()


def test_a_project_raster_covering_the_tiles_is_offered(open_dock, classified, scored_gpkg):
    (scored_gpkg.parent / "chips" / f"{SCORED_RC_ORDER[0]}.png").unlink()
    forget_source_raster(scored_gpkg)
    dock = open_dock(scored_gpkg, raster=scored_gpkg.parent / "s2.tif")
    assert dock.raster_combo.currentLayer().name() == "S2 scene"
    assert dock.chip_origin == "raster"
    # Bands from their descriptions and the product's scaling: the same chip again.
    assert np.array_equal(image_pixels(dock.chip_image),
                          png_pixels(classified / "chips" / f"{SCORED_RC_ORDER[0]}.png"))


def test_chips_folder_is_remembered_per_layer(open_dock, classified, recipe_gpkg, tmp_path):
    elsewhere = tmp_path / "my chips"
    shutil.move(str(recipe_gpkg.parent / "chips"), str(elsewhere))
    dock = open_dock(recipe_gpkg)
    assert dock.chip_origin == "raster"  # no chips folder: from the recorded raster
    dock.chips_widget.setFilePath(str(elsewhere))
    assert dock.chip_origin == "file"
    assert dock.layer.customProperty(PROPERTY_CHIPS) == str(elsewhere)
    # Another layer on the same file (a new project, say) finds the folder again.
    again = open_dock(recipe_gpkg, name="same file")
    assert again.chips_folder() == elsewhere and again.chip_origin == "file"


# --- map ------------------------------------------------------------------------------------------
def test_canvas_zooms_to_the_tile_in_the_canvas_crs_and_highlights_it(open_dock, scored_gpkg,
                                                                      qgis_iface):
    canvas = qgis_iface.mapCanvas()
    dock = open_dock(scored_gpkg)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    for _ in range(2):
        dock.next_tile()
        record = dock.current()
        tile_box = dock.store.geometry(record.fid).boundingBox()
        to_canvas = QgsCoordinateTransform(dock.layer.crs(), canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        tile_in_canvas = to_canvas.transformBoundingBox(tile_box)
        extent = canvas.extent()
        assert extent.contains(tile_in_canvas)
        assert extent.width() >= 2.5 * tile_in_canvas.width()  # some margin around it
        assert extent.center().distance(tile_in_canvas.center()) < 0.1 * tile_in_canvas.width()
        assert dock.highlight is not None and dock.highlight.scene() is canvas.scene()
    dock.hide()
    assert dock.highlight is None


def test_reviewed_tiles_get_an_outline_by_decision(open_dock, scored_gpkg):
    dock = open_dock(scored_gpkg)
    dock.confirm_button.click()
    dock.correct_buttons[SF].click()
    layer = dock.layer
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    # Filled by the reviewed label where there is one (core/output/layer_style.py LABEL_EXPRESSION).
    assert renderer.classAttribute() == LABEL_EXPRESSION
    categories = renderer.categories()
    assert {c.value() for c in categories} == {*CLASSES, "", *LEGEND_VALUES}
    symbol = next(c for c in categories if c.value() == RC).symbol()
    symbol_layer = symbol.symbolLayer(0)
    colour = symbol_layer.dataDefinedProperties().property(_symbol_property("StrokeColor"))
    width = symbol_layer.dataDefinedProperties().property(_symbol_property("StrokeWidth"))
    expression_context = QgsExpressionContext()
    expression_context.appendScope(QgsExpressionContextUtils.layerScope(layer))
    outlines = {}
    for feature in layer.getFeatures():
        expression_context.setFeature(feature)
        outlines[feature["tile_id"]] = (
            colour.valueAsColor(expression_context, QColor(1, 2, 3))[0].name(),
            width.valueAsDouble(expression_context, 0.2)[0])
    first, second, third, _ = SCORED_RC_ORDER
    assert not QgsExpression(colour.expressionString()).hasParserError()
    assert outlines[first] == ("#000000", 0.9)  # confirmed: black
    assert outlines[second] == ("#ff00ff", 0.9)  # corrected: magenta
    assert outlines[third] == ("#010203", 0.2)  # not reviewed: the symbol's own outline


def test_removing_the_layer_empties_the_dock(open_dock, scored_gpkg):
    dock = open_dock(scored_gpkg)
    QgsProject.instance().removeMapLayer(dock.layer.id())
    QCoreApplication.processEvents()
    assert dock.layer is None and dock.queue == [] and dock.highlight is None
    assert "removed" in dock.layer_label.text()
    assert not dock.confirm_button.isEnabled()
    dock.confirm()  # nothing to do, no error
