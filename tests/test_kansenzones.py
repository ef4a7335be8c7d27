"""kansenzones: hard area bounds, contiguity, determinism, known best zones, special cases."""

from __future__ import annotations

import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.sparse import csgraph
from shapely.geometry import box

from rve_geo.errors import CRSError, InputError, MissingColumnError, RveGeoWarning
from rve_geo.kansen.zoning import KansenzonesResult, kansenzones

X0, Y0 = 150_000.0, 420_000.0


def row_of_plots(scores, *, size=100.0, y=0.0, x=0.0, gap=0.0, **cols):
    """Plots of size x size m in a row along x, ``gap`` metres apart (1 ha at 100 m)."""
    n = len(scores)
    geoms = [box(X0 + x + i * (size + gap), Y0 + y, X0 + x + i * (size + gap) + size,
                 Y0 + y + size) for i in range(n)]
    return gpd.GeoDataFrame({"score": list(scores), **cols}, geometry=geoms, crs="EPSG:28992")


def quiet(func, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return func(*args, **kwargs)


def members(result: KansenzonesResult, zone_id: int) -> list:
    z = result.parcels["zone_id"]
    return sorted(z.index[z.eq(zone_id).fillna(False).to_numpy()].tolist())


def zone_is_connected(geoms, gap) -> bool:
    """Independent check: boundary distances <= gap form one connected graph."""
    g = np.asarray(geoms, dtype=object)
    dist = shapely.distance(g[:, None], g[None, :])
    n, _ = csgraph.connected_components(dist <= gap + 1e-6, directed=False)
    return n == 1


def check_invariants(parcels, result, *, lo, hi, gap, small_min=5.0, terrein=None):
    area_ha = parcels.geometry.area.to_numpy() / 1e4
    zid = result.parcels["zone_id"]
    assert zid.dtype == "Int64"
    assert result.parcels.index.equals(parcels.index)
    zones = result.zones
    # each parcel in at most one zone: per-zone counts and areas add up to the mapping
    assigned = zid.notna().to_numpy()
    assert int(zones["n_parcels"].sum()) == int(assigned.sum())
    assert zones["zone_id"].is_unique
    for _, z in zones.iterrows():
        sel = zid.eq(z["zone_id"]).fillna(False).to_numpy()
        assert sel.sum() == z["n_parcels"]
        # area_ha is on the zones' area basis (gross by default); net is the parcels
        assert area_ha[sel].sum() == pytest.approx(z["net_area_ha"])
        basis = zones.attrs["area_basis"]
        assert z["area_ha"] == pytest.approx(z[f"{basis}_area_ha"])
        assert z["gross_area_ha"] >= z["net_area_ha"] - 1e-9
        assert zone_is_connected(parcels.geometry.to_numpy()[sel], gap)
        if terrein is not None:
            assert parcels.loc[sel, terrein].nunique() == 1
        if z["small_terrein"]:
            # a whole group: no parcel outside the zone is within the gap of it
            outside = parcels.geometry.to_numpy()[~sel]
            inside = shapely.union_all(parcels.geometry.to_numpy()[sel])
            near = shapely.distance(outside, inside) <= gap - 1e-6
            if terrein is not None:
                near &= (parcels.loc[~sel, terrein] == parcels.loc[sel, terrein].iloc[0]
                         ).to_numpy()
            assert not near.any()
            assert small_min - 1e-9 <= z["area_ha"] < lo
        else:
            assert lo - 1e-9 <= z["area_ha"] <= hi + 1e-9
    # parcels larger than the maximum are never in a zone
    assert not (assigned & (area_ha > hi + 1e-9)).any()


# --- generated parcel sets -----------------------------------------------------------

@st.composite
def parcel_sets(draw):
    """Blocks of two rows of plots separated by streets of 10-45 m (wider than 30 m splits)."""
    nbx = draw(st.integers(1, 3))
    nby = draw(st.integers(1, 2))
    street = draw(st.sampled_from([10.0, 20.0, 45.0]))
    depth = 50.0
    block_w = 200.0
    geoms, scores = [], []
    for bx in range(nbx):
        for by in range(nby):
            for row in range(2):
                widths = draw(st.lists(st.sampled_from([20.0, 40.0, 60.0, 100.0]),
                                       min_size=1, max_size=6))
                x = bx * (block_w + street)
                y = by * (2 * depth + street) + row * depth
                for w in widths:
                    if x + w > bx * (block_w + street) + block_w:
                        break
                    geoms.append(box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + depth))
                    scores.append(draw(st.sampled_from([0.0, 0.2, 0.5, 0.9, 1.0])))
                    x += w
    big = draw(st.booleans())
    if big:  # one oversized plot next to the field
        geoms.append(box(X0 - 420, Y0, X0 - 10, Y0 + 100))  # 4.1 ha, above the 3 ha max
        scores.append(1.0)
    terrein = [("A" if g.centroid.x < X0 + 200 else "B") for g in geoms]
    return gpd.GeoDataFrame({"score": scores, "terrein": terrein}, geometry=geoms,
                            crs="EPSG:28992")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parcels=parcel_sets(), lo=st.sampled_from([0.5, 1.0, 2.0]),
       span=st.sampled_from([1.0, 1.5]), gap=st.sampled_from([0.0, 15.0, 30.0]),
       use_terrein=st.booleans(), seed=st.integers(0, 5))
