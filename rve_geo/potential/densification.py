"""Densification potential: allowed minus existing floor area, jobs, milieu constraints.

Plan rules (maximum FSI, bebouwingspercentage with maximum bouwhoogte or storeys, a
target FSI) give the allowed gross floor area per parcel; the existing floor area
comes from :func:`rve_geo.density_measures`. Milieuzonering constraints remove
potential for sensitive uses inside hindercontouren and reserve potential on
HMC land for high-category firms; both removals are reported separately.

Length: about 900 lines: the operation is a short composition of named steps (rules, allowed
floor area, constraints, jobs), each documented here; the allowed floor area per plan piece
is in plan_rules.py and jobs in jobs.py.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._columns import keeps_input_columns
from .._options import fields_of, flat_keywords
from .._validate import (
    Issues,
    check_choice,
    check_frame,
    check_positive,
    check_same_crs,
    numeric_column,
    prepare_polygons,
    require_columns,
    row_ids,
)
from ..density.floor_area import FLOOR_AREA_BASIS, FloorAreaOptions
from ..errors import InputError, MissingColumnError
from ..milieu.scheefwerken import HMC_THRESHOLD
from ..milieu.sensitive import DEFAULT_OMGEVINGSTYPE
from ..progress import ProgressCallback, report, scaled
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
#: Columns looked for when a rule column is not named, in order.
RULE_COLUMNS: dict[str, tuple[str, ...]] = {
    "max_fsi": ("max_fsi", "fsi_max"),
    "max_coverage_share": ("max_coverage_share", "bebouwingspercentage",
                           "max_bebouwingspercentage"),
    "max_height_m": ("max_bouwhoogte_m", "max_height_m"),
    "max_storeys": ("max_storeys", "max_bouwlagen"),
    "max_floor_area_m2": ("max_floor_area_m2",),
    "max_built_area_m2": ("max_built_area_m2",),
}
_RULE_KEYWORDS = {"max_fsi": "max_fsi_col", "max_coverage_share": "max_coverage_col",
                  "max_height_m": "max_height_col", "max_storeys": "max_storeys_col"}
#: Rules only the plan-object model (rules_transfer="pieces") applies: absolute limits of a vlak.
_PIECE_ONLY = ("max_floor_area_m2", "max_built_area_m2")


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
    plan_rules: PlanRulesOptions = PlanRulesOptions(),
    floor_area: FloorAreaOptions = FloorAreaOptions(),
    function_col: str | None = None,
    jobs: JobsOptions = JobsOptions(),
    sensitive: gpd.GeoDataFrame | None = None,
    sensitive_functions: Iterable[str] = SENSITIVE_FUNCTIONS,
    contours: gpd.GeoDataFrame | None = None,
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
        :func:`rve_geo.building_floor_area`.
    rules : GeoDataFrame, optional
        Plan zones carrying the rule columns: plan objects from
        :func:`rve_geo.read_imro` (with ``object_type``), or zones of your own.
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
    sensitive : GeoDataFrame, optional
        Where sensitive uses (housing) are planned: polygons (a parcel whose
        representative point lies inside is a sensitive use) or points (a parcel
        holding one is a sensitive use).
    sensitive_functions : iterable of str
        Values of ``function_col`` meaning a sensitive use (default
        :data:`SENSITIVE_FUNCTIONS`).
    contours : GeoDataFrame, optional
        Hindercontouren (e.g. :func:`rve_geo.environmental_contours` of other
        sources). A sensitive-use parcel overlapping one loses its potential.
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
    *Plan objects* (``rules`` with ``object_type``, ``rules_transfer="pieces"``): the
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

    Jobs, on one basis (``jobs_basis``, named in ``attrs["jobs_basis"]``): ``jobs``
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
    """
    _check_layers(parcels, buildings, rules, sensitive, contours)
    mode = _check_options(plan_rules, jobs, rules)
    hmc_rank = _category_rank(hmc_threshold, "hmc_threshold")
    omgevingstype = _omgevingstype(omgevingstype)
    issues = Issues("densification_potential")

    report(progress, 0.0, "potential: reading plan rules")
    plan = _plan_rules(parcels, rules, plan_rules)
    report(progress, 0.02, "potential: existing floor area")
    existing = _existing_floor_area(parcels, buildings, floor_area,
                                    scaled(progress, 0.02, 0.6))
    report(progress, 0.6, "potential: applying plan rules")
    allowed, rule_cols = _allowed_floor_area(existing, rules, plan, mode, plan_rules.cover_share,
                                             parcels.index, issues)
    unconstrained, overbuilt = _unconstrained_potential(allowed, existing.floor_area_m2)
    report(progress, 0.7, "potential: milieu constraints")
    milieu = _milieu_constraints(
        parcels, existing, unconstrained, function_col=function_col,
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
class _PlanRules:
    """The rule values read from the rule layer, before they reach the parcels."""

    raw: dict  # rule key -> values per row of the rule layer
    target_values: np.ndarray | None  # target FSI per parcel
    target_source: str | None
    storey_height_m: np.ndarray | None  # the user's storey height per parcel


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


@dataclasses.dataclass(frozen=True)
class _Milieu:
    """Milieu constraints per parcel and the potential they remove."""

    sensitive_use: np.ndarray
    function: pd.Series | None
    in_contour: np.ndarray
    hmc_land: np.ndarray
    removed_by_contours_m2: np.ndarray
    removed_by_hmc_m2: np.ndarray
    potential_m2: np.ndarray


def _check_options(plan_rules: PlanRulesOptions, jobs: JobsOptions, rules) -> str:
    """Check the option objects before any heavy work; return how rules reach parcels."""
    for name, value, kind in (("plan_rules", plan_rules, PlanRulesOptions),
                              ("jobs", jobs, JobsOptions)):
        if not isinstance(value, kind):
            raise InputError(f"argument '{name}' must be a {kind.__name__}, got "
                             f"{type(value).__name__}; e.g. {name}={kind.__name__}().")
    check_choice(plan_rules.rules_transfer, "rules_transfer",
                 ("auto", "pieces", "largest_overlap", "representative_point"))
    _check_cover_share(plan_rules.cover_share)
    check_positive(jobs.plot_m2_per_job, "plot_m2_per_job")
    check_jobs_basis(jobs.jobs_basis)
    jobs_table(jobs.jobs_ratios)  # a bad ratio fails here, not after the floor area
    return _transfer_mode(rules, plan_rules.rules_transfer)


def _category_rank(label: str, argument: str) -> int:
    from ..milieu.categories import parse_category

    return parse_category(label, argument=argument).rank


def _omgevingstype(value: str) -> str:
    from ..milieu.categories import normalize_omgevingstype

    return normalize_omgevingstype(value)


def _plan_rules(parcels, rules, options: PlanRulesOptions) -> _PlanRules:
    """Step 1: the rule columns, target FSI and storey height, validated.

    Rules come from ``rules`` when given, else from ``parcels``; a column not named
    in ``options`` is looked up in :data:`RULE_COLUMNS`. A run without any rule and
    without a target FSI is refused.
    """
    n = len(parcels)
    rule_frame = rules if rules is not None else parcels
    rule_arg = "rules" if rules is not None else "parcels"
    explicit = {"max_fsi": options.max_fsi_col, "max_coverage_share": options.max_coverage_col,
                "max_height_m": options.max_height_col, "max_storeys": options.max_storeys_col}
    cols = {key: _rule_column(rule_frame, rule_arg, key, explicit.get(key))
            for key in RULE_COLUMNS}
    raw = {key: _rule_values(rule_frame, rule_arg, key, col) for key, col in cols.items()
           if col is not None}
    target_values, target_source = _target_fsi(options.target_fsi, parcels, rules, raw, n)
    _require_rules(raw, target_values, rule_frame, rule_arg)
    return _PlanRules(raw=raw, target_values=target_values, target_source=target_source,
                      storey_height_m=_given_storey_heights(options.storey_height_m, parcels, n))


def _existing_floor_area(parcels, buildings, options: FloorAreaOptions, progress) -> _Existing:
    """Step 2: the density measures per parcel (:func:`rve_geo.density_measures`)."""
    from ..density.spacemate import _density_measures

    if not isinstance(options, FloorAreaOptions):
        raise InputError(f"argument 'floor_area' must be a FloorAreaOptions, got "
                         f"{type(options).__name__}; e.g. floor_area=FloorAreaOptions().")
    dens, main_sh, main_hall, prepared = _density_measures(
        parcels, buildings, zones=None, options=options, progress=progress)

    def column(name):
        return dens[name].to_numpy(dtype="float64", na_value=np.nan)

    return _Existing(frame=dens, geometry=prepared.geometry, usable=prepared.usable,
                     area_m2=column("parcel_area_m2"), floor_area_m2=column("floor_area_m2"),
                     footprint_m2=column("footprint_m2"),
                     n_buildings=dens["n_buildings"].to_numpy(),
                     main_storey_height_m=main_sh, main_hall=main_hall)


def _allowed_floor_area(existing: _Existing, rules, plan: _PlanRules, mode: str,
                        cover_share: float, index, issues) -> tuple[np.ndarray, dict]:
    """Step 3: allowed floor area per parcel, from plan objects or one value per rule."""
    from ..density.floor_area import default_storey_heights

    args = (existing.main_storey_height_m, existing.main_hall, default_storey_heights(),
            plan.storey_height_m, plan.target_values, existing.area_m2, index, issues)
    if mode == "pieces":
        return _allowed_from_plan_objects(existing.geometry, existing.usable, rules, plan.raw,
                                          cover_share, *args)
    return _allowed_from_zones(existing.geometry, existing.usable, rules, plan.raw, mode,
                               cover_share, *args)


def _unconstrained_potential(allowed: np.ndarray, existing_m2: np.ndarray):
    """(max(0, allowed - existing), overbuilt): NaN where either is unknown."""
    with np.errstate(invalid="ignore"):
        unconstrained = np.maximum(0.0, allowed - existing_m2)
        overbuilt = existing_m2 > allowed + 1e-6
    unconstrained = np.where(np.isnan(allowed) | np.isnan(existing_m2), np.nan, unconstrained)
    return unconstrained, overbuilt


def _milieu_constraints(parcels, existing: _Existing, unconstrained, *, function_col,
                        sensitive_functions, sensitive, contours, source_category_col,
                        use_category_col, omgevingstype, distance_table, hmc_rank,
                        issues) -> _Milieu:
    """Step 4: potential removed by hindercontouren, then by HMC land (see Notes)."""
    geoms, usable = existing.geometry, existing.usable
    sensitive_use, function = _sensitive_use(parcels, geoms, usable, function_col,
                                             sensitive_functions, sensitive)
    dist_table, source_rank = _source_ranks(parcels, source_category_col, distance_table)
    in_contour = _in_contour(geoms, usable, sensitive_use, dist_table, source_rank,
                             omgevingstype, contours)
    hmc_land, hmc_remove = _hmc_parcels(parcels, dist_table, source_rank, sensitive_use,
                                        hmc_rank, use_category_col, issues)
    removed_contours = np.where(in_contour, unconstrained, 0.0)
    removed_hmc = np.where(hmc_remove, unconstrained - removed_contours, 0.0)
    return _Milieu(sensitive_use=sensitive_use, function=function, in_contour=in_contour,
                   hmc_land=hmc_land, removed_by_contours_m2=removed_contours,
                   removed_by_hmc_m2=removed_hmc,
                   potential_m2=unconstrained - removed_contours - removed_hmc)


def _jobs(existing: _Existing, milieu: _Milieu, options: JobsOptions, issues) -> dict:
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


def _check_cover_share(cover_share: float) -> float:
    """``cover_share`` as a share in (0, 1]."""
    cover_share = check_positive(cover_share, "cover_share")
    if cover_share > 1:
        raise InputError(f"argument 'cover_share' must be a share in (0, 1], got {cover_share!r}; "
                         "e.g. 0.5 for half of the vlak.")
    return cover_share


def _transfer_mode(rules, rules_transfer: str) -> str:
    """How rules reach parcels; ``"auto"``: pieces for plan vlakken, else largest overlap."""
    mode = rules_transfer
    if mode == "auto":
        # plan vlakken (IMRO) are cut into pieces; zones without vlakken (an omgevingsplan's
        # norm locations, own zones) give each rule by largest overlap
        vlakken = rules is not None and "object_type" in rules.columns and bool(
            rules["object_type"].astype("string").str.strip().str.lower()
            .isin(("enkelbestemming", "bouwvlak")).any())
        mode = "pieces" if vlakken else "largest_overlap"
    if mode == "pieces" and (rules is None or "object_type" not in rules.columns):
        raise InputError("rules_transfer='pieces' needs plan objects in argument 'rules' with an "
                         "'object_type' column (enkelbestemming, bouwvlak, maatvoering), as "
                         "rve_geo.read_imro writes them; give rules=read_imro(...) or choose "
                         "rules_transfer='largest_overlap'.")
    return mode


def _target_fsi(target_fsi, parcels, rules, raw: dict, n: int):
    """(target FSI per parcel or None, its source name); a rules column goes into ``raw``."""
    target_values = None
    target_source = None
    if isinstance(target_fsi, str):
        if target_fsi in parcels.columns:
            target_values = numeric_column(parcels, target_fsi, "parcels", minimum=0,
                                           what="target FSI")
        elif rules is not None and target_fsi in rules.columns:
            raw["target_fsi"] = numeric_column(rules, target_fsi, "rules", minimum=0,
                                               what="target FSI")
        else:
            require_columns(parcels, "parcels", [target_fsi])
        target_source = target_fsi
    elif target_fsi is not None:
        target_values = np.full(n, check_positive(target_fsi, "target_fsi", allow_zero=True))
        target_source = "target_fsi"
    return target_values, target_source


def _require_rules(raw: dict, target_values, rule_frame, rule_arg: str) -> None:
    """Refuse a run without any rule column and without a target FSI."""
    if not raw and target_values is None:
        found = [c for c in rule_frame.columns if c != rule_frame.geometry.name]
        raise InputError(
            f"densification_potential needs plan rules, but argument '{rule_arg}' has none of "
            f"the rule columns ({', '.join(c for v in RULE_COLUMNS.values() for c in v)}) and "
            f"no target_fsi was given; columns found: {', '.join(map(str, found)) or '(none)'}. "
            "Name them with plan_rules=PlanRulesOptions(max_fsi_col=..., max_coverage_col=..., "
            "max_height_col=..., max_storeys_col=...), or give a target_fsi (the same names "
            "in rve and QGIS).")


def _given_storey_heights(storey_height_m, parcels, n: int) -> np.ndarray | None:
    """Storey height per parcel chosen by the user (a column or one number), else None."""
    if isinstance(storey_height_m, str):
        storey_h = numeric_column(parcels, storey_height_m, "parcels", minimum=0,
                                  what="storey height (m)")
        if (storey_h == 0).any():
            raise InputError(f"argument 'parcels', column '{storey_height_m}': a storey height "
                             f"of 0 in rows {row_ids(parcels.index[storey_h == 0])}; give "
                             "positive heights in metres.")
        return storey_h
    if storey_height_m is not None:
        return np.full(n, check_positive(storey_height_m, "storey_height_m"))
    return None


def _sensitive_use(parcels, p_geoms, usable, function_col, sensitive_functions, sensitive):
    """(sensitive use per parcel, normalised function or None): by function or by layer."""
    n = len(parcels)
    sensitive_use = np.zeros(n, dtype=bool)
    function = None
    if function_col is not None:
        require_columns(parcels, "parcels", [function_col])
        function = parcels[function_col].astype("string").str.strip().str.lower()
        wanted = {str(s).strip().lower() for s in sensitive_functions}
        sensitive_use |= function.isin(wanted).fillna(False).to_numpy(dtype=bool)
    if sensitive is not None and len(sensitive) and n:
        sensitive_use |= _related(p_geoms, usable, sensitive)
    return sensitive_use, function


def _source_ranks(parcels, source_category_col, distance_table):
    """(distance table or None, rank of each parcel's source category; -1: none)."""
    from ..milieu.distance_tables import load_distance_table

    if source_category_col is None:
        return None, np.full(len(parcels), -1, dtype=np.int64)
    require_columns(parcels, "parcels", [source_category_col])
    table = load_distance_table(distance_table)
    source_rank = table.ranks(parcels[source_category_col], argument="parcels",
                              column=source_category_col)
    return table, source_rank


def _in_contour(p_geoms, usable, sensitive_use, table, source_rank, omgevingstype,
                contours) -> np.ndarray:
    """Sensitive-use parcels within a source's richtafstand or in a given contour."""
    in_contour = np.zeros(len(sensitive_use), dtype=bool)
    if table is not None and sensitive_use.any():
        reach = table.distances_m(source_rank, omgevingstype)
        in_contour |= _within_reach(p_geoms, usable, sensitive_use, reach)
    if contours is not None and len(contours) and sensitive_use.any():
        in_contour |= _overlaps_any(p_geoms, usable & sensitive_use, contours)
    return in_contour & sensitive_use


def _hmc_parcels(parcels, table, source_rank, sensitive_use, hmc_rank, use_category_col,
                 issues):
    """(HMC land, parcels whose potential HMC land removes) per parcel."""
    from ..milieu.categories import parse_categories

    n = len(parcels)
    hmc_land = np.zeros(n, dtype=bool)
    hmc_remove = np.zeros(n, dtype=bool)
    if table is None:
        return hmc_land, hmc_remove
    if table.kind != "category":
        issues.add("parcels", f"the distance table '{table.name}' has zones, not "
                   "milieucategorieën, so no parcel counts as HMC land")
        return hmc_land, hmc_remove
    hmc_land = source_rank >= hmc_rank
    hmc_remove = hmc_land & sensitive_use
    if use_category_col is not None:
        require_columns(parcels, "parcels", [use_category_col])
        use_rank = parse_categories(parcels[use_category_col], argument="parcels",
                                    column=use_category_col)
        hmc_remove |= hmc_land & (use_rank >= 0) & (use_rank < hmc_rank)
        unknown = hmc_land & (use_rank < 0) & ~sensitive_use
        if unknown.any():
            issues.add("parcels", f"{int(unknown.sum())} parcels on HMC land have no use "
                       f"category in '{use_category_col}'; their potential is kept",
                       parcels.index[unknown])
    return hmc_land, hmc_remove


def _note_functions_without_ratio(function, ratio_table, sensitive_use, issues) -> None:
    """Note the parcels whose function has no jobs ratio (they get the default)."""
    known = function.map(ratio_table).notna().to_numpy(dtype=bool)
    unknown = ~known & function.notna().to_numpy(dtype=bool) & ~sensitive_use
    if unknown.any():
        vals = sorted(set(function[unknown].dropna().tolist()))[:5]
        issues.add("parcels", f"{int(unknown.sum())} parcels have a function without a jobs "
                   f"ratio ({', '.join(map(repr, vals))}); the default of "
                   f"{ratio_table['default']:g} m2 BVO per job was used")


def _storeys_model(main_sh, main_hall, table, storey_h, n):
    """Storey height and hall flag per parcel: the user's height, else the main building's."""
    if storey_h is not None:
        return np.asarray(storey_h, dtype="float64"), np.zeros(n, dtype=bool)
    sh = np.where(np.isnan(main_sh), float(table["default"]), main_sh)
    return sh, np.asarray(main_hall, dtype=bool)


def _allowed_from_zones(p_geoms, usable, rules, raw, how, cover_share, main_sh, main_hall,
                        table, storey_h, target_values, area, index, issues):
    """Allowed floor area from one value per rule per parcel (parcel columns or zones)."""
    from ..density.floor_area import storeys_from_height

    n = len(p_geoms)
    raw = {k: v for k, v in raw.items() if k not in _PIECE_ONLY}
    if rules is not None:
        values = _transfer(p_geoms, usable, rules, raw, how, cover_share, issues)
    else:
        values = dict(raw)
    if target_values is None and "target_fsi" in values:
        target_values = values.pop("target_fsi")
    nan = np.full(n, np.nan)
    fsi_max = values.get("max_fsi", nan)
    coverage = values.get("max_coverage_share", nan)
    height = values.get("max_height_m", nan)
    storeys_max = values.get("max_storeys", nan)
    target = target_values if target_values is not None else nan
    sh, hall = _storeys_model(main_sh, main_hall, table, storey_h, n)
    storeys = np.fmin(storeys_from_height(height, sh, hall=hall), storeys_max)
    caps = np.column_stack([fsi_max * area, coverage * area * storeys, target * area]) \
        if n else np.zeros((0, 3))
    complete = ~np.isnan(caps)
    any_rule = complete.any(axis=1)
    allowed = np.where(any_rule, np.nanmin(np.where(complete, caps, np.inf), axis=1)
                       if n else nan, np.nan)
    binding = np.where(complete, caps, np.inf).argmin(axis=1) if n else np.zeros(0, int)
    names = np.array(["max_fsi", "coverage", "target_fsi"], dtype=object)
    allowed_rule = np.where(any_rule, names[binding], None)
    no_rule = usable & ~any_rule
    if no_rule.any():
        half = no_rule & (~np.isnan(coverage) ^ ~np.isnan(np.fmax(height, storeys_max)))
        extra = (f", {int(half.sum())} of them with a coverage but no height/storeys or "
                 "the reverse") if half.any() else ""
        issues.add("parcels", f"{int(no_rule.sum())} parcels have no complete plan rule; their "
                   f"allowed floor area and potential are NaN{extra}", index[no_rule])
    return allowed, {
        "rule_max_fsi": fsi_max, "rule_max_coverage_share": coverage,
        "rule_max_height_m": height, "rule_max_storeys": storeys_max,
        "rule_target_fsi": target, "allowed_storeys": storeys,
        "allowed_rule": pd.array(allowed_rule, dtype="string"),
        "allowed_footprint_m2": np.where(any_rule, coverage * area, np.nan),
        "allowed_storey_height_m": np.where(usable, sh, np.nan),
        "allowed_hall": hall & usable,
    }


def _allowed_from_plan_objects(p_geoms, usable, rules, raw, cover_share, main_sh, main_hall,
                               table, storey_h, target_values, area, index, issues):
    """Allowed floor area as the sum over the pieces of parcel x plan vlak (plan_rules)."""
    from .plan_rules import plan_floor_area

    n = len(p_geoms)
    rp = prepare_polygons(rules, "rules", issues)
    r_geoms = np.where(rp.usable, rp.geometry, None)
    if "target_fsi" in raw:
        raise InputError("target_fsi as a column of argument 'rules' is not used with plan "
                         "objects (rules_transfer='pieces'); give it as a number or a column "
                         "of 'parcels'.")
    groups = rules["bestemmingshoofdgroep"].to_numpy(dtype=object) \
        if "bestemmingshoofdgroep" in rules.columns else None
    plan = plan_floor_area(
        p_geoms, usable, r_geoms, rp.usable, rules["object_type"].to_numpy(dtype=object),
        raw, groups, cover_share=cover_share,
        main_storey_height_m=main_sh, main_hall=main_hall, storey_heights=table,
        fixed_storey_height_m=storey_h, issues=issues,
        category=rules["max_category"].to_numpy(dtype=object) if "max_category" in rules.columns
        else None)
    target = target_values if target_values is not None else np.full(n, np.nan)
    allowed = np.fmin(plan.allowed_m2, target * area)
    rule = plan.rule.copy()
    by_target = ~np.isnan(target) & (np.isnan(plan.allowed_m2) | (target * area < plan.allowed_m2))
    rule[by_target] = "target_fsi"
    no_rule = usable & np.isnan(allowed)
    if no_rule.any():
        issues.add("parcels", f"{int(no_rule.sum())} parcels lie on no plan vlak with a complete "
                   "rule (bouwvlak, or bestemmingsvlak with a bebouwingspercentage and height, "
                   "storeys, FSI or floor area); their allowed floor area and potential are NaN",
                   index[no_rule])
    partial = usable & ~np.isnan(allowed) & (plan.area_without_rule_m2 > 1.0)
    if partial.any():
        issues.add("parcels", f"{int(partial.sum())} parcels lie partly on plan vlakken without "
                   "a complete rule; that part adds nothing to their allowed floor area (see "
                   "plan_area_without_rule_m2)")
    with np.errstate(invalid="ignore", divide="ignore"):
        effective = np.where(plan.footprint_m2 > 0, plan.allowed_m2 / plan.footprint_m2, np.nan)
    return allowed, {
        "rule_max_fsi": plan.rules["max_fsi"],
        "rule_max_coverage_share": plan.rules["max_coverage_share"],
        "rule_max_height_m": plan.rules["max_height_m"],
        "rule_max_storeys": plan.rules["max_storeys"],
        "rule_target_fsi": target, "allowed_storeys": effective,
        "allowed_rule": pd.array(rule, dtype="string"),
        "allowed_footprint_m2": plan.footprint_m2,
        "allowed_storey_height_m": plan.storey_height_m,
        "allowed_hall": plan.hall,
        "plan_area_without_rule_m2": plan.area_without_rule_m2,
        "n_plan_pieces": plan.n_pieces,
        **({"plan_max_category": pd.array(plan.category, dtype="string")}
           if plan.category is not None else {}),
    }


def _rule_column(frame, argument: str, key: str, explicit: str | None) -> str | None:
    if explicit is not None:
        require_columns(frame, argument, [explicit])
        return explicit
    hits = [c for c in RULE_COLUMNS[key] if c in frame.columns]
    if len(hits) > 1:
        raise MissingColumnError(
            f"argument '{argument}' has several columns that could hold {key}: "
            f"{', '.join(map(repr, hits))}; {_name_it(key)}")
    return hits[0] if hits else None


def _name_it(key: str) -> str:
    """How to say which column holds rule ``key``."""
    if key not in _RULE_KEYWORDS:
        return "rename the other column."
    kw = _RULE_KEYWORDS[key]
    return f"name the one to use with plan_rules=PlanRulesOptions({kw}=...) (rve, QGIS: {kw})."


def _rule_values(frame, argument: str, key: str, col: str) -> np.ndarray:
    if key == "max_coverage_share":
        v = numeric_column(frame, col, argument, minimum=0, what="coverage share",
                           fix="Give the bebouwingspercentage as a share between 0 and 1.")
        with np.errstate(invalid="ignore"):
            percent = (v > 1) & (v <= 100)
            absurd = v > 100
        if percent.any():
            raise InputError(
                f"argument '{argument}', column '{col}': {int(percent.sum())} coverage values "
                f"are above 1 (rows {row_ids(frame.index[percent])}, e.g. {v[percent][0]:g}); "
                "they look like percentages. Give the bebouwingspercentage as a share: divide "
                f"by 100 (e.g. {v[percent][0]:g} -> {v[percent][0] / 100:g}).")
        if absurd.any():
            raise InputError(
                f"argument '{argument}', column '{col}': {int(absurd.sum())} coverage values "
                f"are above 100 (rows {row_ids(frame.index[absurd])}); a bebouwingspercentage "
                "is a share between 0 and 1.")
        return v
    what = {"max_fsi": "maximum FSI", "max_height_m": "maximum building height (m)",
            "max_storeys": "maximum number of storeys",
            "max_floor_area_m2": "maximum floor area (m2)",
            "max_built_area_m2": "maximum built-up area (m2)"}[key]
    maximum = {"max_fsi": 100.0, "max_height_m": 350.0, "max_storeys": 120.0,
               "max_floor_area_m2": 1e8, "max_built_area_m2": 1e8}[key]
    return numeric_column(frame, col, argument, minimum=0, maximum=maximum, what=what,
                          fix="Correct the value or leave it empty.")


def _transfer(p_geoms, usable, rules, raw, how, cover_share, issues) -> dict[str, np.ndarray]:
    """Each rule from the zone with a value for it, per parcel (largest overlap or point).

    With ``largest_overlap`` a zone must cover at least ``cover_share`` of the parcel: a
    sliver contact (digitising noise) never passes a neighbour's rule on.
    """
    n = len(p_geoms)
    out = {k: np.full(n, np.nan) for k in raw}
    if n == 0 or len(rules) == 0:
        return out
    rp = prepare_polygons(rules, "rules", issues)
    r_geoms = np.where(rp.usable, rp.geometry, None)
    tree = shapely.STRtree(r_geoms)
    idx = np.flatnonzero(usable)
    if how == "representative_point":
        points = shapely.point_on_surface(p_geoms[idx].astype(object))
        pi, ri = tree.query(points, predicate="intersects")
        pi = idx[pi]
        weight = -ri.astype("float64")  # first zone in row order wins
    else:
        pi, ri = tree.query(p_geoms[idx].astype(object), predicate="intersects")
        pi = idx[pi]
        shapely.prepare(r_geoms)
        covered = shapely.covers(r_geoms[ri], p_geoms[pi])
        weight = np.empty(len(pi))
        weight[covered] = shapely.area(p_geoms[pi[covered]])
        cut = ~covered
        if cut.any():
            weight[cut] = shapely.area(shapely.intersection(p_geoms[pi[cut]], r_geoms[ri[cut]]))
        p_area = shapely.area(p_geoms[pi])
        keep = (weight > 0) & (weight >= cover_share * p_area * (1 - 1e-9))
        small = (weight > 0) & ~keep
        if small.any():
            issues.add("rules", f"{int(small.sum())} zone overlaps cover less than "
                       f"{cover_share:.0%} of their parcel and pass no rule on (cover_share)")
        pi, ri, weight = pi[keep], ri[keep], weight[keep]
    for key, values in raw.items():
        have = ~np.isnan(values[ri])
        a, b, w = pi[have], ri[have], weight[have]
        order = np.lexsort((b, -w, a))
        a, b = a[order], b[order]
        first = np.r_[True, a[1:] != a[:-1]] if len(a) else np.zeros(0, bool)
        out[key][a[first]] = values[b[first]]
    return out


def _related(p_geoms, usable, sensitive) -> np.ndarray:
    """Parcels holding a sensitive point, or whose representative point lies in a polygon."""
    n = len(p_geoms)
    out = np.zeros(n, dtype=bool)
    s_geoms = np.asarray(sensitive.geometry.array, dtype=object)
    present = ~shapely.is_missing(s_geoms) & ~shapely.is_empty(s_geoms)
    s_geoms = s_geoms[present]
    has_z = shapely.has_z(s_geoms)
    if has_z.any():  # copy only the 3-D ones: a full copy costs ~2 GB at 5M homes
        s_geoms = s_geoms.copy()
        s_geoms[has_z] = shapely.force_2d(s_geoms[has_z])
    types = shapely.get_type_id(s_geoms)
    polygonal = np.isin(types, (3, 6))
    idx = np.flatnonzero(usable)
    if polygonal.any():
        tree = shapely.STRtree(s_geoms[polygonal])
        points = shapely.point_on_surface(p_geoms[idx].astype(object))
        pi, _ = tree.query(points, predicate="intersects")
        out[idx[pi]] = True
    if (~polygonal).any():
        tree = shapely.STRtree(p_geoms[idx].astype(object))
        _, pj = tree.query(s_geoms[~polygonal], predicate="intersects")
        out[idx[pj]] = True
    return out


def _within_reach(p_geoms, usable, sensitive_use, reach) -> np.ndarray:
    """Sensitive-use parcels closer to another parcel than that parcel's richtafstand."""
    from ..milieu.distance_tables import TOLERANCE_M

    n = len(p_geoms)
    out = np.zeros(n, dtype=bool)
    targets = np.flatnonzero(usable & sensitive_use)
    sources = np.flatnonzero(usable & ~np.isnan(reach))
    if len(targets) == 0 or len(sources) == 0:
        return out
    tree = shapely.STRtree(p_geoms[targets].astype(object))
    si, ti = tree.query(p_geoms[sources].astype(object), predicate="dwithin",
                        distance=reach[sources])
    s, t = sources[si], targets[ti]
    other = s != t
    s, t = s[other], t[other]
    d = shapely.distance(p_geoms[s], p_geoms[t])
    inside = d < reach[s] - TOLERANCE_M
    out[t[inside]] = True
    return out


def _overlaps_any(p_geoms, which, contours) -> np.ndarray:
    """Parcels (where ``which``) that share area with any contour polygon."""
    n = len(p_geoms)
    out = np.zeros(n, dtype=bool)
    c_geoms = np.asarray(contours.geometry.array, dtype=object)
    c_geoms = c_geoms[~shapely.is_missing(c_geoms) & ~shapely.is_empty(c_geoms)]
    idx = np.flatnonzero(which)
    if len(idx) == 0 or len(c_geoms) == 0:
        return out
    tree = shapely.STRtree(c_geoms)
    pi, ci = tree.query(p_geoms[idx].astype(object), predicate="intersects")
    if len(pi):
        touching = shapely.touches(p_geoms[idx[pi]], c_geoms[ci])
        out[idx[pi[~touching]]] = True
    return out


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
