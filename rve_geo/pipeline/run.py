"""The whole analysis of one or many areas in one go, driven by a TOML configuration.

:func:`run_pipeline` reads the inputs named in a :class:`~rve_geo.pipeline.config.RunConfig`,
reprojects them to the target CRS, splits them into areas and runs, per area, one
stage per library operation: density, milieuzonering (contours, conflicts, maximum
category, allowed-category zones, category use), potential, indicators
(redevelopment stock, woon-werkbalans), scores and kansenzones. Each area gives one
GeoPackage (every result layer with a description, a ``summary`` table and a
``run_metadata`` table), plus optional Shapefile/GIO exports and an HTML report
with PNG maps.

Stages whose operation is not available, or whose inputs are not configured, are
skipped with the reason in the log and in ``run_metadata``. An error inside one area
is reported with the area and stage; the outputs of completed areas stay in place.
Cancellation (the progress callback raising
:class:`~rve_geo.errors.OperationCancelledError`, or Ctrl-C) leaves no partial output:
every file of an area is written into a hidden staging folder inside the output
folder and moved into place only when the whole area is complete.

Examples
--------
>>> [s.name for s in STAGES][:3]
['density', 'terrein_density', 'imro']

Length: about 1,250 lines: the stages of a run, each a short call of one library operation,
plus the per-area bookkeeping (outputs, failures, metadata). Splitting the stages into their
own module is the next step of the layout work.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import importlib
import inspect
import json
import logging
import os
import shutil
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import (
    ConfigError,
    InputError,
    MissingColumnError,
    OperationCancelledError,
    OutputError,
    RveGeoError,
)
from ..potential.jobs import JOBS_BASIS
from ..progress import report
from ..sources.aliases import conventional_column
from .config import PARAMETER_TARGETS, STAGE_NAMES, RunConfig, load_config

__all__ = [
    "STAGES",
    "TIMESTAMP_KEYS",
    "AreaFailure",
    "AreaResult",
    "PipelineResult",
    "Stage",
    "run_pipeline",
]

log = logging.getLogger(__name__)

#: Keys of ``run_metadata`` that differ between otherwise identical runs.
TIMESTAMP_KEYS = ("started_utc", "finished_utc")


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
class AreaResult:
    """The outputs and key figures of one completed area."""

    name: str
    outputs: tuple[Path, ...]
    figures: Mapping[str, float]
    stages_run: tuple[str, ...]
    stages_skipped: Mapping[str, str]
    warnings: tuple[str, ...] = ()
    #: figure -> labels of the input objects it counts (totals count each object once)
    counted: Mapping[str, frozenset] = field(default_factory=dict)
    #: text figures, e.g. ``jobs_basis``
    notes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AreaFailure:
    """An area whose run failed; its outputs were not written."""

    name: str
    stage: str
    message: str
    error_type: str


@dataclass(frozen=True)
class PipelineResult:
    """Result of :func:`run_pipeline`: completed areas and failures."""

    areas: tuple[AreaResult, ...]
    failures: tuple[AreaFailure, ...] = ()
    output_folder: Path | None = None

    @property
    def ok(self) -> bool:
        """True when every area completed."""
        return not self.failures

    def summary(self) -> dict[str, Any]:
        """Key figures summed (or combined) over the completed areas, for display/JSON."""
        out: dict[str, Any] = {"areas": [a.name for a in self.areas]}
        totals: dict[str, float] = {}
        for a in self.areas:
            for key, value in a.figures.items():
                if key in _SUMMABLE and value is not None and np.isfinite(value):
                    totals[key] = totals.get(key, 0.0) + float(value)
        # objects shared by areas (a home near two terreinen) count once in the total
        for key in {k for a in self.areas for k in a.counted}:
            totals[key] = float(len(frozenset().union(*(a.counted.get(key, frozenset())
                                                       for a in self.areas))))
        jobs = totals.get("jobs")
        homes = totals.get("homes")
        if jobs is not None and homes is not None and jobs + homes > 0:
            totals["fmi"] = 100.0 * jobs / (jobs + homes)
        elif len(self.areas) == 1 and "fmi" in self.areas[0].figures:
            totals["fmi"] = self.areas[0].figures["fmi"]
        if totals.get("parcel_area_ha") and "floor_area_m2" in totals:
            totals["fsi"] = totals["floor_area_m2"] / (totals["parcel_area_ha"] * 1e4)
        out.update({k: _round(v, k) for k, v in totals.items()})
        for a in self.areas:
            for key, text in a.notes.items():
                out.setdefault(key, text)
        out["per_area"] = {a.name: {k: _round(v, k) for k, v in a.figures.items()}
                           for a in self.areas}
        out["outputs"] = [str(p) for a in self.areas for p in a.outputs]
        out["skipped_stages"] = sorted({s for a in self.areas for s in a.stages_skipped})
        out["warnings"] = {a.name: list(a.warnings) for a in self.areas if a.warnings}
        if self.failures:
            out["failures"] = [{"area": f.name, "stage": f.stage, "error": f.message}
                               for f in self.failures]
        return out


def _round(v: Any, key: str | None = None) -> Any:
    """A figure for display/JSON: counts as int, other numbers to 3 decimals."""
    if not isinstance(v, (int, float, np.number)) or isinstance(v, bool):
        return v
    if key is not None and (key.startswith("n_") or key in _COUNTS) and np.isfinite(v):
        return int(round(float(v)))
    return round(float(v), 3)


#: Figures that are counts (integers in summaries and --json).
_COUNTS = ("jobs", "extra_jobs", "homes")


#: Figures that add up over areas.
_SUMMABLE = ("parcel_area_ha", "terrein_area_ha", "floor_area_m2", "potential_m2", "jobs",
             "extra_jobs", "homes", "redevelopment_ha", "n_kansenzones", "kansenzone_area_ha",
             "kansenzone_net_area_ha", "n_conflicts", "n_parcels")

#: Key figures shown in summaries and the report: key -> (label, unit).
FIGURES: dict[str, tuple[str, str]] = {
    "n_parcels": ("parcels", ""),
    "parcel_area_ha": ("parcel area", "ha"),
    "terrein_area_ha": ("terrein area", "ha"),
    "fsi": ("FSI (net, all parcels)", ""),
    "potential_m2": ("densification potential", "m2 BVO"),
    "jobs": ("jobs on the parcels", ""),
    "extra_jobs": ("extra jobs from the potential", ""),
    "redevelopment_ha": ("herontwikkelingsopgave", "ha"),
    "homes": ("homes on the parcels", ""),
    "fmi": ("functiemengingsindex (FMI) of the parcels", "0-100"),
    "n_conflicts": ("sensitive objects closer than the richtafstand", ""),
    "n_kansenzones": ("kansenzones", ""),
    "kansenzone_area_ha": ("kansenzone area (on the area basis of the bounds)", "ha"),
    "kansenzone_net_area_ha": ("kansenzone area, parcels only (net)", "ha"),
}


# --------------------------------------------------------------------------- area state


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
        if (parcels is not None and isinstance(frame, pd.DataFrame) and self.passed is not None
                and frame.index.equals(parcels.index)):
            keep = [c for c in frame.columns
                    if c in self.original_columns or c not in self.passed]
            frame = frame[keep]
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
            parcels = parcels.copy()
            for c in cols:
                parcels[c] = result[c].to_numpy()
            self.frames["parcels"] = parcels

    def call(self, operation: str, *frames: Any, progress: Callable | None = None,
             **extra: Any) -> Any:
        """Call one library operation with the configured keyword arguments."""
        func = _operation(operation)
        kwargs = {k: v for k, v in extra.items() if v is not None}
        for key, value in self.config.parameters.items():
            if operation in PARAMETER_TARGETS[key]:
                kwargs[key] = _parameter_value(key, value)
        kwargs.update(self.config.operations.get(operation, {}))
        kwargs["progress"] = progress
        params = inspect.signature(func).parameters
        self.used.setdefault(operation, {}).update(_used_arguments(params, kwargs))
        self.passed = frozenset(frames[0].columns) if frames and isinstance(
            frames[0], pd.DataFrame) else None
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = func(*frames, **kwargs)
        for w in caught:
            if issubclass(w.category, UserWarning):
                text = f"{operation}: {w.message}" if not str(w.message).startswith(
                    operation) else str(w.message)
                if text in self.warnings:  # stages that recompute density repeat its notes
                    continue
                self.warnings.append(text)
                log.warning("%s: %s", self.name, text)
        return result


def _used_arguments(params: Mapping[str, inspect.Parameter],
                    kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The plain-valued keyword arguments of a call, defaults included (run_metadata)."""
    out: dict[str, Any] = {}
    for name, p in params.items():
        if p.kind in (inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL):
            continue
        if name == "progress":
            continue
        value = kwargs.get(name, p.default)
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


