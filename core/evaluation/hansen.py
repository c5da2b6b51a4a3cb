"""Reference labels for tiles from Hansen Global Forest Change (treecover2000 + lossyear).

The model card's rule (docs/EVALUATION.md): STANDING_FOREST = >= 50 % canopy in 2000 and no recent
loss; RECENTLY_CLEARED = was forest, loss inside the recent window; else LONG_TERM_NON_FOREST. The
card publishes no tile-level thresholds, so they are parameters here (HansenRule) and are recorded
with every output.

Per pixel (only the pixels whose centre lies inside the tile and that are valid in both layers):

- forest2000     treecover2000 >= canopy_threshold
- recent loss    forest2000 and first_year <= 2000 + lossyear <= last_year
- older loss     forest2000 and 2001 <= 2000 + lossyear < first_year
- standing       forest2000 and no loss through last_year (loss after last_year does not count)

so standing = forest2000 - recent loss - older loss. Per tile, with n valid pixels:
RECENTLY_CLEARED when recent/n >= recent_loss_fraction (and at least one recent-loss pixel),
else STANDING_FOREST when standing/n >= forest_fraction (and at least one standing pixel),
else LONG_TERM_NON_FOREST. A tile without valid pixels gets no label.

Pure GDAL/numpy, no QGIS.
"""
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

import numpy as np
from osgeo import gdal, ogr, osr

from ... import errors
from ..vocabulary import LONG_TERM_NON_FOREST, RECENTLY_CLEARED, STANDING_FOREST
from ...toolbelt.i18n import tr

HANSEN_NODATA = 255
LOSS_YEAR_BASE = 2000  # lossyear value v means loss in year 2000 + v; 0 means no loss
FIRST_LOSS_YEAR = 2001
HANSEN_VERSION = "GFC-2024-v1.12"
HANSEN_URL = (
    f"https://storage.googleapis.com/earthenginepartners-hansen/{HANSEN_VERSION}/"
    f"Hansen_{HANSEN_VERSION}_{{layer}}_{{granule}}.tif"
)
GRANULE_DEGREES = 10

# Tile status.
LABELLED = "LABELLED"
NO_HANSEN_DATA = "NO_HANSEN_DATA"  # no valid Hansen pixel centre inside the tile
NO_GEOMETRY = "NO_GEOMETRY"  # the feature has no (polygon) geometry
STATUSES = (LABELLED, NO_HANSEN_DATA, NO_GEOMETRY)

# Rows read (and rasterised) at a time, so a large polygon never loads a whole granule.
_BLOCK_ROWS = 1024


class HansenError(errors.InputError):
    """The rasters or the rule cannot be used; the message says what to change."""


@dataclass(frozen=True)
class HansenRule:
    first_year: int = 2020
    last_year: int = 2024
    canopy_threshold: float = 50.0
    forest_fraction: float = 0.5
    recent_loss_fraction: float = 0.05

    def validate(self) -> None:
        if self.first_year < FIRST_LOSS_YEAR:
            raise HansenError(
                tr("FIRST_YEAR {} is before {}, the first year of Hansen loss; choose a year "
                   "from 2001 on (e.g. 2020).").format(self.first_year, FIRST_LOSS_YEAR))
        if self.last_year < self.first_year:
            raise HansenError(
                tr("LAST_YEAR {} is before FIRST_YEAR {}; the window is "
                   "FIRST_YEAR..LAST_YEAR inclusive (e.g. 2020-2024).").format(
                   self.last_year, self.first_year))
        if self.last_year - LOSS_YEAR_BASE >= HANSEN_NODATA:
            raise HansenError(tr("LAST_YEAR {} is beyond what lossyear can encode.").format(
                                 self.last_year))
        if not 0 <= self.canopy_threshold <= 100:
            raise HansenError(
                tr("CANOPY_THRESHOLD {} is not a percentage (0-100).").format(
                   self.canopy_threshold))
        for name, value in (("FOREST_FRACTION", self.forest_fraction),
                            ("RECENT_LOSS_FRACTION", self.recent_loss_fraction)):
            if not 0 <= value <= 1:
                raise HansenError(tr("{} {} is not a fraction between 0 and 1.").format(
                                     name, value))

    def describe(self) -> str:
        return (
            f"Hansen GFC reference labels: recent-loss window {self.first_year}-{self.last_year} "
            f"(lossyear {self.first_year - LOSS_YEAR_BASE}-{self.last_year - LOSS_YEAR_BASE}); "
            f"forest in 2000 = treecover2000 >= {self.canopy_threshold:g} %; "
            f"RECENTLY_CLEARED when forest-2000 pixels lost in the window make up "
            f">= {self.recent_loss_fraction:g} of the tile's valid pixels; else STANDING_FOREST "
            f"when forest-2000 pixels without loss through {self.last_year} make up "
            f">= {self.forest_fraction:g}; else LONG_TERM_NON_FOREST. Pixels are those whose "
            f"centre lies inside the tile; {HANSEN_NODATA} is nodata."
        )


