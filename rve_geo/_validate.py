"""Checks shared by every operation: frames, CRS, columns, polygon geometry.

All checks raise subclasses of :class:`~rve_geo.errors.InputError` whose message
names the argument, the offending rows and the fix. Repairs (invalid polygons
made valid, Z dropped) and exclusions (null or empty geometry) are collected in an
:class:`Issues` object and emitted as one :class:`~rve_geo.errors.RveGeoWarning`.

Length: about 730 lines because every input check of every operation lives here, so a
front end and a new operation find them in one place; the validation memo (checks done
once per geometry array in a run) stays beside the checks whose outcome it remembers.
"""

from __future__ import annotations

import ctypes
import functools
import sys
import threading
import warnings
import weakref
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ._parallel import threaded_map, threaded_pairwise
from .errors import CRSError, GeometryError, InputError, MissingColumnError, RveGeoWarning

# RD New validity extent (EPSG:28992 area of use, rounded outward), metres.
RD_EXTENT = (-7000.0, 289000.0, 300000.0, 629000.0)
_POLYGONAL = {"Polygon", "MultiPolygon"}


def row_ids(index: pd.Index | Iterable, *, limit: int = 5) -> str:
    """Format the first ``limit`` row labels for a message: ``'3, 17, 20 (+4 more)'``.

    Examples
    --------
    >>> row_ids([1, 2, 3, 4, 5, 6, 7], limit=3)
    '1, 2, 3 (+4 more)'
    """
    labels = list(index)
    shown = ", ".join(repr(x) if isinstance(x, str) else str(x) for x in labels[:limit])
    more = len(labels) - limit
    return shown + (f" (+{more} more)" if more > 0 else "")


@dataclass
class Issues:
    """Collects repairs and exclusions of one call and emits one warning.

    Examples
    --------
    >>> issues = Issues("density_measures")
    >>> issues.add("parcels", "2 invalid polygons repaired with make_valid", [4, 9])
    >>> issues.messages
    ['parcels: 2 invalid polygons repaired with make_valid (rows 4, 9)']
    """

    operation: str
    messages: list[str] = field(default_factory=list)
    extent_checked: set[str] = field(default_factory=set)
    #: (argument, text, row labels or '') per message, for front ends that translate
    entries: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, argument: str, text: str, rows: Iterable | None = None) -> None:
        rows = list(rows) if rows is not None else []
        shown = row_ids(rows) if rows else ""
        suffix = f" (rows {shown})" if rows else ""
        self.messages.append(f"{argument}: {text}{suffix}")
        self.entries.append((argument, text, shown))

    def emit(self, stacklevel: int = 3) -> None:
        if self.messages:
            warning = RveGeoWarning(f"{self.operation}: " + "; ".join(self.messages))
            warning.operation = self.operation
            warning.entries = tuple(self.entries)
            warnings.warn(warning, stacklevel=stacklevel)


def check_frame(obj, argument: str) -> gpd.GeoDataFrame:
    """Return ``obj`` if it is a GeoDataFrame with an active geometry column."""
    if not isinstance(obj, gpd.GeoDataFrame):
        raise InputError(
            f"argument '{argument}' must be a GeoDataFrame, got {type(obj).__name__}; "
            "read a layer with rve_geo.io.read_layer(path) or geopandas.read_file(path)."
        )
    try:
        obj.geometry  # noqa: B018 - raises when there is no active geometry column
    except AttributeError as exc:
        raise InputError(
            f"argument '{argument}' has no active geometry column; "
            f"call {argument}.set_geometry('<column>') first."
        ) from exc
    return obj


def check_crs(frame: gpd.GeoDataFrame, argument: str, *, scale: bool = True) -> None:
    """Raise :class:`CRSError` when ``frame`` has no CRS, a geographic one, or one whose
    metres are not metres on the ground where the data lies (see :func:`check_scale`)."""
    crs = frame.crs
    if crs is None:
        raise CRSError(
            f"argument '{argument}' has no CRS. If the coordinates are Dutch RD New, set it "
            f"with {argument}.set_crs('EPSG:28992'); otherwise set the CRS the data is in and "
            f"reproject with {argument}.to_crs('EPSG:28992')."
        )
    if not crs.is_projected:
        raise CRSError(
            f"argument '{argument}' is in a geographic CRS ({crs.to_string()}), so areas and "
            f"distances would be in degrees. Reproject it first: "
            f"{argument} = {argument}.to_crs('EPSG:28992')."
        )
    unit = crs.axis_info[0].unit_name if crs.axis_info else "metre"
    if unit not in ("metre", "meter", "m"):
        raise CRSError(
            f"argument '{argument}' is in {crs.to_string()} with unit '{unit}'; rve_geo needs "
            f"metres. Reproject it first: {argument} = {argument}.to_crs('EPSG:28992')."
        )
    if scale:
        check_scale(frame, argument)


