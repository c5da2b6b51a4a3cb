""""Classify this area from Sentinel-2" from the toolbar: the dialog's dates and cloud, the
fetch over the map view from a loopback Earth Search (tests/stac_server.py), the scene added
styled as the model sees it, and the classification of it above it."""
import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
)

from deforestation_classifier.plugin import DeforestationClassifierPlugin
from deforestation_classifier.settings import PlgSettings
from task_wait import wait_until_done
from test_fetch_sentinel2 import CHOSEN, EPSG, earth_search  # noqa: F401 (fixture)


@pytest.fixture
def plugin(qgis_iface, qgis_new_project, tmp_path, tiny_models):
    previous = PlgSettings.load()
    PlgSettings(output_folder=str(tmp_path / "out"), model_path=str(tiny_models[0]),
                mmproj_path=str(tiny_models[1])).save()
    instance = DeforestationClassifierPlugin(qgis_iface)
    instance.initGui()
    yield instance
    for flow in (instance.fetch_flow, instance.flow):
        if flow is not None and flow.running:
            wait_until_done(flow)
    instance.unload()
    previous.save()


def searching(iface):
    """The message bar's lasting "Searching Sentinel-2..." items."""
    return [item for item in iface.messageBar().items() if "Searching Sentinel-2" in item.text()]


def test_errors_use_the_dialog_words():
    from deforestation_classifier.ui.dialog_words import in_dialog_words

    said = in_dialog_words("START_DATE 2024-09-01 is after END_DATE 2024-06-01. Raise "
                           "MAX_CLOUD_COVER; check STAC_URL. CLOUD_MASK_OUTPUT stays.")
    assert "START_DATE" not in said and "'From' 2024-09-01 is after 'To'" in said
    assert "'Maximum scene cloud'" in said and "STAC API setting" in said
    assert "CLOUD_MASK_OUTPUT stays" in said


def test_a_fetch_error_names_the_setting_not_the_parameter(plugin, qgis_iface, provider):
    settings = PlgSettings.load(apply_env=False)
    settings.stac_url = "http://127.0.0.1:9/nothing-here"
    settings.save()
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(f"EPSG:{EPSG}"))
    canvas.setExtent(QgsRectangle(501000, 8888000, 505000, 8890000))
    qgis_iface.messageBar().clear_messages()
    plugin.fetch_flow.choose = lambda: ("2024-06-01", "2024-09-30", 20.0)
    plugin.fetch_action.trigger()
    wait_until_done(plugin.fetch_flow)
    [error] = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert "127.0.0.1:9" in error  # the setting was used
    assert "STAC_URL" not in error and "START_DATE" not in error
    assert not searching(qgis_iface) and plugin.fetch_action.isEnabled()


def test_classify_this_area_fetches_styles_and_classifies(plugin, qgis_iface, provider,
                                                          earth_search):  # noqa: F811
    url, _catalog, _chosen = earth_search
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(f"EPSG:{EPSG}"))
    canvas.setExtent(QgsRectangle(501000, 8888000, 505000, 8890000))
    assert qgis_iface.activeLayer() is None  # no raster: the area alone is enough
    plugin.fetch_flow.stac_url = url
    plugin.fetch_flow.choose = lambda: ("2024-06-01", "2024-09-30", 20.0)

    plugin.fetch_action.trigger()
    assert plugin.fetch_flow.running
    assert not plugin.fetch_action.isEnabled()  # a click meanwhile would do nothing
    assert searching(qgis_iface)
    wait_until_done(plugin.fetch_flow)
    assert not searching(qgis_iface)  # the fetch's message goes with it
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) == []
    scene = plugin.fetch_flow.scene_layer
    # Tile by tile (PER_TILE): 2024-08-15 is clear everywhere and the newest, so every tile
    # takes it, also E501_N8888, cloudy on 2024-07-05 (CHOSEN without PER_TILE).
    assert scene is not None and scene.name() == "Sentinel-2 2024-08-15"
    assert CHOSEN[:10] not in scene.name()
    renderer = scene.renderer()  # as the model sees it: R = B08, G = B04, B = B03, 0..3000
    assert (renderer.redBand(), renderer.greenBand(), renderer.blueBand()) == (1, 2, 3)
    assert renderer.redContrastEnhancement().maximumValue() == 3000

    wait_until_done(plugin.flow)
    result = plugin.flow.last_layer
    assert result is not None
    status = {f["tile_id"].split("_", 1)[1]: f["status"] for f in result.getFeatures()}
    # The canvas widens the view to its own shape: tiles past the two MGRS tiles are NO_DATA.
    assert [t for t, s in status.items() if s == "CLOUDY"] == []
    assert {t for t, s in status.items() if s == "CLASSIFIED"} >= {
        f"E{e}_N{n}" for e in range(501, 505) for n in (8888, 8889)}
    assert {f["image_date"].toString("yyyy-MM-dd") for f in result.getFeatures()
            if f["status"] == "CLASSIFIED"} == {"2024-08-15"}
    order = [layer.id() for layer in QgsProject.instance().layerTreeRoot().layerOrder()]
    assert order.index(result.id()) < order.index(scene.id())  # the result above the scene


def test_classify_this_area_takes_the_area_chosen(plugin, qgis_iface, provider,
                                                  earth_search):  # noqa: F811
    url, _catalog, _chosen = earth_search
    crs = QgsCoordinateReferenceSystem(f"EPSG:{EPSG}")
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(crs)
    canvas.setExtent(QgsRectangle(495000, 8880000, 515000, 8900000))  # wider than the area
    drawn = QgsReferencedRectangle(QgsRectangle(501000, 8888000, 503000, 8889000), crs)
    plugin.fetch_flow.stac_url = url
    plugin.fetch_flow.choose = lambda: ("2024-06-01", "2024-09-30", 20.0, drawn)
    plugin.fetch_action.trigger()
    wait_until_done(plugin.fetch_flow)
    wait_until_done(plugin.flow)
    result = plugin.flow.last_layer
    assert result is not None
    # Only the two tiles of the rectangle: none of the wider view's NO_DATA tiles.
    assert sorted(f["tile_id"].split("_", 1)[1] for f in result.getFeatures()) == [
        "E501_N8888", "E502_N8888"]
