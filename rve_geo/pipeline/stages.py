"""The stages of a run, in order: each calls one library operation for one area.

A stage takes the area's frames, calls its operation through :meth:`_Area.call`
(configured keywords, warnings, arguments used), adds the result layer with its
description and copies the per-parcel result columns onto the working parcels. A stage
that cannot run (no input configured, no column for it) raises :class:`_Skip` with the
reason.

Examples
--------
>>> [s.name for s in STAGES][:3]
['density', 'terrein_density', 'imro']
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

import pandas as pd

from .._validate import release_strtrees
from ..density.carried import carrying
from ..sources.aliases import conventional_column
from .area import LayerParts, Stage, _Area, _Skip, _sum
from .config import STAGE_NAMES, option_object

__all__ = ["STAGES"]


#: The stages that split the buildings over the parcels (the same split), in run order.
SPLIT_STAGES = ("density", "terrein_density", "potential", "redevelopment")


def _sharing_split(name: str, run: Callable) -> Callable:
    """The stage ``run`` with the area's split of buildings over parcels carried: the first
    stage of :data:`SPLIT_STAGES` that splits keeps it, the next ones use it; it is dropped
    when the last of them that the configuration does not skip ends (run, skipped or
    failed), and so are the buildings: no later stage and no output uses them (2 million
    buildings hold about 1 GB, free for the kansenzones)."""

    def stage(area: _Area, progress):
        try:
            with carrying(area.split):
                run(area, progress)
        finally:
            if name == [s for s in SPLIT_STAGES if s not in area.config.skip][-1]:
                area.split.drop()
                area.frames.pop("buildings", None)

    stage.__doc__ = run.__doc__
    return stage


def _per_parcel_of_buildings(area: _Area, progress, operation: str, layer: str,
                             description: str, columns: list[str]):
    """Call ``operation(parcels, buildings)`` with the buildings' floor area computed once;
    add its layer and its per-parcel columns."""
    parcels = area.need("parcels", "buildings")[0]
    buildings, progress = area.buildings(progress)
    out = area.call(operation, parcels, buildings, progress=progress)
    area.add(layer, out, description)
    area.enrich(out, columns)
    return out


def _stage_density(area: _Area, progress):
    out = _per_parcel_of_buildings(
        area, progress, "density_measures", "parcel_density", "Spacemate density per parcel: "
        "floor area (BVO), footprint, FSI, GSI, OSR and L (mean storeys)",
        ["parcel_area_m2", "n_buildings", "footprint_m2", "floor_area_m2", "fsi", "gsi", "osr",
         "l"])
    area.figures["n_parcels"] = float(len(out))
    area_m2 = _sum(out, "parcel_area_m2") or 0.0
    floor = _sum(out, "floor_area_m2") or 0.0
    area.figures["parcel_area_ha"] = area_m2 / 1e4
    area.figures["floor_area_m2"] = floor
    area.figures["fsi"] = floor / area_m2 if area_m2 > 0 else float("nan")


def _stage_terrein_density(area: _Area, progress):
    parcels, _, terreinen = area.need("parcels", "buildings", "terreinen")
    buildings, progress = area.buildings(progress)
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


#: Sources per part of the milieucontouren: more sources than this are buffered, written
#: and let go a part at a time (the contours of a million parcels are not held at once).
CONTOUR_PART_ROWS = 50_000


def _stage_contours(area: _Area, progress):
    from ..milieu.contours import contours_in_parts

    sources = _sources(area)
    in_parts = None
    if len(sources) > CONTOUR_PART_ROWS:
        in_parts = functools.partial(contours_in_parts, rows_per_part=CONTOUR_PART_ROWS)
    out = area.call("environmental_contours", sources,
                    category_col=_category_col(area, "environmental_contours", sources),
                    progress=progress, run_as=in_parts)
    if in_parts is not None:
        out = LayerParts(sources.index, out)
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
    # its index of the homes is queried by no later stage (0.3 GB for 5 million homes)
    release_strtrees(sensitive)
    ids = out["sensitive_id"] if "sensitive_id" in out.columns else out.index
    area.figures["n_conflicts"] = float(pd.Series(ids).nunique())
    area.counted["n_conflicts"] = frozenset(pd.Series(ids).dropna().tolist())


def _stage_max_category(area: _Area, progress):
    parcels, sensitive = area.need("parcels", "sensitive")
    out = area.call("max_allowed_category", parcels, sensitive,
                    omgevingstype_col=_omgevingstype_col(area), progress=progress)
    area.add("max_allowed_category", out, "Milieuruimte: the highest milieucategorie each "
             "parcel allows given the distance to the nearest sensitive object")
    # its indexes of the homes per omgevingstype are queried by no later stage (the zones
    # make their own): 0.5 GB for 5 million homes
    release_strtrees(sensitive)
    renamed = out[["max_category", "max_category_rank", "nearest_sensitive_m"]].rename(
        columns={"max_category": "milieuruimte_category",
                 "max_category_rank": "milieuruimte_rank"})
    area.enrich(renamed)


#: Terreinen per part of the zoning map: more terreinen than this are mapped, written and
#: let go a part at a time (the bands of 30,000 terreinen hold about 57 million vertices).
ZONE_PART_ROWS = 5_000


def _stage_allowed_zones(area: _Area, progress):
    from ..milieu.milieuruimte import zones_in_parts

    zones = area.frames.get("terreinen")
    if zones is None:
        raise _Skip("no input terreinen configured ([inputs.terreinen])")
    sensitive = area.need("sensitive")[0]
    in_parts = None
    if len(zones) > ZONE_PART_ROWS:
        in_parts = functools.partial(zones_in_parts, rows_per_part=ZONE_PART_ROWS)
    out = area.call("allowed_category_zones", zones, sensitive,
                    omgevingstype_col=_omgevingstype_col(area), progress=progress,
                    run_as=in_parts)
    if in_parts is not None:
        out = LayerParts(None, out, rows_of_sources=False)
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
    from ..potential.allowed import has_plan_rules

    parcels = area.need("parcels", "buildings")[0]
    plan_rules = option_object("densification_potential", "plan_rules",
                               area.config.operations.get("densification_potential", {}))
    if not has_plan_rules(parcels, area.frames.get("plan"), plan_rules):
        raise _Skip("parcels carry no plan rules (max_coverage_share, max_height_m, max_fsi, "
                    "max_storeys); add them, or set [operations.densification_potential] "
                    "target_fsi")
    buildings, progress = area.buildings(progress)
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
    out = _per_parcel_of_buildings(
        area, progress, "redevelopment_stock", "redevelopment_stock", "Herontwikkelingsopgave: "
        "floor area and parcel area of stock built before the threshold year (default 1980) "
        "per parcel", ["weighted_construction_year", "floor_area_pre_threshold_share",
                       "floor_area_1960_1980_share", "area_pre_threshold_ha"])
    area.figures["redevelopment_ha"] = _sum(out, "area_pre_threshold_ha") or 0.0


def _stage_work_home(area: _Area, progress):
    from ..indicators.work_home import parcels_study_area
    from ..potential.jobs import parcel_jobs

    parcels, sensitive = area.need("parcels", "sensitive")
    if "jobs" not in parcels.columns:  # the potential stage did not run: same basis here
        if "floor_area_m2" not in parcels.columns:
            raise _Skip("no jobs to compare with the homes: needs [inputs.buildings] (floor area) "
                        "or a jobs column on the parcels")
        # the JobsOptions the potential would have had: its keys, the run's one basis
        jobs = dataclasses.replace(option_object(
            "densification_potential", "jobs",
            area.config.operations.get("densification_potential", {})),
            jobs_basis=area.notes["jobs_basis"])
        area.enrich(pd.DataFrame({"jobs": parcel_jobs(parcels, jobs=jobs)},
                                 index=parcels.index))
        parcels = area.frames["parcels"]
    study = area.noting("work_home_balance", lambda: parcels_study_area(
        parcels, sensitive, name=area.name, jobs_col="jobs",
        homes_col=conventional_column(sensitive, "n_homes")))
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
    Stage("density", "density_measures", "density per parcel",
          _sharing_split("density", _stage_density)),
    Stage("terrein_density", "density_measures", "density per terrein",
          _sharing_split("terrein_density", _stage_terrein_density)),
    Stage("imro", "read_imro", "IMRO plan", _stage_imro),
    Stage("contours", "environmental_contours", "milieucontouren", _stage_contours),
    Stage("conflicts", "contour_conflicts", "contour conflicts", _stage_conflicts),
    Stage("max_category", "max_allowed_category", "maximum category", _stage_max_category),
    Stage("allowed_zones", "allowed_category_zones", "allowed-category zones",
          _stage_allowed_zones),
    Stage("category_use", "category_use", "scheefwerken", _stage_category_use),
    Stage("potential", "densification_potential", "densification potential",
          _sharing_split("potential", _stage_potential)),
    Stage("redevelopment", "redevelopment_stock", "herontwikkelingsopgave",
          _sharing_split("redevelopment", _stage_redevelopment)),
    Stage("work_home", "work_home_balance", "woon-werkbalans", _stage_work_home),
    Stage("scores", "opportunity_scores", "opportunity scores", _stage_scores),
    Stage("kansenzones", "kansenzones", "kansenzones", _stage_kansenzones),
)
assert tuple(s.name for s in STAGES) == STAGE_NAMES
