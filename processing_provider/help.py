"""The help of every algorithm of the provider, in one table.

As QGIS's own Processing keeps its algorithms' help apart from their code (a table keyed by
algorithm, python/plugins/processing/algs/help/qgis.yaml) and its manual documents each algorithm
with a table of its parameters, HELP holds, per algorithm name, the summary that
shortHelpString() shows and one help text per parameter name. Each parameter's text is set as its
help (the dialog's tooltip, `qgis_process help`, processing.algorithmHelp()) by the base
algorithm's _add(), and shortHelpString() renders the summary followed by a short HTML table of
the parameters (label, name, help) for the dialog's help panel.

Every text is an English literal wrapped in help_text(), the marker scripts/i18n_update.py
extracts, in the context of the algorithms' tr (base_algorithm.py; toolbelt/i18n.py CONTEXT),
which translates each text where it is shown. A text with {} is formatted after translation with
values the algorithm passes at run time (a default read from the settings). Texts hold no '<':
the dialog renders them as HTML. Also: help_tools.py (tools), help_evidence.py (the review's)."""
import html
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable
from .help_evidence import EVIDENCE_HELP
from .help_tools import TOOLS_HELP


def help_text(text: str) -> str:
    """Mark a literal as a help text (scripts/i18n_update.py extracts it); it is returned as it
    is and translated where it is shown."""
    return text


@dataclass(frozen=True)
class AlgorithmHelp:
    summary: str
    parameters: Dict[str, str] = field(default_factory=dict)  # parameter name -> help text


# The headings of the parameter table in the help panel.
PARAMETER_HEADING = help_text("Parameter")
DESCRIPTION_HEADING = help_text("Description")

