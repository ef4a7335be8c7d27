"""Partitioned execution of the heavy operations on a dask.distributed cluster.

The parcels are cut into spatially compact partitions of whole groups (terreinen, or
connected groups of neighbouring parcels), ordered along a Hilbert curve through the
groups' centres. Every partition is one task that runs the ordinary single-process
operation on its parcels and on exactly the other objects it needs:

* density: every building whose bounding box meets one of its parcels (a building
  straddling two partitions goes to both; each keeps only the pieces on its own parcels,
  so the split is the one of the single run);
* conflicts and maximum category: every sensitive object within the largest richtafstand
  of its parcels (the halo); parcels whose nearest object of some omgevingstype may lie
  beyond the halo are computed again against all objects;
* kansenzones: whole terreinen (adjacency never crosses them), or whole connected groups
  of parcels with ``cross_terrein=True`` or without a terrein column.

Results are gathered, put back in the input's order and index, and are the single run's
results (tested with ``pandas.testing``). With ``client=None`` the current dask client is
used if there is one, else the partitions run one after the other in this process.
dask and distributed are needed only when a client is used (``pip install
rve_geo[scale]``). See docs/distributed.md for running on a cluster.

Examples
--------
>>> import geopandas as gpd
>>> from shapely.geometry import box
>>> parcels = gpd.GeoDataFrame(
...     {"terrein_id": ["A", "A", "B", "B"]},
...     geometry=[box(0, 0, 50, 50), box(50, 0, 100, 50),
...               box(5000, 0, 5050, 50), box(5050, 0, 5100, 50)], crs="EPSG:28992")
>>> partition_parcels(parcels, n_partitions=2, group_col="terrein_id").tolist()
[0, 0, 1, 1]

Length: about 800 lines: one partitioned twin per heavy operation, each next to the halo
rule that makes it exact; the twins share the partitioning, halo and scatter helpers at the
top.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._columns import keeps_input_columns
from .._validate import Issues, check_crs, check_frame, check_same_crs, require_columns
from ..errors import InputError, RveGeoWarning
from ..progress import report

__all__ = [
    "distributed_contour_conflicts",
    "distributed_density_measures",
    "distributed_kansenzones",
    "distributed_max_allowed_category",
    "partition_parcels",
]

#: bits per axis of the Hilbert curve used to order groups
_HILBERT_ORDER = 16
#: extra metres on every halo (float noise of distances near the richtafstand)
_HALO_MARGIN_M = 1.0


# --------------------------------------------------------------------------- partitioning
def _hilbert_distance(x: np.ndarray, y: np.ndarray, order: int = _HILBERT_ORDER) -> np.ndarray:
    """Distance along a Hilbert curve of integer grid cells ``0 <= x, y < 2**order``."""
    x = np.asarray(x, dtype=np.int64).copy()
    y = np.asarray(y, dtype=np.int64).copy()
    n = 1 << order
    d = np.zeros(len(x), dtype=np.int64)
    s = n >> 1
    while s > 0:
        rx = (x & s) > 0
        ry = (y & s) > 0
        d += s * s * ((3 * rx.astype(np.int64)) ^ ry.astype(np.int64))
        flip = ~ry & rx
        x = np.where(flip, n - 1 - x, x)
        y = np.where(flip, n - 1 - y, y)
        swap = ~ry
        x, y = np.where(swap, y, x), np.where(swap, x, y)
        s >>= 1
    return d


def _partition_groups(geoms: np.ndarray, group: np.ndarray, n_partitions: int) -> np.ndarray:
    """Partition number per row: whole groups, Hilbert order of group centres, equal rows."""
    n = len(geoms)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    codes, uniq = pd.factorize(group, use_na_sentinel=False)
    n_groups = len(uniq)
    b = shapely.bounds(geoms)
    cx = np.nan_to_num((b[:, 0] + b[:, 2]) / 2)
    cy = np.nan_to_num((b[:, 1] + b[:, 3]) / 2)
    size = np.bincount(codes, minlength=n_groups)
    gx = np.bincount(codes, weights=cx, minlength=n_groups) / size
    gy = np.bincount(codes, weights=cy, minlength=n_groups) / size
    span = max(float(np.ptp(gx)), float(np.ptp(gy)), 1e-9)
    cells = (1 << _HILBERT_ORDER) - 1
    hx = np.floor((gx - gx.min()) / span * cells)
    hy = np.floor((gy - gy.min()) / span * cells)
    order = np.lexsort((np.arange(n_groups), _hilbert_distance(hx, hy)))
    k = int(min(max(n_partitions, 1), n_groups))
    before = np.cumsum(size[order]) - size[order]
    part_of_group = np.empty(n_groups, dtype=np.int64)
    part_of_group[order] = np.minimum((before * k) // n, k - 1)
    # dense numbering 0..k'-1 in Hilbert order
    _, dense = np.unique(part_of_group, return_inverse=True)
    return dense.reshape(-1)[codes]


def partition_parcels(
    parcels: gpd.GeoDataFrame,
    *,
    n_partitions: int,
    group_col: str | None = None,
) -> np.ndarray:
    """Cut parcels into spatially compact partitions of whole groups.

    Parameters
    ----------
    parcels : GeoDataFrame
        Parcels (any geometry; missing geometries count at the origin of the groups).
    n_partitions : int
        Wanted number of partitions (fewer when there are fewer groups).
    group_col : str, optional
        Column whose values are kept together (e.g. ``terrein_id``); missing values form
        one group. Without it every parcel is its own group.

    Returns
    -------
    numpy.ndarray
        Partition number (0, 1, ...) per row, in the row order of ``parcels``.

    Raises
    ------
    MissingColumnError
        ``group_col`` is not a column of ``parcels``.
    InputError
        ``n_partitions`` is not a positive integer.

    Notes
    -----
    Each group's centre (mean of its parcels' bounding-box centres) is placed on a
    2^16 x 2^16 grid over the groups' extent; groups are sorted by their distance along
    the Hilbert curve through that grid and cut into runs of about ``len(parcels) /
    n_partitions`` parcels. Consecutive Hilbert cells are neighbours, so each partition
    is a compact patch of the map and its halo is small.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> cells = gpd.GeoDataFrame(geometry=[box(x, y, x + 1, y + 1)
    ...     for x in (0, 1000) for y in (0, 1000)], crs="EPSG:28992")
    >>> partition_parcels(cells, n_partitions=2).tolist()
    [0, 0, 1, 1]
    """
    check_frame(parcels, "parcels")
    require_columns(parcels, "parcels", [group_col])
    if isinstance(n_partitions, bool) or not isinstance(n_partitions, (int, np.integer)) \
            or n_partitions < 1:
        raise InputError(f"argument 'n_partitions' must be a positive integer, got "
                         f"{n_partitions!r}.")
    group = (parcels[group_col].to_numpy(dtype=object) if group_col is not None
             else np.arange(len(parcels)))
    return _partition_groups(np.asarray(parcels.geometry.array, dtype=object), group,
                             int(n_partitions))


# --------------------------------------------------------------------------- execution
def _client(client):
    if client is not None:
        return client
    try:
        from distributed import default_client
    except ImportError:
        return None
    try:
        return default_client()
    except ValueError:
        return None


def _default_partitions(client, n_rows: int) -> int:
    workers = 1
    if client is not None:
        workers = max(1, sum(client.nthreads().values()))
    # a few partitions per worker thread balance uneven partitions; at least 20k rows each
    return int(max(1, min(4 * workers, n_rows // 20_000 or 1)))


def _pack(obj):
    """Make a GeoDataFrame cheap to send: geometries as one WKB array.

    Pickling shapely geometries goes through Python one object at a time; WKB of a
    whole column is encoded in one vectorised call and exact (binary doubles).
    """
    if isinstance(obj, gpd.GeoDataFrame) and obj._geometry_column_name in obj.columns:
        name = obj.geometry.name
        plain = pd.DataFrame(obj.drop(columns=name))
        wkb = shapely.to_wkb(np.asarray(obj.geometry.array, dtype=object))
        return ("gdf", plain, wkb, name, list(obj.columns).index(name), obj.crs,
                dict(obj.attrs))
    if type(obj).__name__ == "KansenzonesResult":
        return ("kz", _pack(obj.zones), _pack(obj.parcels))
    return ("raw", obj)


def _unpack(packed):
    kind = packed[0]
    if kind == "gdf":
        _, plain, wkb, name, at, crs, attrs = packed
        frame = plain.copy(deep=False)  # the received object stays as it came
        frame.insert(at, name, gpd.GeoSeries(shapely.from_wkb(wkb), index=plain.index,
                                             crs=crs))
        out = gpd.GeoDataFrame(frame, geometry=name, crs=crs)
        out.attrs = attrs
        return out
    if kind == "kz":
        from ..kansen.zoning import KansenzonesResult

        return KansenzonesResult(zones=_unpack(packed[1]), parcels=_unpack(packed[2]))
    return packed[1]


def _call(operation: str, args: tuple, kwargs: dict, packed: bool = False
          ) -> tuple[Any, list[str]]:
    """Run one operation on one partition; return the result and its warning texts."""
    import rve_geo

    if packed:
        args = tuple(_unpack(a) for a in args)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RveGeoWarning)
        result = getattr(rve_geo, operation)(*args, **kwargs)
    messages = [str(w.message) for w in caught if issubclass(w.category, RveGeoWarning)]
    return (_pack(result) if packed else result), messages


def _run(client, operation: str, tasks: list[tuple], kwargs: dict, progress,
         label: str) -> list:
    """Run ``operation(*task, **kwargs)`` for every task; results in task order."""
    results: list = [None] * len(tasks)
    messages: list[str] = []
    if client is None:
        for i, args in enumerate(tasks):
            results[i], msgs = _call(operation, args, kwargs)
            messages += msgs
            report(progress, (i + 1) / len(tasks), f"{label}: partition {i + 1} of "
                   f"{len(tasks)}")
    else:
        # one transfer of every partition's frames, then one task per partition
        flat = client.scatter([_pack(frame) for args in tasks for frame in args])
        futures, at = [], 0
        for args in tasks:
            futures.append(client.submit(_call, operation, tuple(flat[at:at + len(args)]),
                                         kwargs, True, pure=False))
            at += len(args)
        for i, fut in enumerate(futures):
            packed, msgs = fut.result()
            results[i] = _unpack(packed)
            fut.release()
            messages += msgs
            report(progress, (i + 1) / len(tasks), f"{label}: partition {i + 1} of "
                   f"{len(tasks)}")
    # repairs found in several partitions (halo objects) are reported once; a building
    # crossing a partition border is partly outside the parcels of each partition
    border = "partly outside every parcel"
    if any(border in m for m in messages):
        messages = [m for m in messages if border not in m] + [
            f"{operation}: the check for buildings partly outside every parcel is not made "
            "in a distributed run (buildings crossing partition borders are split over "
            "the partitions and counted in full); run density_measures for that check"]
    for text in dict.fromkeys(messages):
        warnings.warn(f"{text} (in a partition of the distributed run)", RveGeoWarning,
                      stacklevel=3)
    return results


def _positional(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The frame itself if its index is unique (warnings name the user's row ids), else a
    shallow copy indexed 0..n-1; either way labels map back to row positions."""
    return frame if frame.index.is_unique else frame.reset_index(drop=True)


