"""rve write-gio and rve export-shapefile: outputs, reprojection, refusals, exit codes."""

from __future__ import annotations

import json

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from rve_geo.cli import main
from rve_geo.deliverables.gio import read_gio, validate_gio

X0, Y0 = 138000.0, 423000.0
WORK = "/join/id/regdata/gm0297/2026/milieuzones"
NORM_ID = "http://standaarden.omgevingswet.overheid.nl/typenorm/id/concept/Milieucategorie"


@pytest.fixture
def zones_file(tmp_path):
    zones = gpd.GeoDataFrame(
        {"naam": ["noord", "zuid"], "max_cat": ["3.1", "4.2"], "afstand_m": [30.0, 100.0],
         "floor_area_m2": [10.0, 20.0], "floor_area_total_m2": [1.0, 2.0]},
        geometry=[box(X0, Y0, X0 + 100, Y0 + 100), box(X0 + 100, Y0, X0 + 200, Y0 + 100)],
        crs="EPSG:28992",
    )
    path = tmp_path / "zones.gpkg"
    zones.to_file(path, layer="zones")
    return path


def gio_args(src, out, *extra):
    return ["write-gio", str(src), "-o", str(out), "--frbr-work", WORK,
            "--frbr-expression", WORK + "/nld@2026-01-15;1", *extra]


def test_write_gio_kwalitatief_with_json(zones_file, tmp_path, capsys):
    out = tmp_path / "zones.gml"
    code = main(gio_args(zones_file, out, "--name-col", "naam", "--norm-col", "max_cat",
                         "--norm-kind", "kwalitatief", "--norm-label",
                         "maximale milieucategorie", "--norm-id", NORM_ID, "--json"))
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["locations"] == 2 and summary["output"] == str(out.resolve())
    assert validate_gio(out) == []
    back = read_gio(out)
    assert back["kwalitatieve_normwaarde"].tolist() == ["3.1", "4.2"]
    assert back["naam"].tolist() == ["noord", "zuid"]


def test_write_gio_groups_from_cli(zones_file, tmp_path):
    out = tmp_path / "g.gml"
    code = main(gio_args(zones_file, out, "--group-col", "naam", "--group-labels",
                         "noord=Zone noord", "--group-labels", "zuid=Zone zuid"))
    assert code == 0
    assert read_gio(out)["groep_label"].tolist() == ["Zone noord", "Zone zuid"]
    assert main(gio_args(zones_file, tmp_path / "h.gml", "--group-col", "naam",
                         "--group-labels", "no-equals-sign")) == 2


def test_write_gio_reprojects_to_rd(zones_file, tmp_path, capsys):
    wgs = tmp_path / "zones_wgs84.gpkg"
    gpd.read_file(zones_file).to_crs("EPSG:4326").to_file(wgs)
    out = tmp_path / "z.gml"
    assert main(gio_args(wgs, out, "--norm-col", "afstand_m", "--norm-kind", "kwantitatief",
                         "--norm-label", "afstand", "--norm-id", NORM_ID, "--unit", "m")) == 0
    assert "reprojecting from EPSG:4326 to EPSG:28992" in capsys.readouterr().err
    back = read_gio(out)
    assert back.crs.to_epsg() == 28992
    assert back.area.tolist() == pytest.approx([10000.0, 10000.0], rel=1e-4)
    assert back["kwantitatieve_normwaarde"].tolist() == [30.0, 100.0]


def test_write_gio_user_errors(zones_file, tmp_path, capsys):
    out = tmp_path / "z.gml"
    code = main(gio_args(zones_file, out, "--norm-col", "max_cat", "--norm-kind",
                         "kwalitatief"))
    err = capsys.readouterr().err
    assert code == 1 and "norm_label" in err and "Traceback" not in err
    assert not out.exists()
    assert main(["write-gio", str(zones_file), "-o", str(out)]) == 2  # --frbr-work missing
    out.write_text("keep")
    assert main(gio_args(zones_file, out)) == 1
    assert "overwrite" in capsys.readouterr().err and out.read_text() == "keep"
    assert main(gio_args(zones_file, out, "--overwrite")) == 0
    assert validate_gio(out) == []


def test_export_shapefile_cli(zones_file, tmp_path, capsys):
    out = tmp_path / "zones.shp"
    assert main(["export-shapefile", str(zones_file), "--layer", "zones", "-o", str(out),
                 "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    # floor_area_m2 -> flr_ar_m2; floor_area_total_m2 -> flr_ar_tot_m2 (13): the longest
    # non-final word loses a letter (ties: the first): flr -> fl (12), tot -> to (11),
    # fl -> f (10): "f_ar_to_m2"
    assert summary["renamed_fields"] == {"floor_area_m2": "flr_ar_m2",
                                         "floor_area_total_m2": "f_ar_to_m2"}
    fields = pd.read_csv(tmp_path / "zones_fields.csv")
    assert fields["short_name"].tolist() == ["naam", "max_cat", "afstand_m", "flr_ar_m2",
                                             "f_ar_to_m2"]
    back = gpd.read_file(out)
    assert back["flr_ar_m2"].tolist() == [10.0, 20.0]
    assert (tmp_path / "zones.prj").exists() and (tmp_path / "zones.cpg").exists()
    # again without --overwrite: refused, exit 1, no traceback
    assert main(["export-shapefile", str(zones_file), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "overwrite" in err and "Traceback" not in err


def test_export_shapefile_target_crs(zones_file, tmp_path):
    out = tmp_path / "wgs.shp"
    assert main(["export-shapefile", str(zones_file), "-o", str(out), "--target-crs",
                 "EPSG:4326"]) == 0
    assert gpd.read_file(out).crs.to_epsg() == 4326


def test_export_shapefile_refuses_input_as_output(tmp_path, zones_file, capsys):
    shp = tmp_path / "in.shp"
    gpd.read_file(zones_file)[["naam", "geometry"]].to_file(shp)
    before = shp.read_bytes()
    assert main(["export-shapefile", str(shp), "-o", str(shp), "--overwrite"]) == 1
    assert "also the input" in capsys.readouterr().err
    assert shp.read_bytes() == before
