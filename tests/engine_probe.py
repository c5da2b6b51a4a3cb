"""Run the plugin's local engine under another Python (another llama-cpp-python build) and print
what it did as JSON: tests/integration/test_vulkan_build.py compares a Vulkan build of
llama-cpp-python with the CPU build the tests run on.

    python tests/engine_probe.py '{"model": ..., "mmproj": ..., "layers": [0, -1], "chips": 6}'
    python tests/engine_probe.py --settings-page '{"model_dir": ...}'

The first form loads the engine (scoring by default) once per GPU setting through
core/inference/engines.py, as a run does, and classifies the same seeded chips; "layers" may
hold device_choice.AUTO_GPU_LAYERS. The second opens the settings page (QGIS, offscreen) on the
installed build and reports what it shows about GPU offload.
"""
import importlib.util
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "deforestation_classifier"


def register_package():
    spec = importlib.util.spec_from_file_location(
        PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)


class Feedback:
    def __init__(self):
        self.lines = []

    def pushInfo(self, text):  # noqa: N802  (QgsProcessingFeedback's name)
        self.lines.append(text)

    pushWarning = pushConsoleInfo = pushDebugInfo = reportError = pushInfo  # noqa: N815

    def isCanceled(self):  # noqa: N802
        return False


def probe_engine(request: dict) -> dict:
    import numpy as np

    from deforestation_classifier.core.inference import device_choice, engines
    from deforestation_classifier.core.inference.engine_types import EngineSettings
    from deforestation_classifier.core.inference.llama_runtime import import_llama_cpp

    llama_cpp = import_llama_cpp()
    status = device_choice.gpu_status(llama_cpp)
    rng = np.random.default_rng(request.get("seed", 0))
    chips = [rng.integers(0, 256, (100, 100, 3), dtype=np.uint8)
             for _ in range(request.get("chips", 6))]
    engine_class = engines.LOCAL_ENGINES[request.get("engine", engines.SCORING)]
    runs = []
    for layers in request["layers"]:
        settings = EngineSettings(model_path=Path(request["model"]),
                                  mmproj_path=Path(request["mmproj"]), n_threads=2,
                                  n_gpu_layers=layers)
        choice = engines.EngineChoice(engine_class, settings)
        feedback = Feedback()
        engine = engines.load_engine(choice, feedback)
        try:
            predictions = [engine.classify(chip) for chip in chips]
        finally:
            engine.close()
        runs.append({"layers": layers, "device": engines.describe(choice), "log": feedback.lines,
                     "labels": [p.label for p in predictions],
                     "probabilities": [p.probabilities for p in predictions]})
    return {"llama_cpp": llama_cpp.__file__, "backend": status.backend,
            "devices": list(status.devices), "reason": status.reason(), "runs": runs}


def probe_settings_page(request: dict) -> dict:
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    from deforestation_classifier import settings as preferences
    from deforestation_classifier.ui.settings_page import SettingsPage

    page = SettingsPage()
    page.load(preferences.PlgSettings(backend=preferences.BACKEND_LLAMA_CPP,
                                      model_dir=request["model_dir"]))
    return {"gpu_layers": page.gpu_layers.specialValueText(),
            "auto_enabled": page.gpu_auto.isEnabled(),
            "measurement": page.device_measurement.text()}


def main(argv):
    register_package()
    if argv[0] == "--settings-page":
        result = probe_settings_page(json.loads(argv[1]))
    else:
        result = probe_engine(json.loads(argv[0]))
    # The engine's native logs go to stderr; the answer is the last stdout line.
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # QGIS's teardown may crash after the answer (tests/qgis/conftest.py)


if __name__ == "__main__":
    main(sys.argv[1:])
