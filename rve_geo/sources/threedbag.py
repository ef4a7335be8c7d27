"""3D BAG heights as users download them, joined to BAG panden on their identificatie.

The 3D BAG (3dbag.nl, TU Delft / 3DGI) publishes per tile:

* a **GeoPackage** with a ``pand`` layer (one row per pand: ``identificatie``
  ``NL.IMBAG.Pand.<16 digits>``, ``b3_h_maaiveld``, ``b3_bouwlagen``, ...) and 2D layers
  ``lod12_2d``, ``lod13_2d``, ``lod22_2d`` with one row per roof part and its heights
  ``b3_h_dak_50p/70p/min/max``. Older releases (v21.x) name them ``h_dak_70p``,
  ``h_maaiveld`` without the ``b3_`` prefix; the 3D BAG WFS and some exports use
  ``b3_h_70p``, ``b3_h_max``;
* a **CityJSON** file (``.city.json`` / ``.json``): ``CityObjects`` keyed by the pand
  identificatie, type ``Building`` with the whole-building ``attributes``
  (``b3_h_dak_70p``, ``b3_h_maaiveld``, ``b3_bouwlagen``, ...) and ``BuildingPart`` children;
* a **CityJSONSeq** file (``.city.jsonl`` / ``.jsonl``): a CityJSON header line followed by
  one ``CityJSONFeature`` per line with the same ``CityObjects``.

Heights are metres NAP. :func:`read_3dbag` returns one row per pand with
``height_m`` = roof (70th percentile) - ground level, the height the 3D BAG extrudes its
LoD1.2 blocks to. A pand whose 2D layer has several roof parts takes the footprint-weighted
mean of the parts' 70p heights. :func:`join_3dbag` adds these to BAG buildings; storeys and
floor area then come from the one floor-area model,
:func:`rve_geo.building_floor_area` (``b3_bouwlagen`` where the 3D BAG estimated it,
otherwise height / storey height).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._validate import Issues, check_frame, numeric_column, row_ids
from ..errors import InputError, MissingColumnError
from ..io import _existing_file
from .bag import normalize_bag_id

__all__ = ["HEIGHT_COLUMNS", "join_3dbag", "read_3dbag"]

#: Output columns of :func:`read_3dbag`, besides ``identificatie``.
HEIGHT_COLUMNS = ("height_m", "b3_h_dak_70p", "b3_h_dak_max", "b3_h_maaiveld", "b3_bouwlagen")

_ROOF70 = ("b3_h_dak_70p", "b3_h_70p", "h_dak_70p")
_ROOFMAX = ("b3_h_dak_max", "b3_h_max", "h_dak_max")
_GROUND = ("b3_h_maaiveld", "h_maaiveld")
_STOREYS = ("b3_bouwlagen",)
_HALL = ("b3_kas_warenhuis", "kas_warenhuis")
_TWO_D = ("lod12_2d", "lod13_2d", "lod22_2d")


def _find(columns, names) -> str | None:
    keys = {re.sub(r"[_\-\s]", "", str(c)).lower(): c for c in columns}
    for n in names:
        c = keys.get(re.sub(r"[_\-\s]", "", n).lower())
        if c is not None:
            return c
    return None


def _num(values) -> np.ndarray:
    return pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype="float64")


_TRUE = ("true", "1", "t", "ja", "yes")
_FALSE = ("false", "0", "f", "nee", "no", "")


def _checked(frame: pd.DataFrame, layer: str) -> pd.DataFrame:
    """``frame`` with its height and storey columns as numbers and the hall flag as a boolean.

    Heights and storeys decide the floor area, so text that is not a number is an error
    naming the layer, the column and the rows (not a silently missing height); so is a
    hall flag that is neither true nor false.
    """
    out = frame.copy()
    for names, what in ((_ROOF70, "roof height (m NAP)"), (_ROOFMAX, "roof height (m NAP)"),
                        (_GROUND, "ground level (m NAP)"), (_STOREYS, "number of storeys")):
        c = _find(out.columns, names)
        if c is not None:
            out[c] = numeric_column(out, c, "path", layer=layer, what=what,
                                    fix="Correct them or leave them empty: a pand without "
                                    "a height falls back to its gebruiksoppervlakte.")
    h = _find(out.columns, _HALL)
    if h is not None:
        text = out[h].astype("string").str.strip().str.lower()
        bad = (text.notna() & ~text.isin(_TRUE + _FALSE)).to_numpy(dtype=bool, na_value=False)
        if bad.any():
            raise InputError(
                f"argument 'path', layer '{layer}', column '{h}': {int(bad.sum())} values are "
                f"neither true nor false (rows {row_ids(out.index[bad])}, e.g. "
                f"{out[h][bad].iloc[0]!r}); give true or false, or leave the value empty.")
        out[h] = pd.array(text.isin(_TRUE).to_numpy(), dtype="boolean")
        out.loc[text.isna().to_numpy(), h] = pd.NA
    return out


def _frame(ids, roof70, roofmax, ground, storeys, hall=None) -> pd.DataFrame:
    ids = normalize_bag_id(pd.Series(ids, dtype="string"))
    out = pd.DataFrame({
        "identificatie": ids.to_numpy(),
        "b3_h_dak_70p": _num(roof70), "b3_h_dak_max": _num(roofmax),
        "b3_h_maaiveld": _num(ground), "b3_bouwlagen": _num(storeys),
    })
    out.insert(1, "height_m", out["b3_h_dak_70p"] - out["b3_h_maaiveld"])
    if hall is not None:
        h = pd.Series(hall).astype("string").str.strip().str.lower()
        out["b3_kas_warenhuis"] = h.isin(["true", "1", "t", "ja"]).to_numpy()
    return out


def _read_gpkg(p: Path, layer: str | None, bbox) -> pd.DataFrame:
    import pyogrio

    layers = [str(x) for x in pyogrio.list_layers(p)[:, 0]]
    kw = {"bbox": tuple(bbox)} if bbox is not None else {}
    if layer is not None and layer not in layers:
        raise InputError(f"argument 'path': '{p}' has no layer '{layer}'; layers found: "
                         f"{', '.join(layers)}.")
    order = [layer] if layer else (["pand"] if "pand" in layers else []) + \
        [x for x in _TWO_D if x in layers] + [x for x in layers if x not in _TWO_D + ("pand",)]
    base = None
    for name in order:
        cols = list(pyogrio.read_info(p, layer=name)["fields"])
        idc = _find(cols, ("identificatie",))
        if idc is None:
            continue
        roof = _find(cols, _ROOF70)
        if base is None:
            frame = _checked(gpd.read_file(p, layer=name, engine="pyogrio", **kw), name)
            base = (name, frame)
            if roof is not None:
                return _from_rows(frame, idc)
            continue
        if roof is not None:
            parts = _checked(gpd.read_file(p, layer=name, engine="pyogrio", **kw), name)
            return _merge_parts(base[1], parts, _find(base[1].columns, ("identificatie",)), idc)
    if base is None:
        raise MissingColumnError(
            f"argument 'path': no layer of '{p}' has an identificatie column; layers found: "
            f"{', '.join(layers)}. Use a 3D BAG tile (layers pand, lod12_2d, ...).")
    return _from_rows(base[1], _find(base[1].columns, ("identificatie",)))


def _weighted(frame: pd.DataFrame, idc: str) -> pd.DataFrame:
    """One row per pand: footprint-weighted mean of the parts' 70p roof, max of max roof."""
    roof = _num(frame[_find(frame.columns, _ROOF70)])
    mx_c = _find(frame.columns, _ROOFMAX)
    mx = _num(frame[mx_c]) if mx_c else np.full(len(frame), np.nan)
    w = shapely.area(frame.geometry.to_numpy()) if isinstance(frame, gpd.GeoDataFrame) \
        else np.ones(len(frame))
    w = np.where(np.isfinite(w) & (w > 0), w, 0.0)
    ok = ~np.isnan(roof)
    # all parts without area (points, missing geometry) weigh equally
    g = pd.DataFrame({"id": normalize_bag_id(frame[idc]).to_numpy(), "w": np.where(ok, w, 0.0),
                      "wr": np.where(ok, w * np.nan_to_num(roof), 0.0), "n": ok.astype(float),
                      "r": np.where(ok, roof, 0.0), "mx": mx})
    s = g.groupby("id", sort=False).agg(w=("w", "sum"), wr=("wr", "sum"), n=("n", "sum"),
                                         r=("r", "sum"), mx=("mx", "max"))
    with np.errstate(invalid="ignore", divide="ignore"):
        r70 = np.where(s["n"] == 1, s["r"],  # one roof part: its own value, exactly
                       np.where(s["w"] > 0, s["wr"] / s["w"], s["r"] / s["n"]))
    return pd.DataFrame({"identificatie": s.index.to_numpy(), "roof70": r70,
                         "roofmax": s["mx"].to_numpy()})


