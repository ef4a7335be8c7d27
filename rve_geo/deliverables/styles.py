"""One style definition per result layer: the maps of the report, the QGIS plugin and
the ``layer_styles`` table of every result GeoPackage use it.

A style is chosen by the *operation and output* that made a layer (a name in
:data:`LAYER_STYLES`), never by which columns a layer happens to have: the pipeline's
``max_category`` column of opportunity scores holds the plan's text and must not be
drawn as milieuruimte. Classes come from fixed policy breaks where a regulation or
convention gives them (VNG milieucategorieën, Spacemate FSI, shares) and from the
data (quantiles) otherwise (potential, scores, kansenzones).

:func:`style_for` returns a :class:`Style`; :func:`to_qml` and :func:`to_sld` turn it
into QGIS QML and OGC SLD 1.1 text; :func:`write_layer_styles` writes the
``layer_styles`` table QGIS reads when it opens a GeoPackage layer (the style with
``useAsDefault`` is applied without any plugin).

Examples
--------
>>> s = style_for("environmental_contours")
>>> s.kind, s.field, s.classes[0].value, s.classes[0].label
('categorized', 'category', '1', 'categorie 1')
>>> s.order_by  # highest category (largest contour) drawn first, smallest on top
('category', False)
>>> import pandas as pd
>>> style_for("opportunity_scores", pd.DataFrame({"score": [0.1, 0.2, 0.3, 0.4, 0.9]})).kind
'graduated'
>>> "<renderer-v2" in to_qml(s) and "categorie 3.1" in to_sld(s, "environmental_contours")
True

Length: about 650 lines because this is the one style definition of every result layer (used
by the GeoPackage layer_styles, the shipped QML files and the plugin); one builder per
style, side by side, keeps the classes of all layers comparable.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "CATEGORY_COLOURS",
    "LAYER_STYLES",
    "Style",
    "StyleClass",
    "style_for",
    "style_key",
    "to_qml",
    "to_sld",
    "write_layer_styles",
    "write_style_rows",
]

#: Colours per VNG milieucategorie, light (low) to dark (high).
CATEGORY_COLOURS: dict[str, str] = {
    "1": "#ffffcc", "2": "#ffeda0", "3.1": "#fed976", "3.2": "#feb24c", "4.1": "#fd8d3c",
    "4.2": "#fc4e2a", "5.1": "#e31a1c", "5.2": "#bd0026", "5.3": "#800026", "6": "#4d0019",
}
#: Spacemate FSI classes for business land: (lower, upper, colour).
FSI_CLASSES = ((0.0, 0.25, "#fff5eb"), (0.25, 0.5, "#fdd0a2"), (0.5, 0.75, "#fd8d3c"),
               (0.75, 1.0, "#e6550d"), (1.0, 1.5, "#a63603"), (1.5, 99.0, "#4a1400"))
#: Distinct colours for kansenzones 1, 2, ...
ZONE_PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
                "#1f78b4", "#b2df8a", "#fb9a99")
_GREENS = ("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c")
_PURPLES = ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f")
_BLUES = ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")
_NONE = "#d9d9d9"

#: Most classes a categorized style is written with: a legend of thousands of kansenzones
#: helps no one, and their QML (about 1 kB a class) would be read each time the layer is
#: opened. Styles with more classes and a colour expression become one symbol coloured by
#: that expression (the same colours), the SLD one rule.
MAX_CATEGORIES = 100


@dataclass(frozen=True)
class StyleClass:
    """One legend entry: a category ``value`` or a range [``lower``, ``upper``)."""

    label: str
    colour: str
    value: str | None = None
    lower: float | None = None
    upper: float | None = None


@dataclass(frozen=True)
class Style:
    """A layer style: renderer kind, field, classes, outline, drawing order, label."""

    key: str
    title: str
    kind: str  # "categorized", "graduated" or "single"
    field: str | None
    classes: tuple[StyleClass, ...]
    opacity: float = 1.0
    outline: str = "#636363"
    outline_width_mm: float = 0.1
    filled: bool = True
    order_by: tuple[str, bool] | None = None  # (field or QGIS expression, ascending)
    label_expression: str | None = None
    #: QGIS expression giving each feature the colour of its class, and the legend label
    #: of that one symbol: a categorized style with more than ``MAX_CATEGORIES`` classes is
    #: written as one symbol coloured by this expression (see :func:`to_qml`)
    colour_expression: str | None = None
    colour_expression_label: str | None = None


#: Result layer (pipeline layer name, or plugin output "operation" / "operation.output")
#: -> style key.
LAYER_STYLES: dict[str, str] = {
    "parcel_density": "fsi",
    "density_measures": "fsi",
    "parcel_results": "fsi",
    "terrein_density": "fsi_net",
    "environmental_contours": "contours",
    "contour_conflicts": "conflicts",
    "max_allowed_category": "max_category",
    "allowed_category_zones": "max_category",
    "category_use": "unused_steps",
    "densification_potential": "potential",
    "redevelopment_stock": "pre_threshold_share",
    "work_home_balance": "fmi",
    "opportunity_scores": "score",
    "kansenzones": "kansenzones",
    "kansenzones.zones": "kansenzones",
    "kansenzone_parcels": "kansenzone_parcels",
    "kansenzones.parcels": "kansenzone_parcels",
    "sensitive_objects": "sensitive",
    "plan_zones": "outline",
    "read_imro": "plan_objects",
    "transformation_monitor": "outline",
    "transformation_monitor.changes": "transformation_changes",
    "transformation_monitor.per_id": "transformation_status",
    "relocation_efficiency": "relocation",
}

_TEXT = {
    "nl": {
        "fsi": "FSI (bebouwingsdichtheid)", "fsi_net": "FSI netto per terrein",
        "contours": "Milieucontouren per categorie", "conflicts": "Gevoelige objecten binnen "
        "een contour", "max_category": "Hoogst toegestane milieucategorie",
        "unused_steps": "Scheefwerken: ongebruikte categoriestappen",
        "potential": "Verdichtingspotentieel (m² bvo)",
        "pre_threshold_share": "Aandeel vloeroppervlak van vóór het peiljaar",
        "fmi": "Functiemengingsindex (FMI)", "score": "Herontwikkelingsscore (0-1)",
        "kansenzones": "Kansenzones", "kansenzone_parcels": "Percelen per kansenzone",
        "sensitive": "Woningen en andere gevoelige objecten", "outline": "Begrenzing",
        "cat": "categorie {}", "none_cat": "geen (zelfs categorie 1 niet)",
        "above": "boven toegestaan", "steps0": "volledig benut (0 stappen)",
        "step1": "1 stap ongebruikt", "steps": "{} stappen ongebruikt",
        "steps_more": "3 of meer stappen ongebruikt", "zone": "zone {}",
        "no_zone": "in geen kansenzone",
        "zones_many": "kansenzone (een kleur per zone)",
        "zones_many_parcels": "kavel in een kansenzone (een kleur per zone; grijs: in geen "
        "zone)", "unknown": "onbekend", "share": "{} - {} %",
        "conflict": "binnen de richtafstand", "homes": "woning / gevoelig object",
        "border": "begrenzing", "and_more": "{} en meer",
        "plan_objects": "Planobjecten naar soort",
        "transformation_changes": "Verloren en gewonnen bedrijfsgrond",
        "transformation_status": "Transformatie per kavel",
        "relocation": "Verplaatsingskosten tegenover de bandbreedte",
        "lost": "verloren", "gained": "gewonnen", "removed": "verdwenen",
        "added": "nieuw", "changed": "gewijzigd", "unchanged": "ongewijzigd",
        "below_band": "onder de bandbreedte", "within_band": "binnen de bandbreedte",
        "above_band": "boven de bandbreedte",
    },
    "en": {
        "fsi": "FSI (floor space index)", "fsi_net": "Net FSI per terrein",
        "contours": "Environmental contours per category", "conflicts": "Sensitive objects "
        "inside a contour", "max_category": "Highest allowed environmental category",
        "unused_steps": "Category use: unused category steps",
        "potential": "Densification potential (m² GFA)",
        "pre_threshold_share": "Share of floor area built before the threshold year",
        "fmi": "Function mix index (FMI)", "score": "Redevelopment score (0-1)",
        "kansenzones": "Opportunity zones", "kansenzone_parcels": "Parcels per opportunity zone",
        "sensitive": "Homes and other sensitive objects", "outline": "Outline",
        "cat": "category {}", "none_cat": "none (not even category 1)",
        "above": "above allowed", "steps0": "fully used (0 steps)",
        "step1": "1 step unused", "steps": "{} steps unused",
        "steps_more": "3 or more steps unused", "zone": "zone {}",
        "no_zone": "in no zone",
        "zones_many": "kansenzone (one colour per zone)",
        "zones_many_parcels": "parcel in a kansenzone (one colour per zone; grey: in no "
        "zone)", "unknown": "unknown", "share": "{} - {} %",
        "conflict": "inside the required distance", "homes": "home / sensitive object",
        "border": "outline", "and_more": "{} and more",
        "plan_objects": "Plan objects by type",
        "transformation_changes": "Business land lost and gained",
        "transformation_status": "Transformation per parcel",
        "relocation": "Relocation cost against the band",
        "lost": "lost", "gained": "gained", "removed": "removed", "added": "added",
        "changed": "changed", "unchanged": "unchanged", "below_band": "below the band",
        "within_band": "within the band", "above_band": "above the band",
    },
}


def _num(value: float, lang: str) -> str:
    text = f"{value:,.10g}" if abs(value) >= 1000 else f"{value:.10g}"
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def style_key(name: str, operation: str | None = None) -> str | None:
    """The style key of a result layer ``name`` (made by ``operation``), or None.

    >>> style_key("zones", "kansenzones"), style_key("parcel_density"), style_key("x")
    ('kansenzones', 'fsi', None)
    """
    if operation is not None:
        for candidate in (f"{operation}.{name}", operation):
            if candidate in LAYER_STYLES:
                return LAYER_STYLES[candidate]
    return LAYER_STYLES.get(name)


def _nice(value: float) -> float:
    """Round to two significant digits."""
    if value == 0 or not math.isfinite(value):
        return value
    digits = 1 - int(math.floor(math.log10(abs(value))))
    return round(value, digits)


def _quantile_classes(values: Any, colours: tuple[str, ...], lang: str,
                      lower: float | None = None) -> tuple[StyleClass, ...]:
    """Classes at the data's quantiles (rounded to 2 significant digits, unique)."""
    v = np.asarray(values, dtype="float64") if values is not None else np.array([])
    v = v[np.isfinite(v)]
    if not len(v):
        return ()
    lo = float(v.min()) if lower is None else lower
    hi = float(v.max())
    qs = np.quantile(v, np.linspace(0, 1, len(colours) + 1)[1:-1])
    inner = sorted({_nice(float(q)) for q in qs if lo < _nice(float(q)) < hi})
    edges = [lo, *inner, hi]
    if len(edges) < 2 or edges[-1] <= edges[0]:
        edges = [lo, lo + 1.0]
    n = len(edges) - 1
    pick = [colours[round(i * (len(colours) - 1) / max(n - 1, 1))] for i in range(n)]
    out = []
    for i in range(n):
        a, b = edges[i], edges[i + 1]
        upper = b if i < n - 1 else b + abs(b) * 1e-9 + 1e-9
        out.append(StyleClass(f"{_num(_nice(a), lang)} - {_num(_nice(b), lang)}", pick[i],
                              lower=a, upper=upper))
    return tuple(out)


