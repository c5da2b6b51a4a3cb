"""A region cut for a cluster: the AOI's 1 km tiles (the plugin's grid and tile ids,
core/imagery/grid.py) in each UTM zone it touches, grouped into K x K km partitions.

A partition is a K x K km square of its zone's grid, aligned on multiples of K km, so the same
ground gets the same partition in every run. Its tiles are those of the square that intersect
the AOI; its extent (what is fetched and classified) is their bounding box.
"""
import math
from dataclasses import dataclass
from typing import Dict, List, Tuple

from osgeo import gdal, ogr, osr

from .. import errors
from ..core.imagery.grid import TILE_SIZE_M, rectangle_polygon, tiles_covering

gdal.UseExceptions()
ogr.UseExceptions()

ZONE_WIDTH_DEG = 6.0
INSET_M = 0.01
# Points per degree when a lon/lat polygon is reprojected into its UTM zone.
_DENSIFY_DEG = 0.01


class AoiError(errors.InputError):
    """The AOI cannot be read or holds no polygon; the message says what to do."""


@dataclass(frozen=True)
class Partition:
    epsg: int
    e0: int  # south-west corner of the K x K square, km
    n0: int
    size_km: int
    rows: Tuple[Tuple[int, int, int], ...]  # (northing km, first easting km, end easting km)

    @property
    def pid(self) -> str:
        return f"EPSG{self.epsg}_E{self.e0}_N{self.n0}_K{self.size_km}"

    @property
    def tag(self) -> str:
        return f"EPSG{self.epsg}"

    def tile_ids(self) -> List[str]:
        return [f"{self.tag}_E{e}_N{n}" for n, first, end in self.rows for e in range(first, end)]

    @property
    def tile_count(self) -> int:
        return sum(end - first for _, first, end in self.rows)

    @property
    def bounds(self) -> Tuple[float, float, float, float]:
        """The bounding box of its tiles, metres of its zone (xmin, ymin, xmax, ymax)."""
        xmin = min(first for _, first, _ in self.rows)
        xmax = max(end for _, _, end in self.rows)
        ymin = min(n for n, _, _ in self.rows)
        ymax = max(n for n, _, _ in self.rows) + 1
        return (xmin * TILE_SIZE_M, ymin * TILE_SIZE_M, xmax * TILE_SIZE_M, ymax * TILE_SIZE_M)


def wgs84() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def read_aoi(path) -> ogr.Geometry:
    """The union of every polygon of every layer of an OGR data source, in WGS 84 lon/lat."""
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    except RuntimeError as exc:
        raise AoiError(f"The AOI {path} cannot be read ({exc}). Give a polygon file OGR reads "
                       "(GeoPackage, GeoJSON, Shapefile, KML ...).") from exc
    union = ogr.Geometry(ogr.wkbMultiPolygon)
    for index in range(ds.GetLayerCount()):
        layer = ds.GetLayer(index)
        source = layer.GetSpatialRef()
        transform = (osr.CoordinateTransformation(source, wgs84())
                     if source is not None and not source.IsSame(wgs84()) else None)
        if source is not None:
            source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        for feature in layer:
            geometry = feature.GetGeometryRef()
            if geometry is None:
                continue
            geometry = geometry.Clone()
            if transform is not None:
                geometry.Transform(transform)
            flat = ogr.GT_Flatten(geometry.GetGeometryType())
            if flat in (ogr.wkbPolygon, ogr.wkbMultiPolygon, ogr.wkbCurvePolygon,
                        ogr.wkbMultiSurface):
                union = union.Union(geometry.GetLinearGeometry())
    if union.IsEmpty():
        raise AoiError(f"The AOI {path} holds no polygon. Draw the area as a polygon layer "
                       "(in QGIS: Layer > Create Layer) and give that file.")
    return union


def zone_parts(aoi_lonlat: ogr.Geometry) -> Dict[int, ogr.Geometry]:
    """{UTM EPSG code: the part of the AOI in that zone and hemisphere, in zone metres}."""
    west, east, south, north = aoi_lonlat.GetEnvelope()
    parts = {}
    for zone in range(_zone(west), _zone(east) + 1):
        lon0 = -180.0 + (zone - 1) * ZONE_WIDTH_DEG
        for epsg_base, lat0, lat1 in ((32600, 0.0, 90.0), (32700, -90.0, 0.0)):
            if north < lat0 or south > lat1:
                continue
            cell = rectangle_polygon(lon0, lat0, lon0 + ZONE_WIDTH_DEG, lat1)
            part = aoi_lonlat.Intersection(cell)
            if part is None or part.IsEmpty() or part.GetArea() <= 0:
                continue
            part.Segmentize(_DENSIFY_DEG)
            utm = osr.SpatialReference()
            utm.ImportFromEPSG(epsg_base + zone)
            utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            part.Transform(osr.CoordinateTransformation(wgs84(), utm))
            # Inset by a centimetre: the round trip through lon/lat moves an edge drawn on a
            # kilometre line by far less, and must not add a row of tiles a sliver touches.
            parts[epsg_base + zone] = part.Buffer(-INSET_M)
    return parts


def _zone(lon: float) -> int:
    return min(60, int(math.floor((lon + 180.0) / ZONE_WIDTH_DEG)) + 1)


def partition_aoi(aoi_lonlat: ogr.Geometry, size_km: int) -> List[Partition]:
    """The partitions of the AOI, zone by zone, each from south-west to north-east."""
    if size_km < 1:
        raise AoiError(f"--partition-km must be 1 or more, not {size_km}.")
    partitions = []
    for epsg, part in sorted(zone_parts(aoi_lonlat).items()):
        cells: Dict[Tuple[int, int], Dict[int, List[int]]] = {}
        for tile in tiles_covering(part, f"EPSG{epsg}"):
            key = (tile.easting_km // size_km * size_km, tile.northing_km // size_km * size_km)
            cells.setdefault(key, {}).setdefault(tile.northing_km, []).append(tile.easting_km)
        for (e0, n0), rows in sorted(cells.items(), key=lambda item: (item[0][1], item[0][0])):
            partitions.append(Partition(epsg, e0, n0, size_km, tuple(_runs(rows))))
    return partitions


def _runs(rows: Dict[int, List[int]]):
    """(northing, first, end) runs of consecutive eastings, rows from south to north."""
    for n in sorted(rows):
        eastings = sorted(rows[n])
        first = previous = eastings[0]
        for e in eastings[1:]:
            if e != previous + 1:
                yield (n, first, previous + 1)
                first = e
            previous = e
        yield (n, first, previous + 1)
