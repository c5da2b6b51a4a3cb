"""The BOA offset checked against the pixels (core/imagery/offset_check.py): the verdicts on
forest with and without the +1000 offset and on desert, and classify's own inputs whose metadata
declares an offset (BOA_ADD_OFFSET in a GeoTIFF, a band offset as stack_bands writes it)."""
import numpy as np
import pytest
from osgeo import gdal

from deforestation_classifier.core.imagery import offset_check, scaling

rng = np.random.default_rng(3)


def forest(n=200):
    """Offset-free DN of forest with a river: Red ~300, Green ~500, water at ~150."""
    red = rng.normal(300, 50, (n, n))
    green = rng.normal(500, 60, (n, n))
    nir = rng.normal(2800, 300, (n, n))
    red[:, :10], green[:, :10] = 150, 250
    return [np.clip(b, 1, 10000).astype(np.uint16) for b in (nir, red, green)]


def desert(n=200):
    return [np.clip(rng.normal(m, m * 0.1, (n, n)), 1, 10000).astype(np.uint16)
            for m in (3500, 3000, 2600)]


def test_verdicts():
    nir, red, green = forest()
    assert offset_check.evidence(red, green).verdict == offset_check.REMOVED
    assert offset_check.evidence(red + 1000, green + 1000).verdict == offset_check.IN
    _, red, green = desert()
    assert offset_check.evidence(red, green).verdict == offset_check.UNDECIDED
    assert offset_check.evidence(red + 1000, green + 1000).verdict == offset_check.UNDECIDED
    assert offset_check.evidence(red[:10, :10], green[:10, :10]).verdict == \
        offset_check.UNDECIDED  # too few pixels
    # Reflectance 0..1 with its scale.
    _, red, green = forest()
    assert offset_check.evidence(red / 1e4, green / 1e4, 1e4).verdict == offset_check.REMOVED


def test_reconcile_pixels_decide_only_on_a_clear_disagreement():
    _, red, green = forest()
    lying = offset_check.reconcile(-1000, "flag false", offset_check.evidence(red, green), "x")
    assert lying.offset == 0 and lying.decided_by == "pixels"
    assert "disagree" in lying.warning and "Red" in lying.warning and "flag false" in \
        lying.warning
    agreed = offset_check.reconcile(0, "flag true", offset_check.evidence(red, green), "x")
    assert agreed.offset == 0 and agreed.decided_by == "metadata" and not agreed.warning
    other = offset_check.reconcile(0, "flag true",
                                   offset_check.evidence(red + 1000, green + 1000), "x")
    assert other.offset == -1000 and other.decided_by == "pixels"
    _, red, green = desert()
    blind = offset_check.reconcile(-1000, "flag false", offset_check.evidence(red, green), "x")
    assert blind.offset == -1000 and blind.decided_by == "metadata"
    assert "could not be checked against the pixels" in blind.warning


def _tif(path, bands, band_offset=None, boa=None):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), bands[0].shape[1], bands[0].shape[0],
                                              3, gdal.GDT_UInt16)
    ds.SetGeoTransform((500000, 10, 0, 5800000, 0, -10))
    for i, band in enumerate(bands, start=1):
        b = ds.GetRasterBand(i)
        b.WriteArray(band)
        if band_offset is not None:
            b.SetOffset(band_offset)
            b.SetScale(1.0)
        if boa is not None:
            b.SetMetadataItem("BOA_ADD_OFFSET", str(boa))
    ds = None
    return gdal.Open(str(path))


@pytest.mark.parametrize("kind", ["band_offset", "boa_add_offset"])
def test_classify_inputs_with_an_offset_in_their_metadata(tmp_path, kind):
    meta = {"band_offset": {"band_offset": -1000.0}, "boa_add_offset": {"boa": -1000}}[kind]
    # The metadata says -1000 but the pixels were already offset-free: the pixels decide.
    ds = _tif(tmp_path / "free.tif", forest(), **meta)
    rule = scaling.dn_scaling(ds, [1, 2, 3], "free.tif")
    assert rule.offsets == (0.0,) * 3
    assert any("disagree" in w and "DN used as stored" in w for w in rule.warnings)
    assert scaling.value_warnings(rule, [scaling.sample_band(ds, n) for n in (1, 2, 3)])
    # The offset really in: the metadata is confirmed, nothing to warn about.
    ds = _tif(tmp_path / "in.tif", [b + 1000 for b in forest()], **meta)
    rule = scaling.dn_scaling(ds, [1, 2, 3], "in.tif")
    assert rule.offsets == (-1000.0,) * 3 and not rule.warnings
    # Desert: the pixels cannot tell; the metadata decides, and a warning says so.
    ds = _tif(tmp_path / "desert.tif", [b + 1000 for b in desert()], **meta)
    rule = scaling.dn_scaling(ds, [1, 2, 3], "desert.tif")
    assert rule.offsets == (-1000.0,) * 3
    assert any("could not be checked" in w for w in rule.warnings)
    # OFFSET given by the user: nothing is checked.
    rule = scaling.dn_scaling(ds, [1, 2, 3], "desert.tif", offset_override=0)
    assert rule.offsets == (0.0,) * 3 and not rule.warnings
