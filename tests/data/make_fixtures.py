"""Derive the small real-data fixtures in tests/data from ../shared/realdata (run once).

    python tests/data/make_fixtures.py ../shared/realdata

Every derivation is listed in tests/data/PROVENANCE.md. The output is deterministic.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd

HERE = Path(__file__).resolve().parent
#: Boxes around the two business parks of Doesburg (DBG-NOORD and DBG-ZUIDOOST in
#: sample_data) plus 100 m: the parks' halls and the housing next to them.
DOESBURG_BOXES = ((205994.0, 447953.0, 206918.0, 448371.0),
                  (206186.0, 445760.0, 207114.0, 446513.0))


def main(realdata: Path) -> None:
    parts = [gpd.read_file(realdata / "doesburg_bag_pand_2020.gpkg", layer="pand", bbox=box)
             for box in DOESBURG_BOXES]
    bag = pd.concat(parts).drop_duplicates("identificatie")
    bag = bag.sort_values("identificatie").reset_index(drop=True)
    out = HERE / "doesburg_bag_pand_2020_parks.gpkg"
    out.unlink(missing_ok=True)
    bag.to_file(out, layer="pand", driver="GPKG")
    for name in ("otterlo_brk_perceel.gpkg", "delft_wippolder_3dbag.gpkg"):
        shutil.copyfile(realdata / name, HERE / name)
    for sub in ("imro", "geonovum_gio"):
        (HERE / sub).mkdir(exist_ok=True)
        for f in sorted((realdata / sub).iterdir()):
            shutil.copyfile(f, HERE / sub / f.name)
    make_bag_extract()


# --- BAG 2.0 Extract (XML) -------------------------------------------------------------

#: Namespaces of the BAG 2.0 Extract (Kadaster, schemas v20200601).
BAG_NS = {
    "sl-bag-extract": "http://www.kadaster.nl/schemas/lvbag/extract-deelbestand-lvc/v20200601",
    "sl": "http://www.kadaster.nl/schemas/standlevering-generiek/1.0",
    "selecties-extract": "http://www.kadaster.nl/schemas/lvbag/extract-selecties/v20200601",
    "Objecten": "www.kadaster.nl/schemas/lvbag/imbag/objecten/v20200601",
    "Objecten-ref": "www.kadaster.nl/schemas/lvbag/imbag/objecten-ref/v20200601",
    "Historie": "www.kadaster.nl/schemas/lvbag/imbag/historie/v20200601",
    "gml": "http://www.opengis.net/gml/3.2",
}
EXTRACT_DATE = "2020-09-15"  # the date of doesburg_bag_pand_2020.gpkg
SRS = "urn:ogc:def:crs:EPSG::28992"
USES = ("woonfunctie",) * 6 + ("winkelfunctie", "kantoorfunctie", "bijeenkomstfunctie",
                              "overige gebruiksfunctie", "woonfunctie,winkelfunctie")


def synthetic_verblijfsobjecten(panden: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Verblijfsobjecten written for the tests on the real panden (seeded, deterministic).

    Panden of 30 m2 or more get 1 verblijfsobject, 2 above 150 m2 and 3 above 600 m2 (halls
    above 600 m2: industriefunctie), at the pand's point on surface; oppervlakte 80 % of the
    footprint shared between them. Then: the first two touching panden share one
    verblijfsobject (pand_identificatie 'a,b'); objects 3 and 4 are 'Verblijfsobject
    gevormd'; object 5 'Verblijfsobject in gebruik (niet ingemeten)'.
    """
    import numpy as np
    import shapely

    rng = np.random.default_rng(16)
    geoms = panden.geometry.to_numpy()
    area = shapely.area(geoms)
    rows = []
    for i in range(len(panden)):
        k = int(area[i] >= 30) + int(area[i] > 150) + int(area[i] > 600)
        for _ in range(k):
            use = "industriefunctie" if area[i] > 600 else USES[rng.integers(len(USES))]
            rows.append((panden["identificatie"].iloc[i], use, int(area[i] * 0.8 / k),
                         shapely.point_on_surface(geoms[i])))
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms, predicate="touches")
    a, b = a[a < b][0], b[a < b][0]
    shared = shapely.point_on_surface(shapely.union(geoms[a], geoms[b]))
    rows.append((f"{panden['identificatie'].iloc[a]},{panden['identificatie'].iloc[b]}",
                 "kantoorfunctie", int((area[a] + area[b]) * 0.5), shared))
    status = ["Verblijfsobject in gebruik"] * len(rows)
    status[3] = status[4] = "Verblijfsobject gevormd"
    status[5] = "Verblijfsobject in gebruik (niet ingemeten)"
    return gpd.GeoDataFrame(
        {"identificatie": [f"0221010000{100001 + j:06d}" for j in range(len(rows))],
         "pand_identificatie": [r[0] for r in rows], "gebruiksdoel": [r[1] for r in rows],
         "oppervlakte": np.array([r[2] for r in rows], dtype="int32"), "status": status},
        geometry=[r[3] for r in rows], crs=panden.crs)