def _from_rows(frame: pd.DataFrame, idc: str) -> pd.DataFrame:
    cols = frame.columns
    if _find(cols, _ROOF70) is None:
        ids = frame[idc]
        nan = np.full(len(frame), np.nan)
        g, s, h = (_find(cols, n) for n in (_GROUND, _STOREYS, _HALL))
        return _frame(ids, nan, nan, frame[g] if g else nan, frame[s] if s else nan,
                      frame[h] if h else None)
    per = _weighted(frame, idc)
    first = frame.assign(_id=normalize_bag_id(frame[idc])).drop_duplicates("_id")
    first = first.set_index("_id").reindex(per["identificatie"])
    g, s, h = (_find(cols, n) for n in (_GROUND, _STOREYS, _HALL))
    nan = np.full(len(per), np.nan)
    return _frame(per["identificatie"], per["roof70"], per["roofmax"],
                  first[g] if g else nan, first[s] if s else nan, first[h] if h else None)


def _merge_parts(pand: pd.DataFrame, parts: pd.DataFrame, pidc: str, idc: str) -> pd.DataFrame:
    per = _weighted(parts, idc).set_index("identificatie")
    ids = normalize_bag_id(pand[pidc])
    cols = pand.columns
    g, s, h = (_find(cols, n) for n in (_GROUND, _STOREYS, _HALL))
    pg = _find(parts.columns, _GROUND)
    ground = _num(pand[g]) if g else np.full(len(pand), np.nan)
    if pg is not None:  # older tiles carry the ground level on the parts
        part_ground = parts.assign(_id=normalize_bag_id(parts[idc])).groupby("_id")[pg].first()
        ground = np.where(np.isnan(ground), _num(ids.map(part_ground)), ground)
    return _frame(ids, ids.map(per["roof70"]), ids.map(per["roofmax"]), ground,
                  pand[s] if s else np.full(len(pand), np.nan), pand[h] if h else None)


