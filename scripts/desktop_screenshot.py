"""Desktop check: the real QGIS window, the plugin's toolbar button, one real click, screenshots.

Starts QGIS under Xvfb with a throwaway profile in which the plugin is enabled, adds a
Sentinel-2 band stack (B03, B04, B08 in a VRT) styled with the plugin's "Show raster as the
model sees it" action, zooms to a view that straddles the raster's north-east corner (so that
partly covered edge tiles are in the run), clicks the toolbar button with xdotool (a real X
pointer click at the button's screen position), waits for the result layer, takes a screenshot
of the whole screen and quits QGIS.

With --shots DIR (default docs/screenshots) it also takes one screenshot per point a new user
stumbled on, each from the running desktop: input_style.png (the false-colour input),
progress.png (the run's "tile N of M, about T left"), result_layers.png (the run's group at the
top of the Layers panel, short names, edge tiles outlined only, the legend), log_completion.png
(the plugin's log tab with the completion line: device, time, seconds per tile, counts),
review_dock.png (the dock at its minimum width after a confirmation and a correction: the
corrected tile filled by its reviewed label), help.png (the algorithm dialog's help) and
download_offline.png (the download dialog with the file URLs and "Use files already on this
computer...", after a download with no route to the hub). Screens are grabbed by QGIS itself
(QScreen.grabWindow), so ImageMagick is not needed.

Run it with the venv's Python, so that QGIS's embedded Python is shown the venv's packages
(llama_cpp):

    .venv/bin/python scripts/desktop_screenshot.py \
        --model MODEL.gguf --mmproj MMPROJ.gguf --bands-dir FOLDER_WITH_B03_B04_B08_JP2 \
        [--out docs/toolbar_run.png] [--workdir DIR]

Needs qgis, xvfb-run and xdotool (Debian: xvfb, xauth, xdotool). Writes into --workdir (a new
temporary folder by default): the VRT, the QGIS home, the plugin link, the output GeoPackage,
qgis_messages.log (every QgsMessageLog message), qgis_stdout.log, result.json (what was
observed) and toolbar_run_context.png (the whole raster with the clicked view outlined;
--context-out puts it elsewhere). Exit status 0 when the button click produced a result layer.

If the X click does not reach the button within 10 s, the startup script falls back to
QToolButton.click() on the same widget; result.json's clicked_by says which happened.
"""
import argparse
import json
import os
import shutil
import site
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLUGIN = "deforestation_classifier"
REPO = Path(__file__).resolve().parents[1]
SCREEN = (1600, 1000)
MAX_PNG_BYTES = 400 * 1024
# The map view: about 6 km x 4 km over the raster's north-east corner, 1.5 km and 1 km of it
# beyond the raster, so that the run has whole tiles and partly covered edge tiles (the canvas
# widens one side to its own aspect ratio).
VIEW_KM = (6.0, 4.0)
VIEW_BEYOND_KM = (1.5, 1.0)
# A closed port on this machine: the download dialog's screenshot shows "no route to the hub".
UNREACHABLE_HUB = "http://127.0.0.1:9"

