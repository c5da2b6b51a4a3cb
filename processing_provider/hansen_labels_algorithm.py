"""deforestation:hansen_labels — reference labels for tiles from Hansen Global Forest Change.

Parameter and output names are a public interface (scripts, batch files, qgis_process): keep them.
"""
from pathlib import Path

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLayerMetadata,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
)

from .base_algorithm import DeforestationAlgorithm, count_output_name
from ..core.output.layer_metadata import save_metadata_in_datasource
from ..core.output.post_run import store_or_warn
from ..core.evaluation import hansen
from ..core.evaluation.hansen import HansenError, HansenRasters, HansenRule
from ..core.vocabulary import CLASSES
from ..toolbelt.qgis_compat import field_type

LABEL_FIELD = "reference_label"
STATUS_FIELD = "hansen_status"
FRACTION_FIELDS = (
    "forest2000_fraction",
    "standing_forest_fraction",
    "recent_loss_fraction",
    "older_loss_fraction",
)
PIXELS_FIELD = "hansen_pixels"
ADDED_FIELDS = (LABEL_FIELD, *FRACTION_FIELDS, PIXELS_FIELD, STATUS_FIELD)
DEFAULT = HansenRule()


def added_fields() -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField(LABEL_FIELD, field_type("string"), len=24))
    for name in FRACTION_FIELDS:
        fields.append(QgsField(name, field_type("double")))
    fields.append(QgsField(PIXELS_FIELD, field_type("int")))
    fields.append(QgsField(STATUS_FIELD, field_type("string"), len=16))
    return fields


class HansenLabelsAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "hansen_labels"
    INPUT = "INPUT"
    TREECOVER = "TREECOVER"
    LOSSYEAR = "LOSSYEAR"
    FIRST_YEAR = "FIRST_YEAR"
    LAST_YEAR = "LAST_YEAR"
    CANOPY_THRESHOLD = "CANOPY_THRESHOLD"
    FOREST_FRACTION = "FOREST_FRACTION"
    RECENT_LOSS_FRACTION = "RECENT_LOSS_FRACTION"
    OUTPUT = "OUTPUT"
    TILE_COUNT = "TILE_COUNT"

    def __init__(self):
        super().__init__()
        self._dest_id = None
        self._abstract = ""

    # --- identity -------------------------------------------------------------------------
    def displayName(self):  # noqa: N802
        return self.tr("Hansen reference labels for tiles")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Gives every tile polygon a reference class from the Hansen Global Forest Change "
            "layers treecover2000 and lossyear, with the model card's rule: STANDING_FOREST = "
            ">= 50 % canopy in 2000 and no recent loss; RECENTLY_CLEARED = was forest and lost "
            "inside the recent window; else LONG_TERM_NON_FOREST. Use the result as reference "
            "for Evaluate (REFERENCE_FIELD = reference_label).\n\n"
            "For each tile, the Hansen pixels whose centre lies inside the polygon are used "
            "(the polygon is transformed to the rasters' CRS; value 255 is nodata). A pixel is "
            "forest in 2000 when treecover2000 >= the canopy threshold; lossyear v means loss in "
            "year 2000 + v. The tile is RECENTLY_CLEARED when the forest-2000 pixels lost "
            "within FIRST_YEAR..LAST_YEAR reach RECENT_LOSS_FRACTION of its valid pixels, else "
            "STANDING_FOREST when the forest-2000 pixels without any loss through LAST_YEAR "
            "reach FOREST_FRACTION, else LONG_TERM_NON_FOREST. Tiles without a valid Hansen "
            "pixel get an empty label and hansen_status NO_HANSEN_DATA. The model card "
            "publishes no tile-level thresholds: the two fractions are this plugin's choice, "
            "recorded in the output layer's metadata (abstract) and in the log.\n\n"
            "Output: the input features and attributes plus reference_label, "
            "forest2000_fraction, standing_forest_fraction (= forest2000 - recent - older), "
            "recent_loss_fraction, older_loss_fraction (forest-2000 pixels lost before "
            "FIRST_YEAR), hansen_pixels (about 1,300 for a 1 km tile; fewer at the rasters' "
            "edge) and hansen_status.\n\n"
            "Getting the data: Hansen GFC v1.12 granules are 10 x 10 degrees, named after their "
            "top-left corner (e.g. 10S_060W covers 10-20 S, 60-50 W), at "
            "https://storage.googleapis.com/earthenginepartners-hansen/GFC-2024-v1.12/"
            "Hansen_GFC-2024-v1.12_{layer}_{granule}.tif with layer = treecover2000 or lossyear. "
            "The log lists the granules your tiles need. For tiles spanning several granules, "
            "build one VRT per layer (gdalbuildvrt) over the same granules. Data: CC BY 4.0, "
            "Hansen et al. 2013 (UMD/Google/USGS/NASA)."
        )

    # --- parameters -----------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802
        self._add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Tiles"), [QgsProcessing.SourceType.TypeVectorPolygon],
            ),
            "Polygon layer of tiles in any CRS, e.g. the output of Classify deforestation.",
        )
        self._add(
            QgsProcessingParameterRasterLayer(self.TREECOVER, self.tr("Hansen treecover2000")),
            "Hansen GFC treecover2000 (percent canopy in 2000, 0-100; 255 = nodata), any CRS: "
            "a granule, a VRT of granules or a clip of them.",
        )
        self._add(
            QgsProcessingParameterRasterLayer(self.LOSSYEAR, self.tr("Hansen lossyear")),
            "Hansen GFC lossyear (0 = no loss, v = loss in 2000 + v; 255 = nodata), on the same "
            "pixel grid as treecover2000 (the same granules).",
        )
        # Parameters with defaults are optional: qgis_process 3.22 ignores defaults of
        # mandatory parameters (docs/QGIS_NOTES.md).
        self._add(
            self._int(self.FIRST_YEAR, "First year of the recent-loss window",
                      DEFAULT.first_year),
            "First calendar year whose loss counts as recent (inclusive). Default 2020: the "
            "model card's training window 2020-2024; its val/test labels used 3 years.",
        )
        self._add(
            self._int(self.LAST_YEAR, "Last year of the recent-loss window", DEFAULT.last_year),
            "Last calendar year whose loss counts as recent (inclusive), usually the year of "
            "the imagery. Default 2024. Loss after it is ignored (the forest still stood). A "
            "warning is given when the Hansen files (by their GFC-<year> name) end earlier.",
        )
        self._add(
            self._double(self.CANOPY_THRESHOLD, "Canopy threshold (%)",
                         DEFAULT.canopy_threshold, 0.0, 100.0),
            "A pixel is forest in 2000 when treecover2000 >= this percentage. Default 50, the "
            "model card's '>= 50 % canopy in 2000'.",
        )
        self._add(
            self._double(self.FOREST_FRACTION, "Standing-forest fraction for STANDING_FOREST",
                         DEFAULT.forest_fraction, 0.0, 1.0),
            "Share of the tile's valid pixels that must be forest in 2000 with no loss through "
            "LAST_YEAR for STANDING_FOREST. Default 0.5 (most of the tile is standing forest). "
            "Not published by the model card. 0 means any standing-forest pixel.",
        )
        self._add(
            self._double(self.RECENT_LOSS_FRACTION,
                         "Recent-loss fraction for RECENTLY_CLEARED",
                         DEFAULT.recent_loss_fraction, 0.0, 1.0),
            "Share of the tile's valid pixels that were forest in 2000 and lost within the "
            "window for RECENTLY_CLEARED; checked first. Default 0.05 (about 5 ha of a 1 km "
            "tile, clearly visible at 10 m, while a few stray loss pixels are not enough). Not "
            "published by the model card. 0 means any recent-loss pixel.",
        )
        self._add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Tiles with Hansen reference labels"),
                type=QgsProcessing.SourceType.TypeVectorPolygon,
            ),
            "The input tiles with reference_label, the fractions, hansen_pixels and "
            "hansen_status added (existing fields of those names are replaced). The parameters "
            "used are stored in the layer's metadata.",
        )
        self.addOutput(QgsProcessingOutputNumber(self.TILE_COUNT, self.tr("Tiles")))
        for key in (*CLASSES, hansen.NO_HANSEN_DATA, hansen.NO_GEOMETRY):
            self.addOutput(
                QgsProcessingOutputNumber(count_output_name(key), self.tr("{} tiles").format(key)))

    def _int(self, name, label, default):
        return QgsProcessingParameterNumber(
            name, self.tr(label), type=QgsProcessingParameterNumber.Type.Integer,
            defaultValue=default, minValue=hansen.FIRST_LOSS_YEAR, maxValue=2200, optional=True)

    def _double(self, name, label, default, minimum, maximum):
        return QgsProcessingParameterNumber(
            name, self.tr(label), type=QgsProcessingParameterNumber.Type.Double,
            defaultValue=default, minValue=minimum, maxValue=maximum, optional=True)

    # --- run ------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        rule = self._rule(parameters, context)
        treecover = self._raster(parameters, self.TREECOVER, context)
        lossyear = self._raster(parameters, self.LOSSYEAR, context)
        try:
            rasters = HansenRasters(treecover.source(), lossyear.source())
        except HansenError as exc:
            raise QgsProcessingException(str(exc)) from exc
        raster_crs = treecover.crs()
        if not raster_crs.isValid():
            raise QgsProcessingException(
                self.tr("TREECOVER has no CRS; the Hansen granules are in EPSG:4326. Set the "
                        "layer's CRS (Layer Properties > Source) or use the original files."))

        for layer in (treecover, lossyear):
            data_year = hansen.data_last_year(layer.source())
            if data_year is not None and rule.last_year > data_year:
                missing = str(rule.last_year) if rule.last_year == data_year + 1 else \
                    f"{data_year + 1}-{rule.last_year}"
                feedback.pushWarning(
                    self.tr("LAST_YEAR {} is after the last loss year of {} ({}): loss in {} "
                            "is not in these files. Use a newer Hansen version or an earlier "
                            "LAST_YEAR.").format(rule.last_year, Path(layer.source()).name,
                                                 data_year, missing))
                break
        feedback.pushInfo(rule.describe())
        self._abstract = (
            rule.describe()
            + f" Parameters: FIRST_YEAR={rule.first_year}, LAST_YEAR={rule.last_year}, "
            f"CANOPY_THRESHOLD={rule.canopy_threshold:g}, "
            f"FOREST_FRACTION={rule.forest_fraction:g}, "
            f"RECENT_LOSS_FRACTION={rule.recent_loss_fraction:g}; "
            f"TREECOVER={treecover.source()}; LOSSYEAR={lossyear.source()}."
        )
        self._log_granules(source, context, feedback)

        in_fields = source.fields()
        kept = [i for i, f in enumerate(in_fields) if f.name() not in ADDED_FIELDS]
        replaced = [f.name() for f in in_fields if f.name() in ADDED_FIELDS]
        if replaced:
            feedback.pushWarning(
                self.tr("INPUT already has {}: replaced by the new values.")
                .format(", ".join(replaced)))
        out_fields = QgsFields()
        for i in kept:
            out_fields.append(in_fields.at(i))
        for field in added_fields():
            out_fields.append(field)

        sink, self._dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, out_fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        transform = None
        if source.sourceCrs() != raster_crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), raster_crs,
                                               context.transformContext())
        counts = dict.fromkeys((*CLASSES, hansen.NO_HANSEN_DATA, hansen.NO_GEOMETRY), 0)
        total = source.featureCount()
        step = 100.0 / total if total > 0 else 0
        done = 0
        try:
            for i, feature in enumerate(source.getFeatures()):
                if feedback.isCanceled():
                    break
                stats, status = self._stats(feature, transform, rasters, rule, feedback)
                label = hansen.label_for(stats, rule) if status == hansen.LABELLED else None
                if status == hansen.LABELLED and label is None:
                    status = hansen.NO_HANSEN_DATA
                counts[label or status] += 1
                out = QgsFeature(out_fields)
                out.setGeometry(feature.geometry())
                attributes = feature.attributes()
                values = [attributes[j] for j in kept] + [
                    label,
                    stats.forest2000_fraction,
                    stats.standing_forest_fraction,
                    stats.recent_loss_fraction,
                    stats.older_loss_fraction,
                    stats.hansen_pixels,
                    status,
                ]
                out.setAttributes(values)
                if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(self.writeFeatureError(sink, parameters, ""))
                done += 1
                feedback.setProgress(int(i * step))
        finally:
            rasters.close()
            del sink
        if done < total:
            feedback.pushWarning(self.tr("Cancelled after {} of {} tiles.").format(done, total))
        feedback.pushInfo(self.tr("Done. {}").format(
            ", ".join(f"{k}: {v}" for k, v in counts.items() if v)))
        results = {self.OUTPUT: self._dest_id, self.TILE_COUNT: done}
        for key, value in counts.items():
            results[count_output_name(key)] = value
        return results

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Record the rule and parameters in the output layer's metadata (inside a GeoPackage)."""
        if not self._dest_id:
            return {}
        layer = QgsProcessingUtils.mapLayerFromString(self._dest_id, context)
        if layer is None:
            return {}
        metadata = QgsLayerMetadata(layer.metadata())
        metadata.setTitle(self.tr("Tiles with Hansen reference labels"))
        metadata.setAbstract(self._abstract)
        metadata.addHistoryItem(f"deforestation:hansen_labels. {self._abstract}")
        layer.setMetadata(metadata)
        if layer.providerType() != "memory":
            store_or_warn(feedback,
                          self.tr("The parameters could not be stored with the output: {}"),
                          lambda: save_metadata_in_datasource(layer, metadata))
        return {}

    # --- helpers --------------------------------------------------------------------------
    def _rule(self, parameters, context) -> HansenRule:
        rule = HansenRule(
            first_year=self.parameterAsInt(parameters, self.FIRST_YEAR, context),
            last_year=self.parameterAsInt(parameters, self.LAST_YEAR, context),
            canopy_threshold=self.parameterAsDouble(parameters, self.CANOPY_THRESHOLD, context),
            forest_fraction=self.parameterAsDouble(parameters, self.FOREST_FRACTION, context),
            recent_loss_fraction=self.parameterAsDouble(
                parameters, self.RECENT_LOSS_FRACTION, context),
        )
        try:
            rule.validate()
        except HansenError as exc:
            raise QgsProcessingException(str(exc)) from exc
        return rule

    def _raster(self, parameters, name, context):
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            raise QgsProcessingException(self.tr("{} is not a raster layer.").format(name))
        if layer.providerType() != "gdal":
            raise QgsProcessingException(
                self.tr("{} must be a raster read by GDAL (a GeoTIFF granule or a VRT); this "
                        "layer comes from the '{}' provider.").format(name, layer.providerType()))
        return layer

    def _stats(self, feature, transform, rasters, rule, feedback):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return hansen.TileStats(), hansen.NO_GEOMETRY
        geometry = QgsGeometry(geometry)
        if transform is not None:
            box = geometry.boundingBox()
            # Densify first so that edges curved by the transformation stay curved.
            spacing = max(box.width(), box.height()) / 20.0
            if spacing > 0:
                geometry = geometry.densifyByDistance(spacing)
            try:
                geometry.transform(transform)
            except QgsCsException as exc:
                feedback.pushWarning(
                    self.tr("Feature {}: cannot be transformed to the rasters' CRS ({}).")
                    .format(feature.id(), exc))
                return hansen.TileStats(), hansen.NO_HANSEN_DATA
        polygon = ogr.CreateGeometryFromWkb(bytes(geometry.asWkb()))
        stats = rasters.stats_for(polygon, rule)
        status = hansen.LABELLED if stats.hansen_pixels else hansen.NO_HANSEN_DATA
        return stats, status

    def _log_granules(self, source, context, feedback):
        """Name the Hansen granules (and their URLs) that the tiles' extent needs."""
        extent = source.sourceExtent()
        if extent.isNull():
            return
        try:
            wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
            box = QgsCoordinateTransform(source.sourceCrs(), wgs84, context.transformContext())\
                .transformBoundingBox(extent)
        except QgsCsException:
            return
        names = hansen.granules_for(box.xMinimum(), box.yMinimum(), box.xMaximum(),
                                    box.yMaximum())
        if not names or len(names) > 20:
            return
        feedback.pushInfo(self.tr("Hansen granules covering the tiles: {}").format(
            ", ".join(names)))
        for name in names:
            for layer in ("treecover2000", "lossyear"):
                feedback.pushInfo(f"  {hansen.granule_url(layer, name)}")