HELP = {
    "classify": AlgorithmHelp(
        summary=help_text(
            "Finds forest, recent clearing and long-term non-forest in a Sentinel-2 image: "
            "the area is cut into squares of 1 km and each square gets one of the three "
            "labels, with the model's probability for each label where the engine gives them, "
            "in a polygon layer you can review tile by tile. With the default embedded "
            "llama.cpp engine (or the local llama-server the plugin starts) everything runs on "
            "this computer. With the OpenAI-compatible server backend (plugin settings), each "
            "tile's chip is sent as a PNG image to the configured server, which classifies "
            "it.\n\n"
            "The input needs the green, red and near-infrared bands (B03, B04, B08) in one "
            "raster: for separate band files, run 'Stack Sentinel-2 band files (B03, B04, "
            "B08) into a VRT' first. Squares only partly covered by the image (less than "
            "MIN_VALID_FRACTION, default 90 %, of valid pixels) are left INSUFFICIENT_DATA.\n\n"
            "How it works: cuts the raster into 1 km x 1 km tiles on a grid aligned to whole "
            "kilometres (the raster's own CRS when it is a UTM zone, whatever its datum; for "
            "any other CRS, such as degrees, Web Mercator or a national grid, the WGS 84 UTM "
            "zone of the centre of the area classified), renders each tile as a 100 x 100 px "
            "false-colour chip (R = B08 NIR, G = B04 Red, B = B03 Green; DN / 3000 x 255) and "
            "classifies it as STANDING_FOREST, RECENTLY_CLEARED or LONG_TERM_NON_FOREST with "
            "the fine-tuned LFM2.5-VL-450M model, through llama.cpp on this computer or on the "
            "configured server.\n\n"
            "Output: one 1 km square per tile with tile_id (the same ground square gets the "
            "same id in every run on the same grid), class_label, confidence and per-class "
            "probabilities (empty with the recipe engine, which yields a label only, and with "
            "a server that gives no log-probabilities), status (CLASSIFIED, NO_DATA, "
            "INSUFFICIENT_DATA, CLOUDY, ERROR), valid_fraction, cloud_fraction, image_date and "
            "image_id. Tiles without enough valid pixels or above the cloud limit are not "
            "classified. Tiles are saved as the run goes (every 10 tiles or 5 seconds, "
            "whichever comes first): a cancelled run keeps them, and RESUME continues it. The "
            "style is saved inside the GeoPackage.\n\n"
            "Model licence: LFM Open License v1.0, research and non-commercial scope."),
        parameters={
            "INPUT": help_text(
                "A multi-band Sentinel-2 L2A raster with bands B03, B04 and B08: a GDAL "
                "SENTINEL2_L2A: subdataset (SAFE folder or zip), a GeoTIFF stack or a VRT. "
                "Values are surface reflectance x 10000 (Earth Search COGs, GEE "
                "S2_SR_HARMONIZED). Float reflectance 0..1 is recognised; the BOA offset of "
                "processing baseline 04.00+ is removed where the product states it (SAFE "
                "products, the VRTs of stack_bands and fetch_sentinel2), and a warning names "
                "OFFSET where only the values suggest it."),
            "EXTENT": help_text(
                "Area to classify. Every 1 km tile that intersects both this extent and the "
                "raster is processed. Default: the whole raster."),
            "NIR_BAND": help_text(
                "Band number. Default: detected from the band descriptions (B08, B8 or 'nir'; "
                "never B8A or 'nir08')."),
            "RED_BAND": help_text(
                "Band number. Default: detected from the band descriptions (B04, B4 or "
                "'red')."),
            "GREEN_BAND": help_text(
                "Band number. Default: detected from the band descriptions (B03, B3 or "
                "'green')."),
            "SCALE": help_text(
                "DN = raw value x SCALE + OFFSET, where DN is surface reflectance x 10000 as in "
                "the training chips. Default: automatic (1 for DN; 10000 for float reflectance "
                "0..1, recognised by its median). Set 10 for a product stored as reflectance x "
                "1000."),
            "OFFSET": help_text(
                "DN = raw value x SCALE + OFFSET: OFFSET is in DN (reflectance x 10000), added "
                "after SCALE, to each of the three bands. Default: read from the product (the "
                "band offset deforestation:stack_bands writes, BOA_ADD_OFFSET -1000 of SAFE L2A "
                "of processing baseline 04.00 and later), else 0 (Earth Search COGs and GEE "
                "S2_SR_HARMONIZED are already harmonised). Set -1000 for baseline 04.00+ DN "
                "that still carry the offset."),
            "MODEL": help_text(
                "The model card's text model, for the embedded llama.cpp engine and the local "
                "llama-server the plugin starts; an OpenAI-compatible server uses its own. "
                "Default: {}"),
            "MMPROJ": help_text(
                "The model card's vision projector, for the embedded llama.cpp engine and the "
                "local llama-server the plugin starts; an OpenAI-compatible server uses its "
                "own. Default: {}"),
            "ENGINE": help_text(
                "Fast scoring gives a probability for each of the three labels and is the one "
                "to use (it reads the instructions once and compares the model's three possible "
                "answers); the recipe runs the card's chat completion under a JSON-schema "
                "grammar for every tile (slower, label only). Only the embedded llama.cpp "
                "backend uses it: with a server backend (plugin settings) the server answers, "
                "with probabilities where it gives log-probabilities."),
            "RC_THRESHOLD": help_text(
                "When set, a tile whose RECENTLY_CLEARED probability reaches it is labelled "
                "RECENTLY_CLEARED even if another class scores higher: lower it to miss fewer "
                "clearings at the cost of more tiles to review. Needs class probabilities (the "
                "fast scoring engine, or a server that gives log-probabilities): ignored with "
                "the recipe engine."),
            "CLOUD_MASK": help_text(
                "A Sentinel-2 scene classification (SCL: classes 3, 8, 9, 10 are cloud or "
                "cloud shadow) or any raster where non-zero means cloud. Tiles above MAX_CLOUD "
                "get status CLOUDY and are not classified. Default: none, except for a scene "
                "from deforestation:fetch_sentinel2, whose SCL is used."),
            "CLOUD_MASK_TYPE": help_text(
                "How to read CLOUD_MASK. Automatic treats it as SCL when its name or band "
                "description says SCL."),
            "MAX_CLOUD": help_text(
                "The model was trained on tiles with at most 10 % cloud; classifying through "
                "cloud is undefined."),
            "MIN_VALID_FRACTION": help_text(
                "Tiles with a smaller fraction of valid pixels get status INSUFFICIENT_DATA and "
                "are not classified: the model was trained on whole tiles, and a tile cut by "
                "the image's edge would be labelled from a partly black chip. Default 0.9; 0 "
                "classifies every tile with any valid pixel. Tiles with no valid pixel are "
                "always NO_DATA."),
            "MAX_TILES": help_text(
                "A larger extent is refused with an estimate of its run time, so that a whole "
                "scene is not started by accident; raise it to run such an extent."),
            "RESUME": help_text(
                "When OUTPUT exists (e.g. from a cancelled run), keep its tiles and classify "
                "only the missing ones (and unreviewed ones that ended in ERROR). Refused, with "
                "what differs, when the output was made from other imagery or with another "
                "model (SHA-256, or the server's model), engine, grid, bands, SCALE/OFFSET, "
                "RC_THRESHOLD, cloud or valid-data settings."),
            "OVERWRITE": help_text(
                "When OUTPUT exists and RESUME is off, delete it and start again: its tiles and "
                "review decisions are lost. Without RESUME or OVERWRITE an existing OUTPUT is "
                "never touched: the run is refused."),
            "CHIPS_FOLDER": help_text(
                "When set, the chip of each tile given to the model is written there as a PNG "
                "named after its tile_id, pixel for pixel as the model saw it."),
            "OUTPUT": help_text(
                "GeoPackage of 1 km tiles, written as tiles finish; the style is stored "
                "inside."),
        },
    ),
    "compare": AlgorithmHelp(
        summary=help_text(
            "Compares two outputs of Classify deforestation on the same 1 km grid, tile by "
            "tile (the tile ids line up). Where an analyst set reviewed_label in the review "
            "dock, it overrides the model's class_label.\n\n"
            "OUTPUT: one row per tile present and classified in both, with label_before, "
            "label_after, transition (e.g. STANDING_FOREST>RECENTLY_CLEARED), alert (1 where "
            "STANDING_FOREST became RECENTLY_CLEARED or LONG_TERM_NON_FOREST), the image dates, "
            "prob_recently_cleared_after, the patch_id of alert tiles and the centroid's "
            "longitude and latitude.\n\n"
            "PATCHES: alert tiles sharing an edge dissolved into one polygon each (diagonal "
            "neighbours are separate patches), largest first: patch_id, n_tiles, area_ha (on "
            "the ground, about 100 ha a tile), max_prob_recently_cleared, the latest date the "
            "forest was seen and the earliest date it was seen gone.\n\n"
            "Without BEFORE, the RECENTLY_CLEARED tiles of AFTER are the alerts (one date).\n\n"
            "Clearings (docs/ALERTS.md): in alert tiles, tiles kept as forest and alert tiles' "
            "neighbours, the 10 m pixels vegetated (NDVI 0.6 or more) in the earlier image and "
            "cleared (NDVI below 0.5) in the later one, seen in both (not nodata, cloud, shadow "
            "or snow in the SCL where known, nor as bright in red as a cloud); edge-connected "
            "across tile borders; those under MIN_AREA_HA dropped. OUTPUT tiles get cleared_ha "
            "and confidence: highest (alert, clearing and REFERENCE_ALERTS agree), high (alert "
            "and clearing), low (alert, no clearing: a false flag or an older clearing; none "
            "when under half the tile was seen), candidate (kept as forest, with a clearing). "
            "One image alone gives no clearings (no fresh clearing from old pasture).\n\n"
            "Tiles in only one layer, or without a class in either (NO_DATA, CLOUDY, ERROR "
            "without review), are counted and reported, never guessed. Layers on different "
            "grids are refused. EXPORT_FOLDER also writes the alerts, patches and clearings as "
            "GeoJSON, KML and CSV for a field team."),
        parameters={
            "BEFORE": help_text(
                "An output of Classify deforestation for the earlier date. Leave empty to take "
                "the RECENTLY_CLEARED tiles of AFTER as the alerts."),
            "AFTER": help_text(
                "An output of Classify deforestation for the later date, on the same grid."),
            "BEFORE_RASTER": help_text(
                "The image of the earlier date (B08, B04). Default: the raster BEFORE records, "
                "with its bands, scaling and cloud mask. Without BEFORE, it gives clearings."),
            "AFTER_RASTER": help_text(
                "The image of the later date. Default: the raster AFTER records."),
            "MIN_AREA_HA": help_text(
                "Minimum mapping unit in ground hectares (MapBiomas Alerta 0.3, DETER 1, PRODES "
                "6.25)."),
            "OVERLAY": help_text(
                "Polygons (protected areas, properties, concessions): each clearing's "
                "overlay_ha and overlay_names."),
            "OVERLAY_FIELD": help_text("The OVERLAY field naming each polygon; empty: its id."),
            "REFERENCE_ALERTS": help_text(
                "Another system's alerts, polygons (DETER, MapBiomas) or a raster, non-zero an "
                "alert (GFW): reference_overlap_ha; an alert tile they agree with is highest."),
            "OUTPUT": help_text("One row per compared tile: alerts red, cleared_ha, confidence."),
            "PATCHES": help_text(
                "Edge-connected alert tiles as one polygon each, area on the ground, cleared_ha "
                "and their strongest tier."),
            "CLEARINGS": help_text(
                "One polygon per clearing, styled by tier; tile_id: the alert (or, for a "
                "candidate, forest) tile holding most of it; area_ha on the ground; mean NDVI "
                "before and after; overlaps; dates; centroid."),
            "EXPORT_FOLDER": help_text(
                "When set: alerts, patches and clearings as .geojson, .kml and .csv (WGS 84; "
                "CSV with centroid longitude and latitude)."),
        },
    ),
    "evaluate": AlgorithmHelp(
        summary=help_text(
            "Compares each tile's predicted class (e.g. class_label from Classify "
            "deforestation) with a reference class (e.g. reviewed_label from the review dock, "
            "or reference_label from Hansen reference labels) and writes an HTML report laid "
            "out like the model card: per-class precision, recall, F1 and support, macro and "
            "weighted averages, accuracy, macro F1, RECENTLY_CLEARED recall, and the confusion "
            "matrix (reference rows, predicted columns).\n\n"
            "Metrics are those of scikit-learn's classification_report with zero_division=0: "
            "a class that was never predicted gets precision 0, a class with no reference tile "
            "gets recall 0, and both still count in the macro average. ACCURACY, MACRO_F1 and "
            "RC_RECALL are fractions between 0 and 1.\n\n"
            "Tiles whose reference or prediction is empty (NULL), blank or not one of "
            "STANDING_FOREST, RECENTLY_CLEARED, LONG_TERM_NON_FOREST are left out and counted "
            "(letter case and surrounding blanks are ignored). With 'Selected features only' "
            "ticked, only the selection is evaluated."),
        parameters={
            "INPUT": help_text(
                "A layer (or table) with one feature per tile, holding a predicted class and a "
                "reference class in two text fields, e.g. the output of Classify deforestation "
                "after review or after Hansen reference labels."),
            "PREDICTED_FIELD": help_text(
                "Field holding the model's class. Default: class_label."),
            "REFERENCE_FIELD": help_text(
                "Field holding the true class: reviewed_label (set in the review dock) or "
                "reference_label (from Hansen reference labels). Default: reference_label."),
            "OUTPUT_HTML": help_text(
                "The HTML report: headline metrics, the per-class table, the confusion matrix "
                "and the tiles left out."),
        },
    ),
    "fetch_sentinel2": AlgorithmHelp(
        summary=help_text(
            "Searches a STAC API (Earth Search's sentinel-2-l2a, then sentinel-2-c1-l2a, by "
            "default: sentinel-2-l2a is the source of the model's training chips) for the "
            "acquisitions over EXTENT between START_DATE and END_DATE. With PER_TILE (the "
            "default) every 1 km tile of the classifier's grid takes its pixels from the "
            "acquisition clearest over it (its SCL: cloud, shadow, cirrus, snow, nodata; the "
            "newest on ties), never blended; otherwise one acquisition, the least cloudy over "
            "the extent (scene cloud first, the SCL over the extent when candidates are close, "
            "the newest on ties), is taken for the whole area. It writes a VRT of B08, B04, B03 "
            "(assets nir, red, green, or their -jp2 JPEG 2000 assets where an item has no COG; "
            "never nir08, which is B8A) on one UTM grid, clipped to the extent on whole "
            "kilometres, with the SCL beside it. The bands are read through GDAL's /vsicurl/: "
            "only the blocks of the extent travel. Each item's BOA offset comes from its "
            "metadata and is checked against its pixels (dark targets): where they clearly "
            "disagree the pixels decide and the log says so; where the pixels cannot tell, a "
            "warning. The VRT records the item ids, the acquisition of every tile, the "
            "processing baselines and the offset decisions, so Classify deforestation writes "
            "each tile's image_date / image_id and uses the SCL as its cloud mask."),
        parameters={
            "EXTENT": help_text("The area to fetch, in any CRS."),
            "START_DATE": help_text("YYYY-MM-DD; empty: 90 days before END_DATE."),
            "END_DATE": help_text("YYYY-MM-DD; empty: today."),
            "MAX_CLOUD_COVER": help_text(
                "Without PER_TILE: acquisitions whose eo:cloud_cover is above this are not "
                "taken. With PER_TILE it does not apply: a scene cloudy as a whole can be the "
                "clearest over some tile, so every acquisition of the window is compared tile "
                "by tile."),
            "STAC_URL": help_text("The STAC API root (it answers /search)."),
            "COLLECTION": help_text(
                "Sentinel-2 L2A collections with assets green, red, nir and scl, comma-"
                "separated. Default: sentinel-2-l2a,sentinel-2-c1-l2a (some acquisitions exist "
                "only in the second). The same acquisition of an MGRS tile found in several is "
                "taken once, from the collection listed first."),
            "PER_TILE": help_text(
                "Every 1 km tile from the acquisition clearest over it (default), so that "
                "cloudy seasons still give an answer for most tiles; tiles clear in no "
                "acquisition stay CLOUDY. Off: one acquisition for the whole area."),
            "COPY_LOCAL": help_text(
                "For offline work: the VRT then points at GeoTIFFs next to it, not at the "
                "server."),
            "OUTPUT": help_text(
                "The VRT to write (B08, B04, B03); the band VRTs and the SCL go next to it."),
        },
    ),
    "hansen_labels": AlgorithmHelp(
        summary=help_text(
            "Gives every tile polygon a reference class from the Hansen Global Forest Change "
            "layers treecover2000 and lossyear, with the model card's rule: STANDING_FOREST = "
            ">= 50 % canopy in 2000 and no recent loss; RECENTLY_CLEARED = was forest and lost "
            "inside the recent window; else LONG_TERM_NON_FOREST. Use the result as reference "
            "for Evaluate (REFERENCE_FIELD = reference_label).\n\n"
            "For each tile, the Hansen pixels whose centre lies inside the polygon are used "
            "(the polygon is transformed to the rasters' CRS; value 255 is nodata). A pixel is "
            "forest in 2000 when treecover2000 >= the canopy threshold; lossyear v means loss "
            "in year 2000 + v. The tile is RECENTLY_CLEARED when the forest-2000 pixels lost "
            "within FIRST_YEAR..LAST_YEAR reach RECENT_LOSS_FRACTION of its valid pixels, else "
            "STANDING_FOREST when the forest-2000 pixels without any loss through LAST_YEAR "
            "reach FOREST_FRACTION, else LONG_TERM_NON_FOREST. Tiles without a valid Hansen "
            "pixel get an empty label and hansen_status NO_HANSEN_DATA (features without a "
            "geometry: NO_GEOMETRY). The model card publishes no tile-level thresholds: the "
            "two fractions are this plugin's choice, recorded in the output layer's metadata "
            "(abstract) and in the log.\n\n"
            "Output: the input features and attributes plus reference_label, "
            "forest2000_fraction, standing_forest_fraction (= forest2000 - recent - older), "
            "recent_loss_fraction, older_loss_fraction (forest-2000 pixels lost before "
            "FIRST_YEAR), hansen_pixels (about 1,300 for a 1 km tile at the equator, more "
            "towards the poles, where the 0.00025 degree pixels are narrower; fewer at the "
            "rasters' edge) and hansen_status.\n\n"
            "Getting the data: Hansen GFC v1.12 granules are 10 x 10 degrees, named after "
            "their top-left corner (e.g. 10S_060W covers 10-20 S, 60-50 W), at "
            "https://storage.googleapis.com/earthenginepartners-hansen/GFC-2024-v1.12/"
            "Hansen_GFC-2024-v1.12_{layer}_{granule}.tif with layer = treecover2000 or "
            "lossyear. The log lists the granules your tiles need. For tiles spanning several "
            "granules, build one VRT per layer (gdalbuildvrt) over the same granules. Data: "
            "CC BY 4.0, Hansen et al. 2013 (UMD/Google/USGS/NASA)."),
        parameters={
            "INPUT": help_text(
                "Polygon layer of tiles in any CRS, e.g. the output of Classify "
                "deforestation."),
            "TREECOVER": help_text(
                "Hansen GFC treecover2000 (percent canopy in 2000, 0-100; 255 = nodata), any "
                "CRS: a granule, a VRT of granules or a clip of them."),
            "LOSSYEAR": help_text(
                "Hansen GFC lossyear (0 = no loss, v = loss in 2000 + v; 255 = nodata), on the "
                "same pixel grid as treecover2000 (the same granules)."),
            "FIRST_YEAR": help_text(
                "First calendar year whose loss counts as recent (inclusive). Default 2020: "
                "the model card's training window 2020-2024; its val/test labels used 3 "
                "years."),
            "LAST_YEAR": help_text(
                "Last calendar year whose loss counts as recent (inclusive), usually the year "
                "of the imagery. Default 2024. Loss after it is ignored (the forest still "
                "stood). A warning is given when the Hansen files (by the GFC-YYYY in their "
                "name) end earlier."),
            "CANOPY_THRESHOLD": help_text(
                "A pixel is forest in 2000 when treecover2000 >= this percentage. Default 50, "
                "the model card's '>= 50 % canopy in 2000'."),
            "FOREST_FRACTION": help_text(
                "Share of the tile's valid pixels that must be forest in 2000 with no loss "
                "through LAST_YEAR for STANDING_FOREST. Default 0.5 (most of the tile is "
                "standing forest). Not published by the model card. 0 means any "
                "standing-forest pixel."),
            "RECENT_LOSS_FRACTION": help_text(
                "Share of the tile's valid pixels that were forest in 2000 and lost within the "
                "window for RECENTLY_CLEARED; checked first. Default 0.05 (about 5 ha of a 1 km "
                "tile, clearly visible at 10 m, while a few stray loss pixels are not enough). "
                "Not published by the model card. 0 means any recent-loss pixel."),
            "OUTPUT": help_text(
                "The input tiles with reference_label, the fractions, hansen_pixels and "
                "hansen_status added (existing fields of those names are replaced). The "
                "parameters used are stored in the layer's metadata."),
        },
    ),
    "relabel": AlgorithmHelp(
        summary=help_text(
            "Re-derives class_label of an output of Classify deforestation from its stored "
            "probabilities, without running the model: RECENTLY_CLEARED where "
            "prob_recently_cleared reaches RC_THRESHOLD; below it the label stays, except a "
            "RECENTLY_CLEARED label, which becomes the most probable class. confidence becomes "
            "the probability of the new label. Lower the threshold to miss fewer "
            "clearings at the cost of more tiles to review. Every other field, the review "
            "decisions included, is copied unchanged. Classified tiles without probabilities "
            "(the recipe engine, or a server that gives no log-probabilities) keep their label "
            "and are counted; tiles not CLASSIFIED are copied as they are."),
        parameters={
            "INPUT": help_text(
                "An output of Classify deforestation made with the fast scoring engine (or a "
                "server that gives log-probabilities)."),
            "RC_THRESHOLD": help_text(
                "A tile whose prob_recently_cleared reaches this value is RECENTLY_CLEARED."),
            "OUTPUT": help_text(
                "A copy of INPUT with the new labels, styled like the classification."),
        },
    ),
    "stack_bands": AlgorithmHelp(
        summary=help_text(
            "Finds the B03, B04 and B08 files in a folder (a SAFE product's IMG_DATA, or "
            "single band downloads such as T21LYG_20230105_B08_10m.jp2 or B08.tif; B8A is "
            "never taken for B08) and writes a VRT that stacks them with band descriptions, "
            "ready as INPUT of Classify deforestation. The VRT points at the original files: "
            "nothing is copied.\n\n"
            "A SAFE L2A product of processing baseline 04.00 or later (every acquisition from "
            "2022-01-25 on) stores DN = reflectance x 10000 + 1000 and states its "
            "BOA_ADD_OFFSET (-1000) only in MTD_MSIL2A.xml at the SAFE root. The algorithm "
            "reads it there, or the baseline from the SAFE folder name (_N0510_), and writes "
            "it into the VRT as each band's offset, so the chips match the training data; it "
            "also records the acquisition date and product id, which Classify deforestation "
            "keeps in its output. Keep the band files inside their SAFE folder: copied out "
            "alone, they no longer say which offset they need (a warning says so)."),
        parameters={
            "INPUT": help_text(
                "Folder holding one file per band (searched recursively; at 10 m when a SAFE "
                "product holds several resolutions)."),
            "OUTPUT": help_text("The VRT to write (B03, B04, B08)."),
        },
    ),
    **{name: AlgorithmHelp(**entry) for name, entry in {**TOOLS_HELP, **EVIDENCE_HELP}.items()},
}


