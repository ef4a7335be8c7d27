"""The quadtree cut of the tare for the frontage (``_small_pieces``), cut one level at a
time for all polygons, gives the pieces, in the order, of a plain depth-first cut of each
polygon on its own."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, box

from rve_geo.kansen import zoning
from rve_geo.kansen.zoning import _small_pieces

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "doesburg.gpkg"


def depth_first(polygons, max_coords):
    """One polygon at a time, a stack of pieces: the last quadrant is cut first."""
    pieces, owner = [], []
    for k, poly in enumerate(polygons):
        stack = [poly]
        while stack:
            geom = stack.pop()
            if geom is None or geom.is_empty:
                continue
            if shapely.get_num_coordinates(geom) <= max_coords:
                pieces.append(geom)
                owner.append(k)
                continue
            x0, y0, x1, y1 = geom.bounds
            mx = (x0 + x1) / 2 + min(0.0137, (x1 - x0) / 4)
            my = (y0 + y1) / 2 + min(0.0173, (y1 - y0) / 4)
            stack.extend(shapely.clip_by_rect(geom, *r) for r in (
                (x0, y0, mx, my), (mx, y0, x1, my), (x0, my, mx, y1), (mx, my, x1, y1)))
    return pieces, owner


@pytest.mark.parametrize("chunk", [2000, 1, 7])
def test_pieces_and_order_equal_a_depth_first_cut(monkeypatch, chunk):
    # the clips of a level in one chunk, or in chunks of 1 and 7 polygons on the threads
    monkeypatch.setattr(zoning, "_QUADS_PER_CHUNK", chunk)
    parcels = gpd.read_file(SAMPLE, layer="parcels").geometry.to_numpy()[:300]
    # tare-like shapes: each parcel's ring of 0.01 m, with holes and many vertices
    rings = shapely.difference(shapely.buffer(parcels, 2.0), parcels)
    x = np.linspace(0.0, 0.01, 40)
    sliver = shapely.Polygon(np.r_[np.c_[x, np.zeros(40)], np.c_[x[::-1], np.full(40, 50.0)]])
    polys = np.array([*rings, None, shapely.Polygon(), sliver,
                      MultiPolygon([box(0, 0, 1, 1), box(5, 5, 6, 6)]), *parcels],
                     dtype=object)
    for max_coords in (12, 24):
        pieces, owner = _small_pieces(polys, max_coords=max_coords)
        ref_pieces, ref_owner = depth_first(polys, max_coords)
        assert owner.tolist() == ref_owner
        assert len(pieces) > len(polys)  # cut, several levels deep
        assert shapely.to_wkb(pieces).tolist() == shapely.to_wkb(
            np.array(ref_pieces, dtype=object)).tolist()
    assert not _small_pieces(np.array([None, shapely.Polygon()], dtype=object))[0].size
