"""Read the BAG as Kadaster delivers it: panden with the use and area of their verblijfsobjecten.

A plain BAG ``pand`` layer has no use and no floor area: those sit on the
verblijfsobjecten (``gebruiksdoel``, ``oppervlakte`` = gebruiksoppervlakte, NEN 2580), which
refer to the pand or panden they lie in. :func:`read_bag` reads both layers of the national
BAG GeoPackage (PDOK ``bag-light.gpkg``: layers ``pand`` and ``verblijfsobject``, column
``pand_identificatie``), of a GeoPackage made from the BAG 2.0 extract, or the BAG 2.0
Extract XML itself (:mod:`rve_geo.sources.bag_extract`), and returns

* ``buildings``: one row per pand, with ``bouwjaar``, ``status``, the gebruiksdoel mix
  ordered by area, ``gebruiksoppervlakte_m2`` summed from its verblijfsobjecten, and counts;
* ``homes``: the verblijfsobjecten with a woonfunctie (points), the sensitive objects of
  milieuzonering.

Column names follow the aliases of :mod:`rve_geo.sources.aliases`, so
:func:`rve_geo.density_measures` and :func:`rve_geo.densification_potential` take the
result without a column mapping (floor area from gebruiksoppervlakte x BVO/GO factor when
no heights are joined; see :mod:`rve_geo.sources.threedbag` for heights).

Split rule (documented in docs/registry.md): a verblijfsobject that lies in ``n`` panden
(``pand_identificatie`` with several ids) gives ``1/n`` of its oppervlakte to each of them and
counts ``1/n`` verblijfsobject (and home) in each, so that sums over panden equal sums over
verblijfsobjecten.
"""

from __future__ import annotations

import os
from typing import NamedTuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._validate import Issues, numeric_column, parse_numbers
from ..errors import InputError
from ..io import _existing_file
from ._common import find_column, need_column, pick_layer
from .bag_extract import is_bag_extract, read_extract

__all__ = ["BAG_USES", "BagResult", "normalize_bag_id", "read_bag"]

#: The eleven BAG gebruiksdoelen (BAG catalogus 2018, waardelijst gebruiksdoel).
BAG_USES: tuple[str, ...] = (
    "woonfunctie", "bijeenkomstfunctie", "celfunctie", "gezondheidszorgfunctie",
    "industriefunctie", "kantoorfunctie", "logiesfunctie", "onderwijsfunctie",
    "sportfunctie", "winkelfunctie", "overige gebruiksfunctie",
)

#: Verblijfsobject statuses that mean the object does not (or not yet) exist.
INACTIVE_VBO_STATUSES: tuple[str, ...] = (
    "verblijfsobject gevormd",
    "niet gerealiseerd verblijfsobject",
    "verblijfsobject ingetrokken",
    "verblijfsobject ten onrechte opgevoerd",
)

_PAND_LAYERS = ("pand", "panden", "bag_pand")
_VBO_LAYERS = ("verblijfsobject", "verblijfsobjecten", "bag_verblijfsobject")
_PAND_REF = ("pand_identificatie", "pandidentificatie", "pandref", "pand_ref", "maaktdeeluitvan",
             "pand_id", "pandid", "heeftalspand")
_ID = ("identificatie", "identification", "id")
_YEAR = ("oorspronkelijkbouwjaar", "bouwjaar", "oorspronkelijk_bouwjaar")
_USE = ("gebruiksdoel", "gebruiksdoelen", "gebruiksdoelverblijfsobject")
_AREA = ("oppervlakte", "oppervlakteverblijfsobject", "gebruiksoppervlakte")


class BagResult(NamedTuple):
    """What :func:`read_bag` returns: ``buildings`` (panden) and ``homes`` (woningen)."""

    buildings: gpd.GeoDataFrame
    homes: gpd.GeoDataFrame


