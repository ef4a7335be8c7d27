"""The ``rve`` command-line tool: one command per library operation, plus batch runs.

Commands live in one module each in this package (``density_measures.py`` gives
``rve density-measures``) and are imported only when used, so ``rve --help`` is
instant. Modules starting with an underscore are shared helpers.
"""

from __future__ import annotations

import pkgutil
import sys

import click

__all__ = ["cli", "main"]


def _command_modules() -> dict[str, str]:
    names = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            names[info.name.replace("_", "-")] = info.name
    return names


class LazyGroup(click.Group):
    """A click group that imports a command's module only when it is needed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_command_modules())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = _command_modules().get(cmd_name)
        if module is None:
            return None
        import importlib

        return importlib.import_module(f"{__name__}.{module}").command


def _version() -> str:
    from rve_geo import __version__

    return __version__


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", prog_name="rve")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def cli(verbose: int, quiet: bool) -> None:
    """rve: Ruimte voor Economie analyses on parcels and buildings.

    Every command reads layers (GeoPackage, Shapefile, GeoJSON ...), reprojects
    them to the target CRS (default EPSG:28992) and writes a GeoPackage
    atomically. Exit codes: 0 ok, 1 user error or cancelled, 2 usage error.
    """
    import logging

    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[
        min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``rve`` script; returns the exit code."""
    from ._common import run_cli

    return run_cli(cli, argv)
