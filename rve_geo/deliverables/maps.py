"""Static maps (PNG) of pipeline results, one zoomed frame per terrein.

Every map uses the class breaks and colours of :mod:`rve_geo.deliverables.styles` (the
same definition QGIS gets in ``layer_styles``), the terrein outline, the other parcels,
the homes and an optional context layer (roads, water) under the results, a scale bar
per frame, a north arrow and a legend whose counts are returned with the image
(:class:`MapImage`), so the report can print the same counts in its legend table.

Up to six terreinen are drawn as named panels of one figure. With more, the figure is
one overview of everything (legend with the counts of the whole result) and the
terreinen follow as small multiples (:mod:`.atlas`): one zoomed, named frame per
terrein, twenty to a page (``MapImage.pages``), for any number of terreinen.

Drawing is vectorised: polygons are simplified to what one pixel can show at the
frame's scale and drawn as compound paths, one per colour of a layer (each polygon
with its holes: courtyards stay open; holes smaller than a pixel disappear), so the
cost grows with the vertices in view, not with Python loops over features. matplotlib
is imported only inside these functions, never at ``import rve_geo``; figures are drawn
on an Agg canvas, so no display is needed.

Length: about 600 lines: the layers of the four themes, their legends, the panel
figure and the drawing primitives the atlas pages share (atlas.py).

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
from dataclasses import dataclass, field, replace
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
    "terrein_frames",
    "terrein_panels",
]

_DPI = 110
_MAP_W = 6.0  # inches for the panels
_SIDE = 3.2  # inches for the legend column
_CONTEXT = "#e3e3e3"
_HOMES = "#9ecae1"
#: colour of the context layer (roads, water): lines and polygon outlines
CONTEXT_LINE = "#5b7fa6"
_CONTEXT_FILL = "#dce8f3"
_MAX_PANELS = 6
_MAX_ZONES_LISTED = 12  # zones named in a legend; more are one line
_MAX_LABELS = 60  # zone numbers drawn per panel
#: A layer with more features than this in a panel draws those smaller than a pixel as
#: one pixel each (:func:`_draw_dots`); fewer are all drawn as paths.
DOTS_FROM = 50_000
#: An outline layer (terreinen) with more lines than this in a panel is drawn with thin
#: lines, so that the classes inside stay visible in the overview of a region.
THIN_OUTLINES_FROM = 500

_WORDS = {
    "nl": {"homes": "woningen in de omgeving\n({homes} in {objects} objecten)",
           "objects": "gevoelige objecten ({objects})", "other": "overige percelen",
           "outline": "terreingrens", "conflict": "gevoelig object binnen\neen contour ({n})",
           "no_class": "onbekend", "north": "N", "crs": "Rijksdriehoekscoördinaten (EPSG:{})",
           "context": "{name} (achtergrond)", "homes_name": "woningen in de omgeving",
           "conflict_name": "gevoelig object binnen een contour",
           "pages": "{title}: terreinen {first}-{last} van {n}"},
    "en": {"homes": "homes around\n({homes} in {objects} objects)",
           "objects": "sensitive objects ({objects})", "other": "other parcels",
           "outline": "terrein outline", "conflict": "sensitive object inside\na contour ({n})",
           "no_class": "unknown", "north": "N", "crs": "Dutch national grid (EPSG:{})",
           "context": "{name} (background)", "homes_name": "homes around",
           "conflict_name": "sensitive object inside a contour",
           "pages": "{title}: terreinen {first}-{last} of {n}"},
}


@dataclass(frozen=True)
class LegendEntry:
    """One legend line: label (with its count), colour, count and the bare name."""

    label: str
    colour: str
    count: int
    name: str = ""


@dataclass(frozen=True)
class MapImage:
    """A rendered map: PNG bytes, its legend entries (with counts) and atlas pages.

    ``pages`` are the small multiples (one named frame per terrein, several per page)
    when there are more terreinen than fit one figure; ``page_titles`` the terrein
    names on each page.
    """

    png: bytes
    legend: tuple[LegendEntry, ...] = ()
    pages: tuple[bytes, ...] = ()
    page_titles: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Panel:
    """One map frame: title, bounds (minx, miny, maxx, maxy) in metres, and the
    ``terrein_id`` it frames (text; empty for an overview)."""

    title: str
    bounds: tuple[float, float, float, float]
    outline: Any = field(default=None, compare=False)
    terrein_id: str = field(default="", compare=False)


@dataclass(frozen=True)
class Layer:
    """Polygons or lines to draw: a frame and one colour or one colour per row."""

    frame: Any
    faces: Any
    edgecolor: str = "#7f7f7f"
    linewidth: float = 0.3
    alpha: float = 1.0
    zorder: float = 2
    fill: bool = True


@dataclass(frozen=True)
class Labels:
    """Numbered circles at points (kansenzones): x, y in metres, text, colour."""

    x: np.ndarray
    y: np.ndarray
    texts: tuple[str, ...]
    colours: tuple[str, ...]


def nice_length(width_m: float) -> int:
    """A round scale-bar length of at most a quarter of ``width_m`` (metres)."""
    for length in (50000, 20000, 10000, 5000, 2000, 1000, 500, 250, 200, 100, 50, 20, 10):
        if length <= width_m / 4:
            return length
    return 10


def terrein_frames(parcels: Any, terreinen: Any = None) -> list[Panel]:
    """One frame per terrein, named (outline layer, else the parcels' ``terrein_id``).

    The outline layer's ``naam`` (or ``name``) is the title, else its ``terrein_id``.
    Returns an empty list without terreinen.
    """
    frames = []
    by_id = _parcel_bounds(parcels)
    if terreinen is not None and len(terreinen) and "terrein_id" in terreinen.columns:
        name_col = next((c for c in ("naam", "name") if c in terreinen.columns), None)
        names = terreinen[name_col].tolist() if name_col else [None] * len(terreinen)
        bounds = terreinen.geometry.bounds.to_numpy(dtype=float)
        for tid, name, b, geom in zip(terreinen["terrein_id"].tolist(), names, bounds,
                                      terreinen.geometry, strict=True):
            title = str(name) if name is not None and name == name and str(name) else str(tid)
            if not np.isfinite(b).all():  # no outline geometry: the extent of its parcels
                b = by_id.get(str(tid), b)
            frames.append(Panel(title, tuple(float(v) for v in b), geom, str(tid)))
    else:
        frames = [Panel(tid, tuple(float(v) for v in b), None, tid)
                  for tid, b in by_id.items()]
    return frames


def _parcel_bounds(parcels: Any) -> dict[str, np.ndarray]:
    """Extent of the parcels of each ``terrein_id`` (sorted by id; none without ids)."""
    if parcels is None or not len(parcels) or "terrein_id" not in parcels.columns:
        return {}
    ids = parcels["terrein_id"].astype("string").fillna("")
    bounds = parcels.geometry.bounds.groupby(ids.to_numpy()).agg(
        {"minx": "min", "miny": "min", "maxx": "max", "maxy": "max"})
    return {str(tid): b for tid, b in zip(bounds.index, bounds.to_numpy(dtype=float),
                                          strict=True) if tid and np.isfinite(b).all()}


def overview_panel(parcels: Any, terreinen: Any = None) -> Panel:
    """One untitled panel over all parcels (else all terreinen)."""
    base = parcels if parcels is not None and len(parcels) else terreinen
    b = base.total_bounds if base is not None and len(base) else (0.0, 0.0, 1.0, 1.0)
    return Panel("", tuple(float(v) for v in b))


def terrein_panels(parcels: Any, terreinen: Any = None) -> list[Panel]:
    """One panel per terrein, or one panel over everything with more than six or none.

    With more than six terreinen, :func:`terrein_frames` gives the frames of the
    small multiples (``atlas=`` of the map functions).
    """
    frames = terrein_frames(parcels, terreinen)
    if not frames or len(frames) > _MAX_PANELS:
        return [overview_panel(parcels, terreinen)]
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


def rows_in_box(frame, box: tuple[float, float, float, float]) -> np.ndarray:
    """Positions of the rows of ``frame`` whose bounding box meets ``box`` (sorted)."""
    import shapely

    if frame is None or not len(frame):
        return np.empty(0, dtype=np.int64)
    return np.sort(frame.sindex.query(shapely.box(*box)))


def compound_paths(geoms: np.ndarray, faces: Sequence[str] | str, *, tolerance: float = 0.0,
                   scale: np.ndarray | None = None, offset: np.ndarray | None = None):
    """Polygons and lines as matplotlib paths: one compound path per colour.

    Polygon parts keep their holes: the exterior ring is wound counter-clockwise and the
    interior rings clockwise, so matplotlib's non-zero fill rule leaves the holes open.
    Lines become open sub-paths. ``tolerance`` > 0 simplifies first (holes that collapse
    disappear). ``scale`` and ``offset`` (one per geometry: ``x' = x * scale + offset``)
    move each geometry into a frame of a page. Returns ``(polygon paths, polygon colours,
    line paths, line colours)``.
    """
    import shapely
    from matplotlib.path import Path

    if tolerance > 0:
        geoms = shapely.simplify(geoms, tolerance, preserve_topology=False)
    parts, index = shapely.get_parts(geoms, return_index=True)
    kind = shapely.get_type_id(parts)
    keep = ~shapely.is_empty(parts)
    faces_arr = np.full(len(geoms), faces, dtype=object) if isinstance(faces, str) \
        else np.asarray(faces, dtype=object)
    out = []
    for types, closed in (((3,), True), ((1, 2), False)):
        sel = keep & np.isin(kind, types)
        p, idx = parts[sel], index[sel]
        if closed:
            rings, part_of = shapely.get_rings(p, return_index=True)
            first = np.r_[True, part_of[1:] != part_of[:-1]] if len(rings) else \
                np.empty(0, bool)
            ccw = shapely.is_ccw(rings)
            flip = np.flatnonzero(np.where(first, ~ccw, ccw))
            rings[flip] = shapely.reverse(rings[flip])
        else:
            rings, part_of = p, np.arange(len(p))
        coords, ring_of = shapely.get_coordinates(rings, return_index=True)
        if not len(coords):
            out.extend(([], []))
            continue
        geom_of = idx[part_of[ring_of]]
        if scale is not None:
            coords = coords * scale[geom_of, None] + offset[geom_of]
        ring_len = np.bincount(ring_of, minlength=len(rings))
        start = np.r_[0, np.cumsum(ring_len)[:-1]][ring_len > 0]
        codes = np.full(len(coords), Path.LINETO, dtype=Path.code_type)
        codes[start] = Path.MOVETO
        if closed:
            codes[start + ring_len[ring_len > 0] - 1] = Path.CLOSEPOLY
        colour_of = faces_arr[geom_of]
        paths, colours = [], []
        for colour in dict.fromkeys(colour_of.tolist()):
            mask = colour_of == colour
            paths.append(Path(coords[mask], codes[mask]))
            colours.append(colour)
        out.extend((paths, colours))
    return tuple(out)


def draw_layer(ax, layer: Layer, geoms: np.ndarray, faces, **paths_kwargs) -> None:
    """Add ``geoms`` (the rows of ``layer`` to show) to ``ax`` in ``layer``'s style."""
    from matplotlib.collections import PathCollection

    if not len(geoms):
        return
    polys, colours, lines, line_colours = compound_paths(geoms, faces, **paths_kwargs)
    if polys:
        ax.add_collection(PathCollection(
            polys, facecolors=colours if layer.fill else "none", edgecolors=layer.edgecolor,
            linewidths=layer.linewidth, alpha=layer.alpha, zorder=layer.zorder),
            autolim=False)
    if lines:
        edge = line_colours if layer.edgecolor == "none" else layer.edgecolor
        ax.add_collection(PathCollection(
            lines, facecolors="none", edgecolors=edge, linewidths=max(layer.linewidth, 0.6),
            alpha=layer.alpha, zorder=layer.zorder), autolim=False)


def layer_rows(layer: Layer, rows: np.ndarray):
    """The geometries and face colours of ``rows`` (positions) of ``layer``."""
    geoms = np.asarray(layer.frame.geometry.array, dtype=object)[rows]
    faces = layer.faces if isinstance(layer.faces, str) else \
        np.asarray(layer.faces, dtype=object)[rows]
    return geoms, faces


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


def _homes_entry(sensitive, lang: str) -> LegendEntry | None:
    if sensitive is None or not len(sensitive):
        return None
    words = _WORDS[lang]
    objects = len(sensitive)
    from ..sources.aliases import conventional_column

    column = conventional_column(sensitive, "n_homes")
    if column is not None:
        from .._validate import Issues
        from ..indicators.work_home import home_counts

        issues = Issues("map")
        homes = int(round(float(home_counts(sensitive, column, argument="sensitive",
                                            issues=issues).sum())))
        issues.emit(stacklevel=4)
        label = words["homes"].format(homes=_n(homes, lang), objects=_n(objects, lang))
    else:
        label = words["objects"].format(objects=_n(objects, lang))
    return LegendEntry(label, _HOMES, objects, words["homes_name"])


def _n(value: int, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "nl" else text


def _context_layers(*, parcels=None, sensitive=None, outline=None,
                    context_layer=None) -> list[Layer]:
    """The layers under the results: other parcels, homes, context layer; the outline
    on top."""
    out = []
    if sensitive is not None and len(sensitive):
        out.append(Layer(sensitive, _HOMES, edgecolor="none", zorder=0.5))
    if parcels is not None and len(parcels):
        out.append(Layer(parcels, _CONTEXT, edgecolor="white", zorder=1))
    if context_layer is not None and len(context_layer):
        out.append(Layer(context_layer, _CONTEXT_FILL, edgecolor=CONTEXT_LINE,
                         linewidth=0.5, zorder=1.5))
    if outline is not None and len(outline):
        out.append(Layer(outline, "none", edgecolor="#222222", linewidth=1.1, zorder=6,
                         fill=False))
    return out


def _render(layers: Sequence[Layer], labels: Labels | None, *, panels: Sequence[Panel],
            atlas: Sequence[Panel], title: str, legend: Sequence[LegendEntry],
            legend_title: str, note: str, epsg: int | None, lang: str) -> MapImage:
    """Draw ``layers`` in ``panels`` (one figure) and, if given, the ``atlas`` pages."""
    fig, axes, pw = _figure(panels)
    for ax in axes:
        tol = _tolerance(ax, pw)
        x0, x1 = ax.get_xlim()
        y0, y1 = ax.get_ylim()
        for layer in layers:
            geoms, faces = layer_rows(layer, rows_in_box(layer.frame, (x0, y0, x1, y1)))
            if layer.fill and len(geoms) > DOTS_FROM:  # a region: sub-pixel features as dots
                geoms, faces = _draw_dots(ax, layer, geoms, faces, pixel_m=2 * tol)
            elif not layer.fill and len(geoms) > THIN_OUTLINES_FROM:
                layer = replace(layer, linewidth=min(layer.linewidth, 0.35))
            draw_layer(ax, layer, geoms, faces, tolerance=tol)
        if labels is not None:
            _draw_labels(ax, labels, (x0, y0, x1, y1))
        _scale_bar(ax)
    png = _finish(fig, title, legend, legend_title, note, epsg, lang)
    pages: tuple[bytes, ...] = ()
    titles: tuple[tuple[str, ...], ...] = ()
    if atlas:
        from .atlas import atlas_pages

        plain = [LegendEntry(e.name or e.label, e.colour, e.count, e.name) for e in legend]
        pages, titles = atlas_pages(layers, labels, atlas, title=title, legend=plain,
                                    note=note, epsg=epsg, lang=lang)
    return MapImage(png, tuple(legend), pages, titles)


def _draw_dots(ax, layer: Layer, geoms: np.ndarray, faces, *, pixel_m: float):
    """Draw the features of ``geoms`` smaller than a pixel as one pixel each (in their
    colour, at the centre of their bounding box) and return the others (to draw as paths).

    A region's overview shows a million parcels at 100 m or more per pixel: as paths they
    would be simplified away one by one (and cost the same as if they were seen); as a
    raster of one pixel per feature each stays visible, at the cost of a few array
    operations. The pixel grid is the axes' own, so the dots do not blur.
    """
    import shapely
    from matplotlib.colors import to_rgba_array

    bounds = shapely.bounds(geoms)
    size = np.fmax(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
    small = size < pixel_m  # NaN (empty geometry) is not small: left to the paths
    if not small.any():
        return geoms, faces
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    width, height = math.ceil((x1 - x0) / pixel_m), math.ceil((y1 - y0) / pixel_m)
    cx = (bounds[small, 0] + bounds[small, 2]) / 2
    cy = (bounds[small, 1] + bounds[small, 3]) / 2
    col = np.clip(((cx - x0) / pixel_m).astype(np.int64), 0, width - 1)
    row = np.clip(((y1 - cy) / pixel_m).astype(np.int64), 0, height - 1)
    if isinstance(faces, str):
        rgba = np.broadcast_to(to_rgba_array([faces])[0], (int(small.sum()), 4))
        rest_faces = faces
    else:
        faces = np.asarray(faces, dtype=object)
        names, index = np.unique(faces[small].astype(str), return_inverse=True)
        rgba = to_rgba_array(list(names))[index]
        rest_faces = faces[~small]
    image = np.zeros((height, width, 4))
    image[row, col] = rgba  # later rows over earlier ones, as the paths would be
    ax.imshow(image, extent=(x0, x0 + width * pixel_m, y1 - height * pixel_m, y1),
              interpolation="nearest", alpha=layer.alpha, zorder=layer.zorder,
              aspect="equal", origin="upper")
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    return geoms[~small], rest_faces


def _draw_labels(ax, labels: Labels, box, *, fontsize: float = 11, scale: float = 1.0,
                 offset=(0.0, 0.0)) -> None:
    """Numbered circles of ``labels`` inside ``box`` (at most 60)."""
    x0, y0, x1, y1 = box
    inside = np.flatnonzero((labels.x >= x0) & (labels.x <= x1) & (labels.y >= y0)
                            & (labels.y <= y1))[:_MAX_LABELS]
    for k in inside:
        ax.text(labels.x[k] * scale + offset[0], labels.y[k] * scale + offset[1],
                labels.texts[k], ha="center", va="center", fontsize=fontsize,
                fontweight="bold", color="white", zorder=8,
                bbox={"boxstyle": "circle,pad=0.3", "facecolor": labels.colours[k],
                      "edgecolor": "white"})


def _counted(name: str, colour: str, count: int, lang: str) -> LegendEntry:
    return LegendEntry(f"{name} ({_n(count, lang)})", colour, count, name)


def _tail_entries(sensitive, outline, context_layer, context_name: str,
                  lang: str) -> list[LegendEntry]:
    """Legend lines of the context: homes, context layer, terrein outline."""
    out = []
    homes = _homes_entry(sensitive, lang)
    if homes:
        out.append(homes)
    if context_layer is not None and len(context_layer):
        label = _WORDS[lang]["context"].format(name=context_name or "context")
        out.append(LegendEntry(label, "line:" + CONTEXT_LINE, len(context_layer), label))
    if outline is not None and len(outline):
        label = _WORDS[lang]["outline"]
        out.append(LegendEntry(label, "line:#222222", len(outline), label))
    return out


def class_map(frame, layer: str, column: str, *, panels: Sequence[Panel], title: str = "",
              legend_title: str = "", note: str = "", context=None, sensitive=None,
              outline=None, lang: str = "nl", style_frame=None, atlas: Sequence[Panel] = (),
              context_layer=None, context_name: str = "") -> MapImage:
    """Parcels coloured by the style of ``layer`` (from :mod:`.styles`) on ``column``.

    The legend lists each class with the number of rows in it (rows without a class:
    "onbekend"); only classes that occur are listed. ``atlas``: frames drawn as small
    multiples after the figure (``MapImage.pages``). ``context_layer``: roads, water or
    other lines and polygons drawn thinly under the results (legend: ``context_name``).
    """
    style = style_for(layer, style_frame if style_frame is not None else frame, lang=lang)
    values = frame[column].tolist() if column in frame.columns else [None] * len(frame)
    hit = classes_of(style, values)
    colours = [style.classes[h].colour if h is not None else "#ffffff" for h in hit]
    counts = np.bincount([h for h in hit if h is not None], minlength=len(style.classes))
    legend = [_counted(c.label, c.colour, int(counts[i]), lang)
              for i, c in enumerate(style.classes) if counts[i]]
    unknown = sum(h is None for h in hit)
    if unknown:
        legend.append(_counted(_WORDS[lang]["no_class"], "#ffffff", unknown, lang))
    layers = [*_context_layers(parcels=context, sensitive=sensitive, outline=outline,
                               context_layer=context_layer),
              Layer(frame, colours, alpha=style.opacity, zorder=2)]
    shown = [*legend, *_tail_entries(sensitive, outline, context_layer, context_name, lang)]
    return _render(layers, None, panels=panels, atlas=atlas, title=title or style.title,
                   legend=shown, legend_title=legend_title, note=note, epsg=_epsg(frame),
                   lang=lang)


def contours_map(contours, *, panels: Sequence[Panel], conflicts=None, sources=None,
                 sensitive=None, outline=None, title: str = "", legend_title: str = "",
                 note: str = "", lang: str = "nl", atlas: Sequence[Panel] = (),
                 context_layer=None, context_name: str = "") -> MapImage:
    """Contours per category (highest category drawn first), conflicts in red."""
    style = style_for("environmental_contours", lang=lang)
    cats = contours["category"].astype("string").fillna("").to_numpy()
    order = [c for c in style.classes if (cats == c.value).any()]
    legend, layers = [], []
    for c in order:
        part = contours[cats == c.value]
        dist = float(part["distance_m"].max()) if "distance_m" in part.columns else math.nan
        d = f"{dist:g} m" if math.isfinite(dist) else ""
        legend.append(_counted(f"{c.label}: {d}", c.colour, len(part), lang))
    for c in reversed(order):  # highest category (largest contour) at the bottom
        layers.append(Layer(contours[cats == c.value], c.colour, edgecolor=style.outline,
                            linewidth=0.4, alpha=style.opacity, zorder=2))
    n_conf = 0
    if conflicts is not None and len(conflicts):
        n_conf = int(conflicts["sensitive_id"].nunique()) if "sensitive_id" in \
            conflicts.columns else len(conflicts)
        layers.append(Layer(conflicts, "#d7301f", edgecolor="#67000d", linewidth=0.4,
                            zorder=4))
    layers = [*_context_layers(parcels=sources, sensitive=sensitive, outline=outline,
                               context_layer=context_layer), *layers]
    shown = list(legend)
    homes = _homes_entry(sensitive, lang)
    if homes:
        shown.append(homes)
    if n_conf:
        label = _WORDS[lang]["conflict"].format(n=_n(n_conf, lang))
        shown.append(LegendEntry(label, "#d7301f", n_conf, _WORDS[lang]["conflict_name"]))
    shown += _tail_entries(None, outline, context_layer, context_name, lang)
    return _render(layers, None, panels=panels, atlas=atlas, title=title or style.title,
                   legend=shown, legend_title=legend_title, note=note,
                   epsg=_epsg(contours), lang=lang)


def _zone_legend(style, counts, zone_labels, lang: str) -> list[LegendEntry]:
    legend = []
    for i, c in enumerate(style.classes):
        if counts[i] and c.value:
            extra = (zone_labels or {}).get(c.value, "")
            legend.append(_counted(f"{c.label}{extra}", c.colour, int(counts[i]), lang))
    if len(legend) > _MAX_ZONES_LISTED:  # a region: the first zones, the rest together
        rest_n = sum(e.count for e in legend[_MAX_ZONES_LISTED:])
        k = len(legend) - _MAX_ZONES_LISTED
        more = (f"{k} andere zones" if lang == "nl" else f"{k} other zones")
        legend = [*legend[:_MAX_ZONES_LISTED], _counted(more, "#969696", rest_n, lang)]
    return legend


def kansenzones_map(zones, members, *, panels: Sequence[Panel], context=None, outline=None,
                    sensitive=None, title: str = "", legend_title: str = "", note: str = "",
                    lang: str = "nl", zone_labels: dict | None = None,
                    atlas: Sequence[Panel] = (), context_layer=None,
                    context_name: str = "") -> MapImage:
    """Parcels of each kansenzone in the zone's colour, the zone number at its centre."""
    style = style_for("kansenzone_parcels", zones, lang=lang)
    values = members["zone_id"].tolist()
    hit = classes_of(style, [None if v is None or v != v else int(v) for v in values])
    colours = [style.classes[h].colour if h is not None else _CONTEXT for h in hit]
    counts = np.bincount([h for h in hit if h is not None], minlength=len(style.classes))
    legend = _zone_legend(style, counts, zone_labels, lang)
    labels = None
    if zones is not None and len(zones):
        centres = zones.geometry.representative_point()
        hits = classes_of(style, [int(z) for z in zones["zone_id"]])
        labels = Labels(centres.x.to_numpy(), centres.y.to_numpy(),
                        tuple(str(z) for z in zones["zone_id"]),
                        tuple(style.classes[k].colour if k is not None else "#333333"
                              for k in hits))
    layers = [*_context_layers(sensitive=sensitive, outline=outline,
                               context_layer=context_layer),
              Layer(members, colours, edgecolor="white", alpha=style.opacity, zorder=2)]
    rest = int(sum(h is None or not style.classes[h].value for h in hit))
    shown = [*legend, _counted(_WORDS[lang]["other"], _CONTEXT, rest, lang),
             *_tail_entries(sensitive, outline, context_layer, context_name, lang)]
    return _render(layers, labels, panels=panels, atlas=atlas, title=title or style.title,
                   legend=shown, legend_title=legend_title, note=note, epsg=_epsg(members),
                   lang=lang)
