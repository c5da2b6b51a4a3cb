"""Every word the analyst reads goes through tr(): a literal with words passed where a person
reads it (the Processing log, the message bar, a message box, a widget's text, the plugin's log
panel, a DeforestationError or QgsProcessingException) must be tr("...") or tr("...").format().

The rule (i18n/README.md): a sink's argument is checked; it passes when it is a translated
literal, a name or any other computed value (translated where it was made: the rule follows
literals, and a value is checked where its literal is written), or a literal without words
(identifiers such as RECENTLY_CLEARED, parameter names, addresses, file filters, numbers and
punctuation read the same in every language). It fails when a literal with words reaches the
sink untranslated: as it is, in an f-string, with "..." + x, "...".format(x) or "..." % x.
"""
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("ui", "processing_provider", "core", "models", "installer", "plugin.py", "errors.py",
           "settings.py")
TR_NAMES = {"tr", "_tr", "translate"}

# Calls whose argument (by position) a person reads. Method names are matched on any object
# (feedback.pushInfo, iface.messageBar().pushMessage, label.setText...).
SINKS = {
    # Processing feedback: the log of the dialog and of qgis_process.
    "pushInfo": (0, 1), "pushWarning": (0, 1), "reportError": (0,), "setProgressText": (0,),
    "pushFormattedMessage": (0,),
    # The message bar (title, text) and QMessageBox (parent, title, text).
    "pushMessage": (0, 1), "pushCritical": (0, 1), "pushSuccess": (0, 1),
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
    "about": (1, 2),
    # Widgets.
    "setText": (0,), "setToolTip": (0,), "setWindowTitle": (0,), "setPlaceholderText": (0,),
    "setStatusTip": (0,), "setTitle": (0,), "addItem": (0,), "setLabelText": (0,),
    "setWhatsThis": (0,), "setSpecialValueText": (0,), "setHeaderLabels": (0,),
    "setFormat": (0,), "addRow": (0,), "setItemText": (1,), "setTabText": (1,),
    "addTab": (1,), "insertItem": (1,), "setDefaultValue": (),
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QAction": (0, 1), "QToolButton": (0,), "QMenu": (0,),
    "QProgressDialog": (0, 1),
    # The plugin's log panel (toolbelt/log.py) and QGIS's, and the plugin's own relays to the
    # feedback or the message bar (models/download.py _info, ui/*_flow.py _push).
    "log": (0,), "warn": (0,), "logMessage": (0,), "_info": (1,), "_push": (0,),
    # Legend entries (title).
    "QgsRendererCategory": (2,), "QgsLegendSymbolItem": (1,),
    # Errors shown as they are.
    "QgsProcessingException": (0,),
}
# Methods of QgsMessageBar, whose pushInfo/pushWarning take (title, text): both are checked above.

ERROR_ROOT = "DeforestationError"


def _error_classes():
    """Names of DeforestationError and its subclasses anywhere in the plugin."""
    bases = {}
    for path in _files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [getattr(b, "id", getattr(b, "attr", "")) for b in node.bases]
    found = {ERROR_ROOT}
    grown = True
    while grown:
        grown = False
        for name, parents in bases.items():
            if name not in found and found.intersection(parents):
                found.add(name)
                grown = True
    return found


def _files():
    for name in SCANNED:
        path = ROOT / name
        if path.is_file():
            yield path
        else:
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)


WORD = re.compile(r"[A-Za-z]{2,}")
IDENTIFIER = re.compile(r"^[A-Z0-9_:.,/ -]*$")  # RECENTLY_CLEARED, deforestation:classify...


def has_words(text: str) -> bool:
    """True when a literal carries words a person reads (not an identifier, address, path or
    file filter, which read the same in every language)."""
    stripped = text.strip()
    if not WORD.search(stripped) or IDENTIFIER.match(stripped):
        return False
    if re.fullmatch(r"\S+://\S*", stripped) or stripped.startswith("*.") \
            or re.fullmatch(r"[\w.-]+\.\w{2,5}", stripped):
        return False  # an address, a file filter, a file name
    if re.fullmatch(r"[a-z0-9_]+", stripped) or re.fullmatch(r"[a-z0-9_.-]+:[\w.-]+", stripped):
        return False  # a field, a key or an algorithm id (review_status, deforestation:classify)
    return True


def _call_name(node):
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _is_tr(node):
    return isinstance(node, ast.Call) and _call_name(node) in TR_NAMES


def untranslated(node):
    """The first literal with words in `node` that reaches the sink untranslated, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if has_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return text if has_words(text) else None
    if _is_tr(node):
        return None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in ("format", "join", "strip"):
        return untranslated(node.func.value)
    if isinstance(node, ast.BinOp):  # "..." + x, "..." % x
        return untranslated(node.left) or untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return untranslated(node.body) or untranslated(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((t for t in map(untranslated, node.elts) if t), None)
    return None


def findings(source: str, errors=frozenset({ERROR_ROOT})):
    """[(line, sink, literal)] of a module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        positions = SINKS.get(name, (0,) if name in errors else ())
        if name in ("QAction",) and node.args and isinstance(node.args[0], ast.Constant):
            positions = (0,)
        for index in positions:
            if index < len(node.args):
                text = untranslated(node.args[index])
                if text:
                    found.append((node.lineno, name, text))
        for keyword in node.keywords:  # QMessageBox.warning(..., text=...), message=...
            if keyword.arg in ("text", "title", "message", "toolTip") and name in SINKS:
                text = untranslated(keyword.value)
                if text:
                    found.append((node.lineno, name, text))
    return found


def test_the_rule_catches_what_escapes_tr():
    source = '''
feedback.pushInfo("Tiles written.")
feedback.pushInfo(f"{n} tiles written.")
feedback.pushWarning("Values: {}.".format(reason))
raise InputError("The raster has no band " + str(b))
iface.messageBar().pushMessage("Deforestation", tr("Done."))
label.setText("Cloud" if x else tr("Clear"))
log(f"Chip of {tile} could not be rendered: {exc}")
'''
    assert [line for line, _s, _t in findings(source, {"InputError"})] == [2, 3, 4, 5, 6, 7, 8]


def test_the_rule_lets_translated_and_wordless_texts_through():
    source = '''
feedback.pushInfo(tr("Tiles written: {}.").format(n))
feedback.pushInfo(self.tr("Done."))
feedback.pushInfo(message)
feedback.pushInfo(f"{count}: {name}")
feedback.pushInfo("RECENTLY_CLEARED")
label.setText("https://earth-search.aws.element84.com/v1")
button.setText("...")
raise InputError(str(exc))
raise InputError(tr("No band {}: choose another.").format(b))
feedback.pushInfo("\\n".join(lines))
'''
    assert findings(source, {"InputError"}) == []


def test_every_word_the_analyst_reads_goes_through_tr():
    errors = _error_classes()
    problems = []
    for path in _files():
        for line, sink, text in findings(path.read_text(encoding="utf-8"), errors):
            problems.append(f"{path.relative_to(ROOT)}:{line}: {sink}({text[:50]!r}) untranslated")
    assert not problems, f"{len(problems)} user-visible literals escape tr():\n" + \
        "\n".join(problems)
