"""Reading IMRO2006, IMRO2008 and IMRO2012 bestemmingsplannen (GML) into zones with limits.

Old bestemmingsplannen remain the temporary part of the omgevingsplan, so their
limits still govern most business land. In IMRO the maximum milieucategorie lives
in the name of a Functieaanduiding ("bedrijf tot en met categorie 3.1") or of an
Enkelbestemming ("Bedrijf - categorie 2"); heights and the bebouwingspercentage
live in Maatvoering objects (DOMAIN.md section 6).

Length: about 600 lines: the three IMRO versions differ in where the same values sit, and
keeping their readers side by side shows the differences in one place (docs/plan_rules.md).
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

from .._columns import keeps_input_columns
from .._validate import Issues, parse_numbers, row_ids
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
#: Maatvoering spellings, tried in order on the waardeType (the part after the last ";" of an
#: IMRO2006 path such as "maatvoering; hoogte; maximum hoogte (m)"; for IMRO2008 "other:
#: vrije tekst" on the object's naam). Column, pattern, divisor (percent -> share). A text
#: starting with "minimum"/"minimale"/"minimaal" is a lower limit; any other an upper limit.
_MEASURES: tuple[tuple[str, re.Pattern, float], ...] = (
    ("goothoogte_m", re.compile(r"goothoogte"), 1.0),
    ("bouwhoogte_m", re.compile(r"^(?:(?:max|min)\w*\.?\s+)?(?:bouw)?hoogte(?:\s*\(m\))?$"), 1.0),
    ("coverage_share", re.compile(r"bebouwingspercentage"), 100.0),
    ("storeys", re.compile(r"aantal\s+bouwlagen|^(?:max|min)\w*\.?\s+bouwlagen"), 1.0),
    ("floor_area_m2", re.compile(r"vloeroppervlak"), 1.0),
    ("built_area_m2", re.compile(r"bebouwd(?:e)?\s+oppervlak|^(?:(?:max|min)\w*\.?\s+)?"
                                 r"oppervlakte?\s*\(m2\)$|oppervlakte\s+(?:aan\s+)?bebouwing"),
     1.0),
    ("fsi", re.compile(r"vloerindex|floor\s*space\s*index|\bfsi\b"), 1.0),
    ("volume_m3", re.compile(r"inhoud|volume"), 1.0),
    ("dwellings", re.compile(r"wooneenheden|aantal\s+woningen"), 1.0),
)
_MINIMUM_RE = re.compile(r"^min(?:imum|imale|imaal|\.)?\b")
#: Measure columns written, in order (upper limits; the lower limits read are kept too).
MEASURE_COLUMNS: tuple[str, ...] = (
    "max_goothoogte_m", "max_bouwhoogte_m", "min_bouwhoogte_m", "max_coverage_share",
    "min_coverage_share", "max_storeys", "max_floor_area_m2", "max_built_area_m2", "max_fsi",
    "max_volume_m3", "max_dwellings")
_OUTPUT_COLUMNS = ["identificatie", "naam", "object_type", "bestemmingshoofdgroep",
                   "max_category", *MEASURE_COLUMNS, "plan_id"]


@keeps_input_columns()
def read_imro(path: str | os.PathLike, *, cover_share: float = COVER_SHARE,
              progress: ProgressCallback | None = None) -> gpd.GeoDataFrame:
    """Read an IMRO2006, IMRO2008 or IMRO2012 bestemmingsplan GML into zones with limits.

    Parameters
    ----------
    path : path-like
        The plan's GML file (``NL.IMRO.<code>.<plan>.gml``) as downloaded from
        ruimtelijkeplannen.nl. A GDAL ``.gfs`` file next to it is neither needed
        nor written.
    cover_share : float
        Share of a zone's area (0-1] a Maatvoering or category aanduiding must cover
        to transfer its values to that zone (default 0.5).
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
        - ``max_goothoogte_m``, ``max_bouwhoogte_m``, ``min_bouwhoogte_m``: metres,
          NaN where the plan sets none;
        - ``max_coverage_share``, ``min_coverage_share``: bebouwingspercentage / 100
          (a fraction);
        - ``max_storeys``: maximum aantal bouwlagen;
        - ``max_floor_area_m2``: maximum vloeroppervlak (m2);
        - ``max_built_area_m2``: maximum bebouwd oppervlak / oppervlakte (m2);
        - ``max_fsi``: maximum vloerindex (floor space index);
        - ``max_volume_m3``: maximum inhoud (m3);
        - ``max_dwellings``: maximum aantal wooneenheden;
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
    are ignored; of a combined name ("bedrijf tot en met categorie 3.1 en horeca tot
    en met categorie 1") the bedrijf part is read; functiemenging categories (A, B1, B2, C)
    carry no number and
    are counted in the warning.

    *Transfer onto zones.* Functieaanduidingen and Maatvoering objects are
    separate polygons drawn over bestemmingsvlakken and bouwvlakken. A zone
    (enkelbestemming or bouwvlak) receives the values of every Maatvoering that
    covers at least ``cover_share`` (default 50 %) of its area, and an enkelbestemming
    or bouwvlak without a category in its own name receives the category of the
    category aanduidingen covering at least that share of it. Where several apply,
    the most restrictive value wins (the smallest upper limit, the largest lower
    limit). Maatvoering rows keep their own values,
    functieaanduiding rows their own category. Rows therefore overlap (a bouwvlak
    lies inside its bestemmingsvlak): select one ``object_type`` before summing
    areas.

    *Maatvoering spellings.* The three IMRO versions write the limits differently
    (docs/plan_rules.md lists the texts checked in real plans):

    - IMRO2006: a path, "maatvoering; hoogte; maximum hoogte (m)" (the bouwhoogte),
      "maatvoering; hoogte; bouwhoogte; maximum bouwhoogte (m)", "maatvoering;
      hoogte; goothoogte; maximum goothoogte (m)": the part after the last ";" is read;
    - IMRO2008: "maximum bouwhoogte (m)", "maximaal aantal wooneenheden", and
      "other: vrije tekst" with the type in the object's naam ("maximum oppervlakte
      (m2)");
    - IMRO2012: "maximum bouwhoogte (m)", "maximum goothoogte (m)", "maximum
      bebouwingspercentage (%)", "maximum aantal bouwlagen", ...

    Read are: maximum/minimum bouwhoogte and (bouw)hoogte, goothoogte,
    (maximum/minimum) bebouwingspercentage, (maximum) aantal bouwlagen, vloeroppervlak
    (m2), bebouwd oppervlak / oppervlakte (m2), vloerindex / floor space index, inhoud
    (m3) and aantal wooneenheden. A text starting with "minimum" is a lower limit.
    Other types (e.g. "maximum bouwhoogte bijgebouwen (m)", "minimum aantal
    bouwlagen") are listed in one warning with their counts, never dropped silently.

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
    if not (isinstance(cover_share, (int, float)) and 0 < cover_share <= 1):
        raise InputError(f"argument 'cover_share' must be a share in (0, 1], got {cover_share!r}; "
                         "e.g. 0.5 for half of the zone.")
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
    _transfer(zones, cover_share)
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
    # IMRO2006 objects carry a label point beside their vlak; GDAL keeps the last geometry
    # it meets, which may be the point: take the vlak from the imro:geometrie element
    types = shapely.get_type_id(geoms)
    point_like = ~shapely.is_missing(geoms) & ~np.isin(types, (3, 6, 7))
    if point_like.any():
        fixed = _xml_vlakken(path, set(ids[point_like].dropna().tolist()))
        for i in np.flatnonzero(point_like):  # a plan's label-point objects: a few dozen
            geom = fixed.get(str(ids.iat[i]))
            if geom is not None:
                geoms[i] = geom
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
    if object_type == "maatvoering":
        # GDAL flattens the (waarde, waardeType) pairs into two arrays and drops empty
        # waarden, which misaligns them (IMRO2006 "-" labels): read the pairs from the XML
        pairs = _maatvoering_pairs(path)
        out["_pairs"] = [pairs.get(str(i), []) for i in out["identificatie"]]
    else:
        out["_pairs"] = None
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
    business = "bedrij" in text or "milieu" in text
    if ("horeca" in text or "detailhandel" in text) and not business:
        return None
    if business or rest == "":
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


def measure_of(kind, naam=None) -> str | None:
    """The output column a maatvoering waardeType fills, or None for an unknown type.

    Parameters
    ----------
    kind : str
        The waardeType as written in the plan (IMRO2006, 2008 or 2012).
    naam : str, optional
        The Maatvoering's naam, read instead when ``kind`` is "other: vrije tekst".

    Examples
    --------
    >>> measure_of("maatvoering; hoogte; maximum hoogte (m)")
    'max_bouwhoogte_m'
    >>> measure_of("maximum bebouwingspercentage (%)"), measure_of("minimum bouwhoogte (m)")
    ('max_coverage_share', 'min_bouwhoogte_m')
    >>> measure_of("other: vrije tekst", "maximum oppervlakte (m2)")
    'max_built_area_m2'
    >>> measure_of("maximum bouwhoogte bijgebouwen (m)") is None
    True
    """
    if kind is None or kind is pd.NA or (isinstance(kind, float) and np.isnan(kind)):
        return None
    text = " ".join(str(kind).strip().lower().split())
    if text.startswith("other") and naam is not None and naam is not pd.NA:
        text = " ".join(str(naam).strip().lower().split())
    text = text.rsplit(";", 1)[-1].strip()
    if "bijgebouw" in text or "overkapping" in text or "erfafscheiding" in text:
        return None
    for name, pattern, _ in _MEASURES:
        if pattern.search(text):
            col = ("min_" if _MINIMUM_RE.search(text) else "max_") + name
            return col if col in MEASURE_COLUMNS else None
    return None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _coords(elem) -> list[tuple[float, float]]:
    """2-D coordinates of the posList/pos/coordinates under a ring or curve element."""
    out: list[tuple[float, float]] = []
    for el in elem.iter():
        name = _local(el.tag)
        if name in ("posList", "pos") and el.text:
            dim = int(el.get("srsDimension", "2") or 2)
            nums = [float(v) for v in el.text.split()]
            out += [(nums[i], nums[i + 1]) for i in range(0, len(nums) - dim + 1, dim)]
        elif name == "coordinates" and el.text:
            for pair in el.text.split():
                x, y = pair.split(",")[:2]
                out.append((float(x), float(y)))
    # consecutive segments repeat their shared point
    return [c for i, c in enumerate(out) if i == 0 or c != out[i - 1]]


def _gml_polygons(geometrie):
    """Polygon or MultiPolygon from a GML geometry element (Surface, Polygon, MultiSurface)."""
    polys = []
    for patch in geometrie.iter():
        if _local(patch.tag) not in ("PolygonPatch", "Polygon"):
            continue
        shell, holes = None, []
        for part in patch:
            name = _local(part.tag)
            if name in ("exterior", "outerBoundaryIs"):
                shell = _coords(part)
            elif name in ("interior", "innerBoundaryIs"):
                holes.append(_coords(part))
        if shell and len(shell) >= 3:
            polys.append(shapely.Polygon(shell, [h for h in holes if len(h) >= 3]))
    if not polys:
        return None
    return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)


def _xml_vlakken(path: Path, ids: set[str]) -> dict:
    """The polygon in imro:geometrie of the objects with these gml:ids."""
    import xml.etree.ElementTree as ET

    out: dict = {}
    if not ids:
        return out
    for _, elem in ET.iterparse(path, events=("end",)):
        gid = next((v for k, v in elem.attrib.items() if _local(k) == "id"), None)
        if gid in ids:
            geometrie = next((c for c in elem if _local(c.tag) == "geometrie"), None)
            if geometrie is not None:
                out[gid] = _gml_polygons(geometrie)
            elem.clear()
    return out


def _maatvoering_pairs(path: Path) -> dict[str, list[tuple[str | None, str]]]:
    """(waarde, waardeType) pairs per Maatvoering gml:id, in file order, for every IMRO version.

    IMRO2006 nests them in ``omvangWaarde/OmvangWaardeBP``, IMRO2008 and 2012 in
    ``maatvoeringInfo/WaardeEnType``; both are an element holding a ``waarde`` and a
    ``waardeType`` child. An empty ``waarde`` is kept as None.
    """
    import xml.etree.ElementTree as ET

    out: dict[str, list[tuple[str | None, str]]] = {}
    try:
        for _, elem in ET.iterparse(path, events=("end",)):
            if _local(elem.tag) != "Maatvoering":
                continue
            gid = next((v for k, v in elem.attrib.items() if _local(k) == "id"), None)
            pairs = []
            for holder in elem.iter():
                kids = {_local(c.tag): c for c in holder}
                if "waardeType" in kids:
                    value = kids.get("waarde")
                    text = value.text.strip() if value is not None and value.text else None
                    pairs.append((text or None, (kids["waardeType"].text or "").strip()))
            if gid is not None:
                out[gid] = pairs
            elem.clear()
    except ET.ParseError as exc:
        raise InputError(f"argument 'path': '{path}' is not well-formed XML ({exc}); give the "
                         "plan's IMRO GML file.") from exc
    return out


def _parse_measures(zones: gpd.GeoDataFrame, maatvoering, issues: Issues) -> None:
    """Fill the measure columns from the Maatvoering values (waarde, waardeType pairs).

    An empty waarde ("-" on the map) is left empty with a warning; a waarde that is not a
    number, or a negative one, raises :class:`InputError`: the limit changes the allowed
    floor area, so it cannot be read as "no limit".
    """
    for col in MEASURE_COLUMNS:
        zones[col] = np.nan
    scale = {f"{d}_{name}": divisor for name, _, divisor in _MEASURES for d in ("max", "min")}
    unknown: dict[str, int] = {}
    found: list[tuple[int, str, object, str]] = []  # (row, column, waarde, waardeType)
    for i in np.flatnonzero((zones["object_type"] == "maatvoering").to_numpy()):
        naam = zones["naam"].iat[i]
        for value, kind in zones["_pairs"].iat[i]:
            col = measure_of(kind, naam)
            if col is None:
                label = str(kind) if not str(kind).lower().startswith("other") else \
                    f"{kind} ({naam})"
                unknown[label] = unknown.get(label, 0) + 1
            else:
                found.append((i, col, value, kind))
    raw = pd.Series([v for _, _, v, _ in found], dtype=object)
    numbers, bad = parse_numbers(raw)
    with np.errstate(invalid="ignore"):
        bad = bad | (numbers < 0) | np.isinf(numbers)
    ident = zones["identificatie"].to_numpy()
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        rows = [ident[found[j][0]] for j in np.flatnonzero(bad)]
        raise InputError(
            f"argument 'path': {int(bad.sum())} Maatvoering values are not numbers of 0 or "
            f"more (Maatvoering {row_ids(rows)}; e.g. {ident[found[k][0]]} has waarde "
            f"{found[k][2]!r} for waardeType '{found[k][3]}'). The limit changes the allowed "
            "floor area, so it cannot be left out: correct the waarde in the plan's GML to "
            "a number (e.g. 12 or 12,5), or remove the waardeType when the plan sets no limit."
        )
    empty = np.isnan(numbers)
    for (i, col, _value, _kind), number in zip(found, numbers, strict=True):
        if np.isnan(number):
            continue
        j = zones.columns.get_loc(col)
        old = zones.iat[i, j]
        new = number / scale[col]
        # two values of one type on one object: the most restrictive
        zones.iat[i, j] = new if np.isnan(old) else (
            max(old, new) if col.startswith("min_") else min(old, new))
    if empty.any():
        rows = list(dict.fromkeys(ident[found[j][0]] for j in np.flatnonzero(empty)))
        issues.add("path", f"{len(rows)} Maatvoering objects have a waardeType without a "
                   "waarde (shown as '-' on the map); that limit is left empty and the "
                   "zones it covers get no limit of this type from it", rows)
    if unknown:
        listed = "; ".join(f"{k!r}: {v}" for k, v in sorted(unknown.items(),
                                                             key=lambda kv: (-kv[1], kv[0])))
        issues.add("path", f"{sum(unknown.values())} maatvoering values of a type rve_geo does "
                   f"not use were not read (type: count): {listed}")
    del zones["_pairs"]


def _transfer(zones: gpd.GeoDataFrame, cover_share: float = COVER_SHARE) -> None:
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
        keep = share >= cover_share
        return src[s[keep]], targets[t[keep]]

    src, tgt = covering(types == "maatvoering")
    for col in MEASURE_COLUMNS:
        values = zones[col].to_numpy(dtype=float, copy=True)
        v = values[src]
        ok = ~np.isnan(v)
        if ok.any():
            grouped = pd.Series(v[ok]).groupby(tgt[ok])
            best = grouped.max() if col.startswith("min_") else grouped.min()
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
