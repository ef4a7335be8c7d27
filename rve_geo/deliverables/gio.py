"""STOP GIO (Geografisch Informatieobject) GML: write, read and check location sets.

A GIO is how an omgevingsplan receives geometry: a ``geo:GeoInformatieObjectVaststelling``
(STOP 1.3, imop-geo) holding one ``geo:GeoInformatieObjectVersie`` with its locations
(``geo:Locatie``), each with a ``basisgeo:Geometrie`` (a UUID and a GML 3.2 geometry) and
optionally a group (``geo:groepID``, a "GIO-deel") or a norm value: a *kwalitatieve*
normwaarde (text, e.g. the maximum milieucategorie ``"3.1"``) or a *kwantitatieve*
normwaarde (a number with a unit, e.g. a contour distance in metres).

The writer mirrors the published Geonovum example GIOs (namespaces, element order,
``gml:MultiSurface`` of ``gml:Polygon`` with ``gml:posList`` in millimetre precision).
:func:`validate_gio` checks a file against the STOP rules listed in its docstring and,
with ``xsd=PATH`` (needs lxml), against the imop-geo XSD of the official STOP
distribution that you point it to.

Examples
--------
>>> import tempfile, pathlib, geopandas as gpd
>>> from shapely.geometry import box
>>> zones = gpd.GeoDataFrame({"max_cat": ["3.1", "4.2"]},
...                          geometry=[box(155000, 463000, 155010, 463010),
...                                    box(155010, 463000, 155020, 463010)],
...                          crs="EPSG:28992")
>>> out = pathlib.Path(tempfile.mkdtemp()) / "milieuzones.gml"
>>> TYPENORM = "http://standaarden.omgevingswet.overheid.nl/typenorm/id/concept/<from the waardelijst>"
>>> _ = write_gio(zones, out, norm_col="max_cat", norm_kind="kwalitatief",
...               norm_label="maximale milieucategorie",
...               norm_id=TYPENORM,
...               frbr_work="/join/id/regdata/gm0297/2026/milieuzones",
...               frbr_expression="/join/id/regdata/gm0297/2026/milieuzones/nld@2026-01-15;1")
>>> validate_gio(out)
[]
>>> back = read_gio(out)
>>> back["kwalitatieve_normwaarde"].tolist(), back.area.tolist()
(['3.1', '4.2'], [100.0, 100.0])
"""

from __future__ import annotations

import datetime
import functools
import os
import re
import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape, quoteattr

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry.polygon import orient

from .._validate import (
    Issues,
    check_choice,
    check_frame,
    numeric_column,
    prepare_polygons,
    require_columns,
    row_ids,
    warn_outside_netherlands,
)
from ..errors import CRSError, GeometryError, InputError
from ..io import atomic_path, check_output_path
from ..progress import ProgressCallback, report

__all__ = ["GIO_NAMESPACES", "read_gio", "validate_gio", "write_gio"]

