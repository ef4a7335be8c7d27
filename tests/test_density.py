"""Spacemate density: hand-computed cases, invariants, real data, edge cases."""

from __future__ import annotations

import warnings

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import MultiPolygon, Point, Polygon, box

from rve_geo import CRSError, FloorAreaOptions, GeometryError, RveGeoWarning, density_measures

from .conftest import DATA

# RD New coordinates in Doesburg, so no "outside the Netherlands" notes.
X0, Y0 = 206000.0, 447000.0


def rd_box(x0, y0, x1, y1):
    return box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def frame(geoms, crs="EPSG:28992", **cols):
    return gpd.GeoDataFrame(cols, geometry=list(geoms), crs=crs)


def test_building_straddling_two_parcels_is_split_by_area():
    # parcels 20x20 = 400 m2 each; building 30x10 with 3 storeys: 20 m inside A, 10 m inside B
    parcels = frame([rd_box(0, 0, 20, 20), rd_box(20, 0, 40, 20)], kavel=["A", "B"])
    buildings = frame([rd_box(0, 5, 30, 15)], bouwlagen=[3])
    d = density_measures(parcels, buildings)
    # A: footprint 200, floor 600 -> fsi 1.5, gsi 0.5, osr (1-0.5)/1.5, l 3
    # B: footprint 100, floor 300 -> fsi 0.75, gsi 0.25, osr 0.75/0.75 = 1, l 3
    assert d["footprint_m2"].tolist() == pytest.approx([200.0, 100.0])
    assert d["floor_area_m2"].tolist() == pytest.approx([600.0, 300.0])
    assert d["fsi"].tolist() == pytest.approx([1.5, 0.75])
    assert d["gsi"].tolist() == pytest.approx([0.5, 0.25])
    assert d["osr"].tolist() == pytest.approx([0.5 / 1.5, 1.0])
    assert d["l"].tolist() == pytest.approx([3.0, 3.0])
    assert d["n_buildings"].tolist() == [1, 1]


def test_parcel_without_buildings_has_zero_fsi_and_undefined_osr():
    parcels = frame([rd_box(0, 0, 10, 10), rd_box(100, 0, 110, 10)])
    buildings = frame([rd_box(2, 2, 8, 8)], bouwlagen=[1])
    d = density_measures(parcels, buildings)
    assert d.loc[1, "fsi"] == 0.0 and d.loc[1, "gsi"] == 0.0
    assert np.isnan(d.loc[1, "osr"]) and np.isnan(d.loc[1, "l"])
    assert d.loc[0, "gsi"] == pytest.approx(36 / 100)


def test_parcel_with_hole_and_building_in_the_hole():
    ring = rd_box(0, 0, 100, 100).exterior.coords
    hole = rd_box(40, 40, 60, 60).exterior.coords
    parcels = frame([Polygon(ring, [hole])])  # 10000 - 400 = 9600 m2
    buildings = frame([rd_box(45, 45, 55, 55), rd_box(0, 0, 10, 10)], bouwlagen=[2, 3])
    with pytest.warns(RveGeoWarning, match="1 buildings lie on no parcel"):
        d = density_measures(parcels, buildings)
    assert d.loc[0, "parcel_area_m2"] == pytest.approx(9600.0)
    assert d.loc[0, "floor_area_m2"] == pytest.approx(300.0)  # only the 10x10, 3 storeys
    assert d.loc[0, "fsi"] == pytest.approx(300 / 9600)
    assert d.attrs["unassigned_buildings"] == [0]


def test_multipolygon_parcel():
    parcels = frame([MultiPolygon([rd_box(0, 0, 10, 10), rd_box(20, 0, 30, 10)])])
    buildings = frame([rd_box(0, 0, 10, 10)], bouwlagen=[2])
    d = density_measures(parcels, buildings)
    # base 200, footprint 100, floor 200: fsi 1, gsi .5, osr .5, l 2
    assert d[["fsi", "gsi", "osr", "l"]].iloc[0].tolist() == pytest.approx([1.0, 0.5, 0.5, 2.0])


