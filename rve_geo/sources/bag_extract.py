"""Stream panden and verblijfsobjecten out of the Kadaster BAG 2.0 Extract (XML).

The BAG 2.0 Extract (national ``lvbag-extract-nl.zip``, per municipality
``BAGGEM0221L-15092020.zip``) is a zip of zips: one per object type
(``9999PND15112020.zip``, ``9999VBO15112020.zip``, ...), each holding numbered XML files
(``9999PND15112020-000001.xml``, ...). Every XML file is an ``sl-bag-extract:bagStand`` with
one ``sl-bag-extract:bagObject`` per voorkomen, holding an ``Objecten:Pand`` or
``Objecten:Verblijfsobject`` (namespace ``www.kadaster.nl/schemas/lvbag/imbag/objecten/
v20200601``) with its ``Objecten:voorkomen/Historie:Voorkomen``.

:func:`read_extract` returns the two frames :func:`rve_geo.read_bag` reads from the national
BAG GeoPackage (``pand`` with ``identificatie``, ``oorspronkelijkBouwjaar``, ``status``;
``verblijfsobject`` with ``identificatie``, ``pand_identificatie``, ``gebruiksdoel``,
``oppervlakte``, ``status``; several values comma separated), so that one set of rules
combines them. The files are streamed with ``lxml.etree.iterparse`` and every object is
cleared once read: memory grows with the objects kept, not with the file.

Only the voorkomen that is current on the extract's date (``StandTechnischeDatum``, else
today) is kept: ``beginGeldigheid <= date``, no ``eindGeldigheid`` or one after the date,
and no ``eindRegistratie`` (a voorkomen whose registration ended was corrected). 3D
coordinates (``srsDimension="3"``) are read as 2D. A verblijfsobject with a ``vlak`` instead
of a ``punt`` is placed at a point inside that polygon (``shapely.point_on_surface``).
"""

from __future__ import annotations

import datetime as _dt
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, NamedTuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..errors import InputError

__all__ = ["ExtractFrames", "extract_parts", "is_bag_extract", "read_extract"]

_OBJ = "www.kadaster.nl/schemas/lvbag/imbag/objecten/v20200601"
_HIS = "www.kadaster.nl/schemas/lvbag/imbag/historie/v20200601"
_REF = "www.kadaster.nl/schemas/lvbag/imbag/objecten-ref/v20200601"
_SEL = "http://www.kadaster.nl/schemas/lvbag/extract-selecties/v20200601"
_GML = "http://www.opengis.net/gml/3.2"

_PAND = f"{{{_OBJ}}}Pand"
_VBO = f"{{{_OBJ}}}Verblijfsobject"
_DATE = f"{{{_SEL}}}StandTechnischeDatum"
_TAG = {"PND": _PAND, "VBO": _VBO}
#: Object type in the file names of the extract: 0221PND15092020.zip, ...-000001.xml.
_TYPE_IN_NAME = re.compile(r"(?:^|[^A-Za-z])(PND|VBO|LIG|STA|NUM|OPR|WPL|GEM)(?=\d{8})",
                           re.IGNORECASE)
_EXPECTED = ("a BAG 2.0 Extract: the Kadaster zip (lvbag-extract-nl.zip or "
             "BAGGEMxxxxL-ddmmyyyy.zip) with inner zips xxxxPNDddmmyyyy.zip and "
             "xxxxVBOddmmyyyy.zip, those inner zips, or a folder with their XML files "
             "(xxxxPNDddmmyyyy-000001.xml, ...)")


class ExtractFrames(NamedTuple):
    """The pand and verblijfsobject frames read from an extract (``vbo`` None without VBO)."""

    panden: gpd.GeoDataFrame
    vbo: gpd.GeoDataFrame | None
    sources: tuple[str, ...]


class _Part(NamedTuple):
    """One XML file of the extract: its object type, a name for messages and an opener."""

    kind: str
    name: str
    container: Path
    members: tuple[str, ...]  # zip members from outer to inner; () for a plain file


def _object_type(name: str) -> str | None:
    m = _TYPE_IN_NAME.search(Path(name).name)
    return m.group(1).upper() if m else None