#: Namespaces of a STOP 1.3 GIO, as declared in the Geonovum examples.
GIO_NAMESPACES: dict[str, str] = {
    "basisgeo": "http://www.geostandaarden.nl/basisgeometrie/1.0",
    "data": "https://standaarden.overheid.nl/stop/imop/data/",
    "geo": "https://standaarden.overheid.nl/stop/imop/geo/",
    "gio": "https://standaarden.overheid.nl/stop/imop/gio/",
    "gml": "http://www.opengis.net/gml/3.2",
    "rsc": "https://standaarden.overheid.nl/stop/imop/resources/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
SCHEMA_VERSION = "1.3.0"
SCHEMA_LOCATION = (
    "https://standaarden.overheid.nl/stop/imop/geo/ "
    "https://standaarden.overheid.nl/stop/1.3.0/imop-geo.xsd"
)
SRS_NAME = "urn:ogc:def:crs:EPSG::28992"
#: Namespace of the deterministic location UUIDs (uuid5).
UUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://standaarden.overheid.nl/stop/imop/geo/")
#: Known units: label and STOP waardelijst "eenheid" URI, as used in published GIOs
#: (Meter: Geonovum's Bouwhoogte example; VierkanteMeter: provincial GIOs of STOP 1.3.0).
UNITS: dict[str, tuple[str, str]] = {
    "m": ("meter", "http://standaarden.omgevingswet.overheid.nl/eenheid/id/concept/Meter"),
    "m2": ("vierkante meter",
           "http://standaarden.omgevingswet.overheid.nl/eenheid/id/concept/VierkanteMeter"),
}
#: Coordinates are written with this many decimals (millimetres in RD New).
DECIMALS = 3

_G = "{" + GIO_NAMESPACES["geo"] + "}"
_B = "{" + GIO_NAMESPACES["basisgeo"] + "}"
_GML = "{" + GIO_NAMESPACES["gml"] + "}"
_GIO = "{" + GIO_NAMESPACES["gio"] + "}"
_UUID_RE = re.compile(r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-"
                      r"[0-9A-Fa-f]{12}$")
_DATE_RE = re.compile(r"@(\d{4}-\d{2}-\d{2})")
_XML_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0
_GROUP_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")  # geo:dtGroepID in imop-geo.xsd
# Element order inside geo:GeoInformatieObjectVersie and geo:Locatie (imop-geo 1.3.0 XSD).
_VERSIE_ORDER = ["FRBRWork", "FRBRExpression", "eenheidlabel", "eenheidID", "normlabel",
                 "normID", "groepen", "locaties"]
_LOCATIE_ORDER = ["naam", "geometrie", "groepID", "kwantitatieveNormwaarde",
                  "kwalitatieveNormwaarde"]
_ROOT_ORDER = ["context", "vastgesteldeVersie", "wasID"]
_OPTIONAL_GML = {"metaDataProperty", "description", "descriptionReference", "identifier",
                 "name", "boundedBy", "location", "priorityLocation"}


def write_gio(
    locations: gpd.GeoDataFrame,
    path: str | os.PathLike,
    *,
    frbr_work: str,
    frbr_expression: str,
    name_col: str | None = None,
    group_col: str | None = None,
    group_labels: Mapping | None = None,
    norm_col: str | None = None,
    norm_kind: Literal["none", "kwalitatief", "kwantitatief"] = "none",
    norm_label: str | None = None,
    norm_id: str | None = None,
    unit: str | None = None,
    unit_id: str | None = None,
    background: str = "top10nl",
    background_date: str | None = None,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
) -> Path:
    """Write locations (polygons, lines or points) as a STOP 1.3 GIO GML file (imop-geo).

    Parameters
    ----------
    locations : GeoDataFrame
        Geometry in EPSG:28992, one location per row (e.g. milieuzones, contours as
        polygons; lines and points are written too).
    path : path-like
        Output ``.gml`` file; written atomically.
    frbr_work, frbr_expression : str
        The GIO's work and expression identifiers, e.g.
        ``/join/id/regdata/gm0297/2026/milieuzones`` and
        ``/join/id/regdata/gm0297/2026/milieuzones/nld@2026-01-15;1``.
    name_col : str, optional
        Column with a name per location (``geo:naam``); empty values are left out.
    group_col : str, optional
        Column with a group id per location (``geo:groepID``, a GIO-deel).
    group_labels : mapping, optional
        Group id -> label (``geo:label``); default: the group id itself.
    norm_col : str, optional
        Column with the norm value per location; needs ``norm_kind``.
    norm_kind : {"none", "kwalitatief", "kwantitatief"}
        ``"kwalitatief"``: text values (e.g. a maximum category ``"3.1"``);
        ``"kwantitatief"``: numbers with a unit (e.g. a distance in m).
    norm_label, norm_id : str, optional
        The norm (``geo:normlabel``, ``geo:normID``: URI from the STOP waardelijst
        typenorm); required with norm values.
    unit, unit_id : str, optional
        Unit of a kwantitatieve normwaarde (``geo:eenheidlabel``, ``geo:eenheidID``).
        ``unit="m"`` / ``"m2"`` fill in the label and the STOP URI of Meter /
        VierkanteMeter (:data:`UNITS`).
    background, background_date : str
        Geographic context (``gio:achtergrondVerwijzing`` / ``achtergrondActualiteit``,
        a date ``YYYY-MM-DD``). The date defaults to the date in ``frbr_expression``.
    overwrite : bool
        Replace an existing file.
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    pathlib.Path
        The written file.

    Raises
    ------
    CRSError
        ``locations`` is not in EPSG:28992 (reproject first: ``locations.to_crs(28992)``).
    GeometryError
        Rows without geometry, LinearRings, or geometry that vanishes at mm precision.
    InputError
        Norm or group values missing on some rows (all or none), both groups and norms,
        a norm without label/id, a kwantitatieve norm without unit.
    OutputError
        The file exists (without ``overwrite``) or the folder is not writable.

    Notes
    -----
    Rules (DOMAIN.md section 6 and the STOP imop-geo schematron): EPSG:28992 only and one
    srsName value for every geometry (STOP3020/3021); a unique ``basisgeo:id`` per
    location (STOP3013); groups or normwaarden on every location or on none
    (STOP3000/3006/3007), never both on one location (STOP3012); a norm needs
    ``normlabel``/``normID`` (STOP3011), a kwantitatieve norm also ``eenheidlabel``/
    ``eenheidID`` (STOP3009), a kwalitatieve norm none (STOP3015); no optional GML
    elements (STOP3090).

    UUIDs are deterministic: ``uuid5(ns, frbr_work | position | row id | WKB)`` of the
    geometry at mm precision, so the same input gives a byte-identical file. Geometry is
    snapped to a 0.001 m grid (``shapely.set_precision``), which keeps polygons valid;
    ``posList``/``pos`` hold at most 3 decimals, as in the Geonovum examples, and rings
    are oriented like those examples: exterior clockwise, interiors counter-clockwise.
    Every polygon location is a ``gml:MultiSurface`` (lines: ``gml:MultiCurve`` of
    ``gml:LineString``; points: ``gml:MultiPoint``) with ``gml:id`` ``id-<UUID>-0``
    (the ``basisgeo:Geometrie`` gets ``id-<UUID>``) and the srsName on it, like the
    examples.

    Examples
    --------
    >>> import tempfile, pathlib, geopandas as gpd
    >>> from shapely.geometry import box
    >>> contours = gpd.GeoDataFrame({"afstand_m": [30.0, 100.0]},
    ...     geometry=[box(155000, 463000, 155060, 463060), box(155100, 463000, 155300, 463200)],
    ...     crs="EPSG:28992")
    >>> out = write_gio(contours, pathlib.Path(tempfile.mkdtemp()) / "contouren.gml",
    ...     norm_col="afstand_m", norm_kind="kwantitatief", norm_label="richtafstand",
    ...     norm_id="http://standaarden.omgevingswet.overheid.nl/typenorm/id/concept/<...>",
    ...     unit="m", frbr_work="/join/id/regdata/gm0297/2026/contouren",
    ...     frbr_expression="/join/id/regdata/gm0297/2026/contouren/nld@2026-01-15;1")
    >>> read_gio(out)["kwantitatieve_normwaarde"].tolist()
    [30.0, 100.0]
    >>> out.read_text().count('srsName="urn:ogc:def:crs:EPSG::28992"')
    2
    """
    check_frame(locations, "locations")
    check_choice(norm_kind, "norm_kind", ["none", "kwalitatief", "kwantitatief"])
    _check_crs_28992(locations)
    for arg, value in (("frbr_work", frbr_work), ("frbr_expression", frbr_expression)):
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"argument '{arg}' must be a non-empty identifier such as "
                             "'/join/id/regdata/gm0297/2026/milieuzones'.")
    for arg, value in (("frbr_work", frbr_work), ("frbr_expression", frbr_expression)):
        problem = frbr_problem(value, arg)
        if problem:
            raise InputError(f"argument {problem}.")
    if background_date is None:
        found = _DATE_RE.search(frbr_expression)
        if not found:
            raise InputError("argument 'background_date' is needed (YYYY-MM-DD, the date of "
                             "the background map) because 'frbr_expression' holds no "
                             "'@YYYY-MM-DD' date to take it from.")
        background_date = found.group(1)
    try:
        datetime.date.fromisoformat(str(background_date))
    except ValueError as exc:
        raise InputError(f"argument 'background_date' must be a date YYYY-MM-DD, got "
                         f"{background_date!r}.") from exc
    if len(locations) == 0:
        raise InputError("argument 'locations' has no rows; a GIO needs at least one "
                         "location.")
    require_columns(locations, "locations", [name_col, group_col, norm_col])
    out = check_output_path(path, overwrite=overwrite)
    issues = Issues("write_gio")
    report(progress, 0.0, "checking locations")

    warn_outside_netherlands(locations, "locations", issues)
    geoms = _prepare_geometry(locations, issues)
    names = _text_values(locations, name_col)
    groups, header_groups = _groups(locations, group_col, group_labels, norm_col)
    norms, header_norm = _norms(locations, norm_col, norm_kind, norm_label, norm_id, unit,
                                unit_id)
    ids = _location_uuids(locations, geoms, frbr_work)
    report(progress, 0.2, "writing GML")

    parts = [_header(frbr_work, frbr_expression, background, background_date)]
    parts.extend(header_norm)  # imop-geo order: eenheid, norm, groepen, locaties
    parts.extend(header_groups)
    parts.append("         <geo:locaties>\n")
    n = len(geoms)
    step = max(1, n // 20)
    for i in range(n):
        parts.append(_locatie(ids[i], geoms[i], names[i], groups[i], norms[i], norm_kind))
        if i % step == 0:
            report(progress, 0.2 + 0.7 * i / n, "writing GML")
    parts.append("         </geo:locaties>\n"
                 "      </geo:GeoInformatieObjectVersie>\n"
                 "   </geo:vastgesteldeVersie>\n"
                 "</geo:GeoInformatieObjectVaststelling>\n")
    data = "".join(parts).encode("utf-8")
    with atomic_path(out, overwrite=overwrite) as tmp:
        tmp.write_bytes(data)
        report(progress, 1.0, "done")  # before the rename: a cancel here leaves nothing
    issues.emit()
    return out


def _check_crs_28992(locations: gpd.GeoDataFrame) -> None:
    crs = locations.crs
    if crs is None:
        raise CRSError("argument 'locations' has no CRS; a GIO must be in EPSG:28992 (RD New). "
                       "If the coordinates are RD New, use locations.set_crs('EPSG:28992').")
    if crs.to_epsg() != 28992:
        raise CRSError(f"argument 'locations' is in {crs.to_string()}, but a GIO must be in "
                       "EPSG:28992 (RD New); reproject first: "
                       "locations = locations.to_crs('EPSG:28992').")


def _prepare_geometry(locations: gpd.GeoDataFrame, issues: Issues) -> np.ndarray:
    """Polygons repaired (prepare_polygons), points and lines 2-D; all on a 1 mm grid."""
    geoms = np.asarray(locations.geometry.array, dtype=object)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    if missing.any():
        raise GeometryError(
            f"argument 'locations' has {int(missing.sum())} rows without geometry (rows "
            f"{row_ids(locations.index[missing])}); a GIO location needs a geometry "
            "(STOP3019). Remove or fix them."
        )
    types = shapely.get_type_id(geoms)
    polygonal = np.isin(types, (3, 6, 7))  # collections: their polygonal parts
    simple = np.isin(types, (0, 1, 4, 5))  # (multi)points and (multi)linestrings
    bad = ~polygonal & ~simple
    if bad.any():
        raise GeometryError(
            f"argument 'locations': rows {row_ids(locations.index[bad])} are LinearRings; "
            "use polygons, lines or points."
        )
    out = geoms.copy()
    if polygonal.any():
        prepared = prepare_polygons(locations.iloc[np.flatnonzero(polygonal)], "locations",
                                    issues, allow_empty_rows=False)
        out[polygonal] = prepared.geometry
    if simple.any():
        has_z = simple & shapely.has_z(geoms)
        if has_z.any():
            out[has_z] = shapely.force_2d(geoms[has_z])
            issues.add("locations", f"Z coordinates dropped from {int(has_z.sum())} "
                       "points/lines")
    out = shapely.set_precision(out, 10.0 ** -DECIMALS)
    gone = shapely.is_empty(out) | shapely.is_missing(out)
    if gone.any():
        raise GeometryError(
            f"argument 'locations': rows {row_ids(locations.index[gone])} vanish at "
            "millimetre precision (slivers or zero-length lines); remove them before "
            "writing the GIO."
        )
    return out


def _text_values(frame: pd.DataFrame, column: str | None) -> list[str | None]:
    if column is None:
        return [None] * len(frame)
    raw = frame[column]
    out: list[str | None] = []
    for value in raw.astype(object).tolist():
        if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
            out.append(None)
        else:
            text = _number_text(value) if isinstance(value, float | np.floating) else str(value)
            out.append(_XML_CONTROL.sub("", text).strip() or None)
    return out


def _category_labels(values: list[str | None]) -> list[str | None]:
    """Milieucategorie texts as one label each ("3,1", "cat. 3.1" -> "3.1").

    Applied only when every value is a milieucategorie; other kwalitatieve normwaarden
    are kept as written.
    """
    from ..errors import CategoryError
    from ..milieu.categories import parse_category

    labels: dict[str, str] = {}
    for v in {v for v in values if v is not None}:
        try:
            labels[v] = parse_category(v).label
        except (CategoryError, ValueError, TypeError):
            return values
    return [None if v is None else labels[v] for v in values]


#: A STOP FRBR identifier: /join/id/..., no spaces, only URI-safe characters.
_FRBR_RE = re.compile(r"^/join/id/[A-Za-z0-9_.\-]+(/[A-Za-z0-9_.\-@;:]+)+$")


def frbr_problem(value: object, argument: str) -> str | None:
    """What is wrong with a FRBRWork/FRBRExpression identifier; None when it is fine.

    Examples
    --------
    >>> frbr_problem("/join/id/regdata/gm0221/2026/zones", "frbr_work") is None
    True
    >>> frbr_problem("/join/id/regdata/gm0221/2026/x y", "frbr_work")
    "'frbr_work' = '/join/id/regdata/gm0221/2026/x y' contains a space; ..."
    """
    text = str(value)
    if any(c.isspace() for c in text):
        return (f"'{argument}' = {text!r} contains a space; ...").replace(
            "...", "FRBR identifiers are URI paths: use '_' or '-' instead")
    if not _FRBR_RE.match(text):
        return (f"'{argument}' = {text!r} is not a STOP identifier like "
                "'/join/id/regdata/gm0221/2026/milieuzones' (only letters, digits and "
                "'_-.' between slashes)")
    return None


def _missing_rows(frame: pd.DataFrame, values: list) -> pd.Index:
    mask = np.array([v is None for v in values], dtype=bool)
    return frame.index[mask]


def _groups(frame, group_col, group_labels, norm_col) -> tuple[list, list[str]]:
    if group_col is None:
        if group_labels:
            raise InputError("argument 'group_labels' was given without 'group_col'; name "
                             "the column that holds the group id of each location.")
        return [None] * len(frame), []
    if norm_col is not None:
        raise InputError("arguments 'group_col' and 'norm_col' were both given; a STOP GIO "
                         "location has a group or a normwaarde, never both (STOP3012). "
                         "Write two GIOs.")
    groups = _text_values(frame, group_col)
    missing = _missing_rows(frame, groups)
    if len(missing):
        raise InputError(
            f"argument 'locations', column '{group_col}': {len(missing)} rows have no group "
            f"(rows {row_ids(missing)}); in a GIO every location has a group or none has "
            "(STOP3000). Fill in the group or leave out group_col."
        )
    bad = np.array([_GROUP_ID_RE.match(g) is None for g in groups], dtype=bool)
    if bad.any():
        example = groups[int(np.flatnonzero(bad)[0])]
        raise InputError(
            f"argument 'locations', column '{group_col}': rows {row_ids(frame.index[bad])} "
            f"have group ids such as {example!r} that STOP does not allow; a groepID holds "
            "letters, digits, '_' and '-' and starts with a letter or digit (e.g. 'zone_3-1'). "
            "Put readable names in group_labels instead."
        )
    labels = {str(k): str(v) for k, v in (group_labels or {}).items()}
    ids = sorted(set(groups))
    label_of = {g: labels.get(g, g) for g in ids}
    dup = [lab for lab, c in Counter(label_of.values()).items() if c > 1]
    if dup:
        raise InputError(f"argument 'group_labels': label {dup[0]!r} is used for several "
                         "groups; group labels must be unique (STOP3004).")
    lines = ["         <geo:groepen>\n"]
    for g in ids:
        lines.append("            <geo:Groep>\n"
                     f"               <geo:groepID>{escape(g)}</geo:groepID>\n"
                     f"               <geo:label>{escape(label_of[g])}</geo:label>\n"
                     "            </geo:Groep>\n")
    lines.append("         </geo:groepen>\n")
    return groups, lines


def _norms(frame, norm_col, norm_kind, norm_label, norm_id, unit, unit_id):
    n = len(frame)
    if norm_col is None:
        if norm_kind != "none":
            raise InputError(f"argument 'norm_kind' is {norm_kind!r} but no 'norm_col' was "
                             "given; name the column with the normwaarde per location.")
        for arg, value in (("norm_label", norm_label), ("norm_id", norm_id), ("unit", unit),
                           ("unit_id", unit_id)):
            if value is not None:
                raise InputError(f"argument '{arg}' was given without normwaarden; a GIO "
                                 "without normwaarden has no norm or unit (STOP3016).")
        return [None] * n, []
    if norm_kind == "none":
        raise InputError("argument 'norm_col' was given with norm_kind='none'; choose "
                         "norm_kind='kwalitatief' (text, e.g. '3.1') or 'kwantitatief' "
                         "(numbers with a unit).")
    if not norm_label or not norm_id:
        raise InputError("arguments 'norm_label' and 'norm_id' are required with normwaarden "
                         "(STOP3011): a label such as 'maximale milieucategorie' and the URI "
                         "of the norm from the STOP waardelijst typenorm.")
    if norm_kind == "kwalitatief":
        if unit is not None or unit_id is not None:
            raise InputError("arguments 'unit'/'unit_id' must be empty for kwalitatieve "
                             "normwaarden (STOP3015).")
        values = _category_labels(_text_values(frame, norm_col))
    else:
        numbers = numeric_column(frame, norm_col, "locations", what="normwaarde")
        bad = ~np.isfinite(numbers) & ~np.isnan(numbers)
        if bad.any():
            raise InputError(f"argument 'locations', column '{norm_col}': rows "
                             f"{row_ids(frame.index[bad])} are infinite; give finite numbers.")
        values = [None if np.isnan(v) else _number_text(v) for v in numbers]
        if unit in UNITS and unit_id is None:
            unit, unit_id = UNITS[unit]
        if not unit or not unit_id:
            raise InputError("arguments 'unit' and 'unit_id' are required with kwantitatieve "
                             "normwaarden (STOP3009); unit='m' fills in the STOP URI of Meter.")
    missing = _missing_rows(frame, values)
    if len(missing):
        raise InputError(
            f"argument 'locations', column '{norm_col}': {len(missing)} of {n} rows have no "
            f"normwaarde (rows {row_ids(missing)}); in a GIO every location has a normwaarde "
            "or none has (STOP3006/3007). Fill them in or split the locations into two GIOs."
        )
    lines = []
    if norm_kind == "kwantitatief":
        lines.append(f"         <geo:eenheidlabel>{escape(unit)}</geo:eenheidlabel>\n"
                     f"         <geo:eenheidID>{escape(unit_id)}</geo:eenheidID>\n")
    lines.append(f"         <geo:normlabel>{escape(norm_label)}</geo:normlabel>\n"
                 f"         <geo:normID>{escape(norm_id)}</geo:normID>\n")
    return values, lines


def _number_text(value: float) -> str:
    """Shortest text of a number: ``7.0 -> '7'``, ``12.5 -> '12.5'``."""
    return np.format_float_positional(float(value), trim="-")


def _location_uuids(frame: pd.DataFrame, geoms: np.ndarray, frbr_work: str) -> list[str]:
    wkb = shapely.to_wkb(geoms, hex=True, output_dimension=2)
    ids = [
        str(uuid.uuid5(UUID_NAMESPACE, f"{frbr_work}\x1f{i}\x1f{label}\x1f{w}")).upper()
        for i, (label, w) in enumerate(zip(frame.index.tolist(), wkb, strict=True))
    ]
    return ids


def _header(work: str, expression: str, background: str, background_date: str) -> str:
    pad = " " * len("<geo:GeoInformatieObjectVaststelling ")
    ns = f"\n{pad}".join(f"xmlns:{k}={quoteattr(v)}" for k, v in GIO_NAMESPACES.items())
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f"<geo:GeoInformatieObjectVaststelling {ns}\n"
        f'{pad}schemaversie="{SCHEMA_VERSION}"\n'
        f'{pad}xsi:schemaLocation="{SCHEMA_LOCATION}">\n'
        "   <geo:context>\n"
        "      <gio:GeografischeContext>\n"
        f"         <gio:achtergrondVerwijzing>{escape(background)}</gio:achtergrondVerwijzing>\n"
        f"         <gio:achtergrondActualiteit>{escape(background_date)}"
        "</gio:achtergrondActualiteit>\n"
        "      </gio:GeografischeContext>\n"
        "   </geo:context>\n"
        "   <geo:vastgesteldeVersie>\n"
        "      <geo:GeoInformatieObjectVersie>\n"
        f"         <geo:FRBRWork>{escape(work)}</geo:FRBRWork>\n"
        f"         <geo:FRBRExpression>{escape(expression)}</geo:FRBRExpression>\n"
    )


