"""Tune recall, without QGIS: what another RECENTLY_CLEARED threshold would make of a classify
output's tiles, from their stored probabilities, with the rule deforestation:relabel applies
(core/vocabulary.py threshold_label; processing_provider/relabel_algorithm.py): only CLASSIFIED
tiles are relabelled, tiles without probabilities (the recipe engine) keep their label.
tests/unit/test_recall.py runs it.
"""
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..vocabulary import CLASSIFIED, RECENTLY_CLEARED, has_probabilities, threshold_label
from ..output.provenance import RUN_SETTINGS_KEY, decode
from ...toolbelt.qgis_values import as_float

DEFAULT_RECALL_THRESHOLD = 0.5  # deforestation:relabel's default RC_THRESHOLD


@dataclass(frozen=True)
class RecallCounts:
    threshold: float
    current: int  # RECENTLY_CLEARED tiles now
    total: int  # RECENTLY_CLEARED tiles at the threshold
    added: int  # of those, tiles that are not RECENTLY_CLEARED now
    without_probabilities: int  # classified tiles that keep their label

    @property
    def dropped(self) -> int:
        """RECENTLY_CLEARED tiles now that the threshold would relabel as another class."""
        return self.current - (self.total - self.added)


def relabelled(record, threshold: float) -> Optional[str]:
    """The label deforestation:relabel gives a core/review/queue.py TileRecord (its own label
    when it is not CLASSIFIED or has no probabilities)."""
    if record.status != CLASSIFIED:
        return record.class_label
    return threshold_label(record.class_label, record.probabilities, threshold)


def recall_counts(records, threshold: float) -> RecallCounts:
    current = total = added = without = 0
    for record in records:
        now = record.class_label == RECENTLY_CLEARED
        if record.status == CLASSIFIED and not has_probabilities(record.probabilities):
            without += 1
        new = relabelled(record, threshold) == RECENTLY_CLEARED
        current += now
        total += new
        added += new and not now
    return RecallCounts(threshold, current, total, added, without)


def recall_text(counts: RecallCounts) -> str:
    """'At 0.30: 7 tiles RECENTLY_CLEARED, 3 more than the 4 now.'"""
    text = f"At {counts.threshold:.2f}: {counts.total} tiles RECENTLY_CLEARED"
    if counts.added and counts.dropped:
        text += f" ({counts.current} now): {counts.added} added, {counts.dropped} no longer."
    elif counts.added:
        text += f", {counts.added} more than the {counts.current} now."
    elif counts.dropped:
        text += f", {counts.dropped} fewer than the {counts.current} now."
    else:
        text += ", as now."
    if counts.without_probabilities:
        text += (f" {counts.without_probabilities} classified tiles have no probabilities "
                 "and keep their label.")
    return text


def recorded_threshold(metadata) -> Optional[float]:
    """The RC_THRESHOLD a classification recorded (core/output/provenance.py RUN_SETTINGS); None
    when it used the most probable class or recorded nothing."""
    return as_float((decode(metadata.get(RUN_SETTINGS_KEY)) or {}).get("rc_threshold"))


def free_path(path: Path) -> Path:
    """`path`, or with _2, _3, ... before its suffix: never a file that exists."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}_{n}{path.suffix}")
        n += 1
    return candidate


def relabel_output_path(folder: Path, stem: str, threshold: float) -> Path:
    """<folder>/<stem>_rc030.gpkg for 0.30, never an existing file."""
    return free_path(Path(folder) / f"{stem}_rc{round(threshold * 100):03d}.gpkg")
