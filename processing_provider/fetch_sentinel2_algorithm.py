"""deforestation:fetch_sentinel2 — the Sentinel-2 L2A acquisition over an extent, as a VRT.

A thin face over core/fetch/s2_fetch.py (docs/FETCH.md): parameters in, fetch_scene(), results out.
Parameter and output names are a public interface (scripts, models, qgis_process): keep them.
"""
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.fetch import s2_fetch, stac_client
from ..toolbelt.layer_crs import crs_for_osr
from ..toolbelt.qgis_network import json_transport
from ..core.fetch.s2_fetch import FetchRequest
from .. import errors
from .base_algorithm import DeforestationAlgorithm


class FetchSentinel2Algorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "fetch_sentinel2"
    EXTENT = "EXTENT"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    MAX_CLOUD_COVER = "MAX_CLOUD_COVER"
    STAC_URL = "STAC_URL"
    COLLECTION = "COLLECTION"
    COPY_LOCAL = "COPY_LOCAL"
    PER_TILE = "PER_TILE"
    OUTPUT = "OUTPUT"
    CLOUD_MASK = "CLOUD_MASK"
    ITEM_IDS = "ITEM_IDS"
    DATETIME = "DATETIME"

    def displayName(self):  # noqa: N802
        return self.tr("Fetch Sentinel-2 L2A over an area (Earth Search)")

    def initAlgorithm(self, config=None):  # noqa: N802
        # Each parameter's help text is in help.py (the table of every algorithm's help).
        self._add(QgsProcessingParameterExtent(self.EXTENT, self.tr("Area")))
        self._add(QgsProcessingParameterString(self.START_DATE, self.tr("Start date"),
                                               optional=True))
        self._add(QgsProcessingParameterString(self.END_DATE, self.tr("End date"),
                                               optional=True))
        self._add(QgsProcessingParameterNumber(
            self.MAX_CLOUD_COVER, self.tr("Maximum scene cloud cover (%)"),
            type=QgsProcessingParameterNumber.Type.Double,
            defaultValue=s2_fetch.DEFAULT_MAX_SCENE_CLOUD_PERCENT, minValue=0.0, maxValue=100.0))
        self._add(QgsProcessingParameterString(self.STAC_URL, self.tr("STAC API"),
                                               defaultValue=s2_fetch.DEFAULT_STAC_URL))
        self._add(QgsProcessingParameterString(self.COLLECTION, self.tr("Collection"),
                                               defaultValue=s2_fetch.DEFAULT_COLLECTION))
        self._add(QgsProcessingParameterBoolean(
            self.PER_TILE, self.tr("Every 1 km tile from its clearest acquisition"),
            defaultValue=True, optional=True))
        self._add(QgsProcessingParameterBoolean(
            self.COPY_LOCAL, self.tr("Copy the clipped bands to local GeoTIFFs"),
            defaultValue=False))
        self._add(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Sentinel-2 VRT"), fileFilter="VRT (*.vrt)"))
        self.addOutput(QgsProcessingOutputFile(self.CLOUD_MASK, self.tr("SCL of the scene")))
        self.addOutput(QgsProcessingOutputString(self.ITEM_IDS, self.tr("STAC item ids")))
        self.addOutput(QgsProcessingOutputString(self.DATETIME, self.tr(
            "Acquisition time (comma-separated with PER_TILE)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
        rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if rect.isNull() or rect.isEmpty():
            raise QgsProcessingException(self.tr("EXTENT is empty: draw or choose an area."))
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".vrt"):
            output = str(Path(output).with_suffix(".vrt"))
        request = FetchRequest(
            extent=(rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()),
            extent_crs=crs_for_osr(crs),
            output=Path(output),
            start=(self.parameterAsString(parameters, self.START_DATE, context) or "").strip(),
            end=(self.parameterAsString(parameters, self.END_DATE, context) or "").strip(),
            max_cloud=self.parameterAsDouble(parameters, self.MAX_CLOUD_COVER, context),
            stac_url=(self.parameterAsString(parameters, self.STAC_URL, context)
                      or s2_fetch.DEFAULT_STAC_URL).strip(),
            collection=(self.parameterAsString(parameters, self.COLLECTION, context)
                        or s2_fetch.DEFAULT_COLLECTION).strip(),
            copy_local=self.parameterAsBool(parameters, self.COPY_LOCAL, context),
            per_tile=self.parameterAsBool(parameters, self.PER_TILE, context),
        )
        try:
            # The search goes through QGIS's network settings (toolbelt/qgis_network.py).
            transport = json_transport(stac_client.REQUEST_HEADERS, stac_client.TIMEOUT_S)
            result = s2_fetch.fetch_scene(request, feedback, transport)
        except errors.DeforestationError as exc:  # what the user can fix
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(self.tr("Wrote {} (SCL {}).").format(result.path, result.scl_path))
        return {self.OUTPUT: result.path, self.CLOUD_MASK: result.scl_path,
                self.ITEM_IDS: ",".join(result.item_ids), self.DATETIME: result.datetime}
