"""Small multiples: one zoomed, named frame per terrein, twenty frames to a page.

A region with many terreinen cannot show them readably in one figure. The atlas draws
each terrein in its own square frame at its own scale (terrein name above the frame,
a scale bar in it), four columns by five rows per page, with one legend (the classes,
without counts: the counts belong to the whole result and stand in the overview's
legend) and a north arrow per page.

Pages are 8-bit palette PNGs (64 colours): a quarter of the bytes of an RGB PNG.

Speed: a page is one matplotlib figure with a single axes in inches. Every layer is
queried once per page for all frames (spatial index), clipped to each frame, simplified
to half a pixel at that frame's scale and moved into its frame by a per-geometry scale
and offset; each layer is then drawn as one compound path per colour. The cost per page
is a few vectorised shapely calls and one PNG, whatever the number of features.

Examples
--------
>>> import geopandas as gpd
>>> from shapely.geometry import box
>>> from rve_geo.deliverables.maps import Layer, LegendEntry, Panel
>>> parcels = gpd.GeoDataFrame(geometry=[box(i * 1000, 0, i * 1000 + 300, 200)
...     for i in range(25)], crs="EPSG:28992")
>>> frames = [Panel(f"terrein {i}", (i * 1000, 0, i * 1000 + 300, 200)) for i in range(25)]
>>> pages, titles = atlas_pages([Layer(parcels, "#fdae61")], None, frames, title="FSI",
...     legend=[LegendEntry("0 - 0,25", "#fdae61", 25)], note="", epsg=28992, lang="nl")
>>> len(pages), [len(t) for t in titles], titles[1][0]
(2, [20, 5], 'terrein 20')
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

import numpy as np

from .maps import (
    _DPI,
    _MAP_W,
    _SIDE,
    _WORDS,
    Labels,
    Layer,
    LegendEntry,
    Panel,
    _draw_labels,
    draw_layer,
    nice_length,
)

__all__ = ["COLS", "ROWS", "atlas_pages"]

#: frames per row and rows per page (A4 portrait)
COLS, ROWS = 4, 5
_GAP = 0.15  # inches between frames
_TITLE_H = 0.24  # inches above each frame for its name
_HEAD = 0.6  # inches for the page title and the north arrow
_TITLE_CHARS = 30


def _frame_boxes(frames: Sequence[Panel]) -> np.ndarray:
    """Square boxes (minx, miny, maxx, maxy) in metres around each frame's bounds."""
    b = np.asarray([f.bounds for f in frames], dtype=float)
    cx, cy = (b[:, 0] + b[:, 2]) / 2, (b[:, 1] + b[:, 3]) / 2
    w = np.maximum(b[:, 2] - b[:, 0], 1.0)
    h = np.maximum(b[:, 3] - b[:, 1], 1.0)
    half = np.maximum(0.55 * w, 0.55 * h) + 20
    return np.column_stack([cx - half, cy - half, cx + half, cy + half])


def _layout(n: int, n_legend: int, legend_h: float = 0.0):
    """Figure size and the lower-left corner (inches) of each of ``n`` frames."""
    cell = (_MAP_W + _SIDE + 0.2 - 0.2 - (COLS - 1) * _GAP) / COLS
    rows = math.ceil(n / COLS)
    legend_h = legend_h or round((0.35 + 0.19 * math.ceil(n_legend / 3) + 0.25) * _DPI) / _DPI
    fw = _MAP_W + _SIDE + 0.2
    fh = _HEAD + rows * (cell + _TITLE_H + _GAP) + legend_h
    corners = []
    for k in range(n):
        r, c = divmod(k, COLS)
        corners.append((0.1 + c * (cell + _GAP),
                        fh - _HEAD - (r + 1) * (cell + _TITLE_H) - r * _GAP))
    return fw, fh, cell, np.asarray(corners, dtype=float), legend_h