def test_zone_properties_on_generated_parcels(parcels, lo, span, gap, use_terrein, seed):
    hi = lo * span
    kw = dict(min_area_ha=lo, max_area_ha=hi, gap_tolerance_m=gap, seed=seed,
              small_terreinen=True, small_terrein_min_ha=lo / 2,
              terrein_col="terrein" if use_terrein else None)
    result = quiet(kansenzones, parcels, **kw)
    check_invariants(parcels, result, lo=lo, hi=hi, gap=gap, small_min=lo / 2,
                     terrein="terrein" if use_terrein else None)
    again = quiet(kansenzones, parcels, **kw)
    assert again.parcels["zone_id"].equals(result.parcels["zone_id"])  # same seed, same zones
    assert again.zones.drop(columns="geometry").equals(result.zones.drop(columns="geometry"))


def test_grid_with_streets_fills_whole_blocks_within_bounds():
    # 6 blocks of 2 x 4 plots of 1 ha (8 ha per block), 20 m streets: one component of
    # 48 ha with gap 30 m; every zone must hold 10-15 ha, i.e. cross at least one street.
    geoms = []
    for bx in range(3):
        for by in range(2):
            for i in range(4):
                for j in range(2):
                    x = X0 + bx * 420 + i * 100
                    y = Y0 + by * 220 + j * 100
                    geoms.append(box(x, y, x + 100, y + 100))
    rng = np.random.default_rng(1)
    parcels = gpd.GeoDataFrame({"score": rng.uniform(size=len(geoms))}, geometry=geoms,
                               crs="EPSG:28992")
    result = kansenzones(parcels)
    check_invariants(parcels, result, lo=10, hi=15, gap=30)
    assert len(result.zones) >= 3  # 48 ha holds at least three zones of <= 15 ha
    assert not result.zones["small_terrein"].any()


# --- hand-made cases with a known best zone ------------------------------------------

def test_best_block_of_a_row_is_taken_whole():
    # 30 plots of 1 ha in a row; plots 10..24 score 1, others 0. The best zone is exactly
    # plots 10..24 (15 ha, the maximum, score_total 15). Plots 0..9 score 0: no seed.
    scores = [1.0 if 10 <= i <= 24 else 0.0 for i in range(30)]
    result = kansenzones(row_of_plots(scores))
    best = result.zones.iloc[0]
    assert best["zone_id"] == 1
    assert members(result, 1) == list(range(10, 25))
    assert best["area_ha"] == pytest.approx(15.0)
    assert best["score_total"] == pytest.approx(15.0)
    assert best["score_mean"] == pytest.approx(1.0)


