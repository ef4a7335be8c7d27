"""``rve fetch``: registry layers (BAG, 3D BAG, BRK, bedrijventerreinen) for an area from
OGC API Features services, written as one GeoPackage for ``rve run``."""

from __future__ import annotations

from pathlib import Path

import click


def _bbox(ctx, param, value):
    if value is None:
        return None
    try:
        parts = [float(v) for v in value.replace(" ", "").split(",")]
    except ValueError:
        raise click.BadParameter("give four numbers xmin,ymin,xmax,ymax in RD New metres") \
            from None
    if len(parts) != 4:
        raise click.BadParameter("give four numbers xmin,ymin,xmax,ymax in RD New metres")
    return tuple(parts)


def _urls(ctx, param, values):
    from rve_geo.sources.fetch import DEFAULT_SERVICES, Service

    out = {}
    for v in values:
        key, sep, rest = v.partition("=")
        url, hash_, coll = rest.partition("#")
        if not sep or not url or not hash_ or not coll:
            raise click.BadParameter(f"{v!r}: write KEY=URL#COLLECTION, e.g. "
                                     "terreinen=https://example.org/ogc#werklocaties")
        if key not in (*DEFAULT_SERVICES, "terreinen"):
            raise click.BadParameter(f"{key!r} is not one of "
                                     f"{', '.join([*DEFAULT_SERVICES, 'terreinen'])}")
        out[key] = Service(url, coll)
    return out


@click.command("fetch")
@click.option("--bbox", callback=_bbox, help="Area xmin,ymin,xmax,ymax in RD New (EPSG:28992).")
@click.option("--gemeente", help="Municipality name instead of --bbox (PDOK bestuurlijke "
                                 "gebieden).")
@click.option("--what", default="bag,3dbag,brk", show_default=True,
              help="Comma-separated: bag, 3dbag, brk, terreinen (terreinen needs --url).")
@click.option("--url", "urls", multiple=True, callback=_urls,
              help="Replace a service: KEY=URL#COLLECTION, KEY one of bag_pand, "
                   "bag_verblijfsobject, 3dbag, brk, terreinen, gemeente. Repeatable.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder keeping the fetched pages; a repeated fetch reads them from there.")
@click.option("--page-size", type=click.IntRange(1), default=1000, show_default=True,
              help="Features per request (limit).")
@click.option("--retries", type=click.IntRange(0), default=3, show_default=True,
              help="Retries after a connection error, timeout or HTTP 429/5xx.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output GeoPackage (.gpkg): layers buildings, homes, parcels, terreinen.")
@click.option("--overwrite", is_flag=True, help="Replace the output file if it exists.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
def command(bbox, gemeente, what, urls, cache_dir, page_size, retries, output, overwrite,
            as_json):
    """Download BAG, 3D BAG heights, BRK percelen and bedrijventerreinen for an area.

    Pages are followed through the services' `next` links; every page is kept in
    --cache when given. The result has the layers buildings (BAG panden with use,
    gebruiksoppervlakte and 3D BAG heights), homes, parcels and terreinen, ready for
    `rve run`. Nothing is written when the fetch fails or is cancelled (Ctrl-C).
    """
    from rve_geo.sources.fetch import fetch_inputs

    from ._common import emit_summary, run_operation

    counts, _ = run_operation("fetch", fetch_inputs, output, bbox=bbox, gemeente=gemeente,
                              what=[w for w in what.split(",") if w.strip()], services=urls,
                              cache_dir=cache_dir, page_size=page_size, retries=retries,
                              overwrite=overwrite)
    emit_summary(as_json, {"output": str(output), **counts})
