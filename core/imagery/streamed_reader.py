"""A streamed fetched scene during the classification: its read failures are tiles' ERRORs.

A scene written by deforestation:fetch_sentinel2 (core/fetch/s2_fetch.py) may read its bands over
HTTP; a tile whose asset cannot be read (403/404, the connection lost after GDAL's retries) is that
tile's ERROR and the run goes on; RESUME retries it (docs/FETCH.md, "In the classification").
Any other raster keeps the plain readers. Only the dataset's metadata and file list are read.
"""
import dataclasses
import threading
from pathlib import Path
from typing import Optional

import numpy as np

from ..vocabulary import ERROR
from .chips import CHIP_PX
from .raster_tiles import TileBands


def fetched_scene_scl(dataset, source: str) -> Optional[str]:
    """The SCL a fetched stack names (its SCL_MASK item, relative to the VRT), when it exists;
    None for any other raster."""
    try:
        name = dataset.GetMetadataItem("SCL_MASK")
    except (RuntimeError, AttributeError):
        return None
    if not name:
        return None
    path = Path(name)
    if not path.is_absolute():
        path = Path(source).resolve().parent / path
    return str(path) if path.exists() else None


class StreamedReader:
    """A TileReader (core/imagery/raster_tiles.py) over a streamed fetched scene: a tile whose bands
    cannot be read (an asset answering 403/404, the connection lost after GDAL's retries)
    becomes that tile's ERROR with the reason, and the run goes on; RESUME retries ERROR tiles
    (core/vocabulary.py RETRY_TILE_STATUSES). Any other raster keeps the plain reader, whose read
    failures stop the run (core/pipeline.py)."""

    def __init__(self, reader):
        self._reader = reader
        self.failures = {}  # tile_id -> reason
        self._lock = threading.Lock()

    def read(self, tile):
        try:
            return self._reader.read(tile)
        except RuntimeError as exc:
            self.fail(tile, exc)
            empty = np.zeros((CHIP_PX, CHIP_PX), np.uint16)
            # All nodata: the pipeline decides nothing about it; as_result() names the error.
            return TileBands(nir=empty, red=empty, green=empty, nodata=(None, None, None))

    def fail(self, tile, exc):
        with self._lock:
            self.failures.setdefault(tile.tile_id, str(exc).strip() or type(exc).__name__)

    def as_result(self, result):
        """The result with the tile's read failure as its ERROR, when its read failed."""
        with self._lock:
            reason = self.failures.pop(result.tile.tile_id, None)
        if reason is None:
            return result
        return dataclasses.replace(
            result, status=ERROR, prediction=None, valid_fraction=0.0, cloud_fraction=None,
            message=f"the streamed scene could not be read ({reason}); run again with RESUME "
                    "to retry this tile")

    def close(self):
        self._reader.close()


def is_streamed(dataset) -> bool:
    """True for a fetched scene (STAC_ITEM recorded) whose bands are read over HTTP."""
    try:
        if not dataset.GetMetadataItem("STAC_ITEM"):
            return False
        files = dataset.GetFileList() or []
    except (RuntimeError, AttributeError):
        return False
    if any(f.startswith("/vsicurl") for f in files):
        return True
    for path in files:
        if path.lower().endswith(".vrt") and Path(path).is_file():
            try:
                if "/vsicurl/" in Path(path).read_text(encoding="utf-8", errors="replace"):
                    return True
            except OSError:
                continue
    return False


def streamed_reader(reader, dataset):
    """StreamedReader around reader for a streamed fetched scene; reader itself otherwise."""
    return StreamedReader(reader) if is_streamed(dataset) else reader


class _StreamedCloudReader:
    """The cloud mask reader (core/imagery/cloud_mask.py) of a streamed scene: an SCL that cannot be
    read makes the tile's read fail (StreamedReader.as_result: ERROR), not the run."""

    def __init__(self, cloud_reader, reader: StreamedReader):
        self._cloud_reader = cloud_reader
        self._reader = reader

    def cloud_fraction(self, tile, valid):
        try:
            return self._cloud_reader.cloud_fraction(tile, valid)
        except RuntimeError as exc:
            self._reader.fail(tile, exc)
            return 1.0  # never classified: as_result() turns the tile into its ERROR

    @property
    def uncovered(self):
        return self._cloud_reader.uncovered

    def close(self):
        self._cloud_reader.close()


def streamed_cloud_reader(cloud_reader, reader):
    """cloud_reader made tolerant like `reader` when that is a StreamedReader."""
    if cloud_reader is None or not isinstance(reader, StreamedReader):
        return cloud_reader
    return _StreamedCloudReader(cloud_reader, reader)


def empty_samples():
    """Value samples standing for a streamed scene's unreadable sample: its scaling is recorded
    in the VRT (the band offsets core/fetch/scene_vrt.py writes), the sample only feeds
    core/imagery/scaling.py's warnings."""
    return [np.zeros((1, 1), np.uint16) for _ in range(3)]


def with_read_failure(result, reader):
    """The result as a StreamedReader reports it (its read failure as ERROR); else as it is."""
    return reader.as_result(result) if isinstance(reader, StreamedReader) else result
