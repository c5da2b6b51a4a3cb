"""deforestation:classify with the OpenAI-compatible server backend, through processing.run:
against a real `python -m llama_cpp.server` with the tiny model, and against stub servers
(requests in flight, probabilities from log-probabilities, failures). Settings come from the
DEFORESTATION_* variables, restored after each test."""
import math
import time
from dataclasses import replace

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from deforestation_classifier.core.inference.engine_cache import ENGINES
from deforestation_classifier.core.vocabulary import CLASSES
from deforestation_classifier.core.inference.prompt import canonical_answer
from deforestation_classifier import settings as preferences

from server_helpers import StubServer, answering, free_port

ALG = "deforestation:classify"
SERVER_VARIABLES = ("DEFORESTATION_SERVER_MODEL", "DEFORESTATION_SERVER_TIMEOUT",
                    "DEFORESTATION_SERVER_RETRIES", "DEFORESTATION_SERVER_RESPONSE_FORMAT",
                    "DEFORESTATION_SERVER_LOGPROBS", "DEFORESTATION_SERVER_TOP_LOGPROBS")


def run(params):
    import processing

    return processing.run(ALG, params, feedback=QgsProcessingFeedback())


@pytest.fixture
def server_backend(provider, monkeypatch, tmp_path):
    """use(url, **variables): the server backend at url; no model file anywhere, no download."""
    for variable in (*preferences.ENV_OVERRIDES, preferences.API_KEY_ENV, *SERVER_VARIABLES):
        monkeypatch.delenv(variable, raising=False)
    empty = tmp_path / "no-models"
    empty.mkdir()
    monkeypatch.setenv("DEFORESTATION_MODEL_DIR", str(empty))
    monkeypatch.setenv("DEFORESTATION_AUTO_DOWNLOAD", "0")

    def use(url, **variables):
        monkeypatch.setenv("DEFORESTATION_BACKEND", preferences.BACKEND_SERVER)
        monkeypatch.setenv("DEFORESTATION_SERVER_URL", url)
        for name, value in variables.items():
            monkeypatch.setenv(name, str(value))

    yield use
    ENGINES.clear()  # close the server engine's worker threads


@pytest.fixture
def stubs():
    servers = []
    yield lambda respond: servers.append(StubServer(respond)) or servers[-1]
    for server in servers:
        server.stop()


def features(path):
    layer = QgsVectorLayer(str(path), "result", "ogr")
    assert layer.isValid()
    return list(layer.getFeatures())


def probabilities(feature):
    values = [feature["prob_standing_forest"], feature["prob_recently_cleared"],
              feature["prob_long_term_non_forest"]]
    return None if any(v is None or str(v) == "NULL" for v in values) else values


def test_classify_through_a_llama_cpp_server(server_backend, llama_server, s2_raster,
                                             tmp_path):
    server_backend(llama_server.base_url, DEFORESTATION_REQUESTS_IN_FLIGHT=3)
    results = run({"INPUT": s2_raster, "OUTPUT": str(tmp_path / "out.gpkg")})
    tiles = features(results["OUTPUT"])
    assert len(tiles) == 6 and results["TILE_COUNT"] == 6
    for f in tiles:
        assert f["status"] == "CLASSIFIED" and f["class_label"] in CLASSES
        # llama_cpp.server's 20 log-probabilities at the label never list all three classes for
        # the tiny random model: no probabilities, stored as NULL.
        assert probabilities(f) is None
    assert sum(results[f"COUNT_{c}"] for c in CLASSES) == 6
    ds = ogr.Open(results["OUTPUT"])
    layer = ds.GetLayer(0)
    assert layer.GetMetadataItem("ENGINE") == "server"
    assert layer.GetMetadataItem("MODEL") == llama_server.base_url


