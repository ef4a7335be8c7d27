"""Layers written through Arrow equal the layers written feature by feature, and layers of
large polygons are written in parts bounded by their vertices."""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from shapely.geometry import MultiPolygon, box

import rve_geo.io as rio
from rve_geo.io import write_layers

pytest.importorskip("pyarrow")


def _mixed_frame() -> gpd.GeoDataFrame:
    """Every kind of column the pipeline writes: text with gaps, integers, nullable
    integers and booleans, floats with NaN and inf, dates; single and multi polygons, an
    empty and a missing geometry."""
    geoms = [box(0, 0, 1, 1), MultiPolygon([box(2, 0, 3, 1), box(4, 0, 5, 1)]),
             box(0, 2, 1, 3), None, box(0, 0, 0, 0).buffer(0),
             shapely.Point(7, 1).buffer(1.0, quad_segs=32)]
    return gpd.GeoDataFrame({
        "code": ["a", None, "c", "d", None, "f"],
        "n": np.arange(6, dtype=np.int64),
        "n_missing": pd.array([1, None, 3, None, 5, 6], dtype="Int64"),
        "flag": pd.array([True, False, None, True, False, True], dtype="boolean"),
        "share": [0.5, np.nan, np.inf, 1.0, -2.5, 0.0],
        "day": pd.to_datetime(["2024-01-02", "2025-12-31", None, "2020-02-29",
                               "2021-06-01", "2022-07-15"]),
        "when": [dt.date(2024, 1, 2)] * 6,
    }, geometry=geoms, crs="EPSG:28992")


@pytest.mark.parametrize("index", [None, "code"])
def test_arrow_layer_equals_feature_by_feature(tmp_path, monkeypatch, index):
    frame = _mixed_frame()
    if index:
        frame = frame.set_index(index)
    monkeypatch.setattr(rio, "arrow_writes", lambda: True)
    write_layers({"layer": frame, "table": pd.DataFrame(frame.drop(columns="geometry"))},
                 tmp_path / "arrow.gpkg")
    monkeypatch.setattr(rio, "arrow_writes", lambda: False)
    write_layers({"layer": frame, "table": pd.DataFrame(frame.drop(columns="geometry"))},
                 tmp_path / "plain.gpkg")
    for layer in ("layer", "table"):
        a = pyogrio.read_info(tmp_path / "arrow.gpkg", layer=layer)
        p = pyogrio.read_info(tmp_path / "plain.gpkg", layer=layer)
        assert list(a["fields"]) == list(p["fields"])
        # Python dates are a Date field through Arrow, text feature by feature
        when = list(a["fields"]).index("when")
        assert a["dtypes"][when] == "datetime64[D]" and p["dtypes"][when] == "object"
        assert list(np.delete(a["dtypes"], when)) == list(np.delete(p["dtypes"], when))
        assert a["geometry_type"] == p["geometry_type"]
        assert a["features"] == p["features"] == 6
        ra = pyogrio.read_dataframe(tmp_path / "arrow.gpkg", layer=layer)
        rp = pyogrio.read_dataframe(tmp_path / "plain.gpkg", layer=layer)
        assert ra.pop("when").dt.strftime("%Y-%m-%d").tolist() == rp.pop("when").tolist()
        pd.testing.assert_frame_equal(pd.DataFrame(ra.drop(columns="geometry", errors="ignore")),
                                      pd.DataFrame(rp.drop(columns="geometry", errors="ignore")))
        if layer == "layer":
            assert a["geometry_type"] == "MultiPolygon"
            assert ra.geometry.to_wkb().tolist() == rp.geometry.to_wkb().tolist()


