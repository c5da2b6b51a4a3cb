"""Deforestation Classifier QGIS plugin.

Kept free of QGIS imports so that the pure-Python core can be imported (and unit tested)
without a QGIS installation; QGIS calls classFactory() only inside the application.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import DeforestationClassifierPlugin

    return DeforestationClassifierPlugin(iface)
