"""The diagnostics report: what a user pastes when something goes wrong, in Markdown.

One text for every face: `deforestation:diagnostics` writes it to a file, "Copy diagnostics"
(the settings page, the dependency dialog) puts it on the clipboard. No widgets here.

It holds the versions (plugin, QGIS, Qt, Python, GDAL, numpy, llama-cpp-python), the backend
and the compute devices llama.cpp sees (and the last device measurement), the model files with
their sizes and SHA-256, the settings, and the last lines of the last run's log
(core/output/run_log.py). Before it is returned the text is cleaned: the home folder becomes
`~`, the user name `<user>`, and no API key is ever in it (the server key is not read into it;
its value, should it appear anywhere, and any key=, token= or password= in an address are
replaced by `<redacted>`).

`settings` is the plugin's PlgSettings (settings.py), taken as it comes: its fields, its
model_files(), active_overrides() and server_api_key().
"""
import dataclasses
import getpass
import os
import platform
import re
import sys
import time
from pathlib import Path

from .output import run_log
from .run_settings import plugin_version

REDACTED = "<redacted>"
# Names of settings and variables whose value is never shown.
_SECRET_NAME = re.compile(r"(api[_-]?key|token|secret|password|passwd)", re.IGNORECASE)
# key=..., token=..., password=... in an address or a command line; user:password@ in a URL.
_SECRET_IN_TEXT = re.compile(
    r"(?i)((?:api[_-]?key|key|token|access_token|secret|password|passwd)=)[^&\s\"']+")
_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@]+@")
LOG_LINES = 40


def _version(module_name, attribute="__version__"):
    try:
        module = __import__(module_name, fromlist=["_"])
    except Exception as exc:  # noqa: BLE001 (a broken install is exactly what is reported)
        return f"not available ({type(exc).__name__}: {exc})"
    return str(getattr(module, attribute, "unknown"))


def _distribution_version(name):
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def versions() -> list:
    """[(name, version)] of what the plugin runs on."""
    rows = [("Deforestation Classifier", plugin_version())]
    try:
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import PYQT_VERSION_STR, QT_VERSION_STR

        rows += [("QGIS", f"{Qgis.QGIS_VERSION} ({Qgis.QGIS_VERSION_INT})"),
                 ("Qt", QT_VERSION_STR), ("PyQt", PYQT_VERSION_STR)]
    except ImportError:
        rows.append(("QGIS", "not available (no qgis module: the command line)"))
    rows += [("Python", f"{platform.python_version()} ({sys.executable})"),
             ("Operating system", f"{platform.platform()} ({platform.machine()})"),
             ("GDAL", _version("osgeo.gdal")),
             ("numpy", _version("numpy")),
             ("llama-cpp-python", _distribution_version("llama-cpp-python"))]
    return rows


def backend_rows(settings) -> list:
    """[(name, value)] of the backend and of the devices the installed llama.cpp sees."""
    from .inference import device_choice, llama_runtime

    rows = [("Backend", settings.backend),
            ("GPU offload (layers; -1 all)", str(settings.n_gpu_layers)),
            ("Threads", str(settings.threads()))]
    try:
        llama_cpp = llama_runtime.import_llama_cpp()
    except llama_runtime.MissingDependencyError:
        return rows + [("llama.cpp", "llama-cpp-python is not installed")]
    except Exception as exc:  # noqa: BLE001 (a library that fails to load is worth reporting)
        return rows + [("llama.cpp", f"fails to load: {type(exc).__name__}: {exc}")]
    status = device_choice.gpu_status(llama_cpp)
    rows.append(("GPU backend in this build",
                 (", ".join(status.backends) or "yes") if status.backend else "no (CPU only)"))
    devices = llama_runtime.compute_devices(llama_cpp)
    rows += [(f"Device {index}", f"{kind}: {description}")
             for index, (kind, description) in enumerate(devices)] or \
        [("Devices", "not readable from this build")]
    if not status.usable:
        rows.append(("GPU", status.reason()))
    record = device_choice.read_record(settings.model_files().text)
    rows.append(("Last device measurement", device_choice.describe_record(record) or "none"))
    return rows


