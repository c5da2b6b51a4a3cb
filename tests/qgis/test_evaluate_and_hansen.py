"""deforestation:evaluate and deforestation:hansen_labels through processing.run."""
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsVectorLayer,
)

from deforestation_classifier.core.vocabulary import CLASSES
from deforestation_classifier.toolbelt.qgis_compat import field_type
from deforestation_classifier.toolbelt.qgis_values import plain

SF, RC, LT = CLASSES
HANSEN = Path(__file__).resolve().parents[3] / "shared" / "data" / "hansen"
TREECOVER = HANSEN / "Hansen_GFC-2023-v1.11_treecover2000_20N_080W.tif"
LOSSYEAR = HANSEN / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"


def run(alg, params):
    import processing

    return processing.run(f"deforestation:{alg}", params, feedback=QgsProcessingFeedback())


# --- evaluate -------------------------------------------------------------------------------------

def label_layer(pairs):
    """A point memory layer with (class_label, reviewed_label) per feature."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "tiles", "memory")
    provider = layer.dataProvider()
    # field_type: QgsField(name, QVariant.Type) is deprecated from 3.38 (toolbelt/qgis_compat.py).
    provider.addAttributes([QgsField("class_label", field_type("string")),
                            QgsField("reviewed_label", field_type("string"))])
    layer.updateFields()
    features = []
    for i, (pred, ref) in enumerate(pairs):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(i, 0)))
        feature.setAttributes([pred, ref])
        features.append(feature)
    provider.addFeatures(features)
    return layer


def matrix_pairs():
    # reference rows SF, RC, LT; predicted columns SF, RC, LT (hand-computed in test_metrics):
    # accuracy 15/20, macro F1 (0.8 + 4/9 + 6/7) / 3, RC recall 0.5
    matrix = [[4, 1, 0], [1, 2, 1], [0, 2, 9]]
    pairs = []
    for i, ref in enumerate(CLASSES):
        for j, pred in enumerate(CLASSES):
            pairs += [(pred, ref)] * matrix[i][j]
    return pairs


def test_evaluate_reports_metrics_and_writes_the_html(provider, tmp_path):
    pairs = matrix_pairs() + [(SF, None), (None, LT), ("", ""), (RC, "cleared")]
    layer = label_layer(pairs)
    html = tmp_path / "report.html"
    results = run("evaluate", {"INPUT": layer, "REFERENCE_FIELD": "reviewed_label",
                               "OUTPUT_HTML": str(html)})
    assert results["ACCURACY"] == pytest.approx(0.75)
    assert results["MACRO_F1"] == pytest.approx((0.8 + 4 / 9 + 6 / 7) / 3)
    assert results["RC_RECALL"] == pytest.approx(0.5)
    assert results["EVALUATED"] == 20
    assert results["LEFT_OUT"] == 4
    assert results["OUTPUT_HTML"] == str(html)
    page = html.read_text(encoding="utf-8")
    for text in ("<th>Class</th><th>Precision</th><th>Recall</th><th>F1</th><th>Support</th>",
                 "macro avg", "weighted avg", "Confusion matrix", "reviewed_label",
                 "Total left out", "&#x27;cleared&#x27; (1)"):
        assert text in page, text
    assert ('<tr><th>LONG_TERM_NON_FOREST</th><td class="num">0</td><td class="num">2</td>'
            '<td class="num diag">9</td><td class="num">11</td></tr>') in page


def test_evaluate_refuses_a_missing_field_and_no_valid_pair(provider, tmp_path):
    layer = label_layer(matrix_pairs())
    html = str(tmp_path / "r.html")
    # default REFERENCE_FIELD is reference_label, which this layer lacks
    with pytest.raises(QgsProcessingException, match="reference_label"):
        run("evaluate", {"INPUT": layer, "OUTPUT_HTML": html})
    empty = label_layer([(SF, None), (None, RC)])
    with pytest.raises(QgsProcessingException, match="No tile has a valid class"):
        run("evaluate", {"INPUT": empty, "REFERENCE_FIELD": "reviewed_label",
                         "OUTPUT_HTML": html})


# --- hansen_labels --------------------------------------------------------------------------------

E_RANGE = range(211, 217)  # the data spans about 211.1-216.3 km E, 2062.2-2068.4 km N
N_RANGE = range(2062, 2069)
OUTSIDE = (220, 2065)  # a tile with no Hansen pixel


@pytest.fixture
def hansen_data():
    if not (TREECOVER.is_file() and LOSSYEAR.is_file()):
        pytest.skip(f"Hansen test rasters not found in {HANSEN} (see shared/data/README.md)")
    return str(TREECOVER), str(LOSSYEAR)


def utm_tiles():
    layer = QgsVectorLayer("Polygon?crs=EPSG:32619", "tiles", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("tile_id", field_type("string")),
                            QgsField("class_label", field_type("string"))])
    layer.updateFields()
    features = []
    for e, n in [(e, n) for n in N_RANGE for e in E_RANGE] + [OUTSIDE]:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(
            QgsRectangle(e * 1000, n * 1000, (e + 1) * 1000, (n + 1) * 1000)))
        feature.setAttributes([f"EPSG32619_E{e}_N{n}", SF])
        features.append(feature)
    provider.addFeatures(features)
    assert layer.crs() == QgsCoordinateReferenceSystem("EPSG:32619")
    return layer


def independent_labels(first, last, canopy, forest_fraction, recent_fraction):
    """Pixel centres transformed to UTM 19N and tested against each square: no rasteriser."""
    tc_ds, ly_ds = gdal.Open(str(TREECOVER)), gdal.Open(str(LOSSYEAR))
    tc = tc_ds.GetRasterBand(1).ReadAsArray().ravel()
    ly = ly_ds.GetRasterBand(1).ReadAsArray().ravel()
    x0, dx, _, y0, _, dy = tc_ds.GetGeoTransform()
    rows, cols = np.mgrid[0:tc_ds.RasterYSize, 0:tc_ds.RasterXSize]
    lon = (x0 + (cols + 0.5) * dx).ravel()
    lat = (y0 + (rows + 0.5) * dy).ravel()
    wgs84, utm = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm.ImportFromEPSG(32619)
    xy = np.array(osr.CoordinateTransformation(wgs84, utm).TransformPoints(
        np.column_stack([lon, lat]).tolist()))
    x, y = xy[:, 0], xy[:, 1]
    valid = (tc != 255) & (ly != 255)
    expected = {}
    for e, n in [(e, n) for n in N_RANGE for e in E_RANGE] + [OUTSIDE]:
        sel = valid & (x >= e * 1000) & (x < (e + 1) * 1000) & (y >= n * 1000) & (
            y < (n + 1) * 1000)
        count = int(sel.sum())
        tile_id = f"EPSG32619_E{e}_N{n}"
        if count == 0:
            expected[tile_id] = (None, 0, None, None, None)
            continue
        forest = tc[sel] >= canopy
        years = np.where(ly[sel] > 0, 2000 + ly[sel].astype(int), 0)
        recent = np.count_nonzero(forest & (years >= first) & (years <= last)) / count
        older = np.count_nonzero(forest & (years > 0) & (years < first)) / count
        intact = np.count_nonzero(forest & ((years == 0) | (years > last))) / count
        if recent >= recent_fraction and recent > 0:
            label = RC
        elif intact >= forest_fraction and intact > 0:
            label = SF
        else:
            label = LT
        expected[tile_id] = (label, count, np.count_nonzero(forest) / count, recent, older)
    return expected


def test_hansen_labels_match_an_independent_pixel_centre_computation(
        provider, hansen_data, tmp_path):
    treecover, lossyear = hansen_data
    params = {"FIRST_YEAR": 2021, "LAST_YEAR": 2023, "CANOPY_THRESHOLD": 50,
              "FOREST_FRACTION": 0.5, "RECENT_LOSS_FRACTION": 0.02}
    out = tmp_path / "labels.gpkg"
    results = run("hansen_labels", {"INPUT": utm_tiles(), "TREECOVER": treecover,
                                    "LOSSYEAR": lossyear, "OUTPUT": str(out), **params})
    expected = independent_labels(2021, 2023, 50, 0.5, 0.02)

    layer = QgsVectorLayer(results["OUTPUT"], "labels", "ogr")
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:32619"
    names = [f.name() for f in layer.fields()]
    for name in ("tile_id", "class_label", "reference_label", "forest2000_fraction",
                 "standing_forest_fraction", "recent_loss_fraction", "older_loss_fraction",
                 "hansen_pixels", "hansen_status"):
        assert name in names
    features = {f["tile_id"]: f for f in layer.getFeatures()}
    assert set(features) == set(expected)
    for tile_id, (label, count, forest, recent, older) in expected.items():
        f = features[tile_id]
        if count == 0:
            assert plain(f["reference_label"]) is None and f["hansen_pixels"] == 0, tile_id
            assert f["hansen_status"] == "NO_HANSEN_DATA"
            assert plain(f["forest2000_fraction"]) is None
            continue
        assert f["hansen_status"] == "LABELLED"
        assert abs(f["hansen_pixels"] - count) <= 2, tile_id
        tol = 2.0 / count
        assert f["forest2000_fraction"] == pytest.approx(forest, abs=tol), tile_id
        assert f["recent_loss_fraction"] == pytest.approx(recent, abs=tol), tile_id
        assert f["older_loss_fraction"] == pytest.approx(older, abs=tol), tile_id
        assert f["standing_forest_fraction"] == pytest.approx(
            f["forest2000_fraction"] - f["recent_loss_fraction"] - f["older_loss_fraction"])
        assert f["reference_label"] == label, tile_id
    interior = features["EPSG32619_E213_N2065"]["hansen_pixels"]
    assert 1250 < interior < 1450  # 1 km2 of 0.00025 degree pixels at 18.7 N: about 1,360

    labels = [v[0] for v in expected.values()]
    assert set(labels) == {SF, RC, LT, None}  # every class occurs with these parameters
    assert results["TILE_COUNT"] == len(expected)
    for cls in CLASSES:
        assert results[f"COUNT_{cls}"] == labels.count(cls)
    assert results["COUNT_NO_HANSEN_DATA"] == 1

    # The parameters used are stored inside the GeoPackage with the layer.
    abstract = QgsVectorLayer(results["OUTPUT"], "again", "ogr").metadata().abstract()
    for text in ("FIRST_YEAR=2021", "LAST_YEAR=2023", "CANOPY_THRESHOLD=50",
                 "FOREST_FRACTION=0.5", "RECENT_LOSS_FRACTION=0.02"):
        assert text in abstract

    # End to end: the Hansen labels as reference for evaluate (every tile predicted SF).
    report = run("evaluate", {"INPUT": results["OUTPUT"], "OUTPUT_HTML": str(tmp_path / "e.html")})
    labelled = [lab for lab in labels if lab]
    assert report["EVALUATED"] == len(labelled) and report["LEFT_OUT"] == 1
    assert report["ACCURACY"] == pytest.approx(labelled.count(SF) / len(labelled))


def test_hansen_labels_refuses_an_inverted_window(provider, hansen_data, tmp_path):
    treecover, lossyear = hansen_data
    with pytest.raises(QgsProcessingException, match="LAST_YEAR"):
        run("hansen_labels", {"INPUT": utm_tiles(), "TREECOVER": treecover,
                              "LOSSYEAR": lossyear, "FIRST_YEAR": 2023, "LAST_YEAR": 2021,
                              "OUTPUT": str(tmp_path / "x.gpkg")})
