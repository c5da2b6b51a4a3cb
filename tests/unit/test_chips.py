"""Chip pixels against hand-computed values (the chip contract, docs/INPUTS.md)."""
import numpy as np
from osgeo import gdal

from deforestation_classifier.core.imagery.chips import (
    encode_png,
    render_chip,
    render_tile_chip,
    valid_mask,
)
from deforestation_classifier.core.imagery.raster_tiles import TileBands
from deforestation_classifier.core.imagery.scaling import DnScaling


def _full(value, shape=(100, 100)):
    return np.full(shape, value, dtype=np.uint16)


def test_stretch_truncates_and_saturates():
    dn = np.array([[0, 11, 12, 1500, 2999, 3000, 5000, 65535]], dtype=np.uint16)
    chip = render_chip(dn, dn, dn)
    # floor(DN / 3000 * 255): 11 -> 0.935, 12 -> 1.02, 1500 -> 127.5, 2999 -> 254.915
    assert chip[0, :, 0].tolist() == [0, 0, 1, 127, 254, 255, 255, 255]


def test_channels_are_nir_red_green():
    chip = render_chip(_full(3000), _full(1500), _full(600))
    assert chip.shape == (100, 100, 3) and chip.dtype == np.uint8
    assert chip[0, 0].tolist() == [255, 127, 51]


def test_float_dn_is_floored_like_integers():
    chip = render_chip(np.array([[1764.7]]), np.array([[35.3]]), np.array([[2823.5]]))
    # 1764.7/3000*255 = 149.9995 ; 35.3 -> 3.0005 ; 2823.5 -> 239.9975
    assert chip[0, 0].tolist() == [149, 3, 239]


def test_nodata_pixels_render_black_and_are_invalid():
    nir, red, green = _full(2000), _full(1000), _full(900)
    red[0, 0] = 0
    nir[1, 1] = 9999
    mask = valid_mask([nir, red, green], (9999, None, None))
    chip = render_chip(nir, red, green, mask)
    assert not mask[0, 0] and not mask[1, 1] and mask[2, 2]
    assert chip[0, 0].tolist() == [0, 0, 0] and chip[1, 1].tolist() == [0, 0, 0]
    assert chip[2, 2].tolist() == [170, 85, 76]
    assert mask.mean() == (10000 - 2) / 10000


def test_nan_is_nodata():
    nir = np.full((2, 2), np.nan)
    mask = valid_mask([nir, nir, nir])
    assert not mask.any()
    assert render_chip(nir, nir, nir, mask).max() == 0


def test_a_tile_chip_masks_the_raw_values_then_scales_them():
    # An L2A baseline 04.00+ tile: DN = raw - 1000; raw 0 and the declared nodata stay black.
    nir, red, green = _full(4000), _full(2500), _full(1600)
    nir[0, 0] = 0
    red[1, 1] = 65535
    bands = TileBands(nir, red, green, (None, 65535, None))
    scaling = DnScaling.uniform(offset=-1000.0)
    chip = render_tile_chip(bands, scaling)
    assert chip[0, 0].tolist() == [0, 0, 0] and chip[1, 1].tolist() == [0, 0, 0]
    assert chip[2, 2].tolist() == [255, 127, 51]  # DN 3000, 1500, 600
    # With the mask given, the same chip: the caller's mask is the one applied.
    mask = valid_mask(bands.as_list(), bands.nodata)
    assert np.array_equal(render_tile_chip(bands, scaling, mask), chip)
    mask[2, 2] = False
    assert render_tile_chip(bands, scaling, mask)[2, 2].tolist() == [0, 0, 0]


def test_png_round_trip_is_lossless(tmp_path):
    rng = np.random.default_rng(1)
    chip = rng.integers(0, 256, (100, 100, 3), dtype=np.uint8)
    path = tmp_path / "chip.png"
    path.write_bytes(encode_png(chip))
    back = gdal.Open(str(path)).ReadAsArray().transpose(1, 2, 0)
    assert np.array_equal(back, chip)
