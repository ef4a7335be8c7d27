"""Batch configuration: one TOML file describes inputs, parameters, areas and outputs.

The file is plain data (TOML): it cannot execute code. It is validated strictly:
an unknown key, a value of the wrong type or a missing input file raises
:class:`~rve_geo.errors.ConfigError` naming the key and its line in the file.
Relative paths are resolved against the folder of the configuration file, and
outputs cannot leave the chosen output folder unless
``allow_outside_output = true``.

See ``docs/pipeline.md`` for every key, and ``rve init`` for a commented example.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "parcels.gpkg").write_bytes(b"")
>>> _ = (folder / "run.toml").write_text('''
... [inputs.parcels]
... path = "parcels.gpkg"
... ''')
>>> cfg = load_config(folder / "run.toml")
>>> cfg.inputs["parcels"].path == folder / "parcels.gpkg"
True
>>> cfg.outputs.folder == folder / "out"
True
>>> _ = (folder / "bad.toml").write_text('[inputs.parcels]\\npath = "parcels.gpkg"\\nlayr = "x"\\n')
>>> load_config(folder / "bad.toml")
Traceback (most recent call last):
...
rve_geo.errors.ConfigError: ...bad.toml, line 3: unknown key 'inputs.parcels.layr'...

Length: about 920 lines: every key of a configuration file is checked here, one function per
section, so that each message can name the key and its line.
"""

from __future__ import annotations

import math
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 (QGIS 3.22 ships 3.9/3.10)
    import tomli as tomllib

__all__ = [
    "INPUT_ROLES",
    "STAGE_NAMES",
    "OMGEVINGSTYPES",
    "OPTION_KEYS",
    "PARAMETER_TARGETS",
    "AreaSpec",
    "InputSpec",
    "OutputSpec",
    "RunConfig",
    "config_from_dict",
    "floor_area_options",
    "load_config",
    "read_config_data",
]

#: Input layers the pipeline knows, with what they are used for.
INPUT_ROLES: dict[str, str] = {
    "parcels": "kadastrale percelen or kavels (polygons): the unit of every per-parcel result; "
               "may carry plan rules and milieucategorie columns",
    "buildings": "BAG panden (polygons) with construction year and floor area or height",
    "terreinen": "bedrijventerrein outlines (polygons): tables per terrein, areas per terrein",
    "sensitive": "sensitive objects (homes, schools; polygons or points) for milieuzonering",
    "zones": "higher density levels such as bouwblokken (polygons)",
    "sources": "polygons that permit activities with a milieucategorie (default: parcels)",
    "plan": "plan zones (bestemmingsvlakken) with rules, an IMRO (2006, 2008, 2012) GML plan, "
            "or the folder of an omgevingsplan delivery (OW files and GIOs)",
}

#: Stages of :func:`rve_geo.pipeline.run.run_pipeline`, in order (``run.skip`` names them).
STAGE_NAMES = ("density", "terrein_density", "imro", "contours", "conflicts", "max_category",
               "allowed_zones", "category_use", "potential", "redevelopment", "work_home",
               "scores", "kansenzones")

#: Receiving-area types of the VNG distance table (DOMAIN.md section 2).
OMGEVINGSTYPES = ("rustige_woonwijk", "gemengd_gebied")


@dataclass(frozen=True)
class InputSpec:
    """One input layer: resolved path, optional layer and column renames (source -> canonical)."""

    role: str
    path: Path
    layer: str | None = None
    columns: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AreaSpec:
    """How the run is split into areas.

    ``split_by`` names an input role (e.g. ``"terreinen"``) whose features each become
    one area named by ``name_column``; ``explicit`` holds ``[[areas.list]]`` entries
    (name -> input overrides, e.g. one file per municipality). With neither, the
    whole input is one area named after ``run.name``.
    """

    split_by: str | None = None
    name_column: str | None = None
    only: tuple[str, ...] = ()
    explicit: tuple[tuple[str, Mapping[str, InputSpec]], ...] = ()
    context_m: float = 1500.0


@dataclass(frozen=True)
class OutputSpec:
    """Where results go; every path is inside ``folder`` unless ``allow_outside_output``."""

    folder: Path
    gpkg: str = "{area}.gpkg"
    shapefile: bool = False
    gio: tuple[str, ...] = ()
    report: bool = True
    tables: bool = True
    language: str = "nl"
    allow_outside_output: bool = False
    context: Path | None = None
    context_layer: str | None = None
    report_max_terreinen: int = 100
    report_rank_by: str = "potential_m2"

    def path_for(self, template: str, area: str) -> Path:
        """Resolve an output file name for ``area`` and refuse escapes from ``folder``."""
        name = template.replace("{area}", _slug(area))
        path = (self.folder / name).resolve()
        if not self.allow_outside_output and not _inside(path, self.folder.resolve()):
            raise ConfigError(
                f"outputs: '{template}' resolves to '{path}', outside the output folder "
                f"'{self.folder}'; use a plain file name, or set allow_outside_output = true."
            )
        return path