_WHOLE = re.compile(r"\.0(?= |$)")


def _pos_list(ring) -> str:
    """Coordinates as shortest decimal text at mm precision: ``138000 423000.25 ...``."""
    coords = np.round(shapely.get_coordinates(ring), DECIMALS) + 0.0  # + 0.0: no "-0"
    return _WHOLE.sub("", " ".join(map(repr, coords.ravel().tolist())))


def _locatie(gid, geom, name, group, norm, norm_kind) -> str:
    lines = ["            <geo:Locatie>\n"]
    if name is not None:
        lines.append(f"               <geo:naam>{escape(name)}</geo:naam>\n")
    lines.append(
        "               <geo:geometrie>\n"
        f'                  <basisgeo:Geometrie gml:id="id-{gid}">\n'
        f"                     <basisgeo:id>{gid}</basisgeo:id>\n"
        "                     <basisgeo:geometrie>\n"
    )
    lines.append(_gml(gid, geom))
    lines.append(
        "                     </basisgeo:geometrie>\n"
        "                  </basisgeo:Geometrie>\n"
        "               </geo:geometrie>\n"
    )
    if group is not None:
        lines.append(f"               <geo:groepID>{escape(group)}</geo:groepID>\n")
    if norm is not None:
        tag = "kwalitatieveNormwaarde" if norm_kind == "kwalitatief" else \
            "kwantitatieveNormwaarde"
        lines.append(f"               <geo:{tag}>{escape(norm)}</geo:{tag}>\n")
    lines.append("            </geo:Locatie>\n")
    return "".join(lines)


