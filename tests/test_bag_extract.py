"""read_bag on the Kadaster BAG 2.0 Extract (zip of PND/VBO zips of XML files)."""

from __future__ import annotations

import io
import shutil
import warnings
import zipfile

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal
from lxml import etree
from shapely.geometry import box

from rve_geo import read_bag
from rve_geo.errors import InputError, RveGeoError, RveGeoWarning
from rve_geo.sources.bag_extract import is_bag_extract

from .conftest import DATA

EXTRACT = DATA / "bag_extract" / "BAGGEM0221L-15092020.zip"
GPKG = DATA / "doesburg_bag_2020_parks_vbo.gpkg"  # what the extract was written from
NS = {"Objecten": "www.kadaster.nl/schemas/lvbag/imbag/objecten/v20200601",
      "Objecten-ref": "www.kadaster.nl/schemas/lvbag/imbag/objecten-ref/v20200601",
      "Historie": "www.kadaster.nl/schemas/lvbag/imbag/historie/v20200601",
      "gml": "http://www.opengis.net/gml/3.2"}
#: the current voorkomen on the extract's date 2020-09-15 (no end, registration not ended)
CURRENT = ("[not(Objecten:voorkomen/Historie:Voorkomen/Historie:eindGeldigheid)"
           " and not(Objecten:voorkomen/Historie:Voorkomen/Historie:eindRegistratie)]")


def quiet(fn, *a, **k):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return fn(*a, **k)


def xml_files(path=EXTRACT) -> dict[str, etree._ElementTree]:
    """Every XML file in the extract's inner zips, parsed whole (small fixture only)."""
    out = {}
    with zipfile.ZipFile(path) as outer:
        for name in outer.namelist():
            with zipfile.ZipFile(io.BytesIO(outer.read(name))) as inner:
                for x in inner.namelist():
                    out[x] = etree.parse(io.BytesIO(inner.read(x)))
    return out


def same(a, b, *, by_id=False):
    for x, y in ((a.buildings, b.buildings), (a.homes, b.homes)):
        if by_id:  # a GeoPackage read with a bbox returns rows in its spatial index's order
            x, y = (f.sort_values("identificatie").reset_index(drop=True) for f in (x, y))
        assert_geodataframe_equal(x, y)


def test_extract_reads_exactly_as_the_geopackage_it_was_written_from():
    xml = quiet(read_bag, EXTRACT)
    same(xml, quiet(read_bag, GPKG))
    # the structure the fixture must have to test what it says: 2 XML files per type,
    # one inner zip per type
    files = xml_files()
    assert sorted(files) == ["0221PND15092020-000001.xml", "0221PND15092020-000002.xml",
                             "0221VBO15092020-000001.xml", "0221VBO15092020-000002.xml"]
    pnd = [f for n, f in files.items() if "PND" in n]
    vbo = [f for n, f in files.items() if "VBO" in n]
    assert all(len(f.xpath("//Objecten:Pand", namespaces=NS)) > 100 for f in pnd)
    # independent counts by XPath: every Pand element, the current ones, distinct ids
    n_all = sum(len(f.xpath("//Objecten:Pand", namespaces=NS)) for f in pnd)
    current_ids = [i for f in pnd for i in f.xpath(
        f"//Objecten:Pand{CURRENT}/Objecten:identificatie/text()", namespaces=NS)]
    assert n_all == 416 and len(current_ids) == len(set(current_ids)) == 415
    b = xml.buildings
    assert b["identificatie"].tolist() == current_ids
    years = [int(y) for f in pnd for y in f.xpath(
        f"//Objecten:Pand{CURRENT}/Objecten:oorspronkelijkBouwjaar/text()", namespaces=NS)]
    assert b["bouwjaar"].tolist() == years
    # homes: current verblijfsobjecten with a woonfunctie, not gevormd
    home_ids = sorted(i for f in vbo for i in f.xpath(
        f"//Objecten:Verblijfsobject{CURRENT}[Objecten:gebruiksdoel='woonfunctie']"
        "[Objecten:status!='Verblijfsobject gevormd']/Objecten:identificatie/text()",
        namespaces=NS))
    assert sorted(xml.homes["identificatie"]) == home_ids and len(home_ids) > 150
    # gebruiksoppervlakte summed over panden = the current active objects' oppervlakte
    area = sum(float(a) for f in vbo for a in f.xpath(
        f"//Objecten:Verblijfsobject{CURRENT}[Objecten:status!='Verblijfsobject gevormd']"
        "/Objecten:oppervlakte/text()", namespaces=NS))
    assert b["gebruiksoppervlakte_m2"].sum() == pytest.approx(area, rel=1e-12)


