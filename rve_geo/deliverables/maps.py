"""Static maps (PNG) of pipeline results, drawn with matplotlib's Agg renderer.

Every map is in the layer's projected CRS (EPSG:28992 for Dutch data), has a title,
a legend or colour bar, a scale bar and a north arrow, and shows the parcels as grey
context. matplotlib is imported only inside these functions, never at
``import rve_geo``, and ``pyplot`` is not used: figures are drawn on an Agg canvas,
so no display or GUI backend is needed.

Examples
--------
>>> import geopandas as gpd
>>> from shapely.geometry import box
>>> parcels = gpd.GeoDataFrame({"fsi": [0.2, 0.9]},
...     geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100)], crs="EPSG:28992")
>>> png = continuous_map(parcels, "fsi", title="FSI", label="FSI")
>>> png[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
True
>>> nice_length(900)
200
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = [
    "categorical_map",
    "continuous_map",
    "contours_map",
    "kansenzones_map",
    "nice_length",
]

_FIGSIZE = (8.0, 6.4)
_DPI = 110
_CONTEXT = "#d9d9d9"
_EDGE = "#7f7f7f"

#: Colours per milieucategorie, light (low) to dark (high), VNG order.
CATEGORY_COLOURS = {
    "1": "#ffffcc", "2": "#ffeda0", "3.1": "#fed976", "3.2": "#feb24c", "4.1": "#fd8d3c",
    "4.2": "#fc4e2a", "5.1": "#e31a1c", "5.2": "#bd0026", "5.3": "#800026", "6": "#4d0019",
}


def nice_length(width_m: float) -> int:
    """A round scale-bar length of at most a quarter of ``width_m`` (metres)."""
    for length in (5000, 2000, 1000, 500, 250, 200, 100, 50, 20, 10):
        if length <= width_m / 4:
            return length
    return 10


_MAP_W = 5.6  # inches of map width
_SIDE = 3.2  # inches for the legend column


def _bounds(frames: Sequence[Any]) -> tuple[float, float, float, float]:
    bounds = [f.total_bounds for f in frames if f is not None and len(f)]
    if not bounds:
        return 0.0, 0.0, 1.0, 1.0
    b = np.array(bounds, dtype="float64")
    return (float(np.nanmin(b[:, 0])), float(np.nanmin(b[:, 1])),
            float(np.nanmax(b[:, 2])), float(np.nanmax(b[:, 3])))


def _figure(frames: Sequence[Any]):
    """Figure sized to the data's aspect ratio, map on the left, legend column right."""
    import matplotlib

    if "matplotlib.pyplot" not in sys.modules:
        matplotlib.use("Agg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    x0, y0, x1, y1 = _bounds(frames)
    w, h = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    pad_x, pad_y = 0.05 * w, 0.05 * h
    map_h = min(max(_MAP_W * (h + 2 * pad_y) / (w + 2 * pad_x), 4.0), 8.0)
    top, bottom = 0.7, 0.45
    fig = Figure(figsize=(_MAP_W + _SIDE, map_h + top + bottom), dpi=_DPI)
    FigureCanvasAgg(fig)
    fw, fh = fig.get_size_inches()
    ax = fig.add_axes((0.1 / fw, bottom / fh, _MAP_W / fw, map_h / fh))
    # widen the data range to the box's aspect so that one metre is as long both ways
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_w, half_h = w / 2 + pad_x, h / 2 + pad_y
    if half_h / half_w < map_h / _MAP_W:
        half_h = half_w * map_h / _MAP_W
    else:
        half_w = half_h * _MAP_W / map_h
    ax.set_xlim(cx - half_w, cx + half_w)
    ax.set_ylim(cy - half_h, cy + half_h)
    ax.set_aspect("equal", adjustable="box")
    ax.set_axis_off()
    return fig, ax


def _decorate(fig, ax, title: str, crs_name: str, note: str = "") -> None:
    """Scale bar (lower left of the map), north arrow (legend column), title, CRS note."""
    from matplotlib.patches import FancyArrow, Rectangle

    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    w, h = x1 - x0, y1 - y0
    length = nice_length(w)
    bx, by, bh = x0 + 0.03 * w, y0 + 0.03 * h, 0.012 * h
    half = length / 2
    ax.add_patch(Rectangle((bx - 0.015 * w, by - 0.012 * h), length + 0.05 * w, bh + 0.055 * h,
                           facecolor="white", alpha=0.85, edgecolor="none", zorder=19))
    for i, colour in enumerate(("black", "white")):
        ax.add_patch(Rectangle((bx + i * half, by), half, bh, facecolor=colour,
                               edgecolor="black", linewidth=0.8, zorder=20))
    label = f"{length / 1000:g} km" if length >= 1000 else f"{length} m"
    ax.text(bx, by + bh * 1.5, "0", ha="center", va="bottom", fontsize=10, zorder=21)
    ax.text(bx + length, by + bh * 1.5, label, ha="center", va="bottom", fontsize=10,
            zorder=21)
    fw, fh = fig.get_size_inches()
    nx = (_MAP_W + 0.45) / fw
    fig.text(nx, (0.45 + 0.62) / fh, "N", ha="center", va="center", fontsize=12,
             fontweight="bold")
    fig.add_artist(FancyArrow(nx, 0.5 / fh, 0, 0.42 / fh, width=0.012 / fw,
                              head_width=0.14 / fw, head_length=0.16 / fh,
                              length_includes_head=True, transform=fig.transFigure,
                              color="black"))
    fig.text(0.1 / fw, 1 - 0.35 / fh, title, ha="left", va="center", fontsize=17,
             fontweight="bold")
    fig.text(0.1 / fw, 0.15 / fh, f"{crs_name}. {note}".strip(), fontsize=9.5, color="#555555")


def _colorbar_axes(fig, below_legend: bool = False):
    fw, fh = fig.get_size_inches()
    top = 1 - (1.7 if below_legend else 0.9) / fh
    height = min(3.0, fh - 3.0) / fh
    return fig.add_axes(((_MAP_W + 0.45) / fw, top - height, 0.22 / fw, height))


def _context(ax, parcels) -> None:
    if parcels is not None and len(parcels):
        parcels.plot(ax=ax, facecolor=_CONTEXT, edgecolor="white", linewidth=0.4, zorder=1)


def _homes(ax, sensitive, handles: list) -> None:
    """Sensitive objects (homes) as light context, drawn under the results."""
    if sensitive is None or not len(sensitive):
        return
    from matplotlib.patches import Patch

    sensitive.plot(ax=ax, facecolor="#9ecae1", edgecolor="none", zorder=0.5)
    handles.append(Patch(facecolor="#9ecae1", label=f"homes / sensitive ({len(sensitive)})"))


def _crs_name(frame) -> str:
    crs = getattr(frame, "crs", None)
    if crs is None:
        return "CRS unknown"
    epsg = crs.to_epsg()
    return f"{crs.name} (EPSG:{epsg})" if epsg else crs.name


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=_DPI, facecolor="white")
    return buf.getvalue()


