"""What "Find new clearings" will do, before anything is fetched: the 1 km tiles of the area,
those with Sentinel-2 imagery on both dates (a STAC search of each window: a tile counts when
its centre lies inside an item's footprint box), and the time the two classifications take.

A view over the sea or past a swath's edge has tiles without imagery; counting them all would
promise hours of work that never happens (docs/FETCH.md).
"""
import math
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
)

from ..core.fetch import scene_choice, stac_client
from ..core.fetch.s2_fetch import DEFAULT_COLLECTION, DEFAULT_STAC_URL, collection_list
from ..core.imagery.grid import utm_epsg_for
from ..toolbelt.qgis_network import json_transport

TILE_M = 1000.0
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass
class ImageryCount:
    tiles: int  # the area's 1 km tiles
    with_imagery: int  # of those, with an item on both dates


def _transform(source, target):
    return QgsCoordinateTransform(source, target, QgsProject.instance())


def tile_centres(area):
    """(lon, lat) of the centre of every 1 km tile of `area` (a QgsReferencedRectangle), on the
    UTM grid of the area's centre, as the fetch lays it out."""
    lonlat = _transform(area.crs(), WGS84).transformBoundingBox(area)
    epsg = utm_epsg_for(lonlat.center().x(), lonlat.center().y())
    utm = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    box = _transform(area.crs(), utm).transformBoundingBox(area)
    back = _transform(utm, WGS84)
    x0, y0 = math.floor(box.xMinimum() / TILE_M), math.floor(box.yMinimum() / TILE_M)
    x1 = max(math.ceil(box.xMaximum() / TILE_M), x0 + 1)
    y1 = max(math.ceil(box.yMaximum() / TILE_M), y0 + 1)
    return [back.transform(QgsPointXY((x + 0.5) * TILE_M, (y + 0.5) * TILE_M))
            for x in range(x0, x1) for y in range(y0, y1)]


def area_tile_count(area) -> int:
    lonlat = _transform(area.crs(), WGS84).transformBoundingBox(area)
    epsg = utm_epsg_for(lonlat.center().x(), lonlat.center().y())
    box = _transform(area.crs(), QgsCoordinateReferenceSystem(f"EPSG:{epsg}")) \
        .transformBoundingBox(area)
    columns = max(math.ceil(box.xMaximum() / TILE_M) - math.floor(box.xMinimum() / TILE_M), 1)
    rows = max(math.ceil(box.yMaximum() / TILE_M) - math.floor(box.yMinimum() / TILE_M), 1)
    return int(columns * rows)


def _boxes(url, collections, bbox, window, transport):
    body = stac_client.search_body(collections, bbox, window[0], window[1])
    items = stac_client.search_items(url, body, transport)
    return [scene.bbox for scene in map(scene_choice.parse_item, items) if scene.bbox]


def count_imagery(area, windows, stac_url="", collection="", transport=None) -> ImageryCount:
    """The area's tiles and those with imagery in every window ((start, end) pairs). Raises the
    catalogue's errors (errors.FetchError) for the caller to show."""
    lonlat = _transform(area.crs(), WGS84).transformBoundingBox(area)
    bbox = (lonlat.xMinimum(), lonlat.yMinimum(), lonlat.xMaximum(), lonlat.yMaximum())
    transport = transport or json_transport(stac_client.REQUEST_HEADERS, stac_client.TIMEOUT_S)
    url = stac_url or DEFAULT_STAC_URL
    collections = collection_list(collection or DEFAULT_COLLECTION)
    covered = None
    centres = tile_centres(area)
    for window in windows:
        boxes = _boxes(url, collections, bbox, window, transport)
        inside = {i for i, p in enumerate(centres)
                  if any(b[0] <= p.x() <= b[2] and b[1] <= p.y() <= b[3] for b in boxes)}
        covered = inside if covered is None else covered & inside
    return ImageryCount(len(centres), len(covered or ()))
