"""Clearings: inside the tiles of a comparison, the 10 m pixels that went from vegetated to
cleared between two images, vectorised, measured on the ground and filtered by a minimum
mapping unit. numpy and GDAL only (no QGIS): tests/unit/test_clearings.py runs it on painted
arrays.

The index and its thresholds, with their sources, are in docs/ALERTS.md:

- NDVI = (B08 - B04) / (B08 + B04) on contract DN (core/imagery/scaling.py, the chips' scaling);
- vegetated before: NDVI >= 0.6 (USGS: dense vegetation, temperate and tropical forest, 0.6 to
  0.9); cleared after: NDVI < 0.5 (below the upper end of USGS's sparse vegetation, 0.2 to 0.5);
- a pixel counts only where both dates saw the ground: not nodata, not cloud, cloud shadow,
  saturated or snow in the SCL where one is known, and never as bright in red as a cloud
  (B04 reflectance >= 0.25, Sen2Cor's upper brightness threshold T2_B04, L2A_CAL_SC_GIPP).

Pixels are 4-connected (edge neighbours), over tile borders: a clearing that crosses a border is
one polygon.
"""
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

import numpy as np
from osgeo import gdal, ogr, osr

from ..imagery.chips import CHIP_PX
from ..imagery.grid import TILE_SIZE_M, parse_tile_id, rectangle_polygon
from .compare import M2_PER_HA, edge_groups, ground_area_m2

VEGETATED_NDVI = 0.6
CLEARED_NDVI = 0.5
CLOUD_RED_DN = 2500.0  # B04 reflectance 0.25 as contract DN (reflectance x 10000)
PIXEL_M = TILE_SIZE_M / CHIP_PX  # 10 m
# A tile without a clearing is rated (low) only when both dates saw at least this share of it:
# under more cloud than that, the absence of a clearing says nothing.
MIN_SEEN_SHARE = 0.5

gdal.UseExceptions()


def ndvi(nir: np.ndarray, red: np.ndarray) -> np.ndarray:
    """NDVI (float32) of contract DN; NaN where NIR + Red is not positive."""
    nir = nir.astype(np.float32)
    red = red.astype(np.float32)
    total = nir + red
    with np.errstate(divide="ignore", invalid="ignore"):
        index = (nir - red) / total
    index[~(total > 0)] = np.nan
    return index


def seen_index(nir: np.ndarray, red: np.ndarray, valid: np.ndarray,
               cloudy: Optional[np.ndarray] = None) -> np.ndarray:
    """The NDVI of one date where it saw the ground, NaN elsewhere: `valid` is the bands' data
    mask (core/imagery/chips.py valid_mask), `cloudy` the mask's cloud, shadow and no-data
    pixels (None: no mask known); pixels as bright in red as a cloud are left out too."""
    index = ndvi(nir, red)
    seen = valid & (red.astype(np.float32) < CLOUD_RED_DN)
    if cloudy is not None:
        seen &= ~cloudy
    index[~seen] = np.nan
    return index


