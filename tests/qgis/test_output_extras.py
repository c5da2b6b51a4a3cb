"""What a run stores in its output besides the tiles: the style and the provenance metadata.

toolbelt/qgis_compat.py can_store_styles answers from whichever style API the provider has
(QGIS 3.34 replaced isSaveAndLoadStyleToDatabaseSupported() with styleStorageCapabilities());
only QGIS 3.22 runs here, so the newer API is a fake provider with only that method. A style
that cannot be stored is a warning the user sees, and the provenance is stored all the same.
"""
import enum
import sqlite3
from types import SimpleNamespace

import pytest
from qgis.core import Qgis, QgsApplication, QgsProcessingFeedback, QgsVectorLayer

from deforestation_classifier.core.output import layer_metadata, layer_style
from deforestation_classifier.toolbelt import qgis_compat
from deforestation_classifier.toolbelt.log import TAG
from tile_factory import tid, write_tiles

SF, RC = "STANDING_FOREST", "RECENTLY_CLEARED"
# What QGIS 3.40 says when the old name is asked for.
GONE = "'QgsVectorDataProvider' object has no attribute 'isSaveAndLoadStyleToDatabaseSupported'"


# --- can_store_styles ---------------------------------------------------------------------------
class StyleStorage(enum.IntFlag):
    """Stands for Qgis.ProviderStyleStorageCapability (QGIS 3.34), absent from QGIS 3.22."""
    SaveToDatabase = 1
    LoadFromDatabase = 2
    DeleteFromDatabase = 4


class NewApiProvider:
    """A provider of QGIS 3.34 and later: styleStorageCapabilities() only."""

    def __init__(self, capabilities):
        self.capabilities = capabilities

    def styleStorageCapabilities(self):  # noqa: N802 (QGIS API name)
        return self.capabilities


class OldApiProvider:
    """A provider of QGIS before 3.34: isSaveAndLoadStyleToDatabaseSupported() only."""

    def __init__(self, supported):
        self.supported = supported

    def isSaveAndLoadStyleToDatabaseSupported(self):  # noqa: N802 (QGIS API name)
        return self.supported


class BothApiProvider(NewApiProvider):
    def isSaveAndLoadStyleToDatabaseSupported(self):  # noqa: N802 (QGIS API name)
        raise AssertionError("the newer API answers when the provider has it")


@pytest.fixture
def new_style_enum(monkeypatch):
    """Qgis with ProviderStyleStorageCapability, as on QGIS 3.34 and later."""
    real = getattr(Qgis, "ProviderStyleStorageCapability", None)
    if real is not None:  # a QGIS that has it: the real flags
        return real
    monkeypatch.setattr(qgis_compat, "Qgis",
                        SimpleNamespace(ProviderStyleStorageCapability=StyleStorage))
    return StyleStorage


def test_the_new_api_answers_through_the_save_to_database_flag(new_style_enum):
    flags = new_style_enum
    assert qgis_compat.can_store_styles(
        NewApiProvider(flags.SaveToDatabase | flags.LoadFromDatabase))
    assert not qgis_compat.can_store_styles(NewApiProvider(flags.LoadFromDatabase))
    # No capability at all: the real QGIS's empty flags (its enum has no member 0).
    empty = getattr(Qgis, "ProviderStyleStorageCapabilities", None)
    none = empty() if empty is not None and flags is not StyleStorage else flags(0)
    assert not qgis_compat.can_store_styles(NewApiProvider(none))
    assert qgis_compat.can_store_styles(BothApiProvider(flags.SaveToDatabase))
    assert not qgis_compat.can_store_styles(BothApiProvider(flags.DeleteFromDatabase))


def test_the_old_api_answers_where_the_new_one_is_missing():
    assert qgis_compat.can_store_styles(OldApiProvider(True)) is True
    assert qgis_compat.can_store_styles(OldApiProvider(False)) is False


def test_real_providers_of_this_qgis(tmp_path):
    path = write_tiles(tmp_path / "t.gpkg", {tid(0, 0): {"class_label": SF}},
                       date="2024-07-15")
    assert qgis_compat.can_store_styles(QgsVectorLayer(path, "t", "ogr").dataProvider())
    memory = QgsVectorLayer("Polygon?crs=EPSG:32633", "m", "memory")
    assert not qgis_compat.can_store_styles(memory.dataProvider())


