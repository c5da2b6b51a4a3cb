"""Plugin entry point: wires the Processing provider, the toolbar buttons and the menu entries.

The classify button's behaviour lives in ui/toolbar_flow.py, the work itself in the Processing
algorithm, so that the button, the Toolbox and qgis_process run the same code. The review
button opens the review dock (ui/review_dock.py) on the active layer.
"""
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices

from .core.inference.engine_cache import ENGINES
from .core.inference.managed_server import stop_managed_server
from .installer.private_folder import install_path_hook
from .processing_provider.provider import DeforestationProvider
from .ui.dependencies_dialog import report_missing_dependencies
from .ui.clearings_flow import ClearingsFlow
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
CLEARINGS_ACTION_OBJECT_NAME = "DeforestationFindClearingsAction"


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
        self.clearings_flow = None
        self.clearings_action = None
        self.toolbar = None
        self.options_factory = None
        self.menu_actions = []
        # Before any text is made: the menu below, the actions, the provider's names.
        self.translator = install_translator()
        self.menu = tr("Deforestation Classifier")
        # llama-cpp-python installed by "Install dependencies" lives in a plugin-private
        # folder: make it importable before anything (Processing included) needs it.
        install_path_hook(profile_dir=QgsApplication.qgisSettingsDirPath())

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
        self.toolbar = self.iface.addToolBar(tr("Deforestation Classifier"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        self.flow = ToolbarFlow(self.iface)
        self.action = self._add_action(
            plugin_icon(), tr("Classify deforestation (1 km tiles)"), tr(
                # QGIS's shortcut manager drops a "(...)" from a tooltip's first line.
                "Classify deforestation in 1 km tiles\n"
                "Classifies the active Sentinel-2 raster layer within the current map view "
                "into 1 km tiles: standing forest, recently cleared, long-term non-forest."
            ), ACTION_OBJECT_NAME, self.flow.run)
        self.flow.running_changed.connect(self._on_running_changed)

        self.review = ReviewLauncher(self.iface)
        self.review_action = self._add_action(
            plugin_icon("review.svg"), tr("Review deforestation tiles"), tr(
                "Review deforestation tiles\n"
                "Opens the review panel on the active classification layer: confirm or correct "
                "each tile's label, starting with the likeliest recent clearings. On a "
                "comparison of two dates: its alerts, patch by patch, before and after side by "
                "side."
            ), REVIEW_ACTION_OBJECT_NAME, self.review.open_on_active_layer)

        self.style_action = self._add_action(
            plugin_icon("model_view.svg"),
            tr("Show raster as the model sees it"), tr(
                "Show raster as the model sees it\n"
                "Styles the active Sentinel-2 raster in false colour: red = B08 (near infrared), "
                "green = B04, blue = B03, each from DN 0 to 3000, as the model's chips."
            ), STYLE_ACTION_OBJECT_NAME, self.flow.show_as_model_sees)

        # No raster needed: the scene of the map view is fetched (docs/FETCH.md).
        self.fetch_flow = FetchAreaFlow(self.iface, self.flow)
        self.fetch_action = self._add_action(
            plugin_icon("fetch.svg"),
            tr("Classify this area from Sentinel-2"), tr(
                "Classify this area from Sentinel-2\n"
                "Fetches the least cloudy Sentinel-2 L2A acquisition of the map view from Earth "
                "Search (the model's training source), adds it styled as the model sees it and "
                "classifies it."
            ), FETCH_ACTION_OBJECT_NAME, self.fetch_flow.run)
        self.fetch_flow.running_changed.connect(self._on_running_changed)

        # The product's main use: two dates fetched, classified and compared (docs/ALERTS.md).
        self.clearings_flow = ClearingsFlow(self.iface, self._review_active_layer)
        self.clearings_action = self._add_action(
            plugin_icon("find_clearings.svg"),
            tr("Find new clearings"), tr(
                "Find new clearings\n"
                "Fetches Sentinel-2 of two date windows over an area (the map view, a rectangle "
                "drawn or a polygon layer), classifies both, compares them and opens the "
                "review on the alerts. Every output is written into a named project folder."
            ), CLEARINGS_ACTION_OBJECT_NAME, self.clearings_flow.run)
        self.clearings_flow.running_changed.connect(self._on_running_changed)

        self.options_factory = SettingsPageFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        # Menu only: the plugin's page in Settings > Options, and the README shipped with the
        # plugin (offline: no browser to the web needed).
        self.menu_actions = []
        for icon, text, object_name, slot in (
                ("settings.svg", tr("Settings..."), "DeforestationSettingsAction",
                 self.open_settings),
                ("help.svg", tr("Help"), "DeforestationHelpAction", self.open_help)):
            action = QAction(plugin_icon(icon), text, self.iface.mainWindow())
            action.setObjectName(object_name)
            action.triggered.connect(slot)
            self.iface.addPluginToRasterMenu(self.menu, action)
            self.menu_actions.append(action)
        report_missing_dependencies(self.iface)  # message bar + "Install dependencies..."

    def open_settings(self):
        self.iface.showOptionsDialog(self.iface.mainWindow(), self.options_factory.title())

    @staticmethod
    def help_path():
        return Path(__file__).resolve().parent / "README.md"

    def open_help(self):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.help_path())))

    def _review_active_layer(self):
        if self.review is not None:
            self.review.open_on_active_layer()

    def _on_running_changed(self, _running=None):
        # One run at a time: a button is back when its task has reported. A fetch goes on into
        # a classification, so the fetch button waits for both.
        busy = [flow is not None and flow.running for flow in (self.flow, self.fetch_flow)]
        if self.action is not None:
            self.action.setEnabled(not busy[0])
        if self.fetch_action is not None:
            self.fetch_action.setEnabled(not any(busy))
        if self.clearings_action is not None:
            self.clearings_action.setEnabled(not (self.clearings_flow is not None
                                                  and self.clearings_flow.running))

    def _add_action(self, icon, text, tooltip, object_name, slot):
        """One button on the plugin's toolbar and the same entry in its Raster menu."""
        action = QAction(icon, text, self.iface.mainWindow())
        action.setObjectName(object_name)
        action.setToolTip(tooltip)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.iface.addPluginToRasterMenu(self.menu, action)
        return action

    def _remove_action(self, action):
        if action is None:
            return
        self.iface.removePluginRasterMenu(self.menu, action)
        action.triggered.disconnect()
        if self.toolbar is not None:
            self.toolbar.removeAction(action)
        action.deleteLater()

    def unload(self):
        for action in self.menu_actions:
            self.iface.removePluginRasterMenu(self.menu, action)
            action.deleteLater()
        self.menu_actions = []
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        self._remove_action(self.review_action)
        self.review_action = None
        self._remove_action(self.style_action)
        self.style_action = None
        self._remove_action(self.fetch_action)
        self.fetch_action = None
        self._remove_action(self.clearings_action)
        self.clearings_action = None
        if self.clearings_flow is not None:
            self.clearings_flow.running_changed.disconnect(self._on_running_changed)
            self.clearings_flow.cancel()
            self.clearings_flow = None
        if self.fetch_flow is not None:
            self.fetch_flow.running_changed.disconnect(self._on_running_changed)
            self.fetch_flow.cancel()
            self.fetch_flow = None
        if self.review is not None:
            self.review.unload()
            self.review = None
        if self.flow is not None:
            self.flow.cancel()
            self.flow.running_changed.disconnect(self._on_running_changed)
            self.flow = None
        self._remove_action(self.action)
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
