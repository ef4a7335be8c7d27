"""Steps that replace a sort or a hash table by a linear pass give the sorted answers.

Each helper is compared with the plain numpy/pandas expression it replaces, on random data
with many ties, and the operations that use them with a hand-made case where the tie rule
decides the answer.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import box

import rve_geo
from rve_geo._unique import distinct_ints
from rve_geo.density.spacemate import _density_measures, _largest_first

X, Y = 155_000.0, 463_000.0


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_distinct_ints_equals_numpy_unique(seed):
    rng = np.random.default_rng(seed)
    for n, high in ((0, 5), (1, 5), (1000, 7), (5000, 100_000)):
        values = rng.integers(-high, high, n)
        got = distinct_ints(values)
        assert got.dtype == values.dtype
        np.testing.assert_array_equal(got, np.unique(values))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_largest_first_equals_lexsort(seed):
    rng = np.random.default_rng(seed)
    n_parcels = 300
    pi = rng.integers(0, n_parcels, 2000)
    piece = rng.integers(1, 4, 2000).astype(float)  # many equal largest pieces
    order = np.lexsort((-piece, pi))  # the sorted rule: largest, then first in pair order
    ref = order[np.r_[True, pi[order][1:] != pi[order][:-1]]]
    got = _largest_first(pi, piece, n_parcels)
    assert sorted(got.tolist()) == sorted(ref.tolist())
    assert len(np.unique(pi[got])) == len(got) == len(np.unique(pi))


def test_main_building_is_the_largest_piece():
    parcels = gpd.GeoDataFrame(geometry=[box(X, Y, X + 100, Y + 100)], crs="EPSG:28992")

    def main_storey_height(hall_side_m, office_side_m):
        buildings = gpd.GeoDataFrame(
            {"gebruiksdoel": ["kantoorfunctie", "industriefunctie", "kantoorfunctie"],
             "hoogte": [12.0, 12.0, 12.0]},
            geometry=[box(X + 1, Y + 1, X + 5, Y + 5),
                      box(X + 10, Y + 10, X + 10 + hall_side_m, Y + 10 + hall_side_m),
                      box(X + 50, Y + 50, X + 50 + office_side_m, Y + 50 + office_side_m)],
            crs="EPSG:28992")
        return _density_measures(parcels, buildings, zones=None,
                                 options=rve_geo.FloorAreaOptions(), progress=None)[1][0]

    # the use of the building with the largest footprint on the parcel gives the storey
    # height: 5 m for an industrial hall, 3.5 m for an office
    assert main_storey_height(30, 20) == 5.0
    assert main_storey_height(20, 30) == 3.5


def test_parcel_on_shared_zone_edge_goes_to_first_zone():
    # the parcel's representative point lies on the edge shared by two zones
    parcels = gpd.GeoDataFrame(geometry=[box(X + 90, Y, X + 110, Y + 10),
                                         box(X + 20, Y, X + 30, Y + 10)], crs="EPSG:28992")
    zones = gpd.GeoDataFrame({"naam": ["b", "a"]},
                             geometry=[box(X + 100, Y - 50, X + 200, Y + 50),
                                       box(X, Y - 50, X + 100, Y + 50)], crs="EPSG:28992")
    buildings = gpd.GeoDataFrame(geometry=[], crs="EPSG:28992")
    out = rve_geo.density_measures(parcels, buildings, zones=zones)
    point = parcels.geometry.representative_point().iloc[0]
    assert point.x == pytest.approx(X + 100)  # on the shared edge: the rule decides
    assert out["n_parcels"].tolist() == [1, 1]  # zone 0 (listed first) gets the edge parcel
    assert out["parcel_area_m2"].tolist() == pytest.approx([200.0, 100.0])
    # the zones listed the other way round: the edge parcel follows the first zone
    flipped = rve_geo.density_measures(parcels, buildings,
                                       zones=zones.iloc[::-1].reset_index(drop=True))
    assert flipped["naam"].tolist() == ["a", "b"]
    assert flipped["n_parcels"].tolist() == [2, 0]


def test_redevelopment_names_the_buildings_on_no_parcel():
    parcels = gpd.GeoDataFrame(geometry=[box(X, Y, X + 100, Y + 100),
                                         box(X + 100, Y, X + 200, Y + 100)], crs="EPSG:28992")
    buildings = gpd.GeoDataFrame(  # "across" stands on both parcels: two pieces, one building
        {"bouwjaar": [1970, 1990, 2000, 1950], "bvo": [100.0, 100.0, 100.0, 100.0]},
        geometry=[box(X + 10, Y + 10, X + 20, Y + 20), box(X + 500, Y, X + 510, Y + 10),
                  box(X + 95, Y + 10, X + 105, Y + 20), box(X + 700, Y, X + 710, Y + 10)],
        index=["on", "off1", "across", "off2"], crs="EPSG:28992")
    with pytest.warns(rve_geo.errors.RveGeoWarning) as caught:
        rve_geo.redevelopment_stock(parcels, buildings)
    text = " ".join(str(w.message) for w in caught)
    assert "2 buildings lie on no parcel" in text
    assert "off1" in text and "off2" in text and "across" not in text.split("on no parcel")[1]


@pytest.mark.parametrize("chunk", [20_000, 1, 2])
def test_inputs_keep_only_buildings_touching_a_parcel(monkeypatch, chunk):
    # the query runs in chunks on the threads (1 and 2 buildings per chunk here): the same
    # buildings kept, in input order
    from rve_geo.pipeline import inputs
    from rve_geo.pipeline.inputs import _on_parcels

    monkeypatch.setattr(inputs, "_TOUCH_CHUNK", chunk)
    monkeypatch.setenv("RVE_THREADS", "2")

    parcels = gpd.GeoDataFrame(geometry=[box(X, Y, X + 100, Y + 100),
                                         box(X + 300, Y, X + 400, Y + 100)], crs="EPSG:28992")
    buildings = gpd.GeoDataFrame(
        {"n": [0, 1, 2, 3, 4]},
        geometry=[box(X + 350, Y + 10, X + 360, Y + 20), box(X + 150, Y, X + 160, Y + 10),
                  box(X + 10, Y + 10, X + 20, Y + 20), box(X + 95, Y, X + 105, Y + 10),
                  box(X + 10, Y + 30, X + 20, Y + 40)], crs="EPSG:28992")
    kept = _on_parcels("test", {"parcels": parcels, "buildings": buildings})["buildings"]
    assert kept["n"].tolist() == [0, 2, 3, 4]  # input order, the one between parcels gone


def test_per_source_contours_in_chunks_equal_one_buffer_call(monkeypatch):
    # the per-source buffers run in chunks on the thread pool: the same geometries, in
    # the same rows, as one shapely.buffer call
    import shapely

    from rve_geo.milieu import contours
    from rve_geo.scale.synthetic import generate_region

    parcels = generate_region(300, seed=3)["parcels"]
    monkeypatch.setattr(contours, "_BUFFER_CHUNK", 7)
    with pytest.warns(rve_geo.errors.RveGeoWarning, match="without a category"):
        out = contours.environmental_contours(parcels, category_col="milieucategorie")
    ok = out["distance_m"].notna().to_numpy()
    assert ok.sum() > 200
    ref = shapely.buffer(np.asarray(parcels.geometry.array)[ok],
                         out["distance_m"].to_numpy()[ok], quad_segs=contours.DEFAULT_QUAD_SEGS)
    assert shapely.equals_exact(np.asarray(out.geometry.array)[ok], ref, tolerance=0).all()
    assert out.index.equals(parcels.index)
