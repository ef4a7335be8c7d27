"""``rve allowed-category-zones``: the zoning map of maximum categories over terreinen."""

from __future__ import annotations

from ._common import (
    emit_summary,
    operation_command,
    output_options,
    read_input,
    run_operation,
    write_result,
)
from .max_allowed_category import read_sensitive_options, sensitive_options


@operation_command("allowed_category_zones")
@sensitive_options
@output_options
def command(zones, sensitive, zones_layer, sensitive_layer, omgevingstype, omgevingstype_col,
            omgevingstype_areas, omgevingstype_areas_layer, distance_table, output,
            target_crs, overwrite, as_json):
    """Bands of "maximum category allowed" over the ZONES given the SENSITIVE objects.

    Writes layer 'allowed_category_zones': one polygon per zone and band with
    zone_id, max_category, max_category_rank and area_m2.
    """
    from rve_geo.io import check_output_path
    from rve_geo.milieu.milieuruimte import allowed_category_zones

    inputs = [zones, sensitive, omgevingstype_areas, distance_table]
    check_output_path(output, inputs=inputs, overwrite=overwrite)
    z = read_input(zones, zones_layer, "zones", target_crs)
    s = read_input(sensitive, sensitive_layer, "sensitive", target_crs)
    areas, table = read_sensitive_options(omgevingstype_areas, omgevingstype_areas_layer,
                                          distance_table, target_crs)
    result, warnings = run_operation(
        "zoning map", allowed_category_zones, z, s, omgevingstype=omgevingstype,
        omgevingstype_col=omgevingstype_col, omgevingstype_areas=areas, distance_table=table)
    result = result.assign(zone_id=result["zone_id"].map(str))
    write_result({"allowed_category_zones": result}, output, overwrite=overwrite,
                 inputs=inputs)
    area = result.groupby(result["max_category"].fillna("none"), sort=False)["area_m2"].sum()
    emit_summary(as_json, {
        "output": str(output),
        "rows": int(len(result)),
        "area_m2_per_category": {str(k): round(float(v), 1) for k, v in area.items()},
        "warnings": warnings,
    })
