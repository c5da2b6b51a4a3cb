"""Which Sentinel-2 acquisition to fetch for an area (docs/FETCH.md): pure logic, no network.

STAC items of one acquisition (same platform, same day) are the MGRS tiles of one datatake;
they are grouped, and the group with the least cloud over the extent wins: the scenes'
`eo:cloud_cover` first; when candidates are within CLOSE_CLOUD_POINTS of the best, the SCL over
the extent itself decides (a callable measures it); the newest acquisition on ties.
"""
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ... import errors
from ..imagery.s2_product import baseline_number
from ...toolbelt.i18n import tr

# Assets by name (Earth Search v1): `nir` is B08 at 10 m; `nir08` is B8A (20 m) and never used.
ASSETS = {"green": "B03", "red": "B04", "nir": "B08", "scl": "SCL"}
# An item without the COGs (Earth Search issue #79: items of August 2026 with JPEG 2000 only)
# names the same bands `<asset>-jp2`; GDAL reads them over HTTP with its JPEG 2000 driver.
JP2_SUFFIX = "-jp2"
# Scene cloud covers this close (percentage points) to the best are compared on the SCL over
# the extent: a scene's cloud may all lie outside a small area.
CLOSE_CLOUD_POINTS = 5.0
SCL_TIE = 1e-6


class SceneError(errors.FetchError):
    """No acquisition can be chosen; the message says why and what to change."""


@dataclass(frozen=True)
class Scene:
    """One STAC item: an MGRS tile of one acquisition."""

    item_id: str
    datetime: str
    cloud_cover: Optional[float]
    epsg: Optional[int]
    mgrs_tile: str
    platform: str
    baseline: str
    boa_offset_applied: Optional[bool]
    hrefs: Dict[str, str]
    raster_offsets: Dict[str, float]  # asset -> raster:bands offset (reflectance), when given
    bbox: Optional[Tuple[float, float, float, float]]
    collection: str = ""
    jp2: bool = False  # the bands are the item's `*-jp2` assets (no COG)

    @property
    def date(self) -> str:
        return self.datetime[:10]


@dataclass
class Acquisition:
    """The MGRS tiles of one acquisition that touch the extent."""

    scenes: List[Scene]
    scl_cloud: Optional[float] = field(default=None, compare=False)

    @property
    def date(self) -> str:
        return self.scenes[0].date

    @property
    def datetime(self) -> str:
        return min(s.datetime for s in self.scenes)

    @property
    def cloud_cover(self) -> float:
        values = [s.cloud_cover for s in self.scenes if s.cloud_cover is not None]
        return sum(values) / len(values) if values else 100.0

    @property
    def item_ids(self) -> List[str]:
        return [s.item_id for s in self.scenes]


def _epsg(item) -> Optional[int]:
    props = item.get("properties", {})
    if props.get("proj:epsg"):
        return int(props["proj:epsg"])
    code = str(props.get("proj:code") or "")
    if code.upper().startswith("EPSG:"):
        return int(code.split(":")[1])
    for asset in item.get("assets", {}).values():
        if asset.get("proj:epsg"):
            return int(asset["proj:epsg"])
    return None


def _bool(value) -> Optional[bool]:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def public_href(href: str) -> str:
    """s3:// hrefs of public buckets as the same object over HTTPS."""
    if href.startswith("s3://"):
        bucket, _, key = href[5:].partition("/")
        return f"https://{bucket}.s3.amazonaws.com/{key}"
    return href


def parse_item(item: dict) -> Scene:
    props = item.get("properties", {})
    assets = item.get("assets", {}) or {}
    hrefs, offsets = {}, {}
    # COGs when the item has them all; else its JPEG 2000 assets (the log says so: s2_fetch).
    jp2 = (not all((assets.get(k) or {}).get("href") for k in ASSETS)
           and all((assets.get(k + JP2_SUFFIX) or {}).get("href") for k in ASSETS))
    for key in ASSETS:
        asset = assets.get(key + JP2_SUFFIX if jp2 else key) or {}
        if asset.get("href"):
            hrefs[key] = public_href(str(asset["href"]))
        bands = asset.get("raster:bands") or []
        if bands and isinstance(bands[0], dict) and bands[0].get("offset") is not None:
            offsets[key] = float(bands[0]["offset"])
    cloud = props.get("eo:cloud_cover")
    bbox = item.get("bbox")
    mgrs = props.get("s2:mgrs_tile") or str(props.get("grid:code", "")).replace("MGRS-", "")
    return Scene(
        item_id=str(item.get("id", "")),
        datetime=str(props.get("datetime") or props.get("start_datetime") or ""),
        cloud_cover=float(cloud) if cloud is not None else None,
        epsg=_epsg(item),
        mgrs_tile=str(mgrs or ""),
        platform=str(props.get("platform", "")),
        baseline=str(props.get("s2:processing_baseline", "") or ""),
        boa_offset_applied=_bool(props.get("earthsearch:boa_offset_applied")),
        hrefs=hrefs,
        raster_offsets=offsets,
        bbox=tuple(float(v) for v in bbox[:4]) if bbox and len(bbox) >= 4 else None,
        collection=str(item.get("collection", "") or ""),
        jp2=jp2,
    )


