"""deforestation:fetch_sentinel2 with PER_TILE (its default), then deforestation:classify, through
qgis_process against a loopback Earth Search (tests/stac_server.py) whose acquisitions are cloudy
in different places: every tile some acquisition sees clear is classified, dated by its own
acquisition, and its chip equals that acquisition's contract pixel for pixel; one acquisition has
a lying offset flag (the pixels decide), one has JPEG 2000 assets only, one keeps the offset in."""
import json
import subprocess

import numpy as np
import pytest
from osgeo import gdal, ogr

from stac_server import StacCatalog, StacServer, scene_bands
from test_qgis_process import QGIS_PROCESS, qgis_process_env  # noqa: F401 (fixture)

from deforestation_classifier.core.imagery.chips import render_chip, valid_mask

EPSG = 32721
ORIGIN = (500000.0, 8890000.0)
EXTENT = f"500000,503000,8887000,8890000 [EPSG:{EPSG}]"
# (date, cloudy km tiles (row, col), stored offset, flag, jp2 only): 07-05 says the offset is in
# but its pixels are offset-free (Earth Search #71); 07-10 is JPEG 2000 only (#79); 07-15 keeps
# the offset in and says so.
WINDOW = (("2024-07-05", [(0, 0), (0, 1), (0, 2)], 0, False, False),
          ("2024-07-10", [(0, 0), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)], 0, True,
           True),
          ("2024-07-15", [(r, c) for r in range(3) for c in range(3) if (r, c) != (2, 2)],
           1000, False, False))
EXPECTED = [[2, 1, 1], [0, 0, 0], [0, 0, 2]]  # (0, 0): cloudy everywhere, stays CLOUDY


@pytest.fixture
def cloudy_season(tmp_path):
    catalog = StacCatalog(tmp_path / "cogs")
    made = []
    for n, (day, cells, stored, flag, jp2) in enumerate(WINDOW):
        bands, scl = scene_bands(seed=60 + n, level=(2600 + 200 * n, 500 + 100 * n, 650))
        for row, col in cells:
            scl[row * 50:(row + 1) * 50, col * 50:(col + 1) * 50] = 9
        catalog.add_scene(f"S2A_21LYG_{day.replace('-', '')}_0_L2A", f"{day}T14:00:00Z", 80.0,
                          epsg=EPSG, origin=ORIGIN, scl=scl, baseline="05.10",
                          bands={k: v + stored for k, v in bands.items()},
                          boa_offset_applied=flag, jp2_only=jp2)
        made.append(bands)
    with StacServer(catalog) as url:
        yield url, made


def _run(env, algorithm, *params):
    return subprocess.run([QGIS_PROCESS, "--json", "run", algorithm, "--", *params], env=env,
                          capture_output=True, text=True, timeout=300)


def _png(path):
    ds = gdal.Open(str(path))
    return np.dstack([ds.GetRasterBand(i).ReadAsArray() for i in (1, 2, 3)])


def test_per_tile_fetch_then_classify(qgis_process_env, cloudy_season,  # noqa: F811
                                      tiny_models, tmp_path):
    url, made = cloudy_season
    proc = _run(qgis_process_env, "deforestation:fetch_sentinel2", f"EXTENT={EXTENT}",
                "START_DATE=2024-06-01", "END_DATE=2024-09-30", f"STAC_URL={url}",
                f"OUTPUT={tmp_path / 's2.vrt'}")
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-3000:]
    assert "9 tiles from 3 acquisitions" in log
    assert "disagree" in log and "JPEG 2000 assets only" in log
    fetched = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert fetched["DATETIME"].split(",") == [f"{d}T14:00:00Z" for d, *_ in WINDOW]
    chips = tmp_path / "chips"
    output = tmp_path / "out.gpkg"
    proc = _run(qgis_process_env, "deforestation:classify", f"INPUT={fetched['OUTPUT']}",
                f"MODEL={tiny_models[0]}", f"MMPROJ={tiny_models[1]}",
                f"CHIPS_FOLDER={chips}", f"OUTPUT={output}")
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    ds = ogr.Open(str(output))  # held: a layer outlives no dataset in GDAL's bindings
    rows = {f.GetField("tile_id"): (f.GetField("status"), f.GetField("image_date"),
                                    f.GetField("image_id")) for f in ds.GetLayer(0)}
    assert len(rows) == 9
    for tile_id, (status, image_date, image_id) in rows.items():
        east, north = (int(p[1:]) for p in tile_id.split("_")[-2:])
        r, c = 8889 - north, east - 500
        which = EXPECTED[r][c]
        day = WINDOW[which][0]
        assert image_date.replace("/", "-")[:10] == day
        assert image_id == f"S2A_21LYG_{day.replace('-', '')}_0_L2A"
        if (r, c) == (0, 0):
            assert status == "CLOUDY"
            continue
        assert status == "CLASSIFIED", (tile_id, status)
        window = np.s_[r * 100:(r + 1) * 100, c * 100:(c + 1) * 100]
        dn = [made[which][k][window] for k in ("nir", "red", "green")]
        np.testing.assert_array_equal(_png(chips / f"{tile_id}.png"),
                                      render_chip(*dn, valid_mask(dn)))


def test_per_tile_through_processing_run(provider, cloudy_season, tiny_models, tmp_path):
    """The same in QGIS's own process (processing.run, QGIS's network stack)."""
    import processing
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    url, made = cloudy_season
    fetched = processing.run("deforestation:fetch_sentinel2", {
        "EXTENT": EXTENT, "START_DATE": "2024-06-01", "END_DATE": "2024-09-30",
        "STAC_URL": url, "OUTPUT": str(tmp_path / "s2.vrt")}, feedback=QgsProcessingFeedback())
    chips = tmp_path / "chips"
    result = processing.run("deforestation:classify", {
        "INPUT": fetched["OUTPUT"], "MODEL": str(tiny_models[0]),
        "MMPROJ": str(tiny_models[1]), "CHIPS_FOLDER": str(chips),
        "OUTPUT": str(tmp_path / "out.gpkg")}, feedback=QgsProcessingFeedback())
    layer = QgsVectorLayer(result["OUTPUT"], "o", "ogr")
    seen = 0
    for feature in layer.getFeatures():
        east, north = (int(p[1:]) for p in feature["tile_id"].split("_")[-2:])
        r, c = 8889 - north, east - 500
        which = EXPECTED[r][c]
        assert feature["image_date"].toString("yyyy-MM-dd") == WINDOW[which][0]
        if (r, c) == (0, 0):
            assert feature["status"] == "CLOUDY"
            continue
        assert feature["status"] == "CLASSIFIED"
        window = np.s_[r * 100:(r + 1) * 100, c * 100:(c + 1) * 100]
        dn = [made[which][k][window] for k in ("nir", "red", "green")]
        np.testing.assert_array_equal(_png(chips / f"{feature['tile_id']}.png"),
                                      render_chip(*dn, valid_mask(dn)))
        seen += 1
    assert seen == 8