# geometry type id -> (multi element, member element); every location is written as a
# multi-geometry, like the MultiSurfaces of the Geonovum examples.
_MULTI = {3: ("MultiSurface", "surfaceMember"), 6: ("MultiSurface", "surfaceMember"),
          1: ("MultiCurve", "curveMember"), 5: ("MultiCurve", "curveMember"),
          0: ("MultiPoint", "pointMember"), 4: ("MultiPoint", "pointMember")}


def _gml(gid: str, geom) -> str:
    """The GML 3.2 of one geometry: MultiSurface, MultiCurve or MultiPoint."""
    outer = " " * 24
    ind = " " * 27
    multi, member = _MULTI[int(shapely.get_type_id(geom))]
    lines = [f'{outer}<gml:{multi} gml:id="id-{gid}-0" srsName="{SRS_NAME}">\n']
    for part in shapely.get_parts(geom):
        lines.append(f"{ind}<gml:{member}>\n")
        if multi == "MultiSurface":
            poly = orient(part, sign=-1.0)  # exterior clockwise, holes counter-clockwise
            lines.append(f"{ind}   <gml:Polygon>\n")
            rings = [("exterior", poly.exterior)] + [("interior", r) for r in poly.interiors]
            for kind, ring in rings:
                lines.append(f"{ind}      <gml:{kind}>\n{ind}         <gml:LinearRing>\n"
                             f"{ind}            <gml:posList>{_pos_list(ring)}</gml:posList>\n"
                             f"{ind}         </gml:LinearRing>\n{ind}      </gml:{kind}>\n")
            lines.append(f"{ind}   </gml:Polygon>\n")
        elif multi == "MultiCurve":
            lines.append(f"{ind}   <gml:LineString>\n"
                         f"{ind}      <gml:posList>{_pos_list(part)}</gml:posList>\n"
                         f"{ind}   </gml:LineString>\n")
        else:
            lines.append(f"{ind}   <gml:Point>\n"
                         f"{ind}      <gml:pos>{_pos_list(part)}</gml:pos>\n"
                         f"{ind}   </gml:Point>\n")
        lines.append(f"{ind}</gml:{member}>\n")
    lines.append(f"{outer}</gml:{multi}>\n")
    return "".join(lines)


