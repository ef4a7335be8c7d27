"""building_pieces leaves no parcel prepared: a prepared parcel keeps the indexes GEOS
builds while querying for as long as the geometry lives (the whole run), about 1.5 kB a
parcel. The query prepares each parcel only for its own test."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import box

from rve_geo.density.pieces import building_pieces


def _inputs():
    parcels = np.array([box(0, 0, 10, 10), box(10, 0, 20, 10), box(20, 0, 30, 10)])
    buildings = np.array([box(2, 2, 4, 4), box(8, 2, 12, 4)])
    return parcels, buildings


def test_parcels_are_not_left_prepared():
    parcels, buildings = _inputs()
    p, b, m2 = building_pieces(parcels, np.ones(3, dtype=bool), buildings)
    assert sorted(zip(p.tolist(), b.tolist(), m2.tolist(), strict=True)) == [
        (0, 0, 4.0), (0, 1, 4.0), (1, 1, 4.0)]
    assert not shapely.is_prepared(parcels).any()


def test_parcels_prepared_before_stay_prepared():
    parcels, buildings = _inputs()
    shapely.prepare(parcels[:1])
    building_pieces(parcels, np.ones(3, dtype=bool), buildings)
    assert shapely.is_prepared(parcels).tolist() == [True, False, False]
