"""A run that fails on one tile (reading it, scoring it, writing it) ends with one error naming
the tile and the cause; the tiles written before stay in the GeoPackage and the chip thread
stops. The engine and reader are the stand-ins of test_pipeline_groups.py, made to fail: what
is tested is the run's handling of the failure, not a model."""
import threading

import pytest
from osgeo import ogr

from deforestation_classifier.core.imagery.grid import GridCrs, srs_from_wkt
from deforestation_classifier.core.pipeline import RunOptions, TileFailure
from deforestation_classifier.core.run import write_results
from deforestation_classifier.core.output.tile_writer import TileWriter

from test_pipeline_groups import Feedback, GroupEngine, Reader, chip_value, tiles

GRID = GridCrs(wkt=srs_from_wkt("EPSG:32633").ExportToWkt(), tag="EPSG32633")


class Warnings(Feedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)


class CrashingEngine(GroupEngine):
    """llama.cpp failing on one chip (not a bad answer: the decode itself)."""

    def __init__(self, size, crash_on):
        super().__init__(size)
        self.crash_on = crash_on

    def _answer(self, chip):
        if int(chip[0, 0, 0]) == self.crash_on:
            raise RuntimeError("llama_decode failed with -3")
        return super()._answer(chip)


class FailingReader(Reader):
    def __init__(self, fail_on):
        self.fail_on = fail_on

    def read(self, tile):
        if tile.easting_km == self.fail_on:
            raise RuntimeError("JPEG2000 block decode error")
        return super().read(tile)


class FullDiskWriter(TileWriter):
    """The real writer, until the disk is full at the `fail_at`-th tile."""

    def __init__(self, *args, fail_at, **kwargs):
        super().__init__(*args, **kwargs)
        self.fail_at = fail_at
        self.added = 0

    def add(self, result):
        if self.added == self.fail_at:
            raise OSError(28, "No space left on device")
        super().add(result)
        self.added += 1


def stored_ids(path):
    ds = ogr.Open(str(path))
    return sorted(f.GetField("tile_id") for f in ds.GetLayer(0))


def chip_threads():
    return [t for t in threading.enumerate() if t.name == "deforestation-chips"]


def test_a_scoring_error_names_the_tile_and_keeps_the_tiles_done(tmp_path):
    path = tmp_path / "out.gpkg"
    engine = CrashingEngine(1, crash_on=chip_value(5))
    writer = TileWriter(path, GRID)
    with pytest.raises(TileFailure) as info:
        write_results(tiles(12), Reader(), engine, writer, Warnings(), RunOptions())
    assert str(info.value) == ("Tile EPSG32633_E5_N5800: the model engine failed: "
                               "llama_decode failed with -3")
    assert stored_ids(path) == [f"EPSG32633_E{k}_N5800" for k in range(5)]
    assert chip_threads() == []


def test_a_scoring_error_inside_a_group_is_traced_to_its_tile(tmp_path):
    path = tmp_path / "out.gpkg"
    engine = CrashingEngine(4, crash_on=chip_value(6))
    with pytest.raises(TileFailure, match="Tile EPSG32633_E6_N5800: .*llama_decode"):
        write_results(tiles(12), Reader(), engine, TileWriter(path, GRID), Warnings(),
                      RunOptions())
    # The group is redone tile by tile, so its tiles before the failing one are kept.
    assert "EPSG32633_E4_N5800" in stored_ids(path)


def test_a_read_error_names_the_tile(tmp_path):
    path = tmp_path / "out.gpkg"
    with pytest.raises(TileFailure, match="Tile EPSG32633_E2_N5800: the raster could not be "
                                          "read.*JPEG2000 block decode error"):
        write_results(tiles(6), FailingReader(2), GroupEngine(1), TileWriter(path, GRID),
                      Warnings(), RunOptions())
    assert stored_ids(path) == ["EPSG32633_E0_N5800", "EPSG32633_E1_N5800"]
    assert chip_threads() == []


def test_a_writer_failure_stops_the_chip_thread_and_keeps_the_committed_tiles(tmp_path):
    path = tmp_path / "out.gpkg"
    writer = FullDiskWriter(path, GRID, fail_at=4)
    with pytest.raises(TileFailure) as info:
        write_results(tiles(40), Reader(), GroupEngine(4), writer, Warnings(), RunOptions())
    assert str(info.value).startswith(f"Tile EPSG32633_E4_N5800: could not be written to {path}")
    assert "No space left on device" in str(info.value)
    assert chip_threads() == []
    assert stored_ids(path) == [f"EPSG32633_E{k}_N5800" for k in range(4)]


def test_the_counts_of_a_finished_run(tmp_path):
    path = tmp_path / "out.gpkg"
    counts = write_results(tiles(10), Reader(), GroupEngine(4), TileWriter(path, GRID),
                           Warnings(), RunOptions())
    assert counts.done == 10 and counts.by_key["NO_DATA"] == 2
    assert counts.by_key["CLASSIFIED"] == 8
    assert sum(counts.by_key[c] for c in ("STANDING_FOREST", "RECENTLY_CLEARED",
                                          "LONG_TERM_NON_FOREST")) == 8
    assert len(stored_ids(path)) == 10
