"""Reading an omgevingsplan delivery (STOP/TPOD, IMOW OW-objects with their GIOs) into rules.

Since 2024 plans are omgevingsplannen. Their machine-readable part is the set of OW files
(IMOW, TPOD v2) delivered with the regeling: ``Gebiedsaanwijzing`` objects (e.g. a Functie
"Bedrijf categorie 2"), ``Omgevingsnorm`` objects with one ``Normwaarde`` per set of
locations (e.g. "maximum bouwhoogte bedrijfsgebouw": 13 m here, 7 m there), and the
locations ``Gebied`` / ``Gebiedengroep`` whose ``GeometrieRef`` points at a ``basisgeo:id``
in a GIO (STOP GeoInformatieObject GML). :func:`read_omgevingsplan` turns these into the
same rules frame as :func:`rve_geo.read_imro`, so the maximum category, bouwhoogte,
goothoogte and bebouwingspercentage reach :func:`rve_geo.densification_potential` and
:func:`rve_geo.max_allowed_category` unchanged. docs/omgevingsplan.md lists which object
types and norm names are read.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._validate import Issues, parse_numbers
from ..errors import InputError
from ..progress import ProgressCallback, report
from .imro import _OUTPUT_COLUMNS as IMRO_COLUMNS
from .imro import MEASURE_COLUMNS, category_in_name

__all__ = ["NORM_COLUMNS", "read_omgevingsplan"]

_XLINK = "{http://www.w3.org/1999/xlink}href"

#: Omgevingsnorm -> rules column: matched on the norm's ``type`` (TPOD waardelijst
#: typenorm, last part of the URI) or, when that gives nothing, on its ``naam``
#: (checked in this order: "minimum bouwhoogte" before "bouwhoogte").
NORM_COLUMNS: dict[str, tuple[tuple[str, ...], re.Pattern]] = {
    "min_bouwhoogte_m": (("minimumbouwhoogte",), re.compile(r"^min\w*\s+bouwhoogte", re.I)),
    "max_bouwhoogte_m": (("maximumbouwhoogte",),
                         re.compile(r"max\w*\s+bouwhoogte|bouwhoogte\s*\(?max", re.I)),
    "max_goothoogte_m": (("maximumgoothoogte",), re.compile(r"max\w*\s+goothoogte", re.I)),
    "min_coverage_share": (("minimumbebouwingspercentage",),
                           re.compile(r"^min\w*\s+bebouwingspercentage", re.I)),
    "max_coverage_share": (("maximumbebouwingspercentage", "bebouwingspercentage"),
                           re.compile(r"bebouwingspercentage", re.I)),
    "max_storeys": (("maximumaantalbouwlagen", "aantalbouwlagen"),
                    re.compile(r"max\w*\s+aantal\s+bouwlagen|bouwlagen", re.I)),
    "max_fsi": (("maximumvloerindex", "vloerindex", "floorspaceindex"),
                re.compile(r"vloerindex|floor\s*space\s*index|\bfsi\b", re.I)),
    "max_volume_m3": (("maximuminhoud", "maximumbouwvolume"),
                      re.compile(r"max\w*\s+(?:inhoud|bouwvolume)", re.I)),
    "max_dwellings": (("maximumaantalwooneenheden", "maximumaantalwoningen"),
                      re.compile(r"wooneenheden|aantal\s+woningen", re.I)),
    "max_category": (("maximalemilieucategorie", "milieucategorie"),
                     re.compile(r"milieucategorie|bedrijfscategorie", re.I)),
}
#: Columns that hold a percentage in the OW file and a share (0-1) in the rules.
_PERCENT = ("max_coverage_share", "min_coverage_share")
_OUTPUT_COLUMNS = [*IMRO_COLUMNS, "norm_naam", "regeling_id", "locatie_noemer"]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el: ET.Element, name: str) -> ET.Element | None:
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _text(el: ET.Element | None, name: str | None = None) -> str | None:
    if el is not None and name is not None:
        el = _child(el, name)
    if el is None or el.text is None:
        return None
    t = el.text.strip()
    return t or None


def _refs(el: ET.Element | None) -> list[str]:
    if el is None:
        return []
    return [r.get(_XLINK) for r in el.iter() if r.get(_XLINK)]


def _parse(p: Path) -> ET.Element | None:
    try:
        return ET.parse(p).getroot()
    except ET.ParseError:
        return None


def _tail(uri: str | None) -> str:
    return (uri or "").rstrip("/").rsplit("/", 1)[-1].lower()


def read_omgevingsplan(
    path: str | os.PathLike,
    *,
    gio: str | os.PathLike | list | None = None,
    progress: ProgressCallback | None = None,
) -> gpd.GeoDataFrame:
    """Read the OW-objects of an omgevingsplan delivery into plan rules.

    Parameters
    ----------
    path : path-like
        Folder of the delivery: the OW files (``ow*.xml``, root ``ow-dc:owBestand``), the
        ``manifest-ow.xml`` and, usually, the GIO GML files.
    gio : path-like or list, optional
        Extra GIO files or folders, when the GIOs are not in ``path``.
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        The columns of :func:`rve_geo.read_imro` (``identificatie``, ``naam``,
        ``object_type``, ``bestemmingshoofdgroep`` (empty), ``max_category``, the limit
        columns ``max_bouwhoogte_m``, ``max_coverage_share``, ... and ``plan_id``) plus ``norm_naam`` (the Omgevingsnorm's name), ``regeling_id`` (the regeling's
        work id from ``manifest-ow.xml``, also in ``plan_id``) and ``locatie_noemer``.
        One row per Gebiedsaanwijzing with a category, and one per Normwaarde that sets a
        limit, with the union of its locations (EPSG:28992). ``object_type`` is
        ``gebiedsaanwijzing`` or ``omgevingsnorm``; ``identificatie`` is the OW id (of the
        Normwaarde for norms).

    Raises
    ------
    InputError
        The folder is missing or holds no OW files; a location refers to a GIO geometry
        that is not delivered; a quantitative norm value is not a number, a height is
        negative or a percentage exceeds 100 (the file and OW id are named).

    Notes
    -----
    Read: ``Gebiedsaanwijzing`` whose name states a milieucategorie ("Bedrijf categorie
    2", parsed like IMRO names); ``Omgevingsnorm`` with ``kwantitatieveWaarde`` whose type
    or name is one of :data:`NORM_COLUMNS` (minimum / maximum bouwhoogte and maximum
    goothoogte in metres, bebouwingspercentage in percent, maximum aantal bouwlagen,
    vloerindex, inhoud, wooneenheden, milieucategorie); locations
    ``Gebied`` and ``Gebiedengroep``. Counted in the warning and not used: qualitative
    norm values and values "in the regeltekst", other norms, ``Omgevingswaarde``,
    ``Activiteit``, ``Lijn``/``Punt`` locations and the ``Ambtsgebied``.

    Examples
    --------
    >>> import rve_geo, warnings
    >>> from pathlib import Path
    >>> data = Path(rve_geo.__file__).resolve().parents[1] / "tests" / "data"
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     rules = read_omgevingsplan(data / "omgevingsplan_gemeentestad",
    ...                                gio=data / "geonovum_gio")
    >>> rules[["object_type", "max_category", "max_bouwhoogte_m"]].values.tolist()
    [['gebiedsaanwijzing', '2', nan], ['omgevingsnorm', None, 13.0], \
['omgevingsnorm', None, 7.0], ['omgevingsnorm', None, nan]]
    """
    files = _delivery_files(path, gio)
    issues = Issues("read_omgevingsplan")
    report(progress, 0.0, f"omgevingsplan: reading {len(files)} files")
    ow, gios, regeling = _sort_files(files, Path(path).expanduser())
    if regeling is None:
        issues.add("path", "no manifest-ow.xml with WorkIDRegeling: regeling_id is empty")
    geom_by_id, crs = _gio_geometries(gios)
    report(progress, 0.4, f"omgevingsplan: {len(ow)} OW files, {len(gios)} GIOs read")
    objects = _collect_ow_objects(ow)
    places = _Locations(objects.gebied, objects.groep, geom_by_id)
    unread_names: dict[str, int] = {}
    rows, no_location = _aanwijzing_rows(objects.aanwijzingen, places, unread_names)
    norm_rows, norm_no_location = _norm_rows(objects.normen, places, unread_names)
    rows += norm_rows
    _note_unread(issues, unread_names, objects.skipped, no_location + norm_no_location)
    report(progress, 0.9, f"omgevingsplan: {len(rows)} rules found")
    out = _rules_frame(rows, regeling, crs)
    issues.emit()
    report(progress, 1.0, f"omgevingsplan: {len(out)} rules")
    return out


def _delivery_files(path, gio) -> list[Path]:
    """The XML and GML files of the delivery folder, then the GML files of the extra GIOs."""
    p = Path(path).expanduser()
    if not p.exists():
        raise InputError(f"argument 'path': '{p}' does not exist; name the folder of the "
                         "omgevingsplan delivery (OW files and GIOs).")
    files = sorted(x for x in (p.rglob("*") if p.is_dir() else [p])
                   if x.is_file() and x.suffix.lower() in (".xml", ".gml"))
    extra = [] if gio is None else (gio if isinstance(gio, list | tuple) else [gio])
    for g in extra:
        g = Path(g).expanduser()
        if not g.exists():
            raise InputError(f"argument 'gio': '{g}' does not exist.")
        files += sorted(x for x in (g.rglob("*.gml") if g.is_dir() else [g]) if x.is_file())
    return files


def _sort_files(files: list[Path], p: Path):
    """Sort the files by their root element: OW files, GIOs and the regeling from the manifest.

    Returns ``(ow, gios, regeling)``: ``(file, root)`` pairs of the OW files, the GIO files
    and the WorkIDRegeling (None without a manifest). Unparsable files are passed over.
    """
    ow, gios, regeling = [], [], None
    for f in files:
        root = _parse(f)
        if root is None:
            continue
        kind = _local(root.tag)
        if kind == "owBestand":
            ow.append((f, root))
        elif kind in ("GeoInformatieObjectVaststelling", "GeoInformatieObjectVersie"):
            gios.append(f)
        elif kind == "Aanleveringen":
            regeling = regeling or _text(root.find(".//{*}WorkIDRegeling"))
    if not ow:
        raise InputError(f"argument 'path': '{p}' holds no OW files (XML with root "
                         "ow-dc:owBestand); is it an omgevingsplan delivery (IMOW/TPOD)?")
    return ow, gios, regeling


def _gio_geometries(gios: list[Path]):
    """The GIO geometries by lower-case basisgeo:id, in the CRS of the first GIO read.

    Returns ``(geom_by_id, crs)``.
    """
    from ..deliverables.gio import read_gio

    geom_by_id: dict[str, object] = {}
    crs = None
    for f in gios:
        g = read_gio(f)
        if len(g):
            crs = crs or g.crs
            if g.crs is not None and crs is not None and g.crs != crs:
                g = g.to_crs(crs)
            for gid, geom in zip(g["basisgeo_id"], g.geometry, strict=True):
                geom_by_id[str(gid).strip().lower()] = geom
    return geom_by_id, crs


class _OwObjects(NamedTuple):
    """The OW objects read: locations, rules and counts of the kinds not used."""

    gebied: dict[str, tuple[list[str], str | None]]
    groep: dict[str, tuple[list[str], str | None]]
    aanwijzingen: list
    normen: list
    skipped: dict[str, int]


_SKIPPED_KINDS = ("Omgevingswaarde", "Activiteit", "Lijn", "Punt", "Lijnengroep",
                  "Puntengroep", "Ambtsgebied")


def _collect_ow_objects(ow) -> _OwObjects:
    """Gather the Gebieden, Gebiedengroepen, Gebiedsaanwijzingen and Omgevingsnormen."""
    objects = _OwObjects({}, {}, [], [], {})
    for f, root in ow:
        for obj in root.iter():
            name = _local(obj.tag)
            if name != "owObject":
                _collect_one(objects, f, obj, name)
    return objects


def _collect_one(objects: _OwObjects, f: Path, obj: ET.Element, name: str) -> None:
    """File one OW object under its kind (or count it as not used)."""
    ident = _text(obj, "identificatie")
    if name in ("Gebied",):
        objects.gebied[ident] = (_refs(_child(obj, "geometrie")), _text(obj, "noemer"))
    elif name == "Gebiedengroep":
        objects.groep[ident] = (_refs(_child(obj, "groepselement")), _text(obj, "noemer"))
    elif name == "Gebiedsaanwijzing" and ident is not None:
        objects.aanwijzingen.append((f, ident, _text(obj, "naam"), _text(obj, "type"),
                                     _refs(_child(obj, "locatieaanduiding"))))
    elif name == "Omgevingsnorm" and ident is not None:
        objects.normen.append((f, ident, obj))
    elif name in _SKIPPED_KINDS and ident is not None:
        objects.skipped[name] = objects.skipped.get(name, 0) + 1


class _Locations:
    """Join OW locations (Gebied, Gebiedengroep) to their GIO geometries."""

    def __init__(self, gebied, groep, geom_by_id):
        self.gebied = gebied
        self.groep = groep
        self.geom_by_id = geom_by_id

    def location(self, refs: list[str], f: Path, owner: str):
        """Union of the referred locations and their noemers; (None, None) without geometry."""
        geoms, names = [], []
        for r in refs:
            if r in self.groep:
                members, noemer = self.groep[r]
                names.append(noemer)
                for m in members:
                    geoms.append(self.one_gebied(m, f, owner))
            elif r in self.gebied:
                geoms.append(self.one_gebied(r, f, owner))
                names.append(self.gebied[r][1])
            else:
                return None, None
        parts = [g for g in geoms if g is not None]
        if not parts:
            return None, None
        noemer = "; ".join(n for n in names if n) or None
        return shapely.union_all(np.asarray(parts, dtype=object)), noemer

    def one_gebied(self, ref: str, f: Path, owner: str):
        """Union of one Gebied's GIO geometries; a geometry no GIO holds is refused."""
        geo_refs, _ = self.gebied.get(ref, ([], None))
        out = []
        for gid in geo_refs:
            geom = self.geom_by_id.get(gid.strip().lower())
            if geom is None:
                raise InputError(
                    f"argument 'path': {f.name}: Gebied {ref} (used by {owner}) refers to GIO "
                    f"geometry {gid}, which no delivered GIO holds; add the GIO files (gio=...).")
            out.append(geom)
        return shapely.union_all(np.asarray(out, dtype=object)) if out else None


def _aanwijzing_rows(aanwijzingen, places: _Locations, unread_names: dict[str, int]):
    """One rule per Gebiedsaanwijzing whose name states a milieucategorie.

    Returns ``(rows, no_location)``; names without a category are counted in
    ``unread_names``.
    """
    rows: list[dict] = []
    no_location = 0
    for f, ident, naam, _type, refs in aanwijzingen:
        label = category_in_name(naam)
        if label is None:
            unread_names[naam or ident] = unread_names.get(naam or ident, 0) + 1
            continue
        geom, noemer = places.location(refs, f, ident)
        if geom is None:
            no_location += 1
            continue
        rows.append({"identificatie": ident, "naam": naam, "object_type": "gebiedsaanwijzing",
                     "max_category": label, "norm_naam": None, "locatie_noemer": noemer,
                     "geometry": geom})
    return rows, no_location


def _norm_column(ntype: str, naam: str | None) -> str | None:
    """The rule column of a norm: by its type first, else by a pattern on its name."""
    for col, (types, _pattern) in NORM_COLUMNS.items():
        if ntype in types:
            return col
    for col, (_types, pattern) in NORM_COLUMNS.items():
        if naam and pattern.search(naam):
            return col
    return None


def _norm_rows(normen, places: _Locations, unread_names: dict[str, int]):
    """One rule per quantitative Normwaarde of an Omgevingsnorm rve_geo uses.

    Returns ``(rows, no_location)``; other norms and qualitative values are counted in
    ``unread_names``.
    """
    rows: list[dict] = []
    no_location = 0
    for f, ident, obj in normen:
        naam = _text(obj, "naam")
        column = _norm_column(_tail(_text(obj, "type")), naam)
        unit = _tail(_text(obj, "eenheid"))
        waarden = [w for w in obj.iter() if _local(w.tag) == "Normwaarde"]
        if column is None:
            unread_names[naam or ident] = unread_names.get(naam or ident, 0) + len(waarden)
            continue
        for w in waarden:
            row = _normwaarde_row(w, f, ident, naam, column, unit, unread_names)
            if row is None:
                continue
            wid = row["identificatie"]
            geom, noemer = places.location(_refs(_child(w, "locatieaanduiding")), f, wid)
            if geom is None:
                no_location += 1
                continue
            row["locatie_noemer"] = noemer
            row["geometry"] = geom
            rows.append(row)
    return rows, no_location


def _normwaarde_row(w: ET.Element, f: Path, ident: str, naam: str | None, column: str,
                    unit: str, unread_names: dict[str, int]) -> dict | None:
    """The rule of one Normwaarde without its location; None (counted) when not quantitative."""
    wid = _text(w, "identificatie") or ident
    raw = _text(w, "kwantitatieveWaarde")
    if raw is None:
        label = f"{naam} (kwalitatief of in regeltekst)"
        unread_names[label] = unread_names.get(label, 0) + 1
        return None
    row = {"identificatie": wid, "naam": naam, "object_type": "omgevingsnorm",
           "norm_naam": naam}
    if column == "max_category":
        from ..milieu.categories import parse_category

        row["max_category"] = parse_category(raw).label
    else:
        row[column] = _norm_value(raw, column, unit, f, wid, naam)
    return row


def _norm_value(raw: str, column: str, unit: str, f: Path, wid: str, naam: str | None) -> float:
    """A kwantitatieveWaarde as a number in the column's unit (share 0-1, metres), checked."""
    values, bad = parse_numbers(pd.Series([raw], dtype=object))
    value = float(values[0])
    if bad[0] or not np.isfinite(value):
        raise InputError(
            f"argument 'path': {f.name}: Normwaarde {wid} of '{naam}' has "
            f"kwantitatieveWaarde {raw!r}, not a number; the limit it sets changes the "
            "allowed floor area, so it cannot be left out. Correct the kwantitatieveWaarde "
            "in the OW file to a number (e.g. 13 or 12,5) in the norm's eenheid."
        )
    if value < 0 or (column in _PERCENT and value > 100):
        raise InputError(
            f"argument 'path': {f.name}: Normwaarde {wid} of '{naam}' is {raw}, "
            "outside the possible range (a height >= 0 m, a percentage 0-100).")
    if column in _PERCENT:
        value = value / 100.0
    elif column.endswith("hoogte_m") and unit in ("centimeter", "cm"):
        value = value / 100.0
    return value


def _note_unread(issues: Issues, unread_names: dict[str, int], skipped: dict[str, int],
                 no_location: int) -> None:
    """Warn about the norms, OW objects and rules that were not read."""
    if unread_names:
        listed = ", ".join(f"{k} ({v})" for k, v in sorted(unread_names.items())[:8])
        issues.add("path", f"norms and gebiedsaanwijzingen without a limit rve_geo uses were "
                   f"not read: {listed}")
    if skipped:
        issues.add("path", "OW objects not used: " + ", ".join(
            f"{v} {k}" for k, v in sorted(skipped.items())))
    if no_location:
        issues.add("path", f"{no_location} rules refer only to locations without geometry "
                   "(Ambtsgebied, Lijn, Punt) and were left out")


def _rules_frame(rows: list[dict], regeling: str | None, crs) -> gpd.GeoDataFrame:
    """The rules as a GeoDataFrame with read_imro's columns plus the OW ones, in EPSG:28992."""
    frame = pd.DataFrame(rows, columns=[c for c in _OUTPUT_COLUMNS if c not in
                                        ("plan_id", "regeling_id")] + ["geometry"])
    for col in MEASURE_COLUMNS:
        frame[col] = frame[col].astype("float64")  # numbers checked by _norm_value
    frame["max_category"] = frame["max_category"].astype(object).where(
        frame["max_category"].notna(), None)
    frame["bestemmingshoofdgroep"] = None
    frame["plan_id"] = regeling
    frame["regeling_id"] = regeling
    out = gpd.GeoDataFrame(frame[_OUTPUT_COLUMNS], geometry=frame["geometry"].to_numpy(),
                           crs=crs or "EPSG:28992")
    if out.crs is not None and out.crs.to_epsg() != 28992:
        out = out.to_crs("EPSG:28992")
    return out
