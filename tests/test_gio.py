"""STOP GIO GML: structure rules (DOMAIN.md section 6), round trip, determinism."""

from __future__ import annotations

import re
import uuid
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import MultiPolygon, Point, Polygon, box

from rve_geo import CRSError, GeometryError, InputError, OutputError, RveGeoWarning
from rve_geo.deliverables.gio import GIO_NAMESPACES, read_gio, validate_gio, write_gio

REALDATA = Path(__file__).resolve().parent / "data"  # tests/data/PROVENANCE.md
GIO_EXAMPLES = REALDATA / "geonovum_gio"
needs_realdata = pytest.mark.realdata

WORK = "/join/id/regdata/gm0297/2026/milieuzones"
EXPR = WORK + "/nld@2026-01-15;1"
NORM_ID = "http://standaarden.omgevingswet.overheid.nl/typenorm/id/concept/Milieucategorie"
G = "{" + GIO_NAMESPACES["geo"] + "}"
B = "{" + GIO_NAMESPACES["basisgeo"] + "}"
GML = "{" + GIO_NAMESPACES["gml"] + "}"


def zones() -> gpd.GeoDataFrame:
    # Three zones in RD New near Zaltbommel; the middle one has a hole of 20 x 20 m.
    x0, y0 = 138000.0, 423000.0
    outer = box(x0 + 100, y0, x0 + 200, y0 + 100)
    hole = box(x0 + 140, y0 + 40, x0 + 160, y0 + 60)
    return gpd.GeoDataFrame(
        {
            "naam": ["zone A", "zone B", "zone C"],
            "max_cat": ["3.1", "4.2", "2"],
            "afstand_m": [30.0, 100.0, 10.0],
            "deel": ["g1", "g2", "g1"],
        },
        geometry=[
            box(x0, y0, x0 + 100, y0 + 100),
            Polygon(outer.exterior.coords, [hole.exterior.coords]),
            MultiPolygon([box(x0 + 300, y0, x0 + 350.1234, y0 + 50),
                          box(x0 + 400, y0, x0 + 450, y0 + 50)]),
        ],
        index=[11, 12, 13],
        crs="EPSG:28992",
    )


def write_kwal(tmp_path, frame=None, name="out.gml", **kw) -> Path:
    return write_gio(zones() if frame is None else frame, tmp_path / name,
                     frbr_work=WORK, frbr_expression=EXPR, name_col="naam",
                     norm_col="max_cat", norm_kind="kwalitatief",
                     norm_label="maximale milieucategorie", norm_id=NORM_ID, **kw)


def children(element) -> list[str]:
    return [c.tag.split("}")[-1] for c in element]


# ------------------------------------------------------------------ structure rules


def test_kwalitatieve_normwaarde_structure(tmp_path):
    out = write_kwal(tmp_path)
    text = out.read_text(encoding="utf-8")
    root = ET.parse(out).getroot()
    assert root.tag == G + "GeoInformatieObjectVaststelling"
    assert root.get("schemaversie") == "1.3.0"
    versie = root.find(f"{G}vastgesteldeVersie/{G}GeoInformatieObjectVersie")
    # kwalitatief: norm label/id present, no unit (STOP3011, STOP3015)
    assert children(versie) == ["FRBRWork", "FRBRExpression", "normlabel", "normID",
                                "locaties"]
    locs = versie.findall(f"{G}locaties/{G}Locatie")
    assert len(locs) == 3
    assert [children(loc) for loc in locs] == [["naam", "geometrie",
                                                "kwalitatieveNormwaarde"]] * 3
    assert [loc.find(G + "kwalitatieveNormwaarde").text for loc in locs] == ["3.1", "4.2", "2"]
    # every geometry has the same srsName, EPSG:28992 (STOP3020/3021)
    assert set(re.findall(r'srsName="([^"]+)"', text)) == {"urn:ogc:def:crs:EPSG::28992"}
    assert text.count("srsName=") == 3  # one per top-level geometry, none nested
    # unique UUID ids (STOP3013), also unique gml:ids
    ids = [loc.find(f"{G}geometrie/{B}Geometrie/{B}id").text for loc in locs]
    assert len(set(ids)) == 3
    assert all(uuid.UUID(i) for i in ids)
    gml_ids = re.findall(r'gml:id="([^"]+)"', text)
    assert len(gml_ids) == len(set(gml_ids)) == 6
    # no optional gml elements (STOP3090)
    for tag in ("boundedBy", "name", "description", "identifier", "metaDataProperty"):
        assert f"gml:{tag}" not in text
    assert validate_gio(out) == []


