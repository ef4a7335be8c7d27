"""Kansenzones: contiguous sub-areas of about 10-15 ha with the highest opportunity score.

The programme "Ruimte voor Economie" starts redevelopment in *kansenzones*: parts of a
business park of roughly 10 to 15 ha where owners, developers and government make one
investment plan (DOMAIN.md section 5). :func:`kansenzones` groups parcels into such
zones: contiguous under a gap-tolerant adjacency rule, with an area within
``[min_area_ha, max_area_ha]`` (hard bounds), chosen to capture as much score as
possible. See docs/kansenzones.md for the algorithm and its limits.

Examples
--------
>>> import geopandas as gpd
>>> from shapely.geometry import box
>>> # a row of 20 plots of 1 ha (100 m x 100 m); plots 5-16 score 1, the rest 0.1
>>> parcels = gpd.GeoDataFrame(
...     {"score": [1.0 if 5 <= i <= 16 else 0.1 for i in range(20)]},
...     geometry=[box(150_000 + 100 * i, 420_000, 150_100 + 100 * i, 420_100)
...               for i in range(20)],
...     crs="EPSG:28992")
>>> result = kansenzones(parcels)
>>> result.zones["area_ha"].tolist(), result.zones["n_parcels"].tolist()
([15.0], [15])
>>> zone = result.parcels["zone_id"]
>>> bool(zone.iloc[5:17].eq(1).all())   # every high-score plot is in the zone
True

Length: about 700 lines: the zoning algorithm (seed, grow, settle) and the gross-area shares
it is bounded by belong together; each step is its own function.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._columns import keeps_input_columns, result_copy
from .._parallel import threaded_chunks, threaded_map, threaded_pairwise
from .._validate import (
    Issues,
    check_choice,
    check_crs,
    check_frame,
    check_names,
    check_positive,
    numeric_column,
    prepare_polygons,
    require_columns,
)
from ..data import policy
from ..errors import InputError
from ..progress import report
from .adjacency import GAP_TOLERANCE_M, adjacency_graph, connected_components
from .dissolve import dissolve

#: Zone bounds and the whole-terrein minimum (rve_geo/data/policy.toml, sources there).
MIN_AREA_HA: float = policy("kansenzone_min_area_ha")
MAX_AREA_HA: float = policy("kansenzone_max_area_ha")
SMALL_TERREIN_MIN_HA: float = policy("small_terrein_min_ha")
#: The area the bounds apply to: "gross" (parcels plus the tare they enclose) or "net".
AREA_BASIS: str = policy("kansenzone_area_basis")
AREA_BASES = ("gross", "net")

__all__ = ["KansenzonesResult", "gross_area_shares", "kansenzones"]

#: Weight of the distance-to-seed penalty in the growth priority (see Notes).
_COMPACTNESS = 0.5
#: Relative tolerance on the area bounds (float noise of summed areas).
_AREA_RTOL = 1e-9
#: Parcel boundaries per chunk of the frontage query on the threads.
_BOUNDARIES_PER_CHUNK = 5000

#: Most vertices of a piece of the tare on which the frontage is measured: each parcel
#: boundary is intersected with the pieces of its group's tare it meets. Pieces of 200
#: vertices leave most groups' tare whole and cut only the large street networks; at
#: 50,000 parcels on one thread the cut, query and intersections took 5.0 s with pieces of
#: 200 against 7.8-8.8 s with pieces of 24 on the Doesburg-tiled layout (small terreinen,
#: 1,640 groups), 1.96 s against 1.79-1.94 s on the generator layout; the frontages agree
#: with those on the whole tare within 2e-9 m either way.
_TARE_PIECE_COORDS = 200

#: Polygons per chunk of one level of the quadtree cut of the tare on the threads.
_QUADS_PER_CHUNK = 2000


@dataclass(frozen=True)
class KansenzonesResult:
    """Result of :func:`kansenzones`.

    Attributes
    ----------
    zones : GeoDataFrame
        One row per zone: ``zone_id``, ``area_ha`` (on ``area_basis``, the area the
        bounds applied to), ``net_area_ha``, ``gross_area_ha``, ``n_parcels``,
        ``score_mean``, ``score_total``, the summed potential columns, ``top_drivers``,
        ``small_terrein`` and the dissolved geometry (the parcels);
        ``zones.attrs["area_basis"]`` names the basis.
    parcels : GeoDataFrame
        The input parcels (same index, CRS) plus ``zone_id`` (nullable ``Int64``,
        missing where the parcel is in no zone).
    """

    zones: gpd.GeoDataFrame
    parcels: gpd.GeoDataFrame


def _push_free_neighbours(
    heap: list, seen: set, i: int, ip: list, nb: list, z: list, sc: list, tb: list,
    xs: list, ys: list, sx: float, sy: float, k: float,
) -> None:
    """Queue the unseen free neighbours of parcel ``i`` by compactness-weighted score.

    The key is ``k * distance-to-seed - score`` (lower is better), then the tiebreak.
    """
    for m in nb[ip[i]:ip[i + 1]]:
        if m not in seen and z[m] == -1:
            seen.add(m)
            d = ((xs[m] - sx) ** 2 + (ys[m] - sy) ** 2) ** 0.5
            heapq.heappush(heap, (k * d - sc[m], tb[m], m))


def _grow_from_seed(
    s: int, ip: list, nb: list, area: list, sc: list, tb: list, xs: list, ys: list,
    z: list, k: float, lo: float, hi: float, temp: int,
) -> tuple[list, float, bool]:
    """Grow one candidate zone from seed ``s``, marking its members ``temp`` in ``z``.

    Adds the best queued neighbour while the area stays within ``hi``; past ``lo`` only
    parcels that do not dilute the zone's mean score. Returns the members, their total
    area and whether a neighbour was refused for exceeding ``hi``.
    """
    sx, sy = xs[s], ys[s]
    members = [s]
    total = area[s]
    z[s] = temp
    seen = {s}
    heap: list = []
    _push_free_neighbours(heap, seen, s, ip, nb, z, sc, tb, xs, ys, sx, sy, k)
    blocked = False
    mass = area[s] * sc[s]
    heappop = heapq.heappop
    while heap:
        _, _, j = heappop(heap)
        if z[j] != -1:
            continue
        a = area[j]
        if total + a > hi:
            blocked = True
            continue
        if total >= lo and sc[j] * total < mass:
            break  # past the minimum: only parcels that do not dilute the zone's mean
        z[j] = temp
        members.append(j)
        total += a
        mass += a * sc[j]
        _push_free_neighbours(heap, seen, j, ip, nb, z, sc, tb, xs, ys, sx, sy, k)
    return members, total, blocked


def _settle_candidate(
    s: int, members: list, total: float, blocked: bool, lo: float, z: list,
    dead: bytearray, n_zones: int,
) -> int:
    """Keep the candidate grown from ``s`` as zone ``n_zones`` or free its parcels again.

    A candidate below ``lo`` is undone; its seed is marked dead when growth was blocked
    by the maximum, otherwise the whole (too small) free pocket is. Returns the new
    number of zones.
    """
    if total >= lo:
        for m in members:
            z[m] = n_zones
        return n_zones + 1
    for m in members:
        z[m] = -1
    if blocked:
        dead[s] = 1
    else:  # the whole free pocket around s is smaller than lo
        for m in members:
            dead[m] = 1
    return n_zones


def _grow_zones(
    order: np.ndarray,
    indptr: np.ndarray,
    indices: np.ndarray,
    area_m2: np.ndarray,
    score: np.ndarray,
    tiebreak: np.ndarray,
    cx: np.ndarray,
    cy: np.ndarray,
    zone: np.ndarray,
    lo: float,
    hi: float,
) -> int:
    """Seeded greedy region growing; writes zone numbers (0, 1, ...) into ``zone``.

    ``zone`` holds -1 for free parcels and -2 for parcels that may not join a zone.
    Returns the number of zones made.
    """
    ip = indptr.tolist()
    nb = indices.tolist()
    area = area_m2.tolist()
    sc = score.tolist()
    tb = tiebreak.tolist()
    xs = cx.tolist()
    ys = cy.tolist()
    z = zone.tolist()
    dead = bytearray(len(z))
    radius = max((lo / np.pi) ** 0.5, 1.0)
    k = _COMPACTNESS / radius
    n_zones = 0
    temp = -3
    for s in order.tolist():
        if z[s] != -1 or dead[s]:
            continue
        members, total, blocked = _grow_from_seed(
            s, ip, nb, area, sc, tb, xs, ys, z, k, lo, hi, temp)
        n_zones = _settle_candidate(s, members, total, blocked, lo, z, dead, n_zones)
    zone[:] = z
    return n_zones


def _fill_zones(
    indptr: np.ndarray,
    indices: np.ndarray,
    area_m2: np.ndarray,
    score: np.ndarray,
    tiebreak: np.ndarray,
    zone: np.ndarray,
    zone_area: np.ndarray,
    hi: float,
) -> None:
    """Attach free parcels to an adjacent zone that still has room, best score first."""
    ip = indptr.tolist()
    nb = indices.tolist()
    area = area_m2.tolist()
    sc = score.tolist()
    tb = tiebreak.tolist()
    z = zone.tolist()
    za = zone_area.tolist()
    heap = [(-sc[i], tb[i], i) for i in np.flatnonzero(zone == -1).tolist()]
    heapq.heapify(heap)
    while heap:
        _, _, i = heapq.heappop(heap)
        if z[i] != -1:
            continue
        a = area[i]
        best = -1
        for j in nb[ip[i]:ip[i + 1]]:
            zj = z[j]
            if zj >= 0 and za[zj] + a <= hi and (best < 0 or za[zj] < za[best]
                                                   or (za[zj] == za[best] and zj < best)):
                best = zj
        if best < 0:
            continue
        z[i] = best
        za[best] += a
        for j in nb[ip[i]:ip[i + 1]]:
            if z[j] == -1:
                heapq.heappush(heap, (-sc[j], tb[j], j))
    zone[:] = z
    zone_area[:] = za


def _zone_drivers(parcels: pd.DataFrame, zone: np.ndarray, area_m2: np.ndarray,
                  n_zones: int) -> np.ndarray:
    """Area-weighted mean of each ``ind_*`` column per zone; name the top three."""
    ind_cols = [c for c in parcels.columns if isinstance(c, str) and c.startswith("ind_")]
    out = np.full(n_zones, "", dtype=object)
    if not ind_cols or n_zones == 0:
        return out
    inzone = zone >= 0
    zz = zone[inzone]
    w = area_m2[inzone]
    means = []
    for c in ind_cols:
        v = numeric_column(parcels, c, "parcels", what="indicator score",
                           fix="Correct them or leave them empty: an empty score is left "
                           "out of the zone's top_drivers.")[inzone]
        known = ~np.isnan(v)
        num = np.bincount(zz[known], weights=(v * w)[known], minlength=n_zones)
        den = np.bincount(zz[known], weights=w[known], minlength=n_zones)
        with np.errstate(divide="ignore", invalid="ignore"):
            means.append(np.where(den > 0, num / den, np.nan))
    mat = np.column_stack(means)
    filled = np.where(np.isnan(mat), -1.0, mat)
    order = np.argsort(-filled, axis=1, kind="stable")[:, :3]
    names = np.asarray([c[4:] for c in ind_cols], dtype=object)
    text = np.full(n_zones, "", dtype=object)
    rows = np.arange(n_zones)
    for r in range(order.shape[1]):
        col = order[:, r]
        val = filled[rows, col]
        piece = names[col] + " (" + np.char.mod("%.2f", val).astype(object) + ")"
        sep = np.where(text == "", "", ", ").astype(object)
        text = np.where(val > 0, text + sep + piece, text)
    out[:] = text
    return out


def _quadrants(geoms: np.ndarray, x0, y0, x1, y1, mx, my) -> np.ndarray:
    """Per polygon its four quadrants cut at (``mx``, ``my``): ``clip_by_rect`` with one
    rectangle per polygon, in chunks on the threads (GEOS lets go of the interpreter)."""
    quads = np.empty((len(geoms), 4), dtype=object)
    clip = shapely.lib.clip_by_rect

    def cut(rows: np.ndarray) -> None:
        g, a, b, c, d, m, k = (v[rows] for v in (geoms, x0, y0, x1, y1, mx, my))
        quads[rows, 0] = clip(g, a, b, m, k)
        quads[rows, 1] = clip(g, m, b, c, k)
        quads[rows, 2] = clip(g, a, k, m, d)
        quads[rows, 3] = clip(g, m, k, c, d)

    threaded_chunks(cut, len(geoms), min_chunk=_QUADS_PER_CHUNK)
    return quads


def _small_pieces(polygons: np.ndarray, max_coords: int = 24) -> tuple[np.ndarray, np.ndarray]:
    """Cut each polygon into pieces of at most about ``max_coords`` vertices (quadtree).

    Returns the pieces and the position of the polygon each comes from, in the order of a
    depth-first walk of each polygon's quadtree (last quadrant first). Cut lines sit
    slightly off the bounding-box centres so that they rarely run along a parcel edge. The
    tree is cut one level at a time for all polygons together, the clips of a level in
    chunks on the threads (:func:`_quadrants`).

    Examples
    --------
    >>> from shapely.geometry import box
    >>> pieces, owner = _small_pieces(np.array([box(0, 0, 1, 1), None], dtype=object))
    >>> len(pieces), owner.tolist()
    (1, [0])
    """
    geoms = np.asarray(polygons, dtype=object)
    owner = np.arange(len(geoms), dtype=np.int64)
    path = np.zeros((len(geoms), 0), dtype=np.int8)  # per level: 3 - the quadrant taken
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # leaves of each level
    while len(geoms):
        filled = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
        geoms, owner, path = geoms[filled], owner[filled], path[filled]
        x0, y0, x1, y1 = shapely.bounds(geoms).T
        # off-centre by at most a quarter of the extent, so every quarter keeps a width
        mx = (x0 + x1) / 2 + np.minimum(0.0137, (x1 - x0) / 4)
        my = (y0 + y1) / 2 + np.minimum(0.0173, (y1 - y0) / 4)
        # a piece too small for the floats to cut (extent near 1e-10 m) stays whole
        cuttable = (x0 < mx) & (mx < x1) & (y0 < my) & (my < y1)
        leaf = (shapely.get_num_coordinates(geoms) <= max_coords) | ~cuttable
        found.append((geoms[leaf], owner[leaf], path[leaf]))
        geoms, owner, path = geoms[~leaf], owner[~leaf], path[~leaf]
        x0, y0, x1, y1, mx, my = (v[~leaf] for v in (x0, y0, x1, y1, mx, my))
        quads = _quadrants(geoms, x0, y0, x1, y1, mx, my)
        # the walk takes the last quadrant first: digit 3 - q
        geoms = quads.ravel()
        owner = np.repeat(owner, 4)
        path = np.c_[np.repeat(path, 4, axis=0), np.tile(np.arange(3, -1, -1, dtype=np.int8),
                                                          len(quads))]
    pieces = np.concatenate([f[0] for f in found]) if found else np.zeros(0, dtype=object)
    owners = np.concatenate([f[1] for f in found]) if found else np.zeros(0, dtype=np.int64)
    # no leaf is an ancestor of another: paths padded with zeros sort in walk order
    top = max((f[2].shape[1] for f in found), default=0)
    paths = (np.concatenate([np.pad(f[2], ((0, 0), (0, top - f[2].shape[1])))
                             for f in found])
             if found else np.zeros((0, 0), dtype=np.int8))
    order = np.lexsort((*(paths[:, j] for j in reversed(range(top))), owners))
    return pieces[order], owners[order]


def gross_area_shares(
    geoms: np.ndarray,
    group: np.ndarray,
    gap_tolerance_m: float,
    usable: np.ndarray | None = None,
) -> np.ndarray:
    """Each parcel's area plus its share of the tare (streets, verges) its group encloses.

    Parameters
    ----------
    geoms : array of Polygon
        Parcels in a projected metric CRS.
    group : int array
        Group per parcel (connected parcels, e.g. the components of
        :func:`rve_geo.kansen.adjacency.adjacency_graph`); tare is shared within a group.
    gap_tolerance_m : float
        Widest gap between parcels that counts as enclosed tare.
    usable : bool array, optional
        Parcels to use (others get 0).

    Returns
    -------
    ndarray of float
        Gross area per parcel in m2; the sum over a group is the area of the group's
        closing (parcels grown by ``gap_tolerance_m / 2`` and shrunk back), so a street up
        to ``gap_tolerance_m`` wide between parcels of the group is counted, the outside
        of the group is not.

    Notes
    -----
    The tare of a group (its closing minus its parcels) is shared among its parcels in
    proportion to their frontage: the length of each parcel's boundary on that tare.
    Two rows of five 100 x 100 m plots with a 20 m street between them and a 30 m
    tolerance: the street (20 x 500 m = 1 ha) goes one tenth (100 m of 1,000 m
    frontage) to each plot.

    Examples
    --------
    >>> from shapely.geometry import box
    >>> plots = [box(100 * i, y, 100 * i + 100, y + 100) for y in (0, 120) for i in range(5)]
    >>> shares = gross_area_shares(np.array(plots, dtype=object), np.zeros(10, int), 30.0)
    >>> [round(v) for v in shares[:2]], round(shares.sum())
    ([11000, 11000], 110000)
    """
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    usable = np.ones(n, dtype=bool) if usable is None else np.asarray(usable, dtype=bool)
    net = np.zeros(n)
    net[usable] = shapely.area(geoms[usable])
    half = float(gap_tolerance_m) / 2.0
    if half <= 0 or not usable.any():
        return net
    idx = np.flatnonzero(usable)
    codes, uniq = pd.factorize(np.asarray(group)[idx])
    k = len(uniq)
    used = geoms[idx]
    grown = threaded_map(lambda g: shapely.buffer(g, half, join_style="mitre"), used)
    closed = dissolve(grown, codes, k,
                      then=lambda u: shapely.buffer(u, -half, join_style="mitre"))
    del grown
    parcels_union = dissolve(used, codes, k, coverage=True)
    tare = threaded_pairwise(shapely.difference, closed, parcels_union, min_chunk=64)
    del closed, parcels_union
    tare_m2 = np.maximum(shapely.area(tare), 0.0)
    # frontage: the length of each parcel's boundary on the tare of its group, measured on
    # small pieces of the tare (a whole terrein's street network is one large polygon)
    pieces, owner = _small_pieces(threaded_map(
        lambda g: shapely.buffer(g, 0.01, join_style="mitre"), tare, min_chunk=64),
        max_coords=_TARE_PIECE_COORDS)
    del tare
    boundary = threaded_map(shapely.boundary, used)
    tree = shapely.STRtree(pieces)

    def frontage(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # the pairs of these boundaries in query order, and the length of each overlap
        b_i, p_i = tree.query(boundary[rows], predicate="intersects")
        b_i = rows[b_i]
        same = owner[p_i] == codes[b_i]
        b_i, p_i = b_i[same], p_i[same]
        return b_i, shapely.length(shapely.intersection(boundary[b_i], pieces[p_i]))

    parts = threaded_chunks(frontage, len(idx), min_chunk=_BOUNDARIES_PER_CHUNK)
    reach = np.bincount(np.concatenate([b for b, _ in parts]),
                        weights=np.concatenate([w for _, w in parts]), minlength=len(idx))
    total_reach = np.bincount(codes, weights=reach, minlength=k)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(total_reach[codes] > 0,
                         tare_m2[codes] * reach / np.where(total_reach[codes] > 0,
                                                           total_reach[codes], 1.0), 0.0)
    out = net.copy()
    out[idx] += share
    return out


@keeps_input_columns("parcels")
def kansenzones(
    parcels: gpd.GeoDataFrame,
    *,
    score_col: str = "score",
    min_area_ha: float = MIN_AREA_HA,
    max_area_ha: float = MAX_AREA_HA,
    gap_tolerance_m: float = GAP_TOLERANCE_M,
    terrein_col: str | None = None,
    cross_terrein: bool = False,
    small_terreinen: bool = False,
    small_terrein_min_ha: float | None = SMALL_TERREIN_MIN_HA,
    area_basis: Literal["gross", "net"] = AREA_BASIS,  # type: ignore[assignment]
    seed: int = 0,
    potential_cols: Sequence[str] = ("potential_m2", "potential_jobs"),
    progress: Callable | None = None,
) -> KansenzonesResult:
    """Group parcels into contiguous kansenzones of ``min_area_ha`` to ``max_area_ha``.

    Parameters
    ----------
    parcels : GeoDataFrame
        Parcel polygons in a projected metric CRS with a score column (e.g. the output
        of :func:`rve_geo.opportunity_scores`).
    score_col : str
        Column with the opportunity score per parcel (>= 0, higher = better; per
        hectare, see Notes). Missing values count as 0.
    min_area_ha, max_area_ha : float
        Hard bounds on the area of a zone on ``area_basis``, in hectares. Default 10-15
        ha, the size of a kansenzone in the programme (DOMAIN.md section 5).
    gap_tolerance_m : float
        Parcels whose boundaries are at most this far apart are neighbours (0 = only
        touching). Default 30 m: wide enough that a street between two rows of plots
        does not split a zone [A].
    terrein_col : str, optional
        Column with a terrein (business park) id. Zones never cross terrein boundaries
        unless ``cross_terrein=True``. Parcels without an id are neighbours only of other
        parcels without an id.
    cross_terrein : bool
        Allow zones across terrein boundaries.
    small_terreinen : bool
        Also make whole-terrein zones (see Notes): a whole connected group of parcels
        whose area is at least ``small_terrein_min_ha`` but below ``min_area_ha`` becomes
        one zone flagged ``small_terrein=True``. Off unless asked: the programme's
        kansenzones are 10-15 ha.
    small_terrein_min_ha : float or None
        Smallest whole-terrein zone with ``small_terreinen`` (default 5 ha [A]); smaller
        groups (loose plots, islands) stay unassigned. None also disables them.
    area_basis : {"gross", "net"}
        The area the bounds apply to (and ``area_ha``): ``"gross"`` (default) the
        parcels plus the tare they enclose (streets up to ``gap_tolerance_m`` wide,
        see :func:`gross_area_shares`), as the programme's 10-15 ha reads for a
        deelgebied; ``"net"`` the parcel area alone. Both are reported.
    seed : int
        Seed of the tie-breaking order; the same seed gives the same zones.
    potential_cols : sequence of str
        Parcel columns summed per zone when present (default ``potential_m2`` and
        ``potential_jobs`` from :func:`rve_geo.densification_potential`).
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    KansenzonesResult
        ``.zones`` (one row per zone, ``zone_id`` 1..K in order of decreasing
        ``score_total``) and ``.parcels`` (the input plus a nullable ``zone_id``).

    Raises
    ------
    InputError
        Not a GeoDataFrame, no projected metric CRS, negative or text scores, bounds not
        positive or ``min_area_ha > max_area_ha``.
    MissingColumnError
        ``score_col`` or ``terrein_col`` is absent.
    GeometryError
        Non-polygon geometry.

    Warns
    -----
    RveGeoWarning
        One warning naming parcels larger than ``max_area_ha`` (never in a zone), rows
        without geometry, repaired geometry and parcels with a missing score.

    Notes
    -----
    *Objective.* The score is read as a density (opportunity per hectare): a zone's
    ``score_total = sum(score_i * area_ha_i)`` and ``score_mean = score_total /
    area_ha`` (area-weighted). The zones maximise (heuristically) the total
    ``score_total`` over all zones under the hard constraints: each zone connected under
    the adjacency rule, ``min_area_ha <= area_ha <= max_area_ha``, each parcel in at most
    one zone. ``net_area_ha`` is the sum of the parcel areas, ``gross_area_ha`` adds
    each parcel's share of the tare its group of parcels encloses
    (:func:`gross_area_shares`); ``area_ha`` is the one on ``area_basis``.

    *Adjacency.* Boundary distance <= ``gap_tolerance_m`` (one STRtree ``dwithin``
    query, a sparse graph), within one terrein.

    *Threads.* The geometry steps (adjacency and frontage queries, buffers, the unions
    per group and per zone) run in chunks on ``rve_geo._parallel.n_threads()`` threads;
    each result is computed as in one call, so the zones do not depend on the threads.

    *Algorithm* (docs/kansenzones.md): seeded greedy region growing. Seeds are visited in
    order of decreasing neighbourhood score (area-weighted mean over the parcel and its
    neighbours), ties broken by a permutation drawn from ``seed``. A region grows from its
    seed by a priority queue on ``score - 0.5 * distance_to_seed / r`` (r the radius of a
    circle of ``min_area_ha``: high scores first, compact shapes), skipping parcels that
    would push it over ``max_area_ha``, until it reaches ``min_area_ha``, and beyond that
    (up to ``max_area_ha``) while the next parcel scores at least the region's mean; a
    region that cannot reach ``min_area_ha`` is released. Seeds must have a positive score. Afterwards free
    parcels are attached, best score first, to an adjacent zone that stays within
    ``max_area_ha``. Run time O(n log n) in practice (each region touches only the
    parcels around it).

    *Special cases.* Parcels larger than ``max_area_ha`` can never satisfy the bound:
    they are left out (and do not connect their neighbours) and named in the warning.
    A connected group of parcels with no such oversized parcel and an area in
    [``small_terrein_min_ha``, ``min_area_ha``) becomes one zone with
    ``small_terrein=True`` if ``small_terreinen`` is asked and it has a positive score; with ``terrein_col`` the group is
    the terrein (or a detached part of it). Isolated parcels and groups below
    ``small_terrein_min_ha`` are unassigned.

    Examples
    --------
    An 8 ha terrein (eight 1 ha plots) is smaller than 10 ha, so it becomes one
    flagged zone:

    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> small = gpd.GeoDataFrame(
    ...     {"score": [0.5] * 8},
    ...     geometry=[box(150_000 + 100 * i, 420_000, 150_100 + 100 * i, 420_100)
    ...               for i in range(8)],
    ...     crs="EPSG:28992")
    >>> z = kansenzones(small, small_terreinen=True).zones
    >>> z[["area_ha", "n_parcels", "small_terrein"]].to_numpy().tolist()
    [[8.0, 8, True]]
    >>> float(z["score_total"].iloc[0])   # 8 ha x 0.5
    4.0
    """
    check_frame(parcels, "parcels")
    potential_cols = check_names(potential_cols, "potential_cols")
    check_crs(parcels, "parcels")
    require_columns(parcels, "parcels", [score_col, terrein_col])
    lo_ha = check_positive(min_area_ha, "min_area_ha")
    hi_ha = check_positive(max_area_ha, "max_area_ha")
    if lo_ha > hi_ha:
        raise InputError(f"argument 'min_area_ha' ({min_area_ha}) is larger than "
                         f"'max_area_ha' ({max_area_ha}); swap them or widen the range.")
    gap = check_positive(gap_tolerance_m, "gap_tolerance_m", allow_zero=True)
    small_min = None if small_terrein_min_ha is None or not small_terreinen else check_positive(
        small_terrein_min_ha, "small_terrein_min_ha", allow_zero=True)
    check_choice(area_basis, "area_basis", AREA_BASES)
    try:
        seed = int(seed)
    except (TypeError, ValueError) as exc:
        raise InputError(f"argument 'seed' must be an integer, got {seed!r}.") from exc

    issues = Issues("kansenzones")
    report(progress, 0.0, "kansenzones: checking parcels")
    prepared = prepare_polygons(parcels, "parcels", issues)
    geoms = prepared.geometry
    usable = prepared.usable
    n = len(parcels)
    score = numeric_column(parcels, score_col, "parcels", minimum=0, what="score",
                           fix="Rescale the score to be >= 0 (higher = better).")
    missing_score = np.isnan(score) & usable
    if missing_score.any():
        issues.add("parcels", f"{int(missing_score.sum())} parcels have no '{score_col}'; "
                   "they count as score 0 (they can join a zone but add nothing)",
                   parcels.index[missing_score])
    score = np.nan_to_num(score, nan=0.0)
    area_m2 = np.zeros(n)
    area_m2[usable] = shapely.area(geoms[usable])
    groups = None
    if terrein_col is not None and not cross_terrein:
        groups = pd.factorize(parcels[terrein_col])[0]

    report(progress, 0.1, "kansenzones: adjacency")
    graph_all = adjacency_graph(geoms, gap_tolerance_m=gap, groups=groups, usable=usable)
    report(progress, 0.3, "kansenzones: components")
    _, comp_all = connected_components(graph_all)
    gross_m2 = gross_area_shares(geoms, comp_all, gap, usable)
    # size: the area the bounds apply to; area_m2 (net) weighs the scores
    size_m2 = gross_m2 if area_basis == "gross" else area_m2
    lo, hi = lo_ha * 10_000.0, hi_ha * 10_000.0
    lo_t, hi_t = lo * (1 - _AREA_RTOL), hi * (1 + _AREA_RTOL)
    oversized = usable & (size_m2 > hi_t)
    if oversized.any():
        issues.add("parcels", f"{int(oversized.sum())} parcels are larger than max_area_ha "
                   f"({hi_ha:g} ha) and are never in a zone", parcels.index[oversized])
    eligible = usable & ~oversized

    has_big = np.bincount(comp_all, weights=oversized.astype(float),
                          minlength=comp_all.max() + 1 if n else 0) > 0
    # eligible-only graph: oversized parcels do not connect their neighbours
    from scipy import sparse

    keep = sparse.diags(eligible.astype(np.float64))  # stays sparse on every scipy version
    graph = (keep @ graph_all.astype(np.float64) @ keep).tocsr()
    graph.eliminate_zeros()
    graph.sort_indices()
    n_comp, comp = connected_components(graph)
    comp_area = np.bincount(comp[eligible], weights=size_m2[eligible], minlength=n_comp)
    comp_score = np.bincount(comp[eligible], weights=(score * area_m2)[eligible],
                             minlength=n_comp)

    zone = np.full(n, -2, dtype=np.int64)
    zone[eligible] = -1
    # a component of the eligible graph is a whole group only if its group in the full
    # graph had no oversized parcel (then both graphs give the same component)
    whole = np.zeros(n_comp, dtype=bool)
    if n:
        whole[comp[eligible]] = ~has_big[comp_all[eligible]]
    small = np.zeros(n_comp, dtype=bool)
    if small_min is not None:
        small = whole & (comp_area < lo_t) & (comp_area >= small_min * 10_000.0 * (
            1 - _AREA_RTOL)) & (comp_score > 0)
    # components that cannot hold a zone: freeze them out of the growth
    too_small = comp_area < lo_t
    zone[eligible & too_small[comp]] = -2

    report(progress, 0.45, "kansenzones: growing zones")
    rng = np.random.default_rng(seed)
    tiebreak = rng.permutation(n)
    indptr, indices = graph.indptr, graph.indices
    sa = score * area_m2
    nb_sa = graph @ sa + sa
    nb_a = graph @ area_m2 + area_m2
    with np.errstate(divide="ignore", invalid="ignore"):
        smooth = np.where(nb_a > 0, nb_sa / nb_a, 0.0)
    cand = np.flatnonzero((zone == -1) & (score > 0))
    order = cand[np.lexsort((tiebreak[cand], -smooth[cand]))]
    centroids = threaded_map(shapely.centroid, np.where(usable, geoms, None))
    cx = np.nan_to_num(shapely.get_x(centroids))
    cy = np.nan_to_num(shapely.get_y(centroids))
    n_grown = _grow_zones(order, indptr, indices, size_m2, score, tiebreak, cx, cy, zone,
                          lo_t, hi_t)
    report(progress, 0.7, "kansenzones: filling zones")
    zone_area = np.bincount(zone[zone >= 0], weights=size_m2[zone >= 0], minlength=n_grown)
    _fill_zones(indptr, indices, size_m2, score, tiebreak, zone, zone_area, hi_t)

    # small terreinen: whole components, one zone each
    small_ids = np.flatnonzero(small)
    is_small_zone = np.zeros(n_grown + len(small_ids), dtype=bool)
    if len(small_ids):
        lookup = np.full(n_comp, -1, dtype=np.int64)
        lookup[small_ids] = n_grown + np.arange(len(small_ids))
        members = eligible & small[comp]
        zone[members] = lookup[comp[members]]
        is_small_zone[n_grown:] = True
    n_zones = n_grown + len(small_ids)
    zone[zone < 0] = -1

    report(progress, 0.8, "kansenzones: dissolving zones")
    inzone = zone >= 0
    zz = zone[inzone]
    z_area = np.bincount(zz, weights=area_m2[inzone], minlength=n_zones)
    z_gross = np.bincount(zz, weights=gross_m2[inzone], minlength=n_zones)
    z_n = np.bincount(zz, minlength=n_zones)
    z_total = np.bincount(zz, weights=(score * area_m2)[inzone], minlength=n_zones) / 1e4
    # number zones 1..K by decreasing score_total, ties by first parcel position
    first = np.full(n_zones, n, dtype=np.int64)
    np.minimum.at(first, zz, np.flatnonzero(inzone))
    rank = np.lexsort((first, -np.round(z_total, 9)))
    new_id = np.empty(n_zones, dtype=np.int64)
    new_id[rank] = np.arange(1, n_zones + 1)

    parcel_zone = np.full(n, -1, dtype=np.int64)
    parcel_zone[inzone] = new_id[zz]
    # an input zone_id is kept as zone_id_input (rve_geo._columns)
    out_parcels = result_copy(parcels)
    out_parcels["zone_id"] = pd.arrays.IntegerArray(parcel_zone, parcel_zone <= 0)

    geometry = dissolve(geoms[inzone], new_id[zz] - 1, n_zones, coverage=True)
    cols: dict[str, object] = {
        "zone_id": np.arange(1, n_zones + 1, dtype=np.int64),
        "area_ha": (z_gross if area_basis == "gross" else z_area)[rank] / 1e4,
        "net_area_ha": z_area[rank] / 1e4,
        "gross_area_ha": z_gross[rank] / 1e4,
        "n_parcels": z_n[rank].astype(np.int64),
        "score_mean": np.divide(z_total[rank], z_area[rank] / 1e4,
                                out=np.zeros(n_zones), where=z_area[rank] > 0),
        "score_total": z_total[rank],
    }
    for c in potential_cols:
        if c in parcels.columns:
            v = numeric_column(parcels, c, "parcels", what=c)[inzone]
            known = ~np.isnan(v)
            cols[c] = np.bincount(zz[known], weights=v[known], minlength=n_zones)[rank]
    cols["top_drivers"] = _zone_drivers(parcels, zone, area_m2, n_zones)[rank]
    cols["small_terrein"] = is_small_zone[rank]
    zones = gpd.GeoDataFrame(cols, geometry=gpd.GeoSeries(geometry, crs=parcels.crs),
                             crs=parcels.crs)
    zones.attrs["area_basis"] = area_basis
    issues.emit()
    report(progress, 1.0, f"kansenzones: {n_zones} zones")
    return KansenzonesResult(zones=zones, parcels=out_parcels)
