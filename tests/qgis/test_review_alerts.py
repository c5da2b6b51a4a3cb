"""The review dock on a deforestation:compare output (its alerts patch by patch, the chips of
both dates side by side, decisions in the file) and tune recall on a classify output (the
counts of another threshold, deforestation:relabel run into a new layer)."""
import json

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsProject,
    QgsRasterLayer,
)

from deforestation_classifier.core.review.chip_source import ChipRenderer
from deforestation_classifier.core.output.layer_style import _symbol_property
from deforestation_classifier.core.review.store import PROPERTY_CHIPS, PROPERTY_RASTER, role_key
from raster_factory import patterned_bands, write_s2_stack
from task_wait import wait_until_done
from tile_factory import LT, RC, SF, read_back, run_algorithm as run, tid, write_tiles

pytestmark = pytest.mark.usefixtures("keep_review_settings")

# Patch 1: three edge-connected tiles; patch 2: two; patch 3: one; and one tile without alert.
AFTER = {
    tid(0, 2): (RC, 0.90), tid(0, 1): (LT, 0.20), tid(1, 1): (RC, 0.60),
    tid(5, 5): (RC, 0.70), tid(6, 5): (RC, 0.95),
    tid(9, 9): (RC, 0.80),
    tid(3, 0): (SF, 0.10),
}
# By patch (largest first), then by prob_recently_cleared_after: not the plain probability
# order, in which tid(6, 5) (0.95) would come first.
QUEUE = [tid(0, 2), tid(1, 1), tid(0, 1), tid(6, 5), tid(5, 5), tid(9, 9)]


@pytest.fixture
def compare_output(provider, tmp_path):
    before = write_tiles(tmp_path / "before.gpkg", {t: {"class_label": SF} for t in AFTER},
                         date="2023-07-01")
    after = write_tiles(tmp_path / "after.gpkg",
                        {t: {"class_label": label, "prob_recently_cleared": p}
                         for t, (label, p) in AFTER.items()}, date="2024-07-15")
    results = run("compare", {"BEFORE": before, "AFTER": after,
                              "OUTPUT": str(tmp_path / "alerts.gpkg"),
                              "PATCHES": str(tmp_path / "patches.gpkg")})
    assert results["ALERTS"] == 6 and results["PATCH_COUNT"] == 3
    return tmp_path / "alerts.gpkg"


def write_chip(path, rgb):
    """A 100 x 100 PNG of one colour with a diagonal line, through GDAL."""
    pixels = np.zeros((3, 100, 100), np.uint8)
    for band, value in enumerate(rgb):
        pixels[band] = value
    pixels[:, np.arange(100), np.arange(100)] = 255
    mem = gdal.GetDriverByName("MEM").Create("", 100, 100, 3, gdal.GDT_Byte)
    for band in range(3):
        mem.GetRasterBand(band + 1).WriteArray(pixels[band])
    gdal.GetDriverByName("PNG").CreateCopy(str(path), mem)
    return pixels.transpose(1, 2, 0)


@pytest.fixture
def chip_folders(tmp_path):
    """A chips folder per date, each tile's chip of its own colour: {role: {tile: pixels}}."""
    chips = {}
    for role, base in (("before", 20), ("after", 140)):
        folder = tmp_path / f"chips_{role}"
        folder.mkdir()
        chips[role] = {tile: write_chip(folder / f"{tile}.png", (base + i, 60, 200 - i))
                       for i, tile in enumerate(QUEUE)}
    return chips


def image_pixels(image):
    from qgis.PyQt.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = image.constBits().asstring(image.sizeInBytes())
    rows = np.frombuffer(data, np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 3].reshape(image.height(), image.width(), 3)


# --- a compare output ---------------------------------------------------------------------------
def test_the_queue_is_the_alerts_patch_by_patch(open_dock, compare_output):
    dock = open_dock(compare_output, name="alerts")
    assert dock.store.alerts
    assert [r.tile_id for r in dock.queue] == QUEUE
    assert dock.progress_label.text() == "0 of 6 reviewed"
    assert dock.filter_bar.isHidden() and not dock.alert_queue_note.isHidden()
    assert dock.chip_panel.isHidden() and not dock.alert_view.isHidden()
    assert dock.tune_recall.isHidden()  # a compare output has no three probabilities
    view = dock.alert_view
    assert view.patch_value.text() == "1: tile 1 of 3"
    assert view.prob_value.text() == "0.90"
    assert view.transition_value.text() == "Standing forest \u2192 Recently cleared"
    assert view.date_labels["before"].text() == "Before, 2023-07-01: Standing forest"
    assert view.date_labels["after"].text() == "After, 2024-07-15: Recently cleared"
    assert dock.confirm_button.text().startswith("Confirm alert: Recently cleared")
    for _ in range(3):
        dock.next_tile()
    assert dock.current().tile_id == tid(6, 5) and view.patch_value.text() == "2: tile 1 of 2"