def _category_classes(t: Mapping[str, str]) -> tuple[StyleClass, ...]:
    # category names such as "3.1" are names (VNG), not decimals: no Dutch comma
    cats = [StyleClass(t["cat"].format(c), colour, value=c)
            for c, colour in CATEGORY_COLOURS.items()]
    return tuple(cats)


def _fsi_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
               lang: str) -> Style:
    """Fixed FSI classes of :data:`FSI_CLASSES` (per parcel, or net per terrein)."""
    classes = []
    for lo, hi, colour in FSI_CLASSES:
        label = (f"{_num(lo, lang)} - {_num(hi, lang)}" if hi < 99
                 else t["and_more"].format(_num(lo, lang)))
        classes.append(StyleClass(label, colour, lower=lo, upper=hi))
    return Style(key, t[key], "graduated", "fsi" if key == "fsi" else "fsi_net",
                 tuple(classes))


def _contours_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
                    lang: str) -> Style:
    """Milieu contours by category, half transparent, largest drawn first."""
    return Style(key, t[key], "categorized", "category", _category_classes(t),
                 opacity=0.45, outline="#b35806", outline_width_mm=0.3,
                 order_by=("category", False))


def _max_category_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
                        lang: str) -> Style:
    """Highest allowed category per parcel, plus a class for none allowed."""
    classes = (*_category_classes(t), StyleClass(t["none_cat"], "#bdbdbd", value=""))
    return Style(key, t[key], "categorized", "max_category", classes, opacity=0.85)


