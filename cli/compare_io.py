"""deforestation:compare's inputs and outputs without QGIS: the two classify GeoPackages read
with OGR into core/alerts/compare.py's records, the overlay and reference polygons into the grid
CRS, and OUTPUT, PATCHES and CLEARINGS written as the algorithm's feature sinks write them
(processing_provider/change_outputs.py: a GeoPackage layer named after the file, fid, geom,
the same fields and values), plus the GeoJSON, KML and CSV exports.
"""
import os
from pathlib import Path

from osgeo import gdal, ogr, osr

from ..core.alerts.compare import CompareError, iso_date, tile_state
from ..core.alerts.overlay import OverlayFeature
from ..core.imagery.grid import parse_tile_id, srs_from_wkt
from ..toolbelt.i18n import tr

READ_FIELDS = ("tile_id", "class_label", "reviewed_label", "status", "image_date",
               "prob_recently_cleared")
_KINDS = {"string": ogr.OFTString, "int": ogr.OFTInteger, "double": ogr.OFTReal,
          "date": ogr.OFTDate}


def open_layer(path, what):
    """(dataset, its first layer) of a vector file; CompareError naming `what` and the fix."""
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    except RuntimeError:
        ds = None
    if ds is None or ds.GetLayerCount() == 0:
        raise CompareError(f"{what}: {path} cannot be read as a vector layer. Give an output "
                           "of `deforestation classify` (a GeoPackage).")
    return ds, ds.GetLayer(0)


def read_states(path, what, canceled=lambda: False):
    """(TileStates of a classify output, its layer's CRS as WKT or '', its layer name)."""
    ds, layer = open_layer(path, what)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    if "tile_id" not in names or "class_label" not in names:
        raise CompareError(
            f"{what}: the layer has no tile_id and class_label fields: use an output of "
            "Classify deforestation.")
    states = []
    for feature in layer:
        if canceled():
            raise KeyboardInterrupt
        values = {name: feature.GetField(name) if feature.IsFieldSetAndNotNull(name) else None
                  for name in READ_FIELDS if name in names}
        states.append(tile_state(values))
    srs = layer.GetSpatialRef()
    return states, srs.ExportToWkt() if srs is not None else "", layer.GetName()


def grid_wkt(tag: str, layer_wkt: str) -> str:
    """The grid CRS a tile id prefix names (EPSG32633), else the layer's own CRS."""
    if tag.startswith("EPSG") and tag[4:].isdigit():
        return srs_from_wkt(f"EPSG:{tag[4:]}").ExportToWkt()
    return layer_wkt


def read_polygons(path, name_field, grid, rectangle, what):
    """OverlayFeatures of a polygon file inside `rectangle` (grid CRS), in the grid CRS."""
    ds, layer = open_layer(path, what)
    polygons = (ogr.wkbPolygon, ogr.wkbMultiPolygon, ogr.wkbCurvePolygon, ogr.wkbMultiSurface)
    if ogr.GT_Flatten(layer.GetGeomType()) not in polygons:
        raise CompareError(tr(
            "{} must be a polygon layer (or, for REFERENCE_ALERTS, a raster).").format(what))
    grid_srs = srs_from_wkt(grid)
    source = layer.GetSpatialRef()
    if source is not None:
        source = source.Clone()
        source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_grid = osr.CoordinateTransformation(source, grid_srs) \
        if source is not None and not source.IsSame(grid_srs) else None
    if rectangle is not None and to_grid is None:
        layer.SetSpatialFilterRect(*rectangle)
    defn = layer.GetLayerDefn()
    has_name = bool(name_field) and defn.GetFieldIndex(name_field) >= 0
    features = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        geometry = geometry.Clone()
        if to_grid is not None:
            geometry.Transform(to_grid)
        if rectangle is not None and not _inside(geometry.GetEnvelope(), rectangle):
            continue
        value = feature.GetField(name_field) if has_name and \
            feature.IsFieldSetAndNotNull(name_field) else None
        name = str(value) if value not in (None, "") else str(feature.GetFID())
        features.append(OverlayFeature(name, geometry))
    return features


def _inside(envelope, rectangle) -> bool:
    """An envelope (xmin, xmax, ymin, ymax) touches a rectangle (xmin, ymin, xmax, ymax)."""
    return envelope[0] <= rectangle[2] and rectangle[0] <= envelope[1] and \
        envelope[2] <= rectangle[3] and rectangle[1] <= envelope[3]


def is_raster(path) -> bool:
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_RASTER)
    except RuntimeError:
        return False
    return ds is not None and ds.RasterCount > 0


# --- writing -----------------------------------------------------------------------------------
class _Centroids:
    """Longitude and latitude (WGS 84) of a geometry's centroid in the grid CRS."""

    def __init__(self, grid):
        self._transform = osr.CoordinateTransformation(srs_from_wkt(grid),
                                                       srs_from_wkt("EPSG:4326"))

    def lon_lat(self, geometry):
        x, y, _ = self._transform.TransformPoint(*geometry.Centroid().GetPoint_2D())
        return round(x, 6), round(y, 6)


