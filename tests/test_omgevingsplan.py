"""read_omgevingsplan: OW-objects of an omgevingsplan with their GIOs into plan rules."""

from __future__ import annotations

import shutil
import warnings

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import box

from rve_geo import (
    PlanRulesOptions,
    densification_potential,
    read_gio,
    read_omgevingsplan,
)
from rve_geo.errors import InputError, RveGeoWarning
from rve_geo.plans import imro as imro_module

from .conftest import DATA

PLAN = DATA / "omgevingsplan_gemeentestad"
GIO = DATA / "geonovum_gio"
REGELING = "/akn/nl/act/gm0297/2019/reg456"


def read(*a, **k):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return read_omgevingsplan(*a, **k)


@pytest.fixture(scope="module")
def rules():
    return read(PLAN, gio=GIO)


@pytest.mark.realdata
def test_rules_frame_matches_read_imro_and_the_gios(rules):
    imro_cols = list(imro_module._OUTPUT_COLUMNS)
    assert list(rules.columns[:len(imro_cols)]) == imro_cols
    assert {"norm_naam", "regeling_id"} <= set(rules.columns)
    assert (rules["regeling_id"] == REGELING).all() and (rules["plan_id"] == REGELING).all()
    assert rules.crs.to_epsg() == 28992
    cat = rules[rules["object_type"] == "gebiedsaanwijzing"]
    assert cat["naam"].tolist() == ["Bedrijf categorie 2"]
    assert cat["max_category"].tolist() == ["2"]
    # the location is the GIO's geometry (Gebiedengroep -> Gebied -> basisgeo:id)
    gio_cat = read_gio(GIO / "Bedrijf_categorie_2.gml")
    assert shapely.equals(cat.geometry.iloc[0], gio_cat.geometry.iloc[0])
    # bouwhoogte per Normwaarde agrees with the GIO's own normwaarde per Locatie
    heights = rules[rules["max_bouwhoogte_m"].notna()]
    assert sorted(heights["max_bouwhoogte_m"]) == [7.0, 13.0]
    assert (heights["norm_naam"] == "maximum bouwhoogte bedrijfsgebouw").all()
    gio_h = read_gio(GIO / "Bouwhoogte.gml")
    for geom, value in zip(gio_h.geometry, gio_h["kwantitatieve_normwaarde"], strict=True):
        holder = heights[heights.geometry.covers(geom.buffer(-0.01))]
        assert holder["max_bouwhoogte_m"].tolist() == [value]
    cov = rules[rules["max_coverage_share"].notna()]
    assert cov["max_coverage_share"].tolist() == [0.6]  # 60 % -> share
    # the qualitative welstandsniveau is not a limit: not read, and said so
    assert "welstandsniveau" not in set(rules["naam"])
    with pytest.warns(RveGeoWarning, match=r"welstandsniveau \(kwalitatief"):
        read_omgevingsplan(PLAN, gio=GIO)


@pytest.mark.realdata
def test_omgevingsplan_rules_drive_densification_potential(rules):
    gio_h = read_gio(GIO / "Bouwhoogte.gml").set_index("naam")
    parcels = []
    for name in ("Zuilichem industriegebied 1", "Zuilichem industriegebied 3"):
        pt = gio_h.geometry[name].point_on_surface()
        kavel = box(pt.x - 10, pt.y - 10, pt.x + 10, pt.y + 10)
        assert gio_h.geometry[name].contains(kavel)  # inside one norm location
        parcels.append(kavel)
    parcels = gpd.GeoDataFrame({"parcel_id": ["z1", "z3"]}, geometry=parcels, crs=28992)
    c = parcels.geometry.iloc[0].centroid
    buildings = gpd.GeoDataFrame(geometry=[box(c.x - 5, c.y - 5, c.x + 5, c.y + 5)], crs=28992)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        out = densification_potential(parcels, buildings, rules=rules,
                                      plan_rules=PlanRulesOptions(storey_height_m=5.0))
    out = out.set_index("parcel_id")
    assert out.loc["z1", "rule_max_height_m"] == 7.0
    assert out.loc["z3", "rule_max_height_m"] == 13.0
    assert (out["rule_max_coverage_share"] == 0.6).all()
    # no IMRO vlakken: each rule from the norm location overlapping the kavel most
    assert out.attrs["rules_transfer"] == "largest_overlap"
    # 400 m2 kavels; storeys = max(1, floor(h / 5.0 m)): 1 and 2
    assert out.loc["z1", "allowed_floor_area_m2"] == pytest.approx(0.6 * 400 * 1)
    assert out.loc["z3", "allowed_floor_area_m2"] == pytest.approx(0.6 * 400 * 2)
    # z1 holds a 100 m2 building of one storey
    assert out.loc["z1", "potential_m2"] == pytest.approx(240 - 100)
    assert out.loc["z3", "potential_m2"] == pytest.approx(480)