def is_bag_extract(path) -> bool:
    """Whether ``path`` looks like a BAG 2.0 Extract (zip, inner zips, XML files, folder).

    Examples
    --------
    >>> is_bag_extract("lvbag-extract-nl.zip"), is_bag_extract("bag-light.gpkg")
    (True, False)
    """
    if isinstance(path, (list, tuple)):
        return len(path) > 0 and all(is_bag_extract(p) for p in path)
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".xml":
        return True
    if suffix == ".zip":
        # a zipped GeoPackage or Shapefile goes to GDAL; anything else is read as an extract
        try:
            with zipfile.ZipFile(p) as zf:
                names = [n.lower() for n in zf.namelist()]
        except (OSError, zipfile.BadZipFile):
            return True
        return not any(n.endswith((".gpkg", ".shp")) for n in names)
    if p.is_dir() and suffix != ".gdb":
        return any(_object_type(f.name) in ("PND", "VBO") for f in p.rglob("*")
                   if f.suffix.lower() in (".zip", ".xml"))
    return False


def _zip_parts(container: Path, prefix: tuple[str, ...], zf: zipfile.ZipFile) -> list[_Part]:
    parts = []
    for info in zf.infolist():
        if info.is_dir():
            continue
        kind = _object_type(info.filename)
        low = info.filename.lower()
        if low.endswith(".zip") and kind in (None, "PND", "VBO"):
            with _open_member(container, (*prefix, info.filename)) as fh, \
                    zipfile.ZipFile(fh) as inner:
                parts += _zip_parts(container, (*prefix, info.filename), inner)
        elif low.endswith(".xml") and kind in ("PND", "VBO"):
            parts.append(_Part(kind, f"{container.name}:{'/'.join((*prefix, info.filename))}",
                               container, (*prefix, info.filename)))
    return parts


def _parts_of(p: Path) -> list[_Part]:
    if p.is_dir():
        out = []
        for f in sorted(p.rglob("*")):
            if f.suffix.lower() in (".zip", ".xml") and _object_type(f.name) in ("PND", "VBO"):
                out += _parts_of(f)
        return out
    if p.suffix.lower() == ".xml":
        kind = _object_type(p.name) or _sniff_kind(p)
        return [_Part(kind, str(p), p, ())] if kind in ("PND", "VBO") else []
    try:
        with zipfile.ZipFile(p) as zf:
            return _zip_parts(p, (), zf)
    except zipfile.BadZipFile as exc:
        raise InputError(f"argument 'path': '{p}' is not a readable zip file ({exc}); "
                         f"expected {_EXPECTED}.") from exc


def _sniff_kind(p: Path) -> str | None:
    """The object type of an XML file without the type in its name (first object read)."""
    from lxml import etree

    try:
        for _, el in etree.iterparse(str(p), events=("end",), tag=(_PAND, _VBO)):
            return "PND" if el.tag == _PAND else "VBO"
    except etree.XMLSyntaxError:
        return None
    return None


def extract_parts(path) -> list[_Part]:
    """The PND and VBO XML files of an extract, in file-name order (PND first), each once.

    Raises :class:`~rve_geo.errors.InputError` naming the path when it holds no pand file.
    """
    paths = list(path) if isinstance(path, (list, tuple)) else [path]
    parts: list[_Part] = []
    for item in paths:
        p = Path(item).expanduser()
        if not p.exists():
            raise InputError(f"argument 'path': '{p}' does not exist; check the path.")
        found = _parts_of(p)
        if not found:
            raise InputError(f"argument 'path': '{p}' holds no BAG pand (PND) or "
                             f"verblijfsobject (VBO) files; expected {_EXPECTED}.")
        parts += found
    if not any(x.kind == "PND" for x in parts):
        names = ", ".join(str(x) for x in paths)
        raise InputError(f"argument 'path': '{names}' holds verblijfsobjecten but no panden "
                         f"(no PND file); expected {_EXPECTED}.")
    # in file-name order; a file found twice (a folder holding an inner zip and the XML files
    # unzipped from it) is read once
    unique: dict[str, _Part] = {}
    for part in parts:
        unique.setdefault(_file_name(part), part)
    return sorted(unique.values(), key=lambda x: (x.kind != "PND", _file_name(x)))


def _file_name(part: _Part) -> str:
    return Path(part.members[-1] if part.members else part.container).name


@contextmanager
def _open_member(container: Path, members: tuple[str, ...]) -> Iterator[IO[bytes]]:
    """Open a (nested) zip member as a seekable binary file.

    An inner zip compressed inside the outer one is copied to a temporary file first
    (seeking in a compressed stream would decompress it again from the start).
    """
    if not members:
        with open(container, "rb") as fh:
            yield fh
        return
    with _open_member(container, members[:-1]) as outer, zipfile.ZipFile(outer) as zf:
        info = zf.getinfo(members[-1])
        if not members[-1].lower().endswith(".zip") or info.compress_type == zipfile.ZIP_STORED:
            with zf.open(info) as fh:
                yield fh
            return
        with tempfile.TemporaryFile(prefix="rve_bag_") as tmp:
            with zf.open(info) as fh:
                shutil.copyfileobj(fh, tmp, 1 << 20)
            tmp.seek(0)
            yield tmp


