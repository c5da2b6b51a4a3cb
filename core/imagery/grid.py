"""The 1 km tile grid: which metric CRS it lives in, which cells cover an area, their ids.

Cells are aligned to whole kilometres of the grid CRS, so the same ground square gets the same
cell (and the same tile id) in every run, whatever extent was asked for.
"""
import math
import re
from dataclasses import dataclass, field
from typing import Optional

from osgeo import ogr, osr

from ... import errors
from ...toolbelt.i18n import tr

TILE_SIZE_M = 1000
# Grids are aligned to whole kilometres, so a grid CRS must have metres as its linear unit.
_METRE_TOLERANCE = 1e-9
# Points per side when a rectangle is reprojected, so curved edges stay inside the polygon.
_DENSIFY_POINTS = 21
# Tile.tile_id read back: <crs tag>_E<easting km>_N<northing km>.
_TILE_ID = re.compile(r"^(?P<tag>.+)_E(?P<e>-?\d+)_N(?P<n>-?\d+)$")


@dataclass(frozen=True)
class GridCrs:
    """A projected CRS in metres and the short tag that tile ids carry (e.g. EPSG32633)."""

    wkt: str
    tag: str
    reason: str = field(default="", compare=False)  # why this CRS, for the run's log

    def srs(self) -> osr.SpatialReference:
        return srs_from_wkt(self.wkt)


@dataclass(frozen=True)
class Tile:
    """One 1 km x 1 km cell; (easting_km, northing_km) is its lower-left corner in km."""

    crs_tag: str
    easting_km: int
    northing_km: int

    @property
    def tile_id(self) -> str:
        return f"{self.crs_tag}_E{self.easting_km}_N{self.northing_km}"

    @property
    def bounds(self):
        """(xmin, ymin, xmax, ymax) in metres of the grid CRS."""
        x0 = self.easting_km * TILE_SIZE_M
        y0 = self.northing_km * TILE_SIZE_M
        return (x0, y0, x0 + TILE_SIZE_M, y0 + TILE_SIZE_M)

    def polygon_wkt(self) -> str:
        xmin, ymin, xmax, ymax = self.bounds
        return (
            f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))"
        )


def parse_tile_id(tile_id: str) -> Optional[Tile]:
    """The Tile whose tile_id this is, or None when the text is not a tile id."""
    match = _TILE_ID.match(tile_id or "")
    if not match:
        return None
    return Tile(match["tag"], int(match["e"]), int(match["n"]))


def srs_from_wkt(wkt: str) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    if srs.SetFromUserInput(wkt) != 0:
        raise errors.InputError(tr(
            "Unrecognised coordinate reference system: {}. Give an EPSG code or a WKT "
            "definition.").format(wkt[:80]))
    # x = easting/longitude everywhere, whatever the authority's axis order says.
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _crs_tag(srs: osr.SpatialReference) -> str:
    srs = srs.Clone()
    srs.AutoIdentifyEPSG()
    name, code = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
    if name and code:
        return f"{name}{code}"
    # No authority code: a stable short digest of the definition keeps ids unique per CRS.
    import hashlib

    return "CRS" + hashlib.sha1(srs.ExportToWkt().encode(), usedforsecurity=False).hexdigest()[:8]


def is_metric_projected(srs: osr.SpatialReference) -> bool:
    return bool(srs.IsProjected()) and abs(srs.GetLinearUnits() - 1.0) < _METRE_TOLERANCE


def is_utm(srs: osr.SpatialReference) -> bool:
    """A UTM zone in metres (any datum: WGS 84, ETRS89, NAD83, SIRGAS ...)."""
    return is_metric_projected(srs) and srs.GetUTMZone() != 0


def utm_epsg_for(lon: float, lat: float) -> int:
    """EPSG code of the WGS 84 / UTM zone holding (lon, lat); the regular 6-degree zones."""
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return (32600 if lat >= 0 else 32700) + zone


def own_utm_grid(layer_srs: osr.SpatialReference) -> GridCrs:
    """The raster's own CRS as the grid; only meaningful when is_utm(layer_srs)."""
    return GridCrs(wkt=layer_srs.ExportToWkt(), tag=_crs_tag(layer_srs),
                   reason=tr("the raster's own UTM zone"))


