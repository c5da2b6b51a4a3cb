"""A deforestation:classify layer as the review reads and writes it, through QGIS.

`ReviewStore` writes each decision to the layer's file the moment it is made (nothing lost if
QGIS closes), through the layer, so that every view of it (open attribute tables, forms, the
canvas) shows the decision at once:

- the layer not in edit mode: a short edit session of its own (startEditing,
  changeAttributeValue, commitChanges), committed at once;
- the layer in edit mode (an analyst editing it): the values go to the data provider (on disk
  at once, so discarding the analyst's edits cannot lose them) and into the open edit buffer
  (layer.changeAttributeValue), so the attribute table shows them and the analyst's save
  commits the same values instead of stale ones.

It also remembers, per layer, where the chips are and which raster they come from. The records
and decisions themselves are core/review/queue.py.
"""
import getpass
import re
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsField,
    QgsProcessingUtils,
    QgsSettings,
    QgsVectorDataProvider,
    QgsVectorLayer,
)

from ..imagery.bands import BandSelection
from ..output.fields import CLASS_LABEL, CONFIDENCE, PROB_FIELDS, STATUS, TILE_ID, VALID_FRACTION
from ...toolbelt.qgis_values import as_float, plain
from .queue import (
    REVIEW_FIELD_NAMES,
    REVIEW_FIELDS,
    ReviewError,
    TileRecord,
    apply_values,
    build_queue,
    clean_note,
    decision,
    missing_fields,
)
from ..imagery.scaling import DnScaling
from ...toolbelt.qgis_compat import field_type
from ...toolbelt.i18n import tr

SETTINGS_REVIEWER = "deforestation_classifier/reviewer"
# Per layer, saved with the project; also per data source in the user settings.
PROPERTY_CHIPS = "deforestation_classifier/chips_folder"
PROPERTY_RASTER = "deforestation_classifier/source_raster"
SETTINGS_CHIPS = "deforestation_classifier/review_chips_folders"
# GDAL layer metadata item naming the raster a layer was classified from.
RASTER_METADATA_KEYS = ("SOURCE_RASTER",)


