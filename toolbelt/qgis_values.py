"""Attribute values as plain Python: what a QGIS feature returns, without QGIS's NULL.

No QGIS import: a NULL QVariant is recognised by its isNull(), so this also runs in unit tests.
"""
import math


def plain(value):
    """None for NULL (QGIS's NULL QVariant, None or NaN); the value otherwise."""
    if value is None:
        return None
    is_null = getattr(value, "isNull", None)
    if callable(is_null) and not isinstance(value, str):
        try:
            if is_null():
                return None
        except TypeError:
            pass
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def as_float(value):
    """A number as float; None when NULL, missing or not a number."""
    value = plain(value)
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None