# --- a failure is a warning, and the other extra is stored --------------------------------------
class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):  # noqa: N802 (QGIS API name)
        self.warnings.append(warning)
        super().pushWarning(warning)


class LogCatcher:
    def __init__(self):
        self.messages = []
        QgsApplication.messageLog().messageReceived.connect(self.received)

    def received(self, message, tag, level):
        if tag == TAG:
            self.messages.append((message, level))

    def close(self):
        QgsApplication.messageLog().messageReceived.disconnect(self.received)


@pytest.fixture
def plugin_log():
    catcher = LogCatcher()
    yield catcher
    catcher.close()


def old_name_gone(provider):
    """can_store_styles failing as the QGIS 3.40 API break did."""
    raise AttributeError(GONE)


def run(name, params, feedback):
    import processing

    return processing.run(f"deforestation:{name}", params, feedback=feedback)


def style_rows(path):
    with sqlite3.connect(str(path)) as db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
            return []
        return db.execute("SELECT styleName FROM layer_styles").fetchall()


def test_classify_a_style_failure_is_a_warning_and_the_provenance_is_saved(
        provider, tiny_models, s2_raster, tmp_path, monkeypatch, plugin_log):
    monkeypatch.setattr(layer_style, "can_store_styles", old_name_gone)
    text, mmproj = tiny_models
    feedback = RecordingFeedback()
    results = run("classify", {"INPUT": s2_raster, "MODEL": str(text), "MMPROJ": str(mmproj),
                               "OUTPUT": str(tmp_path / "out.gpkg")}, feedback)
    warnings = [w for w in feedback.warnings if "style" in w]
    assert warnings == [f"The style could not be saved: AttributeError: {GONE}"]
    assert (warnings[0], Qgis.MessageLevel.Warning) in plugin_log.messages
    assert style_rows(results["OUTPUT"]) == []
    # The provenance is in the GeoPackage all the same.
    abstract = QgsVectorLayer(results["OUTPUT"], "again", "ogr").metadata().abstract()
    assert "SOURCE_RASTER: " in abstract and "MODEL: " in abstract
    assert not [w for w in feedback.warnings if "metadata" in w]


def test_classify_a_metadata_failure_is_a_warning_and_the_style_is_saved(
        provider, tiny_models, s2_raster, tmp_path, monkeypatch, plugin_log):
    def broken(items):
        raise ValueError("no provenance today")

    monkeypatch.setattr(layer_metadata, "run_metadata", broken)
    text, mmproj = tiny_models
    feedback = RecordingFeedback()
    results = run("classify", {"INPUT": s2_raster, "MODEL": str(text), "MMPROJ": str(mmproj),
                               "OUTPUT": str(tmp_path / "out.gpkg")}, feedback)
    message = "The layer metadata could not be saved: ValueError: no provenance today"
    assert message in feedback.warnings
    assert (message, Qgis.MessageLevel.Warning) in plugin_log.messages
    assert len(style_rows(results["OUTPUT"])) == 1


def test_compare_style_failures_are_warnings_for_each_output(
        provider, tmp_path, monkeypatch, plugin_log):
    monkeypatch.setattr(layer_style, "can_store_styles", old_name_gone)
    tiles = (tid(0, 0), tid(0, 1))
    before = write_tiles(tmp_path / "before.gpkg", {t: {"class_label": SF} for t in tiles},
                         date="2023-07-01")
    after = write_tiles(tmp_path / "after.gpkg",
                        {t: {"class_label": RC, "prob_recently_cleared": 0.9} for t in tiles},
                        date="2024-07-15")
    feedback = RecordingFeedback()
    results = run("compare", {"BEFORE": before, "AFTER": after,
                              "OUTPUT": str(tmp_path / "alerts.gpkg"),
                              "PATCHES": str(tmp_path / "patches.gpkg")}, feedback)
    assert results["ALERTS"] == 2
    expected = f"The style could not be saved: AttributeError: {GONE}"
    assert feedback.warnings.count(expected) == 2  # the alerts and the patches
    assert [m for m, _level in plugin_log.messages].count(expected) == 2
