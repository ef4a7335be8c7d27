"""NaN and infinite coordinates: found through GEOS's validity, named by row.

The check scans the coordinates of the rows GEOS calls invalid only (a NaN or infinite
coordinate makes a geometry invalid); these tests hold it to the full scan of every vertex.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon, box

from rve_geo import _validate
from rve_geo._validate import Issues, prepare_polygons
from rve_geo.errors import GeometryError

X, Y = 155_000.0, 463_000.0

# shapely warns when it builds a ring with a NaN coordinate: that is what these tests make
pytestmark = pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")


def _frame(geoms) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"n": range(len(geoms))}, geometry=list(geoms),
                            crs="EPSG:28992", index=[f"r{i}" for i in range(len(geoms))])


def _bad_rows() -> list:
    shell = [(X, Y), (X + 50, Y), (X + 50, Y + 50), (X, Y + 50)]
    hole_nan = [(X + 10, Y + 10), (X + 20, np.nan), (X + 20, Y + 20), (X + 10, Y + 20)]
    return [
        Polygon([(X, Y), (X + 10, np.nan), (X + 10, Y + 10)]),            # NaN in the shell
        Polygon([(X, Y), (np.inf, Y), (X + 10, Y + 10)]),                 # inf in the shell
        Polygon(shell, [hole_nan]),                                       # NaN in a hole
        MultiPolygon([box(X, Y, X + 5, Y + 5),
                      Polygon([(X + 9, Y), (X + 12, -np.inf), (X + 12, Y + 3)])]),
        shapely.GeometryCollection([box(X, Y, X + 5, Y + 5),
                                    Polygon([(X, Y), (X + 1, np.nan), (X + 1, Y + 1)])]),
        Polygon([(X, Y, 1.0), (X + 10, np.nan, 2.0), (X + 10, Y + 10, 3.0)]),  # with Z
    ]


def _full_scan(geoms) -> np.ndarray:
    coords, index = shapely.get_coordinates(np.asarray(geoms, dtype=object),
                                            return_index=True)
    ok = np.ones(len(geoms), dtype=bool)
    ok[np.unique(index[~np.isfinite(coords).all(axis=1)])] = False
    return ok


@pytest.mark.parametrize("k", range(6))
def test_each_kind_of_non_finite_coordinate_is_refused_with_its_row(k):
    good = [box(X + 100 * i, Y, X + 100 * i + 40, Y + 40) for i in range(4)]
    # an invalid but finite polygon (a bow tie) beside it: repaired, not refused
    bow = Polygon([(X, Y + 200), (X + 10, Y + 210), (X + 10, Y + 200), (X, Y + 210)])
    geoms = [*good[:2], _bad_rows()[k], bow, *good[2:]]
    assert (~_full_scan(geoms)).nonzero()[0].tolist() == [2]  # the reference: row r2 only
    with pytest.raises(GeometryError) as err:
        prepare_polygons(_frame(geoms), "parcels", Issues("test"))
    assert str(err.value).startswith(
        "argument 'parcels' has 1 geometries with NaN or infinite coordinates (rows 'r2');")


def test_all_bad_rows_are_named_together():
    geoms = [box(X, Y, X + 1, Y + 1), *_bad_rows()]
    with pytest.raises(GeometryError, match=r"has 6 geometries .* \(rows 'r1', 'r2', 'r3', "
                                            r"'r4', 'r5' \(\+1 more\)\)"):
        prepare_polygons(_frame(geoms), "parcels", Issues("test"))


def test_only_the_rows_geos_calls_invalid_are_scanned(monkeypatch):
    scanned = []
    real = _validate._finite_coordinates
    monkeypatch.setattr(_validate, "_finite_coordinates",
                        lambda g: scanned.append(len(g)) or real(g))
    bow = Polygon([(X, Y), (X + 10, Y + 10), (X + 10, Y), (X, Y + 10)])
    geoms = [box(X + 20 * i, Y, X + 20 * i + 10, Y + 10) for i in range(50)] + [bow]
    out = prepare_polygons(_frame(geoms), "parcels", Issues("test"))
    assert scanned == [1]  # the bow tie alone, not all 51 rows
    assert out.repaired.tolist() == [False] * 50 + [True]
    assert out.usable.all()


def test_a_geometry_with_z_is_checked_and_repaired_as_its_flat_form():
    bow_z = Polygon([(X, Y, 5), (X + 10, Y + 10, 5), (X + 10, Y, 5), (X, Y + 10, 5)])
    square_z = Polygon([(X, Y, 1), (X + 10, Y, 1), (X + 10, Y + 10, 1), (X, Y + 10, 1)])
    issues = Issues("test")
    out = prepare_polygons(_frame([bow_z, square_z]), "parcels", issues)
    assert out.repaired.tolist() == [True, False]
    assert not shapely.has_z(out.geometry).any()
    assert shapely.area(out.geometry).tolist() == pytest.approx([50.0, 100.0])
