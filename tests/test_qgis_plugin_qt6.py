"""Static check that the QGIS plugin is ready for Qt6 / QGIS 4 (runs without QGIS).

QGIS 4 runs PyQt6, which removed what the plugin could still use under QGIS 3 (Qt5):
- ``PyQt5``/``PyQt6``/``sip`` imports (only ``qgis.PyQt`` maps to the Qt QGIS runs);
- unscoped enum values (``Qt.AlignLeft``, ``QgsProcessing.TypeVectorPolygon``):
  PyQt6 only knows ``Qt.AlignmentFlag.AlignLeft``, QGIS 4 only ``Qgis.ProcessingSourceType...``;
- ``exec_()`` / ``print_()`` (PyQt6 has ``exec()``);
- classes Qt6 dropped (``QRegExp``, ``QDesktopWidget``, ``QtWebKit``).
Names that differ between QGIS 3.22 and 4 are looked up by name in ``rve_qgis/compat.py``
(as strings), so the code elsewhere never spells an old unscoped name.
"""

from __future__ import annotations

import ast
import configparser
import re
from pathlib import Path

import pytest

PLUGIN_ROOT = Path(__file__).resolve().parents[1] / "qgis_plugin"
#: What the plugin zip ships (the build helpers next to it run on the developer's QGIS).
SOURCES = sorted(p for p in (PLUGIN_ROOT / "rve_qgis").rglob("*.py")
                 if "__pycache__" not in p.parts)

#: Top-level modules PyQt6 / QGIS 4 do not offer under these names.
QT_BINDINGS = {"PyQt5", "PyQt6", "PySide2", "PySide6", "sip"}
#: Qt5 classes or modules that Qt6 removed.
QT5_ONLY = {"QRegExp", "QRegExpValidator", "QDesktopWidget", "QtWebKit", "QtWebKitWidgets",
            "QSound", "QGLWidget"}
#: Methods renamed in PyQt6.
RENAMED = {"exec_": "exec", "print_": "print"}


def _is_qt_class(name: str) -> bool:
    """Qt and QGIS classes: Qt, Qgis, QgsFoo, QFoo."""
    return bool(re.fullmatch(r"Q[A-Za-z0-9]*", name)) and name != "QT_VERSION_STR"


def _is_enum_like(name: str) -> bool:
    """CamelCase attribute (enum value or enum type), not a CONSTANT or method."""
    return name[:1].isupper() and not name.isupper()


def _import_problems(node) -> list[str]:
    """PyQt5/sip imports and Qt5-only names imported."""
    out = []
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] in QT_BINDINGS:
                out.append(f"import {alias.name}: import from qgis.PyQt instead")
    elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        if node.module.split(".")[0] in QT_BINDINGS:
            out.append(f"from {node.module} import ...: import from qgis.PyQt instead")
        for alias in node.names:
            if alias.name in QT5_ONLY or node.module.split(".")[-1] in QT5_ONLY:
                out.append(f"{alias.name} does not exist in Qt6")
    return out


def _attribute_problems(node, parents) -> list[str]:
    """Renamed methods, Qt5-only attributes and unscoped enum values."""
    if node.attr in RENAMED:
        return [f".{node.attr}(): use .{RENAMED[node.attr]}() (PyQt6)"]
    if node.attr in QT5_ONLY:
        return [f"{node.attr} does not exist in Qt6"]
    if (isinstance(node.value, ast.Name) and _is_qt_class(node.value.id)
            and _is_enum_like(node.attr)):
        parent = parents.get(node)
        qualified = isinstance(parent, ast.Attribute) and parent.value is node
        called = isinstance(parent, ast.Call) and parent.func is node
        if not qualified and not called:
            return [f"{node.value.id}.{node.attr}: unscoped enum value; write the "
                    f"enum type too ({node.value.id}.<Enum>.{node.attr}) or use "
                    f"rve_qgis.compat"]
    return []


def problems(source: str, filename: str = "<source>") -> list[str]:
    """Qt6 / QGIS 4 problems in one module's source text, as readable lines."""
    tree = ast.parse(source, filename)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            texts = _import_problems(node)
        elif isinstance(node, ast.Attribute):
            texts = _attribute_problems(node, parents)
        elif isinstance(node, ast.Name) and node.id in QT5_ONLY:
            texts = [f"{node.id} does not exist in Qt6"]
        else:
            texts = []
        found += [f"{filename}:{node.lineno}: {text}" for text in texts]
    return found


def test_plugin_sources_found():
    names = {str(p.relative_to(PLUGIN_ROOT)) for p in SOURCES}
    assert {"rve_qgis/__init__.py", "rve_qgis/algorithm.py", "rve_qgis/compat.py",
            "rve_qgis/provider.py"} <= names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PLUGIN_ROOT)))
def test_plugin_is_qt6_ready(path):
    assert problems(path.read_text(encoding="utf-8"), str(path.relative_to(PLUGIN_ROOT))) == []


@pytest.mark.parametrize("line, expected", [
    ("from PyQt5.QtCore import Qt", "import from qgis.PyQt"),
    ("import PyQt5.QtGui", "import from qgis.PyQt"),
    ("from PyQt5 import sip", "import from qgis.PyQt"),
    ("import sip", "import from qgis.PyQt"),
    ("x = Qt.AlignLeft", "Qt.AlignLeft: unscoped enum value"),
    ("f(QgsProcessing.TypeVectorPolygon)", "QgsProcessing.TypeVectorPolygon: unscoped"),
    ("level = Qgis.Warning", "Qgis.Warning: unscoped"),
    ("dialog.exec_()", ".exec_(): use .exec()"),
    ("from qgis.PyQt.QtCore import QRegExp", "QRegExp does not exist in Qt6"),
])
def test_each_problem_is_found(line, expected):
    found = problems(line)
    assert len(found) == 1 and expected in found[0], found


@pytest.mark.parametrize("line", [
    "from qgis.PyQt.QtCore import Qt",
    "from qgis.PyQt import sip",
    "x = Qt.AlignmentFlag.AlignLeft",
    "y = Qgis.ProcessingSourceType.VectorPolygon",
    "details = QgsProcessingContext.LayerDetails('a', project, 'a')",  # nested class
    "v = Qgis.QGIS_VERSION",  # a constant, not an enum
    "out = QgsProcessing.TEMPORARY_OUTPUT",
    "dialog.exec()",
    "alg = QgsApplication.processingRegistry()",  # static method
])
def test_qt6_forms_pass(line):
    assert problems(line) == []


def test_metadata_declares_qt6():
    meta = configparser.ConfigParser(interpolation=None)
    meta.optionxform = str
    meta.read(PLUGIN_ROOT / "rve_qgis" / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    # the plugin manager of a Qt6 build (QGIS 4) only offers plugins that say so
    assert general["supportsQt6"] == "True"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
