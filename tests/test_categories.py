"""Milieucategorie parsing and distance tables (VNG 2009 and user tables)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rve_geo.errors import CategoryError
from rve_geo.milieu.categories import (
    CATEGORIES,
    OMGEVINGSTYPES,
    Category,
    normalize_omgevingstype,
    parse_categories,
    parse_category,
)
from rve_geo.milieu.distance_tables import DistanceTable, load_distance_table

# DOMAIN.md section 2, typed in by hand: category -> (rustige woonwijk, gemengd gebied).
VNG_2009 = {
    "1": (10, 0), "2": (30, 10), "3.1": (50, 30), "3.2": (100, 50), "4.1": (200, 100),
    "4.2": (300, 200), "5.1": (500, 300), "5.2": (700, 500), "5.3": (1000, 700),
    "6": (1500, 1000),
}


# --------------------------------------------------------------------------- Category


def test_category_order_label_rank():
    assert CATEGORIES == tuple(VNG_2009)
    cats = [Category.from_rank(r) for r in range(10)]
    assert [c.label for c in cats] == list(CATEGORIES)
    assert [str(c) for c in cats] == list(CATEGORIES)
    assert cats == sorted(reversed(cats))
    assert Category.from_rank(2) < Category.from_rank(3) <= Category.from_rank(3)
    assert Category.from_rank(2) == parse_category("3.1")
    assert Category.from_rank(2).steps_to(Category.from_rank(5)) == 3  # 3.1 -> 4.2
    assert Category.from_rank(5).steps_to(Category.from_rank(2)) == -3
    assert len({Category.from_rank(1), parse_category("2")}) == 1  # hashable, equal


def test_category_is_frozen_and_checks_rank():
    c = Category.from_rank(0)
    with pytest.raises(AttributeError):
        c.rank = 3
    for bad in (-1, 10, 2.5, True, "3"):
        with pytest.raises(CategoryError):
            Category(bad)


# --------------------------------------------------------------------------- parser

SPELLINGS = [
    ("3.1", "3.1"), ("3,1", "3.1"), (" 3 , 1 ", "3.1"), ("cat. 3.1", "3.1"),
    ("cat.3.1", "3.1"), ("Cat 5.1", "5.1"), ("categorie 3.1", "3.1"),
    ("Categorie 3,2", "3.2"), ("milieucategorie 4.2", "4.2"),
    ("Milieucategorie 5.3", "5.3"), ("bedrijf tot en met categorie 3.1", "3.1"),
    ("Bedrijf tot en met categorie 2", "2"), ("Bedrijf - categorie 2", "2"),
    ("bedrijf - 2", "2"), ("bedrijf tot en met categorie 3.1 (sba-1)", "3.1"),
    ("categorie 1 t/m 3.2", "3.2"), ("categorie 1 tot en met categorie 4.1", "4.1"),
    ("1 - 3.2", "3.2"), ("SBI 2008 categorie 3.1", "3.1"), ("1", "1"), ("6", "6"),
    # main categories: default reading is the highest subcategory
    ("3", "3.2"), ("4", "4.2"), ("5", "5.3"), ("categorie 4", "4.2"),
    (1, "1"), (2, "2"), (4, "4.2"), (np.int64(6), "6"),
    (3.1, "3.1"), (3.2, "3.2"), (np.float64(5.2), "5.2"), (4.0, "4.2"), (6.0, "6"),
    (Category.from_rank(7), "5.2"),
]


@pytest.mark.parametrize(("value", "expected"), SPELLINGS)
def test_parse_category_spellings(value, expected):
    assert parse_category(value).label == expected


@pytest.mark.parametrize(("value", "highest", "lowest"),
                         [("3", "3.2", "3.1"), ("4", "4.2", "4.1"), ("5", "5.3", "5.1"),
                          (4, "4.2", "4.1"), ("2", "2", "2"), ("6", "6", "6")])
def test_main_category_rule(value, highest, lowest):
    assert parse_category(value, main_category="highest").label == highest
    assert parse_category(value, main_category="lowest").label == lowest


def test_main_category_refuse():
    assert parse_category("4.1", main_category="refuse").label == "4.1"
    with pytest.raises(CategoryError, match="4.1 and 4.2"):
        parse_category("4", main_category="refuse")
    with pytest.raises(CategoryError, match="main_category"):
        parse_category("4", main_category="max")


BAD = ["7", "0", "3.3", "4.3", "10", "abc", "", "  ", "B", "B1", "categorie C",
       "categorie 2 en 3.1", "2 3.1", "3.1a", 7, 0, 3.15, 3.3, float("nan"), None, True,
       [3.1]]


@pytest.mark.parametrize("value", BAD)
def test_parse_category_refuses_unknown(value):
    with pytest.raises(CategoryError) as err:
        parse_category(value, row="pand 17", argument="sources")
    msg = str(err.value)
    assert "argument 'sources'" in msg
    assert "'pand 17'" in msg  # the row
    assert "3.1" in msg  # the fix lists valid labels


def test_functiemenging_category_points_to_zone_tables():
    with pytest.raises(CategoryError, match="functiemenging"):
        parse_category("B1")


def test_parse_categories_vectorised_with_missing():
    s = pd.Series(["3,1", None, "cat. 6", 2, "", np.nan, "3,1", 4.1], index=list("abcdefgh"))
    # 3.1 -> 2, missing -> -1, 6 -> 9, 2 -> 1, 4.1 -> 4
    assert parse_categories(s, argument="sources", column="cat").tolist() == [
        2, -1, 9, 1, -1, -1, 2, 4]
    assert parse_categories(pd.Series([], dtype=object), argument="s", column="c").size == 0
    assert parse_categories(pd.Series(["4"]), argument="s", column="c",
                            main_category="lowest").tolist() == [4]


def test_parse_categories_error_names_rows_and_column():
    s = pd.Series(["3.1", "x", "2", "x"], index=[10, 11, 12, 13])
    with pytest.raises(CategoryError) as err:
        parse_categories(s, argument="sources", column="milieucat")
    msg = str(err.value)
    assert "'milieucat'" in msg and "'x'" in msg and "11, 13" in msg
    assert "12" not in msg.split("Rows with this value:")[1]


def test_parse_categories_does_not_mutate():
    s = pd.Series(["3,1", None])
    before = s.copy()
    parse_categories(s, argument="s", column="c")
    pd.testing.assert_series_equal(s, before)


# --------------------------------------------------------------------------- VNG table


def test_vng2009_table_matches_domain():
    t = load_distance_table()
    assert t.kind == "category" and t.labels == CATEGORIES
    for label, (rustig, gemengd) in VNG_2009.items():
        assert t.distance_m(label, "rustige_woonwijk") == rustig
        assert t.distance_m(label, "gemengd_gebied") == gemengd
        assert t.distance_m(parse_category(label), "gemengd gebied") == gemengd
    assert t.distances.flags.writeable is False


def test_distances_m_per_row_omgevingstype_and_missing():
    t = load_distance_table()
    ranks = np.array([2, 2, -1, 9])
    omg = np.array(["rustige_woonwijk", "gemengd_gebied", "gemengd_gebied", "Gemengd gebied"])
    out = t.distances_m(ranks, omg)
    assert out[[0, 1, 3]].tolist() == [50.0, 30.0, 1000.0]
    assert np.isnan(out[2])
    with pytest.raises(CategoryError, match="omgevingstype"):
        t.distances_m(ranks, "industrie")


def test_max_rank_within_exactly_at_counts_as_fitting():
    t = load_distance_table()
    d = np.array([0.0, 9.99, 10.0, 49.9, 50.0, 1499.0, 1500.0, 5000.0, np.nan])
    # rustige woonwijk: 10 m fits cat 1, 50 m fits 3.1 (rank 2), 1500 fits 6 (rank 9)
    assert t.max_rank_within(d, "rustige_woonwijk").tolist() == [
        -1, -1, 0, 1, 2, 8, 9, 9, -1]
    # gemengd gebied: cat 1 needs 0 m, so any distance fits at least cat 1
    assert t.max_rank_within(np.array([0.0, 10.0, 29.0]), "gemengd_gebied").tolist() == [
        0, 1, 1]
    mixed = t.max_rank_within(np.array([100.0, 100.0]),
                              np.array(["rustige_woonwijk", "gemengd_gebied"]))
    assert mixed.tolist() == [3, 4]  # 3.2 needs 100 rustig; 4.1 needs 100 gemengd


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0, 3000), min_size=1, max_size=20), st.sampled_from(OMGEVINGSTYPES))
def test_max_rank_within_is_the_highest_fitting_rank(distances, omg):
    t = load_distance_table()
    d = np.array(distances)
    ranks = t.max_rank_within(d, omg)
    table = np.array([VNG_2009[c][OMGEVINGSTYPES.index(omg)] for c in CATEGORIES])
    for di, r in zip(d, ranks, strict=True):
        if r >= 0:
            assert table[r] <= di + 1e-6
        if r < 9:
            assert table[r + 1] > di


# --------------------------------------------------------------------------- user tables


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_gemengd_step_derived_from_rustig_rows_equals_vng(tmp_path):
    rows = "\n".join(f"{c},{r}" for c, (r, _) in VNG_2009.items())
    t = load_distance_table(_write(tmp_path, "t.csv", "category,distance_m\n" + rows))
    for c, (rustig, gemengd) in VNG_2009.items():
        assert t.distance_m(c, "rustige_woonwijk") == rustig
        assert t.distance_m(c, "gemengd_gebied") == gemengd


def test_per_aspect_step_never_applies_to_gevaar(tmp_path):
    text = ("category,geur_m,stof_m,geluid_m,gevaar_m\n"
            "3.1,50,30,50,10\n"
            "3.2,100,50,50,100\n"
            "4.1,200,100,100,30\n")
    t = load_distance_table(_write(tmp_path, "aspects.csv", text))
    assert t.aspects == ("geur", "stof", "geluid", "gevaar")
    # rustig: governing = largest aspect
    assert [t.distance_m(c, "rustige_woonwijk") for c in ("3.1", "3.2", "4.1")] == [
        50, 100, 200]
    # gemengd: geur/stof/geluid one step lower, gevaar unchanged, then the largest:
    # 3.1: 30, 10, 30, 10 -> 30;  3.2: 50, 30, 30, 100 -> 100 (gevaar governs);
    # 4.1: 100, 50, 50, 30 -> 100
    assert [t.distance_m(c, "gemengd_gebied") for c in ("3.1", "3.2", "4.1")] == [
        30, 100, 100]
    assert t.aspect_distances["gevaar"][3, 1] == 100  # rank 3 = 3.2, gemengd column
    assert t.aspect_distances["geur"][3, 1] == 50
    # categories the table does not give are refused when used
    with pytest.raises(CategoryError, match="has no distance for 6"):
        t.ranks(pd.Series(["6"], index=["p1"]), argument="sources", column="cat")


def test_explicit_gemengd_rows_win_over_the_step(tmp_path):
    text = ("category,omgevingstype,distance_m\n"
            "3.1,rustige woonwijk,50\n3.1,gemengd gebied,50\n3.2,,100\n")
    t = load_distance_table(_write(tmp_path, "t.csv", text))
    assert t.distance_m("3.1", "gemengd_gebied") == 50
    assert t.distance_m("3.2", "gemengd_gebied") == 50  # derived: one step below 100


def test_step_between_standard_distances_goes_to_the_step_below(tmp_path):
    t = load_distance_table(_write(tmp_path, "t.csv", "category,distance_m\n2,25\n3.1,150\n"))
    assert t.distance_m("2", "gemengd_gebied") == 10
    assert t.distance_m("3.1", "gemengd_gebied") == 100


def test_zone_tables_csv_and_toml(tmp_path):
    csv = _write(tmp_path, "zones.csv",
                 "zone,geur_m,gevaar_m\nzone A,30,30\nZone B,100,10\nzone C,300,300\n")
    toml = _write(tmp_path, "zones.toml", """
