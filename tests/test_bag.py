"""read_bag: BAG panden with the use, area and homes of their verblijfsobjecten."""

from __future__ import annotations

import sqlite3
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import Point, box

from rve_geo import density_measures, read_bag
from rve_geo.errors import InputError, MissingColumnError, RveGeoWarning

from .conftest import DATA

CRS = "EPSG:28992"
DOESBURG = DATA / "doesburg_bag_pand_2020_parks.gpkg"


def write_bag(path, panden, vbo):
    gpd.GeoDataFrame(panden["cols"], geometry=panden["geometry"], crs=CRS).to_file(
        path, layer="pand")
    if vbo is not None:
        gpd.GeoDataFrame(vbo["cols"], geometry=vbo["geometry"], crs=CRS).to_file(
            path, layer="verblijfsobject")
    return path


def quiet(fn, *a, **k):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return fn(*a, **k)


# --- real extract -------------------------------------------------------------------


def test_real_doesburg_panden_match_counts_from_the_file():
    with pytest.warns(RveGeoWarning, match="no verblijfsobject layer"):
        bag = read_bag(DOESBURG)
    b = bag.buildings
    # independent: count and group in the GeoPackage's own table with SQL
    con = sqlite3.connect(DOESBURG)
    n, n_ids = con.execute("select count(*), count(distinct identificatie) from pand").fetchone()
    per_status = dict(con.execute("select status, count(*) from pand group by status"))
    year_sum = con.execute("select sum(oorspronkelijkBouwjaar) from pand").fetchone()[0]
    con.close()
    assert len(b) == n == n_ids == 415
    assert b["status"].value_counts().to_dict() == per_status
    assert b["bouwjaar"].sum() == year_sum
    assert b["identificatie"].str.fullmatch(r"\d{16}").all()
    assert b["identificatie"].str.startswith("0221").all()  # Doesburg, CBS 0221
    assert len(bag.homes) == 0
    # bbox: the panden intersecting the northern park's box, counted with shapely
    box_n = (205994.0, 447953.0, 206400.0, 448371.0)
    sub = quiet(read_bag, DOESBURG, bbox=box_n).buildings
    raw = gpd.read_file(DOESBURG)
    expected = shapely.intersects(raw.geometry.to_numpy(), box(*box_n)).sum()
    assert len(sub) == expected > 0


def test_real_bag_feeds_density_without_column_mapping():
    bag = quiet(read_bag, DOESBURG)
    parcel = gpd.GeoDataFrame(geometry=[box(*bag.buildings.total_bounds)], crs=CRS)
    # no heights, no verblijfsobjecten: one storey each, FSI equals GSI, and the run says so
    with pytest.warns(RveGeoWarning, match="none of the 415 buildings .* FSI equals GSI"):
        d = density_measures(parcel, bag.buildings)
    assert d["fsi"].iloc[0] == pytest.approx(d["gsi"].iloc[0])
    assert d["footprint_m2"].iloc[0] == pytest.approx(bag.buildings.area.sum(), rel=1e-9)


# --- verblijfsobjecten --------------------------------------------------------------

P1, P2, P3 = "0221100000000001", "0221100000000002", "0221100000000003"


@pytest.fixture
def small_bag(tmp_path):
    panden = {"cols": {"identificatie": [P1, P2, P3], "oorspronkelijkBouwjaar": [1975, 2001, 1930],
                       "status": ["Pand in gebruik"] * 3},
              "geometry": [box(0, 0, 20, 10), box(20, 0, 30, 10), box(100, 0, 110, 10)]}
    vbo = {"cols": {
        "identificatie": ["0221010000000001", "0221010000000002", "0221010000000003",
                          "0221010000000004", "0221010000000005"],
        # P1: a home and a shop; V3 lies in P1 and P2; V4 has two uses; V5 is only planned
        "pand_identificatie": [P1, P1, f"{P1},{P2}", P3, P3],
        "gebruiksdoel": ["woonfunctie", "winkelfunctie", "kantoorfunctie",
                         "woonfunctie,winkelfunctie", "woonfunctie"],
        "oppervlakte": [80, 120, 300, 100, 60],
        "status": ["Verblijfsobject in gebruik"] * 4 + ["Verblijfsobject gevormd"]},
        "geometry": [Point(2, 2), Point(15, 5), Point(20, 5), Point(105, 5), Point(106, 5)]}
    return write_bag(tmp_path / "bag.gpkg", panden, vbo)


