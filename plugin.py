"""Plugin entry point: wires the Processing provider, the toolbar buttons and the menu entries.

The classify button's behaviour lives in ui/toolbar_flow.py, the work itself in the Processing
algorithm, so that the button, the Toolbox and qgis_process run the same code. The review
button opens the review dock (ui/review_dock.py) on the active layer.
"""
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from .core.engine_cache import ENGINES
from .core.managed_server import stop_managed_server
from .models.dependencies import install_path_hook
from .processing_provider.provider import DeforestationProvider
from .ui.dependencies_dialog import report_missing_dependencies
from .ui.fetch_area_flow import FetchAreaFlow
from .toolbelt.i18n import install_translator, remove_translator
from .toolbelt.icons import plugin_icon
from .toolbelt.qgis_compat import QAction
from .ui.review_launcher import ReviewLauncher
from .ui.settings_page import SettingsPageFactory
from .ui.toolbar_flow import ToolbarFlow

TOOLBAR_OBJECT_NAME = "DeforestationClassifierToolbar"
ACTION_OBJECT_NAME = "DeforestationClassifierAction"
REVIEW_ACTION_OBJECT_NAME = "DeforestationReviewAction"
STYLE_ACTION_OBJECT_NAME = "DeforestationInputStyleAction"
FETCH_ACTION_OBJECT_NAME = "DeforestationFetchAreaAction"


def tr(text):
    return QCoreApplication.translate("DeforestationClassifierPlugin", text)


class DeforestationClassifierPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.flow = None
        self.action = None
        self.review = None
        self.review_action = None
        self.style_action = None
        self.fetch_flow = None
        self.fetch_action = None
        self.toolbar = None
        self.options_factory = None
        # Before any text is made: the menu below, the actions, the provider's names.
        self.translator = install_translator()
        self.menu = tr("Deforestation Classifier")
        # llama-cpp-python installed by "Install dependencies" lives in a plugin-private
        # folder: make it importable before anything (Processing included) needs it.
        install_path_hook()

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        if self.provider is not None:
            return
        provider = DeforestationProvider()
        # The registry refuses a second provider with the same id (and then does not own
        # it); only a provider it accepted may be removed in unload(), since removal goes by
        # id and would delete someone else's instance.
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.flow = ToolbarFlow(self.iface)
        self.action = QAction(plugin_icon(), tr("Classify deforestation (1 km tiles)"),
                              self.iface.mainWindow())
        self.action.setObjectName(ACTION_OBJECT_NAME)
        self.action.setToolTip(tr(
            # QGIS's shortcut manager drops a "(...)" from a tooltip's first line.
            "Classify deforestation in 1 km tiles\n"
            "Classifies the active Sentinel-2 raster layer within the current map view "
            "into 1 km tiles: standing forest, recently cleared, long-term non-forest."
        ))
        self.action.triggered.connect(self.flow.run)
        self.flow.running_changed.connect(self._on_running_changed)

        self.toolbar = self.iface.addToolBar(tr("Deforestation Classifier"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        self.toolbar.addAction(self.action)
        self.iface.addPluginToRasterMenu(self.menu, self.action)

        self.review = ReviewLauncher(self.iface)
        self.review_action = QAction(QgsApplication.getThemeIcon("/mIconSuccess.svg"),
                                     tr("Review deforestation tiles"), self.iface.mainWindow())
        self.review_action.setObjectName(REVIEW_ACTION_OBJECT_NAME)
        self.review_action.setToolTip(tr(
            "Review deforestation tiles\n"
            "Opens the review panel on the active classification layer: confirm or correct "
            "each tile's label, starting with the likeliest recent clearings. On a "
            "comparison of two dates: its alerts, patch by patch, before and after side by "
            "side."
        ))
        self.review_action.triggered.connect(self.review.open_on_active_layer)
        self.toolbar.addAction(self.review_action)
        self.iface.addPluginToRasterMenu(self.menu, self.review_action)

        self.style_action = QAction(QgsApplication.getThemeIcon("/mIconRasterLayer.svg"),
                                    tr("Show raster as the model sees it"),
                                    self.iface.mainWindow())
        self.style_action.setObjectName(STYLE_ACTION_OBJECT_NAME)
        self.style_action.setToolTip(tr(
            "Show raster as the model sees it\n"
            "Styles the active Sentinel-2 raster in false colour: red = B08 (near infrared), "
            "green = B04, blue = B03, each from DN 0 to 3000, as the model's chips."
        ))
        self.style_action.triggered.connect(self.flow.show_as_model_sees)
        self.toolbar.addAction(self.style_action)
        self.iface.addPluginToRasterMenu(self.menu, self.style_action)

        # No raster needed: the scene of the map view is fetched (docs/FETCH.md).
        self.fetch_flow = FetchAreaFlow(self.iface, self.flow)
        self.fetch_action = QAction(QgsApplication.getThemeIcon("/mActionAddRasterLayer.svg"),
                                    tr("Classify this area from Sentinel-2"),
                                    self.iface.mainWindow())
        self.fetch_action.setObjectName(FETCH_ACTION_OBJECT_NAME)
        self.fetch_action.setToolTip(tr(
            "Classify this area from Sentinel-2\n"
            "Fetches the least cloudy Sentinel-2 L2A acquisition of the map view from Earth "
            "Search (the model's training source), adds it styled as the model sees it and "
            "classifies it."
        ))
        self.fetch_action.triggered.connect(self.fetch_flow.run)
        self.toolbar.addAction(self.fetch_action)
        self.iface.addPluginToRasterMenu(self.menu, self.fetch_action)

        self.options_factory = SettingsPageFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        report_missing_dependencies(self.iface)  # message bar + "Install dependencies..."

    def _on_running_changed(self, running):
        # One run at a time: the button is back when the task has reported.
        if self.action is not None:
            self.action.setEnabled(not running)

    def unload(self):
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.review_action is not None:
            self.iface.removePluginRasterMenu(self.menu, self.review_action)
            self.review_action.triggered.disconnect()
            if self.toolbar is not None:
                self.toolbar.removeAction(self.review_action)
            self.review_action.deleteLater()
            self.review_action = None
        if self.style_action is not None:
            self.iface.removePluginRasterMenu(self.menu, self.style_action)
            self.style_action.triggered.disconnect()
            if self.toolbar is not None:
                self.toolbar.removeAction(self.style_action)
            self.style_action.deleteLater()
            self.style_action = None
        if self.fetch_action is not None:
            self.iface.removePluginRasterMenu(self.menu, self.fetch_action)
            self.fetch_action.triggered.disconnect()
            if self.toolbar is not None:
                self.toolbar.removeAction(self.fetch_action)
            self.fetch_action.deleteLater()
            self.fetch_action = None
        if self.fetch_flow is not None:
            self.fetch_flow.cancel()
            self.fetch_flow = None
        if self.review is not None:
            self.review.unload()
            self.review = None
        if self.flow is not None:
            self.flow.cancel()
            self.flow.running_changed.disconnect(self._on_running_changed)
            self.flow = None
        if self.action is not None:
            self.iface.removePluginRasterMenu(self.menu, self.action)
            self.action.triggered.disconnect()
            if self.toolbar is not None:
                self.toolbar.removeAction(self.action)
            self.action.deleteLater()
            self.action = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        ENGINES.clear()  # frees the model kept loaded between runs (about 400 MB)
        stop_managed_server()  # the local llama-server the plugin started, if any
        remove_translator(self.translator)
        self.translator = None