# --------------------------------------------------------------------------- reading


def read_gio(path: str | os.PathLike) -> gpd.GeoDataFrame:
    """Read the locations of a STOP GIO GML file into a GeoDataFrame.

    GDAL's GML driver does not read the geometry of a GIO out of the box; this reader
    does, for surfaces (``gml:Polygon``, ``gml:PolygonPatch`` in ``gml:MultiSurface`` or
    ``gml:Surface``), curves (``gml:LineString``) and points (``gml:Point``).

    Parameters
    ----------
    path : path-like
        A ``geo:GeoInformatieObjectVaststelling`` or ``geo:GeoInformatieObjectVersie``.

    Returns
    -------
    GeoDataFrame
        Columns ``basisgeo_id``, ``naam``, ``groep_id``, ``groep_label``,
        ``kwalitatieve_normwaarde`` (text), ``kwantitatieve_normwaarde`` (float),
        ``geometry``; CRS from the srsName. ``attrs`` holds ``frbr_work``,
        ``frbr_expression``, ``normlabel``, ``normID``, ``eenheidlabel``, ``eenheidID``.

    Raises
    ------
    InputError
        The file is missing, not XML, or holds no GIO version.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "one.gml"
    >>> _ = p.write_text(_EXAMPLE)
    >>> gio = read_gio(p)
    >>> gio.crs.to_epsg(), float(gio.area.iloc[0]), gio.attrs["frbr_work"]
    (28992, 100.0, '/join/id/regdata/gm0297/2026/x')
    """
    root = _parse(path)
    versie = root if root.tag == _G + "GeoInformatieObjectVersie" else \
        root.find(f"{_G}vastgesteldeVersie/{_G}GeoInformatieObjectVersie")
    if versie is None:
        raise InputError(f"path: '{path}' holds no geo:GeoInformatieObjectVersie; is it a "
                         "STOP GIO?")
    attrs = {key: _text(versie.find(_G + key)) for key in
             ("FRBRWork", "FRBRExpression", "normlabel", "normID", "eenheidlabel",
              "eenheidID")}
    labels = {_text(g.find(_G + "groepID")): _text(g.find(_G + "label"))
              for g in versie.iterfind(f"{_G}groepen/{_G}Groep")}
    rows = []
    srs_names = set()
    for loc in versie.iterfind(f"{_G}locaties/{_G}Locatie"):
        geo = loc.find(f"{_G}geometrie/{_B}Geometrie")
        holder = geo.find(_B + "geometrie") if geo is not None else None
        top = holder[0] if holder is not None and len(holder) else None
        if top is not None and top.get("srsName"):
            srs_names.add(top.get("srsName"))
        group = _text(loc.find(_G + "groepID"))
        kwant = _text(loc.find(_G + "kwantitatieveNormwaarde"))
        rows.append({
            "basisgeo_id": _text(geo.find(_B + "id")) if geo is not None else None,
            "naam": _text(loc.find(_G + "naam")),
            "groep_id": group,
            "groep_label": labels.get(group) if group is not None else None,
            "kwalitatieve_normwaarde": _text(loc.find(_G + "kwalitatieveNormwaarde")),
            "kwantitatieve_normwaarde": float(kwant) if kwant is not None else np.nan,
            "geometry": _gml_geometry(top) if top is not None else None,
        })
    crs = None
    if len(srs_names) == 1:
        code = re.search(r"EPSG::?(\d+)$", next(iter(srs_names)))
        crs = f"EPSG:{code.group(1)}" if code else None
    columns = ["basisgeo_id", "naam", "groep_id", "groep_label", "kwalitatieve_normwaarde",
               "kwantitatieve_normwaarde", "geometry"]
    frame = gpd.GeoDataFrame(pd.DataFrame(rows, columns=columns), geometry="geometry",
                             crs=crs)
    frame.attrs.update({
        "frbr_work": attrs["FRBRWork"], "frbr_expression": attrs["FRBRExpression"],
        "normlabel": attrs["normlabel"], "normID": attrs["normID"],
        "eenheidlabel": attrs["eenheidlabel"], "eenheidID": attrs["eenheidID"],
    })
    return frame


