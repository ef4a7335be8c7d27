"""Union of geometries per group, the groups spread over the threads.

Each group's union is one ``shapely.union_all`` over the group's geometries in their input
order (a row of a table padded with None, reduced in C), so the result does not depend
on how the groups are spread: the same as one call per group. GEOS releases the GIL, so
the groups run in parallel on the threads of :func:`rve_geo._parallel.n_threads`.

Parcels usually form a *coverage*: they do not overlap and neighbours share their edges
vertex for vertex (the BRK's percelen do). With ``coverage=True`` each group is first
checked with GEOS's coverage validator, and a group that is a valid coverage is
dissolved with GEOS's coverage union, which only drops the shared edges (about ten times
faster than the general union, which nodes every edge against every other). The point
set is the same: the coverage union is exact for a valid coverage. A group that is not
(parcels that overlap, or a neighbour's edge with a vertex the other side lacks) gets
the general union, so the answer never depends on the data being clean.

Examples
--------
>>> import numpy as np
>>> from shapely.geometry import box
>>> geoms = np.array([box(0, 0, 1, 1), box(5, 0, 6, 1), box(1, 0, 2, 1)], dtype=object)
>>> [g.area for g in dissolve(geoms, np.array([0, 1, 0]), 2)]
[2.0, 1.0]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely

from .._parallel import n_threads

__all__ = ["dissolve"]

#: Most cells (rows x widest row) of one padded table: bounds the memory of a chunk.
_MAX_CELLS = 2_000_000


@functools.cache
def _coverage_available() -> bool:
    """GEOS 3.12 brought the coverage validator (shapely 2.1). Inside QGIS shapely may
    call QGIS's own GEOS instead of the one it was built with (``rve_geo._versions``):
    both must have it, else every group gets the general union."""
    from .._versions import _short, geos_in_use

    in_use = tuple(int(p) for p in re.findall(r"\d+", _short(str(geos_in_use()["version"])))[:3])
    return (hasattr(shapely.lib, "coverage_is_valid")
            and shapely.geos_version >= (3, 12, 0)
            and in_use >= (3, 12, 0))


def _chunks(sizes: np.ndarray, n_parts: int, max_cells: int) -> list[np.ndarray]:
    """Consecutive ranges of positions into ``sizes`` (sorted large to small).

    Each range holds about ``sizes.sum() / n_parts`` members and at most ``max_cells``
    cells when padded to its first (largest) size; a range always has one position.
    """
    target = max(1.0, float(sizes.sum()) / max(1, n_parts))
    out = []
    begin = 0
    n = len(sizes)
    while begin < n:
        width = max(int(sizes[begin]), 1)
        rows_cap = max(1, max_cells // width)
        total = np.cumsum(sizes[begin:begin + rows_cap])
        end = begin + max(1, int(np.searchsorted(total, target, side="left")) + 1)
        end = min(end, begin + rows_cap, n)
        out.append(np.arange(begin, end))
        begin = end
    return out


def _coverage_unions(table: np.ndarray) -> np.ndarray:
    """Union of each row of ``table`` (polygons padded with None): the coverage union
    where the row is a valid coverage, the general union where it is not.

    Examples
    --------
    >>> from shapely.geometry import box
    >>> table = np.array([[box(0, 0, 1, 1), box(1, 0, 2, 1)],     # a coverage
    ...                   [box(0, 0, 2, 2), box(1, 1, 3, 3)]],     # overlapping
    ...                  dtype=object)
    >>> [g.area for g in _coverage_unions(table)]
    [2.0, 7.0]
    """
    if len(table) == 0 or not _coverage_available():
        return shapely.union_all(table, axis=1)
    # one validation per row (a generalised ufunc over the last axis): no overlaps and
    # matching edges; rows with only None are valid (empty) coverages
    valid = np.asarray(shapely.lib.coverage_is_valid(table, 0.0), dtype=bool)
    out = np.empty(len(table), dtype=object)
    if valid.any():
        try:
            out[valid] = shapely.coverage_union_all(table[valid], axis=1)
        except shapely.errors.GEOSException:  # not expected for a valid coverage
            valid[:] = False
    if not valid.all():
        out[~valid] = shapely.union_all(table[~valid], axis=1)
    return out


def dissolve(geoms: np.ndarray, group: np.ndarray, n_groups: int, *,
             then: Callable[[np.ndarray], np.ndarray] | None = None,
             max_cells: int = _MAX_CELLS, coverage: bool = False) -> np.ndarray:
    """Union of ``geoms`` per group ``0 .. n_groups - 1``, optionally followed by ``then``.

    Parameters
    ----------
    geoms : array of shapely geometries
        The geometries; None entries add nothing.
    group : int array
        Group per geometry, ``0 <= group < n_groups``.
    n_groups : int
        Number of groups; a group without members gets an empty geometry collection.
    then : callable, optional
        Vectorised function applied to the unions of each chunk of groups on its thread
        (e.g. a buffer), so heavy groups are not waited for twice.
    max_cells : int
        Most cells of one padded table (memory bound of a chunk).
    coverage : bool
        The geometries are polygons that usually form a coverage (parcels): each group
        that is a valid coverage is dissolved with the coverage union (see the module
        notes), the others with the general union. The point sets are the same either way.

    Returns
    -------
    ndarray of object
        One geometry per group, in group order.
    """
    geoms = np.asarray(geoms, dtype=object)
    group = np.asarray(group, dtype=np.int64)
    out = np.empty(n_groups, dtype=object)
    if n_groups == 0:
        return out
    order = np.argsort(group, kind="stable")
    members = geoms[order]
    sizes = np.bincount(group, minlength=n_groups)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    by_size = np.argsort(-sizes, kind="stable")  # heaviest first: the pool starts them first
    threads = n_threads()
    parts = _chunks(sizes[by_size], 4 * threads, max_cells)

    def union(part: np.ndarray) -> np.ndarray:
        rows = by_size[part]
        counts = sizes[rows]
        table = np.full((len(rows), max(int(counts.max()), 1)), None, dtype=object)
        row = np.repeat(np.arange(len(rows)), counts)
        col = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        table[row, col] = members[starts[rows][row] + col]
        result = _coverage_unions(table) if coverage else shapely.union_all(table, axis=1)
        return result if then is None else then(result)

    if threads == 1 or len(parts) == 1:
        results = [union(p) for p in parts]
    else:
        with ThreadPoolExecutor(max_workers=threads) as pool:
            results = list(pool.map(union, parts))
    for part, result in zip(parts, results, strict=True):
        out[by_size[part]] = result
    return out