def test_building_with_two_verblijfsobjecten_of_different_use(small_bag):
    b = quiet(read_bag, small_bag).buildings.set_index("identificatie")
    one = b.loc[P1]
    # 80 woon + 120 winkel + half of the 300 m2 kantoor shared with P2 = 350
    assert one["gebruiksoppervlakte_m2"] == pytest.approx(350.0)
    assert one["gebruiksdoel"] == "kantoorfunctie,winkelfunctie,woonfunctie"  # 150, 120, 80
    assert one["gebruiksdoel_hoofd"] == "kantoorfunctie"
    assert one["woon_m2"] == pytest.approx(80.0)
    assert one["aantal_verblijfsobjecten"] == pytest.approx(2.5)
    assert one["aantal_woningen"] == pytest.approx(1.0)
    assert one["bouwjaar"] == 1975


def test_verblijfsobject_in_two_panden_is_split_in_halves(small_bag):
    bag = quiet(read_bag, small_bag)
    b = bag.buildings.set_index("identificatie")
    assert b.loc[P2, "gebruiksoppervlakte_m2"] == pytest.approx(150.0)
    assert b.loc[P2, "gebruiksdoel"] == "kantoorfunctie"
    assert b.loc[P2, "aantal_verblijfsobjecten"] == pytest.approx(0.5)
    assert b.loc[P2, "aantal_woningen"] == 0
    # sums over panden equal sums over the active verblijfsobjecten (80+120+300+100)
    assert b["gebruiksoppervlakte_m2"].sum() == pytest.approx(600.0)
    assert b["aantal_verblijfsobjecten"].sum() == pytest.approx(4.0)


def test_mixed_use_object_and_planned_object(small_bag):
    with pytest.warns(RveGeoWarning, match="1 verblijfsobjecten left out.*gevormd"):
        bag = read_bag(small_bag)
    b = bag.buildings.set_index("identificatie")
    # V4 (100 m2, woon + winkel) counts 50 m2 per use; V5 (gevormd) is left out
    assert b.loc[P3, "gebruiksoppervlakte_m2"] == pytest.approx(100.0)
    assert b.loc[P3, "woon_m2"] == pytest.approx(50.0)
    assert b.loc[P3, "aantal_woningen"] == pytest.approx(1.0)
    assert sorted(bag.homes["identificatie"]) == ["0221010000000001", "0221010000000004"]
    assert (bag.homes["soort"] == "woning").all() and bag.homes["n_homes"].sum() == 2
    assert bag.homes.geom_type.eq("Point").all()
    kept = quiet(read_bag, small_bag, include_inactive=True)
    assert len(kept.homes) == 3
    assert kept.buildings.set_index("identificatie").loc[P3, "gebruiksoppervlakte_m2"] == 160


def test_density_uses_gebruiksoppervlakte_without_mapping(small_bag):
    bag = quiet(read_bag, small_bag)
    parcel = gpd.GeoDataFrame(geometry=[box(-1, -1, 31, 11)], crs=CRS)  # P1 and P2
    d = quiet(density_measures, parcel, bag.buildings)
    # floor area = gebruiksoppervlakte x BVO/GO factor 1.2: (350 + 150) x 1.2 = 600
    assert d["floor_area_m2"].iloc[0] == pytest.approx(600.0)
    assert d["fsi"].iloc[0] == pytest.approx(600.0 / (32 * 12))


