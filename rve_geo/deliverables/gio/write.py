"""Write location sets as a STOP GIO GML file."""

from __future__ import annotations

import datetime
import os
import re
import uuid
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

from ..._columns import keeps_input_columns
from ..._validate import (
    Issues,
    check_choice,
    check_frame,
    numeric_column,
    prepare_polygons,
    require_columns,
    row_ids,
    warn_outside_netherlands,
)
from ...errors import CRSError, GeometryError, InputError
from ...io import atomic_path, check_output_path
from ...progress import ProgressCallback, report
from ._format import (
    _DATE_RE,
    _GROUP_ID_RE,
    _XML_CONTROL,
    DECIMALS,
    GIO_NAMESPACES,
    SCHEMA_LOCATION,
    SCHEMA_VERSION,
    SRS_NAME,
    UNITS,
    UUID_NAMESPACE,
    frbr_problem,
)


@keeps_input_columns()
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
    >>> from rve_geo import read_gio
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
    from ...errors import CategoryError
    from ...milieu.categories import parse_category

    labels: dict[str, str] = {}
    for v in {v for v in values if v is not None}:
        try:
            labels[v] = parse_category(v).label
        except (CategoryError, ValueError, TypeError):
            return values
    return [None if v is None else labels[v] for v in values]


#: A STOP FRBR identifier: /join/id/..., no spaces, only URI-safe characters.

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