def test_several_requests_in_flight_and_probabilities_during_a_run(server_backend, stubs,
                                                                  s2_raster, tmp_path):
    logprobs = {"content": [
        {"token": '{"class_label": "', "logprob": -0.01, "top_logprobs": []},
        {"token": "ST", "logprob": math.log(0.7), "top_logprobs": [
            {"token": "ST", "logprob": math.log(0.7)}, {"token": "RE", "logprob": math.log(0.2)},
            {"token": "LONG", "logprob": math.log(0.1)}]},
        {"token": 'ANDING_FOREST"}', "logprob": -0.01, "top_logprobs": []},
    ]}
    server = stubs(answering(canonical_answer("STANDING_FOREST"), delay_s=0.5,
                             logprobs=logprobs))
    server_backend(server.base_url, DEFORESTATION_REQUESTS_IN_FLIGHT=3)
    started = time.monotonic()
    results = run({"INPUT": s2_raster, "OUTPUT": str(tmp_path / "out.gpkg")})
    elapsed = time.monotonic() - started
    assert server.max_active == 3  # the pipeline kept three requests running
    assert len(server.completions()) == 6
    assert elapsed < 6 * 0.5 * 0.8  # not one tile after the other
    for f in features(results["OUTPUT"]):
        assert f["class_label"] == "STANDING_FOREST"
        assert probabilities(f) == pytest.approx([0.7, 0.2, 0.1])
        assert f["confidence"] == pytest.approx(0.7)
    # The RC threshold works on the server's probabilities too.
    again = run({"INPUT": s2_raster, "OUTPUT": str(tmp_path / "rc.gpkg"), "RC_THRESHOLD": 0.15})
    assert {f["class_label"] for f in features(again["OUTPUT"])} == {"RECENTLY_CLEARED"}


def test_unreachable_server_stops_the_run_with_a_clear_message(server_backend, s2_raster,
                                                                tmp_path):
    url = f"http://127.0.0.1:{free_port()}/v1"
    server_backend(url, DEFORESTATION_SERVER_RETRIES=0)
    started = time.monotonic()
    with pytest.raises(QgsProcessingException,
                       match=f"Cannot reach the model server at {url}.*DEFORESTATION_SERVER_URL"):
        run({"INPUT": s2_raster, "OUTPUT": str(tmp_path / "out.gpkg")})
    assert time.monotonic() - started < 5


def test_no_server_url_is_explained(server_backend, s2_raster, tmp_path, monkeypatch):
    server_backend("")
    monkeypatch.setenv("DEFORESTATION_BACKEND", preferences.BACKEND_SERVER)
    monkeypatch.delenv("DEFORESTATION_SERVER_URL", raising=False)
    stored = preferences.PlgSettings.load(apply_env=False)
    try:
        replace(stored, server_url="").save()  # whatever this profile has stored
        with pytest.raises(QgsProcessingException, match="no server URL is set"):
            run({"INPUT": s2_raster, "OUTPUT": str(tmp_path / "out.gpkg")})
    finally:
        stored.save()


def test_malformed_answers_mark_tiles_error_then_stop(server_backend, stubs, s2_raster,
                                                      tmp_path):
    server = stubs(answering("Looks like a forest to me."))
    server_backend(server.base_url, DEFORESTATION_REQUESTS_IN_FLIGHT=2)
    with pytest.raises(QgsProcessingException,
                       match="no valid label on 5 tiles in a row.*Looks like a forest"):
        run({"INPUT": s2_raster, "OUTPUT": str(tmp_path / "out.gpkg")})
    tiles = features(tmp_path / "out.gpkg")
    # The fifth error stops the run before it is written.
    assert len(tiles) == 4 and {f["status"] for f in tiles} == {"ERROR"}


def test_a_server_failing_mid_run_keeps_the_tiles_done(server_backend, stubs, s2_raster,
                                                       tmp_path):
    calls = []

    def respond(stub, path, body, headers):
        if path.endswith("/models"):
            return 200, {"data": [{"id": "m"}]}, None
        calls.append(path)
        if len(calls) > 3:
            return 503, {"error": "server going down"}, None
        return 200, {"choices": [{"message": {"content": canonical_answer("STANDING_FOREST")}}]}, \
            None

    server = stubs(respond)
    server_backend(server.base_url, DEFORESTATION_SERVER_RETRIES=0)
    with pytest.raises(QgsProcessingException,
                       match="HTTP 503.*server going down.*tiles done so far are saved"):
        run({"INPUT": s2_raster, "OUTPUT": str(tmp_path / "out.gpkg")})
    tiles = features(tmp_path / "out.gpkg")
    assert len(tiles) == 3 and {f["class_label"] for f in tiles} == {"STANDING_FOREST"}


