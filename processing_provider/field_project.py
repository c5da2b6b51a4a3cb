"""The .qgz project of a field package (docs/REVIEW.md, "The field package"): the package's tiles
and clearings, styled, with relative paths, and an attribute form for the decision in the
field, as QField (or QGIS on a laptop) opens it offline.

The form: a Decision tab (review_status, reviewed_label and review_reason as value maps with
the titles in the analyst's language, reviewer, review note, reviewed_at stamped in UTC when
the form is saved), a Chips tab (the before and after chips, attachment widgets showing the
images, paths relative to the project), a Tile tab (what the model said, read-only), and the
office's audit read-only. The data are core/alerts/field_package.py.
"""
import os

from qgis.core import (
    Qgis,
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsProject,
    QgsVectorLayer,
)

from ..core.alerts.field_merge import BASELINE
from ..core.alerts.field_package import (
    CHIP_FIELDS, CLEARINGS_LAYER, GPKG, PROJECT, TILES_LAYER, PackageError)
from ..core.alerts.style import clearing_renderer, transition_renderer
from ..core.review.queue import CONFIRMED, CORRECTED, UNCLEAR
from ..core.review.reasons import REASON_FIELD, reason_titles
from ..core.vocabulary import LONG_TERM_NON_FOREST, RECENTLY_CLEARED, STANDING_FOREST
from ..toolbelt.i18n import tr

# QGIS's value map key for "no value" (NULL), as its own widget writes it.
NULL_KEY = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"
# ISO 8601 UTC with Z, as the dock writes reviewed_at (core/review/queue.py utc_now_iso):
# QGIS expressions format local time only, so the offset is the local wall time read as UTC
# minus the true instant. Stamped when the form is saved.
UTC_NOW = ("with_variable('t', now(), format_date(datetime_from_epoch(2 * epoch(@t) - "
           "epoch(to_datetime(format_date(@t, 'yyyy-MM-dd''T''HH:mm:ss') || 'Z'))), "
           "'yyyy-MM-dd''T''HH:mm:ss') || 'Z')")
DECISION_TAB = ("review_status", "reviewed_label", REASON_FIELD, "reviewer", "review_note",
                "reviewed_at")
TILE_TAB = ("tile_id", "label_before", "label_after", "prob_recently_cleared_after",
            "confidence", "cleared_ha", "patch_id", "image_date_before", "image_date_after",
            "review_carried")
AUDIT_TAB = ("audit_status", "auditor", "audited_at", "audit_note")
# DocumentViewer 1: show the file as an image; RelativeStorage 1: relative to the project.
IMAGE_WIDGET = {"DocumentViewer": 1, "RelativeStorage": 1, "FileWidget": True,
                "FileWidgetButton": False, "UseLink": False, "FullUrl": False,
                "DocumentViewerHeight": 0, "DocumentViewerWidth": 0, "StorageMode": 0}


def status_titles():
    return {CONFIRMED: tr("Confirmed: the model is right"),
            CORRECTED: tr("Corrected: another class (for an alert, rejected)"),
            UNCLEAR: tr("Unclear: cannot tell")}


def class_titles():
    return {STANDING_FOREST: tr("Standing forest"),
            RECENTLY_CLEARED: tr("Recently cleared"),
            LONG_TERM_NON_FOREST: tr("Long-term non-forest")}


def value_map(titles) -> QgsEditorWidgetSetup:
    """A value map offering `titles` ({stored code: what the analyst reads}) and no value."""
    entries = [{tr("(none)"): NULL_KEY}] + [{title: code} for code, title in titles.items()]
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def _enum(owner, scoped, name, old_owner, old):
    holder = getattr(owner, scoped, None)
    return getattr(holder, name) if holder is not None and hasattr(holder, name) \
        else getattr(old_owner, old)


def _tab(name, parent, fields, layer):
    container = QgsAttributeEditorContainer(name, parent)
    if hasattr(container, "setType"):  # QGIS 3.32+
        container.setType(Qgis.AttributeEditorContainerType.Tab)
    else:
        container.setIsGroupBox(False)
    for field_name in fields:
        index = layer.fields().indexOf(field_name)
        if index >= 0:
            container.addChildElement(QgsAttributeEditorField(field_name, index, container))
    return container


