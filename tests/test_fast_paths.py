"""The fast paths of density, conflicts and maximum category give the plain answers.

- The validation memo: a geometry array is checked once per process; a later operation on the
  same geometry objects reuses the outcome (same repairs, same notes), and a changed geometry
  is checked again.
- ``density_measures``, ``contour_conflicts`` and ``max_allowed_category`` give the same
  result on frames met before (memo) as on new ones, and the same as straightforward
  references written here (every bounding-box pair intersected; every pair's distance;
  every object's distance), on the Doesburg sample data and on a generated region; also
  when their work is cut into many small chunks on two threads.
- The floor-area model as arrays (read beside the matching on its own thread) gives the
  columns ``building_floor_area`` writes.
- A deliberately broken whole-building test (any overlap counts the building whole) fails
  the reference comparison, so that comparison can see a wrong shortcut.
"""

from __future__ import annotations

import gc
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import Polygon, box

import rve_geo
from rve_geo import _validate
from rve_geo.density import pieces as pieces_module
from rve_geo.density.floor_area import building_floor_area
from rve_geo.density.precomputed import floor_area_arrays, floor_area_started
from rve_geo.errors import GeometryError, InputError
from rve_geo.milieu import contours as contours_module
from rve_geo.milieu.categories import OMGEVINGSTYPES
from rve_geo.milieu.distance_tables import TOLERANCE_M, load_distance_table
from rve_geo.scale.synthetic import generate_region

from .conftest import SAMPLE

X, Y = 155_000.0, 463_000.0
BOWTIE = Polygon([(X, Y), (X + 2, Y + 2), (X + 2, Y), (X, Y + 2)])


@pytest.fixture(autouse=True)
def fresh_memo():
    _validate.clear_validation_memo()
    yield
    _validate.clear_validation_memo()


@pytest.fixture
def count_checks(monkeypatch):
    """Count the real (not remembered) polygon checks and overlap searches."""
    calls = {"polygons": 0, "overlaps": 0}
    check, find = _validate._check_polygons, _validate._find_overlaps

    def counted_check(*args, **kwargs):
        calls["polygons"] += 1
        return check(*args, **kwargs)

    def counted_find(*args, **kwargs):
        calls["overlaps"] += 1
        return find(*args, **kwargs)

    monkeypatch.setattr(_validate, "_check_polygons", counted_check)
    monkeypatch.setattr(_validate, "_find_overlaps", counted_find)
    return calls


def _frame(geoms, **columns):
    return gpd.GeoDataFrame(columns, geometry=list(geoms), crs="EPSG:28992")


# --------------------------------------------------------------------------- memo
def test_a_copy_reuses_the_check_and_repeats_its_notes(count_checks):
    frame = _frame([box(X, Y, X + 1, Y + 1), BOWTIE, None], kavel=["a", "b", "c"])
    first_issues, again_issues = _validate.Issues("x"), _validate.Issues("x")
    first = _validate.prepare_polygons(frame, "parcels", first_issues)
    again = _validate.prepare_polygons(frame.copy().set_index("kavel"), "parcels",
                                       again_issues)
    assert count_checks["polygons"] == 1
    assert first.usable.tolist() == again.usable.tolist() == [True, True, False]
    assert first.repaired.tolist() == again.repaired.tolist() == [False, True, False]
    assert shapely.equals(first.geometry[1], again.geometry[1])
    assert shapely.area(again.geometry[1]) == pytest.approx(2.0)  # two triangles of 1 m2
    # the same notes, with the row labels of the frame given
    assert first_issues.messages == [
        "parcels: 1 rows without geometry were skipped (their results are empty) (rows 2)",
        "parcels: 1 invalid polygons repaired with make_valid (rows 1)"]
    assert again_issues.messages == [
        "parcels: 1 rows without geometry were skipped (their results are empty) (rows 'c')",
        "parcels: 1 invalid polygons repaired with make_valid (rows 'b')"]