# Run by QGIS itself (qgis --code): everything it needs comes from the config file named by
# DFC_SHOT_CONFIG; it talks to the outer script through files in the work folder.
STARTUP = r'''
import json, os, time, traceback
from pathlib import Path

from qgis.core import (QgsApplication, QgsContrastEnhancement, QgsGeometry,
                       QgsMultiBandColorRenderer, QgsProject, QgsRasterLayer, QgsRectangle,
                       QgsSettings, QgsVectorLayer, QgsWkbTypes)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtWidgets import QTabWidget, QToolBar
import qgis.utils
from qgis.utils import iface

QAction = None  # from the plugin's toolbelt/qgis_compat.py once the plugin is loaded

CFG = json.loads(Path(os.environ["DFC_SHOT_CONFIG"]).read_text())
WORK = Path(CFG["workdir"])
MAX_PNG_BYTES = CFG["max_png_bytes"]
LOG = open(WORK / "qgis_messages.log", "a", buffering=1)
STATE = {"clicked_by": None, "triggered_at": None, "result": None, "timers": []}


def log(text):
    LOG.write(f"{time.strftime('%H:%M:%S')} [startup] {text}\n")


def on_message(message, tag, level):
    LOG.write(f"{time.strftime('%H:%M:%S')} [{tag}] level={int(level)} {message}\n")


QgsApplication.messageLog().messageReceived.connect(on_message)


def write_json(name, data):
    tmp = WORK / (name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2))
    tmp.replace(WORK / name)


def every(ms, fn):
    timer = QTimer()
    timer.timeout.connect(fn)
    timer.start(ms)
    STATE["timers"].append(timer)
    return timer


def plugin_instance():
    return qgis.utils.plugins.get(CFG["plugin"])


def setup():
    loaded_at_start = CFG["plugin"] in qgis.utils.plugins
    log(f"plugin active at startup (from the profile's [PythonPlugins]): {loaded_at_start}")
    if not loaded_at_start:
        ok = qgis.utils.loadPlugin(CFG["plugin"]) and qgis.utils.startPlugin(CFG["plugin"])
        log(f"loadPlugin/startPlugin fallback: {ok}")
    STATE["plugin_enabled_by_profile"] = loaded_at_start
    global QAction
    # QtWidgets (Qt5) or QtGui (Qt6): the plugin's one place for it.
    from deforestation_classifier.toolbelt.qgis_compat import QAction

    settings = QgsSettings()
    for key, value in CFG["settings"].items():
        settings.setValue(f"{CFG['plugin']}/{key}", value)

    win = iface.mainWindow()
    win.setGeometry(0, 0, *CFG["screen"])
    # Room for the Layers panel's legend (group, short names, the review outlines).
    from qgis.PyQt.QtWidgets import QDockWidget

    browser, layers = win.findChild(QDockWidget, "Browser"), win.findChild(QDockWidget, "Layers")
    if browser is not None:
        browser.hide()
    if layers is not None:
        win.resizeDocks([layers], [400], Qt.Orientation.Horizontal)

    layer = QgsRasterLayer(CFG["raster"], CFG["layer_name"], "gdal")
    if not layer.isValid():
        log("raster layer is not valid: " + CFG["raster"])
    QgsProject.instance().addMapLayer(layer)
    iface.setActiveLayer(layer)
    style = win.findChild(QAction, CFG["style_action_name"])
    if style is not None:
        style.trigger()  # the plugin's "Show raster as the model sees it"
        log("input styled by the plugin's action")
    else:
        log("style action not found: styling by hand")
        renderer = QgsMultiBandColorRenderer(layer.dataProvider(), 3, 2, 1)  # R=B08 G=B04 B=B03
        for band, setter in ((3, renderer.setRedContrastEnhancement),
                             (2, renderer.setGreenContrastEnhancement),
                             (1, renderer.setBlueContrastEnhancement)):
            ce = QgsContrastEnhancement(layer.dataProvider().dataType(band))
            ce.setContrastEnhancementAlgorithm(
                QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum)
            ce.setMinimumValue(CFG["stretch"][0])
            ce.setMaximumValue(CFG["stretch"][1])
            setter(ce)
        layer.setRenderer(renderer)
    zoom()
    STATE["raster_id"] = layer.id()

    action = win.findChild(QAction, CFG["action_name"])
    if action is not None:
        action.triggered.connect(on_triggered)
    QgsProject.instance().layersAdded.connect(on_layers_added)
    QgsApplication.instance().aboutToQuit.connect(lambda: log("QGIS is about to quit"))
    # QGIS zooms to the first layer of an empty project on its own, a moment after it is
    # added: zoom again once that has happened.
    QTimer.singleShot(2000, zoom)
    QTimer.singleShot(3000, lambda: shot("input_style"))
    QTimer.singleShot(3500, publish_button)
    every(300, poll_files)
    every(150, watch_progress)


def grab(path, limit=MAX_PNG_BYTES):
    """The whole X screen (dialogs included) as a PNG under `limit` bytes."""
    QgsApplication.processEvents()
    image = QgsApplication.primaryScreen().grabWindow(0).toImage()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path), "PNG")
    # Imagery makes a 24-bit screenshot large: a 256-colour palette keeps the text sharp.
    for width in (image.width(), 1280, 1024):
        if path.stat().st_size <= limit:
            break
        smaller = image if width == image.width() else image.scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation)
        smaller.convertToFormat(QImage.Format.Format_Indexed8).save(str(path), "PNG", 9)
    log(f"screenshot {path} ({path.stat().st_size // 1024} KB)")


def shot(name):
    if CFG.get("shots_dir"):
        try:
            grab(Path(CFG["shots_dir"]) / f"{name}.png")
        except Exception:
            log(f"screenshot {name} failed:\n" + traceback.format_exc())


def watch_progress():
    """One screenshot while the run shows "tile N of M, about T left"."""
    plugin = plugin_instance()
    flow = getattr(plugin, "flow", None)
    if STATE.get("progress_shot") or flow is None or not flow.running:
        return
    if " left" in (flow.progress_text or ""):
        STATE["progress_shot"] = True
        log(f"progress: {flow.progress_text}")
        shot("progress")


def zoom():
    canvas = iface.mapCanvas()
    canvas.setExtent(QgsRectangle(*CFG["view"]))
    canvas.refresh()


def publish_button():
    win = iface.mainWindow()
    toolbar = win.findChild(QToolBar, CFG["toolbar_name"])
    action = win.findChild(QAction, CFG["action_name"])
    info = {"toolbar_found": toolbar is not None, "action_found": action is not None}
    if toolbar is not None and action is not None:
        widget = toolbar.widgetForAction(action)
        centre = widget.mapToGlobal(widget.rect().center())
        info.update(x=centre.x(), y=centre.y(), visible=widget.isVisible(),
                    enabled=action.isEnabled(), widget=type(widget).__name__,
                    tooltip=action.toolTip().splitlines()[0])
        STATE["widget"] = widget
    canvas = iface.mapCanvas()
    info["canvas_extent"] = extent_list(canvas.extent())
    info["active_layer"] = iface.activeLayer().name() if iface.activeLayer() else None
    write_json("button.json", info)
    log(f"button: {info}")


def extent_list(r):
    return [r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum()]


def on_triggered(*_):
    if STATE["triggered_at"] is None:
        STATE["triggered_at"] = time.time()
        STATE["view_at_click"] = QgsRectangle(iface.mapCanvas().extent())
        STATE["clicked_by"] = STATE["clicked_by"] or "xdotool (X pointer click)"
        log(f"toolbar action triggered by {STATE['clicked_by']}")
        write_json("triggered.json", {"clicked_by": STATE["clicked_by"]})


def on_layers_added(layers):
    for lyr in layers:
        if isinstance(lyr, QgsVectorLayer) \
                and lyr.source().startswith(CFG["settings"]["output_folder"]):
            log(f"result layer added: {lyr.name()} ({lyr.featureCount()} features)")
            STATE["result_layer"] = lyr
            # Let the canvas draw it and the message bar show the flow's final message.
            QTimer.singleShot(2500, report)


def message_bar_texts():
    texts = []
    for item in iface.messageBar().items():
        title = item.title() if hasattr(item, "title") else ""
        texts.append(f"{title}: {item.text()}".strip(": "))
    return texts


def report():
    try:
        # QGIS's own "Task complete" notice lands on top of the plugin's message: dismiss it
        # so that the screenshot shows what the plugin said.
        bar = iface.messageBar()
        for item in list(bar.items()):
            if item.title().startswith("Task complete"):
                bar.popWidget(item)
        lyr = STATE["result_layer"]
        canvas = iface.mapCanvas()
        view = canvas.extent()
        tiles = []
        outside = 0
        for f in lyr.getFeatures():
            bb = f.geometry().boundingBox()
            if not bb.intersects(view):
                outside += 1
            tiles.append({"tile_id": f["tile_id"], "class_label": f["class_label"],
                          "status": f["status"], "bbox": extent_list(bb)})
        union = QgsRectangle()
        union.setMinimal()
        for t in tiles:
            union.combineExtentWith(QgsRectangle(*t["bbox"]))
        by_class = {}
        for t in tiles:
            by_class[str(t["class_label"])] = by_class.get(str(t["class_label"]), 0) + 1
        data = {
            "clicked_by": STATE["clicked_by"],
            "plugin_enabled_by_profile": STATE.get("plugin_enabled_by_profile"),
            "seconds_from_click_to_layer": round(time.time() - 2.5 - STATE["triggered_at"], 1)
            if STATE["triggered_at"] else None,
            "layer_name": lyr.name(),
            "layer_source": lyr.source(),
            "layer_crs": lyr.crs().authid(),
            "tile_count": len(tiles),
            "tiles_by_class": by_class,
            "tiles_not_intersecting_view": outside,
            "view_extent": extent_list(view),
            "tiles_union_extent": extent_list(union),
            "message_bar": message_bar_texts(),
            "view_extent_at_click": extent_list(STATE["view_at_click"])
            if STATE.get("view_at_click") else None,
            "layers_in_project": [l.name() for l in QgsProject.instance().mapLayers().values()],
        }
        write_json("result.json", data)
        log(f"result: {json.dumps(data)}")
    except Exception:
        log("report failed:\n" + traceback.format_exc())
        write_json("result.json", {"error": traceback.format_exc()})


# --- the fixed points, one screenshot each -----------------------------------------------
def run_steps(steps, tries=0):
    """Run (delay_ms, fn) one after the other, each `delay_ms` after the previous one; a step
    that returns False is tried again (every 500 ms, for 60 s at most)."""
    if not steps:
        write_json("shots_done.json", {"ok": True, "notes": STATE.get("notes", [])})
        return
    delay, fn = steps[0]

    def step():
        try:
            if fn() is False and tries < 120:
                QTimer.singleShot(500, lambda: run_steps([(0, fn)] + steps[1:], tries + 1))
                return
        except Exception:
            log(f"step {getattr(fn, '__name__', fn)} failed:\n" + traceback.format_exc())
        run_steps(steps[1:])

    QTimer.singleShot(delay, step)


def note(text):
    STATE.setdefault("notes", []).append(text)
    log(text)


def show_log_tab():
    iface.openMessageLog()
    for tabs in iface.mainWindow().findChildren(QTabWidget):
        for i in range(tabs.count()):
            if tabs.tabText(i) == "Deforestation Classifier":
                tabs.setCurrentIndex(i)
                note("log tab shown")


def close_log():
    from qgis.PyQt.QtWidgets import QDockWidget

    for dock in iface.mainWindow().findChildren(QDockWidget):
        if dock.objectName() == "MessageLog" or dock.windowTitle() == "Log Messages":
            dock.hide()


def open_review():
    lyr = STATE["result_layer"]
    iface.setActiveLayer(lyr)
    dock = plugin_instance().review.open_on_active_layer()
    STATE["dock"] = dock
    if dock is None:
        note("review dock did not open")
        return
    dock.reviewer_edit.setText("desktop check")
    first = dock.current()
    dock.confirm()
    second = dock.current()
    if second is not None:
        other = next(c for c in ("STANDING_FOREST", "RECENTLY_CLEARED", "LONG_TERM_NON_FOREST")
                     if c != second.class_label)
        dock.correct(other)
        dock.previous_tile()  # back to the corrected tile: its new fill and outline in view
        note(f"review: {first.tile_id if first else None} confirmed, "
             f"{second.tile_id} corrected to {other}; dock width {dock.width()} "
             f"(minimum {dock.minimumWidth()})")


def close_review():
    dock = STATE.get("dock")
    if dock is not None:
        dock.hide()


def open_help():
    import processing

    dialog = processing.createAlgorithmDialog("deforestation:classify")
    STATE["help_dialog"] = dialog
    dialog.show()
    dialog.resize(1100, 720)


def close_help():
    dialog = STATE.pop("help_dialog", None)
    if dialog is not None:
        dialog.close()


def open_download():
    from deforestation_classifier.models.registry import ModelFiles
    from deforestation_classifier.ui.model_download import offer_model_download

    folder = WORK / "no_models"
    dialog = offer_model_download(iface.mainWindow(), ModelFiles(
        folder / "v2_no_coords-Q4_K_M.gguf", folder / "mmproj-v2_no_coords-F16.gguf"))
    STATE["download_dialog"] = dialog
    dialog.start()  # HF_ENDPOINT points at a closed port: no route to the hub


def download_ended():
    dialog = STATE.get("download_dialog")
    return dialog is None or dialog.task is None


def close_download():
    dialog = STATE.pop("download_dialog", None)
    if dialog is not None:
        note(f"download dialog status: {dialog.status.text()}")
        dialog.reject()


def open_clearings():
    """The "Find new clearings" dialog, as its toolbar button opens it (shown, not run)."""
    from deforestation_classifier.ui.clearings_dialog import ClearingsDialog

    dialog = ClearingsDialog(iface, iface.mainWindow())
    STATE["clearings_dialog"] = dialog
    dialog.show()


def close_clearings():
    dialog = STATE.pop("clearings_dialog", None)
    if dialog is not None:
        dialog.reject()


def take_shots():
    run_steps([
        (500, lambda: shot("result_layers")),
        (100, open_clearings), (1500, lambda: shot("find_clearings")), (100, close_clearings),
        (100, show_log_tab), (1500, lambda: shot("log_completion")), (100, close_log),
        (500, open_review), (2500, lambda: shot("review_dock")), (100, close_review),
        (500, open_help), (2000, lambda: shot("help")), (100, close_help),
        (500, open_download), (1000, download_ended), (500, lambda: shot("download_offline")),
        (100, close_download),
    ])


def show_context():
    """Zoom out to the whole raster; outline the view the button was clicked in."""
    canvas = iface.mapCanvas()
    view = STATE.get("view_at_click")
    if view is not None:
        band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        band.setToGeometry(QgsGeometry.fromRect(view), None)
        band.setFillColor(QColor(0, 0, 0, 0))
        band.setStrokeColor(QColor(255, 255, 0))
        band.setLineStyle(Qt.PenStyle.DashLine)
        band.setWidth(3)
        STATE["band"] = band
    raster = QgsProject.instance().mapLayer(STATE["raster_id"])
    extent = QgsRectangle(raster.extent())
    extent.scale(1.08)
    canvas.setExtent(extent)
    canvas.refresh()
    log("context view: whole raster, yellow dashed outline = view at click")
    QTimer.singleShot(2500, lambda: write_json("context_ready.json", {"ok": True}))


def poll_files():
    if (WORK / "fallback_click").exists() and STATE["triggered_at"] is None \
            and STATE.get("widget") is not None and not STATE.get("fallback_done"):
        STATE["fallback_done"] = True
        STATE["clicked_by"] = "QToolButton.click() from a QTimer (fallback)"
        log("fallback: QToolButton.click()")
        STATE["widget"].click()
    if (WORK / "shots").exists() and not STATE.get("shots_started"):
        STATE["shots_started"] = True
        take_shots()
    for request in WORK.glob("grab_*"):
        target = request.read_text().strip()
        request.unlink()
        grab(target)
        write_json(f"grabbed_{request.name[len('grab_'):]}.json", {"path": target})
    if (WORK / "context").exists() and not STATE.get("context_done"):
        STATE["context_done"] = True
        show_context()
    if (WORK / "quit").exists() and not STATE.get("quitting"):
        STATE["quitting"] = True
        log("quitting QGIS")
        LOG.flush()
        # Layers whose files lie in the temporary folder count as temporary layers, and QGIS
        # would ask whether to discard them: close the project's layers first.
        QgsProject.instance().removeAllMapLayers()
        QgsProject.instance().setDirty(False)
        iface.actionExit().trigger()
        log("actionExit triggered; still running")


try:
    setup()
except Exception:
    log("setup failed:\n" + traceback.format_exc())
    write_json("button.json", {"error": traceback.format_exc()})
'''


