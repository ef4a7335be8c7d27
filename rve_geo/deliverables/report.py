"""A self-contained HTML report of a pipeline result GeoPackage.

:func:`write_report` reads the layers :func:`rve_geo.pipeline.run.run_pipeline` writes
(``parcel_results``, ``environmental_contours``, ``contour_conflicts``,
``kansenzones``, ``summary``, ``terrein_summary``, ``run_metadata`` ...), draws the
maps with :mod:`rve_geo.deliverables.maps` and writes one HTML page with the PNGs embedded as
base64 data URIs, so the page can be mailed or archived as a single file. Layers
that are absent (a skipped stage) simply leave out their map or table.

The page shows, top to bottom: the key figures (hectares, m2 potential, jobs,
herontwikkelingsopgave, FMI, kansenzones), the maps (FSI per parcel, milieucontouren
per category with conflicts, maximum allowed category, densification potential,
kansenzones), a table per terrein, the kansenzones table and how the result was made.

Examples
--------
>>> fmt(1234567.8), fmt(0.4567, 2), fmt(float("nan"))
('1 234 568', '0.46', '-')
"""

from __future__ import annotations

import base64
import html
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["MAPS", "build_report", "fmt", "render_maps", "write_report"]

#: Map names in page order with their captions.
MAPS: dict[str, str] = {
    "fsi": "Floor space index (FSI = floor area / parcel area) per parcel. Darker parcels "
           "are built more intensively; light ones have room to densify.",
    "contours": "Milieucontouren: each parcel's permitted category drawn at its VNG "
                "richtafstand. Red: homes or other sensitive objects inside a contour.",
    "max_category": "Milieuruimte: the highest milieucategorie each parcel allows, given "
                    "the distance to the nearest sensitive object.",
    "potential": "Densification potential: extra floor area (m2 BVO) the plan rules allow "
                 "on each parcel beyond what is built.",
    "kansenzones": "Kansenzones: groups of parcels of about 10-15 ha with the highest "
                   "redevelopment scores, where one investment plan can start (numbers as in "
                   "the Kansenzones table below).",
}

_HEADLINE = (
    ("parcel_area_ha", "hectares of parcels", "ha", 1),
    ("potential_m2", "m2 BVO densification potential", "m2", 0),
    ("jobs", "jobs on the parcels", "", 0),
    ("redevelopment_ha", "ha herontwikkelingsopgave (built before 1980)", "ha", 1),
    ("fmi", "functiemengingsindex FMI (0 homes only - 100 jobs only)", "", 0),
    ("n_kansenzones", "kansenzones", "", 0),
)


#: How the jobs were estimated (run_metadata ``jobs_basis``), as the report names it.
_JOBS_BASIS_LABELS = {
    "floor_area": "floor area per job by use, data/jobs_ratios.csv",
    "plot_area": "250 m2 plot per job",
}


