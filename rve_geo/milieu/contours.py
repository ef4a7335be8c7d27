"""Milieucontouren (hindercontouren) and the conflicts between sources and sensitive objects.

A hindercontour is the source polygon (bestemmingsvlak, functieaanduiding, parcel
or inrichting) buffered by the richtafstand of its milieucategorie (VNG 2009,
DOMAIN.md section 2). A conflict is a sensitive object (woning, school, zorg)
closer to the source polygon than that richtafstand, measured polygon to polygon.

Examples
--------
>>> import geopandas as gpd
>>> from shapely.geometry import box
>>> x, y = 155_000, 463_000  # RD New metres (Amersfoort)
>>> sources = gpd.GeoDataFrame({"cat": ["3.1"]}, geometry=[box(x, y, x + 100, y + 100)],
...                            crs="EPSG:28992")
>>> homes = gpd.GeoDataFrame(geometry=[box(x + 130, y, x + 140, y + 10),
...                                    box(x + 160, y, x + 170, y + 10)], crs="EPSG:28992")
>>> c = environmental_contours(sources, category_col="cat")
>>> round(float(c.distance_m.iloc[0]))
50
>>> contour_conflicts(sources, homes, category_col="cat")[
...     ["sensitive_id", "distance_m", "required_m", "shortfall_m"]]
   sensitive_id  distance_m  required_m  shortfall_m
0             0        30.0        50.0         20.0

Length: about 560 lines because contours and contour conflicts share one preparation of
sources and sensitive objects and one distance rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._columns import keeps_input_columns
from .._parallel import n_threads, threaded_map
from .._validate import (
    Issues,
    check_choice,
    check_frame,
    check_same_crs,
    prepare_polygons,
    require_columns,
    strtree_of,
    warn_outside_netherlands,
)
from ..errors import InputError
from ..progress import ProgressCallback, report, scaled
from .categories import OMGEVINGSTYPES, MainCategoryRule, normalize_omgevingstype
from .distance_tables import TOLERANCE_M, DistanceTable, load_distance_table
from .sensitive import DEFAULT_OMGEVINGSTYPE, assign_omgevingstype, prepare_sensitive

__all__ = ["DEFAULT_QUAD_SEGS", "contour_conflicts", "contours_in_parts",
           "environmental_contours"]

#: Segments per quarter circle of the buffers. With n segments per quarter circle the
#: inscribed arcs miss a share 1 - (2n/pi) sin(pi/2n) ~ (pi/2n)^2/6 of the round area:
#: 0.64 % at n=8 (shapely's default), 0.16 % at 16, 0.040 % at 32. The round parts are at
#: most the whole buffer, so 32 keeps every contour area within 0.1 % of the exact buffer.
DEFAULT_QUAD_SEGS: int = 32

ContourMode = Literal["per_source", "per_category", "bands"]
_MODES = ("per_source", "per_category", "bands")
# Sources per STRtree query (at most), and the candidate pairs one query aims at: bounds
# the memory of a query also for large richtafstanden in dense areas.
_QUERY_CHUNK = 20_000
_MIN_QUERY = 100
_PAIR_BUDGET = 4_000_000
# Higher-category contours with more vertices than this are cut into tiles of this size
# before lower bands are subtracted from them.
_TILE_M = 500.0
_TILE_VERTICES = 256
# Sources per chunk of the per-source buffers on the thread pool.
_BUFFER_CHUNK = 20_000


def _density(boxes: np.ndarray) -> float:
    """Objects per m2 over the bounding box of ``boxes`` (for sizing queries)."""
    if len(boxes) == 0:
        return 0.0
    w = float(np.max(boxes[:, 2]) - np.min(boxes[:, 0]))
    h = float(np.max(boxes[:, 3]) - np.min(boxes[:, 1]))
    return len(boxes) / max(w * h, 1.0)


def _source_ranks(sources, category_col, table, main_category, issues):
    require_columns(sources, "sources", [category_col])
    ranks = table.ranks(sources[category_col], argument="sources", column=category_col,
                        main_category=main_category)
    missing = ranks < 0
    if missing.any():
        issues.add("sources", f"{int(missing.sum())} rows without a category in "
                   f"'{category_col}' were skipped (their results are empty)",
                   sources.index[missing])
    return ranks


def _check_quad_segs(quad_segs) -> int:
    try:
        q = int(quad_segs)
    except (TypeError, ValueError):
        q = 0
    if q < 1 or q != quad_segs:
        raise InputError(f"argument 'quad_segs' must be a positive integer (segments per "
                         f"quarter circle), got {quad_segs!r}; the default "
                         f"{DEFAULT_QUAD_SEGS} keeps areas within 0.1 %.")
    return q


@keeps_input_columns("sources")
def environmental_contours(
    sources: gpd.GeoDataFrame,
    *,
    category_col: str,
    omgevingstype: str = DEFAULT_OMGEVINGSTYPE,
    distance_table: DistanceTable | str | None = None,
    mode: ContourMode = "per_source",
    quad_segs: int = DEFAULT_QUAD_SEGS,
    main_category: MainCategoryRule = "highest",
    progress: ProgressCallback | None = None,
) -> gpd.GeoDataFrame:
    """Hindercontour of every source: the source polygon buffered by its richtafstand.

    Parameters
    ----------
    sources : GeoDataFrame
        Polygons that permit an activity (bestemmingsvlak, parcel, inrichting),
        in a projected metric CRS.
    category_col : str
        Column with the milieucategorie (any spelling :func:`rve_geo.parse_category`
        accepts) or, with a zone table, the zone label.
    omgevingstype : {"rustige_woonwijk", "gemengd_gebied"}
        Receiving-area type the richtafstand is taken for.
    distance_table : DistanceTable, path or None
        None for VNG 2009; see :func:`rve_geo.load_distance_table`.
    mode : {"per_source", "per_category", "bands"}
        ``per_source``: one contour per source row (same index and CRS as
        ``sources``). ``per_category``: the contours of each category dissolved
        into one feature. ``bands``: non-overlapping bands; each location belongs
        to the band of the highest category whose contour covers it.
    quad_segs : int
        Segments per quarter circle of the buffer (default 32, see Notes).
    main_category : {"highest", "lowest", "refuse"}
        Reading of main categories "3", "4", "5" (see :func:`rve_geo.parse_category`).
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        ``per_source``: columns ``category``, ``omgevingstype``, ``distance_m``,
        ``area_m2``; rows without category or geometry get an empty result.
        ``per_category`` and ``bands``: one row per category present, ascending,
        with ``category``, ``omgevingstype``, ``distance_m``, ``n_sources``, ``area_m2``.

    Notes
    -----
    Contour = buffer(source, d) with d the richtafstand of the source's category for
    ``omgevingstype`` (VNG 2009 table, DOMAIN.md section 2; distance measured from
    the polygon that permits the activity, never from centroids). For a convex source
    of area A and perimeter P the exact contour area is A + P d + pi d^2.

    Accuracy: buffers approximate arcs with ``quad_segs`` segments per quarter
    circle; the missing share of the round parts is 1 - (2n/pi) sin(pi/2n), which is
    0.040 % for n=32 (0.64 % for shapely's default 8), so areas are within 0.1 %.

    Dissolving groups the sources of a category into clusters whose buffers can
    meet (sources within 2 d of each other, found with one STRtree ``dwithin``
    query), buffers each cluster as one geometry (GEOS unions the parts) and joins
    the disjoint cluster contours without a global overlay. Bands: with C_k the
    dissolved contour of category k, band_k = C_k - union(C_j, j > k); each cluster
    piece of C_k subtracts only the higher-category pieces (large ones cut into 500 m
    tiles) that intersect it.

    Raises
    ------
    CategoryError
        Unknown category labels (naming the rows) or a category missing from the table.
    CRSError, MissingColumnError, GeometryError
        Geographic/missing CRS, missing column, non-polygon sources.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> src = gpd.GeoDataFrame({"cat": ["3.2", "cat. 3.1"]},
    ...     geometry=[box(x, y, x + 100, y + 100), box(x + 1000, y, x + 1100, y + 100)],
    ...     crs="EPSG:28992")
    >>> c = environmental_contours(src, category_col="cat", mode="per_category")
    >>> c[["category", "distance_m", "n_sources"]]
      category  distance_m  n_sources
    0      3.1        50.0          1
    1      3.2       100.0          1
    >>> exact = 100 * 100 + 400 * 50 + np.pi * 50**2   # A + P d + pi d^2
    >>> bool(abs(c.area_m2.iloc[0] / exact - 1) < 0.001)
    True
    """
    issues, ranks, prepared, ok, dist, table, omg, q = _checked_sources(
        sources, category_col, omgevingstype, distance_table, mode, quad_segs, main_category,
        progress)
    if mode == "per_source":
        result = _per_source(sources, prepared.geometry, ok, ranks, dist, table, omg, q)
        report(progress, 1.0, "done")
        issues.emit()
        return result

    present = np.unique(ranks[ok])
    counts = [int(np.count_nonzero(ok & (ranks == r))) for r in present]
    if mode == "bands":
        contours = _bands(prepared.geometry[ok], ranks[ok], dist[ok], present, q,
                          scaled(progress, 0.1, 1.0), table)
    else:
        contours = []
        for i, r in enumerate(present):
            d = float(table.distances[r, OMGEVINGSTYPES.index(omg)])
            contours.append(_as_multipolygon(
                _cluster_buffers(prepared.geometry[ok & (ranks == r)], d, q)))
            report(progress, 0.1 + 0.9 * (i + 1) / len(present), f"category {table.labels[r]}")
    geoms = np.array(contours, dtype=object) if contours else np.empty(0, dtype=object)
    result = gpd.GeoDataFrame(
        {
            "category": pd.Series(table.label_of(present), dtype=object),
            "omgevingstype": omg,
            "distance_m": table.distances_m(present, omg),
            "n_sources": np.asarray(counts, dtype=np.int64),
            "area_m2": shapely.area(geoms) if len(geoms) else np.zeros(0),
        },
        geometry=gpd.GeoSeries(geoms, crs=sources.crs),
        crs=sources.crs,
    )
    report(progress, 1.0, "done")
    issues.emit()
    return result


def _checked_sources(sources, category_col, omgevingstype, distance_table, mode, quad_segs,
                     main_category, progress):
    """The checks of :func:`environmental_contours`: its issues, the category rank,
    prepared geometry, usable rows, richtafstand per source, table, omgevingstype and
    segments per quarter circle."""
    issues = Issues("environmental_contours")
    check_frame(sources, "sources")
    check_same_crs(sources=sources)
    check_choice(mode, "mode", _MODES)
    q = _check_quad_segs(quad_segs)
    omg = normalize_omgevingstype(omgevingstype)
    table = load_distance_table(distance_table)
    report(progress, 0.0, "checking sources")
    ranks = _source_ranks(sources, category_col, table, main_category, issues)
    prepared = prepare_polygons(sources, "sources", issues)
    warn_outside_netherlands(sources, "sources", issues)
    ok = prepared.usable & (ranks >= 0)
    dist = table.distances_m(np.where(ok, ranks, -1), omg)
    report(progress, 0.1, "buffering")
    return issues, ranks, prepared, ok, dist, table, omg, q


def _per_source(sources, geometry, ok, ranks, dist, table, omg, q, rows=slice(None)):
    """The ``per_source`` contours of the source rows ``rows`` (a slice)."""
    index = sources.index[rows]
    geometry, ok, ranks, dist = geometry[rows], ok[rows], ranks[rows], dist[rows]
    geoms = np.full(len(index), None, dtype=object)
    # one buffer per source: chunks on both cores (GEOS releases the GIL)
    src_geoms, src_dist = geometry[ok], dist[ok]
    geoms[ok] = threaded_map(
        lambda k: shapely.buffer(src_geoms[k], src_dist[k], quad_segs=q),
        np.arange(len(src_geoms)), min_chunk=_BUFFER_CHUNK)
    area = np.where(ok, shapely.area(np.where(ok, geoms, None)), np.nan)
    return gpd.GeoDataFrame(
        {
            "category": pd.Series(table.label_of(np.where(ok, ranks, -1)), index=index,
                                  dtype=object),
            "omgevingstype": omg,
            "distance_m": dist,
            "area_m2": area,
        },
        geometry=gpd.GeoSeries(geoms, index=index, crs=sources.crs),
        index=index,
        crs=sources.crs,
    )


def contours_in_parts(
    sources: gpd.GeoDataFrame,
    *,
    rows_per_part: int,
    category_col: str,
    omgevingstype: str = DEFAULT_OMGEVINGSTYPE,
    distance_table: DistanceTable | str | None = None,
    mode: ContourMode = "per_source",
    quad_segs: int = DEFAULT_QUAD_SEGS,
    main_category: MainCategoryRule = "highest",
    progress: ProgressCallback | None = None,
) -> Iterator[gpd.GeoDataFrame]:
    """:func:`environmental_contours` in parts of ``rows_per_part`` source rows, each made
    when it is taken: the contours of a million sources need not be held at once.

    The sources are checked, and the warnings given, when this is called; the parts
    together (in order) are the result of :func:`environmental_contours` with the same
    arguments. Modes other than ``per_source``, and sources whose columns the result
    could be a copy of (see :func:`rve_geo._columns.keeps_input_columns`), give that
    result whole, as one part.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> src = gpd.GeoDataFrame({"cat": ["3.1", "4.1", "2"], "name": ["a", "b", "c"]},
    ...     geometry=[box(x + 200 * i, y, x + 200 * i + 50, y + 50) for i in range(3)],
    ...     crs="EPSG:28992")
    >>> parts = list(contours_in_parts(src, rows_per_part=2, category_col="cat"))
    >>> [part["distance_m"].tolist() for part in parts]
    [[50.0, 200.0], [30.0]]
    """
    arguments = {"category_col": category_col, "omgevingstype": omgevingstype,
                 "distance_table": distance_table, "mode": mode, "quad_segs": quad_segs,
                 "main_category": main_category}
    result_columns = {"category", "omgevingstype", "distance_m", "area_m2"}
    if mode != "per_source" or set(sources.columns) <= result_columns | {
            sources._geometry_column_name}:
        return iter([environmental_contours(sources, **arguments, progress=progress)])
    issues, ranks, prepared, ok, dist, table, omg, q = _checked_sources(
        sources, progress=progress, **arguments)
    issues.emit()
    rows_per_part = max(1, int(rows_per_part))

    def parts() -> Iterator[gpd.GeoDataFrame]:
        n = len(sources)
        for start in range(0, max(n, 1), rows_per_part):
            yield _per_source(sources, prepared.geometry, ok, ranks, dist, table, omg, q,
                              slice(start, start + rows_per_part))
            report(progress, 0.1 + 0.9 * min(start + rows_per_part, n) / max(n, 1),
                   "buffering")
        report(progress, 1.0, "done")

    return parts()


def _components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Connected-component label (0..k-1, by lowest member) per node of edges (i, j)."""
    from scipy import sparse

    from ..kansen.adjacency import connected_components

    graph = sparse.csr_matrix((np.ones(len(i), dtype=bool), (i, j)), shape=(n, n))
    return connected_components(graph)[1]


def _cluster_buffers(geoms: np.ndarray, distance: float, quad_segs: int) -> np.ndarray:
    """Buffers of ``geoms`` merged per cluster: disjoint pieces whose union is the contour.

    Two exact buffers meet only if their sources are within 2 x distance, so the
    clusters of that graph have disjoint buffers (the polygonal buffers lie inside
    the exact ones). The sources of a cluster are unioned first and the union is
    buffered once: buffer(A | B) = buffer(A) | buffer(B), and adjacent parcels merge
    cheaply, which is a quarter faster than buffering every source and unioning the
    overlapping buffers. No global overlay is needed.
    """
    if len(geoms) == 1:
        return shapely.buffer(geoms, distance, quad_segs=quad_segs)
    tree = shapely.STRtree(geoms)
    i, j = tree.query(geoms, predicate="dwithin", distance=2 * distance + TOLERANCE_M)
    comp = _components(len(geoms), i, j)
    order = np.argsort(comp, kind="stable")
    merged = _grouped_union(geoms[order], comp[order], int(comp.max()) + 1)
    return threaded_map(lambda g: shapely.buffer(g, distance, quad_segs=quad_segs), merged,
                        min_chunk=64)


def _as_multipolygon(pieces: np.ndarray):
    parts = shapely.get_parts(pieces)
    return shapely.multipolygons(parts[shapely.get_type_id(parts) == 3])


def _grouped_union(geoms: np.ndarray, group: np.ndarray, n: int) -> np.ndarray:
    """Union of ``geoms`` per group id 0..n-1 (None for groups without members)."""
    out = np.full(n, None, dtype=object)
    if len(geoms) == 0:
        return out
    order = np.argsort(group, kind="stable")
    geoms, group = geoms[order], group[order]
    counts = np.bincount(group, minlength=n)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    single = counts == 1
    out[single] = geoms[starts[single]]
    # Pad groups of similar size into 2-D arrays and reduce along the rows in C.
    size = 2
    while (counts > size // 2).any():
        rows = np.flatnonzero((counts > size // 2) & (counts <= size) & (counts > 1))
        if len(rows):
            padded = np.full((len(rows), size), None, dtype=object)
            offsets = np.arange(size)
            take = starts[rows][:, None] + offsets[None, :]
            valid = offsets[None, :] < counts[rows][:, None]
            padded[valid] = geoms[take[valid]]
            out[rows] = shapely.union_all(padded, axis=1)
        size *= 2
    return out


def _tiles(pieces: np.ndarray) -> np.ndarray:
    """Cut pieces with many vertices into grid tiles (their union is unchanged).

    Lower bands test and subtract the tiles near them only, instead of whole large
    contours, which keeps every overlay small.
    """
    size_m = _TILE_M
    big = shapely.get_num_coordinates(pieces) > _TILE_VERTICES
    if not big.any():
        return pieces
    b = shapely.bounds(pieces[big])
    x0 = np.floor(b[:, 0] / size_m).astype(np.int64)
    y0 = np.floor(b[:, 1] / size_m).astype(np.int64)
    nx = np.floor(b[:, 2] / size_m).astype(np.int64) - x0 + 1
    ny = np.floor(b[:, 3] / size_m).astype(np.int64) - y0 + 1
    n = nx * ny
    owner = np.repeat(np.arange(len(n)), n)
    local = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    cx = x0[owner] + local % nx[owner]
    cy = y0[owner] + local // nx[owner]
    cells = shapely.box(cx * size_m, cy * size_m, (cx + 1) * size_m, (cy + 1) * size_m)
    cut = shapely.intersection(pieces[big][owner], cells)
    cut = cut[~shapely.is_empty(cut)]
    return np.concatenate([pieces[~big], cut])


def _bands(geoms, ranks, dist, present, quad_segs, progress, table) -> list:
    """Non-overlapping bands: band_k = C_k - union(C_j, j > k), piece by piece.

    C_k is kept as its disjoint cluster pieces; each piece only subtracts the union
    of the higher-category pieces that intersect it (one STRtree query per
    category), so no overlay ever spans the whole area.
    """
    pieces = []
    for i, r in enumerate(present):
        sel = ranks == r
        pieces.append(_cluster_buffers(geoms[sel], float(dist[sel][0]), quad_segs))
        report(progress, 0.5 * (i + 1) / len(present), f"category {table.labels[r]}")
    out: list = [None] * len(present)
    higher = np.empty(0, dtype=object)
    for step, k in enumerate(range(len(present) - 1, -1, -1)):
        piece = pieces[k]
        band = piece
        if len(higher):
            p_i, h_i = shapely.STRtree(higher).query(piece, predicate="intersects")
            if len(p_i):
                local = _grouped_union(higher[h_i], p_i, len(piece))
                has = np.not_equal(local, None)
                band = piece.copy()
                band[has] = shapely.difference(piece[has], local[has])
        out[k] = _as_multipolygon(band)
        higher = np.concatenate([higher, _tiles(piece)])
        report(progress, 0.5 + 0.5 * (step + 1) / len(present),
               f"band {table.labels[present[k]]}")
    return out


@keeps_input_columns()
def contour_conflicts(
    sources: gpd.GeoDataFrame,
    sensitive: gpd.GeoDataFrame,
    *,
    category_col: str,
    omgevingstype: str = DEFAULT_OMGEVINGSTYPE,
    omgevingstype_col: str | None = None,
    omgevingstype_areas: gpd.GeoDataFrame | None = None,
    distance_table: DistanceTable | str | None = None,
    main_category: MainCategoryRule = "highest",
    progress: ProgressCallback | None = None,
) -> gpd.GeoDataFrame:
    """Every (source, sensitive object) pair closer than the richtafstand.

    Parameters
    ----------
    sources : GeoDataFrame
        Polygons permitting an activity, with a category column.
    sensitive : GeoDataFrame
        Sensitive objects (woningen, scholen ...): footprints, or address points.
    category_col : str
        Category (or zone) column of ``sources``.
    omgevingstype : {"rustige_woonwijk", "gemengd_gebied"}
        Default receiving-area type of a sensitive object.
    omgevingstype_col : str, optional
        Column of ``sensitive`` with the omgevingstype per object; empty values
        fall back to the areas, then to ``omgevingstype``.
    omgevingstype_areas : GeoDataFrame, optional
        Polygons with a column ``omgevingstype``; a sensitive object takes the type
        of the areas it overlaps (the strictest, rustige_woonwijk, if several; see
        :func:`rve_geo.milieu.sensitive.assign_omgevingstype`).
    distance_table : DistanceTable, path or None
        None for VNG 2009; see :func:`rve_geo.load_distance_table`.
    main_category : {"highest", "lowest", "refuse"}
        Reading of main categories "3", "4", "5" (see :func:`rve_geo.parse_category`).
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        One row per conflicting pair, ordered by source then sensitive row:
        ``source_id`` and ``sensitive_id`` (index labels of the inputs),
        ``category``, ``omgevingstype``, ``distance_m`` (polygon to polygon),
        ``required_m`` (richtafstand), ``shortfall_m`` = required_m - distance_m;
        geometry = the sensitive object's (repaired) geometry; CRS of the inputs.

    Notes
    -----
    A pair conflicts when distance_m < required_m (VNG 2009 richtafstand of the
    source's category for the sensitive object's omgevingstype, DOMAIN.md section 2).
    An object exactly at the richtafstand (within 1e-6 m, float noise) meets it and
    is **not** a conflict, the same rule :meth:`DistanceTable.max_rank_within` uses.
    Overlapping or touching objects have distance 0. Category 1 in gemengd gebied
    (0 m) therefore never conflicts.

    Precedence of the omgevingstype: ``omgevingstype_col`` value, else the areas,
    else ``omgevingstype``.

    Method: sources are grouped by category, so each group is one STRtree query
    with the source bounding boxes widened by that category's largest richtafstand
    (in chunks sized to bound the number of candidate pairs). Candidates whose
    bounding boxes are already too far apart are dropped with plain array
    arithmetic; exact distances (``shapely.distance``) are computed on the rest only.

    Raises
    ------
    CategoryError
        Unknown categories or omgevingstypes, naming the rows.
    CRSError, MissingColumnError, GeometryError
        Missing/geographic/different CRSs, missing columns, wrong geometry types.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box, Point
    >>> x, y = 155_000, 463_000
    >>> src = gpd.GeoDataFrame({"cat": ["4.1"]}, geometry=[box(x, y, x + 100, y + 100)],
    ...                        crs="EPSG:28992")
    >>> homes = gpd.GeoDataFrame({"type": ["gemengd gebied", None]},
    ...     geometry=[Point(x + 250, y + 50), Point(x + 250, y + 60)], index=["a", "b"],
    ...     crs="EPSG:28992")
    >>> out = contour_conflicts(src, homes, category_col="cat", omgevingstype_col="type")
    >>> out[["sensitive_id", "omgevingstype", "distance_m", "required_m"]]
      sensitive_id     omgevingstype  distance_m  required_m
    0            b  rustige_woonwijk       150.0       200.0
    """
    issues = Issues("contour_conflicts")
    check_frame(sources, "sources")
    check_frame(sensitive, "sensitive")
    if omgevingstype_areas is not None:
        check_frame(omgevingstype_areas, "omgevingstype_areas")
    check_same_crs(sources=sources, sensitive=sensitive, omgevingstype_areas=omgevingstype_areas)
    normalize_omgevingstype(omgevingstype)  # refuse an unknown default before any work
    table = load_distance_table(distance_table)
    report(progress, 0.0, "checking inputs")
    ranks = _source_ranks(sources, category_col, table, main_category, issues)
    src = prepare_polygons(sources, "sources", issues)
    prepared = prepare_sensitive(sensitive, issues)
    sens_geoms, sens_ok = prepared.geometry, prepared.usable
    warn_outside_netherlands(sources, "sources", issues)
    codes = assign_omgevingstype(sensitive, sens_geoms, sens_ok, omgevingstype=omgevingstype,
                                 omgevingstype_col=omgevingstype_col,
                                 omgevingstype_areas=omgevingstype_areas, issues=issues)
    report(progress, 0.05, "indexing sensitive objects")

    src_ok = src.usable & (ranks >= 0)
    sens_idx = np.flatnonzero(sens_ok)
    tree = strtree_of(sens_geoms[sens_idx], sensitive)  # built once per run
    sens_box = threaded_map(shapely.bounds, sens_geoms[sens_idx], min_chunk=50_000)
    src_box = np.full((len(sources), 4), np.nan)
    if src_ok.any():
        src_box[src_ok] = threaded_map(shapely.bounds, src.geometry[src_ok], min_chunk=50_000)
    present_codes = np.unique(codes[sens_idx]) if len(sens_idx) else np.zeros(0, np.int64)
    density = _density(sens_box)
    threads = n_threads()
    tasks = []  # (category, required distance per omgevingstype, reach, source positions)
    for r in np.unique(ranks[src_ok]):
        required = np.asarray(table.distances[r], dtype=float)
        group = np.flatnonzero(src_ok & (ranks == r))
        reach = np.nanmax(required[present_codes]) if len(present_codes) else 0.0
        if not np.isfinite(reach) or reach <= TOLERANCE_M:
            continue
        b = src_box[group]
        # sources per query so that one query yields about _PAIR_BUDGET candidate pairs
        # (shared by the queries running at once), and a few queries per thread
        per_source = density * float(np.mean((b[:, 2] - b[:, 0] + 2 * reach)
                                             * (b[:, 3] - b[:, 1] + 2 * reach)))
        step = int(np.clip(_PAIR_BUDGET / threads / max(per_source, 1.0), _MIN_QUERY,
                           _QUERY_CHUNK))
        step = min(step, max(_MIN_QUERY, -(-len(group) // (2 * threads))))
        tasks += [(table.labels[r], required, reach, group[k:k + step])
                  for k in range(0, len(group), step)]

    def pairs(task):
        """Conflicting pairs of one chunk of sources of one category: a box query, the
        gap between the boxes as a lower bound, exact distances of the rest."""
        _, required, reach, part = task
        pb = src_box[part]
        windows = shapely.box(pb[:, 0] - reach, pb[:, 1] - reach, pb[:, 2] + reach,
                              pb[:, 3] + reach)
        s_i, t_i = tree.query(windows)
        req = required[codes[sens_idx[t_i]]]
        # the gap between bounding boxes is a lower bound of the distance
        qb, tb = pb[s_i], sens_box[t_i]
        gap = np.hypot(np.maximum(0.0, np.maximum(tb[:, 0] - qb[:, 2], qb[:, 0] - tb[:, 2])),
                       np.maximum(0.0, np.maximum(tb[:, 1] - qb[:, 3], qb[:, 1] - tb[:, 3])))
        near = gap < req - TOLERANCE_M
        s, t, req = part[s_i[near]], sens_idx[t_i[near]], req[near]
        dist = shapely.distance(src.geometry[s], sens_geoms[t])
        hit = dist < req - TOLERANCE_M
        return s[hit], t[hit], dist[hit], req[hit], len(part)

    found_s, found_t, found_d, found_r = [], [], [], []
    total = max(int(src_ok.sum()), 1)
    done = 0
    stage = scaled(progress, 0.1, 1.0)
    # the chunks on every core: box, query, gaps and distances all leave the interpreter
    pool = ThreadPoolExecutor(max_workers=threads)
    try:
        for task, (s, t, d, req, n_part) in zip(tasks, pool.map(pairs, tasks), strict=True):
            found_s.append(s)
            found_t.append(t)
            found_d.append(d)
            found_r.append(req)
            done += n_part
            report(stage, done / total, f"category {task[0]}")
    finally:  # a cancelled run does not wait for the chunks not yet started
        pool.shutdown(wait=True, cancel_futures=True)
    if found_s:
        s, t = np.concatenate(found_s), np.concatenate(found_t)
        d, req = np.concatenate(found_d), np.concatenate(found_r)
    else:
        s = t = np.zeros(0, np.int64)
        d = req = np.zeros(0, float)
    order = np.argsort(s.astype(np.int64) * max(len(sensitive), 1) + t)
    s, t, d, req = s[order], t[order], d[order], req[order]
    result = gpd.GeoDataFrame(
        {
            "source_id": sources.index.to_numpy()[s],
            "sensitive_id": sensitive.index.to_numpy()[t],
            "category": pd.Series(table.label_of(ranks[s]), dtype=object),
            "omgevingstype": pd.Series(np.asarray(OMGEVINGSTYPES, dtype=object)[codes[t]],
                                       dtype=object),
            "distance_m": d,
            "required_m": req,
            "shortfall_m": req - d,
        },
        geometry=gpd.GeoSeries(gpd.array.from_shapely(sens_geoms, crs=sources.crs).take(t)),
        crs=sources.crs,
    )
    report(progress, 1.0, f"{len(result)} conflicts")
    issues.emit()
    return result
