"""The clearings' outlines over a chip (core/alerts/outlines.py), without QGIS: the compare
output records its CLEARINGS file, and a tile's rings come back in chip pixels."""
from osgeo import ogr, osr

from clearing_factory import window_wkt
from tile_factory import tid, write_tiles

from deforestation_classifier.core.alerts.outlines import (
    CLEARINGS_SOURCE, clearings_file, record_clearings, tile_rings)
from deforestation_classifier.core.output.tile_writer import read_layer_metadata


def _clearings(path, wkts):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    layer = ds.CreateLayer("clearings", srs, ogr.wkbPolygon)
    for wkt in wkts:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def test_the_output_records_its_clearings_beside_it(tmp_path):
    output = write_tiles(tmp_path / "tiles.gpkg", {tid(0, 0): {"class_label": "SF"}},
                         date="2024-07-10")
    clearings = _clearings(tmp_path / "clearings.gpkg", [])
    assert record_clearings(output, clearings)
    metadata = read_layer_metadata(output)
    assert metadata[CLEARINGS_SOURCE] == "clearings.gpkg"  # moves with its folder
    assert clearings_file(output, metadata) == str(tmp_path / "clearings.gpkg")
    assert clearings_file(output, {CLEARINGS_SOURCE: "/vsicurl/http://example.com/c.gpkg"}) \
        is None
    assert clearings_file(output, {}) is None


def test_a_tiles_rings_in_chip_pixels_clipped_to_it(tmp_path):
    # 30 x 40 px inside tid(0,0) at row 10, column 20; one crossing from tid(0,0) into tid(1,0).
    path = _clearings(tmp_path / "c.gpkg", [window_wkt(0, 0, 10, 20, 30, 40),
                                            window_wkt(0, 0, 50, 90, 10, 30)])
    rings = tile_rings(path, tid(0, 0))
    assert len(rings) == 2
    boxes = sorted((min(x for x, _ in r), min(y for _, y in r), max(x for x, _ in r),
                    max(y for _, y in r)) for r in rings)
    assert boxes == [(20.0, 10.0, 60.0, 40.0), (90.0, 50.0, 100.0, 60.0)]
    east = tile_rings(path, tid(1, 0))
    assert len(east) == 1 and max(x for x, _ in east[0]) == 20.0
    assert tile_rings(path, tid(3, 2)) == []
