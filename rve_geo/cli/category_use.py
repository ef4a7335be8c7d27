"""``rve category-use``: unused environmental room and scheefwerken flags per parcel."""

from __future__ import annotations

from ._common import (
    emit_summary,
    operation_command,
    output_options,
    read_input,
    run_operation,
    write_result,
)

_FLAGS = ["above_allowed", "below_minimum", "low_on_hmc", "non_water_bound_on_quay"]


@operation_command("category_use")
@output_options
def command(parcels, parcels_layer, output, target_crs, overwrite, as_json, **options):
    """Steps of unused milieucategorie and scheefwerken flags for PARCELS.

    Writes layer 'category_use' with actual_category, allowed_category,
    unused_steps, above_allowed, below_minimum, low_on_hmc and, with both water
    columns, non_water_bound_on_quay.
    """
    from rve_geo.io import check_output_path
    from rve_geo.milieu.scheefwerken import category_use

    check_output_path(output, inputs=[parcels], overwrite=overwrite)
    p = read_input(parcels, parcels_layer, "parcels", target_crs)
    result, warnings = run_operation("category use", category_use, p, **options)
    write_result({"category_use": result}, output, overwrite=overwrite, inputs=[parcels])
    steps = result["unused_steps"]
    emit_summary(as_json, {
        "output": str(output),
        "rows": int(len(result)),
        "mean_unused_steps": None if steps.isna().all() else round(float(steps.mean()), 3),
        **{f: int(result[f].sum()) for f in _FLAGS if f in result.columns},
        "warnings": warnings,
    })