#: Largest scale error (fraction) of a CRS at the data's location that rve_geo accepts:
#: 1 % in distances. RD New is off by at most 0.02 % in the Netherlands, UTM by 0.1 %;
#: Web Mercator (EPSG:3857) by 62 % at 52 degrees north.
MAX_SCALE_ERROR = 0.01


def scale_error(crs, x: float, y: float) -> float | None:
    """Largest relative scale error of projected ``crs`` at the point (x, y) in that CRS.

    None when the point cannot be placed on the earth (then nothing can be said).

    Examples
    --------
    >>> round(scale_error("EPSG:3857", 682000.0, 6803000.0), 2)  # Doesburg in Web Mercator
    0.62
    >>> scale_error("EPSG:28992", 206000.0, 447000.0) < 0.001
    True
    """
    import pyproj

    crs = pyproj.CRS.from_user_input(crs)
    return _scale_error(crs.to_wkt(), round(float(x), -2), round(float(y), -2))


@functools.lru_cache(maxsize=64)
def _scale_error(wkt: str, x: float, y: float) -> float | None:
    import pyproj

    crs = pyproj.CRS.from_wkt(wkt)
    try:
        lon, lat = pyproj.Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True).transform(
            x, y)
        if not (np.isfinite(lon) and np.isfinite(lat)):
            return None
        f = pyproj.Proj(crs).get_factors(lon, lat)
    except Exception:  # pyproj raises several types for points outside the projection
        return None
    worst = max(abs(f.meridional_scale - 1.0), abs(f.parallel_scale - 1.0))
    return float(worst) if np.isfinite(worst) else None


def check_scale(frame: gpd.GeoDataFrame, argument: str) -> None:
    """Raise :class:`CRSError` when ``frame``'s CRS distorts lengths by more than 1 %
    where the data lies (EPSG:3857 at 52 degrees north: 62 %).

    RD New (EPSG:28992) is always accepted: data far outside its extent gets its own
    warning (:func:`warn_outside_netherlands`).
    """
    crs = frame.crs
    if crs is None or not crs.is_projected or crs.to_epsg() == 28992 or len(frame) == 0:
        return
    x0, y0, x1, y1 = frame.total_bounds
    if not np.all(np.isfinite([x0, y0, x1, y1])):
        return
    error = scale_error(crs, (x0 + x1) / 2, (y0 + y1) / 2)
    if error is not None and error > MAX_SCALE_ERROR:
        raise CRSError(
            f"argument '{argument}' is in {crs.to_string()}, whose metres are not metres on the "
            f"ground where the data lies (scale error {error:.0%}; areas and distances would be "
            f"wrong by that much). Reproject it to an equal-scale CRS first: "
            f"{argument} = {argument}.to_crs('EPSG:28992') (RD New)."
        )


def check_same_crs(**frames: gpd.GeoDataFrame | None) -> None:
    """Check every given frame is projected and metric at its location and all share one CRS."""
    given = {k: v for k, v in frames.items() if v is not None}
    for name, frame in given.items():
        check_crs(frame, name, scale=False)
    names = list(given)
    for other in names[1:]:
        if given[other].crs != given[names[0]].crs:
            a, b = given[names[0]].crs.to_string(), given[other].crs.to_string()
            raise CRSError(
                f"arguments '{names[0]}' ({a}) and '{other}' ({b}) are in different CRSs; "
                f"reproject one of them: {other} = {other}.to_crs({names[0]}.crs)."
            )
    for name, frame in given.items():
        check_scale(frame, name)


