"""What a new user meets in the desktop: edge tiles left unclassified by default, the completion
line in the plugin's log, plain help, the single-band pointer, the style (reviewed label fill,
outline-only unclassified tiles, legend), the false-colour input style, the toolbar run's
progress text and layer tree place, the review dock's width and temporary-folder warning, and
files already on this computer in the download dialog."""
import shutil
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsLayerTreeGroup,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsRasterLayer,
    QgsRenderContext,
    QgsVectorLayer,
)

from deforestation_classifier.core.output.input_style import apply_false_colour
from deforestation_classifier.core.output.layer_style import CLASS_STYLES, apply_style
from deforestation_classifier.core.vocabulary import RECENTLY_CLEARED, STANDING_FOREST
from deforestation_classifier.toolbelt.log import TAG
from deforestation_classifier.ui.review_dock import MIN_DOCK_WIDTH
from raster_factory import patterned_bands, write_s2_stack
from task_wait import wait_until_done
from test_plugin_gui import plugin, plugin_settings, s2_layer  # noqa: F401 (fixtures)

ALG = "deforestation:classify"


class LogCatcher:
    def __init__(self):
        self.messages = []
        QgsApplication.messageLog().messageReceived.connect(self.received)

    def received(self, message, tag, level):
        self.messages.append((tag, message))

    def close(self):
        QgsApplication.messageLog().messageReceived.disconnect(self.received)


@pytest.fixture
def log_catcher():
    catcher = LogCatcher()
    yield catcher
    catcher.close()


def edge_raster(folder):
    bands = patterned_bands(200, 300)
    for band in bands:
        band[:, 250:] = 0  # the east column of tiles holds half of its pixels
    return write_s2_stack(folder / "edge.tif", bands, origin=(500000.0, 5802000.0))


def test_a_default_run_leaves_edge_tiles_unclassified_and_logs_device_and_time(
        provider, tiny_models, tmp_path, log_catcher):
    import processing

    text, mmproj = tiny_models
    feedback = QgsProcessingFeedback()
    results = processing.run(ALG, {"INPUT": edge_raster(tmp_path), "MODEL": str(text),
                                   "MMPROJ": str(mmproj), "OUTPUT": str(tmp_path / "o.gpkg")},
                             feedback=feedback)
    assert results["COUNT_INSUFFICIENT_DATA"] == 2
    layer = QgsVectorLayer(results["OUTPUT"], "o", "ogr")
    edge = [f for f in layer.getFeatures() if f["tile_id"].startswith("EPSG32633_E502")]
    assert len(edge) == 2
    for feature in edge:
        assert feature["status"] == "INSUFFICIENT_DATA" and feature["valid_fraction"] == 0.5

    ours = [m for tag, m in log_catcher.messages if tag == TAG]
    done = [m for m in ours if m.startswith("Done: 6 of 6 tiles")]
    assert len(done) == 1, ours
    assert "CPU" in done[0] and "s per tile" in done[0] and "INSUFFICIENT_DATA: 2" in done[0]
    assert done[0] in feedback.textLog()  # the Processing log has the same line
    assert not any("No styles available on DB" in m for _, m in log_catcher.messages)


