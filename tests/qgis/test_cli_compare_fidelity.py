"""`deforestation compare` writes what deforestation:compare writes through processing.run: the
same OUTPUT, PATCHES and CLEARINGS (fields, types, values, geometries), the same styles stored as
QGIS stores them (cli/styles/), the clearings recorded in OUTPUT, and the same refusals."""
import sqlite3

import pytest
from osgeo import ogr
from qgis.core import QgsCategorizedSymbolRenderer, QgsVectorLayer

from deforestation_classifier.cli.main import main
from deforestation_classifier.core.alerts.outlines import CLEARINGS_SOURCE
from deforestation_classifier.core.output.tile_writer import read_layer_metadata
from test_cli_fidelity import STYLE_COLUMNS, assert_same_style
from test_clearings_compare import _overlay, _reference_polygons, painted  # noqa: F401
from tile_factory import run_algorithm as run, tid

KEYS = {"OUTPUT": "tile_id", "PATCHES": "patch_id", "CLEARINGS": "clearing_id"}


def layer_of(path):
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    fields = [(defn.GetFieldDefn(i).GetName(), defn.GetFieldDefn(i).GetTypeName())
              for i in range(defn.GetFieldCount())]
    rows = {}
    for feature in layer:
        values = feature.items()
        geometry = feature.GetGeometryRef()
        rows[values[KEYS[KEY_OF[layer.GetName().rsplit("_", 1)[-1]]]]] = (
            values, geometry.ExportToIsoWkt() if geometry else None)
    return {"name": layer.GetName(), "fields": fields, "rows": rows,
            "fid": layer.GetFIDColumn(), "geom": layer.GetGeometryColumn(),
            "type": ogr.GeometryTypeToName(layer.GetGeomType()),
            "srs": layer.GetSpatialRef().GetAuthorityCode(None)}


KEY_OF = {"tiles": "OUTPUT", "patches": "PATCHES", "clearings": "CLEARINGS"}


def outputs(folder, name):
    folder.mkdir()
    return {key: str(folder / f"{name}_{stem}.gpkg")
            for stem, key in KEY_OF.items()}


def style_row(path):
    with sqlite3.connect(str(path)) as db:
        db.row_factory = sqlite3.Row
        return dict(db.execute("SELECT * FROM layer_styles").fetchone())


def both(provider, inputs, tmp_path, options=()):
    """(the algorithm's outputs, the command's outputs) of the same inputs."""
    by_algorithm = outputs(tmp_path / "algorithm", "c")
    run("compare", {**inputs, **by_algorithm})
    by_command = outputs(tmp_path / "command", "c")
    argv = ["--quiet", "compare", inputs["BEFORE"], inputs["AFTER"], "--out",
            by_command["OUTPUT"], "--patches", by_command["PATCHES"], "--clearings",
            by_command["CLEARINGS"], *options]
    assert main(argv) == 0
    return by_algorithm, by_command


def test_the_same_outputs_with_clearings_overlay_and_reference(provider, painted,  # noqa: F811
                                                               tmp_path):
    overlay = _overlay(tmp_path / "areas.gpkg")
    reference = _reference_polygons(tmp_path / "deter.gpkg")
    inputs = {**painted, "OVERLAY": overlay, "OVERLAY_FIELD": "nome",
              "REFERENCE_ALERTS": reference}
    by_algorithm, by_command = both(provider, inputs, tmp_path, [
        "--before-raster", painted["BEFORE_RASTER"], "--after-raster", painted["AFTER_RASTER"],
        "--overlay", overlay, "--overlay-field", "nome", "--reference-alerts", reference])
    for key in KEY_OF.values():
        stored, written = layer_of(by_algorithm[key]), layer_of(by_command[key])
        assert written == stored, key
        assert written["rows"], key
    clearings = layer_of(by_command["CLEARINGS"])["rows"]
    assert len(clearings) == 3
    first = next(v for v, _ in clearings.values() if v["tile_id"] == tid(0, 0))
    assert first["confidence"] == "highest" and first["overlay_names"] == "Parque A; Fazenda B"
    for key in KEY_OF.values():
        stored, written = style_row(by_algorithm[key]), style_row(by_command[key])
        assert {k: written[k] for k in STYLE_COLUMNS} == {k: stored[k] for k in STYLE_COLUMNS}
        # When this fails, make cli/styles/ again: python -m deforestation_classifier.cli.
        # style_files (inside QGIS).
        assert_same_style(written, stored, key)
        assert written["f_table_name"] == stored["f_table_name"]
    alerts = QgsVectorLayer(by_command["OUTPUT"], "alerts", "ogr")
    assert isinstance(alerts.renderer(), QgsCategorizedSymbolRenderer)
    assert alerts.renderer().classAttribute() == "alert"
    for outputs_of in (by_algorithm, by_command):
        recorded = read_layer_metadata(outputs_of["OUTPUT"])[CLEARINGS_SOURCE]
        assert recorded == "c_clearings.gpkg"


