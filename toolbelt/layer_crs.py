"""QGIS CRS objects as GDAL/OSR reads them."""


def crs_for_osr(crs) -> str:
    """A CRS definition GDAL/OSR reads: the authority id when there is one, else WKT."""
    return crs.authid() if crs.authid().upper().startswith("EPSG:") else crs.toWkt()
