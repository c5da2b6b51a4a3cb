"""The review dock follows the layer the analyst chooses in the Layers panel
(ui/review_launcher.py): another classify or compare output is reviewed at once; a layer that
cannot be reviewed (the scene, a basemap) leaves the dock where it is."""
from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsVectorLayer

from raster_factory import patterned_bands, write_s2_stack
from tile_factory import RC, SF, tid, write_tiles


def _layer(path, name):
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def _choose(qgis_iface, layer):
    """What choosing a layer in the Layers panel does: the active layer changes and QGIS emits
    currentLayerChanged (pytest-qgis's interface declares it with a canvas argument)."""
    qgis_iface.setActiveLayer(layer)
    qgis_iface.currentLayerChanged.emit(qgis_iface.mapCanvas())


def test_the_dock_follows_the_layer_chosen(open_dock, qgis_iface, tmp_path):
    first = write_tiles(tmp_path / "first.gpkg", {
        tid(0, 0): {"class_label": RC, "prob_recently_cleared": 0.9},
        tid(1, 0): {"class_label": SF, "prob_recently_cleared": 0.1}}, date="2024-07-15")
    later = write_tiles(tmp_path / "later.gpkg", {
        tid(0, 0): {"class_label": RC, "prob_recently_cleared": 0.8},
        tid(1, 0): {"class_label": RC, "prob_recently_cleared": 0.7},
        tid(2, 0): {"class_label": RC, "prob_recently_cleared": 0.6}}, date="2024-09-15")
    dock = open_dock(first, name="first run")
    launcher_layer = dock.layer
    assert launcher_layer.name() == "first run"
    later_layer = _layer(later, "later run")
    _choose(qgis_iface, later_layer)
    assert dock.layer is later_layer
    assert "later run" in dock.layer_label.text()
    assert len(dock.session.records) == 3

    # A raster (the fetched scene) is no review layer: the dock stays on the later run.
    scene = write_s2_stack(tmp_path / "scene.tif", patterned_bands(20, 20),
                           origin=(500000, 8890000))
    raster = QgsRasterLayer(str(scene), "S2 scene", "gdal")
    QgsProject.instance().addMapLayer(raster)
    warnings = len(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    _choose(qgis_iface, raster)
    assert dock.layer is later_layer
    # Nothing to say: choosing the scene to look at it is no attempt to review it.
    assert len(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)) == warnings

    # Back to the first run: reviewed again, its records read again.
    _choose(qgis_iface, launcher_layer)
    assert dock.layer is launcher_layer and len(dock.session.records) == 2


def test_a_closed_dock_does_not_follow(open_dock, qgis_iface, tmp_path):
    first = write_tiles(tmp_path / "first.gpkg", {
        tid(0, 0): {"class_label": RC, "prob_recently_cleared": 0.9}}, date="2024-07-15")
    other = write_tiles(tmp_path / "other.gpkg", {
        tid(0, 0): {"class_label": SF, "prob_recently_cleared": 0.2}}, date="2024-09-15")
    dock = open_dock(first, name="first run")
    reviewed = dock.layer
    dock.close()
    _choose(qgis_iface, _layer(other, "other run"))
    assert dock.layer is reviewed
