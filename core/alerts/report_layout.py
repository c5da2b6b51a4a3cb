"""The PDF of deforestation:alert_report: a QGIS print layout whose atlas has one feature per
page of core/alerts/report.py (the summary, then each alert patch), exported headless with
QgsLayoutExporter (qgis_process as well as the desktop).

Each page: its title and text, a location map of the page's area over the alert tiles and the
clearings, an overview of every alert with the page's area framed, and (patch pages, when the
rasters are given) the earlier and the later image side by side, false colour as the chips are
rendered (R = B08, G = B04, B = B03; docs/MODEL.md), the clearings outlined in yellow.
"""
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMultiBandColorRenderer,
    QgsContrastEnhancement,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsRasterLayer,
    QgsRectangle,
    QgsRenderContext,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont

from ...toolbelt.i18n import tr
from ...toolbelt.qgis_compat import field_type
from ..imagery.bands import BandError, select_bands
BODY_PT = 8
# Contrast of the image maps: the chips' DN / 3000 x 255 (docs/MODEL.md).
CHIP_MAX_DN = 3000.0


def _enum(owner, scoped: str, name: str, old_owner=None, old: str = ""):
    """A QGIS enum value by its scoped name (QGIS 3.3x+, 4), else by its 3.22 name."""
    holder = getattr(owner, scoped, None)
    if holder is not None and hasattr(holder, name):
        return getattr(holder, name)
    return getattr(old_owner or owner, old or name)


MM = _enum(Qgis, "LayoutUnit", "Millimeters", QgsUnitTypes, "LayoutMillimeters")


def coverage_layer(pages, geometries, crs) -> QgsVectorLayer:
    """A memory layer with one feature per page: page, patch_id, title, body."""
    layer = QgsVectorLayer(f"Polygon?crs={crs.authid() or crs.toWkt()}", "pages", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(name, field_type(kind)) for name, kind in (
        ("page", "int"), ("patch_id", "int"), ("title", "string"), ("body", "string"),
        ("date_before", "string"), ("date_after", "string"))])
    layer.updateFields()
    features = []
    for number, (page, geometry) in enumerate(zip(pages, geometries)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes([number, page.patch_id, page.title, page.body, *page.dates])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def outline(layer, colour, width=0.6):
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": colour,
                                         "outline_width": str(width)})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def false_colour(raster: QgsRasterLayer) -> QgsRasterLayer:
    """The chips' rendering of a Sentinel-2 raster; the first three bands when the band
    descriptions do not name B08, B04 and B03."""
    provider = raster.dataProvider()
    try:
        bands = select_bands(_band_descriptions(raster)).as_list()
    except BandError:
        bands = [1, 2, 3] if raster.bandCount() >= 3 else [1, 1, 1]
    renderer = QgsMultiBandColorRenderer(provider, *bands)
    for band, setter in zip(bands, (renderer.setRedContrastEnhancement,
                                    renderer.setGreenContrastEnhancement,
                                    renderer.setBlueContrastEnhancement)):
        enhancement = QgsContrastEnhancement(provider.dataType(band))
        enhancement.setMinimumValue(0.0)
        enhancement.setMaximumValue(CHIP_MAX_DN)
        enhancement.setContrastEnhancementAlgorithm(_enum(
            QgsContrastEnhancement, "ContrastEnhancementAlgorithm", "StretchToMinimumMaximum"))
        setter(enhancement)
    raster.setRenderer(renderer)
    return raster


def _band_descriptions(raster):
    """The band descriptions GDAL reads (B08, B04, ...); the provider's band names otherwise."""
    from osgeo import gdal

    try:
        dataset = gdal.Open(raster.source())
    except RuntimeError:
        dataset = None
    if dataset is not None and dataset.RasterCount == raster.bandCount():
        return [dataset.GetRasterBand(b).GetDescription()
                for b in range(1, dataset.RasterCount + 1)]
    provider = raster.dataProvider()
    return [provider.generateBandName(b) for b in range(1, raster.bandCount() + 1)]


def _label(layout, text, x, y, w, h, size=BODY_PT, bold=False):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    if hasattr(label, "setTextFormat"):  # QGIS 3.24+
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(size)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(w, h, MM))
    return label


