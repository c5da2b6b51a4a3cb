"""scripts/qt6_check.py: the plugin has no Qt6 (QGIS 4) breakage, and the check can fail.

The check runs in a subprocess: it imports PyQt6 to read the enum homes, and PyQt6 and PyQt5
(which QGIS's Python brings into this process through qgis.PyQt) must never load together."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "qt6_check.py"

BAD = '''\
from qgis.PyQt.QtCore import Qt, QRegExp, QVariant
from qgis.PyQt.QtWidgets import QAction, QSizePolicy, QMessageBox
from qgis.PyQt.QtWidgets import QDesktopWidget
from . import resources_rc
from qgis.PyQt import QtCore
dialog.exec_()
label.setAlignment(Qt.AlignLeft)
state = QtCore.Qt.Checked
policy = QSizePolicy.Expanding
answer = QMessageBox.Yes
width = self.fontMetrics().width("abc")
field = QgsField("a", QVariant.String)
title = self.tr(f"{n} tiles")
other = tr(name)
self._add(parameter, f"help {x}")
button = Qt.MidButton
label = QLabel("Tiles")
widget.setToolTip(f"Tiles: {n}")
from qgis.PyQt.Qt import Qt
size = QApplication.desktop().size()
combo.activated[str].connect(slot)
value = QVariant()
when = QDateTime(2024, 1, 2, 3, 4, 5, 0)
qApp.processEvents()
kinds = [QgsProcessing.TypeVectorPolygon]
caps = QgsDataItem.Fast
'''
GOOD = '''\
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QSizePolicy
try:
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction
dialog.exec()
label.setAlignment(Qt.AlignmentFlag.AlignLeft)
policy = QSizePolicy.Policy.Expanding
width = self.fontMetrics().horizontalAdvance("abc")
title = self.tr("{} tiles").format(n)
self._add(parameter, "help")
kinds = [QgsProcessing.SourceType.TypeVectorPolygon]
self._add(parameter, self.tr("help {}").format(x))
label = QLabel(self.tr("Tiles"))
url.setPlaceholderText("http://127.0.0.1:8080/v1")
widget.setToolTip(f"{tip} ({keys})")
'''


def run_check(*paths):
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, paths)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_the_plugin_has_no_qt6_breakage():
    result = run_check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert ", 0 findings" in result.stdout
    modules = int(result.stdout.split("qt6_check: ")[1].split()[0])
    assert modules > 50  # every module of the ZIP, not an empty selection


def test_each_breakage_is_found(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(BAD, encoding="utf-8")
    result = run_check(bad)
    assert result.returncode == 1
    found = {int(line.split(":")[1]): line for line in result.stdout.splitlines()
             if line.startswith(str(bad))}
    expected = {
        1: "QRegExp does not exist on Qt6",
        2: "QAction imported from QtWidgets",
        3: "QDesktopWidget does not exist on Qt6",
        4: "resources_rc import",
        6: "exec_() is gone in PyQt6",
        7: "unscoped enum Qt.AlignLeft: PyQt6 has only Qt.AlignmentFlag.AlignLeft",
        8: "unscoped enum Qt.Checked: PyQt6 has only Qt.CheckState.Checked",
        9: "unscoped enum QSizePolicy.Expanding: PyQt6 has only QSizePolicy.Policy.Expanding",
        10: "unscoped enum QMessageBox.Yes: PyQt6 has only QMessageBox.StandardButton.Yes",
        11: "QFontMetrics.width() is gone in Qt6",
        12: "QVariant.String as a type",
        13: "tr() on an f-string",
        14: "tr() on a non-literal",
        15: "_add() translates its text: pass a literal",
        16: "Qt.MidButton does not exist in PyQt6",
        17: "QLabel() shows 'Tiles' untranslated",
        18: "setToolTip() shows 'Tiles: ' untranslated",
        19: "the Qt module is gone in PyQt6",
        20: "QApplication.desktop() (a QDesktopWidget) is gone in Qt6",
        21: "activated[str] is gone in Qt6",
        22: "an invalid QVariant() as NULL does not work on Qt6",
        23: "QDateTime(y, m, d, h, min, s, ...) is gone in Qt6",
        24: "qApp is gone in PyQt6",
        # QGIS's own enums, read from the installed QGIS (Qt5) in a process of their own.
        25: "unscoped enum QgsProcessing.TypeVectorPolygon: QGIS 4 (PyQt6) has only "
            "QgsProcessing.SourceType.TypeVectorPolygon",
        # A Python enum's old name (Qgis.BrowserItemCapability since 3.22; every moved enum
        # from 3.36 on: QgsProcessing.TypeVectorPolygon there too).
        26: "unscoped enum QgsDataItem.Fast: QGIS 4 (PyQt6) has only QgsDataItem.Capability.Fast",
    }
    for line, message in expected.items():
        assert message in found.get(line, ""), (line, result.stdout)
    assert set(found) == set(expected), result.stdout


def test_the_qt6_way_passes(tmp_path):
    good = tmp_path / "good.py"
    good.write_text(GOOD, encoding="utf-8")
    result = run_check(good)
    assert result.returncode == 0, result.stdout
