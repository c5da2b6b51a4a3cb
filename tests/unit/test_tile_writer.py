"""Tile results go to the GeoPackage as they come; resume keeps them and redoes errors."""
import pytest
from osgeo import ogr

from deforestation_classifier.core.imagery.grid import GridCrs, Tile, srs_from_wkt
from deforestation_classifier.core.pipeline import TileResult
from deforestation_classifier.core.inference.engine_types import Prediction
from deforestation_classifier.core.output.tile_writer import (
    OVERWRITE,
    RESUME,
    OutputError,
    TileWriter,
    check_output_path,
)

GRID = GridCrs(wkt=srs_from_wkt("EPSG:32633").ExportToWkt(), tag="EPSG32633")
SETTINGS = {"engine": "scoring", "model_sha256": "a" * 64, "rc_threshold": None,
            "dn_offset": [0.0, 0.0, 0.0]}
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


def written(path, results, **kwargs):
    writer = TileWriter(path, GRID, settings=SETTINGS, **kwargs)
    for item in results:
        writer.add(item)
    writer.close()


def test_resume_keeps_done_tiles_and_redoes_errors(tmp_path):
    path = tmp_path / "out.gpkg"
    written(path, [result(1), result(2, status="ERROR")])
    again = TileWriter(path, GRID, mode=RESUME, settings=SETTINGS)
    assert again.done_ids == {"EPSG32633_E1_N5800"}
    again.add(result(2))
    again.close()
    assert set(rows(path)) == {"EPSG32633_E1_N5800", "EPSG32633_E2_N5800"}
    assert rows(path)["EPSG32633_E2_N5800"][0] == "CLASSIFIED"


def test_an_existing_output_is_never_replaced_without_overwrite(tmp_path):
    path = tmp_path / "out.gpkg"
    written(path, [result(1), result(2)])
    with pytest.raises(OutputError) as info:
        TileWriter(path, GRID, settings=SETTINGS)
    message = str(info.value)
    assert "already exists (2 tiles)" in message
    assert "RESUME" in message and "OVERWRITE" in message and "another OUTPUT" in message
    assert len(rows(path)) == 2
    TileWriter(path, GRID, mode=OVERWRITE, settings=SETTINGS).close()
    assert rows(path) == {}


def test_the_refusal_counts_the_reviewed_tiles(tmp_path):
    path = tmp_path / "out.gpkg"
    written(path, [result(1), result(2)])
    mark_reviewed(path, "EPSG32633_E1_N5800")
    with pytest.raises(OutputError, match=r"2 tiles, 1 of them reviewed"):
        check_output_path(path)


def mark_reviewed(path, tile_id):
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayer(0)
    if layer.GetLayerDefn().GetFieldIndex("review_status") < 0:
        layer.CreateField(ogr.FieldDefn("review_status", ogr.OFTString))
    for feature in layer:
        if feature.GetField("tile_id") == tile_id:
            feature.SetField("review_status", "CORRECTED")
            layer.SetFeature(feature)
    ds = None


def test_resume_keeps_a_reviewed_error_tile(tmp_path):
    path = tmp_path / "out.gpkg"
    written(path, [result(1, status="ERROR"), result(2, status="ERROR")])
    mark_reviewed(path, "EPSG32633_E1_N5800")
    again = TileWriter(path, GRID, mode=RESUME, settings=SETTINGS)
    # The analyst's decision on tile 1 is kept; the unreviewed error is redone.
    assert again.done_ids == {"EPSG32633_E1_N5800"}
    again.close()


@pytest.mark.parametrize("key, value, named", [
    ("model_sha256", "b" * 64, "MODEL's SHA-256: aaaaaaaaaaaaaaaa... in the output, bbbb"),
    ("engine", "recipe", "ENGINE: scoring in the output, recipe now"),
    ("rc_threshold", 0.3, "RC_THRESHOLD: none in the output, 0.3 now"),
    ("dn_offset", [-1000.0] * 3, "OFFSET"),
])
def test_resume_with_other_answer_settings_is_refused_naming_them(tmp_path, key, value, named):
    path = tmp_path / "out.gpkg"
    written(path, [result(1)])
    with pytest.raises(OutputError) as info:
        TileWriter(path, GRID, mode=RESUME, settings={**SETTINGS, key: value})
    assert named in str(info.value) and "Nothing was changed" in str(info.value)
    assert len(rows(path)) == 1


def test_resume_of_an_output_without_recorded_settings_is_refused(tmp_path):
    path = tmp_path / "out.gpkg"
    written(path, [result(1)])
    ds = ogr.Open(str(path), 1)
    ds.GetLayer(0).SetMetadataItem("RUN_SETTINGS", None)
    ds = None
    with pytest.raises(OutputError, match="records no model and settings"):
        TileWriter(path, GRID, mode=RESUME, settings=SETTINGS)


def test_acquisition_and_run_times_are_recorded(tmp_path):
    path = tmp_path / "out.gpkg"
    written(path, [result(1)], acquisition=("2024-07-15", "S2B_33UUU_20240715_0_L2A"))
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    feature = layer.GetNextFeature()
    assert feature.GetFieldAsString("image_date") == "2024/07/15"
    assert feature.GetField("image_id") == "S2B_33UUU_20240715_0_L2A"
    metadata = layer.GetMetadata()
    assert metadata["RUN_STARTED"] <= metadata["RUN_FINISHED"]


def test_resume_into_another_grid_is_refused(tmp_path):
    path = tmp_path / "out.gpkg"
    written(path, [])
    other = GridCrs(wkt=srs_from_wkt("EPSG:32634").ExportToWkt(), tag="EPSG32634")
    with pytest.raises(OutputError, match="same tile grid"):
        TileWriter(path, other, mode=RESUME, settings=SETTINGS)


def test_output_must_be_a_geopackage(tmp_path):
    with pytest.raises(OutputError, match="GeoPackage"):
        TileWriter(tmp_path / "out.shp", GRID)
