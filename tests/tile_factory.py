"""Classify-shaped GeoPackages for tests, written with OGR: the fields deforestation:classify
writes (tile_id, class_label, confidence, the three probabilities, status, image_date) and the
review's reviewed_label / review_status, on the 1 km grid's squares (core/imagery/grid.py)."""
from osgeo import ogr, osr

from deforestation_classifier.core.imagery.grid import parse_tile_id

SF, RC, LT = "STANDING_FOREST", "RECENTLY_CLEARED", "LONG_TERM_NON_FOREST"


def tid(e, n, tag="EPSG32633"):
    return f"{tag}_E{400 + e}_N{5800 + n}"


def write_tiles(path, tiles, *, date, epsg=32633):
    """tiles: {tile_id: dict(class_label, prob_recently_cleared, status, reviewed_label)}."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = ds.CreateLayer(path.stem, srs, ogr.wkbPolygon)
    for name, kind in (("tile_id", ogr.OFTString), ("class_label", ogr.OFTString),
                       ("confidence", ogr.OFTReal), ("prob_standing_forest", ogr.OFTReal),
                       ("prob_recently_cleared", ogr.OFTReal),
                       ("prob_long_term_non_forest", ogr.OFTReal), ("status", ogr.OFTString),
                       ("image_date", ogr.OFTDate), ("reviewed_label", ogr.OFTString),
                       ("review_status", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for tile_id, values in tiles.items():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(parse_tile_id(tile_id).polygon_wkt()))
        feature.SetField("tile_id", tile_id)
        feature.SetField("status", values.get("status", "CLASSIFIED"))
        label = values.get("class_label")
        if label:
            feature.SetField("class_label", label)
        prc = values.get("prob_recently_cleared")
        if prc is not None:
            rest = (1 - prc) / 2
            probs = {SF: rest, RC: prc, LT: rest}
            if label == SF:
                probs = {SF: 1 - prc - 0.01, RC: prc, LT: 0.01}
            if label == LT:
                probs = {SF: 0.01, RC: prc, LT: 1 - prc - 0.01}
            for cls, name in ((SF, "prob_standing_forest"), (RC, "prob_recently_cleared"),
                              (LT, "prob_long_term_non_forest")):
                feature.SetField(name, probs[cls])
            feature.SetField("confidence", probs[label])
        if values.get("reviewed_label"):
            feature.SetField("reviewed_label", values["reviewed_label"])
            feature.SetField("review_status", "CORRECTED")
        year, month, day = (int(x) for x in date.split("-"))
        feature.SetField("image_date", year, month, day, 0, 0, 0, 0)
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def read_back(gpkg):
    """{tile_id: {field: value}} straight from the file, through OGR (a fresh connection)."""
    ds = ogr.Open(str(gpkg))
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    rows = {}
    for feature in layer:
        rows[feature.GetField("tile_id")] = {
            n: (feature.GetField(n) if feature.IsFieldSetAndNotNull(n) else None) for n in names}
    ds = None
    return rows


def run_algorithm(name, params):
    """processing.run of one of the plugin's algorithms (deforestation:<name>)."""
    import processing

    return processing.run(f"deforestation:{name}", params)