# --------------------------------------------------------------------------- parsing

_T = {name: f"{{{_OBJ}}}{name}" for name in (
    "identificatie", "status", "oorspronkelijkBouwjaar", "gebruiksdoel", "oppervlakte",
    "geometrie", "voorkomen", "maaktDeelUitVan")}
_WANTED = frozenset(_T[n] for n in ("identificatie", "status", "oorspronkelijkBouwjaar",
                                     "oppervlakte"))
_H_VOORKOMEN = f"{{{_HIS}}}Voorkomen"
_H_BEGIN = f"{{{_HIS}}}beginGeldigheid"
_H_END = f"{{{_HIS}}}eindGeldigheid"
_H_END_REG = f"{{{_HIS}}}eindRegistratie"
_G_POLYGON = f"{{{_GML}}}Polygon"
_G_POSLIST = f"{{{_GML}}}posList"
_G_POINT = f"{{{_GML}}}Point"
_G_POS = f"{{{_GML}}}pos"


def _text(el) -> str | None:
    t = el.text
    return t.strip() or None if t is not None else None


def _coords(pos, dim_default: int) -> np.ndarray:
    """x, y of a ``gml:posList`` / ``gml:pos``; the dimension from ``srsDimension`` (here or
    on the geometry), else from ``count``, else 2 (a ``gml:pos``: its number of values)."""
    xyz = np.array(pos.text.split(), dtype=float)
    dim = pos.get("srsDimension")
    if dim is None and pos.get("count"):
        dim = len(xyz) // int(pos.get("count"))
    elif dim is None and pos.tag == _G_POS:
        dim = len(xyz)
    return xyz.reshape(-1, int(dim or dim_default))[:, :2]


def _rings(poly) -> list[np.ndarray]:
    dim = int(poly.get("srsDimension") or 2)
    return [_coords(pos, dim) for boundary in poly for pos in boundary.iter(_G_POSLIST)]


def _is_current(voorkomen, on: str) -> bool:
    """Whether a voorkomen is valid on ``on`` (ISO date) and its registration not ended."""
    if voorkomen is None:
        return True
    begin = end = None
    for v in voorkomen:
        if v.tag != _H_VOORKOMEN:
            continue
        for field in v:
            tag = field.tag
            if tag == _H_END_REG:
                return False
            if tag == _H_BEGIN:
                begin = _text(field)
            elif tag == _H_END:
                end = _text(field)
    return (begin is None or begin[:10] <= on) and (end is None or end[:10] > on)


def _meets(lo: np.ndarray, hi: np.ndarray, box) -> bool:
    return lo[0] <= box[2] and hi[0] >= box[0] and lo[1] <= box[3] and hi[1] >= box[1]


