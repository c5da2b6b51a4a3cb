"""What a run records in its output: the answer settings RESUME compares, and the provenance.

answer_settings() is everything that changes a tile's answer (core/output/provenance.py compares
it when a run resumes); provenance_items() is the layer metadata for people.
"""
from pathlib import Path

from .inference.image_tokens import image_token_limits


def plugin_version() -> str:
    """The version metadata.txt declares."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.read(Path(__file__).resolve().parents[1] / "metadata.txt", encoding="utf-8")
    return parser.get("general", "version", fallback="")


def answer_settings(choice, grid, bands, scaling, options, request) -> dict:
    """Everything that changes a tile's answer, as RESUME compares it
    (core/output/provenance.py)."""
    from ..models.verify import file_sha256

    settings = {
        "engine": choice.name,
        "grid": grid.tag,
        "bands": bands.as_list(),
        "dn_scale": list(scaling.scales),
        "dn_offset": list(scaling.offsets),
        "rc_threshold": options.rc_threshold,
        "max_cloud": options.max_cloud,
        "min_valid_fraction": options.min_valid_fraction,
        "cloud_mask": request.cloud_mask or None,
        "cloud_mask_type": request.cloud_mask_kind if request.cloud_mask else None,
    }
    if not choice.is_server:
        settings["image_tokens"] = [choice.settings.image_min_tokens,
                                    choice.settings.image_max_tokens]
    elif choice.model_label:  # the managed llama-server: started with the card's limits
        settings["image_tokens"] = image_token_limits()
    if choice.is_server:
        settings["server_model"] = choice.label()
    else:
        settings.update({
            "model": choice.settings.model_path.name,
            "model_sha256": file_sha256(choice.settings.model_path),
            "mmproj": choice.settings.mmproj_path.name,
            "mmproj_sha256": file_sha256(choice.settings.mmproj_path),
        })
    return settings


def provenance_items(request, choice, bands, scaling) -> dict:
    """Layer metadata items for people; the answer settings are recorded apart."""
    items = {
        "SOURCE_RASTER": request.source, "MODEL": choice.label(), "ENGINE": choice.name,
        "BANDS": ",".join(map(str, bands.as_list())), "PLUGIN_VERSION": plugin_version(),
        "DN_REASONS": "; ".join(scaling.reasons) or "values used as DN as they are",
        **scaling.to_metadata(),
    }
    if not choice.is_server:
        items["MMPROJ"] = choice.settings.mmproj_path.name
    return items
