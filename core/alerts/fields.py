"""The fields of a deforestation:compare output, its patches and its clearings (name, kind), in
one place: the algorithm writes them through QGIS (processing_provider/change_outputs.py), the
command line through OGR (cli/compare_io.py); docs/ALERTS.md describes them."""

ROW_FIELDS = (("tile_id", "string"), ("label_before", "string"),
              ("label_after", "string"), ("transition", "string"),
              ("alert", "int"), ("image_date_before", "date"),
              ("image_date_after", "date"),
              ("prob_recently_cleared_after", "double"), ("patch_id", "int"),
              ("centroid_lon", "double"), ("centroid_lat", "double"),
              ("cleared_ha", "double"), ("confidence", "string"))
PATCH_FIELDS = (("patch_id", "int"), ("n_tiles", "int"),
                ("area_ha", "double"), ("max_prob_recently_cleared", "double"),
                ("image_date_before", "date"), ("image_date_after", "date"),
                ("tile_ids", "string"), ("centroid_lon", "double"),
                ("centroid_lat", "double"), ("cleared_ha", "double"), ("confidence", "string"))
# One polygon per clearing (core/alerts/clearings.py Clearing).
CLEARING_FIELDS = (("clearing_id", "int"), ("tile_id", "string"), ("patch_id", "int"),
                   ("area_ha", "double"), ("index_before", "double"),
                   ("index_after", "double"), ("confidence", "string"),
                   ("overlay_ha", "double"), ("overlay_names", "string"),
                   ("reference_overlap_ha", "double"), ("image_date_before", "date"),
                   ("image_date_after", "date"), ("centroid_lon", "double"),
                   ("centroid_lat", "double"))