def fmt(value: Any, decimals: int = 0) -> str:
    """Format a number with spaces between thousands; '-' for missing values."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return html.escape(str(value)) if value is not None else "-"
    if not np.isfinite(v):
        return "-"
    return f"{v:,.{decimals}f}".replace(",", " ")


def _read(path: Path, layer: str, layers: list[str]):
    if layer not in layers:
        return None
    import pyogrio

    info = pyogrio.read_info(path, layer=layer)
    if info.get("geometry_type") in (None, "Unknown") and not info.get("crs"):
        return pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
    import geopandas as gpd

    return gpd.read_file(path, layer=layer, engine="pyogrio")


def _load(gpkg: Path) -> dict[str, Any]:
    from ..io import list_layer_names

    names = list_layer_names(gpkg)
    return {n: _read(gpkg, n, names) for n in names}


def render_maps(layers: Mapping[str, Any]) -> dict[str, bytes]:
    """Draw the report's maps from result layers; returns name -> PNG bytes.

    Maps whose layers are missing are left out.
    """
    from . import maps

    out: dict[str, bytes] = {}
    parcels = layers.get("parcel_results")
    if parcels is None:
        parcels = layers.get("parcel_density")
    if parcels is not None and "fsi" in parcels.columns:
        out["fsi"] = maps.continuous_map(
            parcels, "fsi", title="Density: FSI per parcel", label="FSI (floor area / "
            "parcel area)", cmap="YlOrBr", vmin=0.0, note="Spacemate FSI from BAG "
            "footprints and heights.")
    contours = layers.get("environmental_contours")
    if contours is not None and len(contours) and "category" in contours.columns:
        out["contours"] = maps.contours_map(
            contours, sources=parcels, conflicts=layers.get("contour_conflicts"),
            sensitive=layers.get("sensitive_objects"),
            title="Milieucontouren per category", note="VNG 2009 richtafstanden.")
    cat_frame, cat_col = None, None
    for layer, col in (("parcel_results", "milieuruimte_category"),
                       ("max_allowed_category", "max_category")):
        frame = layers.get(layer)
        if frame is not None and col in frame.columns:
            cat_frame, cat_col = frame, col
            break
    if cat_frame is not None:
        out["max_category"] = maps.categorical_map(
            cat_frame, cat_col, title="Maximum allowed milieucategorie",
            colours=maps.CATEGORY_COLOURS, legend_title="highest category allowed",
            labels={k: f"cat. {k}" for k in maps.CATEGORY_COLOURS},
            none_label="not even cat. 1", sensitive=layers.get("sensitive_objects"),
            note="Distance to the nearest sensitive object.")
    if parcels is not None and "potential_m2" in parcels.columns:
        out["potential"] = maps.continuous_map(
            parcels, "potential_m2", title="Densification potential",
            label="extra floor area (m2 BVO)", cmap="Greens", vmin=0.0,
            note="Plan rules (coverage, height) minus existing floor area.")
    zones = layers.get("kansenzones")
    if zones is not None:
        out["kansenzones"] = maps.kansenzones_map(
            zones, parcels, members=layers.get("kansenzone_parcels"), title="Kansenzones",
            note="Zones of about 10-15 ha grown from the highest-scoring parcels.")
    return out


def _story(f: Mapping[str, float], layers: Mapping[str, Any]) -> str:
    """The key figures as two or three plain sentences."""
    out = []
    if "parcel_area_ha" in f:
        s = f"{fmt(f['parcel_area_ha'], 1)} ha of business parcels"
        if "n_parcels" in f:
            s += f" ({fmt(f['n_parcels'])} parcels)"
        if "fsi" in f:
            s += f" built at FSI {fmt(f['fsi'], 2)}"
        out.append(s + ".")
    if "potential_m2" in f:
        s = f"The plan rules allow {fmt(f['potential_m2'])} m2 more floor area"
        if "extra_jobs" in f:
            s += f", room for about {fmt(f['extra_jobs'])} extra jobs"
        out.append(s + ".")
    if "redevelopment_ha" in f:
        out.append(f"{fmt(f['redevelopment_ha'], 1)} ha of parcels is mostly built before "
                   "1980 (herontwikkelingsopgave).")
    if "n_conflicts" in f:
        out.append(f"{fmt(f['n_conflicts'])} sensitive objects lie closer than the "
                   "richtafstand of a parcel's permitted category.")
    zones = layers.get("kansenzones")
    if zones is not None and len(zones) and "area_ha" in zones.columns:
        sizes = ", ".join(f"{fmt(v, 1)}" for v in zones["area_ha"])
        out.append(f"{len(zones)} kansenzones are proposed ({sizes} ha).")
    return " ".join(out)


def _figures(layers: Mapping[str, Any]) -> dict[str, float]:
    summary = layers.get("summary")
    if summary is None or not len(summary):
        return {}
    return {str(r.figure): float(r.value) for r in summary.itertuples()}


def _metadata(layers: Mapping[str, Any]) -> dict[str, str]:
    meta = layers.get("run_metadata")
    if meta is None:
        return {}
    return {str(r.key): str(r.value) for r in meta.itertuples()}


def _table(frame: pd.DataFrame, columns: Mapping[str, tuple[str, int]]) -> str:
    cols = [c for c in columns if c in frame.columns]
    if not cols or not len(frame):
        return ""
    head = "".join(f"<th>{html.escape(columns[c][0])}</th>" for c in cols)
    rows = []
    for _, row in frame.iterrows():
        cells = []
        for c in cols:
            value, decimals = row[c], columns[c][1]
            numeric = isinstance(value, (int, float, np.number)) and not isinstance(value, bool)
            text = fmt(value, decimals) if numeric else html.escape(
                "-" if value is None or (isinstance(value, float) and np.isnan(value))
                else str(value))
            cells.append(f"<td class=\"{'num' if numeric else 'txt'}\">{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


_CSS = """
body{font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:0;
 color:#1a1a1a;background:#f4f5f7}
header{background:#12355b;color:#fff;padding:22px 32px}
header h1{margin:0;font-size:26px} header p{margin:6px 0 0;opacity:.85}
main{padding:20px 32px;max-width:1180px}
.figures{display:grid;grid-template-columns:repeat(3,1fr);gap:14px;margin:10px 0 24px}
.fig{background:#fff;border-radius:8px;padding:14px 16px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.fig .v{font-size:30px;font-weight:700;color:#12355b}
.fig .u{font-size:15px;font-weight:400;color:#555;margin-left:4px}
.fig .l{font-size:13px;color:#444;margin-top:4px}
.maps{display:grid;grid-template-columns:1fr 1fr;gap:16px}
figure{margin:0;background:#fff;border-radius:8px;padding:8px;
 box-shadow:0 1px 3px rgba(0,0,0,.12)}
figure img{width:100%;height:auto;display:block}
figcaption{font-size:13px;color:#333;padding:6px 4px 2px}
h2{font-size:19px;margin:28px 0 10px;color:#12355b}
table{border-collapse:collapse;background:#fff;font-size:13px;width:100%;
 box-shadow:0 1px 3px rgba(0,0,0,.12)}
th{background:#e8edf3;text-align:left;padding:7px 8px;font-weight:600}
td{padding:6px 8px;border-top:1px solid #e3e3e3} td.num{text-align:right;
 font-variant-numeric:tabular-nums}
.meta{font-size:12px;color:#555} .meta code{font-size:11px}
.story{font-size:16px;line-height:1.5;max-width:980px;margin:0 0 14px}
.skipped{font-size:13px;color:#7a4b00;background:#fff6e0;padding:8px 12px;border-radius:6px}
"""


def build_report(layers: Mapping[str, Any], images: Mapping[str, bytes], *,
                 title: str | None = None) -> str:
    """Return the HTML page for result ``layers`` and rendered map ``images``."""
    meta = _metadata(layers)
    figures = _figures(layers)
    area = meta.get("area", "")
    title = title or f"Ruimte voor Economie: {area}".rstrip(": ")
    tiles = []
    basis = _JOBS_BASIS_LABELS.get(meta.get("jobs_basis", ""))
    for key, label, unit, decimals in _HEADLINE:
        if key == "jobs" and basis:
            label = f"{label} ({basis})"
        if key in figures:
            u = f"<span class=\"u\">{unit}</span>" if unit else ""
            tiles.append(f"<div class=\"fig\"><div class=\"v\">{fmt(figures[key], decimals)}"
                         f"{u}</div><div class=\"l\">{html.escape(label)}</div></div>")
    maps_html = []
    for name, caption in MAPS.items():
        if name in images:
            data = base64.b64encode(images[name]).decode("ascii")
            maps_html.append(f"<figure><img alt=\"{name} map\" src=\"data:image/png;base64,"
                             f"{data}\"><figcaption>{html.escape(caption)}</figcaption>"
                             "</figure>")
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
             f"<header><h1>{html.escape(title)}</h1><p>Density, milieuzonering, "
             "densification potential and kansenzones"
             + (f" &middot; rve_geo {html.escape(meta['rve_geo_version'])}"
                if "rve_geo_version" in meta else "") + "</p></header><main>"]
    if tiles:
        parts.append("<h2>Key figures</h2>")
        story = _story(figures, layers)
        if story:
            parts.append(f"<p class=\"story\">{html.escape(story)}</p>")
        parts.append("<div class=\"figures\">" + "".join(tiles) + "</div>")
    if maps_html:
        parts.append("<h2>Maps</h2><div class=\"maps\">" + "".join(maps_html) + "</div>")
    terreinen = layers.get("terrein_summary")
    if terreinen is not None and len(terreinen):
        parts.append("<h2>Per terrein</h2>" + _table(terreinen, {
            "terrein_id": ("terrein", 0), "naam": ("name", 0), "n_parcels": ("parcels", 0),
            "parcel_area_ha": ("parcel area (ha)", 1), "fsi": ("FSI", 2),
            "potential_m2": ("potential (m2 BVO)", 0), "jobs": ("jobs", 0),
            "extra_jobs": ("extra jobs", 0), "redevelopment_ha": ("built < 1980 (ha)", 1),
            "mean_score": ("mean score", 2)}))
    density = layers.get("terrein_density")
    if density is not None and len(density):
        parts.append("<h2>Density per terrein (Spacemate)</h2>" + _table(density, {
            "terrein_id": ("terrein", 0), "zone_area_m2": ("terrein area (m2)", 0),
            "fsi_net": ("FSI net", 2), "gsi_net": ("GSI net", 2), "fsi_gross": ("FSI gross", 2),
            "gsi_gross": ("GSI gross", 2), "l": ("storeys L", 1),
            "tare_share": ("tare share", 2)}))
    zones = layers.get("kansenzones")
    if zones is not None and len(zones):
        parts.append("<h2>Kansenzones</h2>" + _table(zones, {
            "zone_id": ("zone", 0), "area_ha": ("area (ha)", 1), "n_parcels": ("parcels", 0),
            "score_mean": ("mean score", 2), "potential_m2": ("potential (m2 BVO)", 0),
            "potential_jobs": ("extra jobs", 0), "top_drivers": ("main reasons", 0)}))
    summary = layers.get("summary")
    if summary is not None and len(summary):
        shown = summary.assign(value=[fmt(v, 2 if abs(v) < 100 and v != int(v) else 0)
                                      for v in summary["value"]])
        parts.append("<h2>All figures</h2>" + _table(
            shown, {"label": ("figure", 0), "value": ("value", 0), "unit": ("unit", 0)}))
    skipped = json.loads(meta.get("stages_skipped", "{}") or "{}")
    if skipped:
        items = "".join(f"<li><b>{html.escape(k)}</b>: {html.escape(v)}</li>"
                        for k, v in skipped.items())
        parts.append(f"<h2>Stages not run</h2><div class=\"skipped\"><ul>{items}</ul></div>")
    if meta:
        hashes = json.loads(meta.get("input_sha256", "{}") or "{}")
        rows = "".join(f"<li><code>{html.escape(Path(p).name)}</code> sha256 "
                       f"<code>{h[:16]}...</code></li>" for p, h in hashes.items())
        parts.append(
            "<h2>How this was made</h2><div class=\"meta\"><p>rve_geo "
            f"{html.escape(meta.get('rve_geo_version', '?'))}, run "
            f"{html.escape(meta.get('started_utc', '?'))} to "
            f"{html.escape(meta.get('finished_utc', '?'))} (UTC), CRS "
            f"{html.escape(meta.get('target_crs', '?'))}. Stages run: "
            f"{html.escape(', '.join(json.loads(meta.get('stages_run', '[]') or '[]')))}."
            f"</p><ul>{rows}</ul><p>Parameters and the full configuration are in the "
            "<code>run_metadata</code> table of the GeoPackage.</p></div>")
    parts.append("</main></body></html>")
    return "\n".join(parts)


def write_report(
    gpkg: str | os.PathLike,
    html_path: str | os.PathLike,
    *,
    maps_dir: str | os.PathLike | None = None,
    title: str | None = None,
    overwrite: bool = False,
) -> Path:
    """Write the HTML report (and optionally the PNG maps) of a result GeoPackage.

    Parameters
    ----------
    gpkg : path-like
        A GeoPackage written by :func:`rve_geo.pipeline.run.run_pipeline`.
    html_path : path-like
        The ``.html`` file to write (atomically).
    maps_dir : path-like, optional
        Folder to also write the maps into as ``<name>.png`` (created; must not exist
        unless ``overwrite``).
    title : str, optional
        Page title; default "Ruimte voor Economie: <area>".
    overwrite : bool
        Replace existing outputs.

    Returns
    -------
    Path
        The HTML file.

    Raises
    ------
    InputError
        ``gpkg`` does not exist or is not readable.
    OutputError
        An output exists without ``overwrite``, or its folder is not writable.

    Notes
    -----
    Maps use the Agg renderer of matplotlib (imported here, not at ``import rve_geo``)
    and are embedded as ``data:image/png;base64`` URIs: the page has no external
    references.
    """
    from ..io import atomic_path, check_output_path

    gpkg = Path(gpkg)
    out = check_output_path(html_path, inputs=[gpkg], overwrite=overwrite)
    layers = _load(gpkg)
    if "run_metadata" not in layers and "summary" not in layers:
        from ..errors import InputError

        raise InputError(f"'{gpkg}' is not a result of rve run (it has no run_metadata or "
                         f"summary layer; layers: {', '.join(layers) or '(none)'}); give the "
                         "GeoPackage that rve run wrote, e.g. out/<area>.gpkg.")
    images = render_maps(layers)
    page = build_report(layers, images, title=title)
    if maps_dir is not None:
        folder = Path(maps_dir)
        if folder.exists() and not overwrite:
            from ..errors import OutputError

            raise OutputError(f"maps folder '{folder}' exists; pass overwrite=True (CLI: "
                              "--overwrite) or choose another folder.")
        folder.mkdir(parents=True, exist_ok=True)
        for name, png in images.items():
            with atomic_path(folder / f"{name}.png", overwrite=True) as tmp:
                tmp.write_bytes(png)
    with atomic_path(out, overwrite=overwrite) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return out