def _draw_layers(ax, layers: Sequence[Layer], boxes: np.ndarray, corners: np.ndarray,
                 cell: float) -> None:
    """Every layer clipped to every frame, simplified and moved into its frame."""
    import shapely

    scale = cell / (boxes[:, 2] - boxes[:, 0])  # inches per metre, per frame
    offset = corners - boxes[:, :2] * scale[:, None]
    tolerance = 0.5 / (scale * _DPI)  # half a pixel in metres, per frame
    rects = shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3])
    for layer in layers:
        if layer.frame is None or not len(layer.frame):
            continue
        frame_of, rows = layer.frame.sindex.query(rects)
        if not len(rows):
            continue
        geoms = np.asarray(layer.frame.geometry.array, dtype=object)[rows]
        clipped = np.empty(len(rows), dtype=object)
        for k in np.unique(frame_of):
            sel = frame_of == k
            clipped[sel] = shapely.clip_by_rect(geoms[sel], *boxes[k])
        clipped = shapely.simplify(clipped, tolerance[frame_of], preserve_topology=False)
        faces = layer.faces if isinstance(layer.faces, str) else \
            np.asarray(layer.faces, dtype=object)[rows]
        draw_layer(ax, layer, clipped, faces, scale=scale[frame_of],
                   offset=offset[frame_of])


def _frame_furniture(ax, frames: Sequence[Panel], boxes: np.ndarray, corners: np.ndarray,
                     cell: float) -> None:
    """Per frame: border, name above, scale bar in the lower-left corner."""
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import Rectangle

    borders, backs, blacks, whites = [], [], [], []
    for frame, box, (x0, y0) in zip(frames, boxes, corners, strict=True):
        borders.append(Rectangle((x0, y0), cell, cell))
        name = frame.title if len(frame.title) <= _TITLE_CHARS else \
            frame.title[:_TITLE_CHARS - 1] + "…"
        ax.text(x0, y0 + cell + 0.05, name, ha="left", va="bottom", fontsize=8,
                fontweight="bold", zorder=22)
        width_m = box[2] - box[0]
        length = nice_length(width_m)
        bar = length * cell / width_m
        bx, by = x0 + 0.08, y0 + 0.08
        backs.append(Rectangle((bx - 0.05, by - 0.04), bar + 0.55, 0.17))
        blacks.append(Rectangle((bx, by), bar / 2, 0.05))
        whites.append(Rectangle((bx + bar / 2, by), bar / 2, 0.05))
        label = f"{length / 1000:g} km" if length >= 1000 else f"{length} m"
        ax.text(bx + bar + 0.04, by + 0.025, label, ha="left", va="center", fontsize=6.5,
                zorder=21)
    ax.add_collection(PatchCollection(backs, facecolor="white", alpha=0.85,
                                      edgecolor="none", zorder=19))
    ax.add_collection(PatchCollection(blacks, facecolor="black", edgecolor="black",
                                      linewidth=0.5, zorder=20))
    ax.add_collection(PatchCollection(whites, facecolor="white", edgecolor="black",
                                      linewidth=0.5, zorder=20))
    ax.add_collection(PatchCollection(borders, facecolor="none", edgecolor="#999999",
                                      linewidth=0.8, zorder=23))


