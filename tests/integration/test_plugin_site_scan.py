"""The plugin site's scan: bandit finds nothing of medium or high severity in the ZIP's files
(the set scripts/package.py packs), and it would find such a finding."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def package_python_files():
    listing = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--list"],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [name for name in listing.split() if name.endswith(".py")]


def bandit(paths, cwd):
    """bandit's JSON report of medium and high findings (-ll, as `make check` runs it)."""
    result = subprocess.run([sys.executable, "-m", "bandit", "-ll", "-q", "-f", "json", *paths],
                            cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_the_package_has_no_medium_or_high_finding():
    files = package_python_files()
    assert "plugin.py" in files and "scripts/package.py" not in files
    assert not any(name.startswith("tests/") for name in files)
    report = bandit(files, ROOT)
    assert not report["errors"]
    findings = [f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_severity']}"
                for r in report["results"] if r["issue_severity"] in ("MEDIUM", "HIGH")]
    assert findings == []
    assert report["metrics"]["_totals"]["loc"] > 5000  # it did scan the plugin


def test_the_scan_finds_sha1_and_sql_text(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import hashlib\n"
                      "def tile_key(data, table, cursor):\n"
                      "    cursor.execute('DELETE FROM ' + table + ' WHERE 1')\n"
                      "    return hashlib.sha1(data).hexdigest()\n", encoding="utf-8")
    report = bandit([sample.name], tmp_path)
    found = {(r["test_id"], r["issue_severity"]) for r in report["results"]}
    assert ("B324", "HIGH") in found  # sha1 without usedforsecurity=False
    assert ("B608", "MEDIUM") in found  # SQL built from a string
