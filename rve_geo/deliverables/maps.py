"""Static maps (PNG) of pipeline results, one zoomed panel per terrein.

Every map uses the class breaks and colours of :mod:`rve_geo.deliverables.styles` (the
same definition QGIS gets in ``layer_styles``), has one panel per terrein with its
name, the terrein outline, the other parcels and the homes as context, a scale bar per
panel, a north arrow and a legend whose counts are returned with the image
(:class:`MapImage`), so the report can print the same counts in its legend table.

Drawing is vectorised: polygons are simplified to what one pixel can show at the
panel's scale and drawn as one matplotlib ``PathCollection`` per layer, each polygon
one path with its holes (courtyards stay open; holes smaller than a pixel disappear). matplotlib is imported only
inside these functions, never at ``import rve_geo``; figures are drawn on an Agg
canvas, so no display is needed.

Examples
--------
>>> import geopandas as gpd
>>> from shapely.geometry import box
>>> parcels = gpd.GeoDataFrame({"fsi": [0.2, 0.9], "terrein_id": ["A", "B"]},
...     geometry=[box(0, 0, 100, 100), box(3000, 0, 3100, 100)], crs="EPSG:28992")
>>> panels = terrein_panels(parcels)
>>> [p.title for p in panels]
['A', 'B']
>>> image = class_map(parcels, "parcel_results", "fsi", panels=panels)
>>> image.png[:8] == b"\\x89PNG\\r\\n\\x1a\\n", [(e.label, e.count) for e in image.legend]
(True, [('0 - 0,25 (1)', 1), ('0,75 - 1 (1)', 1)])
>>> nice_length(900)
200
"""

from __future__ import annotations

import io
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .styles import CATEGORY_COLOURS, classes_of, style_for

__all__ = [
    "CATEGORY_COLOURS",
    "LegendEntry",
    "MapImage",
    "Panel",
    "class_map",
    "contours_map",
    "kansenzones_map",
    "nice_length",
    "terrein_panels",
]

_DPI = 110
_MAP_W = 6.0  # inches for the panels
_SIDE = 3.2  # inches for the legend column
_CONTEXT = "#e3e3e3"
_HOMES = "#9ecae1"
_MAX_PANELS = 6
_MAX_ZONES_LISTED = 12  # zones named in a legend; more are one line
_MAX_LABELS = 60  # zone numbers drawn per panel

_WORDS = {
    "nl": {"homes": "woningen in de omgeving\n({homes} in {objects} objecten)",
           "objects": "gevoelige objecten ({objects})", "other": "overige percelen",
           "outline": "terreingrens", "conflict": "gevoelig object binnen\neen contour ({n})",
           "no_class": "onbekend", "north": "N", "crs": "Rijksdriehoekscoördinaten (EPSG:{})"},
    "en": {"homes": "homes around\n({homes} in {objects} objects)",
           "objects": "sensitive objects ({objects})", "other": "other parcels",
           "outline": "terrein outline", "conflict": "sensitive object inside\na contour ({n})",
           "no_class": "unknown", "north": "N", "crs": "Dutch national grid (EPSG:{})"},
}


@dataclass(frozen=True)
class LegendEntry:
    """One legend line: label, colour and how many features it stands for."""

    label: str
    colour: str
    count: int


@dataclass(frozen=True)
class MapImage:
    """A rendered map: PNG bytes and its legend entries (with counts)."""

    png: bytes
    legend: tuple[LegendEntry, ...] = ()


@dataclass(frozen=True)
class Panel:
    """One map frame: title and bounds (minx, miny, maxx, maxy) in metres."""

    title: str
    bounds: tuple[float, float, float, float]
    outline: Any = field(default=None, compare=False)


def nice_length(width_m: float) -> int:
    """A round scale-bar length of at most a quarter of ``width_m`` (metres)."""
    for length in (5000, 2000, 1000, 500, 250, 200, 100, 50, 20, 10):
        if length <= width_m / 4:
            return length
    return 10


