"""Tests of densification_potential: every rule type by hand, constraints, bad inputs."""

from __future__ import annotations

import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import Point, box

from rve_geo import JobsOptions, PlanRulesOptions
from rve_geo.errors import InputError, MissingColumnError, RveGeoWarning
from rve_geo.potential.densification import default_jobs_ratios, densification_potential

X, Y = 155_000.0, 463_000.0  # inside the RD New extent
CRS = "EPSG:28992"


def sq(x0, y0=0.0, w=100.0, h=100.0):
    return box(X + x0, Y + y0, X + x0 + w, Y + y0 + h)


def parcels_of(n=1, **cols):
    return gpd.GeoDataFrame(cols, geometry=[sq(200.0 * i) for i in range(n)], crs=CRS)


def one_building(bvo=3000.0, x0=0.0):
    # footprint 20 x 50 = 1000 m2
    return gpd.GeoDataFrame({"bvo": [bvo]}, geometry=[sq(x0 + 10, 10, 20, 50)], crs=CRS)


NO_BUILDINGS = gpd.GeoDataFrame({"bvo": []}, geometry=[], crs=CRS)


def run(parcels, buildings=None, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return densification_potential(parcels, one_building() if buildings is None
                                       else buildings, **kw)


# --- rule types, hand-computed -------------------------------------------------------

def test_max_fsi():
    out = run(parcels_of(max_fsi=[1.2]))
    # 1.2 x 10,000 m2 = 12,000 allowed; existing 3,000 -> 9,000
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(12_000)
    assert out["floor_area_m2"].iloc[0] == pytest.approx(3_000)
    assert out["potential_m2"].iloc[0] == pytest.approx(9_000)
    assert out["allowed_rule"].iloc[0] == "max_fsi"
    assert not out["overbuilt"].iloc[0]


def test_coverage_and_height_default_storey_height():
    out = run(parcels_of(max_coverage_share=[0.6], max_bouwhoogte_m=[12.0]))
    # the building has no use: the default storey height 3.5 m of data/storey_heights.csv,
    # as for existing floor area (issue 12: one floor-area model; it was 5 m for allowed only)
    # floor(12 / 3.5) = 3 storeys; 0.6 x 10,000 x 3 = 18,000; minus 3,000
    assert out["allowed_storeys"].iloc[0] == 3
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(18_000)
    assert out["potential_m2"].iloc[0] == pytest.approx(15_000)
    assert out["allowed_rule"].iloc[0] == "coverage"
    assert out["allowed_storey_height_m"].iloc[0] == 3.5
    # an explicit storey height is still honoured: floor(12 / 5) = 2 -> 12,000
    out = run(parcels_of(max_coverage_share=[0.6], max_bouwhoogte_m=[12.0]),
              plan_rules=PlanRulesOptions(storey_height_m=5.0))
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(12_000)


def test_coverage_and_height_with_storey_height_and_column():
    out = run(parcels_of(2, cov=[0.6, 0.6], h=[12.0, 12.0], sh=[3.0, 4.0]),
              plan_rules=PlanRulesOptions(max_coverage_col="cov", max_height_col="h",
                                          storey_height_m="sh"))
    # floor(12/3) = 4 -> 24,000; floor(12/4) = 3 -> 18,000
    assert out["allowed_floor_area_m2"].tolist() == pytest.approx([24_000, 18_000])


def test_coverage_and_storeys_and_smaller_of_height_and_storeys():
    out = run(parcels_of(2, max_coverage_share=[0.5, 0.5], max_storeys=[3, 3],
                         max_height_m=[np.nan, 7.0]))
    # row 0: 0.5 x 10,000 x 3 = 15,000; row 1: min(3, floor(7/3.5)=2) -> 10,000
    # (height 12 with 5 m storeys before issue 12; storeys now 3.5 m as for existing area)
    assert out["allowed_floor_area_m2"].tolist() == pytest.approx([15_000, 10_000])


def test_low_and_zero_height():
    out = run(parcels_of(2, max_coverage_share=[0.5, 0.5], max_height_m=[3.0, 0.0]),
              buildings=NO_BUILDINGS)
    # 3 m < one storey of 5 m still allows one storey: 5,000; a height of 0 allows nothing
    assert out["allowed_floor_area_m2"].tolist() == pytest.approx([5_000, 0])
    assert out["potential_m2"].tolist() == pytest.approx([5_000, 0])


def test_target_fsi_scalar_and_column():
    out = run(parcels_of(2), plan_rules=PlanRulesOptions(target_fsi=0.8))
    assert out["allowed_floor_area_m2"].tolist() == pytest.approx([8_000, 8_000])
    assert out["allowed_rule"].tolist() == ["target_fsi", "target_fsi"]
    # parcel 1 has no building: full 8,000 potential; parcel 0: 8,000 - 3,000
    assert out["potential_m2"].tolist() == pytest.approx([5_000, 8_000])
    out = run(parcels_of(2, doel=[0.5, 2.0]), plan_rules=PlanRulesOptions(target_fsi="doel"))
    assert out["allowed_floor_area_m2"].tolist() == pytest.approx([5_000, 20_000])


def test_smallest_rule_binds():
    out = run(parcels_of(2, max_fsi=[1.0, 3.0], max_coverage_share=[0.6, 0.6],
                         max_height_m=[15.0, 15.0]))
    # coverage: 0.6 x 10,000 x floor(15 / 3.5) = 4 -> 24,000 (3.5 m storeys as for existing
    # floor area, issue 12; 18,000 with 5 m storeys before); fsi caps 10,000 and 30,000
    assert out["allowed_floor_area_m2"].tolist() == pytest.approx([10_000, 24_000])
    assert out["allowed_rule"].tolist() == ["max_fsi", "coverage"]


def test_overbuilt_is_flagged_and_potential_never_negative():
    out = run(parcels_of(max_fsi=[1.0]), buildings=one_building(bvo=15_000))
    assert out["potential_m2"].iloc[0] == 0.0
    assert out["overbuilt"].iloc[0]


def test_vacant_unbuilt_and_jobs():
    out = run(parcels_of(2, max_fsi=[1.0, 1.0], functie=["kantoor", "industrie"]),
              function_col="functie")
    # parcel 0: 10,000 - 3,000 = 7,000 m2 office at 20 m2/job = 350 jobs
    # parcel 1: 10,000 m2 industry at 100 m2/job = 100 jobs
    assert out["potential_jobs"].tolist() == pytest.approx([350, 100])
    # existing jobs on the same basis: 3,000 m2 office / 20 = 150; vacant: none
    assert out["jobs"].tolist() == pytest.approx([150, 0])
    assert out.attrs["jobs_basis"] == "floor_area"
    assert out["vacant"].tolist() == [False, True]
    assert out["unbuilt_area_m2"].tolist() == pytest.approx([9_000, 10_000])
    assert out["n_buildings"].tolist() == [1, 0]


def test_jobs_ratio_mapping_and_unknown_function_warns():
    p = parcels_of(2, max_fsi=[1.0, 1.0], functie=["lab", "office"])
    with pytest.warns(RveGeoWarning, match="without a jobs ratio"):
        out = densification_potential(p, NO_BUILDINGS, function_col="functie",
                                       jobs=JobsOptions(jobs_ratios={"office": 50, "default": 200}))
    assert out["potential_jobs"].tolist() == pytest.approx([50, 200])
    assert default_jobs_ratios()["office"] == 20.0


def test_buildings_straddling_parcels_are_split():
    p = gpd.GeoDataFrame({"max_fsi": [1.0, 1.0]}, geometry=[sq(0), sq(100)], crs=CRS)
    b = gpd.GeoDataFrame({"bvo": [2_000.0]}, geometry=[sq(80, 0, 40, 25)], crs=CRS)
    out = run(p, buildings=b)
    # half of the 1,000 m2 footprint on each parcel -> 1,000 m2 BVO each
    assert out["floor_area_m2"].tolist() == pytest.approx([1_000, 1_000])
    assert out["potential_m2"].tolist() == pytest.approx([9_000, 9_000])


# --- rules as zone polygons -----------------------------------------------------------

def test_rules_largest_overlap_and_representative_point():
    p = gpd.GeoDataFrame(geometry=[sq(0)], crs=CRS)
    # zone A covers 30 % of the parcel, zone B 70 %
    rules = gpd.GeoDataFrame({"max_fsi": [2.0, 0.5]},
                             geometry=[sq(-50, 0, 80, 100), sq(30, 0, 200, 100)], crs=CRS)
    out = run(p, NO_BUILDINGS, rules=rules)
    assert out["rule_max_fsi"].iloc[0] == 0.5
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(5_000)
    # the representative point of a square is its centre (50, 50): in zone B
    out = run(p, NO_BUILDINGS, rules=rules,
              plan_rules=PlanRulesOptions(rules_transfer="representative_point"))
    assert out["rule_max_fsi"].iloc[0] == 0.5


def test_rules_transfer_methods_differ_where_they_should():
    from shapely.geometry import MultiPolygon

    p = gpd.GeoDataFrame(geometry=[sq(0)], crs=CRS)
    # zone A: the parcel minus a 10 m strip through its centre (90 %); zone B: the strip
    zone_a = MultiPolygon([sq(0, 0, 45, 100), sq(55, 0, 45, 100)])
    rules = gpd.GeoDataFrame({"max_fsi": [1.0, 3.0]}, geometry=[zone_a, sq(45, 0, 10, 100)],
                             crs=CRS)
    assert run(p, NO_BUILDINGS, rules=rules)["rule_max_fsi"].iloc[0] == 1.0
    # the representative point (50, 50) lies in the strip
    out = run(p, NO_BUILDINGS, rules=rules,
              plan_rules=PlanRulesOptions(rules_transfer="representative_point"))
    assert out["rule_max_fsi"].iloc[0] == 3.0


def test_rules_each_from_the_zone_that_has_it():
    # IMRO style: one zone gives the coverage, a maatvoering zone gives the height
    p = gpd.GeoDataFrame(geometry=[sq(0), sq(300)], crs=CRS)
    rules = gpd.GeoDataFrame(
        {"max_coverage_share": [0.8, np.nan], "max_bouwhoogte_m": [np.nan, 10.0]},
        geometry=[sq(-10, -10, 120, 120), sq(-50, -50, 1000, 200)], crs=CRS)
    with pytest.warns(RveGeoWarning, match="1 parcels have no complete plan rule"):
        out = densification_potential(p, NO_BUILDINGS, rules=rules)
    # parcel 0: 0.8 x 10,000 x floor(10/5) = 16,000; parcel 1: height only -> NaN
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(16_000)
    assert np.isnan(out["potential_m2"].iloc[1])
    assert np.isnan(out["potential_jobs"].iloc[1])


# --- milieu constraints ---------------------------------------------------------------

def constraint_case():
    """Source S (cat. 4.1: 200 m) and parcels at known distances from it.

    0 S   cat 4.1, use 3.1 (low firm on HMC land)     -> removed by HMC
    1 H1  housing, 150 m from S (< 200)               -> removed by contours
    2 H2  housing, exactly 200 m from S               -> kept (not closer than 200)
    3 H3  housing, far from every source              -> kept
    4 T   cat 4.2 (300 m), use 4.2, 600 m from S      -> HMC land, kept
    5 U   cat 3.2, use 2                              -> not HMC, kept
    """
    # H1 at x 250..350: 150 m from S, 350 m from T; H2 straight above S, 200 m away;
    # H3 at (400..500, -600..-500): 538 m from S and T; U 200 m from T but U is no
    # sensitive use.
    geoms = [sq(0), sq(250), sq(0, 300), sq(400, -600), sq(700), sq(1000)]
    return gpd.GeoDataFrame(
        {"max_fsi": [1.0] * 6,
         "functie": ["industrie", "wonen", "wonen", "wonen", "industrie", "kantoor"],
         "max_category": ["4.1", None, None, None, "categorie 4.2", "3.2"],
         "milieucategorie": ["3.1", None, None, None, "4.2", "2"]},
        geometry=geoms, crs=CRS)


def test_constraints_remove_what_they_should_and_add_up():
    p = constraint_case()
    out = run(p, NO_BUILDINGS, function_col="functie", source_category_col="max_category",
              use_category_col="milieucategorie")
    assert out["sensitive_use"].tolist() == [False, True, True, True, False, False]
    assert out["in_contour"].tolist() == [False, True, False, False, False, False]
    assert out["hmc_land"].tolist() == [True, False, False, False, True, False]
    assert out["removed_by_contours_m2"].tolist() == pytest.approx([0, 10_000, 0, 0, 0, 0])
    assert out["removed_by_hmc_m2"].tolist() == pytest.approx([10_000, 0, 0, 0, 0, 0])
    assert out["potential_m2"].tolist() == pytest.approx([0, 0, 10_000, 10_000, 10_000,
                                                          10_000])
    unc = out["potential_unconstrained_m2"].to_numpy()
    rest = unc - out["removed_by_contours_m2"] - out["removed_by_hmc_m2"]
    assert np.array_equal(rest.to_numpy(), out["potential_m2"].to_numpy())
    # jobs follow the constrained potential: 10,000 m2 office / 20; housing hosts no jobs
    assert out["potential_jobs"].iloc[5] == pytest.approx(500)
    assert out["potential_jobs"].iloc[2] == 0.0 and out["potential_m2"].iloc[2] == 10_000


def test_hmc_threshold_is_a_parameter():
    p = constraint_case()
    out = run(p, NO_BUILDINGS, function_col="functie", source_category_col="max_category",
              use_category_col="milieucategorie", hmc_threshold="4.2")
    # with HMC from 4.2, parcel 0 (cat 4.1) is no HMC land and keeps its potential
    assert out["hmc_land"].tolist() == [False, False, False, False, True, False]
    assert out["removed_by_hmc_m2"].sum() == 0


def test_gemengd_gebied_shrinks_the_contour():
    p = constraint_case()
    out = run(p, NO_BUILDINGS, function_col="functie", source_category_col="max_category",
              omgevingstype="gemengd_gebied")
    # 4.1 in gemengd gebied: 100 m; H1 at 150 m is outside
    assert not out["in_contour"].any()


def test_given_contours_and_sensitive_polygons():
    p = gpd.GeoDataFrame({"max_fsi": [1.0, 1.0, 1.0]},
                         geometry=[sq(0), sq(200), sq(400)], crs=CRS)
    plan = gpd.GeoDataFrame(geometry=[sq(150, -50, 400, 200)], crs=CRS)  # housing plan
    contour = gpd.GeoDataFrame(geometry=[sq(-100, -100, 350, 300)], crs=CRS)
    out = run(p, NO_BUILDINGS, sensitive=plan, contours=contour)
    # parcels 1 and 2 have their centres in the plan; only 1 overlaps the contour
    assert out["sensitive_use"].tolist() == [False, True, True]
    assert out["removed_by_contours_m2"].tolist() == pytest.approx([0, 10_000, 0])
    # a contour that only touches a parcel does not remove anything
    touching = gpd.GeoDataFrame(geometry=[sq(100, 0, 100, 100)], crs=CRS)
    out = run(p, NO_BUILDINGS, sensitive=plan, contours=touching)
    assert out["removed_by_contours_m2"].sum() == 0


def test_sensitive_points():
    p = gpd.GeoDataFrame({"max_fsi": [1.0, 1.0]}, geometry=[sq(0), sq(200)], crs=CRS)
    homes = gpd.GeoDataFrame(geometry=[Point(X + 250, Y + 50)], crs=CRS)
    out = run(p, NO_BUILDINGS, sensitive=homes)
    assert out["sensitive_use"].tolist() == [False, True]


@settings(max_examples=15, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([None, "2", "3.2", "4.1", "4.2", "5.1"]),
                          st.sampled_from([None, "1", "3.1", "4.2"]),
                          st.sampled_from(["wonen", "kantoor", "industrie"]),
                          st.floats(0.0, 2.0)),
                min_size=1, max_size=8))
