"""``rve relocation-efficiency``: relocation cost per m2 plot against a band."""

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


@operation_command("relocation_efficiency")
@click.option("--band-eur-per-m2", type=(float, float), default=(1300.0, 1400.0),
              show_default=True, help="Lower and upper bound, EUR per m2 plot.")
@output_options
def command(parcels, parcels_layer, output, target_crs, overwrite, as_json, **options):
    """Relocation cost per m2 plot of PARCELS against the efficiency band.

    Writes layer 'relocation_efficiency' (one row per parcel).
    """
    from rve_geo.indicators.relocation import relocation_efficiency
    from rve_geo.io import check_output_path

    inputs = [parcels]
    check_output_path(output, inputs=inputs, overwrite=overwrite)
    p = read_input(parcels, parcels_layer, "parcels", target_crs)
    result, warnings = run_operation("relocation efficiency", relocation_efficiency, p,
                                     **options)
    result.attrs = {}
    write_result({"relocation_efficiency": result}, output, overwrite=overwrite, inputs=inputs)
    status = result["relocation_status"].value_counts()
    emit_summary(as_json, {
        "output": str(output),
        "rows": int(len(result)),
        **{s: int(status.get(s, 0)) for s in ("below_band", "within_band", "above_band",
                                              "unknown")},
        "warnings": warnings,
    })