def test_zone_level_net_gross_and_tare():
    parcels = frame([rd_box(0, 0, 20, 20), rd_box(30, 0, 50, 20)])  # 2 x 400 m2
    buildings = frame([rd_box(0, 0, 10, 10), rd_box(30, 0, 40, 20)], bouwlagen=[2, 1])
    zones = frame([rd_box(0, 0, 50, 20)], blok=["B1"])  # 1000 m2, 200 m2 street
    z = density_measures(parcels, buildings, zones=zones)
    # floor 200 + 200 = 400, footprint 100 + 200 = 300
    assert z.loc[0, "parcel_area_m2"] == pytest.approx(800.0)
    assert z.loc[0, "fsi_net"] == pytest.approx(400 / 800)
    assert z.loc[0, "fsi_gross"] == pytest.approx(400 / 1000)
    assert z.loc[0, "gsi_gross"] == pytest.approx(300 / 1000)
    assert z.loc[0, "osr_gross"] == pytest.approx((1 - 0.3) / 0.4)
    assert z.loc[0, "tare_share"] == pytest.approx(0.2)
    assert z.loc[0, "n_parcels"] == 2 and z.loc[0, "blok"] == "B1"


def test_inputs_are_not_mutated_and_index_and_crs_kept():
    parcels = frame([rd_box(0, 0, 20, 20), rd_box(20, 0, 40, 20)])
    parcels.index = ["p1", "p2"]
    buildings = frame([rd_box(5, 5, 25, 15)], bouwlagen=[2])
    before_p, before_b = parcels.copy(), buildings.copy()
    d = density_measures(parcels, buildings)
    assert list(d.index) == ["p1", "p2"] and d.crs == parcels.crs
    assert parcels.equals(before_p) and buildings.equals(before_b)
    assert list(parcels.columns) == list(before_p.columns)


def test_demolished_buildings_are_excluded_and_counted():
    parcels = frame([rd_box(0, 0, 20, 20)])
    buildings = frame([rd_box(0, 0, 10, 10), rd_box(10, 10, 20, 20)], bouwlagen=[1, 1],
                      status=["Pand in gebruik", "Pand gesloopt"])
    with pytest.warns(RveGeoWarning, match="1 buildings excluded"):
        d = density_measures(parcels, buildings)
    assert d.loc[0, "footprint_m2"] == pytest.approx(100.0)
    kept = density_measures(parcels, buildings,
                            floor_area=FloorAreaOptions(include_demolished=True))
    assert kept.loc[0, "footprint_m2"] == pytest.approx(200.0)


@settings(max_examples=25, deadline=None)
@given(
    dx=st.floats(-5e4, 5e4), dy=st.floats(-5e4, 5e4), k=st.floats(0.2, 20),
    w=st.floats(1, 30), storeys=st.integers(1, 8),
)
def test_fsi_invariant_under_translation_and_uniform_scaling(dx, dy, k, w, storeys):
    parcels = frame([rd_box(0, 0, 40, 30), rd_box(40, 0, 70, 30)])
    buildings = frame([rd_box(10, 5, 10 + w + 20, 20), rd_box(45, 2, 60, 12)],
                      bouwlagen=[storeys, 2])
    base = density_measures(parcels, buildings)

    def moved(g):
        g = g.copy()
        g["geometry"] = g.geometry.scale(k, k, origin=(X0, Y0)).translate(dx, dy)
        return g

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)  # may leave the RD extent
        other = density_measures(moved(parcels), moved(buildings))
    np.testing.assert_allclose(other["fsi"], base["fsi"], rtol=1e-7)
    np.testing.assert_allclose(other["gsi"], base["gsi"], rtol=1e-7)


@settings(max_examples=25, deadline=None)
@given(storeys=st.lists(st.integers(1, 10), min_size=3, max_size=3), extra=st.integers(0, 5),
       which=st.integers(0, 2))
def test_more_storeys_never_lower_fsi(storeys, extra, which):
    parcels = frame([rd_box(0, 0, 30, 30), rd_box(30, 0, 60, 30)])
    buildings = frame([rd_box(5, 5, 15, 15), rd_box(25, 5, 35, 15), rd_box(40, 20, 50, 28)],
                      bouwlagen=storeys)
    more = list(storeys)
    more[which] += extra
    a = density_measures(parcels, buildings)
    b = density_measures(parcels, buildings.assign(bouwlagen=more))
    assert (b["fsi"].to_numpy() >= a["fsi"].to_numpy() - 1e-12).all()


