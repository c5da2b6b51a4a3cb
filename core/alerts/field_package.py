"""The data of a field package (docs/REVIEW.md, "The field package"): a GeoPackage of the tiles
under review and their clearings, and the before and after chips of each tile as PNG files in
a DCIM folder beside it, referenced by paths relative to the package folder (what QField and
QGIS's attachment widget resolve against the project). OGR and GDAL, no QGIS: the project and
its form are processing_provider/field_project.py.

The tiles are the review dock's alert queue (core/alerts/queue.py): alert tiles and the
candidate tiles kept as forest where a clearing appears. Each keeps every field of the compare
output, the review fields (added when missing), the chips' paths, and BASELINE: the office's
reviewed_at when the package was made, which the merge (core/alerts/field_merge.py) compares.
"""
import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from osgeo import gdal, ogr

from ... import errors
from ...toolbelt.i18n import tr
from ..imagery.chips import encode_png
from ..output.fields import ALERT, CONFIDENCE, TILE_ID
from ..review.queue import REVIEW_FIELDS
from .field_merge import BASELINE
from .queue import missing_compare_fields
from .tiers import CANDIDATE

GPKG = "field_review.gpkg"
PROJECT = "field_review.qgz"
DCIM = "DCIM"
TILES_LAYER = "alerts"
CLEARINGS_LAYER = "clearings"
BEFORE, AFTER = "before", "after"
CHIP_FIELDS = {BEFORE: "chip_before", AFTER: "chip_after"}
# The tiles a field package takes: the review dock's alert queue (core/alerts/queue.py).
QUEUE_FILTER = f"\"{ALERT}\" = 1 OR \"{CONFIDENCE}\" = '{CANDIDATE}'"


class PackageError(errors.DeforestationError):
    """The package cannot be written; the text says why and what to do."""


@dataclass
class Package:
    """What write_package wrote."""

    folder: str
    gpkg: str
    tiles: int = 0
    clearings: int = 0
    chips: int = 0
    notes: List[str] = field(default_factory=list)


def chip_path(tile_id: str, role: str) -> str:
    """The chip's path relative to the package folder (forward slashes, as QField reads it)."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", tile_id or "tile")
    return f"{DCIM}/{safe}_{role}.png"


def check_folder(folder: str):
    """PackageError when `folder` already holds a field package: the decisions in it may not
    be merged yet, so it is never written over."""
    for name in (GPKG, PROJECT):
        if os.path.exists(os.path.join(folder, name)):
            raise PackageError(tr(
                "{} already holds a field package ({}). Merge its decisions first "
                "(deforestation:field_merge), then choose an empty folder or remove the old "
                "package.").format(folder, name))


def _first_layer(source: str) -> Optional[str]:
    """The name of a GeoPackage's first layer (a layer given as the file alone)."""
    dataset = gdal.OpenEx(source, gdal.OF_VECTOR)
    name = dataset.GetLayer(0).GetName() if dataset is not None and dataset.GetLayerCount() \
        else None
    dataset = None
    return name


def _translate(destination, source, layer, new_name, where=None, append=False):
    # One layer only: a GeoPackage also holds tables such as layer_styles.
    layer = layer or _first_layer(source)
    options = gdal.VectorTranslateOptions(
        format="GPKG", layers=[layer] if layer else None, layerName=new_name, where=where,
        accessMode="update" if append else None)
    try:
        result = gdal.VectorTranslate(destination, source, options=options)
    except RuntimeError:
        result = None
    if result is None:
        raise PackageError(tr("{} could not be copied into the field package {}: {}").format(
            source, destination, gdal.GetLastErrorMsg() or tr("GDAL refused it")))
    result = None


def _ensure_fields(layer):
    defn = layer.GetLayerDefn()
    have = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    wanted = [*REVIEW_FIELDS, (BASELINE, 32), *((name, 0) for name in CHIP_FIELDS.values())]
    for name, width in wanted:
        if name not in have:
            definition = ogr.FieldDefn(name, ogr.OFTString)
            if width:
                definition.SetWidth(width)
            layer.CreateField(definition)


