"""Check a GIO file against the STOP imop-geo rules (and optionally the XSD)."""

from __future__ import annotations

import datetime
import functools
import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from ...errors import InputError
from ._format import (  # _EXAMPLE: the doctests' sample file
    _B,
    _EXAMPLE,  # noqa: F401
    _G,
    _GIO,
    _GML,
    _GROUP_ID_RE,
    _LOCATIE_ORDER,
    _OPTIONAL_GML,
    _ROOT_ORDER,
    _UUID_RE,
    _VERSIE_ORDER,
    SRS_NAME,
    frbr_problem,
)
from .read import _parse, _text


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
    _check_root(root, problems)
    versies = root.findall(f"{_G}vastgesteldeVersie/{_G}GeoInformatieObjectVersie")
    if len(versies) != 1:
        return [*problems, f"expected one geo:GeoInformatieObjectVersie, found {len(versies)}"]
    versie = versies[0]
    order = _check_versie(versie, problems)
    locs = versie.findall(f"{_G}locaties/{_G}Locatie")
    if not locs:
        problems.append("geo:locaties holds no geo:Locatie")
    counts, ids = Counter(), []
    for k, loc in enumerate(locs, 1):
        ids.append(_check_locatie(k, loc, counts, problems))
    _check_all_or_none(counts, len(locs), problems)
    dup = sorted(k for k, c in Counter(ids).items() if c > 1 and k is not None)
    if dup:
        problems.append(f"STOP3013: basisgeo:id not unique: {', '.join(dup[:5])}")
    _check_groups(versie, locs, problems)
    _check_norm_elements(counts, set(order), problems)
    _check_gml(root, epsg_28992_only, problems)
    return problems


def _check_root(root: ET.Element, problems: list[str]) -> None:
    """Schema version, the order of the root's children and the context date."""
    if not root.get("schemaversie"):
        problems.append("root has no schemaversie attribute")
    children = [_local(c) for c in root]
    _check_order(children, _ROOT_ORDER, "geo:GeoInformatieObjectVaststelling", problems)
    if children[:2] != ["context", "vastgesteldeVersie"]:
        problems.append(f"root children are {children}; expected context, "
                        "vastgesteldeVersie")
    when = _text(root.find(
        f"{_G}context/{_GIO}GeografischeContext/{_GIO}achtergrondActualiteit"))
    if not _is_date(when):
        problems.append(f"gio:achtergrondActualiteit {when!r} is not a date YYYY-MM-DD")


def _check_versie(versie: ET.Element, problems: list[str]) -> list[str]:
    """Element order, required elements and FRBR identifiers of the version; its children."""
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
    return order


def _check_locatie(k: int, loc: ET.Element, counts: Counter, problems: list[str]) -> str | None:
    """One geo:Locatie: element order, group and normwaarden, UUID and geometry; its id."""
    names = [_local(c) for c in loc]
    _check_order(names, _LOCATIE_ORDER, f"geo:Locatie {k}", problems)
    for key in ("groepID", "kwalitatieveNormwaarde", "kwantitatieveNormwaarde"):
        counts[key] += key in names
    _check_locatie_values(k, loc, names, problems)
    geo = loc.find(f"{_G}geometrie/{_B}Geometrie")
    gid = _text(geo.find(_B + "id")) if geo is not None else None
    if gid is None or not _UUID_RE.match(gid):
        problems.append(f"location {k}: basisgeo:id {gid!r} is not a UUID")
    holder = geo.find(_B + "geometrie") if geo is not None else None
    if holder is None or len(holder) != 1:
        problems.append(f"STOP3019: location {k} has no basisgeo:geometrie")
        return gid
    top = holder[0]
    coords = " ".join(e.text or "" for e in top.iter()
                      if _local(e) in ("pos", "posList", "coordinates"))
    if not re.search(r"\d", coords):
        problems.append(f"STOP3019: location {k} has a geometry without coordinates")
    if not top.get("srsName"):
        problems.append(f"location {k}: the top-level geometry has no srsName")
    return gid


def _check_locatie_values(k: int, loc: ET.Element, names: list[str],
                          problems: list[str]) -> None:
    """Group id and normwaarden of one location (STOP3008, 3010, 3012)."""
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


def _check_all_or_none(counts: Counter, n: int, problems: list[str]) -> None:
    """Groups and normwaarden: all locations or none (STOP3000, 3006, 3007)."""
    for key, code in (("groepID", "STOP3000"), ("kwantitatieveNormwaarde", "STOP3006"),
                      ("kwalitatieveNormwaarde", "STOP3007")):
        if 0 < counts[key] < n:
            problems.append(f"{code}: {counts[key]} of {n} locations have a {key}; all or "
                            "none must have one")


def _check_norm_elements(counts: Counter, present: set[str], problems: list[str]) -> None:
    """Norm and unit elements match the kind of normwaarden (STOP3009, 3011, 3015, 3016)."""
    has_kwant = counts["kwantitatieveNormwaarde"] > 0
    has_kwal = counts["kwalitatieveNormwaarde"] > 0
    if has_kwant and not {"eenheidlabel", "eenheidID"} <= present:
        problems.append("STOP3009: kwantitatieve normwaarden without eenheidlabel/eenheidID")
    if has_kwal and present & {"eenheidlabel", "eenheidID"}:
        problems.append("STOP3015: kwalitatieve normwaarden with an eenheidlabel/eenheidID")
    if (has_kwant or has_kwal) and not {"normlabel", "normID"} <= present:
        problems.append("STOP3011: normwaarden without normlabel/normID")
    if not (has_kwant or has_kwal) and present & {"normlabel", "normID", "eenheidlabel",
                                                  "eenheidID"}:
        problems.append("STOP3016: norm/eenheid elements without any normwaarde")


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
