"""The faster heavy stages give the results of the straightforward versions.

``_reference_zones`` and ``_reference_study_area`` are the earlier implementations of
``allowed_category_zones`` (one union of clipped buffers per zone, every sensitive object
within reach) and of the woon-werkbalans study area (convex hull of a region-wide
``union_all``), kept here unchanged as the reference. The library versions must give the
same band polygons (symmetric difference below 1e-6 m2 per zone and band) and attributes,
on the Doesburg sample data and on a generated region.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from rve_geo._validate import Issues
from rve_geo.milieu import milieuruimte as mr
from rve_geo.milieu.categories import OMGEVINGSTYPES
from rve_geo.scale.synthetic import generate_region

from .conftest import SAMPLE

TOLERANCE_M2 = 1e-6


# --------------------------------------------------------------------------- reference
def _reference_reach(zgeoms, env, corners, sens, d):
    nz = len(zgeoms)
    out = np.array([shapely.Polygon()] * nz, dtype=object)
    if len(sens) == 0:
        return out
    tree = shapely.STRtree(sens)
    zi, si = tree.query(zgeoms, predicate="dwithin", distance=d)
    if len(zi) == 0:
        return out
    far = shapely.distance(corners[zi], sens[si][:, None]).max(axis=1)
    whole = np.zeros(nz, dtype=bool)
    convex = shapely.equals(sens[si], shapely.convex_hull(sens[si])) | \
        np.isin(shapely.get_type_id(sens[si]), (0,))
    whole[np.unique(zi[(far <= d) & convex])] = True
    out[whole] = env[whole]
    rest = ~whole[zi]
    zi, si = zi[rest], si[rest]
    for z in np.unique(zi):
        clipped = shapely.intersection(
            shapely.buffer(sens[si[zi == z]], d, quad_segs=mr.QUAD_SEGS), env[z])
        out[z] = shapely.union_all(clipped)
    return out


def _reference_zones(zones, sensitive, omgevingstype_col=None):
    issues = Issues("reference")
    table, zp, sp, codes = mr._prepare(
        zones, "zones", sensitive, issues, distance_table=None,
        omgevingstype="rustige_woonwijk", omgevingstype_col=omgevingstype_col,
        omgevingstype_areas=None)
    valid = mr._valid_ranks(table)
    zrows = np.flatnonzero(zp.usable)
    zgeoms = zp.geometry[zrows]
    nz = len(zrows)
    env = shapely.envelope(zgeoms)
    b = shapely.bounds(zgeoms)
    corners = shapely.points(np.stack([b[:, [0, 1]], b[:, [0, 3]], b[:, [2, 1]],
                                       b[:, [2, 3]]], axis=1))
    reach = {}
    for o in range(len(OMGEVINGSTYPES)):
        for d in np.unique(table.distances[valid, o]):
            if d > 0:
                reach[(o, float(d))] = _reference_reach(
                    zgeoms, env, corners, sp.geometry[sp.usable & (codes == o)], float(d))

    def reach_at(rank):
        parts = [reach[(o, float(table.distances[rank, o]))]
                 for o in range(len(OMGEVINGSTYPES)) if table.distances[rank, o] > 0]
        return parts[0] if len(parts) == 1 else shapely.union_all(np.stack(parts), axis=0)

    reaches = [reach_at(int(r)) for r in valid]
    band_ranks = np.asarray([-1, *[int(r) for r in valid]])
    band_geoms = [reaches[0]]
    for i in range(len(valid)):
        outer = reaches[i + 1] if i + 1 < len(valid) else env
        band_geoms.append(shapely.difference(outer, reaches[i]))
    band_geoms = np.stack(band_geoms, axis=1)
    z_idx, b_idx = np.meshgrid(np.arange(nz), np.arange(len(band_ranks)), indexing="ij")
    z_idx, b_idx = z_idx.ravel(), b_idx.ravel()
    pieces = mr._polygonal(shapely.intersection(zgeoms[z_idx], band_geoms.ravel()))
    area = shapely.area(pieces)
    keep = area > 0
    ranks = band_ranks[b_idx[keep]]
    return gpd.GeoDataFrame({
        "zone_id": pd.Series(np.asarray(zones.index, dtype=object)[zrows[z_idx[keep]]],
                             dtype=object),
        "max_category": pd.Series(table.label_of(ranks), dtype=object),
        "max_category_rank": ranks,
        "area_m2": area[keep],
    }, geometry=gpd.GeoSeries(pieces[keep], crs=zones.crs), crs=zones.crs)


def _reference_study_area(parcels, sensitive):
    geoms = np.concatenate([np.asarray(parcels.geometry.array, dtype=object),
                            np.asarray(sensitive.geometry.array, dtype=object)])
    return shapely.convex_hull(shapely.union_all(geoms[~shapely.is_missing(geoms)]))


def _scattered_homes(rng, n, offsets_m, size_m):
    """``n`` box homes of ``size_m`` (width, height) at random offsets in ``offsets_m``
    (low, high) from (155000, 463000), each of a random omgevingstype of two."""
    x, y = 155_000.0, 463_000.0
    (w, h), (low, high) = size_m, offsets_m
    return gpd.GeoDataFrame(
        {"omgevingstype": rng.choice(["rustige_woonwijk", "gemengd_gebied"], n)},
        geometry=[shapely.box(x + dx, y + dy, x + dx + w, y + dy + h)
                  for dx, dy in rng.uniform(low, high, (n, 2))], crs="EPSG:28992")


def assert_same_bands(new, ref):
    """Same rows (zone, band), same attributes, geometry within TOLERANCE_M2 each."""
    key = ["zone_id", "max_category_rank"]
    new = new.sort_values(key).reset_index(drop=True)
    ref = ref.sort_values(key).reset_index(drop=True)
    assert new[key].astype(str).values.tolist() == ref[key].astype(str).values.tolist()
    assert new["max_category"].tolist() == ref["max_category"].tolist()
    assert new["max_category_rank"].dtype == ref["max_category_rank"].dtype
    np.testing.assert_allclose(new["area_m2"], ref["area_m2"], rtol=0, atol=TOLERANCE_M2)
    diff = shapely.area(shapely.symmetric_difference(
        np.asarray(new.geometry.array), np.asarray(ref.geometry.array)))
    assert diff.max() <= TOLERANCE_M2
    assert new.crs == ref.crs


# --------------------------------------------------------------------------- data
@pytest.fixture(scope="module")
def sample():
    return {layer: gpd.read_file(SAMPLE, layer=layer)
            for layer in ("terreinen", "homes", "parcels")}


@pytest.fixture(scope="module")
def region():
    return generate_region(400, seed=11)


# --------------------------------------------------------------------------- zones
def test_zones_equal_reference_on_sample_data(sample):
    zones = sample["terreinen"].set_index("terrein_id")
    new = mr.allowed_category_zones(zones, sample["homes"], omgevingstype_col="omgevingstype")
    ref = _reference_zones(zones, sample["homes"], omgevingstype_col="omgevingstype")
    assert len(ref) > 5  # several bands per terrein: the comparison has substance
    assert_same_bands(new, ref)


def test_zones_equal_reference_on_generated_region(region):
    zones = region["terreinen"]
    homes = region["homes"]
    new = mr.allowed_category_zones(zones, homes, omgevingstype_col="omgevingstype")
    ref = _reference_zones(zones, homes, omgevingstype_col="omgevingstype")
    assert ref["zone_id"].nunique() == len(zones)
    assert_same_bands(new, ref)


def test_zones_equal_reference_with_point_homes(region):
    zones = region["terreinen"]
    homes = region["homes"].copy()
    homes["geometry"] = homes.geometry.centroid
    new = mr.allowed_category_zones(zones, homes)
    ref = _reference_zones(zones, homes)
    assert_same_bands(new, ref)


def test_zones_equal_reference_with_non_convex_homes(sample):
    # L-shaped homes: the nearest-object shortcuts must not assume convex footprints
    zones = sample["terreinen"].set_index("terrein_id")
    homes = sample["homes"].copy()
    cut = shapely.box(*np.c_[homes.bounds.minx, homes.bounds.miny,
                             (homes.bounds.minx + homes.bounds.maxx) / 2,
                             (homes.bounds.miny + homes.bounds.maxy) / 2].T)
    homes["geometry"] = shapely.difference(np.asarray(homes.geometry.array), cut)
    new = mr.allowed_category_zones(zones, homes, omgevingstype_col="omgevingstype")
    ref = _reference_zones(zones, homes, omgevingstype_col="omgevingstype")
    assert_same_bands(new, ref)


# --------------------------------------------------------------------------- study area
def test_study_area_equals_hull_of_union(region, sample):
    from rve_geo.indicators._common import study_hull as _study_hull

    for parcels, homes in ((region["parcels"], region["homes"]),
                           (sample["parcels"], sample["homes"])):
        ref = _reference_study_area(parcels, homes)
        new = _study_hull([parcels, homes])
        assert shapely.area(shapely.symmetric_difference(new, ref)) <= TOLERANCE_M2
        assert shapely.area(ref) > 0


def test_hull_from_one_line_is_the_hull_of_the_points(region):
    # the hull made from a line through the vertices is the multipoint's hull, byte for
    # byte: a region's vertices, repeated and collinear points, one point, two
    from rve_geo.indicators._common import _hull_of

    rng = np.random.default_rng(3)
    cases = [shapely.get_coordinates(region["parcels"].geometry.to_numpy()),
             np.repeat(rng.random((50, 2)) * 100, 3, axis=0),
             np.c_[np.arange(10.0), 2 * np.arange(10.0)],
             np.array([[5.0, 5.0]]), np.array([[5.0, 5.0], [5.0, 5.0]]),
             np.array([[0.0, 0.0], [3.0, 4.0]])]
    for coords in cases:
        assert _hull_of(coords).wkb == shapely.convex_hull(shapely.multipoints(coords)).wkb


@pytest.mark.parametrize("samples", [2, 3])
def test_zones_equal_reference_from_few_first_candidates(region, sample, monkeypatch, samples):
    # with only 2 x 2 or 3 x 3 points per zone most objects that shape the union are found
    # by the check of the uncovered part, not by the first guess: that loop must be exact
    monkeypatch.setattr(mr, "_SAMPLES", samples)
    for zones, homes in ((region["terreinen"], region["homes"]),
                         (sample["terreinen"].set_index("terrein_id"), sample["homes"])):
        new = mr.allowed_category_zones(zones, homes, omgevingstype_col="omgevingstype")
        ref = _reference_zones(zones, homes, omgevingstype_col="omgevingstype")
        assert_same_bands(new, ref)


@pytest.mark.parametrize("batch", [1, 2])
def test_zones_equal_reference_in_small_batches(region, monkeypatch, batch):
    # zones computed a few at a time (bounded memory): same pieces, ids and order
    monkeypatch.setattr(mr, "_ZONE_BATCH", batch)
    zones, homes = region["terreinen"], region["homes"]
    assert len(zones) == 3  # three batches of 1, or 2 + a partial 1
    new = mr.allowed_category_zones(zones, homes, omgevingstype_col="omgevingstype")
    ref = _reference_zones(zones, homes, omgevingstype_col="omgevingstype")
    assert_same_bands(new, ref)
    # sorted by zone then rank, as documented
    order = new.reset_index(drop=True)
    pos = {z: i for i, z in enumerate(zones.index)}
    key = list(zip(order["zone_id"].map(pos), order["max_category_rank"], strict=True))
    assert key == sorted(key)


def test_zones_equal_reference_on_tiled_sample():
    # the sample tiled 2 x 2 (benchmarks.default_run): many small terreinen close to dense
    # housing, where one buffer often covers a whole zone and the check adds objects
    from benchmarks.default_run import doesburg_tiled

    n_tile = len(gpd.read_file(SAMPLE, layer="parcels"))
    tiled = doesburg_tiled(4 * n_tile)
    zones, homes = tiled["terreinen"].set_index("terrein_id"), tiled["homes"]
    assert zones.index.is_unique and len(zones) >= 8
    new = mr.allowed_category_zones(zones, homes, omgevingstype_col="omgevingstype")
    ref = _reference_zones(zones, homes, omgevingstype_col="omgevingstype")
    assert ref["zone_id"].nunique() == len(zones)
    assert_same_bands(new, ref)


@pytest.mark.parametrize("rows_per_part", [1, 3])
def test_zones_in_parts_are_the_whole_zoning_map(rows_per_part):
    # the pipeline maps more than ZONE_PART_ROWS terreinen a part at a time: the parts,
    # put together, are the whole map (rows, labels 0..n-1, values, geometry to the bit)
    from benchmarks.default_run import doesburg_tiled

    n_tile = len(gpd.read_file(SAMPLE, layer="parcels"))
    tiled = doesburg_tiled(4 * n_tile)
    zones, homes = tiled["terreinen"].set_index("terrein_id"), tiled["homes"]
    parts = list(mr.zones_in_parts(zones, homes, rows_per_part=rows_per_part,
                                   omgevingstype_col="omgevingstype"))
    assert len(parts) == -(-len(zones) // rows_per_part)
    joined = pd.concat(parts)
    whole = mr.allowed_category_zones(zones, homes, omgevingstype_col="omgevingstype")
    assert joined.index.equals(pd.RangeIndex(len(whole)))
    pd.testing.assert_frame_equal(pd.DataFrame(joined.drop(columns="geometry")),
                                  pd.DataFrame(whole.drop(columns="geometry")))
    assert joined.geometry.to_wkb().tolist() == whole.geometry.to_wkb().tolist()
    assert_same_bands(joined, _reference_zones(zones, homes, omgevingstype_col="omgevingstype"))


def test_zone_near_a_chord_is_not_taken_as_covered():
    # a tiny zone whose far corner lies beyond the chord of the 1000 m buffer of an
    # L-shaped home but within 1000 m of it: the circle covers the zone, the buffer does
    # not, so the zone keeps a sliver in the band beyond 1000 m (the bound on the grid's
    # distances must use the chords, not the circle)
    d = 1000.0
    x, y = 155_000.0, 463_000.0
    home = shapely.Polygon([(x, y), (x + 20, y), (x + 20, y + 8), (x + 8, y + 8),
                            (x + 8, y + 20), (x, y + 20)])
    ring = shapely.get_coordinates(shapely.buffer(home, d, quad_segs=mr.QUAD_SEGS).exterior)
    mids = shapely.points((ring[1:] + ring[:-1]) / 2)
    dist = shapely.distance(mids, home)
    k = int(np.argmin(np.where((ring[1:, 0] > x + 20) & (ring[1:, 1] > y + 20), dist,
                               np.inf)))  # a chord of the arc at the convex corner
    assert dist[k] == pytest.approx(d * np.cos(np.pi / (4 * mr.QUAD_SEGS)), abs=1e-6)
    mid = shapely.get_coordinates(mids[k])[0]
    corner = np.array([x + 20, y + 20])
    out = corner + (mid - corner) * (dist[k] + d) / 2 / dist[k]  # between chord and circle
    zone = shapely.box(out[0] - 0.3, out[1] - 0.3, out[0], out[1])
    zones = gpd.GeoDataFrame(geometry=[zone], crs="EPSG:28992")
    homes = gpd.GeoDataFrame(geometry=[home], crs="EPSG:28992")
    new = mr.allowed_category_zones(zones, homes)
    ref = _reference_zones(zones, homes)
    assert len(ref) == 2 and ref["area_m2"].min() > 1e-4  # the sliver beyond the chord
    assert_same_bands(new, ref)


def test_zones_equal_reference_on_thin_and_slanted_zones():
    # slanted strips and thin triangles fill little of their envelopes: the bound on the
    # distances is taken over the grid points near the zone only, and the zones that the
    # check finds covered stay covered; both must leave the bands of the reference
    rng = np.random.default_rng(5)
    x, y = 155_000.0, 463_000.0
    homes = _scattered_homes(rng, 60, (-400, 400), (9, 11))
    zones = []
    for cx, cy, length, angle in zip(rng.uniform(-900, 900, 24), rng.uniform(-900, 900, 24),
                                     rng.uniform(80, 900, 24), rng.uniform(0, np.pi, 24),
                                     strict=True):
        ux, uy = np.cos(angle) * length / 2, np.sin(angle) * length / 2
        zones.append(shapely.buffer(shapely.LineString(
            [(x + cx - ux, y + cy - uy), (x + cx + ux, y + cy + uy)]), 6, cap_style="flat"))
        zones.append(shapely.Polygon([(x + cx, y + cy), (x + cx + 2 * ux, y + cy + 2 * uy),
                                      (x + cx + 2 * ux + 15, y + cy + 2 * uy - 10)]))
    zones = gpd.GeoDataFrame(geometry=zones, crs="EPSG:28992")
    new = mr.allowed_category_zones(zones, homes, omgevingstype_col="omgevingstype")
    ref = _reference_zones(zones, homes, omgevingstype_col="omgevingstype")
    assert ref["zone_id"].nunique() == len(zones)
    assert (ref.groupby("zone_id").size() > 1).sum() >= 20  # most zones cross band edges
    assert_same_bands(new, ref)


def test_zone_farthest_between_grid_points_is_not_taken_as_covered():
    # two homes 1.2 km apart and a zone beside them whose farthest point from both (on
    # their bisector, 0.5 m beyond 1000 m) lies between the grid points (about 994.5 m):
    # the bound must add the whole half cell diagonal, or the zone is taken as covered
    # and loses its sliver in the band beyond 1000 m
    x, y = 155_000.0, 463_000.0
    homes = gpd.GeoDataFrame(geometry=[shapely.box(x - 1, y + 599, x + 1, y + 601),
                                       shapely.box(x - 1, y - 601, x + 1, y - 599)],
                             crs="EPSG:28992")
    far_x = 1 + np.sqrt(1000.5 ** 2 - 599 ** 2)
    assert shapely.distance(shapely.Point(x + far_x, y), homes.geometry.values).min() == \
        pytest.approx(1000.5)
    zones = gpd.GeoDataFrame(geometry=[shapely.box(x + far_x - 140, y - 70, x + far_x,
                                                   y + 70)], crs="EPSG:28992")
    new = mr.allowed_category_zones(zones, homes)
    ref = _reference_zones(zones, homes)
    assert ref["max_category_rank"].nunique() == 2 and ref["area_m2"].min() > 0.01
    assert_same_bands(new, ref)


def _l_shaped_terrein(x, y):
    # a 600 x 600 m envelope of which the terrein fills an L of 100 m wide arms: most of
    # the envelope (the 500 x 500 m notch) is not terrein
    return shapely.Polygon([(x, y), (x + 600, y), (x + 600, y + 100), (x + 100, y + 100),
                            (x + 100, y + 600), (x, y + 600)])


def test_zone_grid_keeps_the_points_near_the_zone():
    # the first candidates come from the grid points within half a cell diagonal of the
    # zone: every point of the zone lies that close to one of them, and the points of the
    # notch farther from the zone are left out
    x, y = 155_000.0, 463_000.0
    zones = np.array([_l_shaped_terrein(x, y), shapely.box(x, y - 50, x + 30, y - 20)])
    grid = mr._ZoneGrid(zones)
    b = shapely.bounds(zones)
    assert grid.half_cell == pytest.approx(
        np.hypot(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) / (2 * (mr._SAMPLES - 1)))
    assert (shapely.distance(grid.points, zones[grid.zone])
            <= grid.half_cell[grid.zone] + 1e-9).all()
    per_zone = np.bincount(grid.zone, minlength=2)
    assert per_zone[1] == mr._SAMPLES ** 2  # a rectangle keeps its whole grid
    assert per_zone[0] < mr._SAMPLES ** 2 / 2  # the L: its arms only
    rng = np.random.default_rng(3)
    for k, zone in enumerate(zones):
        x0, y0, x1, y1 = shapely.bounds(zone)
        pts = shapely.points(rng.uniform(x0, x1, 4000), rng.uniform(y0, y1, 4000))
        pts = pts[shapely.contains(zone, pts)]
        mine = grid.points[grid.zone == k]
        near = shapely.distance(pts[:, None], mine[None, :]).min(axis=1)
        assert near.max() <= grid.half_cell[k] + 1e-9


def test_zones_equal_reference_with_homes_in_the_notch_of_an_l():
    # homes in the notch of an L-shaped terrein, near its arms and far from them: the grid
    # points of the notch give no first candidates, so the homes that shape the union on
    # the arms come from the points on the arms and from the check of the part left
    # uncovered; the bands on the terrein are those of every home's buffer
    x, y = 155_000.0, 463_000.0
    homes = _scattered_homes(np.random.default_rng(8), 80, (105, 590), (10, 8))
    zones = gpd.GeoDataFrame(geometry=[_l_shaped_terrein(x, y),
                                       _l_shaped_terrein(x - 700, y - 700)],
                             crs="EPSG:28992")
    new = mr.allowed_category_zones(zones, homes, omgevingstype_col="omgevingstype")
    ref = _reference_zones(zones, homes, omgevingstype_col="omgevingstype")
    bands = ref.groupby("zone_id").size()
    assert bands[0] >= 4 and bands[1] >= 1  # the first crosses several band edges
    assert_same_bands(new, ref)


def test_corner_box_filter_keeps_every_pair_the_exact_test_takes():
    # the zones' whole-envelope test measures the four corners exactly only for the pairs
    # whose corners all lie within d of the object's box: a lower bound of the distance,
    # so no pair the exact test would take is left out, and far pairs are
    rng = np.random.default_rng(11)
    n = 4000
    x0, y0 = rng.uniform(0, 400, n), rng.uniform(0, 400, n)
    envs = shapely.box(x0, y0, x0 + rng.uniform(1, 60, n), y0 + rng.uniform(1, 60, n))
    b = shapely.bounds(envs)
    corners = shapely.points(np.stack([b[:, [0, 1]], b[:, [0, 3]], b[:, [2, 1]],
                                       b[:, [2, 3]]], axis=1))
    cx, cy = rng.uniform(0, 400, n), rng.uniform(0, 400, n)
    objects = np.where(rng.random(n) < 0.5, shapely.points(cx, cy),
                       shapely.buffer(shapely.points(cx, cy), rng.uniform(1, 30, n)))
    xy = shapely.get_coordinates(corners.ravel()).reshape(-1, 4, 2)
    for d in (20.0, 60.0, 100.0):
        exact = shapely.distance(corners, objects[:, None]).max(axis=1) <= d
        kept = mr._corners_near_boxes(xy, shapely.bounds(objects), d)
        assert exact.any() and (kept & ~exact).any() and not (exact & ~kept).any()
        assert kept.sum() < n / 2  # the filter leaves most pairs out at these distances
