"""deforestation:classify — Sentinel-2 raster in, styled GeoPackage of 1 km classified tiles out.

The toolbar button, the Toolbox, batch mode and qgis_process all run this one algorithm.
Parameter names are a public interface (scripts, batch files, qgis_process): keep them.
"""
import os
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
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

from .base_algorithm import DeforestationAlgorithm
from ..core import cloud_mask, pipeline, s2_product
from ..core.bands import BandError, select_bands
from ..core.engine_cache import ENGINES
from ..core.grid import srs_from_wkt
from ..core.layer_metadata import save_run_metadata
from ..core.layer_style import apply_style, save_style_in_datasource
from ..core.llama_runtime import (
    MissingDependencyError,
    default_thread_count,
    describe_device,
    import_llama_cpp,
)
from ..core.prompt import CLASSES
from ..core.raster_tiles import RasterError, TileReader, band_descriptions, open_raster, raster_srs
from ..core.recipe_engine import EngineSettings, ModelLoadError, RecipeEngine
from ..core.run import write_results
from ..core.scaling import dn_scaling, product_info, sample_band, value_warnings
from ..core.scoring_engine import ScoringEngine
from ..core.server_engine import ServerEngine, ServerError, ServerSettings
from ..core.tile_writer import CREATE, OVERWRITE, RESUME, OutputError, TileWriter, \
    check_output_path, read_layer_metadata
from ..models.download import DownloadCancelled, ModelFileError, can_download, ensure_model_files
from ..models.registry import ModelFiles
from ..models.verify import file_sha256
from ..toolbelt.preferences import BACKEND_SERVER, PlgSettings

ENGINES_BY_INDEX = (ScoringEngine, RecipeEngine)
CLOUD_KINDS = ("auto", cloud_mask.SCL, cloud_mask.BINARY)
# Seconds per tile assumed for the time estimate of a large run (the card's recipe on a 2-core
# CPU; a GPU is several times faster).
ESTIMATE_SECONDS_PER_TILE = 0.6


def count_output_name(status_or_class: str) -> str:
    return f"COUNT_{status_or_class}"


def crs_for_osr(crs: QgsCoordinateReferenceSystem) -> str:
    """A CRS definition GDAL/OSR reads: the authority id when there is one, else WKT."""
    return crs.authid() if crs.authid().upper().startswith("EPSG:") else crs.toWkt()


def plugin_version() -> str:
    """The version metadata.txt declares."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.read(Path(__file__).resolve().parents[1] / "metadata.txt", encoding="utf-8")
    return parser.get("general", "version", fallback="")


def model_label(engine_settings) -> str:
    """The output's MODEL metadata: the text model's file name, or the server's model."""
    if isinstance(engine_settings, ServerSettings):
        return engine_settings.model_name or engine_settings.url
    return engine_settings.model_path.name


def estimate_text(tiles: int) -> str:
    hours = tiles * ESTIMATE_SECONDS_PER_TILE / 3600
    return f"about {hours:.1f} h" if hours >= 1 else f"about {hours * 60:.0f} min"


