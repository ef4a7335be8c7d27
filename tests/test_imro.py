"""read_imro on the real IMRO2012 test plan and on small hand-made GML files."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import box

from rve_geo.errors import InputError, RveGeoWarning
from rve_geo.plans.imro import category_in_name, read_imro

REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
PLAN = REALDATA / "imro" / "durperveld_2012_10.gml"
needs_plan = pytest.mark.skipif(not PLAN.exists(),
                                reason=f"real IMRO test plan {PLAN} is not present")


@pytest.fixture(scope="module")
def plan_copy(tmp_path_factory) -> Path:
    """The plan without its .gfs, so the reader cannot lean on it."""
    if not PLAN.exists():
        pytest.skip(f"real IMRO test plan {PLAN} is not present")
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