def test_historical_voorkomen_is_ignored():
    files = xml_files()
    pnd = files["0221PND15092020-000001.xml"]
    hist = pnd.xpath("//Objecten:Pand[Objecten:voorkomen/Historie:Voorkomen/"
                     "Historie:eindGeldigheid]", namespaces=NS)
    assert len(hist) == 1
    pid = hist[0].findtext("Objecten:identificatie", namespaces=NS)
    assert hist[0].findtext("Objecten:status", namespaces=NS) == "Bouw gestart"
    b = quiet(read_bag, EXTRACT).buildings.set_index("identificatie")
    raw = gpd.read_file(GPKG, layer="pand")
    raw = raw.set_index(raw["identificatie"].str.removeprefix("NL.IMBAG.Pand."))
    assert b.loc[pid, "status"] == "Pand in gebruik"
    assert b.loc[pid].geometry.equals_exact(raw.loc[pid].geometry, 0)
    # the verblijfsobject voorkomens with oppervlakte 1 (ended) and 2 (registration ended)
    # are not read: the current ones hold the footprint-based areas
    vbo = gpd.read_file(GPKG, layer="verblijfsobject")
    assert not {1, 2} & set(vbo["oppervlakte"])
    owner = vbo["pand_identificatie"].iloc[0]
    refs = vbo["pand_identificatie"].str.split(",")
    active = vbo["status"] != "Verblijfsobject gevormd"
    expected = sum(a / len(r) for a, r, ok in zip(vbo["oppervlakte"], refs, active, strict=True)
                   if ok and owner in r)  # the split rule: 1/n per pand
    assert b.loc[owner.removeprefix("NL.IMBAG.Pand."), "gebruiksoppervlakte_m2"] == \
        pytest.approx(expected)


def test_vlak_verblijfsobject_is_read_as_a_point_inside_it():
    files = xml_files()
    vlak = [v for n, f in files.items() if "VBO" in n
            for v in f.xpath("//Objecten:Verblijfsobject[Objecten:geometrie/Objecten:vlak]",
                             namespaces=NS)]
    assert len(vlak) == 1
    vid = vlak[0].findtext("Objecten:identificatie", namespaces=NS)
    coords = np.array(vlak[0].findtext(".//gml:exterior//gml:posList", namespaces=NS)
                      .split(), dtype=float).reshape(-1, 3)
    home = quiet(read_bag, EXTRACT).homes.set_index("identificatie").loc[vid]
    assert home.geometry.geom_type == "Point"
    assert shapely.Polygon(coords[:, :2]).contains(home.geometry)


def test_inner_zip_pair_folder_of_zips_and_folder_of_xml(tmp_path):
    ref = quiet(read_bag, EXTRACT)
    with zipfile.ZipFile(EXTRACT) as outer:
        outer.extractall(tmp_path / "zips")
    pair = [tmp_path / "zips" / "0221PND15092020.zip", tmp_path / "zips" / "0221VBO15092020.zip"]
    same(quiet(read_bag, pair), ref)
    same(quiet(read_bag, tmp_path / "zips"), ref)
    for z in pair:
        with zipfile.ZipFile(z) as inner:
            inner.extractall(tmp_path / "xml" / z.stem)
    assert is_bag_extract(tmp_path / "xml")
    same(quiet(read_bag, tmp_path / "xml"), ref)
    # a folder with the inner zips and the XML files unzipped next to them: each file once
    shutil.copytree(tmp_path / "xml", tmp_path / "zips", dirs_exist_ok=True)
    same(quiet(read_bag, tmp_path / "zips"), ref)
    # only the pand zip: panden without use, said in a warning
    with pytest.warns(RveGeoWarning, match="no verblijfsobject layer in '0221PND15092020.zip'"):
        only = read_bag(pair[0])
    assert only.buildings["identificatie"].tolist() == ref.buildings["identificatie"].tolist()
    assert only.buildings["gebruiksoppervlakte_m2"].isna().all() and len(only.homes) == 0


