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
}
