"""Messages to the QGIS log panel under the plugin's own tab."""
from qgis.core import Qgis, QgsMessageLog

TAG = "Deforestation Classifier"


def log(message: str, level=Qgis.MessageLevel.Info):
    QgsMessageLog.logMessage(message, TAG, level)


def warn(message: str):
    log(message, Qgis.MessageLevel.Warning)
