"""``rve environmental-contours``: hindercontouren (buffers by richtafstand) of sources."""

from __future__ import annotations

from pathlib import Path

import click

from ._common import emit_summary, output_options, read_input, run_operation, write_result

_PATH = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command("environmental-contours")
@click.argument("sources", type=_PATH)
@click.option("--sources-layer", help="Layer in the sources file.")
@click.option("--sources-id-col",
              help="Column of SOURCES copied as source_id into per_source contours.")
@click.option("--category-col", required=True,
              help="Column of SOURCES with the milieucategorie (e.g. '3.1', 'cat. 4.2', "
                   "'bedrijf tot en met categorie 3.1') or, with a zone table, the zone.")
@click.option("--omgevingstype", default="rustige_woonwijk", show_default=True,
              type=click.Choice(["rustige_woonwijk", "gemengd_gebied"]),
              help="Receiving-area type the richtafstand is taken for.")
@click.option("--mode", default="per_source", show_default=True,
              type=click.Choice(["per_source", "per_category", "bands"]),
              help="One contour per source, dissolved per category, or non-overlapping "
                   "bands (highest category covering each place).")
@click.option("--distance-table", type=_PATH,
              help="Own distance table (CSV or TOML); default VNG 2009.")
@click.option("--quad-segs", type=click.IntRange(min=1), default=32, show_default=True,
              help="Segments per quarter circle (32 keeps areas within 0.1 %).")
@click.option("--main-category", default="highest", show_default=True,
              type=click.Choice(["highest", "lowest", "refuse"]),
              help="Reading of main categories 3, 4, 5 (e.g. '4' as 4.2 or 4.1).")
@output_options
def command(sources, sources_layer, sources_id_col, category_col, omgevingstype, mode, distance_table,
            quad_segs, main_category, output, target_crs, overwrite, as_json):
    """Hindercontour of every polygon of SOURCES: a buffer by its richtafstand.

    Writes layer 'contours' (mode per_source: one row per source; per_category:
    one row per category; bands: one non-overlapping band per category).
    """
    from rve_geo.io import check_output_path
    from rve_geo.milieu.contours import environmental_contours

    inputs = [sources, distance_table]
    check_output_path(output, inputs=inputs, overwrite=overwrite)
    src = read_input(sources, sources_layer, "sources", target_crs)
    if sources_id_col is not None:
        from .contour_conflicts import _with_ids

        src = _with_ids(src, sources_id_col, "sources")
    table = None
    if distance_table is not None:
        from rve_geo.milieu.categories import load_distance_table

        table = load_distance_table(distance_table)
    result, warnings = run_operation(
        "contours", environmental_contours, src, category_col=category_col,
        omgevingstype=omgevingstype, distance_table=table, mode=mode, quad_segs=quad_segs,
        main_category=main_category)
    if sources_id_col is not None and mode == "per_source":
        result.insert(0, "source_id", result.index)
    write_result({"contours": result}, output, overwrite=overwrite, inputs=inputs)
    counts = result["category"].dropna().value_counts(sort=False)
    emit_summary(as_json, {
        "output": str(output),
        "mode": mode,
        "rows": int(len(result)),
        "area_m2_per_category": {
            str(k): round(float(result.loc[result["category"] == k, "area_m2"].sum()), 1)
            for k in counts.index},
        "warnings": warnings,
    })
