"""`deforestation`: the plugin's runs on a command line, without QGIS (docs/SCALING.md).

    deforestation classify RASTER --out OUT.gpkg [options]    one raster (deforestation:classify)
    deforestation area --aoi AOI --start D --end D --out DIR   a region in partitions, on Dask
    deforestation estimate --aoi AOI --out DIR                 what `area` would do (--dry-run)
    deforestation compare BEFORE AFTER --out OUT.gpkg          alerts (deforestation:compare)

Exit codes, for scripts:
    0    done: every tile classified (or every partition finished)
    1    an error the message explains (input, model, output, fetch); the tiles written so far
         stay, and the same command with --resume (classify) or again (area) continues
    2    the command line itself is wrong (usage)
    3    finished, but some tiles are ERROR or some partitions failed: run again to retry them
    70   an internal error (a bug: please report it with the traceback)
    130  stopped by Ctrl-C; the tiles done are saved
"""
import argparse
import sys
import traceback

from .. import errors
from ..core.pipeline import RunError
from .classify import OptionError
from .feedback import ConsoleFeedback, Interrupts

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INCOMPLETE, EXIT_BUG, EXIT_INTERRUPTED = \
    0, 1, 2, 3, 70, 130


def _commands():
    """name -> (module, one-line help); modules imported only when their command runs."""
    from . import classify
    commands = {"classify": (classify, "classify one Sentinel-2 raster into 1 km tiles "
                                       "(deforestation:classify)")}
    try:
        from . import area
    except ImportError:  # a module of a later step is absent
        return commands
    commands["area"] = (area, "classify a region: partitions fetched from a STAC API and "
                              "classified on a Dask cluster, merged into DIR/tiles.gpkg")
    commands["estimate"] = (area, "what `area` would do: tiles, partitions, bytes and time "
                                  "(the same as `area --dry-run`)")
    from . import compare
    if hasattr(compare, "run"):
        commands["compare"] = (compare, "alerts and patches between two dates "
                                        "(deforestation:compare)")
    return commands


def build_parser():
    parser = argparse.ArgumentParser(
        prog="deforestation", description="Deforestation Classifier without QGIS: 1 km tiles "
        "of Sentinel-2 classified by a small vision-language model.",
        epilog="Exit codes: 0 done, 1 error (the message says what to do), 2 usage, 3 "
        "finished with ERROR tiles or failed partitions (run again), 70 internal error, "
        "130 stopped by Ctrl-C.")
    parser.add_argument("--quiet", action="store_true", help="only warnings and errors")
    parser.add_argument("--no-progress", action="store_true",
                        help="plain lines even on a terminal (no progress bar)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module, text) in _commands().items():
        command = sub.add_parser(name, help=text, description=text)
        if name == "estimate":
            module.add_estimate_arguments(command)
        else:
            module.add_arguments(command)
        command.set_defaults(run=getattr(module, "estimate" if name == "estimate" else "run"))
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    feedback = ConsoleFeedback(quiet=args.quiet, bar=False if args.no_progress else None)
    try:
        with Interrupts(feedback):
            return args.run(args, feedback)
    except OptionError as exc:
        feedback.close()
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (errors.DeforestationError, RunError) as exc:
        feedback.close()
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        feedback.close()
        print("Stopped. The tiles done are saved; run the command again to continue.",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception:  # noqa: BLE001 (a bug: the traceback is what a report needs)
        feedback.close()
        traceback.print_exc()
        print("Internal error: please report it with the lines above.", file=sys.stderr)
        return EXIT_BUG
    finally:
        feedback.close()


if __name__ == "__main__":
    sys.exit(main())
