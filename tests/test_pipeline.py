"""The batch pipeline: GeoPackage content and metadata, determinism, cancellation, failures."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
from shapely.geometry import box

import rve_geo
from rve_geo.errors import ConfigError, OperationCancelledError, OutputError
from rve_geo.pipeline.run import STAGES, TIMESTAMP_KEYS, run_pipeline

X0, Y0 = 200_000.0, 450_000.0  # RD New


def make_inputs(folder: Path, *, crs: str = "EPSG:28992") -> Path:
    """Two terreinen (A, and B 2 km east), 6 parcels of 200 x 100 m each, one building of
    100 x 50 m with 2 storeys per parcel, and a few homes; written to ``folder/in.gpkg``.

    Per parcel: footprint 5,000 m2, floor area 10,000 m2, area 20,000 m2 -> FSI 0.5.
    """
    parcels, buildings, terreinen, homes = [], [], [], []
    for t, dx in (("A", 0.0), ("B", 2000.0)):
        terreinen.append({"terrein_id": t, "naam": f"Terrein {t}",
                          "geometry": box(X0 + dx, Y0, X0 + dx + 400, Y0 + 300)})
        for i in range(2):
            for j in range(3):
                x, y = X0 + dx + i * 200, Y0 + j * 100
                k = len(parcels)
                parcels.append({
                    "parcel_id": f"{t}{i}{j}", "terrein_id": t,
                    "milieucategorie": "2" if k % 2 else "3.1",
                    "plan_cat": "4.1" if j == 0 else "3.1",
                    "max_coverage_share": 0.7, "max_height_m": 15.0,
                    "owner_id": f"O{k % 4}", "vacancy_share": 0.1 * (k % 3),
                    "geometry": box(x, y, x + 200, y + 100)})
                buildings.append({"identificatie": f"P{k}", "bouwlagen": 2,
                                  "oorspronkelijkBouwjaar": 1970 if k % 2 else 1995,
                                  "status": "Pand in gebruik",
                                  "geometry": box(x + 50, y + 25, x + 150, y + 75)})
        for n, dist in enumerate((40.0, 150.0, 600.0)):
            homes.append({"identificatie": f"H{t}{n}", "omgevingstype": "rustige_woonwijk",
                          "n_homes": 2, "geometry": box(X0 + dx + 100, Y0 + 300 + dist,
                                                        X0 + dx + 110, Y0 + 310 + dist)})
    path = folder / "in.gpkg"
    for name, rows in (("parcels", parcels), ("buildings", buildings),
                       ("terreinen", terreinen), ("homes", homes)):
        frame = gpd.GeoDataFrame(rows, crs="EPSG:28992")
        frame.to_crs(crs).to_file(path, layer=name, engine="pyogrio")
    return path


CONFIG = """\
[run]
name = "tiny"

[inputs.parcels]
path = "in.gpkg"
layer = "parcels"
columns = {{ max_category = "plan_cat" }}

[inputs.buildings]
path = "in.gpkg"
layer = "buildings"

[inputs.terreinen]
path = "in.gpkg"
layer = "terreinen"

[inputs.sensitive]
path = "in.gpkg"
layer = "homes"

{areas}

[parameters]
omgevingstype = "rustige_woonwijk"

[operations.environmental_contours]
category_col = "max_category"

[operations.contour_conflicts]
category_col = "max_category"

[operations.kansenzones]
min_area_ha = 4.0
max_area_ha = 8.0