def _sum(frame: Any, column: str) -> float | None:
    if frame is None or column not in frame.columns:
        return None
    return float(pd.to_numeric(frame[column], errors="coerce").fillna(0).sum())


# --------------------------------------------------------------------------- stages


def _stage_density(area: _Area, progress):
    parcels, buildings = area.need("parcels", "buildings")
    out = area.call("density_measures", parcels, buildings, progress=progress)
    area.add("parcel_density", out, "Spacemate density per parcel: floor area (BVO), "
             "footprint, FSI, GSI, OSR and L (mean storeys)")
    area.enrich(out, ["parcel_area_m2", "n_buildings", "footprint_m2", "floor_area_m2",
                      "fsi", "gsi", "osr", "l"])
    area.figures["n_parcels"] = float(len(out))
    area_m2 = _sum(out, "parcel_area_m2") or 0.0
    floor = _sum(out, "floor_area_m2") or 0.0
    area.figures["parcel_area_ha"] = area_m2 / 1e4
    area.figures["floor_area_m2"] = floor
    area.figures["fsi"] = floor / area_m2 if area_m2 > 0 else float("nan")


def _stage_terrein_density(area: _Area, progress):
    parcels, buildings, terreinen = area.need("parcels", "buildings", "terreinen")
    out = area.call("density_measures", parcels, buildings, zones=terreinen, progress=progress)
    area.add("terrein_density", out, "Spacemate density per bedrijventerrein: net (parcels) "
             "and gross (terrein area) FSI/GSI/OSR, L and tare share")
    area.figures["terrein_area_ha"] = (_sum(out, "zone_area_m2") or 0.0) / 1e4


def _stage_imro(area: _Area, progress):
    plan = area.config.inputs.get("plan")
    if plan is not None and plan.path.is_dir():
        # an omgevingsplan delivery: OW files with their GIOs (docs/omgevingsplan.md)
        out = area.call("read_omgevingsplan", str(plan.path), progress=progress)
        area.frames["plan"] = out.to_crs(area.config.target_crs) if out.crs is not None \
            else out
        area.add("plan_zones", area.frames["plan"], "omgevingsplan rules (Gebiedsaanwijzingen "
                 "and Omgevingsnormen) with maximum milieucategorie, bouwhoogte and "
                 "bebouwingspercentage")
        return
    if plan is None or plan.path.suffix.lower() not in (".gml", ".xml"):
        raise _Skip("no IMRO GML plan configured ([inputs.plan] with a .gml path)")
    out = area.call("read_imro", str(plan.path), progress=progress)
    area.frames["plan"] = out.to_crs(area.config.target_crs) if out.crs is not None else out
    area.add("plan_zones", area.frames["plan"], "IMRO plan objects with maximum "
             "milieucategorie, bouwhoogte and bebouwingspercentage")


def _sources(area: _Area):
    sources = area.frames.get("sources")
    return sources if sources is not None else area.need("parcels")[0]


def _category_col(area: _Area, operation: str, frame) -> str:
    """The category column of the sources: configured, or a conventional name."""
    given = area.config.operations.get(operation, {}).get("category_col")
    if given:
        return given
    col = conventional_column(frame, "source_category")
    if col is None:
        raise _Skip("the sources have no category column; name it with "
                    f"[operations.{operation}] category_col = \"...\"")
    return col


def _omgevingstype_col(area: _Area) -> str | None:
    return conventional_column(area.frames.get("sensitive"), "omgevingstype")


def _stage_contours(area: _Area, progress):
    sources = _sources(area)
    out = area.call("environmental_contours", sources,
                    category_col=_category_col(area, "environmental_contours", sources),
                    progress=progress)
    area.add("environmental_contours", out, "Milieucontouren: each source polygon buffered "
             "by the richtafstand of its milieucategorie (VNG 2009 or the configured table)")


