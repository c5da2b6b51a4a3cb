"""Synthetic Sentinel-2 rasters for tests and benchmarks, written with GDAL."""
import numpy as np
from osgeo import gdal, osr

DEFAULT_DESCRIPTIONS = ("B08", "B04", "B03")


def write_s2_stack(path, bands, *, origin, pixel_size=10.0, epsg=32633,
                   descriptions=DEFAULT_DESCRIPTIONS, nodata=None, dtype=gdal.GDT_UInt16):
    """Write arrays (list of (rows, cols)) as a GeoTIFF stack; origin = (xmin, ymax)."""
    rows, cols = bands[0].shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, len(bands), dtype,
                                              options=["TILED=YES", "COMPRESS=DEFLATE"])
    ds.SetGeoTransform((origin[0], pixel_size, 0.0, origin[1], 0.0, -pixel_size))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    for i, array in enumerate(bands):
        band = ds.GetRasterBand(i + 1)
        band.WriteArray(array)
        if i < len(descriptions):
            band.SetDescription(descriptions[i])
        if nodata is not None:
            band.SetNoDataValue(nodata)
    ds.FlushCache()
    ds = None
    return str(path)


def patterned_bands(rows, cols, seed=0):
    """NIR, Red, Green DN arrays whose 1 km blocks differ (forest-like, cleared-like, bare)."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:rows, 0:cols]
    block = (yy // 100) * 7 + (xx // 100) * 3
    nir = (800 + (block * 397) % 4200 + rng.integers(0, 300, (rows, cols))).astype(np.uint16)
    red = (200 + (block * 211) % 2600 + rng.integers(0, 200, (rows, cols))).astype(np.uint16)
    green = (300 + (block * 157) % 1900 + rng.integers(0, 200, (rows, cols))).astype(np.uint16)
    return [nir, red, green]
