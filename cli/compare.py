"""`deforestation compare [BEFORE] AFTER --out OUT.gpkg`: deforestation:compare without QGIS.

The same core records (core/alerts/compare.py tile_state, compare, alert_patches; the clearings
of core/alerts/delineation.py find_clearings when both dates' rasters are given or recorded),
read and written with OGR (cli/compare_io.py); the styles the algorithm stores are stored from
cli/styles/ (cli/gpkg_extras.py). The fields are the algorithm's own (core/alerts/fields.py).
"""
import os
from pathlib import Path

from ..core.alerts.compare import (CompareError, alert_patches, compare, grid_tag, one_date,
                                   summary_text)
from ..core.alerts.date_imagery import date_source
from ..core.alerts.delineation import (
    DEFAULT_MIN_AREA_HA, ClearingRequest, find_clearings, grid_of, no_clearings_text, scan_plan)
from ..core.alerts.outlines import record_clearings
from ..core.alerts.tiers import clearing_summary
from ..core.imagery.raster_tiles import RasterError
from ..core.alerts.fields import CLEARING_FIELDS, PATCH_FIELDS, ROW_FIELDS
from ..core.output.tile_writer import read_layer_metadata
from ..toolbelt.url_policy import RefusedAddress
from . import compare_io, gpkg_extras
from .classify import OptionError


def add_arguments(parser):
    parser.add_argument("before", nargs="?", metavar="BEFORE",
                        help="tiles of the earlier date (a classify output; without it, AFTER's "
                             "RECENTLY_CLEARED tiles are the alerts)")
    parser.add_argument("after", metavar="AFTER", help="tiles of the later date")
    parser.add_argument("--out", required=True, type=Path,
                        help="compared tiles (OUTPUT), a GeoPackage")
    parser.add_argument("--patches", type=Path,
                        help="alert patches (PATCHES; default: OUT_patches.gpkg beside OUT)")
    parser.add_argument("--clearings", type=Path, help="clearings (CLEARINGS; default: "
                        "OUT_clearings.gpkg beside OUT)")
    parser.add_argument("--no-clearings", action="store_true",
                        help="write no CLEARINGS file (the tiles' cleared_ha stays filled)")
    parser.add_argument("--before-raster", default="",
                        help="image of the earlier date (default: the one BEFORE records)")
    parser.add_argument("--after-raster", default="",
                        help="image of the later date (default: the one AFTER records)")
    parser.add_argument("--min-area-ha", type=float, default=DEFAULT_MIN_AREA_HA,
                        help=f"minimum clearing area, ha (default {DEFAULT_MIN_AREA_HA})")
    parser.add_argument("--overlay", help="polygons: protected areas, properties, concessions")
    parser.add_argument("--overlay-field", default="", help="the overlay field naming each "
                        "polygon")
    parser.add_argument("--reference-alerts", help="alerts of another system (polygons or a "
                                                   "raster)")
    parser.add_argument("--export-folder", type=Path,
                        help="write GeoJSON, KML and CSV exports (WGS 84) into this folder")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace output files that exist")


def outputs(args):
    """{OUTPUT, PATCHES, CLEARINGS: path or None}; OptionError when one exists without
    --overwrite (a compare output may hold review decisions: never replaced silently)."""
    out = args.out
    paths = {"OUTPUT": out,
             "PATCHES": args.patches or out.with_name(f"{out.stem}_patches.gpkg"),
             "CLEARINGS": None if args.no_clearings else
             args.clearings or out.with_name(f"{out.stem}_clearings.gpkg")}
    chosen = [p for p in paths.values() if p is not None]
    if len({os.path.abspath(p) for p in chosen}) != len(chosen):
        raise OptionError("--out, --patches and --clearings must be three different files.")
    for path in chosen:
        if path.suffix.lower() != ".gpkg":
            raise OptionError(f"{path} is not a GeoPackage: give a file name ending in .gpkg.")
        if path.exists() and not args.overwrite:
            raise OptionError(f"{path} exists: give --overwrite to replace it, or another name.")
    return paths


