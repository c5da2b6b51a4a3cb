"""The fetched scene's VRTs: one per band, mosaicking the chosen acquisitions tile by tile, the
stack, its SCL.

Each band VRT is a mosaic at the granularity of the classifier's 1 km tiles on one UTM grid,
clipped to the extent on whole kilometres (core/fetch/per_tile.py TileMap): the runs of tiles that
take an acquisition read that acquisition's MGRS tiles (a tile of another zone warped
nearest-neighbour), so no tile blends two dates. Sources are read through GDAL's /vsicurl/ (range
reads: only the blocks of the extent travel); an item's BOA offset, decided per item
(core/fetch/offsets.py), is applied in its sources (ScaleOffset), so acquisitions of different
offsets mix correctly. The stack VRT (B08, B04, B03: the chip's channel order, docs/INPUTS.md)
records the acquisitions, the decisions, the tile map and SCL_MASK, the SCL VRT beside it.
"""
import os
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape

import numpy as np
from osgeo import gdal

from ... import errors
from . import scene_choice
from ..imagery.cloud_mask import SCL_CLOUDY
from ..imagery.grid import TILE_SIZE_M
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


def asset_href(scene, asset) -> str:
    href = scene.hrefs.get(asset)
    if not href:
        raise VrtError(tr("The item {} has no '{}' asset ({}), neither as a COG nor as "
                          "'{}-jp2'; is COLLECTION a Sentinel-2 L2A collection?").format(
                              scene.item_id, asset, scene_choice.ASSETS[asset], asset))
    return href


def open_error(scene, asset, exc) -> VrtError:
    text = str(exc)
    if "404" in text or "403" in text:
        reason = "HTTP 404 (not found)" if "404" in text else "HTTP 403 (forbidden)"
    else:
        reason = text
    return VrtError(tr("The '{}' asset of {} cannot be read ({}): {}.").format(
        asset, scene.item_id, asset_href(scene, asset), reason))


class _Source:
    """One item's asset on the mosaic's grid: its path, size, type and pixel offset of the
    mosaic's top-left corner in it."""

    def __init__(self, path, ds, col0, row0, relative=False):
        band = ds.GetRasterBand(1)
        self.path, self.relative = path, relative
        self.width, self.height = ds.RasterXSize, ds.RasterYSize
        self.type = gdal.GetDataTypeName(band.DataType)
        self.block = band.GetBlockSize()
        self.col0, self.row0 = col0, row0

    def xml(self, dst, offset: float) -> str:
        """A ComplexSource filling dst (x, y, w, h in mosaic pixels), clipped to the source;
        "" when they do not meet."""
        x, y, w, h = dst
        sx0, sy0 = max(x + self.col0, 0), max(y + self.row0, 0)
        sx1, sy1 = min(x + w + self.col0, self.width), min(y + h + self.row0, self.height)
        if sx1 <= sx0 or sy1 <= sy0:
            return ""
        scale = (f"<ScaleOffset>{offset:g}</ScaleOffset><ScaleRatio>1</ScaleRatio>"
                 if offset else "")
        return (
            f'<ComplexSource><SourceFilename relativeToVRT="{int(self.relative)}">'
            f"{escape(self.path)}</SourceFilename><SourceBand>1</SourceBand>"
            f'<SourceProperties RasterXSize="{self.width}" RasterYSize="{self.height}" '
            f'DataType="{self.type}" BlockXSize="{self.block[0]}" BlockYSize="{self.block[1]}"/>'
            f'<SrcRect xOff="{sx0}" yOff="{sy0}" xSize="{sx1 - sx0}" ySize="{sy1 - sy0}"/>'
            f'<DstRect xOff="{sx0 - self.col0}" yOff="{sy0 - self.row0}" xSize="{sx1 - sx0}" '
            f'ySize="{sy1 - sy0}"/><NODATA>0</NODATA>{scale}</ComplexSource>')


def _source(scene, asset, epsg, bounds, res, path: Path) -> _Source:
    """The scene's asset placed on the mosaic grid: as stored when it is on the same UTM grid
    (whole pixels apart), else warped nearest-neighbour into a VRT beside `path`."""
    source = gdal_path(asset_href(scene, asset))
    try:
        ds = gdal.Open(source)  # the header only: a missing asset is named here
    except RuntimeError as exc:
        raise open_error(scene, asset, exc) from exc
    gt = ds.GetGeoTransform()
    col0, row0 = (bounds[0] - gt[0]) / res, (gt[3] - bounds[3]) / res
    aligned = (scene.epsg == epsg and gt[1] == res and gt[5] == -res
               and abs(col0 - round(col0)) < 1e-6 and abs(row0 - round(row0)) < 1e-6)
    if aligned:
        return _Source(source, ds, int(round(col0)), int(round(row0)))
    warped = path.with_name(f"{path.stem}_{scene.mgrs_tile or scene.item_id}.vrt")
    try:
        gdal.Warp(str(warped), source, format="VRT", dstSRS=f"EPSG:{epsg}", xRes=res, yRes=res,
                  outputBounds=bounds, resampleAlg="near", srcNodata=0, dstNodata=0)
        warped_ds = gdal.Open(str(warped))
    except RuntimeError as exc:
        raise open_error(scene, asset, exc) from exc
    return _Source(warped.name, warped_ds, 0, 0, relative=True)