def _partitioned(client, frame: gpd.GeoDataFrame, n_partitions: int | None,
                 group_col: str | None) -> tuple:
    """The client to run on, ``frame`` with a positional index, the partition of each of
    its rows and the number of partitions."""
    client = _client(client)
    F = _positional(frame)
    k = n_partitions or _default_partitions(client, len(F))
    part = partition_parcels(F, n_partitions=k, group_col=group_col)
    n_parts = int(part.max()) + 1 if len(part) else 0
    return client, F, part, n_parts


def _pos(used: pd.DataFrame, labels) -> np.ndarray:
    """Row positions in ``used`` (unique index) of result labels."""
    return used.index.get_indexer(pd.Index(labels)).astype(np.int64)


def _merge_rows(original: gpd.GeoDataFrame, used: gpd.GeoDataFrame, results: list
                ) -> gpd.GeoDataFrame:
    """A copy of ``original`` with the columns the partitions computed, in input order."""
    new = pd.concat([pd.DataFrame(r.drop(columns=r.geometry.name)) for r in results])
    new = new.iloc[np.argsort(_pos(used, new.index), kind="stable")]
    out = original.copy()
    for column in new.columns:
        values = new[column].copy()
        values.index = out.index
        out[column] = values
    return out


def _halo_members(src_geoms: np.ndarray, part: np.ndarray, n_parts: int,
                  other_geoms: np.ndarray, reach: float) -> list[np.ndarray]:
    """Per partition, the sorted rows of ``other_geoms`` whose box is within ``reach``.

    With ``reach`` 0 every source box is a query window. Otherwise the sources of a
    partition are binned in square cells of ``reach`` metres and each cell's bounding box,
    widened by ``reach``, is one window: a superset of the sources' own windows with far
    fewer candidate pairs.
    """
    b = shapely.bounds(src_geoms)
    ok = np.isfinite(b).all(axis=1)
    b, p = b[ok], part[ok]
    if reach > 0 and len(b):
        cx = np.floor((b[:, 0] + b[:, 2]) / 2 / reach).astype(np.int64)
        cy = np.floor((b[:, 1] + b[:, 3]) / 2 / reach).astype(np.int64)
        key = pd.MultiIndex.from_arrays([p, cx, cy])
        frame = pd.DataFrame({"x0": b[:, 0], "y0": b[:, 1], "x1": b[:, 2], "y1": b[:, 3]},
                             index=key)
        lo = frame[["x0", "y0"]].groupby(level=[0, 1, 2]).min()
        hi = frame[["x1", "y1"]].groupby(level=[0, 1, 2]).max()
        b = np.column_stack([lo.to_numpy(), hi.loc[lo.index].to_numpy()])
        p = lo.index.get_level_values(0).to_numpy(dtype=np.int64)
    windows = shapely.box(b[:, 0] - reach, b[:, 1] - reach, b[:, 2] + reach, b[:, 3] + reach)
    tree = shapely.STRtree(other_geoms)
    wi, oj = tree.query(windows)
    key = np.unique(p[wi] * np.int64(len(other_geoms) + 1) + oj)
    p_of, o_of = np.divmod(key, np.int64(len(other_geoms) + 1))
    starts = np.searchsorted(p_of, np.arange(n_parts + 1))
    return [o_of[starts[i]:starts[i + 1]] for i in range(n_parts)]


