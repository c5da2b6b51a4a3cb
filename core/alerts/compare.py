"""From labels to alerts: two classifications of the same grid compared tile by tile, alert
tiles grouped into patches with their area on the ground, labels re-derived from the stored
probabilities. Plain Python and GDAL: the algorithms (processing_provider/compare_algorithm.py,
relabel_algorithm.py) read the layers and write the outputs.

An analyst's review decision (reviewed_label) overrides the model's class_label wherever it is
set: a reviewed tile is the best knowledge there is.
"""
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional

from osgeo import ogr, osr

from ... import errors
from ..imagery.grid import TILE_SIZE_M, parse_tile_id, srs_from_wkt
from ..vocabulary import (
    CLASSES, CLASSIFIED, LONG_TERM_NON_FOREST, RECENTLY_CLEARED, STANDING_FOREST)
from ...toolbelt.i18n import tr

# Forest that became cleared or non-forest: what an alert is.
ALERT_FROM = STANDING_FOREST
ALERT_TO = (RECENTLY_CLEARED, LONG_TERM_NON_FOREST)
M2_PER_HA = 10_000.0


class CompareError(errors.InputError):
    """The layers cannot be compared; the message says why and what to do."""


@dataclass(frozen=True)
class TileState:
    """What one classification says of one tile."""

    tile_id: str
    label: Optional[str]  # reviewed_label where set, else class_label; None: no class
    status: Optional[str] = CLASSIFIED
    image_date: Optional[str] = None  # ISO date
    prob_recently_cleared: Optional[float] = None
    reviewed: bool = False

    @property
    def usable(self) -> bool:
        """A class to compare: the model classified the tile, or an analyst gave it one."""
        return self.label in CLASSES and (self.status == CLASSIFIED or self.reviewed)


def effective_label(class_label, reviewed_label) -> Optional[str]:
    """The analyst's class when there is one, else the model's; None when neither is a class."""
    for value in (reviewed_label, class_label):
        text = str(value).strip().upper() if value not in (None, "") else ""
        if text in CLASSES:
            return text
    return None


def tile_state(values: Dict[str, object]) -> TileState:
    """A TileState from a feature's plain values (NULL as None), by field name."""
    reviewed = effective_label(None, values.get("reviewed_label")) is not None
    prob = values.get("prob_recently_cleared")
    return TileState(
        tile_id=str(values.get("tile_id") or ""),
        label=effective_label(values.get("class_label"), values.get("reviewed_label")),
        status=values.get("status") or None,
        image_date=iso_date(values.get("image_date")),
        prob_recently_cleared=float(prob) if prob is not None else None,
        reviewed=reviewed,
    )


def iso_date(value) -> Optional[str]:
    """A date as ISO text (yyyy-mm-dd) from a QDate, a date or text; None when empty."""
    if value in (None, ""):
        return None
    to_string = getattr(value, "toString", None)  # a QDate
    if callable(to_string):
        text = to_string("yyyy-MM-dd")
        return text or None
    return str(value)[:10].replace("/", "-")


# --- comparing two dates -----------------------------------------------------------------------
@dataclass
class TileChange:
    """One compared tile. With one date only (label_before None) the alert is a
    RECENTLY_CLEARED tile."""

    tile_id: str
    label_before: Optional[str]
    label_after: str
    image_date_before: Optional[str]
    image_date_after: Optional[str]
    prob_recently_cleared_after: Optional[float]
    patch_id: Optional[int] = None
    # From the clearings between the two images (core/alerts/tiers.py); None: not delineated.
    cleared_ha: Optional[float] = None
    confidence: Optional[str] = None

    @property
    def transition(self) -> Optional[str]:
        if self.label_before is None:
            return None
        return f"{self.label_before}>{self.label_after}"

    @property
    def alert(self) -> int:
        if self.label_before is None:
            return int(self.label_after == RECENTLY_CLEARED)
        return int(self.label_before == ALERT_FROM and self.label_after in ALERT_TO)