def test_kwantitatieve_normwaarde_has_unit(tmp_path):
    out = write_gio(zones(), tmp_path / "afstand.gml", frbr_work=WORK, frbr_expression=EXPR,
                    norm_col="afstand_m", norm_kind="kwantitatief", norm_label="afstand",
                    norm_id=NORM_ID, unit="m")
    versie = ET.parse(out).getroot().find(f"{G}vastgesteldeVersie/{G}GeoInformatieObjectVersie")
    # same header order as Geonovum's Bouwhoogte.gml (eenheid before norm)
    assert children(versie) == ["FRBRWork", "FRBRExpression", "eenheidlabel", "eenheidID",
                                "normlabel", "normID", "locaties"]
    assert versie.find(G + "eenheidID").text.endswith("/eenheid/id/concept/Meter")
    values = [e.text for e in versie.iter(G + "kwantitatieveNormwaarde")]
    assert values == ["30", "100", "10"]  # 30.0 -> "30", as the examples write "7"
    assert validate_gio(out) == []
    assert read_gio(out)["kwantitatieve_normwaarde"].tolist() == [30.0, 100.0, 10.0]


def test_groups_structure(tmp_path):
    out = write_gio(zones(), tmp_path / "delen.gml", frbr_work=WORK, frbr_expression=EXPR,
                    group_col="deel", group_labels={"g1": "zone licht", "g2": "zone zwaar"})
    versie = ET.parse(out).getroot().find(f"{G}vastgesteldeVersie/{G}GeoInformatieObjectVersie")
    assert children(versie) == ["FRBRWork", "FRBRExpression", "groepen", "locaties"]
    groups = {g.find(G + "groepID").text: g.find(G + "label").text
              for g in versie.iter(G + "Groep")}
    assert groups == {"g1": "zone licht", "g2": "zone zwaar"}
    assert [e.text for e in versie.iter(G + "groepID")][2:] == ["g1", "g2", "g1"]
    assert validate_gio(out) == []
    back = read_gio(out)
    assert back["groep_label"].tolist() == ["zone licht", "zone zwaar", "zone licht"]


def test_no_norm_no_group(tmp_path):
    out = write_gio(zones(), tmp_path / "plain.gml", frbr_work=WORK, frbr_expression=EXPR)
    versie = ET.parse(out).getroot().find(f"{G}vastgesteldeVersie/{G}GeoInformatieObjectVersie")
    assert children(versie) == ["FRBRWork", "FRBRExpression", "locaties"]
    assert all(children(loc) == ["geometrie"] for loc in versie.iter(G + "Locatie"))
    assert validate_gio(out) == []


