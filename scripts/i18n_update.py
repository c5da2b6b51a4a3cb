"""Update i18n/*.ts from the plugin's source: every translated literal with the context it is
looked up in at run time, existing translations kept (a source that changed becomes unfinished).

    python scripts/i18n_update.py            # rewrite i18n/deforestation_classifier_*.ts
    python scripts/i18n_update.py --check    # exit 1 when a .ts lacks a message of the source

pylupdate5 guesses contexts from class names only; the plugin's module-level tr() helpers use
their own contexts (toolbelt/i18n.py), so the contexts are read here from the helpers' code.
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

LANGUAGES = ("pt_BR", "es")
TS = ROOT / "i18n" / "deforestation_classifier_{}.ts"
DEFAULT_CONTEXT = "deforestation"  # toolbelt/i18n.CONTEXT


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
    paths = paths or [ROOT / f for f in plugin_files() if f.endswith(".py")]
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
            if text and context:
                messages.append((context, text, path.relative_to(ROOT).as_posix(), node.lineno))

        visit(tree, None)
    return messages


def read_ts(path):
    """{(context, source): translation text or None (unfinished)}."""
    if not path.is_file():
        return {}
    known = {}
    for context in ET.parse(path).getroot().iter("context"):  # nosec B314 (our own file)
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and \
                translation.get("type") not in ("unfinished", "obsolete")
            known[(name, message.findtext("source"))] = translation.text if done else None
    return known


def write_ts(path, language, messages, known):
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context = {}
    for context, text, filename, line in messages:
        by_context.setdefault(context, {}).setdefault(text, []).append((filename, line))
    for context in sorted(by_context):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for text, locations in by_context[context].items():
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
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
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
            # The same text translated in another context is taken (lupdate's same-text rule).
            by_text = {text: done for (_c, text), done in known.items() if done}
            for key in wanted:
                if not known.get(key) and key[1] in by_text:
                    known[key] = by_text[key[1]]
            write_ts(path, language, messages, known)
            done = sum(1 for key in wanted if known.get(key))
            print(f"{path.relative_to(ROOT)}: {len(wanted)} messages, {done} translated")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
