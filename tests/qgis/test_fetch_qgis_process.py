"""deforestation:fetch_sentinel2 and then deforestation:classify through qgis_process (the
main-thread network path `make demo` takes) against a loopback Earth Search."""
import json
import subprocess

from osgeo import ogr

from test_fetch_sentinel2 import CHOSEN, EXTENT, earth_search  # noqa: F401 (fixture)
from test_qgis_process import QGIS_PROCESS, qgis_process_env  # noqa: F401 (fixture)


def _run(env, algorithm, *params):
    return subprocess.run([QGIS_PROCESS, "--json", "run", algorithm, "--", *params], env=env,
                          capture_output=True, text=True, timeout=300)


def test_fetch_then_classify_with_qgis_process(qgis_process_env, earth_search,  # noqa: F811
                                               tiny_models, tmp_path):
    url, _catalog, _chosen = earth_search
    proc = _run(qgis_process_env, "deforestation:fetch_sentinel2", f"EXTENT={EXTENT}",
                "START_DATE=2024-06-01", "END_DATE=2024-09-30", f"STAC_URL={url}",
                "PER_TILE=false", f"OUTPUT={tmp_path / 's2.vrt'}")
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    fetched = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert fetched["DATETIME"] == CHOSEN
    assert fetched["ITEM_IDS"].split(",") == [
        "S2A_21LYG_20240705_0_L2A", "S2A_21LZG_20240705_0_L2A"]
    output = tmp_path / "out.gpkg"
    proc = _run(qgis_process_env, "deforestation:classify", f"INPUT={fetched['OUTPUT']}",
                f"MODEL={tiny_models[0]}", f"MMPROJ={tiny_models[1]}", f"OUTPUT={output}")
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    ds = ogr.Open(str(output))  # held: a layer outlives no dataset in GDAL's bindings
    layer = ds.GetLayer(0)
    rows = [(f.GetField("status"), f.GetField("image_date")) for f in layer]
    assert sorted(s for s, _d in rows) == ["CLASSIFIED"] * 7 + ["CLOUDY"]
    assert {d[:10].replace("/", "-") for _s, d in rows} == {"2024-07-05"}


def test_no_scene_message_through_qgis_process(qgis_process_env, earth_search,  # noqa: F811
                                               tmp_path):
    url, _catalog, _chosen = earth_search
    proc = _run(qgis_process_env, "deforestation:fetch_sentinel2", f"EXTENT={EXTENT}",
                "START_DATE=2020-01-01", "END_DATE=2020-02-01", f"STAC_URL={url}",
                f"OUTPUT={tmp_path / 's2.vrt'}")
    assert proc.returncode != 0
    assert "No Sentinel-2 scene covers the extent" in proc.stdout + proc.stderr