def terrein_panels(parcels: Any, terreinen: Any = None) -> list[Panel]:
    """One panel per terrein (outline layer, else the parcels' ``terrein_id``).

    More than six terreinen, or none, give one panel over everything.
    """
    frames = []
    if terreinen is not None and len(terreinen) and "terrein_id" in terreinen.columns:
        name_col = next((c for c in ("naam", "name") if c in terreinen.columns), None)
        for i in range(len(terreinen)):
            row = terreinen.iloc[i]
            title = str(row[name_col]) if name_col and row[name_col] == row[name_col] \
                else str(row["terrein_id"])
            frames.append(Panel(title, tuple(float(v) for v in row.geometry.bounds),
                                row.geometry))
    elif parcels is not None and len(parcels) and "terrein_id" in parcels.columns:
        ids = parcels["terrein_id"].astype("string").fillna("")
        for tid in sorted(set(ids) - {""}):
            part = parcels[(ids == tid).to_numpy()]
            frames.append(Panel(str(tid), tuple(float(v) for v in part.total_bounds)))
    if not frames or len(frames) > _MAX_PANELS:
        base = parcels if parcels is not None else terreinen
        b = base.total_bounds if base is not None and len(base) else (0.0, 0.0, 1.0, 1.0)
        return [Panel("", tuple(float(v) for v in b))]
    return frames


# --------------------------------------------------------------------------- drawing