def _legend(fig, handles, title: str) -> None:
    fw, fh = fig.get_size_inches()
    fig.legend(handles=handles, title=title, loc="upper left",
               bbox_to_anchor=((_MAP_W + 0.1) / fw, 1 - 0.75 / fh), frameon=False,
               fontsize=11, title_fontsize=12, alignment="left", handlelength=1.6)


def continuous_map(frame, column: str, *, title: str, label: str, cmap: str = "YlOrRd",
                   vmin: float | None = None, vmax: float | None = None, context=None,
                   note: str = "") -> bytes:
    """Choropleth of a numeric column with a colour bar; missing values hatched grey."""
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import Normalize
    from matplotlib.patches import Patch

    fig, ax = _figure([frame])
    _context(ax, context)
    values = frame[column].astype("float64")
    finite = values[np.isfinite(values)]
    lo = vmin if vmin is not None else (float(finite.min()) if len(finite) else 0.0)
    hi = vmax if vmax is not None else (float(np.quantile(finite, 0.98)) if len(finite)
                                        else 1.0)
    if hi <= lo:
        hi = lo + 1.0
    norm = Normalize(lo, hi)
    known = frame[np.isfinite(values.to_numpy())]
    if len(known):
        known.plot(ax=ax, column=column, cmap=cmap, norm=norm, edgecolor=_EDGE,
                   linewidth=0.4, zorder=2)
    unknown = frame[~np.isfinite(values.to_numpy())]
    if len(unknown):
        unknown.plot(ax=ax, facecolor="#f0f0f0", edgecolor=_EDGE, hatch="///", linewidth=0.4,
                     zorder=2)
        _legend(fig, [Patch(facecolor="#f0f0f0", edgecolor=_EDGE, hatch="///",
                            label=f"unknown ({len(unknown)})")], "")
    cax = _colorbar_axes(fig)
    bar = fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), cax=cax)
    bar.set_label(label, fontsize=12)
    bar.ax.tick_params(labelsize=11)
    if len(finite) and finite.max() > hi:
        bar.ax.set_title("and more", fontsize=10, pad=5)
    _decorate(fig, ax, title, _crs_name(frame), note)
    return _png(fig)


def categorical_map(frame, column: str, *, title: str, colours: dict[str, str],
                    legend_title: str, labels: dict[str, str] | None = None, context=None,
                    sensitive=None, none_label: str = "none", note: str = "") -> bytes:
    """Map of a category column with one legend entry per category, in ``colours`` order."""
    from matplotlib.patches import Patch

    fig, ax = _figure([frame])
    _context(ax, context)
    values = frame[column].astype("string")
    handles = []
    for cat, colour in colours.items():
        part = frame[(values == cat).fillna(False).to_numpy()]
        if len(part):
            part.plot(ax=ax, facecolor=colour, edgecolor=_EDGE, linewidth=0.4, zorder=2)
            text = (labels or {}).get(cat, cat)
            handles.append(Patch(facecolor=colour, edgecolor=_EDGE,
                                 label=f"{text} ({len(part)})"))
    rest = frame[(~values.isin(list(colours))).fillna(True).to_numpy()]
    if len(rest):
        rest.plot(ax=ax, facecolor="white", edgecolor="#333333", hatch="xx", linewidth=0.4,
                  zorder=2)
        handles.append(Patch(facecolor="white", edgecolor="#333333", hatch="xx",
                             label=f"{none_label} ({len(rest)})"))
    _homes(ax, sensitive, handles)
    _legend(fig, handles, legend_title)
    _decorate(fig, ax, title, _crs_name(frame), note)
    return _png(fig)


