"""Redevelopment stock: floor-area-weighted construction year and the stock built before a
threshold year (herontwikkelingsopgave of the programme).

Formulas, directions and the source of every default are in ``docs/indicators.md``.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._columns import keeps_input_columns
from .._options import flat_keywords
from .._validate import (
    Issues,
    check_frame,
    check_same_crs,
    numeric_column,
    prepare_polygons,
    require_columns,
    row_ids,
)
from ..density.floor_area import FloorAreaOptions
from ..errors import InputError
from ..progress import ProgressCallback, report, scaled
from ..sources.aliases import resolve_column
from ._common import _BAG_UNKNOWN_YEARS, _MAX_YEAR, _MIN_YEAR, THRESHOLD_YEAR, _frame_like, _zone_of

__all__ = ["redevelopment_stock"]




# ---------------------------------------------------------------------------
# herontwikkelingsopgave
# ---------------------------------------------------------------------------

@flat_keywords({k: ("floor_area", k) for k in ("floor_area_col", "storeys_col", "height_col",
                                                "use_col")})
@keeps_input_columns("parcels", "zones")
def redevelopment_stock(
    parcels: gpd.GeoDataFrame,
    buildings: gpd.GeoDataFrame,
    *,
    threshold_year: int = THRESHOLD_YEAR,
    zones: gpd.GeoDataFrame | None = None,
    zone_id_col: str | None = None,
    construction_year_col: str | None = None,
    floor_area: FloorAreaOptions = FloorAreaOptions(),
    progress: ProgressCallback | None = None,
) -> gpd.GeoDataFrame:
    """Age of the building stock per parcel (or per zone): the herontwikkelingsopgave.

    Parameters
    ----------
    parcels : GeoDataFrame
        Parcel polygons (kadastrale percelen or kavels) in a projected CRS.
    buildings : GeoDataFrame
        Building footprints with a construction year (BAG ``bouwjaar`` /
        ``oorspronkelijkBouwjaar``) and whatever floor-area data exists (see
        :func:`rve_geo.building_floor_area`). Buildings that already carry the result
        columns of ``building_floor_area`` (``floor_area_m2``, ``footprint_m2``,
        ``storeys``, ``height_m``, ``floor_area_source``, ``excluded``,
        ``use_storey_height_m``, ``is_hall``; marked by ``floor_area_source``) are used
        as they are, with ``floor_area`` at its defaults (see
        :mod:`rve_geo.density.precomputed`).
    threshold_year : int
        Stock built before this year counts as ageing (default 1980 [S]).
    zones : GeoDataFrame, optional
        Terreinen or other areas. When given, the result has one row per zone
        (same index and CRS as ``zones``) aggregating the parcels whose
        representative point lies in it.
    zone_id_col : str, optional
        Column of ``zones`` copied into the result as ``zone_id`` (default: the index).
    construction_year_col : str, optional
        Column of ``buildings`` with the construction year; looked up among the BAG /
        3D BAG names when omitted.
    floor_area : FloorAreaOptions
        How the floor area of each building is estimated (see
        :class:`rve_geo.FloorAreaOptions`; building columns by default found among the
        BAG / 3D BAG names).
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
    from ..density.pieces import building_pieces
    from ..density.precomputed import with_floor_area

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
    fa = with_floor_area(buildings, floor_area, progress=scaled(progress, 0.0, 0.3))
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
    # owner: the parcels' spatial index is the one density built earlier in the run
    p_idx, b_idx, piece = building_pieces(p_geoms, prepared.usable, b_geoms, usable_b,
                                          owner=parcels)
    b_area = shapely.area(b_geoms[b_idx])
    share = np.divide(piece, b_area, out=np.zeros_like(piece), where=b_area > 0)
    alloc = b_floor[b_idx] * share
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
    on_parcel = np.zeros(len(b_geoms), bool)  # a mark per building: linear, no hash table
    on_parcel[b_idx] = True
    n_lost = int(usable_b.sum() - np.count_nonzero(on_parcel))
    if n_lost > 0:
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