def _figure(panels: Sequence[Panel]):
    import matplotlib

    if "matplotlib.pyplot" not in sys.modules:
        matplotlib.use("Agg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    n = len(panels)
    cols = 1 if n == 1 else 2
    rows = math.ceil(n / cols)
    gap = 0.25
    pw = (_MAP_W - (cols - 1) * gap) / cols
    aspects = []
    for p in panels:
        x0, y0, x1, y1 = p.bounds
        aspects.append(max(y1 - y0, 1.0) / max(x1 - x0, 1.0))
    ph = pw * min(max(max(aspects), 0.55), 1.3 if n > 1 else 1.4)
    title_h, top, bottom = 0.3, 0.75, 0.45
    fig_h = top + bottom + rows * (ph + title_h) + (rows - 1) * gap
    fig = Figure(figsize=(_MAP_W + _SIDE + 0.2, fig_h), dpi=_DPI)
    FigureCanvasAgg(fig)
    fw, fh = fig.get_size_inches()
    axes = []
    for i, p in enumerate(panels):
        r, c = divmod(i, cols)
        left = 0.1 + c * (pw + gap)
        bottom_in = fh - top - (r + 1) * (ph + title_h) - r * gap
        ax = fig.add_axes((left / fw, bottom_in / fh, pw / fw, ph / fh))
        x0, y0, x1, y1 = p.bounds
        w, h = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        half_w, half_h = 0.55 * w + 20, 0.55 * h + 20
        if half_h / half_w < ph / pw:
            half_h = half_w * ph / pw
        else:
            half_w = half_h * pw / ph
        ax.set_xlim(cx - half_w, cx + half_w)
        ax.set_ylim(cy - half_h, cy + half_h)
        ax.set_aspect("equal", adjustable="box")
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_edgecolor("#999999")
        if p.title:
            ax.set_title(p.title, fontsize=11, fontweight="bold", loc="left", pad=4)
        axes.append(ax)
    return fig, axes, pw


def _tolerance(ax, panel_w_in: float) -> float:
    x0, x1 = ax.get_xlim()
    return (x1 - x0) / (panel_w_in * _DPI) / 2  # half a pixel


def _in_view(frame, ax):
    """Rows of ``frame`` whose bounding box meets the panel (spatial index)."""
    if frame is None or not len(frame):
        return frame
    import shapely

    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    rows = frame.sindex.query(shapely.box(x0, y0, x1, y1))
    return frame.iloc[np.sort(rows)]


def _paths(geoms: np.ndarray, tolerance: float):
    """Polygons as matplotlib paths with their holes; returns (paths, part -> row).

    Each polygon part is one path: its exterior ring counter-clockwise and its interior
    rings clockwise, so the non-zero fill rule of matplotlib leaves the holes open.
    Geometries are simplified to ``tolerance`` first; holes that collapse (smaller than
    what a pixel shows) disappear.
    """
    import shapely
    from matplotlib.path import Path

    geoms = shapely.simplify(geoms, tolerance, preserve_topology=False)
    parts, index = shapely.get_parts(geoms, return_index=True)
    polys = shapely.get_type_id(parts) == 3
    parts, index = parts[polys], index[polys]
    parts_ok = ~shapely.is_empty(parts)
    parts, index = parts[parts_ok], index[parts_ok]
    if not len(parts):
        return [], index
    rings, part_of = shapely.get_rings(parts, return_index=True)
    first = np.r_[True, part_of[1:] != part_of[:-1]]  # the exterior of each part
    ccw = shapely.is_ccw(rings)
    flip = np.where(first, ~ccw, ccw)
    rings = np.where(flip, shapely.reverse(rings), rings)
    coords, ring_of = shapely.get_coordinates(rings, return_index=True)
    ring_len = np.bincount(ring_of, minlength=len(rings))
    ring_start = np.r_[0, np.cumsum(ring_len)[:-1]]
    codes = np.full(len(coords), Path.LINETO, dtype=Path.code_type)
    codes[ring_start] = Path.MOVETO
    codes[ring_start + ring_len - 1] = Path.CLOSEPOLY
    part_len = np.bincount(part_of, weights=ring_len, minlength=len(parts)).astype(np.int64)
    cuts = np.cumsum(part_len)[:-1]
    paths = [Path(v, c) for v, c in zip(np.split(coords, cuts), np.split(codes, cuts),
                                        strict=True)]
    return paths, index


def _draw(ax, frame, colours, *, tolerance: float, edgecolor="#7f7f7f", linewidth=0.3,
          alpha=1.0, zorder=2, fill=True) -> None:
    """Draw polygons of ``frame`` (holes open); ``colours`` one colour or one per row."""
    if frame is None or not len(frame):
        return
    from matplotlib.collections import PathCollection

    geoms = np.asarray(frame.geometry.array, dtype=object)
    paths, index = _paths(geoms, tolerance)
    if not paths:
        return
    if isinstance(colours, str):
        faces = colours
    else:
        faces = np.asarray(colours, dtype=object)[index].tolist()
    coll = PathCollection(paths, facecolors=faces if fill else "none", edgecolors=edgecolor,
                          linewidths=linewidth, alpha=alpha, zorder=zorder)
    ax.add_collection(coll)


def _scale_bar(ax) -> None:
    from matplotlib.patches import Rectangle

    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    w, h = x1 - x0, y1 - y0
    length = nice_length(w)
    bx, by, bh = x0 + 0.04 * w, y0 + 0.04 * h, 0.015 * h
    ax.add_patch(Rectangle((bx - 0.02 * w, by - 0.02 * h), length + 0.08 * w, bh + 0.09 * h,
                           facecolor="white", alpha=0.85, edgecolor="none", zorder=19))
    half = length / 2
    for i, colour in enumerate(("black", "white")):
        ax.add_patch(Rectangle((bx + i * half, by), half, bh, facecolor=colour,
                               edgecolor="black", linewidth=0.7, zorder=20))
    label = f"{length / 1000:g} km" if length >= 1000 else f"{length} m"
    ax.text(bx, by + bh * 1.6, "0", ha="center", va="bottom", fontsize=8, zorder=21)
    ax.text(bx + length, by + bh * 1.6, label, ha="center", va="bottom", fontsize=8, zorder=21)


def _finish(fig, title: str, legend: Sequence[LegendEntry], legend_title: str, note: str,
            epsg: int | None, lang: str) -> bytes:
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrow, Patch

    fw, fh = fig.get_size_inches()
    words = _WORDS[lang]
    fig.text(0.1 / fw, 1 - 0.38 / fh, title, ha="left", va="center", fontsize=15,
             fontweight="bold")
    handles = []
    for e in legend:
        if e.colour.startswith("line:"):
            handles.append(Line2D([], [], color=e.colour[5:], linewidth=1.6, label=e.label))
        else:
            handles.append(Patch(facecolor=e.colour, edgecolor="#7f7f7f", label=e.label))
    if handles:
        fig.legend(handles=handles, title=legend_title, loc="upper left",
                   bbox_to_anchor=((_MAP_W + 0.35) / fw, 1 - 0.75 / fh), frameon=False,
                   fontsize=8.5, title_fontsize=9.5, alignment="left", handlelength=1.4)
    nx = (_MAP_W + _SIDE - 0.3) / fw
    fig.text(nx, 0.98 - 0.05 / fh, words["north"], ha="center", va="top", fontsize=11,
             fontweight="bold")
    fig.add_artist(FancyArrow(nx, 1 - 0.75 / fh, 0, 0.38 / fh, width=0.01 / fw,
                              head_width=0.12 / fw, head_length=0.14 / fh,
                              length_includes_head=True, transform=fig.transFigure,
                              color="black"))
    crs = words["crs"].format(epsg) if epsg else ""
    fig.text(0.1 / fw, 0.15 / fh, ". ".join(x for x in (crs, note) if x), fontsize=8,
             color="#555555")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=_DPI, facecolor="white")
    return buf.getvalue()


def _epsg(frame) -> int | None:
    crs = getattr(frame, "crs", None)
    return crs.to_epsg() if crs is not None else None