def test_accounting_property(rows):
    n = len(rows)
    p = gpd.GeoDataFrame(
        {"cat": [r[0] for r in rows], "use": [r[1] for r in rows],
         "functie": [r[2] for r in rows], "max_fsi": [r[3] for r in rows]},
        geometry=[sq(150.0 * i) for i in range(n)], crs=CRS)
    out = run(p, function_col="functie", source_category_col="cat", use_category_col="use")
    unc = out["potential_unconstrained_m2"].to_numpy()
    rc = out["removed_by_contours_m2"].to_numpy()
    rh = out["removed_by_hmc_m2"].to_numpy()
    pot = out["potential_m2"].to_numpy()
    assert np.array_equal(unc - rc - rh, pot)
    assert (rc >= 0).all() and (rh >= 0).all() and (pot >= 0).all()
    assert (pot <= unc).all()


# --- bad inputs -----------------------------------------------------------------------

def test_coverage_given_as_percent_is_explained():
    p = gpd.GeoDataFrame({"max_coverage_share": [0.8, 80.0], "max_height_m": [10.0, 10.0]},
                         geometry=[sq(0), sq(200)], index=["k1", "k2"], crs=CRS)
    with pytest.raises(InputError, match=r"(?s)'k2'.*percentages.*divide by 100"):
        densification_potential(p, NO_BUILDINGS)


