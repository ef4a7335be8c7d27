"""Shared helpers and defaults of the policy indicators.

Formulas, directions and the source of every default are in ``docs/indicators.md``.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from ..data import policy
from ..potential.jobs import default_jobs_ratios

#: Threshold year of the programme's redevelopment estimate ("verouderd vastgoed van voor
#: 1980", 10,000-15,000 ha) [S], DOMAIN.md section 1.
THRESHOLD_YEAR: int = policy("threshold_year")
#: Work floor area per new home [S] and jobs per new home [S], DOMAIN.md section 4.
NORM_WORK_M2_PER_HOME: float = policy("norm_work_m2_per_home")
NORM_JOBS_PER_HOME: float = policy("norm_jobs_per_home")
#: m2 BVO per job used to turn work floor area of unknown use into jobs: the default row of
#: data/jobs_ratios.csv (250 m2 plot per job [S] at FSI 0.4 [A]), not the office figure.
M2_PER_JOB: float = default_jobs_ratios()["default"]
#: Relocation cost band, EUR per m2 plot [S], DOMAIN.md section 4.
RELOCATION_BAND_EUR_PER_M2: tuple[float, float] = policy("relocation_band_eur_per_m2")
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


def study_hull(frames: list) -> shapely.Geometry:
    """Convex hull of every geometry of ``frames``, without a region-wide union.

    The hull of a union equals the hull of all vertices, so the hull is taken per chunk
    of geometries and then of the chunk hulls: linear in the number of vertices.

    Examples
    --------
    >>> from shapely.geometry import box
    >>> a = gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1), box(3, 0, 4, 1)])
    >>> study_hull([a]).area
    4.0
    """
    hulls = []
    for frame in frames:
        geoms = np.asarray(frame.geometry.array, dtype=object)
        for start in range(0, len(geoms), 100_000):
            coords = shapely.get_coordinates(geoms[start:start + 100_000])
            if len(coords):
                hulls.append(_hull_of(coords))
    if not hulls:
        return shapely.GeometryCollection()
    if len(hulls) == 1:
        return hulls[0]
    return _hull_of(shapely.get_coordinates(hulls))


def _hull_of(coords: np.ndarray) -> shapely.Geometry:
    """Convex hull of the points ``coords`` (n x 2, n >= 1), the one of their multipoint,
    taken from one line through them: no geometry is made per point (1,000,000 parcels,
    11 million vertices: 0.8 s instead of 7.9 s).

    >>> _hull_of(np.array([[0.0, 0.0], [2.0, 0.0], [1.0, 1.0], [1.0, 0.5]])).wkt
    'POLYGON ((0 0, 1 1, 2 0, 0 0))'
    >>> _hull_of(np.array([[1.0, 1.0]])).wkt
    'POINT (1 1)'
    """
    if len(coords) == 1:
        return shapely.points(coords[0])
    return shapely.convex_hull(shapely.linestrings(coords))


def _frame_like(frame: gpd.GeoDataFrame, geometry: np.ndarray | None = None) -> gpd.GeoDataFrame:
    """A new GeoDataFrame with the same index, CRS and attributes as ``frame``."""
    out = frame.copy()
    if geometry is not None and len(out):
        out = out.set_geometry(gpd.GeoSeries(geometry, index=out.index, crs=frame.crs))
    return out


# ---------------------------------------------------------------------------
# herontwikkelingsopgave
# ---------------------------------------------------------------------------


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
