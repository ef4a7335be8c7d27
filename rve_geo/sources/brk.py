"""BRK kadastrale kaart: percelen with their ids, kadastrale aanduiding and registered area.

Reads the perceel layer as the Kadaster delivers it: the PDOK GeoPackage / OGC API Features
collection ``perceel`` (``identificatie_lokaal_id``, ``kadastrale_gemeente_code``,
``kadastrale_gemeente_waarde``, ``akr_kadastrale_gemeente_code_waarde``, ``sectie``,
``perceelnummer``, ``kadastrale_grootte_waarde``) and the GML-derived camelCase names
(``identificatie``, ``kadastraleGemeente``, ``sectie``, ``perceelnummer``,
``kadastraleGrootte``).
"""

from __future__ import annotations

import os

import geopandas as gpd
import numpy as np
import pandas as pd

from .._validate import Issues, numeric_column, parse_numbers
from ._common import find_column, need_column, read_layer

__all__ = ["read_brk_percelen"]

_ID = ("identificatie_lokaal_id", "identificatielokaalid", "identificatie", "perceel_id", "id")
_GEM_CODE = ("akr_kadastrale_gemeente_code_waarde", "kadastrale_gemeente_code",
             "kadastralegemeentecode", "kadastrale_gemeentecode")
_GEM_NAME = ("kadastrale_gemeente_waarde", "kadastralegemeentewaarde", "kadastraleGemeente",
             "kadastrale_gemeente")
_SECTIE = ("sectie",)
_NUMMER = ("perceelnummer",)
_GROOTTE = ("kadastrale_grootte_waarde", "kadastraleGrootteWaarde", "kadastraleGrootte",
            "kadastrale_grootte")


def _numbers(raw: gpd.GeoDataFrame, num: str | None, layer: str,
             issues: Issues) -> tuple[pd.Series, np.ndarray]:
    """``perceelnummer`` as Int64 and the mask of unreadable values; a value that is not a
    whole number >= 1 is left empty and reported (a warning: ``parcel_id`` identifies the
    perceel, no computation uses it)."""
    if num is None:
        return pd.Series(pd.array([pd.NA] * len(raw), dtype="Int64"), index=raw.index), \
            np.zeros(len(raw), dtype=bool)
    values, bad = parse_numbers(raw[num])
    with np.errstate(invalid="ignore"):
        bad = bad | (~np.isnan(values) & ((values % 1 != 0) | (values < 1)))
    values[bad] = np.nan
    if bad.any():
        example = raw[num][bad].iloc[0]
        issues.add("path", f"layer '{layer}', column '{num}': {int(bad.sum())} perceelnummers "
                   f"are not whole numbers of 1 or more (e.g. {example!r}); they and the "
                   "kadastrale_aanduiding of these percelen are left empty (parcel_id still "
                   "identifies them; no computation uses the perceelnummer). Give the "
                   "perceelnummer as written in the BRK, a whole number", raw.index[bad])
    return pd.Series(pd.array(values, dtype="Int64"), index=raw.index), bad


def read_brk_percelen(
    path: str | os.PathLike,
    *,
    layer: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
) -> gpd.GeoDataFrame:
    """Read BRK percelen with ``parcel_id``, kadastrale aanduiding and registered area.

    Parameters
    ----------
    path : path-like
        A GeoPackage (or other vector file) with a perceel layer.
    layer : str, optional
        Layer name; default ``perceel`` (or the only layer).
    bbox : (xmin, ymin, xmax, ymax), optional
        Read only percelen intersecting this box (file CRS, RD New).

    Returns
    -------
    GeoDataFrame
        ``parcel_id`` (the BRK identificatie), ``kadastrale_gemeente`` (name or code as
        delivered), ``sectie``, ``perceelnummer``, ``kadastrale_aanduiding``
        (``"<gemeente> <sectie> <perceelnummer>"``) and ``kadastrale_grootte_m2`` (the
        registered area, NaN where absent).

    Raises
    ------
    InputError
        Missing file or layer; a non-numeric or negative registered area (rows named).
    MissingColumnError
        No identificatie column.

    Warns
    -----
    RveGeoWarning
        A perceelnummer that is not a whole number of 1 or more: it and the
        kadastrale_aanduiding of that perceel are left empty (layer, column, rows and fix
        named); no registered-area column; repeated identificatie.

    Examples
    --------
    >>> import tempfile, os
    >>> from shapely.geometry import box
    >>> p = os.path.join(tempfile.mkdtemp(), "brk.gpkg")
    >>> gpd.GeoDataFrame({"identificatie": ["10250123470000"], "kadastraleGemeente": ["Ede"],
    ...     "sectie": ["K"], "perceelnummer": [2347], "kadastraleGrootte": [1250]},
    ...     geometry=[box(0, 0, 50, 25)], crs="EPSG:28992").to_file(p, layer="perceel")
    >>> read_brk_percelen(p)[["parcel_id", "kadastrale_aanduiding",
    ...                       "kadastrale_grootte_m2"]].values.tolist()
    [['10250123470000', 'Ede K 2347', 1250.0]]
    """
    name, raw = read_layer(path, layer, ("perceel", "percelen", "kadastraal_perceel"),
                           "perceel", bbox)
    issues = Issues("read_brk_percelen")
    idc = need_column(raw, _ID, argument="path", what="perceel identificatie")
    gem = find_column(raw.columns, _GEM_NAME) or find_column(raw.columns, _GEM_CODE)
    sec = find_column(raw.columns, _SECTIE)
    num = find_column(raw.columns, _NUMMER)
    size = find_column(raw.columns, _GROOTTE)
    n = len(raw)
    blank = pd.Series(pd.array([pd.NA] * n, dtype="string"), index=raw.index)
    numbers, unreadable = _numbers(raw, num, name, issues)
    out = gpd.GeoDataFrame(
        {
            "parcel_id": raw[idc].astype("string").str.strip(),
            "kadastrale_gemeente": raw[gem].astype("string") if gem else blank,
            "sectie": raw[sec].astype("string") if sec else blank,
            "perceelnummer": numbers,
        },
        geometry=raw.geometry, crs=raw.crs, index=raw.index,
    )
    parts = [out["kadastrale_gemeente"], out["sectie"], out["perceelnummer"].astype("string")]
    aanduiding = parts[0].fillna("")
    for s in parts[1:]:
        aanduiding = aanduiding.str.cat(s.fillna(""), sep=" ")
    aanduiding = aanduiding.str.strip().replace("", pd.NA)
    # an unreadable perceelnummer: no aanduiding rather than the bare gemeente and sectie
    out["kadastrale_aanduiding"] = aanduiding.mask(unreadable)
    if size:
        out["kadastrale_grootte_m2"] = numeric_column(
            raw, size, "path", layer=name, minimum=0, what="registered area (m2)",
            fix="Correct them or leave them empty.")
    else:
        out["kadastrale_grootte_m2"] = np.nan
        issues.add("path", "no kadastrale grootte column; registered areas are unknown")
    dup = out["parcel_id"].duplicated(keep=False) & out["parcel_id"].notna()
    if dup.any():
        issues.add("path", f"{int(dup.sum())} percelen share an identificatie (several "
                   "versions?); all are kept", out.index[dup.to_numpy()])
    issues.emit()
    return out