def test_negative_height_names_the_row():
    p = parcels_of(2, max_coverage_share=[0.5, 0.5], max_height_m=[10.0, -3.0])
    with pytest.raises(InputError, match=r"rows 1.*cannot be below 0"):
        densification_potential(p, NO_BUILDINGS)


def test_no_rules_at_all_is_an_error():
    with pytest.raises(InputError, match="needs plan rules"):
        densification_potential(parcels_of(1, naam=["x"]), NO_BUILDINGS)


def test_missing_named_column_and_ambiguous_columns():
    with pytest.raises(MissingColumnError, match="max_fsi_typo"):
        densification_potential(parcels_of(1, max_fsi=[1.0]), NO_BUILDINGS,
                                plan_rules=PlanRulesOptions(max_fsi_col="max_fsi_typo"))
    p = parcels_of(1, max_bouwhoogte_m=[10.0], max_height_m=[12.0], max_coverage_share=[0.5])
    with pytest.raises(MissingColumnError, match="max_height_col"):
        densification_potential(p, NO_BUILDINGS)


def test_missing_rules_give_nan_and_one_warning():
    p = parcels_of(3, max_fsi=[1.0, np.nan, np.nan])
    with pytest.warns(RveGeoWarning, match=r"2 parcels have no complete plan rule.*rows 1, 2"):
        out = densification_potential(p, NO_BUILDINGS)
    assert out["potential_m2"].isna().tolist() == [False, True, True]