@dataclass(frozen=True)
class RunConfig:
    """A validated batch configuration (see :func:`load_config`)."""

    name: str
    target_crs: str
    inputs: Mapping[str, InputSpec]
    parameters: Mapping[str, Any]
    operations: Mapping[str, Mapping[str, Any]]
    areas: AreaSpec
    outputs: OutputSpec
    source: Path | None = None
    text: str = ""
    skip: tuple[str, ...] = ()

    def files_read(self) -> list[Path]:
        """Every file the run reads: inputs (also per area), tables named in parameters and
        operations. Hashed into ``run_metadata`` and never written."""
        paths = {s.path for s in self.inputs.values()}
        if self.outputs.context is not None:
            paths.add(self.outputs.context)
        for _, over in self.areas.explicit:
            paths |= {s.path for s in over.values()}
        for value in [self.parameters.get("distance_table"),
                      *(kw.get(k) for kw in self.operations.values() for k in PATH_KEYWORDS)]:
            if isinstance(value, Path):
                paths.add(value)
        return sorted(paths)

    def line_of(self, *keys: str) -> int | None:
        """Line number of a dotted key in the source text (None if unknown)."""
        return _find_line(self.text, list(keys[:-1]), keys[-1]) if self.text else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready view of the configuration (paths as strings), for run metadata."""
        def spec(s: InputSpec) -> dict[str, Any]:
            out = {"path": str(s.path), "layer": s.layer, "columns": dict(s.columns)}
            return {k: v for k, v in out.items() if v is not None}

        return {
            "run": {"name": self.name, "target_crs": self.target_crs, "skip": list(self.skip)},
            "inputs": {k: spec(v) for k, v in sorted(self.inputs.items())},
            "parameters": _plain(self.parameters),
            "operations": _plain(self.operations),
            "areas": {k: v for k, v in {
                "split_by": self.areas.split_by, "name_column": self.areas.name_column,
                "only": list(self.areas.only), "context_m": self.areas.context_m,
                "list": [{"name": n, "inputs": {k: spec(v) for k, v in sorted(i.items())}}
                         for n, i in self.areas.explicit],
            }.items() if v is not None},
            "outputs": {
                "folder": str(self.outputs.folder), "gpkg": self.outputs.gpkg,
                "shapefile": self.outputs.shapefile, "gio": list(self.outputs.gio),
                "report": self.outputs.report, "tables": self.outputs.tables,
                "language": self.outputs.language,
                "allow_outside_output": self.outputs.allow_outside_output,
                **({"context": str(self.outputs.context)} if self.outputs.context else {}),
                **({"context_layer": self.outputs.context_layer}
                   if self.outputs.context_layer else {}),
                "report_max_terreinen": self.outputs.report_max_terreinen,
                "report_rank_by": self.outputs.report_rank_by,
            },
        }


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def _slug(name: str) -> str:
    s = re.sub(r"[^A-Za-z0-9._-]+", "_", str(name)).strip("._")
    return s or "area"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------- line lookup

def _depth(data: Any, path: list) -> int:
    """How many leading keys (or ``[[array]]`` indices) of ``path`` exist in ``data``."""
    n = 0
    for part in path:
        if isinstance(part, int) and isinstance(data, list) and part < len(data):
            data = data[part]
        elif isinstance(part, str) and isinstance(data, dict) and part in data:
            data = data[part]
        else:
            break
        n += 1
    return n


def _find_line(text: str, table: list, key: str | None) -> int | None:
    """1-based line of ``key`` under ``[table]`` in TOML ``text``; None if not found.

    ``table`` may contain ints: the index of a ``[[array]]`` element. The line is the
    first line whose text up to and including it, parsed with ``tomllib``, holds the
    key; when the key itself is absent, the line of the deepest enclosing table. Only
    used for messages, so parsing the prefixes one by one (after a failure) is cheap.
    """
    target = [*table, key] if key is not None else list(table)
    try:
        wanted = _depth(tomllib.loads(text), target)
    except tomllib.TOMLDecodeError:
        return None
    if wanted == 0:
        return None
    lines = text.splitlines(keepends=True)
    for n in range(1, len(lines) + 1):
        try:
            prefix = tomllib.loads("".join(lines[:n]))
        except tomllib.TOMLDecodeError:
            continue  # inside a multi-line value
        if _depth(prefix, target) >= wanted:
            return n
    return None


# --------------------------------------------------------------------------- validation


class _Checker:
    """Validates the parsed TOML, raising ConfigError with file, line and key."""

    def __init__(self, text: str, source: Path | None) -> None:
        self.text = text
        self.source = source
        self.base = source.parent if source is not None else Path.cwd()

    def fail(self, path: list, message: str) -> None:
        table, key = (path[:-1], path[-1]) if path else ([], None)
        line = _find_line(self.text, table, key) if self.text else None
        if line is None and table:
            line = _find_line(self.text, table[:-1], table[-1])
        dotted = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in path)
        text = message.replace("{key}", repr(dotted.replace(".[", "[")))
        # written out in full so that the translations collect each form
        if self.source is None:
            raise ConfigError(f"configuration, line {line}: {text}" if line
                              else f"configuration: {text}")
        raise ConfigError(f"{self.source}, line {line}: {text}" if line
                          else f"{self.source}: {text}")

    def table(self, data: Any, path: list, allowed: Mapping[str, Any] | None) -> dict:
        if not isinstance(data, dict):
            self.fail(path, f"{{key}} must be a table, got {_describe(data)}")
        if allowed is not None:
            for key in data:
                if key not in allowed:
                    close = _close(key, allowed)
                    names = ", ".join(sorted(allowed))
                    self.fail([*path, key],
                              f"unknown key {{key}} (did you mean '{close}'?); allowed keys: "
                              f"{names}" if close else
                              f"unknown key {{key}}; allowed keys: {names}")
        return data

    def value(self, data: dict, path: list, key: str, kind, default=None, *, required=False):
        if key not in data:
            if required:
                self.fail(path, f"missing required key '{key}' in {{key}}")
            return default
        value = data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        ok = any(isinstance(value, k) and not (k in (int, float) and isinstance(value, bool))
                 for k in kinds)
        if float in kinds and isinstance(value, int) and not isinstance(value, bool):
            ok = True
        if not ok:
            wants = [_kind_name(k) for k in kinds]
            got = _describe(value)
            if len(wants) == 1:
                self.fail([*path, key], f"{{key}} must be {wants[0]}, got {got}")
            self.fail([*path, key], f"{{key}} must be {' or '.join(wants[:-1])} or {wants[-1]}, "
                      f"got {got}")
        return value

    def path(self, data: dict, path: list, key: str, *, must_exist: bool = True,
             required: bool = False, default: str | None = None,
             folder_ok: bool = False) -> Path | None:
        raw = self.value(data, path, key, str, default, required=required)
        if raw is None:
            return None
        p = Path(os.path.expanduser(raw))
        resolved = (p if p.is_absolute() else self.base / p).resolve()
        if must_exist and not resolved.exists():
            self.fail([*path, key], f"{{key}}: file '{raw}' does not exist (resolved against "
                      f"the configuration's folder to '{resolved}'); fix the path")
        if must_exist and resolved.is_dir() and resolved.suffix.lower() != ".gdb" \
                and not folder_ok:
            self.fail([*path, key], f"{{key}}: '{raw}' is a folder, not a file (resolved to "
                      f"'{resolved}'); name the data file in it")
        return resolved

    def input_spec(self, data: Any, path: list, role: str) -> InputSpec:
        # the plan may be an omgevingsplan delivery: a folder of OW files and GIOs; buildings
        # and sensitive objects may be a folder of an unzipped BAG 2.0 Extract
        folder_ok = role in ("plan", "buildings", "sensitive")
        if isinstance(data, str):  # shorthand: parcels = "file.gpkg"
            resolved = self.path({path[-1]: data}, path[:-1], path[-1], required=True,
                                 folder_ok=folder_ok)
            self.bag_folder(resolved, path[:-1], path[-1], role, data)
            return InputSpec(role=role, path=resolved)
        self.table(data, path, {"path": 1, "layer": 1, "columns": 1})
        resolved = self.path(data, path, "path", required=True, folder_ok=folder_ok)
        self.bag_folder(resolved, path, "path", role, data["path"])
        layer = self.value(data, path, "layer", str)
        columns = self.table(data.get("columns", {}), [*path, "columns"], None)
        for canon, col in columns.items():
            if not isinstance(col, str):
                self.fail([*path, "columns", canon],
                          f"{{key}} must be text (the column name in the file), "
                          f"got {_describe(col)}")
        return InputSpec(role=role, path=resolved, layer=layer, columns=dict(columns))

    def bag_folder(self, resolved, path: list, key: str, role: str, raw) -> None:
        _bag_folder_check(self, resolved, path, key, role, str(raw))


def _bag_folder_check(ck: _Checker, resolved: Path, path: list, key: str, role: str,
                      raw: str) -> None:
    """A folder given for buildings or sensitive objects must hold a BAG 2.0 Extract."""
    if role not in ("buildings", "sensitive") or not resolved.is_dir() \
            or resolved.suffix.lower() == ".gdb":
        return
    from ..sources.bag_extract import is_bag_extract

    if not is_bag_extract(resolved):
        ck.fail([*path, key], f"{{key}}: '{raw}' is a folder without BAG 2.0 Extract files "
                f"(xxxxPNDddmmyyyy*.xml / .zip) (resolved to '{resolved}'); name the data "
                "file in it")


def _check_finite(ck: _Checker, value: Any, path: list) -> None:
    """Refuse nan and inf anywhere in the file: they pass type checks but poison results."""
    if isinstance(value, float) and not math.isfinite(value):
        ck.fail(path, f"{{key}} is {value!r}, which is not a usable number; give a finite "
                "number (nan and inf are refused everywhere in the configuration)")
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_finite(ck, v, [*path, k])
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_finite(ck, v, [*path, i] if isinstance(v, (dict, list)) else path)


def _kind_name(kind: type) -> str:
    """How a message names a kind of TOML value (each name written out for the translations).
    """
    if kind is bool:
        what = "true or false"
    elif kind is int:
        what = "a whole number"
    elif kind is float:
        what = "a number"
    elif kind is str:
        what = "text (in quotes)"
    elif kind is list:
        what = "a list"
    elif kind is dict:
        what = "a table"
    else:
        what = kind.__name__
    return what


def _describe(value: Any) -> str:
    """What ``value`` is, for a message: its kind and its repr, at most 80 characters.

    Each kind is written out as its own text, so that the translations collect it.
    """
    shown = repr(value) if not isinstance(value, dict) else "{...}"
    kind = type(value)
    if kind is bool:
        what = f"true/false {shown}"
    elif kind is int:
        what = f"a whole number {shown}"
    elif kind is float:
        what = f"a number {shown}"
    elif kind is str:
        what = f"text {shown}"
    elif kind is list:
        what = f"a list {shown}"
    elif kind is dict:
        what = f"a table {shown}"
    else:
        what = f"{kind.__name__} {shown}"
    return what[:80]


def _close(key: str, allowed) -> str | None:
    """The allowed name closest to ``key`` (a likely typing mistake), None if none is close."""
    import difflib

    match = difflib.get_close_matches(str(key), [str(a) for a in allowed], n=1, cutoff=0.6)
    return match[0] if match else None


#: Shared parameters in ``[parameters]`` with their types; each is passed to every
#: operation that accepts a keyword of that name.
PARAMETER_TYPES: dict[str, tuple] = {
    "omgevingstype": (str,),
    "distance_table": (str,),
    "hmc_threshold": (str, float),
    "minimum_category": (str, float),
    "weights": (dict,),
    "jobs_basis": (str,),
}

_MILIEU_OPERATIONS = ("environmental_contours", "contour_conflicts", "max_allowed_category",
                      "allowed_category_zones", "densification_potential")
#: Which operations of the run receive each ``[parameters]`` entry (same keyword name);
#: a test checks every pair against the operation's signature.
PARAMETER_TARGETS: dict[str, tuple[str, ...]] = {
    "omgevingstype": _MILIEU_OPERATIONS,
    "distance_table": _MILIEU_OPERATIONS,
    "hmc_threshold": ("category_use", "densification_potential"),
    "minimum_category": ("category_use",),
    "weights": ("opportunity_scores",),
    "jobs_basis": ("densification_potential",),
}

_FLOOR_AREA_KEYS = ("floor_area_method", "floor_area_col", "storeys_col", "height_col", "use_col",
                    "status_col", "include_demolished", "bvo_go_factor", "halls_single_storey")
#: Keys of ``[operations.<op>]`` (and ``[parameters]``) that are fields of an options object:
#: ``{operation: {key: (keyword, field)}}``. Declared here, never found by matching names at
#: run time; the keys are the option names ``rve`` and QGIS show (a test checks them against
#: rve_geo.specs). ``storey_height_m`` of densification_potential is ambiguous (the plan's
#: or the buildings'), so it has two keys.
OPTION_KEYS: dict[str, dict[str, tuple[str, str]]] = {
    "density_measures": {**{k: ("floor_area", k) for k in _FLOOR_AREA_KEYS},
                         "storey_height_m": ("floor_area", "storey_height_m")},
    "redevelopment_stock": {**{k: ("floor_area", k) for k in _FLOOR_AREA_KEYS},
                            "storey_height_m": ("floor_area", "storey_height_m")},
    "densification_potential": {
        **{k: ("plan_rules", k) for k in ("max_fsi_col", "max_coverage_col", "max_height_col",
                                          "max_storeys_col", "target_fsi", "rules_transfer",
                                          "cover_share")},
        "plan_rules_storey_height_m": ("plan_rules", "storey_height_m"),
        **{k: ("floor_area", k) for k in _FLOOR_AREA_KEYS},
        "floor_area_storey_height_m": ("floor_area", "storey_height_m"),
        **{k: ("jobs", k) for k in ("jobs_basis", "jobs_ratios", "plot_m2_per_job")},
    },
}


def option_classes() -> dict[str, type]:
    """The options class of each keyword in :data:`OPTION_KEYS`."""
    from ..density.floor_area import FloorAreaOptions
    from ..potential.jobs import JobsOptions
    from ..potential.plan_rules import PlanRulesOptions

    return {"floor_area": FloorAreaOptions, "plan_rules": PlanRulesOptions, "jobs": JobsOptions}


def option_arguments(operation: str, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments for ``operation``: the keys of :data:`OPTION_KEYS` become objects.

    Examples
    --------
    >>> option_arguments("densification_potential", {"jobs_basis": "plot_area", "rules": None})
    {'rules': None, 'jobs': JobsOptions(jobs_basis='plot_area', jobs_ratios=None, \
plot_m2_per_job=250.0)}
    """
    declared = OPTION_KEYS.get(operation, {})
    out: dict[str, Any] = {}
    grouped: dict[str, dict[str, Any]] = {}
    for key, value in kwargs.items():
        if key in declared:
            keyword, name = declared[key]
            grouped.setdefault(keyword, {})[name] = value
        else:
            out[key] = value
    classes = option_classes()
    for keyword, values in grouped.items():
        out[keyword] = classes[keyword](**values)
    return out