def run(cmd, **kw):
    print("$", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], **kw)


def build_vrt(bands_dir: Path, vrt: Path):
    from osgeo import gdal  # the venv sees the system's GDAL bindings

    gdal.UseExceptions()
    files = []
    for name in ("B03", "B04", "B08"):
        hits = sorted(bands_dir.glob(f"*_{name}.jp2")) \
            or sorted(bands_dir.glob(f"*_{name}_10m.jp2"))
        if not hits:
            sys.exit(f"No *_{name}.jp2 in {bands_dir}")
        files.append(str(hits[0]))
    ds = gdal.BuildVRT(str(vrt), files, separate=True)
    for i, name in enumerate(("B03", "B04", "B08"), start=1):
        ds.GetRasterBand(i).SetDescription(name)
    gt, w = ds.GetGeoTransform(), ds.RasterXSize
    ds = None
    east, north = gt[0] + gt[1] * w, gt[3]
    xmax, ymax = east + VIEW_BEYOND_KM[0] * 1000, north + VIEW_BEYOND_KM[1] * 1000
    return [xmax - VIEW_KM[0] * 1000, ymax - VIEW_KM[1] * 1000, xmax, ymax]


def outer(args):
    for tool in ("qgis", "xvfb-run", "xdotool"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} not found on PATH (Debian: apt-get install xvfb xauth xdotool)")
    work = Path(args.workdir or tempfile.mkdtemp(prefix="dfc_desktop_")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    for stale in ("button.json", "triggered.json", "result.json", "quit", "fallback_click",
                  "context", "context_ready.json", "qgis_messages.log", "shots",
                  "shots_done.json"):
        (work / stale).unlink(missing_ok=True)
    home = work / "home"
    plugins = work / "plugins"
    plugins.mkdir(exist_ok=True)
    link = plugins / PLUGIN
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(REPO, target_is_directory=True)

    vrt = work / "sentinel2_B03_B04_B08.vrt"
    view = build_vrt(Path(args.bands_dir).resolve(), vrt)

    # A fresh profile with the plugin enabled, as Plugins > Manage and Install Plugins does,
    # in the language asked for (Settings > Options > General > Override system locale); the
    # plugin's translations compiled into i18n/ as `make translations` does.
    profile = home / ".local/share/QGIS/QGIS3/profiles/default/QGIS"
    profile.mkdir(parents=True, exist_ok=True)
    locale = "" if args.lang == "en" else \
        f"[locale]\noverrideFlag=true\nuserLocale={args.lang}\nglobalLocale={args.lang}\n"
    (profile / "QGIS3.ini").write_text(f"[PythonPlugins]\n{PLUGIN}=true\n{locale}")
    if args.lang != "en":
        sys.path.insert(0, str(REPO / "scripts"))
        from package import compile_translations

        compile_translations(REPO / "i18n")

    config = {
        "workdir": str(work),
        "plugin": PLUGIN,
        "toolbar_name": "DeforestationClassifierToolbar",
        "action_name": "DeforestationClassifierAction",
        "style_action_name": "DeforestationInputStyleAction",
        # English in the folder itself, another language in a subfolder named after it.
        "shots_dir": str(Path(args.shots).resolve() / ("" if args.lang == "en" else args.lang))
        if args.shots else "",
        "max_png_bytes": MAX_PNG_BYTES,
        "screen": list(SCREEN),
        "raster": str(vrt),
        "layer_name": "Sentinel-2 T33UUU 2017-02-16 (B03 B04 B08)",
        "stretch": [0, 3000],
        "view": view,
        "settings": {
            "model_path": str(Path(args.model).resolve()),
            "mmproj_path": str(Path(args.mmproj).resolve()),
            "output_folder": str(work / "output"),
        },
    }
    (work / "config.json").write_text(json.dumps(config, indent=2))
    (work / "startup.py").write_text(STARTUP)

    env = dict(os.environ)
    env["HOME"] = str(home)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    env["PYTHONPATH"] = os.pathsep.join(
        [site.getsitepackages()[0]] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env["QGIS_PLUGINPATH"] = str(plugins)
    env["DFC_SHOT_CONFIG"] = str(work / "config.json")
    env["HF_ENDPOINT"] = UNREACHABLE_HUB  # only the download dialog's screenshot downloads

    out = Path(args.out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    proc = run(["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN[0]}x{SCREEN[1]}x24",
                sys.executable, Path(__file__).resolve(), "--inner", work, "--out", out,
                "--context-out", Path(args.context_out or work / "toolbar_run_context.png")
                .resolve(), "--timeout", args.timeout]
               + (["--shots", Path(args.shots).resolve()] if args.shots else []), env=env)
    result = work / "result.json"
    print(f"work folder: {work}")
    if result.exists():
        print(result.read_text())
    return proc.returncode


def wait_for(path: Path, timeout: float, qgis: subprocess.Popen) -> bool:
    end = time.time() + timeout
    while time.time() < end:
        if path.exists():
            return True
        if qgis.poll() is not None:
            return False
        time.sleep(0.3)
    return False


def grab(work: Path, out: Path, qgis: subprocess.Popen, name: str) -> bool:
    """Ask QGIS (startup script's poll_files) to grab the whole screen into `out`."""
    done = work / f"grabbed_{name}.json"
    done.unlink(missing_ok=True)
    (work / f"grab_{name}").write_text(str(out))
    ok = wait_for(done, 30, qgis)
    print(f"screenshot: {out}" if ok else f"screenshot {out} not taken", flush=True)
    return ok


def inner(args):
    """Inside xvfb-run: DISPLAY is set. Start QGIS, click, wait, screenshot, quit."""
    work = Path(args.inner)
    out = Path(args.out)
    stdout = open(work / "qgis_stdout.log", "w")
    qgis = subprocess.Popen(["qgis", "--nologo", "--noversioncheck", "--code",
                             str(work / "startup.py")], stdout=stdout, stderr=subprocess.STDOUT)
    status = 1
    try:
        if not wait_for(work / "button.json", 120, qgis):
            print("QGIS did not report the toolbar button (see qgis_messages.log)")
            return 1
        button = json.loads((work / "button.json").read_text())
        print("button:", button, flush=True)
        if "x" not in button:
            grab(work, out, qgis, "no_button")
            return 1
        time.sleep(1)
        run(["xdotool", "mousemove", button["x"], button["y"], "sleep", "0.5", "click", "1"])
        if not wait_for(work / "triggered.json", 10, qgis):
            print("the X click did not trigger the action: falling back to QToolButton.click()")
            (work / "fallback_click").touch()
            wait_for(work / "triggered.json", 10, qgis)
        # Move the pointer off the button so that its tooltip does not cover the map.
        run(["xdotool", "mousemove", "5", str(SCREEN[1] - 5)])
        if wait_for(work / "result.json", args.timeout, qgis):
            status = 0
        else:
            print("no result layer within the time limit (see qgis_messages.log)")
        grab(work, out, qgis, "main")
        if args.shots:
            (work / "shots").touch()
            if not wait_for(work / "shots_done.json", 120, qgis):
                print("the fixed-point screenshots did not finish (see qgis_messages.log)")
                status = 1
        # A second view, kept in the work folder: the whole raster with the clicked view
        # outlined, showing that the tiles cover that view and nothing else.
        (work / "context").touch()
        if wait_for(work / "context_ready.json", 30, qgis):
            grab(work, Path(args.context_out), qgis, "context")
    finally:
        (work / "quit").touch()
        try:
            code = qgis.wait(timeout=60)
            print(f"QGIS exited with status {code}")
        except subprocess.TimeoutExpired:
            print("QGIS did not quit within 60 s; terminating it")
            qgis.terminate()
            qgis.wait(timeout=30)
            status = status or 1
    return status


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model")
    parser.add_argument("--mmproj")
    parser.add_argument("--bands-dir", help="folder with the Sentinel-2 *_B03/_B04/_B08 .jp2")
    parser.add_argument("--out", default=str(REPO / "docs" / "toolbar_run.png"))
    parser.add_argument("--context-out",
                        help="second screenshot, zoomed out to the whole raster with the clicked "
                             "view outlined (default: WORKDIR/toolbar_run_context.png)")
    parser.add_argument("--workdir", help="default: a new temporary folder")
    parser.add_argument("--shots", default=str(REPO / "docs" / "screenshots"),
                        help="folder for one screenshot per fixed point (empty: none)")
    parser.add_argument("--lang", default="en",
                        help="QGIS's language (pt_BR, es, fr, id); shots go into SHOTS/LANG")
    parser.add_argument("--timeout", type=float, default=300,
                        help="seconds to wait for the result layer after the click")
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        return inner(args)
    if not (args.model and args.mmproj and args.bands_dir):
        parser.error("--model, --mmproj and --bands-dir are required")
    return outer(args)


if __name__ == "__main__":
    sys.exit(main())