def test_inputs_not_mutated_and_index_kept():
    p = parcels_of(2, max_fsi=[1.0, 1.0]).set_index(np.array([10, 20]))
    before = p.copy()
    out = run(p)
    assert list(out.index) == [10, 20]
    assert out.crs == p.crs
    assert p.equals(before)


def test_potential_per_zone_sums_and_counts():
    from rve_geo.potential.densification import potential_per_zone

    p = gpd.GeoDataFrame({"max_fsi": [1.0, 2.0, np.nan, 1.0]},
                         geometry=[sq(0), sq(200), sq(400), sq(2000)], crs=CRS)
    out = run(p)  # one building of 3,000 m2 BVO on parcel 0
    zones = gpd.GeoDataFrame(geometry=[sq(-10, -10, 600, 120)], crs=CRS)
    with pytest.warns(RveGeoWarning, match="1 parcels lie in no zone"):
        z = potential_per_zone(out, zones)
    # 7,000 + 20,000; parcel 2 has no rule (counted), parcel 3 lies outside
    assert z["potential_m2"].iloc[0] == pytest.approx(27_000)
    assert z["n_parcels"].iloc[0] == 3
    assert z["n_without_rules"].iloc[0] == 1
    assert z["n_vacant"].iloc[0] == 2
    assert z["fsi_net"].iloc[0] == pytest.approx(3_000 / 30_000)


SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "doesburg.gpkg"


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample_data/doesburg.gpkg is missing")
def test_sample_data_against_independent_computation():
    parcels = gpd.read_file(SAMPLE, layer="parcels")
    buildings = gpd.read_file(SAMPLE, layer="buildings")
    out = run(parcels, buildings, source_category_col="max_category",
              use_category_col="milieucategorie",
              plan_rules=PlanRulesOptions(storey_height_m=5.0))
    # allowed = coverage x area x max(1, floor(height / 5)), computed here with plain numpy
    storeys = np.maximum(1, np.floor(parcels["max_height_m"].to_numpy() / 5.0 + 1e-9))
    expected = parcels["max_coverage_share"].to_numpy() * parcels.area.to_numpy() * storeys
    assert out["allowed_floor_area_m2"].to_numpy() == pytest.approx(expected)
    unc = np.maximum(0, expected - out["floor_area_m2"].to_numpy())
    assert out["potential_unconstrained_m2"].to_numpy() == pytest.approx(unc)
    # HMC: parcels allowing >= 4.1 whose present firm is below 4.1 lose their potential
    from rve_geo.milieu.categories import parse_categories

    allowed_rank = parse_categories(parcels["max_category"], argument="p", column="c")
    use_rank = parse_categories(parcels["milieucategorie"], argument="p", column="c")
    lose = (allowed_rank >= 4) & (use_rank >= 0) & (use_rank < 4)
    assert lose.any()
    assert out["removed_by_hmc_m2"].to_numpy() == pytest.approx(np.where(lose, unc, 0))
    assert out["potential_m2"].sum() == pytest.approx(unc[~lose].sum())


