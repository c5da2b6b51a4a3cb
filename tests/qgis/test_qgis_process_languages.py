"""deforestation:fetch_sentinel2 then deforestation:classify through qgis_process in Portuguese,
Spanish, French and Indonesian (QGIS's locale/userLocale, as the desktop writes it): no line of
their log is left in English.

The plugin is installed as `make package` ships it: its files (scripts/package.py) with the .ts
compiled by lrelease into i18n/*.qm, in a plugins folder of a throwaway profile.
"""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_fetch_sentinel2 import EXTENT, earth_search  # noqa: F401 (fixture)
from test_qgis_process import QGIS_PROCESS, venv_site_packages

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from package import compile_translations, plugin_files  # noqa: E402

LANGUAGES = ("pt_BR", "es", "fr", "id")

# Words that are English and no word of the four languages (model, server, log and grid are
# Indonesian too) (nor of an identifier: identifiers,
# paths, addresses and numbers are removed first). Two of them in a line make it English.
ENGLISH = set("""the of and is are was were from with into over which this that these those
has have had been will would could should cannot can't not only each every than then when
where while after before until about above below between tiles tile written found loaded
loading starting running searching copying fetched classified cancelled
bands values scene cloud output input engine device chips chip
requests flight used using give choose check set run again see""".split())
NOT_WORDS = re.compile(
    r"\S+://\S+"                       # addresses
    r"|(?:[A-Za-z]:)?[\w.~-]*[/\\][\w./\\~-]*"  # paths
    r"|\b[A-Z0-9]+(?:_[A-Z0-9]+)+\b"  # RECENTLY_CLEARED, START_DATE
    r"|\b[A-Z]{2,}\b"                 # CLASSIFIED, CPU, SCL
    r"|\b\w+_\w+\b"                    # class_label, fields, item ids
    r"|\b[\w-]+\.\w{2,5}\b"            # file names
    r"|[\d.,:%+-]+")


def english_words(line: str) -> list:
    words = re.findall(r"[A-Za-z']+", NOT_WORDS.sub(" ", line))
    return [w for w in words if w.lower() in ENGLISH]


def test_the_english_detector():
    assert english_words("Searching sentinel-2-l2a at http://127.0.0.1:8000 from 2024-06-01")
    assert len(english_words("8 tiles of 1 km in EPSG:32721; bands NIR=1, Red=2.")) >= 2
    assert len(english_words("Buscando sentinel-2-l2a em http://x/y de 2024-06-01 a 2024")) == 0
    assert len(english_words("Copiando nir para /tmp/the_model/s2_nir.vrt (item_ids)")) == 0
    assert len(english_words("CPU AMD EPYC, 2 threads. RECENTLY_CLEARED: 8, CLASSIFIED: 8")) == 0


@pytest.fixture(scope="module")
def packaged_plugins(tmp_path_factory):
    """A plugins folder holding the plugin as the ZIP does, translations compiled."""
    if not shutil.which(QGIS_PROCESS):
        pytest.skip(f"{QGIS_PROCESS} not found (install the Debian package qgis)")
    plugins = tmp_path_factory.mktemp("plugins")
    target = plugins / "deforestation_classifier"
    for name in plugin_files():
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    (target / "i18n").mkdir(exist_ok=True)
    compiled = compile_translations(target / "i18n")
    assert len(compiled) == len(LANGUAGES)
    return plugins


def _env(home: Path, plugins: Path, language: str) -> dict:
    import os

    profile = home / ".local/share/QGIS/QGIS3/profiles/default/QGIS"
    profile.mkdir(parents=True)
    # What QGIS writes for a chosen language (Settings > Options > General > Override).
    (profile / "QGIS3.ini").write_text(
        f"[locale]\noverrideFlag=true\nuserLocale={language}\nglobalLocale={language}\n",
        encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "LC_", "LANG"))}
    runtime = home / "runtime"  # else Qt's own English warning about XDG_RUNTIME_DIR
    runtime.mkdir(mode=0o700)
    env.update(HOME=str(home), QGIS_PLUGINPATH=str(plugins), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=venv_site_packages(), LANG=f"{language}.UTF-8",
               XDG_RUNTIME_DIR=str(runtime))
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "deforestation_classifier"], env=env,
                   capture_output=True, timeout=120)
    return env


def _run(env, algorithm, *params):
    proc = subprocess.run([QGIS_PROCESS, "run", algorithm, "--", *params], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return proc.stdout + proc.stderr


QGIS_OWN = re.compile(r"^(-+|Inputs|Results|[A-Z][A-Z0-9_]*:\t.*|QStandardPaths: .*"
                      r"|<string>:\d+: DeprecationWarning: .*)$")


def _plugin_lines(output: str) -> list:
    """The log lines the algorithms wrote, without qgis_process's own (its section titles, the
    parameters and results it lists, Qt's and Python's warnings): QGIS's words are QGIS's
    translation's, not the plugin's."""
    lines = [line.strip() for line in output.splitlines()]
    return [line for line in lines if line and not QGIS_OWN.match(line)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_fetch_and_classify_speak_the_language_of_qgis(language, packaged_plugins,
                                                       earth_search, tiny_models,  # noqa: F811
                                                       tmp_path):
    url, _catalog, _chosen = earth_search
    env = _env(tmp_path / "home", packaged_plugins, language)
    fetched = _run(env, "deforestation:fetch_sentinel2", f"EXTENT={EXTENT}",
                   "START_DATE=2024-06-01", "END_DATE=2024-09-30", f"STAC_URL={url}",
                   f"OUTPUT={tmp_path / 's2.vrt'}")
    classified = _run(env, "deforestation:classify", f"INPUT={tmp_path / 's2.vrt'}",
                      f"MODEL={tiny_models[0]}", f"MMPROJ={tiny_models[1]}",
                      f"OUTPUT={tmp_path / 'out.gpkg'}")
    lines = _plugin_lines(fetched) + _plugin_lines(classified)
    assert len(lines) >= 10, fetched + classified
    english = [line for line in lines if len(english_words(line)) >= 2]
    assert not english, f"{language}: {len(english)} of {len(lines)} lines in English:\n" + \
        "\n".join(english)