def normalize_bag_id(values: pd.Series) -> pd.Series:
    """BAG object ids as 16-character strings, without ``NL.IMBAG.Pand.`` style prefixes.

    Integers lose the leading zero of municipality codes below 1000; it is restored.

    Examples
    --------
    >>> normalize_bag_id(pd.Series(["NL.IMBAG.Pand.0221100000312345", 221100000312346,
    ...                             " 0221100000312347 ", None])).tolist()
    ['0221100000312345', '0221100000312346', '0221100000312347', <NA>]
    """
    s = values.astype("string").str.strip()
    s = s.str.replace(r"^.*\.", "", regex=True).str.replace(r"\.0$", "", regex=True)
    return s.where(~s.str.fullmatch(r"\d{1,15}").fillna(False), s.str.zfill(16))


def _find(frame: pd.DataFrame, names: tuple[str, ...]) -> str | None:
    return find_column(frame.columns, names)


def _need(frame: pd.DataFrame, names: tuple[str, ...], layer: str, what: str) -> str:
    return need_column(frame, names, argument="path", what=f"{what} (layer '{layer}')",
                       hint="Use the national BAG GeoPackage (PDOK bag-light.gpkg) or a "
                       "conversion of the BAG 2.0 extract with these attributes.")


def _isin(values: pd.Series, options) -> np.ndarray:
    """Fast membership test for string columns (hash lookup, NA is never a member)."""
    return pd.Index(list(options), dtype=object).get_indexer(
        values.to_numpy(dtype=object, na_value=None)) >= 0


def _multi(values: pd.Series) -> pd.Series:
    """Split multi-valued text (``a,b``, ``["a","b"]``, GDAL ``(2:a,b)``) into lists."""
    s = values.astype("string").str.strip()
    s = s.str.replace(r"^\(\d+:", "", regex=True).str.replace(r"[\[\]\(\)\"'{}]", "", regex=True)
    return s.str.split(r"\s*[,;|]\s*", regex=True)


def _read_filter(bbox, mask) -> dict:
    """The ``bbox`` / ``mask`` keyword arguments for reading the pand layer, bbox checked."""
    kwargs = {}
    if bbox is not None:
        bbox = tuple(float(v) for v in bbox)
        if len(bbox) != 4 or bbox[0] >= bbox[2] or bbox[1] >= bbox[3]:
            raise InputError(f"argument 'bbox' must be (xmin, ymin, xmax, ymax) with xmin < xmax "
                             f"and ymin < ymax, got {bbox}.")
        kwargs["bbox"] = bbox
    if mask is not None:
        kwargs["mask"] = mask
    return kwargs


def _years(panden: gpd.GeoDataFrame, pl: str, year: str | None, rows: pd.Index,
           issues: Issues) -> np.ndarray:
    """Construction years as float64; text that is no number is read as unknown, reported.

    The construction year feeds only :func:`rve_geo.redevelopment_stock`, so an unreadable
    year is a warning (with the rows and the fix), not an error.
    """
    if year is None:
        return np.full(len(panden), np.nan)
    years, bad = parse_numbers(panden[year])
    if bad.any():
        example = panden[year][bad].iloc[0]
        issues.add("path", f"layer '{pl}', column '{year}': {int(bad.sum())} construction "
                   f"years are not numbers (e.g. {example!r}) and are read as unknown; "
                   "redevelopment_stock counts the floor area of these panden under "
                   "floor_area_unknown_year_m2 and leaves it out of the weighted construction "
                   "year and the share built before the threshold year. Give a four-digit year "
                   "or leave the value empty", rows[bad])
    return years


def _pand_frame(panden: gpd.GeoDataFrame, pl: str, issues: Issues, *,
                rows_by_id: bool = False) -> gpd.GeoDataFrame:
    """One row per pand (id, bouwjaar, status, geometry); repeated voorkomens keep the first.

    Messages name rows by their label in ``panden``, or by the pand identificatie when
    ``rows_by_id`` (the BAG 2.0 Extract, whose rows have no other name).
    """
    pid = _need(panden, _ID, pl, "identificatie")
    year = _find(panden, _YEAR)
    status = _find(panden, ("status", "pandstatus"))
    ids = normalize_bag_id(panden[pid])
    rows = pd.Index(ids) if rows_by_id else panden.index
    buildings = gpd.GeoDataFrame(
        {
            "identificatie": ids.to_numpy(),
            "bouwjaar": _years(panden, pl, year, rows, issues),
            "status": panden[status].astype("string").to_numpy() if status
            else pd.array([pd.NA] * len(panden), dtype="string"),
        },
        geometry=panden.geometry.to_numpy(), crs=panden.crs, index=panden.index,
    )
    dup = ids.duplicated(keep="first").to_numpy()
    if dup.any():
        issues.add("path", f"{int(dup.sum())} panden appear more than once with the same "
                   "identificatie (several voorkomens); the first is kept",
                   panden.index[dup])
        buildings = buildings.loc[~dup]
    return buildings