def test_target_fsi_column_in_rules_and_jobs_ratios_file(tmp_path):
    p = gpd.GeoDataFrame({"functie": ["lab"]}, geometry=[sq(0)], crs=CRS)
    rules = gpd.GeoDataFrame({"doel_fsi": [0.6]}, geometry=[sq(-10, -10, 200, 200)], crs=CRS)
    table = tmp_path / "ratios.csv"
    table.write_text("# own figures\nfunction,m2_bvo_per_job,source\nlab,40,survey\n")
    out = run(p, NO_BUILDINGS, rules=rules, plan_rules=PlanRulesOptions(target_fsi="doel_fsi"),
              jobs=JobsOptions(jobs_ratios=table), function_col="functie")
    # 0.6 x 10,000 = 6,000 m2 at 40 m2 per job = 150 jobs
    assert out["allowed_floor_area_m2"].iloc[0] == pytest.approx(6_000)
    assert out["potential_jobs"].iloc[0] == pytest.approx(150)


def test_bad_jobs_ratios_are_config_errors(tmp_path):
    from rve_geo.errors import ConfigError

    p = parcels_of(1, max_fsi=[1.0])
    with pytest.raises(ConfigError, match="must be > 0"):
        densification_potential(p, NO_BUILDINGS, jobs=JobsOptions(jobs_ratios={"office": 0}))
    bad = tmp_path / "bad.csv"
    bad.write_text("functie,banen\nx,1\n")
    with pytest.raises(ConfigError, match="m2_bvo_per_job"):
        densification_potential(p, NO_BUILDINGS, jobs=JobsOptions(jobs_ratios=bad))


@settings(max_examples=10, deadline=None)
@given(fsi=st.floats(0.0, 5.0), extra=st.floats(0.0, 5.0), cov=st.floats(0.05, 1.0),
       height=st.floats(0.0, 60.0), shift=st.floats(-5_000, 5_000))
