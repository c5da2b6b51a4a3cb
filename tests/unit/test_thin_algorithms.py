"""The Processing algorithms stay thin faces over core/: a processAlgorithm reads its parameters,
makes one core call and returns the results, and their help lives in one table
(processing_provider/help.py). Read with ast: no QGIS needed."""
import ast
from pathlib import Path

import pytest

from deforestation_classifier.processing_provider.help import HELP

ROOT = Path(__file__).resolve().parents[2]
PROVIDER = ROOT / "processing_provider"
MAX_PROCESS_LINES = 40


def algorithm_classes():
    """(path, class node, ALGORITHM_NAME) of every algorithm class of the provider."""
    found = []
    for path in sorted(PROVIDER.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for item in node.body:
                if isinstance(item, ast.Assign) and any(
                        getattr(t, "id", "") == "ALGORITHM_NAME" for t in item.targets) \
                        and isinstance(item.value, ast.Constant) and item.value.value:
                    found.append((path, node, item.value.value))
    return found


ALGORITHMS = algorithm_classes()


def methods(klass, name):
    return [item for item in klass.body if isinstance(item, ast.FunctionDef)
            and item.name == name]


def test_every_algorithm_is_found():
    assert {name for _p, _k, name in ALGORITHMS} == {
        "alert_report", "classify", "compare", "diagnostics", "evaluate", "fetch_sentinel2",
        "hansen_labels", "relabel", "stack_bands", "field_package", "field_merge",
        "offline_bundle"}


@pytest.mark.parametrize("path, klass, name", ALGORITHMS, ids=[a[2] for a in ALGORITHMS])
def test_process_algorithm_is_at_most_40_lines(path, klass, name):
    (process,) = methods(klass, "processAlgorithm")
    lines = process.end_lineno - process.lineno + 1
    assert lines <= MAX_PROCESS_LINES, (
        f"{path.name}: processAlgorithm of {name} has {lines} lines; move the work into core/ "
        "and keep parameters in, one core call, results out")


@pytest.mark.parametrize("path, klass, name", ALGORITHMS, ids=[a[2] for a in ALGORITHMS])
def test_help_comes_from_the_table(path, klass, name):
    assert name in HELP, f"processing_provider/help.py has no help for {name}"
    assert not methods(klass, "shortHelpString"), f"{name}: the summary belongs in help.py"
    for node in ast.walk(klass):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "_add":
            assert len(node.args) == 1, (
                f"{path.name}:{node.lineno}: the parameter's help text belongs in help.py")


def test_help_texts_are_plain_text_the_dialog_can_show():
    """The dialog renders the summary and the tooltips as HTML: a '<' would swallow text."""
    assert set(HELP) == {name for _p, _k, name in ALGORITHMS}
    for name, entry in HELP.items():
        texts = [entry.summary, *entry.parameters.values()]
        for text in texts:
            assert text.strip() and "<" not in text, (name, text[:60])
        assert all(key.isupper() for key in entry.parameters), name


class Parameter:
    """What short_help() reads of a QgsProcessingParameterDefinition."""

    def __init__(self, name, description, help_text):
        self._values = (name, description, help_text)

    def name(self):
        return self._values[0]

    def description(self):
        return self._values[1]

    def help(self):  # noqa: A003 (QGIS's name)
        return self._values[2]


def test_the_help_panel_table_is_one_escaped_line_after_the_summary():
    from deforestation_classifier.processing_provider.help import short_help

    text = short_help("stack_bands", lambda s: s.upper(), [
        Parameter("INPUT", "Folder <of> files", "Bands & more"),
        Parameter("HIDDEN", "No help", "")])
    table = text.split("\n\n")[-1]
    assert text.startswith(HELP["stack_bands"].summary.upper())
    assert table == (
        '<table border="1" cellspacing="0" cellpadding="3"><tr><th>PARAMETER</th>'
        "<th>DESCRIPTION</th></tr><tr><td><b>Folder &lt;of&gt; files</b><br>INPUT</td>"
        "<td>Bands &amp; more</td></tr></table>")
    assert short_help("stack_bands", str, []) == HELP["stack_bands"].summary
