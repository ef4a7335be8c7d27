"""Refresh the Qt translation sources (i18n/*.ts) and compile them to .qm.

    python3 qgis_plugin/update_translations.py [--check]

Collects every text the plugin translates: literal ``tr("...")`` calls in the
plugin sources, the install help, and the texts derived from the library
(algorithm names, groups, parameter labels and the whole help text of every
operation in ``rve_geo.OPERATIONS``: summary, details, parameter descriptions,
result), the words for the source tags of defaults, the library's progress
messages, warnings, notes and error messages (``raise InputError(f"...")``): fixed
texts as they are, texts built at run time as templates with ``{0}``, ``{1}`` ... for
the computed parts (also written to
``i18n/messages.txt``, which the plugin matches messages against, see
``rve_qgis/messages.py``), the configuration checks' ``fail(path, f"{{key}} ...")``
messages with ``{key}`` as a computed part among them. Existing translations are kept; new texts
are added as unfinished, texts no longer used are marked obsolete. Then
``lrelease`` (Debian package qttools5-dev-tools) compiles the .qm files.
With ``--check`` nothing is written; the exit code is 1 when a text has no
Dutch translation.
"""

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLUGIN = HERE / "rve_qgis"
I18N = PLUGIN / "i18n"
LANGUAGES = ("nl",)
CONTEXT = "rve"


def literal_texts():
    texts = []
    for path in sorted(PLUGIN.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                texts.append(node.args[0].value)
    return texts


#: Calls whose argument at this position is a message the user sees (progress, warnings,
#: notes); ``add`` only on an ``issues`` object (rve_geo._validate.Issues).
MESSAGE_CALLS = {"report": 2, "progress": 1, "add": 1, "warn": 0, "note": 0}
MESSAGES_FILE = I18N / "messages.txt"


def _call_name(func):
    if isinstance(func, ast.BoolOp):  # (note or logger.info)(text)
        func = func.values[0]
    name = getattr(func, "id", None) or getattr(func, "attr", None)
    if name == "add" and getattr(getattr(func, "value", None), "id", None) != "issues":
        return None
    return name


def message_template(node, field=None):
    """A message expression as text: literal parts kept, computed parts ``{0}``, ``{1}`` ...

    ``field`` is a literal text filled in later (``"{key}"`` of ``fail(path, "{key} ...")``),
    which becomes a computed part too. None when the expression has no literal text worth
    translating.
    """
    parts = []

    def walk(n):
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            pieces = n.value.split(field) if field else [n.value]
            for number, piece in enumerate(pieces):
                if number:
                    parts.append(None)
                parts.append(piece.replace("{", "{{").replace("}", "}}"))
        elif isinstance(n, ast.JoinedStr):
            for value in n.values:
                walk(value)
        elif isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
            walk(n.left)
            walk(n.right)
        else:
            parts.append(None)

    walk(node)
    text, number = "", 0
    for part in parts:
        if part is None:
            text += "{%d}" % number
            number += 1
        else:
            text += part
    literal = "".join(p for p in parts if p)
    if sum(ch.isalpha() for ch in literal) < 4:
        return None
    return text


def message_texts():
    """(fixed texts, templates) of the library's progress messages, warnings and notes."""
    import rve_geo

    fixed, templates = [], []
    for path in sorted(Path(rve_geo.__file__).resolve().parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            position = MESSAGE_CALLS.get(_call_name(node.func))
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant):
                if isinstance(arg.value, str) and arg.value:
                    fixed.append(arg.value)
                continue
            if isinstance(arg, (ast.JoinedStr, ast.BinOp)):
                template = message_template(arg)
                if template is not None:
                    templates.append(template)
    return unique(fixed), unique(templates)


def error_classes():
    """Names of the library's error classes (``rve_geo.errors``), whose messages users see."""
    from rve_geo import errors

    return {name for name in errors.__all__
            if isinstance(getattr(errors, name), type)
            and issubclass(getattr(errors, name), errors.RveGeoError)}


def _message_expressions(node):
    """The string expressions a message argument may take: both branches of ``a if c else b``,
    the string of ``f"...".rstrip()``."""
    if isinstance(node, ast.IfExp):
        return _message_expressions(node.body) + _message_expressions(node.orelse)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("strip", "rstrip") and not node.args):
        return _message_expressions(node.func.value)
    return [node]


#: Parts a message is built from apart from its raise site, collected too: the place it
#: names (``where = f"argument ..."``), what a value is (``what="floor area (m2)"``) and the
#: fix it suggests (``fix="..."``), as assignments or keyword arguments.
ERROR_PARTS = ("where", "what", "fix")

#: Calls that raise an error with a message whose literal ``{key}`` is replaced by a name:
#: ``fail(path, f"{{key}} must be ...")`` of the configuration checks (rve_geo.pipeline.config),
#: with the position of the message.
KEYED_FAILS = {"fail": 1}


