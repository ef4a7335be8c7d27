"""``rve contour-conflicts``: sensitive objects closer to a source than its richtafstand."""

from __future__ import annotations

import click

from ._common import (
    INPUT_FILE,
    emit_summary,
    operation_command,
    output_options,
    read_input,
    run_operation,
    write_result,
)


@operation_command("contour_conflicts")
@click.option("--sources-id-col",
              help="Column of SOURCES used as source_id (default: row number from 0).")
@click.option("--sensitive-id-col",
              help="Column of SENSITIVE used as sensitive_id (default: row number from 0).")
@click.option("--omgevingstype-areas", type=INPUT_FILE,
              help="Polygons with a column 'omgevingstype' giving the type of the sensitive "
                   "objects inside them.")
@click.option("--omgevingstype-areas-layer", help="Layer in the areas file.")
@output_options
def command(sources, sensitive, sources_layer, sensitive_layer, sources_id_col,
            sensitive_id_col, category_col, omgevingstype,
            omgevingstype_col, omgevingstype_areas, omgevingstype_areas_layer, distance_table,
            main_category, output, target_crs, overwrite, as_json):
    """Every pair of SOURCES and SENSITIVE objects closer than the richtafstand.

    Writes layer 'conflicts' (source_id, sensitive_id, category, omgevingstype,
    distance_m, required_m, shortfall_m; geometry of the sensitive object). An
    object exactly at the richtafstand is not a conflict.
    """
    from rve_geo.io import check_output_path
    from rve_geo.milieu.contours import contour_conflicts

    inputs = [sources, sensitive, omgevingstype_areas, distance_table]
    check_output_path(output, inputs=inputs, overwrite=overwrite)
    src = read_input(sources, sources_layer, "sources", target_crs)
    sens = read_input(sensitive, sensitive_layer, "sensitive", target_crs)
    src = _with_ids(src, sources_id_col, "sources")
    sens = _with_ids(sens, sensitive_id_col, "sensitive")
    areas = read_input(omgevingstype_areas, omgevingstype_areas_layer, "omgevingstype_areas",
                       target_crs) if omgevingstype_areas else None
    table = None
    if distance_table is not None:
        from rve_geo.milieu.distance_tables import load_distance_table

        table = load_distance_table(distance_table)
    result, warnings = run_operation(
        "conflicts", contour_conflicts, src, sens, category_col=category_col,
        omgevingstype=omgevingstype, omgevingstype_col=omgevingstype_col,
        omgevingstype_areas=areas, distance_table=table, main_category=main_category)
    for col in ("source_id", "sensitive_id"):  # one type per GeoPackage column
        if result[col].dtype == object:
            result[col] = result[col].map(lambda v: None if v is None else str(v))
    write_result({"conflicts": result}, output, overwrite=overwrite, inputs=inputs)
    emit_summary(as_json, {
        "output": str(output),
        "conflicts": int(len(result)),
        "sources_in_conflict": int(result["source_id"].nunique()),
        "sensitive_in_conflict": int(result["sensitive_id"].nunique()),
        "max_shortfall_m": round(float(result["shortfall_m"].max()), 2) if len(result) else 0.0,
        "warnings": warnings,
    })


def _with_ids(frame, column, argument):
    """Use ``column`` as the row ids of ``frame`` (they become source_id/sensitive_id)."""
    if column is None:
        return frame
    from rve_geo._validate import require_columns, row_ids
    from rve_geo.errors import InputError

    require_columns(frame, argument, [column])
    ids = frame[column]
    dup = ids.duplicated(keep=False) | ids.isna()
    if dup.any():
        raise InputError(f"{argument}: column '{column}' must hold one unique id per row, but "
                         f"rows {row_ids(frame.index[dup.to_numpy()])} are empty or repeat; "
                         "choose another --*-id-col or leave it out to use row numbers.")
    return frame.set_index(column, drop=False).rename_axis(None)
