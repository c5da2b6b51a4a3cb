"""Fixtures for tests that run inside QGIS (pytest-qgis)."""
import pytest


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
