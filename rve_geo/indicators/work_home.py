"""Woon-werkbalans: homes, jobs, functiemengingsindex and the work-space and jobs-per-home
norms.

Formulas, directions and the source of every default are in ``docs/indicators.md``.
"""

from __future__ import annotations

from collections.abc import Callable

import geopandas as gpd
import numpy as np
import pandas as pd

from .._columns import keeps_input_columns
from .._validate import (
    Issues,
    check_frame,
    check_positive,
    check_same_crs,
    numeric_column,
    prepare_polygons,
)
from ..errors import InputError
from ..progress import report
from ._common import (
    M2_PER_JOB,
    NORM_JOBS_PER_HOME,
    NORM_WORK_M2_PER_HOME,
    _count_in_areas,
    _frame_like,
    _zone_of,
    study_hull,
)

__all__ = ["fmi", "parcels_study_area", "parcels_work_home", "work_home_balance"]




# ---------------------------------------------------------------------------
# woon-werkbalans
# ---------------------------------------------------------------------------

@keeps_input_columns("areas")
def work_home_balance(
    areas: gpd.GeoDataFrame,
    *,
    homes: gpd.GeoDataFrame | None = None,
    homes_col: str | None = None,
    jobs: gpd.GeoDataFrame | None = None,
    jobs_col: str | None = None,
    work_floor_area_col: str | None = None,
    m2_per_job: float = M2_PER_JOB,
    norm_work_m2_per_home: float = NORM_WORK_M2_PER_HOME,
    norm_jobs_per_home: float = NORM_JOBS_PER_HOME,
    progress: Callable | None = None,
) -> gpd.GeoDataFrame:
    """Woon-werkbalans per area: homes, jobs, functiemengingsindex and the norms.

    Parameters
    ----------
    areas : GeoDataFrame
        Any polygons (wijken, terreinen, plan areas) in a projected CRS.
    homes : GeoDataFrame, optional
        Homes as points or polygons (e.g. BAG verblijfsobjecten with woonfunctie),
        counted per area by representative point. Without ``homes``,
        ``homes_col`` names a column of ``areas`` with the number of homes.
    homes_col : str, optional
        With ``homes``: a column holding the number of homes per feature (default
        one per feature). Without: the homes column of ``areas``.
    jobs : GeoDataFrame, optional
        Jobs as points or polygons (e.g. LISA establishments), counted likewise.
    jobs_col : str, optional
        With ``jobs``: jobs per feature (default one). Without: jobs column of ``areas``.
    work_floor_area_col : str, optional
        Column of ``areas`` with the work floor area (m2 BVO). Used for
        ``work_m2_per_home`` and, when no jobs are given, to estimate jobs.
    m2_per_job : float
        m2 BVO per job for converting between floor area and jobs (default 100, the
        ``default`` row of ``data/jobs_ratios.csv``: 250 m2 plot per job [S] at FSI
        0.4 [A]). Give 20 (an office job [S]) only for office floor area; for floor
        area of known uses convert per use with :mod:`rve_geo.potential.jobs` and
        pass the jobs instead.
    norm_work_m2_per_home : float
        Norm of work floor area per home (default 20 m2 [S]).
    norm_jobs_per_home : float
        Norm of jobs per home (default 1.0 [S]).
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        ``areas`` (same index, CRS) with ``homes``, ``jobs``, ``jobs_source``
        (``"given"`` or ``"floor_area"``), ``work_floor_area_m2``, ``fmi``,
        ``work_m2_per_home``, ``jobs_per_home``, ``below_work_m2_norm`` and
        ``below_jobs_norm``.

    Raises
    ------
    InputError
        Neither jobs nor a work floor area given; no homes given; negative counts
        or floor areas; non-positive ``m2_per_job``.

    Notes
    -----
    - fmi = jobs / (jobs + homes) x 100: 0 only homes, 100 only jobs, NaN when an
      area has neither (functiemengingsindex of PBL/ABF, DOMAIN.md section 4).
    - jobs, when not given = work floor area / ``m2_per_job``.
    - work_floor_area_m2, when no column is given = jobs x ``m2_per_job``.
    - work_m2_per_home = work_floor_area_m2 / homes; jobs_per_home = jobs / homes;
      both NaN for areas without homes.
    - ``below_*_norm`` is True when the ratio is below the norm, False otherwise
      (also for areas without homes: there is no home to serve).

    A home or job counts in every area that holds its representative point;
    with overlapping areas it counts in each. The norms (about 20 m2 work space
    and about one job per new home) are programme figures [S] (DOMAIN.md section 4).

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> areas = gpd.GeoDataFrame({"woningen": [100, 0], "banen": [25, 0]},
    ...     geometry=[box(x, y, x + 100, y + 100), box(x + 200, y, x + 300, y + 100)],
    ...     crs="EPSG:28992")
    >>> out = work_home_balance(areas, homes_col="woningen", jobs_col="banen")
    >>> out["fmi"].round(1).tolist()
    [20.0, nan]
    >>> out["below_jobs_norm"].tolist()
    [True, False]
    """
    check_frame(areas, "areas")
    for name, layer in (("homes", homes), ("jobs", jobs)):
        if layer is not None:
            check_frame(layer, name)
    check_same_crs(areas=areas, homes=homes, jobs=jobs)
    m2_per_job = check_positive(m2_per_job, "m2_per_job")
    norm_work = check_positive(norm_work_m2_per_home, "norm_work_m2_per_home", allow_zero=True)
    norm_jobs = check_positive(norm_jobs_per_home, "norm_jobs_per_home", allow_zero=True)
    if homes is None and homes_col is None:
        raise InputError("work_home_balance needs homes: give a homes layer (homes=...) or the "
                         "column of 'areas' with the number of homes (homes_col=...).")
    if jobs is None and jobs_col is None and work_floor_area_col is None:
        raise InputError("work_home_balance needs jobs: give a jobs layer (jobs=...), the jobs "
                         "column of 'areas' (jobs_col=...), or a work floor-area column "
                         "(work_floor_area_col=...) to estimate jobs from.")
    issues = Issues("work_home_balance")
    prepared = prepare_polygons(areas, "areas", issues)
    a_geoms = np.where(prepared.usable, prepared.geometry, None)
    report(progress, 0.0, "work-home balance: counting homes")
    home_count = _counts(areas, a_geoms, homes, homes_col, "homes", "number of homes")
    report(progress, 0.4, "work-home balance: counting jobs")
    floor = None
    if work_floor_area_col is not None:
        floor = numeric_column(areas, work_floor_area_col, "areas", minimum=0,
                               what="work floor area (m2)")
    if jobs is not None or jobs_col is not None:
        job_count = _counts(areas, a_geoms, jobs, jobs_col, "jobs", "number of jobs")
        source = np.full(len(areas), "given", dtype=object)
    else:
        job_count = floor / m2_per_job
        source = np.full(len(areas), "floor_area", dtype=object)
    if floor is None:
        floor = job_count * m2_per_job
    for name, values in (("homes", home_count), ("jobs", job_count)):
        missing = np.isnan(values)
        if missing.any():
            issues.add("areas", f"{int(missing.sum())} areas have no {name} value; their "
                       "indicators are NaN", areas.index[missing])
    out = _frame_like(areas)
    with np.errstate(invalid="ignore", divide="ignore"):
        total = job_count + home_count
        fmi = np.where(total > 0, job_count / np.where(total > 0, total, 1) * 100.0, np.nan)
        has_homes = home_count > 0
        per_home = np.where(has_homes, floor / np.where(has_homes, home_count, 1), np.nan)
        jobs_home = np.where(has_homes, job_count / np.where(has_homes, home_count, 1), np.nan)
        fmi = np.where(np.isnan(total), np.nan, fmi)
        below_work = per_home < norm_work
        below_jobs = jobs_home < norm_jobs
    out["homes"] = home_count
    out["jobs"] = job_count
    out["jobs_source"] = pd.array(source, dtype="string")
    out["work_floor_area_m2"] = floor
    out["fmi"] = fmi
    out["work_m2_per_home"] = per_home
    out["jobs_per_home"] = jobs_home
    out["below_work_m2_norm"] = below_work
    out["below_jobs_norm"] = below_jobs
    report(progress, 1.0, "work-home balance: done")
    issues.emit()
    return out