class _Recording(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos = []

    def pushInfo(self, info):
        self.infos.append(info)
        super().pushInfo(info)


def test_a_pool_with_a_server_killed_mid_run_classifies_every_tile(server_backend, stubs,
                                                                   s2_raster, tmp_path,
                                                                   llama_server):
    """The real llama_cpp.server and a second server that goes away after its first answer
    (its socket closed, as a killed process's): every tile is classified, the log says which
    server answered how many."""
    import processing

    def respond_then_die(stub, path, body, headers):
        if path.endswith("/models"):
            return 200, {"data": [{"id": "m"}]}, None
        if len(stub.completions()) > 1:
            stub.server.socket.close()  # no more connections: refused from now on
            raise ConnectionResetError("killed")
        return 200, {"choices": [{"message": {"content": canonical_answer("STANDING_FOREST")}}]}, \
            None

    dying = stubs(respond_then_die)
    server_backend(f"{llama_server.base_url} {dying.base_url}",
                   DEFORESTATION_REQUESTS_IN_FLIGHT=1, DEFORESTATION_SERVER_LOGPROBS=0)
    feedback = _Recording()
    results = processing.run(ALG, {"INPUT": s2_raster, "OUTPUT": str(tmp_path / "out.gpkg")},
                             feedback=feedback)
    tiles = features(results["OUTPUT"])
    assert len(tiles) == 6
    assert all(f["status"] == "CLASSIFIED" and f["class_label"] in CLASSES for f in tiles)
    report = next(i for i in feedback.infos if i.startswith("Tiles per server:"))
    assert f"{dying.base_url}: 1 tiles, taken out of service 1 times" in report
    assert f"{llama_server.base_url}: 5 tiles" in report


def test_the_managed_local_server_classifies_and_stops_when_the_plugin_unloads(
        server_backend, monkeypatch, s2_raster, tmp_path, tiny_models, qgis_iface):
    """deforestation:classify with the managed local llama-server backend: the plugin starts
    the server (llama-server when found, else `python -m llama_cpp.server` standing in), the
    run classifies through it, and unloading the plugin stops it."""
    import sys

    from deforestation_classifier.core.inference import managed_server
    from deforestation_classifier.plugin import DeforestationClassifierPlugin

    from server_helpers import llama_server_missing

    binary = managed_server.find_llama_server()
    command = managed_server.llama_server_command
    if binary is None:
        if llama_server_missing():
            pytest.skip(llama_server_missing())
        binary, command = sys.executable, managed_server.llama_cpp_python_command
    servers = managed_server.ManagedServers(command)
    monkeypatch.setattr(managed_server, "MANAGED", servers)
    text, mmproj = tiny_models
    server_backend("")
    monkeypatch.setenv("DEFORESTATION_BACKEND", preferences.BACKEND_MANAGED)
    monkeypatch.setenv("DEFORESTATION_LLAMA_SERVER", binary)
    monkeypatch.setenv("DEFORESTATION_GPU_LAYERS", "0")
    results = run({"INPUT": s2_raster, "OUTPUT": str(tmp_path / "out.gpkg"),
                   "MODEL": str(text), "MMPROJ": str(mmproj)})
    tiles = features(results["OUTPUT"])
    assert len(tiles) == 6 and all(f["status"] == "CLASSIFIED" for f in tiles)
    ds = ogr.Open(results["OUTPUT"])
    assert ds.GetLayer(0).GetMetadataItem("MODEL") == text.name
    server = servers.current()
    assert server is not None and server.alive()
    plugin = DeforestationClassifierPlugin(qgis_iface)
    plugin.initGui()
    plugin.unload()
    assert not server.alive() and servers.current() is None