def choose_grid_crs(layer_srs: osr.SpatialReference, area_polygon: ogr.Geometry) -> GridCrs:
    """The layer's CRS when it is a UTM zone, else the WGS 84 UTM zone of the area's centre.

    Only a UTM grid keeps 1 km tiles and 10 m pixels true on the ground, as the training chips
    were (docs/INPUTS.md): Web Mercator, national grids and equal-area projections are
    resampled into UTM like degrees are. area_polygon is in the layer's CRS.
    """
    if is_utm(layer_srs):
        return own_utm_grid(layer_srs)
    wgs84 = srs_from_wkt("EPSG:4326")
    centre = area_polygon.Centroid()
    centre.Transform(osr.CoordinateTransformation(layer_srs, wgs84))
    epsg = utm_epsg_for(centre.GetX(), centre.GetY())
    utm = srs_from_wkt(f"EPSG:{epsg}")
    kind = (tr("in degrees") if layer_srs.IsGeographic()
            else tr("not a UTM zone") if is_metric_projected(layer_srs)
            else tr("not in metres"))
    name = layer_srs.GetName() or tr("the raster's CRS")
    return GridCrs(wkt=utm.ExportToWkt(), tag=f"EPSG{epsg}",
                   reason=tr("{} is {}, so the tiles are cut in the UTM zone of the area's "
                             "centre ({}) to be 1 km and 10 m on the ground").format(
                                 name, kind, utm.GetName()))


def rectangle_polygon(xmin, ymin, xmax, ymax) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax), (xmin, ymin)):
        ring.AddPoint_2D(x, y)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def reproject_polygon(poly: ogr.Geometry, src: osr.SpatialReference, dst: osr.SpatialReference):
    """A copy of poly in dst, densified first so that curved edges stay curved."""
    poly = poly.Clone()
    if src.IsSame(dst):
        return poly
    xmin, xmax, ymin, ymax = poly.GetEnvelope()
    step = max(xmax - xmin, ymax - ymin) / (_DENSIFY_POINTS - 1)
    if step > 0:
        poly.Segmentize(step)
    if poly.Transform(osr.CoordinateTransformation(src, dst)) != 0:
        raise errors.InputError(tr(
            "The extent cannot be transformed into the grid CRS: check the extent's CRS."))
    return poly


def reproject_rectangle(bounds, src: osr.SpatialReference, dst: osr.SpatialReference):
    """The rectangle (xmin, ymin, xmax, ymax) in src as a densified polygon in dst."""
    return reproject_polygon(rectangle_polygon(*bounds), src, dst)


def tiles_covering(area: ogr.Geometry, crs_tag: str):
    """Every 1 km cell whose interior intersects the area (a polygon in grid CRS metres).

    Rows run north to south and cells west to east, the order a raster is read in.
    """
    if area is None or area.IsEmpty():
        return []
    xmin, xmax, ymin, ymax = area.GetEnvelope()
    e0 = math.floor(xmin / TILE_SIZE_M)
    e1 = max(e0 + 1, math.ceil(xmax / TILE_SIZE_M))
    n0 = math.floor(ymin / TILE_SIZE_M)
    n1 = max(n0 + 1, math.ceil(ymax / TILE_SIZE_M))
    is_rectangle = abs(area.GetArea() - (xmax - xmin) * (ymax - ymin)) < 1e-6 * max(
        1.0, area.GetArea()
    )
    tiles = []
    for n in range(n1 - 1, n0 - 1, -1):
        for e in range(e0, e1):
            tile = Tile(crs_tag, e, n)
            if is_rectangle or _overlaps_with_area(area, tile):
                tiles.append(tile)
    return tiles


def _overlaps_with_area(area: ogr.Geometry, tile: Tile) -> bool:
    cell = rectangle_polygon(*tile.bounds)
    if not cell.Intersects(area):
        return False
    inter = cell.Intersection(area)
    return inter is not None and inter.GetArea() > 0
