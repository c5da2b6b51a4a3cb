"""Desktop check of a translation: the real QGIS, started in a language, with the plugin
installed from the `make package` ZIP into a throwaway profile; what the plugin shows is read
from the running window and a screenshot is taken.

    python scripts/desktop_language_check.py --lang pt_BR [--zip dist/...zip] [--out shot.png]

Needs qgis and xvfb-run (Debian: qgis, xvfb, xauth). Prints the plugin's toolbar title and
actions, its Raster menu entry, the Processing provider's and algorithms' names as JSON; exit
status 1 when the toolbar is missing.
"""
import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

STARTUP = r'''
import json
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QToolBar
from qgis.core import QgsApplication, QgsSettings
from qgis.utils import iface

def report():
    out = {"locale": QgsSettings().value("locale/userLocale")}
    bar = iface.mainWindow().findChild(QToolBar, "DeforestationClassifierToolbar")
    out["toolbar_title"] = bar.windowTitle() if bar else None
    out["toolbar_actions"] = [a.text() for a in bar.actions()] if bar else None
    out["raster_menu"] = [a.text() for a in iface.rasterMenu().actions() if a.menu()]
    provider = QgsApplication.processingRegistry().providerById("deforestation")
    out["provider"] = provider.name() if provider else None
    out["algorithms"] = sorted(a.displayName() for a in provider.algorithms()) \
        if provider else None
    QApplication.primaryScreen().grabWindow(0).save(SHOT)
    with open(RESULT, "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False, indent=1)
    QTimer.singleShot(500, QgsApplication.instance().quit)

QTimer.singleShot(8000, report)
'''


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="pt_BR")
    parser.add_argument("--zip", help="the plugin ZIP (default: the newest in dist/)")
    parser.add_argument("--out", help="screenshot PNG (default: in the work folder)")
    args = parser.parse_args()
    archive = Path(args.zip) if args.zip else max((REPO / "dist").glob("*.zip"),
                                                  key=lambda p: p.stat().st_mtime)
    work = Path(tempfile.mkdtemp(prefix="qgis-lang-"))
    profile = work / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(plugins)
    (profile / "QGIS").mkdir()
    for ini in ("QGIS3.ini", "QGIS4.ini"):  # QGIS 3 and QGIS 4 name the profile's settings so
        (profile / "QGIS" / ini).write_text(
            "[PythonPlugins]\ndeforestation_classifier=true\n\n[qgis]\nshowTips=false\n"
            "checkVersion=false\n", encoding="utf-8")
    shot = Path(args.out).resolve() if args.out else work / f"qgis_{args.lang}.png"
    result = work / "result.json"
    startup = work / "startup.py"
    startup.write_text(f"SHOT = {str(shot)!r}\nRESULT = {str(result)!r}\n" + STARTUP,
                       encoding="utf-8")
    subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis", "--profiles-path",
                    str(work), "--lang", args.lang, "--nologo", "--noversioncheck", "--code",
                    str(startup)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300, check=False)
    if not result.is_file():
        print(f"QGIS wrote no result (work folder {work})")
        return 1
    seen = json.loads(result.read_text(encoding="utf-8"))
    seen["screenshot"] = str(shot)
    print(json.dumps(seen, ensure_ascii=False, indent=1))
    return 0 if seen["toolbar_actions"] else 1


if __name__ == "__main__":
    sys.exit(main())
