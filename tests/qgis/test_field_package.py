"""deforestation:field_package and deforestation:field_merge through processing.run and
qgis_process: the package opens in QGIS with its form (value maps and attachment widgets read
back from the .qgz), the chips are attached, a decision made in the package (its GeoPackage
edited as QField edits it) merges back, and a later office decision is not written over."""
import shutil
import subprocess
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsProject, QgsVectorLayer

from deforestation_classifier.core.alerts.store import open_store
from test_clearings_compare import _outputs, painted  # noqa: F401 (a fixture)
from test_qgis_process import QGIS_PROCESS, qgis_process_env  # noqa: F401 (a fixture)
from tile_factory import SF, read_back, run_algorithm as run, tid

LATER_IN_FIELD = "2030-01-02T08:00:00Z"
OFFICE_AT = "2030-01-03T09:00:00Z"


@pytest.fixture
def compared(provider, painted, tmp_path):  # noqa: F811 (the fixture imported above)
    """A compare output with clearings and a decision made in the office before packaging."""
    outputs = _outputs(tmp_path)
    results = run("compare", {**painted, **outputs})
    store = open_store(QgsVectorLayer(results["OUTPUT"], "alerts", "ogr"))
    store.ensure_fields()
    records = {r.tile_id: r for r in store.records()}
    store.decide(records[tid(0, 0)], "CONFIRMED", reviewer="Ana Souza")
    return {**painted, **outputs}


def package(compared, folder, **extra):
    return run("field_package", {"INPUT": compared["OUTPUT"],
                                 "BEFORE_RASTER": compared["BEFORE_RASTER"],
                                 "AFTER_RASTER": compared["AFTER_RASTER"],
                                 "OUTPUT": str(folder), **extra})


def edit_in_the_field(gpkg, tile, **values):
    """What QField does on saving the form: the feature's values written in the GeoPackage."""
    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName("alerts")
    for feature in layer:
        if feature.GetField("tile_id") == tile:
            for name, value in values.items():
                feature.SetField(name, value)
            assert layer.SetFeature(feature) == 0
    ds = None


def widgets(layer):
    return {name: layer.editorWidgetSetup(layer.fields().indexOf(name))
            for name in layer.fields().names()}


def test_the_package_opens_with_its_form_and_its_chips(compared, tmp_path):
    folder = tmp_path / "field"
    results = package(compared, folder)
    alerts = read_back(results["GEOPACKAGE"])
    office = read_back(compared["OUTPUT"])
    queue = {t for t, row in office.items() if row["alert"] == 1
             or row.get("confidence") == "candidate"}
    assert set(alerts) == queue and results["TILES"] == len(queue) >= 3
    assert results["CHIPS"] == 2 * len(queue)
    for tile, row in alerts.items():
        for role in ("before", "after"):
            relative = row[f"chip_{role}"]
            assert not Path(relative).is_absolute() and relative.startswith("DCIM/")
            assert (folder / relative).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert alerts[tid(0, 0)]["review_status"] == "CONFIRMED"
    assert alerts[tid(0, 0)]["packaged_reviewed_at"] == office[tid(0, 0)]["reviewed_at"]

    project = QgsProject()
    assert project.read(results["PROJECT"])
    assert project.readBoolEntry("Paths", "/Absolute", True)[0] is False
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert set(layers) == {"Alerts to review", "Clearings"}
    tiles = layers["Alerts to review"]
    assert tiles.isValid() and tiles.featureCount() == len(queue)
    assert Path(tiles.source().split("|")[0]).resolve() == (folder / "field_review.gpkg")
    setups = widgets(tiles)
    status = setups["review_status"]
    assert status.type() == "ValueMap"
    codes = [list(entry.values())[0] for entry in status.config()["map"]]
    assert codes[1:] == ["CONFIRMED", "CORRECTED", "UNCLEAR"]
    reasons = [list(entry.items())[0] for entry in setups["review_reason"].config()["map"]]
    assert ("Plantation harvest", "PLANTATION_HARVEST") in reasons
    assert setups["reviewed_label"].type() == "ValueMap"
    for name in ("chip_before", "chip_after"):
        assert setups[name].type() == "ExternalResource"
        assert setups[name].config()["DocumentViewer"] == 1  # shown as an image
        assert setups[name].config()["RelativeStorage"] == 1  # relative to the project
    form = tiles.editFormConfig()
    tabs = [tab.name() for tab in form.tabs()]
    assert tabs == ["Decision", "Chips", "Tile", "Audit (office)"]
    names = tiles.fields().names()
    assert not form.readOnly(names.index("review_status"))
    assert form.readOnly(names.index("tile_id")) and form.readOnly(names.index("chip_after"))
    assert tiles.defaultValueDefinition(names.index("reviewed_at")).applyOnUpdate()
    # The UTC stamp the form writes reads as the dock's ISO 8601 with Z.
    stamp = tiles.defaultValue(names.index("reviewed_at"))
    assert len(stamp) == 20 and stamp.endswith("Z") and stamp[10] == "T", stamp

    chips_tab = form.tabs()[1]
    assert [child.name() for child in chips_tab.children()] == ["chip_before", "chip_after"]

    # The folder travels: moved elsewhere (to the device), the project still finds its data.
    import zipfile

    with zipfile.ZipFile(folder / "field_review.qgz") as archive:
        qgs = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode()
    assert "./field_review.gpkg|layername=alerts" in qgs and str(tmp_path) not in qgs
    moved = tmp_path / "device" / "field"
    shutil.copytree(folder, moved)
    project = QgsProject()
    assert project.read(str(moved / "field_review.qgz"))
    for layer in project.mapLayers().values():
        assert layer.isValid() and str(moved) in layer.source()

    # A second package into the same folder is refused: its decisions may not be merged yet.
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="already holds a field package"):
        package(compared, folder)


