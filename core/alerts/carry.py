"""Decisions survive a run again onto an existing output (docs/REVIEW.md): deforestation:compare
or deforestation:relabel written onto the GeoPackage the analyst reviewed keep every decision
already made there (review and audit fields, core/review/queue.py REVIEW_FIELDS), matched by
tile_id. OGR only, no QGIS: `read_decisions` before the output is written again,
`restore_decisions` after.

A tile whose decision is carried says so in `review_carried`: KEPT, or NO_LONGER_ALERT when a
compare output's tile was an alert and no longer is (its decision stays: it may have rejected
the alert). A decision is never overwritten silently: when the new row already holds a decision
(relabel copies its INPUT's), the later reviewed_at wins and the earlier is reported.
"""
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from osgeo import gdal, ogr

from ...toolbelt.i18n import tr
from ..output.fields import ALERT, REVIEW_STATUS, TILE_ID
from ..review.queue import REVIEW_FIELD_NAMES, REVIEW_FIELDS

CARRIED = "review_carried"
KEPT = "KEPT"
NO_LONGER_ALERT = "NO_LONGER_ALERT"


@dataclass
class Carried:
    """What restore_decisions did: tiles kept, no longer alerts, not found, kept newer."""

    kept: List[str] = field(default_factory=list)
    no_longer_alert: List[str] = field(default_factory=list)
    missing: List[str] = field(default_factory=list)
    newer_in_output: List[str] = field(default_factory=list)


def _path(destination: str) -> Optional[str]:
    path = (destination or "").split("|")[0]
    return path if path.lower().endswith(".gpkg") and os.path.isfile(path) else None


def _open(path, update=False):
    try:
        flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0)
        return gdal.OpenEx(path, flags)
    except RuntimeError:
        return None


def read_decisions(destination: str) -> Dict[str, Dict[str, object]]:
    """{tile_id: {review field: value, and "alert"}} of the tiles of an existing output that
    hold any review or audit value; empty when there is no such file."""
    path = _path(destination)
    ds = _open(path) if path else None
    if ds is None:
        return {}
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    present = [n for n in REVIEW_FIELD_NAMES if n in names]
    if TILE_ID not in names or not present:
        return {}
    kept = {}
    for feature in layer:
        values = {n: feature.GetField(n) for n in present if feature.IsFieldSetAndNotNull(n)}
        if values and feature.IsFieldSetAndNotNull(TILE_ID):
            if ALERT in names and feature.IsFieldSetAndNotNull(ALERT):
                values[ALERT] = feature.GetField(ALERT)
            kept[feature.GetField(TILE_ID)] = values
    return kept


def _ensure_fields(layer, names):
    defn = layer.GetLayerDefn()
    have = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    for name, width in (*REVIEW_FIELDS, (CARRIED, 16)):
        if name in names and name not in have:
            definition = ogr.FieldDefn(name, ogr.OFTString)
            if width:
                definition.SetWidth(width)
            layer.CreateField(definition)


def restore_decisions(destination: str, kept: Dict[str, Dict[str, object]]) -> Carried:
    """Write the decisions read by read_decisions back into the output just written."""
    result = Carried()
    path = _path(destination)
    if not kept or path is None:
        result.missing = sorted(kept)
        return result
    ds = _open(path, update=True)
    if ds is None:
        result.missing = sorted(kept)
        return result
    layer = ds.GetLayer(0)
    _ensure_fields(layer, {*REVIEW_FIELD_NAMES, CARRIED})
    found = set()
    has_alert = layer.GetLayerDefn().GetFieldIndex(ALERT) >= 0
    ds.StartTransaction()
    for feature in layer:
        tile = feature.GetField(TILE_ID)
        if tile not in kept:
            continue
        found.add(tile)
        old = kept[tile]
        if _newer_in_row(feature, old):
            result.newer_in_output.append(tile)
            continue
        for name in REVIEW_FIELD_NAMES:
            feature.SetField(name, old.get(name))  # None clears what the new row held
        was_alert = old.get(ALERT) == 1
        still = has_alert and feature.IsFieldSetAndNotNull(ALERT) and \
            feature.GetField(ALERT) == 1
        state = NO_LONGER_ALERT if was_alert and not still else KEPT
        feature.SetField(CARRIED, state)
        (result.no_longer_alert if state == NO_LONGER_ALERT else result.kept).append(tile)
        layer.SetFeature(feature)
    ds.CommitTransaction()
    ds = None
    result.missing = sorted(set(kept) - found)
    return result


def _newer_in_row(feature, old) -> bool:
    """Whether the new row holds its own decision, made after the one read from the output."""
    if not feature.IsFieldSetAndNotNull(REVIEW_STATUS):
        return False
    mine = feature.GetField("reviewed_at") if feature.IsFieldSetAndNotNull("reviewed_at") \
        else ""
    return bool(mine) and mine > str(old.get("reviewed_at") or "")


def carried_notes(carried: Carried) -> List[str]:
    """The log lines that say what happened to the decisions already in the output."""
    notes = []
    if carried.kept or carried.no_longer_alert:
        notes.append(tr("Decisions already made in the output kept: {} tiles ({} no longer an "
                        "alert, marked {} in {}).").format(
            len(carried.kept) + len(carried.no_longer_alert), len(carried.no_longer_alert),
            NO_LONGER_ALERT, CARRIED))
    if carried.newer_in_output:
        notes.append(tr("{} tiles hold a later decision from the input than the one the output "
                        "had; the later one is kept: {}.").format(
            len(carried.newer_in_output), ", ".join(carried.newer_in_output[:10])))
    if carried.missing:
        notes.append(tr("{} tiles with a decision are not in the new output (their decision is "
                        "not carried): {}.").format(
            len(carried.missing), ", ".join(carried.missing[:10])))
    return notes
