"""Product metadata of Sentinel-2 band files: the BOA offset, the baseline, the acquisition.

Fixtures are SAFE-like folders written on the fly (tests/raster_factory.write_safe_l2a), opened
by GDAL's own JP2OpenJPEG and SENTINEL2 drivers.
"""
import pytest
from osgeo import gdal

from deforestation_classifier.core.imagery import s2_product
from deforestation_classifier.core.imagery.s2_product import (
    BAND_IDS,
    acquisition,
    baseline_number,
    iso_date,
    metadata_for_band_files,
    read_product_xml,
)
from raster_factory import SAFE_GRANULE, safe_name, write_s2_stack, write_safe_l2a

PRODUCT_ID = "S2B_MSIL2A_20240715T095559_N0510_R122_T33UUU_20240715T121523"


def band_files(safe, bands=("B03", "B04", "B08")):
    folder = safe / "GRANULE" / SAFE_GRANULE / "IMG_DATA" / "R10m"
    return [folder / f"T33UUU_20240715T095559_{band}_10m.jp2" for band in bands]


def test_offsets_are_read_per_band_from_the_product_xml(tmp_path):
    safe = write_safe_l2a(tmp_path)
    xml = safe / "MTD_MSIL2A.xml"
    text = xml.read_text().replace('<BOA_ADD_OFFSET band_id="7">-1000<',
                                   '<BOA_ADD_OFFSET band_id="7">-1100<')
    xml.write_text(text)
    meta = read_product_xml(xml)
    assert set(meta.boa_offsets) == set(BAND_IDS)
    assert meta.boa_offsets["B08"] == -1100.0  # band_id 7 is B08 ...
    assert meta.boa_offsets["B8A"] == -1000.0  # ... and 8 is B8A
    assert (meta.baseline, meta.product_id, meta.image_date, meta.level) == \
        ("05.10", PRODUCT_ID, "2024-07-15", "L2A")
    assert meta.source == "MTD_MSIL2A.xml"


def test_the_xml_is_found_five_folders_above_the_band_files(tmp_path):
    safe = write_safe_l2a(tmp_path)
    meta = metadata_for_band_files(band_files(safe))
    assert meta.source == "MTD_MSIL2A.xml"
    assert {b: meta.boa_offsets[b] for b in ("B03", "B04", "B08")} == \
        {"B03": -1000.0, "B04": -1000.0, "B08": -1000.0}


def test_namespace_and_prefix_do_not_matter(tmp_path):
    xml = tmp_path / "MTD_MSIL2A.xml"
    xml.write_text('<Level-2A_User_Product xmlns="urn:other"><General_Info><Product_Info>'
                   "<PROCESSING_BASELINE>04.00</PROCESSING_BASELINE></Product_Info>"
                   "<Product_Image_Characteristics><BOA_ADD_OFFSET_VALUES_LIST>"
                   '<BOA_ADD_OFFSET band_id="2">-1000</BOA_ADD_OFFSET>'
                   "</BOA_ADD_OFFSET_VALUES_LIST></Product_Image_Characteristics>"
                   "</General_Info></Level-2A_User_Product>")
    meta = read_product_xml(xml)
    assert meta.boa_offsets == {"B03": -1000.0} and meta.baseline == "04.00"


def test_baseline_from_the_safe_name_when_the_xml_is_absent(tmp_path):
    safe = write_safe_l2a(tmp_path, with_xml=False)
    meta = metadata_for_band_files(band_files(safe))
    assert meta.baseline == "05.10"
    assert meta.boa_offsets["B08"] == -1000.0 and len(meta.boa_offsets) == 13
    assert meta.source == "the SAFE name (baseline N0510)"
    assert (meta.product_id, meta.image_date, meta.level) == (PRODUCT_ID, "2024-07-15", "L2A")


def test_old_baseline_gives_no_offset(tmp_path):
    for with_xml in (True, False):
        safe = write_safe_l2a(tmp_path / str(with_xml), baseline="02.14", with_xml=with_xml)
        meta = metadata_for_band_files(band_files(safe))
        assert meta.baseline == "02.14" and meta.boa_offsets == {}
        assert not meta.has_offset_baseline


def test_a_baseline_without_an_offsets_list_gets_the_specification_offset(tmp_path):
    safe = write_safe_l2a(tmp_path)
    xml = safe / "MTD_MSIL2A.xml"
    text = xml.read_text()
    start, end = text.index("<BOA_ADD_OFFSET_VALUES_LIST>"), text.index("</BOA_ADD_OFFSET_V")
    xml.write_text(text[:start] + text[end + len("</BOA_ADD_OFFSET_VALUES_LIST>"):])
    assert read_product_xml(xml).boa_offsets == {}
    meta = metadata_for_band_files(band_files(safe))
    assert meta.boa_offsets["B04"] == -1000.0 and "specification" in meta.source


def test_an_unreadable_xml_falls_back_to_the_names(tmp_path):
    safe = write_safe_l2a(tmp_path)
    (safe / "MTD_MSIL2A.xml").write_text("<not xml")
    meta = metadata_for_band_files(band_files(safe))
    assert meta.baseline == "05.10" and meta.source.startswith("the SAFE name")


def test_baselines_compare_as_numbers():
    assert baseline_number("10.00") > baseline_number("04.00") > baseline_number("02.14")
    assert baseline_number("") == 0.0 and baseline_number(None) == 0.0


