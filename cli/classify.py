"""`deforestation classify RASTER --out OUT.gpkg`: deforestation:classify without QGIS.

The options are the algorithm's parameters (processing_provider/classify_algorithm.py), turned
into the same ClassifyRequest for core/run.py run_classification, the one run; the output then
gets the style and provenance the algorithm stores (cli/gpkg_extras.py).
"""
from pathlib import Path

from .. import errors
from ..core.imagery import cloud_mask
from ..core.inference.backends import BACKENDS
from ..core.inference.engines import RECIPE, SCORING, EngineRequest
from ..core.output.tile_writer import CREATE, OVERWRITE, RESUME
from ..core.run import run_classification
from ..core.run_request import DEFAULT_MAX_TILE_CLOUD, DEFAULT_MIN_VALID_FRACTION, ClassifyRequest
from ..core.vocabulary import RETRY_TILE_STATUSES
from . import gpkg_extras
from .preferences import Preferences

# The algorithm's MAX_TILES default: a command asked for a large area says so before it runs.
DEFAULT_MAX_TILES = 2500


class OptionError(errors.InputError):
    """An option's value cannot be used; the message names it (exit code 2)."""


CLOUD_KINDS = {"auto": cloud_mask.AUTO, "scl": cloud_mask.SCL, "binary": cloud_mask.BINARY}


def add_model_options(parser):
    """The model and where it runs: MODEL, MMPROJ, ENGINE and the plugin's settings."""
    group = parser.add_argument_group("model")
    group.add_argument("--model", type=Path, help="text model GGUF (default: the model card's "
                       "file in the model folder, downloaded when missing)")
    group.add_argument("--mmproj", type=Path, help="vision projector GGUF")
    group.add_argument("--engine", choices=(SCORING, RECIPE), default=SCORING,
                       help="scoring: class probabilities (default); recipe: the model card's "
                            "chat completion, label only")
    group.add_argument("--threads", type=int, help="CPU threads (default: "
                       "$DEFORESTATION_THREADS, else all cores but one above two)")
    group.add_argument("--gpu-layers", type=int, help="layers offloaded to the GPU (-1: all, "
                       "the default; 0: none)")
    group.add_argument("--backend", choices=BACKENDS, help="where the model runs (default: "
                       "$DEFORESTATION_BACKEND, else llama_cpp in this process)")
    group.add_argument("--server-url", help="an OpenAI-compatible server for --backend "
                       "openai_server (API key: $DEFORESTATION_SERVER_API_KEY)")
    group.add_argument("--no-download", action="store_true",
                       help="never download the model card's files")


def add_classify_options(parser):
    """The classify parameters that are not the input, the area or the output."""
    group = parser.add_argument_group("classification")
    group.add_argument("--rc-threshold", type=float, metavar="P",
                       help="RECENTLY_CLEARED probability threshold (0..1)")
    group.add_argument("--max-cloud", type=float, default=DEFAULT_MAX_TILE_CLOUD * 100,
                       metavar="PERCENT", help="maximum cloud cover per tile, %% (default 10)")
    group.add_argument("--min-valid-fraction", type=float, default=DEFAULT_MIN_VALID_FRACTION,
                       metavar="F", help="minimum valid-data fraction of a tile (default 0.9)")
    group.add_argument("--nir-band", type=int, help="band number of B08 (default: by name)")
    group.add_argument("--red-band", type=int, help="band number of B04")
    group.add_argument("--green-band", type=int, help="band number of B03")
    group.add_argument("--scale", type=float, help="DN = stored x SCALE + OFFSET "
                       "(default: automatic)")
    group.add_argument("--offset", type=float, help="offset added after the scale (DN)")
    group.add_argument("--chips-folder", type=Path, help="save the chips fed to the model")


