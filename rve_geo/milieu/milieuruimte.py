"""Milieuruimte: the highest milieucategorie each place can take, and its zoning map.

The question is the mirror image of a hindercontour: instead of "which sensitive
objects lie within the richtafstand of this source", it asks "which category still
fits at this parcel, given the sensitive objects around it and their omgevingstype"
(DOMAIN.md section 2).

Length: about 600 lines because the per-parcel maximum category and the zoning polygons
share one rank search (``_RankFinder``) and one preparation; splitting them would put that
search in a third module used by both.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from typing import Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._columns import keeps_input_columns
from .._parallel import n_threads, threaded_map, threaded_pairwise, threaded_tasks
from .._validate import (
    Issues,
    check_frame,
    check_same_crs,
    prepare_polygons,
    strtree_of,
)
from ..progress import ProgressCallback, chunks, report
from .distance_tables import DistanceTable
from .sensitive import DEFAULT_OMGEVINGSTYPE, assign_omgevingstype, prepare_sensitive

__all__ = ["QUAD_SEGS", "Omgevingstype", "allowed_category_zones", "max_allowed_category",
           "zones_in_parts"]

log = logging.getLogger(__name__)

#: Segments per quarter circle of the band buffers: the polygon is inscribed in the exact
#: buffer, so a band edge lies at most r * (1 - cos(pi / (4 * QUAD_SEGS))) inside it
#: (0.45 m at r = 1500 m, 0.06 m at r = 200 m).
QUAD_SEGS = 32

#: Every point this fraction of the buffer distance from an object, or closer, lies inside
#: the object's buffer (the chord of a quarter circle's segment is this far from its centre).
_INSCRIBED = float(np.cos(np.pi / (4 * QUAD_SEGS)))

_CHUNK = 50_000

#: Zones per batch of the zoning map (at most): the reaches of one batch per thread are
#: held at a time. Fewer when that gives less than 8 batches per thread (so the threads end
#: together), but not below ``_MIN_ZONE_BATCH``.
_ZONE_BATCH = 200
_MIN_ZONE_BATCH = 16

#: Points per side of the grid on each zone envelope whose nearest objects are the first
#: candidates of the zoning map's unions (more are added where the union needs them).
_SAMPLES = 8

#: Up to this distance the zoning map unions every object within the distance of a zone
#: at once, without first candidates and check: so close to a zone nearly every such
#: object shapes the union (Doesburg tiled: 6 % less CPU time than with the check).
_DIRECT_M = 30.0

#: A zone's reach that leaves less than this of its envelope uncovered (m2) is the whole
#: envelope at every larger distance (see ``_ZoneReach``).
_COVERED_M2 = 1e-6

#: Items per node of the STRtrees searched for the nearest sensitive object.
_NEAREST_NODE_CAPACITY = 2

#: Receiving-area types (see rve_geo.milieu.categories.OMGEVINGSTYPES).
Omgevingstype = Literal["rustige_woonwijk", "gemengd_gebied"]


# --------------------------------------------------------------------------- helpers
def _table(distance_table):
    from .distance_tables import load_distance_table

    return load_distance_table(distance_table)


def _prepare(frame, argument, sensitive, issues, *, distance_table, omgevingstype,
             omgevingstype_col, omgevingstype_areas):
    """The distance table, the prepared polygons of ``frame``, the prepared sensitive
    objects and each sensitive object's omgevingstype code: shared by every milieuruimte
    operation."""
    table = _table(distance_table)
    prepared = prepare_polygons(frame, argument, issues)
    sp = prepare_sensitive(sensitive, issues)
    codes = assign_omgevingstype(sensitive, sp.geometry, sp.usable, omgevingstype=omgevingstype,
                                 omgevingstype_col=omgevingstype_col,
                                 omgevingstype_areas=omgevingstype_areas, issues=issues)
    return table, prepared, sp, codes


def _valid_ranks(table) -> np.ndarray:
    return np.flatnonzero(~np.isnan(table.distances).any(axis=1))


def _nearest(tree: shapely.STRtree, geoms: np.ndarray, max_distance: float):
    """Exact nearest index and distance of each geometry in ``tree`` (-1/inf if empty).

    Every distance is measured exactly, also beyond ``max_distance`` (the largest
    richtafstand): a bound on the search would only move the far geometries to a second
    search, so there is one search, on all cores.
    """
    n = len(geoms)
    idx = np.full(n, -1, dtype=np.int64)
    dist = np.full(n, np.inf)
    if n == 0 or len(tree) == 0:
        return idx, dist

    def nearest(chunk: np.ndarray) -> np.ndarray:
        (i, j), d = tree.query_nearest(chunk, return_distance=True, all_matches=True)
        # of objects at the same least distance, the first in the tree's order: the
        # same answer whatever the shape of the tree
        order = np.lexsort((j, i))
        first = order[np.r_[True, i[order][1:] != i[order][:-1]]] if len(i) else order
        found_j = np.full(len(chunk), -1, dtype=np.int64)
        found_d = np.full(len(chunk), np.inf)
        found_j[i[first]], found_d[i[first]] = j[first], d[first]
        return np.stack([found_j.astype(np.float64), found_d], axis=1)

    # STRtree.query_nearest releases the GIL: chunks run in parallel on threads (a query
    # costs tens of microseconds, so small chunks already pay off)
    found = threaded_map(nearest, geoms, min_chunk=500)
    hit = found[:, 0] >= 0
    idx[hit] = found[hit, 0].astype(np.int64)
    dist[hit] = found[hit, 1]
    return idx, dist


class _RankFinder:
    """Highest fitting rank for arrays of geometries against indexed sensitive objects."""

    def __init__(self, geoms: np.ndarray, usable: np.ndarray, codes: np.ndarray, table,
                 owner=None):
        from .categories import OMGEVINGSTYPES

        self.names = OMGEVINGSTYPES
        self.table = table
        self.top = int(_valid_ranks(table).max())
        self.types = [o for o in range(len(OMGEVINGSTYPES)) if (usable & (codes == o)).any()]
        self.members = {o: np.flatnonzero(usable & (codes == o)) for o in self.types}
        # kept with the sensitive frame (``owner``) for the next operation of the run
        # small nodes: tighter boxes, so the nearest search measures far fewer objects
        # exactly (about half the time of the default 10 per node)
        self.trees = {o: strtree_of(geoms[self.members[o]], owner,
                                    node_capacity=_NEAREST_NODE_CAPACITY)
                      for o in self.types}
        self.limits = {o: float(np.nanmax(table.distances[:, o])) * (1 + 1e-9) + 1e-3
                       for o in self.types}

    def __call__(self, g: np.ndarray):
        """Return rank, nearest distance, headroom, binding row, binding type code."""
        table, names, m = self.table, self.names, len(self.names)
        k = len(g)
        d_all = np.full((m, k), np.inf)
        j_all = np.full((m, k), -1, dtype=np.int64)
        for o in self.types:
            j, d = _nearest(self.trees[o], g, self.limits[o])
            d_all[o] = d
            j_all[o] = np.where(j >= 0, self.members[o][np.clip(j, 0, None)], -1)
        # allowed rank per omgevingstype; types without objects allow everything
        r_all = np.full((m, k), self.top, dtype=np.int64)
        for o in self.types:
            finite = np.isfinite(d_all[o])
            r_all[o, finite] = table.max_rank_within(d_all[o, finite], names[o])
        r = r_all.min(axis=0)
        # slack per type at the chosen rank; the binding type has the least
        ok = r >= 0
        slack = np.full((m, k), np.inf)
        for o in self.types:
            req = np.full(k, np.nan)
            req[ok] = table.distances_m(r[ok], names[o])
            slack[o] = np.where(ok, d_all[o] - req, np.inf)
        with np.errstate(invalid="ignore"):
            # not even the lowest category: bind to the type that fails it most
            req0 = np.vstack([table.distances_m(np.zeros(k, np.int64), names[o])
                              for o in range(m)])
            short = d_all - req0
        key = np.where(ok[None, :], slack, short)
        if not self.types:
            key = np.full_like(key, np.inf)
        b = np.argmin(key, axis=0)
        at = np.arange(k)
        return (r, d_all.min(axis=0) if k else np.zeros(0),
                np.where(ok, key[b, at], np.nan), j_all[b, at],
                np.where(np.isfinite(d_all[b, at]), b, -1))



# --------------------------------------------------------------------------- per parcel
@keeps_input_columns("parcels")
def max_allowed_category(
    parcels: gpd.GeoDataFrame,
    sensitive: gpd.GeoDataFrame,
    *,
    omgevingstype: Omgevingstype = DEFAULT_OMGEVINGSTYPE,
    omgevingstype_col: str | None = None,
    omgevingstype_areas: gpd.GeoDataFrame | None = None,
    distance_table: DistanceTable | str | os.PathLike | None = None,
    progress: ProgressCallback | None = None,
) -> gpd.GeoDataFrame:
    """Highest milieucategorie whose richtafstand fits on each parcel.

    Parameters
    ----------
    parcels : GeoDataFrame
        Polygons of the places to assess (kavels, bestemmingsvlakken).
    sensitive : GeoDataFrame
        Sensitive objects (woningen, scholen, zorg): footprints, or points such as
        BAG verblijfsobjecten (then measured to the point, which overstates the
        distance to the facade); their index labels are reported as
        ``binding_sensitive_id``.
    omgevingstype : {"rustige_woonwijk", "gemengd_gebied"}
        Default receiving-area type of the sensitive objects.
    omgevingstype_col : str, optional
        Column of ``sensitive`` with the omgevingstype per object (missing values
        fall back to the areas, then to the default).
    omgevingstype_areas : GeoDataFrame, optional
        Polygons with a column ``omgevingstype``; a sensitive object takes the type
        of the areas it overlaps (the strictest, rustige woonwijk, if several; see
        :func:`rve_geo.milieu.sensitive.assign_omgevingstype`).
    distance_table : DistanceTable, path or None
        Richtafstanden; None is the VNG 2009 table (see
        :func:`rve_geo.load_distance_table`).
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        A copy of ``parcels`` (same index and CRS) with

        - ``max_category``: label of the highest category that fits, None when not
          even the lowest fits (or the parcel has no geometry);
        - ``max_category_rank``: its rank (0 = category 1 ... 9 = category 6), -1 for None;
        - ``nearest_sensitive_m``: distance to the nearest sensitive object of any
          type (inf when there is none);
        - ``headroom_m``: how much closer the binding object could be before the
          category drops (NaN where ``max_category`` is None, inf without any
          sensitive object);
        - ``binding_sensitive_id``: index label of the binding sensitive object;
        - ``binding_omgevingstype``: its omgevingstype.

    Raises
    ------
    InputError, CRSError, GeometryError, MissingColumnError
        Non-GeoDataFrames, CRS problems, non-polygon geometry, a missing column.
    CategoryError
        An unknown omgevingstype value (named with its row).

    Notes
    -----
    Distances are polygon to polygon (boundary of the parcel to the facade of the
    sensitive object, DOMAIN.md section 2). With :math:`d_o` the distance to the
    nearest sensitive object of omgevingstype :math:`o` and :math:`R(c, o)` the
    richtafstand of category :math:`c`,

    .. math:: c_{max} = \\max\\{c : d_o \\ge R(c, o)\\ \\forall o\\},\\qquad
              \\text{headroom} = \\min_o \\big(d_o - R(c_{max}, o)\\big)

    so the binding object is the one that minimises the allowed category, which
    need not be the nearest (a gemengd-gebied house at 40 m allows 3.1, a rustige
    woonwijk house at 60 m only 3.1 too, one at 45 m only 2). The binding object is
    the nearest object of the binding omgevingstype. A distance equal to the
    richtafstand fits (as in :func:`rve_geo.contour_conflicts`). Parcels farther
    than the largest richtafstand from every object get the top category; their
    distance and headroom are still measured exactly. Sensitive objects on the
    parcel itself count (distance 0). Defaults: VNG 2009 richtafstanden and
    omgevingstype rustige woonwijk (DOMAIN.md section 2).

    Speed: one STRtree per omgevingstype (2 objects per node, kept with the sensitive
    frame for the rest of the run) and one exact ``query_nearest`` per parcel, on all
    cores. Of several objects at the same least distance the binding one is the first in
    the order of ``sensitive``.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000  # Amersfoort, RD New
    >>> house = gpd.GeoDataFrame({"id": ["w1"]}, geometry=[box(x, y, x + 10, y + 10)],
    ...                          crs="EPSG:28992").set_index("id")
    >>> parcels = gpd.GeoDataFrame(  # 75 m and 250 m east of the house
    ...     geometry=[box(x + 85, y, x + 135, y + 50), box(x + 260, y, x + 310, y + 50)],
    ...     crs="EPSG:28992")
    >>> out = max_allowed_category(parcels, house)
    >>> out[["max_category", "nearest_sensitive_m", "headroom_m"]].values.tolist()
    [['3.1', 75.0, 25.0], ['4.1', 250.0, 50.0]]
    >>> max_allowed_category(parcels, house, omgevingstype="gemengd_gebied")[
    ...     "max_category"].tolist()
    ['3.2', '4.2']
    """
    from .categories import OMGEVINGSTYPES

    check_frame(parcels, "parcels")
    check_frame(sensitive, "sensitive")
    check_same_crs(parcels=parcels, sensitive=sensitive)
    issues = Issues("max_allowed_category")
    table, pp, sp, codes = _prepare(
        parcels, "parcels", sensitive, issues, distance_table=distance_table,
        omgevingstype=omgevingstype, omgevingstype_col=omgevingstype_col,
        omgevingstype_areas=omgevingstype_areas)
    report(progress, 0.02, "indexing sensitive objects")
    n = len(parcels)
    finder = _RankFinder(sp.geometry, sp.usable, codes, table, owner=sensitive)
    rank = np.full(n, -1, dtype=np.int64)
    nearest = np.full(n, np.nan)
    headroom = np.full(n, np.nan)
    binding = np.full(n, -1, dtype=np.int64)
    binding_type = np.full(n, -1, dtype=np.int64)
    rows = np.flatnonzero(pp.usable)
    n_rows = max(len(rows), 1)
    for sl in chunks(len(rows), _CHUNK):
        part = rows[sl]
        res = finder(pp.geometry[part])
        rank[part], nearest[part], headroom[part], binding[part], binding_type[part] = res
        report(progress, 0.05 + 0.9 * sl.stop / n_rows,
               f"{sl.stop:,} of {len(rows):,} parcels")
    types = finder.types

    out = parcels.copy()
    labels = table.label_of(rank)
    labels[~pp.usable] = None
    out["max_category"] = pd.Series(labels, index=parcels.index, dtype=object)
    out["max_category_rank"] = np.where(pp.usable, rank, -1)
    out["nearest_sensitive_m"] = nearest
    out["headroom_m"] = headroom
    ids = np.asarray(sensitive.index, dtype=object)
    out["binding_sensitive_id"] = pd.Series(
        np.where(binding >= 0, ids[np.clip(binding, 0, None)] if len(ids) else None, None),
        index=parcels.index, dtype=object)
    type_names = np.array([*OMGEVINGSTYPES, None], dtype=object)
    out["binding_omgevingstype"] = pd.Series(
        type_names[np.where(binding_type >= 0, binding_type, len(OMGEVINGSTYPES))],
        index=parcels.index, dtype=object)
    if not types and len(sensitive):
        issues.add("sensitive", "no usable sensitive objects: every parcel gets the top "
                   "category")
    issues.emit()
    report(progress, 1.0, "done")
    return out


# --------------------------------------------------------------------------- zoning map
@keeps_input_columns()
def allowed_category_zones(
    zones: gpd.GeoDataFrame,
    sensitive: gpd.GeoDataFrame,
    *,
    omgevingstype: Omgevingstype = DEFAULT_OMGEVINGSTYPE,
    omgevingstype_col: str | None = None,
    omgevingstype_areas: gpd.GeoDataFrame | None = None,
    distance_table: DistanceTable | str | os.PathLike | None = None,
    progress: ProgressCallback | None = None,
) -> gpd.GeoDataFrame:
    """The zoning map: bands of "maximum category allowed" clipped to terreinen.

    Parameters
    ----------
    zones : GeoDataFrame
        Polygons of the terreinen (or plan area) to map; their index labels become
        ``zone_id``.
    sensitive : GeoDataFrame
        Sensitive objects: polygons (footprints) or points.
    omgevingstype, omgevingstype_col, omgevingstype_areas, distance_table
        As in :func:`max_allowed_category`.
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        One row per (zone, band) with a non-empty area, sorted by zone and rank:
        ``zone_id``, ``max_category`` (None where not even the lowest category
        fits), ``max_category_rank`` (-1 for None), ``area_m2``; same CRS as
        ``zones``. The bands of one zone do not overlap and together cover it.

    Raises
    ------
    InputError, CRSError, GeometryError, MissingColumnError, CategoryError
        As in :func:`max_allowed_category`.

    Notes
    -----
    With :math:`U(c) = \\bigcup_o \\mathrm{buffer}(S_o, R(c, o))` (the sensitive
    objects of omgevingstype :math:`o` buffered by the richtafstand of category
    :math:`c`; buffers of 0 m are empty), the band of category :math:`c` is
    :math:`U(c+1) \\setminus U(c)`, the band "none" is :math:`U(1)` and the top band
    is everything outside :math:`U(top)`. A point in band :math:`c` therefore gets
    exactly :math:`c` from :func:`max_allowed_category` (distances equal to the
    richtafstand fit in both). Buffers use ``QUAD_SEGS`` = 32 segments per quarter
    circle; the band edges lie at most :math:`r(1-\\cos(\\pi/128))` inside the exact
    circle (0.45 m at 1500 m), so points that close to an edge may disagree.
    Only sensitive objects within the richtafstand of a zone are used, and of those
    only the ones that shape the union inside the zone: the nearest objects of a grid
    of points on the zone, then every object still within the richtafstand of a part of
    the zone left uncovered, until there is none (see ``_ZoneReach``; the objects left
    out change nothing inside the zone). The work per zone does not depend on the size
    of the region, the zones are spread over the threads of :mod:`rve_geo._parallel`,
    and they are computed 200 at a time, so memory does not grow with the region
    beyond the inputs and the result.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> house = gpd.GeoDataFrame(geometry=[box(x, y, x + 10, y + 10)], crs="EPSG:28992")
    >>> terrein = gpd.GeoDataFrame(  # a strip 50 to 150 m east of the house
    ...     {"naam": ["T"]}, geometry=[box(x + 60, y, x + 160, y + 10)], crs="EPSG:28992")
    >>> bands = allowed_category_zones(terrein, house)
    >>> bands[["max_category", "area_m2"]].values.tolist()
    [['3.1', 500.0], ['3.2', 500.0]]
    """
    # one part holding every zone (taken to the end, so progress reaches 1)
    [bands] = list(zones_in_parts(
        zones, sensitive, rows_per_part=max(len(zones), 1), omgevingstype=omgevingstype,
        omgevingstype_col=omgevingstype_col, omgevingstype_areas=omgevingstype_areas,
        distance_table=distance_table, progress=progress))
    return bands


def zones_in_parts(
    zones: gpd.GeoDataFrame,
    sensitive: gpd.GeoDataFrame,
    *,
    rows_per_part: int,
    omgevingstype: Omgevingstype = DEFAULT_OMGEVINGSTYPE,
    omgevingstype_col: str | None = None,
    omgevingstype_areas: gpd.GeoDataFrame | None = None,
    distance_table: DistanceTable | str | os.PathLike | None = None,
    progress: ProgressCallback | None = None,
) -> Iterator[gpd.GeoDataFrame]:
    """:func:`allowed_category_zones` in parts of ``rows_per_part`` zones, each made when
    it is taken: the bands of tens of thousands of terreinen need not be held at once.

    The inputs are checked, and the warnings given, when this is called; the parts
    together (in order, their row labels numbering on) are the result of
    :func:`allowed_category_zones` with the same arguments (each zone's bands do not
    depend on the other zones).

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> house = gpd.GeoDataFrame(geometry=[box(x, y, x + 10, y + 10)], crs="EPSG:28992")
    >>> terreinen = gpd.GeoDataFrame(  # strips 50-150 m east and 50-150 m west
    ...     geometry=[box(x + 60, y, x + 160, y + 10), box(x - 150, y, x - 50, y + 10)],
    ...     crs="EPSG:28992")
    >>> parts = list(zones_in_parts(terreinen, house, rows_per_part=1))
    >>> [part.index.tolist() for part in parts]
    [[0, 1], [2, 3]]
    >>> parts[1]["max_category"].tolist()
    ['3.1', '3.2']
    """
    zoning = _ZoningMap(zones, sensitive, omgevingstype=omgevingstype,
                        omgevingstype_col=omgevingstype_col,
                        omgevingstype_areas=omgevingstype_areas, distance_table=distance_table)
    zoning.issues.emit()
    if not zoning.n:
        report(progress, 1.0, "no zones")
        return iter([zoning.empty()])
    rows_per_part = max(1, int(rows_per_part))

    def parts() -> Iterator[gpd.GeoDataFrame]:
        first = 0
        for start in range(0, zoning.n, rows_per_part):
            part = zoning.bands(start, min(start + rows_per_part, zoning.n), progress)
            part.index = pd.RangeIndex(first, first + len(part))
            first += len(part)
            yield part
            del part  # not held while the next part is made
        report(progress, 1.0, f"{first} band polygons")

    return parts()


class _ZoningMap:
    """The checked inputs of the zoning map and the bands of a range of its zones."""

    def __init__(self, zones: gpd.GeoDataFrame, sensitive: gpd.GeoDataFrame, *,
                 omgevingstype, omgevingstype_col, omgevingstype_areas, distance_table):
        from .categories import OMGEVINGSTYPES

        check_frame(zones, "zones")
        check_frame(sensitive, "sensitive")
        check_same_crs(zones=zones, sensitive=sensitive)
        self.issues = Issues("allowed_category_zones")
        table, zp, sp, codes = _prepare(
            zones, "zones", sensitive, self.issues, distance_table=distance_table,
            omgevingstype=omgevingstype, omgevingstype_col=omgevingstype_col,
            omgevingstype_areas=omgevingstype_areas)
        self.zones, self.table = zones, table
        self.valid = _valid_ranks(table)
        self.zrows = np.flatnonzero(zp.usable)
        self.zgeoms = zp.geometry[self.zrows]
        self.n = len(self.zrows)
        types = [o for o in range(len(OMGEVINGSTYPES))
                 if (table.distances[self.valid, o] > 0).any()] if self.n else []
        self.sens = {o: sp.geometry[sp.usable & (codes == o)] for o in types}
        self.trees = {o: strtree_of(self.sens[o]) for o in types}  # whole: threads query it
        # zones in batches, each batch whole on one thread (its steps are too small to
        # split): the reaches of a batch are dropped when it ends (memory bounded by the
        # threads); the batch size is the same for every part
        self.size = min(_ZONE_BATCH, max(_MIN_ZONE_BATCH, -(-self.n // (8 * n_threads()))))

    def empty(self) -> gpd.GeoDataFrame:
        crs = self.zones.crs
        return gpd.GeoDataFrame(
            {"zone_id": pd.Series([], dtype=object),
             "max_category": pd.Series([], dtype=object),
             "max_category_rank": pd.Series([], dtype="int64"),
             "area_m2": pd.Series([], dtype=float)},
            geometry=gpd.GeoSeries([], crs=crs), crs=crs)

    def bands(self, start: int, stop: int, progress) -> gpd.GeoDataFrame:
        """The bands of the usable zones ``start:stop`` (their order among the usable
        zones), numbered from 0."""
        zgeoms, table, valid = self.zgeoms[start:stop], self.table, self.valid
        batches = list(chunks(len(zgeoms), self.size))

        def batch(sl: slice) -> tuple:
            res = _zone_pieces(zgeoms[sl], table, valid, self.sens, self.trees)
            res[0][:] += sl.start
            return res

        def done(k: int) -> None:
            zones_done = min(start + k * self.size, stop)
            report(progress, min(0.95, 0.05 + 0.9 * zones_done / self.n),
                   f"{zones_done:,} of {self.n:,} zones")

        found = threaded_tasks(batch, batches, done=done)
        z_idx = np.concatenate([f[0] for f in found])
        ranks = np.concatenate([f[1] for f in found])
        pieces = np.concatenate([f[2] for f in found])
        area = np.concatenate([f[3] for f in found])
        labels = table.label_of(ranks)
        zone_ids = np.asarray(self.zones.index, dtype=object)[self.zrows[start + z_idx]]
        crs = self.zones.crs
        return gpd.GeoDataFrame({
            "zone_id": pd.Series(zone_ids, dtype=object),
            "max_category": pd.Series(labels, dtype=object),
            "max_category_rank": ranks,
            "area_m2": area,
        }, geometry=gpd.GeoSeries(pieces, crs=crs), crs=crs)


def _zone_pieces(zgeoms: np.ndarray, table, valid: np.ndarray, sens: dict,
                 trees: dict) -> tuple:
    """The band pieces of some zones: (zone position, rank, polygon, area) per non-empty
    piece, in zone then band order."""
    from .categories import OMGEVINGSTYPES

    nz = len(zgeoms)
    env = shapely.envelope(zgeoms)
    b = shapely.bounds(zgeoms)
    corner_xy = np.stack([b[:, [0, 1]], b[:, [0, 3]], b[:, [2, 1]], b[:, [2, 3]]],
                         axis=1)  # (nz, 4, 2)
    corners = shapely.points(corner_xy)  # (nz, 4)
    grid = _ZoneGrid(zgeoms) if any(len(sens[o]) for o in sens) else None
    # reach[(o, d)][k]: the part of zone k's envelope within d of type-o objects
    reach: dict[tuple[int, float], np.ndarray] = {}
    for o in sens:
        dists = [float(d) for d in np.unique(table.distances[valid, o]) if d > 0]
        candidates = _ZoneReach(zgeoms, env, corners, corner_xy, grid, sens[o], max(dists),
                                trees[o])
        for d in dists:
            reach[(o, d)] = candidates.reach(d)

    def reach_at(rank: int) -> np.ndarray:
        parts = [reach[(o, float(table.distances[rank, o]))]
                 for o in range(len(OMGEVINGSTYPES)) if table.distances[rank, o] > 0]
        if not parts:
            return np.array([shapely.Polygon()] * nz, dtype=object)
        if len(parts) == 1:
            return parts[0]
        return _union_rows(np.stack(parts, axis=1))

    reaches = [reach_at(int(r)) for r in valid]
    reach.clear()  # the per-type reaches: merged into reaches
    # band per rank: -1 = U(first); valid[i] = U(valid[i+1]) - U(valid[i]); top = rest
    band_ranks = np.asarray([-1, *[int(r) for r in valid]], dtype=np.int64)
    band_geoms = [reaches[0]]
    for i in range(len(valid)):
        outer = reaches[i + 1] if i + 1 < len(valid) else env
        band_geoms.append(_pairwise(shapely.difference, outer, reaches[i]))
    del reaches
    band_geoms = np.stack(band_geoms, axis=1)  # (nz, bands)
    z_idx, b_idx = np.meshgrid(np.arange(nz), np.arange(len(band_ranks)), indexing="ij")
    z_idx, b_idx = z_idx.ravel(), b_idx.ravel()
    pieces = _pairwise(shapely.intersection, zgeoms[z_idx], band_geoms.ravel())
    pieces = _polygonal(pieces)
    area = shapely.area(pieces)
    keep = area > 0
    return z_idx[keep], band_ranks[b_idx[keep]], pieces[keep], area[keep]


def _pairwise(func, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``func(a, b)`` element-wise, in chunks on the thread pool (GEOS releases the GIL)."""
    idx = np.arange(len(a))
    return threaded_map(lambda i: func(a[i], b[i]), idx, min_chunk=256)


