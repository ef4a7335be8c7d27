"""Hindercontouren and contour conflicts."""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import Point, box

from rve_geo import contour_conflicts, environmental_contours
from rve_geo.errors import CategoryError, CRSError, InputError, MissingColumnError, RveGeoWarning

REALDATA = Path(__file__).resolve().parent / "data"  # tests/data/PROVENANCE.md
X0, Y0 = 155_000.0, 463_000.0  # inside RD New


def sq(x, y, size=100.0):
    return box(X0 + x, Y0 + y, X0 + x + size, Y0 + y + size)


def frame(geoms, index=None, **cols):
    return gpd.GeoDataFrame(cols, geometry=list(geoms), index=index, crs="EPSG:28992")


def exact_square_buffer(side, d):
    # A + P d + pi d^2 for a convex polygon
    return side * side + 4 * side * d + math.pi * d * d


# --------------------------------------------------------------------------- contours

VNG_RUSTIG = {"1": 10, "2": 30, "3.1": 50, "3.2": 100, "4.1": 200, "4.2": 300, "5.1": 500,
              "5.2": 700, "5.3": 1000, "6": 1500}
VNG_GEMENGD = {"1": 0, "2": 10, "3.1": 30, "3.2": 50, "4.1": 100, "4.2": 200, "5.1": 300,
               "5.2": 500, "5.3": 700, "6": 1000}


@pytest.mark.parametrize("category", list(VNG_RUSTIG))
@pytest.mark.parametrize("omgevingstype", ["rustige_woonwijk", "gemengd_gebied"])
def test_square_contour_area_within_0_1_percent(category, omgevingstype):
    d = (VNG_RUSTIG if omgevingstype == "rustige_woonwijk" else VNG_GEMENGD)[category]
    src = frame([sq(0, 0)], cat=[category])
    out = environmental_contours(src, category_col="cat", omgevingstype=omgevingstype)
    assert out.distance_m.iloc[0] == d
    exact = exact_square_buffer(100, d)
    assert abs(out.area_m2.iloc[0] / exact - 1) < 0.001
    assert out.area_m2.iloc[0] == pytest.approx(out.geometry.area.iloc[0])


def test_circle_contour_area_and_default_segments_matter():
    # A circle of radius 20 (finely approximated) buffered by 1500 m: pi (r + d)^2.
    circle = Point(X0, Y0).buffer(20, quad_segs=256)
    src = frame([circle], cat=["6"])
    exact = math.pi * (20 + 1500) ** 2
    out = environmental_contours(src, category_col="cat")
    assert abs(out.area_m2.iloc[0] / exact - 1) < 0.001
    # A 1 m square buffered by 1500 m is almost all arc: shapely's default of 8 segments
    # per quarter circle misses 1 - (16/pi) sin(pi/16) ~ 0.64 % of it, the default 32 not.
    tiny = frame([sq(0, 0, 1)], cat=["6"])
    exact = exact_square_buffer(1, 1500)
    coarse = environmental_contours(tiny, category_col="cat", quad_segs=8)
    assert 0.005 < 1 - coarse.area_m2.iloc[0] / exact < 0.007
    fine = environmental_contours(tiny, category_col="cat")
    assert 0 < 1 - fine.area_m2.iloc[0] / exact < 0.001


def test_per_source_keeps_index_crs_and_empty_rows():
    src = frame([sq(0, 0), sq(1000, 0), None, sq(3000, 0)], index=["a", "b", "c", "d"],
                cat=["3.1", None, "2", "milieucategorie 4.2"])
    before = src.copy()
    with pytest.warns(RveGeoWarning) as rec:
        out = environmental_contours(src, category_col="cat")
    assert len(rec) == 1  # one aggregated warning
    msg = str(rec[0].message)
    assert "'b'" in msg and "'c'" in msg
    assert list(out.index) == ["a", "b", "c", "d"] and out.crs == src.crs
    assert out.category.tolist() == ["3.1", None, None, "4.2"]
    assert out.distance_m.iloc[0] == 50 and out.distance_m.iloc[3] == 300
    assert out.geometry.isna().tolist() == [False, True, True, False]
    assert np.isnan(out.distance_m.iloc[1]) and np.isnan(out.area_m2.iloc[2])
    pd.testing.assert_frame_equal(src, before)
    # contour contains the source and reaches exactly d from it
    g, s = out.geometry.iloc[3], src.geometry.iloc[3]
    assert g.contains(s)
    assert g.exterior.hausdorff_distance(s.exterior) == pytest.approx(300, abs=0.5)