# --------------------------------------------------------------------------- density
@keeps_input_columns("parcels", "zones")
def distributed_density_measures(
    parcels: gpd.GeoDataFrame,
    buildings: gpd.GeoDataFrame,
    *,
    client=None,
    n_partitions: int | None = None,
    group_col: str | None = None,
    progress: Callable | None = None,
    **kwargs,
) -> gpd.GeoDataFrame:
    """:func:`rve_geo.density_measures` per parcel, run in spatial partitions.

    Parameters
    ----------
    parcels, buildings : GeoDataFrame
        As for :func:`rve_geo.density_measures`.
    client : distributed.Client, optional
        The dask client to run on; default the current client, or none (in process).
    n_partitions : int, optional
        Number of partitions (default: 4 per worker thread, at least 20,000 parcels
        each).
    group_col : str, optional
        Column of ``parcels`` whose groups stay in one partition (e.g. ``terrein_id``).
    progress : callable, optional
        ``progress(fraction, message)``, called as partitions finish.
    **kwargs
        Keywords of :func:`rve_geo.density_measures` (floor-area options); ``zones`` is
        not accepted (aggregate the per-parcel result instead).

    Returns
    -------
    GeoDataFrame
        Equal to ``density_measures(parcels, buildings, **kwargs)``: same index, order,
        columns and values; ``attrs["unassigned_buildings"]`` as in the single run.

    Raises
    ------
    InputError
        ``zones`` was given, or a bad ``n_partitions``; and everything
        :func:`rve_geo.density_measures` raises.

    Notes
    -----
    A building goes to every partition holding a parcel its bounding box meets; the
    operation assigns each building the pieces on the parcels it is given, so a
    building straddling two partitions is split as in the single run. Buildings on no
    parcel are sent to the first partition, where they are reported as unassigned.
    Warnings of the partitions are repeated once each; the "partly outside every
    parcel" count of a partition includes buildings whose other part lies in another
    partition.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000  # RD New
    >>> parcels = gpd.GeoDataFrame(geometry=[box(x, y, x + 20, y + 20),
    ...     box(x + 20, y, x + 40, y + 20)], crs="EPSG:28992")
    >>> buildings = gpd.GeoDataFrame({"bouwlagen": [2]},
    ...     geometry=[box(x + 10, y + 5, x + 30, y + 15)], crs="EPSG:28992")  # on both
    >>> out = distributed_density_measures(parcels, buildings, n_partitions=2)
    >>> out["floor_area_m2"].tolist()
    [200.0, 200.0]
    """
    if kwargs.get("zones") is not None:
        raise InputError("argument 'zones' is not supported by the distributed run; "
                         "run it per parcel and aggregate, or use density_measures.")
    kwargs.pop("zones", None)
    check_frame(parcels, "parcels")
    check_frame(buildings, "buildings")
    check_same_crs(parcels=parcels, buildings=buildings)
    client, P, part, n_parts = _partitioned(client, parcels, n_partitions, group_col)
    B = _positional(buildings)
    members = _halo_members(np.asarray(P.geometry.array, dtype=object), part, n_parts,
                            np.asarray(B.geometry.array, dtype=object), 0.0)
    sent = np.zeros(len(B), dtype=bool)
    for m in members:
        sent[m] = True
    if n_parts and not sent.all():
        members[0] = np.union1d(members[0], np.flatnonzero(~sent))
    geom_only = P[[P.geometry.name]]  # the operation reads only the parcel geometry
    tasks = [(geom_only.iloc[np.flatnonzero(part == i)], B.iloc[members[i]])
             for i in range(n_parts)]
    results = _run(client, "density_measures", tasks, kwargs, progress, "density")
    if not results:
        from ..density.spacemate import density_measures

        return density_measures(parcels, buildings, **kwargs)
    out = _merge_rows(parcels, P, results)
    # a building is unassigned when no partition it was sent to could place it
    times_sent = np.zeros(len(B), dtype=np.int64)
    times_unassigned = np.zeros(len(B), dtype=np.int64)
    for m, r in zip(members, results, strict=True):
        times_sent[m] += 1
        times_unassigned[_pos(B, r.attrs.get("unassigned_buildings", []))] += 1
    none = np.flatnonzero((times_sent > 0) & (times_unassigned == times_sent))
    out.attrs = {"unassigned_buildings": list(buildings.index[none])}
    return out


