"""What a classification output records about how it was made, and what RESUME compares.

Two kinds of record, both stored as GDAL layer metadata inside the GeoPackage:

- the *answer settings* (RUN_SETTINGS, JSON): everything that changes a tile's answer - model
  files and their SHA-256, engine, tile grid, bands, DN scaling, RC_THRESHOLD, cloud gating,
  MIN_VALID_FRACTION. A resumed run must match them exactly, or one layer would mix two
  models' (or two settings') answers;
- plain items for people (source raster, plugin version, start and end time), which may differ.
"""
import json
from typing import Dict, List, Optional

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
}


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
        if before != now:
            name = SETTING_NAMES.get(key, key)
            out.append(f"{name}: {_shown(before)} in the output, {_shown(now)} now")
    return out