def test_per_category_dissolves_adjacent_and_separate_sources():
    # Two squares sharing an edge form a 200 x 100 rectangle: A + P d + pi d^2 with
    # A = 20000, P = 600. A third square far away adds its own contour.
    src = frame([sq(0, 0), sq(100, 0), sq(5000, 0), sq(0, 3000)],
                cat=["3.2", "3,2", "cat. 3.2", "2"])
    out = environmental_contours(src, category_col="cat", mode="per_category")
    assert out.category.tolist() == ["2", "3.2"]
    assert out.n_sources.tolist() == [1, 3]
    assert out.distance_m.tolist() == [30, 100]
    expected_32 = (20000 + 600 * 100 + math.pi * 100**2) + exact_square_buffer(100, 100)
    assert out.area_m2.iloc[1] == pytest.approx(expected_32, rel=0.001)
    assert out.area_m2.iloc[0] == pytest.approx(exact_square_buffer(100, 30), rel=0.001)
    assert out.geometry.is_valid.all()


def test_per_category_equals_union_of_single_buffers():
    rng = np.random.default_rng(1)
    xy = rng.uniform(0, 800, (60, 2))
    geoms = [sq(x, y, 25) for x, y in xy]
    cats = rng.choice(["3.1", "4.1"], 60)
    src = frame(geoms, cat=cats)
    out = environmental_contours(src, category_col="cat", mode="per_category")
    for label, d in (("3.1", 50), ("4.1", 200)):
        members = [g for g, c in zip(geoms, cats, strict=True) if c == label]
        reference = shapely.union_all([g.buffer(d, quad_segs=32) for g in members])
        got = out.loc[out.category == label].geometry.iloc[0]
        assert got.is_valid
        assert got.symmetric_difference(reference).area < 1e-6 * reference.area


def test_bands_far_apart_and_nested():
    # far apart: each band is its own square contour
    src = frame([sq(0, 0), sq(5000, 0)], cat=["4.1", "3.1"])
    bands = environmental_contours(src, category_col="cat", mode="bands")
    assert bands.category.tolist() == ["3.1", "4.1"]
    assert bands.area_m2.iloc[0] == pytest.approx(exact_square_buffer(100, 50), rel=0.001)
    assert bands.area_m2.iloc[1] == pytest.approx(exact_square_buffer(100, 200), rel=0.001)
    # nested: a 3.1 source inside the 4.1 contour of the same square adds no band
    src = frame([sq(0, 0), sq(0, 0)], cat=["4.1", "3.1"])
    bands = environmental_contours(src, category_col="cat", mode="bands")
    assert bands.area_m2.iloc[0] == pytest.approx(0, abs=1e-6)
    assert bands.area_m2.iloc[1] == pytest.approx(exact_square_buffer(100, 200), rel=0.001)


def test_bands_partial_overlap_are_disjoint_and_cover_the_union():
    # 4.1 square at 0..100; 3.1 square at 280..380: its 50 m contour starts at x=230,
    # inside the 4.1 contour (x <= 300 on the straight part), so they overlap.
    src = frame([sq(0, 0), sq(280, 0), sq(2000, 0)], cat=["4.1", "3.1", "2"])
    per_source = environmental_contours(src, category_col="cat")
    bands = environmental_contours(src, category_col="cat", mode="bands")
    high = bands.set_index("category").geometry
    # the highest band is the whole 4.1 contour
    assert high["4.1"].symmetric_difference(per_source.geometry.iloc[0]).area < 1e-6
    # the 3.1 band is its contour minus the 4.1 contour
    expected = per_source.geometry.iloc[1].difference(per_source.geometry.iloc[0])
    assert high["3.1"].symmetric_difference(expected).area < 1e-3
    assert 0 < high["3.1"].area < per_source.area_m2.iloc[1]
    # pairwise disjoint, together equal to the union of all contours
    geoms = list(bands.geometry)
    for i in range(len(geoms)):
        for j in range(i + 1, len(geoms)):
            assert geoms[i].intersection(geoms[j]).area < 1e-6
    union = shapely.union_all(list(per_source.geometry))
    assert bands.area_m2.sum() == pytest.approx(union.area, rel=1e-9)