def test_the_remembered_result_cannot_be_changed_by_a_caller(count_checks):
    frame = _frame([box(X, Y, X + 1, Y + 1), BOWTIE])
    first = _validate.prepare_polygons(frame, "parcels", _validate.Issues("x"))
    first.geometry[0] = None
    first.usable[0] = False
    again = _validate.prepare_polygons(frame, "parcels", _validate.Issues("x"))
    assert count_checks["polygons"] == 1
    assert again.usable.tolist() == [True, True]
    assert shapely.equals(again.geometry[0], box(X, Y, X + 1, Y + 1))


def test_a_changed_geometry_is_checked_again(count_checks):
    frame = _frame([box(X, Y, X + 1, Y + 1), box(X + 5, Y, X + 6, Y + 1)])
    assert not _validate.prepare_polygons(frame, "p", _validate.Issues("x")).repaired.any()
    changed = frame.copy()
    changed.loc[1, "geometry"] = BOWTIE
    issues = _validate.Issues("x")
    out = _validate.prepare_polygons(changed, "p", issues)
    assert count_checks["polygons"] == 2
    assert out.repaired.tolist() == [False, True]
    assert issues.messages == ["p: 1 invalid polygons repaired with make_valid (rows 1)"]


def test_the_memo_forgets_a_frame_that_is_gone():
    frame = _frame([box(X, Y, X + 1, Y + 1)])
    _validate.prepare_polygons(frame, "p", _validate.Issues("x"))
    assert _validate.validation_memo_size() == 1
    del frame
    gc.collect()
    assert _validate.validation_memo_size() == 0


def test_a_copy_that_takes_a_frames_place_keeps_its_checks(count_checks):
    frame = _frame([box(X, Y, X + 1, Y + 1), BOWTIE])
    first = _validate.prepare_polygons(frame, "p", _validate.Issues("x"))
    _validate.check_overlaps(first.geometry, frame.index, "p")
    heir = frame.assign(fsi=1.0)
    other = frame.assign(fsi=2.0)  # not declared the heir
    # both entries: the geometry as given and as repaired
    assert _validate.keep_checks_with(frame, heir) == 2
    del frame
    gc.collect()
    issues = _validate.Issues("x")
    again = _validate.prepare_polygons(heir, "p", issues)
    _validate.check_overlaps(again.geometry, heir.index, "p")
    assert count_checks == {"polygons": 1, "overlaps": 1}
    assert again.repaired.tolist() == [False, True]
    assert issues.messages == ["p: 1 invalid polygons repaired with make_valid (rows 1)"]
    del heir
    gc.collect()
    assert _validate.validation_memo_size() == 0  # the other copy keeps nothing alive
    _validate.prepare_polygons(other, "p", _validate.Issues("x"))
    assert count_checks["polygons"] == 2


def test_arrays_that_differ_where_the_key_does_not_sample_keep_their_own_entries():
    geoms = np.array([box(X + i, Y, X + i + 0.5, Y + 0.5) for i in range(640)], dtype=object)
    repaired = geoms.copy()
    repaired[1] = box(X + 1, Y, X + 1.5, Y + 0.5)  # a new object where no id is sampled
    owner = _frame(list(geoms))
    _validate._MEMO.remember(geoms, owner, "first", 1)
    _validate._MEMO.remember(repaired, owner, "second", 2)
    assert _validate._MEMO.facts(geoms) == {"first": 1}
    assert _validate._MEMO.facts(repaired) == {"second": 2}


def test_missing_rows_are_still_refused_when_remembered(count_checks):
    frame = _frame([box(X, Y, X + 1, Y + 1), None])
    _validate.prepare_polygons(frame, "zones", _validate.Issues("x"))
    with pytest.raises(GeometryError, match=r"'zones' has 1 rows without geometry \(rows 1\)"):
        _validate.prepare_polygons(frame, "zones", _validate.Issues("x"),
                                   allow_empty_rows=False)
    assert count_checks["polygons"] == 1


