"""SBI codes of establishments + a Staat van Bedrijfsactiviteiten -> category per parcel."""

from __future__ import annotations

import warnings

import geopandas as gpd
import pytest
from shapely.geometry import Point, box

from rve_geo import category_use
from rve_geo.errors import CategoryError, MissingColumnError, RveGeoWarning
from rve_geo.sources.sbi import establishment_categories, load_staat

CRS = "EPSG:28992"
SVB = """# sbi,categorie: the user's own list (VNG 2009 style)
sbi,categorie,omschrijving
10.13,3.2,vleeswarenfabrieken
25,3.1,metaalproductenindustrie
25.5,4.1,smederijen en persbedrijven
46.7,3.2,groothandel overig
52.1,cat. 2,opslag
"""


@pytest.fixture
def staat(tmp_path):
    p = tmp_path / "svb.csv"
    p.write_text(SVB)
    return load_staat(p)


def test_longest_prefix_and_format(staat):
    assert staat.category("2550") == "4.1"      # 25.5 beats 25
    assert staat.category("25.62") == "3.1"     # only 25
    assert staat.category("1013") == "3.2"
    assert staat.category("52.10") == "2"       # "cat. 2" parsed
    assert staat.category("4711") is None


def test_parcels_get_the_highest_category_and_feed_scheefwerken(staat):
    parcels = gpd.GeoDataFrame(
        {"parcel_id": ["p1", "p2", "p3"], "max_category": ["4.2", "4.2", "3.2"]},
        geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100), box(200, 0, 300, 100)], crs=CRS)
    firms = gpd.GeoDataFrame(
        {"naam": ["smid", "metaal", "opslag", "winkel", "weg"],
         "SBI_code": ["25.50", "2562", "5210", "4711", "2550"]},
        geometry=[Point(10, 10), Point(50, 50), Point(150, 50), Point(250, 50),
                  Point(500, 500)], crs=CRS)
    with pytest.warns(RveGeoWarning) as record:
        out = establishment_categories(parcels, firms, staat, sbi_col="SBI_code")
    text = " ".join(str(w.message) for w in record)
    assert "1 establishments have an SBI code" in text and "4711" in text
    assert "1 establishments lie on no parcel" in text
    assert out["sbi_category"].tolist() == ["4.1", "2", None]
    assert out["category_sbi"].tolist() == ["2550", "5210", None]
    assert out["n_establishments"].tolist() == [2, 1, 1]
    assert out["n_unknown_sbi"].tolist() == [0, 0, 1]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        use = category_use(out, actual_col="sbi_category", allowed_col="max_category")
    # p1: 4.1 on 4.2 land: 1 step unused, HMC land used by HMC; p2: 2 on 4.2 land:
    # 4 steps (2 -> 3.1 -> 3.2 -> 4.1 -> 4.2), below the minimum 3.1 and low on HMC land
    assert use["unused_steps"].tolist()[:2] == [1.0, 4.0]
    assert use["low_on_hmc"].tolist() == [False, True, False]
    assert use["below_minimum"].tolist() == [False, True, False]


def test_staat_is_validated_like_distance_tables(tmp_path):
    def bad(text, match):
        p = tmp_path / "x.csv"
        p.write_text(text)
        with pytest.raises(CategoryError, match=match):
            load_staat(p)

    bad("sbi,categorie\n25,3.1\n25,4.1\n", r"SBI 25 appears on line 2 and line 3")
    bad("sbi,categorie\n25,zwaar\n", r"line 2 \(SBI 25\)")
    bad("sbi,categorie\nabc,3.1\n", r"line 2 has SBI code 'abc'")
    bad("sbi,categorie\n25,\n", r"line 2 \(SBI 25\) has no categorie")
    bad("sbi,cat\n25,3.1\n", r"unknown column\(s\) cat")
    bad("code,categorie\n25,3.1\n", r"unknown column")
    with pytest.raises(CategoryError, match="does not exist"):
        load_staat(tmp_path / "missing.csv")


def test_missing_sbi_column(staat):
    parcels = gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1)], crs=CRS)
    firms = gpd.GeoDataFrame({"naam": ["x"]}, geometry=[Point(0.5, 0.5)], crs=CRS)
    with pytest.raises(MissingColumnError, match="no SBI column.*columns found: naam"):
        establishment_categories(parcels, firms, staat)


def test_missing_and_unreadable_sbi_codes_are_reported_apart_with_rows(staat):
    parcels = gpd.GeoDataFrame({"parcel_id": ["p1"]}, geometry=[box(0, 0, 100, 100)], crs=CRS)
    firms = gpd.GeoDataFrame(
        {"sbi": ["25.50", None, "onbekend", " ", "2562"]},
        geometry=[Point(10, 10), Point(20, 20), Point(30, 30), Point(40, 40), Point(50, 50)],
        crs=CRS)
    with pytest.warns(RveGeoWarning) as record:
        out = establishment_categories(parcels, firms, staat)
    text = " ".join(str(w.message) for w in record)
    assert ("establishments: column 'sbi': 2 establishments have no SBI code and give their "
            "parcel no category (they count in n_establishments); fill in their SBI 2008 "
            "code (rows 1, 3)") in text
    assert ("establishments: column 'sbi': 1 establishments have an SBI code that is not an "
            "SBI 2008 code (e.g. 'onbekend') and give their parcel no category (they count in "
            "n_establishments); give 1-6 digits, dots allowed (e.g. 10.13) (rows 2)") in text
    assert out["n_establishments"].tolist() == [5]  # every establishment on the parcel
    assert out["sbi_category"].tolist() == ["4.1"]