def _city_objects(objects: dict) -> list[tuple[str, dict]]:
    rows = []
    for key, obj in objects.items():
        if not isinstance(obj, dict) or obj.get("type") != "Building":
            continue
        attrs = obj.get("attributes") or {}
        rows.append((str(attrs.get("identificatie") or key), attrs))
    return rows


def _read_cityjson(p: Path) -> pd.DataFrame:
    rows: list[tuple[str, dict]] = []
    with open(p, encoding="utf-8") as fh:
        first = fh.readline()
        rest = fh.read()
    try:
        head = json.loads(first)
        seq = head.get("type") == "CityJSON" and rest.strip() != "" and \
            rest.lstrip().startswith("{")
    except json.JSONDecodeError:
        seq = False
    try:
        if seq:
            for n, line in enumerate(rest.splitlines(), start=2):
                if not line.strip():
                    continue
                feat = json.loads(line)
                if feat.get("type") != "CityJSONFeature":
                    raise InputError(f"argument 'path': line {n} of '{p}' is not a "
                                     "CityJSONFeature; is this a CityJSONSeq file?")
                rows += _city_objects(feat.get("CityObjects") or {})
        else:
            doc = json.loads(first + rest)
            if doc.get("type") != "CityJSON":
                raise InputError(f"argument 'path': '{p}' is JSON but not CityJSON (no "
                                 "\"type\": \"CityJSON\"); use a 3D BAG CityJSON tile.")
            rows = _city_objects(doc.get("CityObjects") or {})
    except json.JSONDecodeError as exc:
        raise InputError(f"argument 'path': '{p}' is not valid JSON ({exc}).") from exc
    ids = [r[0] for r in rows]
    attrs = _checked(pd.DataFrame([r[1] for r in rows], index=pd.Index(ids, dtype=object)),
                     "CityObjects")

    def get(names):
        c = _find(attrs.columns, names)
        return attrs[c] if c is not None else np.full(len(rows), np.nan)

    h = _find(attrs.columns, _HALL)
    return _frame(ids, get(_ROOF70), get(_ROOFMAX), get(_GROUND), get(_STOREYS),
                  attrs[h] if h else None)


