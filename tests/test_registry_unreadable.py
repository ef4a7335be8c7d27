"""Registry readers report every value they cannot read: none is silently emptied or dropped.

Each test writes a small GeoPackage (or CityJSON tile) by hand with unreadable text in one
column and checks the message (layer, column, rows, fix), the good values and the row count.
The choice per column (warning or error) is documented in docs/registry.md.
"""

from __future__ import annotations

import json
import warnings

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point, box

from rve_geo import read_3dbag, read_bag, read_brk_percelen, read_terreinen, redevelopment_stock
from rve_geo.errors import InputError, RveGeoWarning

CRS = "EPSG:28992"
PANDEN = ["0221100000000001", "0221100000000002", "0221100000000003", "0221100000000004"]


def _messages(caught) -> str:
    return " ".join(str(w.message) for w in caught if issubclass(w.category, RveGeoWarning))


def _bag(path, years, *, vbo=True, counts=None):
    panden = {"identificatie": PANDEN[:len(years)], "bouwjaar": years,
              "status": ["Pand in gebruik"] * len(years)}
    if counts is not None:
        panden["aantal_verblijfsobjecten"] = counts
    gpd.GeoDataFrame(panden, geometry=[box(20 * i, 0, 20 * i + 10, 10)
                                       for i in range(len(years))],
                     crs=CRS).to_file(path, layer="pand")
    if vbo:
        gpd.GeoDataFrame(
            {"identificatie": [f"02210100000000{i:02d}" for i in range(len(years))],
             "pand_identificatie": PANDEN[:len(years)],
             "gebruiksdoel": ["industriefunctie"] * len(years),
             "oppervlakte": [100] * len(years),
             "status": ["Verblijfsobject in gebruik"] * len(years)},
            geometry=[Point(20 * i + 5, 5) for i in range(len(years))],
            crs=CRS).to_file(path, layer="verblijfsobject")


