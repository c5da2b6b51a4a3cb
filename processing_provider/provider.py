"""The `deforestation` Processing provider: thin, it only lists the algorithms."""
from qgis.core import QgsProcessingProvider

from ..toolbelt.icons import plugin_icon
from .alert_report_algorithm import AlertReportAlgorithm
from .classify_algorithm import ClassifyAlgorithm
from .compare_algorithm import CompareAlgorithm
from .diagnostics_algorithm import DiagnosticsAlgorithm
from .evaluate_algorithm import EvaluateAlgorithm
from .field_merge_algorithm import FieldMergeAlgorithm
from .field_package_algorithm import FieldPackageAlgorithm
from .fetch_sentinel2_algorithm import FetchSentinel2Algorithm
from .hansen_labels_algorithm import HansenLabelsAlgorithm
from .offline_bundle_algorithm import OfflineBundleAlgorithm
from .relabel_algorithm import RelabelAlgorithm
from .stack_bands_algorithm import StackBandsAlgorithm


class DeforestationProvider(QgsProcessingProvider):
    def id(self):  # noqa: A003 (QGIS API name)
        return "deforestation"

    def name(self):
        return self.tr("Deforestation Classifier")

    def longName(self):  # noqa: N802
        return self.tr("Deforestation Classifier (Sentinel-2, LFM2.5-VL)")

    def icon(self):
        return plugin_icon()

    def supportedOutputVectorLayerExtensions(self):  # noqa: N802
        # Results are written as GeoPackages (partial commits, resume, style inside).
        return ["gpkg"]

    def loadAlgorithms(self):  # noqa: N802
        self.addAlgorithm(AlertReportAlgorithm())
        self.addAlgorithm(ClassifyAlgorithm())
        self.addAlgorithm(CompareAlgorithm())
        self.addAlgorithm(DiagnosticsAlgorithm())
        self.addAlgorithm(EvaluateAlgorithm())
        self.addAlgorithm(FieldMergeAlgorithm())
        self.addAlgorithm(FieldPackageAlgorithm())
        self.addAlgorithm(FetchSentinel2Algorithm())
        self.addAlgorithm(HansenLabelsAlgorithm())
        self.addAlgorithm(OfflineBundleAlgorithm())
        self.addAlgorithm(RelabelAlgorithm())
        self.addAlgorithm(StackBandsAlgorithm())
