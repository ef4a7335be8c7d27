"""Shapefile export: short names, field map, .prj/.cpg, geometry types, 2 GB refusal."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyproj
import pytest
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, box

import rve_geo.deliverables.shapefile as shp_mod
from rve_geo import CRSError, GeometryError, InputError, OutputError, RveGeoWarning
from rve_geo.deliverables.shapefile import export_shapefile, export_shapefiles, short_field_names


def parcels() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "floor_area_m2": [250.5, 1000.0, np.nan],
            "potential_unconstrained_m2": [10.0, 20.0, 30.0],
            "potential_unconnected_m2": [1.0, 2.0, 3.0],
            "potential_jobs": np.array([3, 4, 5], dtype="int64"),
            "pot_jobs": np.array([1, 2, 2**40], dtype="int64"),
            "is_hmc": [True, False, True],
            "naam": ["Bedrijventerrein Zuilichem", "’s-Hertogenbosch", None],
            "surveyed": pd.to_datetime(["2024-01-02 03:04:05", "2024-02-03 00:00:00", None]),
            "max_category": pd.Categorical(["3.1", "4.2", "3.1"]),
        },
        geometry=[box(0, 0, 10, 10),
                  MultiPolygon([box(20, 0, 30, 10), box(40, 0, 50, 10)]),
                  box(60, 0, 70, 5)],
        index=pd.Index([101, 102, 103], name="parcel_id"),
        crs="EPSG:28992",
    )


def test_short_names_hand_checked():
    names = ["floor_area_m2", "potential_unconstrained_m2", "potential_unconnected_m2",
             "potential_jobs", "pot_jobs", "fsi", "FSI", "max_allowed_category",
             "distance_to_residential_m", "afstand_tot_woning_m", "3d_height_m"]
    got = short_field_names(names)
    assert got == {
        # words abbreviated from the dictionary: floor->flr, area->ar
        "floor_area_m2": "flr_ar_m2",
        # pot_unconstrained_m2 is 20 long: the longest word is cut to 3 letters
        "potential_unconstrained_m2": "pot_unc_m2",
        # same short form -> numeric suffix within 10 characters
        "potential_unconnected_m2": "pot_unc_1",
        # "pot_jobs" already exists as a column and is reserved first
        "potential_jobs": "pot_jobs_1",
        "pot_jobs": "pot_jobs",
        "fsi": "fsi",
        # DBF names compare case-insensitively: FSI collides with fsi
        "FSI": "FSI_1",
        # max_alw_cat (11): cut the longest non-final word "max" -> "ma_alw_cat"
        "max_allowed_category": "ma_alw_cat",
        # dist_to_res_m (13): dist -> dis -> di, then res -> re: "di_to_re_m"
        "distance_to_residential_m": "di_to_re_m",
        # afstand_tot_woning_m (20): the longest non-final word loses a letter at a
        # time (ties: the first): afstand/woning/tot down to af/wo/to -> 10 characters
        "afstand_tot_woning_m": "af_to_wo_m",
        # starts with a digit: prefixed with f and shortened
        "3d_height_m": "f3d_hgt_m",
    }
    assert all(len(v) <= 10 for v in got.values())
    assert len({v.lower() for v in got.values()}) == len(got)


def test_short_names_deterministic_and_unique_for_many_collisions():
    names = [f"potential_scenario_{k}_m2" for k in range(30)]
    a = short_field_names(names)
    assert a == short_field_names(names)
    assert len(set(a.values())) == 30
    assert all(len(v) <= 10 for v in a.values())


def test_export_files_values_and_geometry(tmp_path):
    src = parcels()
    before = src.copy()
    result = export_shapefile(src, tmp_path / "parcels.shp")
    assert src.equals(before)  # input not mutated
    names = sorted(p.name for p in result.paths)
    assert names == ["parcels.cpg", "parcels.dbf", "parcels.prj", "parcels.shp",
                     "parcels.shx", "parcels_fields.csv"]
    assert (tmp_path / "parcels.cpg").read_text() == "UTF-8"
    prj = (tmp_path / "parcels.prj").read_text()
    assert prj.startswith('PROJCS["RD_New"')
    assert pyproj.CRS.from_wkt(prj).equals(pyproj.CRS(28992), ignore_axis_order=True) or \
        pyproj.CRS.from_wkt(prj).to_epsg(min_confidence=50) == 28992

    fmap = pd.read_csv(tmp_path / "parcels_fields.csv")
    assert list(fmap.columns) == ["long_name", "short_name", "type"]
    assert fmap.equals(result.field_map)
    short = dict(zip(fmap.long_name, fmap.short_name, strict=True))
    types = dict(zip(fmap.long_name, fmap.type, strict=True))
    # the named index is exported as a field
    assert short["parcel_id"] == "parcel_id"
    assert types["is_hmc"] == "Logical"
    assert types["pot_jobs"] == "Integer64" and types["potential_jobs"] == "Integer"
    assert types["surveyed"] == "String (ISO 8601 date-time)"
    assert types["max_category"] == "String"

    back = gpd.read_file(tmp_path / "parcels.shp")
    assert list(back.columns[:-1]) == fmap.short_name.tolist()
    assert back[short["parcel_id"]].tolist() == [101, 102, 103]
    np.testing.assert_allclose(back[short["floor_area_m2"]], [250.5, 1000.0, np.nan])
    assert back[short["pot_jobs"]].tolist() == [1, 2, 2**40]
    assert back[short["is_hmc"]].tolist() == [True, False, True]
    assert back[short["naam"]].tolist()[:2] == ["Bedrijventerrein Zuilichem",
                                                 "’s-Hertogenbosch"]
    assert back[short["surveyed"]].tolist()[:2] == ["2024-01-02T03:04:05",
                                                     "2024-02-03T00:00:00"]
    assert back[short["max_category"]].tolist() == ["3.1", "4.2", "3.1"]
    assert back.crs.to_epsg() == 28992
    # one geometry type: polygons promoted to multipolygons on write; shapes equal
    info = pyogrio.read_info(tmp_path / "parcels.shp")
    assert info["geometry_type"] in ("Polygon", "MultiPolygon")
    for a, b in zip(src.geometry, back.geometry, strict=True):
        assert a.symmetric_difference(b).area == pytest.approx(0.0)


def test_mixed_families_split_per_type(tmp_path):
    frame = gpd.GeoDataFrame(
        {"kind": ["a", "b", "c", "d"]},
        geometry=[Point(1, 1), box(0, 0, 1, 1), LineString([(0, 0), (5, 5)]), Point(2, 2)],
        crs="EPSG:28992",
    )
    result = export_shapefile(frame, tmp_path / "mixed.shp")
    shps = sorted(p.name for p in result.paths if p.suffix == ".shp")
    assert shps == ["mixed_line.shp", "mixed_point.shp", "mixed_polygon.shp"]
    assert not (tmp_path / "mixed.shp").exists()
    assert gpd.read_file(tmp_path / "mixed_point.shp")["kind"].tolist() == ["a", "d"]
    assert gpd.read_file(tmp_path / "mixed_line.shp")["kind"].tolist() == ["c"]
    assert gpd.read_file(tmp_path / "mixed_polygon.shp")["kind"].tolist() == ["b"]
    for name in shps:
        assert (tmp_path / name).with_suffix(".prj").exists()
        assert (tmp_path / name).with_suffix(".cpg").read_text() == "UTF-8"


def test_size_limit_refused_before_writing(tmp_path, monkeypatch):
    # parcels(): 3 records; polygon records are 8 + 44 + 4 * rings + 16 * points bytes:
    # box: 52 + 4 + 80 = 136; two boxes: 52 + 8 + 160 = 220; total 100 + 136 + 220 + 136
    assert shp_mod._estimate_shp(parcels().geometry.array) == 592
    monkeypatch.setattr(shp_mod, "MAX_FILE_BYTES", 591)
    with pytest.raises(OutputError, match=r"parcels\.shp.*GB.*GeoPackage"):
        export_shapefile(parcels(), tmp_path / "parcels.shp")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(shp_mod, "MAX_FILE_BYTES", 592)
    export_shapefile(parcels()[["floor_area_m2", "geometry"]], tmp_path / "small.shp")


def test_estimates_match_written_sizes(tmp_path):
    src = parcels()
    export_shapefile(src, tmp_path / "p.shp")
    assert shp_mod._estimate_shp(src.geometry.array) == (tmp_path / "p.shp").stat().st_size
    # the .dbf estimate is an upper bound of the right order
    table, fmap = shp_mod._prepare_table(src, shp_mod.Issues("t"))
    dbf = (tmp_path / "p.dbf").stat().st_size
    assert dbf <= shp_mod._estimate_dbf(table, fmap) < 3 * dbf


def test_dbf_limit_refused(tmp_path, monkeypatch):
    frame = gpd.GeoDataFrame({"txt": ["x" * 200] * 50}, geometry=[Point(0, 0)] * 50,
                             crs="EPSG:28992")
    # .shp: 100 + 50 * 28 = 1500 bytes; .dbf: 33 + 32 + 50 * (1 + 200) = 10115 bytes
    monkeypatch.setattr(shp_mod, "MAX_FILE_BYTES", 5000)
    with pytest.raises(OutputError, match=r"t\.dbf"):
        export_shapefile(frame, tmp_path / "t.shp")
    assert list(tmp_path.iterdir()) == []


def test_overwrite_refused_then_allowed(tmp_path):
    export_shapefile(parcels(), tmp_path / "p.shp")
    (tmp_path / "p.qix").write_bytes(b"stale index")
    mtime = (tmp_path / "p.dbf").stat().st_mtime_ns
    with pytest.raises(OutputError, match="overwrite"):
        export_shapefile(parcels(), tmp_path / "p.shp")
    assert (tmp_path / "p.dbf").stat().st_mtime_ns == mtime
    export_shapefile(parcels().iloc[:1], tmp_path / "p.shp", overwrite=True)
    assert len(gpd.read_file(tmp_path / "p.shp")) == 1
    assert not (tmp_path / "p.qix").exists()  # a stale spatial index would lie
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_existing_field_map_blocks_too(tmp_path):
    (tmp_path / "p_fields.csv").write_text("x")
    with pytest.raises(OutputError, match="p_fields.csv"):
        export_shapefile(parcels(), tmp_path / "p.shp")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p_fields.csv"]


def test_custom_field_map_path(tmp_path):
    (tmp_path / "maps").mkdir()
    result = export_shapefile(parcels(), tmp_path / "p.shp",
                              field_map_path=tmp_path / "maps" / "fields.csv")
    assert (tmp_path / "maps" / "fields.csv") in result.paths
    assert not (tmp_path / "p_fields.csv").exists()


def test_refusals(tmp_path):
    with pytest.raises(OutputError, match=r"\.shp"):
        export_shapefile(parcels(), tmp_path / "p.gpkg")
    with pytest.raises(InputError, match="no rows"):
        export_shapefile(parcels().iloc[:0], tmp_path / "p.shp")
    with pytest.raises(CRSError, match="set_crs"):
        export_shapefile(parcels().set_crs(None, allow_override=True), tmp_path / "p.shp")
    frame = parcels()
    frame.geometry = [box(0, 0, 1, 1), shapely.GeometryCollection([Point(0, 0)]),
                      box(1, 1, 2, 2)]
    with pytest.raises(GeometryError, match="rows 102"):
        export_shapefile(frame, tmp_path / "p.shp")
    assert list(tmp_path.iterdir()) == []


def test_long_text_cut_with_warning(tmp_path):
    frame = gpd.GeoDataFrame({"note": ["é" * 200, "ok"]}, geometry=[Point(0, 0)] * 2,
                             index=[7, 8], crs="EPSG:28992")
    with pytest.warns(RveGeoWarning, match=r"254 bytes.*rows 7\)"):
        export_shapefile(frame, tmp_path / "n.shp")
    back = gpd.read_file(tmp_path / "n.shp")
    # 200 x 'é' is 400 bytes; cut to 254 bytes = 127 characters of 2 bytes
    assert back["note"].tolist() == ["é" * 127, "ok"]


def test_export_several_layers(tmp_path):
    pts = gpd.GeoDataFrame({"a": [1]}, geometry=[Point(0, 0)], crs="EPSG:28992")
    done = export_shapefiles({"parcels": parcels(), "sources": pts}, tmp_path)
    assert set(done) == {"parcels", "sources"}
    assert (tmp_path / "parcels.shp").exists() and (tmp_path / "sources.shp").exists()
    with pytest.raises(OutputError, match="sources.shp"):
        export_shapefiles({"new": pts, "sources": pts}, tmp_path)
    assert not (tmp_path / "new.shp").exists()


def test_points_stay_points_and_nullable_types(tmp_path):
    frame = gpd.GeoDataFrame(
        {"n_buildings": pd.array([1, None, 3], dtype="Int64"),
         "flag": pd.array([True, None, False], dtype="boolean")},
        geometry=[Point(0, 0), Point(1, 1), Point(2, 2)], crs="EPSG:28992")
    result = export_shapefile(frame, tmp_path / "pts.shp")
    # "n_buildings" (11): number words stay, buildings -> bld
    assert result.field_map["short_name"].tolist() == ["n_bld", "flag"]
    assert result.field_map["type"].tolist() == ["Integer", "Logical"]
    assert pyogrio.read_info(tmp_path / "pts.shp")["geometry_type"] == "Point"
    # 100-byte header + 3 records of 8 + 20 bytes
    assert (tmp_path / "pts.shp").stat().st_size == 100 + 3 * 28
    back = gpd.read_file(tmp_path / "pts.shp")
    np.testing.assert_array_equal(back["n_bld"].to_numpy(dtype=float), [1.0, np.nan, 3.0])
    assert back.geom_type.tolist() == ["Point"] * 3


def test_mixed_object_column_written_as_text(tmp_path):
    frame = gpd.GeoDataFrame({"code": [1, "B", None, 2.5]}, geometry=[Point(0, 0)] * 4,
                             crs="EPSG:28992")
    result = export_shapefile(frame, tmp_path / "o.shp")
    assert result.field_map["type"].tolist() == ["String"]
    back = gpd.read_file(tmp_path / "o.shp")
    assert back["code"].tolist()[:2] == ["1", "B"] and back["code"].tolist()[3] == "2.5"
    assert back["code"].isna().tolist() == [False, False, True, False]


def test_cancel_halfway_leaves_no_files(tmp_path):
    from rve_geo import OperationCancelledError

    mixed = gpd.GeoDataFrame({"k": [1, 2]}, geometry=[Point(0, 0), box(0, 0, 1, 1)],
                             crs="EPSG:28992")
    calls = []

    def cancel(fraction, message=""):
        calls.append(message)
        if message.startswith("written"):  # after the first of two files is complete
            raise OperationCancelledError("stopped by the user")

    with pytest.raises(OperationCancelledError):
        export_shapefile(mixed, tmp_path / "m.shp", progress=cancel)
    assert any(m.startswith("written") for m in calls)
    assert list(tmp_path.iterdir()) == []


REALDATA = Path(__file__).resolve().parent / "data"  # tests/data/PROVENANCE.md


@pytest.mark.realdata
def test_real_3dbag_round_trip(tmp_path):
    src = gpd.read_file(REALDATA / "delft_wippolder_3dbag.gpkg")
    result = export_shapefile(src, tmp_path / "panden.shp")
    short = dict(zip(result.field_map.long_name, result.field_map.short_name, strict=True))
    # hand-checked: 24 letters -> both words cut in turn; 15 -> "oppervlakte" cut to 6
    assert short["aantal_verblijfsobjecten"] == "aant_verbl"
    assert short["oppervlakte_min"] == "opperv_min"
    assert short["kas_warenhuis"] == "kas_warenh"
    back = gpd.read_file(tmp_path / "panden.shp")
    assert len(back) == len(src) == 60
    for long_name, short_name in short.items():
        a, b = src[long_name], back[short_name]
        if pd.api.types.is_float_dtype(a.dtype):
            np.testing.assert_allclose(b.to_numpy(float), a.to_numpy(float))
        else:
            assert b.tolist() == a.tolist(), long_name
    assert all(a.equals(b) for a, b in zip(src.geometry, back.geometry, strict=True))
    assert shp_mod._estimate_shp(src.geometry.array) == (tmp_path / "panden.shp").stat().st_size


@pytest.mark.realdata
def test_real_bag_size_estimate_and_limit(tmp_path, monkeypatch):
    src = gpd.read_file(REALDATA / "doesburg_bag_pand_2020_parks.gpkg", layer="pand")
    estimate = shp_mod._estimate_shp(src.geometry.array)
    export_shapefile(src, tmp_path / "pand.shp")
    assert estimate == (tmp_path / "pand.shp").stat().st_size  # 415 polygons, exact
    monkeypatch.setattr(shp_mod, "MAX_FILE_BYTES", estimate - 1)
    with pytest.raises(OutputError, match="GB"):
        export_shapefile(src, tmp_path / "again.shp")
    assert not list(tmp_path.glob("again*"))
