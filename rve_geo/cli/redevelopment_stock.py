"""``rve redevelopment-stock``: age of the building stock per parcel or zone."""

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


@operation_command("redevelopment_stock")
@click.option("--zones", type=INPUT_FILE, help="Terreinen or other areas: one row per zone.")
@output_options
def command(parcels, buildings, parcels_layer, buildings_layer, zones, zones_layer, output,
            target_crs, overwrite, as_json, **options):
    """Floor-area-weighted construction year and pre-threshold stock of PARCELS.

    Writes layer 'redevelopment_stock' (one row per parcel, or per zone with --zones).
    """
    from rve_geo.indicators.redevelopment import redevelopment_stock
    from rve_geo.io import check_output_path

    inputs = [parcels, buildings, zones]
    check_output_path(output, inputs=inputs, overwrite=overwrite)
    p = read_input(parcels, parcels_layer, "parcels", target_crs)
    b = read_input(buildings, buildings_layer, "buildings", target_crs)
    z = read_input(zones, zones_layer, "zones", target_crs) if zones else None
    result, warnings = run_operation("redevelopment stock", redevelopment_stock, p, b, zones=z,
                                     **options)
    result.attrs = {}
    write_result({"redevelopment_stock": result}, output, overwrite=overwrite, inputs=inputs)
    known = float(result["floor_area_known_year_m2"].sum())
    year = (float((result["weighted_construction_year"].fillna(0)
                   * result["floor_area_known_year_m2"]).sum() / known) if known > 0 else None)
    emit_summary(as_json, {
        "output": str(output),
        "rows": int(len(result)),
        "floor_area_m2": round(float(result["floor_area_m2"].sum()), 1),
        "weighted_construction_year": None if year is None else round(year, 1),
        "area_pre_threshold_ha": round(float(result["area_pre_threshold_ha"].sum()), 3),
        "warnings": warnings,
    })