def read_3dbag(
    path: str | os.PathLike,
    *,
    layer: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
) -> pd.DataFrame:
    """Read 3D BAG heights per pand from a GeoPackage, CityJSON or CityJSONSeq tile.

    Parameters
    ----------
    path : path-like
        A 3D BAG tile: ``.gpkg``, ``.city.json`` / ``.json`` (CityJSON) or
        ``.city.jsonl`` / ``.jsonl`` (CityJSONSeq); a folder reads every tile in it.
    layer : str, optional
        GeoPackage layer holding the roof heights; by default the ``pand`` layer joined
        with the first 2D layer (``lod12_2d``, ``lod13_2d``, ``lod22_2d``) that has them.
    bbox : (xmin, ymin, xmax, ymax), optional
        GeoPackage only: read features intersecting this box (RD New).

    Returns
    -------
    DataFrame
        One row per pand: ``identificatie`` (16 digits), ``height_m`` (roof 70p - ground
        level, metres), ``b3_h_dak_70p``, ``b3_h_dak_max``, ``b3_h_maaiveld`` (m NAP),
        ``b3_bouwlagen`` (3D BAG's storey estimate, NaN where absent) and, when present,
        ``b3_kas_warenhuis``. A pand in several tiles appears once.

    Raises
    ------
    InputError
        Missing file, unknown format or layer, invalid JSON; a height, ground level or
        storey count that is text but not a number, or a ``b3_kas_warenhuis`` that is
        neither true nor false (layer, column and rows named; CityJSON rows by their
        CityObject id).

    Examples
    --------
    >>> import json, tempfile, os
    >>> doc = {"type": "CityJSON", "version": "2.0", "CityObjects": {
    ...   "NL.IMBAG.Pand.0503100000005156": {"type": "Building", "attributes": {
    ...      "b3_h_dak_70p": 9.24, "b3_h_maaiveld": 0.69, "b3_bouwlagen": 3}},
    ...   "NL.IMBAG.Pand.0503100000005156-0": {"type": "BuildingPart",
    ...      "parents": ["NL.IMBAG.Pand.0503100000005156"]}}, "vertices": []}
    >>> p = os.path.join(tempfile.mkdtemp(), "tile.city.json")
    >>> with open(p, "w") as fh:
    ...     json.dump(doc, fh)
    >>> read_3dbag(p)[["identificatie", "height_m", "b3_bouwlagen"]].round(2).values.tolist()
    [['0503100000005156', 8.55, 3.0]]
    """
    p = Path(path).expanduser()
    if p.is_dir():
        tiles = sorted(x for x in p.iterdir() if x.is_file() and _kind(x) is not None)
        if not tiles:
            raise InputError(f"argument 'path': folder '{p}' holds no 3D BAG tiles (.gpkg, "
                             ".city.json, .city.jsonl).")
        frames = [read_3dbag(t, layer=layer, bbox=bbox) for t in tiles]
        return pd.concat(frames, ignore_index=True).drop_duplicates("identificatie")
    p = _existing_file(p, "path")
    kind = _kind(p)
    if kind is None:
        raise InputError(f"argument 'path': '{p.name}' is not a 3D BAG tile format; use the "
                         "GeoPackage (.gpkg), CityJSON (.city.json) or CityJSONSeq (.city.jsonl).")
    out = _read_gpkg(p, layer, bbox) if kind == "gpkg" else _read_cityjson(p)
    out = out[out["identificatie"].notna()]
    return out.drop_duplicates("identificatie").reset_index(drop=True)