def _write_chips(layer, folder, renderers, grid_wkt, package: Package, cancelled):
    failures = []
    layer.ResetReading()
    for feature in layer:
        if cancelled():
            break
        tile = feature.GetField(TILE_ID) or ""
        feature.SetField(BASELINE, feature.GetField("reviewed_at"))
        envelope = feature.GetGeometryRef().GetEnvelope() if feature.GetGeometryRef() else None
        bounds = (envelope[0], envelope[2], envelope[1], envelope[3]) if envelope else None
        for role, renderer in renderers.items():
            if renderer is None:
                continue
            relative = chip_path(tile, role)
            try:
                chip = renderer.render(tile, grid_wkt, bounds)
            except (errors.DeforestationError, RuntimeError, ValueError) as exc:
                failures.append(f"{tile} ({role}): {exc}")
                continue
            with open(os.path.join(folder, relative), "wb") as handle:
                handle.write(encode_png(chip))
            feature.SetField(CHIP_FIELDS[role], relative)
            package.chips += 1
        layer.SetFeature(feature)
    if failures:
        package.notes.append(tr("{} chips could not be made: {}").format(
            len(failures), "; ".join(failures[:5])))


def write_package(source: str, layer_name: Optional[str], folder: str,
                  renderers: Dict[str, object], grid_wkt: str = "",
                  clearings: Optional[str] = None, clearings_layer: Optional[str] = None,
                  cancelled=lambda: False) -> Package:
    """The GeoPackage and the chips of a field package in `folder` (made when missing).
    `source`: the compare output's GeoPackage (`layer_name` its layer, None for the first);
    `renderers`: {BEFORE, AFTER: a core/review/chip_source.py ChipRenderer or None}."""
    os.makedirs(os.path.join(folder, DCIM), exist_ok=True)
    check_folder(folder)
    gpkg = os.path.join(folder, GPKG)
    package = Package(folder, gpkg)
    _translate(gpkg, source, layer_name, TILES_LAYER, where=QUEUE_FILTER)
    dataset = gdal.OpenEx(gpkg, gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = dataset.GetLayerByName(TILES_LAYER) if dataset is not None else None
    if layer is None:
        raise PackageError(tr("The field package {} could not be opened after writing it: "
                              "{}").format(gpkg, gdal.GetLastErrorMsg()))
    _ensure_fields(layer)
    package.tiles = layer.GetFeatureCount()
    dataset.StartTransaction()
    _write_chips(layer, folder, renderers, grid_wkt, package, cancelled)
    dataset.CommitTransaction()
    dataset = None
    if not any(renderers.values()):
        package.notes.append(tr(
            "No chips: give BEFORE_RASTER and AFTER_RASTER (the images the compare output was "
            "made from) to attach the before and after chips of each tile."))
    if clearings:
        _translate(gpkg, clearings, clearings_layer, CLEARINGS_LAYER, append=True)
        dataset = gdal.OpenEx(gpkg, gdal.OF_VECTOR)
        package.clearings = dataset.GetLayerByName(CLEARINGS_LAYER).GetFeatureCount()
        dataset = None
    return package


def read_field_rows(gpkg: str) -> Dict[str, Dict[str, object]]:
    """{tile_id: {field: value}} of a field package's tiles (the merge's input); PackageError
    when the file is not a field package."""
    dataset = gdal.OpenEx(gpkg, gdal.OF_VECTOR) if os.path.isfile(gpkg or "") else None
    layer = dataset.GetLayerByName(TILES_LAYER) if dataset is not None else None
    if layer is None and dataset is not None and dataset.GetLayerCount() == 1:
        layer = dataset.GetLayer(0)  # a package renamed or saved again by a mobile GIS
    names = set()
    if layer is not None:
        defn = layer.GetLayerDefn()
        names = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    if "review_status" not in names or missing_compare_fields(names):
        raise PackageError(tr(
            "{} is not a field package: it needs a layer '{}' with the fields of a compare "
            "output and the review fields. Choose the {} that deforestation:field_package "
            "wrote.").format(
                gpkg, TILES_LAYER, GPKG))
    rows = {}
    for feature in layer:
        if feature.IsFieldSetAndNotNull(TILE_ID):
            rows[feature.GetField(TILE_ID)] = {
                name: feature.GetField(name) if feature.IsFieldSetAndNotNull(name) else None
                for name in names}
    packaged = BASELINE in names
    dataset = None
    return rows if packaged else {tile: {**values, BASELINE: None}
                                  for tile, values in rows.items()}


def is_packaged(gpkg: str) -> bool:
    """Whether the field package's tiles carry BASELINE (made by deforestation:field_package)."""
    dataset = gdal.OpenEx(gpkg, gdal.OF_VECTOR)
    layer = dataset.GetLayerByName(TILES_LAYER) if dataset is not None else None
    found = layer is not None and layer.GetLayerDefn().GetFieldIndex(BASELINE) >= 0
    dataset = None
    return found