def test_parts_bounded_by_vertices(tmp_path, monkeypatch):
    # circles of 129 vertices; parts of at most 300 vertices hold 2 of them, a row of
    # more vertices than the bound is a part of its own; the layer is the one call's
    rings = [shapely.Point(10 * i, 0).buffer(1.0, quad_segs=32) for i in range(5)]
    big = shapely.Point(100, 0).buffer(1.0, quad_segs=128)
    frame = gpd.GeoDataFrame({"n": range(7)}, geometry=[*rings[:3], big, *rings[3:],
                                                        box(0, 5, 1, 6)], crs="EPSG:28992")
    monkeypatch.setattr(rio, "WRITE_CHUNK_COORDS", 300)
    parts = rio._row_parts(frame)
    assert parts == [slice(0, 2), slice(2, 3), slice(3, 4), slice(4, 7)]
    coords = shapely.get_num_coordinates(np.asarray(frame.geometry.array))
    for part in parts:
        assert part.stop - part.start == 1 or coords[part].sum() <= 300
    write_layers({"layer": frame}, tmp_path / "parts.gpkg")
    monkeypatch.setattr(rio, "WRITE_CHUNK_COORDS", 10**9)
    assert rio._row_parts(frame) == [slice(0, 7)]
    write_layers({"layer": frame}, tmp_path / "one.gpkg")
    a = gpd.read_file(tmp_path / "parts.gpkg", layer="layer")
    b = gpd.read_file(tmp_path / "one.gpkg", layer="layer")
    assert a["n"].tolist() == b["n"].tolist() == list(range(7))
    assert a.geometry.to_wkb().tolist() == b.geometry.to_wkb().tolist()


@pytest.mark.parametrize("switch", ["arrow_writes", "arrow_reads"])
@pytest.mark.parametrize(("env", "qgis", "expected"), [
    ("", False, True), ("0", False, False), ("", True, False), ("1", True, True)])
def test_arrow_off_inside_qgis_or_when_asked(monkeypatch, switch, env, qgis, expected):
    import sys

    decide = getattr(rio, switch)  # RVE_ARROW_WRITES for writes, RVE_ARROW_READS for reads
    monkeypatch.setenv(f"RVE_{switch.upper()}", env)
    if qgis:
        monkeypatch.setitem(sys.modules, "qgis", object())
    else:
        monkeypatch.delitem(sys.modules, "qgis", raising=False)
    decide.cache_clear()
    try:
        assert decide() is expected  # pyarrow and GDAL >= 3.8 are here
    finally:
        decide.cache_clear()


def _appended(frame: gpd.GeoDataFrame, path, rows: int, kind: str, promote: bool) -> None:
    """The layer as written before: the first part, then each next one appended."""
    for k, start in enumerate(range(0, len(frame), rows)):
        frame.iloc[start:start + rows].to_file(
            path, layer="layer", driver="GPKG", engine="pyogrio", geometry_type=kind,
            promote_to_multi=promote, use_arrow=True, mode="w" if k == 0 else "a")


