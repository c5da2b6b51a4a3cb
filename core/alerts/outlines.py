"""The outlines of the clearings over a tile's chip, for the review dock (ui/alert_view.py): which
CLEARINGS file a compare output goes with, and the clearings' rings inside one tile in chip
pixels. OGR only, no QGIS.

deforestation:compare records its CLEARINGS file in OUTPUT's layer metadata (CLEARINGS_SOURCE,
relative to OUTPUT's folder when it lies beside it). A path read from a file is opened only when
it is a file on this computer (toolbelt/url_policy.py).
"""
import os
from typing import List, Optional, Tuple

from osgeo import gdal, ogr

from ..imagery.chips import CHIP_PX
from ..imagery.grid import TILE_SIZE_M, parse_tile_id, rectangle_polygon
from ...toolbelt.url_policy import RefusedAddress, require_local_path

CLEARINGS_SOURCE = "CLEARINGS_SOURCE"

Ring = List[Tuple[float, float]]  # (column, row) in chip pixels, 0..100


def record_clearings(output_path: str, clearings_path: str, layer_name: str = "") -> bool:
    """Write CLEARINGS_SOURCE into the OUTPUT GeoPackage's layer; False when it cannot."""
    try:
        ds = gdal.OpenEx(str(output_path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    except RuntimeError:
        return False
    if ds is None:
        return False
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    if layer is None:
        return False
    folder = os.path.dirname(os.path.abspath(output_path))
    target = os.path.abspath(clearings_path)
    value = os.path.relpath(target, folder) if os.path.dirname(target) == folder else target
    layer.SetMetadataItem(CLEARINGS_SOURCE, value)
    ds = None
    return True


def clearings_file(output_path: str, metadata: dict) -> Optional[str]:
    """The CLEARINGS file a compare output records, when it is a file on this computer."""
    value = metadata.get(CLEARINGS_SOURCE)
    if not value:
        return None
    try:
        value = require_local_path(value, "The clearings file the compare output records")
    except RefusedAddress:
        return None
    path = value if os.path.isabs(value) else \
        os.path.join(os.path.dirname(os.path.abspath(output_path)), value)
    return path if os.path.isfile(path) else None


def _rings(geometry) -> List[ogr.Geometry]:
    name = geometry.GetGeometryName()
    if name == "POLYGON":
        return [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
    if name in ("MULTIPOLYGON", "GEOMETRYCOLLECTION"):
        out = []
        for i in range(geometry.GetGeometryCount()):
            out += _rings(geometry.GetGeometryRef(i))
        return out
    return []


def tile_rings(path: str, tile_id: str) -> List[Ring]:
    """The rings (outer and holes) of the clearings inside `tile_id`, clipped to it, in chip
    pixels: column from the west edge, row from the north edge."""
    tile = parse_tile_id(tile_id)
    if tile is None:
        return []
    ds = ogr.Open(str(path))
    if ds is None:
        return []
    layer = ds.GetLayer(0)
    xmin, ymin, xmax, ymax = tile.bounds
    square = rectangle_polygon(xmin, ymin, xmax, ymax)
    layer.SetSpatialFilterRect(xmin, ymin, xmax, ymax)
    scale = CHIP_PX / TILE_SIZE_M
    out = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None:
            continue
        part = geometry.Intersection(square)
        if part is None or part.IsEmpty():
            continue
        for ring in _rings(part):
            out.append([((x - xmin) * scale, (ymax - y) * scale)
                        for x, y in (ring.GetPoint_2D(i) for i in range(ring.GetPointCount()))])
    return out