def test_refused_geometry_is_refused_every_time(count_checks):
    frame = _frame([box(X, Y, X + 1, Y + 1), shapely.Point(X, Y)])
    for _ in range(2):
        with pytest.raises(GeometryError, match="rows 1 are Point"):
            _validate.prepare_polygons(frame, "parcels", _validate.Issues("x"))
    assert count_checks["polygons"] == 2


def test_overlap_check_runs_once_for_clean_parcels(count_checks):
    parcels = _frame([box(X, Y, X + 10, Y + 10), box(X + 10, Y, X + 20, Y + 10)])
    buildings = _frame([box(X + 8, Y + 2, X + 12, Y + 4)], bouwlagen=[2])
    first = rve_geo.density_measures(parcels, buildings)
    again = rve_geo.density_measures(parcels, buildings)
    assert count_checks["overlaps"] == 1
    pd.testing.assert_frame_equal(first, again)
    assert first["floor_area_m2"].tolist() == [8.0, 8.0]


def test_overlapping_parcels_are_refused_every_time(count_checks):
    # two parcels sharing 10 x 5 m: more than 1 m2, refused; the touching third is fine
    parcels = _frame([box(X, Y, X + 10, Y + 10), box(X, Y + 5, X + 10, Y + 15),
                      box(X + 10, Y, X + 20, Y + 10)])
    buildings = _frame([box(X + 2, Y + 2, X + 4, Y + 4)], bouwlagen=[1])
    for _ in range(2):
        with pytest.raises(InputError, match=r"1 pairs of overlapping polygons \(rows 0 and "
                                             r"1 \(50 m2\)\)"):
            rve_geo.density_measures(parcels, buildings)
    assert count_checks["overlaps"] == 2


def test_parcels_touching_along_an_edge_are_not_overlaps():
    grid = [box(X + i * 10, Y + j * 10, X + i * 10 + 10, Y + j * 10 + 10)
            for i in range(4) for j in range(4)]
    _validate.check_overlaps(np.array(grid, dtype=object), pd.RangeIndex(16), "parcels")
    with pytest.raises(InputError, match="rows 0 and 16"):
        _validate.check_overlaps(np.array([*grid, grid[0]], dtype=object),
                                 pd.RangeIndex(17), "parcels")


# --------------------------------------------------------------------------- data
@pytest.fixture(scope="module")
def sample():
    return {layer: gpd.read_file(SAMPLE, layer=layer)
            for layer in ("parcels", "buildings", "homes")}


@pytest.fixture(scope="module")
def region():
    return generate_region(300, seed=5)


@pytest.fixture(params=["sample", "region"])
def layers(request, sample, region):
    return sample if request.param == "sample" else region