def _conflicts_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
                     lang: str) -> Style:
    """Conflicts by the category of the source; one red symbol without that column."""
    if frame is not None and "category" not in columns:
        return Style(key, t[key], "single", None,
                     (StyleClass(t["conflict"], "#d7301f"),), outline="#67000d",
                     outline_width_mm=0.2)
    return Style(key, t[key], "categorized", "category", _category_classes(t),
                 outline="#67000d", outline_width_mm=0.2, order_by=("category", True))


#: Styles with one class per value of a status column: key -> (field, ((value, colour), ...)).
#: Values are translated through the texts; plan object types are Dutch terms as they are.
_VALUE_STYLES: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "transformation_changes": ("change", (("lost", "#d7301f"), ("gained", "#1a9850"))),
    "transformation_status": ("status", (("removed", "#d7301f"), ("added", "#1a9850"),
                                         ("changed", "#fdae61"), ("unchanged", "#d9d9d9"))),
    "relocation": ("relocation_status", (("below_band", "#1a9850"),
                                         ("within_band", "#fee08b"),
                                         ("above_band", "#d7301f"), ("unknown", _NONE))),
    "plan_objects": ("object_type", (("enkelbestemming", "#c7e9c0"),
                                     ("dubbelbestemming", "#fdd0a2"),
                                     ("gebiedsaanduiding", "#fdae6b"),
                                     ("maatvoering", "#fd8d3c"),
                                     ("bouwvlak", "#6baed6"),
                                     ("functieaanduiding", "#9e9ac8"))),
}


