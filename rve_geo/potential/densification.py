"""Densification potential: allowed minus existing floor area, jobs, milieu constraints.

Plan rules (maximum FSI, bebouwingspercentage with maximum bouwhoogte or storeys, a
target FSI) give the allowed gross floor area per parcel; the existing floor area
comes from :func:`rve_geo.density_measures`. Milieuzonering constraints remove
potential for sensitive uses inside hindercontouren and reserve potential on
HMC land for high-category firms; both removals are reported separately.

The operation is a short composition of named steps: plan rules and allowed floor area
(allowed.py, with plan_rules.py for plan objects), existing floor area (rve_geo.density),
milieu constraints (constraints.py) and jobs (jobs.py). Length: about 540 lines, half of it
the docstring that states every formula.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np

from .._columns import keeps_input_columns
from .._options import fields_of, flat_keywords
from .._validate import (
    Issues,
    check_choice,
    check_frame,
    check_positive,
    check_same_crs,
    prepare_polygons,
    require_columns,
)
from ..density.floor_area import FLOOR_AREA_BASIS, FloorAreaOptions
from ..errors import InputError
from ..milieu.scheefwerken import HMC_THRESHOLD
from ..milieu.sensitive import DEFAULT_OMGEVINGSTYPE
from ..progress import ProgressCallback, report, scaled
from .allowed import (
    RULE_COLUMNS,
    PlanRuleValues,
    allowed_from_plan_objects,
    allowed_from_zones,
    check_cover_share,
    plan_rule_values,
    transfer_mode,
)
from .constraints import MilieuConstraints, milieu_constraints
from .jobs import (
    PLOT_M2_PER_JOB,
    JobsOptions,
    check_jobs_basis,
    default_jobs_ratios,
    existing_jobs,
    jobs_from_floor_area,
    jobs_table,
    m2_bvo_per_job,
)
from .plan_rules import PlanRulesOptions

if TYPE_CHECKING:
    from ..milieu.distance_tables import DistanceTable

__all__ = [
    "PLOT_M2_PER_JOB",
    "FloorAreaOptions",
    "JobsOptions",
    "PlanRulesOptions",
    "RULE_COLUMNS",
    "SENSITIVE_FUNCTIONS",
    "default_jobs_ratios",
    "densification_potential",
    "potential_per_zone",
]

#: Function values (case-insensitive) that mark a sensitive use (housing).
SENSITIVE_FUNCTIONS = ("wonen", "woning", "woningen", "woonfunctie", "housing", "residential",
                       "homes")


@flat_keywords({**fields_of("plan_rules", PlanRulesOptions),
                **fields_of("floor_area", FloorAreaOptions,
                            leave_out=("storey_height_m", "bvo_go_factor",
                                       "halls_single_storey")),
                **fields_of("jobs", JobsOptions)})
@keeps_input_columns("parcels")
def densification_potential(
    parcels: gpd.GeoDataFrame,
    buildings: gpd.GeoDataFrame,
    *,
    rules: gpd.GeoDataFrame | None = None,
    sensitive: gpd.GeoDataFrame | None = None,
    contours: gpd.GeoDataFrame | None = None,
    plan_rules: PlanRulesOptions = PlanRulesOptions(),
    floor_area: FloorAreaOptions = FloorAreaOptions(),
    function_col: str | None = None,
    jobs: JobsOptions = JobsOptions(),
    sensitive_functions: Iterable[str] = SENSITIVE_FUNCTIONS,
    source_category_col: str | None = None,
    use_category_col: str | None = None,
    omgevingstype: str = DEFAULT_OMGEVINGSTYPE,
    distance_table: DistanceTable | str | None = None,
    hmc_threshold: str = HMC_THRESHOLD,
    progress: ProgressCallback | None = None,
) -> gpd.GeoDataFrame:
    """Densification potential per parcel: allowed minus existing floor area, and jobs.

    Parameters
    ----------
    parcels : GeoDataFrame
        Parcel polygons (kavels) in a projected CRS; may carry the plan rules.
    buildings : GeoDataFrame
        Building footprints; floor area per building as in
        :func:`rve_geo.building_floor_area`. Buildings that already carry its result
        columns (``floor_area_m2``, ``footprint_m2``, ``storeys``, ``height_m``,
        ``floor_area_source``, ``excluded``, ``use_storey_height_m``, ``is_hall``;
        marked by ``floor_area_source``) are used as they are, with ``floor_area`` at
        its defaults (see :mod:`rve_geo.density.precomputed`).
    rules : GeoDataFrame, optional
        Plan zones carrying the rule columns: plan objects from
        :func:`rve_geo.read_imro` (with ``object_type``), or zones of your own.
    sensitive : GeoDataFrame, optional
        Where sensitive uses (housing) are planned: polygons (a parcel whose
        representative point lies inside is a sensitive use) or points (a parcel
        holding one is a sensitive use).
    contours : GeoDataFrame, optional
        Hindercontouren (e.g. :func:`rve_geo.environmental_contours` of other
        sources). A sensitive-use parcel overlapping one loses its potential.
    plan_rules : PlanRulesOptions
        Which rule columns, target FSI and storey height give the allowed floor area
        and how the rules of ``rules`` reach a parcel (see
        :class:`rve_geo.PlanRulesOptions`; the rule columns default to
        :data:`RULE_COLUMNS`).
    floor_area : FloorAreaOptions
        How the existing floor area of ``buildings`` is estimated (see
        :class:`rve_geo.FloorAreaOptions`); the same model turns a maximum bouwhoogte
        into storeys.
    function_col : str, optional
        Column of ``parcels`` with the function of the (future) floor space, used
        for the jobs ratio and to find sensitive uses.
    jobs : JobsOptions
        Basis and ratios for existing and extra jobs (see :class:`rve_geo.JobsOptions`
        and :mod:`rve_geo.potential.jobs`).
    sensitive_functions : iterable of str
        Values of ``function_col`` meaning a sensitive use (default
        :data:`SENSITIVE_FUNCTIONS`).
    source_category_col : str, optional
        Column of ``parcels`` with the milieucategorie the plan allows there. Each
        parcel with a category is a source whose contour is its richtafstand; it
        also decides which parcels are HMC land.
    use_category_col : str, optional
        Column of ``parcels`` with the category of the activity the potential is
        for (e.g. the present firm). On HMC land potential for a lower category
        is removed.
    omgevingstype : {"rustige_woonwijk", "gemengd_gebied"}
        Omgevingstype of the sensitive uses for the richtafstand.
    distance_table : DistanceTable, path or None
        Distance table (default VNG 2009), see :func:`rve_geo.load_distance_table`.
    hmc_threshold : str
        Lowest category that counts as HMC (default "4.1" [P]).
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        A copy of ``parcels`` (same index, CRS) with the density columns
        (``parcel_area_m2``, ``n_buildings``, ``footprint_m2``, ``floor_area_m2``,
        ``fsi``, ``gsi``, ``osr``, ``l``), the rules used (``rule_max_fsi``,
        ``rule_max_coverage_share``, ``rule_max_height_m``, ``rule_max_storeys``,
        ``rule_target_fsi``, ``allowed_storeys``), ``allowed_floor_area_m2``,
        ``allowed_rule``, ``potential_unconstrained_m2``,
        ``removed_by_contours_m2``, ``removed_by_hmc_m2``, ``potential_m2``,
        ``overbuilt``, ``m2_bvo_per_job``, ``jobs``, ``potential_jobs``,
        ``unbuilt_area_m2``, ``vacant``, ``sensitive_use``, ``in_contour`` and
        ``hmc_land``.

    Raises
    ------
    InputError
        No rule at all; a coverage given as a percentage (80 instead of 0.8: divide
        by 100); negative FSI, heights or storeys; text in number columns.
    MissingColumnError
        A named column is absent, or two candidate rule columns are present.
    CategoryError
        Unparseable milieucategorie labels.
    CRSError
        Missing, geographic or different CRSs.

    Notes
    -----
    *Plan objects* (``rules`` with ``object_type``, ``PlanRulesOptions.rules_transfer``
    ``"pieces"``): the
    allowed floor area is the sum over the pieces of parcel x vlak; a piece in a
    bouwvlak takes the bouwvlak's percentage (100 % if none) and height, a piece of a
    bestemmingsvlak outside its bouwvlakken allows nothing, a bestemmingsvlak without
    bouwvlakken applies its own rules (docs/plan_rules.md). Extra columns:
    ``allowed_footprint_m2``, ``plan_area_without_rule_m2``, ``n_plan_pieces`` and,
    when the plan objects have ``max_category``, ``plan_max_category`` (the maximum
    milieucategorie of the parcel's largest piece, from its vlak or functieaanduiding);
    ``allowed_rule`` names the largest piece's kind and binding cap
    (``"bouwvlak:coverage"``, ``"outside_bouwvlak"``, ...). A target FSI caps the sum.

    *One value per rule per parcel* (parcel columns or zones without ``object_type``):
    allowed floor area (m2 BVO), per parcel of area A, from every rule that is
    complete for it:

    - maximum FSI: ``max_fsi x A``;
    - coverage and height/storeys: ``coverage x A x storeys`` with
      ``storeys = max(1, floor(max_height / storey_height))`` (a maximum height of
      0 allows nothing), or the maximum storeys, or the smaller of both;
    - target FSI: ``target_fsi x A``.

    When several rules are complete, every one is a cap and the smallest binds;
    ``allowed_rule`` names it (``"max_fsi"``, ``"coverage"``, ``"target_fsi"``).
    Coverage without a height or storeys, or a height without a coverage, is
    incomplete. A parcel without any complete rule gets NaN allowed floor area
    and NaN potential (never 0) and is counted in the warning.

    potential_unconstrained_m2 = max(0, allowed - existing); ``overbuilt`` where
    existing > allowed. Then, in this order:

    - contours: a sensitive-use parcel (``function_col`` in
      ``sensitive_functions`` or related to ``sensitive``) that overlaps a
      hindercontour (more than touching) loses all its potential. Contours are
      ``contours`` and, with ``source_category_col``, those of every other parcel:
      parcel q lies in the contour of source s when distance(q, s) < richtafstand(s)
      (the exact test, no buffer approximation; at exactly the richtafstand it
      is outside, as in :func:`rve_geo.contour_conflicts`). Whole parcels are
      removed (conservative: the richtafstand is measured to the nearest facade);
    - HMC: on HMC land (source category >= ``hmc_threshold``) the potential left
      is removed for sensitive uses and for uses whose ``use_category_col`` is below
      the threshold; a missing use category keeps the potential (counted).

    ``potential_m2 = potential_unconstrained_m2 - removed_by_contours_m2 -
    removed_by_hmc_m2`` holds exactly.

    Jobs, on one basis (``JobsOptions.jobs_basis``, named in ``attrs["jobs_basis"]``): ``jobs``
    the parcel holds today and ``potential_jobs`` of ``potential_m2``, both with
    ``m2_bvo_per_job`` of the parcel. ``"floor_area"``: the ratio of the parcel's
    function (20 m2 BVO per office job [S]; 100 m2 for industry and unknown functions
    [A], derived from 250 m2 plot per job [S] at FSI 0.4 [A]); jobs = existing floor
    area / ratio. ``"plot_area"``: jobs = parcel area / ``plot_m2_per_job`` for built
    parcels, and extra floor area counts at 250 x 0.4 = 100 m2 BVO per job.
    Sensitive-use parcels (housing) hold no jobs and have no ratio.
    ``unbuilt_area_m2`` = parcel area - footprint; ``vacant`` = no buildings.
    Storeys: the floor-area model of existing buildings (``allowed_storey_height_m``,
    ``allowed_hall``; ``result.attrs["floor_area_basis"]``): storey heights per use
    [A] and the HMC threshold 4.1 [P]: DOMAIN.md sections 2-4.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> parcels = gpd.GeoDataFrame(
    ...     {"max_coverage_share": [0.5, 0.5], "max_height_m": [10.0, 10.0]},
    ...     geometry=[box(x, y, x + 100, y + 100), box(x + 100, y, x + 200, y + 100)],
    ...     crs="EPSG:28992")
    >>> buildings = gpd.GeoDataFrame({"bvo": [2000.0]},
    ...     geometry=[box(x + 10, y + 10, x + 50, y + 60)], crs="EPSG:28992")
    >>> out = densification_potential(parcels, buildings)
    >>> out[["allowed_floor_area_m2", "floor_area_m2", "potential_m2"]].values.tolist()
    [[10000.0, 2000.0, 8000.0], [10000.0, 0.0, 10000.0]]
    >>> out["potential_jobs"].tolist(), out["vacant"].tolist()
    ([80.0, 100.0], [False, True])

    Options come as objects: jobs on the programme's 250 m2 plot per job, 10,000 / 250 = 40
    on the built parcel:

    >>> from rve_geo import JobsOptions
    >>> densification_potential(parcels, buildings,
    ...                         jobs=JobsOptions(jobs_basis="plot_area"))["jobs"].tolist()
    [40.0, 0.0]
    """
    _check_layers(parcels, buildings, rules, sensitive, contours)
    mode = _check_options(plan_rules, jobs, rules)
    hmc_rank = _category_rank(hmc_threshold, "hmc_threshold")
    omgevingstype = _omgevingstype(omgevingstype)
    issues = Issues("densification_potential")

    report(progress, 0.0, "potential: reading plan rules")
    plan = plan_rule_values(parcels, rules, plan_rules)
    report(progress, 0.02, "potential: existing floor area")
    existing = _existing_floor_area(parcels, buildings, floor_area,
                                    scaled(progress, 0.02, 0.6))
    report(progress, 0.6, "potential: applying plan rules")
    allowed, rule_cols = _allowed_floor_area(existing, rules, plan, mode, plan_rules.cover_share,
                                             parcels.index, issues)
    unconstrained, overbuilt = _unconstrained_potential(allowed, existing.floor_area_m2)
    report(progress, 0.7, "potential: milieu constraints")
    milieu = milieu_constraints(
        parcels, existing.geometry, existing.usable, unconstrained, function_col=function_col,
        sensitive_functions=sensitive_functions, sensitive=sensitive, contours=contours,
        source_category_col=source_category_col, use_category_col=use_category_col,
        omgevingstype=omgevingstype, distance_table=distance_table, hmc_rank=hmc_rank,
        issues=issues)
    report(progress, 0.9, "potential: jobs")
    job_cols = _jobs(existing, milieu, jobs, issues)

    out = existing.frame.copy()
    target = rule_cols.pop("rule_target_fsi")
    for col, values in rule_cols.items():
        out[col] = values
    out["rule_target_fsi"] = target
    out["allowed_floor_area_m2"] = allowed
    out["potential_unconstrained_m2"] = unconstrained
    out["removed_by_contours_m2"] = milieu.removed_by_contours_m2
    out["removed_by_hmc_m2"] = milieu.removed_by_hmc_m2
    out["potential_m2"] = milieu.potential_m2
    out["overbuilt"] = overbuilt
    for col, values in job_cols.items():
        out[col] = values
    out["unbuilt_area_m2"] = np.maximum(0.0, existing.area_m2 - existing.footprint_m2)
    out["vacant"] = (existing.n_buildings == 0) & existing.usable
    out["sensitive_use"] = milieu.sensitive_use
    out["in_contour"] = milieu.in_contour
    out["hmc_land"] = milieu.hmc_land
    out.attrs["jobs_basis"] = jobs.jobs_basis
    out.attrs["target_fsi_source"] = plan.target_source
    out.attrs["floor_area_basis"] = FLOOR_AREA_BASIS
    out.attrs["rules_transfer"] = mode
    report(progress, 1.0, "potential: done")
    issues.emit()
    return out


# ---------------------------------------------------------------- the steps


@dataclasses.dataclass(frozen=True)
class _Existing:
    """Existing buildings per parcel, with the floor-area model of the main building."""

    frame: gpd.GeoDataFrame  # the density measures per parcel
    geometry: np.ndarray
    usable: np.ndarray
    area_m2: np.ndarray
    floor_area_m2: np.ndarray
    footprint_m2: np.ndarray
    n_buildings: np.ndarray
    main_storey_height_m: np.ndarray
    main_hall: np.ndarray


def _check_options(plan_rules: PlanRulesOptions, jobs: JobsOptions, rules) -> str:
    """Check the option objects before any heavy work; return how rules reach parcels."""
    for name, value, kind in (("plan_rules", plan_rules, PlanRulesOptions),
                              ("jobs", jobs, JobsOptions)):
        if not isinstance(value, kind):
            raise InputError(f"argument '{name}' must be a {kind.__name__}, got "
                             f"{type(value).__name__}; e.g. {name}={kind.__name__}().")
    check_choice(plan_rules.rules_transfer, "rules_transfer",
                 ("auto", "pieces", "largest_overlap", "representative_point"))
    check_cover_share(plan_rules.cover_share)
    check_positive(jobs.plot_m2_per_job, "plot_m2_per_job")
    check_jobs_basis(jobs.jobs_basis)
    jobs_table(jobs.jobs_ratios)  # a bad ratio fails here, not after the floor area
    return transfer_mode(rules, plan_rules.rules_transfer)


def _category_rank(label: str, argument: str) -> int:
    from ..milieu.categories import parse_category

    return parse_category(label, argument=argument).rank


def _omgevingstype(value: str) -> str:
    from ..milieu.categories import normalize_omgevingstype

    return normalize_omgevingstype(value)


def _existing_floor_area(parcels, buildings, options: FloorAreaOptions, progress) -> _Existing:
    """Step 2: the density measures per parcel (:func:`rve_geo.density_measures`)."""
    from ..density.spacemate import _density_measures

    dens, main_sh, main_hall, prepared = _density_measures(
        parcels, buildings, zones=None, options=options, progress=progress)

    def column(name):
        return dens[name].to_numpy(dtype="float64", na_value=np.nan)

    return _Existing(frame=dens, geometry=prepared.geometry, usable=prepared.usable,
                     area_m2=column("parcel_area_m2"), floor_area_m2=column("floor_area_m2"),
                     footprint_m2=column("footprint_m2"),
                     n_buildings=dens["n_buildings"].to_numpy(),
                     main_storey_height_m=main_sh, main_hall=main_hall)


def _allowed_floor_area(existing: _Existing, rules, plan: PlanRuleValues, mode: str,
                        cover_share: float, index, issues) -> tuple[np.ndarray, dict]:
    """Step 3: allowed floor area per parcel, from plan objects or one value per rule."""
    from ..density.floor_area import default_storey_heights

    args = (existing.main_storey_height_m, existing.main_hall, default_storey_heights(),
            plan.storey_height_m, plan.target_values, existing.area_m2, index, issues)
    if mode == "pieces":
        return allowed_from_plan_objects(existing.geometry, existing.usable, rules, plan.raw,
                                          cover_share, *args)
    return allowed_from_zones(existing.geometry, existing.usable, rules, plan.raw, mode,
                               cover_share, *args)


def _unconstrained_potential(allowed: np.ndarray, existing_m2: np.ndarray):
    """(max(0, allowed - existing), overbuilt): NaN where either is unknown."""
    with np.errstate(invalid="ignore"):
        unconstrained = np.maximum(0.0, allowed - existing_m2)
        overbuilt = existing_m2 > allowed + 1e-6
    unconstrained = np.where(np.isnan(allowed) | np.isnan(existing_m2), np.nan, unconstrained)
    return unconstrained, overbuilt


def _jobs(existing: _Existing, milieu: MilieuConstraints, options: JobsOptions, issues) -> dict:
    """Step 5: floor area per job, jobs today and jobs in the potential, on one basis."""
    ratio_table = jobs_table(options.jobs_ratios)
    if milieu.function is not None and options.jobs_basis == "floor_area":
        _note_functions_without_ratio(milieu.function, ratio_table, milieu.sensitive_use, issues)
    # housing and other sensitive uses host no jobs
    ratio = m2_bvo_per_job(milieu.function, milieu.sensitive_use, jobs_basis=options.jobs_basis,
                           table=ratio_table, plot_m2_per_job=options.plot_m2_per_job)
    return {
        "m2_bvo_per_job": ratio,
        "jobs": existing_jobs(existing.floor_area_m2, existing.area_m2, ratio,
                              jobs_basis=options.jobs_basis,
                              plot_m2_per_job=options.plot_m2_per_job),
        "potential_jobs": jobs_from_floor_area(milieu.potential_m2, ratio),
    }


def _check_layers(parcels, buildings, rules, sensitive, contours) -> None:
    """Every given layer is a GeoDataFrame, all in the same CRS."""
    check_frame(parcels, "parcels")
    check_frame(buildings, "buildings")
    for name, layer in (("rules", rules), ("sensitive", sensitive), ("contours", contours)):
        if layer is not None:
            check_frame(layer, name)
    check_same_crs(parcels=parcels, buildings=buildings, rules=rules, sensitive=sensitive,
                   contours=contours)


def _note_functions_without_ratio(function, ratio_table, sensitive_use, issues) -> None:
    """Note the parcels whose function has no jobs ratio (they get the default)."""
    known = function.map(ratio_table).notna().to_numpy(dtype=bool)
    unknown = ~known & function.notna().to_numpy(dtype=bool) & ~sensitive_use
    if unknown.any():
        vals = sorted(set(function[unknown].dropna().tolist()))[:5]
        issues.add("parcels", f"{int(unknown.sum())} parcels have a function without a jobs "
                   f"ratio ({', '.join(map(repr, vals))}); the default of "
                   f"{ratio_table['default']:g} m2 BVO per job was used")


def potential_per_zone(
    potential: gpd.GeoDataFrame,
    zones: gpd.GeoDataFrame,
    *,
    zone_id_col: str | None = None,
) -> gpd.GeoDataFrame:
    """Sum the result of :func:`densification_potential` per terrein or zone.

    Parameters
    ----------
    potential : GeoDataFrame
        The result of :func:`densification_potential`.
    zones : GeoDataFrame
        Terreinen or other areas in the same CRS; a parcel belongs to the zone
        holding its representative point (the first zone in row order).
    zone_id_col : str, optional
        Column of ``zones`` copied as ``zone_id`` (default: the index).

    Returns
    -------
    GeoDataFrame
        ``zones`` (same index, CRS) with ``zone_id``, ``n_parcels``, the sums of
        ``parcel_area_m2``, ``floor_area_m2``, ``allowed_floor_area_m2``,
        ``potential_unconstrained_m2``, ``removed_by_contours_m2``,
        ``removed_by_hmc_m2``, ``potential_m2``, ``jobs``, ``potential_jobs``
        and ``unbuilt_area_m2``, the counts ``n_without_rules``, ``n_vacant``,
        ``n_overbuilt``, and ``fsi_net`` and ``allowed_fsi_net`` (floor area over
        the summed parcel area).

    Notes
    -----
    Sums skip parcels without plan rules (NaN); ``n_without_rules`` says how many
    there were, so a zone total is never mistaken for complete when it is not.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> parcels = gpd.GeoDataFrame({"max_fsi": [1.0, None]},
    ...     geometry=[box(x, y, x + 100, y + 100), box(x + 100, y, x + 200, y + 100)],
    ...     crs="EPSG:28992")
    >>> none = gpd.GeoDataFrame(geometry=[], crs="EPSG:28992")
    >>> import warnings
    >>> with warnings.catch_warnings():  # one parcel has no rule: a warning says so
    ...     warnings.simplefilter("ignore")
    ...     pot = densification_potential(parcels, none)
    >>> zones = gpd.GeoDataFrame({"terrein": ["T"]},
    ...     geometry=[box(x, y, x + 200, y + 100)], crs="EPSG:28992")
    >>> z = potential_per_zone(pot, zones, zone_id_col="terrein")
    >>> z[["zone_id", "n_parcels", "potential_m2", "n_without_rules"]].values.tolist()
    [['T', 2, 10000.0, 1]]
    """
    from ..indicators._common import _zone_of

    check_frame(potential, "potential")
    check_frame(zones, "zones")
    check_same_crs(potential=potential, zones=zones)
    require_columns(potential, "potential", ["potential_m2", "allowed_floor_area_m2"])
    issues = Issues("potential_per_zone")
    zp = prepare_polygons(zones, "zones", issues)
    pp = prepare_polygons(potential, "potential", issues)
    zone = _zone_of(np.where(pp.usable, pp.geometry, None), np.where(zp.usable, zp.geometry, None))
    inside = zone >= 0
    n_z = len(zones)
    out = zones.copy()
    if zone_id_col is not None:
        require_columns(zones, "zones", [zone_id_col])
    out["zone_id"] = zones[zone_id_col].to_numpy() if zone_id_col else zones.index.to_numpy()
    out["n_parcels"] = np.bincount(zone[inside], minlength=n_z).astype("int64")
    for col in ("parcel_area_m2", "floor_area_m2", "allowed_floor_area_m2",
                "potential_unconstrained_m2", "removed_by_contours_m2", "removed_by_hmc_m2",
                "potential_m2", "jobs", "potential_jobs", "unbuilt_area_m2"):
        if col in potential.columns:
            v = potential[col].to_numpy(dtype="float64", na_value=np.nan)
            out[col] = np.bincount(zone[inside], weights=np.nan_to_num(v[inside]),
                                   minlength=n_z)
    for name, mask in (("n_without_rules", potential["allowed_floor_area_m2"].isna()),
                       ("n_vacant", potential.get("vacant")),
                       ("n_overbuilt", potential.get("overbuilt"))):
        if mask is not None:
            m = mask.to_numpy(dtype=bool) & pp.usable
            out[name] = np.bincount(zone[inside & m], minlength=n_z).astype("int64")
    with np.errstate(invalid="ignore", divide="ignore"):
        base = out["parcel_area_m2"].to_numpy() if "parcel_area_m2" in out else np.full(n_z, np.nan)
        if "floor_area_m2" in out:
            out["fsi_net"] = np.where(base > 0, out["floor_area_m2"] / base, np.nan)
        out["allowed_fsi_net"] = np.where(base > 0, out["allowed_floor_area_m2"] / base, np.nan)
    outside = pp.usable & ~inside
    if outside.any():
        issues.add("potential", f"{int(outside.sum())} parcels lie in no zone and are left out",
                   potential.index[outside])
    issues.emit()
    return out
