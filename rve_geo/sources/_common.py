"""Small helpers shared by the registry readers (column lookup, layer choice)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..errors import InputError, MissingColumnError
from ..io import _existing_file

__all__ = ["find_column", "need_column", "pick_layer", "read_layer"]


def _key(name) -> str:
    return re.sub(r"[_\-\s]", "", str(name)).lower()


def find_column(columns, names) -> str | None:
    """First column of ``columns`` matching one of ``names`` (case, ``_``, ``-`` ignored).

    Examples
    --------
    >>> find_column(["Identificatie", "kadastraleGrootte"], ("kadastrale_grootte",))
    'kadastraleGrootte'
    """
    keys = {}
    for c in columns:
        keys.setdefault(_key(c), c)
    for n in names:
        c = keys.get(_key(n))
        if c is not None:
            return c
    return None


def need_column(frame: pd.DataFrame, names, *, argument: str, what: str, hint: str = "") -> str:
    """Like :func:`find_column` but raise :class:`MissingColumnError` naming what was found."""
    c = find_column(frame.columns, names)
    if c is None:
        cols = [str(x) for x in frame.columns if x != "geometry"]
        raise MissingColumnError(
            f"argument '{argument}' has no {what} column (looked for {', '.join(names)}); "
            f"columns found: {', '.join(cols) or '(none)'}.{(' ' + hint) if hint else ''}")
    return c


def pick_layer(path: Path, layers: list[str], wanted: str | None, names, what: str) -> str:
    """The layer to read: ``wanted`` if given, else the first of ``names`` present, else the
    only layer."""
    if wanted is not None:
        if wanted not in layers:
            raise InputError(f"argument 'path': '{path}' has no layer '{wanted}'; layers "
                             f"found: {', '.join(layers)}.")
        return wanted
    lower = {x.lower(): x for x in layers}
    for n in names:
        if n in lower:
            return lower[n]
    if len(layers) == 1:
        return layers[0]
    raise InputError(f"argument 'path': '{path}' has no {what} layer (looked for "
                     f"{', '.join(names)}); layers found: {', '.join(layers)}. Name it with "
                     "layer=...")


def read_layer(path: str | os.PathLike, layer: str | None, names, what: str,
               bbox: tuple[float, float, float, float] | None = None
               ) -> tuple[str, gpd.GeoDataFrame]:
    """Open the file of argument ``path``, choose the layer (:func:`pick_layer`) and read
    it, only the features meeting ``bbox`` when given: ``(layer name, frame)``."""
    import pyogrio

    p = _existing_file(path, "path")
    layers = [str(x) for x in pyogrio.list_layers(p)[:, 0]]
    name = pick_layer(p, layers, layer, names, what)
    kw = {"bbox": tuple(float(v) for v in bbox)} if bbox is not None else {}
    return name, gpd.read_file(p, layer=name, engine="pyogrio", **kw)
