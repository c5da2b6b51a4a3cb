"""The plugin's GUI: toolbar, menu, provider registration and the toolbar flow end to end."""
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.PyQt.QtWidgets import QPushButton
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QResource
from qgis.PyQt.QtWidgets import QToolBar

from deforestation_classifier.core.output.layer_style import LABEL_EXPRESSION
from deforestation_classifier.core.vocabulary import CLASSES
from deforestation_classifier.plugin import TOOLBAR_OBJECT_NAME, DeforestationClassifierPlugin
from deforestation_classifier.settings import PlgSettings
from deforestation_classifier.toolbelt import icons
from task_wait import wait_until_done

ALGORITHM_ID = "deforestation:classify"
ACTION_TEXT = "Classify deforestation (1 km tiles)"


def flush_deferred_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def compile_resources(target: Path) -> bool:
    """rcc -binary resources.qrc, as `make package` does; False when no rcc works here."""
    # /usr/bin/rcc may be a qtchooser link without a Qt 5 rcc behind it.
    for rcc in (shutil.which("rcc"), "/usr/lib/qt5/bin/rcc", "/usr/lib/qt6/libexec/rcc"):
        if not rcc or not Path(rcc).is_file():
            continue
        done = subprocess.run([rcc, "-binary", str(icons.PLUGIN_ROOT / "resources.qrc"),
                               "-o", str(target)], capture_output=True, check=False)
        if done.returncode == 0 and target.is_file():
            return True
    return False


def task_count():
    return QgsApplication.taskManager().count()


@pytest.fixture
def plugin(qgis_iface, qgis_new_project):
    instance = DeforestationClassifierPlugin(qgis_iface)
    instance.initGui()
    yield instance
    if instance.flow is not None and instance.flow.running:
        wait_until_done(instance.flow)
    instance.unload()
    flush_deferred_deletes()


@pytest.fixture
def plugin_settings(tmp_path):
    """Saves PlgSettings for a test and puts the previous values back afterwards."""
    previous = PlgSettings.load()

    def apply(**values):
        settings = PlgSettings(output_folder=str(tmp_path / "out"), **values)
        settings.save()
        return settings

    yield apply
    previous.save()


@pytest.fixture
def s2_layer(s2_raster, qgis_iface):
    layer = QgsRasterLayer(s2_raster, "S2 test scene", "gdal")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.setActiveLayer(layer)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(layer.crs())
    canvas.setExtent(layer.extent())
    return layer


# --- (a) toolbar, menu, provider ------------------------------------------------------------
def test_init_gui_adds_toolbar_menu_and_algorithm_and_unload_removes_them(
    qgis_iface, qgis_new_project
):
    registry = QgsApplication.processingRegistry()
    # Another test module's session fixture may already have registered the provider.
    pre_existing = registry.providerById("deforestation") is not None
    window = qgis_iface.mainWindow()
    plugin = DeforestationClassifierPlugin(qgis_iface)

    plugin.initGui()
    try:
        toolbar = window.findChild(QToolBar, TOOLBAR_OBJECT_NAME)
        assert toolbar is not None
        assert toolbar is plugin.toolbar
        texts = [a.text() for a in toolbar.actions()]
        assert texts[:3] == [ACTION_TEXT, "Review deforestation tiles",
                             "Show raster as the model sees it"]
        added = qgis_iface.addPluginToRasterMenu.call_count
        # Every button is also in the Raster menu, with Settings... and Help there only.
        assert added == len(texts) + len(plugin.menu_actions) == len(texts) + 2
        assert toolbar.actions()[0] is plugin.action
        assert not plugin.action.icon().pixmap(24, 24).isNull()
        qgis_iface.addPluginToRasterMenu.assert_any_call("Deforestation Classifier", plugin.action)
        qgis_iface.addPluginToRasterMenu.assert_any_call("Deforestation Classifier",
                                                         plugin.review_action)
        qgis_iface.addPluginToRasterMenu.assert_any_call("Deforestation Classifier",
                                                         plugin.style_action)
        assert registry.algorithmById(ALGORITHM_ID) is not None
        assert (plugin.provider is None) == pre_existing  # never a second provider with one id
    finally:
        plugin.unload()  # a failed assertion must not leave a half-registered plugin behind
    flush_deferred_deletes()

    assert window.findChild(QToolBar, TOOLBAR_OBJECT_NAME) is None
    assert qgis_iface.removePluginRasterMenu.call_count == added
    assert (plugin.action, plugin.toolbar, plugin.provider, plugin.flow) == (None,) * 4
    assert (plugin.review_action, plugin.review, plugin.style_action) == (None,) * 3
    if pre_existing:
        assert registry.algorithmById(ALGORITHM_ID) is not None  # not ours to remove
    else:
        assert registry.providerById("deforestation") is None
        assert registry.algorithmById(ALGORITHM_ID) is None


