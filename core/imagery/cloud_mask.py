"""Cloud gating (the model card: training tiles had <= 10 % cloud; never classify through it).

A mask is either a Sentinel-2 scene classification (SCL) band or any raster where non-zero
means cloud. It is resampled nearest-neighbour onto the same 10 m grid as the chip bands. A tile
the mask does not cover (outside it, its nodata, SCL class 0) has no cloud fraction: it is
classified as without a mask, and counted (docs/INPUTS.md, "Cloud masks").
"""
from typing import List, Optional

import numpy as np

from .raster_tiles import GridWarp

SCL_CLOUDY = (3, 8, 9, 10)  # cloud shadow, cloud medium, cloud high, thin cirrus
SCL_NO_DATA = 0
# A tile is covered when the mask has data on at least this share of its valid pixels; the
# cloud fraction is then the cloudy share of the covered valid pixels.
MIN_MASK_COVER = 0.5
SCL = "scl"
BINARY = "binary"
AUTO = "auto"  # SCL when the name or band description says so, else BINARY


def guess_kind(source: str, description: str) -> str:
    text = f"{source} {description}".upper()
    return SCL if "SCL" in text or "SCENE CLASS" in text else BINARY


def cloudy_pixels(values: np.ndarray, kind: str, nodata=None) -> np.ndarray:
    if kind == SCL:
        return np.isin(values, SCL_CLOUDY)
    cloudy = values != 0
    if nodata is not None:
        cloudy &= values != nodata
    return cloudy


class CloudMaskReader:
    def __init__(self, dataset, srs, grid, tiles, kind: str, band: int = 1, name: str = ""):
        self.kind = kind
        self.name = name
        self.uncovered: List[str] = []  # tile ids the mask does not cover
        self._warp = GridWarp(dataset, srs, [band], grid, tiles, coverage=True)

    def cloud_fraction(self, tile, valid: np.ndarray) -> Optional[float]:
        """Share of the tile's valid pixels that the mask marks cloudy (0 when none valid);
        None when the mask does not cover the tile."""
        data = self._warp.read(tile)
        values, covered = data[0], data[-1] > 0
        if self.kind == SCL:
            covered &= values != SCL_NO_DATA
        count = int(valid.sum())
        if count == 0:
            return 0.0
        seen = covered & valid
        if seen.sum() < MIN_MASK_COVER * count:
            self.uncovered.append(tile.tile_id)
            return None
        cloudy = cloudy_pixels(values, self.kind, self._warp.nodata[0]) & seen
        return float(cloudy.sum() / seen.sum())

    def close(self):
        self._warp.close()