[outputs]
folder = "out"
report = {report}
"""

SPLIT = '[areas]\nsplit_by = "terreinen"\nname_column = "terrein_id"'


def make_config(folder: Path, *, areas: str = "", report: bool = False,
                name: str = "run.toml") -> Path:
    if not (folder / "in.gpkg").exists():
        make_inputs(folder)
    path = folder / name
    path.write_text(CONFIG.format(areas=areas, report=str(report).lower()))
    return path


def layers_of(path: Path) -> list[str]:
    return [str(n) for n in pyogrio.list_layers(path)[:, 0]]


def read_all(path: Path) -> dict[str, pd.DataFrame]:
    out = {}
    for name in layers_of(path):
        frame = pyogrio.read_dataframe(path, layer=name)
        if "geometry" in frame.columns:
            wkb = frame.geometry.to_wkb()
            frame = pd.DataFrame(frame.drop(columns="geometry")).assign(wkb=wkb.to_numpy())
        out[name] = pd.DataFrame(frame)
    return out


TABLE_FILES = ("kansenzones.csv", "kengetallen.csv", "per_terrein.csv", "tabellen.xlsx")


def handed_over(*stems: str) -> list[str]:
    """The files ``rve run`` writes per area without report: GeoPackage and tables."""
    return sorted([f"{s}.gpkg" for s in stems] + [f"{s}_{t}" for s in stems
                                                  for t in TABLE_FILES])


def files_in(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) \
        if folder.exists() else []


@pytest.fixture(scope="module")
def single_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("single")
    cfg = make_config(folder)
    return folder, run_pipeline(cfg)


def test_single_area_runs_every_stage_and_writes_one_geopackage(single_run):
    folder, result = single_run
    assert result.ok and len(result.areas) == 1
    area = result.areas[0]
    assert area.name == "tiny"
    # every stage but the IMRO reader (no .gml plan configured) ran
    assert set(area.stages_run) == {s.name for s in STAGES} - {"imro"}
    assert "imro" in area.stages_skipped
    # no staging folder left; the tables beside the GeoPackage
    assert files_in(folder / "out") == handed_over("tiny")


def test_geopackage_layers_have_descriptions_real_types_and_hand_computed_values(single_run):
    folder, _ = single_run
    gpkg = folder / "out" / "tiny.gpkg"
    names = layers_of(gpkg)
    for layer in ("parcel_density", "terrein_density", "environmental_contours",
                  "contour_conflicts", "max_allowed_category", "allowed_category_zones",
                  "category_use", "densification_potential", "redevelopment_stock",
                  "work_home_balance", "opportunity_scores", "kansenzones",
                  "kansenzone_parcels", "parcel_results", "sensitive_objects", "summary",
                  "terrein_summary", "run_metadata"):
        assert layer in names, layer
    con = sqlite3.connect(gpkg)
    try:
        desc = dict(con.execute("SELECT table_name, description FROM gpkg_contents"))
        kinds = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents"))
    finally:
        con.close()
    assert all(desc[n] and len(desc[n]) > 20 for n in names), desc
    assert kinds["run_metadata"] == "attributes" and kinds["parcel_density"] == "features"
    density = gpd.read_file(gpkg, layer="parcel_density")
    assert density.crs.to_epsg() == 28992
    assert set(density.geom_type) == {"Polygon"}
    # 10,000 m2 floor area on 20,000 m2 parcels (see make_inputs)
    np.testing.assert_allclose(density["fsi"], 0.5)
    np.testing.assert_allclose(density["gsi"], 0.25)
    assert density["fsi"].dtype == np.float64
    assert pd.api.types.is_integer_dtype(density["n_buildings"])
    # long names survive (no 10-character truncation)
    results = gpd.read_file(gpkg, layer="parcel_results")
    assert "floor_area_pre_threshold_share" in results.columns
    summary = pyogrio.read_dataframe(gpkg, layer="summary").set_index("figure")["value"]
    assert summary["n_parcels"] == 12
    assert summary["parcel_area_ha"] == pytest.approx(24.0)  # 12 x 2 ha
    assert summary["fsi"] == pytest.approx(0.5)
    # 6 of the 12 buildings are from 1970: their parcels (2 ha each) count as ageing stock
    assert summary["redevelopment_ha"] == pytest.approx(12.0)
    # jobs and homes of the same area, the parcels: 120,000 m2 floor area at the default
    # 100 m2 BVO per job (no function column); every home lies off the parcels
    assert summary["jobs"] == pytest.approx(1200.0)
    assert summary["homes"] == pytest.approx(0.0)
    assert summary["fmi"] == pytest.approx(100.0)
    per_terrein = pyogrio.read_dataframe(gpkg, layer="terrein_summary")
    assert per_terrein["terrein_id"].tolist() == ["A", "B"]
    assert per_terrein["n_parcels"].tolist() == [6, 6]
    np.testing.assert_allclose(per_terrein["parcel_area_ha"], [12.0, 12.0])


@pytest.mark.parametrize("threads", ["1", "2"])
def test_input_hashes_made_while_reading(tmp_path, monkeypatch, threads):
    # the hashes are made on a thread of their own while the inputs are read (inline with
    # one thread): the same SHA-256 of every file, and an error in hashing is raised
    from types import SimpleNamespace

    from rve_geo.pipeline import inputs

    monkeypatch.setenv("RVE_THREADS", threads)
    files = [tmp_path / "a.gpkg", tmp_path / "b.csv", tmp_path / "missing.csv"]
    files[0].write_bytes(bytes(range(256)) * 20_000)
    files[1].write_text("code;ratio\n1;2\n")
    config = SimpleNamespace(files_read=lambda: files)
    hashes = inputs._input_hashes_meanwhile(config)()
    assert hashes == {str(f): hashlib.sha256(f.read_bytes()).hexdigest() for f in files[:2]}

    def broken(path):
        raise PermissionError(f"cannot read {path}")

    monkeypatch.setattr(inputs, "_sha256", broken)
    wait = inputs._input_hashes_meanwhile(config)
    with pytest.raises(PermissionError, match="a.gpkg"):
        wait()


def test_run_metadata_records_version_parameters_hashes_and_stages(single_run):
    folder, _ = single_run
    meta = pyogrio.read_dataframe(folder / "out" / "tiny.gpkg", layer="run_metadata")
    meta = dict(zip(meta["key"], meta["value"], strict=True))
    assert meta["rve_geo_version"] == rve_geo.__version__
    assert meta["area"] == "tiny" and meta["target_crs"] == "EPSG:28992"
    digest = hashlib.sha256((folder / "in.gpkg").read_bytes()).hexdigest()
    assert json.loads(meta["input_sha256"]) == {str((folder / "in.gpkg").resolve()): digest}
    params = json.loads(meta["parameters"])
    assert params["parameters"]["omgevingstype"] == "rustige_woonwijk"
    assert params["operations"]["kansenzones"] == {"max_area_ha": 8.0, "min_area_ha": 4.0}
    assert json.loads(meta["configuration"])["inputs"]["parcels"]["columns"] == \
        {"max_category": "plan_cat"}
    assert "imro" in json.loads(meta["stages_skipped"])
    for key in TIMESTAMP_KEYS:
        assert pd.Timestamp(meta[key]).tzinfo is not None


def test_same_inputs_and_config_give_identical_layer_content(tmp_path):
    cfg = make_config(tmp_path)
    first = run_pipeline(cfg)
    a = read_all(tmp_path / "out" / "tiny.gpkg")
    second = run_pipeline(cfg, overwrite=True)
    b = read_all(tmp_path / "out" / "tiny.gpkg")
    assert first.ok and second.ok
    assert sorted(a) == sorted(b)
    for name in a:
        left, right = a[name], b[name]
        if name == "run_metadata":
            left = left[~left["key"].isin(TIMESTAMP_KEYS)].reset_index(drop=True)
            right = right[~right["key"].isin(TIMESTAMP_KEYS)].reset_index(drop=True)
        pd.testing.assert_frame_equal(left, right, obj=name)


@pytest.mark.parametrize("stop_at", ["density per parcel", "milieucontouren",
                                     "densification potential", "kansenzones",
                                     "GeoPackage prepared"])
def test_cancelling_at_any_stage_leaves_no_partial_output(tmp_path, stop_at):
    cfg = make_config(tmp_path, report=True)
    seen = []

    def progress(fraction, message=""):
        seen.append(fraction)
        if stop_at in message:
            raise OperationCancelledError(f"stopped at {stop_at}")

    with pytest.raises(OperationCancelledError):
        run_pipeline(cfg, progress=progress)
    assert seen == sorted(seen)  # monotonic until the stop
    assert files_in(tmp_path / "out") == []


def test_cancelling_a_rerun_keeps_the_previous_complete_outputs(tmp_path):
    cfg = make_config(tmp_path)
    run_pipeline(cfg)
    before = read_all(tmp_path / "out" / "tiny.gpkg")

    def progress(fraction, message=""):
        if "scores" in message:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_pipeline(cfg, overwrite=True, progress=progress)
    assert files_in(tmp_path / "out") == handed_over("tiny")
    after = read_all(tmp_path / "out" / "tiny.gpkg")
    pd.testing.assert_frame_equal(before["run_metadata"], after["run_metadata"])


def test_a_failing_area_keeps_the_completed_areas_outputs(tmp_path, monkeypatch):
    import rve_geo.potential.densification

    real = rve_geo.potential.densification.densification_potential

    def broken(parcels, *args, **kwargs):
        if (parcels["terrein_id"] == "B").any():
            raise ValueError("simulated failure")
        return real(parcels, *args, **kwargs)

    monkeypatch.setattr(rve_geo.potential.densification, "densification_potential", broken)
    cfg = make_config(tmp_path, areas=SPLIT)
    result = run_pipeline(cfg)
    assert not result.ok
    assert [a.name for a in result.areas] == ["A"]
    (failure,) = result.failures
    assert failure.name == "B" and failure.stage == "potential"
    assert "simulated failure" in failure.message
    assert files_in(tmp_path / "out") == handed_over("A")
    a = gpd.read_file(tmp_path / "out" / "A.gpkg", layer="parcel_results")
    assert set(a["terrein_id"]) == {"A"} and len(a) == 6
    assert "potential_m2" in a.columns


def test_split_areas_get_their_own_parcels_and_nearby_sensitive_objects(tmp_path):
    cfg = make_config(tmp_path, areas=SPLIT)
    result = run_pipeline(cfg)
    assert result.ok and [a.name for a in result.areas] == ["A", "B"]
    for name in ("A", "B"):
        gpkg = tmp_path / "out" / f"{name}.gpkg"
        parcels = gpd.read_file(gpkg, layer="parcel_results")
        assert set(parcels["terrein_id"]) == {name}
        homes = gpd.read_file(gpkg, layer="sensitive_objects")
        # the terreinen are 2 km apart; context_m = 1500 keeps only the own three homes
        assert sorted(homes["identificatie"]) == [f"H{name}{n}" for n in range(3)]
    total = result.summary()
    assert total["parcel_area_ha"] == pytest.approx(24.0)
    assert total["fsi"] == pytest.approx(0.5)


def test_a_broken_operation_fails_its_area_with_the_stage_named(tmp_path, monkeypatch):
    # no scaffolding skips operations "not part of this version": a broken install fails
    monkeypatch.setitem(rve_geo._OPERATION_MODULES, "kansenzones", "no_such_module")
    result = run_pipeline(make_config(tmp_path))
    assert not result.ok
    assert result.failures[0].stage == "kansenzones"
    assert "no_such_module" in result.failures[0].message
    assert not (tmp_path / "out" / "tiny.gpkg").exists()


def test_existing_outputs_are_refused_before_any_work(tmp_path, monkeypatch):
    cfg = make_config(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "tiny.gpkg").write_text("precious")
    calls = []
    monkeypatch.setattr("rve_geo.pipeline.run._stage_density",
                        lambda *a: calls.append(a))
    with pytest.raises(OutputError, match="exists.*overwrite"):
        run_pipeline(cfg)
    assert (tmp_path / "out" / "tiny.gpkg").read_text() == "precious" and not calls


def test_inputs_are_reprojected_to_the_target_crs(tmp_path, caplog):
    make_inputs(tmp_path, crs="EPSG:3857")
    cfg = make_config(tmp_path)
    with caplog.at_level("WARNING", logger="rve_geo.pipeline.run"):
        result = run_pipeline(cfg)
    assert result.ok
    assert "inputs.parcels: reprojecting from EPSG:3857 to EPSG:28992" in caplog.text
    density = gpd.read_file(tmp_path / "out" / "tiny.gpkg", layer="parcel_density")
    assert density.crs.to_epsg() == 28992
    # a round trip through Web Mercator keeps the FSI
    np.testing.assert_allclose(density["fsi"], 0.5, rtol=1e-6)


def test_a_column_mapping_to_a_missing_column_names_key_and_line(tmp_path):
    cfg = make_config(tmp_path)
    cfg.write_text(cfg.read_text().replace('max_category = "plan_cat"',
                                           'max_category = "plancat"'))
    with pytest.raises(ConfigError, match=r"line 7: 'inputs.parcels.columns.max_category' "
                                          r"names column 'plancat'.*plan_cat"):
        run_pipeline(cfg)


def test_shapefile_and_gio_outputs_when_configured(tmp_path):
    cfg = make_config(tmp_path)
    cfg.write_text(cfg.read_text().replace(
        "report = false",
        'report = false\nshapefile = true\ngio = ["allowed_category_zones"]')
        + '\n[operations.write_gio]\nfrbr_work = "/join/id/regdata/gm0221/2026/{layer}"\n'
          'frbr_expression = "/join/id/regdata/gm0221/2026/{layer}/nld@2026-01-15;1"\n')
    result = run_pipeline(cfg)
    assert result.ok, result.failures
    shp = tmp_path / "out" / "tiny_shapefile"
    for suffix in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
        assert (shp / f"parcel_results{suffix}").exists()
    assert (shp / "parcel_results_fields.csv").exists()  # long name -> short name map
    back = gpd.read_file(shp / "parcel_density.shp")
    np.testing.assert_allclose(back["fsi"], 0.5)
    gml = (tmp_path / "out" / "tiny_gio" / "allowed_category_zones.gml").read_text()
    assert "<geo:FRBRWork>/join/id/regdata/gm0221/2026/allowed_category_zones</geo:FRBRWork>" \
        in gml
    assert gml.count('srsName="urn:ogc:def:crs:EPSG::28992"') >= 1


def test_gio_output_without_frbr_identifiers_is_a_config_error(tmp_path):
    cfg = make_config(tmp_path)
    cfg.write_text(cfg.read_text().replace("report = false",
                                           'report = false\ngio = ["allowed_category_zones"]'))
    line = cfg.read_text().splitlines().index('gio = ["allowed_category_zones"]') + 1
    with pytest.raises(ConfigError, match=rf"line {line}: 'outputs.gio' needs "
                                          r"\[operations.write_gio\] with frbr_work"):
        run_pipeline(cfg)
    assert files_in(tmp_path / "out") == []


REALDATA = Path(__file__).resolve().parent / "data"  # tests/data/PROVENANCE.md
DURPERVELD = REALDATA / "imro" / "durperveld_2012_10.gml"


@pytest.mark.realdata
def test_an_imro_plan_is_read_by_its_stage_and_written(tmp_path):
    cfg = make_config(tmp_path)
    cfg.write_text(cfg.read_text().replace(
        "[parameters]", f'[inputs.plan]\npath = "{DURPERVELD.as_posix()}"\n\n[parameters]'))
    result = run_pipeline(cfg)
    assert result.ok, result.failures
    assert "imro" in result.areas[0].stages_run
    plan = gpd.read_file(tmp_path / "out" / "tiny.gpkg", layer="plan_zones")
    assert plan.crs.to_epsg() == 28992
    assert {"enkelbestemming", "functieaanduiding"} <= set(plan["object_type"])
    # "bedrijf tot en met categorie 3.1" in the plan is parsed to its category
    assert "3.1" in set(plan["max_category"].dropna())


def test_stage_progress_gets_one_callback_per_stage_from_0_to_1(tmp_path):
    calls: dict[str, list[float]] = {}

    def stage_progress(area, stage):
        seen = calls.setdefault(f"{area}: {stage}", [])
        return lambda fraction, message="": seen.append(fraction)

    result = run_pipeline(make_config(tmp_path), stage_progress=stage_progress)
    assert result.ok
    titles = [f"tiny: {s.title}" for s in STAGES] + ["tiny: writing outputs"]
    assert list(calls) == titles
    for title, fractions in calls.items():
        assert fractions[0] == 0.0 and fractions == sorted(fractions), title
        if title != "tiny: IMRO plan":  # skipped: starts, never finishes
            assert fractions[-1] == 1.0, title


def test_an_area_without_parcels_fails_clearly_and_the_others_complete(tmp_path):
    folder = tmp_path
    make_inputs(folder)
    # a third terrein far away from every parcel
    terreinen = gpd.read_file(folder / "in.gpkg", layer="terreinen")
    extra = gpd.GeoDataFrame({"terrein_id": ["C"], "naam": ["Leeg"]},
                             geometry=[box(X0 + 9000, Y0, X0 + 9100, Y0 + 100)], crs=terreinen.crs)
    pd.concat([terreinen, extra]).to_file(folder / "in.gpkg", layer="terreinen",
                                          engine="pyogrio")
    result = run_pipeline(make_config(folder, areas=SPLIT))
    assert [a.name for a in result.areas] == ["A", "B"]
    (failure,) = result.failures
    assert failure.name == "C" and "has no parcels" in failure.message
    assert files_in(folder / "out") == handed_over("A", "B")


def _with_homes_on_parcels(folder: Path) -> None:
    """Add a bedrijfswoning (3 homes) on parcel A00 and one (1 home) on B00."""
    path = folder / "in.gpkg"
    homes = gpd.read_file(path, layer="homes")
    extra = gpd.GeoDataFrame(
        {"identificatie": ["W1", "W2"], "omgevingstype": ["gemengd_gebied"] * 2,
         "n_homes": [3, 1]},
        geometry=[box(X0 + 10, Y0 + 10, X0 + 20, Y0 + 20),
                  box(X0 + 2010, Y0 + 10, X0 + 2020, Y0 + 20)], crs=homes.crs)
    pd.concat([homes, extra], ignore_index=True).to_file(path, layer="homes",
                                                         engine="pyogrio")


def test_split_run_totals_equal_the_unsplit_run(tmp_path):
    """Issue 12 item 7: each home, job and parcel counts once in the all-areas total."""
    whole_dir, split_dir = tmp_path / "whole", tmp_path / "split"
    whole_dir.mkdir()
    split_dir.mkdir()
    for folder in (whole_dir, split_dir):
        make_inputs(folder)
        _with_homes_on_parcels(folder)
    # a context wide enough that every home is an input of both areas
    wide = SPLIT + "\ncontext_m = 5000"
    whole = run_pipeline(make_config(whole_dir)).summary()
    split = run_pipeline(make_config(split_dir, areas=wide)).summary()
    assert split["areas"] == ["A", "B"]
    # every home object reaches both areas, yet the total counts it once
    # hand computed: homes on the parcels 3 + 1; jobs 12 x 10,000 m2 / 100 m2 per job
    assert whole["homes"] == pytest.approx(4.0)
    assert whole["jobs"] == pytest.approx(1200.0)
    assert whole["fmi"] == pytest.approx(100 * 1200 / 1204, abs=1e-3)  # rounded to 3 decimals
    assert split["per_area"]["A"]["homes"] == pytest.approx(3.0)
    assert split["per_area"]["A"]["fmi"] == pytest.approx(100 * 600 / 603, abs=1e-3)
    for key in ("n_parcels", "parcel_area_ha", "floor_area_m2", "jobs", "extra_jobs",
                "homes", "fmi", "n_conflicts", "potential_m2", "redevelopment_ha"):
        assert split[key] == pytest.approx(whole[key]), key
    assert split["jobs_basis"] == whole["jobs_basis"] == "floor_area"


def test_summary_counts_an_object_shared_by_two_areas_once():
    from rve_geo.pipeline.run import AreaResult, PipelineResult

    a = AreaResult("a", (), {"n_conflicts": 2.0}, (), {},
                   counted={"n_conflicts": frozenset({"H1", "H2"})})
    b = AreaResult("b", (), {"n_conflicts": 2.0}, (), {},
                   counted={"n_conflicts": frozenset({"H2", "H3"})})
    assert PipelineResult((a, b)).summary()["n_conflicts"] == 3.0


def test_plot_area_jobs_basis_from_the_configuration(tmp_path):
    cfg = make_config(tmp_path)
    cfg.write_text(cfg.read_text().replace('omgevingstype = "rustige_woonwijk"',
                                           'omgevingstype = "rustige_woonwijk"\n'
                                           'jobs_basis = "plot_area"'))
    summary = run_pipeline(cfg).summary()
    # 12 built parcels of 20,000 m2 at 250 m2 plot per job
    assert summary["jobs"] == pytest.approx(960.0)
    assert summary["jobs_basis"] == "plot_area"
    meta = pyogrio.read_dataframe(tmp_path / "out" / "tiny.gpkg", layer="run_metadata")
    assert dict(zip(meta["key"], meta["value"], strict=True))["jobs_basis"] == "plot_area"


def test_jobs_basis_under_the_potential_is_the_basis_of_the_whole_run(tmp_path):
    """jobs_basis set under [operations.densification_potential] (a JobsOptions field)
    is used for the potential, the FMI and the summary alike."""
    cfg = make_config(tmp_path)
    cfg.write_text(cfg.read_text() + '\n[operations.densification_potential]\n'
                   'jobs_basis = "plot_area"\n')
    summary = run_pipeline(cfg).summary()
    # 12 built parcels of 20,000 m2 at 250 m2 plot per job, as with [parameters]
    assert summary["jobs"] == pytest.approx(960.0)
    assert summary["jobs_basis"] == "plot_area"
    meta = pyogrio.read_dataframe(tmp_path / "out" / "tiny.gpkg", layer="run_metadata")
    assert dict(zip(meta["key"], meta["value"], strict=True))["jobs_basis"] == "plot_area"


def test_jobs_options_reach_the_fmi_when_the_potential_stage_is_skipped(tmp_path):
    """Without the potential stage the work-home balance counts jobs itself, with the
    JobsOptions keys of [operations.densification_potential]."""
    cfg = make_config(tmp_path)
    text = cfg.read_text().replace("[run]\n", '[run]\nskip = ["potential"]\n', 1)
    cfg.write_text(text + '\n[operations.densification_potential]\n'
                   'jobs_basis = "plot_area"\nplot_m2_per_job = 500.0\n')
    summary = run_pipeline(cfg).summary()
    # 12 built parcels of 20,000 m2 at 500 m2 plot per job (not the default 250)
    assert summary["jobs"] == pytest.approx(480.0)
    assert summary["jobs_basis"] == "plot_area"
