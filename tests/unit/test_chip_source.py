"""core/review/chip_source.py: the chip file of a tile, or its chip rendered again from the raster the
way the pipeline rendered it (core/pipeline.py prepare_tile)."""
import numpy as np
import pytest
from osgeo import osr

from deforestation_classifier.core.imagery.bands import BandSelection
from deforestation_classifier.core.review.chip_source import ChipLocator, ChipRenderer
from deforestation_classifier.core.pipeline import RunOptions, plan_tiles, prepare_tile
from deforestation_classifier.core.imagery.raster_tiles import TileReader, open_raster, raster_srs
from deforestation_classifier.core.review.queue import ReviewError
from deforestation_classifier.core.imagery.scaling import DnScaling
from raster_factory import patterned_bands, write_s2_stack

ORIGIN = (500000.0, 5802000.0)  # 3 km x 2 km in EPSG:32633, on whole kilometres


def pipeline_chips(path, scaling):
    """{tile_id: chip} as a classification run renders them."""
    dataset = open_raster(str(path))
    srs = raster_srs(dataset)
    plan = plan_tiles(dataset, srs)
    reader = TileReader(dataset, srs, BandSelection(1, 2, 3), plan.grid, plan.tiles)
    try:
        return {tile.tile_id: prepare_tile(tile, reader, RunOptions(scaling=scaling)).chip
                for tile in plan.tiles}
    finally:
        reader.close()


@pytest.fixture
def raster(tmp_path):
    bands = patterned_bands(200, 300)
    bands[0][:20, :20] = 0  # nodata in one corner: black in the chip
    return write_s2_stack(tmp_path / "s2.tif", bands, origin=ORIGIN)


def test_rendered_chips_are_the_pipeline_chips(raster):
    scaling = DnScaling.uniform(offset=-1000.0)  # as a baseline 04.00+ product records it
    expected = pipeline_chips(raster, scaling)
    assert len(expected) == 6
    renderer = ChipRenderer(raster, bands=BandSelection(1, 2, 3), scaling=scaling)
    for tile_id, chip in expected.items():
        assert np.array_equal(renderer.render(tile_id), chip), tile_id
    renderer.close()


def test_bands_and_scaling_worked_out_as_the_algorithm_does_by_default(raster):
    renderer = ChipRenderer(raster)
    assert renderer.bands == BandSelection(1, 2, 3)  # from the descriptions B08, B04, B03
    expected = pipeline_chips(raster, renderer.scaling)
    tile_id = "EPSG32633_E500_N5801"
    assert np.array_equal(renderer.render(tile_id), expected[tile_id])
    assert renderer.render(tile_id)[0, 0].tolist() == [0, 0, 0]


def test_a_tile_without_a_readable_id_is_found_by_its_bounds(raster):
    renderer = ChipRenderer(raster)
    by_id = renderer.render("EPSG32633_E501_N5800")
    bounds = (501000.0, 5800000.0, 502000.0, 5801000.0)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    by_bounds = renderer.render("tile 7", grid_wkt=srs.ExportToWkt(), bounds=bounds)
    assert np.array_equal(by_bounds, by_id)
    with pytest.raises(ReviewError, match="Cannot tell where"):
        renderer.render("tile 7")
    with pytest.raises(ReviewError, match="grid CRS of tile"):
        renderer.render("LOCAL_E501_N5800")


def test_the_chip_file_is_found_by_tile_id(tmp_path):
    (tmp_path / "EPSG32633_E500_N5800.png").write_bytes(b"png")
    locator = ChipLocator(tmp_path)
    assert locator.path("EPSG32633_E500_N5800") == tmp_path / "EPSG32633_E500_N5800.png"
    assert locator.path("EPSG32633_E501_N5800") is None
    assert locator.path("") is None
    assert ChipLocator(None).path("EPSG32633_E500_N5800") is None


@pytest.mark.parametrize("source", [
    "/vsicurl/https://attacker.example/beacon.tif", "https://attacker.example/s2.tif",
    "/vsis3/bucket/s2.tif", "file:///data/s2.tif", "\\\\attacker.example\\share\\s2.tif",
    "WMS:https://attacker.example/wms"])
def test_a_recorded_raster_that_is_not_a_local_file_is_never_opened(source, monkeypatch):
    from deforestation_classifier.core.review import chip_source

    opened = []
    monkeypatch.setattr(chip_source, "open_raster", lambda s: opened.append(s))
    with pytest.raises(ReviewError) as caught:
        ChipRenderer(source)
    message = str(caught.value)
    assert source in message and "was not opened" in message
    assert "add it to the project as a layer" in message
    assert opened == []


def test_a_recorded_local_raster_is_opened(raster):
    from deforestation_classifier.core.review.chip_source import recorded_raster_source

    assert recorded_raster_source(str(raster)) == str(raster)
    assert ChipRenderer(str(raster)).source == str(raster)


def test_a_project_layers_own_source_is_not_held_to_the_rule(raster, monkeypatch):
    """recorded=False: the source of a raster layer the project has open (QGIS opened it)."""
    from deforestation_classifier.core.review import chip_source

    opened = []
    monkeypatch.setattr(chip_source, "open_raster", lambda s: opened.append(s))
    monkeypatch.setattr(chip_source, "raster_srs", lambda *a: None)
    monkeypatch.setattr(chip_source, "band_descriptions", lambda d: ["B08", "B04", "B03"])
    monkeypatch.setattr(chip_source, "dn_scaling", lambda *a: None)
    ChipRenderer("/vsicurl/https://example.org/s2.tif", recorded=False)
    assert opened == ["/vsicurl/https://example.org/s2.tif"]
