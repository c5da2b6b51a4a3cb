"""Decisions survive a run again onto its own OUTPUT (core/alerts/carry.py, docs/REVIEW.md):
deforestation:compare and deforestation:relabel read the decisions of the existing OUTPUT file
before it is written again, and write them back once it is."""
from ..core.alerts.carry import carried_notes, read_decisions, restore_decisions


def keep_decisions(algorithm, parameters, context, notes, write):
    """Run `write` (which writes OUTPUT and returns its destination) keeping the decisions the
    existing OUTPUT holds; what happened is appended to `notes`. The destination."""
    kept = read_decisions(algorithm.parameterAsOutputLayer(parameters, algorithm.OUTPUT, context))
    destination = write()
    if kept:
        notes.extend(carried_notes(restore_decisions(destination, kept)))
    return destination