def test_the_style_outlines_unclassified_tiles_and_fills_by_the_reviewed_label():
    layer = QgsVectorLayer("Polygon?crs=EPSG:32633&field=class_label:string"
                           "&field=reviewed_label:string&field=review_status:string"
                           "&field=status:string", "t", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle

    rows = [(RECENTLY_CLEARED, STANDING_FOREST, "CORRECTED", "CLASSIFIED"),
            (RECENTLY_CLEARED, None, None, "CLASSIFIED"),
            (None, None, None, "INSUFFICIENT_DATA")]
    features = []
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 1000, 1000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    apply_style(layer)
    renderer = layer.renderer()
    context = QgsRenderContext()
    from qgis.core import QgsExpressionContextUtils

    context.expressionContext().appendScope(QgsExpressionContextUtils.layerScope(layer))
    renderer.startRender(context, layer.fields())
    seen = []
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        symbol = renderer.symbolForFeature(feature, context)
        seen.append((symbol.color().name(), int(symbol.symbolLayer(0).brushStyle())))
    renderer.stopRender(context)
    forest = CLASS_STYLES[STANDING_FOREST][0].split(",")
    cleared = CLASS_STYLES[RECENTLY_CLEARED][0].split(",")
    hex_of = "#{:02x}{:02x}{:02x}".format
    assert seen[0][0] == hex_of(*map(int, forest[:3]))  # corrected: the reviewed label's fill
    assert seen[1][0] == hex_of(*map(int, cleared[:3]))  # not reviewed: the model's label
    assert seen[2][1] == 0  # Qt.NoBrush: INSUFFICIENT_DATA is outlined only
    legend = [item.label() for item in renderer.legendSymbolItems()]
    assert "Reviewed: corrected (magenta outline)" in legend
    assert any(label.startswith("Not classified") for label in legend)


def test_help_starts_plain_and_a_single_band_raster_points_to_the_stack_algorithm(
        provider, tiny_models, tmp_path):
    import processing

    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm.shortHelpString().startswith("Finds forest, recent clearing")
    path = str(tmp_path / "b08.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 100, 100, 1, gdal.GDT_UInt16)
    ds.SetGeoTransform((500000, 10, 0, 5802000, 0, -10))
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.full((100, 100), 1000, dtype=np.uint16))
    ds = None
    text, mmproj = tiny_models
    with pytest.raises(QgsProcessingException, match="Stack Sentinel-2 band files"):
        processing.run(ALG, {"INPUT": path, "MODEL": str(text), "MMPROJ": str(mmproj),
                             "OUTPUT": str(tmp_path / "o.gpkg")},
                       feedback=QgsProcessingFeedback())


def test_the_input_is_shown_as_the_model_sees_it(s2_raster):
    layer = QgsRasterLayer(s2_raster, "scene", "gdal")
    colour = apply_false_colour(layer)
    renderer = layer.renderer()
    assert (renderer.redBand(), renderer.greenBand(), renderer.blueBand()) == (1, 2, 3)
    assert colour.bands.as_list() == [1, 2, 3]  # B08, B04, B03 in the test stack
    for enhancement in (renderer.redContrastEnhancement(), renderer.greenContrastEnhancement(),
                        renderer.blueContrastEnhancement()):
        assert (enhancement.minimumValue(), enhancement.maximumValue()) == (0.0, 3000.0)


def test_the_toolbar_run_reports_tiles_and_puts_its_group_on_top(
        plugin, qgis_iface, s2_layer, plugin_settings, tiny_models):  # noqa: F811
    plugin_settings(model_path=str(tiny_models[0]), mmproj_path=str(tiny_models[1]))
    plugin.action.trigger()
    flow = plugin.flow
    assert flow.progress_item is not None  # the run's message, while it runs
    assert "6 tiles of 1 km" in flow.progress_text
    wait_until_done(flow)
    assert flow.progress_item is None  # removed with the task: no stale "Classifying..."
    assert "tile" in flow.progress_text and " of 6" in flow.progress_text
    first = QgsProject.instance().layerTreeRoot().children()[0]
    assert isinstance(first, QgsLayerTreeGroup) and first.name().startswith("Deforestation ")
    assert first.findLayer(flow.last_layer.id()) is not None
    assert flow.last_layer.name() == "S2 test scene tiles"

    plugin.action.trigger()  # a rerun lands above the first one
    wait_until_done(plugin.flow)
    groups = QgsProject.instance().layerTreeRoot().children()
    assert groups[0].findLayer(plugin.flow.last_layer.id()) is not None
    assert groups[1] is first


def test_the_review_dock_is_wide_enough_and_warns_about_temporary_folders(
        open_dock, qgis_iface, provider, tiny_models, s2_raster):
    import processing

    text, mmproj = tiny_models
    temporary = Path(QgsProcessingUtils.tempFolder()) / "desk_check" / "out.gpkg"
    temporary.parent.mkdir(parents=True, exist_ok=True)
    try:
        processing.run(ALG, {"INPUT": s2_raster, "MODEL": str(text), "MMPROJ": str(mmproj),
                             "OUTPUT": str(temporary)}, feedback=QgsProcessingFeedback())
        dock = open_dock(temporary)
        assert dock.minimumWidth() >= MIN_DOCK_WIDTH
        warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
        assert any("temporary Processing folder" in m for m in warnings)
    finally:
        QgsProject.instance().removeAllMapLayers()
        shutil.rmtree(temporary.parent, ignore_errors=True)


def test_files_already_on_this_computer_are_checked_then_used(
        qgis_iface, plugin_settings, tiny_models, tmp_path):  # noqa: F811
    from deforestation_classifier.models.registry import ModelFiles
    from deforestation_classifier.settings import PlgSettings
    from deforestation_classifier.ui.model_download import ModelDownloadDialog

    plugin_settings(model_dir=str(tmp_path / "none"))
    files = ModelFiles(tmp_path / "none" / "a.gguf", tmp_path / "none" / "b.gguf")
    dialog = ModelDownloadDialog(files, parent=qgis_iface.mainWindow())
    ready = []
    dialog.downloaded.connect(lambda: ready.append(True))
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"not a model")
    assert not dialog.use_local_files(bad, Path(tiny_models[1]))
    assert "cannot be used" in dialog.status.text() and not ready
    assert dialog.use_local_files(Path(tiny_models[0]), Path(tiny_models[1]))
    assert ready == [True]
    saved = PlgSettings.load(apply_env=False)
    assert (saved.model_path, saved.mmproj_path) == (str(tiny_models[0]), str(tiny_models[1]))
