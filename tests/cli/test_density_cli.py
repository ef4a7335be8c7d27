"""rve density-measures: outputs, JSON summary, exit codes, atomic and safe writes."""

from __future__ import annotations

import json

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import box

from rve_geo.cli import main

X0, Y0 = 206000.0, 447000.0


@pytest.fixture
def inputs(tmp_path):
    parcels = gpd.GeoDataFrame({"kavel": ["A", "B"]},
                               geometry=[box(X0, Y0, X0 + 20, Y0 + 20),
                                         box(X0 + 20, Y0, X0 + 40, Y0 + 20)], crs="EPSG:28992")
    buildings = gpd.GeoDataFrame({"bouwlagen": [2, 1]},
                                 geometry=[box(X0 + 5, Y0 + 5, X0 + 15, Y0 + 15),
                                           box(X0 + 500, Y0, X0 + 510, Y0 + 10)],
                                 crs="EPSG:28992")
    p, b = tmp_path / "parcels.gpkg", tmp_path / "buildings.gpkg"
    parcels.to_file(p)
    buildings.to_file(b)
    return p, b


def test_writes_density_and_unassigned_layers_and_json(inputs, tmp_path, capsys):
    p, b = inputs
    out = tmp_path / "out.gpkg"
    code = main(["density-measures", str(p), str(b), "-o", str(out), "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["rows"] == 2 and summary["unassigned_buildings"] == 1
    assert summary["floor_area_m2"] == pytest.approx(200.0)  # 10x10 x 2 storeys
    layers = set(pyogrio.list_layers(out)[:, 0])
    assert layers == {"density", "unassigned_buildings"}
    d = gpd.read_file(out, layer="density")
    assert d["fsi"].tolist() == pytest.approx([0.5, 0.0])


def test_existing_output_needs_overwrite(inputs, tmp_path, capsys):
    p, b = inputs
    out = tmp_path / "out.gpkg"
    out.write_bytes(b"keep me")
    code = main(["density-measures", str(p), str(b), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and "--overwrite" in err and "Traceback" not in err
    assert out.read_bytes() == b"keep me"
    assert main(["density-measures", str(p), str(b), "-o", str(out), "--overwrite"]) == 0
    assert "density" in set(pyogrio.list_layers(out)[:, 0])


def test_output_equal_to_input_is_refused_and_input_unchanged(inputs, capsys):
    p, b = inputs
    before = p.read_bytes()
    code = main(["density-measures", str(p), str(b), "-o", str(p), "--overwrite"])
    assert code == 1 and "also an input" in capsys.readouterr().err
    assert p.read_bytes() == before


def test_reprojects_other_crs_and_says_so(inputs, tmp_path, capsys):
    p, b = inputs
    wgs = tmp_path / "parcels_wgs84.gpkg"
    gpd.read_file(p).to_crs("EPSG:4326").to_file(wgs)
    out = tmp_path / "o.gpkg"
    assert main(["density-measures", str(wgs), str(b), "-o", str(out)]) == 0
    assert "reprojecting from EPSG:4326 to EPSG:28992" in capsys.readouterr().err
    d = gpd.read_file(out, layer="density")
    assert d.crs.to_epsg() == 28992
    assert d["parcel_area_m2"].tolist() == pytest.approx([400.0, 400.0], rel=1e-4)


def test_user_error_gives_message_not_traceback(inputs, tmp_path, capsys):
    p, b = inputs
    code = main(["density-measures", str(p), str(b), "-o", str(tmp_path / "o.gpkg"),
                 "--height-col", "nope"])
    err = capsys.readouterr().err
    assert code == 1 and "no column 'nope'" in err and "Traceback" not in err
    assert not (tmp_path / "o.gpkg").exists()


def test_usage_error_exits_2(capsys):
    assert main(["density-measures"]) == 2


def test_missing_file_is_a_usage_error(tmp_path, capsys):
    code = main(["density-measures", str(tmp_path / "nope.gpkg"), str(tmp_path / "b.gpkg"),
                 "-o", str(tmp_path / "o.gpkg")])
    assert code == 2 and "does not exist" in capsys.readouterr().err


def test_unwritable_folder_is_refused_before_any_work(inputs, tmp_path, capsys, monkeypatch):
    import os

    p, b = inputs
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if mode == os.W_OK
                        else real_access(path, mode))
    code = main(["density-measures", str(p), str(b), "-o", str(tmp_path / "o.gpkg")])
    assert code == 1 and "is not writable" in capsys.readouterr().err
    assert not (tmp_path / "o.gpkg").exists()