# --------------------------------------------------------------------------- milieu
def _reach_m(distance_table) -> float:
    from ..milieu.distance_tables import load_distance_table

    table = load_distance_table(distance_table)
    return float(np.nanmax(table.distances)) * (1 + 1e-9) + _HALO_MARGIN_M


@keeps_input_columns()
def distributed_contour_conflicts(
    sources: gpd.GeoDataFrame,
    sensitive: gpd.GeoDataFrame,
    *,
    category_col: str,
    client=None,
    n_partitions: int | None = None,
    group_col: str | None = None,
    progress: Callable | None = None,
    **kwargs,
) -> gpd.GeoDataFrame:
    """:func:`rve_geo.contour_conflicts` run in spatial partitions of the sources.

    Parameters
    ----------
    sources, sensitive : GeoDataFrame
        As for :func:`rve_geo.contour_conflicts`.
    category_col : str
        Category column of ``sources``.
    client, n_partitions, group_col, progress
        As for :func:`distributed_density_measures`.
    **kwargs
        Other keywords of :func:`rve_geo.contour_conflicts`.

    Returns
    -------
    GeoDataFrame
        Equal to the single run: the same pairs in the same order (by source row, then
        sensitive row), the same index (0..n-1) and columns.

    Raises
    ------
    InputError, MissingColumnError, CategoryError, CRSError
        As :func:`rve_geo.contour_conflicts`.

    Notes
    -----
    Each partition gets the sensitive objects whose bounding box lies within the
    largest richtafstand of the distance table (+1 m) of one of its sources' bounding
    boxes: every object closer than its richtafstand to a source of the partition.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import Point, box
    >>> x, y = 155_000, 463_000  # RD New
    >>> src = gpd.GeoDataFrame({"cat": ["3.1", "2"]}, geometry=[
    ...     box(x, y, x + 50, y + 50), box(x + 5000, y, x + 5050, y + 50)], crs="EPSG:28992")
    >>> homes = gpd.GeoDataFrame(geometry=[Point(x + 90, y + 25), Point(x + 5070, y + 25)],
    ...                          crs="EPSG:28992")
    >>> out = distributed_contour_conflicts(src, homes, category_col="cat", n_partitions=2)
    >>> out["sensitive_id"].tolist(), out["distance_m"].tolist(), out["required_m"].tolist()
    ([0, 1], [40.0, 20.0], [50.0, 30.0])
    """
    check_frame(sources, "sources")
    check_frame(sensitive, "sensitive")
    require_columns(sources, "sources", [category_col])
    check_same_crs(sources=sources, sensitive=sensitive,
                   omgevingstype_areas=kwargs.get("omgevingstype_areas"))
    client, S, part, n_parts = _partitioned(client, sources, n_partitions, group_col)
    K = _positional(sensitive)
    reach = _reach_m(kwargs.get("distance_table"))
    members = _halo_members(np.asarray(S.geometry.array, dtype=object), part, n_parts,
                            np.asarray(K.geometry.array, dtype=object), reach)
    tasks = [(S.iloc[np.flatnonzero(part == i)], K.iloc[members[i]])
             for i in range(n_parts)]
    kw = dict(kwargs, category_col=category_col)
    results = _run(client, "contour_conflicts", tasks, kw, progress, "conflicts")
    if not results:
        from ..milieu.contours import contour_conflicts

        return contour_conflicts(sources, sensitive, **kw)
    out = pd.concat(results, ignore_index=True)
    s_pos = _pos(S, out["source_id"])
    t_pos = _pos(K, out["sensitive_id"])
    order = np.lexsort((t_pos, s_pos))
    out = out.iloc[order].reset_index(drop=True)
    out["source_id"] = sources.index.to_numpy()[s_pos[order]]
    out["sensitive_id"] = sensitive.index.to_numpy()[t_pos[order]]
    return out