@dataclass
class Comparison:
    changes: List[TileChange]
    only_before: int = 0  # tiles in BEFORE only
    only_after: int = 0
    unclassified: int = 0  # in both, but without a class in one of them (NO_DATA, CLOUDY, ...)
    grid: str = ""

    @property
    def alerts(self) -> List[TileChange]:
        return [c for c in self.changes if c.alert]


def grid_tag(states: Iterable[TileState], name: str) -> str:
    """The one grid (tile id prefix) of a layer's tiles; CompareError when there is none or
    several."""
    tags = set()
    for state in states:
        tile = parse_tile_id(state.tile_id)
        if tile is None:
            raise CompareError(
                tr("{} has a tile_id that is not a tile id of Classify deforestation: {!r}. "
                   "Use layers written by deforestation:classify.").format(name, state.tile_id))
        tags.add(tile.crs_tag)
    if len(tags) != 1:
        found = ", ".join(sorted(tags)) or "no tiles"
        raise CompareError(tr("{} must hold tiles of one grid; it holds {}.").format(name, found))
    return tags.pop()


def compare(before: List[TileState], after: List[TileState]) -> Comparison:
    """Tile by tile, for the tiles in both layers; refuses two grids."""
    tag_before, tag_after = grid_tag(before, "BEFORE"), grid_tag(after, "AFTER")
    if tag_before != tag_after:
        raise CompareError(
            tr("BEFORE and AFTER are on different tile grids ({} and {}): their tiles do not "
               "line up. Classify both rasters on the same grid (the same UTM zone), e.g. by "
               "reprojecting one raster into the other's CRS first.").format(tag_before, tag_after))
    by_id = {s.tile_id: s for s in before}
    after_ids = {s.tile_id for s in after}
    comparison = Comparison(changes=[], grid=tag_after,
                            only_before=len(set(by_id) - after_ids))
    for state in after:
        old = by_id.get(state.tile_id)
        if old is None:
            comparison.only_after += 1
        elif not (old.usable and state.usable):
            comparison.unclassified += 1
        else:
            comparison.changes.append(TileChange(
                state.tile_id, old.label, state.label, old.image_date, state.image_date,
                state.prob_recently_cleared))
    return comparison


# --- patches -----------------------------------------------------------------------------------
@dataclass
class Patch:
    patch_id: int
    tile_ids: List[str]
    area_ha: float
    max_prob_recently_cleared: Optional[float]
    image_date_before: Optional[str]  # the latest date the forest was still seen
    image_date_after: Optional[str]  # the earliest date it was seen gone
    geometry: ogr.Geometry = field(repr=False, default=None)  # in the grid CRS
    cleared_ha: Optional[float] = None  # its tiles' clearings (core/alerts/tiers.py)
    confidence: Optional[str] = None  # its strongest tile's tier

    @property
    def n_tiles(self) -> int:
        return len(self.tile_ids)


def edge_groups(tile_ids: Iterable[str]) -> List[List[str]]:
    """Tiles sharing an edge, grouped (diagonal neighbours are not connected); each group in
    tile order (north to south, west to east)."""
    tiles = {tid: parse_tile_id(tid) for tid in tile_ids}
    cells = {(t.crs_tag, t.easting_km, t.northing_km): tid for tid, t in tiles.items()}
    seen, groups = set(), []
    for start in sorted(tiles, key=lambda tid: _order(tiles[tid])):
        if start in seen:
            continue
        group, stack = [], [start]
        seen.add(start)
        while stack:
            tid = stack.pop()
            group.append(tid)
            t = tiles[tid]
            for de, dn in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                neighbour = cells.get((t.crs_tag, t.easting_km + de, t.northing_km + dn))
                if neighbour is not None and neighbour not in seen:
                    seen.add(neighbour)
                    stack.append(neighbour)
        groups.append(sorted(group, key=lambda tid: _order(tiles[tid])))
    return groups


def _order(tile):
    return (-tile.northing_km, tile.easting_km)