def warn_outside_netherlands(frame: gpd.GeoDataFrame, argument: str, issues: Issues) -> None:
    """Note rows far outside the Netherlands when ``frame`` is in EPSG:28992.

    Called by :func:`prepare_polygons`; checks each argument once per ``issues``.
    """
    if argument in issues.extent_checked:
        return
    issues.extent_checked.add(argument)
    if frame.crs is None or frame.crs.to_epsg() != 28992 or len(frame) == 0:
        return
    geoms = np.asarray(frame.geometry.array, dtype=object)
    _warn_outside_rd(frame, geoms, _MEMO.facts(geoms), argument, issues)


def _warn_outside_rd(frame, geoms: np.ndarray, facts: dict | None, argument: str,
                     issues: Issues) -> None:
    bad = facts.get("outside_rd") if facts is not None else None
    if bad is None:
        x0, y0, x1, y1 = RD_EXTENT
        with np.errstate(invalid="ignore"):
            b = shapely.bounds(geoms)  # NaN for rows without geometry: not outside
            bad = (b[:, 0] < x0) | (b[:, 2] > x1) | (b[:, 1] < y0) | (b[:, 3] > y1)
        if facts is not None:
            facts["outside_rd"] = bad
    if bad.any():
        issues.add(
            argument,
            f"{int(bad.sum())} geometries lie outside the RD New extent; check that the "
            "coordinates are really EPSG:28992",
            frame.index[bad],
        )