def _sure_within(geoms: np.ndarray, targets: np.ndarray, limit: float) -> np.ndarray:
    """True where some target surely lies within ``limit`` of the geometry.

    A grid test: the cell holding each target's representative point is marked; the
    Euclidean distance transform gives, for the cell of each geometry's representative
    point, the distance to the nearest marked cell. distance(geometry, target) <=
    that distance + one cell diagonal, so a True is certain (False may be either).
    """
    from scipy import ndimage

    n = len(geoms)
    if n == 0 or len(targets) == 0:
        return np.zeros(n, dtype=bool)
    q = shapely.point_on_surface(geoms)
    t = shapely.point_on_surface(targets)
    qx, qy = shapely.get_x(q), shapely.get_y(q)
    tx, ty = shapely.get_x(t), shapely.get_y(t)
    x0, y0 = min(np.nanmin(qx), np.nanmin(tx)), min(np.nanmin(qy), np.nanmin(ty))
    x1, y1 = max(np.nanmax(qx), np.nanmax(tx)), max(np.nanmax(qy), np.nanmax(ty))
    cell = max(limit / 8.0, (x1 - x0) / 4000.0, (y1 - y0) / 4000.0, 1e-6)
    nx, ny = int((x1 - x0) // cell) + 1, int((y1 - y0) // cell) + 1
    grid = np.ones((ny, nx), dtype=bool)
    ok_t = np.isfinite(tx)
    grid[((ty[ok_t] - y0) // cell).astype(np.int64),
         ((tx[ok_t] - x0) // cell).astype(np.int64)] = False
    edt = ndimage.distance_transform_edt(grid)
    ok_q = np.isfinite(qx)
    bound = np.full(n, np.inf)
    bound[ok_q] = edt[((qy[ok_q] - y0) // cell).astype(np.int64),
                      ((qx[ok_q] - x0) // cell).astype(np.int64)] * cell + cell * np.sqrt(2)
    return bound < limit


@keeps_input_columns("parcels")
def distributed_max_allowed_category(
    parcels: gpd.GeoDataFrame,
    sensitive: gpd.GeoDataFrame,
    *,
    client=None,
    n_partitions: int | None = None,
    group_col: str | None = None,
    progress: Callable | None = None,
    **kwargs,
) -> gpd.GeoDataFrame:
    """:func:`rve_geo.max_allowed_category` run in spatial partitions of the parcels.

    Parameters
    ----------
    parcels, sensitive : GeoDataFrame
        As for :func:`rve_geo.max_allowed_category`.
    client, n_partitions, group_col, progress
        As for :func:`distributed_density_measures`.
    **kwargs
        Other keywords of :func:`rve_geo.max_allowed_category`.

    Returns
    -------
    GeoDataFrame
        Equal to ``max_allowed_category(parcels, sensitive, **kwargs)``: same index,
        order, columns and values.

    Raises
    ------
    InputError, MissingColumnError, CRSError
        As :func:`rve_geo.max_allowed_category`.

    Notes
    -----
    Each partition gets the sensitive objects within the largest richtafstand (+1 m)
    of its parcels' bounding boxes. The operation also measures, per omgevingstype,
    the exact distance to the nearest object beyond the largest richtafstand; a parcel
    is computed again against all objects unless, for every omgevingstype present, an
    object of that type surely lies within the richtafstand limit (grid test of
    :func:`_sure_within`). Usually that second pass holds a few remote parcels.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000  # RD New
    >>> house = gpd.GeoDataFrame(geometry=[box(x, y, x + 10, y + 10)], crs="EPSG:28992")
    >>> parcels = gpd.GeoDataFrame(geometry=[box(x + 85, y, x + 135, y + 50),
    ...                                      box(x + 260, y, x + 310, y + 50)],
    ...                            crs="EPSG:28992")
    >>> out = distributed_max_allowed_category(parcels, house, n_partitions=2)
    >>> out[["max_category", "nearest_sensitive_m"]].values.tolist()
    [['3.1', 75.0], ['4.1', 250.0]]
    """
    from ..milieu.categories import OMGEVINGSTYPES
    from ..milieu.distance_tables import load_distance_table
    from ..milieu.sensitive import assign_omgevingstype, prepare_sensitive

    check_frame(parcels, "parcels")
    check_frame(sensitive, "sensitive")
    check_same_crs(parcels=parcels, sensitive=sensitive,
                   omgevingstype_areas=kwargs.get("omgevingstype_areas"))
    client, P, part, n_parts = _partitioned(client, parcels, n_partitions, group_col)
    K = _positional(sensitive)
    table = load_distance_table(kwargs.get("distance_table"))
    reach = _reach_m(table)
    p_geoms = np.asarray(P.geometry.array, dtype=object)
    members = _halo_members(p_geoms, part, n_parts, np.asarray(K.geometry.array, dtype=object),
                            reach)
    # parcels whose per-type nearest object is surely within the query limit
    issues = Issues("max_allowed_category")  # repairs are reported by the partitions
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sp = prepare_sensitive(K, issues)
        codes = assign_omgevingstype(K, sp.geometry, sp.usable,
                                 omgevingstype=kwargs.get("omgevingstype",
                                                          "rustige_woonwijk"),
                                 omgevingstype_col=kwargs.get("omgevingstype_col"),
                                 omgevingstype_areas=kwargs.get("omgevingstype_areas"))
    settled = np.ones(len(P), dtype=bool)
    for o in range(len(OMGEVINGSTYPES)):
        of_type = sp.usable & (np.asarray(codes) == o)
        if of_type.any():
            limit = float(np.nanmax(table.distances[:, o]))
            settled &= _sure_within(p_geoms, sp.geometry[of_type], limit)
    tasks = []
    geom_only = P[[P.geometry.name]]  # the operation reads only the parcel geometry
    for i in range(n_parts):
        rows = np.flatnonzero((part == i) & settled)
        if len(rows):
            tasks.append((geom_only.iloc[rows], K.iloc[members[i]]))
    rest = np.flatnonzero(~settled)
    if len(rest):
        tasks.append((geom_only.iloc[rest], K))
    results = _run(client, "max_allowed_category", tasks, kwargs, progress, "max category")
    if not results:
        from ..milieu.milieuruimte import max_allowed_category

        return max_allowed_category(parcels, sensitive, **kwargs)
    out = _merge_rows(parcels, P, results)
    binding = out["binding_sensitive_id"]
    has = binding.notna().to_numpy()
    ids = np.asarray(sensitive.index, dtype=object)
    bound = np.full(len(out), None, dtype=object)
    bound[has] = ids[_pos(K, binding[has])]
    out["binding_sensitive_id"] = pd.Series(bound, index=out.index, dtype=object)
    return out


# --------------------------------------------------------------------------- kansenzones
def _kz_groups(P: gpd.GeoDataFrame, terrein_col, cross_terrein, gap) -> np.ndarray:
    """Groups that kansenzones' adjacency never crosses."""
    if terrein_col is not None and not cross_terrein:
        return P[terrein_col].to_numpy(dtype=object)
    from .._validate import prepare_polygons
    from ..kansen.adjacency import adjacency_graph, connected_components

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prepared = prepare_polygons(P, "parcels", Issues("kansenzones"))
    graph = adjacency_graph(prepared.geometry, gap_tolerance_m=gap, usable=prepared.usable)
    return connected_components(graph)[1]


@keeps_input_columns("parcels")
def distributed_kansenzones(
    parcels: gpd.GeoDataFrame,
    *,
    client=None,
    n_partitions: int | None = None,
    progress: Callable | None = None,
    **kwargs,
):
    """:func:`rve_geo.kansenzones` run in partitions of whole terreinen.

    Parameters
    ----------
    parcels : GeoDataFrame
        As for :func:`rve_geo.kansenzones`.
    client, n_partitions, progress
        As for :func:`distributed_density_measures`.
    **kwargs
        Keywords of :func:`rve_geo.kansenzones` (``score_col``, ``min_area_ha``,
        ``terrein_col``, ``cross_terrein``, ``seed``, ...).

    Returns
    -------
    KansenzonesResult
        Equal to the single run: the same zones with the same numbers (by decreasing
        ``score_total``, ties by first parcel), and the parcels with ``zone_id``.

    Raises
    ------
    InputError, MissingColumnError
        As :func:`rve_geo.kansenzones`.

    Notes
    -----
    Adjacency never crosses terreinen (with ``terrein_col`` and without
    ``cross_terrein``), so partitions hold whole terreinen; otherwise whole connected
    groups of the gap-tolerant adjacency graph. Every random tie-break of the single
    run is kept: the parcels of a partition are put in an order in which the partition's
    own draw ranks them as the single run's draw does. Zone geometries are the same
    dissolved shapes (vertices may start elsewhere; compare with ``geom_equals``).
    Float sums of areas may differ in the last bit, so only exact ties between sums can
    turn out differently.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x0, y = 155_000, 463_000  # RD New; two terreinen of twelve 1 ha plots, 5 km apart
    >>> xs = [x0 + 100 * i + 5000 * (i >= 12) for i in range(24)]
    >>> parcels = gpd.GeoDataFrame(
    ...     {"score": [0.5] * 24, "terrein_id": ["A"] * 12 + ["B"] * 12},
    ...     geometry=[box(x, y, x + 100, y + 100) for x in xs], crs="EPSG:28992")
    >>> r = distributed_kansenzones(parcels, terrein_col="terrein_id", n_partitions=2)
    >>> r.zones["area_ha"].tolist(), r.zones["n_parcels"].tolist()
    ([12.0, 12.0], [12, 12])
    """
    from ..kansen.zoning import KansenzonesResult

    check_frame(parcels, "parcels")
    check_crs(parcels, "parcels")
    terrein_col = kwargs.get("terrein_col")
    require_columns(parcels, "parcels", [terrein_col])
    seed = kwargs.get("seed", 0)
    try:
        seed = int(seed)
    except (TypeError, ValueError) as exc:
        raise InputError(f"argument 'seed' must be an integer, got {seed!r}.") from exc
    client = _client(client)
    P = _positional(parcels)
    n = len(P)
    groups = _kz_groups(P, terrein_col, kwargs.get("cross_terrein", False),
                        float(kwargs.get("gap_tolerance_m", 30.0)))
    k = n_partitions or _default_partitions(client, n)
    part = _partition_groups(np.asarray(P.geometry.array, dtype=object), groups, k)
    n_parts = int(part.max()) + 1 if n else 0
    tiebreak = np.random.default_rng(seed).permutation(n)
    tasks = []
    for i in range(n_parts):
        rows = np.flatnonzero(part == i)
        local = np.random.default_rng(seed).permutation(len(rows))
        placed = np.empty(len(rows), dtype=np.int64)
        placed[np.argsort(local)] = rows[np.argsort(tiebreak[rows])]
        tasks.append((P.iloc[placed],))
    results = _run(client, "kansenzones", tasks, dict(kwargs), progress, "kansenzones")
    if not results:
        from ..kansen.zoning import kansenzones

        return kansenzones(parcels, **kwargs)
    # number the zones of all partitions as the single run does
    zone_tables, parcel_zone = [], np.full(n, -1, dtype=np.int64)
    offset = 0
    for r in results:
        z = r.zones
        zid = r.parcels["zone_id"]
        rows = _pos(P, zid.index)
        vals = zid.to_numpy(dtype="float64", na_value=np.nan)
        inz = ~np.isnan(vals)
        local_id = vals[inz].astype(np.int64)
        first = np.full(len(z), n, dtype=np.int64)
        np.minimum.at(first, local_id - 1, rows[inz])
        parcel_zone[rows[inz]] = offset + local_id - 1
        zone_tables.append(z.assign(_first=first))
        offset += len(z)
    zones = pd.concat(zone_tables, ignore_index=True)
    rank = np.lexsort((zones["_first"].to_numpy(), -np.round(zones["score_total"].to_numpy(),
                                                              9)))
    new_id = np.empty(len(zones), dtype=np.int64)
    new_id[rank] = np.arange(1, len(zones) + 1)
    zones = zones.iloc[rank].drop(columns="_first").reset_index(drop=True)
    zones["zone_id"] = np.arange(1, len(zones) + 1, dtype=np.int64)
    zones = gpd.GeoDataFrame(zones, geometry=zones.geometry.name, crs=parcels.crs)
    out = parcels.copy()
    ids = np.where(parcel_zone >= 0, new_id[np.clip(parcel_zone, 0, None)], -1)
    out["zone_id"] = pd.array([int(v) if v > 0 else None for v in ids.tolist()],
                              dtype="Int64")
    return KansenzonesResult(zones=zones, parcels=out)
