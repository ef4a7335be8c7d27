"""Transformation monitor: hectares of business land lost, gained and changed between two
snapshots.

Formulas, directions and the source of every default are in ``docs/indicators.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._columns import keeps_input_columns
from .._validate import (
    Issues,
    check_frame,
    check_positive,
    check_same_crs,
    prepare_polygons,
    require_columns,
)
from ..progress import report
from ._common import _area_in_zones, _frame_like, _minus_union

__all__ = ["TransformationResult", "transformation_monitor"]




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


@keeps_input_columns()
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