def band_mosaic(tile_map, asset, path: Path, offsets=None, feedback=None) -> str:
    """A VRT of one asset over the tile map's bounds: each run of tiles from its own
    acquisition; offsets {item id: DN to add} (none for SCL)."""
    res = RESOLUTION[asset]
    epsg, bounds = tile_map.epsg, tile_map.bounds
    width = int(round((bounds[2] - bounds[0]) / res))
    height = int(round((bounds[3] - bounds[1]) / res))
    per = int(TILE_SIZE_M / res)
    offsets = {} if asset == "scl" else dict(offsets or {})
    sources = []
    for which in tile_map.used():
        acquisition = tile_map.acquisitions[which]
        placed = [(scene, _source(scene, asset, epsg, bounds, res, path))
                  for scene in acquisition.scenes]
        for row, col, end in tile_map.runs(which):
            dst = (col * per, row * per, (end - col) * per, per)
            for scene, source in placed:
                sources.append(source.xml(dst, offsets.get(scene.item_id, 0.0)))
    kind = "Byte" if asset == "scl" else ("Float32" if any(offsets.values()) else "UInt16")
    xml = (f'<VRTDataset rasterXSize="{width}" rasterYSize="{height}">'
           f"<SRS>EPSG:{epsg}</SRS>"
           # float(): numpy 2's repr of its scalars is "np.float64(...)", which GDAL cannot read
           f"<GeoTransform>{float(bounds[0])!r}, {float(res)!r}, 0, {float(bounds[3])!r}, 0, "
           f"{-float(res)!r}</GeoTransform>"
           f'<VRTRasterBand dataType="{kind}" band="1"><NoDataValue>0</NoDataValue>'
           + "".join(s for s in sources if s) + "</VRTRasterBand></VRTDataset>")
    try:
        path.write_text(xml, encoding="utf-8")
    except OSError as exc:
        raise VrtError(tr("GDAL could not mosaic the '{}' assets: {}.").format(asset, exc)) \
            from exc
    return str(path)


def read_scl(acquisition, epsg, bounds) -> Optional[np.ndarray]:
    """The acquisition's SCL at 20 m over bounds (its MGRS tiles on one grid, nearest
    neighbour, 0 where none has data); None when it cannot be read."""
    sources = [gdal_path(s.hrefs["scl"]) for s in acquisition.scenes if s.hrefs.get("scl")]
    if not sources:
        return None
    try:
        ds = gdal.Warp("", sources, format="MEM", dstSRS=f"EPSG:{epsg}", xRes=20, yRes=20,
                       outputBounds=bounds, resampleAlg="near", srcNodata=0, dstNodata=0)
        return ds.GetRasterBand(1).ReadAsArray()
    except RuntimeError:
        return None


def scl_cloud_fraction(acquisition, epsg, bounds) -> Optional[float]:
    """Cloud fraction (SCL classes 3, 8, 9, 10) among the valid SCL pixels over bounds; None
    when the SCL cannot be read or holds no valid pixel."""
    values = read_scl(acquisition, epsg, bounds)
    if values is None:
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


def write_stack(output, band_paths, tile_map, decisions, scl_path, request):
    """The stack VRT: the three band VRTs and what the classification and people need to
    know (docs/FETCH.md, "Record"). decisions: {item id: OffsetDecision} of the items used."""
    vrt = gdal.BuildVRT(output, band_paths, separate=True)
    if vrt is None:
        raise VrtError(tr("GDAL could not write {}.").format(output))
    for index, (_asset, name) in enumerate(STACK, start=1):
        band = vrt.GetRasterBand(index)
        band.SetDescription(name)
        band.SetNoDataValue(0)
        # Stated explicitly: each item's offset is applied in the band VRTs' sources; nothing is
        # left for core/imagery/scaling.py to apply (nor a COG's own scale/offset).
        band.SetScale(1.0)
        band.SetOffset(0.0)
        band.SetMetadataItem("BOA_ADD_OFFSET", "0")
    used = [tile_map.acquisitions[i] for i in tile_map.used()]
    scenes = [s for a in used for s in a.scenes]
    ids = [s.item_id for s in scenes]
    newest = max(used, key=lambda a: a.datetime)
    applied = {s.boa_offset_applied for s in scenes}
    items = {
        "IMAGE_DATE": newest.date,
        "IMAGE_ID": ",".join(ids),
        "STAC_ITEM": ",".join(ids),
        "STAC_API": request.stac_url,
        "STAC_COLLECTION": ",".join(sorted({s.collection for s in scenes if s.collection})),
        "DATETIME": ",".join(a.datetime for a in sorted(used, key=lambda a: a.datetime)),
        "PROCESSING_BASELINE": ",".join(sorted({s.baseline for s in scenes if s.baseline})),
        "PRODUCT_TYPE": "S2MSI2A",
        "EARTHSEARCH_BOA_OFFSET_APPLIED": ",".join(sorted(str(a).lower() for a in applied)),
        "DN_DECISION": "; ".join(f"{i}: {decisions[i].reason}" for i in ids if i in decisions),
        "OFFSET_DECIDED_BY": "; ".join(f"{i}: {decisions[i].decided_by}" for i in ids
                                       if i in decisions),
        "EO_CLOUD_COVER": ",".join(f"{a.cloud_cover:.2f}" for a in used),
        "JPEG2000_ITEMS": ",".join(s.item_id for s in scenes if s.jp2),
        "PER_TILE": "YES" if getattr(request, "per_tile", False) else "NO",
        "TILE_ACQUISITIONS": tile_map.to_json(),
        "SCL_MASK": os.path.relpath(scl_path, os.path.dirname(os.path.abspath(output))),
    }
    for key, value in items.items():
        if value:
            vrt.SetMetadataItem(key, value)
    vrt.FlushCache()
    vrt = None