def test_before_and_after_chips_from_two_folders(open_dock, compare_output, chip_folders,
                                                 tmp_path):
    dock = open_dock(compare_output, name="alerts")
    before, after = dock.alert_view.before, dock.alert_view.after
    assert before.image is None and after.image is None  # no folders chosen yet
    assert "of the earlier date" in before.chip_caption.text()
    before.chips_widget.setFilePath(str(tmp_path / "chips_before"))
    after.chips_widget.setFilePath(str(tmp_path / "chips_after"))
    for _ in range(2):
        tile = dock.current().tile_id
        assert (before.origin, after.origin) == ("file", "file")
        assert np.array_equal(image_pixels(before.image), chip_folders["before"][tile])
        assert np.array_equal(image_pixels(after.image), chip_folders["after"][tile])
        assert before.chip_label.pixmap().width() == 150  # side by side
        dock.next_tile()
    layer = dock.layer
    assert layer.customProperty(role_key(PROPERTY_CHIPS, "before")) == \
        str(tmp_path / "chips_before")
    assert layer.customProperty(role_key(PROPERTY_CHIPS, "after")) == str(tmp_path / "chips_after")
    # Remembered for the file: another layer on it finds both folders again.
    again = open_dock(compare_output, name="alerts again")
    assert again.alert_view.before.chips_folder() == tmp_path / "chips_before"
    assert again.alert_view.after.chips_folder() == tmp_path / "chips_after"
    assert again.alert_view.after.origin == "file"


def test_a_date_without_chips_is_rendered_from_the_raster_picked(open_dock, compare_output,
                                                                 chip_folders, tmp_path):
    # The earlier date's scene covers patch 1 (E400-E401, N5801-N5802); no project raster is
    # guessed for either date.
    raster_path = write_s2_stack(tmp_path / "s2_2023.tif", patterned_bands(200, 200, seed=4),
                                 origin=(400000.0, 5803000.0))
    dock = open_dock(compare_output, raster=raster_path, name="alerts")
    before, after = dock.alert_view.before, dock.alert_view.after
    assert before.raster_combo.currentLayer() is None
    after.chips_widget.setFilePath(str(tmp_path / "chips_after"))
    raster = next(lyr for lyr in QgsProject.instance().mapLayers().values()
                  if isinstance(lyr, QgsRasterLayer))
    before.raster_combo.setLayer(raster)
    tile = dock.current().tile_id
    assert (before.origin, after.origin) == ("raster", "file")
    expected = ChipRenderer(raster_path).render(tile)
    assert np.array_equal(image_pixels(before.image), expected)
    assert not np.array_equal(image_pixels(before.image), chip_folders["before"][tile])
    assert dock.layer.customProperty(role_key(PROPERTY_RASTER, "before")) == raster.source()
    assert not dock.layer.customProperty(role_key(PROPERTY_RASTER, "after"))


def test_decisions_land_in_the_compare_output(open_dock, compare_output):
    dock = open_dock(compare_output, name="alerts")
    dock.note_edit.setText("fresh road")
    dock.confirm_button.click()  # the alert is real
    dock.correct_buttons[SF].click()  # a false alert
    dock.mark_unclear()
    assert dock.progress_label.text() == "3 of 6 reviewed"
    assert dock.alert_view.review_value.text() == "not reviewed"  # moved on by itself
    dock.previous_tile()
    assert dock.alert_view.review_value.text().startswith("UNCLEAR by tester, 20")
    rows = read_back(compare_output)
    first, second, third = QUEUE[:3]
    assert (rows[first]["review_status"], rows[first]["reviewed_label"]) == ("CONFIRMED", RC)
    assert rows[first]["review_note"] == "fresh road" and rows[first]["reviewer"] == "tester"
    assert (rows[second]["review_status"], rows[second]["reviewed_label"]) == ("CORRECTED", SF)
    assert (rows[third]["review_status"], rows[third]["reviewed_label"]) == ("UNCLEAR", None)
    assert rows[second]["label_after"] == RC  # the comparison itself stays
    assert rows[tid(3, 0)]["review_status"] is None
    # The alert style shows the decisions (core/output/layer_style.py review outline).
    renderer = dock.layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "alert"
    # (the style read back from the GeoPackage holds the category values as text)
    categories = renderer.categories()  # held: each symbol belongs to its category
    alert_symbol = next(c for c in categories if str(c.value()) == "1").symbol()
    stroke = alert_symbol.symbolLayer(0).dataDefinedProperties().property(
        _symbol_property("StrokeColor"))
    assert stroke.isActive() and "review_status" in stroke.expressionString()
    # A new review of the file goes on where this one stopped.
    again = open_dock(compare_output, name="alerts again")
    assert again.current().tile_id == QUEUE[3]
    assert again.progress_label.text() == "3 of 6 reviewed"