def test_more_room_never_lowers_potential_and_translation_is_harmless(fsi, extra, cov, height,
                                                                     shift):
    cols = {"max_fsi": [fsi], "max_coverage_share": [cov], "max_height_m": [height]}
    base = run(gpd.GeoDataFrame(cols, geometry=[sq(0)], crs=CRS))
    more = run(gpd.GeoDataFrame({**cols, "max_fsi": [fsi + extra],
                                 "max_height_m": [height + extra]}, geometry=[sq(0)], crs=CRS))
    assert more["potential_m2"].iloc[0] >= base["potential_m2"].iloc[0] - 1e-6
    moved = run(gpd.GeoDataFrame(cols, geometry=[sq(shift, shift)], crs=CRS),
                buildings=one_building(x0=shift).translate(0, shift).to_frame("geometry")
                .assign(bvo=[3000.0]))
    assert moved["potential_m2"].iloc[0] == pytest.approx(base["potential_m2"].iloc[0],
                                                          rel=1e-6, abs=1e-6)


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample_data/doesburg.gpkg is missing")
def test_sample_data_allowed_heights_read_with_the_existing_floor_area_model():
    parcels = gpd.read_file(SAMPLE, layer="parcels")
    buildings = gpd.read_file(SAMPLE, layer="buildings")
    out = run(parcels, buildings)
    # independent: the main building of each parcel by overlay (largest piece), its
    # gebruiksdoel's storey height from the csv, halls (industrial >= 1000 m2 or
    # kas_warenhuis) one storey; parcels without a building: the default 3.5 m
    from rve_geo.density.floor_area import default_storey_heights

    table = default_storey_heights()
    b = buildings.reset_index(names="b")
    b["fp"] = b.area
    pieces = gpd.overlay(parcels.reset_index(names="p")[["p", "geometry"]], b, how="intersection",
                         keep_geom_type=True)
    pieces["a"] = pieces.area
    main = pieces.sort_values(["p", "a"], ascending=[True, False]).drop_duplicates("p")

    def sh_of(use):
        for u in str(use).lower().split(","):
            if u.strip() in table:
                return table[u.strip()]
        return table["default"]

    sh = np.full(len(parcels), table["default"])
    hall = np.zeros(len(parcels), dtype=bool)
    for _, r in main.iterrows():  # test side: a plain loop over 61 parcels
        sh[r["p"]] = sh_of(r["gebruiksdoel"]) if isinstance(r["gebruiksdoel"], str) \
            else table["default"]
        industrial = isinstance(r["gebruiksdoel"], str) and "industrie" in r["gebruiksdoel"]
        hall[r["p"]] = (industrial and r["fp"] >= 1000) or str(r["b3_kas_warenhuis"]).lower() in (
            "true", "1")
    h = parcels["max_height_m"].to_numpy()
    storeys = np.where(hall, 1.0, np.maximum(1, np.floor(h / sh + 1e-9)))
    expected = parcels["max_coverage_share"].to_numpy() * parcels.area.to_numpy() * storeys
    assert out["allowed_floor_area_m2"].to_numpy() == pytest.approx(expected)
    assert out["allowed_hall"].to_numpy().tolist() == hall.tolist()
    assert hall.any() and (~hall).any()


def test_plot_area_jobs_basis_is_explicit_and_used_for_existing_and_extra_jobs():
    out = run(parcels_of(2, max_fsi=[1.0, 1.0], functie=["kantoor", "industrie"]),
              function_col="functie", jobs=JobsOptions(jobs_basis="plot_area"))
    # existing: a built 10,000 m2 plot / 250 m2 per job = 40; the vacant plot holds none
    assert out["jobs"].tolist() == pytest.approx([40, 0])
    # extra floor area at 250 m2 plot per job x FSI 0.4 = 100 m2 BVO per job, any use
    assert out["m2_bvo_per_job"].tolist() == pytest.approx([100, 100])
    assert out["potential_jobs"].tolist() == pytest.approx([70, 100])
    assert out.attrs["jobs_basis"] == "plot_area"
    with pytest.raises(InputError, match="jobs_basis"):
        run(parcels_of(1, max_fsi=[1.0]), jobs=JobsOptions(jobs_basis="plot"))


def test_jobs_of_a_housing_parcel_are_zero_on_both_bases():
    for basis in ("floor_area", "plot_area"):
        out = run(parcels_of(2, max_fsi=[1.0, 1.0], functie=["wonen", "kantoor"]),
                  function_col="functie", jobs=JobsOptions(jobs_basis=basis))
        assert out["jobs"].iloc[0] == 0.0 and out["potential_jobs"].iloc[0] == 0.0
        assert np.isnan(out["m2_bvo_per_job"].iloc[0])


def test_old_keywords_map_onto_the_options_objects_with_a_deprecation_warning():
    p = parcels_of(2, max_coverage_share=[0.6, 0.6], max_bouwhoogte_m=[12.0, 12.0])
    new = run(p, plan_rules=PlanRulesOptions(storey_height_m=5.0),
              jobs=JobsOptions(jobs_basis="plot_area"))
    with pytest.warns(DeprecationWarning, match=r"storey_height_m, jobs_basis are deprecated.*"
                      r"plan_rules=PlanRulesOptions\(storey_height_m=\.\.\.\)"):
        old = run(p, storey_height_m=5.0, jobs_basis="plot_area")
    # floor(12 / 5) = 2 storeys: 0.6 x 10,000 x 2 = 12,000 allowed on both parcels
    assert old["allowed_floor_area_m2"].tolist() == pytest.approx([12_000, 12_000])
    assert old.drop(columns="geometry").equals(new.drop(columns="geometry"))
    assert old.attrs["jobs_basis"] == "plot_area"