def _value_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
                 lang: str) -> Style:
    """One colour per value of a status or type column (:data:`_VALUE_STYLES`)."""
    field, values = _VALUE_STYLES[key]
    classes = tuple(StyleClass(t.get(value, value), colour, value=value)
                    for value, colour in values)
    if key == "plan_objects":  # overlapping, opaque: bestemmingen first, small objects on top
        rank = " ".join(f"WHEN \"{field}\" = '{value}' THEN {i}"
                        for i, (value, _c) in enumerate(values))
        return Style(key, t[key], "categorized", field, classes, opacity=1.0,
                     outline="#525252", order_by=(f"CASE {rank} ELSE 99 END", True))
    return Style(key, t[key], "categorized", field, classes, opacity=0.85)


def _sensitive_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
                     lang: str) -> Style:
    """One light blue symbol for homes and other sensitive objects."""
    return Style(key, t[key], "single", None, (StyleClass(t["homes"], "#9ecae1"),),
                 outline="#6baed6")


def _outline_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
                   lang: str) -> Style:
    """An unfilled black outline."""
    return Style(key, t[key], "single", None, (StyleClass(t["border"], "#000000"),),
                 outline="#252525", outline_width_mm=0.5, filled=False)


def _unused_steps_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
                        lang: str) -> Style:
    """Unused category steps: above allowed, fully used, 1, 2, 3 or more unused."""
    classes = (StyleClass(t["above"], "#d7191c", lower=-99.0, upper=-0.5),
               StyleClass(t["steps0"], "#f7f7f7", lower=-0.5, upper=0.5),
               StyleClass(t["step1"], _PURPLES[1], lower=0.5, upper=1.5),
               StyleClass(t["steps"].format(2), _PURPLES[3], lower=1.5, upper=2.5),
               StyleClass(t["steps_more"], _PURPLES[4], lower=2.5, upper=99.0))
    return Style(key, t[key], "graduated", "unused_steps", classes)


def _pre_threshold_share_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
                               lang: str) -> Style:
    """Share of floor area built before the threshold year, in quarters."""
    edges = (0.0, 0.25, 0.5, 0.75, 1.0 + 1e-9)
    classes = tuple(StyleClass(t["share"].format(round(a * 100), round(min(b, 1) * 100)),
                               _BLUES[i + 1], lower=a, upper=b)
                    for i, (a, b) in enumerate(zip(edges[:-1], edges[1:], strict=True)))
    return Style(key, t[key], "graduated", "floor_area_pre_threshold_share", classes)


def _fmi_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
               lang: str) -> Style:
    """Function mix index in steps of 20, labelled with its value."""
    edges = (0.0, 20.0, 40.0, 60.0, 80.0, 100.0 + 1e-9)
    classes = tuple(StyleClass(f"{round(a)} - {round(min(b, 100))}", _PURPLES[i],
                               lower=a, upper=b)
                    for i, (a, b) in enumerate(zip(edges[:-1], edges[1:], strict=True)))
    return Style(key, t[key], "graduated", "fmi", classes, opacity=0.5,
                 label_expression="'FMI ' || round(\"fmi\")")