def test_bbox_keeps_homes_of_the_panden_read(small_bag):
    bag = quiet(read_bag, small_bag, bbox=(90, -5, 120, 15))
    assert bag.buildings["identificatie"].tolist() == [P3]
    assert bag.homes["identificatie"].tolist() == ["0221010000000004"]
    # a mask polygon over P1 only: P1's own objects and its half of the shared kantoor
    m = quiet(read_bag, small_bag, mask=box(1, 1, 5, 5))
    assert m.buildings["identificatie"].tolist() == [P1]
    assert m.buildings["gebruiksoppervlakte_m2"].tolist() == [350.0]
    assert m.homes["identificatie"].tolist() == ["0221010000000001"]
    with pytest.raises(InputError, match="argument 'bbox'"):
        read_bag(small_bag, bbox=(10, 0, 5, 10))


def test_extract_spellings_prefixes_and_lists(tmp_path):
    # GDAL list notation and NL.IMBAG prefixes as in converted BAG 2.0 extracts
    panden = {"cols": {"identificatie": [f"NL.IMBAG.Pand.{P1}", int(P2)],
                       "bouwjaar": [1990, 1991], "status": ["Pand in gebruik"] * 2},
              "geometry": [box(0, 0, 10, 10), box(10, 0, 20, 10)]}
    vbo = {"cols": {"identificatie": ["NL.IMBAG.Verblijfsobject.0221010000000009"],
                    "maaktDeelUitVan": [f"(2:NL.IMBAG.Pand.{P1},NL.IMBAG.Pand.{P2})"],
                    "gebruiksdoel": ["(1:industriefunctie)"], "oppervlakte": [1000]},
           "geometry": [Point(10, 5)]}
    b = quiet(read_bag, write_bag(tmp_path / "x.gpkg", panden, vbo)).buildings
    assert b["identificatie"].tolist() == [P1, P2]
    assert b["gebruiksoppervlakte_m2"].tolist() == [500.0, 500.0]
    assert b["gebruiksdoel"].tolist() == ["industriefunctie"] * 2


def test_bad_area_and_missing_columns_are_refused(tmp_path):
    panden = {"cols": {"identificatie": [P1]}, "geometry": [box(0, 0, 10, 10)]}
    vbo = {"cols": {"identificatie": ["v1", "v2"], "pand_identificatie": [P1, P1],
                    "gebruiksdoel": ["woonfunctie"] * 2, "oppervlakte": ["80", "-5"]},
           "geometry": [Point(1, 1), Point(2, 2)]}
    with pytest.raises(InputError, match=r"'oppervlakte'.*1 values.*rows 1"):
        read_bag(write_bag(tmp_path / "a.gpkg", panden, vbo))
    vbo["cols"].pop("pand_identificatie")
    vbo["cols"]["oppervlakte"] = [80, 5]
    with pytest.raises(MissingColumnError, match="pand reference.*columns found"):
        read_bag(write_bag(tmp_path / "b.gpkg", panden, vbo))
    with pytest.raises(InputError, match="does not exist"):
        read_bag(tmp_path / "missing.gpkg")


def test_pdok_pand_collection_keeps_pand_level_uses():
    # the Delft layer has PDOK's pand attributes: gebruiksdoel and aantal_verblijfsobjecten
    raw = gpd.read_file(DATA / "delft_wippolder_3dbag.gpkg")
    b = quiet(read_bag, DATA / "delft_wippolder_3dbag.gpkg").buildings
    assert len(b) == len(raw) == 60
    # leading zero of Delft's 0503 restored; the file also holds one non-BAG id "x2"
    assert b["identificatie"].str.fullmatch(r"0503\d{12}").sum() == 59
    assert b["identificatie"].iloc[-1] == raw["identificatie"].iloc[-1] == "x2"
    mixed = b["gebruiksdoel"] == "gezondheidszorgfunctie,woonfunctie"
    assert mixed.sum() == 1
    assert b["aantal_verblijfsobjecten"].sum() == raw["aantal_verblijfsobjecten"].sum()
    assert np.isnan(b["gebruiksoppervlakte_m2"]).all()
    assert pd.api.types.is_string_dtype(b["gebruiksdoel_hoofd"])