def _counts(areas, a_geoms, layer, col, name, what) -> np.ndarray:
    if layer is None:
        return numeric_column(areas, col, "areas", minimum=0, what=what)
    if col is None:
        weights = np.ones(len(layer))
    else:
        weights = np.nan_to_num(numeric_column(layer, col, name, minimum=0, what=what))
    if len(layer) == 0 or len(a_geoms) == 0:
        return np.zeros(len(a_geoms))
    return _count_in_areas(a_geoms, layer, weights)


def fmi(jobs: np.ndarray | float, homes: np.ndarray | float) -> np.ndarray:
    """Functiemengingsindex: jobs / (jobs + homes) x 100; NaN where both are 0.

    Examples
    --------
    >>> fmi(np.array([25.0, 0.0, 0.0]), np.array([75.0, 10.0, 0.0])).tolist()
    [25.0, 0.0, nan]
    """
    jobs = np.asarray(jobs, dtype="float64")
    homes = np.asarray(homes, dtype="float64")
    total = jobs + homes
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, 100.0 * jobs / np.where(total > 0, total, 1.0), np.nan)


def parcels_work_home(
    parcels: gpd.GeoDataFrame,
    homes: gpd.GeoDataFrame | None,
    *,
    jobs_col: str = "jobs",
    homes_col: str | None = None,
    group_col: str | None = None,
) -> pd.DataFrame:
    """Homes, jobs and FMI of the land of the parcels: both counted on the same parcels.

    The jobs are the parcels' own (``jobs_col``, e.g. ``jobs`` of
    :func:`rve_geo.densification_potential` or :func:`rve_geo.potential.jobs.parcel_jobs`);
    the homes are those whose representative point lies on one of the parcels (the
    first parcel in row order when parcels overlap), so every home and every job counts
    once and for the same area. Homes off the parcels (the town around a terrein) are
    not counted: their jobs are not known either.

    Parameters
    ----------
    parcels : GeoDataFrame
        Parcel polygons with ``jobs_col`` (and ``group_col``).
    homes : GeoDataFrame or None
        Homes as points or polygons in the CRS of ``parcels``; None for no homes.
    jobs_col : str
        Jobs per parcel.
    homes_col : str, optional
        Homes per feature of ``homes`` (default one per feature).
    group_col : str, optional
        Column of ``parcels`` to sum per group (e.g. ``terrein_id``); without it one
        row for all parcels.

    Returns
    -------
    DataFrame
        One row per group (``group_col`` values, sorted; parcels without a value form
        the group ``"(none)"``) or one row: ``n_parcels``, ``jobs``, ``homes``, ``fmi``.

    Examples
    --------
    >>> from shapely.geometry import Point, box
    >>> parcels = gpd.GeoDataFrame({"jobs": [30.0, 10.0], "t": ["A", "B"]},
    ...     geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100)], crs="EPSG:28992")
    >>> homes = gpd.GeoDataFrame(geometry=[Point(50, 50), Point(150, 50), Point(500, 500)],
    ...     crs="EPSG:28992")
    >>> parcels_work_home(parcels, homes)[["jobs", "homes", "fmi"]].values.tolist()
    [[40.0, 2.0, 95.23809523809524]]
    >>> parcels_work_home(parcels, homes, group_col="t")["fmi"].round(2).tolist()
    [96.77, 90.91]
    """
    check_frame(parcels, "parcels")
    jobs = np.nan_to_num(numeric_column(parcels, jobs_col, "parcels", minimum=0,
                                        what="number of jobs"))
    if group_col is not None:
        keys = parcels[group_col].astype("string").fillna("(none)")
        codes, names = pd.factorize(keys, sort=True)
        names = list(names)
    else:
        codes, names = np.zeros(len(parcels), dtype=np.int64), [None]
    on_parcel = np.zeros(len(parcels))
    if homes is not None and len(homes) and len(parcels):
        check_frame(homes, "homes")
        check_same_crs(parcels=parcels, homes=homes)
        issues = Issues("parcels_work_home")
        weights = home_counts(homes, homes_col, issues=issues)
        issues.emit()
        where = _zone_of(np.asarray(homes.geometry.array, dtype=object),
                         np.asarray(parcels.geometry.array, dtype=object))
        hit = where >= 0
        on_parcel = np.bincount(where[hit], weights=weights[hit], minlength=len(parcels))
    k = len(names)
    out = pd.DataFrame({
        "n_parcels": np.bincount(codes, minlength=k).astype(np.int64),
        "jobs": np.bincount(codes, weights=jobs, minlength=k),
        "homes": np.bincount(codes, weights=on_parcel, minlength=k),
    })
    out["fmi"] = fmi(out["jobs"].to_numpy(), out["homes"].to_numpy())
    if group_col is not None:
        out.insert(0, group_col, pd.array(names, dtype="string"))
    return out