@dataclass(frozen=True)
class TileStats:
    """Pixel counts of one tile (valid pixels only)."""

    hansen_pixels: int = 0
    forest2000: int = 0
    standing: int = 0
    recent_loss: int = 0
    older_loss: int = 0

    def __add__(self, other: "TileStats") -> "TileStats":
        return TileStats(*(a + b for a, b in zip(self._counts(), other._counts())))

    def _counts(self):
        return (self.hansen_pixels, self.forest2000, self.standing, self.recent_loss,
                self.older_loss)

    def _fraction(self, count: int) -> Optional[float]:
        return count / self.hansen_pixels if self.hansen_pixels else None

    @property
    def forest2000_fraction(self) -> Optional[float]:
        return self._fraction(self.forest2000)

    @property
    def standing_forest_fraction(self) -> Optional[float]:
        return self._fraction(self.standing)

    @property
    def recent_loss_fraction(self) -> Optional[float]:
        return self._fraction(self.recent_loss)

    @property
    def older_loss_fraction(self) -> Optional[float]:
        return self._fraction(self.older_loss)


def valid_mask(treecover: np.ndarray, lossyear: np.ndarray, treecover_nodata=None,
               lossyear_nodata=None) -> np.ndarray:
    """Pixels valid in both layers: not 255, not the declared nodata, treecover <= 100.

    A declared nodata of 0 is ignored: 0 is a real Hansen value (no canopy, no loss).
    """
    valid = (treecover <= 100) & (lossyear != HANSEN_NODATA)
    if treecover_nodata not in (None, 0):
        valid &= treecover != treecover_nodata
    if lossyear_nodata not in (None, 0):
        valid &= lossyear != lossyear_nodata
    return valid


def tile_stats(treecover: np.ndarray, lossyear: np.ndarray, inside: np.ndarray,
               rule: HansenRule, treecover_nodata=None, lossyear_nodata=None) -> TileStats:
    """Counts over the pixels where inside is true and both layers are valid."""
    use = np.asarray(inside, dtype=bool) & valid_mask(
        treecover, lossyear, treecover_nodata, lossyear_nodata)
    tc = treecover[use].astype(np.float64)
    ly = lossyear[use].astype(np.int32)
    first = rule.first_year - LOSS_YEAR_BASE
    last = rule.last_year - LOSS_YEAR_BASE
    forest = tc >= rule.canopy_threshold
    recent = forest & (ly >= first) & (ly <= last)
    older = forest & (ly >= 1) & (ly < first)
    standing = forest & ~((ly >= 1) & (ly <= last))
    return TileStats(int(use.sum()), int(forest.sum()), int(standing.sum()), int(recent.sum()),
                     int(older.sum()))


def label_for(stats: TileStats, rule: HansenRule) -> Optional[str]:
    """The tile's reference label, or None when it has no valid pixel."""
    if stats.hansen_pixels == 0:
        return None
    if stats.recent_loss > 0 and stats.recent_loss_fraction >= rule.recent_loss_fraction:
        return RECENTLY_CLEARED
    if stats.standing > 0 and stats.standing_forest_fraction >= rule.forest_fraction:
        return STANDING_FOREST
    return LONG_TERM_NON_FOREST


# --- granules -------------------------------------------------------------------------------------

def granule_name(lon: float, lat: float) -> str:
    """Name of the 10 x 10 degree granule holding (lon, lat), after its top-left corner."""
    top = int(math.floor(lat / GRANULE_DEGREES) + 1) * GRANULE_DEGREES
    left = int(math.floor(lon / GRANULE_DEGREES)) * GRANULE_DEGREES
    return f"{abs(top):02d}{'N' if top >= 0 else 'S'}_{abs(left):03d}{'E' if left >= 0 else 'W'}"


def granules_for(lon_min: float, lat_min: float, lon_max: float, lat_max: float) -> List[str]:
    """Names of every granule the WGS 84 box touches, north to south, west to east."""
    step = GRANULE_DEGREES
    names = []
    lat_hi = min(lat_max, 90 - 1e-9)
    lat_lo = max(lat_min, -90.0)
    lats = range(int(math.floor(lat_hi / step)), int(math.floor(lat_lo / step)) - 1, -1)
    lons = range(int(math.floor(lon_min / step)), int(math.floor(min(lon_max, 180 - 1e-9) / step))
                 + 1)
    for la in lats:
        for lo in lons:
            name = granule_name(lo * step + step / 2, la * step + step / 2)
            if name not in names:
                names.append(name)
    return names


def granule_url(layer: str, granule: str) -> str:
    return HANSEN_URL.format(layer=layer, granule=granule)


def data_last_year(path: str) -> Optional[int]:
    """The last loss year a Hansen file holds, from its GFC-<year> name; None when unnamed."""
    match = re.search(r"GFC-(\d{4})", Path(str(path)).name)
    return int(match.group(1)) if match else None


# --- rasters --------------------------------------------------------------------------------------

def _nodata(band) -> Optional[float]:
    value = band.GetNoDataValue()
    return None if value is None else value


