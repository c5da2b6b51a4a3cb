"""What every algorithm of the provider shares: translation, grouping, help on parameters."""
from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

from ..toolbelt.i18n import CONTEXT


def count_output_name(key: str) -> str:
    """The output that counts the tiles of one class or status: COUNT_<key>."""
    return f"COUNT_{key}"


class DeforestationAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALGORITHM_NAME and implement displayName, shortHelpString, the rest."""

    ALGORITHM_NAME = ""

    def tr(self, text):
        # One context for every algorithm (toolbelt/i18n.py): the .ts files find it statically.
        return QCoreApplication.translate(CONTEXT, text)

    def createInstance(self):  # noqa: N802 (QGIS API names)
        return type(self)()

    def name(self):
        return self.ALGORITHM_NAME

    def group(self):
        return ""

    def groupId(self):  # noqa: N802
        return ""

    def _add(self, parameter, help_text):
        """Add a parameter with its help text (shown in the dialog and by qgis_process).

        help_text is a literal at every call (scripts/qt6_check.py checks it, and
        scripts/i18n_update.py extracts it), so translating it here is translating a literal."""
        parameter.setHelp(self.tr(help_text))
        self.addParameter(parameter)
