"""Bedrijventerreinen outlines with IBIS-style attributes (id, name, municipality, areas).

IBIS (Integraal Bedrijventerreinen Informatiesysteem, provinces / Ministerie van BZK)
delivers one polygon per werklocatie with, among others, ``RIN_NUMMER`` (the IBIS id),
``PLAN_NAAM`` (name), ``GEMEENTE`` / ``GEM_NAAM``, ``BRUTO_OPP`` and ``NETTO_OPP`` (ha) and
the maximum milieucategorie. Column names differ between provinces and years; the aliases
below are matched case-insensitively and without underscores (docs/registry.md).
"""

from __future__ import annotations

import os

import geopandas as gpd
import numpy as np
import pandas as pd

from .._validate import Issues, parse_numbers
from ._common import find_column, need_column, read_layer

__all__ = ["read_terreinen"]

_ID = ("terrein_id", "rin_nummer", "rinnummer", "ibis_id", "ibisnummer", "werklocatie_id",
       "identificatie", "id")
_NAME = ("naam", "plan_naam", "plannaam", "terreinnaam", "werklocatie_naam", "name")
_GEM = ("gemeente", "gem_naam", "gemeentenaam")
_BRUTO = ("bruto_opp", "bruto_oppervlakte", "bruto_ha", "opp_bruto")
_NETTO = ("netto_opp", "netto_oppervlakte", "netto_ha", "opp_netto")
_CAT = ("max_milieucategorie", "maximale_milieucategorie", "max_milieu_cat", "milieucat_max",
        "milieucategorie")


def read_terreinen(
    path: str | os.PathLike,
    *,
    layer: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
) -> gpd.GeoDataFrame:
    """Read bedrijventerreinen outlines with ``terrein_id`` and ``naam``.

    Parameters
    ----------
    path : path-like
        Vector file with business-park polygons (IBIS export, provincial werklocaties, or
        the ``terreinen`` layer of ``rve fetch``).
    layer : str, optional
        Layer name; default ``terreinen``, ``bedrijventerreinen``, ``ibis`` or the only layer.
    bbox : (xmin, ymin, xmax, ymax), optional
        Read only terreinen intersecting this box.

    Returns
    -------
    GeoDataFrame
        ``terrein_id`` (string), ``naam``, ``gemeente``, ``bruto_ha``, ``netto_ha``,
        ``max_milieucategorie`` (as written; parse it with :func:`rve_geo.parse_category`),
        ``area_ha`` (computed from the polygon).

    Warns
    -----
    RveGeoWarning
        Bruto or netto areas that are text but not numbers (read as unknown; layer, column,
        rows and fix named), no name column, repeated ids.

    Examples
    --------
    >>> import tempfile, os
    >>> from shapely.geometry import box
    >>> p = os.path.join(tempfile.mkdtemp(), "ibis.gpkg")
    >>> gpd.GeoDataFrame({"RIN_NUMMER": ["0221/001"], "PLAN_NAAM": ["Verhuellweg"],
    ...     "BRUTO_OPP": [17.8]}, geometry=[box(0, 0, 400, 250)],
    ...     crs="EPSG:28992").to_file(p, layer="ibis")
    >>> read_terreinen(p)[["terrein_id", "naam", "bruto_ha", "area_ha"]].values.tolist()
    [['0221/001', 'Verhuellweg', 17.8, 10.0]]
    """
    name, raw = read_layer(path, layer, ("terreinen", "bedrijventerreinen", "ibis",
                                         "werklocaties"), "bedrijventerreinen", bbox)
    issues = Issues("read_terreinen")
    idc = need_column(raw, _ID, argument="path", what="terrein id (e.g. RIN_NUMMER)")
    n = len(raw)

    def text(names):
        c = find_column(raw.columns, names)
        return raw[c].astype("string") if c else pd.Series(pd.array([pd.NA] * n,
                                                                     dtype="string"),
                                                            index=raw.index)

    def number(names, out_col):
        c = find_column(raw.columns, names)
        if c is None:
            return pd.Series(np.full(n, np.nan), index=raw.index)
        values, bad = parse_numbers(raw[c])
        if bad.any():
            issues.add("path", f"layer '{name}', column '{c}': {int(bad.sum())} areas are not "
                       f"numbers (e.g. {raw[c][bad].iloc[0]!r}) and are read as unknown in "
                       f"{out_col}; this area is kept for information only: operations use "
                       "the area of the polygon (area_ha). Give the area in hectares as a "
                       "number or leave the value empty", raw.index[bad])
        return pd.Series(values, index=raw.index)

    out = gpd.GeoDataFrame(
        {"terrein_id": raw[idc].astype("string").str.strip(), "naam": text(_NAME),
         "gemeente": text(_GEM), "bruto_ha": number(_BRUTO, "bruto_ha"),
         "netto_ha": number(_NETTO, "netto_ha"),
         "max_milieucategorie": text(_CAT)},
        geometry=raw.geometry, crs=raw.crs, index=raw.index)
    out["area_ha"] = out.geometry.area.to_numpy() / 10_000.0
    if out["naam"].isna().all() and n:
        issues.add("path", "no name column (naam, PLAN_NAAM, ...); terreinen have no naam")
    dup = out["terrein_id"].duplicated(keep=False) & out["terrein_id"].notna()
    if dup.any():
        issues.add("path", f"{int(dup.sum())} terreinen share a terrein_id",
                   out.index[dup.to_numpy()])
    issues.emit()
    return out
