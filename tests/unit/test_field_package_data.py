"""core/alerts/field_package.py without QGIS: the review queue's tiles copied, the chips written
beside the GeoPackage under relative paths, the office's reviewed_at kept as the baseline of the
merge, an existing package never written over, a file that is not a package refused."""
import numpy as np
import pytest
from osgeo import ogr, osr

from deforestation_classifier.core.alerts import field_package as fp
from deforestation_classifier.core.alerts.field_merge import BASELINE

ROWS = (  # tile_id, alert, confidence, reviewed_at
    ("EPSG32633_E0_N0", 1, "high", "2024-08-01T10:00:00Z"),
    ("EPSG32633_E1_N0", 0, "candidate", None),
    ("EPSG32633_E2_N0", 0, None, None),
)


def compare_output(path):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    layer = ds.CreateLayer("c_tiles", srs, ogr.wkbPolygon)
    for name, kind in (("tile_id", ogr.OFTString), ("label_before", ogr.OFTString),
                       ("label_after", ogr.OFTString), ("alert", ogr.OFTInteger),
                       ("patch_id", ogr.OFTInteger), ("confidence", ogr.OFTString),
                       ("review_status", ogr.OFTString), ("reviewed_at", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for i, (tile, alert, confidence, at) in enumerate(ROWS):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("tile_id", tile)
        feature.SetField("alert", alert)
        feature.SetField("confidence", confidence)
        if at:
            feature.SetField("review_status", "CONFIRMED")
            feature.SetField("reviewed_at", at)
        x = i * 1000
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} 0,{x + 1000} 0,{x + 1000} 1000,{x} 1000,{x} 0))"))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


class FakeRenderer:
    """Stands in for core/review/chip_source.py ChipRenderer: one colour per date."""

    def __init__(self, value, fail=()):
        self.value, self.fail, self.calls = value, fail, []

    def render(self, tile_id, grid_wkt="", bounds=None):
        self.calls.append((tile_id, bounds))
        if tile_id in self.fail:
            raise RuntimeError("outside the raster")
        return np.full((4, 4, 3), self.value, dtype=np.uint8)


def test_the_queue_tiles_and_their_chips_are_packaged(tmp_path):
    source = compare_output(tmp_path / "c.gpkg")
    before, after = FakeRenderer(10), FakeRenderer(200, fail={"EPSG32633_E1_N0"})
    package = fp.write_package(source, None, str(tmp_path / "field"),
                               {fp.BEFORE: before, fp.AFTER: after})
    assert package.tiles == 2 and package.chips == 3
    assert "1 chips could not be made" in package.notes[0]
    assert before.calls[0] == ("EPSG32633_E0_N0", (0.0, 0.0, 1000.0, 1000.0))
    rows = fp.read_field_rows(package.gpkg)
    assert set(rows) == {"EPSG32633_E0_N0", "EPSG32633_E1_N0"}  # the alert and the candidate
    first = rows["EPSG32633_E0_N0"]
    assert first["chip_before"] == "DCIM/EPSG32633_E0_N0_before.png"
    assert (tmp_path / "field" / first["chip_after"]).read_bytes()[:4] == b"\x89PNG"
    assert first[BASELINE] == "2024-08-01T10:00:00Z"
    assert rows["EPSG32633_E1_N0"]["chip_after"] is None and "audit_status" in first
    assert fp.is_packaged(package.gpkg)
    with pytest.raises(fp.PackageError, match="already holds a field package"):
        fp.write_package(source, None, str(tmp_path / "field"), {})


def test_without_rasters_the_package_has_no_chips_and_says_so(tmp_path):
    package = fp.write_package(compare_output(tmp_path / "c.gpkg"), "c_tiles",
                               str(tmp_path / "f"), {fp.BEFORE: None, fp.AFTER: None})
    assert package.chips == 0 and "BEFORE_RASTER" in package.notes[-1]


def test_a_file_that_is_not_a_package_is_refused_and_a_foreign_one_has_no_baseline(tmp_path):
    with pytest.raises(fp.PackageError, match="not a field package"):
        fp.read_field_rows(str(tmp_path / "missing.gpkg"))
    source = compare_output(tmp_path / "c.gpkg")
    rows = fp.read_field_rows(source)  # a compare output itself: merged by time alone
    assert rows["EPSG32633_E0_N0"][BASELINE] is None and not fp.is_packaged(source)


def test_chip_paths_are_relative_and_safe():
    assert fp.chip_path("EPSG32633_E1_N2", "after") == "DCIM/EPSG32633_E1_N2_after.png"
    assert fp.chip_path("a/b c", "before") == "DCIM/a_b_c_before.png"