def home_counts(homes: pd.DataFrame, homes_col: str | None, *, argument: str = "homes",
                issues: Issues | None = None) -> np.ndarray:
    """Homes per feature of ``homes``: the one count rule of tables and maps.

    Without ``homes_col`` every feature is one home. With it, the column's numbers; an
    empty value counts as 0 homes and is reported in ``issues`` (column, rows, fix);
    text that is not a number and negative numbers raise :class:`InputError`.

    Examples
    --------
    >>> homes = pd.DataFrame({"n_homes": [3, None, "2"]})
    >>> issues = Issues("example")
    >>> home_counts(homes, "n_homes", issues=issues).tolist()
    [3.0, 0.0, 2.0]
    >>> issues.messages[0][:60]
    "homes: column 'n_homes': 1 objects have no number of homes a"
    >>> home_counts(homes, None).tolist()
    [1.0, 1.0, 1.0]
    """
    if homes_col is None:
        return np.ones(len(homes))
    counts = numeric_column(homes, homes_col, argument, minimum=0, what="number of homes",
                            fix="Give the number of homes per object (1 for a single home).")
    empty = np.isnan(counts)
    if empty.any() and issues is not None:
        issues.add(argument, f"column '{homes_col}': {int(empty.sum())} objects have no "
                   "number of homes and count as 0 homes (in the woon-werkbalans and on the "
                   "maps alike); give the number of homes per object (1 for a single home)",
                   homes.index[empty])
    return np.nan_to_num(counts)


