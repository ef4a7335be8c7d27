"""rve opportunity-scores and rve kansenzones: layers, JSON summaries, options, exit codes."""

from __future__ import annotations

import json

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import box

from rve_geo.cli import main

X0, Y0 = 206000.0, 447000.0


@pytest.fixture
def scored(tmp_path):
    # 12 plots of 1 ha in a row; plots 0-5 score 0.9, 6-11 score 0.2
    parcels = gpd.GeoDataFrame(
        {"kans": [0.9] * 6 + [0.2] * 6, "potential_m2": [100.0] * 12},
        geometry=[box(X0 + 100 * i, Y0, X0 + 100 * i + 100, Y0 + 100) for i in range(12)],
        crs="EPSG:28992")
    path = tmp_path / "parcels.gpkg"
    parcels.to_file(path)
    return path


def test_kansenzones_writes_both_layers_and_summary(scored, tmp_path, capsys):
    out = tmp_path / "zones.gpkg"
    code = main(["kansenzones", str(scored), "-o", str(out), "--score-col", "kans",
                 "--min-area-ha", "10", "--max-area-ha", "15", "--seed", "3", "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    # 12 ha in one component: one zone of all 12 plots (12 ha is within 10-15)
    assert summary["zones"] == 1 and summary["parcels_in_zones"] == 12
    assert summary["zone_area_ha"] == pytest.approx(12.0)
    assert summary["score_total"] == pytest.approx(6 * 0.9 + 6 * 0.2)
    assert set(pyogrio.list_layers(out)[:, 0]) == {"kansenzones", "parcels"}
    zones = gpd.read_file(out, layer="kansenzones")
    assert zones["potential_m2"].tolist() == pytest.approx([1200.0])
    parcels = gpd.read_file(out, layer="parcels")
    assert parcels["zone_id"].tolist() == [1] * 12


def test_kansenzones_bounds_from_options(scored, tmp_path, capsys):
    out = tmp_path / "zones.gpkg"
    # zones of 3-4 ha: the 0.9 plots come first; three zones fit in 12 plots
    code = main(["kansenzones", str(scored), "-o", str(out), "--score-col", "kans",
                 "--min-area-ha", "3", "--max-area-ha", "4", "--json"])
    assert code == 0
    zones = gpd.read_file(out, layer="kansenzones")
    assert len(zones) >= 3
    assert zones["area_ha"].between(3 - 1e-9, 4 + 1e-9).all()


def test_kansenzones_small_terreinen_only_when_asked(tmp_path, capsys):
    parcels = gpd.GeoDataFrame(
        {"score": [0.5] * 8},
        geometry=[box(X0 + 100 * i, Y0, X0 + 100 * i + 100, Y0 + 100) for i in range(8)],
        crs="EPSG:28992")
    src = tmp_path / "small.gpkg"
    parcels.to_file(src)
    out1, out2 = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    assert main(["kansenzones", str(src), "-o", str(out1), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["zones"] == 0 and first["area_basis"] == "gross"  # 8 ha < 10 ha
    assert main(["kansenzones", str(src), "-o", str(out2), "--small-terreinen",
                 "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["zones"] == 1 and second["small_terreinen"] == 1  # the 8 ha terrein


def test_kansenzones_missing_score_column_is_a_user_error(scored, tmp_path, capsys):
    out = tmp_path / "zones.gpkg"
    code = main(["kansenzones", str(scored), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and "'score'" in err and "kans" in err and "Traceback" not in err
    assert not out.exists()


def test_opportunity_scores_command(tmp_path, capsys):
    parcels = gpd.GeoDataFrame(
        {"potential_m2": [500.0, 0.0], "allowed_floor_area_m2": [1000.0, 1000.0],
         "leeg": [1.0, 0.0]},
        geometry=[box(X0, Y0, X0 + 50, Y0 + 50), box(X0 + 50, Y0, X0 + 100, Y0 + 50)],
        crs="EPSG:28992")
    src = tmp_path / "p.gpkg"
    parcels.to_file(src)
    out = tmp_path / "scores.gpkg"
    code = main(["opportunity-scores", str(src), "-o", str(out), "--vacancy-col", "leeg",
                 "--weights", "unused_capacity=1,vacancy=1", "--json"])
    captured = capsys.readouterr()
    assert code == 0
    summary = json.loads(captured.out)
    assert summary["indicators"] == ["unused_capacity", "vacancy"]
    assert "skipped" in captured.err  # ageing etc. have no inputs
    result = gpd.read_file(out, layer="opportunity_scores")
    # row 0: (0.5 + 1) / 2 = 0.75; row 1: (0 + 0) / 2 = 0
    assert result["score"].tolist() == pytest.approx([0.75, 0.0])


def test_opportunity_scores_bad_weight_is_a_usage_error(tmp_path, capsys):
    parcels = gpd.GeoDataFrame({"a": [1]}, geometry=[box(X0, Y0, X0 + 1, Y0 + 1)],
                               crs="EPSG:28992")
    src = tmp_path / "p.gpkg"
    parcels.to_file(src)
    code = main(["opportunity-scores", str(src), "-o", str(tmp_path / "o.gpkg"),
                 "--weights", "ageing"])
    assert code == 2
    code = main(["opportunity-scores", str(src), "-o", str(tmp_path / "o.gpkg"),
                 "--weights", "age=1"])
    err = capsys.readouterr().err
    assert code == 1 and "age" in err and "Traceback" not in err
