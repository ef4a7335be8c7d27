"""``rve export-shapefile``: one layer as an ESRI Shapefile with a field-map CSV."""

from __future__ import annotations

from pathlib import Path

import click

from ._common import emit_summary, operation_command, run_operation


@operation_command("export_shapefile")
@click.argument("layer", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--layer", "layer_name", help="Layer in the input file (GeoPackage).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output Shapefile (.shp); sidecars and <stem>_fields.csv go beside it.")
@click.option("--field-map-path", type=click.Path(dir_okay=False, path_type=Path),
              help="Where the field-map CSV goes (default <stem>_fields.csv).")
@click.option("--target-crs", help="Reproject to this CRS first (default: keep the input CRS).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
def command(layer, layer_name, output, field_map_path, target_crs, overwrite, as_json):
    """Export one layer of LAYER (any vector file) as a Shapefile for legacy systems.

    Long field names are shortened to 10 characters (see the field-map CSV); a layer
    mixing points, lines and polygons is split into one file per type.
    """
    from rve_geo.deliverables.shapefile import export_shapefile
    from rve_geo.errors import OutputError
    from rve_geo.io import read_layer

    if Path(output).expanduser().resolve() == Path(layer).expanduser().resolve():
        raise OutputError(f"output '{output}' is also the input; choose another output path "
                          "(inputs are never overwritten).")
    if target_crs:
        from ._common import read_input

        frame = read_input(layer, layer_name, "layer", target_crs)
    else:
        frame = read_layer(layer, layer=layer_name, argument="layer")
    result, warnings = run_operation("export-shapefile", export_shapefile, frame, output,
                                     field_map_path=field_map_path, overwrite=overwrite)
    emit_summary(as_json, {
        "outputs": [str(p) for p in result.paths],
        "rows": int(len(frame)),
        "renamed_fields": {a: b for a, b in zip(result.field_map["long_name"],
                                                 result.field_map["short_name"], strict=True)
                           if a != b},
        "warnings": warnings,
    })