def test_missing_gio_and_bad_values_are_refused(tmp_path):
    with pytest.raises(InputError, match=r"Gebied nl\.imow-gm0297\.gebied\.2019000001.*"
                                         r"50EA019E.*gio="):
        read(PLAN)  # the GIOs are elsewhere
    bad = tmp_path / "plan"
    shutil.copytree(PLAN, bad)
    f = bad / "owOmgevingsnormen.xml"
    f.write_text(f.read_text().replace("<rol:kwantitatieveWaarde>13<",
                                       "<rol:kwantitatieveWaarde>dertien<"))
    with pytest.raises(InputError, match=r"normwaarde\.2019000002.*'dertien', not a number"):
        read(bad, gio=GIO)
    f.write_text(f.read_text().replace("<rol:kwantitatieveWaarde>dertien<",
                                       "<rol:kwantitatieveWaarde>-3<"))
    with pytest.raises(InputError, match="outside the possible range"):
        read(bad, gio=GIO)
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no OW files"):
        read(tmp_path / "empty")
    with pytest.raises(InputError, match="does not exist"):
        read(tmp_path / "nowhere")


def test_manifest_missing_leaves_regeling_empty_and_warns(tmp_path):
    plan = tmp_path / "plan"
    shutil.copytree(PLAN, plan)
    (plan / "manifest-ow.xml").unlink()
    with pytest.warns(RveGeoWarning, match="no manifest-ow.xml"):
        r = read_omgevingsplan(plan, gio=GIO)
    assert r["regeling_id"].isna().all()
    assert np.isclose(r["max_bouwhoogte_m"].dropna().sum(), 20.0)


@pytest.mark.realdata
def test_rve_run_reads_an_omgevingsplan_folder(tmp_path):
    from rve_geo import run_pipeline

    plan = tmp_path / "omgevingsplan"
    shutil.copytree(PLAN, plan)
    for gml in GIO.glob("*.gml"):  # a delivery holds its GIOs
        shutil.copy(gml, plan / gml.name)
    gio_h = read_gio(GIO / "Bouwhoogte.gml").set_index("naam")
    pts = [gio_h.geometry[n].point_on_surface() for n in
           ("Zuilichem industriegebied 1", "Zuilichem industriegebied 3")]
    parcels = gpd.GeoDataFrame({"parcel_id": ["z1", "z3"]},
                               geometry=[box(p.x - 10, p.y - 10, p.x + 10, p.y + 10)
                                         for p in pts], crs=28992)
    buildings = gpd.GeoDataFrame({"identificatie": ["b1"]},
                                 geometry=[box(pts[0].x - 5, pts[0].y - 5, pts[0].x + 5,
                                               pts[0].y + 5)], crs=28992)
    parcels.to_file(tmp_path / "in.gpkg", layer="parcels")
    buildings.to_file(tmp_path / "in.gpkg", layer="buildings")
    cfg = tmp_path / "rve.toml"
    cfg.write_text('[run]\nname = "zuilichem"\n\n'
                   '[inputs.parcels]\npath = "in.gpkg"\nlayer = "parcels"\n\n'
                   '[inputs.buildings]\npath = "in.gpkg"\nlayer = "buildings"\n\n'
                   '[inputs.plan]\npath = "omgevingsplan"\n')
    result = run_pipeline(cfg)
    assert result.ok, result.failures
    assert "imro" in result.areas[0].stages_run
    out = tmp_path / "out" / "zuilichem.gpkg"
    zones = gpd.read_file(out, layer="plan_zones")
    assert sorted(zones["object_type"]) == ["gebiedsaanwijzing"] + ["omgevingsnorm"] * 3
    assert (zones["regeling_id"] == REGELING).all()
    # the plan's rules reach the parcels: 0.6 coverage x 400 m2 x storeys, storeys =
    # floor(bouwhoogte / 3.5 m, the default storey height of a building without use):
    # 7 m -> 2, 13 m -> 3
    r = gpd.read_file(out, layer="parcel_results").set_index("parcel_id")
    assert r.loc["z1", "allowed_floor_area_m2"] == pytest.approx(0.6 * 400 * 2)
    assert r.loc["z3", "allowed_floor_area_m2"] == pytest.approx(0.6 * 400 * 3)