def _bare(bag_id: str) -> str:
    """The 16-digit id as the extract writes it (the GeoPackage has NL.IMBAG.Pand.<id>)."""
    return bag_id.rsplit(".", 1)[-1]


def _poslist(parent, ring, etree) -> None:
    g = BAG_NS["gml"]
    lr = etree.SubElement(parent, f"{{{g}}}LinearRing")
    pl = etree.SubElement(lr, f"{{{g}}}posList", srsDimension="3", count=str(len(ring.coords)))
    pl.text = " ".join(f"{x!r} {y!r} 0.0" for x, y in ring.coords)


def _gml_polygon(parent, poly, etree) -> None:
    g = BAG_NS["gml"]
    el = etree.SubElement(parent, f"{{{g}}}Polygon", srsName=SRS, srsDimension="3")
    _poslist(etree.SubElement(el, f"{{{g}}}exterior"), poly.exterior, etree)
    for ring in poly.interiors:
        _poslist(etree.SubElement(el, f"{{{g}}}interior"), ring, etree)


def _voorkomen(obj, n: int, begin: str, etree, end: str | None = None,
               end_registration: str | None = None) -> None:
    h = BAG_NS["Historie"]
    v = etree.SubElement(etree.SubElement(obj, f"{{{BAG_NS['Objecten']}}}voorkomen"),
                         f"{{{h}}}Voorkomen")
    etree.SubElement(v, f"{{{h}}}voorkomenidentificatie").text = str(n)
    etree.SubElement(v, f"{{{h}}}beginGeldigheid").text = begin
    if end:
        etree.SubElement(v, f"{{{h}}}eindGeldigheid").text = end
    etree.SubElement(v, f"{{{h}}}tijdstipRegistratie").text = f"{begin}T09:00:00.000"
    if end_registration:
        etree.SubElement(v, f"{{{h}}}eindRegistratie").text = f"{end_registration}T09:00:00.000"
    lv = etree.SubElement(v, f"{{{h}}}BeschikbaarLV")
    etree.SubElement(lv, f"{{{h}}}tijdstipRegistratieLV").text = f"{begin}T09:05:00.000"


def _pand_xml(stand, row, etree, *, n: int = 1, begin: str = "2010-01-01", end=None,
              status=None, geometry=None) -> None:
    o = BAG_NS["Objecten"]
    obj = etree.SubElement(etree.SubElement(stand, f"{{{BAG_NS['sl-bag-extract']}}}bagObject"),
                           f"{{{o}}}Pand")
    _voorkomen(obj, n, begin, etree, end)
    etree.SubElement(obj, f"{{{o}}}identificatie", domein="NL.IMBAG.Pand").text = \
        _bare(row["identificatie"])
    _gml_polygon(etree.SubElement(obj, f"{{{o}}}geometrie"),
                 geometry if geometry is not None else row.geometry, etree)
    etree.SubElement(obj, f"{{{o}}}oorspronkelijkBouwjaar").text = \
        str(row["oorspronkelijkBouwjaar"])
    etree.SubElement(obj, f"{{{o}}}status").text = status or row["status"]
    etree.SubElement(obj, f"{{{o}}}geconstateerd").text = "N"
    etree.SubElement(obj, f"{{{o}}}documentdatum").text = begin
    etree.SubElement(obj, f"{{{o}}}documentnummer").text = f"DBG-{_bare(row['identificatie'])[-6:]}"


