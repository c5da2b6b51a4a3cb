"""Per-band Sentinel-2 files (SAFE IMG_DATA, downloads of single bands) stacked into one VRT.

The VRT holds B03, B04, B08 in that order with band descriptions, so deforestation:classify
finds the bands by itself. Nothing is copied: the VRT points at the original files.
"""
from pathlib import Path

from osgeo import gdal

from .bands import band_pattern

gdal.UseExceptions()

STACK_BANDS = ("B03", "B04", "B08")
ROLE_OF = {"B03": "green", "B04": "red", "B08": "nir"}
RASTER_SUFFIXES = {".jp2", ".tif", ".tiff", ".vrt"}


class StackError(ValueError):
    """The folder does not hold exactly one file per band; the message says what was found."""


def find_band_files(folder) -> dict:
    """{band: path} of the 10 m band files in folder (searched recursively)."""
    files = [p for p in Path(folder).rglob("*") if p.suffix.lower() in RASTER_SUFFIXES]
    found = {}
    for band in STACK_BANDS:
        pattern = band_pattern(ROLE_OF[band])
        hits = sorted(p for p in files if pattern.search(p.stem))
        # SAFE L2A holds each band at several resolutions: B03/B04/B08 at 10 m are the ones.
        ten_m = [p for p in hits if "_10m" in p.stem or "R10m" in p.parts]
        hits = ten_m or hits
        if len(hits) != 1:
            listing = ", ".join(p.name for p in hits) or "none"
            raise StackError(
                f"Expected one {band} file in {folder}, found {len(hits)} ({listing}). Put one "
                f"file per band (B03, B04, B08) in the folder, or build the VRT yourself."
            )
        found[band] = hits[0]
    return found


def stack_bands(folder, output) -> str:
    """Write a VRT stacking B03, B04, B08 of folder into output; returns its path."""
    files = find_band_files(folder)
    output = str(output)
    vrt = gdal.BuildVRT(output, [str(files[b]) for b in STACK_BANDS], separate=True)
    if vrt is None:
        raise StackError(f"GDAL could not stack the band files of {folder}.")
    for index, band in enumerate(STACK_BANDS, start=1):
        vrt.GetRasterBand(index).SetDescription(band)
    vrt.FlushCache()
    vrt = None
    return output
