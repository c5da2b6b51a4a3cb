"""Cloud gating (the model card: training tiles had <= 10 % cloud; never classify through it).

A mask is either a Sentinel-2 scene classification (SCL) band or any raster where non-zero
means cloud. It is resampled nearest-neighbour onto the same 10 m grid as the chip bands.
"""
import numpy as np

from .raster_tiles import GridWarp

SCL_CLOUDY = (3, 8, 9, 10)  # cloud shadow, cloud medium, cloud high, thin cirrus
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
    def __init__(self, dataset, srs, grid, tiles, kind: str, band: int = 1):
        self.kind = kind
        self._warp = GridWarp(dataset, srs, [band], grid, tiles)

    def cloud_fraction(self, tile, valid: np.ndarray) -> float:
        """Share of the tile's valid pixels that the mask marks cloudy (0 when none valid)."""
        values = self._warp.read(tile)[0]
        count = int(valid.sum())
        if count == 0:
            return 0.0
        return float((cloudy_pixels(values, self.kind, self._warp.nodata[0]) & valid).sum()
                     / count)

    def close(self):
        self._warp.close()