def _parse(path) -> ET.Element:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"path: file '{p}' does not exist; check the path.")
    try:
        return ET.parse(p).getroot()
    except ET.ParseError as exc:
        raise InputError(f"path: '{p}' is not well-formed XML ({exc}).") from exc


def _text(element) -> str | None:
    if element is None or element.text is None:
        return None
    return element.text.strip()


def _coords(element) -> np.ndarray:
    pos_list = element.find(_GML + "posList")
    if pos_list is not None:
        dim = int(pos_list.get("srsDimension") or element.get("srsDimension") or 2)
        values = np.array((pos_list.text or "").split(), dtype="float64")
        return values.reshape(-1, dim)[:, :2]
    points = [np.array(p.text.split(), dtype="float64")[:2]
              for p in element.iter(_GML + "pos")]
    return np.array(points).reshape(-1, 2)


def _gml_geometry(top: ET.Element):
    polygons = []
    for tag in ("Polygon", "PolygonPatch"):
        for poly in top.iter(_GML + tag):
            ext = poly.find(f"{_GML}exterior/{_GML}LinearRing")
            holes = [_coords(r) for r in poly.iterfind(f"{_GML}interior/{_GML}LinearRing")]
            polygons.append(shapely.Polygon(_coords(ext), holes))
    lines = [shapely.LineString(_coords(ls)) for ls in top.iter(_GML + "LineString")]
    points = [shapely.Point(_coords(pt)[0]) for pt in top.iter(_GML + "Point")]
    local = top.tag.split("}")[-1]
    if polygons:
        if local == "Polygon" and len(polygons) == 1:
            return polygons[0]
        return shapely.MultiPolygon(polygons)
    if lines:
        return lines[0] if local == "LineString" else shapely.MultiLineString(lines)
    if points:
        return points[0] if local == "Point" else shapely.MultiPoint(points)
    return None


# --------------------------------------------------------------------------- checking