def option_object(operation: str, keyword: str, values: Mapping[str, Any]) -> Any:
    """The options object ``keyword`` of ``operation`` from configuration ``values``.

    Examples
    --------
    >>> option_object("densification_potential", "jobs", {"plot_m2_per_job": 500.0,
    ...                                                    "target_fsi": 1.0}).plot_m2_per_job
    500.0
    """
    fields = {name: values[key] for key, (kw, name) in OPTION_KEYS.get(operation, {}).items()
              if kw == keyword and key in values}
    return option_classes()[keyword](**fields)


def option_defaults(operation: str) -> dict[str, Any]:
    """The default of every key of :data:`OPTION_KEYS` for ``operation``."""
    classes = option_classes()
    return {key: getattr(classes[keyword](), name)
            for key, (keyword, name) in OPTION_KEYS.get(operation, {}).items()}


def floor_area_options(operations: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The :class:`rve_geo.FloorAreaOptions` fields a run gives, from every section.

    A run computes the floor area of the buildings once, for every operation that needs
    it; the floor-area keys of :data:`OPTION_KEYS` in any ``[operations.<op>]`` section
    give its options (:func:`_check_floor_area_keys` refuses sections that disagree).

    Examples
    --------
    >>> floor_area_options({"redevelopment_stock": {"height_col": "h", "threshold_year": 1970},
    ...                     "densification_potential": {"floor_area_storey_height_m": 3.2}})
    {'height_col': 'h', 'storey_height_m': 3.2}
    """
    out: dict[str, Any] = {}
    for op, declared in OPTION_KEYS.items():
        for key, (keyword, name) in declared.items():
            if keyword == "floor_area" and key in operations.get(op, {}):
                out.setdefault(name, operations[op][key])
    return out


def _check_floor_area_keys(ck: _Checker, operations: Mapping[str, dict]) -> None:
    """Refuse two sections that give one floor-area option different values."""
    seen: dict[str, tuple[str, str, Any]] = {}
    for op, declared in OPTION_KEYS.items():
        for key, (keyword, name) in declared.items():
            if keyword != "floor_area" or key not in operations.get(op, {}):
                continue
            value = operations[op][key]
            first = seen.setdefault(name, (op, key, value))
            if first[2] != value:
                ck.fail(["operations", op, key],
                        f"{{key}} = {value!r} differs from operations.{first[0]}.{first[1]} = "
                        f"{first[2]!r}; the floor area of the buildings is computed once for "
                        "every operation of the run, so give it in one section (or the same "
                        "value in both)")


#: Keywords of operations whose text value is a file; resolved against the configuration's
#: folder (like inputs), checked to exist and hashed into run_metadata.
PATH_KEYWORDS = ("distance_table", "jobs_ratios")

_TOP = {"run": 1, "inputs": 1, "parameters": 1, "operations": 1, "areas": 1, "outputs": 1}


def config_from_dict(data: Mapping[str, Any], *, source: Path | str | None = None,
                     text: str = "") -> RunConfig:
    """Validate an already parsed configuration (see :func:`load_config`).

    ``source`` is the configuration file (relative paths are resolved against its
    folder; the current folder when None) and ``text`` its content, used to find
    line numbers for messages.
    """
    src = Path(source).resolve() if source is not None else None
    ck = _Checker(text, src)
    data = ck.table(dict(data), [], _TOP)
    _check_finite(ck, data, [])
    name, target_crs, skip = _run_section(ck, data, src)
    inputs = _inputs_section(ck, data)
    parameters = _parameters_section(ck, data)
    operations = _operations_section(ck, data)
    _check_floor_area_keys(ck, operations)
    areas = _areas(ck, data.get("areas", {}), inputs)
    out = ck.table(data.get("outputs", {}), ["outputs"],
                   {"folder": 1, "gpkg": 1, "shapefile": 1, "gio": 1, "report": 1,
                    "tables": 1, "language": 1, "allow_outside_output": 1, "context": 1,
                    "context_layer": 1, "report_max_terreinen": 1, "report_rank_by": 1})
    outputs = _outputs_section(ck, out)
    _check_gio_identifiers(ck, outputs, operations, areas)
    if not outputs.allow_outside_output:
        _check_inside_output(ck, out, outputs.folder, outputs.gpkg, src)
    return RunConfig(name=name, target_crs=target_crs, skip=tuple(skip), inputs=inputs,
                     parameters=parameters,
                     operations=operations, areas=areas, outputs=outputs, source=src, text=text)


def _run_section(ck: _Checker, data: Mapping[str, Any], src: Path | None):
    """[run]: name, target CRS (projected) and stages to skip."""
    run = ck.table(data.get("run", {}), ["run"], {"name": 1, "target_crs": 1, "skip": 1})
    skip = ck.value(run, ["run"], "skip", list, [])
    for item in skip:
        if item not in STAGE_NAMES:
            ck.fail(["run", "skip"], f"{{key}}: unknown stage {item!r}; stages are "
                    f"{', '.join(STAGE_NAMES)}")
    name = ck.value(run, ["run"], "name", str, src.stem if src is not None else "rve")
    target_crs = ck.value(run, ["run"], "target_crs", str, "EPSG:28992")
    try:
        import pyproj

        crs = pyproj.CRS.from_user_input(target_crs)
    except Exception:
        ck.fail(["run", "target_crs"], f"{{key}}: '{target_crs}' is not a known CRS; use e.g. "
                "\"EPSG:28992\"")
    if not crs.is_projected:
        ck.fail(["run", "target_crs"], f"{{key}}: '{target_crs}' is geographic (degrees); use a "
                "projected metric CRS such as \"EPSG:28992\"")

    return name, target_crs, skip


def _inputs_section(ck: _Checker, data: Mapping[str, Any]) -> dict[str, InputSpec]:
    """[inputs.*]: one checked input specification per role."""
    inputs_raw = ck.table(data.get("inputs", {}), ["inputs"], INPUT_ROLES)
    inputs = {role: ck.input_spec(spec, ["inputs", role], role)
              for role, spec in inputs_raw.items()}
    if "parcels" not in inputs and "areas" not in data:
        ck.fail(["inputs"], "{key} must name at least [inputs.parcels] (path and layer)")

    return inputs


def _parameters_section(ck: _Checker, data: Mapping[str, Any]) -> dict[str, Any]:
    """[parameters]: shared parameters, each checked for its kind and values."""
    params = ck.table(data.get("parameters", {}), ["parameters"], PARAMETER_TYPES)
    parameters: dict[str, Any] = {}
    for key, kinds in PARAMETER_TYPES.items():
        value = ck.value(params, ["parameters"], key, kinds)
        if value is None:
            continue
        if key == "omgevingstype" and value not in OMGEVINGSTYPES:
            ck.fail(["parameters", key], f"{{key}} must be one of "
                    f"{', '.join(OMGEVINGSTYPES)}; got {value!r}")
        if key == "distance_table":
            value = ck.path(params, ["parameters"], key)
        if key == "jobs_basis":
            from ..potential.jobs import JOBS_BASES

            if value not in JOBS_BASES:
                ck.fail(["parameters", key], f"{{key}} must be one of {', '.join(JOBS_BASES)}; "
                        f"got {value!r}")
        if key in ("hmc_threshold", "minimum_category"):
            value = str(value)
            from ..errors import CategoryError
            from ..milieu.categories import parse_category

            try:
                parse_category(value, argument=key)
            except CategoryError as exc:
                ck.fail(["parameters", key], f"{{key}}: {exc}")
        if key == "weights":
            for wk, wv in value.items():
                ck.value(value, ["parameters", "weights"], wk, float)
                if wv < 0:
                    ck.fail(["parameters", "weights", wk], "{key} must be >= 0")
            value = {k: float(v) for k, v in value.items()}
        parameters[key] = value

    return parameters


def _operations_section(ck: _Checker, data: Mapping[str, Any]) -> dict[str, dict]:
    """[operations.*]: keywords per operation, file keywords resolved like inputs."""
    ops = ck.table(data.get("operations", {}), ["operations"], _operation_names())
    operations = {}
    for op, kwargs in ops.items():
        ck.table(kwargs, ["operations", op], None)
        operations[op] = _check_operation_kwargs(ck, op, kwargs)
        for key in PATH_KEYWORDS:
            if isinstance(operations[op].get(key), str):  # a file: resolve like inputs
                operations[op][key] = ck.path(operations[op], ["operations", op], key)
    return operations


def _outputs_section(ck: _Checker, out: Mapping[str, Any]) -> OutputSpec:
    """[outputs]: folder, GeoPackage name pattern, extra deliverables and language."""
    folder = ck.path(out, ["outputs"], "folder", must_exist=False, default="out")
    gpkg = ck.value(out, ["outputs"], "gpkg", str, "{area}.gpkg")
    if not gpkg.lower().endswith(".gpkg"):
        ck.fail(["outputs", "gpkg"], f"{{key}} must end in .gpkg, got {gpkg!r}")
    gio = ck.value(out, ["outputs"], "gio", list, [])
    for i, item in enumerate(gio):
        if not isinstance(item, str):
            ck.fail(["outputs", "gio"], f"{{key}} must be a list of layer names; item {i + 1} "
                    f"is {_describe(item)}")
    language = ck.value(out, ["outputs"], "language", str, "nl")
    if language not in ("nl", "en"):
        ck.fail(["outputs", "language"], f"{{key}} must be \"nl\" or \"en\", got {language!r}")
    outputs = OutputSpec(
        folder=folder,
        gpkg=gpkg,
        shapefile=ck.value(out, ["outputs"], "shapefile", bool, False),
        gio=tuple(gio),
        report=ck.value(out, ["outputs"], "report", bool, True),
        tables=ck.value(out, ["outputs"], "tables", bool, True),
        language=language,
        allow_outside_output=ck.value(out, ["outputs"], "allow_outside_output", bool, False),
        context=ck.path(out, ["outputs"], "context"),
        context_layer=ck.value(out, ["outputs"], "context_layer", str, None),
        **_report_selection(ck, out),
    )
    _check_context(ck, outputs)
    return outputs


def _report_selection(ck: _Checker, out: Mapping[str, Any]) -> dict[str, Any]:
    """[outputs] report_max_terreinen (whole number >= 0) and report_rank_by (a key of
    :data:`rve_geo.deliverables.selection.RANK_KEYS`)."""
    from ..deliverables.selection import DEFAULT_MAX_TERREINEN, DEFAULT_RANK_BY, RANK_KEYS

    most = ck.value(out, ["outputs"], "report_max_terreinen", int, DEFAULT_MAX_TERREINEN)
    if most < 0:
        ck.fail(["outputs", "report_max_terreinen"], "{key} must be 0 or more (0: no map "
                f"frames per terrein), got {most}")
    rank_by = ck.value(out, ["outputs"], "report_rank_by", str, DEFAULT_RANK_BY)
    if rank_by not in RANK_KEYS:
        ck.fail(["outputs", "report_rank_by"], f"{{key}} must be one of "
                f"{', '.join(RANK_KEYS)}, got {rank_by!r}")
    return {"report_max_terreinen": most, "report_rank_by": rank_by}


def _check_context(ck: _Checker, outputs: OutputSpec) -> None:
    """[outputs] context: a readable vector file; context_layer one of its layers."""
    if outputs.context is None:
        if outputs.context_layer is not None:
            ck.fail(["outputs", "context_layer"], "{key} needs context = \"FILE\" (the file "
                    "with the roads or water) in [outputs] as well")
        return
    import pyogrio

    try:
        listed = [str(n) for n, kind in pyogrio.list_layers(outputs.context)
                  if kind is not None]
    except Exception as exc:  # pyogrio raises DataSourceError subclasses
        ck.fail(["outputs", "context"], f"{{key}}: '{outputs.context}' is not a readable "
                f"vector file ({exc}); give a GeoPackage, Shapefile or GeoJSON")
    if outputs.context_layer is not None and outputs.context_layer not in listed:
        ck.fail(["outputs", "context_layer"], f"{{key}}: '{outputs.context}' has no layer "
                f"{outputs.context_layer!r}; layers with geometry: {', '.join(listed)}")
    if outputs.context_layer is None and len(listed) > 1:
        ck.fail(["outputs", "context"], f"{{key}}: '{outputs.context}' has {len(listed)} "
                f"layers with geometry ({', '.join(listed)}); name one with context_layer = "
                "\"...\"")


def _check_gio_identifiers(ck: _Checker, outputs: OutputSpec, operations: Mapping[str, dict],
                           areas: AreaSpec) -> None:
    """GIO outputs need FRBR identifiers, with '{area}' in a split run."""
    if outputs.gio:
        missing = [k for k in ("frbr_work", "frbr_expression")
                   if k not in operations.get("write_gio", {})]
        if missing:
            ck.fail(["outputs", "gio"], f"{{key}} needs [operations.write_gio] with "
                    f"{' and '.join(missing)} (the GIO identifiers; '{{layer}}' and '{{area}}' "
                    "are filled in), e.g. frbr_work = \"/join/id/regdata/gm0221/2026/{layer}\"")
    split = areas.split_by is not None or len(areas.explicit) > 1
    if outputs.gio and split:
        for key in ("frbr_work", "frbr_expression"):
            value = operations.get("write_gio", {}).get(key, "")
            if "{area}" not in value:
                ck.fail(["operations", "write_gio", key],
                        f"{{key}} = {value!r} has no '{{area}}', so every area of this split "
                        "run would publish its GIO under the same identifier; add '{area}', "
                        "e.g. \"/join/id/regdata/gm0221/2026/{area}_{layer}\"")


def _check_inside_output(ck: _Checker, out: Mapping[str, Any], folder: Path, gpkg: str,
                         src: Path | None) -> None:
    """The output folder and files stay inside the configuration's folder (unless allowed)."""
    base = src.parent if src is not None else Path.cwd().resolve()
    if "folder" in out and not _inside(folder, base) and ".." in Path(out["folder"]).parts:
        ck.fail(["outputs", "folder"], f"{{key}}: '{out['folder']}' climbs out of the "
                f"configuration's folder with '..'; use a folder inside '{base}' or set "
                "allow_outside_output = true")
    probe = (folder / gpkg.replace("{area}", "x")).resolve()
    if not _inside(probe, folder.resolve()):
        ck.fail(["outputs", "gpkg"], f"{{key}}: '{gpkg}' resolves to '{probe}', outside the "
                f"output folder '{folder}'; use a plain file name, or set "
                "allow_outside_output = true")


def _areas(ck: _Checker, raw: Any, inputs: Mapping[str, InputSpec]) -> AreaSpec:
    raw = ck.table(raw, ["areas"], {"split_by": 1, "name_column": 1, "only": 1, "list": 1,
                                    "context_m": 1})
    split_by = ck.value(raw, ["areas"], "split_by", str)
    if split_by is not None and split_by not in inputs:
        ck.fail(["areas", "split_by"], f"{{key}} names '{split_by}', which is not an input; "
                f"inputs given: {', '.join(sorted(inputs)) or '(none)'}")
    name_column = ck.value(raw, ["areas"], "name_column", str)
    only = ck.value(raw, ["areas"], "only", list, [])
    for item in only:
        if not isinstance(item, str):
            ck.fail(["areas", "only"], f"{{key}} must be a list of area names, got "
                    f"{_describe(item)}")
    context_m = float(ck.value(raw, ["areas"], "context_m", float, 1500.0))
    if context_m < 0:
        ck.fail(["areas", "context_m"], "{key} must be >= 0 (metres)")
    explicit = []
    entries = ck.value(raw, ["areas"], "list", list, [])
    if entries and split_by:
        ck.fail(["areas", "list"], "use either areas.split_by or [[areas.list]], not both")
    names = set()
    for i, entry in enumerate(entries):
        path = ["areas", "list", i]
        ck.table(entry, path, {"name": 1, "inputs": 1})
        name = ck.value(entry, path, "name", str, required=True)
        if name in names:
            ck.fail([*path, "name"], f"{{key}}: area name {name!r} is used twice")
        names.add(name)
        over = ck.table(entry.get("inputs", {}), [*path, "inputs"], INPUT_ROLES)
        specs = {role: ck.input_spec(s, [*path, "inputs", role], role)
                 for role, s in over.items()}
        if "parcels" not in specs and "parcels" not in inputs:
            ck.fail(path, f"area {name!r} has no parcels: give [inputs.parcels] or "
                    "inputs.parcels in this [[areas.list]] entry")
        explicit.append((name, specs))
    return AreaSpec(split_by=split_by, name_column=name_column, only=tuple(only),
                    explicit=tuple(explicit), context_m=context_m)


def _operation_names() -> dict[str, int]:
    from .. import OPERATIONS

    return {name: 1 for name in OPERATIONS}


def _check_operation_kwargs(ck: _Checker, op: str, kwargs: dict) -> dict:
    """Check ``[operations.<op>]`` keys against the operation's keyword arguments.

    When the operation can be imported, unknown keywords and values whose type
    differs from the default's type are refused; role arguments (frames) and
    ``progress`` cannot be set from the file.
    """
    import importlib
    import inspect

    from .. import _OPERATION_MODULES

    try:
        func = getattr(importlib.import_module(f"rve_geo.{_OPERATION_MODULES[op]}"), op)
        sig = inspect.signature(func)
    except (ImportError, AttributeError):
        return dict(kwargs)
    grouped = {keyword for keyword, _ in OPTION_KEYS.get(op, {}).values()}
    defaults = {n: p.default for n, p in sig.parameters.items()
                if p.kind is inspect.Parameter.KEYWORD_ONLY and n != "progress"
                and n not in grouped}
    defaults.update(option_defaults(op))  # the fields of its options objects, by their keys
    for key, value in kwargs.items():
        if key not in defaults:
            close = _close(key, defaults)
            names = ", ".join(sorted(defaults)) or "(none)"
            ck.fail(["operations", op, key],
                    f"unknown key {{key}} (did you mean '{close}'?): {op} has no keyword "
                    f"'{key}'; its keywords are {names}" if close else
                    f"unknown key {{key}}: {op} has no keyword '{key}'; its keywords are {names}")
        default = defaults[key]
        if default is None or default is inspect.Parameter.empty:
            continue
        if isinstance(default, bool) != isinstance(value, bool):
            ck.fail(["operations", op, key], f"{{key}} must be {_kind_name(type(default))} "
                    f"like its default {default!r}, got {_describe(value)}")
        if isinstance(default, (int, float)) and not isinstance(default, bool):
            if not isinstance(value, (int, float)):
                ck.fail(["operations", op, key], f"{{key}} must be a number like its default "
                        f"{default!r}, got {_describe(value)}")
        elif isinstance(default, (tuple, list)) and not isinstance(value, list):
            ck.fail(["operations", op, key], f"{{key}} must be a list like its default "
                    f"{list(default)!r}, got {_describe(value)}")
        elif isinstance(default, str) and not isinstance(value, str):
            ck.fail(["operations", op, key], f"{{key}} must be text like its default "
                    f"{default!r}, got {_describe(value)}")
    return dict(kwargs)


def _decode(p: Path) -> str:
    """The text of a configuration file: UTF-8, with or without a byte-order mark."""
    raw = p.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # Notepad writes a BOM; TOML itself does not allow one
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ConfigError(
            f"{p.resolve()}, line {line}: the file is not UTF-8 text (byte "
            f"0x{raw[exc.start]:02x}, probably Latin-1/Windows-1252); save it as UTF-8 "
            "(TOML files are UTF-8), e.g. in Notepad: Save as, Encoding UTF-8.") from None


def load_config(path: str | os.PathLike) -> RunConfig:
    """Read and validate a batch configuration file (TOML).

    Parameters
    ----------
    path : path-like
        The ``.toml`` file. Relative paths inside it are resolved against its folder.

    Returns
    -------
    RunConfig

    Raises
    ------
    ConfigError
        The file is missing or not valid TOML, a key is unknown, a value has the wrong
        type, an input file does not exist, or an output would leave the output folder.
        The message names the file, the line and the key.
    """
    data, text = read_config_data(path)
    return config_from_dict(data, source=Path(path).expanduser(), text=text)


def read_config_data(path: str | os.PathLike) -> tuple[dict[str, Any], str]:
    """The parsed TOML of a configuration file and its text, not yet validated.

    For front ends that complete a file with values of their own before validating the
    whole with :func:`config_from_dict` (the QGIS form does). UTF-8 with or without a
    byte-order mark.

    Raises
    ------
    ConfigError
        The file is missing, not UTF-8 or not valid TOML.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "run.toml"
    >>> _ = path.write_text('[outputs]\\nreport = false\\n')
    >>> read_config_data(path)[0]
    {'outputs': {'report': False}}
    """
    p = Path(path).expanduser()
    if not p.is_file():
        raise ConfigError(f"configuration file '{p}' does not exist; create one with "
                          "`rve init CONFIG.toml`.")
    text = _decode(p)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p.resolve()}: not valid TOML: {exc}") from None
    return data, text
