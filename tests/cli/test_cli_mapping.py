"""The CLI mirrors the library: one command per operation, one option per keyword."""

from __future__ import annotations

import dataclasses
import inspect
import typing

import click
import pytest
from click.testing import CliRunner

import rve_geo
from rve_geo.cli import cli

# Keywords that are not plain options: geometry layers (given as file paths, with a
# matching --<name>-layer) and the progress callback (a progress bar in the CLI).
NOT_OPTIONS = {"progress"}


def _keywords(name):
    """Keyword-only parameters; an options object's fields stand in for the keyword.

    A field is named as itself, or ``<keyword>_<field>`` when that name occurs twice in
    the operation (floor_area.storey_height_m and plan_rules.storey_height_m).
    """
    sig = inspect.signature(getattr(rve_geo, name))
    rows = []
    for p in sig.parameters.values():
        if p.kind is not inspect.Parameter.KEYWORD_ONLY or p.name in NOT_OPTIONS:
            continue
        if dataclasses.is_dataclass(p.default):
            rows += [(f.name, p.name, f.default) for f in dataclasses.fields(p.default)]
        else:
            rows.append((p.name, None, p.default))
    names = [n for n, _, _ in rows]
    return [Keyword(f"{group}_{n}" if group and names.count(n) > 1 else n, default)
            for n, group, default in rows]


class Keyword(typing.NamedTuple):
    name: str
    default: object


def test_options_objects_become_their_fields():
    """densification_potential takes three options objects; the CLI shows their fields."""
    names = {k.name for k in _keywords("densification_potential")}
    assert {"floor_area_col", "jobs_basis", "plot_m2_per_job", "max_fsi_col", "cover_share",
            "plan_rules_storey_height_m", "floor_area_storey_height_m"} <= names
    assert not {"floor_area", "jobs", "plan_rules", "storey_height_m"} & names


@pytest.mark.parametrize("name", rve_geo.OPERATIONS)
def test_every_operation_has_a_command(name):
    command = cli.get_command(None, name.replace("_", "-"))
    assert command is not None, f"no 'rve {name.replace('_', '-')}' command for {name}"
    result = CliRunner().invoke(cli, [name.replace("_", "-"), "--help"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("name", rve_geo.OPERATIONS)
def test_every_keyword_has_an_option_of_the_same_name(name):
    command = cli.get_command(None, name.replace("_", "-"))
    all_params = command.get_params(click.Context(command))
    params = {p.name for p in all_params}
    opts = {o.lstrip("-").replace("-", "_") for p in all_params for o in p.opts}
    missing = [k.name for k in _keywords(name) if k.name not in params and k.name not in opts]
    assert not missing, f"rve {name.replace('_', '-')} lacks options for keywords {missing}"


def test_version_and_help_are_quick_and_do_not_import_geopandas():
    import subprocess
    import sys

    code = ("import sys; from rve_geo.cli import cli; import rve_geo; "
            "assert 'geopandas' not in sys.modules, 'geopandas imported by the CLI group'")
    subprocess.run([sys.executable, "-c", code], check=True)
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and rve_geo.__version__ in result.output


def _same(a, b) -> bool:
    if isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)):
        return tuple(a or ()) == tuple(b or ())
    return a == b


@pytest.mark.parametrize("name", rve_geo.OPERATIONS)
def test_every_option_default_is_the_library_default(name):
    """A front end never shows a default of its own (defaults live in rve_geo/data)."""
    command = cli.get_command(None, name.replace("_", "-"))
    ctx = click.Context(command)
    options = {p.name: p for p in command.get_params(ctx) if isinstance(p, click.Option)}
    wrong = {}
    for keyword in _keywords(name):
        option = options.get(keyword.name)
        if option is None or keyword.default is inspect.Parameter.empty:
            continue
        shown = option.get_default(ctx)
        if type(shown).__name__ == "Sentinel":  # click >= 8.2: no default given
            shown = False if option.is_flag else None
        if isinstance(shown, str) and isinstance(keyword.default, float):
            shown = float(shown)  # options taking "a number or a column"
        if option.multiple and not shown:
            continue  # nothing given: the library default applies (OperationCommand.invoke)
        if not _same(shown, keyword.default):
            wrong[keyword.name] = (shown, keyword.default)
    assert not wrong, f"rve {name.replace('_', '-')}: option defaults differ {wrong}"


def test_an_unset_multiple_option_leaves_the_library_default(tmp_path, monkeypatch):
    """--potential-cols not given: kansenzones sums its own default columns."""
    seen = {}

    def fake(parcels, **kwargs):
        seen.update(kwargs)
        raise rve_geo.errors.InputError("stop here")

    monkeypatch.setattr("rve_geo.kansen.zoning.kansenzones", fake)
    import geopandas as gpd
    from shapely.geometry import box

    path = tmp_path / "p.gpkg"
    gpd.GeoDataFrame({"score": [1.0]}, geometry=[box(155000, 463000, 155100, 463100)],
                     crs="EPSG:28992").to_file(path)
    result = CliRunner().invoke(cli, ["kansenzones", str(path), "-o", str(tmp_path / "o.gpkg"),
                                      "--min-area-ha", "9"])
    assert "stop here" in result.output or "stop here" in str(result.exception)
    assert "potential_cols" not in seen and seen["min_area_ha"] == 9.0
