"""rve densification-potential, redevelopment-stock, work-home-balance,
transformation-monitor and relocation-efficiency: outputs, JSON, user errors."""

from __future__ import annotations

import json

import geopandas as gpd
import pyogrio
import pytest
from shapely.geometry import Point, box

from rve_geo.cli import main

X, Y = 155_000.0, 463_000.0
CRS = "EPSG:28992"


def sq(x0, y0=0.0, w=100.0, h=100.0):
    return box(X + x0, Y + y0, X + x0 + w, Y + y0 + h)


@pytest.fixture
def files(tmp_path):
    parcels = gpd.GeoDataFrame(
        {"max_coverage_share": [0.5, 0.5, 0.5], "max_height_m": [10.0, 10.0, 10.0],
         "functie": ["industrie", "wonen", "kantoor"],
         "max_category": ["4.1", None, "2"], "milieucategorie": ["3.1", None, "1"],
         "kosten": [1.2e7, 1.35e7, 1.5e7]},
        geometry=[sq(0), sq(150), sq(1000)], crs=CRS)
    buildings = gpd.GeoDataFrame({"bvo": [2_000.0], "bouwjaar": [1970]},
                                 geometry=[sq(10, 10, 40, 50)], crs=CRS)
    paths = {"parcels": tmp_path / "parcels.gpkg", "buildings": tmp_path / "buildings.gpkg"}
    parcels.to_file(paths["parcels"])
    buildings.to_file(paths["buildings"])
    return paths