# --------------------------------------------------------------------------- validation memo
class _Memo:
    """Facts about geometry arrays this process has already checked.

    An entry belongs to the exact geometry objects of one array (shapely geometries are
    immutable), found by their ``id``s: a copy of a frame, a column selection or an
    operation's output built on the same geometries shares the entry; an array in which a
    single geometry was replaced does not. The entry holds references to those objects, so
    their ids cannot be reused while it lives, and it lives as long as one of its owners
    lives: the frame it was made for, and a frame that took that frame's place
    (:func:`keep_checks_with`); at most :attr:`MAX_ENTRIES` entries: the least recently used
    goes first.
    """

    MAX_ENTRIES = 32

    def __init__(self) -> None:
        # ids, the geometry objects, the facts, weak references to the owners
        self._entries: OrderedDict[tuple, tuple[np.ndarray, np.ndarray, dict, list]] = \
            OrderedDict()
        # reentrant: a frame dropped while the lock is held runs _forget in the same thread
        self._lock = threading.RLock()

    @staticmethod
    def _identity(geoms: np.ndarray) -> tuple[tuple, np.ndarray]:
        ids = _object_ids(geoms)
        step = max(1, len(ids) // 64)
        # the sum of every id as well: arrays that differ only where the sample does not
        # look (the parcels and their repaired geometry) must not share a key
        return (len(ids), ids[::step].tobytes(), int(ids[-1]) if len(ids) else 0,
                int(ids.sum(dtype=np.uint64))), ids

    def facts(self, geoms: np.ndarray, identity: tuple | None = None) -> dict | None:
        """The facts known about exactly these geometry objects, or None.

        ``identity`` is :meth:`_identity` of ``geoms`` when the caller has it already.
        """
        key, ids = identity or self._identity(geoms)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or not np.array_equal(entry[0], ids):
                return None
            self._entries.move_to_end(key)
            return entry[2]

    def remember(self, geoms: np.ndarray, owner, fact, value,
                 identity: tuple | None = None) -> dict:
        """Note ``fact = value`` about these geometry objects, for as long as ``owner``
        lives (an entry without facts is made when ``fact`` is None); return the facts."""
        key, ids = identity or self._identity(geoms)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or not np.array_equal(entry[0], ids):
                entry = (ids, np.array(geoms, dtype=object, copy=True), {}, [])
                self._entries[key] = entry
                if owner is not None:
                    self._own(key, entry, owner)
                while len(self._entries) > self.MAX_ENTRIES:
                    self._entries.popitem(last=False)
            if fact is not None:
                entry[2][fact] = value
            return entry[2]

    def share(self, owner, heir) -> int:
        """Every entry ``owner`` keeps alive lives as long as ``heir`` too; returns how many."""
        with self._lock:
            shared = 0
            for key, entry in list(self._entries.items()):
                owners = [ref() for ref in entry[3]]
                if any(o is owner for o in owners) and not any(o is heir for o in owners):
                    self._own(key, entry, heir)
                    shared += 1
            return shared

    def _own(self, key: tuple, entry: tuple, owner) -> None:
        """Make ``owner`` one of the frames that keep ``entry`` alive (lock held)."""
        entry[3].append(weakref.ref(owner))
        weakref.finalize(owner, self._forget, key, entry[0])

    def _forget(self, key: tuple, ids: np.ndarray) -> None:
        """An owner of the entry is gone: forget the entry when none is left."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] is ids:
                entry[3][:] = [ref for ref in entry[3] if ref() is not None]
                if not entry[3]:
                    del self._entries[key]

    def forget_facts(self, owner, kind: str) -> int:
        """Forget the facts ``(kind, ...)`` of every entry made for ``owner``; return how
        many were forgotten."""
        n = 0
        with self._lock:
            for entry in self._entries.values():
                if not any(ref() is owner for ref in entry[3]):
                    continue
                for fact in [f for f in entry[2] if isinstance(f, tuple) and f[0] == kind]:
                    del entry[2][fact]
                    n += 1
        return n

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


_MEMO = _Memo()


def _object_ids(geoms: np.ndarray) -> np.ndarray:
    """``id()`` of every element of an object array, as int64.

    CPython's ``id`` is the object's address, which is what an object array stores: the
    addresses are read straight from the array's buffer (a copy, no loop).

    Examples
    --------
    >>> a = np.array([object(), None, "x"], dtype=object)
    >>> _object_ids(a).tolist() == [id(x) for x in a]
    True
    """
    arr = np.ascontiguousarray(geoms, dtype=object)
    if len(arr) == 0 or sys.implementation.name != "cpython":
        return np.fromiter(map(id, arr), dtype=np.int64, count=len(arr))
    buffer = (ctypes.c_char * (arr.itemsize * len(arr))).from_address(arr.ctypes.data)
    return np.frombuffer(buffer, dtype=np.intp).astype(np.int64, copy=True)


def keep_checks_with(frame, heir) -> int:
    """Keep what the memo holds for ``frame`` (checks, repairs, spatial indexes) for as
    long as ``heir`` lives too: for a copy that takes the frame's place, e.g. the parcels
    with one more result column, so the next operation finds them although ``frame`` is
    gone. Returns the number of entries kept.

    Examples
    --------
    >>> import gc
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> parcels = gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1)], crs="EPSG:28992")
    >>> _ = prepare_polygons(parcels, "parcels", Issues("example"))
    >>> heir = parcels.assign(fsi=0.5)
    >>> keep_checks_with(parcels, heir)
    1
    >>> del parcels; _ = gc.collect()
    >>> remembered_polygons(heir.geometry.to_numpy())
    True
    """
    return _MEMO.share(frame, heir)


def clear_validation_memo() -> None:
    """Forget every geometry array checked so far (the next operation checks again).

    Examples
    --------
    >>> clear_validation_memo()
    >>> validation_memo_size()
    0
    """
    _MEMO.clear()


def strtree_of(geoms: np.ndarray, owner=None, *, node_capacity: int = 10) -> shapely.STRtree:
    """An STRtree of ``geoms``, built once while ``owner`` (the frame the geometries come
    from) lives: the next operation of a run on the same geometry objects reuses it.

    Without ``owner`` the tree is built and not kept. The tree is complete when returned
    (GEOS otherwise finishes it on the first query), so threads may query it at once.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> homes = gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1)], crs="EPSG:28992")
    >>> geoms = homes.geometry.to_numpy()
    >>> strtree_of(geoms, homes) is strtree_of(geoms.copy(), homes)
    True
    """
    geoms = np.asarray(geoms, dtype=object)
    if owner is None:
        return _built_strtree(geoms, node_capacity)
    facts = _MEMO.facts(geoms)
    fact = ("strtree", node_capacity)
    tree = facts.get(fact) if facts is not None else None
    if tree is None:
        tree = _built_strtree(geoms, node_capacity)
        _MEMO.remember(geoms, owner, fact, tree)
    return tree


def release_strtrees(owner) -> int:
    """Let go of the spatial indexes kept with ``owner`` (:func:`strtree_of`): the next
    operation that needs one builds it again. The other checks of its geometries are kept.

    For a run whose later steps query no index of ``owner`` (``rve run`` lets go of the
    homes' indexes after the maximum category: 5 million homes, about 0.8 GB). Returns the
    number of indexes let go.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> homes = gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1)], crs="EPSG:28992")
    >>> geoms = homes.geometry.to_numpy()
    >>> tree = strtree_of(geoms, homes)
    >>> release_strtrees(homes), strtree_of(geoms, homes) is tree
    (1, False)
    """
    return _MEMO.forget_facts(owner, "strtree")


def _built_strtree(geoms: np.ndarray, node_capacity: int) -> shapely.STRtree:
    """An STRtree whose nodes GEOS has built: shapely leaves that to the first query, and
    two threads making the first query at once would both build it."""
    tree = shapely.STRtree(geoms, node_capacity=node_capacity)
    first = geoms[shapely.is_geometry(geoms) & ~shapely.is_empty(geoms)][:1]
    if len(first):
        tree.query(first)
    return tree


def remembered_polygons(geoms: np.ndarray) -> bool:
    """True when :func:`prepare_polygons` has checked exactly these geometry objects."""
    facts = _MEMO.facts(np.asarray(geoms, dtype=object))
    return facts is not None and "polygons" in facts


def validation_memo_size() -> int:
    """Number of geometry arrays whose checks this process remembers.

    :func:`prepare_polygons` and :func:`check_overlaps` check a geometry array once: the
    next operation given the very same geometry objects (the same frame, a copy, or an
    earlier operation's output) reuses the outcome instead of checking again. An entry lives
    as long as the frame it was made for.
    """
    return len(_MEMO)


@dataclass(frozen=True)
class PreparedPolygons:
    """Polygon geometry ready for computation.

    ``geometry`` has one entry per input row (None where ``usable`` is False).
    """

    geometry: np.ndarray
    usable: np.ndarray
    repaired: np.ndarray


def prepare_polygons(
    frame: gpd.GeoDataFrame, argument: str, issues: Issues, *, allow_empty_rows: bool = True
) -> PreparedPolygons:
    """Validate polygon geometry: repair invalid shapes, refuse other types.

    - null or empty geometry: excluded (``usable`` False) and counted in ``issues``;
    - Z/M coordinates: dropped (2-D analysis) and counted;
    - invalid polygons (bow-ties, self-touching rings): repaired with
      ``shapely.make_valid`` keeping the polygonal parts, and counted;
    - points, lines: :class:`GeometryError` naming the rows.

    A geometry array is checked once per process: the outcome is remembered for the very
    geometry objects of ``frame`` (see :func:`validation_memo_size`), so the next operation of
    a run that gets the same geometries (the same frame, a copy, or an operation's output
    built on it) reuses it, with the same repairs reported again.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import Polygon, box
    >>> bowtie = Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])
    >>> frame = gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1), bowtie], crs="EPSG:28992")
    >>> issues = Issues("example")
    >>> prepare_polygons(frame, "parcels", issues).repaired.tolist()
    [False, True]
    >>> prepare_polygons(frame.copy(), "parcels", issues).repaired.tolist()  # remembered
    [False, True]
    >>> issues.messages[-1]
    'parcels: 1 invalid polygons repaired with make_valid (rows 1)'
    """
    geoms = np.asarray(frame.geometry.array, dtype=object)
    n = len(geoms)
    if n == 0:
        return PreparedPolygons(geoms, np.zeros(0, bool), np.zeros(0, bool))
    identity = _MEMO._identity(geoms)
    facts = _MEMO.facts(geoms, identity)
    known = facts.get("polygons") if facts is not None else None
    if known is None:
        known = _check_polygons(geoms, frame.index, argument, allow_empty_rows)
        facts = _MEMO.remember(geoms, frame, "polygons", known, identity)
        if known.repaired.any() or known.missing.any():  # other objects: their own entry
            _MEMO.remember(known.geometry, frame, None, None)
    if known.missing.any() and not allow_empty_rows:
        raise GeometryError(
            f"argument '{argument}' has {int(known.missing.sum())} rows without geometry "
            f"(rows {row_ids(frame.index[known.missing])}); remove or fix them."
        )
    known.report(frame.index, argument, issues)
    if argument not in issues.extent_checked:  # as warn_outside_netherlands, memo at hand
        issues.extent_checked.add(argument)
        if frame.crs is not None and frame.crs.to_epsg() == 28992:
            _warn_outside_rd(frame, geoms, facts, argument, issues)
    return PreparedPolygons(known.geometry.copy(), known.usable.copy(), known.repaired.copy())


@dataclass(frozen=True)
class _CheckedPolygons:
    """What :func:`_check_polygons` found: the prepared geometry and the rows it noted."""

    geometry: np.ndarray
    usable: np.ndarray
    repaired: np.ndarray
    missing: np.ndarray
    now_empty: np.ndarray
    n_z: int

    def report(self, index: pd.Index, argument: str, issues: Issues) -> None:
        """Add the notes of this check to ``issues`` with ``index``'s row labels."""
        if self.missing.any():
            issues.add(argument, f"{int(self.missing.sum())} rows without geometry were "
                       "skipped (their results are empty)", index[self.missing])
        if self.n_z:
            issues.add(argument, f"Z coordinates dropped from {self.n_z} geometries")
        if self.repaired.any():
            issues.add(argument, f"{int(self.repaired.sum())} invalid polygons repaired with "
                       "make_valid", index[self.repaired])
        if self.now_empty.any():
            issues.add(argument, f"{int(self.now_empty.sum())} geometries had no area left "
                       "after repair and were skipped", index[self.now_empty])


