"""Batch configuration: schema, line numbers in messages, paths, output safety."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rve_geo.errors import ConfigError
from rve_geo.pipeline.config import config_from_dict, load_config

FULL = """\
# a full configuration
[run]
name = "test"
target_crs = "EPSG:28992"
skip = ["allowed_zones"]

[inputs.parcels]
path = "data/in.gpkg"
layer = "parcels"
columns = { max_category = "plan_cat" }

[inputs.buildings]
path = "data/in.gpkg"
layer = "buildings"

[areas]
split_by = "parcels"
name_column = "terrein_id"
context_m = 800.0
only = ["A"]

[parameters]
omgevingstype = "gemengd_gebied"
hmc_threshold = "4.2"

[parameters.weights]
ageing = 0.5
vacancy = 1

[operations.kansenzones]
min_area_ha = 8.0
max_area_ha = 12

[outputs]
folder = "results"
gpkg = "{area}_rve.gpkg"
shapefile = true
gio = ["allowed_category_zones"]
report = false

[operations.write_gio]
frbr_work = "/join/id/regdata/gm0221/2026/{area}_{layer}"
frbr_expression = "/join/id/regdata/gm0221/2026/{area}_{layer}/nld@2026-01-15;1"
"""


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "in.gpkg").write_bytes(b"")
    return tmp_path


def write(folder: Path, text: str, name: str = "run.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_full_configuration_is_read_with_types_and_resolved_paths(folder):
    cfg = load_config(write(folder, FULL))
    assert cfg.name == "test" and cfg.skip == ("allowed_zones",)
    assert cfg.inputs["parcels"].path == (folder / "data" / "in.gpkg").resolve()
    assert cfg.inputs["parcels"].layer == "parcels"
    assert dict(cfg.inputs["parcels"].columns) == {"max_category": "plan_cat"}
    assert cfg.areas.split_by == "parcels" and cfg.areas.only == ("A",)
    assert cfg.areas.context_m == 800.0
    assert cfg.parameters["omgevingstype"] == "gemengd_gebied"
    # integer weights become floats
    assert cfg.parameters["weights"] == {"ageing": 0.5, "vacancy": 1.0}
    assert cfg.operations["kansenzones"] == {"min_area_ha": 8.0, "max_area_ha": 12}
    assert cfg.outputs.folder == (folder / "results").resolve()
    assert cfg.outputs.shapefile is True and cfg.outputs.report is False
    assert cfg.outputs.gio == ("allowed_category_zones",)
    assert cfg.outputs.path_for(cfg.outputs.gpkg, "Noord 1") == \
        (folder / "results" / "Noord_1_rve.gpkg").resolve()


def test_round_trip_through_to_dict_gives_the_same_configuration(folder):
    cfg = load_config(write(folder, FULL))
    again = config_from_dict(cfg.to_dict(), source=folder / "elsewhere.toml")
    # to_dict holds absolute paths, so the source folder no longer matters
    assert again.to_dict() == cfg.to_dict()
    assert again.inputs == cfg.inputs and again.outputs == cfg.outputs
    assert again.areas == cfg.areas and again.skip == cfg.skip


def test_relative_paths_resolve_against_the_config_folder_not_the_cwd(folder, tmp_path_factory,
                                                                      monkeypatch):
    elsewhere = tmp_path_factory.mktemp("cwd")
    monkeypatch.chdir(elsewhere)
    cfg = load_config(write(folder, '[inputs.parcels]\npath = "data/in.gpkg"\n'))
    assert cfg.inputs["parcels"].path == (folder / "data" / "in.gpkg").resolve()
    assert cfg.outputs.folder == (folder / "out").resolve()
    # a relative path to the config itself works too
    monkeypatch.chdir(folder)
    cfg = load_config("run.toml")
    assert cfg.inputs["parcels"].path == (folder / "data" / "in.gpkg").resolve()


def test_unknown_key_names_the_key_and_its_line(folder):
    text = FULL.replace('layer = "buildings"', 'layer = "buildings"\nlayr = "x"')
    with pytest.raises(ConfigError) as err:
        load_config(write(folder, text))
    msg = str(err.value)
    # line 15 of the file: counted from FULL (buildings' layer is on line 14)
    assert "line 15" in msg and "'inputs.buildings.layr'" in msg
    assert "did you mean 'layer'" in msg and "run.toml" in msg


def test_unknown_top_level_table_names_its_line(folder):
    text = '[inputs.parcels]\npath = "data/in.gpkg"\n[otputs]\nfolder = "x"\n'
    with pytest.raises(ConfigError, match=r"line 3: unknown key 'otputs'.*did you mean 'outputs'"):
        load_config(write(folder, text))


def test_unknown_input_role_is_refused_with_line(folder):
    text = '[inputs.parcels]\npath = "data/in.gpkg"\n\n[inputs.parcls2]\npath = "data/in.gpkg"\n'
    with pytest.raises(ConfigError, match=r"line 4: unknown key 'inputs.parcls2'"):
        load_config(write(folder, text))


@pytest.mark.parametrize(("old", "new", "key", "line", "kind"), [
    ("report = false", 'report = "no"', "outputs.report", 39, "true or false"),
    ('omgevingstype = "gemengd_gebied"', "omgevingstype = 3", "parameters.omgevingstype", 23,
     "text (in quotes)"),
    ("context_m = 800.0", 'context_m = "800"', "areas.context_m", 19, "a number"),
    ("ageing = 0.5", 'ageing = "high"', "parameters.weights.ageing", 27, "a number"),
    ('gio = ["allowed_category_zones"]', "gio = [1]", "outputs.gio", 38, "layer names"),
])
def test_wrong_type_names_key_line_and_expected_type(folder, old, new, key, line, kind):
    assert old in FULL
    with pytest.raises(ConfigError) as err:
        load_config(write(folder, FULL.replace(old, new)))
    msg = str(err.value)
    assert f"line {line}:" in msg and f"'{key}'" in msg and kind in msg


def test_wrong_type_of_an_operation_keyword_uses_the_signature(folder):
    text = FULL.replace("min_area_ha = 8.0", 'min_area_ha = "eight"')
    with pytest.raises(ConfigError, match=r"line 31: 'operations.kansenzones.min_area_ha' must "
                                          r"be a number"):
        load_config(write(folder, text))
    text = FULL.replace("min_area_ha = 8.0", "min_area = 8.0")
    with pytest.raises(ConfigError, match=r"line 31: unknown key "
                                          r"'operations.kansenzones.min_area'.*min_area_ha"):
        load_config(write(folder, text))


def test_true_or_false_for_a_whole_number_keyword_names_the_kind_of_its_default(folder):
    text = FULL.replace("min_area_ha = 8.0", "min_area_ha = 8.0\nseed = true")
    with pytest.raises(ConfigError) as info:
        load_config(write(folder, text))
    assert ("'operations.kansenzones.seed' must be a whole number like its default "
            "0, got true/false True") in str(info.value)


def test_missing_file_names_key_line_and_the_resolved_path(folder):
    text = FULL.replace('path = "data/in.gpkg"\nlayer = "buildings"',
                        'path = "data/missing.gpkg"\nlayer = "buildings"')
    with pytest.raises(ConfigError) as err:
        load_config(write(folder, text))
    msg = str(err.value)
    assert "line 13:" in msg and "'inputs.buildings.path'" in msg
    assert str((folder / "data" / "missing.gpkg").resolve()) in msg


def test_missing_required_path_and_missing_parcels(folder):
    with pytest.raises(ConfigError, match=r"line 1: missing required key 'path' in "
                                          r"'inputs.parcels'"):
        load_config(write(folder, '[inputs.parcels]\nlayer = "p"\n'))
    with pytest.raises(ConfigError, match=r"\[inputs.parcels\]"):
        load_config(write(folder, "[run]\nname = 'x'\n"))


def test_invalid_toml_and_missing_config_file(folder):
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(folder, "[inputs.parcels\npath = 1\n"))
    with pytest.raises(ConfigError, match="rve init"):
        load_config(folder / "nope.toml")


def test_geographic_or_unknown_target_crs_is_refused(folder):
    base = '[inputs.parcels]\npath = "data/in.gpkg"\n[run]\ntarget_crs = "{}"\n'
    with pytest.raises(ConfigError, match=r"line 4: 'run.target_crs'.*geographic"):
        load_config(write(folder, base.format("EPSG:4326")))
    with pytest.raises(ConfigError, match=r"line 4: 'run.target_crs'.*not a known CRS"):
        load_config(write(folder, base.format("EPSG:nonsense")))


def test_unknown_stage_in_skip(folder):
    with pytest.raises(ConfigError, match=r"line 5: 'run.skip': unknown stage 'allowed'"):
        load_config(write(folder, FULL.replace('skip = ["allowed_zones"]',
                                                'skip = ["allowed"]')))


@pytest.mark.parametrize("gpkg", ["../escape.gpkg", "sub/../../escape.gpkg", "/tmp/abs.gpkg"])
def test_outputs_cannot_leave_the_output_folder(folder, gpkg):
    text = FULL.replace('gpkg = "{area}_rve.gpkg"', f'gpkg = "{gpkg}"')
    with pytest.raises(ConfigError, match=r"line 36: 'outputs.gpkg'.*outside the output "
                                          r"folder.*allow_outside_output"):
        load_config(write(folder, text))
    allowed = text.replace("report = false", "report = false\nallow_outside_output = true")
    cfg = load_config(write(folder, allowed, "ok.toml"))
    assert cfg.outputs.allow_outside_output


def test_output_folder_climbing_out_with_dotdot_is_refused(folder):
    text = FULL.replace('folder = "results"', 'folder = "../results"')
    with pytest.raises(ConfigError, match=r"line 35: 'outputs.folder'.*'\.\.'"):
        load_config(write(folder, text))


def test_array_of_tables_errors_point_at_the_right_entry(folder):
    text = ('[inputs.parcels]\npath = "data/in.gpkg"\n\n'
            '[[areas.list]]\nname = "a"\n\n'
            '[[areas.list]]\nname = "b"\n'
            '[areas.list.inputs.parcels]\npath = "data/gone.gpkg"\n')
    with pytest.raises(ConfigError) as err:
        load_config(write(folder, text))
    assert "line 10:" in str(err.value) and "areas.list[1].inputs.parcels.path" in str(err.value)
    with pytest.raises(ConfigError, match=r"line 8: .*area name 'a' is used twice"):
        load_config(write(folder, text.replace('name = "b"', 'name = "a"')
                          .replace("gone", "in")))


def test_the_configuration_is_data_only(folder):
    # TOML has no way to run code; strings that look like code stay strings
    text = FULL.replace('name = "test"', 'name = "__import__(\'os\').system(\'false\')"')
    cfg = load_config(write(folder, text))
    assert cfg.name.startswith("__import__")


def test_example_configuration_of_rve_init_is_valid(tmp_path):
    from rve_geo.cli.init import example_config, sample_path

    if sample_path() is None:
        pytest.skip("sample_data/doesburg.gpkg is not in this source tree")
    path = tmp_path / "demo.toml"
    text, _ = example_config(path)
    path.write_text(text)
    cfg = load_config(path)
    assert cfg.inputs["parcels"].path == sample_path()
    assert {"parcels", "buildings", "terreinen", "sensitive"} <= set(cfg.inputs)
    assert os.path.isabs(str(cfg.outputs.folder))


def test_shorthand_input_path(folder):
    cfg = load_config(write(folder, '[inputs]\nparcels = "data/in.gpkg"\n'))
    assert cfg.inputs["parcels"].path == (folder / "data" / "in.gpkg").resolve()
    assert cfg.inputs["parcels"].layer is None
    with pytest.raises(ConfigError, match=r"line 3: 'inputs.buildings': file 'nope.gpkg'"):
        load_config(write(folder, '[inputs]\nparcels = "data/in.gpkg"\n'
                                  'buildings = "nope.gpkg"\n'))


def test_category_parameters_must_be_milieucategorieen(folder):
    with pytest.raises(ConfigError, match=r"line 24: 'parameters.hmc_threshold'.*'9.9' is not a "
                                          r"milieucategorie"):
        load_config(write(folder, FULL.replace('hmc_threshold = "4.2"', 'hmc_threshold = 9.9')))
    cfg = load_config(write(folder, FULL.replace('hmc_threshold = "4.2"', "hmc_threshold = 4.1")))
    assert cfg.parameters["hmc_threshold"] == "4.1"


def test_every_declared_parameter_target_takes_that_keyword():
    import importlib
    import inspect

    from rve_geo import _OPERATION_MODULES
    from rve_geo.pipeline.config import OPTION_KEYS, PARAMETER_TARGETS, PARAMETER_TYPES

    assert set(PARAMETER_TARGETS) == set(PARAMETER_TYPES)
    for key, operations in PARAMETER_TARGETS.items():
        for op in operations:
            func = getattr(importlib.import_module(f"rve_geo.{_OPERATION_MODULES[op]}"), op)
            # a keyword of the operation, or a declared field of one of its options objects
            assert key in inspect.signature(func).parameters or key in OPTION_KEYS.get(op, {}), \
                (key, op)


def test_declared_option_keys_are_the_front_end_names():
    """[operations.<op>] keys of options fields: the names rve and QGIS show, each to the
    object field the front ends fill."""
    import rve_geo
    from rve_geo.pipeline.config import OPTION_KEYS
    from rve_geo.specs import describe_operation

    for op in rve_geo.OPERATIONS:
        spec = describe_operation(op)
        shown = {p.name: (p.group, p.field) for p in spec.params if p.group is not None}
        assert OPTION_KEYS.get(op, {}) == shown, op
    assert OPTION_KEYS["densification_potential"]["plan_rules_storey_height_m"] == \
        ("plan_rules", "storey_height_m")


def test_option_keys_reach_the_operation_as_objects(tmp_path):
    from rve_geo import FloorAreaOptions, JobsOptions, PlanRulesOptions
    from rve_geo.pipeline.config import config_from_dict, option_arguments

    cfg = config_from_dict({"inputs": {}, "areas": {}, "operations": {"densification_potential": {
        "target_fsi": 1.5, "plan_rules_storey_height_m": 4.0, "floor_area_method": "storeys",
        "plot_m2_per_job": 200.0, "hmc_threshold": "4.2"}}}, source=tmp_path / "run.toml")
    kwargs = option_arguments("densification_potential",
                              {"jobs_basis": "plot_area",
                               **cfg.operations["densification_potential"]})
    assert kwargs == {
        "plan_rules": PlanRulesOptions(target_fsi=1.5, storey_height_m=4.0),
        "floor_area": FloorAreaOptions(floor_area_method="storeys"),
        "jobs": JobsOptions(jobs_basis="plot_area", plot_m2_per_job=200.0),
        "hmc_threshold": "4.2"}
    # an options keyword itself, or a field under another name, is refused with the keys
    for bad, hint in (("jobs", "jobs_basis"), ("storey_height_m", "plan_rules_storey_height_m")):
        with pytest.raises(ConfigError, match=f"unknown key.*{bad}.*{hint}"):
            config_from_dict({"inputs": {}, "areas": {}, "operations": {
                "densification_potential": {bad: 1.0}}}, source=tmp_path / "run.toml")
    with pytest.raises(ConfigError, match="plot_m2_per_job.*must be a number"):
        config_from_dict({"inputs": {}, "areas": {}, "operations": {
            "densification_potential": {"plot_m2_per_job": "veel"}}}, source=tmp_path / "r.toml")


def test_jobs_basis_parameter_is_checked(tmp_path):
    from rve_geo.pipeline.config import config_from_dict

    with pytest.raises(ConfigError, match="'parameters.jobs_basis' must be one of floor_area, plot_area; got 'plots'"):
        config_from_dict({"inputs": {}, "areas": {}, "parameters": {"jobs_basis": "plots"}},
                         source=tmp_path / "run.toml")


def test_context_layer_of_the_maps_is_checked_when_the_configuration_is_read(folder):
    import geopandas as gpd
    from shapely.geometry import LineString, box

    path = folder / "data" / "achtergrond.gpkg"
    gpd.GeoDataFrame(geometry=[LineString([(0, 0), (10, 0)])],
                     crs="EPSG:28992").to_file(path, layer="wegen")
    gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1)], crs="EPSG:28992").to_file(path,
                                                                           layer="water")
    base = FULL.replace("report = false", "report = true")
    cfg = load_config(write(folder, base.replace(
        "report = true", 'report = true\ncontext = "data/achtergrond.gpkg"\n'
        'context_layer = "wegen"')))
    assert cfg.outputs.context == path.resolve() and cfg.outputs.context_layer == "wegen"
    assert path.resolve() in cfg.files_read()  # hashed into run_metadata like the inputs
    with pytest.raises(ConfigError, match=r"'outputs.context': file 'data/nergens.gpkg' "
                                          r"does not exist.*fix the path"):
        load_config(write(folder, base.replace("report = true",
                                               'report = true\ncontext = "data/nergens.gpkg"')))
    with pytest.raises(ConfigError, match=r"'outputs.context_layer': .* has no layer 'spoor'; "
                                          r"layers with geometry: wegen, water"):
        load_config(write(folder, base.replace(
            "report = true", 'report = true\ncontext = "data/achtergrond.gpkg"\n'
            'context_layer = "spoor"')))
    with pytest.raises(ConfigError, match=r"'outputs.context': .* has 2 layers with geometry "
                                          r"\(wegen, water\); name one with context_layer"):
        load_config(write(folder, base.replace(
            "report = true", 'report = true\ncontext = "data/achtergrond.gpkg"')))
    with pytest.raises(ConfigError, match=r"'outputs.context_layer' needs context"):
        load_config(write(folder, base.replace("report = true",
                                               'report = true\ncontext_layer = "wegen"')))
    # the round trip keeps the context layer
    cfg = load_config(write(folder, base.replace(
        "report = true", 'report = true\ncontext = "data/achtergrond.gpkg"\n'
        'context_layer = "water"')))
    again = config_from_dict(cfg.to_dict(), source=folder / "run.toml")
    assert (again.outputs.context, again.outputs.context_layer) == (path.resolve(), "water")