def _quiet(func, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return func(*args, **kwargs)


# --------------------------------------------------------------------------- density
def _reference_footprints(parcels, buildings):
    """Every bounding-box pair intersected, no shortcut: footprint and floor area."""
    b = _quiet(rve_geo.building_floor_area, buildings)
    keep = ~b["excluded"].to_numpy()
    bg = np.asarray(b.geometry.array, dtype=object)[keep]
    pg = np.asarray(parcels.geometry.array, dtype=object)
    bi, pi = shapely.STRtree(pg).query(bg)
    piece = shapely.area(shapely.intersection(pg[pi], bg[bi]))
    share = piece / b["footprint_m2"].to_numpy()[keep][bi]
    n = len(parcels)
    return (np.bincount(pi, weights=piece, minlength=n),
            np.bincount(pi, weights=share * b["floor_area_m2"].to_numpy()[keep][bi],
                        minlength=n),
            np.bincount(pi[piece > 0], minlength=n))


def test_density_equals_the_plain_intersection(layers):
    parcels, buildings = layers["parcels"], layers["buildings"]
    new = _quiet(rve_geo.density_measures, parcels, buildings)
    again = _quiet(rve_geo.density_measures, parcels, buildings)  # validated before: memo
    pd.testing.assert_frame_equal(new, again)
    footprint, floor, count = _reference_footprints(parcels, buildings)
    assert count.sum() > 50  # the comparison has substance
    np.testing.assert_allclose(new["footprint_m2"], footprint, rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(new["floor_area_m2"], floor, rtol=1e-9, atol=1e-6)
    assert new["n_buildings"].tolist() == count.tolist()


def test_density_of_buildings_across_parcel_lines_equals_the_plain_intersection(region):
    # buildings moved by half a parcel: many now cross parcel lines or stick out
    parcels, buildings = region["parcels"], region["buildings"].copy()
    buildings["geometry"] = buildings.geometry.translate(17.0, 9.0)
    new = _quiet(rve_geo.density_measures, parcels, buildings)
    footprint, floor, count = _reference_footprints(parcels, buildings)
    assert (count > 1).sum() > 20
    np.testing.assert_allclose(new["footprint_m2"], footprint, rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(new["floor_area_m2"], floor, rtol=1e-9, atol=1e-6)
    assert new["n_buildings"].tolist() == count.tolist()


# --------------------------------------------------------------------------- conflicts
def _type_codes(homes):
    text = homes["omgevingstype"].astype(str).str.strip().str.lower().str.replace(" ", "_")
    return np.where(text == "gemengd_gebied", 1, 0)


def test_conflicts_equal_every_pair_measured(layers):
    sources, homes = layers["parcels"], layers["homes"]
    kwargs = dict(category_col="milieucategorie", omgevingstype_col="omgevingstype")
    new = _quiet(rve_geo.contour_conflicts, sources, homes, **kwargs)
    again = _quiet(rve_geo.contour_conflicts, sources, homes, **kwargs)
    pd.testing.assert_frame_equal(new, again)
    table = load_distance_table()
    ranks = table.ranks(sources["milieucategorie"], argument="s", column="milieucategorie")
    codes = _type_codes(homes)
    sg = np.asarray(sources.geometry.array, dtype=object)
    hg = np.asarray(homes.geometry.array, dtype=object)
    # every pair within the largest richtafstand, measured exactly
    s, t = shapely.STRtree(hg).query(sg, predicate="dwithin",
                                     distance=float(np.nanmax(table.distances)))
    s, t = s[ranks[s] >= 0], t[ranks[s] >= 0]  # sources without a category: none
    d = shapely.distance(sg[s], hg[t])
    req = table.distances[ranks[s], codes[t]]
    hit = d < req - TOLERANCE_M
    ref = pd.DataFrame({"source_id": sources.index[s[hit]], "sensitive_id": homes.index[t[hit]],
                        "distance_m": d[hit], "required_m": req[hit]}).sort_values(
        ["source_id", "sensitive_id"], ignore_index=True)
    assert len(ref) > 50
    pd.testing.assert_frame_equal(
        new[["source_id", "sensitive_id", "distance_m", "required_m"]], ref,
        check_dtype=False)
    assert new["category"].tolist() == list(table.label_of(ranks[s[hit]][
        np.lexsort((t[hit], s[hit]))]))


# --------------------------------------------------------------------------- max category
def test_max_category_equals_every_object_measured(layers):
    parcels, homes = layers["parcels"], layers["homes"]
    new = _quiet(rve_geo.max_allowed_category, parcels, homes, omgevingstype_col="omgevingstype")
    again = _quiet(rve_geo.max_allowed_category, parcels, homes,
                   omgevingstype_col="omgevingstype")
    pd.testing.assert_frame_equal(new, again)
    table = load_distance_table()
    codes = _type_codes(homes)
    pg = np.asarray(parcels.geometry.array, dtype=object)
    hg = np.asarray(homes.geometry.array, dtype=object)
    dist = np.full((len(OMGEVINGSTYPES), len(parcels)), np.inf)
    for o in np.unique(codes):
        dist[o] = shapely.distance(pg[:, None], hg[codes == o][None, :]).min(axis=1)
    allowed = np.stack([table.max_rank_within(dist[o], OMGEVINGSTYPES[o])
                        if (codes == o).any() else np.full(len(parcels), 9)
                        for o in range(len(OMGEVINGSTYPES))])
    np.testing.assert_array_equal(new["nearest_sensitive_m"], dist.min(axis=0))
    np.testing.assert_array_equal(new["max_category_rank"], allowed.min(axis=0))
    # the binding object lies at the distance that binds
    bind = np.asarray(new["binding_omgevingstype"].map(OMGEVINGSTYPES.index))
    at = np.arange(len(parcels))
    bound = shapely.distance(pg, np.asarray(homes.geometry.loc[new["binding_sensitive_id"]]))
    np.testing.assert_array_equal(bound, dist[bind, at])
    assert len(set(new["max_category"])) > 1


def test_a_building_flush_with_its_parcel_outline_counts_whole_on_that_parcel():
    # the building's west and south walls lie on the parcel's outline; the east parcel
    # only touches it
    parcels = _frame([box(X, Y, X + 10, Y + 10), box(X + 10, Y, X + 20, Y + 10)])
    buildings = _frame([box(X, Y, X + 10, Y + 4)], bouwlagen=[3])
    out = _quiet(rve_geo.density_measures, parcels, buildings)
    assert out["n_buildings"].tolist() == [1, 0]
    assert out["footprint_m2"].tolist() == [40.0, 0.0]
    assert out["floor_area_m2"].tolist() == [120.0, 0.0]


def test_density_with_demolished_buildings_and_a_parcel_drawn_twice_equals_the_reference(region):
    # a parcel drawn twice (allowed): buildings on it count on both outlines; demolished
    # buildings are matched with the others but must not count
    parcels = pd.concat([region["parcels"], region["parcels"].iloc[[3]]], ignore_index=True)
    buildings = region["buildings"].copy()
    buildings["status"] = np.where(np.arange(len(buildings)) % 7 == 0, "Pand gesloopt",
                                   "Pand in gebruik")
    new = _quiet(rve_geo.density_measures, parcels, buildings, allow_overlaps=True)
    footprint, floor, count = _reference_footprints(parcels, buildings)
    assert count[3] > 0 and count[3] == count[len(parcels) - 1]
    np.testing.assert_allclose(new["footprint_m2"], footprint, rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(new["floor_area_m2"], floor, rtol=1e-9, atol=1e-6)
    assert new["n_buildings"].tolist() == count.tolist()


# --------------------------------------------------------------------------- chunks, threads
def _assert_density_is_the_reference(parcels, buildings):
    new = _quiet(rve_geo.density_measures, parcels, buildings)
    footprint, floor, count = _reference_footprints(parcels, buildings)
    np.testing.assert_allclose(new["footprint_m2"], footprint, rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(new["floor_area_m2"], floor, rtol=1e-9, atol=1e-6)
    assert new["n_buildings"].tolist() == count.tolist()


def _moved(region):
    buildings = region["buildings"].copy()
    buildings["geometry"] = buildings.geometry.translate(17.0, 9.0)  # many cross parcel lines
    return buildings


def test_density_in_many_chunks_on_two_threads_equals_the_reference(region, monkeypatch):
    monkeypatch.setenv("RVE_THREADS", "2")
    monkeypatch.setattr(pieces_module, "_PARCELS_PER_CHUNK", 7)
    monkeypatch.setattr(pieces_module, "_BUILDINGS_PER_CHUNK", 5)
    _assert_density_is_the_reference(region["parcels"], region["buildings"])
    _assert_density_is_the_reference(region["parcels"], _moved(region))


def test_building_pieces_in_chunks_are_those_of_one_query_in_its_order(region, monkeypatch):
    parcels = np.asarray(region["parcels"].geometry.array, dtype=object)
    buildings = np.asarray(_moved(region).geometry.array, dtype=object)
    usable = np.ones(len(parcels), dtype=bool)
    one = pieces_module.building_pieces(parcels, usable, buildings)
    monkeypatch.setenv("RVE_THREADS", "2")
    monkeypatch.setattr(pieces_module, "_BUILDINGS_PER_CHUNK", 5)
    many = pieces_module.building_pieces(parcels, usable, buildings)
    assert len(one[0]) > 2 * len(buildings) // 3  # most buildings are cut: many chunks
    for a, b in zip(one, many, strict=True):
        np.testing.assert_array_equal(a, b)


def test_a_broken_whole_building_test_fails_the_reference_comparison(region, monkeypatch):
    # any overlap taken for a building lying whole in the parcel: the comparison must see it
    monkeypatch.setattr(pieces_module, "_WHOLE_PREDICATE", "intersects")
    with pytest.raises(AssertionError):
        _assert_density_is_the_reference(region["parcels"], _moved(region))


def test_conflicts_in_many_chunks_on_two_threads_equal_one_chunk(layers, monkeypatch):
    sources, homes = layers["parcels"], layers["homes"]
    kwargs = dict(category_col="milieucategorie", omgevingstype_col="omgevingstype")
    one = _quiet(rve_geo.contour_conflicts, sources, homes, **kwargs)
    monkeypatch.setenv("RVE_THREADS", "2")
    monkeypatch.setattr(contours_module, "_MIN_QUERY", 3)
    monkeypatch.setattr(contours_module, "_QUERY_CHUNK", 5)
    many = _quiet(rve_geo.contour_conflicts, sources, homes, **kwargs)
    assert len(one) > 50
    pd.testing.assert_frame_equal(one, many)


def test_the_floor_area_arrays_are_the_columns_of_building_floor_area(layers):
    buildings = layers["buildings"]
    frame = _quiet(building_floor_area, buildings)
    for model in (_quiet(floor_area_arrays, buildings),
                  _quiet(lambda: floor_area_started(buildings)[2]())):
        for column in ("footprint_m2", "floor_area_m2", "excluded", "use_storey_height_m",
                       "is_hall", "storeys", "height_m"):
            np.testing.assert_array_equal(np.asarray(getattr(model, column)),
                                          frame[column].to_numpy(), err_msg=column)
        assert list(model.source) == frame["floor_area_source"].tolist()
        assert shapely.equals_exact(model.geometry, frame.geometry.to_numpy(), tolerance=0).all()


def test_the_floor_area_notes_are_emitted_once_when_read_beside_the_matching(region):
    buildings = region["buildings"].copy()
    buildings["status"] = "Pand in gebruik"
    buildings.loc[buildings.index[:3], "status"] = "Pand gesloopt"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rve_geo.density_measures(region["parcels"], buildings)
    notes = [str(w.message) for w in caught if "building_floor_area" in str(w.message)]
    assert len(notes) == 1 and "3 buildings excluded" in notes[0]


def test_release_strtrees_lets_go_of_the_owners_indexes_only():
    import geopandas as gpd
    from shapely.geometry import box

    from rve_geo._validate import (
        Issues,
        prepare_polygons,
        release_strtrees,
        remembered_polygons,
        strtree_of,
    )

    homes = gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1), box(2, 0, 3, 1)], crs="EPSG:28992")
    other = gpd.GeoDataFrame(geometry=[box(5, 0, 6, 1)], crs="EPSG:28992")
    geoms, other_geoms = homes.geometry.to_numpy(), other.geometry.to_numpy()
    prepare_polygons(homes, "homes", Issues("test"))
    trees = [strtree_of(geoms, homes), strtree_of(geoms, homes, node_capacity=2),
             strtree_of(geoms[:1], homes)]
    kept = strtree_of(other_geoms, other)
    assert release_strtrees(homes) == 3
    assert all(strtree_of(g, homes, node_capacity=c) is not t for g, c, t in
               [(geoms, 10, trees[0]), (geoms, 2, trees[1]), (geoms[:1], 10, trees[2])])
    assert strtree_of(other_geoms, other) is kept  # another frame's index stays
    assert remembered_polygons(geoms)  # the checks of the geometries stay
