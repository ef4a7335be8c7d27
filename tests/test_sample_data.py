"""The bundled sample data set (sample_data/doesburg.gpkg) and the script that makes it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "sample_data" / "doesburg.gpkg"
SCRIPT = REPO / "sample_data" / "make_sample_data.py"
REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
BAG = REALDATA / "doesburg_bag_pand_2020.gpkg"
# regenerating the sample needs the whole municipality's BAG, which is not shipped
needs_realdata = pytest.mark.skipif(not BAG.exists(),
                                    reason=f"real BAG data not found at {BAG}")
FIXTURE = REPO / "tests" / "data" / "doesburg_bag_pand_2020_parks.gpkg"

COLUMNS = {
    "terreinen": {"terrein_id", "naam"},
    "buildings": {"identificatie", "oorspronkelijkBouwjaar", "status", "gebruiksdoel",
                  "b3_h_70p", "b3_h_maaiveld", "b3_kas_warenhuis"},
    "parcels": {"parcel_id", "terrein_id", "milieucategorie", "max_category",
                "max_coverage_share", "max_height_m", "owner_id", "vacancy_share",
                "quay_plot", "water_bound"},
    "homes": {"omgevingstype", "n_homes"},
    "zones": {"zone_id", "terrein_id", "level"},
}


@pytest.fixture(scope="module")
def layers() -> dict[str, gpd.GeoDataFrame]:
    return {name: gpd.read_file(SAMPLE, layer=name) for name in COLUMNS}


def test_file_is_small():
    assert SAMPLE.stat().st_size < 3_000_000


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_layers_columns_and_crs(layers, name):
    frame = layers[name]
    assert len(frame) > 0
    assert COLUMNS[name] <= set(frame.columns), COLUMNS[name] - set(frame.columns)
    assert frame.crs.to_epsg() == 28992
    assert frame.geom_type.isin(["Polygon", "MultiPolygon"]).all()
    assert frame.is_valid.all()


def test_two_terreinen(layers):
    assert sorted(layers["terreinen"].terrein_id) == ["DBG-NOORD", "DBG-ZUIDOOST"]


def test_parcels_lie_within_their_terrein(layers):
    parcels, terreinen = layers["parcels"], layers["terreinen"].set_index("terrein_id")
    own = terreinen.geometry.loc[parcels.terrein_id].to_numpy()
    # 1 mm tolerance for coordinate rounding on write
    assert shapely.covers(shapely.buffer(own, 0.001), parcels.geometry.to_numpy()).all()


def test_parcels_do_not_overlap(layers):
    geoms = layers["parcels"].geometry.to_numpy()
    union = shapely.area(shapely.union_all(geoms))
    total = shapely.area(geoms).sum()
    assert union == pytest.approx(total, rel=1e-4)


def test_parcel_sizes_and_rules_are_realistic(layers):
    p = layers["parcels"]
    ha = p.area / 1e4
    assert ha.min() >= 0.1 and ha.max() <= 3.0
    assert p.max_coverage_share.between(0.6, 0.8).all()
    assert p.max_height_m.between(10, 20).all()
    assert p.vacancy_share.between(0, 1).all()
    assert (p.vacancy_share == 0).mean() > 0.5
    assert p.parcel_id.is_unique
    assert p.parcel_id.str.fullmatch(r"DBG00-K-\d{4}").all()
    # some owners hold several parcels
    assert p.owner_id.value_counts().max() >= 2
    assert p.quay_plot.any() and not p.water_bound[~p.quay_plot].any()
    assert p.max_category.str.contains("categorie").all()


def test_streets_between_blocks_leave_tare(layers):
    # kavels cover less than the terrein: streets are the tare
    p, t = layers["parcels"], layers["terreinen"]
    share = p.area.sum() / t.area.sum()
    assert 0.7 < share < 0.99


def test_buildings_attributes(layers):
    b = layers["buildings"]
    assert 2000 <= len(b) <= 6000
    assert b.identificatie.is_unique
    height = b.b3_h_70p - b.b3_h_maaiveld
    assert b.b3_h_maaiveld.between(9.0, 11.0).all()
    assert (height > 0).all()
    eps = 1e-6  # float sums of two values rounded to cm
    homes_h = height[b.gebruiksdoel == "woonfunctie"]
    assert homes_h.between(7.0 - eps, 16.0 + eps).all()
    houses = (b.gebruiksdoel == "woonfunctie") & (b.area <= 250)
    assert height[houses].between(7.0 - eps, 10.0 + eps).all()
    halls = b.gebruiksdoel == "industriefunctie"
    assert height[halls].between(6.0 - eps, 14.0 + eps).all()
    # every kas/warenhuis is a large industrial hall
    assert b.b3_kas_warenhuis.any()
    assert (b.b3_kas_warenhuis <= halls).all()
    assert (b.area[b.b3_kas_warenhuis] >= 1500).all()
    # demolition statuses are kept so the exclusion logic has something to exclude
    assert (b.status == "Sloopvergunning verleend").sum() >= 1


def test_homes_are_residential_buildings_outside_terreinen(layers):
    homes, b, t = layers["homes"], layers["buildings"], layers["terreinen"]
    assert set(homes.omgevingstype) == {"rustige_woonwijk", "gemengd_gebied"}
    assert (homes.omgevingstype == "rustige_woonwijk").mean() > 0.5
    assert (homes.n_homes >= 1).all()
    assert homes.identificatie.isin(b.identificatie[b.gebruiksdoel == "woonfunctie"]).all()
    inside = shapely.contains(shapely.union_all(t.geometry.to_numpy()),
                              shapely.point_on_surface(homes.geometry.to_numpy()))
    assert not inside.any()


@pytest.mark.realdata
def test_building_ids_and_geometry_are_real_bag(layers):
    # the shipped real extract (tests/data, the panden around both parks): every one of its
    # panden within the sample area is in the sample, with the registry's attributes
    real = gpd.read_file(FIXTURE, layer="pand").set_index("identificatie")
    b = layers["buildings"]
    b = b[b.identificatie.isin(real.index)]
    assert len(b) >= 300
    # the footprints and years are the registry's, unchanged
    sel = real.loc[b.identificatie]
    assert (sel.oorspronkelijkBouwjaar.to_numpy() == b.oorspronkelijkBouwjaar.to_numpy()).all()
    assert (sel.status.to_numpy() == b.status.to_numpy()).all()
    np.testing.assert_allclose(sel.area.to_numpy(), b.area.to_numpy(), rtol=1e-6)


@needs_realdata
def test_regenerating_gives_identical_content(tmp_path, layers):
    spec = importlib.util.spec_from_file_location("make_sample_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "doesburg.gpkg"
    module.main([str(REALDATA), "--out", str(out)])
    for name, frame in layers.items():
        again = gpd.read_file(out, layer=name)
        assert_geodataframe_equal(again, frame, check_less_precise=False)