def _widgets(layer):
    fields = layer.fields()
    titles = {"review_status": status_titles(), "reviewed_label": class_titles(),
              REASON_FIELD: reason_titles()}
    for name, mapping in titles.items():
        layer.setEditorWidgetSetup(fields.indexOf(name), value_map(mapping))
    for role, name in CHIP_FIELDS.items():
        layer.setEditorWidgetSetup(fields.indexOf(name),
                                   QgsEditorWidgetSetup("ExternalResource", IMAGE_WIDGET))
    aliases = {"review_status": tr("Decision"), "reviewed_label": tr("Class seen"),
               REASON_FIELD: tr("Reason"), "reviewer": tr("Reviewer"),
               "review_note": tr("Note"), "reviewed_at": tr("Decided at (UTC)"),
               CHIP_FIELDS["before"]: tr("Earlier image"),
               CHIP_FIELDS["after"]: tr("Later image")}
    for name, alias in aliases.items():
        layer.setFieldAlias(fields.indexOf(name), alias)
    at = fields.indexOf("reviewed_at")
    layer.setDefaultValueDefinition(at, QgsDefaultValue(UTC_NOW, True))
    reviewer = fields.indexOf("reviewer")
    layer.setConstraintExpression(
        reviewer, "\"review_status\" IS NULL OR length(trim(\"reviewer\")) > 0",
        tr("A decision needs the reviewer's name."))
    layer.setFieldConstraint(reviewer, QgsFieldConstraints.Constraint.ConstraintExpression,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)


def _form(layer):
    config = layer.editFormConfig()
    config.setLayout(_enum(Qgis, "AttributeFormLayout", "DragAndDrop",
                           QgsEditFormConfig, "TabLayout"))
    config.clearTabs()
    root = config.invisibleRootContainer()
    for title, names in ((tr("Decision"), DECISION_TAB),
                         (tr("Chips"), tuple(CHIP_FIELDS.values())),
                         (tr("Tile"), TILE_TAB), (tr("Audit (office)"), AUDIT_TAB)):
        config.addTab(_tab(title, root, names, layer))
    editable = set(DECISION_TAB) - {"reviewed_at"}
    for index, field in enumerate(layer.fields()):
        config.setReadOnly(index, field.name() not in editable)
    layer.setEditFormConfig(config)
    hidden = QgsEditorWidgetSetup("Hidden", {})
    for name in (BASELINE, "fid"):
        if layer.fields().indexOf(name) >= 0:
            layer.setEditorWidgetSetup(layer.fields().indexOf(name), hidden)


def write_project(folder: str, clearings: bool) -> str:
    """The .qgz of the package in `folder`; its path. PackageError when it cannot be written."""
    gpkg = os.path.join(folder, GPKG)
    project = QgsProject()
    path = os.path.join(folder, PROJECT)
    project.setFileName(path)
    project.writeEntryBool("Paths", "/Absolute", False)  # relative paths: the folder travels
    project.setTitle(tr("Deforestation alerts: field review"))
    tiles = QgsVectorLayer(f"{gpkg}|layername={TILES_LAYER}", tr("Alerts to review"), "ogr")
    if not tiles.isValid():
        raise PackageError(tr("The field package {} cannot be read by QGIS.").format(gpkg))
    tiles.setRenderer(transition_renderer())
    _widgets(tiles)
    _form(tiles)
    tiles.setDisplayExpression("\"tile_id\"")
    layers = [tiles]  # each layer added goes on top: the clearings over the tiles
    if clearings:
        layer = QgsVectorLayer(f"{gpkg}|layername={CLEARINGS_LAYER}", tr("Clearings"), "ogr")
        layer.setRenderer(clearing_renderer())
        layer.setReadOnly(True)
        layers.append(layer)
    for layer in layers:
        project.addMapLayer(layer)
    project.setCrs(tiles.crs())
    if not project.write(path):
        raise PackageError(tr("The project {} could not be written: {}").format(
            path, project.error() or tr("QGIS refused it")))
    return path