def _quantile_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
                    lang: str) -> Style:
    """Potential or score at the data's quantiles; even breaks when there is no data."""
    field = "potential_m2" if key == "potential" else "score"
    values = frame[field] if frame is not None and field in columns else None
    classes = _quantile_classes(values, _GREENS, lang, lower=0.0)
    if not classes:  # no data yet: even breaks
        top = 1.0 if key == "score" else 10_000.0
        edges = np.linspace(0, top, 6)
        classes = tuple(StyleClass(f"{_num(_nice(a), lang)} - {_num(_nice(b), lang)}",
                                   _GREENS[i], lower=float(a), upper=float(b))
                        for i, (a, b) in enumerate(zip(edges[:-1], edges[1:], strict=True)))
    return Style(key, t[key], "graduated", field, classes)


def _zone_ids(frame: Any, columns: set) -> list:
    """The zone numbers in ``frame`` (sorted), or 1..len(ZONE_PALETTE) when there are none."""
    ids: list = []
    if frame is not None and "zone_id" in columns:
        import pandas as pd

        raw = [v for v in frame["zone_id"].tolist() if not pd.isna(v)]
        ids = sorted({int(v) if float(v).is_integer() else v for v in raw}, key=float)
    if not ids:
        ids = list(range(1, len(ZONE_PALETTE) + 1))
    return ids


def _zones_style(key: str, t: Mapping[str, str], frame: Any, columns: set,
                 lang: str) -> Style:
    """One colour per kansenzone; the parcel layer adds a class for parcels in no zone."""
    classes = [StyleClass(t["zone"].format(z), ZONE_PALETTE[i % len(ZONE_PALETTE)],
                          value=str(z)) for i, z in enumerate(_zone_ids(frame, columns))]
    # kansenzones are numbered 1..K, so zone k has class k - 1 and its palette colour
    palette = ", ".join(f"'{c}'" for c in ZONE_PALETTE)
    by_zone = f'array_get(array({palette}), ("zone_id" - 1) % {len(ZONE_PALETTE)})'
    if key == "kansenzone_parcels":
        classes.append(StyleClass(t["no_zone"], _NONE, value=""))
        return Style(key, t[key], "categorized", "zone_id", tuple(classes), opacity=0.9,
                     outline="#ffffff", outline_width_mm=0.1,
                     colour_expression=f"""CASE WHEN "zone_id" IS NULL THEN '{_NONE}' """
                                       f"ELSE {by_zone} END",
                     colour_expression_label=t["zones_many_parcels"])
    return Style(key, t[key], "categorized", "zone_id", tuple(classes), opacity=0.85,
                 outline="#ffffff", outline_width_mm=0.4,
                 label_expression="'zone ' || \"zone_id\"", colour_expression=by_zone,
                 colour_expression_label=t["zones_many"])


_STYLE_BUILDERS: dict[str, Callable[..., Style]] = {
    "fsi": _fsi_style, "fsi_net": _fsi_style,
    "contours": _contours_style,
    "max_category": _max_category_style,
    "conflicts": _conflicts_style,
    "sensitive": _sensitive_style,
    "outline": _outline_style,
    "unused_steps": _unused_steps_style,
    "pre_threshold_share": _pre_threshold_share_style,
    "fmi": _fmi_style,
    "potential": _quantile_style, "score": _quantile_style,
    "kansenzones": _zones_style, "kansenzone_parcels": _zones_style,
    **{key: _value_style for key in _VALUE_STYLES},
}
"""Style key -> builder ``(key, texts, frame, columns, lang) -> Style``."""


def style_for(name: str, frame: Any = None, *, operation: str | None = None,
              lang: str = "nl") -> Style | None:
    """The :class:`Style` of result layer ``name`` (None when it has none).

    Parameters
    ----------
    name : str
        A pipeline layer name (``parcel_density``, ``kansenzones`` ...) or a plugin
        output name with its ``operation``.
    frame : DataFrame, optional
        The layer's data: data-driven classes (quantiles, zone numbers) come from it.
    operation : str, optional
        The library operation that made the layer (plugin outputs).
    lang : {"nl", "en"}
        Language of titles and legend labels.

    Returns
    -------
    Style or None

    Examples
    --------
    >>> style_for("max_allowed_category").classes[-1].label
    'geen (zelfs categorie 1 niet)'
    >>> style_for("max_allowed_category", lang="en").classes[2].label
    'category 3.1'
    """
    key = style_key(name, operation)
    if key is None:
        return None
    t = _TEXT.get(lang, _TEXT["nl"])
    columns = set(getattr(frame, "columns", ()))
    if key == "fsi" and frame is not None and "fsi" not in columns and "fsi_net" in columns:
        key = "fsi_net"  # density_measures with zones= gives the per-terrein variant
    build = _STYLE_BUILDERS.get(key)
    if build is not None:
        return build(key, t, frame, columns, lang)
    raise AssertionError(f"style key {key!r} has no definition")  # pragma: no cover


