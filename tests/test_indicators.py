"""Tests of the policy indicators: redevelopment stock, woon-werkbalans, transformation
monitor and relocation efficiency, on hand-drawn cases and on real BAG data."""

from __future__ import annotations

import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, box

from rve_geo import (
    FloorAreaOptions,
    redevelopment_stock,
    relocation_efficiency,
    transformation_monitor,
    work_home_balance,
)
from rve_geo.errors import InputError, MissingColumnError, RveGeoWarning

REALDATA = Path(__file__).resolve().parent / "data"  # tests/data/PROVENANCE.md
X, Y = 155_000.0, 463_000.0
CRS = "EPSG:28992"


def sq(x0, y0=0.0, w=100.0, h=100.0):
    return box(X + x0, Y + y0, X + x0 + w, Y + y0 + h)


def quiet(func, *args, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return func(*args, **kw)


# --- redevelopment stock ------------------------------------------------------------

def stock_case():
    parcels = gpd.GeoDataFrame({"kavel": ["A", "B", "C"]},
                               geometry=[sq(0), sq(100), sq(300)], crs=CRS)
    buildings = gpd.GeoDataFrame(
        {"bouwjaar": [1965, 1990, 1950, 2010],
         "bvo": [1000.0, 600.0, 400.0, 200.0]},
        geometry=[
            sq(10, 10, 20, 20),      # 1965, 1,000 m2 on A
            sq(90, 10, 20, 20),      # 1990, 600 m2 straddling A|B half/half -> 300 each
            sq(150, 10, 10, 10),     # 1950, 400 m2 on B
            sq(160, 50, 10, 10),     # 2010, 200 m2 on B
        ], crs=CRS)
    return parcels, buildings


def test_weighted_construction_year_and_shares():
    parcels, buildings = stock_case()
    out = redevelopment_stock(parcels, buildings)
    # A: 1,000 m2 of 1965 + 300 m2 of 1990 -> (1965*1000 + 1990*300) / 1300
    year_a = (1965 * 1000 + 1990 * 300) / 1300
    # B: 300 m2 of 1990, 400 of 1950, 200 of 2010 -> (597000 + 780000 + 402000) / 900
    year_b = (1990 * 300 + 1950 * 400 + 2010 * 200) / 900
    assert out["weighted_construction_year"].iloc[0] == pytest.approx(year_a)
    assert out["weighted_construction_year"].iloc[1] == pytest.approx(year_b)
    assert np.isnan(out["weighted_construction_year"].iloc[2])  # no buildings on C
    assert out["floor_area_pre_threshold_share"].tolist()[:2] == pytest.approx(
        [1000 / 1300, 400 / 900])
    # 1960-1980: only the 1965 building
    assert out["floor_area_1960_1980_share"].tolist()[:2] == pytest.approx([1000 / 1300, 0])
    # each parcel is 1 ha: area share weighted
    assert out["area_pre_threshold_ha"].tolist() == pytest.approx([1000 / 1300, 400 / 900, 0])
    # B: 1779000 / 900 = 1976.7 < 1980
    assert out["pre_threshold"].tolist() == [True, True, False]
    assert out["floor_area_1960s_m2"].tolist() == pytest.approx([1000, 0, 0])
    assert out["floor_area_1990s_m2"].tolist() == pytest.approx([300, 300, 0])
    assert out["floor_area_1950s_m2"].tolist() == pytest.approx([0, 400, 0])
    assert out["floor_area_2010s_m2"].tolist() == pytest.approx([0, 200, 0])
    assert out["floor_area_m2"].sum() == pytest.approx(2200)
    assert out["kavel"].tolist() == ["A", "B", "C"]


def test_threshold_year_is_a_parameter():
    parcels, buildings = stock_case()
    out = redevelopment_stock(parcels, buildings, threshold_year=2000)
    # before 2000: A all 1,300 m2; B 300 + 400 of 900
    assert out["floor_area_pre_threshold_share"].tolist()[:2] == pytest.approx([1.0, 700 / 900])


def test_unknown_bag_year_and_missing_year():
    parcels, buildings = stock_case()
    buildings = buildings.assign(bouwjaar=[1005, 1990, None, 2010])
    with pytest.warns(RveGeoWarning, match="placeholder year"):
        out = redevelopment_stock(parcels, buildings)
    # A: only the 1990 piece has a known year
    assert out["weighted_construction_year"].iloc[0] == pytest.approx(1990)
    assert out["floor_area_unknown_year_m2"].tolist() == pytest.approx([1000, 400, 0])
    assert out["floor_area_known_year_m2"].tolist() == pytest.approx([300, 500, 0])


def test_stock_per_zone():
    parcels, buildings = stock_case()
    zones = gpd.GeoDataFrame({"terrein": ["T1", "T2"]},
                             geometry=[sq(-10, -10, 220, 120), sq(290, -10, 120, 120)], crs=CRS)
    out = redevelopment_stock(parcels, buildings, zones=zones, zone_id_col="terrein")
    assert out["zone_id"].tolist() == ["T1", "T2"]
    assert out["n_parcels"].tolist() == [2, 1]
    # T1: all floor area; weighted year over 2,200 m2
    total = 1965 * 1000 + 1990 * 600 + 1950 * 400 + 2010 * 200
    assert out["weighted_construction_year"].iloc[0] == pytest.approx(total / 2200)
    assert out["floor_area_pre_threshold_share"].iloc[0] == pytest.approx(1400 / 2200)
    # hectares: 1 * 1000/1300 + 1 * 400/900
    assert out["area_pre_threshold_ha"].iloc[0] == pytest.approx(1000 / 1300 + 400 / 900)
    assert out["parcel_area_ha"].tolist() == pytest.approx([2.0, 1.0])


def test_stock_bad_inputs():
    parcels, buildings = stock_case()
    with pytest.raises(InputError, match=r"rows 1.*four-digit"):
        redevelopment_stock(parcels, buildings.assign(bouwjaar=[1965, 19900, 1950, 2010]))
    with pytest.raises(MissingColumnError, match="construction_year"):
        redevelopment_stock(parcels, buildings.drop(columns="bouwjaar"))
    with pytest.raises(InputError, match="threshold_year"):
        redevelopment_stock(parcels, buildings, threshold_year="soon")
    with pytest.raises(InputError, match="below 0"):
        redevelopment_stock(parcels, buildings.assign(hoogte=[-3.0, 6, 6, 6]).drop(
            columns="bvo"))


@pytest.mark.realdata
def test_stock_on_doesburg_bag_matches_independent_sum():
    b = gpd.read_file(REALDATA / "doesburg_bag_pand_2020_parks.gpkg", layer="pand")
    minx, miny, maxx, maxy = b.total_bounds
    # four quadrant "terreinen" covering the whole municipality
    mx, my = (minx + maxx) / 2, (miny + maxy) / 2
    parcels = gpd.GeoDataFrame(
        geometry=[box(minx - 1, miny - 1, mx, my), box(mx, miny - 1, maxx + 1, my),
                  box(minx - 1, my, mx, maxy + 1), box(mx, my, maxx + 1, maxy + 1)], crs=b.crs)
    out = quiet(redevelopment_stock, parcels, b, floor_area=FloorAreaOptions())
    # every building stands on one storey (no height data): floor area = footprint;
    # independent: the footprint-weighted mean year of the buildings with a plausible year
    year = pd.to_numeric(b["oorspronkelijkBouwjaar"], errors="coerce").to_numpy(float)
    gone = b["status"].str.lower().isin(["pand gesloopt", "sloopvergunning verleend",
                                         "niet gerealiseerd pand", "bouwvergunning verleend",
                                         "bouw gestart", "pand ten onrechte opgevoerd"])
    ok = ~np.isnan(year) & ~np.isin(year, (1005, 9999)) & ~gone.to_numpy()
    area = b.geometry.area.to_numpy()
    expected = (year[ok] * area[ok]).sum() / area[ok].sum()
    total_known = out["floor_area_known_year_m2"].sum()
    got = (out["weighted_construction_year"] * out["floor_area_known_year_m2"]).sum() \
        / total_known
    assert got == pytest.approx(expected, abs=0.01)
    assert total_known == pytest.approx(area[ok].sum(), rel=1e-6)


# --- woon-werkbalans ----------------------------------------------------------------

def areas_of(**cols):
    n = len(next(iter(cols.values())))
    return gpd.GeoDataFrame(cols, geometry=[sq(200.0 * i) for i in range(n)], crs=CRS)


def test_fmi_edge_cases():
    a = areas_of(woningen=[100, 0, 50, 0], banen=[50, 30, 0, 0])
    out = work_home_balance(a, homes_col="woningen", jobs_col="banen")
    # 50/150*100; only jobs -> 100; only homes -> 0; neither -> NaN
    assert out["fmi"].iloc[:3].tolist() == pytest.approx([100 / 3, 100.0, 0.0])
    assert np.isnan(out["fmi"].iloc[3])
    # per home ratios undefined without homes
    assert out["jobs_per_home"].iloc[0] == pytest.approx(0.5)
    assert np.isnan(out["jobs_per_home"].iloc[1])
    assert out["jobs_per_home"].iloc[2] == 0.0
    # flags: 0.5 and 0 jobs per home are below 1; areas without homes are not flagged
    assert out["below_jobs_norm"].tolist() == [True, False, True, False]
    # work floor area estimated as jobs x 100 m2 (the default row of jobs_ratios.csv, not
    # the office figure): 5,000 m2 / 100 homes = 50 m2 >= 20
    assert out["work_m2_per_home"].iloc[0] == pytest.approx(50)
    assert out["below_work_m2_norm"].tolist() == [False, False, True, False]
    # an office area given its own ratio: 50 x 20 = 1,000 m2 / 100 homes = 10 m2 < 20
    office = work_home_balance(a, homes_col="woningen", jobs_col="banen", m2_per_job=20)
    assert office["work_m2_per_home"].iloc[0] == pytest.approx(10)


def test_homes_and_jobs_as_layers_counted_by_representative_point():
    a = areas_of(naam=["west", "oost"])
    # homes: 3 points in west, 1 polygon with 4 homes in oost (its centre decides)
    homes = gpd.GeoDataFrame(
        {"n": [1, 1, 1, 4]},
        geometry=[Point(X + 10, Y + 10), Point(X + 20, Y + 20), Point(X + 30, Y + 30),
                  sq(210, 10, 30, 30)], crs=CRS)
    jobs = gpd.GeoDataFrame(geometry=[Point(X + 250, Y + 50)] * 6 + [Point(X + 50, Y + 50)],
                            crs=CRS)
    out = work_home_balance(a, homes=homes, homes_col="n", jobs=jobs)
    assert out["homes"].tolist() == [3, 4]
    assert out["jobs"].tolist() == [1, 6]
    assert out["fmi"].tolist() == pytest.approx([25.0, 60.0])
    assert out["jobs_source"].tolist() == ["given", "given"]


def test_jobs_from_work_floor_area_and_norms():
    a = areas_of(woningen=[10, 10], werk_m2=[300.0, 100.0])
    out = work_home_balance(a, homes_col="woningen", work_floor_area_col="werk_m2",
                            m2_per_job=25)
    # jobs = 300 / 25 = 12 and 4; work m2 per home 30 and 10 against 20
    assert out["jobs"].tolist() == pytest.approx([12, 4])
    assert out["jobs_source"].tolist() == ["floor_area", "floor_area"]
    assert out["work_m2_per_home"].tolist() == pytest.approx([30, 10])
    assert out["below_work_m2_norm"].tolist() == [False, True]
    assert out["below_jobs_norm"].tolist() == [False, True]
    out = work_home_balance(a, homes_col="woningen", work_floor_area_col="werk_m2",
                            m2_per_job=25, norm_work_m2_per_home=5, norm_jobs_per_home=0.3)
    assert out["below_work_m2_norm"].tolist() == [False, False]
    assert out["below_jobs_norm"].tolist() == [False, False]


def test_work_home_balance_bad_inputs():
    a = areas_of(woningen=[10, -1], banen=[1, 1])
    with pytest.raises(InputError, match=r"rows 1"):
        work_home_balance(a, homes_col="woningen", jobs_col="banen")
    with pytest.raises(InputError, match="needs homes"):
        work_home_balance(a, jobs_col="banen")
    with pytest.raises(InputError, match="needs jobs"):
        work_home_balance(a, homes_col="banen")
    with pytest.raises(InputError, match="m2_per_job"):
        work_home_balance(a, homes_col="banen", jobs_col="banen", m2_per_job=0)


# --- transformation monitor ---------------------------------------------------------

def snapshots():
    before = gpd.GeoDataFrame(
        {"id": [1, 2, 4], "nieuw": [None, "wonen", None]},
        geometry=[sq(0), sq(200, 0, 200, 100), sq(600)], crs=CRS)
    after = gpd.GeoDataFrame(
        {"id": [1, 3, 4]},
        geometry=[sq(0, 0, 100, 150),          # 1 grew by 0.5 ha
                  sq(1000, 0, 50, 100),        # 3 new: 0.5 ha
                  sq(600)], crs=CRS)           # 4 unchanged
    return before, after


def test_transformation_monitor_hectares():
    before, after = snapshots()
    r = transformation_monitor(before, after, id_col="id", new_use_col="nieuw")
    # lost: id 2, 2 ha; gained: 0.5 (growth of 1) + 0.5 (id 3)
    assert r.totals["lost_ha"] == pytest.approx(2.0)
    assert r.totals["gained_ha"] == pytest.approx(1.0)
    assert r.totals["net_ha"] == pytest.approx(-1.0)
    assert r.totals["before_ha"] == pytest.approx(4.0)
    assert r.totals["after_ha"] == pytest.approx(3.0)
    per = r.per_id.set_index("id")
    assert per.loc[1, "status"] == "changed"
    assert per.loc[1, "changed_ha"] == pytest.approx(0.5)
    assert per.loc[1, "gained_ha"] == pytest.approx(0.5)
    assert per.loc[2, "status"] == "removed" and per.loc[2, "lost_ha"] == pytest.approx(2.0)
    assert per.loc[3, "status"] == "added" and per.loc[3, "gained_ha"] == pytest.approx(0.5)
    assert per.loc[4, "status"] == "unchanged" and per.loc[4, "changed_ha"] == 0
    assert r.per_use.set_index("new_use")["lost_ha"].to_dict() == pytest.approx({"wonen": 2.0})
    assert sorted(r.changes["change"].tolist()) == ["gained", "gained", "lost"]
    assert r.changes.area.sum() / 1e4 == pytest.approx(3.0)


def test_transformation_monitor_per_zone():
    before, after = snapshots()
    # zone W holds id 1 and the left half of id 2; zone E the rest
    zones = gpd.GeoDataFrame({"gemeente": ["W", "E"]},
                             geometry=[sq(-50, -50, 350, 300), sq(300, -50, 1000, 300)],
                             crs=CRS)
    r = transformation_monitor(before, after, id_col="id", zones=zones,
                               zone_id_col="gemeente")
    z = r.per_zone.set_index("zone_id")
    assert z.loc["W", "lost_ha"] == pytest.approx(1.0)
    assert z.loc["E", "lost_ha"] == pytest.approx(1.0)
    assert z.loc["W", "gained_ha"] == pytest.approx(0.5)
    assert z.loc["E", "gained_ha"] == pytest.approx(0.5)
    assert z.loc["W", "before_ha"] == pytest.approx(2.0)
    assert z["net_ha"].sum() == pytest.approx(-1.0)


def test_land_moving_between_ids_is_not_lost():
    before = gpd.GeoDataFrame({"id": [1]}, geometry=[sq(0)], crs=CRS)
    after = gpd.GeoDataFrame({"id": [9, 9]}, geometry=[sq(0, 0, 50), sq(50, 0, 50)], crs=CRS)
    with pytest.warns(RveGeoWarning, match="merged per id"):
        r = transformation_monitor(before, after, id_col="id")
    assert r.totals["lost_ha"] == pytest.approx(0, abs=1e-9)
    assert r.totals["gained_ha"] == pytest.approx(0, abs=1e-9)
    assert r.per_id.set_index("id")["status"].to_dict() == {1: "removed", 9: "added"}


def test_transformation_monitor_bad_inputs():
    before, after = snapshots()
    with pytest.raises(MissingColumnError, match="'code'"):
        transformation_monitor(before, after, id_col="code")
    with pytest.raises(InputError, match="different CRSs"):
        transformation_monitor(before, after.set_crs("EPSG:3035", allow_override=True))


# --- relocation efficiency ----------------------------------------------------------

def test_relocation_band_inclusive_edges():
    p = gpd.GeoDataFrame({"kosten": [1_299.0, 1_300.0, 1_400.0, 1_401.0, None]},
                         geometry=[sq(20.0 * i, 0, 10, 1) for i in range(5)], crs=CRS)
    # every plot is 10 m2, so EUR per m2 = cost / 10 ... scale costs up
    p["kosten"] = p["kosten"] * 10
    with pytest.warns(RveGeoWarning, match="1 rows have no cost"):
        out = relocation_efficiency(p, cost_col="kosten")
    assert out["cost_eur_per_m2"].iloc[:4].tolist() == pytest.approx([1299, 1300, 1400, 1401])
    assert out["relocation_status"].tolist() == ["below_band", "within_band", "within_band",
                                                 "above_band", "unknown"]
    assert out["within_band"].tolist() == [False, True, True, False, False]
    assert out["above_band"].tolist() == [False, False, False, True, False]


def test_relocation_plot_area_column_and_band():
    p = gpd.GeoDataFrame({"kosten": [2.0e6], "opp": [1000.0]}, geometry=[sq(0)], crs=CRS)
    out = relocation_efficiency(p, cost_col="kosten", plot_area_col="opp",
                                band_eur_per_m2=(1500, 2500))
    assert out["cost_eur_per_m2"].iloc[0] == pytest.approx(2000)
    assert out["relocation_status"].iloc[0] == "within_band"
    with pytest.raises(InputError, match="band_eur_per_m2"):
        relocation_efficiency(p, cost_col="kosten", band_eur_per_m2=(1400, 1300))
    with pytest.raises(InputError, match="below 0"):
        relocation_efficiency(p.assign(kosten=[-1.0]), cost_col="kosten")
