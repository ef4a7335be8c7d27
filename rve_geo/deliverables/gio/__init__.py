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

from ._format import GIO_NAMESPACES, frbr_problem
from .read import read_gio
from .validate import validate_gio
from .write import write_gio

__all__ = ["GIO_NAMESPACES", "frbr_problem", "read_gio", "validate_gio", "write_gio"]
