"""toolbelt/qgis_values.py: attribute values without QGIS's NULL."""
import math

from deforestation_classifier.toolbelt.qgis_values import plain


class _Variant:
    """What PyQGIS 3 gives for an attribute: a QVariant, NULL or not."""

    def __init__(self, null):
        self._null = null

    def isNull(self):  # noqa: N802 (Qt API name)
        return self._null


def test_null_none_and_nan_are_none():
    assert plain(None) is None
    assert plain(_Variant(null=True)) is None
    assert plain(float("nan")) is None


def test_values_stay_as_they_are():
    assert plain(0.0) == 0.0 and plain(0) == 0 and plain("") == ""
    assert plain("RECENTLY_CLEARED") == "RECENTLY_CLEARED"
    value = _Variant(null=False)
    assert plain(value) is value
    assert math.isinf(plain(float("inf")))


def test_an_is_null_that_needs_arguments_is_not_a_null_test():
    class Geometry:
        def isNull(self, strict):  # noqa: N802
            return True

    geometry = Geometry()
    assert plain(geometry) is geometry