def _empty_homes(crs) -> gpd.GeoDataFrame:
    """The homes frame with its columns and no rows."""
    return gpd.GeoDataFrame(
        {"identificatie": pd.Series(dtype="string"),
         "pand_identificatie": pd.Series(dtype="string"),
         "gebruiksdoel": pd.Series(dtype="string"), "oppervlakte_m2": pd.Series(dtype=float),
         "soort": pd.Series(dtype="string"), "n_homes": pd.Series(dtype=float)},
        geometry=gpd.GeoSeries([], crs=crs), crs=crs)


def _counts(src: gpd.GeoDataFrame, pn: str, pl: str, issues: Issues) -> np.ndarray:
    """``aantal_verblijfsobjecten`` of the pand layer; unreadable text is unknown, reported.

    No computation uses this count (the homes come from the verblijfsobjecten), so an
    unreadable value is a warning, not an error.
    """
    counts, bad = parse_numbers(src[pn])
    if bad.any():
        example = src[pn][bad].iloc[0]
        issues.add("path", f"layer '{pl}', column '{pn}': {int(bad.sum())} values are not "
                   f"numbers (e.g. {example!r}) and are read as unknown; the count is kept "
                   "for information only and no computation uses it. Give a whole number or "
                   "leave the value empty", src.index[bad])
    return counts


def _uses_from_panden(buildings: gpd.GeoDataFrame, panden: gpd.GeoDataFrame, pl: str,
                      vl: str | None, name: str, issues: Issues) -> gpd.GeoDataFrame:
    """Use and counts from the pand layer itself, for reading without verblijfsobjecten.

    PDOK's BAG pand collection (OGC API / WFS) carries the uses and the number of
    verblijfsobjecten on the pand itself; keep them.
    """
    src = panden.loc[buildings.index]
    pu = _find(src, _USE)
    pn = _find(src, ("aantal_verblijfsobjecten",))
    if vl is None:
        issues.add("path", f"no verblijfsobject layer in '{name}': panden have no "
                   "gebruiksoppervlakte" + ("" if pu else " and no use"))
    mix = _multi(src[pu].astype("string").str.lower()).str.join(",") if pu else None
    blank = pd.array([pd.NA] * len(buildings), dtype="string")
    buildings["gebruiksdoel"] = pd.array(mix, dtype="string") if pu else blank
    buildings["gebruiksdoel_hoofd"] = pd.array(mix.str.split(",").str[0], dtype="string") \
        if pu else blank
    for c in ("gebruiksoppervlakte_m2", "woon_m2"):
        buildings[c] = np.nan
    buildings["aantal_verblijfsobjecten"] = _counts(src, pn, pl, issues) if pn else np.nan
    buildings["aantal_woningen"] = np.nan
    return buildings


