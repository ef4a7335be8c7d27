"""Read a STOP GIO GML file into a GeoDataFrame."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ...errors import InputError
from ._format import (
    _B,
    _EXAMPLE,  # noqa: F401 (the doctest's sample file)
    _G,
    _GML,
)


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