def _stage_conflicts(area: _Area, progress):
    sources = _sources(area)
    sensitive = area.need("sensitive")[0]
    out = area.call("contour_conflicts", sources, sensitive,
                    category_col=_category_col(area, "contour_conflicts", sources),
                    omgevingstype_col=_omgevingstype_col(area), progress=progress)
    area.add("contour_conflicts", out, "Sensitive objects closer to a source than the "
             "richtafstand: category, required and actual distance, shortfall")
    ids = out["sensitive_id"] if "sensitive_id" in out.columns else out.index
    area.figures["n_conflicts"] = float(pd.Series(ids).nunique())
    area.counted["n_conflicts"] = frozenset(pd.Series(ids).dropna().tolist())


def _stage_max_category(area: _Area, progress):
    parcels, sensitive = area.need("parcels", "sensitive")
    out = area.call("max_allowed_category", parcels, sensitive,
                    omgevingstype_col=_omgevingstype_col(area), progress=progress)
    area.add("max_allowed_category", out, "Milieuruimte: the highest milieucategorie each "
             "parcel allows given the distance to the nearest sensitive object")
    renamed = out[["max_category", "max_category_rank", "nearest_sensitive_m"]].rename(
        columns={"max_category": "milieuruimte_category",
                 "max_category_rank": "milieuruimte_rank"})
    area.enrich(renamed)


def _stage_allowed_zones(area: _Area, progress):
    zones = area.frames.get("terreinen")
    if zones is None:
        raise _Skip("no input terreinen configured ([inputs.terreinen])")
    sensitive = area.need("sensitive")[0]
    out = area.call("allowed_category_zones", zones, sensitive,
                    omgevingstype_col=_omgevingstype_col(area), progress=progress)
    area.add("allowed_category_zones", out, "Zones of equal maximum allowed milieucategorie "
             "per terrein (milieuruimte), for the omgevingsplan")


def _actual_col(area: _Area, frame) -> str | None:
    return conventional_column(frame, "actual_category")


def _plan_col(area: _Area, frame) -> str | None:
    return conventional_column(frame, "plan_category")


def _stage_category_use(area: _Area, progress):
    parcels = area.need("parcels")[0]
    given = area.config.operations.get("category_use", {})
    actual = given.get("actual_col") or _actual_col(area, parcels)
    allowed = given.get("allowed_col") or _plan_col(area, parcels)
    if actual is None or allowed is None:
        raise _Skip("parcels need an actual and an allowed category column; name them with "
                    "[operations.category_use] actual_col / allowed_col")
    water = conventional_column(parcels, "water_bound")
    quay = conventional_column(parcels, "quay_plot")
    both = water is not None and quay is not None
    out = area.call("category_use", parcels, actual_col=actual, allowed_col=allowed,
                    water_bound_col=water if both else None, quay_col=quay if both else None,
                    progress=progress)
    area.add("category_use", out, "Scheefwerken: the category in use versus the category "
             "the plan allows per parcel (unused steps, low-category firms on HMC land)")
    area.enrich(out, ["actual_category", "allowed_category", "unused_steps", "above_allowed",
                      "below_minimum", "low_on_hmc", "non_water_bound_on_quay"])


def _stage_potential(area: _Area, progress):
    parcels, buildings = area.need("parcels", "buildings")
    given = area.config.operations.get("densification_potential", {})
    rules = getattr(importlib.import_module("rve_geo.potential.densification"), "RULE_COLUMNS", {})
    names = {n for aliases in rules.values() for n in aliases}
    plan = area.frames.get("plan")  # plan zones may carry the rules instead
    has_rules = bool(names & set(parcels.columns)) or (
        plan is not None and bool(names & set(plan.columns)))
    if not has_rules and not any(
            k in given for k in ("target_fsi", "max_fsi_col", "max_coverage_col",
                                 "max_height_col", "max_storeys_col")):
        raise _Skip("parcels carry no plan rules (max_coverage_share, max_height_m, max_fsi, "
                    "max_storeys); add them, or set [operations.densification_potential] "
                    "target_fsi")
    out = area.call("densification_potential", parcels, buildings,
                    rules=area.frames.get("plan"),
                    source_category_col=_plan_col(area, parcels),
                    use_category_col=_actual_col(area, parcels), progress=progress)
    area.add("densification_potential", out, "Densification potential per parcel: allowed "
             "floor area under the plan rules minus existing floor area, and the jobs it holds")
    area.enrich(out, ["allowed_floor_area_m2", "allowed_rule", "potential_m2", "jobs",
                      "m2_bvo_per_job", "potential_jobs", "hmc_land", "in_contour"])
    area.figures["potential_m2"] = _sum(out, "potential_m2") or 0.0
    area.figures["jobs"] = _sum(out, "jobs") or 0.0
    area.figures["extra_jobs"] = _sum(out, "potential_jobs") or 0.0


def _stage_redevelopment(area: _Area, progress):
    parcels, buildings = area.need("parcels", "buildings")
    out = area.call("redevelopment_stock", parcels, buildings, progress=progress)
    area.add("redevelopment_stock", out, "Herontwikkelingsopgave: floor area and parcel area "
             "of stock built before the threshold year (default 1980) per parcel")
    area.enrich(out, ["weighted_construction_year", "floor_area_pre_threshold_share",
                      "floor_area_1960_1980_share", "area_pre_threshold_ha"])
    area.figures["redevelopment_ha"] = _sum(out, "area_pre_threshold_ha") or 0.0


def _stage_work_home(area: _Area, progress):
    import geopandas as gpd

    from ..indicators._common import study_hull
    from ..indicators.work_home import parcels_work_home
    from ..potential.jobs import parcel_jobs

    parcels, sensitive = area.need("parcels", "sensitive")
    if "jobs" not in parcels.columns:  # the potential stage did not run: same basis here
        if "floor_area_m2" not in parcels.columns:
            raise _Skip("no jobs to compare with the homes: needs [inputs.buildings] (floor area) "
                        "or a jobs column on the parcels")
        area.enrich(pd.DataFrame({"jobs": parcel_jobs(
            parcels, jobs_basis=area.notes["jobs_basis"],
            jobs_ratios=area.config.operations.get("densification_potential", {}).get(
                "jobs_ratios"))}, index=parcels.index))
        parcels = area.frames["parcels"]
    counts = parcels_work_home(parcels, sensitive, jobs_col="jobs",
                               homes_col=conventional_column(sensitive, "n_homes"))
    study = gpd.GeoDataFrame(
        {"area": [area.name], "jobs": counts["jobs"].to_numpy(),
         "homes": counts["homes"].to_numpy(),
         "work_floor_area_m2": [_sum(parcels, "floor_area_m2") or 0.0]},
        geometry=[study_hull([parcels])], crs=parcels.crs)
    out = area.call("work_home_balance", study, homes_col="homes", jobs_col="jobs",
                    work_floor_area_col="work_floor_area_m2", progress=progress)
    out["jobs_basis"] = area.notes["jobs_basis"]
    area.add("work_home_balance", out, "Woon-werkbalans of the parcels: jobs on the parcels "
             "and homes on the parcels (one area for both), FMI = jobs / (jobs + homes) x "
             "100; the outline is the hull of the parcels")
    row = out.iloc[0]
    area.figures["homes"] = float(row["homes"])
    area.figures["fmi"] = float(row["fmi"])
    area.figures.setdefault("jobs", float(row["jobs"]))


