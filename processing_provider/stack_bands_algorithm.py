"""deforestation:stack_bands — a folder of per-band Sentinel-2 files into one classifiable VRT."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.imagery.band_stack import StackError, stack_bands
from .base_algorithm import DeforestationAlgorithm


class StackBandsAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "stack_bands"
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Stack Sentinel-2 band files (B03, B04, B08) into a VRT")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Finds the B03, B04 and B08 files in a folder (a SAFE product's IMG_DATA, or single "
            "band downloads such as T21LYG_20230105_B08_10m.jp2 or B08.tif; B8A is never taken "
            "for B08) and writes a VRT that stacks them with band descriptions, ready as INPUT "
            "of Classify deforestation. The VRT points at the original files: nothing is "
            "copied.\n\n"
            "A SAFE L2A product of processing baseline 04.00 or later (every acquisition from "
            "2022-01-25 on) stores DN = reflectance x 10000 + 1000 and states its BOA_ADD_OFFSET "
            "(-1000) only in MTD_MSIL2A.xml at the SAFE root. The algorithm reads it there, or "
            "the baseline from the SAFE folder name (_N0510_), and writes it into the VRT as "
            "each band's offset, so the chips match the training data; it also records the "
            "acquisition date and product id, which Classify deforestation keeps in its output. "
            "Keep the band files inside their SAFE folder: copied out alone, they no longer say "
            "which offset they need (a warning says so).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add(
            QgsProcessingParameterFile(
                self.INPUT, self.tr("Folder of band files"),
                behavior=QgsProcessingParameterFile.Behavior.Folder),
            "Folder holding one file per band (searched recursively; at 10 m when a SAFE "
            "product holds several resolutions).")
        self._add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Stacked VRT"), fileFilter="VRT (*.vrt)"),
            "The VRT to write (B03, B04, B08).")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        folder = self.parameterAsFile(parameters, self.INPUT, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            result = stack_bands(folder, output)
        except StackError as exc:
            raise QgsProcessingException(str(exc)) from exc
        for note in result.notes:
            feedback.pushInfo(note)
        for warning in result.warnings:
            feedback.pushWarning(warning)
        feedback.pushInfo(self.tr("Stacked B03, B04, B08 into {}").format(result.path))
        return {self.OUTPUT: result.path}
