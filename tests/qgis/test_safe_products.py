"""A SAFE L2A product of processing baseline 05.10, end to end: deforestation:stack_bands on the
SAFE folder, then deforestation:classify on the VRT with the tiny model. The chips the model saw
must be the contract's rendering of the stored DN with the BOA offset removed,
floor(clip((raw - 1000) / 3000 * 255, 0, 255)), pixel for pixel; and the output must record the
acquisition date and product id."""
import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsVectorLayer

from test_reliability import Recorder
from raster_factory import SAFE_ORIGIN, safe_l2a_values, safe_name, write_safe_l2a

PRODUCT_ID = safe_name()[:-len(".SAFE")]


@pytest.fixture
def params(provider, tiny_models, tmp_path):
    text, mmproj = tiny_models
    return {"MODEL": str(text), "MMPROJ": str(mmproj), "OUTPUT": str(tmp_path / "out.gpkg"),
            "CHIPS_FOLDER": str(tmp_path / "chips")}


def contract_chip(values, row0, col0):
    """What SimSat rendered for these stored DN: NIR, Red, Green, offset removed, truncated."""
    bands = [values[b][row0:row0 + 100, col0:col0 + 100].astype(np.float64)
             for b in ("B08", "B04", "B03")]
    chip = np.stack([np.floor(np.clip((raw - 1000) / 3000 * 255, 0, 255)) for raw in bands],
                    axis=-1)
    return chip.astype(np.uint8)


def tile_chips(folder):
    """{(row0, col0) in the 200 x 200 band arrays: chip} for the 4 tiles of the fixture."""
    x0, y0 = SAFE_ORIGIN
    chips = {}
    for row0 in (0, 100):
        for col0 in (0, 100):
            east = int((x0 + col0 * 10) // 1000)
            north = int((y0 - (row0 + 100) * 10) // 1000)
            png = folder / f"EPSG32633_E{east}_N{north}.png"
            chips[(row0, col0)] = gdal.Open(str(png)).ReadAsArray().transpose(1, 2, 0)
    return chips


@pytest.mark.parametrize("with_xml", [True, False], ids=["xml", "safe-name"])
def test_safe_l2a_chips_have_the_offset_removed(params, tmp_path, with_xml):
    import processing

    values = safe_l2a_values()
    safe = write_safe_l2a(tmp_path / "download", values=values, with_xml=with_xml)
    stack_log = Recorder()
    vrt = processing.run("deforestation:stack_bands",
                         {"INPUT": str(safe), "OUTPUT": str(tmp_path / "stack.vrt")},
                         feedback=stack_log)["OUTPUT"]
    assert any("BOA_ADD_OFFSET -1000 for B03, B04, B08" in line for line in stack_log.infos)
    assert stack_log.warnings == []

    log = Recorder()
    results = processing.run("deforestation:classify", {**params, "INPUT": vrt}, feedback=log)
    chips = tile_chips(tmp_path / "chips")
    for (row0, col0), chip in chips.items():
        want = contract_chip(values, row0, col0)
        assert np.array_equal(chip, want), \
            f"tile at ({row0}, {col0}): {np.count_nonzero(chip != want)} pixels differ"
    # the offset mattered: where neither rendering clips, raw DN would be 85 levels brighter
    for (row0, col0), chip in chips.items():
        for channel, band in enumerate(("B08", "B04", "B03")):
            raw = values[band][row0:row0 + 100, col0:col0 + 100].astype(np.float64)
            unclipped = (raw >= 1000) & (raw < 3000)
            brighter = np.floor(raw / 3000 * 255)[unclipped] - chip[:, :, channel][unclipped]
            assert set(np.unique(brighter)) <= {84.0, 85.0, 86.0}
    assert sum(np.count_nonzero((values[b] >= 1000) & (values[b] < 3000))
               for b in ("B08", "B04", "B03")) > 10000

    features = list(QgsVectorLayer(results["OUTPUT"], "out", "ogr").getFeatures())
    assert len(features) == 4
    assert {f["status"] for f in features} == {"CLASSIFIED"}
    # the acquisition the VRT carries (IMAGE_DATE, IMAGE_ID) is what the output records
    assert {f["image_date"].toString("yyyy-MM-dd") for f in features} == {"2024-07-15"}
    assert {f["image_id"] for f in features} == {PRODUCT_ID}
    assert not any("offset still in" in w for w in log.warnings)


def test_sentinel2_l2a_subdataset_gets_the_offset_too(params, tmp_path):
    """The SAFE opened by GDAL's SENTINEL2 driver, as QGIS offers it when the MTD_MSIL2A.xml
    is dragged in: GDAL 3.6 exposes no offset, the baseline is enough."""
    import processing

    values = safe_l2a_values()
    safe = write_safe_l2a(tmp_path / "download", values=values)
    subdatasets = gdal.Open(str(safe / "MTD_MSIL2A.xml")).GetSubDatasets()
    ten_m = next(name for name, _ in subdatasets if ":10m:" in name)
    from qgis.core import QgsRasterLayer

    layer = QgsRasterLayer(ten_m, "s2", "gdal")
    assert layer.isValid()
    log = Recorder()
    results = processing.run("deforestation:classify", {**params, "INPUT": layer},
                             feedback=log)
    assert any("BOA_ADD_OFFSET -1000" in line for line in log.infos)
    for (row0, col0), chip in tile_chips(tmp_path / "chips").items():
        assert np.array_equal(chip, contract_chip(values, row0, col0))
    features = list(QgsVectorLayer(results["OUTPUT"], "out", "ogr").getFeatures())
    assert {f["image_date"].toString("yyyy-MM-dd") for f in features} == {"2024-07-15"}