@needs_realdata
def test_same_namespaces_and_order_as_geonovum(tmp_path):
    example = ET.parse(GIO_EXAMPLES / "Bouwhoogte.gml").getroot()
    ours = ET.parse(write_gio(zones(), tmp_path / "a.gml", frbr_work=WORK,
                              frbr_expression=EXPR, name_col="naam", norm_col="afstand_m",
                              norm_kind="kwantitatief", norm_label="afstand",
                              norm_id=NORM_ID, unit="m")).getroot()

    def shape(element, depth=0):
        # tag path of the first branch of every element, ignoring text and repeats
        out, seen = [], set()
        for child in element:
            if child.tag in seen:
                continue
            seen.add(child.tag)
            out.append((depth, child.tag))
            out.extend(shape(child, depth + 1))
        return out

    assert shape(ours) == shape(example)
    # namespace declarations equal to the example's
    head_ours = (tmp_path / "a.gml").read_text().split(">", 2)[1]
    head_example = (GIO_EXAMPLES / "Bouwhoogte.gml").read_text().split(">", 2)[1]
    assert sorted(re.findall(r'xmlns:\w+="[^"]+"', head_ours)) == \
        sorted(re.findall(r'xmlns:\w+="[^"]+"', head_example))
    assert re.search(r'xsi:schemaLocation="[^"]+"', head_ours).group(0) == \
        re.search(r'xsi:schemaLocation="[^"]+"', head_example).group(0)


@needs_realdata
@pytest.mark.parametrize("name", ["Bedrijf_categorie_2", "Bouwhoogte", "Zone_A", "Zone_B"])
def test_geonovum_examples_read_and_pass(name, tmp_path):
    path = GIO_EXAMPLES / f"{name}.gml"
    gio = read_gio(path)
    assert validate_gio(path) == []
    assert gio.crs.to_epsg() == 28992
    assert gio.is_valid.all() and (gio.area > 0).all()
    text = path.read_text()
    assert len(gio) == text.count("<geo:Locatie>")
    assert gio["basisgeo_id"].tolist() == re.findall(r"<basisgeo:id>([^<]+)<", text)
    if name == "Bouwhoogte":
        assert gio["kwantitatieve_normwaarde"].tolist() == [7.0, 7.0, 13.0, 13.0]
        assert gio.attrs["eenheidlabel"] == "meters boven maaiveld"
    if name == "Bedrijf_categorie_2":
        assert len(gio.geometry.iloc[0].geoms[0].interiors) >= 1  # the example has a hole
    # rewriting an example keeps its geometry to the millimetre
    out = write_gio(gio, tmp_path / "again.gml", frbr_work=gio.attrs["frbr_work"],
                    frbr_expression=gio.attrs["frbr_expression"], name_col="naam")
    again = read_gio(out)
    assert validate_gio(out) == []
    for a, b in zip(gio.geometry, again.geometry, strict=True):
        assert a.symmetric_difference(b).area < 1.0
        assert shapely.hausdorff_distance(a, b) <= 0.001


def test_validate_detects_broken_rules(tmp_path):
    out = write_kwal(tmp_path)
    text = out.read_text()
    cases = {
        "STOP3007": text.replace("<geo:kwalitatieveNormwaarde>4.2</geo:kwalitatieveNormwaarde>",
                                 "", 1),
        "STOP3021": text.replace('srsName="urn:ogc:def:crs:EPSG::28992"',
                                 'srsName="urn:ogc:def:crs:EPSG::4258"', 1),
        "STOP3020": text.replace("EPSG::28992", "EPSG::4326"),
        "STOP3013": re.sub(r"<basisgeo:id>[^<]+</basisgeo:id>",
                           "<basisgeo:id>0868A0B1-DA79-4C33-8305-1BDE0126FA9A</basisgeo:id>",
                           text),
        "STOP3090": text.replace("<geo:locaties>",
                                 "<gml:boundedBy/><geo:locaties>", 1),
        "STOP3011": re.sub(r"<geo:normID>[^<]+</geo:normID>", "", text),
        "STOP3010": text.replace(">3.1<", "> <", 1),
    }
    for code, broken in cases.items():
        path = tmp_path / f"{code}.gml"
        path.write_text(broken)
        problems = validate_gio(path)
        assert any(p.startswith(code) for p in problems), (code, problems)


# ------------------------------------------------------------------ round trip, determinism


