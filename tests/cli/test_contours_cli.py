"""rve environmental-contours and rve contour-conflicts."""

from __future__ import annotations

import json
import math

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import box

from rve_geo.cli import main

X0, Y0 = 206000.0, 447000.0


@pytest.fixture
def files(tmp_path):
    # Source a: 100 m square, category 3.2 (100 m); source b far east, category 3.1 (50 m).
    sources = gpd.GeoDataFrame(
        {"code": ["a", "b"], "cat": ["milieucategorie 3.2", "3,1"]},
        geometry=[box(X0, Y0, X0 + 100, Y0 + 100), box(X0 + 2000, Y0, X0 + 2100, Y0 + 100)],
        crs="EPSG:28992")
    # houses: 40 m east of a (conflict), exactly 100 m east of a (no conflict),
    # 20 m west of b (conflict, 30 m short)
    houses = gpd.GeoDataFrame(
        {"bag_id": ["w1", "w2", "w3"], "type": [None, None, "gemengd gebied"]},
        geometry=[box(X0 + 140, Y0, X0 + 150, Y0 + 10), box(X0 + 200, Y0, X0 + 210, Y0 + 10),
                  box(X0 + 1970, Y0, X0 + 1980, Y0 + 10)],
        crs="EPSG:28992")
    s, h = tmp_path / "sources.gpkg", tmp_path / "houses.gpkg"
    sources.to_file(s)
    houses.to_file(h)
    return s, h


def test_environmental_contours_per_category(files, tmp_path, capsys):
    s, _ = files
    out = tmp_path / "contours.gpkg"
    code = main(["environmental-contours", str(s), "-o", str(out), "--category-col", "cat",
                 "--mode", "per_category", "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert pyogrio.list_layers(out)[:, 0].tolist() == ["contours"]
    result = gpd.read_file(out, layer="contours")
    assert result["category"].tolist() == ["3.1", "3.2"]
    assert result["distance_m"].tolist() == [50, 100]
    # A + P d + pi d^2 for a 100 m square
    for d, area in zip([50, 100], result["area_m2"], strict=True):
        assert area == pytest.approx(10000 + 400 * d + math.pi * d * d, rel=0.001)
    assert summary["rows"] == 2 and set(summary["area_m2_per_category"]) == {"3.1", "3.2"}


def test_environmental_contours_per_source_with_ids(files, tmp_path):
    s, _ = files
    out = tmp_path / "contours.gpkg"
    code = main(["environmental-contours", str(s), "-o", str(out), "--category-col", "cat",
                 "--omgevingstype", "gemengd_gebied", "--sources-id-col", "code"])
    assert code == 0
    result = gpd.read_file(out, layer="contours")
    assert result["source_id"].tolist() == ["a", "b"]
    assert result["distance_m"].tolist() == [50, 30]  # one step lower in gemengd gebied


def test_contour_conflicts(files, tmp_path, capsys):
    s, h = files
    out = tmp_path / "conflicts.gpkg"
    code = main(["contour-conflicts", str(s), str(h), "-o", str(out), "--category-col", "cat",
                 "--sources-id-col", "code", "--sensitive-id-col", "bag_id", "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    result = gpd.read_file(out, layer="conflicts")
    assert list(zip(result.source_id, result.sensitive_id, strict=True)) == [
        ("a", "w1"), ("b", "w3")]
    assert result["shortfall_m"].tolist() == pytest.approx([60, 30])
    assert summary["conflicts"] == 2
    # per-object omgevingstype: w3 in gemengd gebied needs only 30 m for 3.1 -> 10 m short
    out2 = tmp_path / "conflicts2.gpkg"
    code = main(["contour-conflicts", str(s), str(h), "-o", str(out2), "--category-col", "cat",
                 "--omgevingstype-col", "type"])
    assert code == 0
    result = gpd.read_file(out2, layer="conflicts")
    assert result["shortfall_m"].tolist() == pytest.approx([60, 10])


def test_bad_category_exits_1_with_message(files, tmp_path, capsys):
    s, h = files
    bad = tmp_path / "bad.gpkg"
    frame = gpd.read_file(s)
    frame.loc[1, "cat"] = "categorie 9"
    frame.to_file(bad)
    for argv in (["environmental-contours", str(bad)],
                 ["contour-conflicts", str(bad), str(h)]):
        out = tmp_path / "out.gpkg"
        code = main([*argv, "-o", str(out), "--category-col", "cat"])
        err = capsys.readouterr().err
        assert code == 1
        assert "categorie 9" in err and "Traceback" not in err
        assert not out.exists()


def test_bad_distance_table_and_missing_column(files, tmp_path, capsys):
    s, h = files
    table = tmp_path / "t.csv"
    table.write_text("category,distance_m\n3.1,50\n3.2,20\n")
    code = main(["contour-conflicts", str(s), str(h), "-o", str(tmp_path / "o.gpkg"),
                 "--category-col", "cat", "--distance-table", str(table)])
    err = capsys.readouterr().err
    assert code == 1 and "decreases" in err and "t.csv" in err
    code = main(["environmental-contours", str(s), "-o", str(tmp_path / "o.gpkg"),
                 "--category-col", "milieucat"])
    assert code == 1 and "milieucat" in capsys.readouterr().err
    code = main(["environmental-contours", str(s), "-o", str(tmp_path / "o.gpkg"),
                 "--category-col", "cat", "--mode", "rings"])
    assert code == 2  # usage error
