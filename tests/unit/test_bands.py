"""Band detection from the descriptions seen in the wild (docs/INPUTS.md)."""
import pytest

from deforestation_classifier.core.imagery.bands import BandError, select_bands

GDAL_SENTINEL2 = [
    "B4, central wavelength 665 nm", "B3, central wavelength 560 nm",
    "B2, central wavelength 490 nm", "B8, central wavelength 842 nm",
]


def test_gdal_sentinel2_driver_descriptions():
    assert select_bands(GDAL_SENTINEL2).as_list() == [4, 1, 2]


def test_b8a_is_not_b08():
    descs = ["B02", "B03", "B04", "B8A", "B08", "B11"]
    assert select_bands(descs).as_list() == [5, 3, 2]


def test_earth_search_asset_keys_nir08_is_not_nir():
    descs = ["coastal", "blue", "green", "red", "rededge1", "nir", "nir08", "scl"]
    assert select_bands(descs).as_list() == [6, 4, 3]


def test_earth_engine_names():
    descs = ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B9", "B11", "B12"]
    assert select_bands(descs).as_list() == [8, 4, 3]


def test_safe_file_names():
    descs = ["T33UUU_20230101T100000_B03_10m.jp2", "T33UUU_20230101T100000_B04_10m.jp2",
             "T33UUU_20230101T100000_B08_10m.jp2"]
    assert select_bands(descs).as_list() == [3, 2, 1]


def test_explicit_numbers_win_and_are_range_checked():
    assert select_bands(["", "", "", ""], nir=4, red=3, green=2).as_list() == [4, 3, 2]
    with pytest.raises(BandError, match="NIR_BAND is 5.*1 to 4"):
        select_bands(["", "", "", ""], nir=5, red=3, green=2)


def test_missing_description_names_the_parameter():
    with pytest.raises(BandError, match="B08.*Set NIR_BAND"):
        select_bands(["B03", "B04", "B8A"])


def test_ambiguous_descriptions_are_refused():
    with pytest.raises(BandError, match="Several bands look like B04"):
        select_bands(["B08", "B04", "red", "B03"])


def test_fewer_than_three_bands():
    with pytest.raises(BandError, match="2 band"):
        select_bands(["B08", "B04"])
