"""``rve transformation-monitor``: business land lost, gained and changed."""

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


@operation_command("transformation_monitor")
@click.option("--before-layer", help="Layer in the BEFORE file.")
@click.option("--after-layer", help="Layer in the AFTER file.")
@click.option("--zones", type=INPUT_FILE, help="Areas to report per zone.")
@output_options
def command(before, after, before_layer, after_layer, zones, zones_layer, output, target_crs,
            overwrite, as_json, **options):
    """Compare two snapshots BEFORE and AFTER of business land.

    Writes layers 'changes' (lost and gained pieces), 'per_id', 'per_use' (table)
    and, with --zones, 'per_zone'.
    """
    from rve_geo.indicators.monitor import transformation_monitor
    from rve_geo.io import check_output_path

    inputs = [before, after, zones]
    check_output_path(output, inputs=inputs, overwrite=overwrite)
    b = read_input(before, before_layer, "before", target_crs)
    a = read_input(after, after_layer, "after", target_crs)
    z = read_input(zones, zones_layer, "zones", target_crs) if zones else None
    result, warnings = run_operation("transformation monitor", transformation_monitor, b, a,
                                     zones=z, **options)
    layers = {"changes": result.changes, "per_id": result.per_id, "per_use": result.per_use}
    if result.per_zone is not None:
        layers["per_zone"] = result.per_zone
    for frame in layers.values():
        frame.attrs = {}
    write_result(layers, output, overwrite=overwrite, inputs=inputs)
    emit_summary(as_json, {
        "output": str(output),
        **{k: (round(v, 4) if isinstance(v, float) else v) for k, v in result.totals.items()},
        "warnings": warnings,
    })
