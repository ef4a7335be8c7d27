"""``rve densification-potential``: allowed minus existing floor area, jobs, constraints."""

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


def _number_or_column(ctx=None, param=None, value: str | None = None):
    """A CLI value that is either a number or a column name (a click callback)."""
    if value is None:
        return None
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return value


def _per_zone(func):
    """Adapt a function without a progress argument to run_operation."""

    def call(*args, progress=None, **kwargs):
        return func(*args, **kwargs)

    return call


@operation_command("densification_potential")
@click.option("--target-fsi", callback=_number_or_column,
              help="Uniform target FSI: a number or a parcel column.")
@click.option("--plan-rules-storey-height-m", callback=_number_or_column,
              help="Storey height turning a maximum height into storeys: metres or a column "
                   "(default: the storey height of the use, as for existing floor area).")
@click.option("--jobs-ratios", callback=_number_or_column,
              help="m2 BVO per job: one number, or a CSV with function,m2_bvo_per_job.")
@click.option("--rules", type=INPUT_FILE,
              help="Plan zones with the rule columns (e.g. the output of rve read-imro).")
@click.option("--sensitive", type=INPUT_FILE,
              help="Planned sensitive uses (housing) as polygons or points.")
@click.option("--sensitive-functions", multiple=True,
              help="Function values meaning a sensitive use (repeatable; default wonen, "
                   "woning, woonfunctie, housing, ...).")
@click.option("--contours", type=INPUT_FILE, help="Hindercontouren of other sources.")
@click.option("--distance-table", type=INPUT_FILE, help="CSV/TOML distance table (default VNG 2009).")
@click.option("--zones", type=INPUT_FILE,
              help="Terreinen or other areas: also write the totals per zone.")
@click.option("--zones-layer", help="Layer in the zones file.")
@click.option("--zone-id-col", help="Zone column copied as zone_id.")
@output_options
def command(parcels, buildings, parcels_layer, buildings_layer, rules, rules_layer, sensitive,
            sensitive_layer, contours, contours_layer, zones, zones_layer, zone_id_col, output,
            target_crs, overwrite, as_json, sensitive_functions, **options):
    """Densification potential of PARCELS: plan rules minus existing BUILDINGS floor area.

    Writes layer 'potential' (one row per parcel) with allowed_floor_area_m2,
    potential_m2, potential_jobs, the removals by milieu constraints and flags;
    with --zones also layer 'potential_per_zone'.
    """
    from rve_geo.io import check_output_path
    from rve_geo.potential.densification import (
        SENSITIVE_FUNCTIONS,
        densification_potential,
        potential_per_zone,
    )

    inputs = [parcels, buildings, rules, sensitive, contours, zones]
    check_output_path(output, inputs=inputs, overwrite=overwrite)
    p = read_input(parcels, parcels_layer, "parcels", target_crs)
    b = read_input(buildings, buildings_layer, "buildings", target_crs)
    r = read_input(rules, rules_layer, "rules", target_crs) if rules else None
    s = read_input(sensitive, sensitive_layer, "sensitive", target_crs) if sensitive else None
    c = read_input(contours, contours_layer, "contours", target_crs) if contours else None
    result, warnings = run_operation(
        "potential", densification_potential, p, b, rules=r, sensitive=s, contours=c,
        sensitive_functions=sensitive_functions or SENSITIVE_FUNCTIONS, **options)
    basis = result.attrs.get("floor_area_basis")
    transfer = result.attrs.get("rules_transfer")
    result.attrs = {}
    layers = {"potential": result}
    if zones:
        z = read_input(zones, zones_layer, "zones", target_crs)
        per_zone, more = run_operation("potential per zone", _per_zone(potential_per_zone), result,
                                       z, zone_id_col=zone_id_col)
        warnings += more
        per_zone.attrs = {}
        layers["potential_per_zone"] = per_zone
    write_result(layers, output, overwrite=overwrite, inputs=inputs)

    def total(col):
        return round(float(result[col].sum()), 1)

    emit_summary(as_json, {
        "output": str(output),
        "rows": int(len(result)),
        "allowed_floor_area_m2": total("allowed_floor_area_m2"),
        "floor_area_m2": total("floor_area_m2"),
        "potential_unconstrained_m2": total("potential_unconstrained_m2"),
        "removed_by_contours_m2": total("removed_by_contours_m2"),
        "removed_by_hmc_m2": total("removed_by_hmc_m2"),
        "potential_m2": total("potential_m2"),
        "floor_area_basis": basis,
        "rules_transfer": transfer,
        "potential_jobs": total("potential_jobs"),
        "parcels_without_rules": int(result["allowed_floor_area_m2"].isna().sum()),
        "overbuilt_parcels": int(result["overbuilt"].sum()),
        "vacant_parcels": int(result["vacant"].sum()),
        "warnings": warnings,
    })