def test_a_field_decision_merges_back_and_a_later_office_decision_is_kept(compared, tmp_path):
    results = package(compared, tmp_path / "field")
    gpkg = results["GEOPACKAGE"]
    edit_in_the_field(gpkg, tid(1, 1), review_status="CORRECTED", reviewed_label=SF,
                      review_reason="PLANTATION_HARVEST", reviewer="Rui Campo",
                      review_note="eucalyptus cut", reviewed_at=LATER_IN_FIELD)
    edit_in_the_field(gpkg, tid(0, 0), review_status="UNCLEAR", reviewer="Rui Campo",
                      review_reason="CLOUD_OR_SHADOW", reviewed_at=LATER_IN_FIELD)
    # In the office, after packaging and after the field: tid(0, 0) decided again.
    store = open_store(QgsVectorLayer(compared["OUTPUT"], "alerts", "ogr"))
    records = {r.tile_id: r for r in store.records()}
    store.write(records[tid(0, 0)], {"review_status": "CONFIRMED", "reviewer": "Ana Souza",
                                     "reviewed_at": OFFICE_AT})

    merged = run("field_merge", {"INPUT": compared["OUTPUT"], "FIELD_PACKAGE": gpkg})
    assert merged["MERGED"] == 1 and merged["CONFLICTS"] == 1
    office = read_back(compared["OUTPUT"])
    field = office[tid(1, 1)]
    assert field["review_status"] == "CORRECTED" and field["reviewed_label"] == SF
    assert field["reviewer"] == "Rui Campo" and field["reviewed_at"] == LATER_IN_FIELD
    assert field["review_reason"] == "PLANTATION_HARVEST"
    assert field["review_note"] == "eucalyptus cut"
    kept = office[tid(0, 0)]
    assert kept["review_status"] == "CONFIRMED" and kept["reviewer"] == "Ana Souza"
    assert kept["reviewed_at"] == OFFICE_AT
    # Merging again writes nothing new.
    again = run("field_merge", {"INPUT": compared["OUTPUT"], "FIELD_PACKAGE": gpkg})
    assert again["MERGED"] == 0 and again["UNCHANGED"] >= 1


def test_the_merge_writes_through_an_open_edit_session_as_the_dock_does(compared, tmp_path):
    gpkg = package(compared, tmp_path / "field")["GEOPACKAGE"]
    edit_in_the_field(gpkg, tid(1, 1), review_status="UNCLEAR", reviewer="Rui Campo",
                      review_reason="CLOUD_OR_SHADOW", reviewed_at=LATER_IN_FIELD)
    layer = QgsVectorLayer(compared["OUTPUT"], "alerts", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        assert layer.startEditing()
        fid = next(f.id() for f in layer.getFeatures() if f["tile_id"] == tid(0, 2))
        layer.changeAttributeValue(fid, layer.fields().indexOf("review_note"), "analyst's")
        merged = run("field_merge", {"INPUT": layer, "FIELD_PACKAGE": gpkg})
        assert merged["MERGED"] == 1 and layer.isEditable()
        shown = next(f for f in layer.getFeatures() if f["tile_id"] == tid(1, 1))
        assert shown["review_status"] == "UNCLEAR"  # the open edit buffer shows it
        assert read_back(compared["OUTPUT"])[tid(1, 1)]["reviewer"] == "Rui Campo"  # on disk
        assert layer.commitChanges()  # the analyst's save keeps both
        rows = read_back(compared["OUTPUT"])
        assert rows[tid(1, 1)]["review_status"] == "UNCLEAR"
        assert rows[tid(0, 2)]["review_note"] == "analyst's"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_a_file_that_is_not_a_field_package_is_refused(compared, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="not a field package"):
        run("field_merge", {"INPUT": compared["OUTPUT"], "FIELD_PACKAGE": compared["BEFORE"]})


def test_package_and_merge_headless_through_qgis_process(qgis_process_env, compared,  # noqa: F811
                                                         tmp_path):
    folder = tmp_path / "headless"
    proc = subprocess.run(
        [QGIS_PROCESS, "run", "deforestation:field_package", "--",
         f"INPUT={compared['OUTPUT']}", f"BEFORE_RASTER={compared['BEFORE_RASTER']}",
         f"AFTER_RASTER={compared['AFTER_RASTER']}", f"OUTPUT={folder}"],
        env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (folder / "field_review.qgz").is_file()
    assert len(list((folder / "DCIM").glob("*.png"))) >= 6
    gpkg = folder / "field_review.gpkg"
    edit_in_the_field(gpkg, tid(3, 2), review_status="CONFIRMED", reviewer="Rui Campo",
                      reviewed_at=LATER_IN_FIELD)
    proc = subprocess.run(
        [QGIS_PROCESS, "run", "deforestation:field_merge", "--",
         f"INPUT={compared['OUTPUT']}", f"FIELD_PACKAGE={gpkg}"],
        env=qgis_process_env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert read_back(compared["OUTPUT"])[tid(3, 2)]["reviewer"] == "Rui Campo"