def add_output_mode_options(parser, what="OUT"):
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--resume", action="store_true",
                       help=f"continue {what} made with the same settings and raster")
    group.add_argument("--overwrite", action="store_true",
                       help=f"replace {what} (its tiles and review decisions are deleted)")


def add_arguments(parser):
    parser.add_argument("raster", help="Sentinel-2 L2A raster with B03, B04 and B08 (a GDAL "
                        "data source: a file, a VRT, a SENTINEL2 subdataset)")
    parser.add_argument("--out", required=True, type=Path, help="the output GeoPackage")
    parser.add_argument("--extent", metavar="XMIN,YMIN,XMAX,YMAX",
                        help="classify only this rectangle (default: the whole raster)")
    parser.add_argument("--extent-crs", default="", help="the extent's CRS (an EPSG code or "
                        "WKT; default: the raster's)")
    parser.add_argument("--source-crs", default="", help="the raster's CRS when it declares "
                        "none")
    parser.add_argument("--cloud-mask", help="an SCL band or a mask raster (a fetched "
                        "scene's SCL is used without it)")
    parser.add_argument("--cloud-mask-type", choices=tuple(CLOUD_KINDS), default="auto")
    parser.add_argument("--max-tiles", type=int, default=DEFAULT_MAX_TILES,
                        help=f"refuse more tiles than this (default {DEFAULT_MAX_TILES}; "
                             "0: no limit)")
    add_output_mode_options(parser)
    add_model_options(parser)
    add_classify_options(parser)


def preferences(args) -> Preferences:
    return Preferences.from_environment(
        n_threads=args.threads, n_gpu_layers=args.gpu_layers, backend=args.backend,
        server_url=args.server_url, auto_download=False if args.no_download else None)


def mode(args) -> str:
    return RESUME if args.resume else OVERWRITE if args.overwrite else CREATE


def request_fields(args) -> dict:
    """The ClassifyRequest fields the model and classification options give."""
    return dict(
        bands=(args.nir_band, args.red_band, args.green_band),
        scale=args.scale, offset=args.offset,
        engine=EngineRequest(kind=args.engine, model=args.model, mmproj=args.mmproj),
        rc_threshold=args.rc_threshold,
        max_cloud=args.max_cloud / 100.0,
        min_valid_fraction=args.min_valid_fraction,
        chips_folder=args.chips_folder,
        preferences=preferences(args),
    )


def parse_extent(text):
    if not text:
        return None
    try:
        values = tuple(float(v) for v in text.split(","))
    except ValueError:
        values = ()
    if len(values) != 4 or values[0] >= values[2] or values[1] >= values[3]:
        raise OptionError(f"--extent '{text}' is not XMIN,YMIN,XMAX,YMAX with XMIN < XMAX "
                          "and YMIN < YMAX.")
    return values


def build_request(args) -> ClassifyRequest:
    return ClassifyRequest(
        source=args.raster, output=args.out, source_crs=args.source_crs,
        extent=parse_extent(args.extent), extent_crs=args.extent_crs if args.extent else "",
        cloud_mask=args.cloud_mask, cloud_mask_kind=CLOUD_KINDS[args.cloud_mask_type],
        max_tiles=args.max_tiles or None, mode=mode(args), **request_fields(args))


def store_extras(output, feedback):
    """The style and the provenance, each on its own: a failure is a warning (as
    core/output/post_run.py store_or_warn in QGIS)."""
    for what, store in (("style", gpkg_extras.store_style),
                        ("layer metadata", gpkg_extras.store_run_metadata)):
        error = store(output)
        if error:
            feedback.pushWarning(f"The {what} could not be saved: {error}")


def run(args, feedback) -> int:
    """The command; its exit code (cli/main.py)."""
    summary = run_classification(build_request(args), feedback)
    store_extras(summary.output, feedback)
    if summary.cancelled:
        return 130
    retry = sum(summary.counts.by_key.get(status, 0) for status in RETRY_TILE_STATUSES)
    return 3 if retry else 0