def test_round_trip_within_a_millimetre(tmp_path):
    src = zones()
    back = read_gio(write_kwal(tmp_path))
    assert back.crs.to_epsg() == 28992
    assert back["naam"].tolist() == src["naam"].tolist()
    assert back["kwalitatieve_normwaarde"].tolist() == src["max_cat"].tolist()
    for a, b in zip(src.geometry, back.geometry, strict=True):
        # 350.1234 is written as 350.123: within 0.001 m
        assert shapely.hausdorff_distance(a, b) <= 0.001 + 1e-9
        assert abs(a.area - b.area) < 0.05
    # the hole survives
    assert len(back.geometry.iloc[1].geoms[0].interiors) == 1
    assert back.geometry.iloc[1].area == pytest.approx(100 * 100 - 20 * 20)


def test_deterministic_bytes_and_uuids(tmp_path):
    a = write_kwal(tmp_path, name="a.gml").read_bytes()
    b = write_kwal(tmp_path, name="b.gml").read_bytes()
    assert a == b
    # other work id -> other UUIDs (uuid5 over work + row + geometry)
    c = write_gio(zones(), tmp_path / "c.gml", frbr_work=WORK + "2", frbr_expression=EXPR)
    ids_a = set(re.findall(rb"<basisgeo:id>([^<]+)<", a))
    ids_c = set(re.findall(rb"<basisgeo:id>([^<]+)<", c.read_bytes()))
    assert ids_a.isdisjoint(ids_c)


def test_identical_geometries_get_distinct_uuids(tmp_path):
    frame = zones()
    frame.geometry = [box(155000, 463000, 155010, 463010)] * 3
    frame.index = [1, 1, 1]
    out = write_gio(frame, tmp_path / "dup.gml", frbr_work=WORK, frbr_expression=EXPR)
    assert read_gio(out)["basisgeo_id"].nunique() == 3
    assert validate_gio(out) == []


def test_input_not_mutated(tmp_path):
    src = zones()
    before = src.copy()
    write_kwal(tmp_path, frame=src)
    assert src.equals(before)


# ------------------------------------------------------------------ refusals


def test_refuses_other_crs(tmp_path):
    with pytest.raises(CRSError, match="to_crs"):
        write_kwal(tmp_path, frame=zones().to_crs(3857))
    with pytest.raises(CRSError, match="no CRS"):
        write_kwal(tmp_path, frame=zones().set_crs(None, allow_override=True))
    assert list(tmp_path.iterdir()) == []


def test_mixed_norm_presence_names_rows(tmp_path):
    frame = zones()
    frame.loc[12, "max_cat"] = None
    with pytest.raises(InputError, match=r"rows 12\b.*STOP3006/3007"):
        write_kwal(tmp_path, frame=frame)
    frame = zones()
    frame.loc[13, "afstand_m"] = np.nan
    with pytest.raises(InputError, match="rows 13"):
        write_gio(frame, tmp_path / "x.gml", frbr_work=WORK, frbr_expression=EXPR,
                  norm_col="afstand_m", norm_kind="kwantitatief", norm_label="a",
                  norm_id=NORM_ID, unit="m")
    assert list(tmp_path.iterdir()) == []


def test_mixed_group_presence_and_group_plus_norm(tmp_path):
    frame = zones()
    frame.loc[11, "deel"] = ""
    with pytest.raises(InputError, match="rows 11.*STOP3000"):
        write_gio(frame, tmp_path / "x.gml", frbr_work=WORK, frbr_expression=EXPR,
                  group_col="deel")
    with pytest.raises(InputError, match="STOP3012"):
        write_gio(zones(), tmp_path / "x.gml", frbr_work=WORK, frbr_expression=EXPR,
                  group_col="deel", norm_col="max_cat", norm_kind="kwalitatief",
                  norm_label="a", norm_id=NORM_ID)


