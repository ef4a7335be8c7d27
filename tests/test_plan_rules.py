"""Allowed floor area from plan objects (issue 12): pieces of parcel x vlak, by hand."""

from __future__ import annotations

import warnings

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import box

from rve_geo import PlanRulesOptions
from rve_geo.errors import InputError, RveGeoWarning
from rve_geo.potential.densification import densification_potential

X, Y = 155_000.0, 463_000.0
CRS = "EPSG:28992"
NO_BUILDINGS = gpd.GeoDataFrame({"bvo": []}, geometry=[], crs=CRS)


def sq(x0, y0, x1, y1):
    return box(X + x0, Y + y0, X + x1, Y + y1)


def plan(rows):
    """Plan objects as read_imro writes them: object_type, hoofdgroep and rule columns."""
    cols = ["object_type", "bestemmingshoofdgroep", "max_coverage_share", "max_bouwhoogte_m",
            "max_storeys", "max_fsi", "max_floor_area_m2", "max_built_area_m2"]
    data = {c: [r.get(c, np.nan if c.startswith("max") else None) for r in rows] for c in cols}
    return gpd.GeoDataFrame(data, geometry=[r["geometry"] for r in rows], crs=CRS)


def run(parcels, buildings=NO_BUILDINGS, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return densification_potential(parcels, buildings, **kw)


def parcels_of(*geoms):
    return gpd.GeoDataFrame(geometry=list(geoms), crs=CRS)


# --- a vlak with two bouwvlakken of different percentage and height --------------------

def two_bouwvlakken():
    return plan([
        {"object_type": "enkelbestemming", "bestemmingshoofdgroep": "kantoor",
         "geometry": sq(0, 0, 200, 100)},
        {"object_type": "bouwvlak", "geometry": sq(10, 10, 90, 90)},     # 6,400 m2
        {"object_type": "bouwvlak", "geometry": sq(110, 10, 190, 90)},   # 6,400 m2
        {"object_type": "maatvoering", "max_coverage_share": 0.5, "max_bouwhoogte_m": 12.0,
         "geometry": sq(10, 10, 90, 90)},
        {"object_type": "maatvoering", "max_coverage_share": 0.8, "max_bouwhoogte_m": 7.0,
         "geometry": sq(110, 10, 190, 90)},
    ])


def test_vlak_with_two_bouwvlakken_of_different_percentage_and_height():
    out = run(parcels_of(sq(0, 0, 200, 100)), rules=two_bouwvlakken())
    # kantoor: 3.5 m storeys (data/storey_heights.csv, kantoorfunctie)
    # bouwvlak 1: 6,400 x 0.5 x floor(12 / 3.5) = 3 storeys = 9,600
    # bouwvlak 2: 6,400 x 0.8 x floor(7 / 3.5) = 2 storeys = 10,240
    # outside the bouwvlakken (20,000 - 12,800 m2): nothing
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(9_600 + 10_240)
    assert out["allowed_footprint_m2"].iloc[0] == pytest.approx(3_200 + 5_120)
    assert out["n_plan_pieces"].iloc[0] == 2
    assert out["plan_area_without_rule_m2"].iloc[0] == pytest.approx(0)
    # the most generous rule over the whole vlak would give 20,000 x 0.8 x 3 = 48,000
    assert out.attrs["rules_transfer"] == "pieces"


def test_parcel_outside_the_bouwvlakken_may_not_build():
    # a parcel in the strip between the two bouwvlakken: allowed 0, not NaN
    out = run(parcels_of(sq(92, 0, 108, 100)), rules=two_bouwvlakken())
    assert out["allowed_floor_area_m2"].iloc[0] == 0.0
    assert out["allowed_rule"].iloc[0] == "outside_bouwvlak"
    assert out["potential_m2"].iloc[0] == 0.0


def test_parcel_with_half_a_bouwvlak():
    # parcel x 0..50: 40 x 80 = 3,200 m2 of bouwvlak 1 -> 3,200 x 0.5 x 3 = 4,800
    out = run(parcels_of(sq(0, 0, 50, 100)), rules=two_bouwvlakken())
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(4_800)


# --- a parcel straddling two vlakken ----------------------------------------------------

def test_parcel_straddling_two_vlakken():
    rules = plan([
        {"object_type": "enkelbestemming", "bestemmingshoofdgroep": "kantoor",
         "geometry": sq(0, 0, 100, 100)},
        {"object_type": "enkelbestemming", "bestemmingshoofdgroep": "kantoor",
         "geometry": sq(100, 0, 200, 100)},
        {"object_type": "maatvoering", "max_coverage_share": 0.6, "max_bouwhoogte_m": 10.0,
         "geometry": sq(0, 0, 100, 100)},
        {"object_type": "maatvoering", "max_fsi": 1.5, "geometry": sq(100, 0, 200, 100)},
    ])
    out = run(parcels_of(sq(50, 0, 150, 100)), rules=rules)
    # west piece 5,000 m2: 0.6 x 5,000 x floor(10 / 3.5) = 2 -> 6,000
    # east piece 5,000 m2: FSI 1.5 x 5,000 = 7,500
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(13_500)
    assert out["n_plan_pieces"].iloc[0] == 2


# --- slivers below the cover share ------------------------------------------------------

def sliver_plan():
    # vlak A carries a coverage only; the neighbour's maatvoering (height 30 m) reaches
    # 0.00003 m into A: 0.003 m2 of A's 10,000 m2, digitising noise
    return plan([
        {"object_type": "enkelbestemming", "bestemmingshoofdgroep": "kantoor",
         "geometry": sq(0, 0, 100, 100)},
        {"object_type": "maatvoering", "max_coverage_share": 0.5, "geometry": sq(0, 0, 100, 100)},
        {"object_type": "enkelbestemming", "bestemmingshoofdgroep": "kantoor",
         "geometry": sq(100, 0, 200, 100)},
        {"object_type": "maatvoering", "max_coverage_share": 1.0, "max_bouwhoogte_m": 30.0,
         "geometry": sq(100 - 0.00003, 0, 200, 100)},
    ])


def test_sliver_overlap_below_the_cover_share_passes_no_rule():
    p = parcels_of(sq(0, 0, 100, 100))
    with pytest.warns(RveGeoWarning, match="no plan vlak with a complete rule"):
        out = densification_potential(p, NO_BUILDINGS, rules=sliver_plan())
    assert np.isnan(out["allowed_floor_area_m2"].iloc[0])
    assert out["plan_area_without_rule_m2"].iloc[0] == pytest.approx(10_000)
    # with a cover share below the sliver's the height does pass:
    # 0.5 x 10,000 x floor(30 / 3.5) = 8 -> 40,000
    out = run(p, rules=sliver_plan(), plan_rules=PlanRulesOptions(cover_share=1e-8))
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(40_000)


def test_sliver_zone_below_the_cover_share_gives_no_rule_to_a_parcel():
    # zones of one's own (no object_type): largest overlap, at least cover_share of the parcel
    zones = gpd.GeoDataFrame({"max_coverage_share": [0.5, np.nan],
                              "max_height_m": [np.nan, 30.0]},
                             geometry=[sq(0, 0, 100, 100), sq(100 - 0.00003, 0, 200, 100)],
                             crs=CRS)
    out = run(parcels_of(sq(0, 0, 100, 100)), rules=zones)
    assert out.attrs["rules_transfer"] == "largest_overlap"
    assert np.isnan(out["rule_max_height_m"].iloc[0])
    assert np.isnan(out["allowed_floor_area_m2"].iloc[0])


def test_a_parcel_piece_in_a_neighbour_vlak_counts_only_its_own_area():
    # parcel 100 x 100 in vlak A (0.5, 7 m -> 2 storeys) reaching 0.1 m into vlak B (FSI 3)
    rules = plan([
        {"object_type": "enkelbestemming", "bestemmingshoofdgroep": "kantoor",
         "max_coverage_share": 0.5, "max_bouwhoogte_m": 7.0, "geometry": sq(0, 0, 100, 100)},
        {"object_type": "enkelbestemming", "bestemmingshoofdgroep": "kantoor",
         "max_fsi": 3.0, "geometry": sq(100, 0, 200, 100)},
    ])
    out = run(parcels_of(sq(0.1, 0, 100.1, 100)), rules=rules)
    # A: 99.9 x 100 = 9,990 m2 x 0.5 x 2 = 9,990; B: 0.1 x 100 = 10 m2 x 3 = 30
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(9_990 + 30)


# --- one floor-area model: a hall and an office on the same rules -------------------------

def hall_and_office():
    parcels = parcels_of(sq(0, 0, 100, 100), sq(200, 0, 300, 100))
    # both plots built to the plan's 50 % with a 12 m high building of 5,000 m2 footprint
    buildings = gpd.GeoDataFrame(
        {"hoogte": [12.0, 12.0], "gebruiksdoel": ["industriefunctie", "kantoorfunctie"]},
        geometry=[sq(0, 0, 100, 50), sq(200, 0, 300, 50)], crs=CRS)
    return parcels, buildings


@pytest.mark.parametrize("mode", ["columns", "pieces"])
def test_hall_and_office_on_the_same_rules_have_equal_potential(mode):
    parcels, buildings = hall_and_office()
    if mode == "columns":
        parcels["max_coverage_share"] = 0.5
        parcels["max_height_m"] = 12.0
        out = run(parcels, buildings)
    else:
        rules = plan([{"object_type": "enkelbestemming", "bestemmingshoofdgroep": "bedrijf",
                       "max_coverage_share": 0.5, "max_bouwhoogte_m": 12.0,
                       "geometry": sq(-10, -10, 310, 110)}])
        out = run(parcels, buildings, rules=rules)
    # hall (industrial, >= 1,000 m2): one storey, existing 5,000, allowed 0.5 x 10,000 x 1
    # office: floor(12 / 3.5) = 3 storeys, existing 15,000, allowed 0.5 x 10,000 x 3
    assert out["floor_area_m2"].tolist() == pytest.approx([5_000, 15_000])
    assert out["allowed_floor_area_m2"].tolist() == pytest.approx([5_000, 15_000])
    assert out["potential_m2"].tolist() == pytest.approx([0, 0])
    assert out["overbuilt"].tolist() == [False, False]
    assert out["allowed_hall"].tolist() == [True, False]
    assert out["allowed_storey_height_m"].tolist() == pytest.approx([5.0, 3.5])
    assert "storey height" in out.attrs["floor_area_basis"]


def test_empty_parcel_takes_the_use_of_its_bestemming():
    rules = plan([
        {"object_type": "enkelbestemming", "bestemmingshoofdgroep": "bedrijventerrein",
         "max_coverage_share": 0.6, "max_bouwhoogte_m": 12.0, "geometry": sq(0, 0, 100, 100)},
        {"object_type": "enkelbestemming", "bestemmingshoofdgroep": "kantoor",
         "max_coverage_share": 0.6, "max_bouwhoogte_m": 12.0, "geometry": sq(100, 0, 200, 100)},
        {"object_type": "enkelbestemming", "bestemmingshoofdgroep": "bedrijventerrein",
         "max_coverage_share": 0.6, "max_bouwhoogte_m": 12.0, "geometry": sq(200, 0, 220, 50)},
    ])
    out = run(parcels_of(sq(0, 0, 100, 100), sq(100, 0, 200, 100), sq(200, 0, 220, 50)),
              rules=rules)
    # bedrijventerrein, 6,000 m2 footprint: a hall, one storey -> 6,000
    # kantoor: floor(12 / 3.5) = 3 -> 18,000
    # bedrijventerrein, footprint 0.6 x 1,000 = 600 < 1,000: no hall, floor(12 / 5) = 2 -> 1,200
    assert out["allowed_floor_area_m2"].tolist() == pytest.approx([6_000, 18_000, 1_200])


# --- absolute limits, storeys, bad input -----------------------------------------------

def test_absolute_limits_are_shared_over_the_pieces_of_a_vlak():
    rules = plan([
        {"object_type": "enkelbestemming", "bestemmingshoofdgroep": "kantoor",
         "geometry": sq(0, 0, 200, 100)},
        {"object_type": "bouwvlak", "geometry": sq(0, 0, 200, 100)},
        {"object_type": "maatvoering", "max_built_area_m2": 4_000.0, "max_storeys": 2.0,
         "max_floor_area_m2": 6_000.0, "geometry": sq(0, 0, 200, 100)},
    ])
    out = run(parcels_of(sq(0, 0, 100, 100), sq(100, 0, 200, 100)), rules=rules)
    # each parcel holds half the bouwvlak: footprint 2,000, x 2 storeys = 4,000, capped by
    # half the maximum vloeroppervlak: 3,000
    assert out["allowed_footprint_m2"].tolist() == pytest.approx([2_000, 2_000])
    assert out["allowed_floor_area_m2"].tolist() == pytest.approx([3_000, 3_000])
    assert out["allowed_rule"].tolist() == ["bouwvlak:max_floor_area"] * 2


def test_pieces_needs_plan_objects_and_a_valid_cover_share():
    p = parcels_of(sq(0, 0, 100, 100))
    zones = gpd.GeoDataFrame({"max_fsi": [1.0]}, geometry=[sq(0, 0, 100, 100)], crs=CRS)
    with pytest.raises(InputError, match="object_type"):
        densification_potential(p, NO_BUILDINGS, rules=zones,
                                plan_rules=PlanRulesOptions(rules_transfer="pieces"))
    for bad in (0, 1.5, -0.2):
        with pytest.raises(InputError, match="cover_share"):
            densification_potential(p, NO_BUILDINGS, rules=zones,
                                    plan_rules=PlanRulesOptions(cover_share=bad))


# --- a real plan: objects of Durperveld (tests/data/imro/durperveld_extract.gml) -----------

def test_durperveld_extract_allowed_floor_area_per_bouwvlak():
    from pathlib import Path

    from rve_geo.plans.imro import read_imro

    path = Path(__file__).resolve().parent / "data" / "imro" / "durperveld_extract.gml"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        zones = read_imro(path)
    assert zones["object_type"].value_counts().to_dict() == {
        "enkelbestemming": 4, "bouwvlak": 4, "functieaanduiding": 3, "maatvoering": 2}
    eb = zones[zones["object_type"] == "enkelbestemming"].reset_index(drop=True)
    out = run(gpd.GeoDataFrame(geometry=eb.geometry.values, crs=zones.crs), rules=zones)
    # independent: the Wonen vlak NL.IMRO.062 holds bouwvlak NL.IMRO.023, covered by
    # maatvoering 048 (bouwhoogte 12 m) and 044 (bebouwingspercentage 50 %); wonen: 3.0 m
    # storeys -> 4 storeys; nothing outside the bouwvlak. Geometry read with GDAL directly.
    import pyogrio

    bv = pyogrio.read_dataframe(path, layer="Bouwvlak", WRITE_GFS="NO")
    vlak = pyogrio.read_dataframe(path, layer="Enkelbestemming", WRITE_GFS="NO")
    # the piece is the part of the bouwvlak inside the parcel (here the vlak itself: the
    # bouwvlak's edge lies a few mm outside it)
    a_023 = float(bv.loc[bv["gml_id"] == "NL.IMRO.023"].geometry.iloc[0].intersection(
        vlak.loc[vlak["gml_id"] == "NL.IMRO.062"].geometry.iloc[0]).area)
    wonen = eb.index[eb["identificatie"] == "NL.IMRO.062"][0]
    assert out["allowed_floor_area_m2"].iloc[wonen] == pytest.approx(a_023 * 0.5 * 4)
    assert out["allowed_footprint_m2"].iloc[wonen] == pytest.approx(a_023 * 0.5)
    # the vlak-wide reading gave vlak area x 0.5 x floor(12 / 5): more footprint than the
    # bouwvlak allows
    assert eb.geometry.iloc[wonen].area * 0.5 > a_023 * 0.5
    # the Bedrijventerrein bouwvlakken have no height in the GML (the regels set it): no rule
    bt = eb["naam"].eq("Bedrijventerrein").to_numpy()
    assert bt.sum() == 3 and np.isnan(out["allowed_floor_area_m2"].to_numpy()[bt]).all()


def test_category_of_the_largest_piece_from_the_functieaanduiding():
    from pathlib import Path

    from rve_geo.plans.imro import read_imro

    path = Path(__file__).resolve().parent / "data" / "imro" / "minimal_imro2012.gml"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        zones = read_imro(path)
    # parcels over bouwvlak 1 and 2 (x 150010-150090 / 150110-150190, y 450010-450090)
    parcels = gpd.GeoDataFrame(geometry=[box(150_000, 450_000, 150_100, 450_100),
                                         box(150_100, 450_000, 150_200, 450_100)],
                               crs="EPSG:28992")
    out = run(parcels, rules=zones)
    # "bedrijf tot en met categorie 3.1 en horeca tot en met categorie 1" over the vlak
    assert out["plan_max_category"].tolist() == ["3.1", "3.1"]
    # bouwvlak 1: 6,400 x 0.8, bedrijventerrein (industrie, 5 m storeys), min(2 storeys,
    # height 10 m -> hall: 5,120 m2 footprint >= 1,000) = 1 storey -> 5,120
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(5_120)
    # bouwvlak 2: built area min(3,000, 1,200) = 1,200 (MV2 over the whole bouwvlak), FSI 2 on
    # 6,400 m2 = 12,800, vloeroppervlak 8,000; no height or storeys: the floor-area caps
    # give min(12,800, 8,000) = 8,000
    assert out["allowed_floor_area_m2"].iloc[1] == pytest.approx(8_000)


def test_auto_takes_pieces_only_for_imro_vlakken():
    # an omgevingsplan-style rules frame (one norm per location) keeps the parcel reading
    norms = gpd.GeoDataFrame({"object_type": ["omgevingsnorm"], "max_fsi": [1.5]},
                             geometry=[sq(-10, -10, 110, 110)], crs=CRS)
    out = run(parcels_of(sq(0, 0, 100, 100)), rules=norms)
    assert out.attrs["rules_transfer"] == "largest_overlap"
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(15_000)
    out = run(parcels_of(sq(0, 0, 100, 100)), rules=two_bouwvlakken())
    assert out.attrs["rules_transfer"] == "pieces"
