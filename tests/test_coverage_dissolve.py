"""The dissolve of parcels per group through GEOS's coverage union where a group is a
valid coverage, and through the general union where it is not: the same point sets as
one ``shapely.union_all`` per group, on hand-made groups and on the Doesburg sample."""

from __future__ import annotations

import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import Polygon, box

from rve_geo.kansen import dissolve as dissolve_module
from rve_geo.kansen import zoning
from rve_geo.kansen.dissolve import dissolve

from .conftest import SAMPLE

pytestmark = pytest.mark.skipif(not dissolve_module._coverage_available(),
                                reason="GEOS older than 3.12 has no coverage validator")


def _same_point_set(a, b) -> bool:
    return bool(shapely.equals(a, b)) and shapely.area(shapely.symmetric_difference(a, b)) == 0


@pytest.fixture
def calls(monkeypatch):
    """How many groups each union got."""
    seen = {"coverage": 0, "general": 0}
    coverage_union_all, union_all = shapely.coverage_union_all, shapely.union_all

    def coverage(table, axis=None):
        seen["coverage"] += len(table)
        return coverage_union_all(table, axis=axis)

    def general(table, axis=None):
        seen["general"] += len(table) if axis is not None else 1
        return union_all(table, axis=axis)

    monkeypatch.setattr(dissolve_module.shapely, "coverage_union_all", coverage)
    monkeypatch.setattr(dissolve_module.shapely, "union_all", general)
    return seen


def test_clean_groups_take_the_coverage_union_and_others_the_general_one(calls):
    grid = [box(10 * i, 10 * j, 10 * i + 10, 10 * j + 10) for i in range(4) for j in range(3)]
    overlapping = [box(100, 0, 120, 10), box(115, 0, 130, 10)]  # 5 m overlap
    # the right plot's left edge has a vertex at (210, 5) that the left plot lacks
    t_junction = [box(200, 0, 210, 10),
                  Polygon([(210, 0), (220, 0), (220, 10), (210, 10), (210, 5)])]
    apart = [box(300, 0, 310, 10), box(330, 0, 340, 10)]  # a coverage in two parts
    # a ring of plots around a courtyard, the long plots with the vertices of the short
    holed = [Polygon([(400, 0), (430, 0), (430, 10), (420, 10), (410, 10), (400, 10)]),
             Polygon([(400, 20), (410, 20), (420, 20), (430, 20), (430, 30), (400, 30)]),
             box(400, 10, 410, 20), box(420, 10, 430, 20)]
    geoms = np.array(grid + overlapping + t_junction + apart + holed, dtype=object)
    group = np.repeat([0, 1, 2, 3, 4], [len(grid), 2, 2, 2, len(holed)])
    got = dissolve(geoms, group, 6, coverage=True)  # group 5 has no members
    # the grid, the two apart and the courtyard ring are coverages; the overlap and the
    # T-junction are not (the validator flags the unmatched vertex)
    assert calls == {"coverage": 3 + 1, "general": 2}  # + the empty group
    for k in range(5):
        assert _same_point_set(got[k], shapely.union_all(geoms[group == k])), k
    assert got[0].area == 1200 and got[1].area == 300 and got[2].area == 200
    assert got[3].geom_type == "MultiPolygon" and got[3].area == 200
    assert len(got[4].interiors) == 1 and got[4].area == 800
    assert shapely.is_empty(got[5])


def test_without_coverage_every_group_takes_the_general_union(calls):
    geoms = np.array([box(0, 0, 1, 1), box(1, 0, 2, 1)], dtype=object)
    got = dissolve(geoms, np.array([0, 0]), 1)
    assert calls == {"coverage": 0, "general": 1}
    assert got[0].area == 2


def test_the_sample_kansenzones_equal_those_of_the_general_union(monkeypatch):
    """The Doesburg sample's parcels through the whole kansenzones: the same zones, parcels
    and zone geometries with the coverage union on and off; most of its groups are
    coverages, so the fast path is taken."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parcels = gpd.read_file(SAMPLE, layer="parcels")
    parcels["score"] = np.random.default_rng(3).random(len(parcels)).round(3)
    taken = []
    unions = dissolve_module._coverage_unions

    def counted(table):
        valid = np.asarray(shapely.lib.coverage_is_valid(table, 0.0), dtype=bool)
        taken.append((int(valid.sum()), len(valid)))
        return unions(table)

    monkeypatch.setattr(dissolve_module, "_coverage_unions", counted)
    results = {}
    for on in (False, True):
        monkeypatch.setattr(dissolve_module, "_coverage_available", lambda on=on: on)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            results[on] = zoning.kansenzones(parcels, terrein_col="terrein_id",
                                             small_terreinen=True)
    general, fast = results[False], results[True]
    assert len(fast.zones) > 0
    pd.testing.assert_frame_equal(fast.parcels.drop(columns="geometry"),
                                  general.parcels.drop(columns="geometry"))
    pd.testing.assert_frame_equal(fast.zones.drop(columns="geometry"),
                                  general.zones.drop(columns="geometry"))
    a = np.asarray(general.zones.geometry.array, dtype=object)
    b = np.asarray(fast.zones.geometry.array, dtype=object)
    assert shapely.area(shapely.symmetric_difference(a, b)).max() <= 1e-6
    # the same vertices (a ring may start elsewhere): equal once normalized, as the
    # plugin's tests compare the layers of a QGIS whose GEOS may take the other path
    assert shapely.equals_exact(shapely.normalize(a), shapely.normalize(b), 0.0).all()
    valid = sum(v for v, _ in taken)
    assert valid > 0.5 * sum(n for _, n in taken)  # the fast path did the most
