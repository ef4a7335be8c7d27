"""Styles shipped with the plugin (styles/*.qml) and the post-processor applying them."""

from pathlib import Path

from qgis.core import QgsProcessingLayerPostProcessorInterface

STYLE_DIR = Path(__file__).resolve().parent / "styles"

#: Columns that select a style, checked in order: (required columns, .qml file).
STYLE_RULES = (
    (("fsi",), "fsi.qml"),
    (("fsi_net",), "fsi_zones.qml"),
    (("zone_id", "score_mean"), "kansenzones.qml"),
    (("max_category",), "max_category.qml"),
    (("category", "distance_m"), "contours.qml"),
)


def style_for(columns) -> Path:
    """The .qml file for a result with ``columns``, or None."""
    names = set(columns)
    for required, qml in STYLE_RULES:
        if names.issuperset(required) and (STYLE_DIR / qml).exists():
            return STYLE_DIR / qml
    return None


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