def test_bbox_and_mask_select_as_on_the_geopackage():
    north = (205994.0, 447953.0, 206400.0, 448371.0)
    sub = quiet(read_bag, EXTRACT, bbox=north)
    same(sub, quiet(read_bag, GPKG, bbox=north), by_id=True)
    raw = gpd.read_file(GPKG, layer="pand")
    assert len(sub.buildings) == shapely.intersects(raw.geometry.to_numpy(), box(*north)).sum()
    assert 0 < len(sub.buildings) < 415
    assert 0 < len(sub.homes) < len(quiet(read_bag, EXTRACT).homes)
    m = shapely.Point(206600, 446100).buffer(150)
    same(quiet(read_bag, EXTRACT, mask=m), quiet(read_bag, GPKG, mask=m), by_id=True)
    assert len(quiet(read_bag, EXTRACT, mask=m).buildings) == \
        shapely.intersects(raw.geometry.to_numpy(), m).sum() > 0


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_unknown_or_malformed_files_are_refused_by_name(tmp_path):
    # a zip without PND or VBO files
    z = _zip(tmp_path / "download.zip", {"readme.txt": b"hello"})
    with pytest.raises(RveGeoError, match=r"download\.zip' holds no BAG pand \(PND\).*"
                       r"expected a BAG 2\.0 Extract"):
        read_bag(z)
    # an extract with only verblijfsobjecten
    with zipfile.ZipFile(EXTRACT) as outer:
        vbo_zip = outer.read("0221VBO15092020.zip")
    z = _zip(tmp_path / "vbo_only.zip", {"0221VBO15092020.zip": vbo_zip})
    with pytest.raises(InputError, match="vbo_only.zip' holds verblijfsobjecten but no panden"):
        read_bag(z)
    # a truncated XML file: named with the zip it is in
    with zipfile.ZipFile(EXTRACT) as outer, \
            zipfile.ZipFile(io.BytesIO(outer.read("0221PND15092020.zip"))) as inner:
        text = inner.read("0221PND15092020-000001.xml")
    z = _zip(tmp_path / "cut.zip", {"0221PND15092020-000001.xml": text[: len(text) // 2]})
    with pytest.raises(InputError, match=r"cut\.zip:0221PND15092020-000001\.xml' is not "
                       "well-formed XML"):
        read_bag(z)
    # another XML format under a BAG file name (here an IMRO plan)
    imro = tmp_path / "0221PND15092020-000001.xml"
    shutil.copyfile(DATA / "imro" / "minimal_imro2012.gml", imro)
    with pytest.raises(InputError, match=r"0221PND15092020-000001\.xml' is not a BAG 2\.0 "
                       r"Extract file: its root element is \{http://www\.geonovum\.nl/imro/2012/1\.1\}"
                       "FeatureCollectionIMRO"):
        read_bag(imro)
    # not a zip at all
    bad = tmp_path / "lvbag-extract-nl.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="lvbag-extract-nl.zip' is not a readable zip file"):
        read_bag(bad)
    with pytest.raises(InputError, match="does not exist"):
        read_bag(tmp_path / "missing.zip")


# --- rve run -------------------------------------------------------------------------


def _run(tmp_path, name: str, inputs: str) -> dict[str, gpd.GeoDataFrame]:
    from rve_geo.cli import main as rve

    config = tmp_path / f"{name}.toml"
    config.write_text(f'[run]\nname = "{name}"\n\n{inputs}\n[outputs]\nfolder = "out_{name}"\n'
                      'report = false\n')
    assert rve(["run", str(config)]) == 0
    gpkg = next((tmp_path / f"out_{name}").rglob("*.gpkg"))
    return {layer: gpd.read_file(gpkg, layer=layer)
            for layer in ("parcel_density", "sensitive_objects")}


def test_rve_run_reads_buildings_and_homes_from_the_extract(tmp_path):
    # three parcels over the northern park; the GeoPackage run gets read_bag's own frames
    x = np.linspace(205994.0, 206918.0, 4)
    parcels = gpd.GeoDataFrame({"parcel_id": ["P1", "P2", "P3"]},
                               geometry=[box(x[i], 447953.0, x[i + 1], 448371.0)
                                         for i in range(3)], crs="EPSG:28992")
    parcels.to_file(tmp_path / "parcels.gpkg", layer="parcels")
    bag = quiet(read_bag, GPKG)
    bag.buildings.to_file(tmp_path / "bag.gpkg", layer="buildings")
    bag.homes.to_file(tmp_path / "bag.gpkg", layer="homes")
    with zipfile.ZipFile(EXTRACT) as outer:
        outer.extractall(tmp_path / "extract")
    plain = _run(tmp_path, "gpkg", '[inputs]\nparcels = "parcels.gpkg"\n'
                 '[inputs.buildings]\npath = "bag.gpkg"\nlayer = "buildings"\n'
                 '[inputs.sensitive]\npath = "bag.gpkg"\nlayer = "homes"\n')
    for name, where in (("zip", str(EXTRACT)), ("folder", "extract")):
        with pytest.warns(RveGeoWarning, match="2 verblijfsobjecten left out.*gevormd"):
            xml = _run(tmp_path, name, f'[inputs]\nparcels = "parcels.gpkg"\n'
                       f'buildings = "{where}"\nsensitive = "{where}"\n')
        assert_geodataframe_equal(xml["parcel_density"], plain["parcel_density"],
                                  check_like=True)
        # homes: of the panden within 1500 m (areas.context_m) of the parcels' extent only
        raw = gpd.read_file(GPKG, layer="pand")
        x0, y0, x1, y1 = parcels.total_bounds
        near = raw.loc[shapely.intersects(raw.geometry.to_numpy(), box(
            x0 - 1500, y0 - 1500, x1 + 1500, y1 + 1500)), "identificatie"]
        homes = plain["sensitive_objects"]
        expected = homes[("NL.IMBAG.Pand." + homes["pand_identificatie"]).isin(near)]
        assert 0 < len(expected) < len(homes)
        assert_geodataframe_equal(
            xml["sensitive_objects"].sort_values("identificatie").reset_index(drop=True),
            expected.sort_values("identificatie").reset_index(drop=True), check_like=True)
    d = plain["parcel_density"]
    assert len(d) == 3 and (d["floor_area_m2"] > 0).all()


def test_rve_run_refuses_a_plain_folder_or_a_layer_for_the_extract(tmp_path):
    from rve_geo.errors import ConfigError
    from rve_geo.pipeline.config import load_config

    gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1)], crs="EPSG:28992").to_file(
        tmp_path / "p.gpkg")
    (tmp_path / "empty").mkdir()
    config = tmp_path / "a.toml"
    config.write_text('[run]\nname = "a"\n[inputs]\nparcels = "p.gpkg"\nbuildings = "empty"\n')
    with pytest.raises(ConfigError, match="line 5.*'inputs.buildings': 'empty' is a folder "
                       "without BAG 2.0 Extract files"):
        load_config(config)
    config.write_text(f'[run]\nname = "a"\n[inputs]\nparcels = "p.gpkg"\n'
                      f'[inputs.buildings]\npath = "{EXTRACT}"\nlayer = "pand"\n')
    from rve_geo.pipeline.inputs import _read_inputs

    cfg = load_config(config)
    with pytest.raises(ConfigError, match="line 7: 'inputs.buildings' is a BAG 2.0 Extract "
                       r"\('BAGGEM0221L-15092020.zip'\), which has no layers"):
        _read_inputs(cfg, cfg.inputs)


