"""The BOA offset of each fetched item: its own metadata, checked against its pixels.

Per acquisition and per MGRS tile (one STAC item each): the metadata says whether the DN still
carry the +1000 offset (`earthsearch:boa_offset_applied`, the processing baseline, the assets'
`raster:bands` offset); the item's Red and Green, read decimated over the whole tile (overviews:
a few range requests), say it too (core/imagery/offset_check.py). Where they clearly disagree
the pixels decide and the log gives both with their numbers; where the pixels cannot tell
(no dark target) the metadata decides and a warning says so. Earth Search issues #71 and #66:
items flagged `false` whose offset was already removed (docs/FETCH.md).
"""
from typing import Dict, Tuple

import numpy as np
from osgeo import gdal

from ..imagery import offset_check
from ..imagery.s2_product import BASELINE_04_BOA_OFFSET, OFFSET_BASELINE, baseline_number
from .scene_vrt import asset_href, gdal_path, open_error
from ...toolbelt.i18n import tr

gdal.UseExceptions()

REFLECTANCE_TO_DN = 10000.0
# The decimated read of a band for the check: GDAL takes the COG's overview of about this size.
CHECK_PX = 512


def metadata_decision(scene) -> Tuple[float, str]:
    """(offset in contract DN to add, why) from the item's metadata alone."""
    if scene.boa_offset_applied:
        return 0.0, tr("earthsearch:boa_offset_applied is true: the DN are used as stored "
                       "(the training DN)")
    if baseline_number(scene.baseline) < OFFSET_BASELINE:
        known = tr("processing baseline {}").format(scene.baseline) if scene.baseline else \
            tr("no processing baseline stated")
        return 0.0, tr("{}: no BOA offset, DN used as stored").format(known)
    flag = (tr("earthsearch:boa_offset_applied is false") if scene.boa_offset_applied is False
            else tr("no earthsearch:boa_offset_applied"))
    offsets = [v for k, v in scene.raster_offsets.items() if k != "scl"]
    if offsets and len(set(offsets)) == 1 and offsets[0]:
        dn = offsets[0] * REFLECTANCE_TO_DN if abs(offsets[0]) < 1.0 else offsets[0]
        return dn, tr("{}, processing baseline {}: the item's raster:bands offset {:g} applied "
                      "as {:+.0f} DN").format(flag, scene.baseline, offsets[0], dn)
    return BASELINE_04_BOA_OFFSET, tr("{}, processing baseline {}: BOA_ADD_OFFSET -1000 "
                                      "(product specification)").format(flag, scene.baseline)


def _sample(scene, asset):
    try:
        ds = gdal.Open(gdal_path(asset_href(scene, asset)))
    except RuntimeError as exc:  # named with its HTTP status, as the mosaic would
        raise open_error(scene, asset, exc) from exc
    band = ds.GetRasterBand(1)
    width, height = min(CHECK_PX, ds.RasterXSize), min(CHECK_PX, ds.RasterYSize)
    try:
        data = band.ReadAsArray(buf_xsize=width, buf_ysize=height,
                                resample_alg=gdal.GRIORA_NearestNeighbour).astype(np.float64)
    except RuntimeError:
        return None
    nodata = band.GetNoDataValue()
    if nodata is not None:
        data[data == nodata] = 0
    return data


def pixel_evidence(scene) -> offset_check.OffsetEvidence:
    """What the item's Red and Green say; VrtError naming an asset that cannot be opened;
    UNDECIDED when its blocks cannot be read."""
    red, green = _sample(scene, "red"), _sample(scene, "green")
    if red is None or green is None:
        return offset_check.OffsetEvidence(offset_check.UNDECIDED)
    return offset_check.evidence(red, green)


def check_scenes(scenes, feedback) -> Dict[str, offset_check.OffsetDecision]:
    """{item id: the offset decision} for the items whose pixels will be used; each decision
    and each disagreement is logged, an unchecked one as a warning."""
    decisions = {}
    for scene in scenes:
        if scene.item_id in decisions:
            continue
        offset, reason = metadata_decision(scene)
        decision = offset_check.reconcile(offset, reason, pixel_evidence(scene),
                                          scene.item_id)
        decisions[scene.item_id] = decision
        if decision.warning:
            feedback.pushWarning(decision.warning)
        else:
            feedback.pushInfo(tr("Values of {}: {}.").format(scene.item_id, decision.reason))
    return decisions
