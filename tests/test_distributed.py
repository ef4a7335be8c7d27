"""The partitioned (dask.distributed) run gives exactly the single-process results."""

from __future__ import annotations

import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal
from pandas.testing import assert_frame_equal, assert_series_equal

import rve_geo
from rve_geo.errors import InputError
from rve_geo.scale import distributed as dist
from rve_geo.scale.synthetic import generate_region

distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is not installed (pip install rve_geo[scale])")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    c = distributed.Client(cluster, set_as_default=False)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def region():
    r = generate_region(1200, seed=5)
    parcels = r["parcels"]
    # user-like index: parcel ids, rows not in spatial order
    parcels = parcels.set_index("parcel_id").sample(frac=1.0, random_state=1)
    # one remote terrein 20 km away: no home within any richtafstand
    remote = parcels.iloc[[0]].copy()
    remote.index = ["REMOTE-1"]
    remote["terrein_id"] = "REMOTE"
    remote.geometry = remote.geometry.translate(20_000, 20_000)
    parcels = pd.concat([parcels, remote])
    # buildings on the corners of parcels: each overlaps two to four parcels
    corners = shapely.get_point(shapely.get_exterior_ring(parcels.geometry.to_numpy()), 0)
    x, y = shapely.get_x(corners[::5]), shapely.get_y(corners[::5])
    straddle = r["buildings"].iloc[:len(x)].copy()
    straddle.geometry = shapely.box(x - 6, y - 6, x + 6, y + 6)
    straddle.index = [f"S{i}" for i in range(len(x))]
    buildings = pd.concat([r["buildings"], straddle])
    homes = r["homes"].set_index("identificatie")
    rng = np.random.default_rng(2)
    parcels["score"] = rng.uniform(0.05, 1.0, len(parcels))
    return parcels, buildings, homes


def _quiet(func, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return func(*args, **kwargs)


def test_partitions_hold_whole_groups_of_similar_size(region):
    parcels, _, _ = region
    part = dist.partition_parcels(parcels, n_partitions=4, group_col="terrein_id")
    per_terrein = pd.Series(part, index=parcels.index).groupby(
        parcels["terrein_id"].to_numpy()).nunique()
    assert (per_terrein == 1).all()           # a terrein never spans two partitions
    sizes = np.bincount(part)
    assert len(sizes) == 4
    # whole terreinen of at most 600 parcels: no partition is far from 1201 / 4 = 300
    assert sizes.min() > 0 and sizes.max() <= 300 + 600


def test_partitions_are_spatially_compact():
    # a 16 x 16 grid of cells cut in 4: Hilbert order gives the four 8 x 8 quadrants
    from shapely.geometry import box

    cells = gpd.GeoDataFrame(geometry=[box(x * 10, y * 10, x * 10 + 1, y * 10 + 1)
                                       for x in range(16) for y in range(16)],
                             crs="EPSG:28992")
    part = dist.partition_parcels(cells, n_partitions=4)
    quadrant = np.array([(x >= 8) * 2 + (y >= 8) for x in range(16) for y in range(16)])
    # each partition is exactly one quadrant
    assert len(set(zip(part.tolist(), quadrant.tolist(), strict=True))) == 4


def test_partition_arguments_are_checked(region):
    parcels, _, _ = region
    with pytest.raises(InputError, match="n_partitions"):
        dist.partition_parcels(parcels, n_partitions=0)


def test_density_equals_single_run(region, client):
    parcels, buildings, _ = region
    single = _quiet(rve_geo.density_measures, parcels, buildings)
    part = dist.partition_parcels(parcels, n_partitions=6)
    # the test means something: some building lies on parcels of two partitions
    pairs = gpd.sjoin(buildings[["geometry"]], parcels[["geometry"]].assign(part=part),
                      predicate="overlaps")
    assert (pairs.groupby(level=0)["part"].nunique() > 1).any()
    out = _quiet(dist.distributed_density_measures, parcels, buildings, client=client,
                 n_partitions=6)
    assert_geodataframe_equal(out, single, check_less_precise=False)
    assert out.attrs["unassigned_buildings"] == single.attrs["unassigned_buildings"]


def test_density_in_process_and_duplicate_index(region):
    parcels, buildings, _ = region
    dup = parcels.iloc[:300].copy()
    dup.index = [7] * len(dup)                # every label the same
    single = _quiet(rve_geo.density_measures, dup, buildings)
    out = _quiet(dist.distributed_density_measures, dup, buildings, n_partitions=3)
    assert_geodataframe_equal(out, single)


def test_density_rejects_zones(region):
    parcels, buildings, _ = region
    with pytest.raises(InputError, match="zones"):
        dist.distributed_density_measures(parcels, buildings, zones=parcels)


def test_conflicts_equal_single_run(region, client):
    parcels, _, homes = region
    kw = {"category_col": "milieucategorie", "omgevingstype_col": "omgevingstype"}
    single = _quiet(rve_geo.contour_conflicts, parcels, homes, **kw)
    assert len(single) > 100
    out = _quiet(dist.distributed_contour_conflicts, parcels, homes, client=client,
                 n_partitions=6, **kw)
    assert_geodataframe_equal(out, single)


def test_conflicts_with_homes_in_several_halos(region):
    parcels, _, homes = region
    parcels = parcels.drop(index="REMOTE-1")  # the region alone: finer Hilbert cells
    kw = {"category_col": "milieucategorie", "omgevingstype_col": "omgevingstype"}
    single = _quiet(rve_geo.contour_conflicts, parcels, homes, **kw)
    # small partitions: some home conflicts with sources of two partitions, so it must be
    # in both halos
    part = pd.Series(dist.partition_parcels(parcels, n_partitions=36), index=parcels.index)
    spread = single.assign(part=part.loc[single["source_id"]].to_numpy()).groupby(
        "sensitive_id")["part"].nunique()
    assert (spread > 1).any()
    out = _quiet(dist.distributed_contour_conflicts, parcels, homes, n_partitions=36, **kw)
    assert_geodataframe_equal(out, single)


def test_max_allowed_category_equals_single_run(region, client):
    parcels, _, homes = region
    single = _quiet(rve_geo.max_allowed_category, parcels, homes,
                    omgevingstype_col="omgevingstype")
    # the remote parcel is farther than every richtafstand: top category, exact distance
    assert single.loc["REMOTE-1", "nearest_sensitive_m"] > 15_000
    out = _quiet(dist.distributed_max_allowed_category, parcels, homes, client=client,
                 n_partitions=5, omgevingstype_col="omgevingstype")
    assert_geodataframe_equal(out, single)


@pytest.mark.parametrize("cross", [False, True])
def test_kansenzones_equal_single_run(region, client, cross):
    parcels, _, _ = region
    kw = {"terrein_col": "terrein_id", "cross_terrein": cross, "seed": 3}
    single = _quiet(rve_geo.kansenzones, parcels, **kw)
    assert len(single.zones) > 5
    out = _quiet(dist.distributed_kansenzones, parcels, client=client, n_partitions=4, **kw)
    assert_series_equal(out.parcels["zone_id"], single.parcels["zone_id"])
    assert_frame_equal(out.parcels.drop(columns="geometry"),
                       single.parcels.drop(columns="geometry"))
    assert_frame_equal(pd.DataFrame(out.zones.drop(columns="geometry")),
                       pd.DataFrame(single.zones.drop(columns="geometry")),
                       check_exact=False, rtol=1e-12)
    # the same dissolved shapes (a ring may start at another vertex)
    assert shapely.equals(out.zones.geometry.to_numpy(), single.zones.geometry.to_numpy()).all()
