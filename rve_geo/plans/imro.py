"""Reading IMRO2012 bestemmingsplannen (GML) into zones with category and height limits.

Old bestemmingsplannen remain the temporary part of the omgevingsplan, so their
limits still govern most business land. In IMRO the maximum milieucategorie lives
in the name of a Functieaanduiding ("bedrijf tot en met categorie 3.1") or of an
Enkelbestemming ("Bedrijf - categorie 2"); heights and the bebouwingspercentage
live in Maatvoering objects (DOMAIN.md section 6).
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._validate import Issues
from ..errors import CategoryError, InputError
from ..progress import ProgressCallback, report

__all__ = ["IMRO_LAYERS", "read_imro"]

log = logging.getLogger(__name__)

#: IMRO object types read, in output order (GML layer name -> ``object_type`` value).
IMRO_LAYERS: dict[str, str] = {
    "Enkelbestemming": "enkelbestemming",
    "Functieaanduiding": "functieaanduiding",
    "Bouwvlak": "bouwvlak",
    "Maatvoering": "maatvoering",
}

#: Share of a zone's area a Maatvoering or category aanduiding must cover to apply to it.
COVER_SHARE = 0.5

_CATEGORY_RE = re.compile(r"cat(?:egorie|\.)?\s*([0-9]+(?:[.,][0-9]+)?)(?![0-9.,])", re.I)
_CATEGORY_WORD_RE = re.compile(r"categorie|\bcat\.", re.I)
_MEASURES = {
    "max_goothoogte_m": re.compile(r"max\w*\s+goothoogte", re.I),
    "max_bouwhoogte_m": re.compile(r"max\w*\s+bouwhoogte(?!\s+(?:van\s+)?bijgebouw)", re.I),
    "max_coverage_share": re.compile(r"max\w*\s+bebouwingspercentage", re.I),
}
_OUTPUT_COLUMNS = ["identificatie", "naam", "object_type", "bestemmingshoofdgroep",
                   "max_category", "max_goothoogte_m", "max_bouwhoogte_m",
                   "max_coverage_share", "plan_id"]


def read_imro(path: str | os.PathLike, *, progress: ProgressCallback | None = None) -> gpd.GeoDataFrame:
    """Read an IMRO2012 bestemmingsplan GML into zones with their limits.

    Parameters
    ----------
    path : path-like
        The plan's GML file (``NL.IMRO.<code>.<plan>.gml``) as downloaded from
        ruimtelijkeplannen.nl. A GDAL ``.gfs`` file next to it is neither needed
        nor written.
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        One row per Enkelbestemming, Functieaanduiding, Bouwvlak and Maatvoering
        object, in EPSG:28992, with columns

        - ``identificatie``: the plan's own object id (``gml:id``, e.g. ``NL.IMRO.375``);
        - ``naam``: the object's name as written in the plan;
        - ``object_type``: ``enkelbestemming``, ``functieaanduiding``, ``bouwvlak`` or
          ``maatvoering``;
        - ``bestemmingshoofdgroep``: for enkelbestemmingen, else None;
        - ``max_category``: the maximum milieucategorie label ("3.1") or None;
        - ``max_goothoogte_m``, ``max_bouwhoogte_m``: metres, NaN where the plan
          sets none;
        - ``max_coverage_share``: maximum bebouwingspercentage / 100 (a fraction);
        - ``plan_id``: the identificatie of the Bestemmingsplangebied (or None).

    Raises
    ------
    InputError
        The file does not exist, cannot be read as GML, or holds none of the IMRO
        object types (it is not a bestemmingsplan).

    Notes
    -----
    *Categories.* A name gives a category when it mentions "categorie" (or
    "cat.") followed by a number and is about business activities (it contains
    "bedrijf", "milieu", or nothing but the category): "bedrijf tot en met
    categorie 3.1", "bedrijf t/m categorie 3.2", "Bedrijf - categorie 4.1",
    "milieucategorie 2", "bedrijf categorie 1 t/m 3.2" (the upper end). The name is
    parsed by :func:`rve_geo.parse_category`.
    Horeca categories ("horeca tot en met categorie 2") are a different scale and
    are ignored; functiemenging categories (A, B1, B2, C) carry no number and
    are counted in the warning.

    *Transfer onto zones.* Functieaanduidingen and Maatvoering objects are
    separate polygons drawn over bestemmingsvlakken and bouwvlakken. A zone
    (enkelbestemming or bouwvlak) receives the values of every Maatvoering that
    covers at least ``COVER_SHARE`` = 50 % of its area, and an enkelbestemming or
    bouwvlak without a category in its own name receives the category of the
    category aanduidingen covering at least 50 % of it. Where several apply, the
    most restrictive (smallest) value wins. Maatvoering rows keep their own values,
    functieaanduiding rows their own category. Rows therefore overlap (a bouwvlak
    lies inside its bestemmingsvlak): select one ``object_type`` before summing
    areas.

    *Heights.* Maatvoering ``waardeType`` "maximum goothoogte (m)", "maximum
    bouwhoogte (m)" and "maximum bebouwingspercentage (%)" (IMRO2012 value list)
    fill the three limit columns; other types (e.g. "maximum aantal wooneenheden")
    are ignored.

    Examples
    --------
    >>> import tempfile, pathlib, geopandas as gpd
    >>> from shapely.geometry import box
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> zones = gpd.GeoDataFrame(
    ...     {"gml_id": ["NL.IMRO.1"], "naam": ["Bedrijf - categorie 2"]},
    ...     geometry=[box(0, 0, 50, 50)], crs="EPSG:28992")
    >>> zones.to_file(folder / "plan.gml", layer="Enkelbestemming", driver="GML")
    >>> import warnings; warnings.simplefilter("ignore")
    >>> out = read_imro(folder / "plan.gml")
    >>> out[["identificatie", "object_type", "max_category"]].to_dict("records")
    [{'identificatie': 'NL.IMRO.1', 'object_type': 'enkelbestemming', 'max_category': '2'}]
    """
    p = Path(path).expanduser()
    if not p.exists():
        raise InputError(f"argument 'path': file '{p}' does not exist; check the path.")
    if p.is_dir():
        raise InputError(f"argument 'path': '{p}' is a folder; name the plan's .gml file.")
    issues = Issues("read_imro")
    report(progress, 0.0, "reading IMRO layers")
    layers: dict[str, gpd.GeoDataFrame] = {}
    for i, name in enumerate([*IMRO_LAYERS, "Bestemmingsplangebied"]):
        frame = _read_layer(p, name)
        if frame is not None:
            layers[name] = frame
        report(progress, 0.1 + 0.6 * (i + 1) / 5, f"read {name}")
    present = [n for n in IMRO_LAYERS if n in layers]
    if not present:
        raise InputError(
            f"argument 'path': '{p}' is not an IMRO bestemmingsplan: it holds none of the "
            f"object types {', '.join(IMRO_LAYERS)}{_first_layer_hint(p)}. Download the "
            "plan's GML (NL.IMRO.*.gml) from ruimtelijkeplannen.nl."
        )
    missing = [n for n in IMRO_LAYERS if n not in layers]
    if missing:
        effects = {"Enkelbestemming": "no bestemmingsvlakken",
                   "Functieaanduiding": "no category aanduidingen",
                   "Bouwvlak": "no bouwvlakken",
                   "Maatvoering": "no heights or bebouwingspercentage"}
        issues.add("path", "the plan has no " + ", ".join(
            f"{n} objects ({effects[n]})" for n in missing))

    plan = layers.get("Bestemmingsplangebied")
    plan_id = None
    if plan is not None and len(plan) and "gml_id" in plan.columns:
        plan_id = str(plan["gml_id"].iloc[0])

    parts = []
    for name in present:
        parts.append(_normalise(layers[name], IMRO_LAYERS[name], p, issues))
    zones = pd.concat(parts, ignore_index=True)
    zones = gpd.GeoDataFrame(zones, geometry="geometry", crs=parts[0].crs)
    zones["plan_id"] = plan_id

    _parse_categories(zones, issues)
    _parse_measures(zones, layers.get("Maatvoering"), issues)
    report(progress, 0.8, "transferring limits onto zones")
    _transfer(zones)
    out = gpd.GeoDataFrame(zones[_OUTPUT_COLUMNS], geometry=zones.geometry, crs=zones.crs)
    out = out.rename_geometry("geometry") if out.geometry.name != "geometry" else out
    issues.emit()
    report(progress, 1.0, f"{len(out)} IMRO objects read")
    return out


def _read_layer(path: Path, layer: str) -> gpd.GeoDataFrame | None:
    import pyogrio

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            info = pyogrio.read_info(path, layer=layer, WRITE_GFS="NO")
    except pyogrio.errors.DataLayerError:
        return None
    except Exception as exc:  # DataSourceError and friends: not a readable file
        raise InputError(f"argument 'path': '{path}' cannot be read as GML ({exc}); give the "
                         "plan's IMRO GML file.") from exc
    if info.get("geometry_type") in (None, "Unknown") and not info.get("features"):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            frame = pyogrio.read_dataframe(path, layer=layer, WRITE_GFS="NO")
    except Exception as exc:
        raise InputError(f"argument 'path': reading layer '{layer}' of '{path}' failed: "
                         f"{exc}") from exc
    if not isinstance(frame, gpd.GeoDataFrame):
        return None
    return frame


def _first_layer_hint(path: Path) -> str:
    import pyogrio

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            name = pyogrio.read_info(path, WRITE_GFS="NO")["layer_name"]
    except Exception:
        return ""
    return f" (its first layer is '{name}')"


def _normalise(frame: gpd.GeoDataFrame, object_type: str, path: Path,
               issues: Issues) -> gpd.GeoDataFrame:
    """Bring one IMRO layer to the common columns in EPSG:28992."""
    if frame.crs is None:
        frame = frame.set_crs("EPSG:28992")
        issues.add("path", f"{object_type}: no CRS in the file; EPSG:28992 assumed (IMRO "
                   "plans are always in RD New)")
    elif frame.crs.to_epsg() != 28992:
        issues.add("path", f"{object_type}: reprojected from {frame.crs.to_string()} to "
                   "EPSG:28992")
        frame = frame.to_crs("EPSG:28992")
    n = len(frame)
    if "gml_id" in frame.columns:
        ids = frame["gml_id"].astype("string")
    elif {"namespace", "lokaalID"} <= set(frame.columns):
        ids = frame["namespace"].astype("string") + "." + frame["lokaalID"].astype("string")
    else:
        ids = pd.Series([f"{object_type}.{i}" for i in range(n)], dtype="string")
        issues.add("path", f"{object_type}: no identificatie in the file; row numbers used")
    naam = frame["naam"].astype("string") if "naam" in frame.columns else \
        pd.Series([pd.NA] * n, dtype="string")
    group = frame["bestemmingshoofdgroep"].astype("string") \
        if "bestemmingshoofdgroep" in frame.columns else pd.Series([pd.NA] * n, dtype="string")
    geoms = np.asarray(frame.geometry.array, dtype=object)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if missing.any():
        issues.add("path", f"{object_type}: {int(missing.sum())} objects without geometry "
                   "kept with empty geometry", ids[missing].tolist())
    geoms = np.where(missing, None, shapely.force_2d(np.where(missing, None, geoms)))
    bad = ~missing & ~shapely.is_valid(geoms)
    if bad.any():
        geoms[bad] = shapely.make_valid(geoms[bad])
        issues.add("path", f"{object_type}: {int(bad.sum())} invalid polygons repaired with "
                   "make_valid", ids[bad].tolist())
    out = pd.DataFrame({
        "identificatie": ids.to_numpy(dtype=object, na_value=None),
        "naam": naam.to_numpy(dtype=object, na_value=None),
        "object_type": object_type,
        "bestemmingshoofdgroep": group.to_numpy(dtype=object, na_value=None)
        if object_type == "enkelbestemming" else None,
    })
    out["_waarde"] = frame["waarde"].to_numpy(dtype=object) if "waarde" in frame.columns \
        else None
    out["_waardetype"] = frame["waardeType"].to_numpy(dtype=object) \
        if "waardeType" in frame.columns else None
    return gpd.GeoDataFrame(out, geometry=gpd.GeoSeries(geoms, crs=frame.crs).values,
                            crs=frame.crs)


def category_in_name(name) -> str | None:
    """Return the category token a plan name states, or None.

    Examples
    --------
    >>> category_in_name("bedrijf tot en met categorie 3.1")
    '3.1'
    >>> category_in_name("Bedrijf - categorie 2"), category_in_name("milieucategorie 4,2")
    ('2', '4,2')
    >>> category_in_name("horeca tot en met categorie 2") is None
    True
    >>> category_in_name("onderwijs") is None
    True
    """
    if name is None or (isinstance(name, float) and np.isnan(name)) or name is pd.NA:
        return None
    text = str(name).strip().lower()
    m = _CATEGORY_RE.search(text)
    if m is None:
        return None
    rest = _CATEGORY_RE.sub("", text).strip(" -:()")
    if "horeca" in text or "detailhandel" in text:
        return None
    if "bedrij" in text or "milieu" in text or rest == "":
        return m.group(1)
    return None


def _parse_categories(zones: gpd.GeoDataFrame, issues: Issues) -> None:
    from ..milieu.categories import parse_category

    labels: list = [None] * len(zones)
    unparsed: list = []
    for i, name in enumerate(zones["naam"].to_numpy()):  # one per plan object: small
        token = category_in_name(name)
        if token is None:
            if name is not None and _CATEGORY_WORD_RE.search(str(name)) and \
                    ("bedrij" in str(name).lower() or "milieu" in str(name).lower()):
                unparsed.append(zones["identificatie"].iat[i])
            continue
        # the whole name first (it understands ranges such as "categorie 1 t/m 3.2"),
        # then the number after "categorie" alone
        for text in (str(name), token):
            try:
                labels[i] = parse_category(text, row=zones["identificatie"].iat[i],
                                           argument="path").label
                break
            except CategoryError:
                continue
        else:
            unparsed.append(zones["identificatie"].iat[i])
    if unparsed:
        issues.add("path", f"{len(unparsed)} names mention a category that is not a VNG "
                   "milieucategorie number (e.g. functiemenging A/B/C); max_category left "
                   "empty", unparsed)
    zones["max_category"] = pd.Series(labels, index=zones.index, dtype=object)


def _number(value) -> float:
    try:
        return float(str(value).strip().replace(",", "."))
    except (TypeError, ValueError):
        return np.nan


def _as_list(value) -> list:
    if value is None or value is pd.NA:
        return []
    if isinstance(value, float) and np.isnan(value):
        return []
    if isinstance(value, (list, tuple, np.ndarray)):
        return list(value)
    return [value]


def _parse_measures(zones: gpd.GeoDataFrame, maatvoering, issues: Issues) -> None:
    for col in _MEASURES:
        zones[col] = np.nan
    rows = np.flatnonzero((zones["object_type"] == "maatvoering").to_numpy())
    unreadable = []
    for i in rows:  # Maatvoering objects of one plan: a few hundred at most
        values = _as_list(zones["_waarde"].iat[i])
        types = _as_list(zones["_waardetype"].iat[i])
        if len(values) != len(types):
            unreadable.append(zones["identificatie"].iat[i])
            continue
        for value, kind in zip(values, types, strict=True):
            for col, pattern in _MEASURES.items():
                if kind is not None and pattern.search(str(kind)):
                    number = _number(value)
                    if np.isnan(number):
                        unreadable.append(zones["identificatie"].iat[i])
                        continue
                    zones.iat[i, zones.columns.get_loc(col)] = (
                        number / 100.0 if col == "max_coverage_share" else number)
    if unreadable:
        issues.add("path", f"{len(unreadable)} Maatvoering objects with unreadable waarde/"
                   "waardeType were left empty", unreadable)
    for col in ("_waarde", "_waardetype"):
        del zones[col]


def _transfer(zones: gpd.GeoDataFrame) -> None:
    """Copy Maatvoering values and aanduiding categories onto the zones they cover."""
    from ..milieu.categories import parse_category

    types = zones["object_type"].to_numpy()
    geoms = np.asarray(zones.geometry.array, dtype=object)
    targets = np.flatnonzero(np.isin(types, ("enkelbestemming", "bouwvlak")) &
                             ~shapely.is_missing(geoms))
    if len(targets) == 0:
        return
    target_area = shapely.area(geoms[targets])
    tree = shapely.STRtree(geoms[targets])

    def covering(source_mask: np.ndarray):
        src = np.flatnonzero(source_mask & ~shapely.is_missing(geoms))
        if len(src) == 0:
            return np.zeros(0, int), np.zeros(0, int)
        s, t = tree.query(geoms[src], predicate="intersects")
        with np.errstate(invalid="ignore", divide="ignore"):
            share = shapely.area(shapely.intersection(geoms[src][s], geoms[targets][t])) \
                / target_area[t]
        keep = share >= COVER_SHARE
        return src[s[keep]], targets[t[keep]]

    src, tgt = covering(types == "maatvoering")
    for col in _MEASURES:
        values = zones[col].to_numpy(dtype=float, copy=True)
        v = values[src]
        ok = ~np.isnan(v)
        if ok.any():
            best = pd.Series(v[ok]).groupby(tgt[ok]).min()
            values[best.index.to_numpy()] = best.to_numpy()
            zones[col] = values

    cats = zones["max_category"].to_numpy(dtype=object, copy=True)
    has_cat = (types == "functieaanduiding") & pd.notna(cats)
    src, tgt = covering(has_cat)
    need = pd.isna(cats[tgt])
    if need.any():
        ranks = np.array([parse_category(c).rank for c in cats[src[need]]])
        best = pd.Series(ranks).groupby(tgt[need]).min()
        from ..milieu.categories import Category

        for row, rank in best.items():  # one per receiving zone
            cats[row] = Category.from_rank(int(rank)).label
        zones["max_category"] = pd.Series(cats, index=zones.index, dtype=object)
