"""scripts/qt6_check.py reads QGIS's enums of both kinds: sip enums nested in their class (QGIS
up to 3.34) and the Python enums QGIS 3.36+ moved into Qgis, whose old unscoped names remain as
aliases. The classes below mimic those bindings, so the reading is tested without QGIS (the
integration test reads the installed QGIS)."""
import enum
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "qt6_check.py"
_spec = importlib.util.spec_from_file_location("qt6_check", SCRIPT)
qt6_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qt6_check)


class Qgis:
    """Like QGIS 3.36+'s Qgis: Python enums, one of them with its old names as enum aliases."""

    class ProcessingSourceType(enum.IntEnum):
        Vector = 2
        VectorPolygon = 3

    class WkbType(enum.IntEnum):
        Polygon = 3
        TypePolygon = 3  # an old name kept as an alias member of the enum itself


class QgsProcessing:
    """QGIS 3.40: SourceType is Qgis.ProcessingSourceType; TypeVectorPolygon its VectorPolygon."""

    SourceType = Qgis.ProcessingSourceType
    TypeVectorPolygon = Qgis.ProcessingSourceType.VectorPolygon
    TypeVector = Qgis.ProcessingSourceType.Vector


class QgsWkbTypes:
    Type = Qgis.WkbType
    TypePolygon = Qgis.WkbType.Polygon


def test_aliases_of_python_enums_are_read():
    assert qt6_check._unscoped_members(QgsProcessing) == {
        "TypeVectorPolygon": "Qgis.ProcessingSourceType.VectorPolygon",
        "TypeVector": "Qgis.ProcessingSourceType.Vector",
    }
    # Where the enum itself knows the old name, the class's own alias of the enum is kept.
    assert qt6_check._unscoped_members(QgsWkbTypes) == {"TypePolygon": "Type.TypePolygon"}


def test_the_enum_class_itself_is_no_member():
    assert qt6_check._unscoped_members(Qgis) == {}


def test_an_alias_is_reported_with_its_scoped_name():
    enums = {"QgsProcessing": qt6_check._unscoped_members(QgsProcessing)}
    source = "kinds = [QgsProcessing.TypeVectorPolygon]\nok = [Qgis.ProcessingSourceType.Vector]\n"
    findings = qt6_check.check_source(source, "bad.py", {}, enums)
    assert findings == [(1, "unscoped enum QgsProcessing.TypeVectorPolygon: QGIS 4 (PyQt6) has "
                            "only Qgis.ProcessingSourceType.VectorPolygon (QGIS 3.36+)")]
