"""A layer made and written in parts is the layer written whole: the GeoPackage writer
(:func:`rve_geo.io.append_layer_parts`) and the milieucontouren in parts
(:func:`rve_geo.milieu.contours.contours_in_parts`)."""

from __future__ import annotations

import warnings

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
from geopandas.testing import assert_geodataframe_equal
from shapely.geometry import MultiPolygon, box

from rve_geo._write_process import background_writes, enabled, writer_for
from rve_geo.io import append_layer, append_layer_parts
from rve_geo.milieu.contours import contours_in_parts, environmental_contours

X, Y = 155_000, 463_000


def _boxes(n: int, index=None) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"n": range(n), "name": [f"b{i}" for i in range(n)]},
                            geometry=[box(X + 20 * i, Y, X + 20 * i + 10, Y + 10)
                                      for i in range(n)], index=index, crs="EPSG:28992")


def _written(path, name) -> tuple[str, pd.DataFrame]:
    frame = pyogrio.read_dataframe(path, layer=name)
    kind = pyogrio.read_info(path, layer=name)["geometry_type"]
    return kind, pd.DataFrame(frame.drop(columns="geometry")).assign(
        wkb=frame.geometry.to_wkb().to_numpy())


@pytest.mark.parametrize("writer", [False, True], ids=["direct", "writer process"])
@pytest.mark.parametrize("index", [None, [f"r{i}" for i in range(7)]])
def test_a_multi_part_after_single_parts_gives_the_layer_written_whole(tmp_path, index, writer,
                                                                        monkeypatch, capfd):
    monkeypatch.setenv("RVE_BACKGROUND_WRITES", "1" if writer else "0")
    whole = _boxes(7, index)
    # the fifth row becomes a MultiPolygon: the whole layer is MultiPolygon (singles promoted)
    geoms = whole.geometry.to_numpy().copy()
    geoms[4] = MultiPolygon([box(X, Y + 50, X + 5, Y + 55), box(X + 30, Y + 50, X + 35, Y + 55)])
    whole = whole.set_geometry(gpd.GeoSeries(geoms, index=whole.index, crs=whole.crs))
    append_layer(tmp_path / "whole.gpkg", "layer", whole)
    with background_writes(tmp_path / "parts.gpkg"):
        assert (writer_for(tmp_path / "parts.gpkg") is not None) == (writer and enabled())
        append_layer_parts(tmp_path / "parts.gpkg", "layer",
                           (whole.iloc[i:i + 3] for i in range(0, 7, 3)), whole.index)
    # the part of another type is no warning of either process: the layer is written again
    assert "A geometry of type" not in capfd.readouterr().err
    kind, frame = _written(tmp_path / "parts.gpkg", "layer")
    ref_kind, ref = _written(tmp_path / "whole.gpkg", "layer")
    assert kind == ref_kind == "MultiPolygon"
    pd.testing.assert_frame_equal(frame, ref)
    assert ("index" in frame.columns) == (index is not None)


def test_parts_of_one_type_keep_that_type(tmp_path):
    whole = _boxes(5)
    append_layer_parts(tmp_path / "parts.gpkg", "layer", (whole.iloc[i:i + 2]
                                                          for i in range(0, 5, 2)), whole.index)
    kind, frame = _written(tmp_path / "parts.gpkg", "layer")
    assert kind == "Polygon"
    assert frame["n"].tolist() == [0, 1, 2, 3, 4]


def test_contours_in_parts_put_together_are_the_contours_with_the_same_warnings():
    sources = _boxes(7)
    sources["cat"] = ["3.1", "4.1", None, "2", "5.1", "3.2", "1"]
    with warnings.catch_warnings(record=True) as whole_caught:
        warnings.simplefilter("always")
        whole = environmental_contours(sources, category_col="cat")
    with warnings.catch_warnings(record=True) as parts_caught:
        warnings.simplefilter("always")
        parts = list(contours_in_parts(sources, rows_per_part=3, category_col="cat"))
    assert [len(p) for p in parts] == [3, 3, 1]
    assert_geodataframe_equal(pd.concat(parts), whole)
    # the row without a category is named once, by the same warning
    assert [str(w.message) for w in parts_caught] == [str(w.message) for w in whole_caught]
    assert len(parts_caught) == 1 and "without a category" in str(parts_caught[0].message)
    assert whole["distance_m"].tolist()[:2] == [50.0, 200.0]  # VNG 2009, rustige woonwijk


def test_contours_in_parts_of_another_mode_are_one_whole_part():
    sources = _boxes(4)
    sources["cat"] = ["3.1", "3.1", "4.1", "2"]
    parts = list(contours_in_parts(sources, rows_per_part=1, category_col="cat",
                                   mode="per_category"))
    assert len(parts) == 1
    assert_geodataframe_equal(parts[0], environmental_contours(
        sources, category_col="cat", mode="per_category"))


def test_a_long_part_is_converted_in_bounded_pieces(tmp_path, monkeypatch):
    # a part of 7 circles (129 vertices each) under a bound of 300 vertices: converted two
    # circles at a time (the WKB of one piece held), written as the one layer
    import shapely

    import rve_geo._arrow_writes as aw
    import rve_geo.io as rio

    circles = gpd.GeoDataFrame({"n": range(7)}, geometry=[
        shapely.Point(X + 10 * i, Y).buffer(1.0, quad_segs=32) for i in range(7)],
        crs="EPSG:28992")
    converted = []
    table = aw._table
    monkeypatch.setattr(aw, "_table", lambda part, *a: converted.append(len(part))
                        or table(part, *a))
    monkeypatch.setattr(rio, "arrow_writes", lambda: True)
    monkeypatch.setattr(rio, "WRITE_CHUNK_COORDS", 300)
    append_layer_parts(tmp_path / "parts.gpkg", "layer", iter([circles.iloc[:6],
                                                                circles.iloc[6:]]),
                       circles.index)
    assert converted == [2, 2, 2, 1]
    kind, frame = _written(tmp_path / "parts.gpkg", "layer")
    assert kind == "Polygon"
    assert frame["n"].tolist() == list(range(7))
    assert frame["wkb"].tolist() == circles.geometry.to_wkb().tolist()