def _stage_scores(area: _Area, progress):
    parcels = area.need("parcels")[0]
    out = area.call("opportunity_scores", parcels,
                    terrein_col=conventional_column(parcels, "terrein_id"),
                    vacancy_col=conventional_column(parcels, "vacancy"),
                    owner_col=conventional_column(parcels, "owner"), progress=progress)
    area.add("opportunity_scores", out, "Redevelopment opportunity score per parcel (0-1) "
             "with its indicators and top drivers")
    area.enrich(out)


def _stage_kansenzones(area: _Area, progress):
    parcels = area.need("parcels")[0]
    if "score" not in parcels.columns:
        raise _Skip("no opportunity scores (the scores stage did not run)")
    out = area.call("kansenzones", parcels, terrein_col=conventional_column(parcels, "terrein_id"),
                    progress=progress)
    zones = out.zones
    area.add("kansenzones", zones, "Kansenzones: contiguous groups of high-scoring parcels "
             "of roughly 10-15 ha, the start of one investment plan each")
    area.add("kansenzone_parcels", out.parcels, "Parcels with the kansenzone they belong to "
             "(zone_id empty: in no zone)")
    area.figures["n_kansenzones"] = float(len(zones))
    area.figures["kansenzone_area_ha"] = float(zones["area_ha"].sum()) if len(zones) else 0.0
    area.figures["kansenzone_net_area_ha"] = float(zones["net_area_ha"].sum()) \
        if len(zones) else 0.0
    area.notes["kansenzone_area_basis"] = zones.attrs.get("area_basis", "")


#: The stages in execution order.
STAGES: tuple[Stage, ...] = (
    Stage("density", "density_measures", "density per parcel", _stage_density),
    Stage("terrein_density", "density_measures", "density per terrein",
          _stage_terrein_density),
    Stage("imro", "read_imro", "IMRO plan", _stage_imro),
    Stage("contours", "environmental_contours", "milieucontouren", _stage_contours),
    Stage("conflicts", "contour_conflicts", "contour conflicts", _stage_conflicts),
    Stage("max_category", "max_allowed_category", "maximum category", _stage_max_category),
    Stage("allowed_zones", "allowed_category_zones", "allowed-category zones",
          _stage_allowed_zones),
    Stage("category_use", "category_use", "scheefwerken", _stage_category_use),
    Stage("potential", "densification_potential", "densification potential",
          _stage_potential),
    Stage("redevelopment", "redevelopment_stock", "herontwikkelingsopgave",
          _stage_redevelopment),
    Stage("work_home", "work_home_balance", "woon-werkbalans", _stage_work_home),
    Stage("scores", "opportunity_scores", "opportunity scores", _stage_scores),
    Stage("kansenzones", "kansenzones", "kansenzones", _stage_kansenzones),
)
assert tuple(s.name for s in STAGES) == STAGE_NAMES


# --------------------------------------------------------------------------- inputs


def _read_inputs(config: RunConfig, specs: Mapping[str, Any]) -> dict[str, Any]:
    from ..errors import MissingColumnError
    from ..io import read_layer

    frames: dict[str, Any] = {}
    for role, spec in specs.items():
        if role == "plan" and (spec.path.suffix.lower() in (".gml", ".xml")
                               or spec.path.is_dir()):
            continue  # read by the imro stage (IMRO GML, or an omgevingsplan OW folder)
        try:
            frames[role] = read_layer(spec.path, layer=spec.layer, argument=f"inputs.{role}",
                                      columns=spec.columns, target_crs=config.target_crs,
                                      note=log.warning)
        except MissingColumnError as exc:
            canon = exc.canonical
            line = config.line_of("inputs", role, "columns", canon)
            at = f", line {line}" if line else ""
            raise ConfigError(f"{config.source}{at}: 'inputs.{role}.columns.{canon}' names "
                              f"column '{spec.columns[canon]}', which '{spec.path.name}' does "
                              f"not have; columns found: {exc.found}.") from exc
    return frames


def _on_parcels(name: str, frames: dict[str, Any]) -> dict[str, Any]:
    """Keep only the buildings touching a parcel (the others cannot count anywhere)."""
    parcels, buildings = frames.get("parcels"), frames.get("buildings")
    if parcels is None or buildings is None or not len(buildings):
        return frames
    hit = np.unique(parcels.sindex.query(np.asarray(buildings.geometry.array, dtype=object),
                                         predicate="intersects")[0])
    if len(hit) < len(buildings):
        log.info("%s: %d of %d buildings touch no parcel and are left out", name,
                 len(buildings) - len(hit), len(buildings))
        frames = dict(frames)
        frames["buildings"] = buildings.iloc[hit]
    return frames


def _areas(config: RunConfig) -> list[tuple[str, dict[str, Any]]]:
    """Read the inputs and split them into named areas."""
    return [(n, _on_parcels(n, f)) for n, f in _split_areas(config)]


