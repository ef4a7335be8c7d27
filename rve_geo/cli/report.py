"""``rve report RESULT.gpkg -o report.html``: the visual HTML report of a result."""

from __future__ import annotations

from pathlib import Path

import click

from rve_geo.deliverables.selection import RANK_KEYS


@click.command("report")
@click.argument("result", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write.")
@click.option("--maps-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write the maps as PNG files into this folder.")
@click.option("--title", help="Page title (default: 'Ruimte voor Economie: <area>').")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Language of the report (Dutch or English).")
@click.option("--pdf", "pdf", is_flag=True,
              help="Also write a PDF (A4, print layout) next to the HTML; needs WeasyPrint "
              "(pip install 'rve_geo[report]').")
@click.option("--context", "context", type=click.Path(path_type=Path),
              help="Roads, water or other lines and polygons (a vector file) drawn thinly "
              "under the results on every map.")
@click.option("--context-layer", help="Layer of --context to draw (when the file has several).")
@click.option("--max-terreinen", type=click.IntRange(min=0), default=100, show_default=True,
              help="Above this many terreinen, map frames and table rows per terrein only "
              "for this many, chosen by --rank-by (0: no frames per terrein); the report "
              "names the tables with all terreinen.")
@click.option("--rank-by", type=click.Choice(list(RANK_KEYS)), default="potential_m2",
              show_default=True, help="Key figure that chooses the terreinen shown one by "
              "one, highest first.")
@click.option("--overwrite", is_flag=True, help="Replace existing outputs.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
def command(result: Path, output: Path, maps_dir: Path | None, title: str | None,
            lang: str, pdf: bool, context: Path | None, context_layer: str | None,
            max_terreinen: int, rank_by: str, overwrite: bool, as_json: bool) -> None:
    """Write a self-contained HTML report (maps embedded) of a `rve run` RESULT GeoPackage."""
    from rve_geo.deliverables.report import write_report

    from ._common import emit_summary

    written = write_report(result, output, maps_dir=maps_dir, title=title, overwrite=overwrite,
                           lang=lang, pdf=pdf, context=context,
                           context_layer=context_layer, max_terreinen=max_terreinen,
                           rank_by=rank_by)
    summary = {"output": str(written), "size_bytes": written.stat().st_size,
               "maps_dir": str(maps_dir) if maps_dir else None}
    if pdf:
        summary["pdf"] = str(written.with_suffix(".pdf"))
    emit_summary(as_json, summary)
