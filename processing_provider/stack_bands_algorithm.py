"""deforestation:stack_bands — a folder of per-band Sentinel-2 files into one classifiable VRT."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.imagery.band_stack import stack_bands
from .. import errors
from .base_algorithm import DeforestationAlgorithm


class StackBandsAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "stack_bands"
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Stack Sentinel-2 band files (B03, B04, B08) into a VRT")

    def initAlgorithm(self, config=None):  # noqa: N802
        # Each parameter's help text is in help.py (the table of every algorithm's help).
        self._add(QgsProcessingParameterFile(
            self.INPUT, self.tr("Folder of band files"),
            behavior=QgsProcessingParameterFile.Behavior.Folder))
        self._add(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Stacked VRT"), fileFilter="VRT (*.vrt)"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        folder = self.parameterAsFile(parameters, self.INPUT, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            result = stack_bands(folder, output)
        except errors.DeforestationError as exc:  # what the user can fix
            raise QgsProcessingException(str(exc)) from exc
        for note in result.notes:
            feedback.pushInfo(note)
        for warning in result.warnings:
            feedback.pushWarning(warning)
        feedback.pushInfo(self.tr("Stacked B03, B04, B08 into {}").format(result.path))
        return {self.OUTPUT: result.path}