def test_recorded_rasters_and_one_date(provider, painted, tmp_path):  # noqa: F811
    for name in ("BEFORE", "AFTER"):
        ds = ogr.Open(painted[name], 1)
        ds.GetLayer(0).SetMetadataItem("SOURCE_RASTER", painted[f"{name}_RASTER"])
        ds = None
    inputs = {"BEFORE": painted["BEFORE"], "AFTER": painted["AFTER"]}
    by_algorithm, by_command = both(provider, inputs, tmp_path)
    for key in KEY_OF.values():
        assert layer_of(by_command[key]) == layer_of(by_algorithm[key]), key
    assert len(layer_of(by_command["CLEARINGS"])["rows"]) == 3
    # AFTER alone: its RECENTLY_CLEARED tiles are the alerts, no clearings without BEFORE's
    # image; the command's exports hold the alerts.
    alone = outputs(tmp_path / "alone", "one")
    run("compare", {"AFTER": painted["AFTER"], **alone})
    out = tmp_path / "one" / "one_tiles.gpkg"
    out.parent.mkdir()
    assert main(["--quiet", "compare", painted["AFTER"], "--out", str(out), "--export-folder",
                 str(tmp_path / "share")]) == 0
    assert layer_of(out)["rows"] == layer_of(alone["OUTPUT"])["rows"]
    assert layer_of(tmp_path / "one" / "one_tiles_clearings.gpkg")["rows"] == {}
    for stem in ("alerts", "patches", "clearings"):
        for extension in ("geojson", "kml", "csv"):
            assert (tmp_path / "share" / f"{stem}.{extension}").is_file()


def test_refusals_name_the_problem(painted, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "c_tiles.gpkg"
    out.write_bytes(b"")
    assert main(["compare", painted["BEFORE"], painted["AFTER"], "--out", str(out)]) == 2
    assert "--overwrite" in capsys.readouterr().err
    assert main(["compare", str(tmp_path / "nothing.gpkg"), painted["AFTER"], "--out",
                 str(tmp_path / "x_tiles.gpkg")]) == 1
    assert "cannot be read as a vector layer" in capsys.readouterr().err
    other = tmp_path / "other.gpkg"
    from tile_factory import write_tiles
    write_tiles(other, {tid(0, 0, "EPSG32634"): {"class_label": "STANDING_FOREST"}},
                date="2024-01-10", epsg=32634)
    assert main(["compare", str(other), painted["AFTER"], "--out",
                 str(tmp_path / "y_tiles.gpkg")]) == 1
    assert "different tile grids" in capsys.readouterr().err


@pytest.mark.parametrize("stem", ["deforestation_alerts", "deforestation_patches",
                                  "deforestation_clearings"])
def test_the_styles_ship_with_the_command(stem):
    from deforestation_classifier.cli.gpkg_extras import STYLES

    assert (STYLES / f"{stem}.qml").is_file() and (STYLES / f"{stem}.sld").is_file()