def _map(layout, layers, x, y, w, h, atlas=True):
    item = QgsLayoutItemMap(layout)
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    if atlas:
        item.setAtlasDriven(True)
        item.setAtlasScalingMode(_enum(QgsLayoutItemMap, "AtlasScalingMode", "Auto"))
        item.setAtlasMargin(0.15)
    return item


def _only_on_patch_pages(item):
    item.dataDefinedProperties().setProperty(
        _enum(QgsLayoutObject, "DataDefinedProperty", "ExcludeFromExports"),
        QgsProperty.fromExpression('"patch_id" IS NULL'))


def build_layout(project: QgsProject, coverage, tiles, clearings=None, before=None,
                 after=None) -> QgsPrintLayout:
    """An A4 portrait layout over `coverage` (coverage_layer) in `project`, which holds the
    layers: `tiles` (the alert tiles), `clearings`, the `before` and `after` rasters."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page, landscape: turned to portrait
    layout.pageCollection().page(0).setPageSize(
        "A4", _enum(QgsLayoutItemPage, "Orientation", "Portrait"))
    layout.setName(tr("Deforestation alert report"))
    _label(layout, '[% "title" %]', 10, 8, 190, 10, size=15, bold=True)
    _label(layout, '[% "body" %]', 10, 20, 190, 122)
    vectors = [layer for layer in (clearings, tiles) if layer is not None]
    location = _map(layout, vectors, 10, 146, 92, 66)
    overview = _map(layout, vectors, 108, 146, 92, 66, atlas=False)
    overview.setExtent(_grown(tiles.extent()))
    frame = QgsLayoutItemMapOverview(tr("Page area"), overview)
    frame.setLinkedMap(location)
    overview.overviews().addOverview(frame)
    _label(layout, tr("Location of this page"), 10, 212, 92, 5)
    _label(layout, tr("Every alert; this page's area framed"), 108, 212, 92, 5)
    for column, (raster, when, date) in enumerate(((before, tr("Before"), "date_before"),
                                                   (after, tr("After"), "date_after"))):
        x = 10 + column * 98
        if raster is None:
            note = _label(layout, tr("{}: no image given (BEFORE_RASTER, AFTER_RASTER)")
                          .format(when), x, 219, 92, 8)
            _only_on_patch_pages(note)
            continue
        item = _map(layout, [layer for layer in (clearings, raster) if layer is not None],
                    x, 224, 92, 62)
        _only_on_patch_pages(item)
        _only_on_patch_pages(_label(layout, f'{when} [% "{date}" %]', x, 218, 92, 5,
                                    bold=True))
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"page"')
    return layout


def _grown(extent: QgsRectangle) -> QgsRectangle:
    grown = QgsRectangle(extent)
    grown.grow(max(extent.width(), extent.height()) * 0.1 + 500.0)
    return grown


def export_pdf(layout: QgsPrintLayout, path: str) -> str:
    """Write the atlas as one PDF; the error text, empty on success."""
    settings = QgsLayoutExporter.PdfExportSettings()
    # Text as text (not outlines): the PDF can be searched and read back (pdftotext).
    settings.textRenderFormat = _enum(Qgis, "TextRenderFormat", "AlwaysText", QgsRenderContext,
                                      "TextFormatAlwaysText")
    settings.rasterizeWholeImage = False
    settings.dpi = 150
    result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), path, settings)
    if result != _enum(QgsLayoutExporter, "ExportResult", "Success"):
        return error or tr("the layout could not be exported (code {})").format(int(result))
    return ""


def union(geometries) -> QgsGeometry:
    return QgsGeometry.unaryUnion(list(geometries))


# --- the report from the layers -------------------------------------------------------------------
def _records(layer, request=None):
    """[(values as plain Python with dates as ISO text, geometry)] of a layer's features."""
    from .compare import iso_date
    from ...toolbelt.qgis_values import plain

    names = layer.fields().names()
    rows = []
    for feature in (layer.getFeatures(request) if request else layer.getFeatures()):
        values = {}
        for name in names:
            value = plain(feature[name])
            values[name] = iso_date(value) if name.startswith("image_date") else value
        rows.append((values, QgsGeometry(feature.geometry())))
    return rows


