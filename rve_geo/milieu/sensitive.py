"""Sensitive objects (woningen, scholen, ...) and the omgevingstype they receive.

One preparation of sensitive objects and one omgevingstype rule, used by every
milieuzonering operation (conflicts, maximum category, zoning polygons, raster,
distributed runs), so that two operations never judge the same home differently.

The omgevingstype rule (VNG "Bedrijven en milieuzonering" 2009, receiving side):

1. a value in the object's own ``omgevingstype_col`` wins;
2. otherwise the omgevingstype areas whose interior the object shares (a footprint that
   overlaps an area, or an address point inside or on the edge of one); where these are
   of several types, the **strictest** (``rustige_woonwijk``) wins;
3. otherwise the default ``omgevingstype``.

Why the strictest: the richtafstand is measured to the nearest facade of the sensitive
object, and a facade standing in a rustige woonwijk receives the protection of a rustige
woonwijk; taking the milder type for a home that straddles the border would leave that
facade under-protected. The same rule therefore gives a conflict in
:func:`rve_geo.contour_conflicts` exactly where :func:`rve_geo.max_allowed_category` says
the category does not fit. Footprints that only touch an area along its edge do not take
its type. See docs/milieuzonering.md, "Omgevingstype".
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._validate import (
    Issues,
    PreparedPolygons,
    check_frame,
    check_same_crs,
    prepare_polygons,
    remembered_polygons,
    require_columns,
    row_ids,
)
from ..data import policy
from ..errors import CategoryError, GeometryError
from .categories import OMGEVINGSTYPES, normalize_omgevingstype

__all__ = ["DEFAULT_OMGEVINGSTYPE", "assign_omgevingstype", "prepare_sensitive"]

#: Default omgevingstype of a sensitive object (rve_geo/data/policy.toml).
DEFAULT_OMGEVINGSTYPE: str = policy("omgevingstype")

_POINT_TYPES = (0, 4)
_LINE_TYPES = (1, 2, 5)


def prepare_sensitive(sensitive: gpd.GeoDataFrame, issues: Issues) -> PreparedPolygons:
    """Validate sensitive objects: polygons (footprints) or points (verblijfsobjecten).

    Polygons go through :func:`rve_geo._validate.prepare_polygons` (repaired, counted in
    ``issues``); points are kept as they are (Z dropped); lines are refused.

    Parameters
    ----------
    sensitive : GeoDataFrame
        Footprints or address points of sensitive objects.
    issues : Issues
        Collector of repaired and skipped rows.

    Returns
    -------
    PreparedPolygons
        ``geometry`` (2-D), ``usable`` and ``repaired`` per row.

    Raises
    ------
    GeometryError
        Line geometries, naming the rows.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import Point, box
    >>> homes = gpd.GeoDataFrame(geometry=[Point(0, 0), box(0, 0, 1, 1)], crs="EPSG:28992")
    >>> prepare_sensitive(homes, Issues("example")).usable.tolist()
    [True, True]
    """
    geoms = np.asarray(sensitive.geometry.array, dtype=object)
    if remembered_polygons(geoms):  # checked before as polygons: no points, no lines
        return prepare_polygons(sensitive, "sensitive", issues)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    types = np.where(missing, -1, shapely.get_type_id(np.where(missing, None, geoms)))
    lines = np.isin(types, _LINE_TYPES)
    if lines.any():
        raise GeometryError(
            f"argument 'sensitive' must hold polygons (footprints) or points (addresses), but "
            f"rows {row_ids(sensitive.index[lines])} are lines; use the footprint layer."
        )
    pointish = np.isin(types, _POINT_TYPES)
    if not pointish.any():
        return prepare_polygons(sensitive, "sensitive", issues)
    out = np.empty(len(geoms), dtype=object)
    usable = np.zeros(len(geoms), dtype=bool)
    repaired = np.zeros(len(geoms), dtype=bool)
    out[pointish] = shapely.force_2d(geoms[pointish])
    usable[pointish] = True
    rest = np.flatnonzero(~pointish)
    if len(rest):
        sub = prepare_polygons(sensitive.iloc[rest], "sensitive", issues)
        out[rest] = sub.geometry
        usable[rest] = sub.usable
        repaired[rest] = sub.repaired
    return PreparedPolygons(out, usable, repaired)


def _codes_of(values: pd.Series, argument: str) -> np.ndarray:
    """Omgevingstype code per value (unique spellings parsed once)."""
    inverse, uniq = pd.factorize(values)  # hashing: no sort, no Python string per row

    def code(k: int, u) -> int:
        try:
            return OMGEVINGSTYPES.index(normalize_omgevingstype(str(u), argument=argument))
        except CategoryError:  # again, naming the first row with this spelling
            normalize_omgevingstype(str(u), argument=argument,
                                    row=values.index[np.flatnonzero(inverse == k)[0]])
            raise

    mapped = [code(k, u) for k, u in enumerate(uniq)]  # distinct spellings only
    return np.asarray(mapped, dtype=np.int64)[inverse]


def _given_codes(column: pd.Series, argument: str) -> tuple[np.ndarray, np.ndarray]:
    """Rows with an omgevingstype filled in, and its code there (-1 elsewhere); each
    distinct spelling is read once, as :func:`_given` and :func:`_codes_of` read it.

    Examples
    --------
    >>> own, codes = _given_codes(pd.Series(["Gemengd gebied", None, " ", "rustig"]), "x")
    >>> own.tolist(), codes.tolist()
    ([True, False, False, True], [1, -1, -1, 0])
    """
    inverse, uniq = pd.factorize(column)  # missing values: -1
    text = pd.Series(uniq, dtype=object).astype("string").str.strip().fillna("")
    filled = np.append((text != "").to_numpy(dtype=bool), False)  # the last: missing
    own = filled[inverse]
    mapped = np.full(len(uniq) + 1, -1, dtype=np.int64)
    for k in np.flatnonzero(filled[:-1]):
        try:
            mapped[k] = OMGEVINGSTYPES.index(
                normalize_omgevingstype(str(uniq[k]), argument=argument))
        except CategoryError:  # again, naming the first row with this spelling
            normalize_omgevingstype(str(uniq[k]), argument=argument,
                                    row=column.index[np.flatnonzero(inverse == k)[0]])
            raise
    return own, mapped[inverse]


def _given(column: pd.Series) -> np.ndarray:
    text = column.astype("string").str.strip().fillna("")
    return column.notna().to_numpy() & (text != "").to_numpy()


def _area_codes(areas: gpd.GeoDataFrame, issues: Issues):
    """Prepared area polygons and their omgevingstype codes (-1 where none is given)."""
    require_columns(areas, "omgevingstype_areas", ["omgevingstype"])
    prepared = prepare_polygons(areas, "omgevingstype_areas", issues)
    raw = areas["omgevingstype"]
    codes = np.full(len(areas), -1, dtype=np.int64)
    given = _given(raw)
    if given.any():
        codes[given] = _codes_of(raw[given], "omgevingstype_areas, column 'omgevingstype'")
    nocode = prepared.usable & ~given
    if nocode.any():
        issues.add("omgevingstype_areas", f"{int(nocode.sum())} areas without an omgevingstype "
                   "were ignored", areas.index[nocode])
    return prepared.geometry, prepared.usable & given, codes


def assign_omgevingstype(
    sensitive: gpd.GeoDataFrame,
    geoms: np.ndarray,
    usable: np.ndarray,
    *,
    omgevingstype: str = DEFAULT_OMGEVINGSTYPE,
    omgevingstype_col: str | None = None,
    omgevingstype_areas: gpd.GeoDataFrame | None = None,
    issues: Issues | None = None,
) -> np.ndarray:
    """Omgevingstype code (index into ``OMGEVINGSTYPES``) of each sensitive object.

    Parameters
    ----------
    sensitive : GeoDataFrame
        The sensitive objects (for the column and row labels).
    geoms, usable : ndarray
        Prepared geometry and usable flags (from :func:`prepare_sensitive`).
    omgevingstype : {"rustige_woonwijk", "gemengd_gebied"}
        Default type.
    omgevingstype_col : str, optional
        Column of ``sensitive`` with a type per object; it wins where filled in.
    omgevingstype_areas : GeoDataFrame, optional
        Polygons with a column ``omgevingstype``.
    issues : Issues, optional
        Collector for ignored areas (areas without a type).

    Returns
    -------
    ndarray of int64
        0 for ``rustige_woonwijk``, 1 for ``gemengd_gebied``.

    Notes
    -----
    Precedence: own column, then the strictest area whose interior the object shares,
    then the default (module docstring and docs/milieuzonering.md give the reasons).

    Examples
    --------
    A home straddling a gemengd and a rustig area takes the strictest type:

    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> areas = gpd.GeoDataFrame({"omgevingstype": ["gemengd gebied", "rustige woonwijk"]},
    ...     geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100)], crs="EPSG:28992")
    >>> homes = gpd.GeoDataFrame(geometry=[box(90, 10, 110, 20), box(10, 10, 20, 20),
    ...     box(80, 10, 100, 20)], crs="EPSG:28992")
    >>> g = homes.geometry.to_numpy()
    >>> codes = assign_omgevingstype(homes, g, [True] * 3, omgevingstype_areas=areas,
    ...                              omgevingstype="gemengd_gebied")
    >>> [OMGEVINGSTYPES[c] for c in codes]
    ['rustige_woonwijk', 'gemengd_gebied', 'gemengd_gebied']
    """
    issues = issues if issues is not None else Issues("omgevingstype")
    geoms = np.asarray(geoms, dtype=object)
    usable = np.asarray(usable, dtype=bool)
    default = OMGEVINGSTYPES.index(normalize_omgevingstype(omgevingstype))
    codes = np.full(len(sensitive), default, dtype=np.int64)
    own = np.zeros(len(sensitive), dtype=bool)
    if omgevingstype_col is not None:
        require_columns(sensitive, "sensitive", [omgevingstype_col])
        column = sensitive[omgevingstype_col]
        own, given_codes = _given_codes(column, f"sensitive, column '{omgevingstype_col}'")
        codes[own] = given_codes[own]
    if omgevingstype_areas is not None:
        check_frame(omgevingstype_areas, "omgevingstype_areas")
        check_same_crs(sensitive=sensitive, omgevingstype_areas=omgevingstype_areas)
        area_geoms, area_ok, area_codes = _area_codes(omgevingstype_areas, issues)
        todo = np.flatnonzero(usable & ~own)
        if area_ok.any() and len(todo):
            keep = np.flatnonzero(area_ok)
            tree = shapely.STRtree(area_geoms[keep])
            s_i, a_i = tree.query(geoms[todo], predicate="intersects")
            g, a = geoms[todo[s_i]], area_geoms[keep[a_i]]
            point = np.isin(shapely.get_type_id(g), _POINT_TYPES)
            # footprints take an area's type only where their interiors overlap
            shares = point | shapely.relate_pattern(g, a, "T********")
            s_i, a_i = s_i[shares], a_i[shares]
            if len(s_i):
                strictest = np.full(len(todo), len(OMGEVINGSTYPES), dtype=np.int64)
                np.minimum.at(strictest, s_i, area_codes[keep[a_i]])
                hit = strictest < len(OMGEVINGSTYPES)
                codes[todo[hit]] = strictest[hit]
    return codes