def read_comparison(args, feedback):
    """(comparison, patches, grid WKT) of BEFORE and AFTER, as the algorithm reads them."""
    after, layer_wkt, _ = compare_io.read_states(args.after, "AFTER", feedback.isCanceled)
    grid = compare_io.grid_wkt(grid_tag(after, "AFTER"), layer_wkt)
    if args.before:
        before = compare_io.read_states(args.before, "BEFORE", feedback.isCanceled)[0]
        comparison = compare(before, after)
    else:
        comparison = one_date(after)
    return comparison, alert_patches(comparison, grid), grid


def _date(layer, given, what, notes):
    """The DateSource of one date, or None with the reason in `notes`."""
    metadata = read_layer_metadata(layer) if layer and os.path.isfile(layer) else {}
    option = "--before-raster" if what == "BEFORE" else "--after-raster"
    try:
        source = date_source(metadata, given)
    except RefusedAddress as exc:
        notes.append(f"{what}: {exc} Give {option} instead.")
        return None
    if source is not None and source.recorded and not os.path.exists(source.path):
        notes.append(f"The source raster {source.path} that {what} records is not found (moved "
                     f"or deleted): give {option}.")
        return None
    return source


def clearing_request(args, comparison, grid, notes):
    after = _date(args.after, args.after_raster, "AFTER", notes)
    before = _date(args.before, args.before_raster, "BEFORE", notes)
    if before is None or after is None:
        notes.append(no_clearings_text())
        return None
    tiles = scan_plan(comparison.changes)
    rectangle = None
    if tiles:
        bounds = [t.bounds for t in tiles]
        rectangle = (min(b[0] for b in bounds), min(b[1] for b in bounds),
                     max(b[2] for b in bounds), max(b[3] for b in bounds))
    request = ClearingRequest(before, after, args.min_area_ha)
    if args.overlay:
        request.overlay = compare_io.read_polygons(args.overlay, args.overlay_field, grid,
                                                   rectangle, "OVERLAY")
    if args.reference_alerts and compare_io.is_raster(args.reference_alerts):
        request.reference_raster = args.reference_alerts
    elif args.reference_alerts:
        request.reference = compare_io.read_polygons(args.reference_alerts, "", grid,
                                                     rectangle, "REFERENCE_ALERTS")
    return request


def store_styles(paths, feedback):
    for name, style in (("OUTPUT", gpkg_extras.ALERTS_STYLE),
                        ("PATCHES", gpkg_extras.PATCHES_STYLE),
                        ("CLEARINGS", gpkg_extras.CLEARINGS_STYLE)):
        error = gpkg_extras.store_style(paths[name], style) if paths[name] else ""
        if error:
            feedback.pushWarning(f"The style could not be saved: {error}")


def run(args, feedback) -> int:
    """The command; its exit code (cli/main.py)."""
    if args.min_area_ha < 0:
        raise OptionError("--min-area-ha must be 0 or more (hectares).")
    paths = outputs(args)
    comparison, patches, grid = read_comparison(args, feedback)
    notes = []
    request = clearing_request(args, comparison, grid, notes)
    clearings = []
    if request is not None:
        try:
            clearings = find_clearings(request, comparison, patches,
                                       grid_of(comparison.grid, grid),
                                       feedback.isCanceled).clearings
        except RasterError as exc:
            raise CompareError(str(exc)) from exc
    if feedback.isCanceled():
        raise KeyboardInterrupt
    rows = comparison.changes
    compare_io.write_rows(paths["OUTPUT"], ROW_FIELDS, rows, grid)
    compare_io.write_patches(paths["PATCHES"], PATCH_FIELDS, patches, grid)
    if paths["CLEARINGS"]:
        compare_io.write_clearings(paths["CLEARINGS"], CLEARING_FIELDS, clearings, grid)
        record_clearings(str(paths["OUTPUT"]), str(paths["CLEARINGS"]))
    store_styles(paths, feedback)
    feedback.pushInfo(summary_text(comparison, patches))
    for line in notes + ([clearing_summary(clearings, rows)] if request else []):
        feedback.pushInfo(line)
    if args.export_folder:
        for error in compare_io.export(paths["OUTPUT"], paths["PATCHES"], args.export_folder,
                                       paths["CLEARINGS"] or ""):
            feedback.pushWarning(error)
    for name, path in paths.items():
        if path:
            feedback.pushInfo(f"{name}: {path}")
    return 0