def _kind(p: Path) -> str | None:
    name = p.name.lower()
    if name.endswith(".gpkg"):
        return "gpkg"
    if name.endswith((".jsonl", ".json")):
        return "json"
    return None


def join_3dbag(
    buildings: gpd.GeoDataFrame,
    heights: pd.DataFrame | str | os.PathLike,
    *,
    id_col: str = "identificatie",
) -> gpd.GeoDataFrame:
    """Add 3D BAG heights to BAG buildings by pand identificatie.

    Parameters
    ----------
    buildings : GeoDataFrame
        BAG panden, e.g. ``read_bag(...).buildings``.
    heights : DataFrame or path-like
        Output of :func:`read_3dbag`, or a path passed to it.
    id_col : str
        Pand id column of ``buildings`` (``NL.IMBAG.Pand.`` prefixes are ignored).

    Returns
    -------
    GeoDataFrame
        ``buildings`` (same index and rows) with :data:`HEIGHT_COLUMNS` added, replacing
        columns of the same name, and ``has_height`` (True where a height was found).
        Storeys and floor area follow from :func:`rve_geo.building_floor_area`.

    Warns
    -----
    RveGeoWarning
        How many buildings have no 3D BAG height (they fall back to the next floor-area
        source, usually gebruiksoppervlakte or one storey); when none has a height, that
        floor area equals footprint unless gebruiksoppervlakte is known (FSI = GSI).

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> b = gpd.GeoDataFrame({"identificatie": ["0503100000005156", "0503100000009999"]},
    ...                      geometry=[box(0, 0, 10, 10), box(20, 0, 30, 10)], crs="EPSG:28992")
    >>> h = pd.DataFrame({"identificatie": ["NL.IMBAG.Pand.0503100000005156"],
    ...                   "height_m": [8.55]})
    >>> import warnings
    >>> with warnings.catch_warnings(record=True):
    ...     out = join_3dbag(b, h)
    >>> out["height_m"].tolist(), out["has_height"].tolist()
    ([8.55, nan], [True, False])
    """
    check_frame(buildings, "buildings")
    if not isinstance(heights, pd.DataFrame):
        heights = read_3dbag(heights)
    if id_col not in buildings.columns:
        raise MissingColumnError(
            f"argument 'buildings' has no column {id_col!r} (the BAG pand identificatie); "
            f"name it with id_col=... (columns found: "
            f"{', '.join(map(str, buildings.columns))}).")
    if "identificatie" not in heights.columns:
        raise MissingColumnError("argument 'heights' has no column 'identificatie'; pass the "
                                 "output of read_3dbag.")
    issues = Issues("join_3dbag")
    h = heights.assign(identificatie=normalize_bag_id(heights["identificatie"]))
    h = h.drop_duplicates("identificatie").set_index("identificatie")
    key = normalize_bag_id(buildings[id_col])
    out = buildings.copy()
    for c in HEIGHT_COLUMNS:
        if c in h.columns:
            out[c] = key.map(h[c]).astype("float64").to_numpy()
    if "b3_kas_warenhuis" in h.columns:
        hall = key.map(h["b3_kas_warenhuis"].astype("boolean")).astype("boolean")
        out["b3_kas_warenhuis"] = hall.fillna(False).to_numpy(dtype=bool)
    if "height_m" not in out.columns:
        out["height_m"] = np.nan
    known = out["height_m"].notna().to_numpy(dtype=bool).copy()
    if "b3_bouwlagen" in out.columns:
        known = known | out["b3_bouwlagen"].notna().to_numpy(dtype=bool)
    out["has_height"] = known
    n_missing = int((~known).sum())
    if len(out) and n_missing == len(out):
        issues.add("buildings", f"none of the {len(out)} buildings has a 3D BAG height or "
                   "storey count (ids do not match, or the tiles cover another area): floor "
                   "area comes from gebruiksoppervlakte or, without it, one storey per "
                   "building, so FSI equals GSI")
    elif n_missing:
        issues.add("buildings", f"{n_missing} of {len(out)} buildings have no 3D BAG height "
                   "(not in the tiles, or no height measured); their floor area comes from "
                   "gebruiksoppervlakte or one storey (has_height=False)",
                   out.index[~known])
    issues.emit()
    return out
