"""What each clearing overlaps: the polygons of an overlay layer (protected areas, properties,
concessions) and the alerts of another system (polygons such as DETER or MapBiomas, or a raster
such as GFW's integrated alerts, where any value but 0 and nodata is an alert). No QGIS: the
algorithm hands the polygons over already in the grid CRS.

Areas are on the ground like the clearings' (core/alerts/clearings.py): the overlap is measured
in the grid CRS and scaled by the clearing's own ground factor.
"""
from dataclasses import dataclass, field
from typing import List

import numpy as np
from osgeo import ogr

from ..imagery.chips import CHIP_PX
from ..imagery.grid import GridCrs, Tile, parse_tile_id
from ..imagery.raster_tiles import GridWarp, open_raster, raster_srs
from .clearings import PIXEL_M, Clearing, Mosaic


@dataclass
class OverlayFeature:
    """One polygon of an overlay or of polygon reference alerts, in the grid CRS."""

    name: str
    geometry: ogr.Geometry = field(repr=False)

    def __post_init__(self):
        if self.geometry is not None and not self.geometry.IsValid():
            fixed = self.geometry.MakeValid() if hasattr(self.geometry, "MakeValid") else None
            self.geometry = fixed if fixed is not None else self.geometry.Buffer(0)
        self.envelope = self.geometry.GetEnvelope() if self.geometry is not None else None


def _touches(a, b) -> bool:
    """Envelopes (xmin, xmax, ymin, ymax) overlap."""
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


def _ground_ha(clearing: Clearing, grid_m2: float) -> float:
    """Grid-CRS square metres inside a clearing as ground hectares (its own scale)."""
    per_m2 = clearing.area_ha / (clearing.pixels * PIXEL_M * PIXEL_M)
    return grid_m2 * per_m2


def overlaps(clearing: Clearing, features: List[OverlayFeature]):
    """(ground hectares of the clearing inside the features' union, [(name, hectares)] of each
    feature it overlaps, largest first)."""
    envelope = clearing.geometry.GetEnvelope()
    hits, union = [], None
    for feature in features:
        if feature.geometry is None or not _touches(envelope, feature.envelope):
            continue
        part = clearing.geometry.Intersection(feature.geometry)
        if part is None or part.IsEmpty() or part.GetArea() <= 0.0:
            continue
        hits.append((feature.name, _ground_ha(clearing, part.GetArea())))
        union = part if union is None else union.Union(part)
    total = _ground_ha(clearing, union.GetArea()) if union is not None else 0.0
    hits.sort(key=lambda hit: -hit[1])
    return total, hits


def apply_overlay(clearings: List[Clearing], features: List[OverlayFeature]):
    """overlay_ha and overlay_names (each name once, the largest overlap first, joined by
    '; ') on each clearing."""
    for clearing in clearings:
        total, hits = overlaps(clearing, features)
        clearing.overlay_ha = round(total, 4)
        names = []
        for name, _area in hits:
            if name not in names:
                names.append(name)
        clearing.overlay_names = "; ".join(names) if names else None


def apply_reference_polygons(clearings: List[Clearing], features: List[OverlayFeature]):
    """reference_overlap_ha of each clearing: its area inside the reference alerts."""
    for clearing in clearings:
        total, _hits = overlaps(clearing, features)
        clearing.reference_overlap_ha = round(total, 4)


class ReferenceRaster:
    """Reference alerts as a raster, read on a mosaic's 10 m grid (nearest neighbour): a pixel
    is an alert where the raster holds a value other than 0 and its nodata."""

    def __init__(self, path: str, grid: GridCrs, crs_wkt: str = ""):
        self.path = path
        self._grid = grid
        self._dataset = open_raster(path)
        self._srs = raster_srs(self._dataset, crs_wkt)

    def marks(self, mosaic: Mosaic) -> np.ndarray:
        """bool (height, width) over the mosaic: True where the reference marks an alert."""
        tag = parse_tile_id(mosaic.tile_ids[0]).crs_tag
        rows, cols = mosaic.height // CHIP_PX, mosaic.width // CHIP_PX
        tiles = [Tile(tag, mosaic.e0 + c, mosaic.n1 - r) for r in range(rows) for c in range(cols)]
        warp = GridWarp(self._dataset, self._srs, [1], self._grid, tiles, coverage=True)
        try:
            out = np.zeros((mosaic.height, mosaic.width), bool)
            for tile in tiles:
                data = warp.read(tile)
                values, covered = data[0], data[-1] > 0
                marked = covered & (values != 0) & np.isfinite(values)
                if warp.nodata[0] is not None:
                    marked &= values != warp.nodata[0]
                r0 = (mosaic.n1 - tile.northing_km) * CHIP_PX
                c0 = (tile.easting_km - mosaic.e0) * CHIP_PX
                out[r0:r0 + CHIP_PX, c0:c0 + CHIP_PX] = marked
            return out
        finally:
            warp.close()

    def close(self):
        self._dataset = None