# --------------------------------------------------------------------------- QML


def _rgba(colour: str, alpha: float = 1.0) -> str:
    c = colour.lstrip("#")
    r, g, b = int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
    return f"{r},{g},{b},{round(alpha * 255)}"


def _attr(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _as_written(style: Style) -> tuple[Style, str]:
    """``style`` as QML and SLD write it, and the expression of its fill colour ("" for
    none): a categorized style with more than ``MAX_CATEGORIES`` classes and a colour
    expression becomes one symbol coloured by that expression."""
    if (style.kind != "categorized" or style.colour_expression is None
            or len(style.classes) <= MAX_CATEGORIES):
        return style, ""
    one = StyleClass(style.colour_expression_label or style.title, style.classes[0].colour)
    return replace(style, kind="single", classes=(one,)), style.colour_expression


def _qml_symbol(name: str, style: Style, cls: StyleClass, colour_expression: str = "") -> str:
    props = {
        "color": _rgba(cls.colour), "outline_color": _rgba(style.outline),
        "outline_style": "solid", "outline_width": f"{style.outline_width_mm:g}",
        "outline_width_unit": "MM", "style": "solid" if style.filled else "no",
        "joinstyle": "bevel", "offset": "0,0", "offset_unit": "MM",
    }
    options = "".join(f'<Option type="QString" name="{k}" value="{_attr(v)}"/>'
                      for k, v in props.items())
    legacy = "".join(f'<prop k="{k}" v="{_attr(v)}"/>' for k, v in props.items())
    defined = ""
    if colour_expression:  # the fill colour from an expression (QGIS data-defined property)
        defined = ('<data_defined_properties><Option type="Map">'
                   '<Option type="QString" name="name" value=""/><Option name="properties" '
                   'type="Map"><Option name="fillColor" type="Map">'
                   '<Option type="bool" name="active" value="true"/>'
                   f'<Option type="QString" name="expression" value="{_attr(colour_expression)}"/>'
                   '<Option type="int" name="type" value="3"/></Option></Option>'
                   '<Option type="QString" name="type" value="collection"/></Option>'
                   '</data_defined_properties>')
    return (f'<symbol type="fill" name="{name}" alpha="{style.opacity:g}" clip_to_extent="1" '
            f'force_rhr="0"><layer class="SimpleFill" enabled="1" locked="0" pass="0">'
            f'<Option type="Map">{options}</Option>{legacy}{defined}</layer></symbol>')


def _qml_labeling(expression: str) -> str:
    return ('<labeling type="simple"><settings calloutType="simple">'
            f'<text-style fieldName="{_attr(expression)}" isExpression="1" fontSize="10" '
            'fontSizeUnit="Point" textColor="0,0,0,255" fontWeight="75" textOpacity="1" '
            'multilineHeight="1" allowHtml="0">'
            '<text-buffer bufferDraw="1" bufferSize="1" bufferSizeUnits="MM" '
            'bufferColor="255,255,255,255" bufferOpacity="1" bufferNoFill="1" '
            'bufferJoinStyle="128"/></text-style>'
            '<placement placement="1" centroidInside="1" centroidWhole="0" dist="0" '
            'fitInPolygonOnly="0" priority="5"/>'
            '<rendering obstacle="1" scaleVisibility="0" fontLimitPixelSize="0" '
            'displayAll="0" upsidedownLabels="0" labelPerPart="0" mergeLines="0"/>'
            '</settings></labeling>')


def to_qml(style: Style) -> str:
    """QGIS QML (style categories symbology and labels) for ``style``.

    A categorized style with more than ``MAX_CATEGORIES`` classes and a colour expression
    (the kansenzones of a whole region) is written as one symbol whose fill colour is that
    expression: the same colour per feature, one legend entry, a QML of a few kB.

    >>> qml = to_qml(style_for("kansenzones"))
    >>> 'type="categorizedSymbol"' in qml and 'labelsEnabled="1"' in qml
    True
    >>> import pandas as pd
    >>> many = style_for("kansenzones", pd.DataFrame({"zone_id": range(1, 5001)}))
    >>> qml = to_qml(many)
    >>> 'type="singleSymbol"' in qml and 'name="fillColor"' in qml, len(qml) < 5000
    (True, True)
    """
    style, colour_expression = _as_written(style)
    symbols = "".join(_qml_symbol(str(i), style, c, colour_expression)
                      for i, c in enumerate(style.classes))
    order = ""
    if style.order_by is not None:
        field, asc = style.order_by
        expression = field if '"' in field else chr(34) + field + chr(34)  # field or expression
        order = (f'<orderby><orderByClause asc="{int(asc)}" nullsFirst="0">'
                 f'{_attr(expression)}</orderByClause></orderby>')
    flags = f'symbollevels="0" forceraster="0" enableorderby="{int(bool(order))}"'
    if style.kind == "categorized":
        cats = "".join(f'<category value="{_attr(c.value)}" label="{_attr(c.label)}" '
                       f'symbol="{i}" render="true"/>' for i, c in enumerate(style.classes))
        renderer = (f'<renderer-v2 type="categorizedSymbol" attr="{_attr(style.field)}" {flags}>'
                    f'<categories>{cats}</categories><symbols>{symbols}</symbols>{order}'
                    '</renderer-v2>')
    elif style.kind == "graduated":
        ranges = "".join(f'<range lower="{c.lower!r}" upper="{c.upper!r}" '
                         f'label="{_attr(c.label)}" symbol="{i}" render="true"/>'
                         for i, c in enumerate(style.classes))
        renderer = (f'<renderer-v2 type="graduatedSymbol" attr="{_attr(style.field)}" '
                    f'graduatedMethod="GraduatedColor" {flags}><ranges>{ranges}</ranges>'
                    f'<symbols>{symbols}</symbols>{order}</renderer-v2>')
    else:
        renderer = (f'<renderer-v2 type="singleSymbol" {flags}><symbols>{symbols}</symbols>'
                    f'{order}</renderer-v2>')
    labels = _qml_labeling(style.label_expression) if style.label_expression else ""
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            f'<qgis version="3.22.0" styleCategories="Symbology|Labeling" '
            f'labelsEnabled="{int(bool(labels))}">\n{renderer}\n{labels}\n'
            "<blendMode>0</blendMode><featureBlendMode>0</featureBlendMode>"
            "<layerOpacity>1</layerOpacity></qgis>\n")