def test_norm_arguments_checked(tmp_path):
    with pytest.raises(InputError, match="norm_label"):
        write_gio(zones(), tmp_path / "x.gml", frbr_work=WORK, frbr_expression=EXPR,
                  norm_col="max_cat", norm_kind="kwalitatief")
    with pytest.raises(InputError, match="unit"):
        write_gio(zones(), tmp_path / "x.gml", frbr_work=WORK, frbr_expression=EXPR,
                  norm_col="afstand_m", norm_kind="kwantitatief", norm_label="a",
                  norm_id=NORM_ID)
    with pytest.raises(InputError, match="norm_kind"):
        write_gio(zones(), tmp_path / "x.gml", frbr_work=WORK, frbr_expression=EXPR,
                  norm_col="max_cat")
    with pytest.raises(InputError, match="not numbers"):
        write_gio(zones(), tmp_path / "x.gml", frbr_work=WORK, frbr_expression=EXPR,
                  norm_col="naam", norm_kind="kwantitatief", norm_label="a",
                  norm_id=NORM_ID, unit="m")


def test_geometry_problems(tmp_path):
    frame = zones()
    frame.geometry = [box(0, 0, 1, 1), shapely.LinearRing([(0, 0), (1, 0), (1, 1)]),
                      box(2, 2, 3, 3)]
    with pytest.raises(GeometryError, match="rows 12 are LinearRings"):
        write_kwal(tmp_path, frame=frame)
    frame.geometry = [box(0, 0, 1, 1), None, box(2, 2, 3, 3)]
    with pytest.raises(GeometryError, match="rows 12"):
        write_kwal(tmp_path, frame=frame)
    frame.geometry = [box(0, 0, 1, 1), box(0, 0, 0.0002, 0.0002), box(2, 2, 3, 3)]
    with pytest.raises(GeometryError, match="12.*millimetre"):
        write_kwal(tmp_path, frame=frame)


def test_invalid_polygon_repaired_with_warning(tmp_path):
    frame = zones()
    bow_tie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    frame.geometry = [box(0, 0, 1, 1), bow_tie, box(2, 2, 3, 3)]
    with pytest.warns(RveGeoWarning, match="repaired"):
        out = write_kwal(tmp_path, frame=frame)
    back = read_gio(out)
    assert back.is_valid.all()
    assert back.geometry.iloc[1].area == pytest.approx(50.0)  # two triangles of 25 m2
    assert validate_gio(out) == []


def test_overwrite_refused_then_allowed(tmp_path):
    out = write_kwal(tmp_path)
    with pytest.raises(OutputError, match="overwrite"):
        write_kwal(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert write_kwal(tmp_path, overwrite=True) == out


def test_progress_monotonic(tmp_path):
    seen = []
    write_kwal(tmp_path, progress=lambda f, m="": seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_background_date_from_expression(tmp_path):
    out = write_kwal(tmp_path)
    assert "<gio:achtergrondActualiteit>2026-01-15</gio:achtergrondActualiteit>" in \
        out.read_text()
    with pytest.raises(InputError, match="background_date"):
        write_gio(zones(), tmp_path / "y.gml", frbr_work=WORK, frbr_expression=WORK + "/nld")


def _signed_area(pos_list: str) -> float:
    xy = np.array(pos_list.split(), dtype=float).reshape(-1, 2)
    x, y = xy[:, 0], xy[:, 1]
    return 0.5 * float(np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]))


def test_ring_orientation_as_geonovum_examples(tmp_path):
    # The Geonovum examples have clockwise exteriors (negative shoelace area) and
    # counter-clockwise holes; box() is counter-clockwise, so this needs reorienting.
    text = write_kwal(tmp_path).read_text()
    ext = re.findall(r"<gml:exterior>\s*<gml:LinearRing>\s*<gml:posList>([^<]+)<", text)
    inn = re.findall(r"<gml:interior>\s*<gml:LinearRing>\s*<gml:posList>([^<]+)<", text)
    assert len(ext) == 4 and len(inn) == 1
    assert all(_signed_area(r) < 0 for r in ext)
    assert _signed_area(inn[0]) == pytest.approx(20 * 20)