def test_only_one_zone_fits_and_it_holds_the_high_scores():
    # 18 plots of 1 ha: two zones of >= 10 ha cannot fit, so one zone of 10-15 ha.
    # Plots 3..14 (12 ha) score 0.9, the rest 0.1: the zone must contain all of 3..14.
    scores = [0.9 if 3 <= i <= 14 else 0.1 for i in range(18)]
    result = kansenzones(row_of_plots(scores))
    assert len(result.zones) == 1
    zone = set(members(result, 1))
    assert set(range(3, 15)) <= zone
    assert 10 <= len(zone) <= 15
    # 12 x 0.9 + (n - 12) x 0.1 with n = 15 (filled up to the maximum)
    assert result.zones["score_total"].iloc[0] == pytest.approx(12 * 0.9 + 3 * 0.1)


def test_two_separate_clusters_give_two_zones_ranked_by_score():
    # Cluster A: 12 plots of 1 ha scoring 0.2; cluster B 1 km away: 12 plots scoring 0.8.
    a = row_of_plots([0.2] * 12)
    b = row_of_plots([0.8] * 12, y=1000.0)
    parcels = pd.concat([a, b], ignore_index=True)
    result = kansenzones(parcels)
    assert len(result.zones) == 2
    assert members(result, 1) == list(range(12, 24))  # B first: 12 x 0.8 = 9.6 > 2.4
    assert members(result, 2) == list(range(12))
    assert result.zones["score_total"].tolist() == pytest.approx([9.6, 2.4])


def test_street_within_gap_tolerance_joins_rows():
    # Two rows of 6 plots of 1 ha, 20 m apart (a street): 12 ha with gap 30 m -> one zone;
    # with gap 10 m two 6 ha groups -> two flagged small-terrein zones (6 ha >= 5 ha).
    parcels = pd.concat([row_of_plots([0.5] * 6), row_of_plots([0.5] * 6, y=120.0)],
                        ignore_index=True)
    joined = kansenzones(parcels, gap_tolerance_m=30.0, small_terreinen=True)
    assert joined.zones["n_parcels"].tolist() == [12]
    assert not joined.zones["small_terrein"].any()
    # gross: 12 ha of plots and the 20 m x 600 m street between them
    assert joined.zones["gross_area_ha"].tolist() == pytest.approx([13.2])
    split = kansenzones(parcels, gap_tolerance_m=10.0, small_terreinen=True)
    assert split.zones["area_ha"].tolist() == pytest.approx([6.0, 6.0])
    assert split.zones["small_terrein"].all()


def test_terrein_of_8_ha_is_one_flagged_zone():
    # 8 plots of 1 ha: below 10 ha, a whole terrein -> one zone, small_terrein True.
    assert len(kansenzones(row_of_plots([0.3] * 8)).zones) == 0  # only when asked
    result = kansenzones(row_of_plots([0.3] * 8), small_terreinen=True)
    z = result.zones
    assert z["small_terrein"].tolist() == [True]
    assert z["area_ha"].tolist() == pytest.approx([8.0])
    assert z["score_total"].tolist() == pytest.approx([2.4])  # 8 ha x 0.3
    assert result.parcels["zone_id"].eq(1).all()
    # disabled: no zone below min_area_ha
    assert len(kansenzones(row_of_plots([0.3] * 8), small_terreinen=True,
                           small_terrein_min_ha=None).zones) == 0


def test_terrein_boundary_splits_zones_unless_crossing_is_allowed():
    # Two touching terreinen of 8 ha each. Per terrein: two flagged 8 ha zones.
    # Across terreinen: 16 ha > 15 ha, so one normal zone of 10-15 ha.
    parcels = row_of_plots([0.5] * 16, terrein=["A"] * 8 + ["B"] * 8)
    per = kansenzones(parcels, terrein_col="terrein", small_terreinen=True)
    assert per.zones["small_terrein"].tolist() == [True, True]
    assert sorted(map(tuple, (members(per, 1), members(per, 2)))) == [
        tuple(range(8)), tuple(range(8, 16))]
    across = kansenzones(parcels, terrein_col="terrein", cross_terrein=True)
    assert len(across.zones) == 1 and not across.zones["small_terrein"].iloc[0]
    assert 10 <= across.zones["area_ha"].iloc[0] <= 15


