"""The imagery of one date of a comparison, read tile by tile as the chips were: the same bands,
the same 10 m grid warp (nearest neighbour) and the same DN scaling (core/imagery/*), with the
date's cloud mask where one is known. No QGIS.

Which raster and which settings (`date_source`): the raster the user gave, else the one the
classify output records as its source (SOURCE_RASTER); the recorded bands, DN scaling and cloud
mask apply to the recorded raster only. A raster read from the output's metadata is opened only
when it is a file on this computer (toolbelt/url_policy.py); a fetched scene's VRT is such a
file, and its bands are streamed as the classification streamed them.
"""
import os
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..imagery import cloud_mask
from ..imagery.bands import BandSelection, select_bands
from ..imagery.chips import valid_mask
from ..imagery import s2_product
from ..imagery.raster_tiles import GridWarp, RasterError, band_descriptions, open_raster, raster_srs
from ..imagery.scaling import DnScaling, dn_scaling
from ..imagery.streamed_reader import fetched_scene_scl
from ..output import provenance
from ...toolbelt.url_policy import RefusedAddress, require_local_path
from .clearings import seen_index
from ...toolbelt.i18n import tr

# The SCL classes a clearing never counts (Sentinel-2 L2A scene classification): no data,
# saturated or defective, cloud shadow, cloud medium and high probability, thin cirrus, snow.
SCL_NOT_SEEN = (0, 1, 3, 8, 9, 10, 11)


@dataclass(frozen=True)
class DateSource:
    """The raster of one date and how to read it."""

    path: str
    bands: Optional[BandSelection] = None  # None: from the band descriptions
    scaling: Optional[DnScaling] = None  # None: from the product, as the classification does
    mask: Optional[str] = None  # a cloud mask (SCL or non-zero = cloud)
    mask_kind: str = cloud_mask.AUTO
    recorded: bool = False  # read from the classify output's metadata (not given by the user)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.realpath(a) == os.path.realpath(b)
    except (TypeError, ValueError):
        return False


def _recorded_bands(metadata: dict) -> Optional[BandSelection]:
    try:
        numbers = [int(v) for v in str(metadata.get("BANDS", "")).split(",")]
    except ValueError:
        return None
    return BandSelection(*numbers) if len(numbers) == 3 else None


def date_source(metadata: dict, given: str = "") -> Optional[DateSource]:
    """The raster of one date: `given` (the user's BEFORE_RASTER / AFTER_RASTER) or the source
    the classify output recorded (`metadata`: its GDAL layer metadata); None when neither.
    Raises RefusedAddress for a recorded source that is not a file on this computer."""
    recorded = metadata.get("SOURCE_RASTER") or ""
    path = given or recorded
    if not path:
        return None
    if not given:
        path = require_local_path(path, "The source raster the classify output records")
    if given and not (recorded and _same_file(given, recorded)):
        return DateSource(path)
    settings = provenance.decode(metadata.get(provenance.RUN_SETTINGS_KEY)) or {}
    mask = settings.get("cloud_mask") or None
    try:
        mask = require_local_path(mask, "CLOUD_MASK") if mask else None
    except RefusedAddress:
        mask = None  # never opened over the network; the bands' own cloud test still applies
    if mask and not os.path.isfile(mask):
        mask = None
    return DateSource(path, _recorded_bands(metadata), DnScaling.from_metadata(metadata), mask,
                      settings.get("cloud_mask_type") or cloud_mask.AUTO, recorded=not given)


class DateReader:
    """Reads one date over a set of tiles: `seen(tile)` is its NDVI where it saw the ground
    (core/alerts/clearings.py seen_index), NaN elsewhere; None when the tile could not be read
    (a streamed scene's asset that failed)."""

    def __init__(self, source: DateSource, grid, tiles):
        self.source = source
        self._dataset = open_raster(source.path)
        srs = raster_srs(self._dataset)
        self.bands = source.bands or select_bands(band_descriptions(self._dataset))
        for number in self.bands.as_list():
            if not 1 <= number <= self._dataset.RasterCount:
                raise RasterError(tr("{} has no band {}.").format(source.path, number))
        self.scaling = source.scaling or dn_scaling(self._dataset, self.bands.as_list(),
                                                    source.path)
        self.date, _ = s2_product.acquisition(self._dataset, source.path)
        self._warp = GridWarp(self._dataset, srs, [self.bands.nir, self.bands.red], grid,
                              tiles)
        self.mask_path = source.mask or fetched_scene_scl(self._dataset, source.path)
        self.mask_kind = None
        self._mask = None
        if self.mask_path:
            mask_ds = open_raster(self.mask_path)
            kind = source.mask_kind if source.mask else cloud_mask.SCL
            if kind == cloud_mask.AUTO:
                kind = cloud_mask.guess_kind(self.mask_path,
                                             mask_ds.GetRasterBand(1).GetDescription())
            self.mask_kind = kind
            self._mask = GridWarp(mask_ds, raster_srs(mask_ds, srs.ExportToWkt()), [1], grid,
                                  tiles, coverage=True)
        self.failures = 0

    def _not_seen(self, tile) -> Optional[np.ndarray]:
        if self._mask is None:
            return None
        data = self._mask.read(tile)
        values, covered = data[0], data[-1] > 0
        if self.mask_kind == cloud_mask.SCL:
            return np.isin(values, SCL_NOT_SEEN)
        # A binary mask outside its coverage says nothing: the pixel counts as seen there.
        return cloud_mask.cloudy_pixels(values, cloud_mask.BINARY, self._mask.nodata[0]) \
            & covered

    def seen(self, tile) -> Optional[np.ndarray]:
        try:
            data = self._warp.read(tile)
            not_seen = self._not_seen(tile)
        except RuntimeError:
            self.failures += 1  # a streamed asset that cannot be read: the tile is not seen
            return None
        nir, red = data[0], data[1]
        valid = valid_mask([nir, red], self._warp.nodata)
        nir_dn, red_dn = self.scaling.apply(nir, 0), self.scaling.apply(red, 1)
        return seen_index(nir_dn, red_dn, valid, not_seen)

    def close(self):
        self._warp.close()
        if self._mask is not None:
            self._mask.close()
        self._dataset = None


def open_reader(source: DateSource, grid, tiles, what: str) -> DateReader:
    """A DateReader; RasterError naming `what` (BEFORE_RASTER, AFTER_RASTER) and the fix when
    the raster cannot be used."""
    try:
        return DateReader(source, grid, tiles)
    except (RasterError, RefusedAddress, ValueError) as exc:
        raise RasterError(f"{what}: {exc}") from exc
