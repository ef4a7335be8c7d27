"""rve max-allowed-category, allowed-category-zones, category-use, read-imro."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import box

from rve_geo.cli import main

X0, Y0 = 206000.0, 447000.0
PLAN = Path(__file__).resolve().parents[1] / "data" / "imro" / \
    "durperveld_2012_10.gml"


@pytest.fixture
def inputs(tmp_path):
    # parcels 75 m and 250 m east of a house; a second house (gemengd gebied) far north
    parcels = gpd.GeoDataFrame({"kavel": ["a", "b"]},
                               geometry=[box(X0 + 85, Y0, X0 + 135, Y0 + 50),
                                         box(X0 + 260, Y0, X0 + 310, Y0 + 50)],
                               crs="EPSG:28992")
    sensitive = gpd.GeoDataFrame({"bag_id": ["w1", "w2"],
                                  "type": ["rustige woonwijk", "gemengd gebied"]},
                                 geometry=[box(X0, Y0, X0 + 10, Y0 + 10),
                                           box(X0, Y0 + 3000, X0 + 10, Y0 + 3010)],
                                 crs="EPSG:28992")
    p, s = tmp_path / "parcels.gpkg", tmp_path / "sensitive.gpkg"
    parcels.to_file(p)
    sensitive.to_file(s)
    return p, s


def test_max_allowed_category_with_raster(inputs, tmp_path, capsys):
    rasterio = pytest.importorskip("rasterio")
    p, s = inputs
    out, tif = tmp_path / "out.gpkg", tmp_path / "cat.tif"
    code = main(["max-allowed-category", str(p), str(s), "-o", str(out), "--raster", str(tif),
                 "--cell-size-m", "5", "--omgevingstype-col", "type", "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["parcels_per_category"] == {"3.1": 1, "4.1": 1}
    result = gpd.read_file(out, layer="max_allowed_category")
    assert result["max_category"].tolist() == ["3.1", "4.1"]  # 75 m and 250 m rustig
    assert result["headroom_m"].tolist() == pytest.approx([25, 50])
    with rasterio.open(tif) as src:
        assert src.res == (5.0, 5.0) and src.crs.to_epsg() == 28992


def test_allowed_category_zones_gemengd(inputs, tmp_path, capsys):
    p, s = inputs
    out = tmp_path / "zones.gpkg"
    code = main(["allowed-category-zones", str(p), str(s), "-o", str(out),
                 "--omgevingstype", "gemengd_gebied", "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    bands = gpd.read_file(out, layer="allowed_category_zones")
    assert set(bands["zone_id"]) == {"0", "1"}
    assert bands["area_m2"].sum() == pytest.approx(2 * 50 * 50)
    # gemengd: parcel a spans 75..~160 m -> 3.2 (50) and 4.1 (100) only
    assert set(bands.loc[bands["zone_id"] == "0", "max_category"]) == {"3.2", "4.1"}
    assert sum(summary["area_m2_per_category"].values()) == pytest.approx(5000, abs=0.5)


def test_category_use(tmp_path, capsys):
    plots = gpd.GeoDataFrame({"firm": ["2", "4.2"], "plan": ["4.2", "4.2"],
                              "water": ["nee", "ja"], "kade": ["ja", "ja"]},
                             geometry=[box(X0, Y0, X0 + 1, Y0 + 1)] * 2, crs="EPSG:28992")
    p, out = tmp_path / "plots.gpkg", tmp_path / "use.gpkg"
    plots.to_file(p)
    code = main(["category-use", str(p), "-o", str(out), "--actual-col", "firm",
                 "--allowed-col", "plan", "--hmc-threshold", "4.2", "--water-bound-col",
                 "water", "--quay-col", "kade", "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["low_on_hmc"] == 1 and summary["non_water_bound_on_quay"] == 1
    result = gpd.read_file(out, layer="category_use")
    assert result["unused_steps"].tolist() == [4, 0]


def test_category_use_bad_label_is_a_clean_error(tmp_path, capsys):
    plots = gpd.GeoDataFrame({"firm": ["9"], "plan": ["4.2"]},
                             geometry=[box(X0, Y0, X0 + 1, Y0 + 1)], crs="EPSG:28992")
    p = tmp_path / "plots.gpkg"
    plots.to_file(p)
    code = main(["category-use", str(p), "-o", str(tmp_path / "o.gpkg"), "--actual-col",
                 "firm", "--allowed-col", "plan"])
    err = capsys.readouterr().err
    assert code == 1 and "firm" in err and "Traceback" not in err
    assert not (tmp_path / "o.gpkg").exists()


@pytest.mark.realdata
def test_read_imro(tmp_path, capsys):
    plan = tmp_path / PLAN.name
    shutil.copy(PLAN, plan)
    out = tmp_path / "imro.gpkg"
    assert main(["read-imro", str(plan), "-o", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["objects"]["enkelbestemming"] == 84
    assert list(pyogrio.list_layers(out)[:, 0]) == ["imro"]
    zones = gpd.read_file(out)
    assert {"2", "3.1"} <= set(zones["max_category"].dropna())


def test_read_imro_non_imro_file(tmp_path, capsys):
    roads = gpd.GeoDataFrame({"name": ["A12"]}, geometry=[box(0, 0, 1, 1)], crs="EPSG:28992")
    path = tmp_path / "roads.gml"
    roads.to_file(path, layer="wegen", driver="GML")
    code = main(["read-imro", str(path), "-o", str(tmp_path / "o.gpkg")])
    err = capsys.readouterr().err
    assert code == 1 and "not an IMRO bestemmingsplan" in err and "Traceback" not in err
