"""How a building's floor area is split over the parcels it stands on.

DOMAIN.md section 3: buildings that cross parcel boundaries are split by intersection
area, not assigned whole. One rule for every measure that sums buildings per parcel
(Spacemate density, redevelopment stock).
"""

from __future__ import annotations

import numpy as np
import shapely

from .._parallel import threaded_chunks, threaded_map
from .._validate import strtree_of
from ..progress import ProgressCallback, report
from .carried import carried_split

__all__ = ["building_pieces"]

#: The test that keeps a building whole on a parcel (GEOS evaluates it on the prepared
#: parcel, after the boxes).
_WHOLE_PREDICATE = "covers"
#: The test a building no parcel covers must pass with a parcel to be intersected with it.
_CUT_PREDICATE = "intersects"
#: Parcels per chunk of the whole-building query (the chunks run on every core).
_PARCELS_PER_CHUNK = 5_000
#: Buildings per chunk of the query for the parcels a building no parcel covers
#: intersects (the chunks run on every core).
_BUILDINGS_PER_CHUNK = 5_000


def building_pieces(
    parcel_geoms: np.ndarray,
    parcel_usable: np.ndarray,
    building_geoms: np.ndarray,
    building_usable: np.ndarray | None = None,
    building_area_m2: np.ndarray | None = None,
    progress: ProgressCallback | None = None,
    *,
    owner=None,
    building_owner=None,
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
    owner, building_owner : GeoDataFrame, optional
        The parcels frame and the buildings frame: their spatial indexes are kept with them
        for the next operation of the run (see :func:`rve_geo._validate.strtree_of`); the
        buildings' index is not kept inside :func:`rve_geo.density.carried.carrying`, where
        the split itself is carried to the next operation instead.

    Returns
    -------
    tuple of ndarray
        ``(parcel position, building position, piece area in m2)``, pieces of area 0 left out.
        Inside :func:`rve_geo.density.carried.carrying` (and without ``building_area_m2``)
        the arrays are read-only, and a split of the same inputs kept there is given
        instead of splitting again.

    Notes
    -----
    A building covered by a parcel keeps its whole footprint there and its other candidate
    pairs are dropped (at most they touch); only the rest is intersected. The covered pairs
    come from one query of the buildings' index per parcel with the ``covers`` predicate
    (GEOS tests the boxes first, then the prepared parcel), run on every core; so the usual
    case costs one such test per building and no intersection. A building no parcel covers
    is intersected only with the parcels it intersects (not every parcel whose box meets
    its box).

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
    building_usable = (np.ones(len(building_geoms), dtype=bool) if building_usable is None
                       else np.asarray(building_usable, dtype=bool))
    # inside rve_geo.density.carried.carrying: the split of the same inputs made earlier
    carrier = carried_split() if building_area_m2 is None else None
    if carrier is not None:
        kept = carrier.find(parcel_geoms, parcel_usable, building_geoms, building_usable)
        if kept is not None:
            report(progress, 1.0, "buildings split over parcels: carried")
            return kept
        # the carried split replaces the buildings' index for the next operations
        building_owner = None
    pieces = _split(parcel_geoms, parcel_usable, building_geoms, building_usable,
                    building_area_m2, progress, owner, building_owner)
    if carrier is not None:
        return carrier.keep(parcel_geoms, parcel_usable, building_geoms, building_usable,
                            pieces)
    return pieces


def _split(parcel_geoms, parcel_usable, building_geoms, building_usable, building_area_m2,
           progress, owner, building_owner) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The split of :func:`building_pieces` (checked, non-empty inputs)."""
    valid_idx = np.flatnonzero(parcel_usable)
    b_idx = np.flatnonzero(building_usable)
    parcels = parcel_geoms[valid_idx]
    b_tree = strtree_of(building_geoms[b_idx], building_owner)

    def covered_pairs(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Buildings covered by these parcels: one query, the box and the exact test in GEOS
        (a parcel whose box does not hold the building's is rejected on the boxes).

        The parcels are not prepared here: the query prepares each parcel it tests for as
        long as that parcel's test lasts (a parcel prepared before is used as it is), which
        costs less than preparing the chunk and letting it go after the query (0.25 against
        0.32 CPU s for 100,000 parcels), and no parcel keeps the indexes GEOS builds while
        it is queried (about 1.5 kB a parcel) after its test.
        """
        local, bj = b_tree.query(parcels[rows], predicate=_WHOLE_PREDICATE)
        area = (building_area_m2[b_idx[bj]] if building_area_m2 is not None
                else shapely.area(building_geoms[b_idx[bj]]))
        return rows[local], bj, area

    # every (parcel, building) pair where the parcel covers the building, parcels in chunks
    # on every core
    parts = threaded_chunks(covered_pairs, len(parcels), min_chunk=_PARCELS_PER_CHUNK)
    ci = valid_idx[np.concatenate([part[0] for part in parts])]
    cb = b_idx[np.concatenate([part[1] for part in parts])]
    whole_m2 = np.concatenate([part[2] for part in parts])
    report(progress, 0.5, "splitting buildings over parcels")
    # a covered building counts whole on the parcels that cover it; its other candidate
    # parcels at most touch it. Only the buildings no parcel covers are intersected, with
    # every parcel they intersect (GEOS tests each pair on the prepared building: a pair
    # whose boxes meet but whose shapes do not would give a piece of area 0, and the
    # intersection of such a pair costs as much as one that counts)
    whole = np.zeros(len(building_geoms), dtype=bool)
    whole[cb] = True
    rest = np.flatnonzero(building_usable & ~whole)
    p_tree = strtree_of(parcels, owner)

    def cut_pairs(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # each building is prepared by the one thread that queries it
        local, pj = p_tree.query(building_geoms[rest[rows]], predicate=_CUT_PREDICATE)
        return rows[local], pj

    # the pairs in the order of one query (chunks in order, each sorted by building)
    parts = threaded_chunks(cut_pairs, len(rest), min_chunk=_BUILDINGS_PER_CHUNK)
    ri = np.concatenate([part[0] for part in parts])
    rj = np.concatenate([part[1] for part in parts])
    bi = np.concatenate([cb, rest[ri]])
    pi = np.concatenate([ci, valid_idx[rj]])
    piece = np.zeros(len(bi))
    piece[:len(cb)] = whole_m2
    if len(ri):
        cut = np.arange(len(cb), len(bi))
        piece[cut] = threaded_map(
            lambda k: shapely.area(shapely.intersection(parcel_geoms[pi[k]],
                                                        building_geoms[bi[k]])),
            cut, min_chunk=5_000)
    report(progress, 0.9, "summing per parcel")
    keep = piece > 0
    return pi[keep], bi[keep], piece[keep]