def read_bag(
    path: str | os.PathLike,
    *,
    bbox: tuple[float, float, float, float] | None = None,
    mask: shapely.Geometry | None = None,
    pand_layer: str | None = None,
    vbo_layer: str | None = None,
    include_inactive: bool = False,
) -> BagResult:
    """Read BAG panden with the use, area and homes of their verblijfsobjecten.

    Parameters
    ----------
    path : path-like or list of path-likes
        BAG GeoPackage with a pand layer and (optionally) a verblijfsobject layer, e.g.
        PDOK's ``bag-light.gpkg``; or the Kadaster BAG 2.0 Extract as delivered: the extract
        zip, its inner ``PND`` and ``VBO`` zips (a list), or a folder with their XML files
        (streamed, see :mod:`rve_geo.sources.bag_extract`; needs lxml).
    bbox : (xmin, ymin, xmax, ymax), optional
        Read only panden intersecting this box (in the file's CRS, RD New for BAG).
    mask : shapely geometry, optional
        Read only panden intersecting this geometry (in the file's CRS).
    pand_layer, vbo_layer : str, optional
        Layer names when they differ from ``pand`` / ``verblijfsobject``.
    include_inactive : bool
        Keep verblijfsobjecten whose status says gevormd (not yet built), not realised,
        withdrawn or wrongly registered. Pand statuses are kept as they are (density
        excludes demolished panden itself).

    Returns
    -------
    BagResult
        ``buildings``: GeoDataFrame per pand with ``identificatie``, ``bouwjaar``, ``status``,
        ``gebruiksdoel`` (uses ordered by their area, largest first, comma separated),
        ``gebruiksdoel_hoofd`` (the use with the largest area), ``gebruiksoppervlakte_m2``
        (sum of the verblijfsobjecten' oppervlakte, split by the rule in the module notes),
        ``woon_m2`` (of which woonfunctie), ``aantal_verblijfsobjecten`` and
        ``aantal_woningen`` (split counts, may be fractional). Panden without
        verblijfsobjecten have no use and NaN area.
        ``homes``: GeoDataFrame of verblijfsobjecten with a woonfunctie (points) with
        ``identificatie``, ``pand_identificatie`` (first pand), ``gebruiksdoel``,
        ``oppervlakte_m2``, ``soort`` = ``"woning"``, ``n_homes`` = 1 (the count column
        ``rve run`` reads for sensitive objects).

    Raises
    ------
    InputError
        Missing file or layer; ``oppervlakte`` not a number or negative (rows named); a
        zip, folder or XML file that is not a BAG 2.0 Extract (file and expectation named).
    MissingColumnError
        A layer lacks the id, pand reference, use or area column.

    Warns
    -----
    RveGeoWarning
        Construction years or pand-layer ``aantal_verblijfsobjecten`` that are text but not
        numbers (read as unknown; layer, column, rows and fix named; docs/registry.md),
        left-out inactive verblijfsobjecten, unknown gebruiksdoelen, repeated panden.

    Examples
    --------
    >>> import tempfile, os, geopandas as gpd
    >>> from shapely.geometry import Point, box
    >>> d = tempfile.mkdtemp(); p = os.path.join(d, "bag.gpkg")
    >>> gpd.GeoDataFrame({"identificatie": ["0221100000000001"], "bouwjaar": [1990],
    ...     "status": ["Pand in gebruik"]}, geometry=[box(0, 0, 10, 10)],
    ...     crs="EPSG:28992").to_file(p, layer="pand")
    >>> gpd.GeoDataFrame({"identificatie": ["0221010000000001", "0221010000000002"],
    ...     "pand_identificatie": ["0221100000000001"] * 2,
    ...     "gebruiksdoel": ["woonfunctie", "winkelfunctie"], "oppervlakte": [80, 120],
    ...     "status": ["Verblijfsobject in gebruik"] * 2},
    ...     geometry=[Point(2, 2), Point(8, 8)], crs="EPSG:28992").to_file(p,
    ...     layer="verblijfsobject")
    >>> bag = read_bag(p)
    >>> bag.buildings[["gebruiksdoel", "gebruiksoppervlakte_m2", "aantal_woningen"]].values.tolist()
    [['winkelfunctie,woonfunctie', 200.0, 1.0]]
    >>> len(bag.homes)
    1
    """
    issues = Issues("read_bag")
    kwargs = _read_filter(bbox, mask)
    extract = is_bag_extract(path)
    if extract:
        delivered = read_extract(path, bbox=kwargs.get("bbox"), mask=kwargs.get("mask"))
        panden, vbo, pl = delivered.panden, delivered.vbo, "Objecten:Pand"
        vl = "Objecten:Verblijfsobject" if vbo is not None else None
        name = _extract_name(path)
    else:
        panden, vbo, pl, vl, name = _read_geopackage(path, kwargs, pand_layer, vbo_layer)
    buildings = _pand_frame(panden, pl, issues, rows_by_id=extract)
    if vbo is None or len(buildings) == 0:
        buildings = _uses_from_panden(buildings, panden, pl, vl, name, issues)
        issues.emit()
        return BagResult(buildings, _empty_homes(panden.crs))
    result = _combine(buildings, vbo, vl, bool(kwargs), include_inactive, issues)
    issues.emit()
    return result


