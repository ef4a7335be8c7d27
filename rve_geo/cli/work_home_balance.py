"""``rve work-home-balance``: homes, jobs, functiemengingsindex and norms per area."""

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


@operation_command("work_home_balance")
@click.option("--homes", type=INPUT_FILE, help="Homes as points or polygons, counted per area.")
@click.option("--jobs", type=INPUT_FILE, help="Jobs as points or polygons, counted per area.")
@output_options
def command(areas, areas_layer, homes, homes_layer, jobs, jobs_layer, output, target_crs,
            overwrite, as_json, **options):
    """Woon-werkbalans of AREAS: homes, jobs, FMI, work m2 and jobs per home.

    Writes layer 'work_home_balance' (one row per area).
    """
    from rve_geo.indicators.work_home import work_home_balance
    from rve_geo.io import check_output_path

    inputs = [areas, homes, jobs]
    check_output_path(output, inputs=inputs, overwrite=overwrite)
    a = read_input(areas, areas_layer, "areas", target_crs)
    h = read_input(homes, homes_layer, "homes", target_crs) if homes else None
    j = read_input(jobs, jobs_layer, "jobs", target_crs) if jobs else None
    result, warnings = run_operation("work-home balance", work_home_balance, a, homes=h, jobs=j,
                                     **options)
    result.attrs = {}
    write_result({"work_home_balance": result}, output, overwrite=overwrite, inputs=inputs)
    homes_total = float(result["homes"].sum())
    jobs_total = float(result["jobs"].sum())
    both = homes_total + jobs_total
    emit_summary(as_json, {
        "output": str(output),
        "rows": int(len(result)),
        "homes": round(homes_total, 1),
        "jobs": round(jobs_total, 1),
        "fmi": round(jobs_total / both * 100, 2) if both > 0 else None,
        "areas_below_jobs_norm": int(result["below_jobs_norm"].sum()),
        "areas_below_work_m2_norm": int(result["below_work_m2_norm"].sum()),
        "warnings": warnings,
    })
