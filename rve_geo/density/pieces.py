"""How a building's floor area is split over the parcels it stands on.

DOMAIN.md section 3: buildings that cross parcel boundaries are split by intersection
area, not assigned whole. One rule for every measure that sums buildings per parcel
(Spacemate density, redevelopment stock).
"""

from __future__ import annotations

import numpy as np
import shapely

from .._parallel import threaded_map
from .._validate import strtree_of
from ..progress import ProgressCallback, report

__all__ = ["building_pieces"]


def building_pieces(
    parcel_geoms: np.ndarray,
    parcel_usable: np.ndarray,
    building_geoms: np.ndarray,
    building_usable: np.ndarray | None = None,
    building_area_m2: np.ndarray | None = None,
    progress: ProgressCallback | None = None,
    *,
    owner=None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (parcel, building) overlap and the footprint area of that piece.

    Parameters
    ----------
    parcel_geoms, building_geoms : ndarray of shapely geometries
        Prepared (valid, 2-D) polygons.
    parcel_usable, building_usable : ndarray of bool
        Rows to take part (default: every building).
    building_area_m2 : ndarray, optional
        Footprint area per building when already known (saves computing it again).
    progress : callable, optional
        ``progress(fraction, message)``.
    owner : GeoDataFrame, optional
        The parcels frame: the parcels' spatial index is kept with it for the next
        operation of the run (see :func:`rve_geo._validate.strtree_of`).

    Returns
    -------
    tuple of ndarray
        ``(parcel position, building position, piece area in m2)``, pieces of area 0 left out.

    Notes
    -----
    A building covered by one parcel keeps its whole footprint there and its other
    candidate pairs are dropped (at most they touch); only the rest is intersected, so the
    usual case costs one ``covers`` test per building.

    Examples
    --------
    >>> import numpy as np
    >>> from shapely.geometry import box
    >>> parcels = np.array([box(0, 0, 10, 10), box(10, 0, 20, 10)])
    >>> buildings = np.array([box(2, 2, 4, 4), box(8, 2, 12, 4)])
    >>> p, b, m2 = building_pieces(parcels, np.array([True, True]), buildings)
    >>> sorted(zip(p.tolist(), b.tolist(), m2.tolist()))
    [(0, 0, 4.0), (0, 1, 4.0), (1, 1, 4.0)]
    """
    empty = np.zeros(0, dtype="int64")
    parcel_usable = np.asarray(parcel_usable, dtype=bool)
    if len(building_geoms) == 0 or not parcel_usable.any():
        return empty, empty, np.zeros(0)
    query = building_geoms if building_usable is None else np.where(
        np.asarray(building_usable, dtype=bool), building_geoms, None)
    valid_idx = np.flatnonzero(parcel_usable)
    tree = strtree_of(parcel_geoms[valid_idx], owner)
    bi, tj = tree.query(query)  # bounding-box candidates only; predicates below
    pi = valid_idx[tj]
    report(progress, 0.3, "splitting buildings over parcels")
    shapely.prepare(parcel_geoms[valid_idx])
    # a parcel can cover a building only if its bounding box holds the building's: the
    # exact test runs on those pairs only
    pb, bb = shapely.bounds(parcel_geoms[valid_idx])[tj], shapely.bounds(building_geoms)[bi]
    maybe = np.flatnonzero((pb[:, 0] <= bb[:, 0]) & (pb[:, 1] <= bb[:, 1])
                           & (pb[:, 2] >= bb[:, 2]) & (pb[:, 3] >= bb[:, 3]))
    covered = np.zeros(len(bi), dtype=bool)
    covered[maybe] = threaded_map(
        lambda k: _covers(parcel_geoms[pi[k]], building_geoms[bi[k]]), maybe, min_chunk=20_000)
    piece = np.zeros(len(bi))
    piece[covered] = (building_area_m2[bi[covered]] if building_area_m2 is not None
                      else shapely.area(building_geoms[bi[covered]]))
    whole = np.zeros(len(building_geoms), dtype=bool)
    whole[bi[covered]] = True
    cut = np.flatnonzero(~covered & ~whole[bi])
    if len(cut):
        piece[cut] = threaded_map(
            lambda k: shapely.area(shapely.intersection(parcel_geoms[pi[k]],
                                                        building_geoms[bi[k]])),
            cut, min_chunk=5_000)
    report(progress, 0.9, "summing per parcel")
    keep = piece > 0
    return pi[keep], bi[keep], piece[keep]



def _covers(parcels: np.ndarray, buildings: np.ndarray) -> np.ndarray:
    """``shapely.covers`` pairwise; the cheaper ``contains_properly`` (which implies it)
    first, so only buildings touching their parcel's outline take the full test."""
    out = shapely.contains_properly(parcels, buildings)
    rest = ~out
    if rest.any():
        out[rest] = shapely.covers(parcels[rest], buildings[rest])
    return out