@given(st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=4,
                max_size=20).filter(lambda v: len(v) % 2 == 0))
@settings(max_examples=60, deadline=None)
def test_pos_list_is_millimetre_text(values):
    from rve_geo.deliverables.gio.write import _pos_list

    ring = shapely.linestrings(np.array(values).reshape(-1, 2))
    words = _pos_list(ring).split()
    assert len(words) == len(values)
    for word, v in zip(words, values, strict=True):
        assert abs(float(word) - v) <= 0.0005 + 1e-9
        assert "e" not in word and not word.endswith(".0") and word != "-0"
        assert len(word.partition(".")[2]) <= 3


def test_validate_checks_element_order(tmp_path):
    text = write_kwal(tmp_path).read_text()
    # normID before normlabel: out of order
    label = re.search(r"\s*<geo:normlabel>[^<]+</geo:normlabel>", text).group(0)
    swapped = text.replace(label, "", 1).replace("</geo:normID>", "</geo:normID>" + label, 1)
    path = tmp_path / "swapped.gml"
    path.write_text(swapped)
    assert any("out of order" in p for p in validate_gio(path))
    # naam after geometrie inside a Locatie
    moved = text.replace("<geo:naam>zone A</geo:naam>", "", 1).replace(
        "</geo:geometrie>", "</geo:geometrie><geo:naam>zone A</geo:naam>", 1)
    path.write_text(moved)
    assert any("geo:Locatie 1" in p for p in validate_gio(path))


# ------------------------------------------------------------------ imop-geo 1.3.0 XSD


def _all_kinds(tmp_path) -> list[Path]:
    kwant = dict(norm_col="afstand_m", norm_kind="kwantitatief", norm_label="afstand",
                 norm_id=NORM_ID, unit="m")
    return [
        write_kwal(tmp_path, name="kwal.gml"),
        write_gio(zones(), tmp_path / "kwant.gml", frbr_work=WORK, frbr_expression=EXPR,
                  **kwant),
        write_gio(zones(), tmp_path / "groups.gml", frbr_work=WORK, frbr_expression=EXPR,
                  group_col="deel", group_labels={"g1": "licht", "g2": "zwaar"}),
        write_gio(zones(), tmp_path / "plain.gml", frbr_work=WORK, frbr_expression=EXPR),
    ]


# A stand-in schema for the XSD plumbing: the official imop-geo.xsd is not shipped (see
# docs/deliverables.md). It requires the GIO root and a numeric kwantitatieve normwaarde.
MINI_XSD = """<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    targetNamespace="https://standaarden.overheid.nl/stop/imop/geo/"
    xmlns:geo="https://standaarden.overheid.nl/stop/imop/geo/" elementFormDefault="qualified">
  <xs:element name="GeoInformatieObjectVaststelling">
    <xs:complexType><xs:sequence><xs:any processContents="lax" minOccurs="0"
      maxOccurs="unbounded"/></xs:sequence><xs:anyAttribute processContents="skip"/>
    </xs:complexType>
  </xs:element>
  <xs:element name="kwantitatieveNormwaarde" type="xs:double"/>
</xs:schema>
"""


def test_xsd_validation_uses_the_given_schema(tmp_path):
    pytest.importorskip("lxml")
    xsd = tmp_path / "schema" / "imop-geo.xsd"
    xsd.parent.mkdir()
    xsd.write_text(MINI_XSD)
    kwal, kwant, groups, plain = _all_kinds(tmp_path)
    for path in (kwal, kwant, groups, plain):
        assert validate_gio(path, xsd=xsd) == [], path.name
    broken = tmp_path / "broken.gml"
    broken.write_text(kwant.read_text().replace(">30<", ">dertig<", 1))
    problems = validate_gio(broken, xsd=xsd)
    assert any(p.startswith("XSD:") and "dertig" in p for p in problems), problems
    with pytest.raises(InputError, match="argument 'xsd'.*does not exist"):
        validate_gio(kwal, xsd=tmp_path / "nope.xsd")


