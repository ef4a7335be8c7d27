"""The working state of one area while its stages run, and the one way a stage calls an
operation (:meth:`_Area.call`: configured keywords, warnings and the arguments used).

Examples
--------
>>> _operation("density_measures").__name__
'density_measures'
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import logging
import os
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .._validate import keep_checks_with
from ..density.carried import CarriedSplit
from ..density.floor_area import FloorAreaOptions
from ..density.precomputed import with_floor_area
from ..progress import scaled
from .config import (
    OPTION_KEYS,
    PARAMETER_TARGETS,
    RunConfig,
    floor_area_options,
    option_arguments,
    option_defaults,
)

__all__ = ["LayerParts", "Stage"]

#: The run's log: every part of a run logs here, so one logger name follows a whole run.
log = logging.getLogger("rve_geo.pipeline.run")


class _Skip(Exception):
    """A stage cannot run (operation not available or input not configured)."""


@dataclass(frozen=True)
class Stage:
    """One pipeline step: calls exactly one library operation."""

    name: str
    operation: str
    title: str
    run: Callable[[_Area, Callable | None], None]



@dataclass(frozen=True)
class LayerParts:
    """A result layer made part by part as it is written, never held whole (the
    milieucontouren of a million parcels, the zoning map of tens of thousands of
    terreinen): the parts, in order, are the layer.

    >>> parts = LayerParts(pd.RangeIndex(3), iter([pd.DataFrame({"a": [1, 2]}),
    ...                                            pd.DataFrame({"a": [3]})]))
    >>> [len(part) for part in parts.map(lambda f: f[f["a"] > 1]).parts]
    [1, 1]
    """

    #: the row labels of the whole layer; None: rows numbered 0, 1, ... (a RangeIndex),
    #: their number known once the parts are taken (the bands of the zoning map)
    index: pd.Index | None
    #: the parts, each made when it is taken (one pass)
    parts: Iterator[Any]
    #: the parts are rows of the sources, in order (their ids come from those rows);
    #: otherwise each part gets its ids as the whole layer would
    rows_of_sources: bool = True

    def map(self, func: Callable[[Any], Any]) -> LayerParts:
        """The same layer with ``func`` applied to each part as it is taken."""

        def mapped():
            for part in self.parts:
                yield func(part)
                del part  # not held while the next part is made

        return LayerParts(self.index, mapped(), self.rows_of_sources)


@dataclass
class _Area:
    """Working state of one area while its stages run."""

    name: str
    config: RunConfig
    frames: dict[str, Any]
    layers: dict[str, Any] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    figures: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    counted: dict[str, frozenset] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    used: dict[str, dict[str, Any]] = field(default_factory=dict)
    original_columns: tuple = ()
    passed: frozenset | None = None
    #: the buildings carry their floor area (computed once, :meth:`buildings`)
    floor_area_ready: bool = False
    #: (input, text, rows) of every warning entry noted (:meth:`noting`, :func:`_fact`)
    noted_facts: set = field(default_factory=set)
    #: the staged GeoPackage the result layers are written into as their stages end
    gpkg: Path | None = None
    #: names of the layers written into :attr:`gpkg`, in order, and their style rows
    written: list[str] = field(default_factory=list)
    style_rows: list = field(default_factory=list)
    #: the buildings split over the parcels, made once for the stages that use it
    #: (rve_geo.density.carried; stages.py drops it when the last of them ends)
    split: CarriedSplit = field(default_factory=CarriedSplit)

    def __post_init__(self) -> None:
        parcels = self.frames.get("parcels")
        self.original_columns = tuple(parcels.columns) if parcels is not None else ()

    def need(self, *roles: str) -> list:
        missing = [r for r in roles if self.frames.get(r) is None]
        if missing:
            raise _Skip(f"no input {', '.join(missing)} configured "
                        f"([inputs.{missing[0]}] in the configuration)")
        return [self.frames[r] for r in roles]

    def add(self, name: str, frame: Any, description: str) -> None:
        """Add a result layer; per-parcel results keep the input columns and their own."""
        parcels = self.frames.get("parcels")
        if (parcels is not None and isinstance(frame, (pd.DataFrame, LayerParts))
                and self.passed is not None and frame.index is not None
                and frame.index.equals(parcels.index)):
            original, passed = self.original_columns, self.passed

            def kept(part):
                return part[[c for c in part.columns if c in original or c not in passed]]

            frame = frame.map(kept) if isinstance(frame, LayerParts) else kept(frame)
        self.layers[name] = frame
        self.descriptions[name] = description

    def enrich(self, result: Any, columns: list[str] | None = None) -> None:
        """Add the new per-parcel columns of ``result`` to the working parcels."""
        parcels = self.frames["parcels"]
        if not isinstance(result, pd.DataFrame) or not result.index.equals(parcels.index):
            return
        geom = getattr(result, "_geometry_column_name", None)
        cols = columns if columns is not None else [
            c for c in result.columns if c not in parcels.columns and c != geom]
        cols = [c for c in cols if c in result.columns and c != geom]
        if cols:
            working = parcels.copy()
            for c in cols:
                working[c] = result[c].to_numpy()
            # the checks and spatial indexes remembered for the parcels stay with the copy
            # that takes their place (the same geometry objects)
            keep_checks_with(parcels, working)
            self.frames["parcels"] = working

    def buildings(self, progress: Callable | None = None) -> tuple[Any, Callable | None]:
        """The area's buildings with their floor area, computed once for every stage.

        The first stage that needs it computes the floor area
        (:func:`rve_geo.density.precomputed.with_floor_area` with the run's floor-area
        options, :func:`~rve_geo.pipeline.config.floor_area_options`) in the first fifth of
        its progress; the buildings then carry the model's columns, so every operation
        after it uses them as they are. Returns the buildings and the progress left for
        the stage's operation.
        """
        buildings = self.need("buildings")[0]
        if self.floor_area_ready:
            return buildings, progress
        options = FloorAreaOptions(**floor_area_options(self.config.operations))
        self.frames["buildings"] = self.noting("building_floor_area", lambda: with_floor_area(
            buildings, options, progress=scaled(progress, 0.0, 0.2)))
        self.floor_area_ready = True
        return self.frames["buildings"], scaled(progress, 0.2, 1.0)

    def call(self, operation: str, *frames: Any, progress: Callable | None = None,
             run_as: Callable | None = None, **extra: Any) -> Any:
        """Call one library operation with the configured keyword arguments.

        The floor-area options were used when the floor area was computed
        (:meth:`buildings`): they are recorded with the operation's arguments, and the
        operation gets the buildings that carry the floor area instead of the options.
        ``run_as``, when given, is called in the operation's place with the same
        arguments (the operation in parts, :func:`rve_geo.milieu.contours.contours_in_parts`);
        the arguments are recorded as the operation's.
        """
        func = _operation(operation)
        kwargs = {k: v for k, v in extra.items() if v is not None}
        for key, value in self.config.parameters.items():
            if operation in PARAMETER_TARGETS[key]:
                kwargs[key] = _parameter_value(key, value)
        kwargs.update(self.config.operations.get(operation, {}))
        floor_area = {key: name for key, (keyword, name) in OPTION_KEYS.get(operation, {}).items()
                      if keyword == "floor_area"}
        given = floor_area_options(self.config.operations)
        kwargs.update({key: given[name] for key, name in floor_area.items() if name in given})
        kwargs["progress"] = progress
        params = inspect.signature(func).parameters
        self.used.setdefault(operation, {}).update(_used_arguments(
            params, {**option_defaults(operation), **kwargs}))
        kwargs = option_arguments(operation, {k: v for k, v in kwargs.items()
                                              if k not in floor_area})
        self.passed = frozenset(frames[0].columns) if frames and isinstance(
            frames[0], pd.DataFrame) else None
        run = run_as or func
        return self.noting(operation, lambda: run(*frames, **kwargs))

    def noting(self, operation: str, work: Callable[[], Any]) -> Any:
        """Run ``work``, noting its warnings in the area's warnings and the log, each input
        fact once.

        An entry of a :class:`~rve_geo.errors.RveGeoWarning` (argument, text, rows) says one
        thing about one input; an entry already noted for this area is left out (e.g. the
        density notes that ``densification_potential`` repeats because it computes the
        density measures itself, or the empty ``n_homes`` noted by the woon-werkbalans,
        the terrein table and every map), and a warning whose entries were all noted is
        not noted again (docs/pipeline.md).
        """
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = work()
        for w in caught:
            if issubclass(w.category, UserWarning):
                message = self._new_entries(w.message)
                if message is None:
                    continue
                text = f"{operation}: {message}" if not message.startswith(
                    operation) else message
                if text in self.warnings:
                    continue
                self.warnings.append(text)
                log.warning("%s: %s", self.name, text)
        return result

    def _new_entries(self, warning: Warning) -> str | None:
        """The warning's text with only the entries not yet noted for this area; None
        when every entry was noted before. Warnings without entries are kept whole."""
        entries = getattr(warning, "entries", ())
        source = getattr(warning, "operation", None)
        if not entries or not source:
            return str(warning)
        new = [e for e in entries if _fact(e) not in self.noted_facts]
        self.noted_facts.update(_fact(e) for e in new)
        if not new:
            return None
        if len(new) == len(entries):
            return str(warning)
        return f"{source}: " + "; ".join(
            f"{argument}: {text}" + (f" (rows {rows})" if rows else "")
            for argument, text, rows in new)


#: Arguments that receive the same input of a run: the sensitive objects are the
#: ``homes`` of the woon-werkbalans and the ``sensitive`` of the maps.
_SAME_INPUT = {"homes": "sensitive"}


def _fact(entry: tuple[str, str, str]) -> tuple[str, str, str]:
    """One input fact of a warning entry: (input, text, rows), whichever operation said it.

    Examples
    --------
    >>> _fact(("homes", "1 objects have no number of homes", "3")) == _fact(
    ...     ("sensitive", "1 objects have no number of homes", "3"))
    True
    """
    argument, text, rows = entry
    return _SAME_INPUT.get(argument, argument), text, rows


def _used_arguments(params: Mapping[str, inspect.Parameter],
                    kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The plain-valued keyword arguments of a call, defaults included (run_metadata);
    an options object's fields under their configuration keys."""
    out: dict[str, Any] = {}
    named = [(n, kwargs.get(n, p.default)) for n, p in params.items()
             if p.kind not in (inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL)
             and n != "progress" and not dataclasses.is_dataclass(p.default)]
    named += [(k, v) for k, v in kwargs.items() if k not in params]
    for name, value in named:
        if value is inspect.Parameter.empty:
            continue
        if hasattr(value, "name") and type(value).__name__ == "DistanceTable":
            value = f"distance table {value.name}"
        if value is None or isinstance(value, (str, int, float, bool)):
            out[name] = value
        elif isinstance(value, (tuple, list)) and all(
                isinstance(v, (str, int, float, bool)) for v in value):
            out[name] = list(value)
        elif isinstance(value, Mapping) and all(
                isinstance(v, (str, int, float, bool)) for v in value.values()):
            out[name] = {str(k): v for k, v in value.items()}
        elif isinstance(value, os.PathLike):
            out[name] = str(value)
    return out


def _operation(name: str) -> Callable:
    from .. import _HELPER_MODULES, _OPERATION_MODULES

    module = _OPERATION_MODULES.get(name) or _HELPER_MODULES[name]
    return getattr(importlib.import_module(f"rve_geo.{module}"), name)


def _parameter_value(key: str, value: Any) -> Any:
    if key == "distance_table" and value is not None:
        from ..milieu.distance_tables import load_distance_table

        return load_distance_table(value)
    return value


def _sum(frame: Any, column: str, argument: str = "parcels") -> float | None:
    """Sum of a result column; empty values add nothing, text that is no number is refused."""
    if frame is None or column not in frame.columns:
        return None
    from .._validate import numeric_column

    return float(np.nansum(numeric_column(frame, column, argument, what=f"{column} value")))