def test_names_alone(tmp_path):
    # a granule of the older layout carries the baseline as N02.08
    old = tmp_path / "S2A_OPER_MSI_L2A_TL_MTI__20180818T120345_A016478_T34VFJ_N02.08" / \
        "T34VFJ_20180818T094031_B08_10m.jp2"
    meta = metadata_for_band_files([old])
    assert (meta.baseline, meta.image_date, meta.level) == ("02.08", "2018-08-18", "L2A")
    assert meta.boa_offsets == {}
    # a lone downloaded band: a date and a scene id, no baseline
    lone = metadata_for_band_files([tmp_path / "T21LYG_20230105T140049_B08_10m.jp2"])
    assert (lone.baseline, lone.image_date, lone.product_id) == \
        ("", "2023-01-05", "T21LYG_20230105T140049")
    assert lone.boa_offsets == {} and lone.source == "the file names"
    # an L1C product of baseline 04.00+ has RADIO_ADD_OFFSET, not a BOA offset
    l1c = tmp_path / "S2B_MSIL1C_20230823T095559_N0509_R122_T34UCF_20230823T120234.SAFE" / \
        "GRANULE" / "L1C_T34UCF_A033753_20230823T095553" / "IMG_DATA" / \
        "T34UCF_20230823T095559_B08.jp2"
    meta = metadata_for_band_files([l1c])
    assert (meta.level, meta.baseline, meta.boa_offsets) == ("L1C", "05.09", {})
    assert metadata_for_band_files([tmp_path / "B08.tif"]) is None


def test_iso_date():
    assert iso_date("2024-07-15T09:55:59.024Z") == "2024-07-15"
    assert iso_date("20240715") == "2024-07-15"
    assert iso_date("2024-13-01") is None and iso_date("") is None and iso_date(None) is None


# --- acquisition() on each kind of source ----------------------------------------------------
def test_acquisition_prefers_image_date_and_image_id(tmp_path):
    path = write_s2_stack(tmp_path / safe_name().replace(".SAFE", ".tif"),
                          [gdal_array(1)] * 3, origin=(500000.0, 5801000.0))
    ds = gdal.Open(path, gdal.GA_Update)
    ds.SetMetadata({"IMAGE_DATE": "2024-08-01", "IMAGE_ID": "S2B_20LMQ_20240801_0_L2A",
                    "PRODUCT_START_TIME": "2020-01-01T00:00:00Z"})
    assert acquisition(ds, path) == ("2024-08-01", "S2B_20LMQ_20240801_0_L2A")


def test_acquisition_of_the_sentinel2_driver_subdataset(tmp_path):
    safe = write_safe_l2a(tmp_path)
    source = f"SENTINEL2_L2A:{safe / 'MTD_MSIL2A.xml'}:10m:EPSG_32633"
    ds = gdal.Open(source)
    assert ds.GetDriver().ShortName == "SENTINEL2"
    assert acquisition(ds, source) == ("2024-07-15", PRODUCT_ID)
    # and from the name alone, whatever the driver sets
    assert acquisition(EmptyDataset(), source) == ("2024-07-15", PRODUCT_ID)


def test_acquisition_of_a_band_file_and_of_a_plain_raster(tmp_path):
    safe = write_safe_l2a(tmp_path)
    jp2 = str(band_files(safe, ("B08",))[0])
    assert acquisition(gdal.Open(jp2), jp2) == ("2024-07-15", PRODUCT_ID)
    lone = write_s2_stack(tmp_path / "T21LYG_20230105T140049_B08_10m.tif", [gdal_array(1)],
                          origin=(500000.0, 5801000.0), descriptions=("",))
    assert acquisition(gdal.Open(lone), lone) == ("2023-01-05", "T21LYG_20230105T140049")
    plain = write_s2_stack(tmp_path / "s2.tif", [gdal_array(1)] * 3,
                           origin=(500000.0, 5801000.0))
    assert acquisition(gdal.Open(plain), plain) == (None, None)


def test_acquisition_of_a_fetched_window_record(tmp_path):
    path = write_s2_stack(tmp_path / "window.tif", [gdal_array(1)] * 3,
                          origin=(500000.0, 5801000.0))
    ds = gdal.Open(path, gdal.GA_Update)
    ds.SetMetadata({"STAC_ITEM": "S2B_20LMQ_20240801_0_L2A", "DATETIME": "2024-08-01T14:30:00Z"})
    assert acquisition(ds, path) == ("2024-08-01", "S2B_20LMQ_20240801_0_L2A")


def test_the_driver_items_read_are_the_ones_gdal_sets(tmp_path):
    """What GDAL's SENTINEL2 driver puts in the default domain (checked here, not assumed)."""
    safe = write_safe_l2a(tmp_path)
    md = gdal.Open(str(safe / "MTD_MSIL2A.xml")).GetMetadata()
    assert md["PRODUCT_START_TIME"].startswith("2024-07-15")
    assert md["DATATAKE_1_DATATAKE_SENSING_START"].startswith("2024-07-15")
    assert md["PRODUCT_URI"] == safe.name and md["PROCESSING_BASELINE"] == "05.10"
    assert set(s2_product.DATE_ITEMS) & set(md) and set(s2_product.ID_ITEMS) & set(md)


def gdal_array(value):
    import numpy as np

    return np.full((100, 100), value, np.uint16)


class EmptyDataset:
    """A raster with no metadata and no file list."""

    def GetMetadataDomainList(self):  # noqa: N802 (GDAL's names)
        return []

    def GetMetadata(self, domain=""):  # noqa: N802
        return {}

    def GetFileList(self):  # noqa: N802
        return []


def test_a_product_xml_declaring_a_dtd_is_refused(tmp_path):
    """Entity expansion ("billion laughs") is ruled out: no Sentinel-2 XML declares a DTD."""
    from deforestation_classifier.core.imagery.s2_product import ProductXmlError, read_product_xml

    xml = tmp_path / "MTD_MSIL2A.xml"
    xml.write_text('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>',
                   encoding="utf-8")
    with pytest.raises(ProductXmlError, match="declares a DTD"):
        read_product_xml(xml)
