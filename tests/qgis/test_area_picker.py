"""The area of "Classify this area" and "Find new clearings" (ui/area_picker.py): the map view, a
rectangle drawn with QGIS's extent tool, a polygon layer or its selected features."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapToolExtent
from qgis.PyQt.QtWidgets import QDialog, QVBoxLayout

from deforestation_classifier.ui.area_picker import DRAWN, LAYER, VIEW, AreaPicker

CRS = QgsCoordinateReferenceSystem("EPSG:32733")


def polygons():
    layer = QgsVectorLayer("Polygon?crs=EPSG:32733", "boundaries", "memory")
    features = []
    for x0, y0 in ((501000, 8888000), (510000, 8895000)):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + 2000, y0 + 1000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_view_is_the_default_and_a_layer_gives_its_features_box(qgis_iface, qgis_new_project):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(CRS)
    canvas.setExtent(QgsRectangle(500000, 8880000, 520000, 8900000))
    picker = AreaPicker(qgis_iface)
    assert picker.kind.currentData() == VIEW
    assert picker.area().crs() == CRS and picker.area().contains(canvas.extent())
    layer = polygons()
    picker.set_kind(LAYER)
    picker.layer.setLayer(layer)
    assert picker.area() == QgsRectangle(501000, 8888000, 512000, 8896000)
    assert picker.area().crs() == CRS and "boundaries" in picker.description()
    picker.selected_only.setChecked(True)
    assert picker.area() is None and "Select features of 'boundaries'" in picker.problem()
    layer.selectByIds([2])
    assert picker.area() == QgsRectangle(510000, 8895000, 512000, 8896000)


def test_a_drawn_rectangle_is_the_area_and_the_dialog_comes_back(qgis_iface, qgis_new_project):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(CRS)
    dialog = QDialog()
    picker = AreaPicker(qgis_iface, dialog)
    QVBoxLayout(dialog).addWidget(picker)
    picker.set_kind(DRAWN)
    assert picker.area() is None and picker.problem()
    dialog.show()
    picker.draw_button.click()
    tool = canvas.mapTool()
    assert isinstance(tool, QgsMapToolExtent) and picker.drawing
    assert not dialog.isVisible()  # out of the way of the map
    tool.extentChanged.emit(QgsRectangle(501000, 8888000, 503000, 8889000))
    assert not picker.drawing and canvas.mapTool() is not tool
    assert picker.area() == QgsRectangle(501000, 8888000, 503000, 8889000)
    assert picker.area().crs() == CRS and picker.problem() is None
