"""Qt6 (QGIS 4) check of the plugin's modules: reports what breaks under PyQt6, and tr() misuse.

Run with a Python that has PyQt6 installed (requirements/dev.txt) and not PyQt5 loaded: the enum
homes are read from PyQt6 itself, the way QGIS's scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py finds
them (every enum class of every PyQt6 class, member name -> Class.Enum.member). Nothing is
imported from the plugin: each module is parsed with ast, so the check runs without QGIS.

    python scripts/qt6_check.py [paths...]     # default: every module that goes into the ZIP

Exit status 1 and one line per finding (path:line: message) when something is found.
A line may carry `# qt6-check: ok (<why>)` for code that only runs on Qt5 (a guarded fallback).
"""
import ast
import enum
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The PyQt6 modules a QGIS plugin can reach through qgis.PyQt.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSql", "QtSvg", "QtXml",
              "QtPrintSupport", "QtTest")
# Moved from QtWidgets to QtGui in Qt6.
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoGroup",
                  "QUndoStack", "QFileSystemModel"}
# Classes that are gone in Qt6, with their replacement.
REMOVED = {
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QScreen (QGuiApplication.primaryScreen())",
}
# QVariant.Type names: PyQt6 has no QVariant.Type, QgsField takes QMetaType.Type on QGIS 4.
QVARIANT_TYPES = {"String", "Int", "UInt", "LongLong", "ULongLong", "Double", "Bool", "Date",
                  "DateTime", "Time", "ByteArray", "StringList", "List", "Map", "Invalid",
                  "Char", "Url", "Point", "PointF", "Rect", "RectF", "Size", "Color"}
TR_NAMES = {"tr", "_tr"}
# Methods that translate one of their arguments (argument index): every call passes a literal
# there, and their own bodies (which translate a parameter) are exempt, like tr() itself.
TR_SINKS = {"_add": 1, "_int": 1, "_double": 1}
PRAGMA = "qt6-check: ok"
# Qt calls whose string argument (index) a user reads: a literal there must go through tr().
TEXT_CALLS = {"setText": 0, "setToolTip": 0, "setWindowTitle": 0, "setPlaceholderText": 0,
              "setStatusTip": 0, "setTitle": 0, "addItem": 0, "QLabel": 0, "QPushButton": 0,
              "QCheckBox": 0, "QRadioButton": 0, "QGroupBox": 0, "QAction": 1, "QToolButton": 0,
              "setLabelText": 0, "setHelp": 0, "pushMessage": 1}


def load_pyqt6():
    """{class name: (class, {member name: 'Enum.member'})} for every class of QT_MODULES."""
    if "PyQt5" in sys.modules:
        raise SystemExit("qt6_check: run in a process without PyQt5 (PyQt5 is loaded)")
    classes = {}
    for module_name in QT_MODULES:
        try:
            module = importlib.import_module(f"PyQt6.{module_name}")
        except ImportError:
            continue
        for class_name in dir(module):
            if not class_name.startswith("Q") or class_name in classes:
                continue
            klass = getattr(module, class_name)
            if not isinstance(klass, type):
                continue
            members = {}
            for attr in dir(klass):
                value = getattr(klass, attr, None)
                if isinstance(value, type) and issubclass(value, enum.Enum):
                    for member in value.__members__:
                        members.setdefault(member, f"{attr}.{member}")
            classes[class_name] = (klass, members)
    if "Qt" not in classes:
        raise SystemExit("qt6_check: PyQt6 is not installed (pip install -r requirements/dev.txt)")
    return classes


