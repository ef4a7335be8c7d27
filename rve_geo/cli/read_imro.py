"""``rve read-imro``: an IMRO2006/2008/2012 bestemmingsplan GML as zones with their limits."""

from __future__ import annotations

from pathlib import Path

import click

from ._common import emit_summary, operation_command, run_operation, write_result


@operation_command("read_imro")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output GeoPackage (.gpkg).")
@click.option("--overwrite", is_flag=True, help="Replace the output file if it exists.")
@click.option("--cover-share", type=click.FloatRange(0, 1, min_open=True), default=0.5,
              show_default=True,
              help="Share of a vlak a maatvoering or category aanduiding must cover to "
                   "transfer its values to it.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
def command(path, output, cover_share, overwrite, as_json):
    """Read the IMRO2006/2008/2012 plan GML at PATH into layer 'imro' (EPSG:28992).

    One row per Enkelbestemming, Functieaanduiding, Bouwvlak and Maatvoering with
    identificatie, naam, object_type, max_category, the maatvoering limits
    (max_bouwhoogte_m, max_coverage_share, max_storeys, max_floor_area_m2, ...).
    """
    from rve_geo.io import check_output_path
    from rve_geo.plans.imro import read_imro

    check_output_path(output, inputs=[path], overwrite=overwrite)
    result, warnings = run_operation("IMRO", read_imro, path, cover_share=cover_share)
    write_result({"imro": result}, output, overwrite=overwrite, inputs=[path])
    cats = result["max_category"].dropna().value_counts()
    emit_summary(as_json, {
        "output": str(output),
        "rows": int(len(result)),
        "objects": {str(k): int(v) for k, v in result["object_type"].value_counts().items()},
        "zones_per_max_category": {str(k): int(v) for k, v in cats.items()},
        "warnings": warnings,
    })
