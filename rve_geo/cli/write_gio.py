"""``rve write-gio``: locations as a STOP 1.3 GIO GML file for an omgevingsplan."""

from __future__ import annotations

from pathlib import Path

import click

from ._common import emit_summary, operation_command, read_input, run_operation


def _labels(ctx, param, values):
    labels = {}
    for item in values:
        key, sep, label = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r} is not GROUP_ID=LABEL", ctx=ctx, param=param)
        labels[key.strip()] = label.strip()
    return labels or None


@operation_command("write_gio")
@click.option("--layer", "locations_layer", help="Layer in the locations file.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output GIO file (.gml).")
@click.option("--group-labels", multiple=True, callback=_labels, metavar="ID=LABEL",
              help="Label of a group; repeat per group (default: the group id).")
@click.option("--xsd", "xsd", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="imop-geo.xsd of the STOP distribution: also validate the output against it.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
def command(locations, locations_layer, output, xsd, overwrite, as_json, **options):
    """Write LOCATIONS (polygons, lines or points) as a STOP GIO GML file (EPSG:28992).

    Inputs in another CRS are reprojected to EPSG:28992 first. The file is checked
    against the STOP rules after writing (and against the imop-geo XSD given with --xsd);
    problems are reported as errors.
    """
    from rve_geo.deliverables.gio import validate_gio, write_gio
    from rve_geo.errors import OutputError
    from rve_geo.io import check_output_path

    check_output_path(output, inputs=[locations], overwrite=overwrite)
    frame = read_input(locations, locations_layer, "locations", "EPSG:28992")
    written, warnings = run_operation("write-gio", write_gio, frame, output,
                                      overwrite=overwrite, **options)
    problems = validate_gio(written, xsd=xsd)
    if problems:  # a bug if it happens: the writer follows the same rules
        raise OutputError(f"'{written}' does not pass the STOP checks: {'; '.join(problems)}")
    emit_summary(as_json, {
        "output": str(written),
        "locations": int(len(frame)),
        "norm_kind": options["norm_kind"],
        "xsd_checked": xsd is not None,
        "warnings": warnings,
    })