def _check_polygons(geoms: np.ndarray, index: pd.Index, argument: str,
                    allow_empty_rows: bool) -> _CheckedPolygons:
    """The checks and repairs of :func:`prepare_polygons`, without the memo."""
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if missing.any() and not allow_empty_rows:
        raise GeometryError(
            f"argument '{argument}' has {int(missing.sum())} rows without geometry "
            f"(rows {row_ids(index[missing])}); remove or fix them."
        )
    # GEOS calls a geometry with a NaN or infinite coordinate invalid: only the rows it
    # calls invalid need their coordinates scanned (a scan of every vertex took 6.3 s for
    # 2.5 million homes, the validity 1.7 s), and the validity is used again below
    present = np.where(missing, None, geoms)
    valid_before = threaded_map(shapely.is_valid, present, min_chunk=20_000) | missing
    coords_ok = np.ones(len(geoms), dtype=bool)
    coords_ok[~valid_before] = _finite_coordinates(present[~valid_before])
    if not coords_ok.all():
        raise GeometryError(
            f"argument '{argument}' has {int((~coords_ok).sum())} geometries with NaN or "
            f"infinite coordinates (rows {row_ids(index[~coords_ok])}); fix or remove "
            "those rows (they usually come from a failed reprojection or an empty x/y cell)."
        )
    geoms = geoms.copy()
    has_z = ~missing & shapely.has_z(present)
    if has_z.any():
        geoms[has_z] = shapely.force_2d(geoms[has_z])
    types = shapely.get_type_id(geoms)
    # 3 Polygon, 6 MultiPolygon, 7 GeometryCollection
    collection = types == 7
    if collection.any():
        geoms[collection] = _polygonal_part(geoms[collection], keep_other=True)
        types = shapely.get_type_id(geoms)
    wrong = ~missing & ~np.isin(types, (3, 6))
    if wrong.any():
        kinds = sorted(set(shapely.get_type_id(geoms[wrong]).tolist()))
        names = {0: "Point", 1: "LineString", 2: "LinearRing", 4: "MultiPoint",
                 5: "MultiLineString", 7: "GeometryCollection"}
        raise GeometryError(
            f"argument '{argument}' must hold polygons, but rows {row_ids(index[wrong])} "
            f"are {', '.join(names.get(k, str(k)) for k in kinds)}. Use the polygon layer "
            "(footprints or parcel outlines), or buffer points/lines into polygons first."
        )
    # the validity taken above, again for the collections made polygonal (GEOS's validity
    # is 2-D: dropping Z changes nothing in it); GEOS releases the GIL in is_valid
    valid = valid_before.copy()
    if collection.any():
        valid[collection] = threaded_map(shapely.is_valid, geoms[collection],
                                         min_chunk=20_000)
    repair = ~missing & ~valid
    if repair.any():
        geoms[repair] = _polygonal_part(shapely.make_valid(geoms[repair]))
    now_empty = ~missing & (shapely.is_empty(geoms) | shapely.is_missing(geoms))
    usable = ~missing & ~now_empty
    geoms[~usable] = None
    return _CheckedPolygons(geoms, usable, repair, missing, now_empty, int(has_z.sum()))


