"""Seeded synthetic business-park parcels for the kansenzones benchmark.

Blocks of 400 m x 200 m (two rows of 100 m deep plots) separated by 20 m streets; each
row is cut into 3-9 plots of random width, so plots are 0.4-1.3 ha, like mkb and
logistics plots on Dutch bedrijventerreinen. The score is a smooth random field plus
noise in [0, 1], so that high scores cluster as they do in real ageing areas.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

BLOCK_W, ROW_D, STREET = 400.0, 100.0, 20.0


def make_parcels(n: int, seed: int = 0) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    n_rows_est = int(n / 5) + 2  # about 5 plots per row after the width filter
    blocks_x = int(np.ceil(np.sqrt(n_rows_est / 2 * (2 * ROW_D + STREET)
                                   / (BLOCK_W + STREET))))  # square-ish field
    x0s, x1s, y0s, y1s = [], [], [], []
    count, r = 0, -1
    while count < n:
        r += 1
        k = int(rng.integers(3, 10))
        block, row = divmod(r, 2)
        bx, by = block % blocks_x, block // blocks_x
        ox = bx * (BLOCK_W + STREET)
        oy = by * (2 * ROW_D + STREET) + row * ROW_D
        cuts = np.sort(rng.uniform(0.15, 0.85, size=k - 1)) if k > 1 else np.array([])
        edges = np.concatenate([[0.0], cuts, [1.0]]) * BLOCK_W
        # keep plots at least 25 m wide
        edges = np.concatenate([[0.0], edges[1:-1][np.diff(edges[:-1]) > 25.0], [BLOCK_W]])
        x0s.append(ox + edges[:-1])
        x1s.append(ox + edges[1:])
        y0s.append(np.full(len(edges) - 1, oy))
        y1s.append(np.full(len(edges) - 1, oy + ROW_D))
        count += len(edges) - 1
    x0 = np.concatenate(x0s)[:n]
    x1 = np.concatenate(x1s)[:n]
    y0 = np.concatenate(y0s)[:n]
    y1 = np.concatenate(y1s)[:n]
    geoms = shapely.box(x0 + 100_000, y0 + 400_000, x1 + 100_000, y1 + 400_000)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    field = np.zeros(len(cx))
    for _ in range(4):
        fx, fy = rng.uniform(1 / 3000, 1 / 600, size=2)
        px, py = rng.uniform(0, 2 * np.pi, size=2)
        field += np.sin(2 * np.pi * fx * cx + px) * np.sin(2 * np.pi * fy * cy + py)
    field = (field - field.min()) / max(field.max() - field.min(), 1e-9)
    score = np.clip(0.8 * field + 0.2 * rng.uniform(size=len(cx)), 0, 1)
    return gpd.GeoDataFrame(
        {"score": score, "potential_m2": rng.uniform(0, 5000, size=len(cx)).round()},
        geometry=geoms, crs="EPSG:28992")