class Writer:
    """One output GeoPackage: a layer named after the file, as a Processing sink makes it."""

    def __init__(self, path, spec, grid):
        self.path = Path(path)
        self.spec = spec
        if self.path.exists():
            gdal.GetDriverByName("GPKG").Delete(str(self.path))
        self._ds = gdal.GetDriverByName("GPKG").Create(str(self.path), 0, 0, 0,
                                                       gdal.GDT_Unknown)
        self._layer = self._ds.CreateLayer(self.path.stem, srs=srs_from_wkt(grid),
                                           geom_type=ogr.wkbPolygon,
                                           options=["FID=fid", "GEOMETRY_NAME=geom"])
        for name, kind in spec:
            self._layer.CreateField(ogr.FieldDefn(name, _KINDS[kind]))
        self._layer.StartTransaction()
        self.centroids = _Centroids(grid)

    def add(self, geometry, values):
        feature = ogr.Feature(self._layer.GetLayerDefn())
        if geometry.GetGeometryType() == ogr.wkbMultiPolygon and \
                geometry.GetGeometryCount() == 1:
            geometry = geometry.GetGeometryRef(0).Clone()
        feature.SetGeometry(geometry)
        for (name, kind), value in zip(self.spec, values):
            if value is None:
                feature.SetFieldNull(name)
            elif kind == "date":
                year, month, day = (int(v) for v in iso_date(value).split("-"))
                feature.SetField(name, year, month, day, 0, 0, 0, 0)
            else:
                feature.SetField(name, value)
        if self._layer.CreateFeature(feature) != 0:
            raise OSError(f"{self.path} could not be written (is the disk full?).")

    def close(self):
        if self._layer.CommitTransaction() != 0:
            raise OSError(f"{self.path} could not be written (is the disk full?).")
        self._layer = None
        self._ds = None
        return str(self.path)


def write_rows(path, spec, rows, grid) -> str:
    writer = Writer(path, spec, grid)
    for row in rows:
        geometry = ogr.CreateGeometryFromWkt(parse_tile_id(row.tile_id).polygon_wkt())
        writer.add(geometry, [
            row.tile_id, row.label_before, row.label_after, row.transition, row.alert,
            row.image_date_before, row.image_date_after, row.prob_recently_cleared_after,
            row.patch_id, *writer.centroids.lon_lat(geometry), row.cleared_ha,
            row.confidence])
    return writer.close()


def write_patches(path, spec, patches, grid) -> str:
    writer = Writer(path, spec, grid)
    for patch in patches:
        geometry = patch.geometry
        writer.add(geometry, [
            patch.patch_id, patch.n_tiles, patch.area_ha, patch.max_prob_recently_cleared,
            patch.image_date_before, patch.image_date_after, ",".join(patch.tile_ids),
            *writer.centroids.lon_lat(geometry), patch.cleared_ha, patch.confidence])
    return writer.close()


def write_clearings(path, spec, clearings, grid) -> str:
    writer = Writer(path, spec, grid)
    for clearing in clearings:
        geometry = clearing.geometry
        writer.add(geometry, [
            clearing.clearing_id, clearing.tile_id, clearing.patch_id, clearing.area_ha,
            clearing.index_before, clearing.index_after, clearing.confidence,
            clearing.overlay_ha, clearing.overlay_names, clearing.reference_overlap_ha,
            clearing.image_date_before, clearing.image_date_after,
            *writer.centroids.lon_lat(geometry)])
    return writer.close()


EXPORTS = (("geojson", "GeoJSON"), ("kml", "KML"), ("csv", "CSV"))


def export(rows, patches, folder, clearings=""):
    """The alerts (alert = 1), the patches and the clearings (when written) as GeoJSON, KML
    and CSV in WGS 84, as the algorithm exports them; returns the error texts."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    errors = []
    layers = [("alerts", rows, "alert = 1"), ("patches", patches, None)]
    if clearings:
        layers.append(("clearings", clearings, None))
    for stem, source, where in layers:
        for extension, driver in EXPORTS:
            target = os.path.join(str(folder), f"{stem}.{extension}")
            if os.path.exists(target):
                gdal.GetDriverByName(driver).Delete(target)
            try:
                ds = gdal.VectorTranslate(target, str(source), format=driver,
                                          dstSRS="EPSG:4326", where=where,
                                          layerName=stem if driver != "CSV" else None)
            except RuntimeError as exc:
                ds, message = None, str(exc)
            else:
                message = gdal.GetLastErrorMsg()
            if ds is None:
                errors.append(f"{stem}.{extension} could not be written: {message}")
            ds = None
    return errors
