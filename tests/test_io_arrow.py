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
