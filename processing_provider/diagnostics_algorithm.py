"""deforestation:diagnostics — the diagnostics report (core/diagnostics.py) as a Markdown file,
for qgis_process and support requests. Names are a public interface: keep them."""
from pathlib import Path

from qgis.core import QgsProcessingException, QgsProcessingParameterFileDestination

from ..core import diagnostics
from ..settings import PlgSettings
from .base_algorithm import DeforestationAlgorithm


class DiagnosticsAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "diagnostics"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Diagnostics report (to paste when something goes wrong)")

    def initAlgorithm(self, config=None):  # noqa: N802
        # The help text is in help_tools.py (merged into help.py's table).
        self._add(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Diagnostics report"), fileFilter="Markdown (*.md)"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        text = diagnostics.report(PlgSettings.load())
        try:
            Path(output).parent.mkdir(parents=True, exist_ok=True)
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise QgsProcessingException(self.tr(
                "Cannot write the report to {} ({}). Choose a file in a folder you can "
                "write to.").format(output, exc.strerror or exc)) from exc
        feedback.pushInfo(self.tr("Diagnostics written to {} ({} lines). Read it before you "
                                  "share it.").format(output, text.count("\n")))
        return {self.OUTPUT: output}
