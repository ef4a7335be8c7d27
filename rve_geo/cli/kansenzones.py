"""``rve kansenzones``: contiguous zones of 10-15 ha with the highest opportunity score."""

from __future__ import annotations

import click

from rve_geo.data import policy

from ._common import (
    emit_summary,
    operation_command,
    output_options,
    read_input,
    run_operation,
    write_result,
)

SMALL_TERREIN_MIN_HA = policy("small_terrein_min_ha")


@operation_command("kansenzones")
@click.option("--small-terrein-min-ha", type=float, default=SMALL_TERREIN_MIN_HA,
              show_default=True,
              help="With --small-terreinen: a whole group of parcels of at least this area "
                   "but below --min-area-ha becomes one flagged zone.")
@output_options
def command(parcels, parcels_layer, small_terrein_min_ha, output, target_crs, overwrite,
            as_json, **options):
    """Kansenzones from scored PARCELS (e.g. the output of opportunity-scores).

    Writes layer 'kansenzones' (one dissolved polygon per zone) and layer 'parcels'
    (the input with zone_id, empty where a parcel is in no zone).
    """
    from rve_geo.io import check_output_path
    from rve_geo.kansen.zoning import kansenzones

    check_output_path(output, inputs=[parcels], overwrite=overwrite)
    p = read_input(parcels, parcels_layer, "parcels", target_crs)
    result, warnings = run_operation(
        "kansenzones", kansenzones, p,
        small_terrein_min_ha=small_terrein_min_ha,
        **options)
    zones = result.zones
    write_result({"kansenzones": zones, "parcels": result.parcels}, output,
                 overwrite=overwrite, inputs=[parcels])
    emit_summary(as_json, {
        "output": str(output),
        "parcels": int(len(result.parcels)),
        "zones": int(len(zones)),
        "parcels_in_zones": int(result.parcels["zone_id"].notna().sum()),
        "zone_area_ha": round(float(zones["area_ha"].sum()), 2),
        "area_basis": zones.attrs.get("area_basis"),
        "zone_net_area_ha": round(float(zones["net_area_ha"].sum()), 2),
        "zone_gross_area_ha": round(float(zones["gross_area_ha"].sum()), 2),
        "small_terreinen": int(zones["small_terrein"].sum()),
        "score_total": round(float(zones["score_total"].sum()), 4),
        "warnings": warnings,
    })