def dump_qgis_enums():
    """Print {class: {member: 'Enum.member'}} of QGIS's own enums, read from this QGIS (Qt5).

    QGIS 4 builds its bindings for PyQt6, where an enum's members are reached only through the
    enum (QgsProcessing.SourceType.TypeVectorPolygon), as QGIS's pyqt5_to_pyqt6.py fixes them.
    Up to 3.34 an unscoped member is a sip enum value of an enum nested in its class. From 3.36
    QGIS moved its enums to Python enums in Qgis and left the old names as aliases
    (QgsProcessing.TypeVectorPolygon is Qgis.ProcessingSourceType.VectorPolygon, and
    QgsProcessing.SourceType is Qgis.ProcessingSourceType): both kinds are read here, and the
    scoped name is given through the class's own enum alias where that alias has the member.
    Run in its own process (it loads PyQt5 through qgis)."""
    import json

    import qgis.analysis
    import qgis.core
    import qgis.gui

    found = {}
    for module in (qgis.core, qgis.gui, qgis.analysis):
        for class_name in dir(module):
            klass = getattr(module, class_name)
            if not (class_name.startswith("Qgs") or class_name == "Qgis") \
                    or not isinstance(klass, type):
                continue
            members = _unscoped_members(klass)
            if members:
                found[class_name] = members
    print(json.dumps(found))


def _is_enum_value(value):
    """A member of a sip enum (QGIS up to 3.34, PyQt5) or of a Python enum (QGIS 3.36+)."""
    return isinstance(value, enum.Enum) or type(type(value)).__name__ == "enumtype"


def _unscoped_members(klass):
    """{attribute: scoped path} for the enum members klass exposes as its own attributes."""
    values, aliases = {}, {}
    for attr in dir(klass):
        try:
            value = getattr(klass, attr)
        except Exception:  # noqa: BLE001 (a binding that cannot be read is no enum)
            continue
        if isinstance(value, type):
            # An enum of the class, or (3.36+) the alias of one in Qgis: its name in klass.
            aliases.setdefault(value, attr)
        elif _is_enum_value(value):
            values[attr] = value
    members = {}
    for attr, value in values.items():
        kind = type(value)
        if kind.__name__ == attr:
            continue
        local = aliases.get(kind, kind.__name__)
        if not isinstance(value, enum.Enum) or hasattr(kind, attr):
            members[attr] = f"{local}.{attr}"
        else:  # only the new home knows it (Qgis.ProcessingSourceType.VectorPolygon)
            members[attr] = f"{kind.__qualname__}.{value.name}"
    return members


def load_qgis_enums():
    """QGIS's enums from a child process, or {} (and a note) where QGIS is not installed."""
    import json
    import subprocess

    result = subprocess.run([sys.executable, __file__, "--dump-qgis-enums"], capture_output=True,
                            text=True, timeout=300)
    if result.returncode != 0:
        print("qt6_check: QGIS's own enums not checked (no qgis module in this Python)")
        return {}
    return json.loads(result.stdout)


def plugin_modules():
    """The .py files scripts/package.py puts into the ZIP."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from package import plugin_files

    return [ROOT / f for f in plugin_files() if f.endswith(".py")]


def _class_name(node):
    """'Qt' for Qt, QtCore.Qt and qgis.PyQt.QtCore.Qt; None otherwise."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, (ast.Name, ast.Attribute)):
        return node.attr
    return None


def _tr_helpers(tree):
    """Functions (module level or methods) named tr/_tr: their own body may pass a variable."""
    return {id(node) for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.name in TR_NAMES}