def _context(ax, pw, *, parcels=None, sensitive=None, outline=None, zorder=1) -> None:
    tol = _tolerance(ax, pw)
    _draw(ax, _in_view(parcels, ax), _CONTEXT, tolerance=tol, edgecolor="white",
          linewidth=0.3, zorder=zorder)
    _draw(ax, _in_view(sensitive, ax), _HOMES, tolerance=tol, edgecolor="none", zorder=0.5)
    if outline is not None and len(outline):
        _draw(ax, _in_view(outline, ax), "none", tolerance=tol, edgecolor="#222222",
              linewidth=1.1, zorder=6, fill=False)


def _homes_entry(sensitive, lang: str) -> LegendEntry | None:
    if sensitive is None or not len(sensitive):
        return None
    words = _WORDS[lang]
    objects = len(sensitive)
    if "n_homes" in sensitive.columns:
        import pandas as pd

        homes = int(pd.to_numeric(sensitive["n_homes"], errors="coerce").fillna(1).sum())
        label = words["homes"].format(homes=_n(homes, lang), objects=_n(objects, lang))
    else:
        label = words["objects"].format(objects=_n(objects, lang))
    return LegendEntry(label, _HOMES, objects)


def _n(value: int, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "nl" else text


def class_map(frame, layer: str, column: str, *, panels: Sequence[Panel], title: str = "",
              legend_title: str = "", note: str = "", context=None, sensitive=None,
              outline=None, lang: str = "nl", style_frame=None) -> MapImage:
    """Parcels coloured by the style of ``layer`` (from :mod:`.styles`) on ``column``.

    The legend lists each class with the number of rows in it (rows without a class:
    "onbekend"); only classes that occur are listed.
    """
    style = style_for(layer, style_frame if style_frame is not None else frame, lang=lang)
    values = frame[column].tolist() if column in frame.columns else [None] * len(frame)
    hit = classes_of(style, values)
    colours = [style.classes[h].colour if h is not None else "#ffffff" for h in hit]
    counts = np.bincount([h for h in hit if h is not None], minlength=len(style.classes))
    legend = [LegendEntry(c.label, c.colour, int(counts[i]))
              for i, c in enumerate(style.classes) if counts[i]]
    unknown = sum(h is None for h in hit)
    if unknown:
        legend.append(LegendEntry(_WORDS[lang]["no_class"], "#ffffff", unknown))
    legend = [LegendEntry(f"{e.label} ({_n(e.count, lang)})", e.colour, e.count)
              for e in legend]
    homes = _homes_entry(sensitive, lang)
    fig, axes, pw = _figure(panels)
    frame = frame.assign(_colour=colours)
    for ax in axes:
        _context(ax, pw, parcels=context, sensitive=sensitive, outline=outline)
        part = _in_view(frame, ax)
        _draw(ax, part, part["_colour"].tolist(), tolerance=_tolerance(ax, pw),
              alpha=style.opacity, zorder=2)
        _scale_bar(ax)
    shown = [*legend, *([homes] if homes else [])]
    if outline is not None and len(outline):
        shown.append(LegendEntry(_WORDS[lang]["outline"], "line:#222222", len(outline)))
    png = _finish(fig, title or style.title, shown, legend_title, note, _epsg(frame), lang)
    return MapImage(png, tuple(shown))


def contours_map(contours, *, panels: Sequence[Panel], conflicts=None, sources=None,
                 sensitive=None, outline=None, title: str = "", legend_title: str = "",
                 note: str = "", lang: str = "nl") -> MapImage:
    """Contours per category (highest category drawn first), conflicts in red."""
    style = style_for("environmental_contours", lang=lang)
    cats = contours["category"].astype("string").fillna("")
    order = [c for c in style.classes if (cats == c.value).any()]
    legend = []
    for c in order:
        part = contours[(cats == c.value).to_numpy()]
        dist = float(part["distance_m"].max()) if "distance_m" in part.columns else math.nan
        d = f"{dist:g} m" if math.isfinite(dist) else ""
        legend.append(LegendEntry(f"{c.label}: {d} ({_n(len(part), lang)})", c.colour,
                                  len(part)))
    n_conf = 0
    if conflicts is not None and len(conflicts):
        n_conf = int(conflicts["sensitive_id"].nunique()) if "sensitive_id" in \
            conflicts.columns else len(conflicts)
    fig, axes, pw = _figure(panels)
    for ax in axes:
        tol = _tolerance(ax, pw)
        _context(ax, pw, parcels=sources, sensitive=sensitive, outline=outline)
        view = _in_view(contours, ax)
        vcats = view["category"].astype("string").fillna("")
        for c in reversed(order):  # highest category (largest contour) at the bottom
            part = view[(vcats == c.value).to_numpy()]
            _draw(ax, part, c.colour, tolerance=tol, edgecolor=style.outline, linewidth=0.4,
                  alpha=style.opacity, zorder=2)
        _draw(ax, _in_view(conflicts, ax), "#d7301f", tolerance=tol, edgecolor="#67000d",
              linewidth=0.4, zorder=4)
        _scale_bar(ax)
    shown = list(legend)
    homes = _homes_entry(sensitive, lang)
    if homes:
        shown.append(homes)
    if n_conf:
        shown.append(LegendEntry(_WORDS[lang]["conflict"].format(n=_n(n_conf, lang)),
                                 "#d7301f", n_conf))
    if outline is not None and len(outline):
        shown.append(LegendEntry(_WORDS[lang]["outline"], "line:#222222", len(outline)))
    png = _finish(fig, title or style.title, shown, legend_title, note, _epsg(contours), lang)
    return MapImage(png, tuple(shown))


def kansenzones_map(zones, members, *, panels: Sequence[Panel], context=None, outline=None,
                    sensitive=None, title: str = "", legend_title: str = "", note: str = "",
                    lang: str = "nl", zone_labels: dict | None = None) -> MapImage:
    """Parcels of each kansenzone in the zone's colour, the zone number at its centre."""
    style = style_for("kansenzone_parcels", zones, lang=lang)
    values = members["zone_id"].tolist()
    hit = classes_of(style, [None if v is None or v != v else int(v) for v in values])
    colours = [style.classes[h].colour if h is not None else _CONTEXT for h in hit]
    counts = np.bincount([h for h in hit if h is not None], minlength=len(style.classes))
    legend = []
    for i, c in enumerate(style.classes):
        if counts[i] and c.value:
            extra = (zone_labels or {}).get(c.value, "")
            legend.append(LegendEntry(f"{c.label}{extra} ({_n(int(counts[i]), lang)})",
                                      c.colour, int(counts[i])))
    if len(legend) > _MAX_ZONES_LISTED:  # a region: the first zones, the rest together
        rest_n = sum(e.count for e in legend[_MAX_ZONES_LISTED:])
        k = len(legend) - _MAX_ZONES_LISTED
        more = (f"{k} andere zones" if lang == "nl" else f"{k} other zones")
        legend = [*legend[:_MAX_ZONES_LISTED],
                  LegendEntry(f"{more} ({_n(rest_n, lang)})", "#969696", rest_n)]
    fig, axes, pw = _figure(panels)
    frame = members.assign(_colour=colours)
    centres = zones.geometry.representative_point() if zones is not None and len(zones) \
        else None
    for ax in axes:
        _context(ax, pw, sensitive=sensitive, outline=outline)
        part = _in_view(frame, ax)
        _draw(ax, part, part["_colour"].tolist(), tolerance=_tolerance(ax, pw),
              edgecolor="white", alpha=style.opacity, zorder=2)
        if centres is not None:
            x0, x1 = ax.get_xlim()
            y0, y1 = ax.get_ylim()
            shown = 0
            for zid, pt in zip(zones["zone_id"].tolist(), centres, strict=True):
                if x0 <= pt.x <= x1 and y0 <= pt.y <= y1 and shown < _MAX_LABELS:
                    shown += 1
                    k = classes_of(style, [int(zid)])[0]
                    colour = style.classes[k].colour if k is not None else "#333333"
                    ax.text(pt.x, pt.y, str(zid), ha="center", va="center", fontsize=11,
                            fontweight="bold", color="white", zorder=8,
                            bbox={"boxstyle": "circle,pad=0.3", "facecolor": colour,
                                  "edgecolor": "white"})
        _scale_bar(ax)
    rest = int(sum(h is None or not style.classes[h].value for h in hit))
    shown = [*legend, LegendEntry(f"{_WORDS[lang]['other']} ({_n(rest, lang)})", _CONTEXT,
                                  rest)]
    homes = _homes_entry(sensitive, lang)
    if homes:
        shown.append(homes)
    if outline is not None and len(outline):
        shown.append(LegendEntry(_WORDS[lang]["outline"], "line:#222222", len(outline)))
    png = _finish(fig, title or style.title, shown, legend_title, note, _epsg(members), lang)
    return MapImage(png, tuple(shown))