# --------------------------------------------------------------------------- SLD


def _sld_fill(style: Style, cls: StyleClass) -> str:
    fill = (f'<se:Fill><se:SvgParameter name="fill">{cls.colour}</se:SvgParameter>'
            f'<se:SvgParameter name="fill-opacity">{style.opacity:g}</se:SvgParameter>'
            "</se:Fill>") if style.filled else ""
    width_px = style.outline_width_mm * 3.78
    return (f"<se:PolygonSymbolizer>{fill}<se:Stroke>"
            f'<se:SvgParameter name="stroke">{style.outline}</se:SvgParameter>'
            f'<se:SvgParameter name="stroke-width">{width_px:.2f}</se:SvgParameter>'
            "</se:Stroke></se:PolygonSymbolizer>")


def _sld_filter(style: Style, cls: StyleClass) -> str:
    prop = f"<ogc:PropertyName>{_attr(style.field)}</ogc:PropertyName>"
    if style.kind == "categorized":
        if cls.value in ("", None):
            return f"<ogc:Filter><ogc:PropertyIsNull>{prop}</ogc:PropertyIsNull></ogc:Filter>"
        return (f"<ogc:Filter><ogc:PropertyIsEqualTo>{prop}<ogc:Literal>{_attr(cls.value)}"
                "</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>")
    if style.kind == "graduated":
        return (f"<ogc:Filter><ogc:And><ogc:PropertyIsGreaterThanOrEqualTo>{prop}"
                f"<ogc:Literal>{cls.lower!r}</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>"
                f"<ogc:PropertyIsLessThan>{prop}<ogc:Literal>{cls.upper!r}</ogc:Literal>"
                "</ogc:PropertyIsLessThan></ogc:And></ogc:Filter>")
    return ""


def to_sld(style: Style, layer_name: str) -> str:
    """OGC SLD 1.1 (Symbology Encoding) for ``style``: one rule per class.

    >>> sld = to_sld(style_for("parcel_density"), "parcel_density")
    >>> sld.count("<se:Rule>")
    6
    """
    style, _ = _as_written(style)  # one rule for a compact style: SLD has no expression
    rules = "".join(f"<se:Rule><se:Name>{_attr(c.label)}</se:Name><se:Description><se:Title>"
                    f"{_attr(c.label)}</se:Title></se:Description>{_sld_filter(style, c)}"
                    f"{_sld_fill(style, c)}</se:Rule>" for c in style.classes)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld" '
            'xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<NamedLayer><se:Name>{_attr(layer_name)}</se:Name><UserStyle>"
            f"<se:Name>{_attr(style.title)}</se:Name><se:FeatureTypeStyle>{rules}"
            "</se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>\n")


