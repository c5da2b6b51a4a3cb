"""Update i18n/*.ts from the plugin's source: every translated literal with the context it is
looked up in at run time, existing translations kept (a source that changed becomes unfinished).

    python scripts/i18n_update.py            # rewrite i18n/deforestation_classifier_*.ts
    python scripts/i18n_update.py --check    # exit 1 when a .ts lacks a message of the source

Messages the source no longer has keep their translation, marked vanished (as lupdate does), so
that a message moved to another module is translated again; --drop-vanished forgets them.

pylupdate5 guesses contexts from class names only; the plugin's module-level tr() helpers use
their own contexts (toolbelt/i18n.py), so the contexts are read here from the helpers' code.
Literals kept in a table and translated where they are shown are wrapped in a marker (MARKERS):
they take the context of the tr of the class that translates them.
"""
import argparse
import ast
import sys
import xml.etree.ElementTree as ET  # nosec B405 (our own .ts files, never downloaded)
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from package import plugin_files  # noqa: E402
from qt6_check import TR_NAMES, TR_SINKS  # noqa: E402

LANGUAGES = ("pt_BR", "es", "fr", "id")
TS = ROOT / "i18n" / "deforestation_classifier_{}.ts"
DEFAULT_CONTEXT = "deforestation"  # toolbelt/i18n.CONTEXT
# Marker functions that return their literal as it is (QT_TRANSLATE_NOOP-style), and the class
# whose tr() translates the marked texts where they are shown: the algorithms' help table
# (processing_provider/help.py), translated by DeforestationAlgorithm.tr.
MARKERS = {"help_text": "DeforestationAlgorithm"}


def _literal(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _translate_context(function):
    """The literal context of QCoreApplication.translate(<ctx>, ...) in a tr helper's body; the
    name CONTEXT counts as toolbelt/i18n.CONTEXT."""
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "translate" \
                and node.args:
            first = node.args[0]
            if _literal(first) is not None:
                return _literal(first)
            if isinstance(first, ast.Name) and first.id == "CONTEXT":
                return DEFAULT_CONTEXT
    return None


def _base_names(klass):
    return [b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in klass.bases]


def parse_all(paths):
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    class_tr = {}  # class name -> context of its own tr method
    class_bases = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                class_bases[node.name] = _base_names(node)
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "tr":
                        class_tr[node.name] = _translate_context(item)
    return trees, class_tr, class_bases


def _class_context(name, class_tr, class_bases, seen=()):
    if name in class_tr:
        return class_tr[name]
    for base in class_bases.get(name, ()):
        if base in class_bases and base not in seen:
            found = _class_context(base, class_tr, class_bases, (*seen, name))
            if found:
                return found
    return name  # QObject.tr: the class's own name


def extract(paths=None):
    """[(context, source, relative path, line)] in source order."""
    # The working tree's files: a tracked file deleted (not yet committed) has no messages.
    paths = paths or [ROOT / f for f in plugin_files()
                      if f.endswith(".py") and (ROOT / f).is_file()]
    trees, class_tr, class_bases = parse_all(paths)
    messages = []
    for path, tree in trees.items():
        module_context = DEFAULT_CONTEXT  # tr imported from toolbelt/i18n.py
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name in TR_NAMES:
                module_context = _translate_context(node) or module_context

        def visit(node, klass):
            for child in ast.iter_child_nodes(node):
                visit(child, child.name if isinstance(child, ast.ClassDef) else klass)
            if not isinstance(node, ast.Call):
                return
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            on_self = isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "self"
            if on_self and klass:
                context = _class_context(klass, class_tr, class_bases)
            else:
                context = module_context
            text = None
            if name in TR_NAMES and node.args:
                text = _literal(node.args[0])
            elif name in TR_SINKS and on_self and len(node.args) > TR_SINKS[name]:
                text = _literal(node.args[TR_SINKS[name]])
            elif name == "translate" and len(node.args) >= 2:
                context, text = _literal(node.args[0]), _literal(node.args[1])
            elif name in MARKERS and isinstance(func, ast.Name) and node.args:
                context = _class_context(MARKERS[name], class_tr, class_bases)
                text = _literal(node.args[0])
            if text and context:
                messages.append((context, text, path.relative_to(ROOT).as_posix(), node.lineno))

        visit(tree, None)
    return messages


VANISHED = ("vanished", "obsolete")


def read_ts(path, vanished=False):
    """{(context, source): translation text or None (unfinished)} of the messages of the
    source; with vanished=True, {(context, source): translation} of the translated messages the
    source no longer has (kept, as lupdate keeps them, for when they come back)."""
    if not path.is_file():
        return {}
    known = {}
    for context in ET.parse(path).getroot().iter("context"):  # nosec B314 (our own file)
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "unfinished" if translation is None else translation.get("type")
            key = (name, message.findtext("source"))
            if (kind in VANISHED) != vanished:
                continue
            if vanished:
                if translation.text:
                    known[key] = translation.text
            else:
                known[key] = translation.text if kind != "unfinished" else None
    return known


def write_ts(path, language, messages, known, vanished=None):
    """The .ts of `messages` with the translations `known`, then the `vanished` ones
    ({(context, source): translation}) marked so (lrelease leaves them out)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context = {}
    for context, text, filename, line in messages:
        by_context.setdefault(context, {}).setdefault(text, []).append((filename, line))
    gone = {}
    for (context, text), done in sorted((vanished or {}).items()):
        gone.setdefault(context, {})[text] = done
    for context in sorted(set(by_context) | set(gone)):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for text, locations in by_context.get(context, {}).items():
            message = ET.SubElement(element, "message")
            for filename, line in locations:
                ET.SubElement(message, "location", filename=f"../{filename}", line=str(line))
            ET.SubElement(message, "source").text = text
            translation = ET.SubElement(message, "translation")
            done = known.get((context, text))
            if done:
                translation.text = done
            else:
                translation.set("type", "unfinished")
        for text, done in gone.get(context, {}).items():
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="vanished").text = done
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--drop-vanished", action="store_true",
                        help="forget the translations of messages the source no longer has")
    args = parser.parse_args(argv)
    messages = extract()
    wanted = {(context, text) for context, text, _f, _l in messages}
    missing = 0
    for language in LANGUAGES:
        path = TS.with_name(TS.name.format(language))
        known = read_ts(path)
        if args.check:
            absent = sorted(wanted - set(known))
            for context, text in absent:
                print(f"{path.name}: not in the .ts: [{context}] {text!r}")
            missing += len(absent)
        else:
            # Translations of the source's messages and of vanished ones: a message that comes
            # back (moved to another module) gets its translation again, and the same text
            # translated in another context is taken (lupdate's same-text rule).
            pool = {**read_ts(path, vanished=True),
                    **{key: done for key, done in known.items() if done}}
            by_text = {text: done for (_c, text), done in pool.items()}
            for key in wanted:
                if not known.get(key):
                    known[key] = pool.get(key) or by_text.get(key[1])
            vanished = {} if args.drop_vanished else \
                {key: done for key, done in pool.items() if key not in wanted}
            write_ts(path, language, messages, known, vanished)
            done = sum(1 for key in wanted if known.get(key))
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            print(f"{shown}: {len(wanted)} messages, {done} translated"
                  + (f", {len(vanished)} vanished kept" if vanished else ""))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