def _union_rows(parts: np.ndarray) -> np.ndarray:
    """Union of each row of a 2-D object array, on the thread pool."""
    idx = np.arange(len(parts))
    return threaded_map(lambda i: shapely.union_all(parts[i], axis=1), idx, min_chunk=256)


class _ZoneGrid:
    """The points of a ``_SAMPLES`` x ``_SAMPLES`` grid on each zone's envelope that lie
    within half a cell diagonal of the zone (``points``, their zone ``zone``), and that
    half diagonal per zone (``half_cell``).

    Every point of a zone lies within ``half_cell`` of one of its grid points, and that
    grid point then lies within ``half_cell`` of the zone: the points kept are the ones
    whose nearest objects can shape the union inside the zone, and whose distances bound
    the distance of every point of the zone. Points of the envelope farther from the zone
    (most of the envelope of a long diagonal or L-shaped terrein) would only add
    candidates that shape the union outside it.
    """

    def __init__(self, zgeoms: np.ndarray):
        b = shapely.bounds(zgeoms)
        f = np.linspace(0.0, 1.0, _SAMPLES)
        fx, fy = np.meshgrid(f, f, indexing="ij")
        fx, fy = fx.ravel(), fy.ravel()
        xs = b[:, [0]] + fx[None, :] * (b[:, [2]] - b[:, [0]])
        ys = b[:, [1]] + fy[None, :] * (b[:, [3]] - b[:, [1]])
        pts = shapely.points(xs.ravel(), ys.ravel())
        self.half_cell = np.hypot(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) / (2 * (_SAMPLES - 1))
        zone = np.arange(len(pts)) // len(fx)
        by_zone = _pairwise(shapely.distance, pts, zgeoms[zone])
        keep = by_zone <= self.half_cell[zone] * (1 + 1e-9) + 1e-9
        self.points, self.zone = pts[keep], zone[keep]