def test_bad_oppervlakte_in_the_extract_names_the_verblijfsobject(tmp_path):
    with zipfile.ZipFile(EXTRACT) as outer:
        pnd, vbo = outer.read("0221PND15092020.zip"), outer.read("0221VBO15092020.zip")
    with zipfile.ZipFile(io.BytesIO(vbo)) as inner:
        texts = {n: inner.read(n) for n in inner.namelist()}
    name = "0221VBO15092020-000002.xml"
    doc = etree.fromstring(texts[name])
    target = doc.xpath(f"(//Objecten:Verblijfsobject{CURRENT})[3]", namespaces=NS)[0]
    vid = target.findtext("Objecten:identificatie", namespaces=NS)
    target.find("Objecten:oppervlakte", namespaces=NS).text = "groot"
    texts[name] = etree.tostring(doc)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, t in texts.items():
            zf.writestr(n, t)
    z = _zip(tmp_path / "BAGGEM0221L-15092020.zip", {"0221PND15092020.zip": pnd,
                                                     "0221VBO15092020.zip": buf.getvalue()})
    with pytest.raises(InputError, match=f"layer 'Objecten:Verblijfsobject', column "
                       f"'oppervlakte': 1 values are not numbers \\(rows '{vid}', e.g. "
                       "'groot'\\); give the gebruiksoppervlakte"):
        read_bag(z)


