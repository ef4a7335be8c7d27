"""The seeded synthetic region generator (rve_geo.scale.synthetic) behind the benchmarks."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal

from rve_geo.scale.synthetic import generate_region

SAMPLE_COLUMNS = {
    "terreinen": {"terrein_id", "naam"},
    "buildings": {"identificatie", "oorspronkelijkBouwjaar", "status", "gebruiksdoel",
                  "b3_h_70p", "b3_h_maaiveld", "b3_kas_warenhuis"},
    "parcels": {"parcel_id", "terrein_id", "milieucategorie", "max_category",
                "max_coverage_share", "max_height_m", "owner_id", "vacancy_share",
                "quay_plot", "water_bound"},
    "homes": {"identificatie", "omgevingstype", "n_homes"},
    "zones": {"zone_id", "terrein_id", "level"},
}


@pytest.fixture(scope="module")
def region() -> dict[str, gpd.GeoDataFrame]:
    return generate_region(3000, seed=7)


def test_same_seed_same_region_other_seed_other_region(region):
    again = generate_region(3000, seed=7)
    for name, frame in region.items():
        assert_geodataframe_equal(again[name], frame)
    other = generate_region(3000, seed=8)
    assert not other["parcels"].geometry.geom_equals(region["parcels"].geometry).all()


@pytest.mark.parametrize("n, homes, buildings", [(1, 5.0, 2.0), (37, 5.0, 2.0),
                                                  (3000, 5.0, 2.0), (500, 0.5, 3.3)])
def test_requested_counts(n, homes, buildings):
    region = generate_region(n, seed=1, homes_per_parcel=homes,
                             buildings_per_parcel=buildings)
    assert len(region["parcels"]) == n
    assert len(region["buildings"]) == round(n * buildings)
    assert len(region["homes"]) == round(n * homes)


def test_columns_crs_validity(region):
    for name, columns in SAMPLE_COLUMNS.items():
        frame = region[name]
        assert columns <= set(frame.columns), (name, columns - set(frame.columns))
        assert frame.crs.to_epsg() == 28992
        assert frame.is_valid.all()
        assert frame.geom_type.eq("Polygon").all()
    assert region["water"].crs.to_epsg() == 28992
    # the region lies in the Netherlands' RD New range
    xmin, ymin, xmax, ymax = region["homes"].total_bounds
    assert 0 < xmin and xmax < 300_000 and 300_000 < ymin and ymax < 625_000


def test_ids_unique(region):
    assert region["parcels"].parcel_id.is_unique
    assert region["terreinen"].terrein_id.is_unique
    ids = np.concatenate([region["buildings"].identificatie, region["homes"].identificatie])
    assert len(np.unique(ids)) == len(ids)


def test_parcels_within_their_terrein_and_not_overlapping(region):
    parcels = region["parcels"]
    terreinen = region["terreinen"].set_index("terrein_id")
    own = terreinen.geometry.loc[parcels.terrein_id].to_numpy()
    assert shapely.covers(own, parcels.geometry.to_numpy()).all()
    geoms = parcels.geometry.to_numpy()
    i, j = parcels.sindex.query(geoms, predicate="intersects")
    pair = i < j
    shared = shapely.area(shapely.intersection(geoms[i[pair]], geoms[j[pair]]))
    assert shared.max(initial=0.0) < 1e-3  # neighbours only touch
    # terreinen are disjoint from each other and from the homes
    t = region["terreinen"].geometry.to_numpy()
    ti, tj = region["terreinen"].sindex.query(t, predicate="intersects")
    assert (ti == tj).all()
    hi, _ = region["terreinen"].sindex.query(region["homes"].geometry.to_numpy(),
                                             predicate="intersects")
    assert len(hi) == 0


def test_buildings_mostly_within_parcels(region):
    b, p = region["buildings"], region["parcels"]
    inside, _ = p.sindex.query(b.geometry.to_numpy(), predicate="within")
    assert len(np.unique(inside)) / len(b) > 0.95
    height = b.b3_h_70p - b.b3_h_maaiveld
    assert (height > 0).all()
    assert b.b3_kas_warenhuis.sum() > 0
    assert (b.area[b.b3_kas_warenhuis] >= 1500).all()
    # coverage like real business parks (GSI 0.3-0.6 over all parcels)
    assert 0.25 < b.area.sum() / p.area.sum() < 0.6


def test_parcels_realistic_and_plan_rules(region):
    p = region["parcels"]
    ha = p.area / 1e4
    assert ha.min() >= 0.09 and ha.max() <= 3.0
    assert p.max_coverage_share.between(0.6, 0.8).all()
    assert p.max_height_m.between(10, 20).all()
    assert p.max_category.str.contains("categorie").all()
    assert p.quay_plot.any() and not p.water_bound[~p.quay_plot].any()
    # quay plots touch the harbour basin of their terrein
    water = region["water"].set_index("terrein_id").geometry
    quay = p[p.quay_plot]
    d = shapely.distance(quay.geometry.to_numpy(), water.loc[quay.terrein_id].to_numpy())
    assert (d < 10).all()
    # empty parcels have no activity category; built ones have one
    built = np.zeros(len(p), dtype=bool)
    _, p_idx = p.sindex.query(region["buildings"].geometry.to_numpy(), predicate="within")
    built[p_idx] = True
    assert p.milieucategorie.isna().to_numpy()[~built].all()
    assert p.milieucategorie.notna().to_numpy()[built].all()


def test_homes_realistic_density(region):
    homes = region["homes"]
    assert set(homes.omgevingstype) == {"rustige_woonwijk", "gemengd_gebied"}
    assert (homes.omgevingstype == "rustige_woonwijk").mean() > 0.5
    # houses of 6 x 9 m
    np.testing.assert_allclose(homes.area, 54.0, rtol=1e-6)


def test_invalid_arguments():
    with pytest.raises(ValueError, match="n_parcels"):
        generate_region(0)
    with pytest.raises(ValueError, match="negative"):
        generate_region(10, homes_per_parcel=-1)


def test_benchmark_command_writes_all_layers(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    out = tmp_path / "region.gpkg"
    done = subprocess.run([sys.executable, "-m", "benchmarks.generate", "--parcels", "120",
                           "--out", str(out), "--seed", "3"], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1], check=True)
    assert "parcels 120" in done.stdout
    parcels = gpd.read_file(out, layer="parcels")
    assert len(parcels) == 120 and parcels.crs.to_epsg() == 28992
    assert len(gpd.read_file(out, layer="homes")) == 600
