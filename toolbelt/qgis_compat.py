"""Names that moved between QGIS 3.22 and QGIS 4 (Qt6), in one place.

QGIS 3.38 added QMetaType-typed QgsField constructors and 3.30 the Qgis.WkbType enum; PyQt6 has
no QVariant.Type at all, so QGIS 4 needs the new names while 3.22 only knows the old ones.
"""
from qgis.core import Qgis, QgsVectorFileWriter

try:  # Qt6 (QGIS 4) moved QAction to QtGui; Qt5 (QGIS 3) has it in QtWidgets only
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # noqa: F401 (re-exported)

_NEW_FIELD_TYPES = Qgis.QGIS_VERSION_INT >= 33800


def field_type(kind: str):
    """The QgsField type for 'string', 'int', 'double' or 'date'."""
    if _NEW_FIELD_TYPES:
        from qgis.PyQt.QtCore import QMetaType

        return {"string": QMetaType.Type.QString, "int": QMetaType.Type.Int,
                "double": QMetaType.Type.Double, "date": QMetaType.Type.QDate}[kind]
    from qgis.PyQt.QtCore import QVariant

    # qt6-check: ok (this branch runs on QGIS < 3.38 only, where Qt5 has QVariant.Type)
    return {"string": QVariant.String, "int": QVariant.Int,  # qt6-check: ok (Qt5 only)
            "double": QVariant.Double, "date": QVariant.Date}[kind]  # qt6-check: ok (Qt5 only)


def polygon_wkb_type():
    wkb = getattr(Qgis, "WkbType", None)
    if wkb is not None:
        return wkb.Polygon
    from qgis.core import QgsWkbTypes

    return QgsWkbTypes.Polygon  # qt6-check: ok (QGIS < 3.30 only, which is Qt5)


def writer_ok(code) -> bool:
    """Whether a QgsVectorFileWriter result code means success."""
    enum = getattr(QgsVectorFileWriter, "WriterError", None)
    no_error = enum.NoError if enum is not None else Qgis.VectorFileWriterError.NoError
    return code == no_error


def can_store_styles(provider) -> bool:
    """Whether a vector data provider can store styles inside its data source (a GeoPackage
    can).

    QGIS 3.34 replaced QgsVectorDataProvider.isSaveAndLoadStyleToDatabaseSupported() with
    QgsDataProvider.styleStorageCapabilities(), Qgis.ProviderStyleStorageCapability flags; the
    old name is gone from the later releases (3.40 LTR, 4.x). The provider is taken as it comes
    (duck-typed): whichever of the two it has answers.
    """
    capabilities = getattr(provider, "styleStorageCapabilities", None)
    if capabilities is not None:  # QGIS 3.34 and later
        return bool(capabilities() & Qgis.ProviderStyleStorageCapability.SaveToDatabase)
    return bool(provider.isSaveAndLoadStyleToDatabaseSupported())  # QGIS before 3.34