def _finite_coordinates(geoms: np.ndarray) -> np.ndarray:
    """True per geometry whose coordinates are all finite (None counts as finite)."""
    coords, index = shapely.get_coordinates(geoms, include_z=False, return_index=True)
    bad = ~np.isfinite(coords).all(axis=1)
    ok = np.ones(len(geoms), dtype=bool)
    ok[np.unique(index[bad])] = False
    return ok


def check_names(value, argument: str) -> tuple[str, ...]:
    """Return a list of column names as a tuple; a single text is refused.

    Examples
    --------
    >>> check_names(["a", "b"], "cols")
    ('a', 'b')
    """
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise InputError(
            f"argument '{argument}' must be a list of column names, got {value!r}; write "
            f"{argument}=[{value!r}] for one column." if isinstance(value, str) else
            f"argument '{argument}' must be a list of column names (text), got {value!r}."
        )
    return tuple(value)


def check_overlaps(geoms: np.ndarray, index: pd.Index, argument: str, *,
                   min_overlap_m2: float = 1.0) -> None:
    """Refuse polygons that overlap each other by more than ``min_overlap_m2``.

    Overlapping or duplicate parcels make a building's floor area count on each of them.
    The message lists the first overlapping pairs by row label.
    """
    geoms = np.asarray(geoms, dtype=object)
    facts = _MEMO.facts(geoms)
    fact = ("no_overlaps_above_m2", float(min_overlap_m2))
    if facts is not None and facts.get(fact):
        return
    _find_overlaps(geoms, index, argument, min_overlap_m2)
    if facts is not None:  # only onto an entry that a frame owns
        facts[fact] = True


