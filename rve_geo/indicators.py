"""Policy indicators of the programme Ruimte voor Economie.

- :func:`redevelopment_stock`: floor-area-weighted construction year and the
  stock that predates a threshold year (herontwikkelingsopgave);
- :func:`work_home_balance`: homes, jobs, functiemengingsindex and the
  work-space and jobs-per-home norms (woon-werkbalans);
- :func:`transformation_monitor`: hectares of business land lost, gained and
  changed between two snapshots;
- :func:`relocation_efficiency`: relocation cost per m2 plot against a band.

Formulas, directions and the source of every default are in ``docs/indicators.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ._validate import (
    Issues,
    check_frame,
    check_positive,
    check_same_crs,
    numeric_column,
    prepare_polygons,
    require_columns,
    row_ids,
)
from .errors import InputError
from .progress import report, scaled
from .sources import resolve_column

__all__ = [
    "RELOCATION_BAND_EUR_PER_M2",
    "TransformationResult",
    "redevelopment_stock",
    "relocation_efficiency",
    "transformation_monitor",
    "work_home_balance",
]

#: Threshold year of the programme's redevelopment estimate ("verouderd vastgoed van voor
#: 1980", 10,000-15,000 ha) [S], DOMAIN.md section 1.
THRESHOLD_YEAR = 1980
#: Work floor area per new home [S] and jobs per new home [S], DOMAIN.md section 4.
NORM_WORK_M2_PER_HOME = 20.0
NORM_JOBS_PER_HOME = 1.0
#: m2 BVO per job used to turn work floor area into jobs: an office job [S].
M2_PER_JOB = 20.0
#: Relocation cost band, EUR per m2 plot [S], DOMAIN.md section 4.
RELOCATION_BAND_EUR_PER_M2 = (1300.0, 1400.0)
#: Oldest and newest plausible construction year; BAG uses 1005 for "unknown".
_MIN_YEAR, _MAX_YEAR = 1000, 2100
_BAG_UNKNOWN_YEARS = (1005, 9999)


# ---------------------------------------------------------------------------
# shared helpers
# ---------------------------------------------------------------------------

def _point_of(geoms: np.ndarray) -> np.ndarray:
    """Representative points of polygons, the points themselves otherwise (None stays None)."""
    out = geoms.copy()
    present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    polygonal = present & np.isin(shapely.get_type_id(geoms), (3, 6))
    out[polygonal] = shapely.point_on_surface(geoms[polygonal])
    lines = present & np.isin(shapely.get_type_id(geoms), (1, 2, 5, 7))
    out[lines] = shapely.point_on_surface(geoms[lines])
    out[~present] = None
    return out


def _count_in_areas(area_geoms: np.ndarray, objects: gpd.GeoDataFrame, weights: np.ndarray
                    ) -> np.ndarray:
    """Sum ``weights`` of the objects whose representative point lies in each area."""
    tree = shapely.STRtree(area_geoms)
    points = _point_of(np.asarray(objects.geometry.array, dtype=object))
    obj_idx, area_idx = tree.query(points, predicate="intersects")
    return np.bincount(area_idx, weights=weights[obj_idx], minlength=len(area_geoms))


def _zone_of(parcel_geoms: np.ndarray, zone_geoms: np.ndarray) -> np.ndarray:
    """Position of the zone holding each parcel's representative point (-1: none).

    With overlapping zones the first zone in row order wins.
    """
    out = np.full(len(parcel_geoms), -1, dtype=np.int64)
    if len(parcel_geoms) == 0 or len(zone_geoms) == 0:
        return out
    tree = shapely.STRtree(zone_geoms)
    p_idx, z_idx = tree.query(_point_of(parcel_geoms), predicate="intersects")
    order = np.lexsort((z_idx, p_idx))
    p_idx, z_idx = p_idx[order], z_idx[order]
    first = np.r_[True, p_idx[1:] != p_idx[:-1]] if len(p_idx) else np.zeros(0, bool)
    out[p_idx[first]] = z_idx[first]
    return out


def _frame_like(frame: gpd.GeoDataFrame, geometry: np.ndarray | None = None) -> gpd.GeoDataFrame:
    """A new GeoDataFrame with the same index, CRS and attributes as ``frame``."""
    out = frame.copy()
    if geometry is not None and len(out):
        out = out.set_geometry(gpd.GeoSeries(geometry, index=out.index, crs=frame.crs))
    return out


# ---------------------------------------------------------------------------
# herontwikkelingsopgave
# ---------------------------------------------------------------------------

def redevelopment_stock(
    parcels: gpd.GeoDataFrame,
    buildings: gpd.GeoDataFrame,
    *,
    threshold_year: int = THRESHOLD_YEAR,
    zones: gpd.GeoDataFrame | None = None,
    zone_id_col: str | None = None,
    construction_year_col: str | None = None,
    floor_area_col: str | None = None,
    storeys_col: str | None = None,
    height_col: str | None = None,
    use_col: str | None = None,
    progress: Callable | None = None,
) -> gpd.GeoDataFrame:
    """Age of the building stock per parcel (or per zone): the herontwikkelingsopgave.

    Parameters
    ----------
    parcels : GeoDataFrame
        Parcel polygons (kadastrale percelen or kavels) in a projected CRS.
    buildings : GeoDataFrame
        Building footprints with a construction year (BAG ``bouwjaar`` /
        ``oorspronkelijkBouwjaar``) and whatever floor-area data exists (see
        :func:`rve_geo.building_floor_area`).
    threshold_year : int
        Stock built before this year counts as ageing (default 1980 [S]).
    zones : GeoDataFrame, optional
        Terreinen or other areas. When given, the result has one row per zone
        (same index and CRS as ``zones``) aggregating the parcels whose
        representative point lies in it.
    zone_id_col : str, optional
        Column of ``zones`` copied into the result as ``zone_id`` (default: the index).
    construction_year_col, floor_area_col, storeys_col, height_col, use_col : str, optional
        Building columns; looked up among BAG / 3D BAG aliases when omitted.
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        Per parcel (or per zone): ``parcel_area_ha``, ``floor_area_m2`` (all
        allocated floor area), ``floor_area_known_year_m2``,
        ``weighted_construction_year``, ``floor_area_pre_threshold_share``,
        ``floor_area_1960_1980_share``, ``area_pre_threshold_ha``,
        ``pre_threshold`` (weighted year before the threshold), and the floor area
        per decade: ``floor_area_pre1900_m2``, ``floor_area_1900s_m2`` ...
        ``floor_area_2020s_m2`` and ``floor_area_unknown_year_m2``. With
        ``zones`` also ``zone_id`` and ``n_parcels``.

    Raises
    ------
    MissingColumnError
        No construction-year column.
    InputError
        Construction years that are not plausible years (text, below 1000 or after
        2100), negative heights or floor areas.

    Notes
    -----
    A building crossing parcel boundaries is split by intersection area: parcel
    *p* receives ``BVO_b x area(b ∩ p) / area(b)``. Per parcel, with *f* the
    allocated floor area of the buildings with a known year *y*:

    - weighted_construction_year = sum(f * y) / sum(f)
    - floor_area_pre_threshold_share = sum(f where y < threshold) / sum(f)
    - floor_area_1960_1980_share = sum(f where 1960 <= y < 1980) / sum(f)
    - area_pre_threshold_ha = parcel_area_ha * floor_area_pre_threshold_share

    ``area_pre_threshold_ha`` is area-share weighted: a parcel with half its floor
    area from before 1980 counts for half its hectares. Per zone it is the sum over
    the zone's parcels (while the zone's shares and weighted year are computed from
    the summed floor areas), so it adds up without jumps; ``pre_threshold`` gives the all-or-nothing reading. The
    shares and the weighted year are NaN where no floor area with a known year
    stands (vacant parcels). BAG's placeholder years 1005 and 9999 count as
    unknown. The 1980 default and the 1960-1980 band follow the programme's
    estimate of 10,000-15,000 ha of redevelopment "op basis van verouderd
    vastgoed van voor 1980" [S] (DOMAIN.md sections 1 and 5). Floor area per
    building comes from :func:`rve_geo.building_floor_area`.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> parcels = gpd.GeoDataFrame(geometry=[box(x, y, x + 100, y + 100)], crs="EPSG:28992")
    >>> buildings = gpd.GeoDataFrame(
    ...     {"bouwjaar": [1970, 2000], "bvo": [300.0, 100.0]},
    ...     geometry=[box(x + 10, y + 10, x + 20, y + 20), box(x + 50, y + 50, x + 60, y + 60)],
    ...     crs="EPSG:28992")
    >>> out = redevelopment_stock(parcels, buildings)
    >>> out[["weighted_construction_year", "floor_area_pre_threshold_share"]].iloc[0].tolist()
    [1977.5, 0.75]
    >>> float(out["area_pre_threshold_ha"].iloc[0])
    0.75
    """
    from .floor_area import building_floor_area

    check_frame(parcels, "parcels")
    check_frame(buildings, "buildings")
    if zones is not None:
        check_frame(zones, "zones")
    check_same_crs(parcels=parcels, buildings=buildings, zones=zones)
    try:
        threshold = int(threshold_year)
    except (TypeError, ValueError) as exc:
        raise InputError(f"argument 'threshold_year' must be a year, got {threshold_year!r}."
                         ) from exc
    if not _MIN_YEAR <= threshold <= _MAX_YEAR:
        raise InputError(f"argument 'threshold_year' must be a year between {_MIN_YEAR} and "
                         f"{_MAX_YEAR}, got {threshold_year!r}.")
    issues = Issues("redevelopment_stock")
    year_col = resolve_column(buildings, "construction_year", argument="buildings",
                              explicit=construction_year_col, required=True)
    report(progress, 0.0, "redevelopment stock: floor area per building")
    fa = building_floor_area(
        buildings, floor_area_col=floor_area_col, storeys_col=storeys_col,
        height_col=height_col, use_col=use_col, progress=scaled(progress, 0.0, 0.3))
    years = numeric_column(buildings, year_col, "buildings", what="construction year",
                           fix="Leave unknown years empty.")
    unknown = np.isin(years, _BAG_UNKNOWN_YEARS)
    years = np.where(unknown, np.nan, years)
    with np.errstate(invalid="ignore"):
        bad = (years < _MIN_YEAR) | (years > _MAX_YEAR)
    if bad.any():
        raise InputError(
            f"argument 'buildings', column '{year_col}': {int(bad.sum())} construction years "
            f"are not plausible years (rows {row_ids(buildings.index[bad])}, e.g. "
            f"{years[bad][0]:g}); give four-digit years or leave unknown years empty.")
    if unknown.any():
        issues.add("buildings", f"{int(unknown.sum())} buildings with BAG placeholder year "
                   "1005/9999 count as unknown year", buildings.index[unknown])

    prepared = prepare_polygons(parcels, "parcels", issues)
    p_geoms = prepared.geometry
    n_p = len(parcels)
    b_geoms = np.asarray(fa.geometry.array, dtype=object)
    b_floor = fa["floor_area_m2"].to_numpy(dtype="float64", na_value=np.nan)
    usable_b = ~fa["excluded"].to_numpy(dtype=bool) & ~np.isnan(b_floor)
    report(progress, 0.3, "redevelopment stock: splitting buildings over parcels")
    b_idx, p_idx = _pairs(b_geoms, usable_b, p_geoms)
    if len(b_idx):
        # a building inside one parcel goes there whole; only the others are cut
        share = np.ones(len(b_idx))
        shapely.prepare(p_geoms[np.unique(p_idx)])
        cut = ~shapely.covers(p_geoms[p_idx], b_geoms[b_idx])
        if cut.any():
            inter = shapely.area(shapely.intersection(b_geoms[b_idx[cut]], p_geoms[p_idx[cut]]))
            b_area = shapely.area(b_geoms[b_idx[cut]])
            share[cut] = np.divide(inter, b_area, out=np.zeros_like(inter), where=b_area > 0)
        keep = share > 0
        b_idx, p_idx, share = b_idx[keep], p_idx[keep], share[keep]
        alloc = b_floor[b_idx] * share
    else:
        alloc = np.zeros(0)
    report(progress, 0.7, "redevelopment stock: aggregating")
    pair_year = years[b_idx]
    decade_keys, decade_names = _decades(pair_year, years)
    known = ~np.isnan(pair_year)
    sums = {
        "floor_area_m2": np.bincount(p_idx, weights=alloc, minlength=n_p),
        "floor_area_known_year_m2": np.bincount(p_idx[known], weights=alloc[known],
                                                minlength=n_p),
        "_year_x_floor": np.bincount(p_idx[known], weights=(alloc * np.nan_to_num(pair_year))[known],
                                     minlength=n_p),
        "_pre": np.bincount(p_idx[known & (pair_year < threshold)],
                            weights=alloc[known & (pair_year < threshold)], minlength=n_p),
        "_6080": _band_sum(p_idx, alloc, pair_year, 1960, 1980, n_p),
    }
    for key, name in zip(decade_keys, decade_names, strict=True):
        if key == "unknown":
            sel = ~known
        elif key == "pre1900":
            sel = known & (pair_year < 1900)
        else:
            sel = known & (pair_year >= key) & (pair_year < key + 10)
        sums[name] = np.bincount(p_idx[sel], weights=alloc[sel], minlength=n_p)
    area_ha = np.where(prepared.usable, shapely.area(p_geoms.astype(object)), 0.0) / 1e4 \
        if n_p else np.zeros(0)
    known_p = sums["floor_area_known_year_m2"]
    with np.errstate(invalid="ignore", divide="ignore"):
        pre_p = np.where(known_p > 0, sums["_pre"] / np.where(known_p > 0, known_p, 1), 0.0)
    sums["_area_pre_ha"] = area_ha * pre_p
    n_lost = int(usable_b.sum() - len(np.unique(b_idx)))
    if n_lost > 0:
        on_parcel = np.zeros(len(b_geoms), bool)
        on_parcel[b_idx] = True
        issues.add("buildings", f"{n_lost} buildings lie on no parcel and are not counted",
                   fa.index[usable_b & ~on_parcel])

    if zones is None:
        out = _frame_like(parcels)
        table = pd.DataFrame({k: v for k, v in sums.items()}, index=parcels.index)
        table["parcel_area_ha"] = area_ha
    else:
        z_prepared = prepare_polygons(zones, "zones", issues)
        zone_pos = _zone_of(np.where(prepared.usable, p_geoms, None), z_prepared.geometry)
        outside = prepared.usable & (zone_pos < 0)
        if outside.any():
            issues.add("parcels", f"{int(outside.sum())} parcels lie in no zone and are not "
                       "counted", parcels.index[outside])
        inside = zone_pos >= 0
        n_z = len(zones)
        table = pd.DataFrame(
            {k: np.bincount(zone_pos[inside], weights=v[inside], minlength=n_z)
             for k, v in sums.items()}, index=zones.index)
        table["parcel_area_ha"] = np.bincount(zone_pos[inside], weights=area_ha[inside],
                                              minlength=n_z)
        out = _frame_like(zones)
        if zone_id_col is not None:
            require_columns(zones, "zones", [zone_id_col])
        out["zone_id"] = zones[zone_id_col].to_numpy() if zone_id_col else zones.index.to_numpy()
        out["n_parcels"] = np.bincount(zone_pos[inside], minlength=n_z).astype("int64")
    known_fa = table["floor_area_known_year_m2"].to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        has = known_fa > 0
        weighted = np.where(has, table["_year_x_floor"].to_numpy() / np.where(has, known_fa, 1),
                            np.nan)
        pre_share = np.where(has, table["_pre"].to_numpy() / np.where(has, known_fa, 1), np.nan)
        band_share = np.where(has, table["_6080"].to_numpy() / np.where(has, known_fa, 1), np.nan)
    out["parcel_area_ha"] = table["parcel_area_ha"].to_numpy()
    out["floor_area_m2"] = table["floor_area_m2"].to_numpy()
    out["floor_area_known_year_m2"] = known_fa
    out["weighted_construction_year"] = weighted
    out["floor_area_pre_threshold_share"] = pre_share
    out["floor_area_1960_1980_share"] = band_share
    out["area_pre_threshold_ha"] = table["_area_pre_ha"].to_numpy()
    with np.errstate(invalid="ignore"):
        out["pre_threshold"] = weighted < threshold
    for name in decade_names:
        out[name] = table[name].to_numpy()
    report(progress, 1.0, "redevelopment stock: done")
    issues.emit()
    return out


def _pairs(b_geoms: np.ndarray, usable_b: np.ndarray, p_geoms: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray]:
    """(building, parcel) positions of intersecting usable pairs."""
    if len(b_geoms) == 0 or len(p_geoms) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    tree = shapely.STRtree(p_geoms)
    query = np.where(usable_b, b_geoms, None)
    b_idx, p_idx = tree.query(query, predicate="intersects")
    return b_idx.astype(np.int64), p_idx.astype(np.int64)


def _band_sum(p_idx, alloc, year, lo, hi, n):
    with np.errstate(invalid="ignore"):
        sel = (year >= lo) & (year < hi)
    return np.bincount(p_idx[sel], weights=alloc[sel], minlength=n)


def _decades(pair_year: np.ndarray, all_years: np.ndarray) -> tuple[list, list[str]]:
    """Decade keys and column names: pre-1900, 1900s ... 2020s (or later), unknown."""
    last = 2020
    finite = all_years[~np.isnan(all_years)]
    if len(finite):
        last = max(last, int(finite.max()) // 10 * 10)
    keys: list = ["pre1900", *range(1900, last + 1, 10), "unknown"]
    names = ["floor_area_pre1900_m2", *[f"floor_area_{d}s_m2" for d in range(1900, last + 1, 10)],
             "floor_area_unknown_year_m2"]
    return keys, names


# ---------------------------------------------------------------------------
# woon-werkbalans
# ---------------------------------------------------------------------------

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
        m2 BVO per job for converting between floor area and jobs (default 20, the
        programme's office figure [S]).
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
    and about one job per new home) and the 20 m2 BVO per office job are
    programme figures [S] (DOMAIN.md section 4).

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


# ---------------------------------------------------------------------------
# transformation monitor
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class TransformationResult:
    """Result of :func:`transformation_monitor`.

    Attributes
    ----------
    changes : GeoDataFrame
        The lost and gained pieces of business land: ``change`` (``"lost"`` or
        ``"gained"``), ``id``, ``area_ha`` and ``new_use`` (lost pieces, where known).
    per_id : GeoDataFrame
        One row per id (after geometry, else before): ``status`` (``"removed"``,
        ``"added"``, ``"changed"``, ``"unchanged"``), ``before_ha``,
        ``after_ha``, ``lost_ha``, ``gained_ha``, ``changed_ha``, ``new_use``.
    per_zone : GeoDataFrame or None
        With ``zones``: the zones with ``before_ha``, ``after_ha``, ``lost_ha``,
        ``gained_ha``, ``net_ha``.
    per_use : DataFrame
        Lost hectares per new use (``new_use``, ``lost_ha``); empty without
        ``new_use_col``.
    totals : dict
        ``before_ha``, ``after_ha``, ``lost_ha``, ``gained_ha``, ``net_ha``,
        ``changed_ha`` and counts of ids by status.
    """

    changes: gpd.GeoDataFrame
    per_id: gpd.GeoDataFrame
    per_zone: gpd.GeoDataFrame | None
    per_use: pd.DataFrame
    totals: dict


def transformation_monitor(
    before: gpd.GeoDataFrame,
    after: gpd.GeoDataFrame,
    *,
    id_col: str | None = None,
    new_use_col: str | None = None,
    zones: gpd.GeoDataFrame | None = None,
    zone_id_col: str | None = None,
    tolerance_m2: float = 1.0,
    progress: Callable | None = None,
) -> TransformationResult:
    """Compare two snapshots of business land: hectares lost, gained and changed.

    Parameters
    ----------
    before, after : GeoDataFrame
        Business-land polygons (e.g. IBIS terreinen or kavels) at two dates, in one
        projected CRS.
    id_col : str, optional
        Id column present in both snapshots (default: the index). Rows sharing an id
        are merged into one (multi)polygon.
    new_use_col : str, optional
        Column of ``before`` naming what the land became (e.g. ``"wonen"``), used
        to report lost hectares per new use.
    zones : GeoDataFrame, optional
        Areas (gemeenten, regio's) to report per zone.
    zone_id_col : str, optional
        Column of ``zones`` copied as ``zone_id`` (default: the index).
    tolerance_m2 : float
        Symmetric differences smaller than this (per id) count as unchanged, so
        that re-digitising noise does not show up as change (default 1 m2 [A]).
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    TransformationResult
        ``changes``, ``per_id``, ``per_zone``, ``per_use`` and ``totals``.

    Raises
    ------
    CRSError
        Snapshots (or zones) without a projected CRS or in different CRSs.
    MissingColumnError
        ``id_col`` or ``new_use_col`` absent.

    Notes
    -----
    With B the union of ``before`` and A the union of ``after``:

    - lost = B - A: land that is no longer business land (at all, under any id);
    - gained = A - B; net = area(A) - area(B) = gained - lost;
    - per id, ``lost_ha`` = area(before_id - A), ``gained_ha`` = area(after_id - B)
      and ``changed_ha`` = area(before_id △ after_id) for ids in both snapshots
      (land that moved between ids shows as changed, not as lost).

    Differences are computed per id against the union of the other snapshot's
    polygons that touch it (found with an STRtree), never by a full overlay.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> before = gpd.GeoDataFrame({"id": [1, 2]},
    ...     geometry=[box(x, y, x + 100, y + 100), box(x + 200, y, x + 300, y + 100)],
    ...     crs="EPSG:28992")
    >>> after = gpd.GeoDataFrame({"id": [1]}, geometry=[box(x, y, x + 100, y + 150)],
    ...     crs="EPSG:28992")
    >>> r = transformation_monitor(before, after, id_col="id")
    >>> r.totals["lost_ha"], r.totals["gained_ha"], r.totals["net_ha"]
    (1.0, 0.5, -0.5)
    >>> r.per_id["status"].tolist()
    ['changed', 'removed']
    """
    check_frame(before, "before")
    check_frame(after, "after")
    if zones is not None:
        check_frame(zones, "zones")
    check_same_crs(before=before, after=after, zones=zones)
    tol = check_positive(tolerance_m2, "tolerance_m2", allow_zero=True)
    if id_col is not None:
        require_columns(before, "before", [id_col])
        require_columns(after, "after", [id_col])
    if new_use_col is not None:
        require_columns(before, "before", [new_use_col])
    issues = Issues("transformation_monitor")
    report(progress, 0.0, "transformation monitor: preparing snapshots")
    b_ids, b_geoms, b_use = _by_id(before, "before", id_col, new_use_col, issues)
    a_ids, a_geoms, _ = _by_id(after, "after", id_col, None, issues)
    crs = before.crs
    report(progress, 0.2, "transformation monitor: lost land")
    lost_geoms = _minus_union(b_geoms, a_geoms)
    report(progress, 0.5, "transformation monitor: gained land")
    gained_geoms = _minus_union(a_geoms, b_geoms)
    report(progress, 0.7, "transformation monitor: changes per id")

    ids = pd.Index(b_ids).union(pd.Index(a_ids), sort=False)
    b_pos = pd.Index(b_ids).get_indexer(ids)
    a_pos = pd.Index(a_ids).get_indexer(ids)
    in_b, in_a = b_pos >= 0, a_pos >= 0
    empty = shapely.Polygon()
    gb = np.where(in_b, b_geoms[np.maximum(b_pos, 0)] if len(b_geoms) else empty, empty)
    ga = np.where(in_a, a_geoms[np.maximum(a_pos, 0)] if len(a_geoms) else empty, empty)
    before_ha = shapely.area(gb) / 1e4
    after_ha = shapely.area(ga) / 1e4
    lost_ha = np.where(in_b, shapely.area(lost_geoms[np.maximum(b_pos, 0)]) / 1e4
                       if len(b_geoms) else 0.0, 0.0)
    gained_ha = np.where(in_a, shapely.area(gained_geoms[np.maximum(a_pos, 0)]) / 1e4
                         if len(a_geoms) else 0.0, 0.0)
    both = in_b & in_a
    sym = np.zeros(len(ids))
    if both.any():
        sym[both] = shapely.area(shapely.symmetric_difference(gb[both], ga[both]))
    changed = both & (sym > tol)
    status = np.where(~in_a, "removed", np.where(~in_b, "added",
                                                 np.where(changed, "changed", "unchanged")))
    per_id = gpd.GeoDataFrame(
        {"id": ids.to_numpy(), "status": pd.array(status, dtype="string"),
         "before_ha": before_ha, "after_ha": after_ha, "lost_ha": lost_ha,
         "gained_ha": gained_ha, "changed_ha": np.where(changed, sym / 1e4, 0.0)},
        geometry=np.where(in_a, ga, gb), crs=crs)
    use_of_id = None
    if b_use is not None:
        use_of_id = np.where(in_b, b_use[np.maximum(b_pos, 0)] if len(b_use) else None, None)
        per_id["new_use"] = pd.array(use_of_id, dtype="string")

    lost_area = shapely.area(lost_geoms) if len(lost_geoms) else np.zeros(0)
    gained_area = shapely.area(gained_geoms) if len(gained_geoms) else np.zeros(0)
    keep_l = lost_area > 0
    keep_g = gained_area > 0
    changes = gpd.GeoDataFrame(
        {"change": pd.array(["lost"] * int(keep_l.sum()) + ["gained"] * int(keep_g.sum()),
                            dtype="string"),
         "id": np.concatenate([np.asarray(b_ids, dtype=object)[keep_l],
                               np.asarray(a_ids, dtype=object)[keep_g]]),
         "area_ha": np.concatenate([lost_area[keep_l], gained_area[keep_g]]) / 1e4,
         "new_use": pd.array(
             [*(b_use[keep_l] if b_use is not None else [None] * int(keep_l.sum())),
              *([None] * int(keep_g.sum()))], dtype="string")},
        geometry=np.concatenate([lost_geoms[keep_l], gained_geoms[keep_g]]), crs=crs)

    if b_use is not None and keep_l.any():
        per_use = (pd.DataFrame({"new_use": pd.array(b_use[keep_l], dtype="string").fillna(
            "(unknown)"), "lost_ha": lost_area[keep_l] / 1e4})
            .groupby("new_use", sort=True, as_index=False)["lost_ha"].sum())
    else:
        per_use = pd.DataFrame({"new_use": pd.array([], dtype="string"),
                                "lost_ha": np.zeros(0)})

    per_zone = None
    if zones is not None:
        report(progress, 0.85, "transformation monitor: per zone")
        z = prepare_polygons(zones, "zones", issues)
        z_geoms = np.where(z.usable, z.geometry, None)
        per_zone = _frame_like(zones)
        if zone_id_col is not None:
            require_columns(zones, "zones", [zone_id_col])
        per_zone["zone_id"] = (zones[zone_id_col].to_numpy() if zone_id_col
                               else zones.index.to_numpy())
        per_zone["before_ha"] = _area_in_zones(z_geoms, b_geoms) / 1e4
        per_zone["after_ha"] = _area_in_zones(z_geoms, a_geoms) / 1e4
        per_zone["lost_ha"] = _area_in_zones(z_geoms, lost_geoms) / 1e4
        per_zone["gained_ha"] = _area_in_zones(z_geoms, gained_geoms) / 1e4
        per_zone["net_ha"] = per_zone["gained_ha"] - per_zone["lost_ha"]

    b_total = float(shapely.area(shapely.union_all(b_geoms))) / 1e4 if len(b_geoms) else 0.0
    a_total = float(shapely.area(shapely.union_all(a_geoms))) / 1e4 if len(a_geoms) else 0.0
    totals = {
        "before_ha": b_total,
        "after_ha": a_total,
        "lost_ha": float(lost_area.sum()) / 1e4,
        "gained_ha": float(gained_area.sum()) / 1e4,
        "net_ha": a_total - b_total,
        "changed_ha": float(per_id["changed_ha"].sum()),
        **{f"n_{s}": int((status == s).sum()) for s in ("removed", "added", "changed",
                                                          "unchanged")},
    }
    report(progress, 1.0, "transformation monitor: done")
    issues.emit()
    return TransformationResult(changes=changes, per_id=per_id, per_zone=per_zone,
                                per_use=per_use, totals=totals)


def _by_id(frame, argument, id_col, use_col, issues):
    """Valid geometry per id (rows sharing an id merged), plus the first new use per id."""
    prepared = prepare_polygons(frame, argument, issues)
    keys = frame[id_col].to_numpy() if id_col is not None else frame.index.to_numpy()
    keep = prepared.usable
    missing_id = pd.isna(keys)
    if missing_id.any():
        issues.add(argument, f"{int(missing_id.sum())} rows without an id were skipped",
                   frame.index[missing_id])
        keep = keep & ~missing_id
    keys_k = keys[keep]
    geoms_k = prepared.geometry[keep]
    codes, uniques = pd.factorize(keys_k, sort=False)
    n = len(uniques)
    counts = np.bincount(codes, minlength=n) if n else np.zeros(0, int)
    geoms = np.empty(n, dtype=object)
    single = counts == 1
    first = np.full(n, -1)
    first[codes[::-1]] = np.arange(len(codes))[::-1]
    geoms[single] = geoms_k[first[single]]
    multi = np.flatnonzero(~single)
    if len(multi):
        issues.add(argument, f"{int(counts[multi].sum())} rows sharing {len(multi)} ids were "
                   "merged per id")
        for code in multi:  # only the ids that occur more than once
            geoms[code] = shapely.union_all(geoms_k[codes == code])
    use = None
    if use_col is not None:
        use = frame[use_col].astype("string").to_numpy(dtype=object, na_value=None)[keep]
        use = use[first] if n else np.zeros(0, dtype=object)
    return uniques.to_numpy() if hasattr(uniques, "to_numpy") else np.asarray(uniques), \
        geoms, use


def _minus_union(geoms: np.ndarray, others: np.ndarray) -> np.ndarray:
    """geoms[i] minus the union of the ``others`` that intersect it (vectorised per pair)."""
    out = geoms.copy()
    if len(geoms) == 0 or len(others) == 0:
        return out
    tree = shapely.STRtree(others)
    g_idx, o_idx = tree.query(geoms, predicate="intersects")
    if len(g_idx) == 0:
        return out
    # Clip the others to each geometry, merge the clipped pieces per geometry, subtract.
    pieces = shapely.intersection(others[o_idx], geoms[g_idx])
    order = np.argsort(g_idx, kind="stable")
    g_sorted, p_sorted = g_idx[order], pieces[order]
    starts = np.flatnonzero(np.r_[True, g_sorted[1:] != g_sorted[:-1]])
    groups = g_sorted[starts]
    counts = np.diff(np.r_[starts, len(g_sorted)])
    cover = np.empty(len(groups), dtype=object)
    one = counts == 1
    cover[one] = p_sorted[starts[one]]
    for k in np.flatnonzero(~one):  # geometries overlapped by several others
        cover[k] = shapely.union_all(p_sorted[starts[k]:starts[k] + counts[k]])
    out[groups] = _polygonal(shapely.difference(geoms[groups], cover))
    return out


def _polygonal(geoms: np.ndarray) -> np.ndarray:
    """Drop line/point slivers that set operations may leave in collections."""
    types = shapely.get_type_id(geoms)
    fix = types == 7
    if fix.any():
        parts, idx = shapely.get_parts(geoms[fix], return_index=True)
        poly = np.isin(shapely.get_type_id(parts), (3, 6))
        merged = np.full(int(fix.sum()), shapely.Polygon(), dtype=object)
        if poly.any():
            sub_idx = idx[poly]
            for k in np.unique(sub_idx):
                merged[k] = shapely.union_all(parts[poly][sub_idx == k])
        geoms = geoms.copy()
        geoms[fix] = merged
    return geoms


def _area_in_zones(z_geoms: np.ndarray, geoms: np.ndarray) -> np.ndarray:
    """Area of ``geoms`` inside each zone (the geoms do not overlap each other)."""
    out = np.zeros(len(z_geoms))
    g = geoms[~shapely.is_empty(geoms) & ~shapely.is_missing(geoms)] if len(geoms) else geoms
    if len(g) == 0 or len(z_geoms) == 0:
        return out
    tree = shapely.STRtree(g)
    z_idx, g_idx = tree.query(z_geoms, predicate="intersects")
    if len(z_idx):
        inter = shapely.area(shapely.intersection(z_geoms[z_idx], g[g_idx]))
        out += np.bincount(z_idx, weights=inter, minlength=len(z_geoms))
    return out


# ---------------------------------------------------------------------------
# relocation efficiency
# ---------------------------------------------------------------------------

RelocationStatus = Literal["below_band", "within_band", "above_band", "unknown"]


def relocation_efficiency(
    parcels: gpd.GeoDataFrame,
    *,
    cost_col: str,
    plot_area_col: str | None = None,
    band_eur_per_m2: tuple[float, float] = RELOCATION_BAND_EUR_PER_M2,
    progress: Callable | None = None,
) -> gpd.GeoDataFrame:
    """Relocation cost per m2 plot against the programme's efficiency band.

    Parameters
    ----------
    parcels : GeoDataFrame
        The plots a firm would be relocated from (or to), in a projected CRS.
    cost_col : str
        Column with the total relocation cost in EUR.
    plot_area_col : str, optional
        Column with the plot area in m2 (e.g. BRK ``kadastraleGrootte``); default
        the polygon area.
    band_eur_per_m2 : (float, float)
        Lower and upper bound of the band in EUR per m2 plot (default 1,300-1,400 [S]).
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        ``parcels`` (same index, CRS) with ``plot_area_m2``, ``cost_eur_per_m2``,
        ``relocation_status`` (``"below_band"``, ``"within_band"``,
        ``"above_band"``, ``"unknown"``), ``within_band`` and ``above_band``.

    Raises
    ------
    InputError
        Negative costs, a band whose lower bound exceeds the upper, text costs.

    Notes
    -----
    cost_eur_per_m2 = cost / plot area. The band is inclusive at both ends. Above
    the upper bound the relocation is not efficient under the programme's test
    (EUR 1,300-1,400 per m2 plot as the maximum cost, DOMAIN.md section 4 [S]).
    Rows with a missing cost or a zero plot area are ``"unknown"`` and counted in
    the warning.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> p = gpd.GeoDataFrame({"kosten": [1.2e6, 1.35e6, 2.0e6]},
    ...     geometry=[box(x + 20 * i, y, x + 20 * i + 10, y + 100) for i in range(3)],
    ...     crs="EPSG:28992")
    >>> out = relocation_efficiency(p, cost_col="kosten")
    >>> out["relocation_status"].tolist()
    ['below_band', 'within_band', 'above_band']
    """
    check_frame(parcels, "parcels")
    try:
        low, high = (float(v) for v in band_eur_per_m2)
    except (TypeError, ValueError) as exc:
        raise InputError("argument 'band_eur_per_m2' must be two numbers (low, high), got "
                         f"{band_eur_per_m2!r}.") from exc
    if not (np.isfinite(low) and np.isfinite(high)) or low < 0 or low > high:
        raise InputError(f"argument 'band_eur_per_m2' must be (low, high) with 0 <= low <= "
                         f"high, got {band_eur_per_m2!r}.")
    issues = Issues("relocation_efficiency")
    report(progress, 0.0, "relocation efficiency")
    cost = numeric_column(parcels, cost_col, "parcels", minimum=0, what="relocation cost (EUR)")
    if plot_area_col is not None:
        area = numeric_column(parcels, plot_area_col, "parcels", minimum=0,
                              what="plot area (m2)")
    else:
        from ._validate import check_crs

        check_crs(parcels, "parcels")
        prepared = prepare_polygons(parcels, "parcels", issues)
        area = np.where(prepared.usable, shapely.area(prepared.geometry.astype(object)), np.nan) \
            if len(parcels) else np.zeros(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_m2 = np.where(area > 0, cost / np.where(area > 0, area, 1), np.nan)
    unknown = np.isnan(per_m2)
    status = np.where(unknown, "unknown", np.where(per_m2 < low, "below_band",
                                                   np.where(per_m2 > high, "above_band",
                                                            "within_band")))
    if unknown.any():
        issues.add("parcels", f"{int(unknown.sum())} rows have no cost or no plot area; "
                   "their status is 'unknown'", parcels.index[unknown])
    out = _frame_like(parcels)
    out["plot_area_m2"] = area
    out["cost_eur_per_m2"] = per_m2
    out["relocation_status"] = pd.array(status, dtype="string")
    out["within_band"] = status == "within_band"
    out["above_band"] = status == "above_band"
    report(progress, 1.0, "relocation efficiency: done")
    issues.emit()
    return out
