"""What a classification output records about how it was made, and what RESUME compares.

Two kinds of record, both stored as GDAL layer metadata inside the GeoPackage:

- the *answer settings* (RUN_SETTINGS, JSON): everything that changes a tile's answer - model
  files and their SHA-256, engine, tile grid, bands, DN scaling, RC_THRESHOLD, cloud gating,
  MIN_VALID_FRACTION. A resumed run must match them exactly, or one layer would mix two
  models' (or two settings') answers;
- plain items for people (source raster, plugin version, start and end time), which may differ.
"""
import json
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

RUN_SETTINGS_KEY = "RUN_SETTINGS"
# How each answer setting is named when a resume is refused: the parameter a user knows.
SETTING_NAMES = {
    "model": "MODEL (text model file)",
    "model_sha256": "MODEL's SHA-256",
    "mmproj": "MMPROJ (vision projector file)",
    "mmproj_sha256": "MMPROJ's SHA-256",
    "server_model": "the server's model",
    "engine": "ENGINE",
    "grid": "tile grid",
    "bands": "NIR_BAND, RED_BAND, GREEN_BAND",
    "dn_scale": "SCALE",
    "dn_offset": "OFFSET",
    "rc_threshold": "RC_THRESHOLD",
    "max_cloud": "MAX_CLOUD",
    "cloud_mask": "CLOUD_MASK",
    "cloud_mask_type": "CLOUD_MASK_TYPE",
    "min_valid_fraction": "MIN_VALID_FRACTION",
    "image_tokens": "the image token limits (docs/MODEL.md)",
}
# Settings recorded only from some version on, with the value every output written before ran
# with: such an output resumes when the current value is that one. image_tokens: llama-cpp-python
# 0.3.36's LFM2 default, which the plugin asked for implicitly before recording it.
IMPLIED_WHEN_ABSENT = {"image_tokens": [64, 256]}


def encode(settings: Dict[str, object]) -> str:
    return json.dumps(settings, sort_keys=True)


def decode(text: Optional[str]) -> Optional[Dict[str, object]]:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _shown(value) -> str:
    if value is None or value == "":
        return "none"
    text = str(value)
    return text[:16] + "..." if len(text) == 64 else text  # a SHA-256 is shown shortened


def differences(recorded: Dict[str, object], current: Dict[str, object]) -> List[str]:
    """'NAME: recorded A, now B' for every answer setting that differs."""
    out = []
    for key in sorted(set(recorded) | set(current)):
        before, now = recorded.get(key), current.get(key)
        if key not in recorded and key in current:
            before = IMPLIED_WHEN_ABSENT.get(key)
        if before != now:
            name = SETTING_NAMES.get(key, key)
            out.append(f"{name}: {_shown(before)} in the output, {_shown(now)} now")
    return out


# --- the source raster ---------------------------------------------------------------------
# What the output was made from (core/imagery/source_identity.py), JSON; compared on RESUME.
SOURCE_KEY = "SOURCE_IDENTITY"


def same_source(recorded: Dict[str, object], current: Dict[str, object]) -> bool:
    """Whether two source identities name the same imagery: the same product id and date where
    both know them, else the same size, grid and pixel sample (a moved copy is the same)."""
    if recorded.get("image_id") and current.get("image_id"):
        return (recorded.get("image_id"), recorded.get("image_date")) == \
            (current.get("image_id"), current.get("image_date"))
    keys = ("size", "geotransform", "crs", "sample")
    return all(recorded.get(k) == current.get(k) for k in keys)


def describe_source(identity: Dict[str, object]) -> str:
    """'S2B_... of 2024-07-15 (a.tif)' or 'a 400 x 300 px raster, pixels abc123 (a.tif)'."""
    name = identity.get("name") or "?"
    if identity.get("image_id"):
        date = identity.get("image_date")
        return f"{identity['image_id']}{' of ' + str(date) if date else ''} ({name})"
    size = identity.get("size") or ["?", "?"]
    sample = str(identity.get("sample") or "")[:12]
    return f"a {size[0]} x {size[1]} px raster, pixel sample {sample} ({name})"


# --- the description people read (QGIS layer metadata) -------------------------------------------
# Built here, free of QGIS, so that core/output/layer_metadata.py (inside QGIS) and the command
# line (cli/gpkg_extras.py, without QGIS) store the same texts.
TITLE = "Deforestation tiles (1 km)"
ABSTRACT = ("1 km tiles classified by deforestation:classify (LFM2.5-VL-450M fine-tuned, "
            "LFM Open License v1.0: research and non-commercial use).")
# Items shown as their own lines, in this order, before the answer settings.
RUN_ITEMS = ("SOURCE_RASTER", "MODEL", "MMPROJ", "ENGINE", "PLUGIN_VERSION", "RUN_STARTED",
             "RUN_FINISHED", "DN_REASONS")
KEYWORDS = ("deforestation_classifier", ("deforestation", "Sentinel-2"))


@dataclass(frozen=True)
class RunDescription:
    title: str
    abstract: str
    history: Tuple[str, ...]
    keywords: Tuple[Tuple[str, Tuple[str, ...]], ...]  # (vocabulary, keywords), in order


def describe_run(items: Dict[str, str]) -> RunDescription:
    """The title, abstract, history lines and keywords of an output, from the GDAL layer
    metadata items its run wrote."""
    settings = decode(items.get(RUN_SETTINGS_KEY)) or {}
    lines = [f"{key}: {items[key]}" for key in RUN_ITEMS if items.get(key)]
    lines += [f"{SETTING_NAMES.get(key, key)}: {_setting_text(value)}"
              for key, value in sorted(settings.items())]
    keywords = [(KEYWORDS[0], KEYWORDS[1])]
    for key in ("model", "mmproj"):
        if settings.get(key):
            keywords.append((f"{key}_sha256",
                             (f"{settings[key]} {settings.get(key + '_sha256', '')}",)))
    return RunDescription(TITLE, ABSTRACT + "\n\n" + "\n".join(lines), tuple(lines),
                          tuple(keywords))


def _setting_text(value) -> str:
    if value is None:
        return "not set"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