@pytest.mark.parametrize("tiles", [False, True])
def test_bands_match_plain_overlay_with_many_overlaps(tiles, monkeypatch):
    # 80 small sources of five categories in 1 km2: many contours overlap, so band pieces
    # subtract several higher pieces. Compare with the plain definition via shapely.
    if tiles:  # cut every higher contour into 100 m tiles
        import rve_geo.milieu.contours as module

        monkeypatch.setattr(module, "_TILE_M", 100.0)
        monkeypatch.setattr(module, "_TILE_VERTICES", 0)
    rng = np.random.default_rng(3)
    labels = ["2", "3.1", "3.2", "4.1", "4.2"]
    cats = rng.choice(labels, 80)
    geoms = [sq(x, y, 15) for x, y in rng.uniform(0, 1000, (80, 2))]
    src = frame(geoms, cat=cats)
    bands = environmental_contours(src, category_col="cat", mode="bands").set_index("category")
    dist = {"2": 30, "3.1": 50, "3.2": 100, "4.1": 200, "4.2": 300}
    dissolved = {c: shapely.union_all([g.buffer(dist[c], quad_segs=32)
                                       for g, k in zip(geoms, cats, strict=True) if k == c])
                 for c in labels}
    for i, c in enumerate(labels):
        higher = shapely.union_all([dissolved[h] for h in labels[i + 1:]]) \
            if i + 1 < len(labels) else shapely.Polygon()
        expected = dissolved[c].difference(higher)
        got = bands.geometry[c]
        assert got.is_valid
        assert got.symmetric_difference(expected).area < 1e-6 * max(dissolved[c].area, 1)
    total = shapely.union_all(list(dissolved.values())).area
    assert bands.area_m2.sum() == pytest.approx(total, rel=1e-9)


@settings(max_examples=25, deadline=None)
@given(side=st.floats(1, 500), low=st.integers(0, 8), gap=st.integers(1, 9),
       omg=st.sampled_from(["rustige_woonwijk", "gemengd_gebied"]))
def test_contours_monotone_in_category(side, low, gap, omg):
    high = min(low + gap, 9)
    if high == low:
        return
    labels = list(VNG_RUSTIG)
    src = frame([sq(0, 0, side), sq(0, 0, side)], cat=[labels[low], labels[high]])
    out = environmental_contours(src, category_col="cat", omgevingstype=omg)
    small, big = out.geometry.iloc[0], out.geometry.iloc[1]
    assert out.distance_m.iloc[0] < out.distance_m.iloc[1]
    assert out.area_m2.iloc[0] < out.area_m2.iloc[1]
    assert small.difference(big).area < 1e-6


def test_contour_errors():
    src = frame([sq(0, 0), sq(500, 0)], index=[7, 8], cat=["3.1", "categorie 9"])
    with pytest.raises(CategoryError, match=r"'cat'.*categorie 9.*8"):
        environmental_contours(src, category_col="cat")
    with pytest.raises(MissingColumnError, match="milieucat"):
        environmental_contours(src, category_col="milieucat")
    ok = frame([sq(0, 0)], cat=["3.1"])
    with pytest.raises(InputError, match="mode"):
        environmental_contours(ok, category_col="cat", mode="rings")
    with pytest.raises(InputError, match="quad_segs"):
        environmental_contours(ok, category_col="cat", quad_segs=0)
    with pytest.raises(CategoryError, match="omgevingstype"):
        environmental_contours(ok, category_col="cat", omgevingstype="industrie")
    with pytest.raises(CRSError):
        environmental_contours(ok.to_crs(4326), category_col="cat")


def test_contours_with_a_zone_table(tmp_path):
    table = tmp_path / "zones.csv"
    table.write_text("zone,distance_m\nA,20\nB,80\n")
    src = frame([sq(0, 0), sq(1000, 0)], cat=["zone B", "a"])
    out = environmental_contours(src, category_col="cat", distance_table=table)
    assert out.category.tolist() == ["B", "A"] and out.distance_m.tolist() == [80, 20]


# --------------------------------------------------------------------------- conflicts


