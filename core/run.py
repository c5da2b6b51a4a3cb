"""One classification run's tile loop: results from the pipeline into the writer, counted.

Every failure ends as a pipeline.RunError naming the tile and the cause, with the chip thread
stopped and the tiles written so far committed: nothing already computed is lost.
"""
import contextlib
from dataclasses import dataclass, field
from typing import Dict

from . import pipeline
from .prompt import CLASSES


@dataclass
class RunCounts:
    """New tiles per status and per class, and the tiles an earlier run had done."""

    by_key: Dict[str, int] = field(
        default_factory=lambda: dict.fromkeys((*CLASSES, *pipeline.STATUSES), 0))
    skipped: int = 0

    def add(self, result):
        self.by_key[result.status] += 1
        if result.prediction is not None:
            self.by_key[result.prediction.label] += 1

    @property
    def done(self) -> int:
        return sum(self.by_key[s] for s in pipeline.STATUSES) + self.skipped


def write_results(tiles, reader, engine, writer, feedback, options) -> RunCounts:
    """Classify the tiles not yet in the writer's output and write each as it comes.

    Tiles with the model's ERROR are written and reported through feedback.pushWarning; a
    failure to read, classify or write a tile raises pipeline.TileFailure, after the writer
    has committed what was done.
    """
    counts = RunCounts(skipped=len(options.skip_ids))
    results = pipeline.classify_tiles(tiles, reader, engine, feedback, options)
    try:
        # closing(): the pipeline's chip thread stops now, also when the writer fails.
        with contextlib.closing(results):
            for result in results:
                try:
                    writer.add(result)
                except Exception as exc:  # disk full, file locked or removed
                    raise pipeline.TileFailure(
                        result.tile, f"could not be written to {writer.path}", exc) from exc
                counts.add(result)
                if result.status == pipeline.ERROR:
                    feedback.pushWarning(f"{result.tile.tile_id}: {result.message}")
    except BaseException:
        with contextlib.suppress(Exception):  # the first failure is the one to report
            writer.close()
        raise
    try:
        writer.close()
    except Exception as exc:
        raise pipeline.RunError(
            f"The last tiles could not be saved to {writer.path}: {exc}. The tiles committed "
            "before are kept.") from exc
    return counts