class _ZoneReach:
    """Per zone, the part of its envelope within a distance of the objects of one
    omgevingstype (:meth:`reach`), from as few buffers as the answer needs.

    Candidates: the object nearest to each point of the zone's grid (:class:`_ZoneGrid`:
    the points of a ``_SAMPLES`` x ``_SAMPLES`` grid on the envelope that lie within half
    a cell diagonal of the zone; their nearest-object cells are the ones that can shape the
    union in the zone). :meth:`reach` unions their buffers and then checks the rest: every other
    object within the distance of the part of the zone still uncovered is added to the
    union (up to ``_DIRECT_M`` every object within the distance of the zone is taken at
    once, with no check). An object left out is farther than the distance from every
    point of the zone that the first union leaves uncovered, so its buffer (inscribed in
    the exact one) adds nothing inside the zone: inside the zone the result is the union of
    all buffers, computed from the few objects that shape it (outside the zone, in the rest
    of its envelope, buffers may be missing: the bands are cut to the zone). Work per zone
    does not depend on the size of the region.

    Shortcuts that leave the result unchanged inside the zone: a zone that one candidate
    buffer covers is inside the union (its envelope stands for it, and neither union nor
    check is made); the objects the check adds are unioned with the union so far; and
    once the reach of a zone is its whole envelope (to within ``_COVERED_M2``), the reach
    at every larger distance is the envelope too, so :meth:`reach` (called with growing
    distances) makes no buffer, union or check for it again; so is a zone whose uncovered
    part the check finds empty. The distances of the grid points to their nearest objects
    also bound the distance of every point of the zone (each lies within half a cell
    diagonal of a grid point, which then lies that close to the zone): a zone whose bound
    is at most ``d * cos(pi / (4 * QUAD_SEGS))`` lies inside the buffers themselves, not
    only inside their circles, so its reach is its envelope with no buffer made at all.
    Inside the zone, where the bands are cut, that is the union of the buffers.
    """

    def __init__(self, zgeoms: np.ndarray, env: np.ndarray, corners: np.ndarray,
                 corner_xy: np.ndarray, grid: _ZoneGrid, sens: np.ndarray, d_max: float,
                 tree: shapely.STRtree):
        self.nz = len(zgeoms)
        self.zgeoms = zgeoms
        self.env = env
        self.corners = corners
        self.corner_xy = corner_xy  # the corners' coordinates, (nz, 4, 2)
        self.sens = sens
        self.zi = self.si = np.zeros(0, dtype=np.int64)
        self.dist = np.zeros(0)
        # zones covered whole at an earlier (smaller) distance
        self.covered = np.zeros(self.nz, dtype=bool)
        # per zone: no point of the zone is farther than this from an object
        self.far = np.full(self.nz, np.inf)
        self.last_d = -np.inf
        if len(sens) == 0:
            return
        self.tree = tree

        # one nearest object per grid point (all_matches=False) and its distance
        def nearest(p: np.ndarray) -> np.ndarray:
            (_, j), dist = self.tree.query_nearest(p, all_matches=False,
                                                   return_distance=True)
            return np.stack([j.astype(np.float64), dist], axis=1)

        found = threaded_map(nearest, grid.points, min_chunk=20_000)
        si = found[:, 0].astype(np.int64)
        # every point of the zone lies within half a cell diagonal of a grid point kept,
        # and the distance to the objects changes no faster than the position
        bound = np.full(self.nz, -np.inf)
        np.maximum.at(bound, grid.zone, found[:, 1])
        # (a zone with no grid point kept, which only a degenerate zone can be: no bound)
        self.far = np.where(np.isfinite(bound), bound + grid.half_cell, np.inf)
        zi, si = _unique_pairs(grid.zone, si, len(sens))
        dist = _pairwise(shapely.distance, zgeoms[zi], sens[si])
        near = dist <= d_max
        self.zi, self.si, self.dist = zi[near], si[near], dist[near]

    def _whole(self, zi: np.ndarray, si: np.ndarray, d: float) -> np.ndarray:
        """Zones whose four envelope corners lie within ``d`` of one convex object
        among the pairs: covered whole (the distance to a convex object is convex)."""
        whole = np.zeros(self.nz, dtype=bool)
        # a corner farther than d from an object's box is farther than d from the object:
        # the exact distances only for the pairs whose four corners are all that close
        near = _corners_near_boxes(self.corner_xy[zi], shapely.bounds(self.sens[si]), d)
        zi, si = zi[near], si[near]
        if len(zi) == 0:
            return whole
        sens = self.sens[si]
        far = _pairwise(lambda c, s: shapely.distance(c, s[:, None]).max(axis=1),
                        self.corners[zi], sens)
        hit = far <= d
        if hit.any():
            cand = np.flatnonzero(hit)
            hit[cand] = np.isin(shapely.get_type_id(sens[cand]), (0,)) | shapely.equals(
                sens[cand], shapely.convex_hull(sens[cand]))
        whole[zi[hit]] = True
        return whole

    def reach(self, d: float) -> np.ndarray:
        """Per zone: the part of its envelope within ``d`` of any object (exact inside
        the zone; the union of the buffers of the objects within ``d`` of the zone,
        clipped to the envelope, as far as the zone goes)."""
        out = np.array([shapely.Polygon()] * self.nz, dtype=object)
        if len(self.sens) == 0:
            return out
        if d < self.last_d:
            raise ValueError("reach() is asked with growing distances")
        self.last_d = d
        # every point within d * cos(pi / (4 * QUAD_SEGS)) of an object lies inside that
        # object's buffer (its arcs are chords of at most pi / (4 * QUAD_SEGS) on each side
        # of their middle): a zone that lies that close (``far``) is covered whole, with no
        # buffer, union or check
        self.covered |= self.far <= d * _INSCRIBED * (1 - 1e-9)
        # within a covered zone a larger buffer of each object holds the smaller one
        # (the polygons are inscribed in their circles, 10 m apart at least), so the
        # union covers it again
        near = (self.dist <= d) & ~self.covered[self.zi]
        zi, si = self.zi[near], self.si[near]
        whole = self._whole(zi, si, d) | self.covered
        out[whole] = self.env[whole]
        keep = ~whole[zi]
        zi, si = zi[keep], si[keep]
        checked = ~whole
        direct = d <= _DIRECT_M
        if direct:  # every object within d of the zone: the union, and no check
            open_ = np.flatnonzero(checked)
            found = _within(self.tree, self.zgeoms[open_], d)
            zi, si = open_[found[:, 0]], found[:, 1]
        bufs = _buffers(self.sens, si, d)
        # a zone inside one buffer is inside the union: no union, no check
        inside = _inside_one(bufs, self.zgeoms, zi)
        out[inside] = self.env[inside]
        keep = ~inside[zi]
        zi, si, bufs = zi[keep], si[keep], bufs[keep]
        checked &= ~inside
        out = _join(out, zi, si, bufs, self.env)
        # the part of each zone the union does not cover, and every object within ``d`` of
        # it that is not in the union yet: one look is enough (the part still uncovered
        # after they join lies inside the part looked at, so a second look finds none)
        check = np.flatnonzero(checked)
        if len(check) and not direct:
            n_s = len(self.sens)
            rest = _pairwise(shapely.difference, self.zgeoms[check], out[check])
            open_ = ~shapely.is_empty(rest)
            # a zone the union covers is covered at every larger distance too
            self.covered[check] |= ~open_ | (shapely.area(rest) <= _COVERED_M2)
            zi, si = _new_within(self.tree, rest[open_], check[open_], d, zi * n_s + si, n_s)
            out = _join(out, zi, si, _buffers(self.sens, si, d), self.env)
        self.covered |= ~shapely.is_empty(out) & (
            shapely.area(self.env) - shapely.area(out) <= _COVERED_M2)
        return out


