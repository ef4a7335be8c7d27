"""Styles of the result layers, from the one definition in ``rve_geo.deliverables.styles``.

The same definition writes the ``layer_styles`` table of every ``rve run`` GeoPackage,
draws the maps of the report and styles the layers the plugin loads. The style is
chosen by the operation and output that made a layer, never by its columns; classes
come from the data where the definition says so (potential, scores, kansenzones).
"""

import hashlib
import sqlite3
import tempfile
from pathlib import Path

from qgis.core import QgsProcessingLayerPostProcessorInterface

STYLE_DIR = Path(__file__).resolve().parent / "styles"
_CACHE = Path(tempfile.gettempdir()) / "rve_qgis_styles"


def _language():
    try:
        from .i18n import user_language

        return "nl" if user_language() == "nl" else "en"
    except Exception:  # outside QGIS settings: Dutch first
        return "nl"


def _qml_file(qml: str, key: str) -> Path:
    _CACHE.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(qml.encode("utf-8")).hexdigest()[:12]
    path = _CACHE / f"{key}_{digest}.qml"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.write_text(qml, encoding="utf-8")
        tmp.replace(path)
    return path


def style_for(name, operation=None, frame=None, lang=None):
    """The .qml file for output ``name`` of ``operation`` (classes from ``frame``), or None.

    ``name`` is a layer name of the pipeline (``parcel_density``, ``kansenzones``) or an
    output of a plugin algorithm (``zones`` of ``kansenzones``).
    """
    from rve_geo.deliverables.styles import style_for as definition
    from rve_geo.deliverables.styles import to_qml

    style = definition(str(name), frame, operation=operation, lang=lang or _language())
    if style is None:
        return None
    if frame is not None and style.field is not None and style.field not in frame.columns:
        return None
    return _qml_file(to_qml(style), style.key)


def embedded_style(package, layer_name):
    """The .qml of ``layer_name`` from the ``layer_styles`` table of ``package``, or None."""
    try:
        con = sqlite3.connect(f"file:{package}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT styleQML FROM layer_styles WHERE f_table_name = ? AND "
                              "useAsDefault = 1", (str(layer_name),)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if not row or not row[0]:
        return None
    return _qml_file(row[0], f"embedded_{layer_name}")


def apply_style(layer, qml: Path) -> bool:
    """Load ``qml`` into ``layer``; True on success."""
    if layer is None or qml is None:
        return False
    _message, ok = layer.loadNamedStyle(str(qml))
    if ok:
        layer.triggerRepaint()
    return bool(ok)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Apply a .qml style to an output layer when Processing loads it."""

    _alive = []  # Processing does not own post-processors: keep them referenced

    def __init__(self, qml: Path):
        super().__init__()
        self.qml = qml

    def postProcessLayer(self, layer, context, feedback):
        apply_style(layer, self.qml)

    @classmethod
    def create(cls, qml: Path):
        processor = cls(qml)
        cls._alive.append(processor)
        return processor
