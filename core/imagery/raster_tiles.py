"""Reads raster bands one 1 km tile at a time, resampled onto the 10 m tile grid.

One lazily evaluated warped VRT covers all tiles: GDAL reads and warps only the blocks a tile
touches, so memory stays flat however large the extent is.
"""
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr, osr

from ... import errors
from .bands import BandSelection
from .chips import CHIP_PX
from .grid import TILE_SIZE_M, GridCrs, Tile, srs_from_wkt
from ...toolbelt.i18n import tr

PIXEL_SIZE_M = TILE_SIZE_M / CHIP_PX  # 10 m, Sentinel-2's finest resolution

gdal.UseExceptions()


class RasterError(errors.InputError):
    """The raster cannot be opened or read; the message says why and what to do."""


@dataclass
class TileBands:
    nir: np.ndarray
    red: np.ndarray
    green: np.ndarray
    nodata: tuple

    def as_list(self):
        return [self.nir, self.red, self.green]


def open_raster(source: str):
    try:
        dataset = gdal.Open(source)
    except RuntimeError as exc:
        raise RasterError(tr("GDAL cannot open the raster '{}': {}").format(source, exc)) from exc
    if dataset is None:
        raise RasterError(tr("GDAL cannot open the raster '{}'.").format(source))
    return dataset


def band_descriptions(dataset):
    return [dataset.GetRasterBand(i).GetDescription() or ""
            for i in range(1, dataset.RasterCount + 1)]


def raster_srs(dataset, fallback_wkt: str = "") -> osr.SpatialReference:
    wkt = dataset.GetProjection() or fallback_wkt
    if not wkt:
        raise RasterError(
            tr("The raster has no coordinate reference system. Assign one in the layer "
               "properties (Source > Assigned Coordinate Reference System) and run again.")
        )
    return srs_from_wkt(wkt)


def raster_footprint_native(dataset) -> ogr.Geometry:
    """The raster's extent as a polygon in its own CRS."""
    gt = dataset.GetGeoTransform()
    corners = [
        (gt[0] + gt[1] * px + gt[2] * py, gt[3] + gt[4] * px + gt[5] * py)
        for px, py in ((0, 0), (dataset.RasterXSize, 0),
                       (dataset.RasterXSize, dataset.RasterYSize), (0, dataset.RasterYSize))
    ]
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in corners + corners[:1]:
        ring.AddPoint_2D(x, y)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


class GridWarp:
    """Some bands of a raster, as seen on the 10 m grid of a set of tiles (nearest neighbour)."""

    def __init__(self, dataset, srs: osr.SpatialReference, band_list, grid: GridCrs, tiles,
                 coverage=False):
        """coverage: read() also gives, as its last band, 255 where the raster has data and 0
        outside it or on its nodata (GDAL's alpha band)."""
        if not tiles:
            raise ValueError("GridWarp needs at least one tile.")
        self._dataset = dataset  # GDAL frees bands of a dataset nobody holds: keep it alive
        subset = gdal.Translate("", dataset, format="VRT", bandList=list(band_list))
        if not dataset.GetProjection():
            subset.SetProjection(srs.ExportToWkt())
        self._subset = subset
        self._xmin = min(t.bounds[0] for t in tiles)
        self._ymax = max(t.bounds[3] for t in tiles)
        xmax = max(t.bounds[2] for t in tiles)
        ymin = min(t.bounds[1] for t in tiles)
        self._warped = gdal.Warp(
            "", subset, format="VRT", dstSRS=grid.wkt,
            outputBounds=(self._xmin, ymin, xmax, self._ymax),
            xRes=PIXEL_SIZE_M, yRes=PIXEL_SIZE_M, resampleAlg="near", multithread=False,
            # Exact transforms: the approximate one (GDAL's default, 1/8 pixel) can pick the
            # neighbouring source pixel, so a chip would depend on the extent asked for.
            errorThreshold=0, dstAlpha=coverage,
        )
        if self._warped is None:
            raise RasterError(tr("GDAL could not resample the raster onto the 10 m tile grid."))
        self._row = None
        self.nodata = tuple(self._warped.GetRasterBand(i + 1).GetNoDataValue()
                            for i in range(len(band_list)))

    def read(self, tile: Tile) -> np.ndarray:
        """(bands, 100, 100) array of the tile."""
        if tile.northing_km != self._row:
            # Tiles come row by row: the blocks of the rows above are not needed again. Dropping
            # them keeps memory flat; GDAL's block cache would otherwise grow up to its global
            # limit (5 % of RAM) over a large extent.
            self._warped.FlushCache()
            self._subset.FlushCache()
            self._row = tile.northing_km
        xoff = int(round((tile.bounds[0] - self._xmin) / PIXEL_SIZE_M))
        yoff = int(round((self._ymax - tile.bounds[3]) / PIXEL_SIZE_M))
        data = self._warped.ReadAsArray(xoff, yoff, CHIP_PX, CHIP_PX)
        if data is None:
            raise RasterError(tr("GDAL could not read tile {}.").format(tile.tile_id))
        return data.reshape((-1, CHIP_PX, CHIP_PX))

    def close(self):
        self._warped = None
        self._subset = None
        self._dataset = None


class TileReader:
    """The chip's three bands (NIR, Red, Green) of each tile."""

    def __init__(self, dataset, srs: osr.SpatialReference, bands: BandSelection, grid: GridCrs,
                 tiles):
        self._warp = GridWarp(dataset, srs, bands.as_list(), grid, tiles)

    def read(self, tile: Tile) -> TileBands:
        data = self._warp.read(tile)
        return TileBands(nir=data[0], red=data[1], green=data[2], nodata=self._warp.nodata)

    def close(self):
        self._warp.close()