def _vbo_xml(stand, row, etree, *, n: int = 1, begin: str = "2010-01-01", end=None,
             end_registration=None, oppervlakte=None, vlak=None) -> None:
    o, r = BAG_NS["Objecten"], BAG_NS["Objecten-ref"]
    obj = etree.SubElement(etree.SubElement(stand, f"{{{BAG_NS['sl-bag-extract']}}}bagObject"),
                           f"{{{o}}}Verblijfsobject")
    adres = etree.SubElement(obj, f"{{{o}}}heeftAlsHoofdadres")
    etree.SubElement(adres, f"{{{r}}}NummeraanduidingRef", domein="NL.IMBAG.Nummeraanduiding") \
        .text = "0221200000" + row["identificatie"][-6:]
    _voorkomen(obj, n, begin, etree, end, end_registration)
    etree.SubElement(obj, f"{{{o}}}identificatie", domein="NL.IMBAG.Verblijfsobject").text = \
        _bare(row["identificatie"])
    geom = etree.SubElement(obj, f"{{{o}}}geometrie")
    if vlak is not None:
        _gml_polygon(etree.SubElement(geom, f"{{{o}}}vlak"), vlak, etree)
    else:
        pt = etree.SubElement(etree.SubElement(geom, f"{{{o}}}punt"),
                              f"{{{BAG_NS['gml']}}}Point", srsName=SRS, srsDimension="3")
        etree.SubElement(pt, f"{{{BAG_NS['gml']}}}pos").text = \
            f"{row.geometry.x!r} {row.geometry.y!r} 0.0"
    for use in row["gebruiksdoel"].split(","):
        etree.SubElement(obj, f"{{{o}}}gebruiksdoel").text = use
    etree.SubElement(obj, f"{{{o}}}oppervlakte").text = str(
        row["oppervlakte"] if oppervlakte is None else oppervlakte)
    etree.SubElement(obj, f"{{{o}}}status").text = row["status"]
    etree.SubElement(obj, f"{{{o}}}geconstateerd").text = "N"
    etree.SubElement(obj, f"{{{o}}}documentdatum").text = begin
    etree.SubElement(obj, f"{{{o}}}documentnummer").text = f"DBG-{_bare(row['identificatie'])[-6:]}"
    for pand in row["pand_identificatie"].split(","):
        etree.SubElement(etree.SubElement(obj, f"{{{o}}}maaktDeelUitVan"), f"{{{r}}}PandRef",
                         domein="NL.IMBAG.Pand").text = _bare(pand)


def _bag_file(kind: str, etree):
    """An empty sl-bag-extract:bagStand for Doesburg (0221); returns (root, stand)."""
    ns = BAG_NS
    root = etree.Element(f"{{{ns['sl-bag-extract']}}}bagStand", nsmap=ns)
    info = etree.SubElement(root, f"{{{ns['sl-bag-extract']}}}bagInfo")
    s = ns["selecties-extract"]
    gem = etree.SubElement(etree.SubElement(etree.SubElement(etree.SubElement(
        info, f"{{{s}}}Gebied-Registratief"), f"{{{s}}}Gebied-GEM"),
        f"{{{s}}}GemeenteCollectie"), f"{{{s}}}Gemeente")
    etree.SubElement(gem, f"{{{s}}}GemeenteIdentificatie").text = "0221"
    lvc = etree.SubElement(info, f"{{{s}}}LVC-Extract")
    etree.SubElement(lvc, f"{{{s}}}StandTechnischeDatum").text = EXTRACT_DATE
    sb = etree.SubElement(root, f"{{{ns['sl']}}}standBestand")
    etree.SubElement(sb, f"{{{ns['sl']}}}dataset").text = "LVBAG"
    inhoud = etree.SubElement(sb, f"{{{ns['sl']}}}inhoud")
    etree.SubElement(inhoud, f"{{{ns['sl']}}}gebied").text = "GEMEENTE"
    etree.SubElement(inhoud, f"{{{ns['sl']}}}leveringsId").text = "0000000001"
    types = etree.SubElement(inhoud, f"{{{ns['sl']}}}objectTypen")
    etree.SubElement(types, f"{{{ns['sl']}}}objectType").text = kind
    return root, etree.SubElement(sb, f"{{{ns['sl']}}}stand")


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 9, 15, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