def write_report(tiles_layer, path, *, patches=None, clearings=None, before=None, after=None,
                 provenance=None, title="") -> int:
    """The PDF of core/alerts/report.py's pages at `path`; the number of pages. Raises
    errors.OutputError (with QGIS's reason) when the layout cannot be exported."""
    from ... import errors
    from .report import alert_tiles, report_pages

    tile_rows = _records(tiles_layer)
    tiles = [values for values, _ in tile_rows]
    shapes = {values.get("tile_id"): geometry for values, geometry in tile_rows}
    patch_rows = {int(v["patch_id"]): (v, g) for v, g in (_records(patches) if patches else [])
                  if v.get("patch_id") is not None}
    clearing_rows = [values for values, _ in (_records(clearings) if clearings else [])]
    pages = report_pages(tiles, {k: v for k, (v, _) in patch_rows.items()}, clearing_rows,
                         provenance or {}, title or tr("Deforestation alert report"))
    alerts = alert_tiles(tiles)
    everything = union(shapes[t["tile_id"]] for t in alerts) if alerts else \
        QgsGeometry.fromRect(tiles_layer.extent())
    geometries = [everything] + [
        patch_rows[p.patch_id][1] if p.patch_id in patch_rows else
        union(shapes[t] for t in p.tile_ids) for p in pages[1:]]
    project = QgsProject()
    coverage = coverage_layer(pages, geometries, tiles_layer.crs())
    shown = outline(tiles_layer.materialize(_alerts_only()), "#d7191c", 0.5)
    shown.setName(tr("Alert tiles"))
    drawn_clearings = outline(clearings.materialize(_everything()), "#ffeb00", 0.7) \
        if clearings else None
    rasters = [false_colour(QgsRasterLayer(r.source(), r.name(), r.providerType()))
               if r is not None else None for r in (before, after)]
    project.addMapLayers([layer for layer in (coverage, shown, drawn_clearings, *rasters)
                          if layer is not None])
    layout = build_layout(project, coverage, shown, drawn_clearings, *rasters)
    error = export_pdf(layout, str(path))
    if error:
        raise errors.OutputError(tr("The report could not be written to {}: {}").format(
            path, error))
    return len(pages)


def _alerts_only():
    from qgis.core import QgsFeatureRequest

    return QgsFeatureRequest().setFilterExpression('"alert" = 1')


def _everything():
    from qgis.core import QgsFeatureRequest

    return QgsFeatureRequest()


def recorded_inputs(layer, version: str):
    """(the CLEARINGS layer the compare output records or None, the provenance lines: the
    output, the plugin's `version`, the report's time, what the output's metadata records of
    its run)."""
    from ..output.provenance import RUN_ITEMS
    from ..output.tile_writer import read_layer_metadata
    from ..review.queue import utc_now_iso
    from ..review.store import layer_file
    from .outlines import clearings_file

    path = layer_file(layer)
    metadata = read_layer_metadata(path) if path else {}
    found = clearings_file(str(path), metadata) if path else None
    clearings = QgsVectorLayer(found, tr("Clearings"), "ogr") if found else None
    provenance = {tr("Compare output"): layer.source().split("|")[0],
                  tr("Plugin version"): version,
                  tr("Report made"): utc_now_iso()}
    provenance.update({key: metadata[key] for key in RUN_ITEMS if metadata.get(key)})
    if not any(metadata.get(key) for key in ("MODEL", "ENGINE")):
        provenance[tr("Model")] = tr("as recorded in the two classify outputs compared (their "
                                     "layer metadata)")
    return (clearings if clearings is not None and clearings.isValid() else None), provenance


def no_threading_flags(flags):
    """An algorithm's flags with NoThreading (Qgis.ProcessingAlgorithmFlag from QGIS 3.36)."""
    enum = getattr(Qgis, "ProcessingAlgorithmFlag", None)
    if enum is not None:
        return flags | enum.NoThreading
    from qgis.core import QgsProcessingAlgorithm

    return flags | QgsProcessingAlgorithm.Flag.FlagNoThreading