def test_icon_loads_from_files_and_from_compiled_resources(tmp_path, monkeypatch):
    assert not icons.plugin_icon().pixmap(24, 24).isNull()  # whichever way applies here

    # A source checkout: no resources.rcc (`make package` builds one in the plugin root).
    monkeypatch.setattr(icons, "RCC_FILE", tmp_path / "absent.rcc")
    monkeypatch.setattr(icons, "_registered", None)
    assert Path(icons.icon_path()).is_file()
    assert not icons.plugin_icon().pixmap(24, 24).isNull()

    compiled = tmp_path / "resources.rcc"
    if not compile_resources(compiled):
        pytest.skip("no working rcc (Debian: qtbase5-dev-tools) to compile resources.qrc")
    monkeypatch.setattr(icons, "RCC_FILE", compiled)
    monkeypatch.setattr(icons, "_registered", None)
    try:
        assert icons.icon_path() == ":/plugins/deforestation_classifier/icons/icon.svg"
        assert not icons.plugin_icon().pixmap(24, 24).isNull()
    finally:
        QResource.unregisterResource(str(compiled))


def _image(icon):
    return icon.pixmap(32, 32).toImage()


def test_every_action_has_the_plugins_own_icon(qgis_iface, qgis_new_project):
    """Icons of the plugin's own (icons/*.svg, all in resources.qrc), none of QGIS's generic
    ones: each action shows the SVG drawn for it."""
    import re

    from qgis.PyQt.QtSvg import QSvgRenderer

    listed = set(re.findall(r"<file>icons/([\w.]+)</file>",
                            (icons.PLUGIN_ROOT / "resources.qrc").read_text(encoding="utf-8")))
    assert listed == {p.name for p in (icons.PLUGIN_ROOT / "icons").glob("*.svg")}
    assert all(QSvgRenderer(icons.icon_path(name)).isValid() for name in listed)
    plugin = DeforestationClassifierPlugin(qgis_iface)
    plugin.initGui()
    try:
        shown = {"icon.svg": plugin.action, "review.svg": plugin.review_action,
                 "model_view.svg": plugin.style_action, "fetch.svg": plugin.fetch_action,
                 "find_clearings.svg": plugin.clearings_action,
                 "settings.svg": plugin.menu_actions[0], "help.svg": plugin.menu_actions[1]}
        assert set(shown) == listed
        for name, action in shown.items():
            assert not action.icon().pixmap(24, 24).isNull(), name
            assert _image(action.icon()) == _image(icons.plugin_icon(name)), name
        images = [_image(action.icon()) for action in shown.values()]
        assert all(a != b for i, a in enumerate(images) for b in images[i + 1:])  # 7 icons
    finally:
        plugin.unload()
    flush_deferred_deletes()


# --- (b) nothing to classify --------------------------------------------------------------
def warnings(qgis_iface):
    return qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)


def assert_no_run(plugin, tasks_before):
    assert plugin.flow.task is None
    assert not plugin.flow.running
    assert plugin.action.isEnabled()
    assert task_count() == tasks_before


def test_no_active_layer_warns_and_starts_nothing(plugin, qgis_iface):
    assert qgis_iface.activeLayer() is None
    before = task_count()

    plugin.action.trigger()

    assert any("Select a Sentinel-2 raster layer in the Layers panel" in m
               for m in warnings(qgis_iface))
    assert_no_run(plugin, before)


