"""deforestation:classify — Sentinel-2 raster in, styled layer of 1 km classified tiles out.

The toolbar button, the Toolbox, batch mode and qgis_process all run this one algorithm.
Parameter names are a public interface (scripts, batch files, qgis_process): keep them.
"""
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..core import pipeline
from ..core.bands import BandError, select_bands
from ..core.grid import srs_from_wkt
from ..core.layer_style import apply_style, save_style_in_datasource
from ..core.llama_runtime import MissingDependencyError
from ..core.prompt import CLASSES
from ..core.raster_tiles import RasterError, TileReader, band_descriptions, open_raster, raster_srs
from ..core.recipe_engine import EngineSettings, ModelLoadError, RecipeEngine
from ..toolbelt.preferences import PlgSettings

PROB_FIELDS = {
    "STANDING_FOREST": "prob_standing_forest",
    "RECENTLY_CLEARED": "prob_recently_cleared",
    "LONG_TERM_NON_FOREST": "prob_long_term_non_forest",
}


def output_fields() -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("tile_id", QVariant.String, len=48))
    fields.append(QgsField("class_label", QVariant.String, len=24))
    fields.append(QgsField("confidence", QVariant.Double))
    for name in PROB_FIELDS.values():
        fields.append(QgsField(name, QVariant.Double))
    fields.append(QgsField("status", QVariant.String, len=24))
    fields.append(QgsField("valid_fraction", QVariant.Double))
    return fields


def count_output_name(status_or_class: str) -> str:
    return f"COUNT_{status_or_class}"


def crs_for_osr(crs: QgsCoordinateReferenceSystem) -> str:
    """A CRS definition GDAL/OSR reads: the authority id when there is one, else WKT."""
    return crs.authid() if crs.authid().upper().startswith("EPSG:") else crs.toWkt()


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


