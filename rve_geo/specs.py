"""Describe library operations for the front ends, by introspection only.

Everything here is data about the library's public signatures and numpydoc
docstrings: no analysis logic, no qgis and no click import. The ``rve`` command line
turns an :class:`OperationSpec` into click options (``rve_geo.cli._common``) and the QGIS
plugin into Processing parameters, so both show the library's own defaults and texts.

Mapping rules (library keyword ``max_fsi`` becomes parameter ``MAX_FSI``):

- positional ``GeoDataFrame`` -> feature source (required);
- keyword ``GeoDataFrame | None`` -> optional feature source;
- ``*_col`` string -> field of the layer it belongs to (explicit table, else the
  layer named in the docstring, else the first layer); ``*_cols`` -> several fields;
- ``Literal[...]`` or a numpydoc type ``{"a", "b"}`` -> enum of those strings;
- ``bool`` -> boolean, ``int`` -> integer, ``float`` -> number, path -> input file
  (output file for ``path``/``*_path`` of an operation that also takes layers),
  other ``str`` -> string; ``tuple[float, float]`` -> range (two numbers);
  an iterable of ``Literal[...]`` -> several of those strings; anything else -> JSON
  text (optional when defaulted);
- a keyword whose default is an options dataclass (``floor_area=FloorAreaOptions()``) ->
  one parameter per field, by the rules above, named after the field; where two names
  of one operation would be equal, each such field is named ``<keyword>_<field>``
  (``floor_area_storey_height_m``). :meth:`OperationSpec.assemble` turns the field
  values back into the object.

Key parameters (layers, required arguments and the few options in
:data:`KEY_OPTIONS`) are shown first; all others are *advanced*. Column keywords the
library detects from the column names when left empty (:data:`AUTO_COLUMNS`) carry
the names it looks for, so a front end can say which column will be used.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import typing
from collections.abc import Callable
from typing import Any

#: Keyword of the progress callback; never a parameter.
PROGRESS = "progress"

#: Explicit owner layer of a column keyword, where the docstring is not enough:
#: {(operation, keyword): layer keyword}.
FIELD_PARENTS: dict[tuple[str, str], str] = {
    **{("densification_potential", k): "buildings"
       for k in ("floor_area_col", "storeys_col", "height_col", "use_col", "status_col")},
    ("allowed_category_zones", "omgevingstype_col"): "sensitive",
}

#: Options shown with the layers as the key parameters of an operation; every other
#: keyword with a default is an advanced parameter.
KEY_OPTIONS: dict[str, tuple[str, ...]] = {
    "density_measures": ("floor_area_method",),
    "environmental_contours": ("category_col", "mode"),
    "contour_conflicts": ("category_col", "omgevingstype_col"),
    "max_allowed_category": ("omgevingstype_col", "omgevingstype"),
    "allowed_category_zones": ("omgevingstype_col", "omgevingstype"),
    "category_use": ("actual_col", "allowed_col"),
    "densification_potential": ("floor_area_method",),
    "redevelopment_stock": ("threshold_year",),
    "work_home_balance": ("homes_col", "jobs_col"),
    "transformation_monitor": ("id_col", "new_use_col"),
    "relocation_efficiency": ("cost_col", "band_eur_per_m2"),
    "opportunity_scores": ("vacancy_col", "owner_col", "terrein_col"),
    "kansenzones": ("score_col", "min_area_ha", "max_area_ha", "terrein_col"),
}

#: Column keywords the library fills in from the column names when left empty:
#: keyword -> key of :data:`rve_geo.sources.aliases.ALIASES`.
AUTO_COLUMNS: dict[str, str] = {
    "floor_area_col": "floor_area_m2",
    "storeys_col": "storeys",
    "height_col": "height_m",
    "roof_height_col": "roof_height",
    "ground_height_col": "ground_height",
    "usable_area_col": "usable_area_m2",
    "use_col": "use",
    "hall_col": "hall",
    "status_col": "status",
    "construction_year_col": "construction_year",
}


def auto_column(keyword: str, columns) -> str | None:
    """The column the library uses for ``keyword`` left empty, given a layer's ``columns``.

    None when the keyword is not detected automatically, when no column fits, or when
    several fit (the library then asks for the column).

    Examples
    --------
    >>> auto_column("floor_area_col", ["identificatie", "bvo", "geometry"])
    'bvo'
    >>> auto_column("storeys_col", ["identificatie"]) is None
    True
    """
    canonical = AUTO_COLUMNS.get(keyword)
    if canonical is None:
        return None
    import pandas as pd

    from .errors import MissingColumnError
    from .sources.aliases import resolve_column

    try:
        return resolve_column(pd.DataFrame(columns=list(columns)), canonical, argument="layer")
    except MissingColumnError:
        return None


def auto_candidates(keyword: str) -> tuple[str, ...]:
    """Column names the library looks for when ``keyword`` is left empty (in order).

    >>> auto_candidates("storeys_col")[:2]
    ('b3_bouwlagen', 'bouwlagen')
    """
    canonical = AUTO_COLUMNS.get(keyword)
    if canonical is None:
        return ()
    from .sources.aliases import ALIASES

    return ALIASES[canonical]


#: Geometry kind expected per layer role; roles not listed accept any geometry.
LAYER_GEOMETRY: dict[str, str] = {
    "parcels": "polygon",
    "buildings": "polygon",
    "zones": "polygon",
    "sources": "polygon",
    "areas": "polygon",
    "rules": "polygon",
    "contours": "polygon",
    "omgevingstype_areas": "polygon",
    "before": "polygon",
    "after": "polygon",
}


@dataclasses.dataclass(frozen=True)
class ParamSpec:
    """One library argument seen as a Processing parameter."""

    name: str  # library keyword
    kind: str  # layer, field, fields, enum, enums, bool, int, float, range, string, file,
    # file_out, json
    optional: bool
    default: Any = None
    positional: bool = False
    options: tuple[str, ...] = ()
    parent: str | None = None  # for fields: the layer keyword
    geometry: str = "any"  # for layers: polygon or any
    description: str = ""
    advanced: bool = False  # not a key parameter (see KEY_OPTIONS)
    number_type: str = "float"  # for ranges: float or int
    group: str | None = None  # for a field of an options object: the library keyword
    field: str | None = None  # ... and the field's name in the options class

    @property
    def key(self) -> str:
        return self.name.upper()

    @property
    def label(self) -> str:
        return label_for(self.name)

    @property
    def auto_candidates(self) -> tuple[str, ...]:
        """Names the library looks for when this column keyword is left empty."""
        return auto_candidates(self.name) if self.kind == "field" else ()

    @property
    def extension(self) -> str:
        """File extension named in the description (``.shp`` -> ``shp``), or ''."""
        m = re.search(r"``\.(\w+)``|\.(gml|shp|gpkg|csv|tif|html)\b", self.description)
        return (m.group(1) or m.group(2)) if m else ""


@dataclasses.dataclass(frozen=True)
class OperationSpec:
    """A library operation described for a Processing front end."""

    name: str
    group: str
    summary: str
    extended: str
    params: tuple[ParamSpec, ...]
    returns: str
    func: Callable = dataclasses.field(repr=False, compare=False, default=None)
    #: options keyword -> its dataclass (``{"floor_area": FloorAreaOptions}``)
    option_classes: dict[str, type] = dataclasses.field(repr=False, compare=False,
                                                        default_factory=dict)

    @property
    def algorithm_id(self) -> str:
        return algorithm_id(self.name)

    @property
    def display_name(self) -> str:
        return label_for(self.name)

    @property
    def writes_files(self) -> bool:
        """True when the operation writes its own files (GIO, Shapefile export)."""
        return any(p.kind == "file_out" for p in self.params)

    def param(self, name: str) -> ParamSpec:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def assemble(self, values: dict[str, Any]) -> dict[str, Any]:
        """Library keywords from front-end values: the fields given become their object.

        Fields not given keep the class default; a keyword that is not a field passes
        unchanged.

        Examples
        --------
        >>> spec = describe_operation("density_measures")
        >>> kwargs = spec.assemble({"storeys_col": "bouwlagen", "zones": None})
        >>> sorted(kwargs), kwargs["floor_area"].storeys_col
        (['floor_area', 'zones'], 'bouwlagen')
        """
        fields = {p.name: p for p in self.params if p.group is not None}
        out: dict[str, Any] = {}
        grouped: dict[str, dict[str, Any]] = {}
        for key, value in values.items():
            if key in fields:
                grouped.setdefault(fields[key].group, {})[fields[key].field] = value
            else:
                out[key] = value
        for group, given in grouped.items():
            out[group] = self.option_classes[group](**given)
        return out


def algorithm_id(operation: str) -> str:
    """``density_measures`` -> ``densitymeasures`` (the id after ``rve:``)."""
    return operation.replace("_", "").lower()


_UNIT_SUFFIXES = (("_per_m2", " per m²"), ("_per_ha", " per ha"), ("_m2", " (m²)"), ("_ha", " (ha)"), ("_m", " (m)"),
                  ("_share", " share (fraction)"), ("_col", " column"))


def label_for(keyword: str) -> str:
    """A readable English label from a keyword: ``storey_height_m`` -> ``Storey height (m)``."""
    text = keyword
    tail = ""
    for suffix, words in _UNIT_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            text, tail = text[: -len(suffix)], words
            break
    words = text.replace("_", " ").strip()
    words = re.sub(r"\b(fsi|gsi|osr|crs|hmc|imro|gio|bag|brk|bvo|go|sbi|id|frbr|eur)\b",
                   lambda m: m.group(1).upper(), words)
    return (words[:1].upper() + words[1:] + tail).strip()


# ---------------------------------------------------------------- numpydoc


def parse_numpydoc(doc: str | None) -> tuple[str, str, dict[str, tuple[str, str]], str]:
    """Split a numpydoc docstring: (summary, extended text, {name: (type, text)}, returns).

    Combined entries (``a_col, b_col : str, optional``) give one entry per name.
    Parameter texts and the returns text keep their line breaks (paragraphs, lists);
    the returns text leaves out the type lines.
    """
    text = inspect.cleandoc(doc or "")
    lines = text.splitlines()
    sections: dict[str, list[str]] = {"": []}
    current = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() and re.fullmatch(r"-{3,}", nxt.strip()) and not line.startswith(" "):
            current = line.strip().lower()
            sections[current] = []
            i += 2
            continue
        sections.setdefault(current, []).append(line)
        i += 1
    head = "\n".join(sections.get("", [])).strip()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", head) if p.strip()]
    summary = " ".join(paragraphs[0].split()) if paragraphs else ""
    extended = "\n\n".join(" ".join(p.split()) for p in paragraphs[1:])
    params: dict[str, tuple[str, str]] = {}
    names: list[str] = []
    for line in sections.get("parameters", []):
        if line and not line.startswith(" "):
            left, _, type_text = line.partition(" : ")
            names = [n.strip().lstrip("*") for n in left.split(",") if n.strip()]
            for n in names:
                params[n] = (type_text.strip(), "")
        elif names:  # description lines keep their breaks (paragraphs, "- " lists)
            for n in names:
                t, d = params[n]
                params[n] = (t, (d + "\n" + line.strip()).strip("\n"))
    params = {n: (t, re.sub(r"\n{3,}", "\n\n", d)) for n, (t, d) in params.items()}
    # the returned object's description, without its type lines ("GeoDataFrame")
    body = [line for line in sections.get("returns", []) if line.startswith(" ") or not line]
    returns = inspect.cleandoc("\n".join(body)) if body else ""
    return summary, extended, params, returns


# ---------------------------------------------------------------- types


def _hints(func: Callable) -> dict[str, Any]:
    try:
        return typing.get_type_hints(func)
    except Exception:  # unresolvable names under TYPE_CHECKING: fall back to text
        return dict(getattr(func, "__annotations__", {}))


def _type_text(annotation: Any) -> str:
    if isinstance(annotation, str):
        return annotation
    return getattr(annotation, "__name__", None) or str(annotation)


def _union_args(annotation: Any) -> tuple[Any, ...]:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or type(annotation).__name__ == "UnionType":
        return typing.get_args(annotation)
    return (annotation,)


def _literal_values(annotation: Any) -> tuple[str, ...]:
    for arg in _union_args(annotation):
        if typing.get_origin(arg) is typing.Literal:
            return tuple(str(v) for v in typing.get_args(arg))
    if isinstance(annotation, str) and "Literal[" in annotation:
        return tuple(re.findall(r"['\"]([^'\"]+)['\"]", annotation.split("Literal[", 1)[1]))
    return ()


def _has(annotation: Any, *names: str) -> bool:
    parts = _union_args(annotation)
    texts = [_type_text(p) for p in parts] if not isinstance(annotation, str) else \
        [p.strip() for p in annotation.split("|")]
    return any(t.split(".")[-1].split("[")[0] in names for t in texts)


def _doc_choices(type_text: str) -> tuple[str, ...]:
    m = re.match(r"\s*\{([^}]*)\}", type_text or "")
    if not m:
        return ()
    return tuple(re.findall(r"['\"]([^'\"]+)['\"]", m.group(1)))


def _range_type(annotation: Any) -> str | None:
    """``float``/``int`` for ``tuple[float, float]`` / ``tuple[int, int]``, else None."""
    for arg in _union_args(annotation):
        if typing.get_origin(arg) is tuple:
            items = typing.get_args(arg)
            if len(items) == 2 and items[0] is items[1] and items[0] in (float, int):
                return items[0].__name__
    return None


def _iterable_choices(annotation: Any) -> tuple[str, ...]:
    """The strings of ``Iterable[Literal[...]]`` (or Sequence, list ...), else ()."""
    for arg in _union_args(annotation):
        origin = typing.get_origin(arg)
        if origin is not None and origin is not typing.Literal and typing.get_args(arg):
            inner = typing.get_args(arg)[0]
            if typing.get_origin(inner) is typing.Literal:
                return tuple(str(v) for v in typing.get_args(inner))
    return ()


def _classify(name: str, annotation: Any, doc_type: str) -> tuple[str, tuple[str, ...]]:
    if _has(annotation, "GeoDataFrame"):
        return "layer", ()
    if _range_type(annotation):
        return "range", ()
    if _iterable_choices(annotation):
        return "enums", _iterable_choices(annotation)
    choices = _literal_values(annotation) or _doc_choices(doc_type)
    if choices:
        return "enum", choices
    if _has(annotation, "bool"):
        return "bool", ()
    if _has(annotation, "float"):
        return "float", ()
    if _has(annotation, "int"):
        return "int", ()
    if _has(annotation, "PathLike", "Path"):
        return "file", ()
    if name.endswith("_col") and _has(annotation, "str"):
        return "field", ()
    if name.endswith("_cols") and _has(annotation, "Sequence", "list", "tuple"):
        return "fields", ()
    if _has(annotation, "str"):  # text, or text standing for a richer object
        return "string", ()
    return "json", ()


def _owner_layer(operation: str, keyword: str, description: str, layers: list[str]) -> str:
    if (operation, keyword) in FIELD_PARENTS:
        return FIELD_PARENTS[(operation, keyword)]
    text = description.lower()
    hits = []
    for layer in layers:
        singular = layer[:-1] if layer.endswith("s") else layer
        pos = [p for p in (text.find(layer), text.find(singular)) if p >= 0]
        if pos:
            hits.append((min(pos), layer))
    if hits:
        return min(hits)[1]
    prefix = keyword.split("_", 1)[0]
    for layer in layers:
        if layer.startswith(prefix):
            return layer
    return layers[0]


def option_class(default: Any) -> type | None:
    """The options dataclass of a keyword, from its default (None for a plain keyword)."""
    if dataclasses.is_dataclass(default) and not isinstance(default, type):
        return type(default)
    return None


def _arguments(func: Callable) -> tuple[list[tuple], dict[str, type], dict]:
    """One row per front-end parameter: (name, annotation, doc type, doc text, default,
    options keyword, field, signature parameter); the options classes; the docstring."""
    sig = inspect.signature(func)
    hints = _hints(func)
    doc = parse_numpydoc(func.__doc__)
    rows, classes = [], {}
    for p in sig.parameters.values():
        if p.name == PROGRESS or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        cls = option_class(p.default)
        if cls is None:
            doc_type, doc_text = doc[2].get(p.name, ("", ""))
            rows.append((p.name, hints.get(p.name, p.annotation), doc_type, doc_text, p.default,
                         None, None, p))
            continue
        classes[p.name] = cls
        field_hints = _hints(cls)
        field_docs = parse_numpydoc(cls.__doc__)[2]
        for f in dataclasses.fields(cls):
            doc_type, doc_text = field_docs.get(f.name, ("", ""))
            default = getattr(p.default, f.name)  # the keyword's default object
            rows.append((f.name, field_hints.get(f.name, f.type), doc_type, doc_text, default,
                         p.name, f.name, p))
    # a name two rows share is ambiguous: each such field gets its keyword as prefix
    names = [row[0] for row in rows]
    rows = [(f"{row[5]}_{row[0]}", *row[1:]) if row[5] and names.count(row[0]) > 1 else row
            for row in rows]
    return rows, classes, doc


def describe(name: str, func: Callable, group: str) -> OperationSpec:
    """Describe the library function ``func`` (operation ``name``) as parameters."""
    rows, classes, (summary, extended, _, returns) = _arguments(func)
    raw = []
    for front, annotation, doc_type, doc_text, default, grp, fld, p in rows:
        kind, options = _classify(front, annotation, doc_type)
        has_default = default is not inspect.Parameter.empty
        optional = has_default or _has(annotation, "None", "NoneType")
        raw.append((front, p, annotation, kind, options, default if has_default else None,
                    optional, doc_text, grp, fld))
    layers = [front for front, _, _, kind, *_ in raw if kind == "layer"]
    params = []
    for front, p, annotation, kind, options, default, optional, doc_text, grp, fld in raw:
        parent = None
        if kind in ("field", "fields"):
            if layers:
                parent = _owner_layer(name, front, doc_text, layers)
            else:
                kind = "string" if kind == "field" else "json"
        if kind == "file" and layers and (front == "path" or front.endswith("_path")):
            kind = "file_out"  # an operation on layers writes to this path
        if kind == "enum" and default is not None and str(default) not in options:
            options = (str(default), *options)
        positional = p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        structured = isinstance(default, (dict, list, tuple, set))
        params.append(ParamSpec(
            name=front, kind=kind, optional=optional,
            default=tuple(default) if kind == "range" and default is not None else (
                None if structured else default),
            positional=positional,
            options=tuple(options), parent=parent,
            geometry=LAYER_GEOMETRY.get(front, "any") if kind == "layer" else "any",
            description=doc_text,
            advanced=not (kind == "layer" or not optional
                          or front in KEY_OPTIONS.get(name, ())),
            number_type=_range_type(annotation) or "float",
            group=grp, field=fld,
        ))
    return OperationSpec(name=name, group=group, summary=summary, extended=extended,
                         params=tuple(params), returns=returns, func=func,
                         option_classes=classes)


def describe_operation(name: str) -> OperationSpec:
    """Describe ``rve_geo.<name>``; raises ImportError/AttributeError when it is missing."""
    import rve_geo

    return describe(name, getattr(rve_geo, name), rve_geo.operation_group(name))


def available_operations() -> tuple[list[OperationSpec], dict[str, str]]:
    """Specs of every importable operation, and {name: reason} for the others."""
    import rve_geo

    specs, missing = [], {}
    for name in rve_geo.OPERATIONS:
        try:
            specs.append(describe_operation(name))
        except Exception as exc:  # a module not written yet or broken: say which
            missing[name] = f"{type(exc).__name__}: {exc}"
    return specs, missing
