"""3D BAG heights from GeoPackage, CityJSON and CityJSONSeq tiles; storeys by hand."""

from __future__ import annotations

import json
import warnings

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import box

from rve_geo import building_floor_area, join_3dbag, read_3dbag, read_bag
from rve_geo.errors import InputError, RveGeoWarning

from .conftest import DATA

CRS = "EPSG:28992"
# three real Delft panden (tests/data/delft_wippolder_3dbag.gpkg)
WOON = "0503100000004254"   # woonfunctie
KANTOOR = "0503100000025503"  # kantoorfunctie
ZORG = "0503100000000296"   # gezondheidszorgfunctie, woonfunctie


def quiet(fn, *a, **k):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return fn(*a, **k)


@pytest.fixture(scope="module")
def delft():
    b = quiet(read_bag, DATA / "delft_wippolder_3dbag.gpkg").buildings
    return b[b["identificatie"].isin([WOON, KANTOOR, ZORG])].reset_index(drop=True)


def gpkg_tile(path, delft):
    """A tile in the 3D BAG v2023+ layout: pand layer + lod12_2d roof parts."""
    fp = delft.set_index("identificatie").geometry
    pand = gpd.GeoDataFrame(
        {"identificatie": [f"NL.IMBAG.Pand.{i}" for i in (WOON, KANTOOR, ZORG)],
         "b3_h_maaiveld": [-0.5, 0.0, 1.0], "b3_bouwlagen": [None, None, 2.0],
         "b3_kas_warenhuis": [False, False, False]},
        geometry=[fp[WOON], fp[KANTOOR], fp[ZORG]], crs=CRS)
    pand.to_file(path, layer="pand")
    # the office has two roof parts: its west half 12 m NAP, east half 6 m NAP
    x0, y0, x1, y1 = fp[KANTOOR].bounds
    xm = (x0 + x1) / 2
    west = fp[KANTOOR].intersection(box(x0 - 1, y0 - 1, xm, y1 + 1))
    east = fp[KANTOOR].intersection(box(xm, y0 - 1, x1 + 1, y1 + 1))
    parts = gpd.GeoDataFrame(
        {"identificatie": [f"NL.IMBAG.Pand.{i}" for i in (WOON, KANTOOR, KANTOOR, ZORG)],
         "b3_h_dak_70p": [8.7, 12.0, 6.0, 12.0], "b3_h_dak_max": [10.0, 12.5, 6.5, 13.0]},
        geometry=[fp[WOON], west, east, fp[ZORG]], crs=CRS)
    parts.to_file(path, layer="lod12_2d")
    return path, west.area, east.area


def test_gpkg_tile_heights_and_storeys_by_hand(tmp_path, delft):
    path, a_w, a_e = gpkg_tile(tmp_path / "tile.gpkg", delft)
    h = read_3dbag(path).set_index("identificatie")
    assert h.loc[WOON, "height_m"] == pytest.approx(9.2)  # 8.7 - (-0.5)
    office = (a_w * 12.0 + a_e * 6.0) / (a_w + a_e)  # footprint-weighted roof parts
    assert h.loc[KANTOOR, "height_m"] == pytest.approx(office)
    assert h.loc[KANTOOR, "b3_h_dak_max"] == 12.5
    assert h.loc[ZORG, "b3_bouwlagen"] == 2
    out = quiet(building_floor_area, join_3dbag(delft, h.reset_index())).set_index(
        "identificatie")
    fp = delft.set_index("identificatie").area
    # woonfunctie 3.0 m per storey: floor(9.2 / 3.0) = 3
    assert out.loc[WOON, "storeys"] == 3
    assert out.loc[WOON, "floor_area_m2"] == pytest.approx(3 * fp[WOON])
    # kantoorfunctie 3.5 m: floor(office / 3.5); the halves are about equal so about 9 m
    assert 8.5 < office < 9.5
    assert out.loc[KANTOOR, "storeys"] == np.floor(office / 3.5) == 2
    # the 3D BAG storey estimate wins over the height (11 m would give 3)
    assert out.loc[ZORG, "storeys"] == 2
    assert out.loc[ZORG, "floor_area_source"] == "storeys"
    assert out.loc[WOON, "floor_area_source"] == "height"


def cityjson_doc():
    def building(roof, ground, storeys=None, hall=False):
        a = {"b3_h_dak_70p": roof, "b3_h_dak_max": roof + 1, "b3_h_maaiveld": ground,
             "b3_kas_warenhuis": hall}
        if storeys is not None:
            a["b3_bouwlagen"] = storeys
        return {"type": "Building", "attributes": a, "children": []}

    return {
        f"NL.IMBAG.Pand.{WOON}": building(8.7, -0.5),
        f"NL.IMBAG.Pand.{WOON}-0": {"type": "BuildingPart",
                                    "parents": [f"NL.IMBAG.Pand.{WOON}"]},
        f"NL.IMBAG.Pand.{KANTOOR}": building(15.0, 0.2),
        f"NL.IMBAG.Pand.{ZORG}": building(12.0, 1.0, storeys=2),
    }