def make_patches(tiles: Dict[str, dict], grid_wkt: str) -> List[Patch]:
    """Patches of edge-connected tiles. `tiles`: {tile_id: {"prob": p or None, "before": date,
    "after": date}}. Ordered largest first, then most probable; ids 1, 2, ..."""
    grid_srs = srs_from_wkt(grid_wkt)
    patches = []
    for group in edge_groups(tiles):
        geometry = dissolve(group)
        probs = [tiles[t]["prob"] for t in group if tiles[t].get("prob") is not None]
        befores = [tiles[t]["before"] for t in group if tiles[t].get("before")]
        afters = [tiles[t]["after"] for t in group if tiles[t].get("after")]
        patches.append(Patch(
            patch_id=0, tile_ids=group,
            area_ha=round(ground_area_m2(geometry, grid_srs) / M2_PER_HA, 2),
            max_prob_recently_cleared=max(probs) if probs else None,
            image_date_before=max(befores) if befores else None,
            image_date_after=min(afters) if afters else None,
            geometry=geometry))
    patches.sort(key=lambda p: (-p.n_tiles, -(p.max_prob_recently_cleared or 0.0),
                                p.tile_ids[0]))
    for number, patch in enumerate(patches, start=1):
        patch.patch_id = number
    return patches


def dissolve(tile_ids: List[str]) -> ogr.Geometry:
    """The union of the tiles' squares, one polygon for edge-connected tiles."""
    union = ogr.Geometry(ogr.wkbMultiPolygon)
    for tid in tile_ids:
        union.AddGeometry(ogr.CreateGeometryFromWkt(parse_tile_id(tid).polygon_wkt()))
    return union.UnionCascaded()


def ground_area_m2(geometry: ogr.Geometry, grid_srs: osr.SpatialReference) -> float:
    """Area on the ground (WGS 84 ellipsoid) of a polygon in the grid CRS: measured in a
    Lambert azimuthal equal-area projection centred on it (a UTM square kilometre is not
    exactly 100 ha on the ground: the UTM scale factor is 0.9996 at the central meridian)."""
    wgs84 = srs_from_wkt("EPSG:4326")
    centre = geometry.Centroid()
    centre.Transform(osr.CoordinateTransformation(grid_srs, wgs84))
    laea = srs_from_wkt(f"+proj=laea +lat_0={centre.GetY()} +lon_0={centre.GetX()} "
                        "+datum=WGS84 +units=m +no_defs")
    ground = geometry.Clone()
    ground.Segmentize(TILE_SIZE_M / 10)
    ground.Transform(osr.CoordinateTransformation(grid_srs, laea))
    return ground.GetArea()


def alert_patches(comparison: Comparison, grid_wkt: str) -> List[Patch]:
    """The alerts of a comparison as patches; each alert tile gets its patch_id."""
    alerts = {c.tile_id: c for c in comparison.alerts}
    patches = make_patches({tid: {"prob": c.prob_recently_cleared_after,
                                  "before": c.image_date_before, "after": c.image_date_after}
                            for tid, c in alerts.items()}, grid_wkt)
    for patch in patches:
        for tid in patch.tile_ids:
            alerts[tid].patch_id = patch.patch_id
    return patches


def one_date(states: List[TileState]) -> Comparison:
    """One classification alone: its classified tiles, RECENTLY_CLEARED ones as alerts."""
    grid = grid_tag(states, "AFTER")
    usable = [s for s in states if s.usable]
    return Comparison(
        changes=[TileChange(s.tile_id, None, s.label, None, s.image_date,
                            s.prob_recently_cleared) for s in usable],
        unclassified=len(states) - len(usable), grid=grid)


def cleared_patches(states: List[TileState], grid_wkt: str) -> List[Patch]:
    """One date: the RECENTLY_CLEARED tiles of one classification as patches."""
    return alert_patches(one_date(states), grid_wkt)


def summary_text(comparison, patches) -> str:
    """The compare's one line for the log (the algorithm and the command line alike)."""
    rows = comparison.changes
    return tr(
        "{} tiles compared, {} alerts in {} patches; {} only in BEFORE, {} only in AFTER, "
        "{} without a class in one of the dates (not guessed).").format(
            len(rows), sum(1 for r in rows if r.alert), len(patches), comparison.only_before,
            comparison.only_after, comparison.unclassified)
