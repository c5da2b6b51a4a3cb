"""core/diagnostics.py and core/output/run_log.py: the report a user pastes (versions, backend,
model files with SHA-256, settings, the last run's log) never carries the home folder, the user
name or an API key. QGIS is kept out of the process (sys.modules), as on the command line."""
import dataclasses
import hashlib
import sys
from pathlib import Path

import pytest

from deforestation_classifier.core import diagnostics
from deforestation_classifier.core.inference import llama_runtime
from deforestation_classifier.core.output import run_log

KEY = "sk-live-4f9a1c2e7b"


@dataclasses.dataclass
class FakeFiles:
    text: Path
    mmproj: Path


@dataclasses.dataclass
class FakeSettings:
    """The PlgSettings surface the report reads (settings.py)."""
    model_dir: str = ""
    backend: str = "server"
    n_gpu_layers: int = -1
    server_url: str = ""
    server_authcfg: str = "abc1234"
    server_api_key_value: str = KEY
    overrides: dict = dataclasses.field(default_factory=dict)

    def model_files(self):
        folder = Path(self.model_dir)
        return FakeFiles(folder / "text.gguf", folder / "mmproj.gguf")

    def active_overrides(self):
        return dict(self.overrides)

    def server_api_key(self):
        return self.server_api_key_value

    def threads(self):
        return 2


class FakeLlama:
    """A llama-cpp-python whose build has a GPU backend and sees two devices."""

    @staticmethod
    def llama_supports_gpu_offload():
        return True


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "home" / "ana.silva"
    home.mkdir(parents=True)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    monkeypatch.setattr(diagnostics, "_user_name", lambda: "ana.silva")
    # No QGIS: the command line's case (qgis.core too: an earlier test may have imported it).
    for name in ("qgis", "qgis.core"):
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setattr(llama_runtime, "import_llama_cpp", lambda: FakeLlama)
    monkeypatch.setattr(llama_runtime, "compute_devices",
                        lambda llama: [("CPU", "AMD Ryzen 5"), ("GPU", "Radeon 780M (RADV)")])
    return home


def test_clean_replaces_home_user_and_secrets():
    text = ("/home/ana/models/a.gguf C:\\Users\\ana\\x https://bob:pw@host/v1?api_key=XYZ&n=1 "
            f"token={KEY} banana {KEY}")
    cleaned = diagnostics.clean(text, secrets=[KEY], home="/home/ana", user="ana")
    assert cleaned == ("~/models/a.gguf C:\\Users\\<user>\\x https://<redacted>@host/v1?"
                       "api_key=<redacted>&n=1 token=<redacted> banana <redacted>")


def test_the_report_has_versions_devices_models_settings_and_log(home, tmp_path):
    models = home / "models"
    models.mkdir()
    (models / "text.gguf").write_bytes(b"GGUF text")
    (models / "mmproj.gguf").write_bytes(b"GGUF projector")
    log = tmp_path / "last_run.log"
    log.write_text("".join(f"line {i} from {home}\n" for i in range(100)), encoding="utf-8")
    settings = FakeSettings(
        model_dir=str(models), server_url=f"https://ana.silva:{KEY}@example.org/v1?key={KEY}",
        overrides={"DEFORESTATION_SERVER_API_KEY": KEY, "DEFORESTATION_THREADS": "2"})
    text = diagnostics.report(settings, log_path=log)

    for heading in ("## Versions", "## Backend and devices", "## Model files", "## Settings",
                    "## Last run's log"):
        assert heading in text
    assert f"| Python | {sys.version.split()[0]} (" in text
    assert "| numpy |" in text and "| GDAL |" in text and "| llama-cpp-python |" in text
    assert "| QGIS | not available" in text
    assert "| GPU backend in this build | yes |" in text
    assert "| Device 1 | GPU: Radeon 780M (RADV) |" in text
    assert "| Last device measurement | none |" in text
    assert hashlib.sha256(b"GGUF text").hexdigest() in text
    assert hashlib.sha256(b"GGUF projector").hexdigest() in text
    assert "| text model | ~/models/text.gguf | 9 bytes |" in text
    assert "| $DEFORESTATION_SERVER_API_KEY | set, not shown |" in text
    assert "| server_authcfg | 'abc1234' |" in text
    assert "line 99 from ~" in text and "line 60 from ~" in text and "line 59 " not in text
    # Never the home folder, the user name or the key.
    assert str(home) not in text and "ana.silva" not in text and KEY not in text


def test_a_failing_section_is_reported_and_the_rest_still_comes(home, tmp_path, monkeypatch):
    def broken(settings):
        raise OSError("disk gone")

    monkeypatch.setattr(diagnostics, "model_rows", broken)
    text = diagnostics.report(FakeSettings(model_dir=str(tmp_path)), log_path=tmp_path / "no")
    assert "| error | OSError: disk gone |  |  |" in text
    assert "## Settings" in text and "No run logged yet" in text


class Feedback:
    def __init__(self):
        self.seen = []

    def pushInfo(self, text):  # noqa: N802 (QgsProcessingFeedback's names)
        self.seen.append(("info", text))

    def pushWarning(self, text):  # noqa: N802
        self.seen.append(("warning", text))

    def isCanceled(self):  # noqa: N802
        return False


def test_the_run_log_records_what_the_feedback_gets(tmp_path):
    feedback = Feedback()
    path = tmp_path / "logs" / "last_run.log"
    recorder = run_log.recording(feedback, path)
    recorder.pushInfo("12 tiles")
    recorder.pushWarning("a cloud")
    recorder.record("ERROR", "The run stopped: RunError: no model")
    assert recorder.isCanceled() is False
    assert not hasattr(recorder, "setProgressText")  # what feedback lacks, the recorder lacks
    recorder.close()
    assert feedback.seen == [("info", "12 tiles"), ("warning", "a cloud")]
    lines = run_log.log_tail(path)
    assert [line.split(" ", 2)[2] for line in lines] == [
        "INFO 12 tiles", "WARNING a cloud", "ERROR The run stopped: RunError: no model"]


def test_an_unwritable_log_never_stops_the_run(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    feedback = Feedback()
    recorder = run_log.recording(feedback, blocker / "sub" / "last_run.log")
    recorder.pushInfo("still told")
    recorder.close()
    assert feedback.seen == [("info", "still told")]


def test_the_run_log_path_can_be_chosen(tmp_path):
    assert run_log.run_log_path({"DEFORESTATION_RUN_LOG": str(tmp_path / "x.log")}) == \
        tmp_path / "x.log"
