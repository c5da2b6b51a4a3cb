"""Widgets lay out without clipping in every language: the review dock (on a classification and
on a compare output) and the toolbar's dialogs, built with the plugin's translation installed
and shown as they open (the dock at its minimum width). A button or an unwrapped label narrower
than its text, or a wrapped label shorter than its lines, is clipped."""
import sys
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QPoint
from qgis.PyQt.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel

from deforestation_classifier.toolbelt import i18n
from tile_factory import RC, SF, run_algorithm, tid, write_tiles

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from package import compile_translations  # noqa: E402

LANGUAGES = ("en", "pt_BR", "es", "fr", "id")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    compile_translations(folder)
    return folder


@pytest.fixture
def language(request, compiled):
    translator = i18n.install_translator(request.param, compiled) \
        if request.param != "en" else None
    assert request.param == "en" or translator is not None
    yield request.param
    i18n.remove_translator(translator)


def clipped(top) -> list:
    """'<class> '<text>': <width> < <needed>' for each visible widget of `top` cut short."""
    QApplication.processEvents()
    found = []
    for widget in top.findChildren((QAbstractButton, QLabel, QComboBox)):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        right = widget.mapTo(top, QPoint(widget.width(), 0)).x()
        if right > top.width():  # cut by the window's (or a scroll area's) edge
            found.append(f"{type(widget).__name__} {text[:40]!r}: ends at {right} > "
                         f"{top.width()}")
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if widget.height() + 1 < needed:
                found.append(f"QLabel {text[:40]!r}: height {widget.height()} < {needed}")
            continue
        if isinstance(widget, QLabel) and widget.pixmap() is not None \
                and not widget.pixmap().isNull():
            continue
        needed = widget.minimumSizeHint().width()
        if widget.width() + 1 < needed:
            found.append(f"{type(widget).__name__} {text[:40]!r}: width {widget.width()} < "
                         f"{needed}")
    return found


def dock_too_narrow(dock) -> list:
    """Docked, the main window may give the dock only its minimum width, and its content does
    not scroll sideways: that width must hold the content's minimum."""
    QApplication.processEvents()
    QApplication.processEvents()
    scroll = dock.widget()
    needed = dock.content.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
    return [] if dock.minimumWidth() >= needed else [
        f"dock minimum width {dock.minimumWidth()} < content's {needed}"]


def at_smallest(dock):
    """A floating dock at its minimum width, the width the main window may give it when
    docked (its content scrolls vertically only)."""
    dock.show()
    QApplication.processEvents()
    dock.resize(dock.minimumWidth(), 900)
    QApplication.processEvents()
    return dock


def as_opened(dialog):
    """A dialog at the size it opens at on a desktop screen: its size hint, as tall as its
    wrapped labels need at that width (adjustSize() would cap it at 2/3 of the offscreen
    platform's small virtual screen)."""
    dialog.show()
    QApplication.processEvents()
    width = dialog.sizeHint().expandedTo(dialog.minimumSizeHint()).width()
    dialog.resize(width, dialog.layout().totalHeightForWidth(width))
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_review_dock_fits_its_words(language, open_dock, provider, tmp_path):
    before = write_tiles(tmp_path / "before.gpkg", {tid(0, 0): {"class_label": SF},
                                                    tid(1, 0): {"class_label": SF}},
                         date="2023-07-01")
    after = write_tiles(tmp_path / "after.gpkg", {
        tid(0, 0): {"class_label": RC, "prob_recently_cleared": 0.9},
        tid(1, 0): {"class_label": RC, "prob_recently_cleared": 0.6},
        tid(2, 0): {"class_label": SF, "prob_recently_cleared": 0.2}}, date="2024-07-15")
    dock = open_dock(after, name="Sentinel-2 T33UUU 2017-02-1… tiles")
    dock.setFloating(True)
    assert clipped(at_smallest(dock)) + dock_too_narrow(dock) == [], language
    # As the desktop check does: a confirmation, a correction, back to the corrected tile.
    dock.reviewer_edit.setText("desktop check")
    dock.confirm()
    dock.correct(SF)
    dock.previous_tile()
    assert clipped(at_smallest(dock)) + dock_too_narrow(dock) == [], language
    run_algorithm("compare", {"BEFORE": str(before), "AFTER": str(after),
                              "OUTPUT": str(tmp_path / "cmp.gpkg"),
                              "PATCHES": str(tmp_path / "patches.gpkg")})
    alerts = open_dock(tmp_path / "cmp.gpkg", name="alerts")
    alerts.setFloating(True)
    assert clipped(at_smallest(alerts)) == [], language


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_toolbar_dialogs_fit_their_words(language, qgis_iface, qgis_new_project):
    from deforestation_classifier.ui.clearings_dialog import ClearingsDialog
    from deforestation_classifier.ui.fetch_area_dialog import FetchAreaDialog

    for dialog in (ClearingsDialog(qgis_iface, qgis_iface.mainWindow()),
                   FetchAreaDialog(qgis_iface.mainWindow(), iface=qgis_iface)):
        try:
            assert clipped(as_opened(dialog)) == [], (language, type(dialog).__name__)
        finally:
            dialog.close()
            dialog.deleteLater()
    QCoreApplication.processEvents()