def parcels_study_area(
    parcels: gpd.GeoDataFrame,
    homes: gpd.GeoDataFrame | None,
    *,
    name: str,
    jobs_col: str = "jobs",
    homes_col: str | None = None,
    floor_area_col: str = "floor_area_m2",
) -> gpd.GeoDataFrame:
    """The parcels as one study area for :func:`work_home_balance`.

    One row: ``area`` (``name``), the ``jobs`` and ``homes`` on the parcels (both counted
    on the same land, :func:`parcels_work_home`), ``work_floor_area_m2`` (the parcels'
    ``floor_area_col``, 0 without it) and as outline the hull of the parcels
    (:func:`~rve_geo.indicators._common.study_hull`), in the CRS of ``parcels``.

    Examples
    --------
    >>> from shapely.geometry import Point, box
    >>> parcels = gpd.GeoDataFrame({"jobs": [30.0, 10.0], "floor_area_m2": [900.0, None]},
    ...     geometry=[box(0, 0, 100, 100), box(100, 0, 200, 50)], crs="EPSG:28992")
    >>> homes = gpd.GeoDataFrame(geometry=[Point(50, 50), Point(500, 500)], crs="EPSG:28992")
    >>> study = parcels_study_area(parcels, homes, name="noord")
    >>> study[["area", "jobs", "homes", "work_floor_area_m2"]].values.tolist()
    [['noord', 40.0, 1.0, 900.0]]
    >>> float(study.area.iloc[0])  # the hull of the two parcels
    17500.0
    """
    counts = parcels_work_home(parcels, homes, jobs_col=jobs_col, homes_col=homes_col)
    floor = float(np.nansum(numeric_column(parcels, floor_area_col, "parcels", minimum=0,
                                           what="floor area (m2)"))) \
        if floor_area_col in parcels.columns else 0.0
    return gpd.GeoDataFrame(
        {"area": [name], "jobs": counts["jobs"].to_numpy(), "homes": counts["homes"].to_numpy(),
         "work_floor_area_m2": [floor]},
        geometry=[study_hull([parcels])], crs=parcels.crs)

