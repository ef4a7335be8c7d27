"""``rve environmental-contours``: hindercontouren (buffers by richtafstand) of sources."""

from __future__ import annotations

import click

from ._common import (
    emit_summary,
    operation_command,
    output_options,
    read_input,
    run_operation,
    write_result,
)


@operation_command("environmental_contours")
@click.option("--sources-id-col",
              help="Column of SOURCES copied as source_id into per_source contours.")
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
        from rve_geo.milieu.distance_tables import load_distance_table

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