def _is_literal(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_translated(node):
    """A literal, or tr(literal) / tr(literal).format(...) already translated by the caller."""
    if _is_literal(node):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "format":
        node = node.func.value
    return isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", ""))\
        in TR_NAMES and bool(node.args) and _is_literal(node.args[0])


class Checker(ast.NodeVisitor):
    def __init__(self, path, source, classes, qgis_enums=None):
        self.path = path
        self.lines = source.splitlines()
        self.classes = classes
        self.qgis_enums = qgis_enums or {}
        self.findings = []
        self.in_tr_helper = 0
        self.except_import_error = 0

    def report(self, node, message):
        line = self.lines[node.lineno - 1] if node.lineno <= len(self.lines) else ""
        if PRAGMA not in line:
            self.findings.append((node.lineno, message))

    def visit_FunctionDef(self, node):  # noqa: N802 (ast API)
        inside = node.name in TR_NAMES or node.name in TR_SINKS
        self.in_tr_helper += inside
        self.generic_visit(node)
        self.in_tr_helper -= inside

    def visit_ExceptHandler(self, node):  # noqa: N802
        names = []
        if isinstance(node.type, ast.Name):
            names = [node.type.id]
        elif isinstance(node.type, ast.Tuple):
            names = [e.id for e in node.type.elts if isinstance(e, ast.Name)]
        fallback = "ImportError" in names or "ModuleNotFoundError" in names
        self.except_import_error += fallback
        self.generic_visit(node)
        self.except_import_error -= fallback

    def visit_Import(self, node):  # noqa: N802
        for alias in node.names:
            if alias.name.split(".")[-1] == "resources_rc":
                self.report(node, "resources_rc import: pyrcc5 modules do not exist on Qt6; "
                                  "load a compiled .rcc with QResource.registerResource")
        self.generic_visit(node)

    def visit_ImportFrom(self, node):  # noqa: N802
        module = node.module or ""
        names = {alias.name for alias in node.names}
        if module.split(".")[-1] == "resources_rc" or "resources_rc" in names:
            self.report(node, "resources_rc import: pyrcc5 modules do not exist on Qt6; "
                              "load a compiled .rcc with QResource.registerResource")
        if module in ("qgis.PyQt.Qt", "PyQt5.Qt"):
            self.report(node, "the Qt module is gone in PyQt6: import from qgis.PyQt.QtCore")
        if "qApp" in names:
            self.report(node, "qApp is gone in PyQt6: use QApplication.instance()")
        if module.endswith("QtWidgets") and not self.except_import_error:
            for name in sorted(names & MOVED_TO_QTGUI):
                self.report(node, f"{name} imported from QtWidgets: it is in QtGui on Qt6 "
                                  "(use toolbelt/qgis_compat.py)")
        for name in sorted(names & set(REMOVED)):
            self.report(node, f"{name} does not exist on Qt6: use {REMOVED[name]}")
        self.generic_visit(node)

    def visit_Name(self, node):  # noqa: N802
        if node.id in REMOVED and isinstance(node.ctx, ast.Load):
            self.report(node, f"{node.id} does not exist on Qt6: use {REMOVED[node.id]}")

    def visit_Subscript(self, node):  # noqa: N802
        # combo.activated[str] / currentIndexChanged[str]: the overloads are gone in Qt6.
        if isinstance(node.value, ast.Attribute) and isinstance(node.slice, ast.Name) \
                and node.slice.id == "str":
            self.report(node, f"{node.value.attr}[str] is gone in Qt6: use the signal without "
                              "the overload (textActivated for a text)")
        self.generic_visit(node)

    def visit_Attribute(self, node):  # noqa: N802
        if isinstance(node.value, ast.Name) and node.value.id == "qApp":
            self.report(node, "qApp is gone in PyQt6: use QApplication.instance()")
        if node.attr == "exec_":
            self.report(node, "exec_() is gone in PyQt6: call exec()")
        if node.attr in REMOVED:
            self.report(node, f"{node.attr} does not exist on Qt6: use {REMOVED[node.attr]}")
        owner = _class_name(node.value)
        if owner == "QVariant" and node.attr in QVARIANT_TYPES:
            self.report(node, f"QVariant.{node.attr} as a type: PyQt6 has no QVariant.Type "
                              "(use toolbelt/qgis_compat.field_type)")
        elif owner in self.qgis_enums and node.attr in self.qgis_enums[owner]:
            scoped = self.qgis_enums[owner][node.attr]
            # A member only Qgis's enum (QGIS 3.36+) knows is named from there.
            scoped = f"{scoped} (QGIS 3.36+)" if scoped.startswith("Qgis.") \
                else f"{owner}.{scoped}"
            self.report(node, f"unscoped enum {owner}.{node.attr}: QGIS 4 (PyQt6) has only "
                              f"{scoped}")
        elif owner in self.classes and node.attr[:1].isupper():
            klass, members = self.classes[owner]
            if not hasattr(klass, node.attr):
                if node.attr in members:
                    self.report(node, f"unscoped enum {owner}.{node.attr}: PyQt6 has only "
                                      f"{owner}.{members[node.attr]}")
                else:
                    self.report(node, f"{owner}.{node.attr} does not exist in PyQt6")
        self.generic_visit(node)

    def visit_Call(self, node):  # noqa: N802
        func = node.func
        # QFontMetrics.width(text) is gone in Qt6: horizontalAdvance(text).
        if isinstance(func, ast.Attribute) and func.attr == "width" and node.args:
            receiver = ast.unparse(func.value)
            if "etrics" in receiver:
                self.report(node, "QFontMetrics.width() is gone in Qt6: use horizontalAdvance()")
        name = func.id if isinstance(func, ast.Name) else \
            func.attr if isinstance(func, ast.Attribute) else None
        if name == "desktop" and isinstance(func, ast.Attribute) and not node.args:
            self.report(node, "QApplication.desktop() (a QDesktopWidget) is gone in Qt6: use "
                              "QScreen (QGuiApplication.primaryScreen())")
        if name == "QVariant" and isinstance(func, ast.Name) and not node.args:
            self.report(node, "an invalid QVariant() as NULL does not work on Qt6: use "
                              "qgis.core.NULL")
        if name == "QDateTime" and len(node.args) >= 7:
            self.report(node, "QDateTime(y, m, d, h, min, s, ...) is gone in Qt6: use "
                              "QDateTime(QDate(...), QTime(...))")
        if name in TEXT_CALLS and len(node.args) > TEXT_CALLS[name]:
            text = node.args[TEXT_CALLS[name]]
            if isinstance(text, ast.JoinedStr):
                text = next((v for v in text.values if isinstance(v, ast.Constant)), None)
            # Words, not an address or a file filter: those read the same in every language.
            if _is_literal(text) and any(ch.isalpha() for ch in text.value) \
                    and "://" not in text.value:
                self.report(node, f"{name}() shows {text.value[:30]!r} untranslated: tr() it")
        if name in TR_NAMES and not self.in_tr_helper:
            if not node.args or not _is_literal(node.args[0]):
                what = "an f-string" if node.args and isinstance(node.args[0], ast.JoinedStr) \
                    else "a non-literal"
                self.report(node, f"{name}() on {what}: translate a literal, then .format() it")
        if name in TR_SINKS and isinstance(func, ast.Attribute) and len(node.args) > TR_SINKS[name]:
            if not _is_translated(node.args[TR_SINKS[name]]):
                self.report(node, f"{name}() translates its text: pass a literal")
        if name == "translate" and len(node.args) >= 2 and not self.in_tr_helper:
            if not (_is_literal(node.args[0]) and _is_literal(node.args[1])):
                self.report(node, "translate() on a non-literal: pass a literal context and text")
        self.generic_visit(node)


def check_source(source, path, classes, qgis_enums=None):
    tree = ast.parse(source, str(path))
    checker = Checker(path, source, classes, qgis_enums)
    checker.visit(tree)
    return sorted(checker.findings)


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if args == ["--dump-qgis-enums"]:
        dump_qgis_enums()
        return 0
    qgis_enums = load_qgis_enums()
    classes = load_pyqt6()
    paths = [Path(a).resolve() for a in args] if args else plugin_modules()
    count = 0
    for path in paths:
        source = path.read_text(encoding="utf-8")
        for line, message in check_source(source, path, classes, qgis_enums):
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            print(f"{shown}:{line}: {message}")
            count += 1
    print(f"qt6_check: {len(paths)} modules, {count} findings")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
