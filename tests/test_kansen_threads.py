"""kansenzones on the threads: adjacency, dissolve and gross areas cut into many small
chunks on two threads, each against a straightforward computation on a generated region."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
import shapely

from rve_geo.errors import RveGeoWarning
from rve_geo.kansen import adjacency, zoning
from rve_geo.kansen.dissolve import dissolve
from rve_geo.scale.synthetic import generate_region

GAP_M = 30.0


@pytest.fixture(scope="module")
def region():
    parcels = generate_region(600, seed=5)["parcels"]
    rng = np.random.default_rng(2)
    parcels["score"] = rng.random(len(parcels)).round(3)
    parcels["potential_m2"] = rng.integers(0, 500, len(parcels)).astype(float)
    return parcels


@pytest.fixture
def small_chunks(monkeypatch):
    """Two threads and chunks of a few parcels, so every step is cut into many parts."""
    monkeypatch.setenv("RVE_THREADS", "2")
    monkeypatch.setattr(adjacency, "_PARCELS_PER_CHUNK", 7)
    monkeypatch.setattr(zoning, "_BOUNDARIES_PER_CHUNK", 7)


def _geoms(parcels):
    return np.asarray(parcels.geometry.array, dtype=object)


def test_adjacency_equals_all_pairs(region, small_chunks):
    geoms = _geoms(region)
    groups = pd.factorize(region["terrein_id"])[0]
    graph = adjacency.adjacency_graph(geoms, gap_tolerance_m=GAP_M, groups=groups)
    near = shapely.dwithin(geoms[:, None], geoms[None, :], GAP_M)
    expected = near & (groups[:, None] == groups[None, :]) & ~np.eye(len(geoms), dtype=bool)
    assert expected.sum() > 2 * len(geoms)  # a real graph, not a few pairs
    assert (graph.toarray() == expected).all()


def test_dissolve_equals_one_union_per_group(region, monkeypatch):
    monkeypatch.setenv("RVE_THREADS", "2")
    geoms = _geoms(region)
    group = pd.factorize(region["terrein_id"])[0] * 3 + np.arange(len(geoms)) % 3
    n_groups = int(group.max()) + 2  # the last group has no members
    got = dissolve(geoms, group, n_groups, max_cells=60)
    for k in range(n_groups):
        expected = shapely.union_all(geoms[group == k])
        assert shapely.equals_exact(got[k], expected, 0.0), k
    assert shapely.is_empty(got[-1])
    shrunk = dissolve(geoms, group, n_groups, then=lambda u: shapely.buffer(u, -1.0),
                      max_cells=60)
    assert shapely.equals_exact(shrunk[0], shapely.buffer(got[0], -1.0), 0.0)


@pytest.mark.parametrize("piece_coords", [24, zoning._TARE_PIECE_COORDS])
def test_gross_area_shares_equal_direct_frontage(region, small_chunks, monkeypatch,
                                                 piece_coords):
    """Each parcel's share of its group's tare in proportion to the length of its boundary
    on that tare, measured on the whole tare instead of its pieces (small pieces, and the
    pieces of the default size, which leave most groups' tare whole)."""
    monkeypatch.setattr(zoning, "_TARE_PIECE_COORDS", piece_coords)
    geoms = _geoms(region)
    group = pd.factorize(region["terrein_id"])[0]
    half = GAP_M / 2
    net = shapely.area(geoms)
    expected = net.copy()
    for k in np.unique(group):
        members = np.flatnonzero(group == k)
        grown = shapely.buffer(geoms[members], half, join_style="mitre")
        closed = shapely.buffer(shapely.union_all(grown), -half, join_style="mitre")
        tare = shapely.difference(closed, shapely.union_all(geoms[members]))
        near = shapely.buffer(tare, 0.01, join_style="mitre")
        reach = shapely.length(shapely.intersection(shapely.boundary(geoms[members]), near))
        if reach.sum() > 0:
            expected[members] += shapely.area(tare) * reach / reach.sum()
    got = zoning.gross_area_shares(geoms, group, GAP_M)
    assert (expected - net).sum() > 0.05 * net.sum()  # the tare is a real share
    assert got == pytest.approx(expected, rel=1e-9, abs=1e-6)


def test_zones_on_threads_equal_zones_in_one_piece(region, small_chunks, monkeypatch):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        threaded = zoning.kansenzones(region, terrein_col="terrein_id")
        monkeypatch.setenv("RVE_THREADS", "1")
        monkeypatch.setattr(adjacency, "_PARCELS_PER_CHUNK", 10**9)
        monkeypatch.setattr(zoning, "_BOUNDARIES_PER_CHUNK", 10**9)
        single = zoning.kansenzones(region, terrein_col="terrein_id")
    zones = threaded.zones
    assert len(zones) >= 5
    assert threaded.parcels["zone_id"].equals(single.parcels["zone_id"])
    pd.testing.assert_frame_equal(zones.drop(columns="geometry"),
                                  single.zones.drop(columns="geometry"), check_exact=True)
    # each zone is the union of its parcels, its counts and areas theirs
    zone_id = threaded.parcels["zone_id"].to_numpy(dtype=float, na_value=0).astype(int)
    geoms = _geoms(region)
    for row in zones.itertuples():
        members = zone_id == row.zone_id
        union = shapely.union_all(geoms[members])
        assert shapely.area(shapely.symmetric_difference(row.geometry, union)) < 1e-6
        assert row.n_parcels == members.sum()
        assert row.net_area_ha == pytest.approx(shapely.area(geoms[members]).sum() / 1e4)
        assert row.potential_m2 == region["potential_m2"].to_numpy()[members].sum()



def test_parcels_result_is_the_input_plus_zone_id(region):
    before = region.copy()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        out = zoning.kansenzones(region, terrein_col="terrein_id").parcels
    assert list(out.columns) == [*region.columns, "zone_id"]
    pd.testing.assert_frame_equal(out.drop(columns="zone_id"), region)
    assert str(out["zone_id"].dtype) == "Int64" and out["zone_id"].isna().any()
    assert (out["zone_id"].dropna() > 0).all()
    out.loc[out.index[0], "score"] = -1.0  # a change of the result never reaches the input
    pd.testing.assert_frame_equal(region, before)