def _join(out: np.ndarray, zi: np.ndarray, si: np.ndarray, bufs: np.ndarray,
          env: np.ndarray) -> np.ndarray:
    """``out`` with the buffers ``bufs`` (object ``si[k]`` of zone ``zi[k]``) joined to the
    union so far of their zone, clipped to its envelope ``env``."""
    if len(zi) == 0:
        return out
    order = np.lexsort((si, zi))
    zi, bufs = zi[order], bufs[order]
    starts = np.flatnonzero(np.r_[True, zi[1:] != zi[:-1]])
    stops = np.r_[starts[1:], len(zi)]
    groups = zi[starts]
    out = out.copy()
    out[groups] = _grouped_unions(bufs, starts, stops, env[groups], out[groups])
    return out


def _corners_near_boxes(corner_xy: np.ndarray, boxes: np.ndarray, d: float) -> np.ndarray:
    """Per pair ``k``: whether all four points ``corner_xy[k]`` (k, 4, 2) lie within ``d``
    of the box ``boxes[k]`` (minx, miny, maxx, maxy), with a margin of 1e-9 relative for
    rounding (the exact distance decides after it); NaN boxes (empty objects) never.

    >>> corners = np.array([[[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]])
    >>> _corners_near_boxes(corners, np.array([[2.0, 0.0, 3.0, 1.0]]), 1.0).tolist()
    [False]
    >>> _corners_near_boxes(corners, np.array([[2.0, 0.0, 3.0, 1.0]]), 2.0).tolist()
    [True]
    """
    x, y = corner_xy[:, :, 0], corner_xy[:, :, 1]
    dx = np.maximum(np.maximum(boxes[:, [0]] - x, x - boxes[:, [2]]), 0.0)
    dy = np.maximum(np.maximum(boxes[:, [1]] - y, y - boxes[:, [3]]), 0.0)
    with np.errstate(invalid="ignore"):
        return (np.hypot(dx, dy) <= d * (1 + 1e-9) + 1e-9).all(axis=1)


