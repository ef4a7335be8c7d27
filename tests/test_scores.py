"""opportunity_scores: hand-computed indicators, weighting, skipping, drivers, errors."""

from __future__ import annotations

import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from rve_geo.errors import ConfigError, CRSError, InputError, MissingColumnError, RveGeoWarning
from rve_geo.kansen.scores import INDICATORS, default_score_config, opportunity_scores

X0, Y0 = 150_000.0, 420_000.0


def plots(n, *, width=50.0, gap=0.0, **cols):
    geoms = [box(X0 + i * (width + gap), Y0, X0 + i * (width + gap) + width, Y0 + 50)
             for i in range(n)]
    return gpd.GeoDataFrame(cols, geometry=geoms, crs="EPSG:28992")


def quiet(func, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return func(*args, **kwargs)


def test_unused_capacity_ratio_clipped_and_fallback_from_floor_area():
    p = plots(4, potential_m2=[250.0, 0.0, 2000.0, 100.0],
              allowed_floor_area_m2=[1000.0, 1000.0, 1000.0, 0.0])
    out = quiet(opportunity_scores, p, indicators=["unused_capacity"])
    # 250/1000 = 0.25; 0; 2000/1000 clipped to 1; allowed 0 -> unknown
    assert out["ind_unused_capacity"].tolist()[:3] == pytest.approx([0.25, 0.0, 1.0])
    assert np.isnan(out["ind_unused_capacity"].iloc[3])
    q = plots(2, floor_area_m2=[400.0, 1500.0], allowed_floor_area_m2=[1000.0, 1000.0])
    out = quiet(opportunity_scores, q, indicators=["unused_capacity"])
    # max(1000 - 400, 0) / 1000 = 0.6; over-built -> 0
    assert out["ind_unused_capacity"].tolist() == pytest.approx([0.6, 0.0])


def test_ageing_gives_extra_weight_to_1960_1980():
    p = plots(3, floor_area_pre_threshold_share=[0.6, 1.0, 0.0],
              floor_area_1960_1980_share=[0.4, 0.0, 0.0])
    out = quiet(opportunity_scores, p, indicators=["ageing"])
    # (0.6 + 1 * 0.4) / 2 = 0.5; all pre-1960: (1 + 0) / 2 = 0.5; new: 0
    assert out["ind_ageing"].tolist() == pytest.approx([0.5, 0.5, 0.0])
    only_pre = quiet(opportunity_scores, plots(1, floor_area_pre_threshold_share=[0.7]),
                     indicators=["ageing"])
    assert only_pre["ind_ageing"].tolist() == pytest.approx([0.7])


def test_scheefwerken_mean_of_steps_and_low_on_hmc():
    p = plots(3, unused_steps=[1, 6, 0], low_on_hmc=[True, False, None])
    out = quiet(opportunity_scores, p, indicators=["scheefwerken"])
    # (1/3 + 1) / 2 = 2/3; (min(6/3, 1) + 0) / 2 = 0.5; flag missing -> 0/3 alone = 0
    assert out["ind_scheefwerken"].tolist() == pytest.approx([2 / 3, 0.5, 0.0])


def test_vacancy_share_flag_and_percentage_refused():
    share = quiet(opportunity_scores, plots(2, leeg=[0.25, 0.0]), indicators=["vacancy"],
                  vacancy_col="leeg")
    assert share["ind_vacancy"].tolist() == pytest.approx([0.25, 0.0])
    flag = quiet(opportunity_scores, plots(2, leeg=[True, False]), indicators=["vacancy"],
                 vacancy_col="leeg")
    assert flag["ind_vacancy"].tolist() == [1.0, 0.0]
    text = quiet(opportunity_scores, plots(2, leeg=["ja", "nee"]), indicators=["vacancy"],
                 vacancy_col="leeg")
    assert text["ind_vacancy"].tolist() == [1.0, 0.0]
    with pytest.raises(InputError, match=r"'leeg'.*rows 1.*fraction"):
        opportunity_scores(plots(2, leeg=[0.1, 40.0]), vacancy_col="leeg")


def test_fragmentation_per_neighbourhood():
    # plots of 50 x 50 m (0.25 ha) at x = 0, 50, 100 (touching) and one 200 m further.
    geoms = [box(X0 + x, Y0, X0 + x + 50, Y0 + 50) for x in (0, 50, 100, 300)]
    p = gpd.GeoDataFrame({"eigenaar": ["a", "a", "b", "c"]}, geometry=geoms,
                         crs="EPSG:28992")
    out = quiet(opportunity_scores, p, indicators=["fragmentation"], owner_col="eigenaar")
    # plot 0: plots 0,1,2 within 100 m -> owners {a, b} over 0.75 ha = 2.667/ha -> /5
    # plot 3: only itself -> 1 owner / 0.25 ha = 4/ha -> 0.8
    assert out["owners_per_ha"].iloc[0] == pytest.approx(2 / 0.75)
    assert out["ind_fragmentation"].iloc[0] == pytest.approx(2 / 0.75 / 5)
    assert out["ind_fragmentation"].iloc[3] == pytest.approx(0.8)


def test_fragmentation_per_terrein():
    # terrein T: four plots of 0.25 ha (1 ha) with owners a, a, b, c -> 3 owners/ha -> 0.6
    # terrein U: one plot, one owner, 0.25 ha -> 4/ha -> 0.8
    p = plots(5, eigenaar=["a", "a", "b", "c", "d"], terrein=["T"] * 4 + ["U"])
    out = quiet(opportunity_scores, p, indicators=["fragmentation"], owner_col="eigenaar",
                terrein_col="terrein")
    assert out["ind_fragmentation"].tolist() == pytest.approx([0.6] * 4 + [0.8])


def test_quay_misuse_flag():
    out = quiet(opportunity_scores, plots(2, non_water_bound_on_quay=[True, False]),
                indicators=["quay_misuse"])
    assert out["ind_quay_misuse"].tolist() == [1.0, 0.0]


def test_score_is_weighted_mean_renormalised_over_known_indicators():
    p = plots(2, potential_m2=[500.0, 500.0], allowed_floor_area_m2=[1000.0, 1000.0],
              floor_area_pre_threshold_share=[1.0, np.nan],
              floor_area_1960_1980_share=[0.0, np.nan])
    out = quiet(opportunity_scores, p, weights={"unused_capacity": 3.0, "ageing": 1.0})
    # row 0: unused 0.5 (w 3), ageing (1 + 0)/2 = 0.5 (w 1) -> 0.5
    # row 1: ageing unknown -> only unused: 0.5 (never as if ageing were 0)
    assert out["score"].tolist() == pytest.approx([0.5, 0.5])
    q = plots(1, potential_m2=[1000.0], allowed_floor_area_m2=[1000.0],
              floor_area_pre_threshold_share=[0.0], floor_area_1960_1980_share=[0.0])
    out = quiet(opportunity_scores, q, weights={"unused_capacity": 3.0, "ageing": 1.0})
    # (3 * 1 + 1 * 0) / 4 = 0.75
    assert out["score"].tolist() == pytest.approx([0.75])
    assert out["top_drivers"].tolist() == ["unused_capacity (0.75)"]


def test_top_drivers_name_the_largest_weighted_contributions():
    p = plots(1, potential_m2=[200.0], allowed_floor_area_m2=[1000.0],
              floor_area_pre_threshold_share=[1.0], floor_area_1960_1980_share=[1.0],
              unused_steps=[3], low_on_hmc=[True], non_water_bound_on_quay=[True])
    out = quiet(opportunity_scores, p)
    # default weights 0.25, 0.20, 0.20, 0.10 over the 4 known (sum 0.75):
    # unused 0.25*0.2/0.75 = 0.0667, ageing 0.2*1/0.75 = 0.2667,
    # scheefwerken 0.2667, quay 0.1*1/0.75 = 0.1333 -> ties keep indicator order
    assert out["top_drivers"].iloc[0] == "ageing (0.27), scheefwerken (0.27), quay_misuse (0.13)"
    assert out["score"].iloc[0] == pytest.approx((0.05 + 0.2 + 0.2 + 0.1) / 0.75)


def test_missing_indicators_are_skipped_in_one_warning_not_zero_filled():
    p = plots(2, potential_m2=[100.0, 0.0], allowed_floor_area_m2=[1000.0, 1000.0])
    with pytest.warns(RveGeoWarning) as rec:
        out = opportunity_scores(p)
    ours = [w for w in rec if issubclass(w.category, RveGeoWarning)]
    assert len(ours) == 1
    msg = str(ours[0].message)
    for name in ("ageing", "scheefwerken", "vacancy", "fragmentation", "quay_misuse"):
        assert name in msg
    assert "no vacancy_col given" in msg
    assert [c for c in out.columns if c.startswith("ind_")] == ["ind_unused_capacity"]
    assert out["score"].tolist() == pytest.approx([0.1, 0.0])


def test_output_keeps_index_crs_and_input_unchanged():
    p = plots(2, potential_m2=[100.0, 0.0], allowed_floor_area_m2=[1000.0, 1000.0])
    p.index = ["k1", "k2"]
    before = p.copy()
    out = quiet(opportunity_scores, p)
    pd.testing.assert_frame_equal(p, before)
    assert list(out.index) == ["k1", "k2"] and out.crs == p.crs
    assert {"potential_m2", "allowed_floor_area_m2"} <= set(out.columns)


def test_no_inputs_at_all_gives_missing_scores():
    out = quiet(opportunity_scores, plots(2))
    assert out["score"].isna().all()


def test_default_config_covers_every_indicator():
    cfg = default_score_config()
    assert set(cfg["weights"]) == set(INDICATORS)
    assert all(w >= 0 for w in cfg["weights"].values())


@pytest.mark.parametrize("kwargs, error, match", [
    ({"weights": {"age": 1.0}}, ConfigError, "age"),
    ({"weights": {"ageing": -1.0}}, ConfigError, "ageing"),
    ({"indicators": ["leegstand"]}, InputError, "leegstand"),
    ({"owner_col": "eigenaar"}, MissingColumnError, "eigenaar"),
])
def test_bad_arguments(kwargs, error, match):
    with pytest.raises(error, match=match):
        opportunity_scores(plots(1), **kwargs)


def test_geographic_crs_refused():
    with pytest.raises(CRSError):
        opportunity_scores(plots(1).to_crs("EPSG:4326"))