def default_reviewer() -> str:
    """The reviewer name: the plugin setting when set, else the OS user name."""
    name = str(QgsSettings().value(SETTINGS_REVIEWER, "") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no user name in the environment
        return ""


def save_reviewer(name: str):
    QgsSettings().setValue(SETTINGS_REVIEWER, name.strip())


def layer_file(layer) -> Optional[Path]:
    """The file behind an OGR layer (the GeoPackage), or None."""
    if layer is None or layer.providerType() != "ogr":
        return None
    path = Path(layer.source().split("|")[0])
    return path if path.is_file() else None


def in_processing_temp_folder(path) -> bool:
    """Whether a file lies in QGIS's temporary Processing folder (a TEMPORARY_OUTPUT), which
    QGIS deletes when it closes, or in another session's one."""
    if not path:
        return False
    path = Path(path).resolve()
    current = Path(QgsProcessingUtils.tempFolder()).resolve()
    for folder in path.parents:
        if folder == current or (folder.parent == current.parent
                                 and folder.name.startswith("processing_")):
            return True
    return False


def role_key(key: str, role: str) -> str:
    return f"{key}_{role}" if role else key


def field_value(feature, names, name):
    """A feature's value of `name` as plain Python; None when NULL or the layer lacks it."""
    return plain(feature[name]) if name in names else None


def number_value(feature, names, name) -> Optional[float]:
    return as_float(field_value(feature, names, name))


def review_values(feature, names) -> Dict[str, object]:
    """The review fields of a feature, as TileRecord keywords."""
    return {name: field_value(feature, names, name) for name in REVIEW_FIELD_NAMES}


def _provider_capability(name: str):
    # Qgis.VectorProviderCapability from QGIS 3.38; QgsVectorDataProvider.Capability before.
    enum = getattr(Qgis, "VectorProviderCapability", None) or QgsVectorDataProvider.Capability
    return getattr(enum, name)


def _no_geometry_flag():
    # Qgis.FeatureRequestFlag from QGIS 3.36; QgsFeatureRequest.Flag before.
    enum = getattr(Qgis, "FeatureRequestFlag", None) or QgsFeatureRequest.Flag
    return enum.NoGeometry


def _string_field(name: str, length: int):
    return QgsField(name, field_type("string"), len=length)


class ReviewStore:
    """A deforestation:classify layer as a review reads and writes it.

    Every decision is in the file at once (it survives QGIS closing, and no edit buffer the
    user might discard holds it alone) and in every view of the layer (see the module's text).
    """

    alerts = False  # a compare output's store (core/alerts/store.py) says True
    queue_builder = staticmethod(build_queue)  # records, QueueFilter -> the queue

    def __init__(self, layer):
        self.layer = layer
        self.check()

    # --- checks -------------------------------------------------------------------------
    @staticmethod
    def problem(layer) -> str:
        """Why `layer` cannot be reviewed; empty when it can."""
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            return ("Select a layer made by 'Classify deforestation (1 km tiles)' or 'Compare "
                    "two dates' in the Layers panel, then open the review again.")
        missing = missing_fields(layer.fields().names())
        if missing:
            return (f"The layer '{layer.name()}' was not made by 'Classify deforestation "
                    f"(1 km tiles)': it lacks the field(s) {', '.join(missing)}. Select a "
                    "classification result layer and open the review again.")
        return ""

    def check(self):
        problem = self.problem(self.layer)
        if problem:
            raise ReviewError(problem)
        caps = self.layer.dataProvider().capabilities()
        if not caps & _provider_capability("ChangeAttributeValues"):
            raise ReviewError(
                tr("The layer '{}' is read-only, so decisions cannot be stored. Save it as a "
                   "GeoPackage (Export > Save Features As) and review the copy.").format(
                   self.layer.name()))
        if self.layer.readOnly():
            raise ReviewError(self._read_only_text())

    def _read_only_text(self) -> str:
        return (f"The layer '{self.layer.name()}' is marked read-only in this project, so "
                "decisions cannot be stored. Clear 'Read-only' for it in Project > Properties > "
                "Data Sources, or review a copy (Export > Save Features As).")

    @property
    def is_temporary(self) -> bool:
        return self.layer.providerType() == "memory"

    # --- fields -------------------------------------------------------------------------
    def missing_review_fields(self) -> List[str]:
        names = set(self.layer.fields().names())
        return [name for name in REVIEW_FIELD_NAMES if name not in names]

    def ensure_fields(self):
        """Add the review fields the data source lacks (through the provider: on disk at once)."""
        missing = self.missing_review_fields()
        if not missing:
            return
        if self.layer.isEditable():
            raise ReviewError(
                tr("The layer '{}' is in edit mode. Save or discard its edits (toggle "
                   "editing off), then review: decisions are saved as they are made.").format(
                   self.layer.name()))
        provider = self.layer.dataProvider()
        if not provider.capabilities() & _provider_capability("AddAttributes"):
            raise ReviewError(
                tr("Cannot add the review fields to '{}': its format does not allow new "
                   "fields. Save it as a GeoPackage and review the copy.").format(
                   self.layer.name()))
        lengths = dict(REVIEW_FIELDS)
        if not provider.addAttributes([_string_field(name, lengths[name]) for name in missing]):
            raise ReviewError(
                tr("Cannot add the review fields to '{}': {}.").format(
                   self.layer.name(),
                   '; '.join(provider.errors()) or tr('the data source refused them')))
        self.layer.updateFields()
        still = self.missing_review_fields()
        if still:
            raise ReviewError(tr("The review fields {} could not be added.").format(
                                 ', '.join(still)))

    # --- reading ------------------------------------------------------------------------
    def records(self) -> List[TileRecord]:
        names = self.layer.fields().names()
        request = QgsFeatureRequest()
        request.setFlags(_no_geometry_flag())
        records = []
        for order, feature in enumerate(
                sorted(self.layer.getFeatures(request), key=lambda f: f.id())):
            records.append(self.record_of(feature, names, order))
        return records

    @staticmethod
    def record_of(feature, names, order=0) -> TileRecord:
        def get(name):
            return field_value(feature, names, name)

        def number(name):
            return number_value(feature, names, name)

        return TileRecord(
            fid=feature.id(),
            tile_id=str(get(TILE_ID) or ""),
            class_label=get(CLASS_LABEL),
            confidence=number(CONFIDENCE),
            probabilities={label: number(name) for label, name in PROB_FIELDS.items()},
            status=get(STATUS),
            valid_fraction=number(VALID_FRACTION),
            order=order,
            **review_values(feature, names),
        )

    def geometry(self, fid: int):
        feature = self.layer.getFeature(fid)
        return feature.geometry() if feature.isValid() else None

    # --- writing ------------------------------------------------------------------------
    def write(self, record: TileRecord, values) -> TileRecord:
        """Write review field values of one tile to the file now, through the layer so that
        every view shows them; the updated record. In edit mode they also enter the open
        edit buffer (see the module's text)."""
        self.ensure_fields()
        fields = self.layer.fields()
        changes = {}
        for name, value in values.items():
            index = fields.indexOf(name)
            if index < 0:
                raise ReviewError(tr("The layer has no field {}.").format(name))
            changes[index] = value
        if self.layer.isEditable():
            self._write_while_editing(record, changes)
        else:
            self._write_in_own_session(record, changes)
        self.layer.triggerRepaint()
        return apply_values(record, values)

    def _write_while_editing(self, record: TileRecord, changes):
        """The analyst's edit session is open: to the file, then into the edit buffer."""
        if record.fid >= 0:  # a feature the analyst added (negative id) is not in the file yet
            self._write_to_provider(record, changes)
        # The buffer's old value is read from the file just written, so undoing this change
        # in the analyst's session cannot bring back the value the decision replaced.
        if not self.layer.changeAttributeValues(record.fid, changes):
            raise ReviewError(
                tr("The decision on tile {} could not be entered in the open edits of '{}' (it "
                   "is saved in the file).").format(record.tile_id, self.layer.name())
                if record.fid >= 0 else
                tr("The decision on tile {} could not be entered in the open edits of "
                   "'{}'.").format(record.tile_id, self.layer.name()))

    def _write_in_own_session(self, record: TileRecord, changes):
        """Not in edit mode: one edit session, committed at once. The layer emits its change
        signals, so attribute tables (QgsVectorLayerCache), forms and the canvas follow."""
        if not self.layer.startEditing():
            raise ReviewError(self._read_only_text() if self.layer.readOnly() else
                              tr("The decision on tile {} could not be saved: the layer '{}' "
                                 "cannot be edited.").format(record.tile_id, self.layer.name()))
        try:
            changed = self.layer.changeAttributeValues(record.fid, changes)
            committed = changed and self.layer.commitChanges()
            errors = list(self.layer.commitErrors()) if changed and not committed else []
        finally:
            if self.layer.isEditable():  # not committed: leave nothing half done
                self.layer.rollBack()
        if not committed:
            details = [e for e in errors if not e.startswith("SUCCESS")]
            raise ReviewError(
                tr("The decision on tile {} could not be saved: {}.").format(
                   record.tile_id, '; '.join(details) or 'the data source refused it'))

    def _write_to_provider(self, record: TileRecord, changes):
        provider = self.layer.dataProvider()
        if not provider.changeAttributeValues({record.fid: changes}):
            raise ReviewError(
                tr("The decision on tile {} could not be saved: {}.").format(
                   record.tile_id, '; '.join(provider.errors()) or 'the data source refused it'))

    def decide(self, record: TileRecord, status: str, *, label=None, reviewer="",
               note=None, reason=None, now=None) -> TileRecord:
        return self.write(record, decision(record, status, label=label, reviewer=reviewer,
                                           note=note, reason=reason, now=now))

    def write_note(self, record: TileRecord, note: str) -> TileRecord:
        """Only the comment (a tile may be commented before or after a decision)."""
        return self.write(record, {"review_note": clean_note(note)})

    # --- chips and raster remembered per layer --------------------------------------------
    # `role` tells apart the chips of one layer's dates: "" for a classify output, "before"
    # and "after" for a compare output (core/alerts/store.py).
    def remembered_chips_folder(self, role: str = "") -> Optional[Path]:
        value = self.layer.customProperty(role_key(PROPERTY_CHIPS, role), "")
        if not value:
            value = (QgsSettings().value(role_key(SETTINGS_CHIPS, role), {}) or {}).get(
                self._settings_key(), "")
        return Path(value) if value else None

    def remember_chips_folder(self, folder, role: str = ""):
        value = str(folder) if folder else ""
        self.layer.setCustomProperty(role_key(PROPERTY_CHIPS, role), value)
        store = QgsSettings()
        key = role_key(SETTINGS_CHIPS, role)
        folders = dict(store.value(key, {}) or {})
        if value:
            folders[self._settings_key()] = value
        else:
            folders.pop(self._settings_key(), None)
        store.setValue(key, folders)

    def default_chips_folder(self, role: str = "") -> Optional[Path]:
        """The remembered folder, else (classify outputs) a `chips` folder next to the
        GeoPackage if there is one."""
        remembered = self.remembered_chips_folder(role)
        if remembered is not None or role:
            return remembered
        path = layer_file(self.layer)
        if path is not None and (path.parent / "chips").is_dir():
            return path.parent / "chips"
        return None

    def file_metadata(self) -> Dict[str, str]:
        """The GDAL layer metadata deforestation:classify writes (SOURCE_RASTER, BANDS,
        DN_SCALE, DN_OFFSET, ...); empty when there is none or the file cannot be read."""
        path = layer_file(self.layer)
        if path is None:
            return {}
        from ..output.tile_writer import read_layer_metadata

        match = re.search(r"layername=([^|]+)", self.layer.source())
        return read_layer_metadata(path, match.group(1) if match else None)

    def recorded_raster(self, role: str = "") -> str:
        """The raster the layer was classified from, as the file records it; empty when it
        does not (a compare output records none for its dates)."""
        if role:
            return ""
        metadata = self.file_metadata()
        return next((metadata[k] for k in RASTER_METADATA_KEYS if metadata.get(k)), "")

    def chosen_raster(self, role: str = "") -> str:
        """The raster chosen for this layer in an earlier review; empty when none was."""
        return str(self.layer.customProperty(role_key(PROPERTY_RASTER, role), "") or "")

    def render_settings(self):
        """(BandSelection or None, DnScaling or None) the classification recorded."""
        metadata = self.file_metadata()
        bands = None
        try:
            numbers = [int(v) for v in metadata.get("BANDS", "").split(",")]
            if len(numbers) == 3:
                bands = BandSelection(*numbers)
        except ValueError:
            pass
        return bands, DnScaling.from_metadata(metadata)

    def remember_raster(self, source: str, role: str = ""):
        self.layer.setCustomProperty(role_key(PROPERTY_RASTER, role), source or "")

    def _settings_key(self) -> str:
        # QgsSettings keys cannot hold slashes: one map entry per data source.
        return self.layer.source().split("|")[0]