def _touches(scene: Scene, bbox) -> bool:
    if scene.bbox is None or bbox is None:
        return True
    w, s, e, n = scene.bbox
    return not (e < bbox[0] or w > bbox[2] or n < bbox[1] or s > bbox[3])


def group_acquisitions(scenes: Sequence[Scene], bbox=None,
                       collections: Sequence[str] = ()) -> List[Acquisition]:
    """Scenes that touch bbox, grouped by (platform, day); within a day one item per MGRS tile:
    the one of the collection listed first in `collections` (the same acquisition found in
    sentinel-2-l2a and sentinel-2-c1-l2a is taken once: docs/FETCH.md), then the newest
    processing when a tile was reprocessed."""
    rank = {name: i for i, name in enumerate(collections)}

    def preference(scene):
        return (-rank.get(scene.collection, len(rank)), baseline_number(scene.baseline),
                scene.item_id)

    groups: Dict[tuple, Dict[str, Scene]] = {}
    for scene in scenes:
        if not scene.date or not _touches(scene, bbox):
            continue
        tiles = groups.setdefault((scene.platform.lower(), scene.date), {})
        key = scene.mgrs_tile or scene.item_id
        kept = tiles.get(key)
        if kept is None or preference(scene) > preference(kept):
            tiles[key] = scene
    return [Acquisition(sorted(t.values(), key=lambda s: s.mgrs_tile or s.item_id))
            for t in groups.values()]


def choose_acquisition(acquisitions: Sequence[Acquisition], max_cloud: float,
                       scl_cloud: Optional[Callable[[Acquisition], Optional[float]]] = None,
                       window_text: str = "") -> Acquisition:
    """The acquisition to fetch (see the module docstring); SceneError when none fits.

    scl_cloud(acquisition) -> the cloud fraction of the SCL over the extent, or None when it
    cannot be read; it is asked only for the close candidates.
    """
    if not acquisitions:
        raise SceneError(tr(
            "No Sentinel-2 scene covers the extent{}. Widen the date window (START_DATE, "
            "END_DATE) or check the extent.").format(window_text))
    fitting = [a for a in acquisitions if a.cloud_cover <= max_cloud]
    if not fitting:
        best = min(acquisitions, key=lambda a: a.cloud_cover)
        raise SceneError(tr(
            "All {} acquisitions over the extent{} are too cloudy: the least cloudy ({}, {}) "
            "has {} % cloud, above MAX_CLOUD_COVER = {} %. Raise MAX_CLOUD_COVER or widen the "
            "date window.").format(len(acquisitions), window_text, best.date,
                                   ", ".join(best.item_ids), f"{best.cloud_cover:.1f}",
                                   f"{max_cloud:g}"))
    fitting.sort(key=lambda a: (a.cloud_cover, _newest_first(a)))
    best_cloud = fitting[0].cloud_cover
    close = [a for a in fitting if a.cloud_cover - best_cloud <= CLOSE_CLOUD_POINTS]
    if scl_cloud is None or len(close) == 1:
        return _newest_on_ties(close, lambda a: a.cloud_cover)
    measured = []
    for acquisition in close:
        acquisition.scl_cloud = scl_cloud(acquisition)
        if acquisition.scl_cloud is not None:
            measured.append(acquisition)
    if not measured:
        return _newest_on_ties(close, lambda a: a.cloud_cover)
    return _newest_on_ties(measured, lambda a: (round(a.scl_cloud / SCL_TIE), a.cloud_cover))


def _newest_first(acquisition: Acquisition):
    return tuple(-ord(c) for c in acquisition.datetime)


def _newest_on_ties(candidates, key):
    best = min(key(a) for a in candidates)
    tied = [a for a in candidates if key(a) == best]
    return max(tied, key=lambda a: a.datetime)
