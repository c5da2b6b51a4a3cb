"""The chip contract (docs/INPUTS.md): how a tile's pixels become the image the model saw.

R = B08 (NIR), G = B04 (Red), B = B03 (Green); uint8 = floor(clip(DN / 3000 * 255, 0, 255)) per
band, DN = surface reflectance x 10000 with the BOA offset removed; DN 0 is nodata and renders
black; 100 x 100 px for 1 km at 10 m.
"""
import numpy as np

CHIP_PX = 100
DN_SATURATION = 3000.0


def valid_mask(bands, nodata_values=(None, None, None)) -> np.ndarray:
    """True where all three bands hold data: not 0 (the contract's nodata), not the band's
    declared nodata value, and finite."""
    mask = np.ones(bands[0].shape, dtype=bool)
    for band, nodata in zip(bands, nodata_values):
        mask &= np.isfinite(band) & (band != 0)
        if nodata is not None and not np.isnan(nodata):
            mask &= band != nodata
    return mask


def render_chip(nir, red, green, mask=None) -> np.ndarray:
    """(H, W, 3) uint8 false-colour chip from DN arrays; pixels outside `mask` are black."""
    stack = np.stack([nir, red, green], axis=-1).astype(np.float64)
    chip = np.floor(np.clip(stack / DN_SATURATION * 255.0, 0.0, 255.0))
    if mask is not None:
        chip[~mask] = 0.0
    # NaN only survives where the mask did not cover it; it is nodata, so black.
    return np.nan_to_num(chip, nan=0.0).astype(np.uint8)


def render_tile_chip(bands, scaling, mask=None) -> np.ndarray:
    """The chip of one tile's raw values, as the model sees it: `bands` is what a TileReader
    read (core/imagery/raster_tiles.py TileBands: nir, red, green, nodata), `scaling` turns raw
    values into DN (core/imagery/scaling.py DnScaling). The valid mask is taken on the raw values;
    pass `mask` when it is already computed."""
    if mask is None:
        mask = valid_mask(bands.as_list(), bands.nodata)
    return render_chip(*scaling.apply_bands(bands.nir, bands.red, bands.green), mask)


def encode_png(chip: np.ndarray) -> bytes:
    """Lossless PNG bytes of an (H, W, 3) uint8 chip, written by GDAL (no extra dependency)."""
    from osgeo import gdal
    import uuid

    height, width, _ = chip.shape
    mem = gdal.GetDriverByName("MEM").Create("", width, height, 3, gdal.GDT_Byte)
    for i in range(3):
        mem.GetRasterBand(i + 1).WriteArray(chip[:, :, i])
    path = f"/vsimem/chip_{uuid.uuid4().hex}.png"
    png = gdal.GetDriverByName("PNG").CreateCopy(path, mem, options=["WORLDFILE=NO"])
    del png  # closes and flushes the file
    mem = None
    try:
        handle = gdal.VSIFOpenL(path, "rb")
        try:
            gdal.VSIFSeekL(handle, 0, 2)
            size = gdal.VSIFTellL(handle)
            gdal.VSIFSeekL(handle, 0, 0)
            return bytes(gdal.VSIFReadL(1, size, handle))
        finally:
            gdal.VSIFCloseL(handle)
    finally:
        gdal.Unlink(path)
