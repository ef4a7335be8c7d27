"""One split of the buildings over the parcels, carried from one operation of a run to the next.

Density per parcel, density per terrein, the densification potential and the
herontwikkelingsopgave each split the same buildings over the same parcels
(:func:`~rve_geo.density.pieces.building_pieces`). Inside :func:`carrying`, the first
of them keeps its split in the :class:`CarriedSplit` given, and the next ones that split
exactly the same geometry objects with the same rows taking part use it instead of
splitting again. The carrier holds one split; a run drops it when the last operation that
uses it ends (``rve run``: :meth:`rve_geo.pipeline.area._Area.carrying_split`).

A split is used again only for the very same geometry objects (shapely geometries are
immutable, and the carrier keeps a reference to them, so their ids cannot be reused while it
lives) and the same rows taking part; anything else is split anew and replaces it.

Examples
--------
>>> import numpy as np
>>> from shapely.geometry import box
>>> from rve_geo.density.pieces import building_pieces
>>> parcels = np.array([box(0, 0, 10, 10), box(10, 0, 20, 10)])
>>> buildings = np.array([box(8, 2, 12, 4)])
>>> split = CarriedSplit()
>>> with carrying(split):
...     first = building_pieces(parcels, np.array([True, True]), buildings)
...     again = building_pieces(parcels, np.array([True, True]), buildings)
>>> again[0] is first[0], split.used
(True, 1)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import numpy as np

from .._validate import _object_ids

__all__ = ["CarriedSplit", "carried_split", "carrying"]

Pieces = tuple[np.ndarray, np.ndarray, np.ndarray]

_CURRENT: ContextVar[CarriedSplit | None] = ContextVar("rve_geo_carried_split", default=None)


class CarriedSplit:
    """The last split of buildings over parcels, for the next operation on the same inputs.

    Attributes
    ----------
    used : int
        How many times a kept split was given instead of splitting again.
    """

    def __init__(self) -> None:
        self._kept: tuple | None = None
        self.used = 0

    def find(self, parcel_geoms: np.ndarray, parcel_usable: np.ndarray,
             building_geoms: np.ndarray, building_usable: np.ndarray) -> Pieces | None:
        """The kept split of exactly these inputs, or None.

        Parameters
        ----------
        parcel_geoms, building_geoms : ndarray of shapely geometries
            The geometry objects split.
        parcel_usable, building_usable : ndarray of bool
            The rows taking part.
        """
        if self._kept is None:
            return None
        kept_parcels, kept_p_usable, kept_buildings, kept_b_usable, pieces = self._kept
        if not (np.array_equal(kept_p_usable, parcel_usable)
                and np.array_equal(kept_b_usable, building_usable)
                and _same_objects(kept_parcels, parcel_geoms)
                and _same_objects(kept_buildings, building_geoms)):
            return None
        self.used += 1
        return pieces

    def keep(self, parcel_geoms: np.ndarray, parcel_usable: np.ndarray,
             building_geoms: np.ndarray, building_usable: np.ndarray,
             pieces: Pieces) -> Pieces:
        """Keep ``pieces`` as the split of these inputs (replacing the one kept); returns
        them read-only, as :meth:`find` gives them."""
        frozen = tuple(_read_only(a) for a in pieces)
        self._kept = (np.array(parcel_geoms, dtype=object, copy=True),
                      np.array(parcel_usable, dtype=bool),
                      np.array(building_geoms, dtype=object, copy=True),
                      np.array(building_usable, dtype=bool), frozen)
        return frozen  # type: ignore[return-value]

    def drop(self) -> None:
        """Forget the kept split (its memory is free)."""
        self._kept = None

    @property
    def holds(self) -> bool:
        """True while a split is kept."""
        return self._kept is not None


@contextmanager
def carrying(split: CarriedSplit) -> Iterator[CarriedSplit]:
    """Within the block, :func:`~rve_geo.density.pieces.building_pieces` keeps its split in
    ``split`` and uses the one kept there when its inputs are the same."""
    token = _CURRENT.set(split)
    try:
        yield split
    finally:
        _CURRENT.reset(token)


def carried_split() -> CarriedSplit | None:
    """The carrier of the enclosing :func:`carrying` block, or None outside one."""
    return _CURRENT.get()


def _same_objects(kept: np.ndarray, given: np.ndarray) -> bool:
    """True when both arrays hold the very same geometry objects in the same order."""
    return len(kept) == len(given) and np.array_equal(_object_ids(kept), _object_ids(given))


def _read_only(values: np.ndarray) -> np.ndarray:
    """``values`` as an array nobody can change in place (a split given twice)."""
    values = np.asarray(values)
    values.flags.writeable = False
    return values