def test_cityjson_and_cityjsonseq_storeys_by_hand(tmp_path, delft):
    objects = cityjson_doc()
    cj = tmp_path / "tile.city.json"
    cj.write_text(json.dumps({"type": "CityJSON", "version": "2.0", "CityObjects": objects,
                              "vertices": [], "transform": {"scale": [0.001] * 3,
                                                            "translate": [0, 0, 0]}}))
    seq = tmp_path / "tile.city.jsonl"
    lines = [json.dumps({"type": "CityJSON", "version": "2.0", "CityObjects": {},
                         "vertices": []})]
    for key in (WOON, KANTOOR, ZORG):
        ids = [k for k in objects if k.startswith(f"NL.IMBAG.Pand.{key}")]
        lines.append(json.dumps({"type": "CityJSONFeature", "id": f"NL.IMBAG.Pand.{key}",
                                 "CityObjects": {k: objects[k] for k in ids},
                                 "vertices": []}))
    seq.write_text("\n".join(lines) + "\n")
    a = read_3dbag(cj).set_index("identificatie").sort_index()
    b = read_3dbag(seq).set_index("identificatie").sort_index()
    assert a.index.tolist() == sorted([WOON, KANTOOR, ZORG])  # BuildingPart not a row
    assert np.allclose(a["height_m"], b["height_m"])
    assert a.loc[KANTOOR, "height_m"] == pytest.approx(14.8)
    out = quiet(building_floor_area, join_3dbag(delft, b.reset_index())).set_index(
        "identificatie")
    assert out.loc[WOON, "storeys"] == 3        # floor(9.2 / 3.0)
    assert out.loc[KANTOOR, "storeys"] == 4     # floor(14.8 / 3.5)
    assert out.loc[ZORG, "storeys"] == 2        # b3_bouwlagen


def test_older_tiles_without_b3_prefix(tmp_path, delft):
    fp = delft.set_index("identificatie").geometry
    gpd.GeoDataFrame({"identificatie": [f"NL.IMBAG.Pand.{WOON}"], "h_dak_70p": [7.0],
                      "h_maaiveld": [1.0]}, geometry=[fp[WOON]], crs=CRS).to_file(
        tmp_path / "v21.gpkg", layer="lod12_2d")
    h = read_3dbag(tmp_path / "v21.gpkg")
    assert h["identificatie"].tolist() == [WOON]
    assert h["height_m"].tolist() == [6.0]


def test_buildings_without_height_are_counted(tmp_path, delft):
    path, *_ = gpkg_tile(tmp_path / "tile.gpkg", delft)
    allb = quiet(read_bag, DATA / "delft_wippolder_3dbag.gpkg").buildings
    with pytest.warns(RveGeoWarning, match="57 of 60 buildings have no 3D BAG height"):
        out = join_3dbag(allb, path)
    assert out["has_height"].sum() == 3
    assert len(out) == 60 and out.index.equals(allb.index)


def test_input_without_any_height_says_fsi_equals_gsi(tmp_path):
    b = gpd.GeoDataFrame({"identificatie": ["0221100000000001"]},
                         geometry=[box(0, 0, 10, 10)], crs=CRS)
    h = read_3dbag(DATA / "delft_wippolder_3dbag.gpkg")  # BAG attributes, no heights
    assert h["height_m"].isna().all()
    with pytest.warns(RveGeoWarning, match="FSI equals GSI"):
        join_3dbag(b, h)


def test_unknown_format_and_bad_json_are_refused(tmp_path):
    (tmp_path / "x.txt").write_text("a")
    with pytest.raises(InputError, match="not a 3D BAG tile format"):
        read_3dbag(tmp_path / "x.txt")
    (tmp_path / "y.json").write_text('{"type": "FeatureCollection"}')
    with pytest.raises(InputError, match="not CityJSON"):
        read_3dbag(tmp_path / "y.json")
    (tmp_path / "z.json").write_text("{nope")
    with pytest.raises(InputError, match="not valid JSON"):
        read_3dbag(tmp_path / "z.json")


def test_folder_of_tiles_reads_each_pand_once(tmp_path, delft):
    folder = tmp_path / "tiles"
    folder.mkdir()
    gpkg_tile(folder / "9-284-556.gpkg", delft)
    doc = {"type": "CityJSON", "version": "2.0", "CityObjects": cityjson_doc(), "vertices": []}
    (folder / "9-284-560.city.json").write_text(json.dumps(doc))
    (folder / "readme.txt").write_text("not a tile")
    h = read_3dbag(folder)
    assert sorted(h["identificatie"]) == sorted([WOON, KANTOOR, ZORG])  # duplicates dropped
    # the first tile in name order wins: the GeoPackage's about 9 m for the office, not the
    # CityJSON's 14.8 m
    assert h.set_index("identificatie").loc[KANTOOR, "height_m"] < 10
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="holds no 3D BAG tiles"):
        read_3dbag(tmp_path / "empty")
