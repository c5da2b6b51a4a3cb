"""Which acquisition each 1 km tile of the area takes its pixels from (docs/FETCH.md, PER_TILE).

The area's kilometres on one UTM grid are the classifier's tiles (core/imagery/grid.py). With
PER_TILE every tile takes the acquisition of the window that is clearest over it: the fewest SCL
pixels (20 m, 50 x 50 per tile) of class nodata 0, cloud shadow 3, cloud 8 and 9, cirrus 10 or
snow 11; the newest on ties. A tile's pixels come from that one acquisition, never blended: a
chip stays a single-date image like the training chips. Without PER_TILE every tile takes the
one acquisition chosen for the area (core/fetch/scene_choice.py).

The map travels in the stack VRT (TILE_ACQUISITIONS, JSON) so that the classification writes
each tile's own image_date and image_id (core/imagery/s2_product.py tile_acquisitions).
"""
import json
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np

from ..imagery.grid import TILE_SIZE_M
from ...toolbelt.i18n import tr

# SCL classes that make a pixel unusable for the choice (Sen2Cor's classification).
SCL_UNCLEAR = (0, 3, 8, 9, 10, 11)
SCL_RES = 20.0
MAP_KEY = "TILE_ACQUISITIONS"
NO_ACQUISITION = -1


@dataclass
class TileMap:
    """index[row, col]: the acquisition of each km tile (row 0 the northernmost), or
    NO_ACQUISITION; bounds (xmin, ymin, xmax, ymax) on whole km of EPSG:epsg."""

    epsg: int
    bounds: tuple
    acquisitions: List = field(default_factory=list)
    index: Optional[np.ndarray] = None
    unclear: Optional[np.ndarray] = None  # the chosen acquisition's unclear fraction per tile

    @property
    def shape(self):
        xmin, ymin, xmax, ymax = self.bounds
        return (int(round((ymax - ymin) / TILE_SIZE_M)), int(round((xmax - xmin) / TILE_SIZE_M)))

    def used(self) -> List[int]:
        """Indices of the acquisitions some tile takes, in the order of self.acquisitions."""
        return sorted(int(i) for i in np.unique(self.index) if i != NO_ACQUISITION)

    def runs(self, which: int):
        """(row, first col, end col) of the horizontal runs of tiles that take `which`."""
        for row in range(self.index.shape[0]):
            col = 0
            cols = self.index.shape[1]
            while col < cols:
                if self.index[row, col] != which:
                    col += 1
                    continue
                end = col
                while end < cols and self.index[row, end] == which:
                    end += 1
                yield row, col, end
                col = end

    def counts(self):
        """{acquisition index: tiles}."""
        values, counts = np.unique(self.index, return_counts=True)
        return {int(v): int(c) for v, c in zip(values, counts) if v != NO_ACQUISITION}

    def to_json(self) -> str:
        rows, _cols = self.shape
        return json.dumps({
            "epsg": self.epsg,
            "west_km": int(round(self.bounds[0] / TILE_SIZE_M)),
            "north_km": int(round(self.bounds[3] / TILE_SIZE_M)),
            "acquisitions": [{"date": a.date, "datetime": a.datetime,
                              "id": ",".join(a.item_ids)} for a in self.acquisitions],
            "index": self.index.tolist(),
        }, separators=(",", ":"))


def single(acquisition, epsg, bounds) -> TileMap:
    """Every tile from the one acquisition (PER_TILE false)."""
    tile_map = TileMap(epsg, tuple(bounds), [acquisition])
    tile_map.index = np.zeros(tile_map.shape, dtype=np.int32)
    return tile_map


def tile_unclear(scl: np.ndarray, shape) -> np.ndarray:
    """The unclear fraction of each km tile of an SCL array at 20 m over the bounds."""
    rows, cols = shape
    per = int(TILE_SIZE_M / SCL_RES)
    cells = np.isin(scl[:rows * per, :cols * per], SCL_UNCLEAR)
    return cells.reshape(rows, per, cols, per).mean(axis=(1, 3))


def choose(acquisitions: Sequence, epsg, bounds, read_scl) -> TileMap:
    """The clearest acquisition over each tile (the newest on ties). read_scl(acquisition) ->
    the SCL at 20 m over bounds, or None when it cannot be read (that acquisition is left
    out). Tiles no acquisition covers stay NO_ACQUISITION."""
    tile_map = TileMap(epsg, tuple(bounds), list(acquisitions))
    shape = tile_map.shape
    best = np.full(shape, np.inf)
    index = np.full(shape, NO_ACQUISITION, dtype=np.int32)
    best_time = np.full(shape, "", dtype=object)
    for i, acquisition in enumerate(tile_map.acquisitions):
        scl = read_scl(acquisition)
        if scl is None:
            continue
        unclear = tile_unclear(scl, shape)
        covered = _has_data(scl, shape)  # fully cloudy counts: it may be the least bad
        better = covered & ((unclear < best) | ((unclear == best)
                                                & (best_time < acquisition.datetime)))
        best[better] = unclear[better]
        index[better] = i
        best_time[better] = acquisition.datetime
    tile_map.index = index
    tile_map.unclear = np.where(np.isfinite(best), best, np.nan)
    return tile_map


def _has_data(scl, shape) -> np.ndarray:
    """Tiles where the acquisition has at least one SCL pixel (not nodata 0)."""
    rows, cols = shape
    per = int(TILE_SIZE_M / SCL_RES)
    return (scl[:rows * per, :cols * per] != 0).reshape(rows, per, cols, per).any(axis=(1, 3))


def summary(tile_map: TileMap) -> str:
    """'12 tiles from 3 acquisitions: 2024-07-05 (5 tiles), ...' for the log."""
    counts = tile_map.counts()
    parts = [tr("{} {} ({} tiles)").format(tile_map.acquisitions[i].date,
                                           ','.join(tile_map.acquisitions[i].item_ids), n)
             for i, n in sorted(counts.items(),
                                key=lambda kv: tile_map.acquisitions[kv[0]].datetime)]
    total = sum(counts.values())
    text = tr("{} tiles from {} acquisitions: {}").format(total, len(counts), "; ".join(parts))
    missing = int((tile_map.index == NO_ACQUISITION).sum())
    if missing:
        text += tr("; {} tiles covered by no acquisition (no data)").format(missing)
    return text