def _find_overlaps(geoms: np.ndarray, index: pd.Index, argument: str,
                   min_overlap_m2: float) -> None:
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    pos = np.flatnonzero(ok)
    if len(pos) < 2:
        return
    tree = shapely.STRtree(geoms[pos])
    a, b = tree.query(geoms[pos], predicate="intersects")
    keep = a < b
    a, b = pos[a[keep]], pos[b[keep]]
    # neighbours that only touch share no area: intersect only pairs whose interiors meet
    inner = ~threaded_pairwise(shapely.touches, geoms[a], geoms[b], min_chunk=20_000)
    a, b = a[inner], b[inner]
    if not len(a):
        return
    area = shapely.area(threaded_pairwise(shapely.intersection, geoms[a], geoms[b],
                                          min_chunk=5_000))
    bad = area > min_overlap_m2
    if bad.any():
        pairs = [f"{index[i]!r} and {index[j]!r} ({area_m2:,.0f} m2)"
                 for i, j, area_m2 in zip(a[bad][:5], b[bad][:5], area[bad][:5], strict=True)]
        more = int(bad.sum()) - len(pairs)
        raise InputError(
            f"argument '{argument}' has {int(bad.sum())} pairs of overlapping polygons (rows "
            f"{'; '.join(pairs)}{f'; +{more} more' if more > 0 else ''}), so a building on "
            "the overlap would count on each; remove duplicates or fix the outlines, or pass "
            "allow_overlaps=True to count them anyway."
        )


def _polygonal_part(geoms: np.ndarray, *, keep_other: bool = False) -> np.ndarray:
    """Keep only the polygonal parts of (collections of) geometries.

    Rows without any polygonal part become an empty polygon, or stay as they are
    when ``keep_other`` (so that the type check can name them).
    """
    out = np.empty(len(geoms), dtype=object)
    for i, g in enumerate(geoms):  # only rows that need it: few
        polys = [p for p in shapely.get_parts(g) if p.geom_type in _POLYGONAL]
        if polys:
            out[i] = shapely.union_all(polys) if len(polys) > 1 else polys[0]
        else:
            out[i] = g if keep_other else shapely.Polygon()
    return out


def require_columns(frame: pd.DataFrame, argument: str, columns: Iterable[str]) -> None:
    """Raise :class:`MissingColumnError` listing the available columns."""
    missing = [c for c in columns if c is not None and c not in frame.columns]
    if missing:
        found = [c for c in frame.columns if c != getattr(frame, "_geometry_column_name", None)]
        raise MissingColumnError(
            f"argument '{argument}' has no column {', '.join(map(repr, missing))}; "
            f"columns found: {', '.join(map(str, found)) or '(none)'}. "
            "Name the right column explicitly."
        )