def contours_map(contours, *, sources=None, conflicts=None, context=None, sensitive=None,
                 category_col: str = "category", distance_col: str = "distance_m",
                 title: str = "Milieucontouren per category", note: str = "") -> bytes:
    """Contours coloured per category (largest drawn first) with conflicting objects in red."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    fig, ax = _figure([contours])
    _context(ax, context)
    cats = contours[category_col].astype("string")
    order = [c for c in CATEGORY_COLOURS if (cats == c).any()]
    order += sorted(set(cats.dropna()) - set(order))
    handles: list = []
    import shapely

    for cat in reversed(order):  # highest category (largest contour) at the bottom
        part = contours[(cats == cat).fillna(False).to_numpy()]
        colour = CATEGORY_COLOURS.get(cat, "#9e9ac8")
        merged = shapely.union_all(np.asarray(part.geometry.array, dtype=object))
        type(contours)(geometry=[merged], crs=contours.crs).plot(
            ax=ax, facecolor=colour, edgecolor="#b35806", alpha=0.75, linewidth=0.6, zorder=2)
    for cat in order:
        part = contours[(cats == cat).fillna(False).to_numpy()]
        dist = part[distance_col].max() if distance_col in part.columns else float("nan")
        handles.append(Patch(facecolor=CATEGORY_COLOURS.get(cat, "#9e9ac8"), alpha=0.75,
                             label=f"cat. {cat}: {dist:g} m ({len(part)})"))
    if sources is not None and len(sources):
        sources.plot(ax=ax, facecolor="none", edgecolor="black", linewidth=0.6, zorder=3)
        handles.append(Patch(facecolor="none", edgecolor="black", label="source parcels"))
    _homes(ax, sensitive, handles)
    if conflicts is not None and len(conflicts):
        conflicts.plot(ax=ax, facecolor="#d7301f", edgecolor="#67000d", linewidth=0.5,
                       zorder=4)
        n = conflicts["sensitive_id"].nunique() if "sensitive_id" in conflicts.columns \
            else len(conflicts)
        handles.append(Line2D([], [], marker="s", linestyle="", markersize=8,
                              markerfacecolor="#d7301f", markeredgecolor="#67000d",
                              label=f"sensitive objects inside\na contour ({n})"))
    _legend(fig, handles, "category: richtafstand")
    _decorate(fig, ax, title, _crs_name(contours), note)
    return _png(fig)


def kansenzones_map(zones, parcels, *, members=None, label_col: str = "zone_id",
                    title: str = "Kansenzones", note: str = "") -> bytes:
    """Kansenzones in one colour each, labelled with number, size and mean score.

    ``members`` (parcels with a ``zone_id`` column) colours the parcels of each zone;
    without it the zone polygons are filled. Other parcels are grey context.
    """
    from matplotlib.patches import Patch

    palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
               "#1f78b4", "#b2df8a", "#fb9a99"]
    base = parcels if parcels is not None else zones
    fig, ax = _figure([base])
    _context(ax, parcels)
    handles = []
    zones = zones if zones is not None else base.iloc[:0]
    for i, (_, row) in enumerate(zones.iterrows()):  # a handful of zones
        colour = palette[i % len(palette)]
        zid = row[label_col] if label_col in zones.columns else i + 1
        part = None
        if members is not None and "zone_id" in members.columns:
            part = members[(members["zone_id"].astype("string") == str(zid)).fillna(False)
                           .to_numpy()]
        if part is not None and len(part):
            part.plot(ax=ax, facecolor=colour, edgecolor="white", linewidth=0.5, alpha=0.85,
                      zorder=2)
        else:
            type(zones)(geometry=[row.geometry], crs=zones.crs).plot(
                ax=ax, facecolor=colour, edgecolor="white", alpha=0.85, zorder=2)
        size = f"{row['area_ha']:.1f} ha" if "area_ha" in zones.columns else ""
        score = f"score {row['score_mean']:.2f}" if "score_mean" in zones.columns else ""
        p = row.geometry.representative_point()
        ax.text(p.x, p.y, f"{zid}", ha="center", va="center", fontsize=13,
                fontweight="bold", color="white", zorder=5,
                bbox={"boxstyle": "circle,pad=0.3", "facecolor": colour, "edgecolor": "white"})
        handles.append(Patch(facecolor=colour, alpha=0.85,
                             label=f"zone {zid}: " + ", ".join(x for x in (size, score) if x)))
    if parcels is not None and len(parcels):
        handles.append(Patch(facecolor=_CONTEXT, label="other parcels"))
    _legend(fig, handles, "kansenzone: size, mean score")
    _decorate(fig, ax, title, _crs_name(base), note)
    return _png(fig)