class ClassifyAlgorithm(QgsProcessingAlgorithm):
    INPUT = "INPUT"
    EXTENT = "EXTENT"
    NIR_BAND = "NIR_BAND"
    RED_BAND = "RED_BAND"
    GREEN_BAND = "GREEN_BAND"
    MODEL = "MODEL"
    MMPROJ = "MMPROJ"
    MIN_VALID_FRACTION = "MIN_VALID_FRACTION"
    CHIPS_FOLDER = "CHIPS_FOLDER"
    OUTPUT = "OUTPUT"
    TILE_COUNT = "TILE_COUNT"

    def __init__(self):
        super().__init__()
        self._dest_id = None

    # --- identity -------------------------------------------------------------------------
    def tr(self, text):
        return QCoreApplication.translate("ClassifyAlgorithm", text)

    def createInstance(self):  # noqa: N802
        return ClassifyAlgorithm()

    def name(self):
        return "classify"

    def displayName(self):  # noqa: N802
        return self.tr("Classify deforestation (1 km tiles)")

    def group(self):
        return ""

    def groupId(self):  # noqa: N802
        return ""

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Cuts a Sentinel-2 L2A raster into 1 km x 1 km tiles on a grid aligned to whole "
            "kilometres (the raster's CRS when it is projected in metres, else the UTM zone of "
            "the extent's centre), renders each tile as a 100 x 100 px false-colour chip "
            "(R = B08 NIR, G = B04 Red, B = B03 Green; DN / 3000 x 255) and classifies it as "
            "STANDING_FOREST, RECENTLY_CLEARED or LONG_TERM_NON_FOREST with the fine-tuned "
            "LFM2.5-VL-450M model running locally through llama.cpp.\n\n"
            "Output: one 1 km square per tile with tile_id (the same ground square always gets "
            "the same id), class_label, confidence and per-class probabilities (empty when the "
            "inference path does not compute them), status (CLASSIFIED, NO_DATA, "
            "INSUFFICIENT_DATA, ERROR) and valid_fraction. Tiles without valid pixels are not "
            "sent to the model. The style is saved inside the GeoPackage.\n\n"
            "Model licence: LFM Open License v1.0, research and non-commercial scope."
        )

    # --- parameters -----------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802
        card = PlgSettings.load().model_files()
        self._add(
            QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Sentinel-2 L2A raster")),
            "A multi-band Sentinel-2 L2A raster with bands B03, B04 and B08 at 10 m: a GDAL "
            "SENTINEL2_L2A: subdataset, a GeoTIFF stack or a VRT. Values are surface "
            "reflectance x 10000 with the BOA offset removed (Earth Search COGs, GEE "
            "S2_SR_HARMONIZED).",
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
            QgsProcessingParameterNumber(
                self.MIN_VALID_FRACTION, self.tr("Minimum valid-data fraction"),
                type=QgsProcessingParameterNumber.Type.Double, defaultValue=0.0,
                minValue=0.0, maxValue=1.0, optional=True,
            ),
            "Tiles with a smaller fraction of valid pixels get status INSUFFICIENT_DATA and are "
            "not classified. Tiles with no valid pixel are always NO_DATA.",
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
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Deforestation tiles"),
                type=QgsProcessing.SourceType.TypeVectorPolygon,
            ),
            "Polygon layer of 1 km tiles (GeoPackage by default; the style is stored inside).",
        )
        self.addOutput(QgsProcessingOutputNumber(self.TILE_COUNT, self.tr("Tiles")))
        for key in (*CLASSES, *pipeline.STATUSES):
            if key != pipeline.CLASSIFIED:
                self.addOutput(
                    QgsProcessingOutputNumber(count_output_name(key), self.tr(f"{key} tiles"))
                )

    def _add(self, parameter, help_text):
        parameter.setHelp(self.tr(help_text))
        self.addParameter(parameter)

    # --- run ------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("INPUT is not a raster layer."))
        if layer.providerType() != "gdal":
            raise QgsProcessingException(
                self.tr("INPUT must be a raster read by GDAL (a file, VRT or SENTINEL2 "
                        "subdataset); this layer comes from the '{}' provider.")
                .format(layer.providerType())
            )
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
        feedback.pushInfo(
            self.tr("{} tiles of 1 km in {}; bands NIR={}, Red={}, Green={}.").format(
                len(plan.tiles), plan.grid.tag, bands.nir, bands.red, bands.green)
        )

        engine = self._load_engine(parameters, context, feedback)
        sink, self._dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, output_fields(), QgsWkbTypes.Type.Polygon,
            self._grid_crs(plan.grid),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        chips_folder = self._chips_folder(parameters, context)
        min_valid = self.parameterAsDouble(parameters, self.MIN_VALID_FRACTION, context)
        counts = dict.fromkeys((*CLASSES, *pipeline.STATUSES), 0)
        reader = TileReader(dataset, srs, bands, plan.grid, plan.tiles)
        try:
            for result in pipeline.classify_tiles(
                plan.tiles, reader, engine, feedback,
                min_valid_fraction=min_valid, chips_folder=chips_folder,
            ):
                sink.addFeature(self._feature(result), QgsFeatureSink.Flag.FastInsert)
                counts[result.status] += 1
                if result.prediction is not None:
                    counts[result.prediction.label] += 1
                if result.status == pipeline.ERROR:
                    feedback.pushWarning(f"{result.tile.tile_id}: {result.message}")
        except pipeline.EngineFailure as exc:
            raise QgsProcessingException(str(exc)) from exc
        finally:
            reader.close()
            engine.close()
            del sink  # closes the file, so the style can be written into it afterwards
        done = sum(counts[s] for s in pipeline.STATUSES)
        if done < len(plan.tiles):
            feedback.pushWarning(
                self.tr("Cancelled after {} of {} tiles; the output holds the tiles done.")
                .format(done, len(plan.tiles))
            )
        summary = ", ".join(f"{k}: {v}" for k, v in counts.items() if v)
        feedback.pushInfo(self.tr("Done. {}").format(summary))

        results = {self.OUTPUT: self._dest_id, self.TILE_COUNT: done}
        for key, value in counts.items():
            if key != pipeline.CLASSIFIED:
                results[count_output_name(key)] = value
        return results

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Store the style inside the output file and style the layer the Toolbox loads."""
        if not self._dest_id:
            return {}
        layer = QgsProcessingUtils.mapLayerFromString(self._dest_id, context)
        if layer is not None:
            if layer.providerType() == "memory":
                apply_style(layer)
            else:
                error = save_style_in_datasource(layer)
                if error:
                    feedback.pushWarning(self.tr("The style could not be saved: {}").format(error))
        if context.willLoadLayerOnCompletion(self._dest_id):
            details = context.layerToLoadOnCompletionDetails(self._dest_id)
            details.setPostProcessor(_StyleOnLoad.create())
        return {}

    # --- helpers --------------------------------------------------------------------------
    def _band(self, parameters, name, context):
        if parameters.get(name) in (None, "", 0, "0"):
            return None
        return self.parameterAsInt(parameters, name, context)

    def _extent(self, parameters, context):
        """(bounds, osr srs) of EXTENT, or (None, None) for the whole raster."""
        if parameters.get(self.EXTENT) in (None, ""):
            return None, None
        rect = self.parameterAsExtent(parameters, self.EXTENT, context)
        if rect is None or rect.isNull() or rect.isEmpty():
            return None, None
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        if not crs.isValid():
            crs = self.parameterAsRasterLayer(parameters, self.INPUT, context).crs()
        bounds = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        return bounds, srs_from_wkt(crs_for_osr(crs))

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

    def _model_paths(self, parameters, context):
        card = PlgSettings.load().model_files()
        model = self.parameterAsFile(parameters, self.MODEL, context) or str(card.text)
        mmproj = self.parameterAsFile(parameters, self.MMPROJ, context) or str(card.mmproj)
        return Path(model), Path(mmproj)

    def _load_engine(self, parameters, context, feedback):
        model, mmproj = self._model_paths(parameters, context)
        for param, path in ((self.MODEL, model), (self.MMPROJ, mmproj)):
            if not path.is_file():
                raise QgsProcessingException(
                    self.tr("{} file not found: {}. Put the model card's GGUF files "
                            "(v2_no_coords-Q4_K_M.gguf and mmproj-v2_no_coords-F16.gguf) in "
                            "the model folder, or give their paths as MODEL and MMPROJ.")
                    .format(param, path)
                )
        settings = PlgSettings.load()
        feedback.pushInfo(self.tr("Loading model {} + {}").format(model.name, mmproj.name))
        try:
            return RecipeEngine(EngineSettings(
                model_path=model, mmproj_path=mmproj,
                n_threads=settings.n_threads, n_gpu_layers=settings.n_gpu_layers,
            ))
        except (MissingDependencyError, ModelLoadError) as exc:
            raise QgsProcessingException(str(exc)) from exc

    @staticmethod
    def _grid_crs(grid) -> QgsCoordinateReferenceSystem:
        if grid.tag.startswith("EPSG"):
            return QgsCoordinateReferenceSystem(f"EPSG:{grid.tag[4:]}")
        return QgsCoordinateReferenceSystem.fromWkt(grid.wkt)

    def _feature(self, result) -> QgsFeature:
        xmin, ymin, xmax, ymax = result.tile.bounds
        feature = QgsFeature(output_fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(xmin, ymin, xmax, ymax)))
        prediction = result.prediction
        probs = prediction.probabilities if prediction is not None else None
        feature["tile_id"] = result.tile.tile_id
        feature["class_label"] = prediction.label if prediction is not None else None
        feature["confidence"] = prediction.confidence if prediction is not None else None
        for label, name in PROB_FIELDS.items():
            feature[name] = probs[label] if probs else None
        feature["status"] = result.status
        feature["valid_fraction"] = round(result.valid_fraction, 4)
        return feature