def parse_numbers(raw: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """``raw`` as float64 and the mask of values that are text but not a number.

    Missing values and blank text become NaN and are not flagged; a decimal comma
    ("6,5") is read as a decimal point. Flagged values are NaN in the result: the caller
    decides whether they are an error (:func:`numeric_column`) or a warning.

    Examples
    --------
    >>> values, bad = parse_numbers(pd.Series(["1990", "onbekend", None, " ", "6,5"]))
    >>> values.tolist(), bad.tolist()
    ([1990.0, nan, nan, nan, 6.5], [False, True, False, False, False])
    """
    if raw.dtype == object or pd.api.types.is_string_dtype(raw.dtype):
        text = raw.astype("string").str.strip()
        values = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")
        bad = (values.isna() & raw.notna() & (text != "")).to_numpy(dtype=bool, na_value=False)
        return values.to_numpy(dtype="float64", na_value=np.nan), bad
    if pd.api.types.is_bool_dtype(raw.dtype):
        return raw.astype("float64").to_numpy(), np.zeros(len(raw), dtype=bool)
    values = np.array(pd.to_numeric(raw, errors="coerce").to_numpy(dtype="float64",
                                                                    na_value=np.nan))
    return values, np.zeros(len(raw), dtype=bool)


def numeric_column(
    frame: pd.DataFrame,
    column: str,
    argument: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    what: str = "value",
    fix: str = "",
    layer: str | None = None,
) -> np.ndarray:
    """Return ``frame[column]`` as float64, refusing text and out-of-range rows.

    Missing values stay NaN; a decimal comma ("6,5") is read as a decimal point. Text
    that is not a number, values below ``minimum`` and above ``maximum`` raise
    :class:`InputError` naming the argument (and ``layer`` of a file, when given), the
    column, the rows and an example.

    Examples
    --------
    >>> import pandas as pd
    >>> numeric_column(pd.DataFrame({"h": ["6,5", None, 3]}), "h", "buildings").tolist()
    [6.5, nan, 3.0]
    >>> numeric_column(pd.DataFrame({"m2": [80, -5]}), "m2", "path", minimum=0, layer="vbo")
    Traceback (most recent call last):
    ...
    rve_geo.errors.InputError: argument 'path', layer 'vbo', column 'm2': 1 values below 0 (rows 1, e.g. -5); a value cannot be below 0.
    """
    require_columns(frame, argument, [column])
    raw = frame[column]
    where = (f"argument '{argument}', layer '{layer}', column '{column}'" if layer
             else f"argument '{argument}', column '{column}'")
    arr, bad = parse_numbers(raw)
    if bad.any():
        raise InputError(
            f"{where}: {int(bad.sum())} values are not "
            f"numbers (rows {row_ids(frame.index[bad])}, e.g. "
            f"{raw[bad].iloc[0]!r}); give the {what} as a number. {fix}".rstrip()
        )
    with np.errstate(invalid="ignore"):
        if minimum is not None:
            low = arr < minimum
            if low.any():
                raise InputError(
                    f"{where}: {int(low.sum())} values below "
                    f"{minimum:g} (rows {row_ids(frame.index[low])}, e.g. {arr[low][0]:g}); "
                    f"a {what} cannot be below {minimum:g}. {fix}".rstrip()
                )
        if maximum is not None:
            high = arr > maximum
            if high.any():
                raise InputError(
                    f"{where}: {int(high.sum())} values above "
                    f"{maximum:g} (rows {row_ids(frame.index[high])}, e.g. {arr[high][0]:g}); "
                    f"that is not a plausible {what}. {fix}".rstrip()
                )
    return arr


def check_positive(value: float, argument: str, *, allow_zero: bool = False) -> float:
    """Return ``value`` as float, refusing negative (and zero unless allowed) numbers."""
    try:
        v = float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"argument '{argument}' must be a number, got {value!r}.") from exc
    if not np.isfinite(v) or v < 0 or (v == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise InputError(f"argument '{argument}' must be {bound}, got {value!r}.")
    return v


def check_choice(value: str, argument: str, choices: Iterable[str]) -> str:
    """Return ``value`` if it is one of ``choices``, else raise naming the options."""
    choices = list(choices)
    if value not in choices:
        raise InputError(
            f"argument '{argument}' must be one of {', '.join(map(repr, choices))}; "
            f"got {value!r}."
        )
    return value