def _sha256(path: Path) -> str:
    """From the folder's trust record when the file is unchanged since (models/trust.py);
    computed otherwise (a few seconds for the model pair, once per process)."""
    from ..models import trust
    from ..models.verify import file_sha256

    try:
        entry = trust.entry_for(path)
        if entry is not None and trust.unchanged_since_record(entry, path.stat()):
            return f"{entry['sha256']} (trust record)"
    except Exception:  # noqa: BLE001 (a damaged record: hash the file itself)
        pass
    return file_sha256(path)


def model_rows(settings) -> list:
    """[(role, path, size, sha256)] of the configured model pair and the folder's other GGUF
    files."""
    files = settings.model_files()
    chosen = [("text model", files.text), ("vision projector", files.mmproj)]
    folder = files.text.parent
    seen = {Path(p).resolve() for _, p in chosen if p}
    if folder.is_dir():
        chosen += [("other", p) for p in sorted(folder.glob("*.gguf"))
                   if p.resolve() not in seen]
    rows = []
    for role, path in chosen:
        path = Path(path)
        if not path.is_file():
            rows.append((role, str(path), "missing", ""))
            continue
        try:
            rows.append((role, str(path), f"{path.stat().st_size:,} bytes", _sha256(path)))
        except OSError as exc:
            rows.append((role, str(path), "unreadable", str(exc)))
    return rows


def settings_rows(settings) -> list:
    """[(name, value)] of every setting and of the environment variables overriding them;
    a secret's value is never read into the report."""
    rows = []
    for field in dataclasses.fields(settings):
        value = getattr(settings, field.name)
        rows.append((field.name, REDACTED if _SECRET_NAME.search(field.name) and value
                     else repr(value)))
    for name, value in sorted(settings.active_overrides().items()):
        rows.append((f"${name}", "set, not shown" if _SECRET_NAME.search(name) else value))
    return rows


def _table(header, rows) -> list:
    def cell(value):
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]


def report(settings, log_path=None, log_lines=LOG_LINES) -> str:
    """The report as Markdown, cleaned (clean())."""
    lines = ["# Deforestation Classifier diagnostics", "",
             f"Written {time.strftime('%Y-%m-%d %H:%M:%S %z')}. Home folder shown as `~`, user "
             "name as `<user>`; no API key is included.", "",
             "## Versions", "", *_table(("Component", "Version"), versions()), "",
             "## Backend and devices", "",
             *_table(("Item", "Value"), _safely(backend_rows, settings)), "",
             "## Model files", "",
             *_table(("Role", "Path", "Size", "SHA-256"), _safely(model_rows, settings, 4)), "",
             "## Settings", "", *_table(("Setting", "Value"), _safely(settings_rows, settings)), "",
             "## Last run's log", ""]
    tail = run_log.log_tail(log_path, log_lines)
    where = log_path or run_log.run_log_path()
    lines += ([f"Last {len(tail)} lines of `{where}`:", "", "```", *tail, "```"] if tail
              else [f"No run logged yet (`{where}`)."])
    try:
        secrets = [settings.server_api_key()]
    except Exception:  # noqa: BLE001 (an unreadable key cannot leak either)
        secrets = []
    return clean("\n".join(lines) + "\n", secrets=secrets)


def _safely(gather, settings, width=2) -> list:
    """A section that fails is reported as such; the rest of the report still comes."""
    try:
        return gather(settings)
    except Exception as exc:  # noqa: BLE001 (diagnostics must not fail where things are broken)
        return [("error", f"{type(exc).__name__}: {exc}", *[""] * (width - 2))]


def clean(text: str, secrets=(), home=None, user=None) -> str:
    """`text` with secrets as <redacted>, the home folder as ~ and the user name as <user>."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    text = _SECRET_IN_TEXT.sub(lambda m: m.group(1) + REDACTED, text)
    text = _URL_CREDENTIALS.sub(lambda m: m.group(1) + REDACTED + "@", text)
    home = str(home if home is not None else Path.home())
    if len(home) > 1:
        for form in {home, home.replace("\\", "/"), home.replace("/", "\\")}:
            text = text.replace(form, "~")
    user = user if user is not None else _user_name()
    if user:
        flags = re.IGNORECASE if os.name == "nt" else 0
        text = re.sub(rf"(?<![\w-]){re.escape(user)}(?![\w-])", "<user>", text, flags=flags)
    return text


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 (no user name from the environment nor the system)
        return ""