class _Rows:
    """Column lists and coordinates of the objects kept, per object type.

    Geometries are built once at the end (``shapely.from_ragged_array``, ``shapely.points``);
    the rare pand with several polygons or none is kept aside as a shapely geometry.
    """

    def __init__(self, kind: str):
        self.kind = kind
        self.cols: dict[str, list] = {"identificatie": [], "status": []}
        if kind == "PND":
            self.cols["oorspronkelijkBouwjaar"] = []
        else:
            self.cols.update(pand_identificatie=[], gebruiksdoel=[], oppervlakte=[])
        self.coords: list[np.ndarray] = []  # rings (PND) or points (VBO)
        self.ring_ends: list[int] = []
        self.geom_ends: list[int] = []
        self.odd: dict[int, object] = {}  # row -> shapely geometry that is not one polygon
        self.crs: str | None = None

    def _crs_from(self, geom_el) -> None:
        srs = next((e.get("srsName") for e in geom_el.iter() if e.get("srsName")), None)
        m = re.search(r"EPSG:+(\d+)", srs or "")
        self.crs = f"EPSG:{m.group(1)}" if m else None

    def _pand_geometry(self, geom_el, box) -> bool:
        polys = list(geom_el.iter(_G_POLYGON)) if geom_el is not None else []
        rings = _rings(polys[0]) if len(polys) == 1 else []
        if len(polys) != 1 or not rings:
            shapes = [shapely.Polygon(r[0], r[1:]) for r in map(_rings, polys) if r]
            geom = shapes[0] if len(shapes) == 1 else (shapely.MultiPolygon(shapes) if shapes
                                                       else None)
            if box is not None and (geom is None or not _meets(*np.split(
                    np.asarray(shapely.bounds(geom)), 2), box)):
                return False
            self.odd[len(self.geom_ends)] = geom
            self.geom_ends.append(len(self.ring_ends))
            return True
        shell = rings[0]
        if box is not None and not _meets(shell.min(axis=0), shell.max(axis=0), box):
            return False
        for r in rings:
            self.coords.append(r)
            self.ring_ends.append((self.ring_ends[-1] if self.ring_ends else 0) + len(r))
        self.geom_ends.append(len(self.ring_ends))
        return True

    def _vbo_geometry(self, geom_el, box) -> bool:
        xy = None
        if geom_el is not None:
            pos = next(geom_el.iter(_G_POS), None)
            if pos is not None:
                pt = next(geom_el.iter(_G_POINT))
                xy = _coords(pos, int(pt.get("srsDimension") or 2))[0]
            else:
                polys = [r for r in map(_rings, geom_el.iter(_G_POLYGON)) if r]
                if polys:
                    shape = shapely.MultiPolygon([shapely.Polygon(r[0], r[1:]) for r in polys])
                    xy = shapely.get_coordinates(shapely.point_on_surface(shape))[0]
        if xy is None:
            if box is not None:
                return False
            xy = np.array([np.nan, np.nan])
        elif box is not None and not _meets(xy, xy, box):
            return False
        self.coords.append(xy)
        return True

    def add(self, obj, on: str, box) -> None:
        values: dict[str, str | None] = {}
        uses: list[str] = []
        refs: list[str] = []
        geom_el = voorkomen = None
        for child in obj:
            tag = child.tag
            if tag == _T["geometrie"]:
                geom_el = child
            elif tag == _T["voorkomen"]:
                voorkomen = child
            elif tag == _T["gebruiksdoel"]:
                uses.append(_text(child) or "")
            elif tag == _T["maaktDeelUitVan"]:
                refs += [_text(r) or "" for r in child]
            elif tag in _WANTED:
                values[tag] = _text(child)
        if not _is_current(voorkomen, on):
            return
        if self.crs is None and geom_el is not None:
            self._crs_from(geom_el)
        if self.kind == "PND":
            if not self._pand_geometry(geom_el, box):
                return
            self.cols["oorspronkelijkBouwjaar"].append(values.get(_T["oorspronkelijkBouwjaar"]))
        else:
            if not self._vbo_geometry(geom_el, box):
                return
            self.cols["gebruiksdoel"].append(",".join(u for u in uses if u) or None)
            self.cols["oppervlakte"].append(values.get(_T["oppervlakte"]))
            self.cols["pand_identificatie"].append(",".join(r for r in refs if r) or None)
        self.cols["identificatie"].append(values.get(_T["identificatie"]))
        self.cols["status"].append(values.get(_T["status"]))

    def _geometries(self) -> np.ndarray:
        if self.kind == "VBO":
            xy = np.array(self.coords, dtype=float).reshape(-1, 2)
            geoms = shapely.points(xy)
            geoms[np.isnan(xy[:, 0])] = None
            return geoms
        n = len(self.geom_ends)
        if not self.coords:
            geoms = np.full(n, None, dtype=object)
        else:
            coords = np.concatenate(self.coords)
            ring_offsets = np.concatenate([[0], self.ring_ends]).astype(np.int64)
            geom_offsets = np.concatenate([[0], self.geom_ends]).astype(np.int64)
            geoms = shapely.from_ragged_array(shapely.GeometryType.POLYGON, coords,
                                              (ring_offsets, geom_offsets))
        for row, geom in self.odd.items():
            geoms[row] = geom
        return geoms

    def frame(self) -> gpd.GeoDataFrame:
        data = {}
        for name, values in self.cols.items():
            if name in ("oorspronkelijkBouwjaar", "oppervlakte"):
                data[name] = _integers(values)
            else:
                data[name] = pd.array(values, dtype=object)
        frame = gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(
            self._geometries(), crs=self.crs or "EPSG:28992"))
        if self.kind == "VBO":  # messages about rows name the verblijfsobject
            frame.index = pd.Index(self.cols["identificatie"], dtype=object)
        return frame