@pytest.mark.realdata
def test_doesburg_totals_match_sum_of_footprints():
    bag = gpd.read_file(DATA / "doesburg_bag_pand_2020_parks.gpkg", layer="pand")
    # generated parcels: a 100 m grid covering the whole municipality
    x0, y0, x1, y1 = bag.total_bounds
    xs = np.arange(np.floor(x0), x1 + 100, 100.0)
    ys = np.arange(np.floor(y0), y1 + 100, 100.0)
    gx, gy = np.meshgrid(xs, ys)
    cells = shapely.box(gx.ravel(), gy.ravel(), gx.ravel() + 100, gy.ravel() + 100)
    parcels = frame(cells)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        d = density_measures(parcels, bag)
    # independent total: valid footprints of buildings that stand (status check by hand)
    standing = ~bag["status"].str.lower().isin(
        ["sloopvergunning verleend", "pand gesloopt", "niet gerealiseerd pand",
         "bouwvergunning verleend", "bouw gestart", "pand ten onrechte opgevoerd"])
    geoms = shapely.make_valid(bag.geometry[standing].to_numpy())
    expected = shapely.area(geoms).sum()
    assert d["footprint_m2"].sum() == pytest.approx(expected, rel=1e-6)
    # no height data: every building one storey, so floor area == footprint
    assert d["floor_area_m2"].sum() == pytest.approx(expected, rel=1e-6)
    assert len(d) == len(parcels)


def test_missing_crs_is_refused_with_the_fix():
    parcels = frame([rd_box(0, 0, 10, 10)], crs=None)
    buildings = frame([rd_box(0, 0, 5, 5)])
    with pytest.raises(CRSError, match=r"'parcels' has no CRS.*set_crs\('EPSG:28992'\)"):
        density_measures(parcels, buildings)


def test_geographic_crs_is_refused_with_the_fix():
    parcels = frame([box(6.1, 52.0, 6.2, 52.1)], crs="EPSG:4326")
    buildings = frame([box(6.1, 52.0, 6.11, 52.01)], crs="EPSG:4326")
    with pytest.raises(CRSError, match=r"geographic.*to_crs\('EPSG:28992'\)"):
        density_measures(parcels, buildings)


def test_mismatched_crs_is_refused():
    parcels = frame([rd_box(0, 0, 10, 10)])
    buildings = frame([box(0, 0, 5, 5)], crs="EPSG:3857")
    with pytest.raises(CRSError, match="different CRSs"):
        density_measures(parcels, buildings)


def test_bow_tie_parcel_is_repaired_and_counted():
    bow = Polygon([(X0, Y0), (X0 + 20, Y0 + 20), (X0 + 20, Y0), (X0, Y0 + 20)])
    parcels = frame([bow, rd_box(100, 0, 110, 10)])
    buildings = frame([rd_box(100, 0, 105, 10)], bouwlagen=[1])
    with pytest.warns(RveGeoWarning, match="1 invalid polygons repaired"):
        d = density_measures(parcels, buildings)
    # the bow-tie becomes two triangles of 100 m2 each
    assert d.loc[0, "parcel_area_m2"] == pytest.approx(200.0)
    assert d.loc[1, "fsi"] == pytest.approx(0.5)


def test_empty_inputs_return_empty_results():
    empty = frame([])
    d = density_measures(empty, empty)
    assert len(d) == 0 and "fsi" in d.columns
    parcels = frame([rd_box(0, 0, 10, 10)])
    d2 = density_measures(parcels, empty)
    assert d2.loc[0, "fsi"] == 0.0


def test_non_polygon_geometry_is_a_geometry_error_naming_the_rows():
    parcels = frame([rd_box(0, 0, 10, 10), Point(X0, Y0)], kavel=["a", "b"])
    buildings = frame([rd_box(0, 0, 5, 5)])
    with pytest.raises(GeometryError, match=r"'parcels' must hold polygons.*rows 1.*Point"):
        density_measures(parcels, buildings)


def test_null_geometry_rows_are_kept_with_empty_results_and_counted():
    parcels = frame([rd_box(0, 0, 10, 10), None])
    buildings = frame([rd_box(0, 0, 5, 5)], bouwlagen=[1])
    with pytest.warns(RveGeoWarning, match="1 rows without geometry"):
        d = density_measures(parcels, buildings)
    assert len(d) == 2 and np.isnan(d.loc[1, "fsi"]) and d.loc[0, "fsi"] == 0.25
