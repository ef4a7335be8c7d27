"""read_imro on the real IMRO2012 test plan and on small hand-made GML files."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from rve_geo.errors import InputError, RveGeoWarning
from rve_geo.plans.imro import category_in_name, read_imro

REALDATA = Path(__file__).resolve().parent / "data"  # tests/data/PROVENANCE.md
PLAN = REALDATA / "imro" / "durperveld_2012_10.gml"
needs_plan = pytest.mark.realdata


@pytest.fixture(scope="module")
def plan_copy(tmp_path_factory) -> Path:
    """The plan without its .gfs, so the reader cannot lean on it."""
    folder = tmp_path_factory.mktemp("imro")
    shutil.copy(PLAN, folder / PLAN.name)
    return folder / PLAN.name


@pytest.fixture(scope="module")
def zones(plan_copy) -> gpd.GeoDataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return read_imro(plan_copy)


@needs_plan
def test_object_counts_and_crs(zones, plan_copy):
    counts = zones["object_type"].value_counts().to_dict()
    assert counts["enkelbestemming"] == 84  # PROVENANCE.md
    assert counts["functieaanduiding"] == 7 and counts["bouwvlak"] == 34
    assert counts["maatvoering"] == 28
    assert zones.crs.to_epsg() == 28992
    assert zones["identificatie"].is_unique
    assert zones["identificatie"].str.startswith("NL.IMRO.").all()
    assert zones["plan_id"].unique().tolist() == ["NL.IMRO.0999.BP2012000001-0005"]
    # no .gfs was needed or written next to the plan
    assert not plan_copy.with_suffix(".gfs").exists()


@needs_plan
def test_categories_from_functieaanduiding(zones):
    fa = zones[zones["object_type"] == "functieaanduiding"].set_index("identificatie")
    assert fa.loc["NL.IMRO.376", "naam"] == "bedrijf tot en met categorie 2"
    assert fa.loc["NL.IMRO.376", "max_category"] == "2"
    assert fa.loc["NL.IMRO.375", "max_category"] == "3.1"
    assert fa.loc["NL.IMRO.369", "max_category"] is None  # "geluidwal"
    assert {"2", "3.1"} <= set(zones["max_category"].dropna())


@needs_plan
def test_category_transferred_onto_covered_bedrijventerrein(zones):
    bt = zones[(zones["object_type"] == "enkelbestemming")
               & (zones["naam"] == "Bedrijventerrein")]
    # each of the three Bedrijventerrein vlakken lies under one category aanduiding
    assert sorted(bt["max_category"]) == ["2", "3.1", "3.1"]
    wonen = zones[(zones["object_type"] == "enkelbestemming") & (zones["naam"] == "Wonen")]
    assert wonen["max_category"].isna().all()


@needs_plan
def test_heights_and_coverage(zones):
    mv = zones[zones["object_type"] == "maatvoering"].set_index("identificatie")
    assert mv.loc["NL.IMRO.363", ["max_goothoogte_m", "max_bouwhoogte_m"]].tolist() == [6, 12]
    assert mv.loc["NL.IMRO.047", ["max_goothoogte_m", "max_bouwhoogte_m"]].tolist() == [4, 8]
    assert mv.loc["NL.IMRO.044", "max_coverage_share"] == pytest.approx(0.5)  # 50 %
    assert np.isnan(mv.loc["NL.IMRO.350", "max_bouwhoogte_m"])  # wooneenheden only
    # values reach the bouwvlakken the Maatvoering covers
    bv = zones[zones["object_type"] == "bouwvlak"]
    assert bv["max_bouwhoogte_m"].notna().sum() >= 20
    assert set(bv["max_bouwhoogte_m"].dropna()) <= {8.0, 10.0, 12.0}
    covered = zones[zones["max_coverage_share"].notna()]
    assert (covered["object_type"] != "maatvoering").any()


@needs_plan
def test_same_result_with_the_gfs_present(zones):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        direct = read_imro(PLAN)  # the shared folder holds a .gfs
    cols = ["identificatie", "object_type", "max_category", "max_bouwhoogte_m"]
    assert direct[cols].fillna(-1).values.tolist() == zones[cols].fillna(-1).values.tolist()


def _gml(path: Path, layer: str, frame: gpd.GeoDataFrame) -> Path:
    """A one-layer GML written by GDAL (other namespace than IMRO, same layer names)."""
    frame.to_file(path, layer=layer, driver="GML")
    return path


@pytest.mark.parametrize(("name", "expected"), [
    ("bedrijf tot en met categorie 3.1", "3.1"),
    ("bedrijf t/m categorie 3.2", "3.2"),
    ("bedrijf - categorie 4.1", "4.1"),
    ("milieucategorie 2", "2"),
    ("Bedrijf tot en met milieucategorie 5.1", "5.1"),
    ("categorie 3,2", "3,2"),
    ("horeca tot en met categorie 2", None),
    ("bedrijfswoning", None),
    ("specifieke vorm van bedrijf - opslag", None),
])
def test_category_in_name(name, expected):
    assert category_in_name(name) == expected


def test_other_wordings_and_missing_layers(tmp_path):
    names = ["bedrijf t/m categorie 3.2", "bedrijf - categorie 4.1", "milieucategorie 2",
             "horeca tot en met categorie 2", "bedrijf tot en met categorie B",
             "bedrijf categorie 1 t/m 3.2"]
    frame = gpd.GeoDataFrame({"gml_id": [f"NL.IMRO.{i}" for i in range(6)], "naam": names},
                             geometry=[box(i * 20, 0, i * 20 + 10, 10) for i in range(6)],
                             crs="EPSG:28992")
    path = _gml(tmp_path / "plan.gml", "Functieaanduiding", frame)
    with pytest.warns(RveGeoWarning) as caught:
        out = read_imro(path)
    text = " ".join(str(w.message) for w in caught)
    assert "no Enkelbestemming objects" in text and "Maatvoering objects (no heights" in text
    assert "not a VNG milieucategorie number" in text and "NL.IMRO.4" in text
    # a range gives its upper end
    assert out["max_category"].tolist() == ["3.2", "4.1", "2", None, None, "3.2"]
    assert out["max_bouwhoogte_m"].isna().all()


def test_reprojected_to_rd(tmp_path):
    frame = gpd.GeoDataFrame({"gml_id": ["NL.IMRO.1"], "naam": ["Bedrijf - categorie 2"]},
                             geometry=[box(155000, 463000, 155100, 463100)], crs="EPSG:28992")
    path = _gml(tmp_path / "wgs.gml", "Enkelbestemming", frame.to_crs("EPSG:4326"))
    with pytest.warns(RveGeoWarning, match="reprojected"):
        out = read_imro(path)
    assert out.crs.to_epsg() == 28992
    assert out.geometry.iloc[0].area == pytest.approx(10_000, rel=1e-3)
    assert out["max_category"].tolist() == ["2"]


def test_non_imro_gml_is_refused(tmp_path):
    roads = gpd.GeoDataFrame({"name": ["A12"]}, geometry=[box(0, 0, 1, 1)], crs="EPSG:28992")
    path = _gml(tmp_path / "roads.gml", "wegen", roads)
    with pytest.raises(InputError, match="not an IMRO bestemmingsplan.*wegen"):
        read_imro(path)


def test_unreadable_and_missing_files(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_imro(tmp_path / "nope.gml")
    bad = tmp_path / "bad.gml"
    bad.write_text("this is not xml")
    with pytest.raises(InputError):
        read_imro(bad)


# --- maatvoering spellings of IMRO2006, 2008 and 2012 (issue 12) ---------------------------
# tests/data/imro/minimal_imro*.gml are written by hand (tests/data/PROVENANCE.md): one
# bestemmingsvlak with two bouwvlakken, a maatvoering over each bouwvlak (MV1, MV2) and one
# with types rve_geo does not use (MV3, also over bouwvlak 2).

MINIMAL = Path(__file__).resolve().parent / "data" / "imro"


def read_minimal(version):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        zones = read_imro(MINIMAL / f"minimal_imro{version}.gml")
    rows = zones.set_index("identificatie")
    return rows, [str(w.message) for w in caught]


def values(rows, key):
    r = rows.loc[key]
    return {c: r[c] for c in rows.columns
            if c.startswith(("max_", "min_")) and c != "max_category" and not pd.isna(r[c])}


def test_imro2006_path_spellings():
    rows, messages = read_minimal(2006)
    # "maatvoering; hoogte; maximum hoogte (m)" is the bouwhoogte; percentages become shares
    assert values(rows, "NL.IMRO.9999.MV1-2006") == {
        "max_bouwhoogte_m": 12.0, "max_goothoogte_m": 8.0, "max_coverage_share": 0.6}
    # "...; bouwhoogte; maximum bouwhoogte (m)", "minimum bouwhoogte (m)", "maximum aantal
    # bouwlagen"; the empty goothoogte waarde ("-" on the map) is reported, not read as 0
    assert values(rows, "NL.IMRO.9999.MV2-2006") == {
        "max_bouwhoogte_m": 20.0, "min_bouwhoogte_m": 6.0, "max_storeys": 4.0}
    # transferred onto the bouwvlakken they cover
    assert values(rows, "NL.IMRO.9999.BV1-2006") == values(rows, "NL.IMRO.9999.MV1-2006")
    assert values(rows, "NL.IMRO.9999.BV2-2006") == values(rows, "NL.IMRO.9999.MV2-2006")
    # a maatvoering over 32 % of the bestemmingsvlak does not reach it
    assert values(rows, "NL.IMRO.9999.EB1-2006") == {}
    text = " ".join(messages)
    assert "1 Maatvoering objects have a waardeType without a waarde" in text and "MV2-2006" in text
    assert ("1 maatvoering values of a type rve_geo does not use were not read (type: count): "
            "'maatvoering; hoogte; bouwhoogte; maximum bouwhoogte bijgebouwen (m)': 1") in text


def test_imro2008_spellings_and_vrije_tekst():
    rows, messages = read_minimal(2008)
    assert values(rows, "NL.IMRO.9999.MV1-2008") == {
        "max_bouwhoogte_m": 15.0, "max_coverage_share": 0.7, "max_floor_area_m2": 9000.0}
    # "other: vrije tekst" takes its type from the naam "maximum oppervlakte (m2)";
    # "1,5" with a decimal comma; a bare "goothoogte (m)" is an upper limit
    assert values(rows, "NL.IMRO.9999.MV2-2008") == {
        "max_built_area_m2": 2500.0, "max_volume_m3": 40000.0, "max_dwellings": 2.0,
        "min_coverage_share": 0.3, "max_fsi": 1.5, "max_goothoogte_m": 9.0}
    assert values(rows, "NL.IMRO.9999.MV3-2008") == {"max_storeys": 3.0}
    # bouwvlak 2 receives MV2 and MV3
    assert values(rows, "NL.IMRO.9999.BV2-2008") == {
        **values(rows, "NL.IMRO.9999.MV2-2008"), "max_storeys": 3.0}
    # the combined category text gives its bedrijf part, transferred onto the vlakken
    assert rows.loc["NL.IMRO.9999.FA1-2008", "max_category"] == "3.1"
    assert rows.loc["NL.IMRO.9999.EB1-2008", "max_category"] == "3.1"
    assert any("'maximum bouwhoogte bijgebouwen (m)': 1" in m for m in messages)


def test_imro2012_spellings_and_most_restrictive_of_two():
    rows, messages = read_minimal(2012)
    assert values(rows, "NL.IMRO.9999.MV1-2012") == {
        "max_bouwhoogte_m": 10.0, "max_coverage_share": 0.8, "max_storeys": 2.0}
    # "bebouwd oppervlak (m2)" 3000 and "oppervlakte (m2)" 1200 are both the built-up area:
    # the smaller limit holds; "floor space index", "vloeroppervlak (m2)", "minimum bouwhoogte"
    assert values(rows, "NL.IMRO.9999.MV2-2012") == {
        "max_built_area_m2": 1200.0, "max_fsi": 2.0, "max_goothoogte_m": 7.0,
        "min_bouwhoogte_m": 5.0, "max_floor_area_m2": 8000.0, "max_coverage_share": 0.5}
    unknown = [m for m in messages if "does not use" in m]
    assert len(unknown) == 1
    assert ("2 maatvoering values of a type rve_geo does not use were not read (type: count): "
            "'maximum aantal parkeerplaatsen': 1; 'maximum bouwhoogte bijgebouwen (m)': 1"
            ) in unknown[0]


@pytest.mark.parametrize(("kind", "naam", "column"), [
    ("maatvoering; hoogte; maximum hoogte (m)", None, "max_bouwhoogte_m"),
    ("maatvoering; hoogte; bouwhoogte; maximum bouwhoogte (m)", None, "max_bouwhoogte_m"),
    ("maatvoering; hoogte; goothoogte; maximum goothoogte (m)", None, "max_goothoogte_m"),
    ("maximum bouwhoogte (m)", None, "max_bouwhoogte_m"),
    ("minimum bouwhoogte (m)", None, "min_bouwhoogte_m"),
    ("maximale bouwhoogte", None, "max_bouwhoogte_m"),
    ("maximum goothoogte (m)", None, "max_goothoogte_m"),
    ("maximum bebouwingspercentage (%)", None, "max_coverage_share"),
    ("bebouwingspercentage (%)", None, "max_coverage_share"),
    ("minimum bebouwingspercentage (%)", None, "min_coverage_share"),
    ("maximum bebouwd oppervlak (m2)", None, "max_built_area_m2"),
    ("bebouwd oppervlak (m2)", None, "max_built_area_m2"),
    ("maximum vloeroppervlak (m2)", None, "max_floor_area_m2"),
    ("maximum oppervlakte (m2)", None, "max_built_area_m2"),
    ("other: vrije tekst", "maximum oppervlakte (m2)", "max_built_area_m2"),
    ("maximum vloerindex", None, "max_fsi"),
    ("floor space index", None, "max_fsi"),
    ("maximum aantal bouwlagen", None, "max_storeys"),
    ("aantal bouwlagen", None, "max_storeys"),
    ("maximum inhoud (m3)", None, "max_volume_m3"),
    ("maximaal aantal wooneenheden", None, "max_dwellings"),
    ("maximum bouwhoogte bijgebouwen (m)", None, None),
    ("minimum aantal bouwlagen", None, None),
    ("maximum aantal parkeerplaatsen", None, None),
    ("other: vrije tekst", "afwijkende regeling", None),
])
def test_measure_of_every_spelling(kind, naam, column):
    from rve_geo.plans.imro import measure_of

    assert measure_of(kind, naam) == column


def test_cover_share_is_a_parameter():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        # MV1 covers 6,400 of the 20,000 m2 bestemmingsvlak (32 %): it reaches it at 0.3
        low = read_imro(MINIMAL / "minimal_imro2012.gml", cover_share=0.3)
    eb = low.set_index("identificatie").loc["NL.IMRO.9999.EB1-2012"]
    assert eb["max_bouwhoogte_m"] == 10.0
    with pytest.raises(InputError, match="cover_share"):
        read_imro(MINIMAL / "minimal_imro2012.gml", cover_share=0)


def test_imro2006_vlak_geometry_not_its_label_point():
    # GDAL keeps the last geometry of an object: in IMRO2006 that is the label point
    rows, _ = read_minimal(2006)
    eb = rows.loc["NL.IMRO.9999.EB1-2006"]
    assert eb.geometry.geom_type == "Polygon"
    assert eb.geometry.area == pytest.approx(200 * 100)
