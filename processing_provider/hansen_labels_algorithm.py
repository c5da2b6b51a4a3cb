"""deforestation:hansen_labels — reference labels for tiles from Hansen Global Forest Change.

A thin face over core/evaluation/hansen_tiles.py: the features are read into plain records,
label_tiles() labels them, and each input feature is written with the added fields.
Parameter and output names are a public interface (scripts, batch files, qgis_process): keep them.
"""
from itertools import tee

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
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

from .. import errors
from .base_algorithm import DeforestationAlgorithm, count_output_name
from ..core.output.layer_metadata import save_metadata_in_datasource
from ..core.output.post_run import store_or_warn
from ..core.evaluation import hansen
from ..core.evaluation.hansen import HansenRule
from ..core.evaluation.hansen_tiles import (
    ADDED_FIELD_NAMES,
    ADDED_FIELDS,
    COUNT_KEYS,
    HansenRequest,
    TileRecord,
    label_tiles,
)
from ..toolbelt.layer_crs import crs_for_osr
from ..toolbelt.qgis_compat import field_type

DEFAULT = HansenRule()


def added_fields() -> QgsFields:
    fields = QgsFields()
    for name, kind, length in ADDED_FIELDS:
        fields.append(QgsField(name, field_type(kind), len=length))
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

    # --- parameters -----------------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802
        # Each parameter's help text is in help.py (the table of every algorithm's help).
        self._add(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Tiles"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self._add(QgsProcessingParameterRasterLayer(self.TREECOVER,
                                                    self.tr("Hansen treecover2000")))
        self._add(QgsProcessingParameterRasterLayer(self.LOSSYEAR, self.tr("Hansen lossyear")))
        # Parameters with defaults are optional: qgis_process 3.22 ignores defaults of
        # mandatory parameters (docs/QGIS_NOTES.md).
        self._add(self._int(self.FIRST_YEAR, "First year of the recent-loss window",
                            DEFAULT.first_year))
        self._add(self._int(self.LAST_YEAR, "Last year of the recent-loss window",
                            DEFAULT.last_year))
        self._add(self._double(self.CANOPY_THRESHOLD, "Canopy threshold (%)",
                               DEFAULT.canopy_threshold, 0.0, 100.0))
        self._add(self._double(self.FOREST_FRACTION,
                               "Standing-forest fraction for STANDING_FOREST",
                               DEFAULT.forest_fraction, 0.0, 1.0))
        self._add(self._double(self.RECENT_LOSS_FRACTION,
                               "Recent-loss fraction for RECENTLY_CLEARED",
                               DEFAULT.recent_loss_fraction, 0.0, 1.0))
        self._add(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Tiles with Hansen reference labels"),
            type=QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.TILE_COUNT, self.tr("Tiles")))
        for key in COUNT_KEYS:
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
        request = self._request(parameters, source, context)
        features, for_records = tee(source.getFeatures())
        records = (self._record(feature) for feature in for_records)
        try:
            labelling = label_tiles(request, records, feedback, source.featureCount())
        except errors.DeforestationError as exc:  # what the user can fix
            raise QgsProcessingException(str(exc)) from exc
        self._abstract = request.abstract()
        kept, out_fields = self._output_fields(source, feedback)
        sink, self._dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, out_fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            labelling.close()
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        try:
            # One result per record, in order: each goes with the feature it was read from
            # (the labelling first, so that it also ends, and logs its summary, after the last).
            for result, feature in zip(labelling, features):
                out = QgsFeature(out_fields)
                out.setGeometry(feature.geometry())
                attributes = feature.attributes()
                out.setAttributes([attributes[j] for j in kept] + result.values())
                if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(self.writeFeatureError(sink, parameters, ""))
        finally:
            labelling.close()
            del sink
        results = {self.OUTPUT: self._dest_id, self.TILE_COUNT: labelling.done}
        for key, value in labelling.counts.items():
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
        except errors.DeforestationError as exc:  # what the user can fix
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

    def _request(self, parameters, source, context) -> HansenRequest:
        """The parameters and the tiles' CRS and extent as a plain request for the core."""
        rule = self._rule(parameters, context)
        treecover = self._raster(parameters, self.TREECOVER, context)
        lossyear = self._raster(parameters, self.LOSSYEAR, context)
        extent = source.sourceExtent()
        return HansenRequest(
            treecover=treecover.source(), lossyear=lossyear.source(),
            raster_crs=crs_for_osr(treecover.crs()) if treecover.crs().isValid() else "",
            tiles_crs=crs_for_osr(source.sourceCrs()) if source.sourceCrs().isValid() else "",
            rule=rule,
            tiles_extent=None if extent.isNull() else (
                extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()))

    @staticmethod
    def _record(feature) -> TileRecord:
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return TileRecord(feature.id())
        return TileRecord(feature.id(), bytes(geometry.asWkb()))

    def _output_fields(self, source, feedback):
        """(indexes of the input fields kept, the output fields): the added fields replace
        input fields of the same names."""
        in_fields = source.fields()
        kept = [i for i, f in enumerate(in_fields) if f.name() not in ADDED_FIELD_NAMES]
        replaced = [f.name() for f in in_fields if f.name() in ADDED_FIELD_NAMES]
        if replaced:
            feedback.pushWarning(
                self.tr("INPUT already has {}: replaced by the new values.")
                .format(", ".join(replaced)))
        out_fields = QgsFields()
        for i in kept:
            out_fields.append(in_fields.at(i))
        for field in added_fields():
            out_fields.append(field)
        return kept, out_fields
