"""Milieu constraints on densification potential: hindercontouren and HMC land.

A sensitive use (housing) inside the richtafstand of another parcel's category or in a
given hindercontour loses its potential; on HMC land the potential left is removed for
sensitive uses and for uses below the HMC threshold. The rules are stated in
:func:`rve_geo.densification_potential` (Notes); the richtafstanden come from
:mod:`rve_geo.milieu.distance_tables`.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import shapely

from .._validate import require_columns

__all__ = ["MilieuConstraints", "milieu_constraints"]

@dataclasses.dataclass(frozen=True)
class MilieuConstraints:
    """Milieu constraints per parcel and the potential they remove."""

    sensitive_use: np.ndarray
    function: pd.Series | None
    in_contour: np.ndarray
    hmc_land: np.ndarray
    removed_by_contours_m2: np.ndarray
    removed_by_hmc_m2: np.ndarray
    potential_m2: np.ndarray


def milieu_constraints(parcels, geoms, usable, unconstrained, *, function_col,
                       sensitive_functions, sensitive, contours, source_category_col,
                       use_category_col, omgevingstype, distance_table, hmc_rank,
                       issues) -> MilieuConstraints:
    """Potential removed by hindercontouren, then by HMC land, per parcel.

    ``geoms`` and ``usable`` are the validated parcel geometries; ``unconstrained`` the
    potential before the constraints. See :func:`rve_geo.densification_potential`, Notes.
    """
    sensitive_use, function = _sensitive_use(parcels, geoms, usable, function_col,
                                             sensitive_functions, sensitive)
    dist_table, source_rank = _source_ranks(parcels, source_category_col, distance_table)
    in_contour = _in_contour(geoms, usable, sensitive_use, dist_table, source_rank,
                             omgevingstype, contours)
    hmc_land, hmc_remove = _hmc_parcels(parcels, dist_table, source_rank, sensitive_use,
                                        hmc_rank, use_category_col, issues)
    removed_contours = np.where(in_contour, unconstrained, 0.0)
    removed_hmc = np.where(hmc_remove, unconstrained - removed_contours, 0.0)
    return MilieuConstraints(sensitive_use=sensitive_use, function=function, in_contour=in_contour,
                   hmc_land=hmc_land, removed_by_contours_m2=removed_contours,
                   removed_by_hmc_m2=removed_hmc,
                   potential_m2=unconstrained - removed_contours - removed_hmc)


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