def _integers(values: list) -> pd.Series:
    """Whole numbers as int32, or float64 with NaN when some are missing (as GDAL reads them);
    text that is not a number stays text so the caller can name it."""
    s = pd.Series(values, dtype=object)
    num = pd.to_numeric(s, errors="coerce")
    if (num.isna() & s.notna()).any():
        return s
    if num.notna().all() and (num % 1 == 0).all() and len(num):
        return num.astype("int32")
    return num.astype("float64")


def _stream(part: _Part, rows: _Rows, box, today: str) -> None:
    from lxml import etree

    tag = _TAG[part.kind]
    on = today
    seen = 0
    with _open_member(part.container, part.members) as fh:
        events = etree.iterparse(fh, events=("end",), tag=(tag, _DATE), huge_tree=True,
                                 remove_blank_text=True)
        try:
            for _, el in events:
                if el.tag == _DATE:
                    on = (_text(el) or today)[:10]
                    continue
                seen += 1
                rows.add(el, on, box)
                # free what was read: the object, and the bagObject elements before it
                el.clear()
                holder = el.getparent()
                if holder is not None:
                    holder.clear()
                    while holder.getprevious() is not None:
                        del holder.getparent()[0]
        except etree.XMLSyntaxError as exc:
            raise InputError(f"argument 'path': '{part.name}' is not well-formed XML ({exc}); "
                             f"expected a BAG 2.0 Extract XML file.") from exc
        except (ValueError, IndexError, StopIteration) as exc:
            raise InputError(f"argument 'path': '{part.name}' holds an object whose geometry "
                             f"cannot be read ({exc}); expected GML 3.2 gml:Polygon/gml:posList "
                             "or gml:Point/gml:pos as in the BAG 2.0 Extract.") from exc
    root = events.root.tag if events.root is not None else "(none)"
    if seen == 0 and not str(root).endswith("}bagStand"):
        what = "Objecten:Pand" if part.kind == "PND" else "Objecten:Verblijfsobject"
        raise InputError(
            f"argument 'path': '{part.name}' is not a BAG 2.0 Extract file: its root element "
            f"is {root} and it holds no {what} elements in namespace {_OBJ}; expected "
            "sl-bag-extract:bagStand files of the BAG 2.0 Extract (the BAG 1.0 extract of "
            "before 2021 is not read; download a current extract or PDOK's BAG GeoPackage).")


def read_extract(path, *, bbox: Sequence[float] | None = None, mask=None,
                 today: str | None = None) -> ExtractFrames:
    """Read the current panden and verblijfsobjecten of a BAG 2.0 Extract.

    Parameters
    ----------
    path : path-like or sequence of path-likes
        The extract zip, its inner PND and VBO zips, their XML files, or a folder of them.
    bbox, mask
        Keep panden intersecting the box / geometry; verblijfsobjecten are then kept within
        the extent of those panden (the rule :func:`rve_geo.read_bag` applies to GeoPackages).
    today : str, optional
        ISO date for files without ``StandTechnischeDatum`` (default: today).

    Returns
    -------
    ExtractFrames
        ``panden``, ``vbo`` (None when the extract has no VBO file) and the XML files read.
    """
    try:
        import lxml.etree  # noqa: F401
    except ImportError as exc:  # pragma: no cover - lxml is in the test extra
        raise InputError("argument 'path': reading the BAG 2.0 Extract (XML) needs the lxml "
                         "package (pip install lxml); or read PDOK's BAG GeoPackage.") from exc
    parts = extract_parts(path)
    today = today or _dt.date.today().isoformat()
    box = None
    if bbox is not None:
        box = tuple(bbox)
    elif mask is not None:
        box = tuple(shapely.bounds(mask))
    pnd = _Rows("PND")
    for part in (x for x in parts if x.kind == "PND"):
        _stream(part, pnd, box, today)
    panden = pnd.frame()
    if mask is not None or bbox is not None:
        keep = shapely.intersects(panden.geometry.to_numpy(),
                                  mask if mask is not None else shapely.box(*bbox))
        if bbox is not None and mask is not None:
            keep &= shapely.intersects(panden.geometry.to_numpy(), shapely.box(*bbox))
        panden = panden.loc[keep].reset_index(drop=True)
    vparts = [x for x in parts if x.kind == "VBO"]
    if not vparts:
        return ExtractFrames(panden, None, tuple(x.name for x in parts))
    vbox = tuple(panden.total_bounds) if box is not None and len(panden) else None
    vbo = _Rows("VBO")
    if box is None or len(panden):
        for part in vparts:
            _stream(part, vbo, vbox, today)
    return ExtractFrames(panden, vbo.frame(), tuple(x.name for x in parts))
