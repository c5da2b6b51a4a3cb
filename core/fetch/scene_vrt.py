"""The fetched scene's VRTs: one per band mosaicking the acquisition's tiles, the stack, its SCL.

Each band VRT puts the acquisition's MGRS tiles on one UTM grid (tiles of another zone warped
nearest-neighbour), clipped to the extent on whole kilometres, read through GDAL's /vsicurl/ (range
reads: only the blocks of the extent travel). The stack VRT (B08, B04, B03: the chip's channel
order, docs/INPUTS.md) records the acquisition, the scaling decision as each band's offset and
SCL_MASK, the SCL VRT beside it. What each item means: docs/FETCH.md, "How".
"""
import os
from pathlib import Path
from typing import Optional

import numpy as np
from osgeo import gdal

from ... import errors
from . import scene_choice
from ..imagery.cloud_mask import SCL_CLOUDY
from ...toolbelt.i18n import tr
from ...toolbelt.url_policy import is_web_url

gdal.UseExceptions()

# Stack order = chip channels R, G, B (docs/INPUTS.md); asset names of core/fetch/scene_choice.py.
STACK = (("nir", "B08"), ("red", "B04"), ("green", "B03"))
RESOLUTION = {"nir": 10.0, "red": 10.0, "green": 10.0, "scl": 20.0}


class VrtError(errors.FetchError):
    """An asset cannot be opened or GDAL cannot write a VRT; the message says which."""


def gdal_path(href: str) -> str:
    """GDAL's path of an asset: /vsicurl/ before an http(s) href (an s3:// href of a public
    bucket is already its https address: core/fetch/scene_choice.py public_href). Any other
    href (a local path, file:, ftp:, a /vsi... prefix) is refused (toolbelt/url_policy.py):
    VrtError naming it, nothing opened."""
    href = str(href).strip()
    if not is_web_url(href):
        raise VrtError(tr("The asset href '{}' of the STAC catalogue was refused: only http:// "
                          "and https:// assets (and s3:// of public buckets) are read.")
                       .format(href))
    return "/vsicurl/" + href


def _href(scene, asset) -> str:
    href = scene.hrefs.get(asset)
    if not href:
        raise VrtError(tr("The item {} has no '{}' asset ({}); is COLLECTION a Sentinel-2 "
                          "L2A collection?").format(scene.item_id, asset,
                                                    scene_choice.ASSETS[asset]))
    return href


def _open_error(scene, asset, exc) -> VrtError:
    text = str(exc)
    if "404" in text or "403" in text:
        reason = "HTTP 404 (not found)" if "404" in text else "HTTP 403 (forbidden)"
    else:
        reason = text
    return VrtError(tr("The '{}' asset of {} cannot be read ({}): {}.").format(
        asset, scene.item_id, _href(scene, asset), reason))


def band_mosaic(acquisition, asset, epsg, bounds, path: Path, feedback=None) -> str:
    """A VRT of one asset over bounds: the acquisition's tiles on one UTM grid."""
    res = RESOLUTION[asset]
    target = f"EPSG:{epsg}"
    sources = []
    for scene in acquisition.scenes:
        source = gdal_path(_href(scene, asset))
        if scene.epsg and scene.epsg != epsg:
            warped = path.with_name(f"{path.stem}_{scene.mgrs_tile or scene.item_id}.vrt")
            try:
                gdal.Warp(str(warped), source, format="VRT", dstSRS=target, xRes=res, yRes=res,
                          outputBounds=bounds, resampleAlg="near", srcNodata=0, dstNodata=0)
            except RuntimeError as exc:
                raise _open_error(scene, asset, exc) from exc
            source = str(warped)
        else:
            try:
                gdal.Open(source)  # the header only: a missing asset is named here
            except RuntimeError as exc:
                raise _open_error(scene, asset, exc) from exc
        sources.append(source)
    vrt = gdal.BuildVRT(str(path), sources, outputBounds=bounds, xRes=res, yRes=res,
                        resampleAlg="nearest", srcNodata=0, VRTNodata=0)
    if vrt is None:
        raise VrtError(tr("GDAL could not mosaic the '{}' assets of {}.").format(
            asset, acquisition.date))
    vrt = None
    return str(path)


def scl_cloud_fraction(acquisition, epsg, bounds) -> Optional[float]:
    """Cloud fraction (SCL classes 3, 8, 9, 10) among the valid SCL pixels over bounds; None
    when the SCL cannot be read or holds no valid pixel."""
    sources = [gdal_path(s.hrefs["scl"]) for s in acquisition.scenes if s.hrefs.get("scl")]
    if not sources:
        return None
    try:
        ds = gdal.Warp("", sources, format="MEM", dstSRS=f"EPSG:{epsg}", xRes=20, yRes=20,
                       outputBounds=bounds, resampleAlg="near", srcNodata=0, dstNodata=0)
        values = ds.GetRasterBand(1).ReadAsArray()
    except RuntimeError:
        return None
    valid = values != 0
    if not valid.any():
        return None
    return float(np.isin(values[valid], SCL_CLOUDY).mean())


def localise(vrt_path: str, feedback=None) -> str:
    """The clipped band as a GeoTIFF next to the VRT (offline work)."""
    tif = str(Path(vrt_path).with_suffix(".tif"))
    gdal.Translate(tif, vrt_path, format="GTiff",
                   creationOptions=["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"])
    return tif


def write_stack(output, band_paths, acquisition, offset, decision, scl_path, request):
    vrt = gdal.BuildVRT(output, band_paths, separate=True)
    if vrt is None:
        raise VrtError(tr("GDAL could not write {}.").format(output))
    for index, (_asset, name) in enumerate(STACK, start=1):
        band = vrt.GetRasterBand(index)
        band.SetDescription(name)
        band.SetNoDataValue(0)
        # Stated explicitly: the decision above is the only conversion (a COG's own
        # scale/offset must not be applied a second time by core/imagery/scaling.py).
        band.SetScale(1.0)
        band.SetOffset(float(offset))
        band.SetMetadataItem("BOA_ADD_OFFSET", f"{offset:g}")
    baselines = sorted({s.baseline for s in acquisition.scenes if s.baseline})
    applied = {s.boa_offset_applied for s in acquisition.scenes}
    items = {
        "IMAGE_DATE": acquisition.date,
        "IMAGE_ID": ",".join(acquisition.item_ids),
        "STAC_ITEM": ",".join(acquisition.item_ids),
        "STAC_API": request.stac_url,
        "STAC_COLLECTION": request.collection,
        "DATETIME": acquisition.datetime,
        "PROCESSING_BASELINE": ",".join(baselines),
        "PRODUCT_TYPE": "S2MSI2A",
        "EARTHSEARCH_BOA_OFFSET_APPLIED": ",".join(sorted(str(a).lower() for a in applied)),
        "DN_DECISION": decision,
        "EO_CLOUD_COVER": f"{acquisition.cloud_cover:.2f}",
        "SCL_MASK": os.path.relpath(scl_path, os.path.dirname(os.path.abspath(output))),
    }
    for key, value in items.items():
        if value:
            vrt.SetMetadataItem(key, value)
    vrt.FlushCache()
    vrt = None
