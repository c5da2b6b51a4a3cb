"""No lost work: an output appears whole or not at all, OVERWRITE keeps the old file until the new
one holds tiles, RESUME refuses another raster, and a stopped run says it stopped."""
import pytest
from osgeo import gdal, ogr

from deforestation_classifier.core.imagery.grid import GridCrs, Tile, srs_from_wkt
from deforestation_classifier.core.inference.engine_types import Prediction
from deforestation_classifier.core.output.tile_writer import (
    CREATE,
    OVERWRITE,
    RESUME,
    OutputError,
    TileWriter,
    partial_path,
    read_layer_metadata,
)
from deforestation_classifier.core.pipeline import TileResult

GRID = GridCrs(wkt=srs_from_wkt("EPSG:32633").ExportToWkt(), tag="EPSG32633")
SETTINGS = {"engine": "scoring", "model_sha256": "a" * 64}
SOURCE_A = {"name": "a.tif", "image_id": None, "image_date": None, "size": [100, 100],
            "geotransform": [500000.0, 10.0, 0.0, 5800000.0, 0.0, -10.0], "crs": "c",
            "sample": "1111"}
PROBS = {"STANDING_FOREST": 0.7, "RECENTLY_CLEARED": 0.2, "LONG_TERM_NON_FOREST": 0.1}


def result(e, status="CLASSIFIED"):
    prediction = Prediction("STANDING_FOREST", PROBS) if status == "CLASSIFIED" else None
    return TileResult(Tile("EPSG32633", e, 5800), status, 1.0, prediction)


def tile_ids(path):
    ds = ogr.Open(str(path))
    return sorted(f.GetField("tile_id") for f in ds.GetLayer(0))


def write(path, tiles, mode=CREATE, source=SOURCE_A, stopped=""):
    writer = TileWriter(path, GRID, mode=mode, settings=SETTINGS, source=source)
    for e in tiles:
        writer.add(result(e))
    writer.close(stopped)


def test_a_new_output_takes_its_name_only_once_its_layer_and_settings_exist(tmp_path):
    path = tmp_path / "out.gpkg"
    writer = TileWriter(path, GRID, settings=SETTINGS, source=SOURCE_A)
    assert path.exists() and not partial_path(path).exists()
    assert "RUN_SETTINGS" in read_layer_metadata(path)
    writer.close()


def test_overwrite_keeps_the_old_file_until_the_new_one_holds_tiles(tmp_path):
    path = tmp_path / "out.gpkg"
    write(path, [1, 2, 3])
    writer = TileWriter(path, GRID, mode=OVERWRITE, settings=SETTINGS, source=SOURCE_A)
    assert tile_ids(path) == [f"EPSG32633_E{e}_N5800" for e in (1, 2, 3)]  # still the old one
    writer.add(result(7))
    writer.commit()
    assert tile_ids(path) == ["EPSG32633_E7_N5800"]
    writer.close()
    assert tile_ids(path) == ["EPSG32633_E7_N5800"]
    assert not partial_path(path).exists()


def test_an_overwrite_that_fails_before_its_first_tile_puts_nothing_in_place(tmp_path):
    path = tmp_path / "out.gpkg"
    write(path, [1, 2])
    writer = TileWriter(path, GRID, mode=OVERWRITE, settings=SETTINGS, source=SOURCE_A)
    writer.close("the model failed to load")
    assert tile_ids(path) == ["EPSG32633_E1_N5800", "EPSG32633_E2_N5800"]
    assert not partial_path(path).exists()


def test_finished_only_on_success_else_stopped_with_the_reason(tmp_path):
    done, stopped = tmp_path / "done.gpkg", tmp_path / "stopped.gpkg"
    write(done, [1])
    write(stopped, [1], stopped="cancelled")
    assert "RUN_FINISHED" in read_layer_metadata(done)
    assert "RUN_STOPPED" not in read_layer_metadata(done)
    meta = read_layer_metadata(stopped)
    assert "RUN_FINISHED" not in meta and meta["RUN_STOPPED"].endswith("cancelled")


def test_resume_from_another_raster_is_refused_naming_both(tmp_path):
    path = tmp_path / "out.gpkg"
    write(path, [1])
    other = {**SOURCE_A, "name": "b.tif", "sample": "2222"}
    with pytest.raises(OutputError) as info:
        TileWriter(path, GRID, mode=RESUME, settings=SETTINGS, source=other)
    message = str(info.value)
    assert "a.tif" in message and "b.tif" in message and "OVERWRITE" in message
    assert "another OUTPUT" in message


def test_resume_from_a_moved_copy_with_the_same_pixels_is_accepted(tmp_path):
    path = tmp_path / "out.gpkg"
    write(path, [1])
    moved = {**SOURCE_A, "name": "copy_of_a.tif"}
    writer = TileWriter(path, GRID, mode=RESUME, settings=SETTINGS, source=moved)
    assert writer.done_ids == {"EPSG32633_E1_N5800"}
    writer.close()


def test_resume_compares_product_ids_and_dates_where_known(tmp_path):
    path = tmp_path / "out.gpkg"
    july = {"name": "s2.vrt", "image_id": "S2B_MSIL2A_20240715", "image_date": "2024-07-15"}
    write(path, [1], source=july)
    august = {"name": "s2.vrt", "image_id": "S2B_MSIL2A_20240814", "image_date": "2024-08-14"}
    with pytest.raises(OutputError, match="S2B_MSIL2A_20240715 of 2024-07-15"):
        TileWriter(path, GRID, mode=RESUME, settings=SETTINGS, source=august)


def test_tiles_outside_the_plan_are_neither_skipped_nor_retried(tmp_path):
    path = tmp_path / "out.gpkg"
    writer = TileWriter(path, GRID, settings=SETTINGS, source=SOURCE_A)
    writer.add(result(1))
    writer.add(result(2, status="ERROR"))
    writer.add(result(9, status="ERROR"))
    writer.close()
    plan = {f"EPSG32633_E{e}_N5800" for e in (1, 2, 3)}
    again = TileWriter(path, GRID, mode=RESUME, settings=SETTINGS, source=SOURCE_A,
                       plan_ids=plan)
    assert again.done_ids == {"EPSG32633_E1_N5800"}
    again.close()
    assert "EPSG32633_E9_N5800" in tile_ids(path)  # outside the plan: kept as it was
    assert "EPSG32633_E2_N5800" not in tile_ids(path)  # in the plan: done again


def test_a_file_without_its_layer_gets_a_message_naming_overwrite(tmp_path):
    path = tmp_path / "out.gpkg"
    gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    with pytest.raises(OutputError) as info:
        TileWriter(path, GRID, mode=RESUME, settings=SETTINGS, source=SOURCE_A)
    assert "no layer of tiles" in str(info.value) and "OVERWRITE" in str(info.value)