def run_json(args, capsys):
    code = main([*args, "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


def test_densification_potential_with_constraints(files, tmp_path, capsys):
    out = tmp_path / "potential.gpkg"
    summary = run_json(["densification-potential", str(files["parcels"]),
                        str(files["buildings"]), "-o", str(out), "--function-col", "functie",
                        "--source-category-col", "max_category",
                        "--use-category-col", "milieucategorie"], capsys)
    # each parcel: 0.5 x 10,000 x floor(10/5) = 10,000 allowed; existing 2,000 on parcel 0
    assert summary["allowed_floor_area_m2"] == pytest.approx(30_000)
    assert summary["potential_unconstrained_m2"] == pytest.approx(28_000)
    # parcel 1 (housing, 50 m from a 4.1 source) in the contour; parcel 0: 3.1 on HMC land
    assert summary["removed_by_contours_m2"] == pytest.approx(10_000)
    assert summary["removed_by_hmc_m2"] == pytest.approx(8_000)
    assert summary["potential_m2"] == pytest.approx(10_000)
    assert summary["potential_jobs"] == pytest.approx(500)  # office: 10,000 / 20
    layer = gpd.read_file(out, layer="potential")
    assert layer["potential_m2"].tolist() == pytest.approx([0, 0, 10_000])


def test_densification_potential_per_zone(files, tmp_path, capsys):
    zones = gpd.GeoDataFrame({"terrein": ["west", "oost"]},
                             geometry=[sq(-10, -10, 300, 120), sq(900, -10, 300, 120)], crs=CRS)
    zp = tmp_path / "zones.gpkg"
    zones.to_file(zp)
    out = tmp_path / "potential.gpkg"
    run_json(["densification-potential", str(files["parcels"]), str(files["buildings"]),
              "-o", str(out), "--zones", str(zp), "--zone-id-col", "terrein"], capsys)
    assert set(pyogrio.list_layers(out)[:, 0]) == {"potential", "potential_per_zone"}
    z = gpd.read_file(out, layer="potential_per_zone").set_index("zone_id")
    # west: parcels 0 and 1, 8,000 + 10,000 without constraints; oost: parcel 2
    assert z.loc["west", "potential_m2"] == pytest.approx(18_000)
    assert z.loc["oost", "potential_m2"] == pytest.approx(10_000)
    assert z.loc["west", "n_parcels"] == 2
    # allowed FSI: 20,000 m2 over 2 ha = 1.0
    assert z.loc["west", "allowed_fsi_net"] == pytest.approx(1.0)


def test_densification_potential_target_fsi_number(files, tmp_path, capsys):
    out = tmp_path / "p.gpkg"
    summary = run_json(["densification-potential", str(files["parcels"]),
                        str(files["buildings"]), "-o", str(out), "--target-fsi", "0.3",
                        "--max-coverage-col", "max_coverage_share"], capsys)
    # target 0.3 x 10,000 = 3,000 binds below the coverage cap of 10,000
    assert summary["allowed_floor_area_m2"] == pytest.approx(9_000)


def test_coverage_as_percent_is_a_user_error(files, tmp_path, capsys):
    p = gpd.read_file(files["parcels"])
    p["max_coverage_share"] = [50.0, 0.5, 0.5]
    bad = tmp_path / "bad.gpkg"
    p.to_file(bad)
    out = tmp_path / "out.gpkg"
    code = main(["densification-potential", str(bad), str(files["buildings"]), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "divide by 100" in err and "Traceback" not in err
    assert not out.exists()


def test_redevelopment_stock(files, tmp_path, capsys):
    out = tmp_path / "stock.gpkg"
    summary = run_json(["redevelopment-stock", str(files["parcels"]), str(files["buildings"]),
                        "-o", str(out)], capsys)
    assert summary["weighted_construction_year"] == pytest.approx(1970)
    assert summary["area_pre_threshold_ha"] == pytest.approx(1.0)  # parcel 0 is 1 ha
    assert set(pyogrio.list_layers(out)[:, 0]) == {"redevelopment_stock"}


def test_work_home_balance_with_point_layers(files, tmp_path, capsys):
    homes = gpd.GeoDataFrame(geometry=[Point(X + 10, Y + 10)] * 3, crs=CRS)
    jobs = gpd.GeoDataFrame(geometry=[Point(X + 20, Y + 20)], crs=CRS)
    hp, jp = tmp_path / "homes.gpkg", tmp_path / "jobs.gpkg"
    homes.to_file(hp)
    jobs.to_file(jp)
    out = tmp_path / "whb.gpkg"
    summary = run_json(["work-home-balance", str(files["parcels"]), "--homes", str(hp),
                        "--jobs", str(jp), "-o", str(out)], capsys)
    assert summary["homes"] == 3 and summary["jobs"] == 1
    assert summary["fmi"] == pytest.approx(25.0)
    layer = gpd.read_file(out, layer="work_home_balance")
    assert layer["fmi"].iloc[0] == pytest.approx(25.0)


def test_transformation_monitor(tmp_path, capsys):
    before = gpd.GeoDataFrame({"id": [1, 2], "nieuw": [None, "wonen"]},
                              geometry=[sq(0), sq(200)], crs=CRS)
    after = gpd.GeoDataFrame({"id": [1]}, geometry=[sq(0, 0, 100, 150)], crs=CRS)
    bp, ap = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    before.to_file(bp)
    after.to_file(ap)
    out = tmp_path / "monitor.gpkg"
    summary = run_json(["transformation-monitor", str(bp), str(ap), "--id-col", "id",
                        "--new-use-col", "nieuw", "-o", str(out)], capsys)
    assert summary["lost_ha"] == pytest.approx(1.0)
    assert summary["gained_ha"] == pytest.approx(0.5)
    assert set(pyogrio.list_layers(out)[:, 0]) == {"changes", "per_id", "per_use"}
    per_use = pyogrio.read_dataframe(out, layer="per_use")
    assert per_use.set_index("new_use")["lost_ha"].to_dict() == pytest.approx({"wonen": 1.0})


def test_relocation_efficiency(files, tmp_path, capsys):
    out = tmp_path / "reloc.gpkg"
    summary = run_json(["relocation-efficiency", str(files["parcels"]), "--cost-col", "kosten",
                        "-o", str(out)], capsys)
    # 1,200, 1,350 and 1,500 EUR per m2 of a 1 ha plot
    assert (summary["below_band"], summary["within_band"], summary["above_band"]) == (1, 1, 1)
    summary = run_json(["relocation-efficiency", str(files["parcels"]), "--cost-col", "kosten",
                        "--band-eur-per-m2", "1000", "1600", "-o", str(out), "--overwrite"],
                       capsys)
    assert summary["within_band"] == 3


def _shown_default(help_text: str, option: str) -> str:
    """The ``[default: ...]`` click prints for ``option`` in ``--help``."""
    import re

    text = " ".join(help_text.split())
    m = re.search(re.escape(option) + r" \S+((?:(?! --[a-z]).)*?)\[default: ([^\]]+)\]", text)
    assert m, f"{option} with a default not in the help"
    return m.group(2)


def test_potential_help_shows_the_option_fields_with_the_policy_defaults():
    from click.testing import CliRunner

    from rve_geo.cli import cli
    from rve_geo.data import policy

    result = CliRunner().invoke(cli, ["densification-potential", "--help"], terminal_width=400)
    assert result.exit_code == 0, result.output
    text = result.output
    # JobsOptions and FloorAreaOptions fields, defaults from rve_geo/data/policy.toml
    assert float(_shown_default(text, "--plot-m2-per-job")) == policy("plot_m2_per_job") == 250
    assert _shown_default(text, "--jobs-basis") == policy("jobs_basis") == "floor_area"
    assert float(_shown_default(text, "--bvo-go-factor")) == policy("bvo_go_factor") == 1.2
    assert float(_shown_default(text, "--cover-share")) == 0.5
    for option in ("--floor-area-col", "--storeys-col", "--max-fsi-col", "--jobs-ratios",
                   "--plan-rules-storey-height-m", "--floor-area-storey-height-m"):
        assert option in text
    # the objects themselves are no options
    for option in ("--floor-area ", "--jobs ", "--plan-rules "):
        assert option not in text


def test_field_options_give_the_library_result_with_the_objects(tmp_path, capsys):
    from rve_geo import FloorAreaOptions, JobsOptions, PlanRulesOptions, densification_potential

    parcels = gpd.GeoDataFrame({"max_coverage_share": [0.5, 0.5], "max_height_m": [10.0, 10.0]},
                               geometry=[sq(0), sq(150)], crs=CRS)
    # 3,000 m2 BVO recorded, footprint 40 x 50 = 2,000 m2
    buildings = gpd.GeoDataFrame({"bvo": [3_000.0]}, geometry=[sq(10, 10, 40, 50)], crs=CRS)
    pp, bp, out = tmp_path / "p.gpkg", tmp_path / "b.gpkg", tmp_path / "out.gpkg"
    parcels.to_file(pp)
    buildings.to_file(bp)
    run_json(["densification-potential", str(pp), str(bp), "-o", str(out),
              "--floor-area-method", "footprint", "--jobs-basis", "plot_area",
              "--plot-m2-per-job", "200", "--plan-rules-storey-height-m", "5"], capsys)
    cli_layer = gpd.read_file(out, layer="potential")
    lib = densification_potential(
        parcels, buildings, plan_rules=PlanRulesOptions(storey_height_m=5.0),
        floor_area=FloorAreaOptions(floor_area_method="footprint"),
        jobs=JobsOptions(jobs_basis="plot_area", plot_m2_per_job=200.0))
    columns = ["floor_area_m2", "allowed_floor_area_m2", "potential_m2", "jobs",
               "potential_jobs"]
    assert cli_layer[columns].to_numpy().ravel() == pytest.approx(lib[columns].to_numpy().ravel())
    # by hand: footprint 2,000 (not the 3,000 BVO); 0.5 x 10,000 x floor(10 / 5) = 10,000
    # allowed; jobs on plot area: 10,000 / 200 = 50 on the built parcel, none on the empty
    # one; extra jobs: potential / (200 x 0.4)
    assert lib["floor_area_m2"].tolist() == pytest.approx([2_000, 0])
    assert lib["potential_m2"].tolist() == pytest.approx([8_000, 10_000])
    assert lib["jobs"].tolist() == pytest.approx([50, 0])
    assert lib["potential_jobs"].tolist() == pytest.approx([100, 125])