def algorithm_help(name: str) -> AlgorithmHelp:
    try:
        return HELP[name]
    except KeyError:
        raise KeyError(f"processing_provider/help.py has no help for the algorithm {name!r}") \
            from None


def parameter_help(algorithm: str, parameter: str) -> str:
    """The (English) help text of one parameter; KeyError naming what is missing."""
    texts = algorithm_help(algorithm).parameters
    if parameter not in texts:
        raise KeyError(f"processing_provider/help.py has no help for the parameter {parameter} "
                       f"of {algorithm}")
    return texts[parameter]


def short_help(algorithm: str, translated: Callable[[str], str], parameters: Iterable) -> str:
    """The summary (translated by `translated`, the algorithm's tr) and, on one line (the dialog
    wraps each line in a paragraph), an HTML table of the parameters: label and name, help.
    `parameters` are the algorithm's definitions, their labels and help already translated."""
    summary = translated(algorithm_help(algorithm).summary)
    rows = [(p.description(), p.name(), p.help()) for p in parameters if p.help()]
    if not rows:
        return summary
    text = html.escape
    cells = "".join(
        f"<tr><td><b>{text(label)}</b><br>{text(name)}</td><td>{text(helptext)}</td></tr>"
        for label, name, helptext in rows)
    table = (f'<table border="1" cellspacing="0" cellpadding="3"><tr>'
             f"<th>{text(translated(PARAMETER_HEADING))}</th>"
             f"<th>{text(translated(DESCRIPTION_HEADING))}</th></tr>{cells}</table>")
    return f"{summary}\n\n{table}"