def test_alert_decisions_in_edit_mode_reach_the_table_and_survive_the_save(
        open_dock, compare_output):
    from qgis.core import QgsVectorLayerCache
    from qgis.gui import QgsAttributeTableModel
    from qgis.PyQt.QtCore import Qt

    dock = open_dock(compare_output, name="alerts")
    layer = dock.layer
    cache = QgsVectorLayerCache(layer, 100)
    table = QgsAttributeTableModel(cache)  # an open attribute table
    table.loadLayer()
    fids = {f["tile_id"]: f.id() for f in layer.getFeatures()}
    first, second, third = QUEUE[:3]

    def shown(tile, name):
        row = table.idToIndex(fids[tile]).row()
        return table.data(table.index(row, layer.fields().indexOf(name)),
                          Qt.ItemDataRole.DisplayRole)

    dock.confirm_button.click()  # not in edit mode: in the file and the table at once
    assert shown(first, "review_status") == "CONFIRMED"
    assert read_back(compare_output)[first]["review_status"] == "CONFIRMED"
    assert not layer.isEditable()

    assert layer.startEditing()  # the analyst edits the reviewed tiles' other attributes
    feature = cache.getFeature(fids[first])  # as the table holds it
    feature["label_before"] = LT
    assert layer.updateFeature(feature)
    dock.correct_buttons[SF].click()  # a decision in the open edit session
    assert shown(second, "reviewed_label") == SF
    feature = cache.getFeature(fids[second])
    feature["label_before"] = LT
    assert layer.updateFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()

    rows = read_back(compare_output)
    assert rows[first]["label_before"] == LT and rows[second]["label_before"] == LT
    assert rows[first]["review_status"] == "CONFIRMED"
    assert (rows[second]["review_status"], rows[second]["reviewed_label"]) == ("CORRECTED", SF)
    assert rows[third]["review_status"] is None
    assert dock.progress_label.text() == "2 of 6 reviewed"


def test_a_layer_of_neither_kind_is_refused_with_both_names(qgis_iface, qgis_new_project,
                                                           tmp_path):
    from deforestation_classifier.ui.review_launcher import ReviewLauncher

    qgis_iface.messageBar().clear_messages()
    raster = QgsRasterLayer(write_s2_stack(tmp_path / "s2.tif", patterned_bands(100, 100),
                                           origin=(400000.0, 5801000.0)), "s2", "gdal")
    QgsProject.instance().addMapLayer(raster)
    qgis_iface.setActiveLayer(raster)
    assert ReviewLauncher(qgis_iface).open_on_active_layer() is None
    message = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)[-1]
    assert "'Classify deforestation (1 km tiles)' or 'Compare two dates'" in message


# --- tune recall --------------------------------------------------------------------------------
@pytest.fixture
def classified_tiles(tmp_path):
    """A classify-shaped output with probabilities: three tiles RECENTLY_CLEARED now, one of
    them only from an RC_THRESHOLD of 0.3 (its most probable class is forest)."""
    return write_tiles(tmp_path / "tiles.gpkg", {
        tid(0, 0): {"class_label": RC, "prob_recently_cleared": 0.90},
        tid(1, 0): {"class_label": SF, "prob_recently_cleared": 0.35},
        tid(2, 0): {"class_label": LT, "prob_recently_cleared": 0.25},
        tid(3, 0): {"class_label": SF, "prob_recently_cleared": 0.10},
        tid(4, 0): {"class_label": RC, "prob_recently_cleared": 0.55},
        tid(5, 0): {"status": "CLOUDY"},
        tid(6, 0): {"class_label": RC, "prob_recently_cleared": 0.30},
    }, date="2024-07-15")


def test_tune_recall_counts_follow_the_threshold(open_dock, classified_tiles):
    dock = open_dock(classified_tiles)
    panel = dock.tune_recall
    assert not panel.isHidden() and not dock.store.alerts
    assert (panel.threshold_spin.minimum(), panel.threshold_spin.maximum()) == (0.0, 1.0)
    assert panel.threshold_spin.singleStep() == 0.05
    assert panel.threshold_spin.value() == 0.5  # the classification recorded none
    assert panel.counts_label.text() == \
        "At 0.50: 2 tiles RECENTLY_CLEARED, 1 fewer than the 3 now."
    panel.threshold_spin.setValue(0.30)
    assert panel.counts_label.text() == \
        "At 0.30: 4 tiles RECENTLY_CLEARED, 1 more than the 3 now."
    panel.threshold_spin.setValue(0.20)
    counts = panel.counts()
    assert (counts.total, counts.added, counts.dropped) == (5, 2, 0)
    panel.threshold_spin.setValue(0.33)
    assert panel.counts_label.text() == \
        "At 0.33: 3 tiles RECENTLY_CLEARED (3 now): 1 added, 1 no longer."


