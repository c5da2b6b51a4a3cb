"""Painted before/after Sentinel-2 stacks for the clearings tests (core/alerts/clearings.py), on
the tiles of tests/tile_factory.py (EPSG:32633, tile tid(e, n) at E400+e km, N5800+n km).

The canvas covers tiles tid(0..COLS-1, 0..ROWS-1); pixels are addressed per tile (e, n) and
row/column inside the tile (row 0 is the tile's northern edge), as the grid reads them.
"""
import numpy as np
from osgeo import gdal, osr

from raster_factory import write_s2_stack

COLS, ROWS = 4, 3  # tiles
ORIGIN = (400000.0, 5800000.0 + ROWS * 1000.0)  # the north-western corner
# NIR (B08), Red (B04), Green (B03) as contract DN.
FOREST = (3000, 300, 500)  # NDVI 0.82
CLEARED = (2200, 1400, 1000)  # NDVI 0.22
PASTURE = (2500, 1200, 900)  # NDVI 0.35 in both dates: an old clearing
CLOUD = (6500, 6200, 6300)  # as bright as a cloud in every band
PIXEL_HA = 0.01  # one 10 m pixel, in the grid CRS


def canvas(fill=FOREST):
    """(3, rows, cols) uint16 DN, all `fill`."""
    data = np.zeros((3, ROWS * 100, COLS * 100), np.uint16)
    for band, value in enumerate(fill):
        data[band] = value
    return data


def window(e, n, row=0, col=0, height=100, width=100):
    """(row slice, column slice) of a window inside tile (e, n) of the canvas."""
    r0 = (ROWS - 1 - n) * 100 + row
    c0 = e * 100 + col
    return slice(r0, r0 + height), slice(c0, c0 + width)


def paint(data, value, e, n, row=0, col=0, height=100, width=100):
    rows, cols = window(e, n, row, col, height, width)
    for band, v in enumerate(value):
        data[band, rows, cols] = v
    return data


def write(path, data, date=None):
    """The canvas as a GeoTIFF stack (B08, B04, B03), with IMAGE_DATE when given."""
    write_s2_stack(path, list(data), origin=ORIGIN)
    if date:
        ds = gdal.Open(str(path), gdal.GA_Update)
        ds.SetMetadataItem("IMAGE_DATE", date)
        ds = None
    return str(path)


def write_mask(path, values, origin=ORIGIN):
    """A single-band Byte raster on the canvas' grid (an SCL, or reference alerts)."""
    rows, cols = values.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((origin[0], 10.0, 0.0, origin[1], 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(values)
    ds = None
    return str(path)


def window_wkt(e, n, row=0, col=0, height=100, width=100):
    """The polygon (EPSG:32633) of a window of tile (e, n)."""
    x0 = (400 + e) * 1000.0 + col * 10.0
    y1 = (5800 + n + 1) * 1000.0 - row * 10.0
    x1, y0 = x0 + width * 10.0, y1 - height * 10.0
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"
