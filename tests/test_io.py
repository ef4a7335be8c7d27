"""Atomic writes, refusal to overwrite inputs, clear read errors."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import box

from rve_geo.errors import InputError, OutputError
from rve_geo.io import atomic_path, read_layer, write_layers


@pytest.fixture
def gdf():
    return gpd.GeoDataFrame({"id": [1, 2]}, geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)],
                            crs="EPSG:28992")


def test_failure_while_writing_leaves_no_file(tmp_path, gdf):
    out = tmp_path / "r.gpkg"

    class Boom(gpd.GeoDataFrame):
        def to_file(self, *a, **k):
            super().to_file(*a, **k)
            raise OSError(28, "No space left on device")  # simulated full disk

    with pytest.raises(OutputError, match="No space left on device"):
        write_layers({"a": gdf, "b": Boom(gdf)}, out)
    assert list(tmp_path.iterdir()) == []


def test_cancellation_inside_atomic_path_removes_the_temporary_file(tmp_path):
    out = tmp_path / "x.gpkg"
    with pytest.raises(KeyboardInterrupt), atomic_path(out) as tmp:
        tmp.write_bytes(b"half")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_overwrite_needed_and_input_protected(tmp_path, gdf):
    out = tmp_path / "r.gpkg"
    write_layers({"a": gdf}, out)
    with pytest.raises(OutputError, match="exists"):
        write_layers({"a": gdf}, out)
    with pytest.raises(OutputError, match="also an input"):
        write_layers({"a": gdf}, out, inputs=[out], overwrite=True)
    write_layers({"b": gdf}, out, overwrite=True)
    assert read_layer(out).columns.tolist() == ["id", "geometry"]


def test_layer_descriptions_are_stored(tmp_path, gdf):
    import sqlite3

    out = tmp_path / "r.gpkg"
    write_layers({"a": gdf}, out, descriptions={"a": "FSI per kavel"})
    with sqlite3.connect(out) as con:
        (text,) = con.execute("select description from gpkg_contents where table_name='a'")\
            .fetchone()
    assert text == "FSI per kavel"


def test_read_errors_are_clear(tmp_path, gdf):
    with pytest.raises(InputError, match="does not exist"):
        read_layer(tmp_path / "missing.gpkg", argument="parcels")
    bad = tmp_path / "bad.gpkg"
    bad.write_bytes(b"not a geopackage")
    with pytest.raises(InputError, match="parcels: .*not a readable vector data source"):
        read_layer(bad, argument="parcels")
    two = tmp_path / "two.gpkg"
    write_layers({"a": gdf, "b": gdf}, two)
    with pytest.raises(InputError, match="has 2 layers"):
        read_layer(two)
    with pytest.raises(InputError, match="no layer 'c'"):
        read_layer(two, layer="c")
    assert len(read_layer(two, layer="b")) == 2


def test_parquet_without_pyarrow_names_the_missing_package(tmp_path, monkeypatch):
    import geopandas as gpd
    import pytest

    from rve_geo.errors import InputError
    from rve_geo.io import read_layer

    path = tmp_path / "parcels.parquet"
    path.write_bytes(b"PAR1")

    def missing(*args, **kwargs):
        raise ImportError("Missing optional dependency 'pyarrow.parquet'.")

    monkeypatch.setattr(gpd, "read_parquet", missing)
    with pytest.raises(InputError, match=r"parcels: reading the Parquet file .* needs pyarrow, "
                                         r"which is not installed; install it"):
        read_layer(path, argument="parcels")


@pytest.mark.parametrize("index", [None, "code"])
def test_long_layer_written_in_parts_equals_one_write(tmp_path, monkeypatch, index):
    # 7 rows in parts of 3: Polygon and MultiPolygon mixed (made multi), an empty
    # geometry, a missing one, text with gaps: the same layer as one call writes
    import pandas as pd
    import pyogrio
    from shapely.geometry import MultiPolygon

    import rve_geo.io as rio

    geoms = [box(0, 0, 1, 1), MultiPolygon([box(2, 0, 3, 1), box(4, 0, 5, 1)]),
             box(0, 2, 1, 3), None, box(0, 0, 0, 0).buffer(0), box(6, 0, 8, 2),
             box(9, 9, 10, 10)]
    frame = gpd.GeoDataFrame({"code": list("abcdefg"), "n": range(7),
                              "note": ["x", None, "y", None, "z", None, "w"]},
                             geometry=geoms, crs="EPSG:28992")
    if index:
        frame = frame.set_index(index)
    write_layers({"layer": frame}, tmp_path / "one.gpkg")
    monkeypatch.setattr(rio, "WRITE_CHUNK_ROWS", 3)
    write_layers({"layer": frame}, tmp_path / "parts.gpkg")
    one = pyogrio.read_info(tmp_path / "one.gpkg", layer="layer")
    parts = pyogrio.read_info(tmp_path / "parts.gpkg", layer="layer")
    assert parts["geometry_type"] == one["geometry_type"] == "MultiPolygon"
    assert list(parts["fields"]) == list(one["fields"])
    assert parts["features"] == one["features"] == 7
    a = gpd.read_file(tmp_path / "one.gpkg", layer="layer")
    b = gpd.read_file(tmp_path / "parts.gpkg", layer="layer")
    pd.testing.assert_frame_equal(a.drop(columns="geometry"), b.drop(columns="geometry"))
    assert a.geometry.to_wkb().tolist() == b.geometry.to_wkb().tolist()
    if index:
        assert b["code"].tolist() == list("abcdefg")