def validate_gio(
    path: str | os.PathLike, *, epsg_28992_only: bool = True,
    xsd: str | os.PathLike | None = None,
) -> list[str]:
    """Check a GIO file against the STOP imop-geo rules; return the problems found.

    The rules of the STOP imop-geo schematron (codes in brackets) and the structure of
    the imop-geo 1.3.0 schema are checked in code:

    - root ``geo:GeoInformatieObjectVaststelling`` with ``schemaversie``, a
      ``geo:context`` (with a date ``achtergrondActualiteit``) and one
      ``geo:GeoInformatieObjectVersie`` whose children follow the imop-geo order
      (FRBRWork, FRBRExpression, eenheidlabel, eenheidID, normlabel, normID, groepen,
      locaties);
    - per location the order naam, geometrie, groepID, kwantitatieveNormwaarde (a
      number), kwalitatieveNormwaarde; group ids of the pattern
      ``[A-Za-z0-9][A-Za-z0-9_-]*``; a geometry with
      coordinates (STOP3019) and a UUID ``basisgeo:id`` unique in the file (STOP3013);
    - groups and normwaarden all-or-none (STOP3000, 3006, 3007), at most one normwaarde
      and never group plus normwaarde on one location (STOP3008, 3012), non-empty
      kwalitatieve normwaarden (STOP3010);
    - group ids of locations listed in ``geo:groepen`` and vice versa (STOP3001, 3005),
      unique group ids and labels (STOP3003, 3004);
    - norm and unit present when needed and absent otherwise (STOP3009, 3011, 3015, 3016);
    - srsName ``urn:ogc:def:crs:EPSG::28992`` (only 28992 when ``epsg_28992_only``,
      else also ETRS89 EPSG::4258; STOP3020), one distinct srsName (STOP3021), a
      srsName on every top-level geometry;
    - no optional GML elements under the GIO elements (STOP3090), unique ``gml:id``.

    Parameters
    ----------
    path : path-like
        The GIO file.
    epsg_28992_only : bool
        Refuse ETRS89 too (DOMAIN.md: deliveries are in EPSG:28992 only).
    xsd : path-like, optional
        Also validate against an XSD: the ``imop-geo.xsd`` of the official STOP 1.3
        distribution (KOOP), with its ``extern/`` folder beside it as in the
        distribution (``extern/extern-catalog.xml`` maps the GML, ISO 19139 and
        Basisgeometrie imports to local files; no network access). Needs the ``lxml``
        package. XSD messages start with ``XSD:``. The schema is not shipped with
        rve_geo; see docs/deliverables.md.

    Returns
    -------
    list of str
        One message per problem, starting with the STOP code where there is one; empty
        when the file passes.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "one.gml"
    >>> _ = p.write_text(_EXAMPLE)
    >>> validate_gio(p)
    []
    >>> _ = p.write_text(_EXAMPLE.replace("EPSG::28992", "EPSG::4326"))
    >>> validate_gio(p)[0][:8]
    'STOP3020'

    Raises
    ------
    InputError
        The file is missing or not XML; ``xsd`` given without lxml installed or naming a
        file that does not exist.
    """
    root = _parse(path)
    problems: list[str] = []
    if xsd is not None:
        problems.extend(_xsd_problems(path, Path(xsd)))
    if root.tag != _G + "GeoInformatieObjectVaststelling":
        return [f"root element is {root.tag}, expected geo:GeoInformatieObjectVaststelling"]
    if not root.get("schemaversie"):
        problems.append("root has no schemaversie attribute")
    children = [_local(c) for c in root]
    _check_order(children, _ROOT_ORDER, "geo:GeoInformatieObjectVaststelling", problems)
    if children[:2] != ["context", "vastgesteldeVersie"]:
        problems.append(f"root children are {children}; expected context, "
                        "vastgesteldeVersie")
    versies = root.findall(f"{_G}vastgesteldeVersie/{_G}GeoInformatieObjectVersie")
    if len(versies) != 1:
        return [*problems, f"expected one geo:GeoInformatieObjectVersie, found {len(versies)}"]
    when = _text(root.find(
        f"{_G}context/{_GIO}GeografischeContext/{_GIO}achtergrondActualiteit"))
    if not _is_date(when):
        problems.append(f"gio:achtergrondActualiteit {when!r} is not a date YYYY-MM-DD")
    versie = versies[0]
    order = [_local(c) for c in versie]
    _check_order(order, _VERSIE_ORDER, "geo:GeoInformatieObjectVersie", problems)
    for required in ("FRBRWork", "FRBRExpression", "locaties"):
        if required not in order:
            problems.append(f"geo:GeoInformatieObjectVersie has no geo:{required}")
    for tag in ("FRBRWork", "FRBRExpression"):
        value = versie.findtext(f"{_G}{tag}")
        problem = frbr_problem(value, f"geo:{tag}") if value is not None else None
        if problem:
            problems.append(problem)
    locs = versie.findall(f"{_G}locaties/{_G}Locatie")
    if not locs:
        problems.append("geo:locaties holds no geo:Locatie")
    n = len(locs)
    counts = Counter()
    ids = []
    for k, loc in enumerate(locs, 1):
        names = [_local(c) for c in loc]
        _check_order(names, _LOCATIE_ORDER, f"geo:Locatie {k}", problems)
        for key in ("groepID", "kwalitatieveNormwaarde", "kwantitatieveNormwaarde"):
            counts[key] += key in names
        if "kwalitatieveNormwaarde" in names and "kwantitatieveNormwaarde" in names:
            problems.append(f"STOP3008: location {k} has both kinds of normwaarde")
        if "groepID" in names and ("kwalitatieveNormwaarde" in names
                                   or "kwantitatieveNormwaarde" in names):
            problems.append(f"STOP3012: location {k} has a groepID and a normwaarde")
        group = _text(loc.find(_G + "groepID"))
        if group is not None and not _GROUP_ID_RE.match(group):
            problems.append(f"location {k}: groepID {group!r} does not match "
                            "[A-Za-z0-9][A-Za-z0-9_-]*")
        kwant = _text(loc.find(_G + "kwantitatieveNormwaarde"))
        if kwant is not None and not _is_number(kwant):
            problems.append(f"location {k}: kwantitatieveNormwaarde {kwant!r} is not a number")
        kwal = loc.find(_G + "kwalitatieveNormwaarde")
        if kwal is not None and not _text(kwal):
            problems.append(f"STOP3010: location {k} has an empty kwalitatieveNormwaarde")
        geo = loc.find(f"{_G}geometrie/{_B}Geometrie")
        gid = _text(geo.find(_B + "id")) if geo is not None else None
        if gid is None or not _UUID_RE.match(gid):
            problems.append(f"location {k}: basisgeo:id {gid!r} is not a UUID")
        ids.append(gid)
        holder = geo.find(_B + "geometrie") if geo is not None else None
        if holder is None or len(holder) != 1:
            problems.append(f"STOP3019: location {k} has no basisgeo:geometrie")
            continue
        top = holder[0]
        coords = " ".join(e.text or "" for e in top.iter()
                          if _local(e) in ("pos", "posList", "coordinates"))
        if not re.search(r"\d", coords):
            problems.append(f"STOP3019: location {k} has a geometry without coordinates")
        if not top.get("srsName"):
            problems.append(f"location {k}: the top-level geometry has no srsName")
    for key, code in (("groepID", "STOP3000"), ("kwantitatieveNormwaarde", "STOP3006"),
                      ("kwalitatieveNormwaarde", "STOP3007")):
        if 0 < counts[key] < n:
            problems.append(f"{code}: {counts[key]} of {n} locations have a {key}; all or "
                            "none must have one")
    dup = sorted(k for k, c in Counter(ids).items() if c > 1 and k is not None)
    if dup:
        problems.append(f"STOP3013: basisgeo:id not unique: {', '.join(dup[:5])}")
    _check_groups(versie, locs, problems)
    has_kwant = counts["kwantitatieveNormwaarde"] > 0
    has_kwal = counts["kwalitatieveNormwaarde"] > 0
    present = set(order)
    if has_kwant and not {"eenheidlabel", "eenheidID"} <= present:
        problems.append("STOP3009: kwantitatieve normwaarden without eenheidlabel/eenheidID")
    if has_kwal and present & {"eenheidlabel", "eenheidID"}:
        problems.append("STOP3015: kwalitatieve normwaarden with an eenheidlabel/eenheidID")
    if (has_kwant or has_kwal) and not {"normlabel", "normID"} <= present:
        problems.append("STOP3011: normwaarden without normlabel/normID")
    if not (has_kwant or has_kwal) and present & {"normlabel", "normID", "eenheidlabel",
                                                  "eenheidID"}:
        problems.append("STOP3016: norm/eenheid elements without any normwaarde")
    _check_gml(root, epsg_28992_only, problems)
    return problems


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _is_date(text: str | None) -> bool:
    try:
        datetime.date.fromisoformat(text or "")
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=4)
def _schema(xsd: Path):
    """An XSD with its imports resolved through ``extern/extern-catalog.xml`` if present."""
    from lxml import etree

    local: dict[str, Path] = {}
    catalog_path = xsd.parent / "extern" / "extern-catalog.xml"
    if catalog_path.exists():
        ns = {"c": "urn:oasis:names:tc:entity:xmlns:xml:catalog"}
        catalog = etree.parse(str(catalog_path))
        local = {u.get("name"): catalog_path.parent / u.get("uri")
                 for u in catalog.iterfind("c:uri", ns)}
    for sibling in xsd.parent.glob("*.xsd"):  # e.g. imop-gio.xsd beside imop-geo.xsd
        local.setdefault(f"https://standaarden.overheid.nl/stop/1.3.0/{sibling.name}", sibling)

    class Resolver(etree.Resolver):
        def resolve(self, url, pubid, context):
            target = local.get(url)
            if target is not None and target.exists():
                return self.resolve_filename(str(target), context)
            return None

    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(Resolver())
    return etree.XMLSchema(etree.parse(str(xsd), parser))