def test_unreadable_bouwjaar_is_unknown_with_a_warning_naming_layer_column_rows(tmp_path):
    p = tmp_path / "bag.gpkg"
    _bag(p, ["1990", "onbekend", None, "1975"])
    with pytest.warns(RveGeoWarning) as caught:
        bag = read_bag(p)
    text = _messages(caught)
    assert ("read_bag: path: layer 'pand', column 'bouwjaar': 1 construction years are not "
            "numbers (e.g. 'onbekend') and are read as unknown") in text
    assert "redevelopment_stock counts the floor area of these panden under " \
           "floor_area_unknown_year_m2" in text
    assert "Give a four-digit year or leave the value empty (rows 1)" in text
    assert len(bag.buildings) == 4  # nothing dropped
    assert bag.buildings["bouwjaar"].tolist()[0::3] == [1990.0, 1975.0]  # good values kept
    assert np.isnan(bag.buildings["bouwjaar"].tolist()[1:3]).all()
    # what the warning says holds: the pand's floor area counts as of unknown year
    parcels = gpd.GeoDataFrame(geometry=[box(-5, -5, 100, 15)], crs=CRS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        stock = redevelopment_stock(parcels, bag.buildings).iloc[0]
    # 100 m2 gebruiksoppervlakte x BVO/GO 1.2 per pand; 2 panden of unknown year
    assert stock["floor_area_unknown_year_m2"] == pytest.approx(240.0)
    assert stock["weighted_construction_year"] == pytest.approx((1990 + 1975) / 2)


def test_readable_bouwjaar_gives_no_warning_about_years(tmp_path):
    p = tmp_path / "bag.gpkg"
    _bag(p, ["1990", "1975,0", None])  # a decimal comma is a number
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bag = read_bag(p)
    assert "construction years" not in _messages(caught)
    assert bag.buildings["bouwjaar"].tolist()[:2] == [1990.0, 1975.0]


def test_unreadable_aantal_verblijfsobjecten_on_the_pand_layer_is_reported(tmp_path):
    p = tmp_path / "bag.gpkg"
    _bag(p, [1990, 1991, 1992], vbo=False, counts=["3", "veel", "1"])
    with pytest.warns(RveGeoWarning) as caught:
        bag = read_bag(p)
    text = _messages(caught)
    assert ("layer 'pand', column 'aantal_verblijfsobjecten': 1 values are not numbers "
            "(e.g. 'veel') and are read as unknown; the count is kept for information only "
            "and no computation uses it. Give a whole number or leave the value empty "
            "(rows 1)") in text
    assert len(bag.buildings) == 3
    counts = bag.buildings["aantal_verblijfsobjecten"].tolist()
    assert counts[0] == 3.0 and counts[2] == 1.0 and np.isnan(counts[1])


def _brk(path, numbers):
    n = len(numbers)
    gpd.GeoDataFrame({"identificatie": [f"1025012347{i:04d}" for i in range(n)],
                      "kadastraleGemeente": ["Ede"] * n, "sectie": ["K"] * n,
                      "perceelnummer": numbers, "kadastraleGrootte": [100] * n},
                     geometry=[box(20 * i, 0, 20 * i + 10, 10) for i in range(n)],
                     crs=CRS).to_file(path, layer="perceel")


def test_unreadable_perceelnummer_is_reported_and_leaves_no_half_aanduiding(tmp_path):
    p = tmp_path / "brk.gpkg"
    _brk(p, ["2347", "onbekend", "12.5", "0", "18"])
    with pytest.warns(RveGeoWarning) as caught:
        out = read_brk_percelen(p)
    text = _messages(caught)
    assert ("read_brk_percelen: path: layer 'perceel', column 'perceelnummer': 3 "
            "perceelnummers are not whole numbers of 1 or more (e.g. 'onbekend')") in text
    assert "Give the perceelnummer as written in the BRK, a whole number (rows 1, 2, 3)" in text
    assert len(out) == 5  # nothing dropped
    assert out["parcel_id"].tolist() == [f"1025012347{i:04d}" for i in range(5)]
    assert out["perceelnummer"].tolist()[0::4] == [2347, 18]
    assert out["perceelnummer"].isna().tolist() == [False, True, True, True, False]
    assert out["kadastrale_aanduiding"].tolist()[0::4] == ["Ede K 2347", "Ede K 18"]
    assert out["kadastrale_aanduiding"].isna().tolist() == [False, True, True, True, False]


def test_readable_perceelnummers_give_no_warning(tmp_path):
    p = tmp_path / "brk.gpkg"
    _brk(p, ["2347", " 18 ", None])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = read_brk_percelen(p)
    assert "perceelnummer" not in _messages(caught)
    assert out["perceelnummer"].tolist()[:2] == [2347, 18]


def test_unreadable_terrein_areas_are_reported_not_silently_empty(tmp_path):
    p = tmp_path / "ibis.gpkg"
    gpd.GeoDataFrame({"RIN_NUMMER": ["a", "b", "c"], "PLAN_NAAM": ["A", "B", "C"],
                      "BRUTO_OPP": ["17,8", "groot", None], "NETTO_OPP": [10.5, 3.0, None]},
                     geometry=[box(0, 0, 100, 100), box(200, 0, 300, 100),
                               box(400, 0, 500, 100)], crs=CRS).to_file(p, layer="ibis")
    with pytest.warns(RveGeoWarning) as caught:
        out = read_terreinen(p)
    text = _messages(caught)
    assert ("read_terreinen: path: layer 'ibis', column 'BRUTO_OPP': 1 areas are not numbers "
            "(e.g. 'groot') and are read as unknown in bruto_ha") in text
    assert "operations use the area of the polygon (area_ha). Give the area in hectares as a " \
           "number or leave the value empty (rows 1)" in text
    assert "NETTO_OPP" not in text
    assert len(out) == 3
    assert out["bruto_ha"].tolist()[0] == 17.8 and out["bruto_ha"].isna().tolist()[1:] == \
        [True, True]
    assert out["netto_ha"].tolist()[:2] == [10.5, 3.0]


def _tile(path, roof, *, hall=None):
    data = {"identificatie": [f"NL.IMBAG.Pand.{x}" for x in PANDEN[:len(roof)]],
            "b3_h_dak_70p": roof, "b3_h_maaiveld": [1.0] * len(roof)}
    if hall is not None:
        data["b3_kas_warenhuis"] = hall
    gpd.GeoDataFrame(data, geometry=[box(20 * i, 0, 20 * i + 10, 10) for i in range(len(roof))],
                     crs=CRS).to_file(path, layer="pand")


def test_unreadable_3dbag_height_is_an_error_naming_layer_column_rows(tmp_path):
    p = tmp_path / "tile.gpkg"
    _tile(p, ["9,5", "hoog", "12"])
    with pytest.raises(InputError, match=r"argument 'path', layer 'pand', column "
                       r"'b3_h_dak_70p': 1 values are not numbers \(rows 1, e.g. 'hoog'\); "
                       r"give the roof height \(m NAP\) as a number\. Correct them or leave "
                       r"them empty"):
        read_3dbag(p)
    q = tmp_path / "good.gpkg"
    _tile(q, ["9,5", None, "12"])
    out = read_3dbag(q)
    assert len(out) == 3
    assert out["height_m"].tolist()[0::2] == [8.5, 11.0]  # decimal comma read, not emptied
    assert np.isnan(out["height_m"].tolist()[1])


def test_hall_flag_that_is_neither_true_nor_false_is_an_error(tmp_path):
    p = tmp_path / "tile.gpkg"
    _tile(p, [9.0, 9.0, 9.0], hall=["true", "misschien", None])
    with pytest.raises(InputError, match=r"layer 'pand', column 'b3_kas_warenhuis': 1 values "
                       r"are neither true nor false \(rows 1, e.g. 'misschien'\)"):
        read_3dbag(p)
    q = tmp_path / "good.gpkg"
    _tile(q, [9.0, 9.0, 9.0], hall=["true", "false", None])
    assert read_3dbag(q)["b3_kas_warenhuis"].tolist() == [True, False, False]


def test_unreadable_cityjson_height_names_the_cityobject(tmp_path):
    doc = {"type": "CityJSON", "version": "2.0", "vertices": [], "CityObjects": {
        f"NL.IMBAG.Pand.{PANDEN[0]}": {"type": "Building", "attributes": {
            "b3_h_dak_70p": 9.24, "b3_h_maaiveld": 0.69}},
        f"NL.IMBAG.Pand.{PANDEN[1]}": {"type": "Building", "attributes": {
            "b3_h_dak_70p": "onbekend", "b3_h_maaiveld": 0.5}}}}
    p = tmp_path / "tile.city.json"
    p.write_text(json.dumps(doc))
    with pytest.raises(InputError, match=rf"layer 'CityObjects', column 'b3_h_dak_70p': 1 "
                       rf"values are not numbers \(rows 'NL\.IMBAG\.Pand\.{PANDEN[1]}', e\.g\. "
                       r"'onbekend'\)"):
        read_3dbag(p)