def test_parcel_larger_than_max_area_is_never_in_a_zone_and_is_reported():
    # 12 plots of 1 ha plus, touching the last one, a 20 ha plot (400 m x 500 m).
    parcels = row_of_plots([0.5] * 12)
    big = gpd.GeoDataFrame({"score": [1.0]}, geometry=[box(X0 + 1200, Y0, X0 + 1600,
                                                           Y0 + 500)], crs="EPSG:28992")
    parcels = pd.concat([parcels, big], ignore_index=True)
    with pytest.warns(RveGeoWarning, match=r"larger than max_area_ha.*rows 12"):
        result = kansenzones(parcels)
    assert pd.isna(result.parcels["zone_id"].iloc[12])
    assert result.zones["n_parcels"].tolist() == [12]


def test_oversized_parcel_does_not_connect_its_neighbours():
    # 6 ha | 20 ha plot | 6 ha: without the big plot the two sides are 6 ha each and not
    # whole groups (the big plot belongs to them), so no zone at all.
    left = row_of_plots([0.5] * 6)
    big = gpd.GeoDataFrame({"score": [1.0]}, geometry=[box(X0 + 600, Y0, X0 + 1000,
                                                           Y0 + 500)], crs="EPSG:28992")
    right = row_of_plots([0.5] * 6, x=1000.0)
    parcels = pd.concat([left, big, right], ignore_index=True)
    result = quiet(kansenzones, parcels)
    assert len(result.zones) == 0
    assert result.parcels["zone_id"].isna().all()


def test_islands_stay_unassigned():
    # 12 ha row plus an isolated 0.25 ha plot 2 km away with the best score.
    parcels = row_of_plots([0.4] * 12)
    island = gpd.GeoDataFrame({"score": [1.0]}, geometry=[box(X0, Y0 + 2000, X0 + 50,
                                                              Y0 + 2050)], crs="EPSG:28992")
    parcels = pd.concat([parcels, island], ignore_index=True)
    result = kansenzones(parcels)
    assert pd.isna(result.parcels["zone_id"].iloc[12])
    assert members(result, 1) == list(range(12))


def test_zone_columns_potential_and_drivers():
    parcels = row_of_plots([0.5] * 10, potential_m2=[100.0] * 10, potential_jobs=[2.0] * 10,
                           ind_ageing=[0.8] * 10, ind_vacancy=[0.2] * 10)
    z = kansenzones(parcels).zones
    assert z["potential_m2"].tolist() == pytest.approx([1000.0])
    assert z["potential_jobs"].tolist() == pytest.approx([20.0])
    assert z["top_drivers"].iloc[0] == "ageing (0.80), vacancy (0.20)"
    assert z.crs == parcels.crs
    assert z.geometry.iloc[0].area == pytest.approx(100_000.0)  # ten touching 1 ha plots


def test_missing_score_counts_as_zero_with_a_warning():
    scores = [0.5] * 11 + [np.nan]
    with pytest.warns(RveGeoWarning, match="1 parcels have no 'score'"):
        result = kansenzones(row_of_plots(scores))
    assert result.zones["score_total"].tolist() == pytest.approx([5.5])  # 11 x 0.5 + 0


def test_input_is_not_mutated_and_index_kept():
    parcels = row_of_plots([0.5] * 12)
    parcels.index = [f"p{i}" for i in range(12)]
    before = parcels.copy()
    result = kansenzones(parcels)
    pd.testing.assert_frame_equal(parcels, before)
    assert list(result.parcels.index) == list(parcels.index)
    assert "zone_id" not in parcels.columns


@pytest.mark.parametrize("kwargs, error, match", [
    ({"min_area_ha": 20.0, "max_area_ha": 15.0}, InputError, "min_area_ha"),
    ({"score_col": "kans"}, MissingColumnError, "kans"),
    ({"gap_tolerance_m": -1.0}, InputError, "gap_tolerance_m"),
])
def test_bad_arguments(kwargs, error, match):
    with pytest.raises(error, match=match):
        kansenzones(row_of_plots([0.5] * 3), **kwargs)


def test_negative_score_and_geographic_crs_are_refused():
    with pytest.raises(InputError, match="score"):
        kansenzones(row_of_plots([0.5, -1.0]))
    with pytest.raises(CRSError):
        kansenzones(row_of_plots([0.5, 0.5]).to_crs("EPSG:4326"))


