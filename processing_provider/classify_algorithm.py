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

from .base_algorithm import DeforestationAlgorithm, count_output_name
from ..core.imagery import cloud_mask
from ..core.inference.engines import RECIPE, SCORING, EngineRequest
from ..toolbelt.layer_crs import crs_for_osr
from ..core.output.layer_metadata import save_run_metadata
from ..core.output.layer_style import apply_style, save_style_in_datasource
from ..core.output.post_run import store_or_warn
from ..core.vocabulary import CLASSES, CLASSIFIED, TILE_STATUSES
from ..core.pipeline import RunError
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

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Finds forest, recent clearing and long-term non-forest in a Sentinel-2 image: "
            "the area is cut into squares of 1 km and each square gets one of the three "
            "labels, with how sure the model is, in a new polygon layer you can review tile by "
            "tile. Everything runs on this computer; nothing is sent anywhere.\n\n"
            "The input needs the green, red and near-infrared bands (B03, B04, B08) in one "
            "raster: for separate band files, run 'Stack Sentinel-2 band files (B03, B04, "
            "B08) into a VRT' first. Squares only partly covered by the image (less than "
            "MIN_VALID_FRACTION, default 90 %, of valid pixels) are left INSUFFICIENT_DATA.\n\n"
            "How it works: cuts the raster into 1 km x 1 km tiles on a grid aligned to whole "
            "kilometres (the raster's CRS when it is projected in metres, else the UTM zone of "
            "the extent's centre), renders each tile as a 100 x 100 px false-colour chip "
            "(R = B08 NIR, G = B04 Red, B = B03 Green; DN / 3000 x 255) and classifies it as "
            "STANDING_FOREST, RECENTLY_CLEARED or LONG_TERM_NON_FOREST with the fine-tuned "
            "LFM2.5-VL-450M model running locally through llama.cpp.\n\n"
            "Output: one 1 km square per tile with tile_id (the same ground square always gets "
            "the same id), class_label, confidence and per-class probabilities (empty with the "
            "recipe engine, which yields a label only), status (CLASSIFIED, NO_DATA, "
            "INSUFFICIENT_DATA, CLOUDY, ERROR), valid_fraction and cloud_fraction. Tiles "
            "without valid pixels or above the cloud limit are not sent to the model. Finished "
            "tiles are saved as they come: a cancelled run keeps them, and RESUME continues it. "
            "The style is saved inside the GeoPackage.\n\n"
            "Model licence: LFM Open License v1.0, research and non-commercial scope."
        )

    # --- parameters -----------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802
        card = PlgSettings.load().model_files()
        self._add(
            QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Sentinel-2 L2A raster")),
            "A multi-band Sentinel-2 L2A raster with bands B03, B04 and B08: a GDAL "
            "SENTINEL2_L2A: subdataset (SAFE folder or zip), a GeoTIFF stack or a VRT. Values "
            "are surface reflectance x 10000 (Earth Search COGs, GEE S2_SR_HARMONIZED); float "
            "reflectance 0..1 and the BOA offset of processing baseline 04.00+ are handled.",
        )
        self._add(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True),
            "Area to classify. Every 1 km tile that intersects both this extent and the raster "
            "is processed. Default: the whole raster.",
        )
        for name, label, hint in (
            (self.NIR_BAND, self.tr("NIR band (B08)"), "B08 / B8 / 'nir' (not B8A / 'nir08')"),
            (self.RED_BAND, self.tr("Red band (B04)"), "B04 / B4 / 'red'"),
            (self.GREEN_BAND, self.tr("Green band (B03)"), "B03 / B3 / 'green'"),
        ):
            self._add(
                QgsProcessingParameterBand(name, label, None, self.INPUT, optional=True),
                self.tr("Band number. Default: detected from the band descriptions ({}).")
                .format(hint),
            )
        self._add(
            QgsProcessingParameterNumber(
                self.SCALE, self.tr("Scale from stored values to DN"),
                type=QgsProcessingParameterNumber.Type.Double, minValue=0.0, optional=True,
            ),
            "DN = raw value x SCALE + OFFSET, where DN is surface reflectance x 10000 as in the "
            "training chips. Default: automatic (1 for DN; 10000 for float reflectance 0..1, "
            "recognised by its median). Set 10 for a product stored as reflectance x 1000.",
        )
        self._add(
            QgsProcessingParameterNumber(
                self.OFFSET, self.tr("Offset added after the scale (DN)"),
                type=QgsProcessingParameterNumber.Type.Double, optional=True,
            ),
            "DN = raw value x SCALE + OFFSET: OFFSET is in DN (reflectance x 10000), added after "
            "SCALE, to each of the three bands. Default: read from the product (the band offset "
            "deforestation:stack_bands writes, BOA_ADD_OFFSET -1000 of SAFE L2A of processing "
            "baseline 04.00 and later), else 0 (Earth Search COGs and GEE S2_SR_HARMONIZED are "
            "already harmonised). Set -1000 for baseline 04.00+ DN that still carry the offset.",
        )
        self._add(
            QgsProcessingParameterFile(
                self.MODEL, self.tr("Text model (GGUF)"),
                behavior=QgsProcessingParameterFile.Behavior.File, extension="gguf",
                optional=True,
            ),
            self.tr("The model card's text model. Default: {}").format(card.text),
        )
        self._add(
            QgsProcessingParameterFile(
                self.MMPROJ, self.tr("Vision projector (mmproj GGUF)"),
                behavior=QgsProcessingParameterFile.Behavior.File, extension="gguf",
                optional=True,
            ),
            self.tr("The model card's vision projector. Default: {}").format(card.mmproj),
        )
        self._add(
            QgsProcessingParameterEnum(
                self.ENGINE, self.tr("Inference engine"),
                options=[self.tr("Fast scoring with class probabilities"),
                         self.tr("Model card recipe (chat completion, label only)")],
                defaultValue=0, optional=True,
            ),
            "Fast scoring gives a probability for each of the three labels and is the one to "
            "use (it reads the instructions once and compares the model's three possible "
            "answers); the recipe runs the card's chat "
            "completion under a JSON-schema grammar for every tile (slower, label only).",
        )
        self._add(
            QgsProcessingParameterNumber(
                self.RC_THRESHOLD, self.tr("RECENTLY_CLEARED probability threshold"),
                type=QgsProcessingParameterNumber.Type.Double, minValue=0.0, maxValue=1.0,
                optional=True,
            ),
            "When set, a tile whose RECENTLY_CLEARED probability reaches it is labelled "
            "RECENTLY_CLEARED even if another class scores higher: lower it to miss fewer "
            "clearings at the cost of more tiles to review. Needs the fast scoring engine.",
        )
        self._add(
            QgsProcessingParameterRasterLayer(
                self.CLOUD_MASK, self.tr("Cloud mask (SCL band or mask layer)"), optional=True),
            "A Sentinel-2 scene classification (SCL: classes 3, 8, 9, 10 are cloud or cloud "
            "shadow) or any raster where non-zero means cloud. Tiles above MAX_CLOUD get "
            "status CLOUDY and are not classified.",
        )
        self._add(
            QgsProcessingParameterEnum(
                self.CLOUD_MASK_TYPE, self.tr("Cloud mask type"),
                options=[self.tr("Automatic (SCL when named so)"), self.tr("Sentinel-2 SCL"),
                         self.tr("Non-zero means cloud")],
                defaultValue=0, optional=True,
            ),
            "How to read CLOUD_MASK. Automatic treats it as SCL when its name or band "
            "description says SCL.",
        )
        self._add(
            QgsProcessingParameterNumber(
                self.MAX_CLOUD, self.tr("Maximum cloud cover per tile (%)"),
                type=QgsProcessingParameterNumber.Type.Double, defaultValue=10.0,
                minValue=0.0, maxValue=100.0, optional=True,
            ),
            "The model was trained on tiles with at most 10 % cloud; classifying through "
            "cloud is undefined.",
        )
        self._add(
            QgsProcessingParameterNumber(
                self.MIN_VALID_FRACTION, self.tr("Minimum valid-data fraction"),
                type=QgsProcessingParameterNumber.Type.Double,
                defaultValue=DEFAULT_MIN_VALID_FRACTION, minValue=0.0, maxValue=1.0,
                optional=True,
            ),
            "Tiles with a smaller fraction of valid pixels get status INSUFFICIENT_DATA and are "
            "not classified: the model was trained on whole tiles, and a tile cut by the "
            "image's edge would be labelled from a partly black chip. Default 0.9; 0 "
            "classifies every tile with any valid pixel. Tiles with no valid pixel are always "
            "NO_DATA.",
        )
        self._add(
            QgsProcessingParameterNumber(
                self.MAX_TILES, self.tr("Maximum number of tiles"),
                type=QgsProcessingParameterNumber.Type.Integer, defaultValue=2500,
                minValue=1, optional=True,
            ),
            "A larger extent is refused with an estimate of its run time, so that a whole "
            "scene is not started by accident; raise it to run such an extent.",
        )
        self._add(
            QgsProcessingParameterBoolean(
                self.RESUME, self.tr("Resume into an existing output"), defaultValue=False,
                optional=True),
            "When OUTPUT exists (e.g. from a cancelled run), keep its tiles and classify only "
            "the missing ones (and unreviewed ones that ended in ERROR). Refused, with what "
            "differs, when the output was made with another model (SHA-256), engine, grid, "
            "bands, SCALE/OFFSET, RC_THRESHOLD, cloud or valid-data settings.",
        )
        self._add(
            QgsProcessingParameterBoolean(
                self.OVERWRITE, self.tr("Overwrite an existing output"), defaultValue=False,
                optional=True),
            "When OUTPUT exists and RESUME is off, delete it and start again: its tiles and "
            "review decisions are lost. Without RESUME or OVERWRITE an existing OUTPUT is "
            "never touched: the run is refused.",
        )
        self._add(
            QgsProcessingParameterFolderDestination(
                self.CHIPS_FOLDER, self.tr("Folder for the chips fed to the model"),
                optional=True, createByDefault=False,
            ),
            "When set, each classified tile's chip is written there as <tile_id>.png, pixel "
            "for pixel as the model saw it.",
        )
        self._add(
            QgsProcessingParameterVectorDestination(
                self.OUTPUT, self.tr("Deforestation tiles"),
                type=QgsProcessing.SourceType.TypeVectorPolygon,
            ),
            "GeoPackage of 1 km tiles, written as tiles finish; the style is stored inside.",
        )
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
        except RunError as exc:
            raise QgsProcessingException(str(exc)) from exc
        # Every face (toolbar, Toolbox, batch, qgis_process) gets the completion line in the
        # plugin's own log tab too, not only in the Processing log (feedback).
        log(summary.completion_text())
        self._dest = str(request.output)  # styled and described in postProcessAlgorithm
        results = {self.OUTPUT: str(request.output), self.TILE_COUNT: summary.counts.done}
        for key, value in summary.counts.by_key.items():
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