def test_tune_recall_says_what_a_threshold_above_half_means(open_dock, classified_tiles):
    """Above 0.5 every threshold gives the labels of 0.5 (core/vocabulary.py threshold_label):
    the panel says so rather than leaving the analyst to wonder why nothing changes."""
    panel = open_dock(classified_tiles).tune_recall
    assert "raising it only removes those a lower threshold added" in panel.rule_label.text()
    assert panel.above_half_label.isHidden()
    at_half = panel.counts()
    for value in (0.55, 0.8, 0.95):
        panel.threshold_spin.setValue(value)
        assert not panel.above_half_label.isHidden()
        assert panel.above_half_label.text().startswith("Above 0.5 the labels are the same")
        counts = panel.counts()
        assert (counts.total, counts.added, counts.dropped) == \
            (at_half.total, at_half.added, at_half.dropped)
    panel.threshold_spin.setValue(0.4)
    assert panel.above_half_label.isHidden()


def test_tune_recall_starts_at_the_threshold_the_classification_used(open_dock,
                                                                     classified_tiles):
    ds = ogr.Open(classified_tiles, 1)
    ds.GetLayer(0).SetMetadataItem("RUN_SETTINGS", json.dumps({"rc_threshold": 0.3}))
    ds = None
    dock = open_dock(classified_tiles)
    assert dock.tune_recall.threshold_spin.value() == pytest.approx(0.3)
    assert dock.tune_recall.counts_label.text().startswith("At 0.30: 4 tiles")


def test_relabel_runs_into_a_new_layer_next_to_the_file(open_dock, classified_tiles, tmp_path,
                                                        qgis_iface):
    taken = tmp_path / "tiles_rc030.gpkg"
    taken.write_bytes(b"someone's work")
    dock = open_dock(classified_tiles)
    panel = dock.tune_recall
    panel.threshold_spin.setValue(0.30)
    asked = []
    panel.ask_output = lambda default: asked.append(default) or str(default)
    assert panel.relabel()
    assert asked == [tmp_path / "tiles_rc030_2.gpkg"]  # next to the layer, never overwriting
    assert not panel.relabel_button.isEnabled()  # one run at a time
    wait_until_done(panel.run)
    assert taken.read_bytes() == b"someone's work"
    layer = panel.run.last_layer
    assert layer is not None and layer.name() == "tiles_rc030_2"
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    labels = {f["tile_id"]: f["class_label"] for f in layer.getFeatures()}
    assert sum(label == RC for label in labels.values()) == panel.counts().total == 4
    assert labels[tid(1, 0)] == RC
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert any("1 tiles newly RECENTLY_CLEARED (4 in all)" in m for m in messages), messages
    assert panel.relabel_button.isEnabled()


def test_relabel_never_overwrites_a_file_the_user_picks(open_dock, classified_tiles, tmp_path,
                                                        qgis_iface):
    existing = tmp_path / "mine.gpkg"
    existing.write_bytes(b"reviewed work")
    dock = open_dock(classified_tiles)
    dock.tune_recall.ask_output = lambda default: str(existing)
    assert not dock.tune_recall.relabel()
    assert existing.read_bytes() == b"reviewed work"
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("is not overwritten" in m for m in warnings), warnings
    dock.tune_recall.ask_output = lambda default: ""  # cancelled
    assert not dock.tune_recall.relabel()


def test_a_relabel_running_when_the_dock_goes_is_cancelled_and_ignored(open_dock,
                                                                       classified_tiles,
                                                                       tmp_path):
    dock = open_dock(classified_tiles)
    panel = dock.tune_recall
    panel.ask_output = lambda default: str(tmp_path / "late.gpkg")
    assert panel.relabel()
    run = panel.run
    layers = set(QgsProject.instance().mapLayers())
    dock.cleanup()  # before the task could report
    assert panel.run is not run and panel.relabel_button.isEnabled()
    wait_until_done(run)
    assert set(QgsProject.instance().mapLayers()) == layers  # its result is not added


def test_the_alert_report_opens_from_the_dock_for_the_layer_under_review(
        open_dock, compare_output, monkeypatch):
    """The dock's "Alert report (PDF)..." opens deforestation:alert_report's own dialog with the
    layer under review as INPUT."""
    import processing

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog",
                        lambda alg_id, params: opened.append((alg_id, params)))
    dock = open_dock(compare_output, name="alerts")
    assert not dock.alert_view.report_button.isHidden()
    dock.alert_view.report_button.click()
    assert opened == [("deforestation:alert_report", {"INPUT": dock.store.layer.id()})]
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(opened[0][0])
    assert algorithm is not None  # the id the button names is registered
