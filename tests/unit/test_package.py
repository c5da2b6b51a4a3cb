"""make package: the plugin ZIP has the plugin's files and the compiled translations, nothing of
the development tree."""
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_zip_holds_the_plugin_and_its_compiled_translations(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"),
                             "--out", str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    (archive,) = tmp_path.glob("deforestation_classifier-*.zip")
    with zipfile.ZipFile(archive) as zipped:
        names = set(zipped.namelist())
        qm = zipped.read("deforestation_classifier/i18n/deforestation_classifier_pt_BR.qm")
    assert all(name.startswith("deforestation_classifier/") for name in names)
    for needed in ("metadata.txt", "__init__.py", "plugin.py", "toolbelt/i18n.py",
                   "i18n/deforestation_classifier_es.qm", "LICENSE"):
        assert f"deforestation_classifier/{needed}" in names
    assert not any(name.endswith(".ts") for name in names)
    for left_out in ("tests/", "scripts/", "requirements/", "docs/", "bench/", "Makefile",
                     ".flake8"):
        assert not any(name.startswith(f"deforestation_classifier/{left_out}") for name in names)
    # A compiled Qt translation: the .qm magic number, and the Portuguese text inside (UTF-16).
    assert qm[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    assert "Classificar desmatamento".encode("utf-16-be") in qm