def test_group_ids_and_background_date_checked(tmp_path):
    frame = zones()
    frame.loc[12, "deel"] = "zone 2"  # a space is not allowed in a groepID
    with pytest.raises(InputError, match=r"rows 12.*'zone 2'"):
        write_gio(frame, tmp_path / "x.gml", frbr_work=WORK, frbr_expression=EXPR,
                  group_col="deel")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        write_gio(zones(), tmp_path / "x.gml", frbr_work=WORK, frbr_expression=EXPR,
                  background_date="15-01-2026")
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_file(tmp_path):
    from rve_geo import OperationCancelledError

    def cancel(fraction, message=""):
        if fraction > 0.3:
            raise OperationCancelledError("stopped by the user")

    with pytest.raises(OperationCancelledError):
        write_kwal(tmp_path, progress=cancel)
    assert list(tmp_path.iterdir()) == []


def test_names_with_xml_characters_round_trip(tmp_path):
    frame = zones()
    frame["naam"] = ["A & B <zone>", "café \"noord\"", "bell\x07 zone"]
    back = read_gio(write_kwal(tmp_path, frame=frame))
    # & < > " are escaped and come back; the control character (not allowed in XML) is gone
    assert back["naam"].tolist() == ["A & B <zone>", "café \"noord\"", "bell zone"]


def test_far_outside_the_netherlands_is_noted(tmp_path):
    frame = zones()
    frame.geometry = frame.geometry.translate(xoff=1_000_000)
    with pytest.warns(RveGeoWarning, match="outside the RD New extent"):
        write_kwal(tmp_path, frame=frame)


@pytest.mark.realdata
def test_real_parcels_as_gio(tmp_path):
    parcels = gpd.read_file(REALDATA / "otterlo_brk_perceel.gpkg", layer="perceel")
    parcels["naam"] = parcels["sectie"] + parcels["perceelnummer"].astype(str)
    out = write_gio(parcels, tmp_path / "percelen.gml", frbr_work=WORK, frbr_expression=EXPR,
                    name_col="naam", norm_col="kadastraleGrootte", norm_kind="kwantitatief",
                    norm_label="kadastrale grootte", norm_id=NORM_ID, unit="m2")
    assert validate_gio(out) == []
    back = read_gio(out)
    assert back["naam"].tolist() == parcels["naam"].tolist()
    assert back["kwantitatieve_normwaarde"].tolist() == parcels["kadastraleGrootte"].astype(
        float).tolist()
    assert back.attrs["eenheidID"].endswith("/VierkanteMeter")
    for a, b in zip(parcels.geometry, back.geometry, strict=True):
        assert shapely.hausdorff_distance(a, b) <= 0.001 + 1e-9
        assert abs(a.area - b.area) < 0.01 * max(1.0, a.length)  # mm snapping along edges


def test_points_and_lines(tmp_path):
    x0, y0 = 138000.0, 423000.0
    frame = zones()
    frame.geometry = [
        Point(x0 + 1.23456, y0 + 2),
        shapely.MultiPoint([(x0, y0), (x0 + 10, y0 + 10)]),
        shapely.LineString([(x0, y0), (x0 + 100.0004, y0), (x0 + 100, y0 + 50)]),
    ]
    out = write_kwal(tmp_path, frame=frame)
    text = out.read_text()
    assert text.count("<gml:MultiPoint ") == 2 and text.count("<gml:MultiCurve ") == 1
    assert "<gml:pos>138001.235 423002</gml:pos>" in text  # mm precision
    assert validate_gio(out) == []
    back = read_gio(out)
    assert back.geom_type.tolist() == ["MultiPoint", "MultiPoint", "MultiLineString"]
    for a, b in zip(frame.geometry, back.geometry, strict=True):
        assert shapely.hausdorff_distance(a, b) <= 0.001
