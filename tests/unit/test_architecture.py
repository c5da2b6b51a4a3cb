"""The layers of docs/ARCHITECTURE.md, checked on the source: which folder and which core
subpackage imports which, toolbelt a leaf, core's fetch/imagery/inference free of QGIS, and the
sizes a newcomer can read."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "deforestation_classifier"
TOP_MODULES = {"plugin", "settings", "errors"}
# folder (or root module) -> parts of the plugin it must never import
FORBIDDEN = {
    "core": {"ui", "processing_provider", "plugin", "settings", "installer"},
    "models": {"core", "ui", "processing_provider", "plugin", "settings", "installer"},
    "installer": {"ui", "processing_provider", "plugin", "settings"},
    "toolbelt": {"core", "models", "ui", "processing_provider", "plugin", "settings",
                 "installer"},
    "processing_provider": {"ui", "plugin"},
    "ui": {"processing_provider", "plugin"},
    "settings": {"ui", "processing_provider", "plugin"},
    "errors": {"core", "models", "toolbelt", "ui", "processing_provider", "plugin", "settings",
               "installer"},
    # The command line and the cluster runs (pip install .): the same core, without QGIS.
    "cli": {"ui", "processing_provider", "plugin", "settings", "installer"},
}
# core subpackage (or core top module) -> the core parts it may import. The data flows one way:
# imagery -> inference -> output -> review -> alerts; the run and the pipeline sit on top.
CORE_ALLOWED = {
    "vocabulary": set(),
    "imagery": {"vocabulary"},
    "fetch": {"vocabulary", "imagery"},
    "inference": {"vocabulary", "imagery"},
    "output": {"vocabulary", "imagery"},
    "review": {"vocabulary", "imagery", "output"},
    "alerts": {"vocabulary", "imagery", "output", "review"},
    "evaluation": {"vocabulary", "imagery"},
    "pipeline": {"vocabulary", "imagery", "inference"},
}
QGIS_FREE = ("core/imagery", "core/fetch", "core/inference", "core/vocabulary.py", "errors.py")
MAX_LINES = 450
MAX_CORE_TOP_MODULES = 8


def _resolve(path: Path, node, root: Path):
    """The absolute dotted name (inside the plugin) an import names, or None outside it."""
    if isinstance(node, ast.ImportFrom) and node.level:
        parts = list(path.relative_to(root).with_suffix("").parts)
        base = parts[:len(parts) - node.level]
        return [".".join(base + ([node.module] if node.module else []))]
    names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
    return [n[len(PACKAGE) + 1:] for n in names if n.startswith(PACKAGE + ".")]


def plugin_imports(path: Path, root: Path = ROOT):
    """(line, dotted plugin module) for every import of the plugin in a module, lazy ones too."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for name in _resolve(path, node, root) or []:
                if name:
                    yield node.lineno, name


def _part(dotted: str) -> str:
    return dotted.split(".")[0]


def _core_part(dotted: str) -> str:
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 else ""


def _sources(folder: str):
    target = ROOT / folder
    return [target] if target.suffix == ".py" else sorted(target.rglob("*.py"))


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_a_part_does_not_climb_back_up_the_layers(part):
    offences = []
    for path in _sources(part if part not in TOP_MODULES else f"{part}.py"):
        for line, target in plugin_imports(path):
            if _part(target) in FORBIDDEN[part]:
                offences.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    assert offences == []


def test_core_subpackages_import_only_the_layers_below():
    offences = []
    for path in _sources("core"):
        own = _core_part(".".join(path.relative_to(ROOT).with_suffix("").parts))
        if own not in CORE_ALLOWED:
            continue  # run and the package itself may use every subpackage
        for line, target in plugin_imports(path):
            other = _core_part(target)
            if _part(target) == "core" and other and other != own \
                    and other not in CORE_ALLOWED[own]:
                offences.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
    assert offences == []


def test_imagery_fetch_and_inference_are_free_of_qgis():
    offences = []
    for folder in QGIS_FREE:
        for path in _sources(folder):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                         [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                if any(n == "qgis" or n.startswith("qgis.") for n in names):
                    offences.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offences == []


def test_every_error_of_the_plugin_is_one_of_the_hierarchy():
    """A module's own exception derives from a kind of errors.py, so that a face catches
    DeforestationError and never a programming error (docs/ARCHITECTURE.md, "Errors")."""
    kinds = {"DeforestationError", "InputError", "OutputError", "ModelError", "EngineError",
             "FetchError", "ReviewError", "RunError"}
    ours = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if parts[0] in ("tests", "bench", "scripts", "build") or parts[0].startswith("."):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name.endswith(("Error", "Address")):
                bases = [b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "")
                         for b in node.bases]
                ours[f"{path.relative_to(ROOT)}:{node.name}"] = bases
    defined = {key.split(":")[1] for key in ours}
    stray = {key: bases for key, bases in ours.items()
             if not any(b in kinds or b in defined for b in bases)
             and key != "errors.py:DeforestationError"}
    assert len(ours) > 20 and stray == {}


def test_the_command_line_imports_no_qgis_at_module_level():
    """`deforestation` runs where QGIS is not installed (docs/SCALING.md): a QGIS import may
    only be lazy, inside a function that runs in QGIS (cli/style_files.py)."""
    offences = []
    for path in _sources("cli"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n == "qgis" or n.startswith("qgis.") for n in names):
                offences.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offences == []


def test_core_holds_no_widgets():
    offences = [str(p.relative_to(ROOT)) for p in _sources("core")
                if "QtWidgets" in p.read_text(encoding="utf-8")
                or "qgis.gui" in p.read_text(encoding="utf-8")]
    assert offences == []


def test_core_top_level_holds_few_modules():
    modules = sorted(p.name for p in (ROOT / "core").glob("*.py"))
    assert len(modules) <= MAX_CORE_TOP_MODULES, modules


def test_no_plugin_module_is_too_long_to_read():
    skip = {"tests", "bench", "scripts", "build", "dist"}
    long = [f"{p.relative_to(ROOT)}: {n}" for p in sorted(ROOT.rglob("*.py"))
            if not skip & set(p.relative_to(ROOT).parts) and not p.relative_to(ROOT).parts[0]
            .startswith(".")
            for n in [len(p.read_text(encoding="utf-8").splitlines())] if n > MAX_LINES]
    assert long == []


def test_the_checker_sees_a_forbidden_import(tmp_path):
    """The rules can fail: a provider module importing ui, and imagery importing review."""
    (tmp_path / "processing_provider").mkdir()
    module = tmp_path / "processing_provider" / "x.py"
    module.write_text("from .base import A\nfrom ..ui.toolbar_flow import ToolbarFlow\n",
                      encoding="utf-8")
    assert list(plugin_imports(module, tmp_path)) == [(1, "processing_provider.base"),
                                                      (2, "ui.toolbar_flow")]
    (tmp_path / "core" / "imagery").mkdir(parents=True)
    module = tmp_path / "core" / "imagery" / "y.py"
    module.write_text("def f():\n    from ..review.queue import TileRecord\n", encoding="utf-8")
    assert list(plugin_imports(module, tmp_path)) == [(2, "core.review.queue")]
    assert "review" not in CORE_ALLOWED["imagery"]