def cleared_pixels(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Pixels vegetated in `before` and cleared in `after` (seen NDVI arrays: NaN is never)."""
    with np.errstate(invalid="ignore"):
        return (before >= VEGETATED_NDVI) & (after < CLEARED_NDVI)


@dataclass
class TileScan:
    """What the two dates show of one tile."""

    tile_id: str
    seen_share: float  # share of the tile both dates saw
    cleared: Optional[np.ndarray] = None  # bool (100, 100); None when no pixel was cleared
    before: Optional[np.ndarray] = None  # seen NDVI, kept only where a pixel was cleared
    after: Optional[np.ndarray] = None


def scan_tile(tile_id: str, before: Optional[np.ndarray], after: Optional[np.ndarray]) -> TileScan:
    """A tile's scan from its two seen-NDVI arrays (None: the date could not be read)."""
    if before is None or after is None:
        return TileScan(tile_id, 0.0)
    seen = ~np.isnan(before) & ~np.isnan(after)
    cleared = cleared_pixels(before, after)
    scan = TileScan(tile_id, float(seen.mean()))
    if cleared.any():
        scan.cleared, scan.before, scan.after = cleared, before, after
    return scan


@dataclass
class Clearing:
    """One clearing: its polygon in the grid CRS and what it holds."""

    geometry: ogr.Geometry = field(repr=False)
    area_ha: float
    index_before: float  # mean NDVI of its pixels
    index_after: float
    tile_ha: Dict[str, float]  # its area in each tile it crosses
    pixels: int
    # Filled from the comparison, the reference alerts and the overlay (core/alerts/tiers.py,
    # core/alerts/overlay.py).
    clearing_id: int = 0
    tile_id: str = ""
    patch_id: Optional[int] = None
    confidence: Optional[str] = None
    reference_overlap_ha: Optional[float] = None
    overlay_ha: Optional[float] = None
    overlay_names: Optional[str] = None
    image_date_before: Optional[str] = None
    image_date_after: Optional[str] = None


@dataclass
class Mosaic:
    """Some edge-connected tiles' scans on one 10 m grid (the tiles' bounding box)."""

    tile_ids: List[str]
    e0: int
    n1: int  # the northern row of tiles
    width: int
    height: int
    cleared: np.ndarray
    before: np.ndarray
    after: np.ndarray

    @property
    def origin(self) -> Tuple[float, float]:
        return self.e0 * TILE_SIZE_M, (self.n1 + 1) * TILE_SIZE_M

    @property
    def bounds(self):
        xmin, ymax = self.origin
        return xmin, ymax - self.height * PIXEL_M, xmin + self.width * PIXEL_M, ymax

    def block(self, tile_id: str):
        """(row, column) slices of a tile in the mosaic."""
        tile = parse_tile_id(tile_id)
        r0 = (self.n1 - tile.northing_km) * CHIP_PX
        c0 = (tile.easting_km - self.e0) * CHIP_PX
        return slice(r0, r0 + CHIP_PX), slice(c0, c0 + CHIP_PX)


def mosaics(scans: Iterable[TileScan]) -> List[Mosaic]:
    """The scans with cleared pixels, one mosaic per group of edge-connected tiles (a clearing
    crosses from tile to tile only through an edge)."""
    with_pixels = {s.tile_id: s for s in scans if s.cleared is not None}
    out = []
    for group in edge_groups(with_pixels):
        tiles = [parse_tile_id(t) for t in group]
        e0, e1 = min(t.easting_km for t in tiles), max(t.easting_km for t in tiles)
        n0, n1 = min(t.northing_km for t in tiles), max(t.northing_km for t in tiles)
        width, height = (e1 - e0 + 1) * CHIP_PX, (n1 - n0 + 1) * CHIP_PX
        mosaic = Mosaic(group, e0, n1, width, height, np.zeros((height, width), np.uint8),
                        np.full((height, width), np.nan, np.float32),
                        np.full((height, width), np.nan, np.float32))
        for tile_id in group:
            rows, cols = mosaic.block(tile_id)
            scan = with_pixels[tile_id]
            mosaic.cleared[rows, cols] = scan.cleared
            mosaic.before[rows, cols] = scan.before
            mosaic.after[rows, cols] = scan.after
        out.append(mosaic)
    return out


def _mem_raster(array: np.ndarray, mosaic: Mosaic, srs: osr.SpatialReference, kind):
    ds = gdal.GetDriverByName("MEM").Create("", mosaic.width, mosaic.height, 1, kind)
    xmin, ymax = mosaic.origin
    ds.SetGeoTransform((xmin, PIXEL_M, 0.0, ymax, 0.0, -PIXEL_M))
    ds.SetProjection(srs.ExportToWkt())
    if array is not None:
        ds.GetRasterBand(1).WriteArray(array)
    return ds


def _memory_layer(srs):
    driver = ogr.GetDriverByName("Memory") or ogr.GetDriverByName("MEM")
    source = driver.CreateDataSource("")
    layer = source.CreateLayer("clearings", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    return source, layer


def label_clearings(mosaic: Mosaic, srs: osr.SpatialReference):
    """(polygons, labels): the 4-connected groups of cleared pixels as polygons (grid CRS) and
    an int32 array holding, per pixel, 1 + the index of its polygon (0: not cleared). GDAL
    vectorises (Polygonize) and burns the polygons back (pixel centres inside)."""
    mask_ds = _mem_raster(mosaic.cleared, mosaic, srs, gdal.GDT_Byte)
    band = mask_ds.GetRasterBand(1)
    source, layer = _memory_layer(srs)
    gdal.Polygonize(band, band, layer, 0, [])
    polygons = []
    layer.ResetReading()
    for number, feature in enumerate(layer, start=1):
        feature.SetField("label", number)
        layer.SetFeature(feature)
        polygons.append(feature.GetGeometryRef().Clone())
    label_ds = _mem_raster(None, mosaic, srs, gdal.GDT_Int32)
    gdal.RasterizeLayer(label_ds, [1], layer, options=["ATTRIBUTE=label"])
    labels = label_ds.GetRasterBand(1).ReadAsArray().astype(np.int32)
    labels[mosaic.cleared == 0] = 0
    return polygons, labels


def ground_factor(mosaic: Mosaic, srs: osr.SpatialReference) -> float:
    """Ground area per grid-CRS square metre over the mosaic (a UTM square metre is not one on
    the ground: the scale factor is 0.9996 at the central meridian)."""
    rectangle = rectangle_polygon(*mosaic.bounds)
    return ground_area_m2(rectangle, srs) / rectangle.GetArea()


def delineate(mosaic: Mosaic, srs: osr.SpatialReference, min_area_ha: float,
              marks: Optional[np.ndarray] = None) -> List[Clearing]:
    """The clearings of one mosaic of at least `min_area_ha` on the ground; `marks` (bool, the
    mosaic's shape): where reference alerts lie, for each clearing's reference_overlap_ha."""
    polygons, labels = label_clearings(mosaic, srs)
    count = len(polygons)
    if not count:
        return []
    flat = labels.ravel()
    pixels = np.bincount(flat, minlength=count + 1)
    inside = flat > 0
    sum_before = np.bincount(flat[inside], weights=mosaic.before.ravel()[inside],
                             minlength=count + 1)
    sum_after = np.bincount(flat[inside], weights=mosaic.after.ravel()[inside],
                            minlength=count + 1)
    if marks is not None:
        marked = inside & marks.ravel()
        reference = np.bincount(flat[marked], minlength=count + 1)
    pixel_ha = PIXEL_M * PIXEL_M * ground_factor(mosaic, srs) / M2_PER_HA
    per_tile = {}
    for tile_id in mosaic.tile_ids:
        rows, cols = mosaic.block(tile_id)
        per_tile[tile_id] = np.bincount(labels[rows, cols].ravel(), minlength=count + 1)
    clearings = []
    for label in range(1, count + 1):
        area_ha = pixels[label] * pixel_ha
        if pixels[label] == 0 or area_ha < min_area_ha:
            continue
        clearings.append(Clearing(
            geometry=polygons[label - 1], area_ha=round(float(area_ha), 4),
            index_before=round(float(sum_before[label] / pixels[label]), 4),
            index_after=round(float(sum_after[label] / pixels[label]), 4),
            tile_ha={t: round(float(c[label] * pixel_ha), 4)
                     for t, c in per_tile.items() if c[label]},
            pixels=int(pixels[label]),
            reference_overlap_ha=None if marks is None
            else round(float(reference[label] * pixel_ha), 4)))
    return clearings


def delineate_all(scans: Iterable[TileScan], srs: osr.SpatialReference, min_area_ha: float,
                  reference=None) -> List[Clearing]:
    """Every clearing of at least `min_area_ha` in the scans, mosaic by mosaic; `reference`:
    reference alerts as a raster (core/alerts/overlay.py ReferenceRaster) or None."""
    out = []
    for mosaic in mosaics(scans):
        marks = reference.marks(mosaic) if reference is not None else None
        out.extend(delineate(mosaic, srs, min_area_ha, marks))
    return out
