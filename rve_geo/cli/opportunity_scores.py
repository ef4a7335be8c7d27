"""``rve opportunity-scores``: explainable redevelopment indicators and a score per parcel."""

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

INDICATOR_CHOICES = ["unused_capacity", "ageing", "scheefwerken", "vacancy", "fragmentation",
                     "quay_misuse"]


def _parse_weights(ctx, param, values):
    out = {}
    for item in values:
        for part in item.split(","):
            if not part.strip():
                continue
            name, sep, value = part.partition("=")
            if not sep:
                raise click.BadParameter(f"'{part}' is not NAME=WEIGHT (e.g. ageing=0.3).",
                                         param=param)
            try:
                out[name.strip()] = float(value)
            except ValueError as exc:
                raise click.BadParameter(f"weight of '{name.strip()}' is not a number: "
                                         f"{value!r}.", param=param) from exc
    return out or None


@operation_command("opportunity_scores")
@click.option("--indicators", multiple=True, type=click.Choice(INDICATOR_CHOICES),
              help="Indicator to compute (repeat); default: every one whose inputs exist.")
@click.option("--weights", multiple=True, callback=_parse_weights, metavar="NAME=W[,NAME=W]",
              help="Weight per indicator, e.g. --weights ageing=0.3,vacancy=0.1 "
                   "(default: rve_geo/data/score_weights.toml).")
@output_options
def command(parcels, parcels_layer, indicators, output, target_crs, overwrite, as_json,
            **options):
    """Opportunity indicators (ind_*), a weighted score and top drivers for PARCELS.

    PARCELS should carry the columns of densification-potential, redevelopment-stock
    and category-use; indicators whose inputs are missing are skipped with a warning.
    Writes layer 'opportunity_scores'.
    """
    from rve_geo.io import check_output_path
    from rve_geo.kansen.scores import opportunity_scores

    check_output_path(output, inputs=[parcels], overwrite=overwrite)
    p = read_input(parcels, parcels_layer, "parcels", target_crs)
    result, warnings = run_operation("scores", opportunity_scores, p,
                                     indicators=list(indicators) or None, **options)
    write_result({"opportunity_scores": result}, output, overwrite=overwrite, inputs=[parcels])
    score = result["score"]
    emit_summary(as_json, {
        "output": str(output),
        "rows": int(len(result)),
        "indicators": [c[4:] for c in result.columns if str(c).startswith("ind_")],
        "mean_score": None if score.isna().all() else round(float(score.mean()), 4),
        "scored_rows": int(score.notna().sum()),
        "warnings": warnings,
    })
