"""Parcel adjacency for kansenzones: touching or within a gap tolerance, per terrein.

Two parcels are neighbours when their boundaries are at most ``gap_tolerance_m``
apart (touching parcels are 0 m apart), so a street between two rows of plots does
not split a zone. With a terrein column, parcels of different terreinen are never
neighbours unless ``cross_terrein=True``.

Examples
--------
>>> import numpy as np
>>> from shapely.geometry import box
>>> geoms = np.array([box(0, 0, 10, 10), box(10, 0, 20, 10), box(45, 0, 55, 10)])
>>> g = adjacency_graph(geoms, gap_tolerance_m=30.0)
>>> g.toarray().astype(int).tolist()
[[0, 1, 0], [1, 0, 1], [0, 1, 0]]
>>> adjacency_graph(geoms, gap_tolerance_m=0.0).toarray().astype(int).tolist()
[[0, 1, 0], [1, 0, 0], [0, 0, 0]]
"""

from __future__ import annotations

import numpy as np
import shapely
from scipy import sparse

from .._parallel import threaded_chunks
from ..data import policy

__all__ = ["GAP_TOLERANCE_M", "adjacency_graph", "connected_components"]

#: Parcels at most this far apart are neighbours (rve_geo/data/policy.toml).
GAP_TOLERANCE_M: float = policy("adjacency_gap_m")
#: Parcels per chunk of the pair query on the threads.
_PARCELS_PER_CHUNK = 5000


def adjacency_graph(
    geoms: np.ndarray,
    *,
    gap_tolerance_m: float = GAP_TOLERANCE_M,
    groups: np.ndarray | None = None,
    usable: np.ndarray | None = None,
) -> sparse.csr_matrix:
    """Return the symmetric parcel adjacency as a boolean CSR matrix (no self loops).

    Parameters
    ----------
    geoms : array of shapely geometries
        One per parcel; None entries are isolated.
    gap_tolerance_m : float
        Maximum boundary-to-boundary distance of neighbours, in metres (0 = touching).
    groups : array of int, optional
        Group code per parcel (e.g. factorised terrein id); pairs with different codes
        are dropped. Parcels with code -1 (missing) form one group of their own kind:
        they are linked only to other parcels with code -1.
    usable : array of bool, optional
        Parcels to include; the others get no edges.

    Notes
    -----
    One STRtree of the parcels, queried with ``predicate="dwithin", distance=gap``
    (touching when the gap is 0: ``predicate="intersects"``) in chunks of parcels on the
    threads (GEOS releases the GIL), gives all pairs; the pairs become a ``scipy.sparse``
    matrix. Memory is O(number of pairs).
    """
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    ok = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    if usable is not None:
        ok &= np.asarray(usable, dtype=bool)
    idx = np.flatnonzero(ok)
    if len(idx) == 0:
        return sparse.csr_matrix((n, n), dtype=bool)
    used = geoms[idx]
    tree = shapely.STRtree(used)

    def pairs(rows: np.ndarray) -> np.ndarray:
        if gap_tolerance_m > 0:
            left, right = tree.query(used[rows], predicate="dwithin", distance=gap_tolerance_m)
        else:
            left, right = tree.query(used[rows], predicate="intersects")
        left = rows[left]
        keep = left != right
        return np.stack([idx[left[keep]], idx[right[keep]]])

    left, right = np.concatenate(threaded_chunks(pairs, len(idx),
                                                   min_chunk=_PARCELS_PER_CHUNK), axis=1)
    if groups is not None:
        groups = np.asarray(groups)
        same = groups[left] == groups[right]
        left, right = left[same], right[same]
    data = np.ones(len(left), dtype=bool)
    graph = sparse.coo_matrix((data, (left, right)), shape=(n, n)).tocsr()
    graph = (graph + graph.T).astype(bool)  # symmetric even with asymmetric float noise
    graph.sum_duplicates()
    graph.sort_indices()
    return graph


def connected_components(graph: sparse.spmatrix) -> tuple[int, np.ndarray]:
    """Return ``(count, label per node)`` of the undirected graph.

    Examples
    --------
    >>> from scipy import sparse
    >>> g = sparse.csr_matrix(([True, True], ([0, 1], [1, 0])), shape=(3, 3))
    >>> connected_components(g)[1].tolist()
    [0, 0, 1]
    """
    from scipy.sparse import csgraph

    count, labels = csgraph.connected_components(graph, directed=False)
    return int(count), labels
