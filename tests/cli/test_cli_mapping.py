"""The CLI mirrors the library: one command per operation, one option per keyword."""

from __future__ import annotations

import inspect

import pytest
from click.testing import CliRunner

import rve_geo
from rve_geo.cli import cli

# Keywords that are not plain options: geometry layers (given as file paths, with a
# matching --<name>-layer) and the progress callback (a progress bar in the CLI).
NOT_OPTIONS = {"progress"}


def _keywords(name):
    sig = inspect.signature(getattr(rve_geo, name))
    return [p for p in sig.parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY
            and p.name not in NOT_OPTIONS]


@pytest.mark.parametrize("name", rve_geo.OPERATIONS)
def test_every_operation_has_a_command(name):
    command = cli.get_command(None, name.replace("_", "-"))
    assert command is not None, f"no 'rve {name.replace('_', '-')}' command for {name}"
    result = CliRunner().invoke(cli, [name.replace("_", "-"), "--help"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("name", rve_geo.OPERATIONS)
def test_every_keyword_has_an_option_of_the_same_name(name):
    command = cli.get_command(None, name.replace("_", "-"))
    params = {p.name for p in command.params}
    opts = {o.lstrip("-").replace("-", "_") for p in command.params for o in p.opts}
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
