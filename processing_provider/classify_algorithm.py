"""deforestation:classify — Sentinel-2 raster in, styled GeoPackage of 1 km classified tiles out.

The toolbar button, the Toolbox, batch mode and qgis_process all run this one algorithm, a thin
face over core/run.py: it turns its parameters into a ClassifyRequest and the run's errors
into QgsProcessingException, and styles and describes the output when the run is done.
Parameter names are a public interface (scripts, batch files, qgis_process): keep them.
"""
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsProcessingUtils,
)

from .. import errors
from .base_algorithm import DeforestationAlgorithm, count_output_name
from ..core.imagery import cloud_mask
from ..core.inference.engines import RECIPE, SCORING, EngineRequest
from ..toolbelt.layer_crs import crs_for_osr
from ..core.output.layer_metadata import save_run_metadata
from ..core.output.layer_style import apply_style, save_style_in_datasource
from ..core.output.post_run import store_or_warn
from ..core.vocabulary import CLASSES, CLASSIFIED, TILE_STATUSES
from ..core.run import run_classification
from ..core.run_request import DEFAULT_MAX_TILE_CLOUD, DEFAULT_MIN_VALID_FRACTION, ClassifyRequest
from ..core.output.tile_writer import CREATE, OVERWRITE, RESUME, read_layer_metadata
from ..toolbelt.log import log
from ..settings import PlgSettings

ENGINES_BY_INDEX = (SCORING, RECIPE)
CLOUD_KINDS = (cloud_mask.AUTO, cloud_mask.SCL, cloud_mask.BINARY)


