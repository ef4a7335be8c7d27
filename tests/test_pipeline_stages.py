"""Stages decide with library functions: whether the potential has plan rules."""

from __future__ import annotations

import geopandas as gpd
import pytest

from rve_geo.pipeline.run import run_pipeline

from .test_pipeline import make_config, make_inputs


def _without_rules(folder):
    path = make_inputs(folder)
    parcels = gpd.read_file(path, layer="parcels")
    parcels.drop(columns=["max_coverage_share", "max_height_m"]).to_file(
        path, layer="parcels", engine="pyogrio")


def test_the_potential_is_skipped_without_plan_rules_and_runs_with_a_target_fsi(tmp_path):
    _without_rules(tmp_path)
    result = run_pipeline(make_config(tmp_path))
    assert result.ok
    assert result.areas[0].stages_skipped["potential"].startswith(
        "parcels carry no plan rules")
    cfg = make_config(tmp_path, name="fsi.toml")
    cfg.write_text(cfg.read_text().replace('folder = "out"', 'folder = "out_fsi"')
                   + "\n[operations.densification_potential]\ntarget_fsi = 1.0\n")
    result = run_pipeline(cfg)
    assert result.ok and "potential" in result.areas[0].stages_run
    potential = gpd.read_file(tmp_path / "out_fsi" / "tiny.gpkg",
                              layer="densification_potential")
    # target FSI 1.0 on 200 x 100 m parcels
    assert potential["allowed_floor_area_m2"].tolist() == pytest.approx([20000.0] * 12)
