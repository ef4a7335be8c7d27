"""``rve run CONFIG.toml``: the whole analysis for one or many areas, from a TOML file."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("run")
@click.argument("config", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--overwrite", is_flag=True, help="Replace existing outputs.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
def command(config: Path, overwrite: bool, as_json: bool) -> None:
    """Run density, milieuzonering, potential, indicators and kansenzones from CONFIG.

    CONFIG is a TOML file (create a commented example with `rve init`). Per area it
    writes a GeoPackage with every result layer, a summary and run metadata, plus
    (if configured) an HTML report with maps and Shapefile/GIO exports, all inside
    the output folder. Exit code 1 when the configuration is wrong or an area failed;
    the outputs of completed areas are kept.
    """
    from rve_geo.pipeline.config import load_config
    from rve_geo.pipeline.run import run_pipeline

    from ._common import ProgressBar, emit_summary

    cfg = load_config(config)
    bars: list[ProgressBar] = []

    def stage_progress(area: str, stage: str):
        for bar in bars:
            bar.close()
        bars.clear()
        bar = ProgressBar(f"{area}: {stage}")
        bars.append(bar)
        return bar

    try:
        result = run_pipeline(cfg, overwrite=overwrite, stage_progress=stage_progress)
    finally:
        for bar in bars:
            bar.close()
    summary = result.summary()
    if as_json:
        emit_summary(True, summary)
    else:
        for area in result.areas:
            click.echo(_line(area.name, area.figures), err=True)
            for stage, reason in area.stages_skipped.items():
                click.echo(f"  skipped {stage}: {reason}", err=True)
        if len(result.areas) > 1:
            click.echo(_line("all areas", summary), err=True)
        for path in summary["outputs"]:
            click.echo(f"wrote {path}", err=True)
    if result.failures:
        from rve_geo.errors import RveGeoError

        lines = [f"area '{f.name}' failed in stage {f.stage}: {f.message}"
                 for f in result.failures]
        done = len(result.areas)
        raise RveGeoError("; ".join(lines) + f" (other areas completed: {done}; their "
                          "outputs are complete and kept)")


def _line(name: str, f: dict) -> str:
    from functools import partial

    from rve_geo.deliverables.report import fmt

    fmt = partial(fmt, lang="en")  # the CLI speaks English
    parts = []
    if "parcel_area_ha" in f:
        parts.append(f"{fmt(f['parcel_area_ha'], 1)} ha parcels")
    if "fsi" in f:
        parts.append(f"FSI {fmt(f['fsi'], 2)}")
    if "potential_m2" in f:
        parts.append(f"potential {fmt(f['potential_m2'])} m2 BVO")
    if "jobs" in f:
        extra = f" (+{fmt(f['extra_jobs'])} from the potential)" if "extra_jobs" in f else ""
        parts.append(f"{fmt(f['jobs'])} jobs{extra}")
    if "redevelopment_ha" in f:
        parts.append(f"herontwikkelingsopgave {fmt(f['redevelopment_ha'], 1)} ha")
    if "fmi" in f:
        parts.append(f"FMI {fmt(f['fmi'])}")
    if "n_kansenzones" in f:
        parts.append(f"{fmt(f['n_kansenzones'])} kansenzones")
    return f"{name}: " + ", ".join(parts)