class _StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Styles the result layer when the Toolbox loads it into the project."""

    instance = None  # Processing keeps a raw pointer: Python must hold the object

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        apply_style(layer)

    @classmethod
    def create(cls):
        # Stateless, so one instance serves every run (batch runs included).
        if cls.instance is None:
            cls.instance = cls()
        return cls.instance


class ClassifyAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "classify"
    INPUT = "INPUT"
    EXTENT = "EXTENT"
    NIR_BAND = "NIR_BAND"
    RED_BAND = "RED_BAND"
    GREEN_BAND = "GREEN_BAND"
    SCALE = "SCALE"
    OFFSET = "OFFSET"
    MODEL = "MODEL"
    MMPROJ = "MMPROJ"
    ENGINE = "ENGINE"
    RC_THRESHOLD = "RC_THRESHOLD"
    CLOUD_MASK = "CLOUD_MASK"
    CLOUD_MASK_TYPE = "CLOUD_MASK_TYPE"
    MAX_CLOUD = "MAX_CLOUD"
    MIN_VALID_FRACTION = "MIN_VALID_FRACTION"
    MAX_TILES = "MAX_TILES"
    RESUME = "RESUME"
    OVERWRITE = "OVERWRITE"
    CHIPS_FOLDER = "CHIPS_FOLDER"
    OUTPUT = "OUTPUT"
    TILE_COUNT = "TILE_COUNT"

    def __init__(self):
        super().__init__()
        self._dest = None

    # --- identity -------------------------------------------------------------------------
    def displayName(self):  # noqa: N802
        return self.tr("Classify deforestation (1 km tiles)")

    # --- parameters -----------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802
        # Each parameter's help text is in help.py (the table of every algorithm's help).
        card = PlgSettings.load().model_files()
        self._add(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Sentinel-2 L2A raster")))
        self._add(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        for name, label in ((self.NIR_BAND, self.tr("NIR band (B08)")),
                            (self.RED_BAND, self.tr("Red band (B04)")),
                            (self.GREEN_BAND, self.tr("Green band (B03)"))):
            self._add(QgsProcessingParameterBand(name, label, None, self.INPUT, optional=True))
        self._add(QgsProcessingParameterNumber(
            self.SCALE, self.tr("Scale from stored values to DN"),
            type=QgsProcessingParameterNumber.Type.Double, minValue=0.0, optional=True))
        self._add(QgsProcessingParameterNumber(
            self.OFFSET, self.tr("Offset added after the scale (DN)"),
            type=QgsProcessingParameterNumber.Type.Double, optional=True))
        self._add(QgsProcessingParameterFile(
            self.MODEL, self.tr("Text model (GGUF)"),
            behavior=QgsProcessingParameterFile.Behavior.File, extension="gguf", optional=True),
            values=(card.text,))
        self._add(QgsProcessingParameterFile(
            self.MMPROJ, self.tr("Vision projector (mmproj GGUF)"),
            behavior=QgsProcessingParameterFile.Behavior.File, extension="gguf", optional=True),
            values=(card.mmproj,))
        self._add(QgsProcessingParameterEnum(
            self.ENGINE, self.tr("Inference engine"),
            options=[self.tr("Fast scoring with class probabilities"),
                     self.tr("Model card recipe (chat completion, label only)")],
            defaultValue=0, optional=True))
        self._add(QgsProcessingParameterNumber(
            self.RC_THRESHOLD, self.tr("RECENTLY_CLEARED probability threshold"),
            type=QgsProcessingParameterNumber.Type.Double, minValue=0.0, maxValue=1.0,
            optional=True))
        self._add(QgsProcessingParameterRasterLayer(
            self.CLOUD_MASK, self.tr("Cloud mask (SCL band or mask layer)"), optional=True))
        self._add(QgsProcessingParameterEnum(
            self.CLOUD_MASK_TYPE, self.tr("Cloud mask type"),
            options=[self.tr("Automatic (SCL when named so)"), self.tr("Sentinel-2 SCL"),
                     self.tr("Non-zero means cloud")],
            defaultValue=0, optional=True))
        self._add(QgsProcessingParameterNumber(
            self.MAX_CLOUD, self.tr("Maximum cloud cover per tile (%)"),
            type=QgsProcessingParameterNumber.Type.Double, defaultValue=10.0,
            minValue=0.0, maxValue=100.0, optional=True))
        self._add(QgsProcessingParameterNumber(
            self.MIN_VALID_FRACTION, self.tr("Minimum valid-data fraction"),
            type=QgsProcessingParameterNumber.Type.Double,
            defaultValue=DEFAULT_MIN_VALID_FRACTION, minValue=0.0, maxValue=1.0, optional=True))
        self._add(QgsProcessingParameterNumber(
            self.MAX_TILES, self.tr("Maximum number of tiles"),
            type=QgsProcessingParameterNumber.Type.Integer, defaultValue=2500, minValue=1,
            optional=True))
        self._add(QgsProcessingParameterBoolean(
            self.RESUME, self.tr("Resume into an existing output"), defaultValue=False,
            optional=True))
        self._add(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing output"), defaultValue=False,
            optional=True))
        self._add(QgsProcessingParameterFolderDestination(
            self.CHIPS_FOLDER, self.tr("Folder for the chips fed to the model"),
            optional=True, createByDefault=False))
        self._add(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Deforestation tiles"),
            type=QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.TILE_COUNT, self.tr("Tiles")))
        for key in (*CLASSES, *TILE_STATUSES):
            if key != CLASSIFIED:
                self.addOutput(
                    QgsProcessingOutputNumber(count_output_name(key),
                                              self.tr("{} tiles").format(key))
                )

    # --- run ------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        request = self._request(parameters, context)
        try:
            summary = run_classification(request, feedback)
        except errors.DeforestationError as exc:  # what the user can fix
            raise QgsProcessingException(str(exc)) from exc
        # Every face (toolbar, Toolbox, batch, qgis_process) gets the completion line in the
        # plugin's own log tab too, not only in the Processing log (feedback).
        log(summary.completion_text())
        self._dest = str(request.output)  # styled and described in postProcessAlgorithm
        results = {self.OUTPUT: str(request.output), self.TILE_COUNT: summary.counts.done}
        # The plan's tiles in the output, those of earlier runs included (RESUME).
        for key, value in (summary.counts.in_plan or summary.counts.by_key).items():
            if key != CLASSIFIED:
                results[count_output_name(key)] = value
        return results

    def _request(self, parameters, context) -> ClassifyRequest:
        """The parameters as a plain request for core/run.py."""
        layer = self._input_layer(parameters, context)
        mask = self.parameterAsRasterLayer(parameters, self.CLOUD_MASK, context)
        extent, extent_crs = self._extent(parameters, context)
        return ClassifyRequest(
            source=layer.source(),
            output=Path(self.parameterAsOutputLayer(parameters, self.OUTPUT, context)),
            preferences=PlgSettings.load(),
            source_crs=crs_for_osr(layer.crs()) if layer.crs().isValid() else "",
            bands=tuple(self._band(parameters, name, context)
                        for name in (self.NIR_BAND, self.RED_BAND, self.GREEN_BAND)),
            extent=extent, extent_crs=extent_crs,
            scale=self._optional_number(parameters, self.SCALE, context),
            offset=self._optional_number(parameters, self.OFFSET, context),
            engine=EngineRequest(
                kind=ENGINES_BY_INDEX[self.parameterAsEnum(parameters, self.ENGINE, context)],
                model=self._optional_path(parameters, self.MODEL, context),
                mmproj=self._optional_path(parameters, self.MMPROJ, context)),
            rc_threshold=self._optional_number(parameters, self.RC_THRESHOLD, context),
            max_cloud=self._max_cloud(parameters, context),
            min_valid_fraction=self._min_valid_fraction(parameters, context),
            cloud_mask=mask.source() if mask is not None else None,
            cloud_mask_crs=crs_for_osr(mask.crs()) if mask is not None and mask.crs().isValid()
            else "",
            cloud_mask_kind=CLOUD_KINDS[self.parameterAsEnum(parameters, self.CLOUD_MASK_TYPE,
                                                             context)],
            max_tiles=self.parameterAsInt(parameters, self.MAX_TILES, context),
            mode=self._output_mode(parameters, context),
            chips_folder=self._chips_folder(parameters, context),
        )

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Store the style inside the output file and style the layer the Toolbox loads."""
        if not self._dest:
            return {}
        layer = QgsProcessingUtils.mapLayerFromString(self._dest, context)
        if layer is not None:  # each stored on its own: a failure is a warning, not a stop
            store_or_warn(feedback, self.tr("The style could not be saved: {}"),
                          lambda: save_style_in_datasource(layer))
            store_or_warn(feedback, self.tr("The layer metadata could not be saved: {}"),
                          lambda: save_run_metadata(layer, read_layer_metadata(self._dest),
                                                    Path(self._dest).stem))
        if context.willLoadLayerOnCompletion(self._dest):
            details = context.layerToLoadOnCompletionDetails(self._dest)
            details.setPostProcessor(_StyleOnLoad.create())
        return {}

    # --- parameter helpers ----------------------------------------------------------------
    def _input_layer(self, parameters, context):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("INPUT is not a raster layer."))
        if layer.providerType() != "gdal":
            raise QgsProcessingException(
                self.tr("INPUT must be a raster read by GDAL (a file, VRT or SENTINEL2 "
                        "subdataset); this layer comes from the '{}' provider.")
                .format(layer.providerType())
            )
        if layer.bandCount() < 3:
            raise QgsProcessingException(
                self.tr("The raster '{}' has {} band(s); the classifier needs B03, B04 and B08 "
                        "in one raster. For separate band files (one per band, as in a SAFE "
                        "folder or an Earth Search download), run Processing Toolbox > "
                        "Deforestation Classifier > 'Stack Sentinel-2 band files (B03, B04, "
                        "B08) into a VRT' first, then classify the VRT.")
                .format(layer.name(), layer.bandCount())
            )
        return layer

    @staticmethod
    def _is_unset(parameters, name):
        return parameters.get(name) in (None, "")

    def _band(self, parameters, name, context):
        if parameters.get(name) in (None, "", 0, "0"):
            return None
        return self.parameterAsInt(parameters, name, context)

    def _optional_number(self, parameters, name, context):
        if self._is_unset(parameters, name):
            return None
        return self.parameterAsDouble(parameters, name, context)

    def _optional_path(self, parameters, name, context):
        value = self.parameterAsFile(parameters, name, context)
        return Path(value) if value else None

    def _extent(self, parameters, context):
        """(bounds, CRS text) of EXTENT, or (None, "") for the whole raster."""
        if self._is_unset(parameters, self.EXTENT):
            return None, ""
        rect = self.parameterAsExtent(parameters, self.EXTENT, context)
        if rect is None or rect.isNull():
            return None, ""
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        if not crs.isValid():
            crs = self.parameterAsRasterLayer(parameters, self.INPUT, context).crs()
        bounds = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        return bounds, crs_for_osr(crs)

    def _min_valid_fraction(self, parameters, context):
        if self._is_unset(parameters, self.MIN_VALID_FRACTION):
            return DEFAULT_MIN_VALID_FRACTION
        return self.parameterAsDouble(parameters, self.MIN_VALID_FRACTION, context)

    def _max_cloud(self, parameters, context):
        if self._is_unset(parameters, self.MAX_CLOUD):
            return DEFAULT_MAX_TILE_CLOUD
        return self.parameterAsDouble(parameters, self.MAX_CLOUD, context) / 100.0

    def _output_mode(self, parameters, context) -> str:
        if self.parameterAsBool(parameters, self.RESUME, context):
            return RESUME
        if self.parameterAsBool(parameters, self.OVERWRITE, context):
            return OVERWRITE
        return CREATE

    def _chips_folder(self, parameters, context):
        if self._is_unset(parameters, self.CHIPS_FOLDER):
            return None
        folder = self.parameterAsFileOutput(parameters, self.CHIPS_FOLDER, context)
        return Path(folder) if folder else None
