"""Fixtures for tests that run inside QGIS (pytest-qgis)."""
import pytest

from deforestation_classifier.core.review.store import (
    SETTINGS_CHIPS,
    SETTINGS_REVIEWER,
    role_key,
)


@pytest.fixture(scope="session")
def provider(qgis_processing):
    """The plugin's Processing provider, registered once for the session."""
    from qgis.core import QgsApplication

    from deforestation_classifier.processing_provider.provider import DeforestationProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("deforestation")
    if existing is not None:
        yield existing
        return
    instance = DeforestationProvider()
    assert registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)


@pytest.fixture
def keep_review_settings():
    """The review's user settings (reviewer, chips folders of every role) as they were."""
    from qgis.core import QgsSettings

    store = QgsSettings()
    keys = (SETTINGS_REVIEWER, *(role_key(SETTINGS_CHIPS, role) for role in ("", "before",
                                                                            "after")))
    saved = {key: store.value(key) for key in keys}
    yield
    for key, value in saved.items():
        if value is None:
            store.remove(key)
        else:
            store.setValue(key, value)


@pytest.fixture
def open_dock(qgis_iface, qgis_new_project):
    """open_dock(gpkg) -> the review dock, opened on the layer as the toolbar action does."""
    from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, \
        QgsVectorLayer
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    from deforestation_classifier.ui.review_launcher import ReviewLauncher

    launchers = []
    qgis_iface.messageBar().clear_messages()
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32633"))

    def open_(gpkg, raster=None, name="deforestation result"):
        layer = QgsVectorLayer(str(gpkg), name, "ogr")
        assert layer.isValid()
        if raster is not None:
            QgsProject.instance().addMapLayer(QgsRasterLayer(str(raster), "S2 scene", "gdal"))
        QgsProject.instance().addMapLayer(layer)
        qgis_iface.setActiveLayer(layer)
        launcher = ReviewLauncher(qgis_iface)
        launchers.append(launcher)
        dock = launcher.open_on_active_layer()
        assert dock is not None, qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
        dock.reviewer_edit.setText("tester")
        return dock

    yield open_
    for launcher in launchers:
        launcher.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# QGIS crashes in its own teardown when a process that ran the whole folder exits, after pytest
# has reported every result: seen on 3.40 (Debian 13, Python 3.13; docs/QGIS_NOTES.md, "Debian 13
# in a chroot") and on 3.22 once the folder held the desktop flows' tests. The run's status would
# then read as a failure; so the process leaves with pytest's own status once the summary is
# written, before QGIS's and Python's teardown (first among the unconfigure hooks: pytest-qgis's
# own calls exitQgis()).
_STATUS = {}


def pytest_sessionfinish(session, exitstatus):
    _STATUS["code"] = int(exitstatus)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    if "code" in _STATUS:
        import os
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_STATUS["code"])