def test_empty_input_gives_empty_result():
    empty = row_of_plots([]).iloc[:0]
    result = kansenzones(empty)
    assert len(result.zones) == 0 and len(result.parcels) == 0


# --- adjacency and progress ----------------------------------------------------------

def test_adjacency_gap_and_groups():
    from rve_geo.kansen.adjacency import adjacency_graph

    # A | B touch; C is 25 m from B; D is 35 m from C.
    geoms = np.array([box(0, 0, 10, 10), box(10, 0, 20, 10), box(45, 0, 55, 10),
                      box(90, 0, 100, 10)], dtype=object)
    g = adjacency_graph(geoms, gap_tolerance_m=30.0)
    assert sorted(zip(*g.nonzero(), strict=True)) == [(0, 1), (1, 0), (1, 2), (2, 1)]
    # groups: B and C in different terreinen -> no edge between them; -1 (missing) pairs
    g = adjacency_graph(geoms, gap_tolerance_m=30.0, groups=np.array([-1, -1, 5, 5]))
    assert sorted(zip(*g.nonzero(), strict=True)) == [(0, 1), (1, 0)]
    g = adjacency_graph(geoms, gap_tolerance_m=40.0, usable=np.array([True, True, False, True]))
    assert sorted(zip(*g.nonzero(), strict=True)) == [(0, 1), (1, 0)]


