"""The 1 km grid: size, alignment, ids, CRS choice, geographic input."""
import pytest
from osgeo import ogr

from deforestation_classifier.core.imagery.grid import (
    GridCrs,
    Tile,
    choose_grid_crs,
    rectangle_polygon,
    reproject_rectangle,
    srs_from_wkt,
    tiles_covering,
    utm_epsg_for,
)


def test_tile_is_one_square_kilometre_on_whole_kilometres():
    tile = Tile("EPSG32633", 345, 5812)
    assert tile.bounds == (345000, 5812000, 346000, 5813000)
    assert tile.tile_id == "EPSG32633_E345_N5812"
    geom = ogr.CreateGeometryFromWkt(tile.polygon_wkt())
    assert geom.GetArea() == pytest.approx(1_000_000)


def test_cover_of_unaligned_rectangle_includes_every_touched_cell():
    area = rectangle_polygon(500_250, 5_800_100, 502_100, 5_801_900)
    tiles = tiles_covering(area, "EPSG32633")
    # x: 500..502 km (3 cells), y: 5800..5801 km (2 cells)
    assert [t.tile_id for t in tiles] == [
        "EPSG32633_E500_N5801", "EPSG32633_E501_N5801", "EPSG32633_E502_N5801",
        "EPSG32633_E500_N5800", "EPSG32633_E501_N5800", "EPSG32633_E502_N5800",
    ]


def test_cells_that_only_touch_the_extent_edge_are_left_out():
    tiles = tiles_covering(rectangle_polygon(500_000, 5_800_000, 502_000, 5_801_000), "X")
    assert {(t.easting_km, t.northing_km) for t in tiles} == {(500, 5800), (501, 5800)}


def test_ids_are_stable_across_extents():
    small = tiles_covering(rectangle_polygon(500_500, 5_800_500, 500_600, 5_800_600), "X")
    large = tiles_covering(rectangle_polygon(490_000, 5_790_000, 510_000, 5_810_000), "X")
    assert len(small) == 1 and small[0].tile_id in {t.tile_id for t in large}
    assert len(large) == 400


def test_cover_of_rotated_polygon_skips_cells_outside_it():
    triangle = ogr.CreateGeometryFromWkt(
        "POLYGON((0 0, 3000 0, 0 3000, 0 0))"
    )
    ids = {(t.easting_km, t.northing_km) for t in tiles_covering(triangle, "X")}
    # x + y < 3000 inside; cells (2, 1), (1, 2) only touch the hypotenuse, (2, 2) is outside
    assert ids == {(0, 0), (1, 0), (2, 0), (0, 1), (1, 1), (0, 2)}


def test_projected_metric_crs_is_kept():
    srs = srs_from_wkt("EPSG:32633")
    grid = choose_grid_crs(srs, rectangle_polygon(330_000, 5_814_000, 345_000, 5_822_000))
    assert grid.tag == "EPSG32633"


@pytest.mark.parametrize(
    "lon, lat, epsg",
    [(12.6, 52.5, 32633), (-61.0, -10.0, 32720), (-60.0, -10.0, 32721), (-71.7, 18.66, 32619), (179.9, 1.0, 32660),
     (-180.0, 0.0, 32601)],
)
def test_utm_zone_of_a_point(lon, lat, epsg):
    assert utm_epsg_for(lon, lat) == epsg


def test_geographic_input_gets_the_utm_zone_of_its_centre():
    srs = srs_from_wkt("EPSG:4326")
    grid = choose_grid_crs(srs, rectangle_polygon(-60.2, -10.1, -60.0, -10.0))
    assert grid.tag == "EPSG32720"
    area = reproject_rectangle((-60.2, -10.1, -60.0, -10.0), srs, grid.srs())
    tiles = tiles_covering(area, grid.tag)
    # 0.2 deg x 0.1 deg near 10 S is about 21.9 km x 11.1 km
    assert 21 * 11 <= len(tiles) <= 24 * 13
    assert all(t.tile_id.startswith("EPSG32720_") for t in tiles)


def test_crs_in_feet_is_replaced_by_utm():
    srs = srs_from_wkt("EPSG:2227")  # California zone 3, US survey feet
    poly = rectangle_polygon(6_000_000, 2_100_000, 6_010_000, 2_110_000)
    grid = choose_grid_crs(srs, poly)
    assert grid.tag == "EPSG32610"
    assert isinstance(grid, GridCrs)


def test_a_utm_zone_of_another_datum_is_kept():
    srs = srs_from_wkt("EPSG:25833")  # ETRS89 / UTM zone 33N
    grid = choose_grid_crs(srs, rectangle_polygon(330_000, 5_814_000, 345_000, 5_822_000))
    assert grid.tag == "EPSG25833" and "own UTM zone" in grid.reason


@pytest.mark.parametrize("epsg, bounds, utm", [
    # Web Mercator around 12.6 E, 52.5 N: map metres are about 0.61 m on the ground there.
    (3857, (1_402_000, 6_890_000, 1_410_000, 6_896_000), 32633),
    # Poland CS92 (a national transverse Mercator grid), near Warsaw.
    (2180, (630_000, 480_000, 640_000, 490_000), 32634),
    # CONUS Albers equal area, in Kansas.
    (5070, (-300_000, 1_700_000, -290_000, 1_710_000), 32614),
])
def test_non_utm_metric_crs_is_tiled_in_the_utm_zone_of_the_area(epsg, bounds, utm):
    srs = srs_from_wkt(f"EPSG:{epsg}")
    grid = choose_grid_crs(srs, rectangle_polygon(*bounds))
    assert grid.tag == f"EPSG{utm}"
    assert "not a UTM zone" in grid.reason and f"UTM zone {utm % 100}N" in grid.reason
    # Tiles are 1 km squares on whole kilometres of the UTM grid.
    area = reproject_rectangle(bounds, srs, grid.srs())
    tiles = tiles_covering(area, grid.tag)
    for tile in tiles[:3]:
        xmin, ymin, xmax, ymax = tile.bounds
        assert (xmax - xmin, ymax - ymin) == (1000, 1000) and xmin % 1000 == 0
