"""max_allowed_category and allowed_category_zones on hand-made geometry."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import Polygon, box

from rve_geo.errors import (
    CategoryError,
    CRSError,
    GeometryError,
    MissingColumnError,
    RveGeoWarning,
)
from rve_geo.milieu.categories import CATEGORIES
from rve_geo.milieu.milieuruimte import allowed_category_zones, max_allowed_category

CRS = "EPSG:28992"
# hand-made geometry sits near the origin, outside the RD New extent: that note is expected
pytestmark = pytest.mark.filterwarnings("ignore:.*outside the RD New extent")
# VNG 2009 richtafstanden (DOMAIN.md section 2), written out independently of the code.
RUSTIG = [10, 30, 50, 100, 200, 300, 500, 700, 1000, 1500]
GEMENGD = [0, 10, 30, 50, 100, 200, 300, 500, 700, 1000]


def frame(geoms, **cols):
    return gpd.GeoDataFrame(cols, geometry=list(geoms), crs=CRS)


@pytest.fixture
def house():
    return frame([box(0, 0, 10, 10)], id=["w1"]).set_index("id")


@pytest.fixture
def two_parcels():
    # 75 m and 250 m east of the house (boundary to boundary)
    return frame([box(85, 0, 135, 50), box(260, 0, 310, 50)], kavel=["a", "b"])


def test_known_categories_rustige_woonwijk(two_parcels, house):
    out = max_allowed_category(two_parcels, house)
    # 75 m: 3.1 needs 50, 3.2 needs 100 -> 3.1, headroom 75 - 50 = 25
    # 250 m: 4.1 needs 200, 4.2 needs 300 -> 4.1, headroom 250 - 200 = 50
    assert out["max_category"].tolist() == ["3.1", "4.1"]
    assert out["max_category_rank"].tolist() == [2, 4]
    assert out["nearest_sensitive_m"].tolist() == pytest.approx([75, 250])
    assert out["headroom_m"].tolist() == pytest.approx([25, 50])
    assert out["binding_sensitive_id"].tolist() == ["w1", "w1"]
    assert out["binding_omgevingstype"].tolist() == ["rustige_woonwijk"] * 2


def test_known_categories_gemengd_gebied(two_parcels, house):
    out = max_allowed_category(two_parcels, house, omgevingstype="gemengd gebied")
    # gemengd: 3.2 needs 50 (4.1 needs 100) -> 3.2 at 75 m, headroom 25;
    # 4.2 needs 200 (5.1 needs 300) -> 4.2 at 250 m, headroom 50
    assert out["max_category"].tolist() == ["3.2", "4.2"]
    assert out["headroom_m"].tolist() == pytest.approx([25, 50])


def test_result_is_copy_with_same_index_and_crs(two_parcels, house):
    before = two_parcels.copy()
    out = max_allowed_category(two_parcels, house)
    assert list(out.index) == list(two_parcels.index)
    assert out.crs == two_parcels.crs
    assert out["kavel"].tolist() == ["a", "b"]
    assert list(two_parcels.columns) == list(before.columns)  # input not mutated


def _mixed_case():
    parcel = frame([box(0, 0, 20, 20)])
    # h1 (rustige woonwijk) 45 m east: 2 fits (30), 3.1 needs 50 -> allows "2"
    # h2 (gemengd gebied) 40 m north, the nearer one: 3.1 fits (30) -> allows "3.1"
    sens = frame([box(65, 0, 75, 10), box(0, 60, 10, 70)], id=["h1", "h2"],
                 type=["rustige woonwijk", "gemengd gebied"]).set_index("id")
    return parcel, sens


def test_binding_object_is_not_the_nearest():
    parcel, sens = _mixed_case()
    out = max_allowed_category(parcel, sens, omgevingstype_col="type")
    row = out.iloc[0]
    assert row["max_category"] == "2"
    assert row["binding_sensitive_id"] == "h1"
    assert row["binding_omgevingstype"] == "rustige_woonwijk"
    assert row["nearest_sensitive_m"] == pytest.approx(40)
    # headroom = min(45 - 30 (h1 at "2"), 40 - 10 (h2 at "2" gemengd)) = 15
    assert row["headroom_m"] == pytest.approx(15)


def test_omgevingstype_from_area_polygons_matches_column():
    parcel, sens = _mixed_case()
    areas = frame([box(-5, 55, 15, 75)], omgevingstype=["gemengd gebied"])
    by_area = max_allowed_category(parcel, sens.drop(columns="type"),
                                   omgevingstype_areas=areas)
    by_col = max_allowed_category(parcel, sens, omgevingstype_col="type")
    cols = ["max_category", "headroom_m", "binding_sensitive_id"]
    assert by_area[cols].values.tolist() == by_col[cols].values.tolist()
    # without any gemengd information both are rustige: h2 at 40 m -> "2", headroom 10
    plain = max_allowed_category(parcel, sens.drop(columns="type"))
    assert plain.iloc[0]["binding_sensitive_id"] == "h2"
    assert plain.iloc[0]["headroom_m"] == pytest.approx(10)


def test_missing_column_value_falls_back_to_default():
    parcel, sens = _mixed_case()
    sens = sens.copy()
    sens["type"] = [None, "gemengd gebied"]
    out = max_allowed_category(parcel, sens, omgevingstype_col="type")
    assert out.iloc[0]["max_category"] == "2"  # h1 falls back to rustige woonwijk


def test_touching_and_exact_distances(house):
    parcels = frame([box(10, 0, 30, 10),      # touches the house: 0 m
                     box(60, 0, 70, 10),      # exactly 50 m: 3.1 fits, headroom 0
                     box(2010, 0, 2020, 10)])  # 2000 m: beyond 1500, top category
    out = max_allowed_category(parcels, house)
    assert out["max_category"].tolist() == [None, "3.1", "6"]
    assert out["max_category_rank"].tolist() == [-1, 2, 9]
    assert math.isnan(out["headroom_m"].iloc[0])
    assert out["headroom_m"].iloc[1] == pytest.approx(0)
    assert out["nearest_sensitive_m"].iloc[2] == pytest.approx(2000)  # measured exactly
    assert out["headroom_m"].iloc[2] == pytest.approx(500)
    gem = max_allowed_category(parcels, house, omgevingstype="gemengd_gebied")
    assert gem["max_category"].iloc[0] == "1"  # category 1 needs 0 m in gemengd gebied


def test_no_sensitive_objects_gives_top_category(two_parcels):
    empty = frame([], id=[])
    out = max_allowed_category(two_parcels, empty)
    assert out["max_category"].tolist() == ["6", "6"]
    assert np.isinf(out["headroom_m"]).all() and np.isinf(out["nearest_sensitive_m"]).all()
    assert out["binding_sensitive_id"].isna().all()


def test_matches_brute_force_over_all_pairs():
    rng = np.random.default_rng(7)
    n, m = 40, 60
    xs, ys = rng.uniform(0, 3000, n), rng.uniform(0, 3000, n)
    parcels = frame(shapely.box(xs, ys, xs + rng.uniform(5, 80, n), ys + 30))
    sx, sy = rng.uniform(0, 3000, m), rng.uniform(0, 3000, m)
    kinds = rng.choice(["rustige_woonwijk", "gemengd_gebied"], m)
    sens = frame(shapely.box(sx, sy, sx + 12, sy + 9), kind=kinds)
    out = max_allowed_category(parcels, sens, omgevingstype_col="kind")
    for i, p in enumerate(parcels.geometry):
        best_rank, best_slack = 9, math.inf
        per_obj = []
        for s, k in zip(sens.geometry, kinds, strict=True):
            d = p.distance(s)
            req = RUSTIG if k == "rustige_woonwijk" else GEMENGD
            fits = [r for r in range(10) if req[r] <= d + 1e-9]
            per_obj.append((d, req, max(fits) if fits else -1))
        best_rank = min(r for _, _, r in per_obj)
        if best_rank >= 0:
            best_slack = min(d - req[best_rank] for d, req, _ in per_obj)
            assert out["headroom_m"].iloc[i] == pytest.approx(best_slack)
        assert out["max_category_rank"].iloc[i] == best_rank
        assert out["nearest_sensitive_m"].iloc[i] == pytest.approx(min(d for d, _, _ in per_obj))


def test_point_sensitive_objects(two_parcels):
    # a point 10 m right of the origin: parcels at 75 m and 250 m again
    points = frame([shapely.Point(10, 5), None], id=["vbo1", "vbo2"]).set_index("id")
    with pytest.warns(RveGeoWarning, match="without geometry"):
        out = max_allowed_category(two_parcels, points)
    assert out["max_category"].tolist() == ["3.1", "4.1"]
    assert out["binding_sensitive_id"].tolist() == ["vbo1", "vbo1"]
    lines = frame([shapely.LineString([(0, 0), (1, 1)])])
    with pytest.raises(GeometryError):
        max_allowed_category(two_parcels, lines)


def test_unknown_omgevingstype_names_row():
    parcel, sens = _mixed_case()
    sens = sens.copy()
    sens["type"] = ["industrie", "gemengd gebied"]
    with pytest.raises(CategoryError, match="industrie.*'h1'"):
        max_allowed_category(parcel, sens, omgevingstype_col="type")


def test_errors_for_crs_and_columns(two_parcels, house):
    with pytest.raises(CRSError):
        max_allowed_category(two_parcels, house.to_crs("EPSG:3857"))
    with pytest.raises(MissingColumnError):
        max_allowed_category(two_parcels, house, omgevingstype_col="nope")


def test_empty_parcel_geometry_is_reported(house):
    parcels = frame([box(85, 0, 135, 50), None])
    with pytest.warns(RveGeoWarning, match="without geometry"):
        out = max_allowed_category(parcels, house)
    assert out["max_category"].tolist() == ["3.1", None]


# --------------------------------------------------------------------------- zoning map
def test_band_areas_on_a_strip(house):
    terrein = frame([box(60, 0, 160, 10)], naam=["T"])
    bands = allowed_category_zones(terrein, house)
    # the strip is level with the house, so distance = x - 10:
    # 3.1 for 50..100 m (x 60..110), 3.2 for 100..200 m (x 110..160): 500 m2 each
    assert bands["max_category"].tolist() == ["3.1", "3.2"]
    assert bands["area_m2"].tolist() == pytest.approx([500, 500])
    assert bands["zone_id"].tolist() == [0, 0]
    assert bands.crs == terrein.crs


def test_band_area_of_a_disc_around_a_point_like_house():
    # a 0.01 m house in the centre of a 600 m square: the "none" band (d < 10 m) is a disc
    # of radius 10 m, area pi * 10^2 = 314.16 (buffer polygon within 0.1 %)
    sens = frame([box(0, 0, 0.01, 0.01)])
    terrein = frame([box(-300, -300, 300, 300)])
    bands = allowed_category_zones(terrein, sens).set_index("max_category_rank")
    assert bands.loc[-1, "area_m2"] == pytest.approx(math.pi * 10**2, rel=1e-3)
    # band "2" (rank 1) = ring 30..50 m; band "3.1" (rank 2) = ring 50..100 m
    assert bands.loc[2, "area_m2"] == pytest.approx(math.pi * (100**2 - 50**2), rel=1e-3)
    assert bands.loc[1, "area_m2"] == pytest.approx(math.pi * (50**2 - 30**2), rel=1e-3)
    assert bands["area_m2"].sum() == pytest.approx(600 * 600)


def test_bands_partition_each_zone_and_agree_with_parcels():
    rng = np.random.default_rng(3)
    sx, sy = rng.uniform(0, 800, 12), rng.uniform(0, 800, 12)
    kinds = rng.choice(["rustige woonwijk", "gemengd gebied"], 12)
    sens = frame(shapely.box(sx, sy, sx + 10, sy + 8), kind=kinds)
    zones = frame([box(100, 100, 500, 400), Polygon([(450, 450), (900, 500), (600, 900)])],
                  naam=["A", "B"])
    bands = allowed_category_zones(zones, sens, omgevingstype_col="kind")
    for zid, zone in zip(zones.index, zones.geometry, strict=True):
        mine = bands[bands["zone_id"] == zid]
        assert mine["area_m2"].sum() == pytest.approx(zone.area, rel=1e-9)
        assert shapely.union_all(mine.geometry.values).area == pytest.approx(zone.area,
                                                                            rel=1e-9)
        assert mine["max_category_rank"].is_unique
    # sample points on a grid: the band containing a point has the category a tiny parcel
    # there gets (points within 1 m of a band edge are skipped: buffer polygon tolerance)
    gx, gy = np.meshgrid(np.arange(105, 900, 23.0), np.arange(105, 900, 23.0))
    pts = shapely.points(gx.ravel(), gy.ravel())
    tree = shapely.STRtree(bands.geometry.values)
    p_idx, b_idx = tree.query(pts, predicate="within")
    edges = shapely.boundary(bands.geometry.values[b_idx])
    clear = shapely.distance(pts[p_idx], edges) > 1.0
    p_idx, b_idx = p_idx[clear], b_idx[clear]
    assert len(p_idx) > 100
    tiny = frame(shapely.buffer(pts[p_idx], 0.001, quad_segs=1))
    got = max_allowed_category(tiny, sens, omgevingstype_col="kind")
    expected = bands["max_category_rank"].to_numpy()[b_idx]
    assert got["max_category_rank"].tolist() == expected.tolist()
    assert set(got["max_category_rank"]) >= {-1, 0, 1}  # several bands were sampled


def test_band_labels_follow_rank(house):
    bands = allowed_category_zones(frame([box(-50, -50, 1800, 60)]), house)
    labels = [CATEGORIES[r] if r >= 0 else None for r in bands["max_category_rank"]]
    assert bands["max_category"].tolist() == labels
    assert bands["max_category_rank"].tolist() == list(range(-1, 10))


def test_user_zone_table(tmp_path, house):
    # a zone table (Omgevingswet style): A 20 m, B 60 m, C 150 m in a rustige woonwijk
    table = tmp_path / "zones.csv"
    table.write_text("zone,omgevingstype,distance_m\n"
                     "A,rustige_woonwijk,20\nB,rustige_woonwijk,60\nC,rustige_woonwijk,150\n"
                     "A,gemengd_gebied,10\nB,gemengd_gebied,30\nC,gemengd_gebied,100\n")
    parcels = frame([box(25, 0, 30, 5), box(85, 0, 90, 5), box(210, 0, 215, 5)])
    out = max_allowed_category(parcels, house, distance_table=table)
    # 15 m -> nothing fits (A needs 20); 75 m -> B (60), headroom 15; 200 m -> C, headroom 50
    assert out["max_category"].tolist() == [None, "B", "C"]
    assert out["headroom_m"].tolist()[1:] == pytest.approx([15, 50])
    bands = allowed_category_zones(frame([box(10, 0, 210, 10)]), house, distance_table=table)
    # strip level with the house: none 10..30, A 30..70, B 70..160, C 160..210 (x), 10 m high
    assert bands["max_category"].tolist() == [None, "A", "B", "C"]
    assert bands["area_m2"].tolist() == pytest.approx([200, 400, 900, 500])


@settings(max_examples=25, deadline=None)
@given(near=st.floats(0, 1600), extra=st.floats(0, 800),
       kind=st.sampled_from(["rustige_woonwijk", "gemengd_gebied"]))
def test_farther_never_allows_less_and_headroom_is_consistent(near, extra, kind):
    house = frame([box(0, 0, 10, 10)])
    parcels = frame([box(10 + near, 0, 30 + near, 20),
                     box(10 + near + extra, 0, 30 + near + extra, 20)])
    out = max_allowed_category(parcels, house, omgevingstype=kind)
    ranks = out["max_category_rank"].tolist()
    assert ranks[1] >= ranks[0]  # moving away never lowers the category
    table = RUSTIG if kind == "rustige_woonwijk" else GEMENGD
    assert out["nearest_sensitive_m"].tolist() == pytest.approx([near, near + extra])
    for rank, d, head in zip(ranks, out["nearest_sensitive_m"], out["headroom_m"],
                             strict=True):
        if rank >= 0:
            assert head == pytest.approx(d - table[rank]) and head >= -1e-6
            if rank < 9:
                assert d < table[rank + 1] + 1e-6  # the next category does not fit
        else:
            assert d < table[0]