def test_progress_is_monotonic_and_complete():
    seen = []
    kansenzones(row_of_plots([0.5] * 12), progress=lambda f, m="": seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert all(a <= b for a, b in zip(seen, seen[1:], strict=False))


def test_package_attribute_is_the_operation_after_the_module_is_imported():
    import inspect

    import rve_geo
    import rve_geo.kansen.zoning  # the module must not shadow the operation

    assert rve_geo.kansenzones is rve_geo.kansen.zoning.kansenzones
    assert "min_area_ha" in inspect.signature(rve_geo.kansenzones).parameters
    assert len(rve_geo.kansenzones(row_of_plots([0.5] * 12)).zones) == 1


def test_existing_zone_id_column_is_kept_with_a_warning():
    parcels = row_of_plots([0.5] * 12, zone_id=["old"] * 12)
    with pytest.warns(RveGeoWarning, match="kept as zone_id_input"):
        result = kansenzones(parcels)
    assert result.parcels["zone_id"].tolist() == [1] * 12
    assert result.parcels["zone_id_input"].tolist() == ["old"] * 12
    assert parcels["zone_id"].tolist() == ["old"] * 12


REALDATA = Path(__file__).resolve().parent / "data"  # tests/data/PROVENANCE.md


@pytest.mark.realdata
def test_real_brk_parcels_touching_only():
    # 11 real kadastrale percelen in Otterlo (0.96 ha together, 6 m2 to 0.63 ha). With
    # zones of 0.1-0.15 ha and touching-only adjacency the invariants must hold on real,
    # not axis-aligned, shared boundaries; the 0.63 ha perceel is larger than the maximum.
    parcels = gpd.read_file(REALDATA / "otterlo_brk_perceel.gpkg")
    parcels["score"] = np.linspace(0.1, 1.0, len(parcels))
    with pytest.warns(RveGeoWarning, match="larger than max_area_ha"):
        result = kansenzones(parcels, min_area_ha=0.1, max_area_ha=0.15, gap_tolerance_m=0.0,
                             small_terrein_min_ha=None)
    check_invariants(parcels, result, lo=0.1, hi=0.15, gap=0.0)
    assert len(result.zones) >= 1


def two_rows_with_a_street(scores_per_row=5, street_m=20.0):
    """Two rows of 1 ha plots (100 x 100 m) facing each other across a street."""
    top = row_of_plots([1.0] * scores_per_row, y=100.0 + street_m)
    bottom = row_of_plots([1.0] * scores_per_row)
    return pd.concat([bottom, top], ignore_index=True)


def test_gross_area_counts_the_street_the_zone_encloses():
    # 10 plots of 1 ha around a 20 m street of 500 m: net 10 ha, gross 10 + 1 = 11 ha
    # (the default gap tolerance of 30 m spans the street; the outside is not counted)
    parcels = two_rows_with_a_street()
    z = kansenzones(parcels, min_area_ha=10.5, max_area_ha=12.0).zones
    assert z["net_area_ha"].tolist() == pytest.approx([10.0])
    assert z["gross_area_ha"].tolist() == pytest.approx([11.0])
    assert z["area_ha"].tolist() == pytest.approx([11.0])
    assert z.attrs["area_basis"] == "gross"
    # on net area the same 10 plots stay below 10.5 ha: no zone
    assert len(kansenzones(parcels, min_area_ha=10.5, max_area_ha=12.0,
                           area_basis="net").zones) == 0


def test_gross_bound_holds_for_a_zone_that_is_part_of_the_plots():
    # 2 x 10 plots with a 20 m street (2 ha of street, 0.1 ha per plot): 9-10 ha gross
    # holds at most 9 plots of 1.1 ha; net bounds 9-10 ha allow 10 plots
    parcels = two_rows_with_a_street(10)
    gross = kansenzones(parcels, min_area_ha=9.0, max_area_ha=10.0).zones
    assert (gross["gross_area_ha"] <= 10.0 + 1e-9).all()
    assert (gross["gross_area_ha"] >= 9.0 - 1e-9).all()
    assert gross["n_parcels"].tolist() == [9, 9]
    assert gross["gross_area_ha"].tolist() == pytest.approx([9.9, 9.9])
    net = kansenzones(parcels, min_area_ha=9.0, max_area_ha=10.0, area_basis="net").zones
    assert net["n_parcels"].tolist() == [10, 10]
    assert net["area_ha"].tolist() == pytest.approx([10.0, 10.0])


def test_streets_wider_than_the_gap_tolerance_are_not_tare():
    parcels = two_rows_with_a_street(street_m=40.0)  # wider than 30 m: two groups
    z = kansenzones(parcels, min_area_ha=4.0, max_area_ha=6.0).zones
    assert z["gross_area_ha"].tolist() == pytest.approx(z["net_area_ha"].tolist())


def test_bad_area_basis_is_refused():
    with pytest.raises(InputError, match="area_basis"):
        kansenzones(row_of_plots([1.0] * 3), area_basis="brutto")


def test_gross_area_pieces_of_a_narrow_detailed_parcel():
    """A parcel narrower than the cut offset but with many vertices is cut, not refused
    (GEOS 'Clipping rectangle must be non-empty' at 100k synthetic parcels)."""
    import numpy as np
    import shapely

    from rve_geo.kansen.zoning import _small_pieces

    x = np.linspace(0.0, 0.01, 40)  # 1 cm wide, 40 vertices along each long side
    ring = np.r_[np.c_[x, np.zeros(40)], np.c_[x[::-1], np.full(40, 50.0)]]
    sliver = shapely.Polygon(ring)
    pieces, owner = _small_pieces(np.array([sliver], dtype=object))
    assert len(pieces) > 1 and (owner == 0).all()
    assert abs(shapely.area(shapely.union_all(pieces)) - sliver.area) < 1e-9


def test_indicator_scores_with_decimal_comma_are_read():
    # "0,8" became NaN before: ageing silently dropped out of the zone's top drivers
    parcels = row_of_plots([0.5] * 10, ind_ageing=["0,8"] * 10, ind_vacancy=[0.2] * 10)
    z = kansenzones(parcels).zones
    assert z["top_drivers"].iloc[0] == "ageing (0.80), vacancy (0.20)"


def test_indicator_score_that_is_text_is_refused():
    # "hoog" became NaN before: the zone's driver means left that parcel out without a word
    parcels = row_of_plots([0.5] * 10, ind_ageing=["0.8"] * 7 + ["hoog"] + ["0.8"] * 2)
    with pytest.raises(InputError, match=r"argument 'parcels', column 'ind_ageing': 1 values "
                                         r"are not numbers \(rows 7, e\.g\. 'hoog'\); give "
                                         r"the indicator score as a number\. Correct them or "
                                         r"leave them empty"):
        kansenzones(parcels)