def test_conflicts_hand_computed_including_exactly_at_the_richtafstand():
    # Source 0..100 x 0..100, category 3.2 -> 100 m (rustige woonwijk).
    src = frame([sq(0, 0)], index=["bedrijf"], cat=["3.2"])
    homes = frame(
        [
            sq(130, 0, 10),  # 30 m east: conflict, shortfall 70
            sq(200, 0, 10),  # exactly 100 m: meets the richtafstand, no conflict
            sq(199.5, 50, 10),  # 99.5 m: conflict, shortfall 0.5
            sq(250, 0, 10),  # 150 m: no conflict
            sq(90, 90, 20),  # overlaps the source: distance 0, shortfall 100
            Point(X0 + 50, Y0 + 160),  # address point 60 m north: conflict, shortfall 40
            sq(170, 170, 10),  # corner: sqrt(70^2 + 70^2) = 98.99 m: conflict
        ],
        index=["w1", "w2", "w3", "w4", "w5", "w6", "w7"],
    )
    out = contour_conflicts(src, homes, category_col="cat")
    assert out.sensitive_id.tolist() == ["w1", "w3", "w5", "w6", "w7"]
    assert set(out.source_id) == {"bedrijf"}
    assert out.category.unique().tolist() == ["3.2"]
    assert out.omgevingstype.unique().tolist() == ["rustige_woonwijk"]
    assert out.required_m.unique().tolist() == [100.0]
    np.testing.assert_allclose(out.distance_m, [30, 99.5, 0, 60, math.hypot(70, 70)], atol=1e-6)
    np.testing.assert_allclose(out.shortfall_m, 100 - out.distance_m)
    assert out.crs == src.crs
    assert out.geometry.iloc[0].equals(homes.geometry["w1"])  # sensitive geometry


def test_conflicts_omgevingstype_precedence():
    # Source category 4.1: 200 m rustig, 100 m gemengd. Homes at 150 m east.
    src = frame([sq(0, 0)], cat=["4.1"])
    homes = frame([sq(250, 0, 10), sq(250, 40, 10), sq(250, 80, 10)], index=[1, 2, 3],
                  typ=["gemengd gebied", None, "rustige woonwijk"])
    # no column, no areas: default rustig -> all conflict
    assert contour_conflicts(src, homes, category_col="cat").sensitive_id.tolist() == [1, 2, 3]
    # default gemengd -> none (150 > 100)
    assert contour_conflicts(src, homes, category_col="cat",
                             omgevingstype="gemengd_gebied").empty
    # column beats default: 1 gemengd (ok), 2 default rustig, 3 rustig
    out = contour_conflicts(src, homes, category_col="cat", omgevingstype_col="typ")
    assert out.sensitive_id.tolist() == [2, 3]
    # areas: a gemengd area over all homes; column still wins for home 3
    areas = frame([sq(200, -50, 200)], omgevingstype=["gemengd_gebied"])
    out = contour_conflicts(src, homes, category_col="cat", omgevingstype_col="typ",
                            omgevingstype_areas=areas)
    assert out.sensitive_id.tolist() == [3]
    assert out.required_m.tolist() == [200.0]
    # overlapping areas: the strictest (rustige woonwijk) wins
    both = frame([sq(200, -50, 200), sq(200, -50, 200)],
                 omgevingstype=["gemengd gebied", "rustige woonwijk"])
    out = contour_conflicts(src, homes, category_col="cat", omgevingstype_areas=both)
    assert out.sensitive_id.tolist() == [1, 2, 3]


def test_gemengd_category_1_never_conflicts():
    src = frame([sq(0, 0)], cat=["1"])
    homes = frame([sq(50, 50, 10), sq(105, 0, 10)])  # overlapping, 5 m away
    assert contour_conflicts(src, homes, category_col="cat",
                             omgevingstype="gemengd_gebied").empty
    rustig = contour_conflicts(src, homes, category_col="cat")
    assert rustig.sensitive_id.tolist() == [0, 1]
    assert rustig.shortfall_m.tolist() == pytest.approx([10, 5])


def test_conflicts_agree_with_contours():
    # A sensitive object conflicts iff it intersects the interior of the contour.
    rng = np.random.default_rng(7)
    src = frame([sq(x, y, 40) for x, y in rng.uniform(0, 600, (12, 2))],
                cat=rng.choice(["2", "3.1", "3.2"], 12))
    homes = frame([Point(X0 + x, Y0 + y) for x, y in rng.uniform(-150, 750, (400, 2))])
    conflicts = contour_conflicts(src, homes, category_col="cat")
    contours = environmental_contours(src, category_col="cat", quad_segs=64)
    pairs = set(zip(conflicts.source_id, conflicts.sensitive_id, strict=True))
    for i, contour in contours.geometry.items():
        inside = set(np.flatnonzero(homes.geometry.within(contour)))
        near_edge = set(np.flatnonzero(homes.geometry.distance(contour.exterior) < 0.1))
        got = {t for s, t in pairs if s == i}
        assert inside - near_edge <= got <= inside | near_edge


