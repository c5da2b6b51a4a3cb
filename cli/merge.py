"""DIR/tiles.gpkg of `deforestation area`: every tile of the manifest once, from the partitions'
outputs, with the style and provenance of a classify output (cli/gpkg_extras.py).

One layer, `tiles`, when the area lies in one UTM zone; one per zone (`tiles_EPSG32721`, ...)
otherwise, each in its zone's grid, so every tile keeps its 1 km square and tile id. Rebuilt
under a temporary name and put in place at once: a reader never sees half a merge.
"""
import os
from pathlib import Path

from osgeo import gdal, ogr

from ..core.output import provenance
from ..core.output.tile_writer import FINISHED_KEY, STARTED_KEY
from ..core.vocabulary import CLASSES, TILE_STATUSES
from . import gpkg_extras
from .partitions import Partition

# The items a merged layer takes from its partitions' (the same in all: RUN_SETTINGS is
# checked by RESUME and by the manifest), and the ones summed up.
SHARED_ITEMS = (provenance.RUN_SETTINGS_KEY, "MODEL", "MMPROJ", "ENGINE", "PLUGIN_VERSION",
                "BANDS", "DN_SCALE", "DN_OFFSET")


def tile_ids_of(entry) -> list:
    rows = tuple(tuple(row) for row in entry["rows"])
    return Partition(entry["epsg"], 0, 0, 1, rows).tile_ids()


def layer_names(manifest) -> dict:
    zones = sorted({entry["epsg"] for entry in manifest.partitions})
    return {epsg: "tiles" if len(zones) == 1 else f"tiles_EPSG{epsg}" for epsg in zones}


def merge(manifest, feedback) -> dict:
    """Write DIR/tiles.gpkg; {"path", "layers", "tiles", "counts"} of what it holds."""
    folder = manifest.folder
    target, building = folder / "tiles.gpkg", folder / ".tiles.partial.gpkg"
    if building.exists():
        gdal.GetDriverByName("GPKG").Delete(str(building))
    ds = gdal.GetDriverByName("GPKG").Create(str(building), 0, 0, 0, gdal.GDT_Unknown)
    counts = dict.fromkeys((*CLASSES, *TILE_STATUSES), 0)
    written, layers = 0, []
    for epsg, name in layer_names(manifest).items():
        entries = [e for e in manifest.partitions if e["epsg"] == epsg]
        layer_written = _merge_zone(ds, name, entries, folder, counts)
        if layer_written is not None:
            layers.append(name)
            written += layer_written
    ds = None
    if not layers:
        gdal.GetDriverByName("GPKG").Delete(str(building))
        return {"path": "", "layers": [], "tiles": 0, "counts": counts}
    os.replace(building, target)
    for name in layers:
        for error in (gpkg_extras.store_style(target, layer=name),
                      gpkg_extras.store_run_metadata(target, layer=name)):
            if error:
                feedback.pushWarning(f"{target} ({name}): {error}")
    return {"path": str(target), "layers": layers, "tiles": written, "counts": counts}


def _merge_zone(ds, name, entries, folder: Path, counts):
    layer, seen, items = None, set(), []
    for entry in entries:
        path = folder / entry["output"]
        if not path.exists():
            continue
        source_ds = gdal.OpenEx(str(path), gdal.OF_VECTOR)
        source = source_ds.GetLayer(0)
        if layer is None:
            layer = _create_like(ds, name, source)
            layer.StartTransaction()
        items.append(dict(source.GetMetadata() or {}))
        wanted = set(tile_ids_of(entry))
        for feature in source:
            tile_id = feature.GetField("tile_id")
            if tile_id not in wanted or tile_id in seen:
                continue  # outside the AOI (the partition's bounding box), or written
            seen.add(tile_id)
            copy = ogr.Feature(layer.GetLayerDefn())
            copy.SetFrom(feature)
            layer.CreateFeature(copy)
            _count(counts, feature)
        source_ds = None
    if layer is None:
        return None
    layer.CommitTransaction()
    for key, value in _merged_items(items, len(entries)).items():
        layer.SetMetadataItem(key, value)
    return len(seen)


def _create_like(ds, name, source):
    layer = ds.CreateLayer(name, srs=source.GetSpatialRef(), geom_type=ogr.wkbPolygon,
                           options=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"])
    defn = source.GetLayerDefn()
    for index in range(defn.GetFieldCount()):
        layer.CreateField(defn.GetFieldDefn(index))
    return layer


def _count(counts, feature):
    status = feature.GetField("status")
    if status in counts:
        counts[status] += 1
    label = feature.GetField("class_label")
    if label in CLASSES:
        counts[label] += 1


def _merged_items(items, partitions) -> dict:
    merged = {key: items[0][key] for key in SHARED_ITEMS if items and key in items[0]}
    started = sorted(i[STARTED_KEY] for i in items if i.get(STARTED_KEY))
    finished = sorted(i[FINISHED_KEY] for i in items if i.get(FINISHED_KEY))
    if started:
        merged[STARTED_KEY] = started[0]
    if finished:
        merged[FINISHED_KEY] = finished[-1]
    reasons = sorted({i["DN_REASONS"] for i in items if i.get("DN_REASONS")})
    if reasons:
        merged["DN_REASONS"] = "; ".join(reasons)
    merged["SOURCE_RASTER"] = (f"{len(items)} of {partitions} partitions' scenes "
                               "(scenes/<partition>.vrt of this folder)")
    return merged