def test_parts_streamed_in_one_call_equal_the_parts_appended(tmp_path, monkeypatch):
    # every kind of column, in parts of 2; "late" is empty in the first part and text
    # after it (the first part's field type holds, as when appended)
    import sqlite3

    import pyogrio.raw

    frame = _mixed_frame().assign(late=[None, None, "x", None, "y", "z"])
    calls = []
    write_arrow = pyogrio.raw.write_arrow
    monkeypatch.setattr(pyogrio.raw, "write_arrow",
                        lambda *a, **k: calls.append(k["layer"]) or write_arrow(*a, **k))
    monkeypatch.setattr(rio, "arrow_writes", lambda: True)
    monkeypatch.setattr(rio, "WRITE_CHUNK_ROWS", 2)
    write_layers({"layer": frame}, tmp_path / "stream.gpkg")
    assert calls == ["layer"]  # one write for the three parts
    _appended(frame, tmp_path / "appended.gpkg", 2, "MultiPolygon", True)
    a = pyogrio.read_info(tmp_path / "stream.gpkg", layer="layer")
    b = pyogrio.read_info(tmp_path / "appended.gpkg", layer="layer")
    assert list(a["fields"]) == list(b["fields"])
    assert list(a["dtypes"]) == list(b["dtypes"])
    assert a["geometry_type"] == b["geometry_type"] == "MultiPolygon"
    ra = pyogrio.read_dataframe(tmp_path / "stream.gpkg", layer="layer")
    rb = pyogrio.read_dataframe(tmp_path / "appended.gpkg", layer="layer")
    pd.testing.assert_frame_equal(pd.DataFrame(ra.drop(columns="geometry")),
                                  pd.DataFrame(rb.drop(columns="geometry")))
    assert ra["late"].isna().tolist() == [True, True, False, True, False, False]
    assert ra["late"].dropna().tolist() == ["x", "y", "z"]
    assert ra.geometry.to_wkb().tolist() == rb.geometry.to_wkb().tolist()
    # the spatial index holds every filled geometry, with its extent
    con = sqlite3.connect(tmp_path / "stream.gpkg")
    try:
        rtree = con.execute("SELECT id, minx, maxx, miny, maxy FROM rtree_layer_geom "
                            "ORDER BY id").fetchall()
        # and keeps up with edits made later (QGIS)
        triggers = {r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        con.close()
    assert {"rtree_layer_geom_insert", "rtree_layer_geom_delete"} <= triggers
    filled = ~(ra.geometry.isna() | ra.geometry.is_empty)
    bounds = ra.geometry[filled].bounds
    assert [r[0] for r in rtree] == [int(i) + 1 for i in np.flatnonzero(filled)]
    got = np.array([r[1:] for r in rtree])
    np.testing.assert_allclose(got, bounds[["minx", "maxx", "miny", "maxy"]].to_numpy(),
                               atol=1e-5)


def test_an_error_making_a_part_reaches_the_caller_as_raised(tmp_path, monkeypatch):
    from rve_geo._arrow_writes import write_layer_parts

    class Stop(Exception):
        pass

    def parts():
        frame = _mixed_frame()
        yield frame.iloc[:3]
        raise Stop("the third zone failed")

    with pytest.raises(Stop, match="the third zone failed"):
        write_layer_parts(parts(), tmp_path / "x.gpkg", "layer",
                          geometry_type="MultiPolygon", promote_to_multi=True, index=False)


def test_text_after_numbers_in_one_column_names_the_column_and_row(tmp_path, monkeypatch):
    # numbers in the first part's rows, text in a later one: a clear error, not a
    # traceback from Arrow
    from rve_geo.errors import OutputError

    frame = gpd.GeoDataFrame({"code": pd.Series([1, 2, 3, "vier", 5], dtype=object)},
                             geometry=[box(i, 0, i + 1, 1) for i in range(5)],
                             crs="EPSG:28992")
    monkeypatch.setattr(rio, "arrow_writes", lambda: True)
    monkeypatch.setattr(rio, "WRITE_CHUNK_ROWS", 2)
    with pytest.raises(OutputError, match=r"layer 'layer': column 'code' holds values from "
                                          r"row 2 on that do not fit the field type of the "
                                          r"rows before it \(e\.g\. text after numbers\); a "
                                          r"GeoPackage field has one type\. Give the column "
                                          r"one type"):
        rio.append_layer(tmp_path / "x.gpkg", "layer", frame)


def _two_parts(second: gpd.GeoDataFrame):
    first = gpd.GeoDataFrame({"code": ["a", "b"], "n": [1, 2]},
                             geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)], crs="EPSG:28992")
    return iter([first, second])


def test_a_later_part_with_its_columns_in_another_order_is_written_by_name(tmp_path):
    from rve_geo._arrow_writes import write_layer_parts

    second = gpd.GeoDataFrame({"n": [3], "code": ["c"]}, geometry=[box(2, 0, 3, 1)],
                              crs="EPSG:28992")
    write_layer_parts(_two_parts(second), tmp_path / "x.gpkg", "layer",
                      geometry_type="Polygon", promote_to_multi=False, index=False)
    got = gpd.read_file(tmp_path / "x.gpkg", layer="layer")
    assert got["code"].tolist() == ["a", "b", "c"]
    assert got["n"].tolist() == [1, 2, 3]


def test_a_later_part_with_other_columns_names_them_the_row_and_the_fix(tmp_path):
    from rve_geo._arrow_writes import write_layer_parts
    from rve_geo.errors import OutputError

    second = gpd.GeoDataFrame({"code": ["c"], "m": [3]}, geometry=[box(2, 0, 3, 1)],
                              crs="EPSG:28992")
    with pytest.raises(OutputError, match=r"layer 'layer': the rows from row 2 on have other "
                                          r"columns than the rows before them \(missing: n; "
                                          r"extra: m\).*Give all rows the same columns"):
        write_layer_parts(_two_parts(second), tmp_path / "x.gpkg", "layer",
                          geometry_type="Polygon", promote_to_multi=False, index=False)