class HansenRasters:
    """The treecover2000 and lossyear rasters, on one pixel grid, read tile by tile."""

    def __init__(self, treecover_path: str, lossyear_path: str):
        self._tc_ds = self._open(treecover_path, "TREECOVER")
        self._ly_ds = self._open(lossyear_path, "LOSSYEAR")
        tc, ly = self._tc_ds, self._ly_ds
        self.gt = tc.GetGeoTransform()
        if (tc.RasterXSize, tc.RasterYSize) != (ly.RasterXSize, ly.RasterYSize) or any(
            abs(a - b) > 1e-9 * max(1.0, abs(a)) for a, b in zip(self.gt, ly.GetGeoTransform())
        ):
            raise HansenError(
                tr("TREECOVER and LOSSYEAR are not on the same pixel grid ({} x {} px at {} "
                   "vs {} x {} px at {}). Use the treecover2000 and lossyear files of the "
                   "same granule(s), e.g. build one VRT per layer with gdalbuildvrt over the "
                   "same granule list, without resampling.").format(
                   tc.RasterXSize, tc.RasterYSize, self.gt, ly.RasterXSize, ly.RasterYSize,
                   ly.GetGeoTransform()))
        if self.gt[2] != 0 or self.gt[4] != 0 or self.gt[1] <= 0 or self.gt[5] >= 0:
            raise HansenError(
                tr("The Hansen rasters are rotated or not north-up; use the published "
                   "granules (or a VRT of them) as they are."))
        self.width, self.height = tc.RasterXSize, tc.RasterYSize
        self._tc_band = tc.GetRasterBand(1)
        self._ly_band = ly.GetRasterBand(1)
        self.treecover_nodata = _nodata(self._tc_band)
        self.lossyear_nodata = _nodata(self._ly_band)
        # The rasterising layer carries the raster's CRS, so GDAL does not try to reproject.
        self._srs = None
        if tc.GetProjection():
            self._srs = osr.SpatialReference()
            self._srs.ImportFromWkt(tc.GetProjection())

    @staticmethod
    def _open(path: str, name: str):
        try:
            ds = gdal.Open(str(path))
        except RuntimeError as exc:
            raise HansenError(tr("{} cannot be opened by GDAL: {} ({}).").format(
                name, path, exc)) from exc
        if ds is None or ds.RasterCount < 1:
            raise HansenError(tr("{} is not a raster GDAL can read: {}.").format(name, path))
        return ds

    @property
    def projection_wkt(self) -> str:
        return self._tc_ds.GetProjection()

    def window(self, envelope):
        """(col0, row0, col1, row1) of the pixels an (xmin, xmax, ymin, ymax) envelope touches,
        clipped to the raster; None when it misses the raster."""
        xmin, xmax, ymin, ymax = envelope
        x0, dx, _, y0, _, dy = self.gt
        col0 = max(0, int(math.floor((xmin - x0) / dx)))
        col1 = min(self.width, int(math.ceil((xmax - x0) / dx)))
        row0 = max(0, int(math.floor((ymax - y0) / dy)))
        row1 = min(self.height, int(math.ceil((ymin - y0) / dy)))
        if col1 <= col0 or row1 <= row0:
            return None
        return col0, row0, col1, row1

    def inside_mask(self, polygon: ogr.Geometry, col0: int, row0: int, width: int,
                    height: int) -> np.ndarray:
        """True where the pixel's centre lies inside the polygon (GDAL's default rasterising
        rule, ALL_TOUCHED off)."""
        x0, dx, _, y0, _, dy = self.gt
        target = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
        target.SetGeoTransform((x0 + col0 * dx, dx, 0.0, y0 + row0 * dy, 0.0, dy))
        if self._srs is not None:
            target.SetProjection(self.projection_wkt)
        vector = ogr.GetDriverByName("Memory").CreateDataSource("")
        layer = vector.CreateLayer("tile", self._srs, ogr.wkbUnknown)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(polygon)
        layer.CreateFeature(feature)
        gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
        mask = target.GetRasterBand(1).ReadAsArray().astype(bool)
        del feature, layer, vector, target
        return mask

    def stats_for(self, polygon: ogr.Geometry, rule: HansenRule) -> TileStats:
        """Counts over the pixels whose centre lies inside polygon (given in the raster's CRS)."""
        if polygon is None or polygon.IsEmpty():
            return TileStats()
        window = self.window(polygon.GetEnvelope())
        if window is None:
            return TileStats()
        col0, row0, col1, row1 = window
        width = col1 - col0
        total = TileStats()
        for r0 in range(row0, row1, _BLOCK_ROWS):
            rows = min(_BLOCK_ROWS, row1 - r0)
            inside = self.inside_mask(polygon, col0, r0, width, rows)
            if not inside.any():
                continue
            tc = self._tc_band.ReadAsArray(col0, r0, width, rows)
            ly = self._ly_band.ReadAsArray(col0, r0, width, rows)
            total = total + tile_stats(tc, ly, inside, rule, self.treecover_nodata,
                                       self.lossyear_nodata)
        return total

    def close(self):
        self._tc_band = self._ly_band = None
        self._tc_ds = self._ly_ds = None
