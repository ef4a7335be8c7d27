"""``rve density-measures``: Spacemate FSI, GSI, OSR, L per parcel or zone."""

from __future__ import annotations

from pathlib import Path

import click

from ._common import (
    emit_summary,
    operation_command,
    output_options,
    read_input,
    run_operation,
    write_result,
)


@operation_command("density_measures")
@click.option("--zones", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Zone polygons (bouwblok, terrein): aggregate net/gross to that level.")
@click.option("--no-single-storey-halls", "halls_single_storey", flag_value=False, default=True,
              help="Do not count large halls as one storey.")
@output_options
def command(parcels, buildings, parcels_layer, buildings_layer, zones, zones_layer, output,
            target_crs, overwrite, as_json, **options):
    """Spacemate density (FSI, GSI, OSR, L) of PARCELS from BUILDINGS footprints.

    Writes layer 'density' (one row per parcel, or per zone with --zones) and, when
    buildings lie on no parcel, layer 'unassigned_buildings'.
    """
    from rve_geo.density.spacemate import density_measures
    from rve_geo.io import check_output_path

    check_output_path(output, inputs=[parcels, buildings, zones], overwrite=overwrite)
    p = read_input(parcels, parcels_layer, "parcels", target_crs)
    b = read_input(buildings, buildings_layer, "buildings", target_crs)
    z = read_input(zones, zones_layer, "zones", target_crs) if zones else None
    result, warnings = run_operation("density", density_measures, p, b, zones=z, **options)
    layers = {"density": result}
    unassigned = result.attrs.get("unassigned_buildings", [])
    if unassigned:
        layers["unassigned_buildings"] = b.loc[unassigned]
    for frame in layers.values():
        frame.attrs = {}
    write_result(layers, output, overwrite=overwrite, inputs=[parcels, buildings, zones])
    fsi = result["fsi_net"] if z is not None else result["fsi"]
    emit_summary(as_json, {
        "output": str(output),
        "rows": int(len(result)),
        "floor_area_m2": round(float(result["floor_area_m2"].sum()), 1),
        "footprint_m2": round(float(result["footprint_m2"].sum()), 1),
        "mean_fsi": None if fsi.isna().all() else round(float(fsi.mean()), 4),
        "unassigned_buildings": len(unassigned),
        "warnings": warnings,
    })