def _extract_name(path) -> str:
    paths = path if isinstance(path, (list, tuple)) else [path]
    return ", ".join(os.path.basename(os.fspath(x)) for x in paths)


def _read_geopackage(path, kwargs: dict, pand_layer, vbo_layer):
    """Pand and verblijfsobject layers of a BAG GeoPackage (vbo None without that layer)."""
    import pyogrio

    p = _existing_file(path, "path")
    try:
        layers = [str(x) for x in pyogrio.list_layers(p)[:, 0]]
    except Exception as exc:
        raise InputError(f"argument 'path': '{p}' is not a readable vector data source "
                         f"({exc}).") from exc
    pl = pick_layer(p, layers, pand_layer, _PAND_LAYERS, "pand")
    panden = gpd.read_file(p, layer=pl, engine="pyogrio", **kwargs)
    lower = {x.lower(): x for x in layers}
    if vbo_layer is None and not any(n in lower for n in _VBO_LAYERS):
        return panden, None, pl, None, p.name
    vl = pick_layer(p, layers, vbo_layer, _VBO_LAYERS, "verblijfsobject")
    if not len(panden):
        return panden, None, pl, vl, p.name
    vkw = {}
    if kwargs:
        # verblijfsobjecten of the panden read: within the panden's extent
        vkw["bbox"] = tuple(panden.total_bounds)
    return panden, gpd.read_file(p, layer=vl, engine="pyogrio", **vkw), pl, vl, p.name