def _split_areas(config: RunConfig) -> list[tuple[str, dict[str, Any]]]:
    shared = _read_inputs(config, config.inputs)
    spec = config.areas
    if spec.explicit:
        out = []
        for name, over in spec.explicit:
            frames = dict(shared)
            frames.update(_read_inputs(config, over))
            out.append((name, frames))
        return _only(config, out)
    if spec.split_by is None:
        return [(config.name, shared)]
    import shapely

    splitter = shared[spec.split_by]
    if spec.name_column is not None and spec.name_column not in splitter.columns:
        line = config.line_of("areas", "name_column")
        raise ConfigError(
            f"{config.source}{f', line {line}' if line else ''}: 'areas.name_column' names "
            f"'{spec.name_column}', which inputs.{spec.split_by} does not have; columns found: "
            f"{', '.join(c for c in splitter.columns if c != 'geometry')}.")
    names = (splitter[spec.name_column].astype(str).tolist() if spec.name_column
             else [f"{spec.split_by}_{i}" for i in splitter.index])
    if len(set(names)) != len(names):
        raise ConfigError(f"areas.name_column '{spec.name_column}' has duplicate names; "
                          "area names must be unique (they name the output files).")
    area_geoms = np.asarray(splitter.geometry.array, dtype=object)
    usable = ~(shapely.is_missing(area_geoms) | shapely.is_empty(area_geoms))
    for label in splitter.index[~usable]:
        log.warning("inputs.%s row %s has no geometry; no area made for it", spec.split_by,
                    label)
    wide = np.where(usable, shapely.buffer(np.where(usable, area_geoms, None), spec.context_m),
                    None)
    # one STRtree query per input role: (area position, row position) pairs
    members: dict[str, list[np.ndarray]] = {}
    for role, frame in shared.items():
        if role == spec.split_by:
            continue
        geoms = np.asarray(frame.geometry.array, dtype=object)
        if role == "parcels":
            tree, query, predicate = shapely.STRtree(shapely.point_on_surface(geoms)), \
                area_geoms, "contains"
        elif role in ("sensitive", "sources"):
            tree, query, predicate = shapely.STRtree(geoms), wide, "intersects"
        else:
            tree, query, predicate = shapely.STRtree(geoms), area_geoms, "intersects"
        a_idx, r_idx = tree.query(np.where(usable, query, None), predicate=predicate)
        order = np.lexsort((r_idx, a_idx))
        a_idx, r_idx = a_idx[order], r_idx[order]
        bounds = np.searchsorted(a_idx, np.arange(len(area_geoms) + 1))
        members[role] = [r_idx[bounds[i]:bounds[i + 1]] for i in range(len(area_geoms))]
    out = []
    for i, name in enumerate(names):
        if not usable[i]:
            continue
        frames: dict[str, Any] = {spec.split_by: splitter.iloc[[i]]}
        for role, rows in members.items():
            frames[role] = shared[role].iloc[rows[i]]
        out.append((name, frames))
    return _only(config, out)


def _only(config: RunConfig, areas: list) -> list:
    if not config.areas.only:
        return areas
    names = [n for n, _ in areas]
    unknown = [n for n in config.areas.only if n not in names]
    if unknown:
        line = config.line_of("areas", "only")
        raise ConfigError(f"{config.source}{f', line {line}' if line else ''}: 'areas.only' "
                          f"names {', '.join(map(repr, unknown))}, not among the areas "
                          f"{', '.join(map(repr, names))}.")
    return [(n, f) for n, f in areas if n in config.areas.only]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _input_hashes(config: RunConfig) -> dict[str, str]:
    """SHA-256 of every file the run reads (inputs, per-area inputs, tables)."""
    return {str(p): _sha256(p) for p in config.files_read() if p.is_file()}


#: Columns the stages add to the per-parcel results (compared ignoring case with the
#: input columns before any work: a GeoPackage cannot hold 'FSI' and 'fsi').
RESULT_COLUMNS = ("parcel_area_m2", "n_buildings", "footprint_m2", "floor_area_m2", "fsi",
                  "gsi", "osr", "l", "milieuruimte_category", "milieuruimte_rank",
                  "nearest_sensitive_m", "actual_category", "allowed_category",
                  "unused_steps", "above_allowed", "below_minimum", "low_on_hmc",
                  "non_water_bound_on_quay", "allowed_floor_area_m2", "allowed_rule",
                  "potential_m2", "potential_jobs", "plot_jobs", "hmc_land", "in_contour",
                  "weighted_construction_year", "floor_area_pre_threshold_share",
                  "floor_area_1960_1980_share", "area_pre_threshold_ha", "score", "zone_id")


def _check_result_columns(config: RunConfig, name: str, frames: Mapping[str, Any]) -> None:
    """Refuse an input column that differs only in case from a result column, before work."""
    parcels = frames.get("parcels")
    if parcels is None:
        return
    results = {c.casefold(): c for c in RESULT_COLUMNS}
    for col in map(str, parcels.columns):
        ours = results.get(col.casefold())
        if ours is not None and ours != col:
            line = config.line_of("inputs", "parcels")
            at = f", line {line}" if line else ""
            raise ConfigError(
                f"{config.source}{at}: inputs.parcels of area {name!r} has a column {col!r} "
                f"that differs only in case from the result column {ours!r}; a GeoPackage "
                f"cannot hold both, so the run would fail after all the work. Rename it, e.g. "
                f"columns = {{ {col}_input = \"{col}\" }} in [inputs.parcels].")


# --------------------------------------------------------------------------- outputs


def _summary_table(area: _Area) -> pd.DataFrame:
    rows = []
    for key, (label, unit) in FIGURES.items():
        if key in area.figures:
            value = area.figures[key]
            rows.append({"figure": key, "label": label,
                         "value": float(_round(value, key)), "unit": unit})
    return pd.DataFrame(rows, columns=["figure", "label", "value", "unit"])


def _terrein_table(area: _Area) -> pd.DataFrame | None:
    """Key figures per terrein (:func:`rve_geo.indicators.terreinen.terrein_summary`)."""
    from ..indicators.terreinen import terrein_summary

    parcels = area.frames.get("parcels")
    if parcels is None or "terrein_id" not in parcels.columns:
        return None
    sensitive = area.frames.get("sensitive")
    return terrein_summary(parcels, terreinen=area.frames.get("terreinen"), homes=sensitive,
                           homes_col=conventional_column(sensitive, "n_homes"))


def _metadata(config: RunConfig, area: _Area, hashes: Mapping[str, str], run: list[str],
              skipped: Mapping[str, str], started: str) -> pd.DataFrame:
    from .. import __version__

    finished = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    rows = [
        ("rve_geo_version", __version__),
        ("area", area.name),
        ("target_crs", config.target_crs),
        ("configuration_file", str(config.source) if config.source else ""),
        ("configuration", json.dumps(config.to_dict(), sort_keys=True, default=str)),
        ("parameters", json.dumps({"parameters": config.to_dict()["parameters"],
                                   "operations": config.to_dict()["operations"]},
                                  sort_keys=True, default=str)),
        ("input_sha256", json.dumps(dict(hashes), sort_keys=True)),
        ("jobs_basis", area.notes.get("jobs_basis", "")),
        ("stages_run", json.dumps(run)),
        ("stages_skipped", json.dumps(dict(skipped), sort_keys=True)),
        ("warnings", json.dumps(area.warnings)),
        ("versions", json.dumps(_versions(), sort_keys=True)),
        ("arguments_used", json.dumps(area.used, sort_keys=True, default=str)),
        ("policy_defaults", json.dumps(_policy_used(area.used), sort_keys=True, default=str)),
        ("figures", json.dumps({k: _round(v) for k, v in sorted(area.figures.items())},
                               default=str)),
        ("started_utc", started),
        ("finished_utc", finished),
    ]
    return pd.DataFrame(rows, columns=["key", "value"])


