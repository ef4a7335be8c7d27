"""``rve max-allowed-category``: the highest milieucategorie that fits on each parcel."""

from __future__ import annotations

from pathlib import Path

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


def sensitive_options(func):
    """Options shared by the milieuruimte commands (omgevingstype and distance table)."""
    func = click.option("--distance-table", type=INPUT_FILE,
                        help="Own distance table (CSV or TOML); default VNG 2009.")(func)
    func = click.option("--omgevingstype-areas-layer", help="Layer in the areas file.")(func)
    func = click.option("--omgevingstype-areas", type=INPUT_FILE,
                        help="Polygons with a column 'omgevingstype' giving the type of the "
                             "sensitive objects inside them.")(func)
    func = click.option("--omgevingstype-col",
                        help="Column of SENSITIVE with the omgevingstype per object.")(func)
    func = click.option("--omgevingstype", default="rustige_woonwijk", show_default=True,
                        type=click.Choice(["rustige_woonwijk", "gemengd_gebied"]),
                        help="Default omgevingstype of the sensitive objects.")(func)
    return func


def read_sensitive_options(omgevingstype_areas, omgevingstype_areas_layer,
                           distance_table, target_crs):
    """Read the optional area layer and distance table given on the command line."""
    areas = read_input(omgevingstype_areas, omgevingstype_areas_layer, "omgevingstype_areas",
                       target_crs) if omgevingstype_areas else None
    table = None
    if distance_table is not None:
        from rve_geo.milieu.distance_tables import load_distance_table

        table = load_distance_table(distance_table)
    return areas, table


@operation_command("max_allowed_category")
@sensitive_options
@click.option("--raster", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a GeoTIFF of the maximum category rank over the parcels.")
@click.option("--cell-size-m", type=float, default=10.0, show_default=True,
              help="Cell size of the --raster GeoTIFF in metres.")
@output_options
def command(parcels, sensitive, parcels_layer, sensitive_layer, omgevingstype,
            omgevingstype_col, omgevingstype_areas, omgevingstype_areas_layer, distance_table,
            raster, cell_size_m, output, target_crs, overwrite, as_json):
    """Highest milieucategorie per parcel of PARCELS given the SENSITIVE objects.

    Writes layer 'max_allowed_category' with max_category, max_category_rank,
    nearest_sensitive_m, headroom_m and the binding sensitive object; with --raster
    also a GeoTIFF (needs rasterio).
    """
    from rve_geo.io import check_output_path
    from rve_geo.milieu.milieuruimte import max_allowed_category

    inputs = [parcels, sensitive, omgevingstype_areas, distance_table]
    check_output_path(output, inputs=inputs, overwrite=overwrite)
    if raster is not None:
        check_output_path(raster, inputs=[*inputs, output], overwrite=overwrite)
    p = read_input(parcels, parcels_layer, "parcels", target_crs)
    s = read_input(sensitive, sensitive_layer, "sensitive", target_crs)
    areas, table = read_sensitive_options(omgevingstype_areas, omgevingstype_areas_layer,
                                          distance_table, target_crs)
    options = {"omgevingstype": omgevingstype, "omgevingstype_col": omgevingstype_col,
               "omgevingstype_areas": areas, "distance_table": table}
    result, warnings = run_operation("max category", max_allowed_category, p, s, **options)
    result = result.assign(binding_sensitive_id=result["binding_sensitive_id"].map(
        lambda v: None if v is None else str(v)))
    write_result({"max_allowed_category": result}, output, overwrite=overwrite, inputs=inputs)
    if raster is not None:
        from rve_geo.milieu.raster import allowed_category_raster

        _, more = run_operation("raster", allowed_category_raster, p, s, raster,
                                cell_size_m=cell_size_m, overwrite=overwrite, **options)
        warnings += more
    counts = result["max_category"].fillna("none").value_counts()
    emit_summary(as_json, {
        "output": str(output),
        "raster": str(raster) if raster is not None else None,
        "rows": int(len(result)),
        "parcels_per_category": {str(k): int(v) for k, v in counts.items()},
        "warnings": warnings,
    })