def _combine(buildings: gpd.GeoDataFrame, vbo: gpd.GeoDataFrame, vl: str, filtered: bool,
             include_inactive: bool, issues: Issues) -> BagResult:
    """Use, area and homes of the panden from their verblijfsobjecten (the split rule)."""
    vid = _need(vbo, _ID, vl, "identificatie")
    ref = _need(vbo, _PAND_REF, vl, "pand reference (pand_identificatie)")
    use = _need(vbo, _USE, vl, "gebruiksdoel")
    area_c = _need(vbo, _AREA, vl, "oppervlakte")
    vstatus = _find(vbo, ("status",))
    area = pd.Series(numeric_column(vbo, area_c, "path", layer=vl, minimum=0,
                                    what="gebruiksoppervlakte (m2)",
                                    fix="Correct them or leave them empty."), index=vbo.index)
    keep = np.ones(len(vbo), dtype=bool)
    if vstatus is not None and not include_inactive:
        st = vbo[vstatus].astype("string").str.strip().str.lower()
        gone = _isin(st, INACTIVE_VBO_STATUSES)
        if gone.any():
            issues.add("path", f"{int(gone.sum())} verblijfsobjecten left out because their "
                       "status says gevormd, not realised, withdrawn or wrongly registered "
                       "(include_inactive=True keeps them)")
        keep &= ~gone
    vbo = vbo.loc[keep]
    area = area.loc[keep]
    vids = normalize_bag_id(vbo[vid])
    uses = _multi(vbo[use].astype("string").str.lower())
    refs = _multi(vbo[ref])

    # one row per (verblijfsobject, pand): the split rule 1/n
    n_refs = refs.str.len().fillna(0).to_numpy()
    link = pd.DataFrame({"v": np.arange(len(vbo)), "pand": refs.to_numpy()}).explode("pand")
    link["pand"] = normalize_bag_id(link["pand"].astype("string"))
    link = link[link["pand"].notna() & (link["pand"] != "")]
    no_ref = n_refs == 0
    if no_ref.any():
        issues.add("path", f"{int(no_ref.sum())} verblijfsobjecten refer to no pand and are "
                   "not counted", vbo.index[no_ref])
    share = 1.0 / n_refs[link["v"].to_numpy()]
    link["share"] = share
    link["area"] = area.to_numpy()[link["v"].to_numpy()] * share
    # uses: area of a verblijfsobject with k uses counts 1/k per use
    u = pd.DataFrame({"v": np.arange(len(vbo)), "use": uses.to_numpy()}).explode("use")
    u["use"] = u["use"].astype("string").str.strip()
    u = u[u["use"].notna() & (u["use"] != "")]
    k = u.groupby("v")["use"].transform("size").to_numpy()
    u["k"] = k
    is_home = np.zeros(len(vbo), dtype=bool)
    is_home[u.loc[u["use"] == "woonfunctie", "v"].to_numpy()] = True
    unknown = ~_isin(u["use"], BAG_USES)
    if unknown.any():
        sample = ", ".join(sorted(map(str, u.loc[unknown, "use"].unique()))[:5])
        issues.add("path", f"{int(unknown.sum())} gebruiksdoel values are not BAG gebruiksdoelen "
                   f"({sample}); they are kept as written")

    in_set = _isin(link["pand"], buildings["identificatie"].dropna().unique())
    missing = ~in_set & (not filtered)
    if missing.any():
        issues.add("path", f"{int(missing.sum())} references from verblijfsobjecten to panden "
                   "that are not in the pand layer are ignored")
    link = link[in_set]
    grouped = link.groupby("pand")
    per_pand = pd.DataFrame({"gebruiksoppervlakte_m2": grouped["area"].sum(min_count=1),
                             "aantal_verblijfsobjecten": grouped["share"].sum()})
    homes_link = link[is_home[link["v"].to_numpy()]]
    n_homes = homes_link.groupby("pand")["share"].sum()
    # area per (pand, use)
    pu = link.merge(u[["v", "use", "k"]], on="v")
    pu["a"] = pu["area"] / pu["k"]
    pu["a0"] = pu["a"].fillna(0.0)
    by_use = pu.groupby(["pand", "use"], sort=False).agg(a=("a0", "sum"), n=("share", "sum"))
    by_use = by_use.reset_index().sort_values(["pand", "a", "n", "use"],
                                              ascending=[True, False, False, True])
    # the ordered uses joined per pand, without a Python call per pand: one column per rank
    rank = by_use.groupby("pand", sort=False).cumcount().to_numpy()
    wide = by_use.assign(rank=rank).pivot(index="pand", columns="rank", values="use")
    mix = wide[0].astype("string")
    for r in wide.columns[1:]:
        nxt = wide[r].astype("string")
        mix = mix.where(nxt.isna(), mix + "," + nxt)
    main = wide[0].astype("string")
    woon = by_use[by_use["use"] == "woonfunctie"].set_index("pand")["a"]

    key = buildings["identificatie"]
    buildings["gebruiksdoel"] = pd.array(key.map(mix), dtype="string")
    buildings["gebruiksdoel_hoofd"] = pd.array(key.map(main), dtype="string")
    buildings["gebruiksoppervlakte_m2"] = key.map(per_pand["gebruiksoppervlakte_m2"]) \
        .astype("float64").to_numpy()
    has_vbo = _isin(key, per_pand.index)
    buildings["woon_m2"] = np.where(has_vbo, key.map(woon).astype("float64").fillna(0.0), np.nan)
    buildings["aantal_verblijfsobjecten"] = key.map(per_pand["aantal_verblijfsobjecten"]) \
        .astype("float64").fillna(0.0).to_numpy()
    buildings["aantal_woningen"] = key.map(n_homes).astype("float64").fillna(0.0).to_numpy()

    hv = np.flatnonzero(is_home)
    if filtered:
        # only homes in the panden read
        hv = hv[np.isin(hv, link["v"].to_numpy())]
    first_ref = refs.str[0]
    homes = gpd.GeoDataFrame(
        {
            "identificatie": vids.to_numpy()[hv],
            "pand_identificatie": normalize_bag_id(first_ref.astype("string")).to_numpy()[hv],
            "gebruiksdoel": pd.array(uses.str.join(",").to_numpy()[hv], dtype="string"),
            "oppervlakte_m2": area.to_numpy(dtype="float64")[hv],
            "soort": pd.array(["woning"] * len(hv), dtype="string"),
            "n_homes": np.ones(len(hv)),
        },
        geometry=vbo.geometry.to_numpy()[hv], crs=vbo.crs,
    )
    return BagResult(buildings, homes)

