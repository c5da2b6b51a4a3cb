"""Tile results go to the GeoPackage as they come; resume keeps them and redoes errors."""
import pytest
from osgeo import ogr

from deforestation_classifier.core.grid import GridCrs, Tile, srs_from_wkt
from deforestation_classifier.core.pipeline import TileResult
from deforestation_classifier.core.recipe_engine import Prediction
from deforestation_classifier.core.tile_writer import OutputError, TileWriter

GRID = GridCrs(wkt=srs_from_wkt("EPSG:32633").ExportToWkt(), tag="EPSG32633")
PROBS = {"STANDING_FOREST": 0.7, "RECENTLY_CLEARED": 0.2, "LONG_TERM_NON_FOREST": 0.1}


def result(e, status="CLASSIFIED", probs=PROBS):
    prediction = Prediction("STANDING_FOREST", probs) if status == "CLASSIFIED" else None
    return TileResult(Tile("EPSG32633", e, 5800), status, 1.0, prediction, cloud_fraction=0.05)


def rows(path):
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    out = {f.GetField("tile_id"): (f.GetField("status"), f.GetField("class_label"),
                                   f.GetField("confidence")) for f in layer}
    return out


def test_rows_are_readable_before_close(tmp_path):
    path = tmp_path / "out.gpkg"
    writer = TileWriter(path, GRID)
    for e in range(12):  # more than one commit batch
        writer.add(result(e))
    # Another connection sees the committed tiles while the run is still going.
    assert len(rows(path)) >= 10
    writer.close()
    assert len(rows(path)) == 12
    assert rows(path)["EPSG32633_E0_N5800"] == ("CLASSIFIED", "STANDING_FOREST", 0.7)


def test_null_probabilities_stay_null(tmp_path):
    path = tmp_path / "out.gpkg"
    writer = TileWriter(path, GRID)
    writer.add(result(1, probs=None))
    writer.add(result(2, status="NO_DATA"))
    writer.close()
    assert rows(path) == {"EPSG32633_E1_N5800": ("CLASSIFIED", "STANDING_FOREST", None),
                          "EPSG32633_E2_N5800": ("NO_DATA", None, None)}


def test_resume_keeps_done_tiles_and_redoes_errors(tmp_path):
    path = tmp_path / "out.gpkg"
    writer = TileWriter(path, GRID)
    writer.add(result(1))
    writer.add(result(2, status="ERROR"))
    writer.close()
    again = TileWriter(path, GRID, resume=True)
    assert again.done_ids == {"EPSG32633_E1_N5800"}
    again.add(result(2))
    again.close()
    assert set(rows(path)) == {"EPSG32633_E1_N5800", "EPSG32633_E2_N5800"}
    assert rows(path)["EPSG32633_E2_N5800"][0] == "CLASSIFIED"


def test_without_resume_an_existing_output_is_replaced(tmp_path):
    path = tmp_path / "out.gpkg"
    writer = TileWriter(path, GRID)
    writer.add(result(1))
    writer.close()
    TileWriter(path, GRID).close()
    assert rows(path) == {}


def test_resume_into_another_grid_is_refused(tmp_path):
    path = tmp_path / "out.gpkg"
    TileWriter(path, GRID).close()
    other = GridCrs(wkt=srs_from_wkt("EPSG:32634").ExportToWkt(), tag="EPSG32634")
    with pytest.raises(OutputError, match="same tile grid"):
        TileWriter(path, other, resume=True)


def test_output_must_be_a_geopackage(tmp_path):
    with pytest.raises(OutputError, match="GeoPackage"):
        TileWriter(tmp_path / "out.shp", GRID)