def test_vector_layer_active_warns_and_starts_nothing(plugin, qgis_iface):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32633", "not a raster", "memory")
    QgsProject.instance().addMapLayer(layer)
    qgis_iface.setActiveLayer(layer)
    before = task_count()

    plugin.action.trigger()

    assert any("Select a Sentinel-2 raster layer" in m for m in warnings(qgis_iface))
    assert_no_run(plugin, before)


def test_missing_model_files_warns_with_their_paths(plugin, qgis_iface, s2_layer,
                                                    plugin_settings, tmp_path, monkeypatch):
    monkeypatch.delenv("DEFORESTATION_MODEL_DIR", raising=False)
    plugin_settings(model_dir=str(tmp_path / "no-models"))
    before = task_count()

    plugin.action.trigger()

    # The download dialog names the folder, the files and their URLs; no message bar warning
    # repeats them (ui/toolbar_flow.py).
    from deforestation_classifier.ui import model_download

    dialog = model_download._OPEN.get(str(tmp_path / "no-models"))
    assert dialog is not None and dialog.isVisible()
    try:
        summary = dialog.summary.text()
        assert str(tmp_path / "no-models") in summary and ".gguf" in summary
        assert "https://" in summary or "http://" in summary
        assert dialog.local_button.text() == "Use files already on this computer..."
        assert [m for m in warnings(qgis_iface) if "not found" in m] == []
    finally:
        dialog.reject()
    assert_no_run(plugin, before)


def test_view_away_from_the_layer_warns(plugin, qgis_iface, s2_layer, plugin_settings,
                                        tiny_models):
    plugin_settings(model_path=str(tiny_models[0]), mmproj_path=str(tiny_models[1]))
    extent = s2_layer.extent()
    extent.setXMinimum(extent.xMinimum() + 100_000)
    extent.setXMaximum(extent.xMaximum() + 100_000)
    qgis_iface.mapCanvas().setExtent(extent)
    before = task_count()

    plugin.action.trigger()

    assert any("map view does not show" in m for m in warnings(qgis_iface))
    assert_no_run(plugin, before)


# --- (c) end to end -----------------------------------------------------------------------
def test_toolbar_classifies_the_view_into_a_styled_layer(plugin, qgis_iface, s2_layer,
                                                         plugin_settings, tiny_models, tmp_path):
    plugin_settings(model_path=str(tiny_models[0]), mmproj_path=str(tiny_models[1]))
    layers_before = set(QgsProject.instance().mapLayers())

    plugin.action.trigger()

    assert plugin.flow.running
    assert plugin.flow.task is not None
    assert not plugin.action.isEnabled()  # one run at a time
    wait_until_done(plugin.flow)
    assert plugin.action.isEnabled()
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) == []
    successes = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert len(successes) == 1 and "6 tiles classified" in successes[0]

    added = [QgsProject.instance().mapLayer(i)
             for i in set(QgsProject.instance().mapLayers()) - layers_before]
    assert len(added) == 1
    result = added[0]
    assert result is plugin.flow.last_layer
    source = Path(result.source().split("|")[0])
    assert source.parent == tmp_path / "out"
    assert source.name.startswith("deforestation_S2_test_scene_") and source.suffix == ".gpkg"

    features = list(result.getFeatures())
    assert len(features) == 6  # 3 km x 2 km on whole kilometres
    for feature in features:
        box = feature.geometry().boundingBox()
        assert box.width() == pytest.approx(1000) and box.height() == pytest.approx(1000)
        assert feature.geometry().area() == pytest.approx(1_000_000)
        assert feature["status"] == "CLASSIFIED"
        assert feature["class_label"] in CLASSES

    renderer = result.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == LABEL_EXPRESSION
    assert {c.value() for c in renderer.categories()} >= set(CLASSES)