# --------------------------------------------------------------------------- GeoPackage


def layer_styles_frame(layers: Mapping[str, Any], *, geometry_column: str = "geom",
                       lang: str = "nl", operations: Mapping[str, str] | None = None):
    """The ``layer_styles`` rows (QGIS's GeoPackage style table) for ``layers``.

    One default style per geometry layer that has a style definition.
    """
    import pandas as pd

    rows = []
    for name, frame in layers.items():
        if getattr(frame, "_geometry_column_name", None) is None:
            continue
        style = style_for(name, frame, operation=(operations or {}).get(name), lang=lang)
        if style is None:
            continue
        if style.field is not None and style.field not in frame.columns:
            continue
        rows.append({"f_table_catalog": "", "f_table_schema": "", "f_table_name": name,
                     "f_geometry_column": geometry_column, "styleName": name,
                     "styleQML": to_qml(style), "styleSLD": to_sld(style, name),
                     "useAsDefault": True, "description": style.title, "owner": "rve_geo",
                     "ui": None, "update_time": None})
    columns = ["f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column",
               "styleName", "styleQML", "styleSLD", "useAsDefault", "description", "owner",
               "ui", "update_time"]
    frame = pd.DataFrame(rows, columns=columns)
    frame["useAsDefault"] = frame["useAsDefault"].astype(bool)
    # no time stamp: the same run gives the same layer content (run_metadata has the times)
    frame["ui"] = frame["ui"].astype(object)
    frame["update_time"] = frame["update_time"].astype(object)
    return frame


def write_layer_styles(gpkg: Any, layers: Mapping[str, Any], *, lang: str = "nl",
                       operations: Mapping[str, str] | None = None) -> int:
    """Add a ``layer_styles`` table with the default style of each layer to ``gpkg``.

    Parameters
    ----------
    gpkg : path-like
        A GeoPackage that already holds ``layers`` (written by pyogrio, geometry
        column ``geom``).
    layers : mapping
        Layer name -> the frame written (classes from the data come from it).
    lang : {"nl", "en"}
        Language of the legend labels.
    operations : mapping, optional
        Layer name -> operation that made it, when the name alone does not say.

    Returns
    -------
    int
        The number of styles written.
    """
    return write_style_rows(gpkg, layer_styles_frame(layers, lang=lang,
                                                      operations=operations))


def write_style_rows(gpkg: Any, frame: Any) -> int:
    """Write ``layer_styles`` rows made by :func:`layer_styles_frame` into ``gpkg``.

    For a GeoPackage built layer by layer: the rows of each layer are made while its
    frame is at hand, and written together at the end. Returns the number of styles.
    """
    import pyogrio

    from .._write_process import settle

    if not len(frame):
        return 0
    settle(gpkg)  # the long layers handed to a writer process come first
    pyogrio.write_dataframe(frame, str(gpkg), layer="layer_styles", driver="GPKG",
                            append=False)
    from ..io import _set_descriptions

    _set_descriptions(Path(gpkg), {"layer_styles": "Map styles (QGIS QML and OGC SLD) of "
                                   "the result layers; QGIS applies the default style when "
                                   "it opens a layer, without any plugin"})
    return len(frame)


def classes_of(style: Style, values: Iterable[Any]) -> list[int | None]:
    """Index of the class each value falls in (None: no class), as QGIS draws it.

    Categories match the value's text (a missing value matches the class ``""``);
    ranges are ``lower < x <= upper``, the first range also includes its lower bound;
    the first class that matches wins. Vectorised: one pass per class, not per value.

    >>> classes_of(style_for("parcel_density"), [0.1, 0.6, 7.0, float("nan")])
    [0, 2, 5, None]
    """
    import pandas as pd

    values = list(values)
    n = len(values)
    if style.kind == "categorized":
        first: dict[str, int] = {}
        for i, c in enumerate(style.classes):
            first.setdefault(c.value or "", i)
        keys = ("" if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v))
                else str(v) for v in values)
        return [first.get(k) for k in keys]
    if style.kind != "graduated":
        return [0 if style.classes else None] * n
    x = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(float)
    hit = np.full(n, -1, dtype=np.int64)
    for i, c in enumerate(style.classes):
        if c.lower is None or c.upper is None:
            continue
        inside = (c.lower < x) & (x <= c.upper)
        if i == 0:
            inside |= x == c.lower
        hit[(hit < 0) & inside] = i
    return [int(h) if h >= 0 else None for h in hit]
