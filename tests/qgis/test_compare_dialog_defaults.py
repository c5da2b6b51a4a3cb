"""The Toolbox's Compare two dates dialog pre-fills AFTER with the classification of the latest
imagery (processing_provider/compare_algorithm.py), whatever layer is active and in whatever
order the layers were added; BEFORE keeps no default, so that a script that leaves it out still
runs on one date."""
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from tile_factory import tid, write_tiles

SF, RC = "STANDING_FOREST", "RECENTLY_CLEARED"


def _add(path, name):
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def _dialog_defaults():
    # The dialog builds its algorithm with create(), which runs initAlgorithm again.
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("deforestation:compare")
    return (algorithm.parameterDefinition("BEFORE").defaultValue(),
            algorithm.parameterDefinition("AFTER").defaultValue())


def test_after_is_the_classification_of_the_latest_imagery(provider, qgis_new_project,
                                                           tmp_path):
    assert _dialog_defaults() == (None, None)  # nothing to compare yet
    later = _add(write_tiles(tmp_path / "later.gpkg", {tid(0, 0): {"class_label": RC}},
                             date="2024-09-15"), "deforestation result")
    assert _dialog_defaults() == (None, later.id())
    earlier = _add(write_tiles(tmp_path / "earlier.gpkg", {tid(0, 0): {"class_label": SF}},
                               date="2023-10-02"), "deforestation result")
    middle = _add(write_tiles(tmp_path / "middle.gpkg", {tid(0, 0): {"class_label": SF}},
                              date="2024-01-20"), "deforestation result")
    # Not a classification: never offered.
    QgsProject.instance().addMapLayer(QgsVectorLayer("Polygon?crs=EPSG:32633&field=name:string",
                                                     "concessions", "memory"))
    assert _dialog_defaults() == (None, later.id())
    QgsProject.instance().removeMapLayer(later.id())
    assert _dialog_defaults() == (None, middle.id())
    assert earlier.id() not in _dialog_defaults()
