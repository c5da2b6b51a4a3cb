""""Find new clearings" from the toolbar against the loopback Earth Search (tests/stac_server.py)
and the tiny random-weight model: both dates fetched tile by tile, both classified, compared,
every output in the named project folder, one group, the review open on the alerts; a run
cancelled midway resumes from what it wrote."""
import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
)
from qgis.PyQt.QtWidgets import QPushButton

from deforestation_classifier.plugin import DeforestationClassifierPlugin
from deforestation_classifier.settings import PlgSettings
from task_wait import wait_until_done
from test_fetch_sentinel2 import EPSG, earth_search  # noqa: F401 (fixture)

OUTPUTS = ("before/s2.vrt", "after/s2.vrt", "before_tiles.gpkg", "after_tiles.gpkg",
           "alerts.gpkg", "patches.gpkg", "clearings.gpkg")


@pytest.fixture
def plugin(qgis_iface, qgis_new_project, tmp_path, tiny_models):
    previous = PlgSettings.load(apply_env=False)
    PlgSettings(output_folder=str(tmp_path / "out"), model_path=str(tiny_models[0]),
                mmproj_path=str(tiny_models[1])).save()
    instance = DeforestationClassifierPlugin(qgis_iface)
    instance.initGui()
    qgis_iface.messageBar().clear_messages()
    yield instance
    if instance.clearings_flow is not None and instance.clearings_flow.running:
        wait_until_done(instance.clearings_flow, timeout=300)
    instance.unload()
    previous.save()


def answer(name):
    crs = QgsCoordinateReferenceSystem(f"EPSG:{EPSG}")
    area = QgsReferencedRectangle(QgsRectangle(501000, 8888000, 505000, 8890000), crs)
    # BEFORE: 2024-07-05 only (one cloudy km); AFTER: 2024-08-15 only.
    return {"area": area, "before": ("2024-07-01", "2024-07-10"),
            "after": ("2024-08-01", "2024-08-31"), "max_cloud": 50.0, "name": name,
            "description": "the rectangle drawn"}


def lasting(iface):
    return [item for item in iface.messageBar().items() if "Find new clearings" in item.text()]


def test_find_new_clearings_fetches_classifies_compares_and_opens_the_review(
        plugin, qgis_iface, provider, earth_search, tmp_path):  # noqa: F811
    url, _catalog, _chosen = earth_search
    flow = plugin.clearings_flow
    flow.stac_url = url
    flow.choose = lambda: answer("upper_river")
    plugin.clearings_action.trigger()
    assert flow.running and not plugin.clearings_action.isEnabled()
    wait_until_done(flow, timeout=300)
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) == []
    folder = tmp_path / "out" / "upper_river"
    assert [name for name in OUTPUTS if not (folder / name).is_file()] == []
    assert plugin.clearings_action.isEnabled() and lasting(qgis_iface) == []
    # One group at the top, every layer read from the project folder (no temporary file).
    root = QgsProject.instance().layerTreeRoot()
    group = root.children()[0]
    assert group.name() == "upper_river"
    names = [node.name() for node in group.children()]
    assert names[0] == "Alerts" and "Before: image" in names and "After: tiles" in names
    for node in group.findLayers():
        assert str(folder) in node.layer().source(), node.layer().source()
    alerts = flow.layers["alerts"]
    assert qgis_iface.activeLayer() is alerts
    # E501_N8888 is cloudy on 2024-07-05: without a class BEFORE, it is not compared.
    assert {f["tile_id"].split("_", 1)[1] for f in alerts.getFeatures()} == {
        f"E{e}_N{n}" for e in range(501, 505) for n in (8888, 8889)} - {"E501_N8888"}
    dock = plugin.review.dock
    assert dock is not None and dock.layer is alerts  # the review is on the alerts


def test_a_cancelled_run_resumes_from_what_it_wrote(plugin, qgis_iface, provider,
                                                    earth_search, tmp_path):  # noqa: F811
    from qgis.core import QgsApplication
    import time

    url, _catalog, _chosen = earth_search
    flow = plugin.clearings_flow
    flow.stac_url = url
    flow.choose = lambda: answer("resumed")
    plugin.clearings_action.trigger()
    deadline = time.monotonic() + 120
    while flow._step_number < 3 and time.monotonic() < deadline:  # classifying BEFORE
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert flow._step_number == 3 and flow.task is not None
    flow.task.cancel()
    wait_until_done(flow, timeout=120)
    folder = tmp_path / "out" / "resumed"
    assert (folder / "before" / "s2.vrt").is_file() and not (folder / "alerts.gpkg").exists()
    [button] = [b for b in qgis_iface.messageBar().findChildren(QPushButton,
                                                                "resumeClearingsButton")
                if b.isVisible()]
    logged = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, _tag, _level: logged.append(message))
    button.click()
    assert flow.running
    wait_until_done(flow, timeout=300)
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) == []
    kept = [line for line in logged if line.startswith("Kept ")]
    assert len(kept) == 2 and all("s2.vrt" in line for line in kept)  # not fetched again
    assert (folder / "alerts.gpkg").is_file()
    groups = [n for n in QgsProject.instance().layerTreeRoot().children()
              if n.name() == "resumed"]
    assert len(groups) == 1


def test_the_dialog_counts_tiles_with_imagery_before_fetching(qgis_iface, qgis_new_project,
                                                              earth_search):  # noqa: F811
    from qgis.PyQt.QtCore import QDate

    from deforestation_classifier.ui.clearings_dialog import ClearingsDialog

    url, _catalog, _chosen = earth_search
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(f"EPSG:{EPSG}"))
    canvas.setExtent(QgsRectangle(495000, 8885000, 515000, 8893000))  # wider than the imagery
    dialog = ClearingsDialog(qgis_iface)
    dialog.settings.stac_url = url
    for (_holder, start, end), (a, b) in ((dialog.before, ("2024-07-01", "2024-07-10")),
                                          (dialog.after, ("2024-08-01", "2024-08-31"))):
        start.setDate(QDate.fromString(a, "yyyy-MM-dd"))
        end.setDate(QDate.fromString(b, "yyyy-MM-dd"))
    assert "tiles of 1 km in the area" in dialog.estimate.text()
    count = dialog.count_imagery()
    assert count is not None, dialog.estimate.text()
    assert 0 < count.with_imagery < count.tiles
    assert f"{count.with_imagery} of the area's {count.tiles} tiles" in dialog.estimate.text()
    dialog.before[2].setDate(QDate.fromString("2024-08-05", "yyyy-MM-dd"))
    dialog.accept()  # the windows overlap: refused, said in the dialog
    assert dialog.result() == 0 and "must end before" in dialog.estimate.text()