def _legend_strip(legend: Sequence[LegendEntry], note: str, epsg: int | None, lang: str,
                  width_in: float, height_in: float) -> np.ndarray:
    """The legend (classes without counts) and the coordinate system, drawn once per
    map as an RGBA array that every page pastes at its foot."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    fig = Figure(figsize=(width_in, height_in), dpi=_DPI, facecolor="white")
    FigureCanvasAgg(fig)
    handles = []
    for e in legend:
        label = e.label.replace("\n", " ")
        if e.colour.startswith("line:"):
            handles.append(Line2D([], [], color=e.colour[5:], linewidth=1.6, label=label))
        else:
            handles.append(Patch(facecolor=e.colour, edgecolor="#7f7f7f", label=label))
    if handles:
        fig.legend(handles=handles, loc="upper left", ncols=3, frameon=False, fontsize=7.5,
                   bbox_to_anchor=(0.05 / width_in, 1 - 0.1 / height_in), handlelength=1.4,
                   columnspacing=1.2)
    crs = _WORDS[lang]["crs"].format(epsg) if epsg else ""
    fig.text(0.1 / width_in, 0.12 / height_in, ". ".join(x for x in (crs, note) if x),
             fontsize=7.5, color="#555555")
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba()).copy()


def _page_furniture(fig, title: str, strip: np.ndarray, lang: str) -> None:
    """Page title, north arrow and the legend strip at the foot."""
    from matplotlib.patches import FancyArrow

    fw, fh = fig.get_size_inches()
    fig.text(0.1 / fw, 1 - 0.3 / fh, title, ha="left", va="center", fontsize=13,
             fontweight="bold")
    nx = (fw - 0.3) / fw
    fig.text(nx, 1 - 0.05 / fh, _WORDS[lang]["north"], ha="center", va="top", fontsize=10,
             fontweight="bold")
    fig.add_artist(FancyArrow(nx, 1 - 0.55 / fh, 0, 0.3 / fh, width=0.01 / fw,
                              head_width=0.1 / fw, head_length=0.12 / fh,
                              length_includes_head=True, transform=fig.transFigure,
                              color="black"))
    fig.figimage(strip, xo=0, yo=0, zorder=30)


def _page(layers: Sequence[Layer], labels: Labels | None, frames: Sequence[Panel], *,
          title: str, strip: np.ndarray, lang: str) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fw, fh, cell, corners, _ = _layout(len(frames), 0, strip.shape[0] / _DPI)
    fig = Figure(figsize=(fw, fh), dpi=_DPI, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, fw)
    ax.set_ylim(0, fh)
    ax.set_axis_off()
    boxes = _frame_boxes(frames)
    _draw_layers(ax, layers, boxes, corners, cell)
    if labels is not None:
        for box, (x0, y0) in zip(boxes, corners, strict=True):
            s = cell / (box[2] - box[0])
            _draw_labels(ax, labels, tuple(box), fontsize=7, scale=s,
                         offset=(x0 - box[0] * s, y0 - box[1] * s))
    _frame_furniture(ax, frames, boxes, corners, cell)
    _page_furniture(fig, title, strip, lang)
    return _palette_png(fig)


def _palette_png(fig) -> bytes:
    """The drawn figure as an 8-bit palette PNG (64 colours, no dithering).

    Maps are flat colours: the palette keeps them (and the antialiased edges close
    enough) at a quarter of the bytes of an RGB PNG, and faster to encode.
    """
    from PIL import Image

    fig.canvas.draw()
    rgb = np.asarray(fig.canvas.buffer_rgba())[..., :3]
    image = Image.fromarray(np.ascontiguousarray(rgb)).quantize(
        colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    buf = io.BytesIO()
    image.save(buf, format="png", compress_level=6)
    return buf.getvalue()


def atlas_pages(layers: Sequence[Layer], labels: Labels | None, frames: Sequence[Panel], *,
                title: str, legend: Sequence[LegendEntry], note: str, epsg: int | None,
                lang: str) -> tuple[tuple[bytes, ...], tuple[tuple[str, ...], ...]]:
    """PNG pages of ``frames`` (twenty to a page) and the frame titles on each page.

    ``layers`` are drawn in order of their ``zorder`` (as on the overview), ``labels``
    (zone numbers) on top; ``legend`` is printed without counts on every page.
    """
    import matplotlib

    if "matplotlib.pyplot" not in __import__("sys").modules:
        matplotlib.use("Agg")
    per_page = COLS * ROWS
    n = len(frames)
    fw, _, _, _, legend_h = _layout(0, len(legend))
    strip = _legend_strip(legend, note, epsg, lang, fw, legend_h)
    pages, titles = [], []
    for first in range(0, n, per_page):
        part = list(frames[first:first + per_page])
        head = _WORDS[lang]["pages"].format(title=title, first=first + 1,
                                            last=first + len(part), n=n)
        pages.append(_page(layers, labels, part, title=head, strip=strip, lang=lang))
        titles.append(tuple(f.title for f in part))
    return tuple(pages), tuple(titles)