def test_unreadable_bouwjaar_in_the_extract_is_unknown_and_names_the_pand(tmp_path):
    with zipfile.ZipFile(EXTRACT) as outer:
        pnd, vbo = outer.read("0221PND15092020.zip"), outer.read("0221VBO15092020.zip")
    with zipfile.ZipFile(io.BytesIO(pnd)) as inner:
        texts = {n: inner.read(n) for n in inner.namelist()}
    name = sorted(texts)[0]
    doc = etree.fromstring(texts[name])
    targets = doc.xpath(f"(//Objecten:Pand{CURRENT})[position() <= 2]", namespaces=NS)
    pids = [t.findtext("Objecten:identificatie", namespaces=NS) for t in targets]
    for t, text in zip(targets, ("onbekend", "19xx"), strict=True):
        t.find("Objecten:oorspronkelijkBouwjaar", namespaces=NS).text = text
    texts[name] = etree.tostring(doc)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, t in texts.items():
            zf.writestr(n, t)
    z = _zip(tmp_path / "BAGGEM0221L-15092020.zip", {"0221PND15092020.zip": buf.getvalue(),
                                                     "0221VBO15092020.zip": vbo})
    with pytest.warns(RveGeoWarning) as caught:
        bag = read_bag(z)
    text = " ".join(str(w.message) for w in caught)
    assert ("layer 'Objecten:Pand', column 'oorspronkelijkBouwjaar': 2 construction years "
            "are not numbers (e.g. 'onbekend') and are read as unknown") in text
    assert f"(rows '{pids[0]}', '{pids[1]}')" in text
    assert "redevelopment_stock" in text and "Give a four-digit year" in text
    good = quiet(read_bag, EXTRACT)
    assert len(bag.buildings) == len(good.buildings)  # nothing dropped
    assert len(bag.homes) == len(good.homes)
    by_id = bag.buildings.set_index("identificatie")["bouwjaar"]
    assert by_id.loc[pids].isna().all()
    others = good.buildings[~good.buildings["identificatie"].isin(pids)]
    assert by_id.loc[others["identificatie"]].tolist() == others["bouwjaar"].tolist()
    assert others["bouwjaar"].notna().all()