def answer_settings(engine_class, engine_settings, grid, bands, scaling, options, cloud):
    """Everything that changes a tile's answer, as RESUME compares it (core/provenance.py)."""
    settings = {
        "engine": engine_class.name,
        "grid": grid.tag,
        "bands": bands.as_list(),
        "dn_scale": list(scaling.scales),
        "dn_offset": list(scaling.offsets),
        "rc_threshold": options.rc_threshold,
        "max_cloud": options.max_cloud,
        "min_valid_fraction": options.min_valid_fraction,
        "cloud_mask": cloud[0].source() if cloud[0] is not None else None,
        "cloud_mask_type": cloud[1],
    }
    if isinstance(engine_settings, ServerSettings):
        settings["server_model"] = engine_settings.model_name or engine_settings.url
    else:
        settings.update({
            "model": engine_settings.model_path.name,
            "model_sha256": file_sha256(engine_settings.model_path),
            "mmproj": engine_settings.mmproj_path.name,
            "mmproj_sha256": file_sha256(engine_settings.mmproj_path),
        })
    return settings


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
            "Cuts a Sentinel-2 L2A raster into 1 km x 1 km tiles on a grid aligned to whole "
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
            (self.NIR_BAND, "NIR band (B08)", "B08 / B8 / 'nir' (not B8A / 'nir08')"),
            (self.RED_BAND, "Red band (B04)", "B04 / B4 / 'red'"),
            (self.GREEN_BAND, "Green band (B03)", "B03 / B3 / 'green'"),
        ):
            self._add(
                QgsProcessingParameterBand(name, self.tr(label), None, self.INPUT, optional=True),
                f"Band number. Default: detected from the band descriptions ({hint}).",
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
            f"The model card's text model. Default: {card.text}",
        )
        self._add(
            QgsProcessingParameterFile(
                self.MMPROJ, self.tr("Vision projector (mmproj GGUF)"),
                behavior=QgsProcessingParameterFile.Behavior.File, extension="gguf",
                optional=True,
            ),
            f"The model card's vision projector. Default: {card.mmproj}",
        )
        self._add(
            QgsProcessingParameterEnum(
                self.ENGINE, self.tr("Inference engine"),
                options=[self.tr("Fast scoring with class probabilities"),
                         self.tr("Model card recipe (chat completion, label only)")],
                defaultValue=0, optional=True,
            ),
            "Fast scoring evaluates the system prompt once and scores the three canonical "
            "answers, giving a probability per class; the recipe runs the card's chat "
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
                type=QgsProcessingParameterNumber.Type.Double, defaultValue=0.0,
                minValue=0.0, maxValue=1.0, optional=True,
            ),
            "Tiles with a smaller fraction of valid pixels get status INSUFFICIENT_DATA and are "
            "not classified. Tiles with no valid pixel are always NO_DATA.",
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
        for key in (*CLASSES, *pipeline.STATUSES):
            if key != pipeline.CLASSIFIED:
                self.addOutput(
                    QgsProcessingOutputNumber(count_output_name(key), self.tr(f"{key} tiles"))
                )

    # --- run ------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self._input_layer(parameters, context)
        try:
            dataset = open_raster(layer.source())
            srs = raster_srs(dataset, crs_for_osr(layer.crs()) if layer.crs().isValid() else "")
            bands = select_bands(
                band_descriptions(dataset),
                nir=self._band(parameters, self.NIR_BAND, context),
                red=self._band(parameters, self.RED_BAND, context),
                green=self._band(parameters, self.GREEN_BAND, context),
            )
            plan = pipeline.plan_tiles(dataset, srs, *self._extent(parameters, context))
        except (RasterError, BandError, pipeline.PlanError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        self._check_size(parameters, context, len(plan.tiles))
        feedback.pushInfo(
            self.tr("{} tiles of 1 km in {}; bands NIR={}, Red={}, Green={}.").format(
                len(plan.tiles), plan.grid.tag, bands.nir, bands.red, bands.green)
        )
        feedback.pushInfo(self.tr("Tile grid {}: {}.").format(plan.grid.tag, plan.grid.reason))
        output = Path(self.parameterAsOutputLayer(parameters, self.OUTPUT, context))
        mode = self._output_mode(parameters, context, output)
        # The model files are verified (or downloaded) before any pixel is read.
        engine_class, engine_settings = self._engine_choice(parameters, context, feedback)
        scaling = self._scaling(parameters, context, dataset, layer.source(), bands, feedback)
        options = pipeline.RunOptions(
            min_valid_fraction=self.parameterAsDouble(parameters, self.MIN_VALID_FRACTION,
                                                      context),
            chips_folder=self._chips_folder(parameters, context),
            scaling=scaling,
            max_cloud=self._max_cloud(parameters, context),
            rc_threshold=self._rc_threshold(parameters, context, engine_class, feedback),
        )
        # Readers first: a raster GDAL cannot warp is reported before the output is touched.
        try:
            reader = TileReader(dataset, srs, bands, plan.grid, plan.tiles)
        except RasterError as exc:
            raise QgsProcessingException(str(exc)) from exc
        cloud = self._cloud_choice(parameters, context)
        image_date, image_id = s2_product.acquisition(dataset, layer.source())
        writer = None
        try:
            options.cloud_reader = self._cloud_reader(cloud, plan, feedback)
            with ENGINES.lease((engine_class, engine_settings),
                               lambda: self._load_engine(engine_class, engine_settings,
                                                         feedback)) as engine:
                if engine_class is not ServerEngine:
                    feedback.pushInfo(self.tr("Device: {}").format(describe_device(
                        import_llama_cpp(), engine_settings.n_gpu_layers,
                        engine_settings.n_threads or default_thread_count())))
                # Created once the model is loaded: a model that fails to load leaves no
                # output behind that the next run would have to resume or overwrite.
                writer = self._writer(output, mode, plan, (image_date, image_id), feedback,
                                      answer_settings(engine_class, engine_settings, plan.grid,
                                                      bands, scaling, options, cloud),
                                      self._provenance(layer.source(), engine_class,
                                                       engine_settings, bands, scaling))
                options.skip_ids = frozenset(writer.done_ids)
                counts = write_results(plan.tiles, reader, engine, writer, feedback, options)
        except (pipeline.RunError, ServerError) as exc:
            raise QgsProcessingException(
                self.tr("{} The tiles done so far are saved in {}; run again with RESUME to "
                        "continue.").format(exc, output)
            ) from exc
        finally:
            if writer is not None:
                writer.close()  # commits: finished tiles survive cancel and errors
            reader.close()
            if options.cloud_reader is not None:
                options.cloud_reader.close()
        return self._results(plan, counts, feedback)

    def _results(self, plan, counts, feedback):
        done = counts.done
        if done < len(plan.tiles):
            feedback.pushWarning(
                self.tr("Cancelled after {} of {} tiles; the output holds the tiles done. "
                        "Run again with RESUME to finish.").format(done, len(plan.tiles))
            )
        by_key = counts.by_key
        if by_key[pipeline.NO_DATA] and by_key[pipeline.NO_DATA] == done:
            raise QgsProcessingException(
                self.tr("Every tile is NO_DATA: the extent holds no valid pixel of the raster "
                        "(DN 0 or nodata). Check the extent and the raster's nodata value."))
        summary = ", ".join(f"{k}: {v}" for k, v in by_key.items() if v)
        feedback.pushInfo(self.tr("Done. {}").format(summary or self.tr("no new tiles")))
        results = {self.OUTPUT: self._dest, self.TILE_COUNT: done}
        for key, value in by_key.items():
            if key != pipeline.CLASSIFIED:
                results[count_output_name(key)] = value
        return results

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Store the style inside the output file and style the layer the Toolbox loads."""
        if not self._dest:
            return {}
        layer = QgsProcessingUtils.mapLayerFromString(self._dest, context)
        if layer is not None:
            error = save_style_in_datasource(layer)
            if error:
                feedback.pushWarning(self.tr("The style could not be saved: {}").format(error))
            error = save_run_metadata(layer, read_layer_metadata(self._dest),
                                      Path(self._dest).stem)
            if error:
                feedback.pushWarning(self.tr("The layer metadata could not be saved: {}")
                                     .format(error))
        if context.willLoadLayerOnCompletion(self._dest):
            details = context.layerToLoadOnCompletionDetails(self._dest)
            details.setPostProcessor(_StyleOnLoad.create())
        return {}

    # --- checks and parameter helpers -----------------------------------------------------
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
        return layer

    def _band(self, parameters, name, context):
        if parameters.get(name) in (None, "", 0, "0"):
            return None
        return self.parameterAsInt(parameters, name, context)

    def _extent(self, parameters, context):
        """(bounds, osr srs) of EXTENT, or (None, None) for the whole raster."""
        if parameters.get(self.EXTENT) in (None, ""):
            return None, None
        rect = self.parameterAsExtent(parameters, self.EXTENT, context)
        if rect is None or rect.isNull():
            return None, None
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        if not crs.isValid():
            crs = self.parameterAsRasterLayer(parameters, self.INPUT, context).crs()
        bounds = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        return bounds, srs_from_wkt(crs_for_osr(crs))

    def _scaling(self, parameters, context, dataset, source, bands, feedback):
        scale = offset = None
        if parameters.get(self.SCALE) not in (None, ""):
            scale = self.parameterAsDouble(parameters, self.SCALE, context)
            if scale <= 0:
                raise QgsProcessingException(self.tr(
                    "SCALE must be above 0 (DN = raw x SCALE + OFFSET), not {}. Leave it empty "
                    "for automatic.").format(scale))
        if parameters.get(self.OFFSET) not in (None, ""):
            offset = self.parameterAsDouble(parameters, self.OFFSET, context)
        samples = [sample_band(dataset, n) for n in bands.as_list()]
        scaling = dn_scaling(dataset, bands.as_list(), source, offset_override=offset,
                             scale_override=scale, samples=samples)
        for reason in scaling.reasons:
            feedback.pushInfo(self.tr("Values: {}.").format(reason))
        if scaling.is_identity and not scaling.reasons:
            feedback.pushInfo(self.tr("Values: used as DN (surface reflectance x 10000) as "
                                      "they are."))
        if product_info(dataset, source).level == "L1C":
            feedback.pushWarning(self.tr(
                "This looks like a Sentinel-2 L1C (top-of-atmosphere) product. The model was "
                "trained on L2A surface reflectance: expect less reliable labels; use the L2A "
                "product of the same date if you can."))
        for warning in value_warnings(scaling, samples, user_offset=offset is not None,
                                      user_scale=scale is not None):
            feedback.pushWarning(self.tr(warning))
        return scaling

    def _check_size(self, parameters, context, tiles):
        limit = self.parameterAsInt(parameters, self.MAX_TILES, context)
        if limit and tiles > limit:
            raise QgsProcessingException(self.tr(
                "The extent covers {} tiles of 1 km ({} on a 2-core CPU), more than MAX_TILES "
                "= {}. Zoom in or set EXTENT to a smaller area, or raise MAX_TILES to {} to run "
                "it anyway.").format(tiles, estimate_text(tiles), limit, tiles))

    def _output_mode(self, parameters, context, output: Path) -> str:
        """CREATE, RESUME or OVERWRITE; refuses, before any work, an output that exists
        without RESUME or OVERWRITE, or that cannot be written."""
        if self.parameterAsBool(parameters, self.RESUME, context):
            mode = RESUME
        elif self.parameterAsBool(parameters, self.OVERWRITE, context):
            mode = OVERWRITE
        else:
            mode = CREATE
        try:
            check_output_path(output, mode)
        except OutputError as exc:
            raise QgsProcessingException(str(exc)) from exc
        folder = output.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise QgsProcessingException(self.tr(
                "Cannot create the output folder {}: {}. Choose a folder you can write to.")
                .format(folder, exc)) from exc
        if not os.access(folder, os.W_OK) or (output.exists() and not os.access(output, os.W_OK)):
            raise QgsProcessingException(self.tr(
                "Cannot write the output {}: permission denied. Choose a folder you can write "
                "to.").format(output))
        return mode

    def _writer(self, output, mode, plan, acquisition, feedback, settings, metadata):
        try:
            writer = TileWriter(output, plan.grid, mode=mode, settings=settings,
                                metadata=metadata, acquisition=acquisition)
        except OutputError as exc:
            raise QgsProcessingException(str(exc)) from exc
        self._dest = str(output)
        if writer.done_ids:
            feedback.pushInfo(self.tr("Resuming: {} tiles already done, same model and "
                                      "settings.").format(len(writer.done_ids)))
        return writer

    def _provenance(self, source, engine_class, engine_settings, bands, scaling):
        """Layer metadata items for people (core/provenance.py); the answer settings are
        recorded apart, as RUN_SETTINGS."""
        items = {
            "SOURCE_RASTER": source, "MODEL": model_label(engine_settings),
            "ENGINE": engine_class.name, "BANDS": ",".join(map(str, bands.as_list())),
            "PLUGIN_VERSION": plugin_version(),
            "DN_REASONS": "; ".join(scaling.reasons) or "values used as DN as they are",
            **scaling.to_metadata(),
        }
        if not isinstance(engine_settings, ServerSettings):
            items["MMPROJ"] = engine_settings.mmproj_path.name
        return items

    def _max_cloud(self, parameters, context):
        if parameters.get(self.MAX_CLOUD) in (None, ""):
            return 0.10
        return self.parameterAsDouble(parameters, self.MAX_CLOUD, context) / 100.0

    def _rc_threshold(self, parameters, context, engine_class, feedback):
        if parameters.get(self.RC_THRESHOLD) in (None, ""):
            return None
        if engine_class is RecipeEngine:
            feedback.pushWarning(self.tr(
                "RC_THRESHOLD needs class probabilities, which the recipe engine does not "
                "give; it is ignored. Use the fast scoring engine."))
            return None
        return self.parameterAsDouble(parameters, self.RC_THRESHOLD, context)

    def _cloud_choice(self, parameters, context):
        """(CLOUD_MASK layer or None, CLOUD_MASK_TYPE or None)."""
        mask_layer = self.parameterAsRasterLayer(parameters, self.CLOUD_MASK, context)
        kind = CLOUD_KINDS[self.parameterAsEnum(parameters, self.CLOUD_MASK_TYPE, context)]
        return (mask_layer, kind) if mask_layer is not None else (None, None)

    def _cloud_reader(self, cloud, plan, feedback):
        mask_layer, kind = cloud
        if mask_layer is None:
            return None
        source = mask_layer.source()
        try:
            mask_ds = open_raster(source)
            mask_srs = raster_srs(mask_ds, crs_for_osr(mask_layer.crs())
                                  if mask_layer.crs().isValid() else "")
        except RasterError as exc:
            raise QgsProcessingException(self.tr("CLOUD_MASK: {}").format(exc)) from exc
        if kind == "auto":
            kind = cloud_mask.guess_kind(source, mask_ds.GetRasterBand(1).GetDescription())
        feedback.pushInfo(self.tr("Cloud mask read as {}.").format(
            "SCL (classes 3, 8, 9, 10)" if kind == cloud_mask.SCL else "non-zero = cloud"))
        return cloud_mask.CloudMaskReader(mask_ds, mask_srs, plan.grid, plan.tiles, kind)

    def _chips_folder(self, parameters, context):
        if parameters.get(self.CHIPS_FOLDER) in (None, ""):
            return None
        folder = self.parameterAsFileOutput(parameters, self.CHIPS_FOLDER, context)
        if not folder:
            return None
        path = Path(folder)
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise QgsProcessingException(
                self.tr("Cannot create the chips folder {}: {}").format(folder, exc)) from exc
        return path

    def _engine_choice(self, parameters, context, feedback):
        """The engine class and its settings; model files are checked (and the card's files
        downloaded when missing) before any tile."""
        settings = PlgSettings.load()
        if settings.backend == BACKEND_SERVER:
            return self._server_choice(settings, feedback)
        card = settings.model_files()
        model = Path(self.parameterAsFile(parameters, self.MODEL, context) or card.text)
        mmproj = Path(self.parameterAsFile(parameters, self.MMPROJ, context) or card.mmproj)
        files = ModelFiles(model, mmproj)
        if not can_download(files):
            for param, path in ((self.MODEL, model), (self.MMPROJ, mmproj)):
                if not path.is_file():
                    raise QgsProcessingException(
                        self.tr("{} file not found: {}. Put the model card's GGUF files "
                                "(v2_no_coords-Q4_K_M.gguf and mmproj-v2_no_coords-F16.gguf) "
                                "in the model folder, or give their paths as MODEL and MMPROJ.")
                        .format(param, path)
                    )
        try:
            # Downloads the card's files with progress through the feedback when missing;
            # refuses truncated, corrupt or wrong files (never loaded).
            ensure_model_files(files, feedback, allow_download=settings.auto_download)
        except DownloadCancelled as exc:
            raise QgsProcessingException(self.tr(
                "Model download cancelled; run the algorithm again to resume it.")) from exc
        except ModelFileError as exc:
            raise QgsProcessingException(str(exc)) from exc
        index = self.parameterAsEnum(parameters, self.ENGINE, context)
        return ENGINES_BY_INDEX[index], EngineSettings(
            model_path=model, mmproj_path=mmproj,
            n_threads=settings.n_threads, n_gpu_layers=settings.n_gpu_layers,
        )

    def _server_choice(self, settings, feedback):
        """The OpenAI-compatible server backend: no model files here; the server is reached
        (and its model name read) when the engine is built, before any tile."""
        if not settings.server_url.strip():
            raise QgsProcessingException(self.tr(
                "The server backend is selected but no server URL is set: set it in the "
                "plugin settings (or $DEFORESTATION_SERVER_URL), e.g. http://127.0.0.1:8080/v1, "
                "or switch the backend back to llama.cpp."))
        feedback.pushInfo(self.tr(
            "Backend: OpenAI-compatible server {} ({} requests in flight); MODEL, MMPROJ and "
            "ENGINE are not used.").format(settings.server_url, settings.requests_in_flight))
        return ServerEngine, ServerSettings(
            url=settings.server_url, api_key=settings.server_api_key(),
            requests_in_flight=settings.requests_in_flight,
        ).with_environment()

    def _load_engine(self, engine_class, engine_settings, feedback):
        if engine_class is ServerEngine:
            feedback.pushInfo(self.tr("Connecting to {}").format(engine_settings.url))
            try:
                return ServerEngine(engine_settings)
            except ServerError as exc:
                raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(self.tr("Loading model {} + {} ({} engine)").format(
            engine_settings.model_path.name, engine_settings.mmproj_path.name,
            engine_class.name))
        try:
            return engine_class(engine_settings)
        except (MissingDependencyError, ModelLoadError) as exc:
            raise QgsProcessingException(str(exc)) from exc