def error_texts():
    """(fixed texts, templates) of the messages of the library's errors (``raise InputError(
    f"...")``), collected as :func:`message_texts` collects progress messages."""
    import rve_geo

    classes = error_classes()
    fixed, templates = [], []
    for path in sorted(Path(rve_geo.__file__).resolve().parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            found = []
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and getattr(node.targets[0], "id", None) in ERROR_PARTS):
                found.append(node.value)  # where = f"argument '{argument}', column ..."
            elif isinstance(node, ast.Call):
                if node.args and (getattr(node.func, "id", None)
                                  or getattr(node.func, "attr", None)) in classes:
                    found.append(node.args[0])
                found += [k.value for k in node.keywords if k.arg in ERROR_PARTS]
                position = KEYED_FAILS.get(getattr(node.func, "attr", None))
                if position is not None and len(node.args) > position:
                    _collect_keyed(_message_expressions(node.args[position]), fixed,
                                   templates)
            for message in found:
                _collect(_message_expressions(message), fixed, templates)
    return unique(fixed), unique(templates)


def _collect_keyed(expressions, fixed, templates):
    """Messages of ``fail(path, "{key} ...")``: ``{key}`` is a computed part."""
    for arg in expressions:
        if isinstance(arg, (ast.Constant, ast.JoinedStr, ast.BinOp)):
            template = message_template(arg, field="{key}")
            if template is None:
                continue
            if "{0}" in template:
                templates.append(template)
            else:  # no computed part: a fixed text, braces as written
                fixed.append(template.replace("{{", "{").replace("}}", "}"))


def _collect(expressions, fixed, templates):
    for arg in expressions:
        if isinstance(arg, ast.Constant):
            if isinstance(arg.value, str) and arg.value:
                fixed.append(arg.value)
        elif isinstance(arg, (ast.JoinedStr, ast.BinOp)):
            template = message_template(arg)
            if template is not None:
                templates.append(template)


def warning_names():
    """Operation and argument names that prefix warnings (``Issues("name")``), as labels."""
    import rve_geo
    from rve_geo.specs import label_for

    names = []
    for path in sorted(Path(rve_geo.__file__).resolve().parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Issues"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                names.append(label_for(str(node.args[0].value)))
    return unique(names)


def progress_texts():
    """The library's fixed progress messages: literal texts of ``report(progress, f, "...")``
    and ``progress(f, "...")`` calls (messages built at run time stay English)."""
    import rve_geo

    texts = []
    for path in sorted(Path(rve_geo.__file__).resolve().parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "id", None) or getattr(func, "attr", None)
            position = {"report": 2, "progress": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                texts.append(arg.value)
    return texts


def library_texts():
    sys.path.insert(0, str(HERE))
    from rve_qgis.runtime import INSTALL_HELP

    import rve_geo
    from rve_geo import specs as introspect

    texts = [INSTALL_HELP]
    for name in rve_geo.OPERATIONS:
        texts += [introspect.label_for(name), rve_geo.operation_group(name)]
    from rve_qgis.helptext import SOURCE_TAGS

    texts += list(SOURCE_TAGS.values())
    specs, _missing = introspect.available_operations()
    for spec in specs:
        texts.append(spec.summary)
        texts += [p.label for p in spec.params]
    for spec in specs:  # the help panel: details, parameter descriptions, result
        texts += [spec.extended, spec.returns] + [p.description for p in spec.params]
    return texts


def unique(texts):
    seen, out = set(), []
    for t in texts:
        if t and t not in seen:
            seen.add(t)
            out.append(t)
    return out


def read_ts(path):
    known = {}
    if path.exists():
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is not None and node is not None and node.text and \
                    node.get("type") not in ("unfinished",):
                known[source] = node.text
    return known


def write_ts(path, language, texts, known):
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text in texts:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        node = ET.SubElement(message, "translation")
        if text in known:
            node.text = known[text]
        else:
            node.set("type", "unfinished")
    for text in sorted(set(known) - set(texts)):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        node = ET.SubElement(message, "translation", type="vanished")
        node.text = known[text]
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def all_texts():
    """Every text the plugin may translate."""
    fixed, templates = message_texts()
    error_fixed, error_templates = error_texts()
    return unique(literal_texts() + library_texts() + progress_texts() + fixed + templates
                  + warning_names() + error_fixed + error_templates)


def all_templates():
    """The templates of messages built at run time: progress, warnings, notes, errors."""
    return unique(message_texts()[1] + error_texts()[1])


def write_messages_file():
    """The templates the plugin matches run-time messages against (i18n/messages.txt)."""
    MESSAGES_FILE.write_text("\n".join(all_templates()) + "\n", encoding="utf-8")


def main(argv):
    texts = all_texts()
    if "--check" not in argv:
        write_messages_file()
    missing = 0
    for language in LANGUAGES:
        ts = I18N / f"rve_qgis_{language}.ts"
        known = read_ts(ts)
        untranslated = [t for t in texts if t not in known]
        missing += len(untranslated)
        for t in untranslated:
            print(f"{language}: untranslated: {t[:70]!r}")
        if "--check" in argv:
            continue
        write_ts(ts, language, texts, known)
        lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
        print(f"wrote {ts} and {ts.with_suffix('.qm').name}: {len(texts)} texts, "
              f"{len(untranslated)} untranslated")
    return 1 if ("--check" in argv and missing) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