def test_large_view_asks_first_with_an_estimate(plugin, qgis_iface, s2_layer, plugin_settings,
                                                tiny_models):
    plugin_settings(model_path=str(tiny_models[0]), mmproj_path=str(tiny_models[1]))
    plugin.flow.confirm_tiles = 5  # the 3 km x 2 km scene has 6 tiles
    questions = []
    plugin.flow.ask = lambda text: questions.append(text) or False
    tasks_before = task_count()
    plugin.action.trigger()
    assert len(questions) == 1
    assert "6 tiles of 1 km" in questions[0] and "about" in questions[0]
    assert_no_run(plugin, tasks_before)

    plugin.flow.ask = lambda text: questions.append(text) or True
    plugin.action.trigger()
    assert plugin.flow.task is not None
    wait_until_done(plugin.flow)
    assert len(list(plugin.flow.last_layer.getFeatures())) == 6


def test_failed_run_reports_the_error_and_frees_the_button(plugin, qgis_iface, s2_layer,
                                                           plugin_settings, tmp_path):
    bad_model, bad_mmproj = tmp_path / "bad.gguf", tmp_path / "bad-mmproj.gguf"
    bad_model.write_bytes(b"not a gguf file")
    bad_mmproj.write_bytes(b"not a gguf file either")
    plugin_settings(model_path=str(bad_model), mmproj_path=str(bad_mmproj))
    layers_before = set(QgsProject.instance().mapLayers())

    plugin.action.trigger()
    wait_until_done(plugin.flow)

    criticals = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert len(criticals) == 1
    assert "Classification failed" in criticals[0] and "Log Messages panel" in criticals[0]
    assert "unknown error" not in criticals[0]  # the algorithm's own error text is shown
    assert plugin.action.isEnabled()
    assert set(QgsProject.instance().mapLayers()) == layers_before


def test_cancelled_run_says_so(plugin, qgis_iface, s2_layer, plugin_settings, tiny_models):
    plugin_settings(model_path=str(tiny_models[0]), mmproj_path=str(tiny_models[1]))

    plugin.action.trigger()
    plugin.flow.task.cancel()  # what the status bar's cancel button does
    wait_until_done(plugin.flow)

    said = [item for item in qgis_iface.messageBar().items() if "Cancelled" in item.text()]
    assert len(said) == 1 and "Resume" in said[0].text()
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) == []
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success) == []
    assert plugin.action.isEnabled()

    # Resume: the same output with RESUME, the partial layer replaced by the whole one.
    output = plugin.flow.output
    [button] = said[0].findChildren(QPushButton, "resumeClassifyButton")
    button.click()
    assert plugin.flow.running and plugin.flow.output == output
    wait_until_done(plugin.flow)
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) == []
    assert not [item for item in qgis_iface.messageBar().items() if "Cancelled" in item.text()]
    reading = [layer for layer in QgsProject.instance().mapLayers().values()
               if layer.source().split("|")[0] == str(output)]
    assert reading == [plugin.flow.last_layer]


def test_unload_during_a_run_cancels_it_without_touching_the_project(
    plugin, qgis_iface, s2_layer, plugin_settings, tiny_models
):
    plugin_settings(model_path=str(tiny_models[0]), mmproj_path=str(tiny_models[1]))
    layers_before = set(QgsProject.instance().mapLayers())
    plugin.action.trigger()
    flow = plugin.flow

    plugin.unload()

    # The flow outlives the plugin until its task has reported, then deletes itself.
    assert flow.parent() is QgsApplication.instance()
    wait_until_done(flow)
    flush_deferred_deletes()
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success) == []
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical) == []


def test_menu_has_settings_and_an_offline_help(qgis_iface, qgis_new_project, monkeypatch):
    from deforestation_classifier.plugin import DeforestationClassifierPlugin

    instance = DeforestationClassifierPlugin(qgis_iface)
    instance.initGui()
    try:
        names = [action.objectName() for action in instance.menu_actions]
        assert names == ["DeforestationSettingsAction", "DeforestationHelpAction"]
        assert instance.help_path().is_file()  # shipped with the plugin: no web needed
        shown = []
        monkeypatch.setattr(qgis_iface, "showOptionsDialog",
                            lambda parent, page: shown.append(page), raising=False)
        instance.menu_actions[0].trigger()
        assert shown == ["Deforestation Classifier"]
    finally:
        instance.unload()
    assert instance.menu_actions == []
