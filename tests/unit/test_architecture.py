"""The layers of docs/ARCHITECTURE.md, checked on the source: which folder imports which."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# folder -> plugin folders it must never import
FORBIDDEN = {
    "core": {"ui", "processing_provider", "plugin"},
    "models": {"ui", "processing_provider", "plugin"},
    "toolbelt": {"ui", "processing_provider", "plugin"},
    "processing_provider": {"ui", "plugin"},
    "ui": {"processing_provider", "plugin"},
}


def plugin_imports(path: Path, root: Path = ROOT):
    """(line, plugin folder) for every import of a plugin folder in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    folder = path.relative_to(root).parts[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            # level 1 is the module's own folder; level 2 the package root (..core, ..ui)
            if node.level > 1:
                yield node.lineno, (node.module or "").split(".")[0]
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""]
            for name in names:
                parts = name.split(".")
                if parts[0] == "deforestation_classifier" and len(parts) > 1:
                    yield node.lineno, parts[1]


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_a_folder_does_not_climb_back_up_the_layers(folder):
    offences = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        for line, target in plugin_imports(path):
            if target in FORBIDDEN[folder]:
                offences.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    assert offences == []


def test_core_holds_no_widgets():
    offences = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "QtWidgets" in text or "qgis.gui" in text:
            offences.append(str(path.relative_to(ROOT)))
    assert offences == []


def test_the_checker_sees_a_forbidden_import(tmp_path):
    """The rule can fail: a module of processing_provider importing ui is reported."""
    (tmp_path / "processing_provider").mkdir()
    module = tmp_path / "processing_provider" / "x.py"
    module.write_text("from .base import A\nfrom ..ui.toolbar_flow import ToolbarFlow\n",
                      encoding="utf-8")
    assert list(plugin_imports(module, tmp_path)) == [(2, "ui")]