name = "omgevingsplan"
[[rows]]
zone = "zone A"
geur_m = 30
gevaar_m = 30
[[rows]]
zone = "Zone B"
geur_m = 100
gevaar_m = 10
[[rows]]
zone = "zone C"
geur_m = 300
gevaar_m = 300
""")
    for path in (csv, toml):
        t = load_distance_table(path)
        assert t.kind == "zone" and t.labels == ("zone A", "Zone B", "zone C")
        assert t.distances[:, 0].tolist() == [30, 100, 300]
        # gemengd: A max(10, 30)=30; B max(50, 10)=50; C max(200, 300)=300
        assert t.distances[:, 1].tolist() == [30, 50, 300]
        ranks = t.ranks(pd.Series(["A", "zone b", None, " ZONE C "]), argument="sources",
                        column="zone")
        assert ranks.tolist() == [0, 1, -1, 2]
        with pytest.raises(CategoryError, match=r"'zone D' is not a zone.*rows 1"):
            t.ranks(pd.Series(["A", "zone D"]), argument="sources", column="zone")
        assert t.max_rank_within(np.array([99.0, 100.0]), "rustige_woonwijk").tolist() == [0, 1]


@pytest.mark.parametrize(("text", "needles"), [
    ("category,distance_m\n3.1,50\n3.2,40\n", ["decreases", "3.1", "3.2", "40"]),
    ("category,distance_m\n3.1,-5\n", ["line 2", "negative"]),
    ("category,distance_m\n3.1,veel\n", ["line 2", "not a number"]),
    ("category,omgevingstype,distance_m\n3.1,industrie,50\n", ["line 2", "industrie"]),
    ("category,lucht_m\n3.1,50\n", ["lucht_m", "geur_m"]),
    ("category,distance_m,geur_m\n3.1,50,50\n", ["not both"]),
    ("category,distance_m\n3.1,50\n3,1,60\n", ["line 3"]),
    ("category,distance_m\n3.1,50\n3.1,60\n", ["line 3", "also given in line 2"]),
    ("category,distance_m\n4,200\n", ["line 2", "4.1 and 4.2"]),
    ("category,distance_m\n9.9,200\n", ["line 2", "'9.9'"]),
    ("category,kleur,distance_m\n3.1,rood,50\n", ["kleur"]),
    ("naam,distance_m\n3.1,50\n", ["'category' or 'zone'"]),
    ("category,omgevingstype,distance_m\n3.1,gemengd,30\n", ["no rustige_woonwijk"]),
    ("category,geur_m\n3.1,\n", ["line 2", "no distance"]),
])
def test_user_table_validation_names_file_row_and_fix(tmp_path, text, needles):
    path = _write(tmp_path, "bad.csv", text)
    with pytest.raises(CategoryError) as err:
        load_distance_table(path)
    msg = str(err.value)
    assert "bad.csv" in msg
    for needle in needles:
        assert needle in msg


def test_bad_files(tmp_path):
    with pytest.raises(CategoryError, match="does not exist"):
        load_distance_table(tmp_path / "missing.csv")
    with pytest.raises(CategoryError, match=r"\.csv or \.toml"):
        load_distance_table(_write(tmp_path, "t.xlsx", "x"))
    with pytest.raises(CategoryError, match="invalid TOML"):
        load_distance_table(_write(tmp_path, "t.toml", "rows = [[[\n"))
    with pytest.raises(CategoryError, match=r"rows entry 2.*negative"):
        load_distance_table(_write(tmp_path, "n.toml", '[[rows]]\ncategory = "3.1"\n'
                                   'distance_m = 50\n[[rows]]\ncategory = "3.2"\n'
                                   'distance_m = -1\n'))


@pytest.mark.parametrize(("name", "text", "row"), [
    ("inf.csv", "category,distance_m\n3.1,50\n3.2,inf\n", "line 3"),
    ("inf.toml", '[[rows]]\ncategory = "3.1"\ndistance_m = 50\n[[rows]]\ncategory = "3.2"\n'
                 'distance_m = inf\n', "rows entry 2"),
])
def test_infinite_distance_is_refused(tmp_path, name, text, row):
    # "inf" was read as a richtafstand of infinite metres: every object would be in conflict
    with pytest.raises(CategoryError, match=rf"{name}', {row}: column 'distance_m' = 'inf' is "
                                            r"not a number of metres; write the distance in "
                                            r"metres \(e\.g\. 30\) or leave the cell empty"):
        load_distance_table(_write(tmp_path, name, text))


def test_distances_with_decimal_comma_are_read(tmp_path):
    t = load_distance_table(_write(tmp_path, "t.csv", 'category,distance_m\n3.1,"50,0"\n'))
    assert t.distance_m("3.1", "rustige_woonwijk") == 50.0


def test_load_passes_tables_through():
    t = load_distance_table()
    assert load_distance_table(t) is t
    assert isinstance(t, DistanceTable)


def test_normalize_omgevingstype():
    assert normalize_omgevingstype("Rustige woonwijk") == "rustige_woonwijk"
    assert normalize_omgevingstype("rustig buitengebied") == "rustige_woonwijk"
    assert normalize_omgevingstype("gemengd-gebied") == "gemengd_gebied"
    with pytest.raises(CategoryError, match="row 4"):
        normalize_omgevingstype("stad", row=4)


# ---------------------------------------------- other category systems, signs, ranges (issue 12)

@pytest.mark.parametrize("value", [
    "horeca tot en met categorie 2",  # Stationsplein zuidoost (NL.IMRO.0664.BPBS02), functieaanduiding
    "detailhandel categorie 2",
    "Staat van Horeca-activiteiten categorie 1",
    "horeca",  # NL.IMRO.0664.BPBS03, functieaanduiding
    "detailhandel",  # NL.IMRO.0664.BPBS03, functieaanduiding
    "specifieke vorm van horeca - wijziging naar horeca van toepassing",  # Gieterveen (1680)
])
def test_parse_category_refuses_other_category_systems(value):
    with pytest.raises(CategoryError, match="another system") as err:
        parse_category(value, row="NL.IMRO.1", argument="path")
    assert "'NL.IMRO.1'" in str(err.value) and "argument 'path'" in str(err.value)


@pytest.mark.parametrize(("value", "expected"), [
    ("bedrijf tot en met categorie 3.1 en horeca tot en met categorie 1", "3.1"),
    ("horeca tot en met categorie 1 en bedrijf tot en met categorie 2", "2"),
    ("bedrijf tot en met categorie 2; horeca tot en met categorie 1b", "2"),
    ("bedrijven tot en met categorie 2 en detailhandel", "2"),
    # Durperveld (realdata/imro/durperveld_2012_10.gml), functieaanduiding texts
    ("bedrijf tot en met categorie 2", "2"),
    ("bedrijf tot en met categorie 3.1", "3.1"),
])
def test_parse_category_takes_the_bedrijf_part(value, expected):
    assert parse_category(value).label == expected


@pytest.mark.parametrize("value", ["-1", -1, -3.1, "categorie -1", "(-2)", "milieucategorie -4.1"])
def test_parse_category_refuses_negative_numbers(value):
    with pytest.raises(CategoryError, match="never negative"):
        parse_category(value)


@pytest.mark.parametrize("value", ["4.1 t/m 3.1", "categorie 4.1 tot en met categorie 3.1",
                                   "3.2 - 2", "categorie 5.1 t/m 4"])
def test_parse_category_refuses_reversed_ranges(value):
    with pytest.raises(CategoryError, match="runs backwards"):
        parse_category(value)


@pytest.mark.parametrize("value", ["bedrijf - 2", "1 - 3.2", "3 t/m 3.2",
                                   "bedrijf tot en met categorie 3.1 (sba-1)"])
def test_dashes_that_are_not_signs_still_read(value):
    assert parse_category(value).label in ("2", "3.2", "3.1")


def test_real_plan_texts_that_are_no_category_are_refused():
    # functieaanduiding names in the real plans without a category number
    for text in ("specifieke vorm van bedrijf - garagebedrijf", "bedrijfswoning", "geluidwal"):
        with pytest.raises(CategoryError):
            parse_category(text)
