"""Render the classified tiles over the false-colour image to a PNG (the demo's picture).

    python scripts/render_map.py --raster s2.tif --tiles result.gpkg --out map.png

The raster is drawn as the model sees it: R = B08 (NIR), G = B04 (Red), B = B03 (Green),
stretched linearly from DN 0 to 3000 (the chip contract); the tiles with the style stored in
the GeoPackage (semi-transparent class colours), plus a legend with the counts per class.
Runs standalone with QGIS's Python bindings (no QGIS window).
"""
import argparse
import os
import sys
from pathlib import Path

CHIP_MAX_DN = 3000
BAND_NAMES = (("B08", "B8", "NIR"), ("B04", "B4", "RED"), ("B03", "B3", "GREEN"))


def chip_bands(raster_path):
    """[nir, red, green] 1-based band numbers from the band descriptions; 1, 2, 3 otherwise."""
    from osgeo import gdal

    ds = gdal.Open(str(raster_path))
    descriptions = [ds.GetRasterBand(i).GetDescription().strip().upper()
                    for i in range(1, ds.RasterCount + 1)] if ds is not None else []
    ds = None
    bands = []
    for fallback, names in enumerate(BAND_NAMES, start=1):
        hits = [i + 1 for i, d in enumerate(descriptions) if d in names]
        bands.append(hits[0] if hits else fallback)
    return bands


def _draw(raster_path, tiles_path, out_path, width):
    from qgis.core import (
        QgsContrastEnhancement,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsMultiBandColorRenderer,
        QgsRasterLayer,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QPainter

    raster = QgsRasterLayer(str(raster_path), "Sentinel-2 false colour")
    if not raster.isValid():
        raise SystemExit(f"render_map: cannot open raster {raster_path}")
    bands = chip_bands(raster_path)
    renderer = QgsMultiBandColorRenderer(raster.dataProvider(), *bands)
    for setter, band in zip((renderer.setRedContrastEnhancement,
                             renderer.setGreenContrastEnhancement,
                             renderer.setBlueContrastEnhancement), bands):
        enhancement = QgsContrastEnhancement(raster.dataProvider().dataType(band))
        enhancement.setContrastEnhancementAlgorithm(
            QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchAndClipToMinimumMaximum)
        enhancement.setMinimumValue(0)
        enhancement.setMaximumValue(CHIP_MAX_DN)
        setter(enhancement)
    raster.setRenderer(renderer)
    tiles = QgsVectorLayer(str(tiles_path), "tiles", "ogr")  # loads the stored style
    if not tiles.isValid():
        raise SystemExit(f"render_map: cannot open {tiles_path}")

    settings = QgsMapSettings()
    settings.setLayers([tiles, raster])
    settings.setDestinationCrs(tiles.crs())
    extent = tiles.extent()
    extent.combineExtentWith(settings.layerToMapCoordinates(raster, raster.extent()))
    extent.scale(1.02)
    height = max(1, int(width * extent.height() / max(extent.width(), 1e-9)))
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()

    counts = {}
    for feature in tiles.getFeatures():
        key = feature["class_label"] or feature["status"]
        counts[key] = counts.get(key, 0) + 1
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(max(12, width // 70))
    painter.setFont(font)
    lines = ["Deforestation Classifier (R=B08 G=B04 B=B03)"] + [
        f"{key}: {value}" for key, value in sorted(counts.items())]
    line_height = int(font.pixelSize() * 1.4)
    painter.fillRect(8, 8, int(width * 0.45), line_height * len(lines) + 8,
                     QColor(255, 255, 255, 200))
    painter.setPen(QColor(Qt.GlobalColor.black))
    for index, text in enumerate(lines):
        painter.drawText(16, 8 + line_height * (index + 1), text)
    painter.end()
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out_path), "PNG"):
        raise SystemExit(f"render_map: cannot write {out_path}")
    return out_path, counts


def render(raster_path, tiles_path, out_path, width=1200):
    """Start QGIS, draw, stop QGIS (the layers are gone by then: no crash at exit)."""
    from qgis.core import QgsApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], False)
    app.initQgis()
    try:
        return _draw(raster_path, tiles_path, out_path, width)
    finally:
        app.exitQgis()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raster", required=True)
    parser.add_argument("--tiles", required=True, help="the algorithm's GeoPackage")
    parser.add_argument("--out", required=True, help="PNG to write")
    parser.add_argument("--width", type=int, default=1200)
    args = parser.parse_args(argv)
    path, counts = render(args.raster, args.tiles, args.out, args.width)
    print(f"Wrote {path} ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
