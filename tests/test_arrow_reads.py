"""GeoPackage layers read through Arrow equal the layers ``geopandas.read_file`` reads:
columns, dtypes, values, geometries (to the byte), CRS and row numbers; in batches as
whole; layers with other field types are read the other way."""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from shapely.geometry import MultiPolygon, box

import rve_geo._arrow_reads as ar
import rve_geo.io as rio
from rve_geo.io import read_layer

from .conftest import DATA, REALDATA, SAMPLE

pytest.importorskip("pyarrow")


def _assert_same(expected: gpd.GeoDataFrame, got: gpd.GeoDataFrame) -> None:
    assert type(got) is gpd.GeoDataFrame
    assert list(got.columns) == list(expected.columns)
    assert got.geometry.name == expected.geometry.name
    assert got.dtypes.astype(str).tolist() == expected.dtypes.astype(str).tolist()
    pd.testing.assert_frame_equal(pd.DataFrame(got.drop(columns=got.geometry.name)),
                                  pd.DataFrame(expected.drop(columns=expected.geometry.name)))
    # byte for byte: also degenerate polygons, which equals() calls unequal to themselves
    assert shapely.to_wkb(got.geometry.array).tolist() == \
        shapely.to_wkb(expected.geometry.array).tolist()
    assert got.crs == expected.crs


def _gaps_frame() -> gpd.GeoDataFrame:
    """Gaps in only the later rows: a batch without them gives other dtypes than one with."""
    return gpd.GeoDataFrame({
        "n": np.arange(5, dtype=np.int64),
        "code": ["a", None, "c", "é", ""],
        "share": [1.5, np.nan, 2.0, np.inf, -0.0],
        "flag": [True, False, True, False, True],
        "n_missing": pd.array([5, 6, 7, None, 9], dtype="Int64"),
        "flag_missing": pd.array([True, False, True, None, False], dtype="boolean"),
        "small": np.arange(5, dtype=np.int16),
        "single": np.arange(5, dtype=np.float32) + 0.5,
    }, geometry=[box(0, 0, 1, 1), None, MultiPolygon([box(1, 1, 2, 2), box(3, 3, 4, 4)]),
                 box(5, 5, 6, 6), box(0, 0, 0, 0)], crs="EPSG:28992")


@pytest.mark.parametrize("rows", [1, 2, 3, 100])
def test_batches_read_as_read_file(tmp_path, monkeypatch, rows):
    path = tmp_path / "gaps.gpkg"
    _gaps_frame().to_file(path, layer="t", engine="pyogrio")
    monkeypatch.setattr(ar, "READ_BATCH_ROWS", rows)
    expected = gpd.read_file(path, layer="t", engine="pyogrio")
    # the feature reader's dtypes: gaps in whole numbers and in true/false give decimals
    assert expected["n_missing"].dtype == expected["flag_missing"].dtype == np.float64
    got = ar.read_gpkg(path, "t")
    _assert_same(expected, got)
    # text held by Arrow is one block per column, as read_file gives it, not one piece per
    # batch (pieces make grouping and taking about 2x slower)
    for column in got.columns:
        blocks = getattr(got[column].array, "_pa_array", None)
        if blocks is not None:
            assert blocks.num_chunks == 1, column


def _gpkg_layers():
    files = [SAMPLE, *sorted(DATA.glob("*.gpkg"))]
    if REALDATA.exists():
        files += sorted(REALDATA.glob("*.gpkg"))
    return [(f, str(name)) for f in files for name, kind in pyogrio.list_layers(f)
            if kind is not None]


@pytest.mark.parametrize(("path", "layer"), _gpkg_layers(),
                         ids=lambda v: v.name if hasattr(v, "name") else v)
def test_real_layers_read_as_read_file(monkeypatch, path, layer):
    monkeypatch.setattr(ar, "READ_BATCH_ROWS", 1000)  # several batches on the larger ones
    got = ar.read_gpkg(path, layer)
    assert got is not None, "these layers hold only fields Arrow reads the same"
    _assert_same(gpd.read_file(path, layer=layer, engine="pyogrio"), got)


def test_other_field_types_are_read_the_other_way(tmp_path):
    path = tmp_path / "dates.gpkg"
    frame = gpd.GeoDataFrame({"day": [dt.date(2024, 1, 2)], "n": [1]},
                             geometry=[box(0, 0, 1, 1)], crs="EPSG:28992")
    frame.to_file(path, layer="t", engine="pyogrio", use_arrow=True)  # a Date field
    assert pyogrio.read_info(path, layer="t")["ogr_types"][0] == "OFTDate"
    assert ar.read_gpkg(path, "t") is None  # Arrow would give date objects
    empty = tmp_path / "empty.gpkg"
    frame.iloc[:0][["n", "geometry"]].to_file(empty, layer="t", engine="pyogrio")
    assert ar.read_gpkg(empty, "t") is None
    _assert_same(gpd.read_file(path, layer="t", engine="pyogrio"), read_layer(path, layer="t"))


def test_read_layer_goes_through_arrow_and_falls_back(tmp_path, monkeypatch):
    path = tmp_path / "gaps.gpkg"
    _gaps_frame().to_file(path, layer="t", engine="pyogrio")
    expected = gpd.read_file(path, layer="t", engine="pyogrio")
    calls = []
    real = ar.read_gpkg
    monkeypatch.setattr(rio, "arrow_reads", lambda: True)
    monkeypatch.setattr(ar, "read_gpkg", lambda *a: calls.append(a) or real(*a))
    _assert_same(expected, read_layer(path, layer="t"))
    assert len(calls) == 1

    def broken(*a):
        raise RuntimeError("stream broke")

    monkeypatch.setattr(ar, "read_gpkg", broken)  # the other reader reads it instead
    _assert_same(expected, read_layer(path, layer="t"))
    monkeypatch.setattr(rio, "arrow_reads", lambda: False)
    monkeypatch.setattr(ar, "read_gpkg", lambda *a: calls.append(a) or real(*a))
    _assert_same(expected, read_layer(path, layer="t"))
    assert len(calls) == 1  # not asked when Arrow reads are off

