"""i18n/*.ts hold every translated literal of the source, in the context it is looked up in,
with Portuguese (pt_BR) and Spanish (es) translations that keep the placeholders."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n_update  # noqa: E402

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def ts_path(language):
    return i18n_update.TS.with_name(i18n_update.TS.name.format(language))


def test_the_ts_files_hold_every_message_of_the_source():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n_update.py"), "--check"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, (
        "run `python scripts/i18n_update.py` and translate the new messages:\n" + result.stdout)


def test_contexts_are_those_looked_up_at_run_time():
    found = {(context, text) for context, text, _f, _l in i18n_update.extract()}
    # plugin.py's tr() helper, QObject.tr of a widget, the algorithms' one context, and a
    # help text passed to the base algorithm's _add().
    assert ("DeforestationClassifierPlugin", "Classify deforestation (1 km tiles)") in found
    assert ("DecisionBar", "Confirm the model's label") in found
    assert ("deforestation", "Classify deforestation (1 km tiles)") in found
    assert ("deforestation", "Tiles of the later date") in found
    assert ("DeforestationProvider", "Deforestation Classifier") in found


def test_the_help_table_is_extracted_in_the_algorithms_context():
    """processing_provider/help.py: every summary and parameter help text (marked with
    help_text()) in the context the algorithms' tr looks it up in."""
    from deforestation_classifier.processing_provider.help import HELP

    found = {(context, text) for context, text, _f, _l in i18n_update.extract()}
    texts = [text for entry in HELP.values()
             for text in (entry.summary, *entry.parameters.values())]
    assert len(texts) > 50
    for text in texts:
        assert ("deforestation", text) in found, text[:60]
    assert ("deforestation", "Parameter") in found  # the help panel's table heading


@pytest.mark.parametrize("language", i18n_update.LANGUAGES)
def test_translations_are_there_and_keep_their_placeholders(language):
    known = i18n_update.read_ts(ts_path(language))
    assert known
    done = {key: text for key, text in known.items() if text}
    assert len(done) >= 0.9 * len(known)
    for (context, source), text in done.items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
        assert source.count("\n") == text.count("\n"), source
    # The words a user sees first.
    first = {"pt_BR": "Classificar desmatamento (quadrículas de 1 km)",
             "es": "Clasificar deforestación (teselas de 1 km)",
             "fr": "Classer la déforestation (tuiles de 1 km)",
             "id": "Klasifikasikan deforestasi (petak 1 km)"}[language]
    assert done[("DeforestationClassifierPlugin", "Classify deforestation (1 km tiles)")] == first


def test_a_message_that_leaves_the_source_keeps_its_translation_for_when_it_comes_back(
        tmp_path, monkeypatch):
    """Moved to a module not yet tracked, a message vanishes from the .ts with its translation
    kept (as lupdate keeps it); back in the source, it is translated again."""
    monkeypatch.setattr(i18n_update, "TS", tmp_path / "plugin_{}.ts")
    here = [("deforestation", "Tiles", "a.py", 1), ("deforestation", "Moved", "a.py", 2)]
    monkeypatch.setattr(i18n_update, "extract", lambda: here)
    assert i18n_update.main([]) == 0
    path = ts_path("es")
    known = i18n_update.read_ts(path)
    i18n_update.write_ts(path, "es", here, {**known, ("deforestation", "Tiles"): "Teselas",
                                            ("deforestation", "Moved"): "Movido"})
    here.pop()
    assert i18n_update.main([]) == 0
    assert i18n_update.read_ts(path) == {("deforestation", "Tiles"): "Teselas"}
    assert i18n_update.read_ts(path, vanished=True) == {("deforestation", "Moved"): "Movido"}
    here.append(("deforestation", "Moved", "b.py", 9))
    assert i18n_update.main(["--check"]) == 1  # back in the source, not yet in the .ts
    assert i18n_update.main([]) == 0
    assert i18n_update.read_ts(path)[("deforestation", "Moved")] == "Movido"
    assert i18n_update.read_ts(path, vanished=True) == {}
    here.pop()
    assert i18n_update.main(["--drop-vanished"]) == 0
    assert i18n_update.read_ts(path, vanished=True) == {}
