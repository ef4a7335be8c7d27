"""The optional context layer of the report maps: roads, water or other lines and polygons.

A user-supplied layer (``rve report --context PATH [--context-layer NAME]``, or
``context`` / ``context_layer`` under ``[outputs]`` of ``rve run``) is drawn thinly
under the results on every map, so a reader finds the terrein by its roads and water.
It is read by :func:`rve_geo.io.read_layer` (the same checks and messages as every
input), reprojected to the result's CRS and cut to the extent of the maps; points are
not drawn (a layer of points only is refused).

Examples
--------
>>> import geopandas as gpd, tempfile, os
>>> from shapely.geometry import LineString
>>> roads = gpd.GeoDataFrame(geometry=[LineString([(0, 0), (500, 0)]),
...     LineString([(90000, 0), (90500, 0)])], crs="EPSG:28992")
>>> path = os.path.join(tempfile.mkdtemp(), "wegen.gpkg")
>>> roads.to_file(path, layer="wegen")
>>> frame, name = read_context(path, crs="EPSG:28992", bounds=(0, -100, 1000, 100))
>>> len(frame), name
(1, 'wegen')
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["read_context"]

#: the maps show this much (metres) around the parcels; context beyond is not read on
MARGIN_M = 2000.0


def read_context(path: str | os.PathLike, layer: str | None = None, *, crs: Any,
                 bounds: tuple[float, float, float, float] | None = None,
                 argument: str = "context") -> tuple[Any, str]:
    """Read the context layer for the maps: (frame in ``crs``, name for the legend).

    Parameters
    ----------
    path : path-like
        A vector file (GeoPackage, Shapefile, GeoJSON, ...).
    layer : str, optional
        Its layer; required when the file has several layers with geometry.
    crs : CRS-like
        The CRS of the result; the layer is reprojected to it.
    bounds : tuple of float, optional
        Extent of the maps (minx, miny, maxx, maxy in ``crs``); features farther than
        2 km from it are left out (they would never be in view).
    argument : str
        Name of the option in error messages (``context``, ``outputs.context``).

    Returns
    -------
    (GeoDataFrame, str)
        Lines and polygons of the layer, and the layer name (else the file name).

    Raises
    ------
    InputError
        The file does not exist or cannot be read, the layer is missing or not named
        among several, or the layer has no lines or polygons.
    CRSError
        The file has no CRS.
    """
    import shapely

    from ..errors import InputError
    from ..io import read_layer

    frame = read_layer(path, layer=layer, argument=argument,
                       target_crs=crs.to_string() if hasattr(crs, "to_string") else crs,
                       note=lambda _msg: None)
    name = layer or Path(path).stem
    kinds = shapely.get_type_id(np.asarray(frame.geometry.array, dtype=object))
    drawable = np.isin(kinds, (1, 2, 3, 5, 6, 7))  # lines, polygons and collections
    if len(frame) and not drawable.any():
        raise InputError(f"{argument}: layer '{name}' of '{path}' has no lines or polygons "
                         "(points only); give roads or water as lines or polygons, e.g. the "
                         "NWB wegvakken or the TOP10NL waterdelen.")
    frame = frame[drawable & ~frame.geometry.is_empty.to_numpy()]
    if bounds is not None and len(frame):
        x0, y0, x1, y1 = bounds
        rows = frame.sindex.query(shapely.box(x0 - MARGIN_M, y0 - MARGIN_M, x1 + MARGIN_M,
                                              y1 + MARGIN_M))
        frame = frame.iloc[np.sort(rows)]
    return frame[[frame.geometry.name]].reset_index(drop=True), name
