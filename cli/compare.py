"""`deforestation compare [BEFORE] AFTER --out OUT.gpkg`: deforestation:compare without QGIS.

The fields of its two outputs are the algorithm's (processing_provider/change_outputs.py
ROW_FIELDS and PATCH_FIELDS, a QGIS module; tests/qgis/test_cli_fidelity.py keeps them equal).
"""
ROW_FIELDS = (("tile_id", "string"), ("label_before", "string"),
              ("label_after", "string"), ("transition", "string"),
              ("alert", "int"), ("image_date_before", "date"),
              ("image_date_after", "date"),
              ("prob_recently_cleared_after", "double"), ("patch_id", "int"),
              ("centroid_lon", "double"), ("centroid_lat", "double"))
PATCH_FIELDS = (("patch_id", "int"), ("n_tiles", "int"),
                ("area_ha", "double"), ("max_prob_recently_cleared", "double"),
                ("image_date_before", "date"), ("image_date_after", "date"),
                ("tile_ids", "string"), ("centroid_lon", "double"),
                ("centroid_lat", "double"))