def _inside_one(bufs: np.ndarray, zgeoms: np.ndarray, zi: np.ndarray) -> np.ndarray:
    """Per zone: True when one of its buffers ``bufs[k]`` (zone ``zi[k]``) covers it."""
    inside = np.zeros(len(zgeoms), dtype=bool)
    if len(bufs) == 0:
        return inside
    bb, zb = shapely.bounds(bufs), shapely.bounds(zgeoms)[zi]
    cand = np.flatnonzero((bb[:, 0] <= zb[:, 0]) & (bb[:, 1] <= zb[:, 1])
                          & (bb[:, 2] >= zb[:, 2]) & (bb[:, 3] >= zb[:, 3]))
    if len(cand):
        hit = threaded_pairwise(shapely.covers, bufs[cand], zgeoms[zi[cand]], min_chunk=256)
        inside[zi[cand[hit]]] = True
    return inside


def _new_within(tree: shapely.STRtree, geoms: np.ndarray, owners: np.ndarray, d: float,
                taken: np.ndarray, n_s: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (``owners[i]``, ``j``) with tree object ``j`` within ``d`` of ``geoms[i]`` and
    ``owners[i] * n_s + j`` not in ``taken``."""
    if len(geoms) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    # each geometry is queried whole by one thread: the tree prepares it for that query
    # only (a prepared geometry shared by threads is not safe)
    found = _within(tree, geoms, d)
    qz, qs = owners[found[:, 0]], found[:, 1]
    new = ~np.isin(qz * n_s + qs, taken)
    return qz[new], qs[new]


def _within(tree: shapely.STRtree, geoms: np.ndarray, d: float) -> np.ndarray:
    """Pairs ``[i, j]``: tree object ``j`` within ``d`` of ``geoms[i]``; chunks of
    ``geoms`` on the thread pool (the query releases the GIL)."""
    def query(idx: np.ndarray) -> np.ndarray:
        i, j = tree.query(geoms[idx], predicate="dwithin", distance=d)
        return np.stack([idx[i], j], axis=1)

    return threaded_map(query, np.arange(len(geoms)), min_chunk=64)


def _unique_pairs(zi: np.ndarray, si: np.ndarray, n_s: int):
    """The distinct (zone, object) pairs, sorted."""
    key = np.unique(zi * n_s + si)
    return key // n_s, key % n_s


def _buffers(sens: np.ndarray, si: np.ndarray, d: float) -> np.ndarray:
    """``buffer(sens[si], d)``, each object buffered once, on the thread pool."""
    if len(si) == 0:
        return np.zeros(0, dtype=object)
    used, where = np.unique(si, return_inverse=True)
    return threaded_map(lambda g: shapely.buffer(g, d, quad_segs=QUAD_SEGS), sens[used],
                        min_chunk=2000)[where]


def _grouped_unions(bufs: np.ndarray, starts: np.ndarray, stops: np.ndarray,
                    env: np.ndarray, before: np.ndarray) -> np.ndarray:
    """Per group ``k``: the union of ``bufs[starts[k]:stops[k]]`` and ``before[k]`` (a
    union of earlier buffers, empty if none) clipped to ``env[k]``; heaviest groups
    first, spread over the threads."""
    def unions(groups: np.ndarray) -> np.ndarray:
        res = np.empty(len(groups), dtype=object)
        for g_i, g in enumerate(groups):  # one union per zone, unclipped then clipped
            union = shapely.union_all(bufs[starts[g]:stops[g]])
            if not shapely.is_empty(before[g]):
                union = shapely.union(before[g], union)
            res[g_i] = shapely.intersection(union, env[g])
        return res

    order = _interleave(np.argsort(-(stops - starts), kind="stable"))
    res = np.empty(len(starts), dtype=object)
    res[order] = threaded_map(unions, order, min_chunk=1)
    return res


def _interleave(order: np.ndarray) -> np.ndarray:
    """Reorder so that contiguous chunks each get a fair share of the heavy items."""
    from .._parallel import n_threads

    k = max(1, min(len(order), 4 * n_threads()))
    return np.concatenate([order[i::k] for i in range(k)])


def _polygonal(geoms: np.ndarray) -> np.ndarray:
    """Drop line and point parts that intersections leave on shared edges."""
    types = shapely.get_type_id(geoms)
    mixed = np.flatnonzero(types == 7)
    out = geoms.copy()
    for i in mixed:  # collections only arise on touching edges: few
        polys = [p for p in shapely.get_parts(out[i]) if shapely.get_type_id(p) in (3, 6)]
        out[i] = shapely.union_all(polys) if polys else shapely.Polygon()
    lines = ~np.isin(shapely.get_type_id(out), (3, 6))
    out[lines] = shapely.Polygon()
    return out