def test_single_xml_file_with_count_instead_of_srs_dimension(tmp_path):
    # written here: one pand whose 3D posList gives only count="5", and a future voorkomen
    # (beginGeldigheid after the extract's date) that is not current yet
    def pand(begin, status, ring):
        return (f'<sl-bag-extract:bagObject><Objecten:Pand><Objecten:voorkomen>'
                f'<Historie:Voorkomen><Historie:voorkomenidentificatie>1'
                f'</Historie:voorkomenidentificatie><Historie:beginGeldigheid>{begin}'
                f'</Historie:beginGeldigheid></Historie:Voorkomen></Objecten:voorkomen>'
                f'<Objecten:identificatie domein="NL.IMBAG.Pand">0221100000000001'
                f'</Objecten:identificatie><Objecten:geometrie><gml:Polygon>'
                f'<gml:exterior><gml:LinearRing><gml:posList count="5">{ring}</gml:posList>'
                f'</gml:LinearRing></gml:exterior></gml:Polygon></Objecten:geometrie>'
                f'<Objecten:oorspronkelijkBouwjaar>1990</Objecten:oorspronkelijkBouwjaar>'
                f'<Objecten:status>{status}</Objecten:status></Objecten:Pand>'
                f'</sl-bag-extract:bagObject>')
    ring = "0 0 1.5 10 0 1.5 10 10 1.5 0 10 1.5 0 0 1.5"
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><sl-bag-extract:bagStand '
        'xmlns:sl-bag-extract="http://www.kadaster.nl/schemas/lvbag/extract-deelbestand-lvc/'
        'v20200601" xmlns:sl="http://www.kadaster.nl/schemas/standlevering-generiek/1.0" '
        f'xmlns:selecties-extract="http://www.kadaster.nl/schemas/lvbag/extract-selecties/'
        f'v20200601" xmlns:Objecten="{NS["Objecten"]}" xmlns:Historie="{NS["Historie"]}" '
        f'xmlns:gml="{NS["gml"]}"><sl-bag-extract:bagInfo><selecties-extract:LVC-Extract>'
        '<selecties-extract:StandTechnischeDatum>2020-09-15'
        '</selecties-extract:StandTechnischeDatum></selecties-extract:LVC-Extract>'
        '</sl-bag-extract:bagInfo><sl:standBestand><sl:stand>'
        + pand("2010-01-01", "Pand in gebruik", ring)
        + pand("2021-03-01", "Verbouwing pand", ring)
        + '</sl:stand></sl:standBestand></sl-bag-extract:bagStand>')
    path = tmp_path / "0221PND15092020-000001.xml"
    path.write_text(xml)
    b = quiet(read_bag, path).buildings
    assert b["status"].tolist() == ["Pand in gebruik"]
    assert b.geometry.iloc[0].equals(box(0, 0, 10, 10)) and b.crs == "EPSG:28992"
    assert b.geometry.iloc[0].area == 100.0


def test_rve_command_takes_the_extract_as_buildings(tmp_path):
    from rve_geo.cli import main as rve

    parcels = gpd.GeoDataFrame({"parcel_id": ["N", "Z"]}, geometry=[
        box(205994.0, 447953.0, 206918.0, 448371.0), box(206186.0, 445760.0, 207114.0, 446513.0)],
        crs="EPSG:28992")
    parcels.to_file(tmp_path / "p.gpkg", layer="parcels")
    quiet(read_bag, GPKG).buildings.to_file(tmp_path / "b.gpkg", layer="buildings")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        assert rve(["density-measures", str(tmp_path / "p.gpkg"), str(EXTRACT),
                    "-o", str(tmp_path / "x.gpkg")]) == 0
        assert rve(["density-measures", str(tmp_path / "p.gpkg"), str(tmp_path / "b.gpkg"),
                    "-o", str(tmp_path / "g.gpkg")]) == 0
    layers = pyogrio.list_layers(tmp_path / "x.gpkg")[:, 0]
    for layer in layers:
        assert_geodataframe_equal(gpd.read_file(tmp_path / "x.gpkg", layer=layer),
                                  gpd.read_file(tmp_path / "g.gpkg", layer=layer))
    d = gpd.read_file(tmp_path / "x.gpkg", layer=layers[0])
    # floor area from gebruiksoppervlakte (no heights): both parks have some
    assert len(d) == 2 and (d["floor_area_m2"] > 0).all()