def _xsd_problems(path, xsd: Path) -> list[str]:
    try:
        from lxml import etree
    except ImportError as exc:
        raise InputError("argument 'xsd': validating against an XSD needs the lxml "
                         "package (pip install lxml); or call validate_gio(path) without "
                         "xsd for the rule checks only.") from exc
    if not xsd.is_file():
        raise InputError(f"argument 'xsd': schema file '{xsd}' does not exist; point it to "
                         "imop-geo.xsd of the STOP distribution.")
    schema = _schema(xsd.resolve())
    document = etree.parse(str(path), etree.XMLParser(no_network=True))
    if schema.validate(document):
        return []
    return [f"XSD: line {e.line}: {e.message}" for e in schema.error_log]


def _local(element: ET.Element) -> str:
    return element.tag.split("}")[-1]


def _check_order(names: list[str], order: list[str], where: str, problems: list[str]) -> None:
    unknown = [x for x in names if x not in order]
    if unknown:
        problems.append(f"{where}: unexpected elements {unknown}")
        return
    ranks = [order.index(x) for x in names]
    if ranks != sorted(ranks) or len(set(names)) != len(names):
        problems.append(f"{where}: elements out of order or repeated: {names}")


def _check_groups(versie, locs, problems: list[str]) -> None:
    groups = versie.findall(f"{_G}groepen/{_G}Groep")
    listed = [_text(g.find(_G + "groepID")) for g in groups]
    labels = [_text(g.find(_G + "label")) for g in groups]
    used = {_text(loc.find(_G + "groepID")) for loc in locs} - {None}
    for g in sorted(used - set(listed)):
        problems.append(f"STOP3001: groepID {g!r} of a location is not in geo:groepen")
    for g in sorted(set(listed) - used - {None}):
        problems.append(f"STOP3005: groep {g!r} is used by no location")
    for what, values, code in (("groepID", listed, "STOP3003"), ("label", labels, "STOP3004")):
        dup = sorted(k for k, c in Counter(values).items() if c > 1 and k is not None)
        if dup:
            problems.append(f"{code}: {what} repeated in geo:groepen: {', '.join(dup)}")


def _check_gml(root, epsg_28992_only: bool, problems: list[str]) -> None:
    allowed = {SRS_NAME} if epsg_28992_only else {SRS_NAME, "urn:ogc:def:crs:EPSG::4258"}
    srs = set()
    gml_ids = Counter()
    gio_parents = (_G + "GeoInformatieObjectVaststelling", _G + "GeoInformatieObjectVersie",
                   _G + "Locatie")
    for el in root.iter():
        name = el.get("srsName")
        if name is not None:
            srs.add(name)
        gml_id = el.get(_GML + "id")
        if gml_id is not None:
            gml_ids[gml_id] += 1
        if el.tag in gio_parents:
            for child in el:
                if child.tag.startswith(_GML) and _local(child) in _OPTIONAL_GML:
                    problems.append(f"STOP3090: optional GML element gml:{_local(child)} in "
                                    f"geo:{_local(el)}")
    for name in sorted(srs - allowed):
        problems.insert(0, f"STOP3020: srsName {name!r} is not allowed; use {SRS_NAME!r}")
    if len(srs) > 1:
        problems.append(f"STOP3021: several srsNames in one GIO: {sorted(srs)}")
    dup = sorted(k for k, c in gml_ids.items() if c > 1)
    if dup:
        problems.append(f"gml:id not unique: {', '.join(dup[:5])}")


_EXAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<geo:GeoInformatieObjectVaststelling
    xmlns:basisgeo="http://www.geostandaarden.nl/basisgeometrie/1.0"
    xmlns:geo="https://standaarden.overheid.nl/stop/imop/geo/"
    xmlns:gio="https://standaarden.overheid.nl/stop/imop/gio/"
    xmlns:gml="http://www.opengis.net/gml/3.2" schemaversie="1.3.0">
 <geo:context><gio:GeografischeContext>
  <gio:achtergrondVerwijzing>top10nl</gio:achtergrondVerwijzing>
  <gio:achtergrondActualiteit>2026-01-01</gio:achtergrondActualiteit>
 </gio:GeografischeContext></geo:context>
 <geo:vastgesteldeVersie><geo:GeoInformatieObjectVersie>
  <geo:FRBRWork>/join/id/regdata/gm0297/2026/x</geo:FRBRWork>
  <geo:FRBRExpression>/join/id/regdata/gm0297/2026/x/nld@2026-01-01;1</geo:FRBRExpression>
  <geo:locaties><geo:Locatie><geo:geometrie>
   <basisgeo:Geometrie gml:id="id-0868A0B1-DA79-4C33-8305-1BDE0126FA9A">
    <basisgeo:id>0868A0B1-DA79-4C33-8305-1BDE0126FA9A</basisgeo:id>
    <basisgeo:geometrie>
     <gml:MultiSurface gml:id="id-0868A0B1-DA79-4C33-8305-1BDE0126FA9A-0"
                       srsName="urn:ogc:def:crs:EPSG::28992">
      <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing>
       <gml:posList>0 0 10 0 10 10 0 10 0 0</gml:posList>
      </gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
     </gml:MultiSurface>
    </basisgeo:geometrie>
   </basisgeo:Geometrie>
  </geo:geometrie></geo:Locatie></geo:locaties>
 </geo:GeoInformatieObjectVersie></geo:vastgesteldeVersie>
</geo:GeoInformatieObjectVaststelling>
"""