def write_bag_extract(panden: gpd.GeoDataFrame, vbo: gpd.GeoDataFrame, out: Path,
                      *, files_per_type: int = 2, history: bool = True,
                      vlak_index: int | None = 6) -> Path:
    """Write panden and verblijfsobjecten as a BAG 2.0 Extract zip of PND and VBO zips.

    Each object type is split over ``files_per_type`` XML files (0221PND15092020-000001.xml,
    ...). With ``history``: the first pand also gets an ended voorkomen (1, 2009-05-01 to
    2010-01-01, status 'Bouw gestart', footprint shrunk by 1 m) before its current one (2);
    the first verblijfsobject an ended voorkomen (oppervlakte 1) and the second a voorkomen
    whose registration ended (oppervlakte 2), both before their current one.
    The verblijfsobject with index ``vlak_index`` is written with a vlak (its pand's polygon) instead of a
    punt: its point in the GeoPackage is that polygon's point on surface.
    """
    from lxml import etree

    stamp = "15092020"
    inner = {}
    for kind, frame in (("PND", panden), ("VBO", vbo)):
        files = {}
        size = -(-len(frame) // files_per_type)
        chunks = [range(len(frame))[i:i + size] for i in range(0, len(frame), size)]
        for n, chunk in enumerate(chunks, 1):
            root, stand = _bag_file(kind, etree)
            for i in chunk:
                row = frame.iloc[i]
                if kind == "PND":
                    if history and i == 0:
                        _pand_xml(stand, row, etree, n=1, begin="2009-05-01", end="2010-01-01",
                                  status="Bouw gestart", geometry=row.geometry.buffer(-1.0))
                    _pand_xml(stand, row, etree, n=2 if history and i == 0 else 1)
                else:
                    if history and i == 0:
                        _vbo_xml(stand, row, etree, begin="2009-05-01", end="2010-01-01",
                                 oppervlakte=1)
                    if history and i == 1:
                        _vbo_xml(stand, row, etree, end_registration="2011-02-01",
                                 oppervlakte=2)
                    vlak = None
                    if i == vlak_index:
                        vlak = panden.geometry[panden["identificatie"] ==
                                               row["pand_identificatie"]].iloc[0]
                    _vbo_xml(stand, row, etree, n=2 if history and i in (0, 1) else 1,
                             vlak=vlak)
            files[f"0221{kind}{stamp}-{n:06d}.xml"] = etree.tostring(
                root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
        inner[f"0221{kind}{stamp}.zip"] = _zip_bytes(files)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(_zip_bytes(inner))
    return out


def make_bag_extract() -> None:
    """The Doesburg parks panden with synthetic verblijfsobjecten, as GeoPackage and extract."""
    panden = gpd.read_file(HERE / "doesburg_bag_pand_2020_parks.gpkg", layer="pand")
    vbo = synthetic_verblijfsobjecten(panden)
    vlak = panden.geometry[panden["identificatie"] == vbo["pand_identificatie"].iloc[6]]
    vbo.loc[6, "geometry"] = vlak.iloc[0].point_on_surface()
    gpkg = HERE / "doesburg_bag_2020_parks_vbo.gpkg"
    gpkg.unlink(missing_ok=True)
    panden.to_file(gpkg, layer="pand", driver="GPKG")
    vbo.to_file(gpkg, layer="verblijfsobject", driver="GPKG")
    write_bag_extract(panden, vbo, HERE / "bag_extract" / "BAGGEM0221L-15092020.zip")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "realdata"))
