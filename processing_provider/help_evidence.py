"""The help of the algorithms that turn reviewed alerts into evidence (docs/REVIEW.md):
alert_report, and the field package and its merge. Kept beside help.py's table (which holds
them through HELP, as every other algorithm's help) so that neither file grows past what one
reads at once; the texts follow help.py's rules (no '<', English literals in help_text())."""


def help_text(text: str) -> str:
    """help.py's marker: scripts/i18n_update.py extracts the literal; translated where shown."""
    return text


# name -> AlgorithmHelp keywords; help.py makes AlgorithmHelp of each.
EVIDENCE_HELP = {
    "alert_report": dict(
        summary=help_text(
            "Writes a PDF report of a compare output for the people who act on alerts: a "
            "summary page (alert tiles by tier and by decision, the area of the alert patches "
            "and the area cleared inside them, the cleared area by overlay polygon, the dates, "
            "the plugin and model provenance) and one page per alert patch: its area in ha, "
            "tier, probabilities, dates, centroid, the overlay polygons it touches, and each "
            "tile's review and audit decision with the reviewer's and auditor's names, the "
            "reason and the time; a location map and an overview; and, when the images are "
            "given, the earlier and the later image side by side with the clearings outlined. "
            "The pages are a QGIS print layout and its atlas (one atlas feature per page), in "
            "the language QGIS runs in; it runs headless through qgis_process too."),
        parameters={
            "INPUT": help_text(
                "The compared tiles: OUTPUT of Compare two dates, with the review's decisions "
                "(review_status, reviewer, review_reason, audit_status, auditor)."),
            "PATCHES": help_text(
                "PATCHES of the same compare run: each patch's area_ha and outline. Without "
                "it, a patch's area is its 1 km tiles."),
            "CLEARINGS": help_text(
                "CLEARINGS of the same compare run, outlined on the maps; default: the "
                "clearings file the compare output records."),
            "BEFORE_RASTER": help_text(
                "The earlier Sentinel-2 image (B03, B04, B08), shown in the chips' false colour "
                "on each patch page."),
            "AFTER_RASTER": help_text("The later Sentinel-2 image, shown beside the earlier."),
            "OUTPUT": help_text("The PDF to write."),
        },
    ),
    "field_package": dict(
        summary=help_text(
            "Makes a folder to review alerts in the field, offline, with QField or any mobile "
            "GIS: a GeoPackage (field_review.gpkg) with the tiles of the review queue (the "
            "alert tiles and the candidate tiles) and their clearings, the earlier and the "
            "later chip of each tile as PNG files in its DCIM folder, and a project "
            "(field_review.qgz) with relative paths, the layers styled and a form for the "
            "decision: the decision, the class seen and the reason chosen from lists in the "
            "analyst's language, the reviewer, a note, the time stamped in UTC, and the chips "
            "shown as images. Copy the whole folder to the device. Bring the GeoPackage back "
            "and run Merge field decisions to write the decisions into the compare output."),
        parameters={
            "INPUT": help_text(
                "The compared tiles: OUTPUT of Compare two dates, a GeoPackage. Its decisions "
                "so far go into the package."),
            "CLEARINGS": help_text(
                "CLEARINGS of the same compare run; default: the clearings file the compare "
                "output records."),
            "BEFORE_RASTER": help_text(
                "The earlier Sentinel-2 image, for the earlier chip of each tile; default: the "
                "image the review chose for this layer in the project. Without it, no chips."),
            "AFTER_RASTER": help_text("The later Sentinel-2 image, for the later chips."),
            "OUTPUT": help_text(
                "The folder of the package; it must not hold a field package already (merge "
                "that one first)."),
        },
    ),
    "field_merge": dict(
        summary=help_text(
            "Writes the decisions made in a field package back into the compare output, "
            "matched by tile_id, through the layer as the review writes them. A tile the "
            "field left as it was packaged is not touched. When the office decided a tile "
            "after the package was made, the later decision wins: an office decision as late "
            "as the field's or later is kept and the field's is reported as a conflict, never "
            "written over it. A new decision clears the earlier audit, as in the review."),
        parameters={
            "INPUT": help_text(
                "The compared tiles the package was made from (OUTPUT of Compare two dates); "
                "the decisions are written into it."),
            "FIELD_PACKAGE": help_text(
                "field_review.gpkg of the field package, as it came back from the field."),
        },
    ),
}
