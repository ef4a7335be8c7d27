"""The STOP imop-geo 1.3 format: namespaces, element order, identifiers (shared by the
writer, the reader and the validator)."""

from __future__ import annotations

import re
import uuid

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

#: A small GIO in the Geonovum example layout, used by the doctests of the reader and
#: the validator.
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
