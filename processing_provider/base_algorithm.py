"""What every algorithm of the provider shares: translation, grouping, help from the help table."""
from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

from ..toolbelt.i18n import CONTEXT
from . import help as help_table


def count_output_name(key: str) -> str:
    """The output that counts the tiles of one class or status: COUNT_<key>."""
    return f"COUNT_{key}"


class DeforestationAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALGORITHM_NAME and implement displayName, initAlgorithm (adding each
    parameter with _add) and processAlgorithm; their help is in help.py under ALGORITHM_NAME."""

    ALGORITHM_NAME = ""

    def tr(self, text):
        # One context for every algorithm (toolbelt/i18n.py): the .ts files find it statically,
        # the help table's texts included (scripts/i18n_update.py).
        return QCoreApplication.translate(CONTEXT, text)

    def createInstance(self):  # noqa: N802 (QGIS API names)
        return type(self)()

    def name(self):
        return self.ALGORITHM_NAME

    def group(self):
        return ""

    def groupId(self):  # noqa: N802
        return ""

    def shortHelpString(self):  # noqa: N802
        """The summary of help.py, then a table of the parameters with their help."""
        return help_table.short_help(self.ALGORITHM_NAME, self.tr, self.parameterDefinitions())

    def _add(self, parameter, values=()):
        """Add a parameter with its help text from help.py (shown in the dialog and by
        qgis_process), translated, then formatted with `values` when the text has {}."""
        text = self.tr(help_table.parameter_help(self.ALGORITHM_NAME, parameter.name()))
        parameter.setHelp(text.format(*values) if values else text)
        self.addParameter(parameter)