def _versions() -> dict[str, str]:
    """rve_geo and the geo stack it ran on (run_metadata ``versions``)."""
    from .. import __version__

    out = {"rve_geo": __version__}
    try:
        import shapely

        out["shapely"] = shapely.__version__
        out["GEOS"] = shapely.geos_version_string
    except ImportError:  # pragma: no cover - shapely is a dependency
        pass
    try:
        import pyproj

        out["pyproj"] = pyproj.__version__
        out["PROJ"] = pyproj.proj_version_str
    except ImportError:  # pragma: no cover
        pass
    try:
        import pyogrio

        out["pyogrio"] = pyogrio.__version__
        out["GDAL"] = ".".join(str(v) for v in pyogrio.__gdal_version__)
    except ImportError:  # pragma: no cover
        pass
    for name in ("numpy", "pandas", "geopandas"):
        with contextlib.suppress(ImportError):
            out[name] = importlib.import_module(name).__version__
    return out


def _policy_used(used: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Policy defaults (rve_geo/data/policy.toml) behind the arguments used, with source."""
    from ..data import policy_entries

    entries = policy_entries()
    out: dict[str, dict[str, Any]] = {}
    for arguments in used.values():
        for name, value in arguments.items():
            entry = entries.get(name) or entries.get(f"kansenzone_{name}")
            if entry is None or name in out:
                continue
            out[name] = {"value": value, "default": entry.get("value"),
                         "unit": entry.get("unit", ""), "tag": entry.get("tag", ""),
                         "source": entry.get("source", "")}
    return out


def _clean_for_gpkg(frame: Any) -> Any:
    """Make result frames writable: lists/dicts/objects become text, no attrs."""
    frame = frame.copy()
    frame.attrs = {}
    geom = getattr(frame, "_geometry_column_name", None)
    for col in frame.columns:
        if col == geom:
            continue
        s = frame[col]
        if s.dtype == object:
            sample = s.dropna()
            if len(sample) and not all(isinstance(v, (str, bool, int, float, np.number))
                                       for v in sample.iloc[:50]):
                frame[col] = s.map(lambda v: None if v is None else (
                    json.dumps(v, default=str) if isinstance(v, (list, dict, tuple))
                    else str(v)))
        elif isinstance(s.dtype, pd.CategoricalDtype):
            frame[col] = s.astype("string")
    return frame


def _write_area(config: RunConfig, area: _Area, staging: Path, targets: Mapping[str, Path],
                metadata: pd.DataFrame, progress: Callable | None) -> list[Path]:
    """Write every output of one area into ``staging``; return the staged paths."""
    from ..io import write_layers

    layers = {name: _clean_for_gpkg(frame) for name, frame in area.layers.items()}
    parcels = area.frames.get("parcels")
    if parcels is not None and len(area.layers):
        layers["parcel_results"] = _clean_for_gpkg(parcels)
        area.descriptions["parcel_results"] = ("Every per-parcel result in one layer: input "
                                               "columns plus density, milieuruimte, "
                                               "scheefwerken, potential, age and score")
    sensitive = area.frames.get("sensitive")
    if sensitive is not None and len(area.layers):
        layers["sensitive_objects"] = _clean_for_gpkg(sensitive)
        area.descriptions["sensitive_objects"] = ("The sensitive objects (homes) the "
                                                  "milieuzonering of this area used (input)")
    from ..deliverables.ids import join_ids

    layers = join_ids(layers, parcels=parcels, sensitive=sensitive,
                      terreinen=area.frames.get("terreinen"), sources=area.frames.get("sources"))
    layers["summary"] = _summary_table(area)
    area.descriptions["summary"] = "Key figures of the area (figure, label, value, unit)"
    terreinen = _terrein_table(area)
    if terreinen is not None:
        layers["terrein_summary"] = terreinen
        area.descriptions["terrein_summary"] = "Key figures per bedrijventerrein"
    layers["run_metadata"] = metadata
    area.descriptions["run_metadata"] = ("How this result was made: rve_geo version, "
                                         "parameters, input SHA-256 hashes, timestamps")
    staged: list[Path] = []
    gpkg = staging / targets["gpkg"].name
    write_layers(layers, gpkg, descriptions=area.descriptions)
    from ..deliverables.styles import write_layer_styles

    write_layer_styles(gpkg, layers, lang=config.outputs.language)
    staged.append(gpkg)
    report(progress, 0.4, "GeoPackage written")
    if config.outputs.tables:
        from ..deliverables.tables import write_tables

        meta = dict(zip(metadata["key"], metadata["value"], strict=True))
        staged += write_tables(layers, staging, targets["gpkg"].stem,
                               lang=config.outputs.language, meta=meta)
    if "shapefile" in targets:
        staged.append(_export_shapefiles(area, layers, staging / targets["shapefile"].name))
    if "gio" in targets:
        staged.append(_export_gio(config, area, layers, staging / targets["gio"].name))
    if "report" in targets:
        from ..deliverables.report import write_report

        html = staging / targets["report"].name
        maps = staging / targets["maps"].name
        write_report(gpkg, html, maps_dir=maps, lang=config.outputs.language)
        staged += [html, maps]
    report(progress, 1.0, "outputs written")
    return staged


def _export_shapefiles(area: _Area, layers: Mapping[str, Any], folder: Path) -> Path:
    folder.mkdir()
    func = _operation("export_shapefile")
    for name, frame in layers.items():
        if isinstance(frame, gpd_frame()) and len(frame):
            func(frame, folder / f"{name}.shp")
    return folder


def gpd_frame():
    import geopandas as gpd

    return gpd.GeoDataFrame


#: Layer -> (value column, norm kind, norm label, unit) for GIO exports.
GIO_NORMS: dict[str, tuple[str, str, str, str | None]] = {
    "allowed_category_zones": ("max_category", "kwalitatief", "maximale milieucategorie", None),
    "environmental_contours": ("distance_m", "kwantitatief", "richtafstand", "m"),
    "max_allowed_category": ("max_category", "kwalitatief", "maximale milieucategorie", None),
}


def _export_gio(config: RunConfig, area: _Area, layers: Mapping[str, Any], folder: Path) -> Path:
    """One STOP GIO per layer named in ``outputs.gio``.

    ``[operations.write_gio]`` gives the keywords; ``{layer}`` and ``{area}`` in
    ``frbr_work``/``frbr_expression`` are filled in. With a ``norm_id`` the layer's
    value (category or distance) becomes a normwaarde per location; without one the
    value becomes the location's group (geo:groepID), which needs no waardelijst URI.
    """
    from .config import _slug

    folder.mkdir()
    func = _operation("write_gio")
    given = dict(config.operations.get("write_gio", {}))
    for key in ("frbr_work", "frbr_expression"):
        if key not in given:
            raise ConfigError(f"outputs.gio is set, so [operations.write_gio] needs {key} "
                              "(e.g. \"/join/id/regdata/gm0221/2026/{layer}\"); see "
                              "docs/pipeline.md.")
    for name in config.outputs.gio:
        frame = layers.get(name)
        if frame is None or not hasattr(frame, "geometry"):
            raise OutputError(f"outputs.gio names layer '{name}', which area '{area.name}' did "
                              f"not produce; layers: {', '.join(layers)}.")
        kwargs = {k: (v.replace("{layer}", _slug(name)).replace("{area}", _slug(area.name))
                      if isinstance(v, str) else v) for k, v in given.items()}
        column, kind, label, unit = GIO_NORMS.get(name, (None, "none", None, None))
        frame = frame[~(frame.geometry.is_empty | frame.geometry.isna())]
        if column is not None and column in frame.columns:
            empty = frame[column].isna()
            if empty.any():
                text = (f"write_gio: {int(empty.sum())} of {len(frame)} rows of layer '{name}' "
                        f"have no {column} and are left out of its GIO")
                area.warnings.append(text)
                log.warning("%s: %s", area.name, text)
            frame = frame[~empty]
            if "norm_id" in kwargs:
                kwargs.setdefault("norm_col", column)
                kwargs.setdefault("norm_kind", kind)
                kwargs.setdefault("norm_label", label)
                if unit:
                    kwargs.setdefault("unit", unit)
            else:
                values = frame[column].astype(str)
                ids = "g_" + values.str.replace(r"[^A-Za-z0-9_-]", "-", regex=True)
                frame = frame.assign(_group=ids.to_numpy())
                kwargs.setdefault("group_col", "_group")
                kwargs.setdefault("group_labels", dict(zip(ids, label + " " + values,
                                                           strict=True)))
        func(frame, folder / f"{name}.gml", **kwargs)
    return folder


# --------------------------------------------------------------------------- run


@dataclass
class _AreaLog:
    """Book-keeping of one area's run: the stages run and skipped, and where it is now."""

    run: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    stage: str = "reading inputs"


def _area_progress(progress: Callable | None, a_i: int, n_areas: int, name: str,
                   n_steps: int) -> Callable:
    """The whole-run progress of area ``a_i``: ``overall(step, fraction, message)``."""

    def overall(i, f=0.0, message="", _a=a_i, _name=name):
        report(progress, (_a + (i + f) / n_steps) / n_areas,
               f"{_name}: {message}" if message else _name)

    return overall


def _step_callback(bar: Callable | None, overall: Callable, step: int,
                   title: str) -> Callable:
    """Progress of one step: feeds its own bar (if any) and the whole-run progress."""

    def cb(fraction, message="", _i=step, _bar=bar, _t=title):
        if _bar is not None:
            _bar(fraction, message)
        overall(_i, fraction, message or _t)

    return cb


def _require_parcels(area: _Area, name: str) -> None:
    """Refuse an area without parcels (an InputError naming the area and the fix)."""
    parcels = area.frames.get("parcels")
    if parcels is None or not len(parcels):
        raise InputError(f"area '{name}' has no parcels (none has its "
                         "representative point inside the area); check the area "
                         "polygons and the parcels' CRS, or leave the area out with "
                         "areas.only")


def _run_stage(stage: Stage, area: _Area, config: RunConfig, name: str, cb: Callable,
               book: _AreaLog) -> None:
    """Run one stage, recording it as run, or as skipped (by run.skip or a missing column)."""
    try:
        if stage.name in config.skip:
            raise _Skip("skipped by run.skip in the configuration")
        stage.run(area, cb)
    except _Skip as exc:
        book.skipped[stage.name] = str(exc)
        log.info("%s: stage %s skipped: %s", name, stage.name, exc)
        return
    except MissingColumnError as exc:
        book.skipped[stage.name] = f"missing input column: {exc}"
        log.warning("%s: stage %s skipped, missing input column: %s", name,
                    stage.name, exc)
        return
    book.run.append(stage.name)
    cb(1.0, stage.title)


def _run_stages(area: _Area, config: RunConfig, name: str,
                stage_progress: Callable | None, overall: Callable, book: _AreaLog) -> None:
    """Run the stages of :data:`STAGES` in order for one area, each with its progress."""
    for s_i, stage in enumerate(STAGES):
        book.stage = stage.name
        bar = stage_progress(name, stage.title) if stage_progress else None
        cb = _step_callback(bar, overall, s_i, stage.title)
        cb(0.0, stage.title)
        _run_stage(stage, area, config, name, cb, book)


def _write_outputs(config: RunConfig, area: _Area, name: str, staging: Path,
                   targets: Mapping[str, Path], hashes: Mapping[str, str], started: str,
                   stage_progress: Callable | None, overall: Callable, book: _AreaLog,
                   overwrite: bool) -> None:
    """Write one area's outputs into ``staging`` and move them into place."""
    from .outputs import move_into_place

    book.stage = "writing outputs"
    bar = stage_progress(name, "writing outputs") if stage_progress else None
    wcb = _step_callback(bar, overall, len(STAGES), "writing outputs")
    wcb(0.0, "writing outputs")
    meta = _metadata(config, area, hashes, book.run, book.skipped, started)
    staged = _write_area(config, area, staging, targets, meta, wcb)
    move_into_place(staged, targets, overwrite=overwrite)


def _area_failure(exc: Exception, name: str, stage_name: str) -> AreaFailure:
    """Log a failed area and describe it (the message alone for an RveGeoError)."""
    kind = type(exc).__name__
    message = str(exc) if isinstance(exc, RveGeoError) else f"{kind}: {exc}"
    log.error("area %s failed in stage %s: %s", name, stage_name, message,
              exc_info=not isinstance(exc, RveGeoError))
    return AreaFailure(name, stage_name, message, kind)


def _area_result(name: str, area: _Area, targets: Mapping[str, Path],
                 book: _AreaLog) -> AreaResult:
    """The result of a completed area: its written outputs, figures, stages and notes."""
    return AreaResult(
        name=name, outputs=tuple(t for t in targets.values() if t.exists()),
        figures=dict(area.figures), stages_run=tuple(book.run),
        stages_skipped=book.skipped, warnings=tuple(area.warnings),
        counted=dict(area.counted), notes=dict(area.notes))


def _run_area(config: RunConfig, name: str, frames: Mapping[str, Any],
              targets: Mapping[str, Path], hashes: Mapping[str, str], started: str,
              stage_progress: Callable | None, overall: Callable, overwrite: bool,
              failures: list[AreaFailure]) -> AreaResult | None:
    """Run one area in a staging folder; a failure is recorded in ``failures`` (None).

    Cancellation (and Ctrl-C) is not a failure: it propagates. The staging folder is
    always removed.
    """
    from .outputs import make_staging

    area = _Area(name=name, config=config, frames=dict(frames))
    area.notes["jobs_basis"] = config.parameters.get("jobs_basis", JOBS_BASIS)
    book = _AreaLog()
    staging = make_staging(config.outputs.folder)
    try:
        _require_parcels(area, name)
        _run_stages(area, config, name, stage_progress, overall, book)
        _write_outputs(config, area, name, staging, targets, hashes, started,
                       stage_progress, overall, book, overwrite)
    except (OperationCancelledError, KeyboardInterrupt):
        raise
    except Exception as exc:
        failures.append(_area_failure(exc, name, book.stage))
        return None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return _area_result(name, area, targets, book)


def run_pipeline(
    config: RunConfig | str | os.PathLike,
    *,
    overwrite: bool = False,
    stage_progress: Callable[[str, str], Callable | None] | None = None,
    progress: Callable | None = None,
) -> PipelineResult:
    """Run the whole analysis for every area of a batch configuration.

    Parameters
    ----------
    config : RunConfig or path
        A validated configuration, or the path of a TOML file (see
        :func:`rve_geo.pipeline.config.load_config` and ``docs/pipeline.md``).
    overwrite : bool
        Replace existing outputs. Without it, existing outputs are refused before
        anything is computed.
    stage_progress : callable, optional
        ``stage_progress(area, stage)`` is called when a stage starts and may return a
        progress callback for that stage alone (the CLI shows one bar per stage).
    progress : callable, optional
        ``progress(fraction, message)`` for the whole run; may raise
        :class:`~rve_geo.errors.OperationCancelledError` to stop.

    Returns
    -------
    PipelineResult
        The completed areas (outputs, key figures, stages run and skipped) and the
        failed areas (area, stage, message).

    Raises
    ------
    ConfigError
        Bad configuration, or input columns named in it that do not exist.
    OutputError
        An output exists (without ``overwrite``) or cannot be written.
    OperationCancelledError
        The progress callback asked to stop; nothing of the current area is left
        behind, completed areas keep their outputs.

    Notes
    -----
    Per area: the stages in :data:`STAGES`, each calling one library operation with
    the shared ``[parameters]`` it accepts and its own ``[operations.<name>]``
    keywords; then one GeoPackage with a layer per result (descriptions in
    ``gpkg_contents``), ``summary``, ``terrein_summary`` and ``run_metadata``. The
    same inputs and configuration give the same layer content; only the
    ``started_utc``/``finished_utc`` rows of ``run_metadata`` differ.

    Examples
    --------
    >>> import tempfile, pathlib, geopandas as gpd
    >>> from shapely.geometry import box
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> x, y = 200_000, 450_000  # RD New
    >>> parcels = gpd.GeoDataFrame({"terrein_id": ["T1", "T1"]},
    ...     geometry=[box(x, y, x + 50, y + 50), box(x + 50, y, x + 100, y + 50)],
    ...     crs="EPSG:28992")
    >>> buildings = gpd.GeoDataFrame({"bouwlagen": [2], "bouwjaar": [1975]},
    ...     geometry=[box(x + 10, y + 10, x + 40, y + 40)], crs="EPSG:28992")
    >>> parcels.to_file(folder / "in.gpkg", layer="parcels")
    >>> buildings.to_file(folder / "in.gpkg", layer="buildings")
    >>> _ = (folder / "run.toml").write_text('''
    ... [inputs.parcels]
    ... path = "in.gpkg"
    ... layer = "parcels"
    ... [inputs.buildings]
    ... path = "in.gpkg"
    ... layer = "buildings"
    ... [outputs]
    ... report = false
    ... ''')
    >>> result = run_pipeline(folder / "run.toml")
    >>> result.ok, round(result.areas[0].figures["fsi"], 3)  # 900 m2 x 2 / 5000 m2
    (True, 0.36)
    """
    if not isinstance(config, RunConfig):
        config = load_config(config)
    started = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    report(progress, 0.0, "reading inputs")
    areas = _areas(config)
    if not areas:
        raise ConfigError("the configuration gives no areas to run (check areas.split_by / "
                          "areas.only).")
    folder = config.outputs.folder
    from .outputs import plan_outputs, prepare_folder

    all_targets = plan_outputs(config, [name for name, _ in areas], overwrite=overwrite)
    for name, frames in areas:
        _check_result_columns(config, name, frames)
    hashes = _input_hashes(config)
    created_folder = prepare_folder(folder)
    log.info("writing outputs to %s", folder)

    done: list[AreaResult] = []
    failures: list[AreaFailure] = []
    n_steps = len(STAGES) + 1
    try:
        for a_i, (name, frames) in enumerate(areas):
            overall = _area_progress(progress, a_i, len(areas), name, n_steps)
            result = _run_area(config, name, frames, all_targets[name], hashes, started,
                               stage_progress, overall, overwrite, failures)
            if result is not None:
                done.append(result)
    finally:
        if created_folder and not any(folder.iterdir()):
            with contextlib.suppress(OSError):
                folder.rmdir()
    report(progress, 1.0, "done")
    return PipelineResult(areas=tuple(done), failures=tuple(failures), output_folder=folder)