def test_conflicts_empty_and_skipped_rows():
    src = frame([sq(0, 0), sq(0, 0)], index=["a", "b"], cat=["3.1", None])
    homes = frame([sq(500, 500, 10), None])
    with pytest.warns(RveGeoWarning) as rec:
        out = contour_conflicts(src, homes, category_col="cat")
    assert len(rec) == 1 and "'b'" in str(rec[0].message)
    assert out.empty
    assert list(out.columns) == ["source_id", "sensitive_id", "category", "omgevingstype",
                                 "distance_m", "required_m", "shortfall_m", "geometry"]
    assert out.crs == src.crs


def test_conflict_errors():
    src = frame([sq(0, 0)], cat=["3.1"])
    homes = frame([sq(120, 0, 10)], typ=["industrieterrein"])
    with pytest.raises(CategoryError, match=r"industrieterrein.*row 0"):
        contour_conflicts(src, homes, category_col="cat", omgevingstype_col="typ")
    with pytest.raises(CRSError, match="different CRSs"):
        contour_conflicts(src, homes.to_crs(32631), category_col="cat")
    with pytest.raises(MissingColumnError):
        contour_conflicts(src, homes, category_col="cat", omgevingstype_areas=frame([sq(0, 0)]))
    lines = gpd.GeoDataFrame(geometry=[shapely.LineString([(X0, Y0), (X0 + 1, Y0)])],
                             crs="EPSG:28992")
    with pytest.raises(InputError, match="lines|polygons"):
        contour_conflicts(src, lines, category_col="cat")


@pytest.mark.realdata
def test_doesburg_conflicts_match_brute_force():
    panden = gpd.read_file(REALDATA / "doesburg_bag_pand_2020_parks.gpkg", layer="pand")
    panden = panden.set_index("identificatie")
    area = panden.geometry.area
    big = area > 1500  # the large halls of the business parks
    assert big.sum() >= 20
    sources = panden.loc[big, ["geometry"]].copy()
    # Categories by hall size, written as plans do.
    sources["milieucategorie"] = np.where(area[big] > 5000, "bedrijf tot en met categorie 4.1",
                                          "cat. 3.2")
    sensitive = panden.loc[area < 300, ["geometry"]].copy()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        out = contour_conflicts(sources, sensitive, category_col="milieucategorie")
    assert len(out) > 100

    # independent brute force: every source against every sensitive object
    required = np.where(area[big] > 5000, 200.0, 100.0)
    sens_geoms = np.asarray(sensitive.geometry.array)
    expected = {}
    for sid, geom, req in zip(sources.index, sources.geometry, required, strict=True):
        dist = shapely.distance(geom, sens_geoms)
        for j in np.flatnonzero(dist < req):
            expected[(sid, sensitive.index[j])] = (dist[j], req)
    got = {(s, t): (d, r) for s, t, d, r in
           zip(out.source_id, out.sensitive_id, out.distance_m, out.required_m, strict=True)}
    assert set(got) == set(expected)
    for key, (d, r) in expected.items():
        assert got[key][0] == pytest.approx(d, abs=1e-6)
        assert got[key][1] == r


def test_conflicts_with_aspect_table_gevaar_not_stepped(tmp_path):
    # 4.1 with geur 200 m and gevaar 100 m. Gemengd gebied: geur one step lower (100 m),
    # gevaar stays 100 m -> 100 m. A second source 3.2 whose gevaar (100 m) exceeds geur
    # (50 m): in gemengd gebied geur -> 30 m, gevaar stays 100 m -> still 100 m.
    table = tmp_path / "aspects.csv"
    table.write_text("category,geur_m,gevaar_m\n3.2,50,100\n4.1,200,100\n")
    src = frame([sq(0, 0), sq(5000, 0)], index=["a", "b"], cat=["4.1", "3.2"])
    # homes 80 m east of each source, in gemengd gebied
    homes = frame([sq(180, 0, 10), sq(5180, 0, 10)], index=["wa", "wb"])
    out = contour_conflicts(src, homes, category_col="cat", omgevingstype="gemengd_gebied",
                            distance_table=table)
    assert list(zip(out.source_id, out.sensitive_id, strict=True)) == [("a", "wa"), ("b", "wb")]
    assert out.required_m.tolist() == [100.0, 100.0]
    assert out.shortfall_m.tolist() == pytest.approx([20, 20])
    # with the VNG 2009 table 3.2 in gemengd gebied needs only 50 m: no conflict for b
    vng = contour_conflicts(src, homes, category_col="cat", omgevingstype="gemengd_gebied")
    assert vng.sensitive_id.tolist() == ["wa"]
