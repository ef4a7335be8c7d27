"""``rve init [PATH]``: write a commented example configuration for ``rve run``."""

from __future__ import annotations

import os
from pathlib import Path

import click


@click.command("init")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default="rve.toml",
                required=False)
@click.option("--overwrite", is_flag=True, help="Replace PATH if it exists.")
def command(path: Path, overwrite: bool) -> None:
    """Write a commented example configuration to PATH (default rve.toml).

    The example runs on the Doesburg sample data (shipped inside the installed package,
    or sample_data/doesburg.gpkg of the rve_geo source tree); edit the paths and layers
    for your own data, then run `rve run PATH`.
    """
    from rve_geo.errors import OutputError
    from rve_geo.io import atomic_path

    from ._common import emit_summary

    path = path.expanduser()
    if path.exists() and not overwrite:
        raise OutputError(f"'{path}' exists; pass --overwrite to replace it, or choose "
                          "another name.")
    if not path.resolve().parent.is_dir():
        raise OutputError(f"folder '{path.resolve().parent}' does not exist; create it first.")
    text, sample = example_config(path)
    with atomic_path(path, overwrite=overwrite) as tmp:
        tmp.write_text(text, encoding="utf-8")
    emit_summary(False, {"wrote": str(path), "sample data": str(sample) if sample else
                         "not found: edit the input paths"})
    click.echo(f"next: rve run {path}", err=True)


def sample_path() -> Path | None:
    """The Doesburg sample GeoPackage: inside the installed package (a wheel carries it
    as ``rve_geo/sample_data/doesburg.gpkg``) or in the source tree; None if neither."""
    import rve_geo

    package = Path(rve_geo.__file__).resolve().parent
    for candidate in (package / "sample_data" / "doesburg.gpkg",
                      package.parent / "sample_data" / "doesburg.gpkg"):
        if candidate.is_file():
            return candidate
    return None


def example_config(path: Path) -> tuple[str, Path | None]:
    """The example configuration text with the sample data path relative to ``path``."""
    from importlib import resources

    text = resources.files("rve_geo.data").joinpath("example_config.toml").read_text("utf-8")
    sample = sample_path()
    if sample is None:
        shown = "sample_data/doesburg.gpkg"
    else:
        try:
            shown = os.path.relpath(sample, path.resolve().parent)
        except ValueError:  # another drive on Windows
            shown = str(sample)
        shown = Path(shown).as_posix()
    return text.replace("{sample}", shown), sample
