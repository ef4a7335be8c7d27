"""allowed_category_raster: GeoTIFF read back with rasterio."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import box

from rve_geo.errors import InputError, OutputError
from rve_geo.milieu.raster import NO_CATEGORY, NODATA, allowed_category_raster

rasterio = pytest.importorskip("rasterio")

CRS = "EPSG:28992"
# hand-made geometry sits near the origin, outside the RD New extent: that note is expected
pytestmark = pytest.mark.filterwarnings("ignore:.*outside the RD New extent")


def frame(geoms, **cols):
    return gpd.GeoDataFrame(cols, geometry=list(geoms), crs=CRS)


@pytest.fixture
def setup():
    # the house sits inside the terrein's bounding box; the terrein is an L shape made of
    # two boxes so that some cells of the grid lie outside it
    house = frame([box(0, 0, 10, 10)])
    terrein = frame([box(-100, -100, 400, 0), box(-100, 0, 0, 100)])
    return house, terrein


def test_readback_crs_nodata_and_values(tmp_path, setup):
    house, terrein = setup
    path = allowed_category_raster(terrein, house, tmp_path / "cat.tif", cell_size_m=10)
    with rasterio.open(path) as src:
        assert src.crs.to_epsg() == 28992
        assert src.nodata == NODATA
        assert src.dtypes == ("uint8",)
        assert src.compression.name.lower() == "lzw"
        assert src.overviews(1)  # overviews were built
        assert src.transform.a == 10 and src.transform.e == -10
        assert (src.width, src.height) == (50, 20)  # x -100..400, y -100..100
        data = src.read(1)
        tags = src.tags(1)

        def at(x, y):
            r, c = src.index(x, y)
            return int(data[r, c])

        # cell centre (5, -5): 5 m below the house -> < 10 m: no category fits
        assert at(5, -5) == NO_CATEGORY
        # centre (45, -5): from house corner (10, 0): sqrt(35^2 + 5^2) = 35.36 -> "2"
        assert at(45, -5) == 1
        # centre (155, -55): sqrt(145^2 + 55^2) = 155.1 -> 3.2 (100 <= d < 200)
        assert at(155, -55) == 3
        # centre (395, -95): sqrt(385^2 + 95^2) = 396.5 -> 4.2 (300 <= d < 500)
        assert at(395, -95) == 5
        # centre (205, 55): outside the L-shaped terrein -> nodata
        assert at(205, 55) == NODATA
        assert tags["category_2"] == "3.1" and tags[f"category_{NO_CATEGORY}"] == "none"


def test_gemengd_gebied_and_cell_size(tmp_path, setup):
    house, terrein = setup
    path = allowed_category_raster(terrein, house, tmp_path / "gem.tif", cell_size_m=5,
                                   omgevingstype="gemengd_gebied")
    with rasterio.open(path) as src:
        assert src.res == (5.0, 5.0)
        r, c = src.index(2.5, -2.5)  # 2.5 m from the house: gemengd category 1 needs 0 m
        assert int(src.read(1)[r, c]) == 0


def test_refuses_existing_file_and_bad_cell_size(tmp_path, setup):
    house, terrein = setup
    path = allowed_category_raster(terrein, house, tmp_path / "a.tif")
    with pytest.raises(OutputError, match="overwrite"):
        allowed_category_raster(terrein, house, path)
    allowed_category_raster(terrein, house, path, overwrite=True, cell_size_m=20)
    with rasterio.open(path) as src:
        assert src.res == (20.0, 20.0)
    with pytest.raises(InputError, match="cell_size_m"):
        allowed_category_raster(terrein, house, tmp_path / "b.tif", cell_size_m=0)
    with pytest.raises(InputError, match=".tif"):
        allowed_category_raster(terrein, house, tmp_path / "b.png")
    assert not (tmp_path / "b.tif").exists()


def test_cells_agree_with_max_allowed_category(tmp_path, setup):
    from rve_geo.milieu.milieuruimte import max_allowed_category

    house, terrein = setup
    path = allowed_category_raster(terrein, house, tmp_path / "c.tif", cell_size_m=25)
    with rasterio.open(path) as src:
        data = src.read(1)
        rows, cols = np.nonzero(data != NODATA)
        xs, ys = rasterio.transform.xy(src.transform, rows, cols)
    tiny = frame([box(x - 0.001, y - 0.001, x + 0.001, y + 0.001) for x, y in zip(xs, ys,
                                                                               strict=True)])
    ranks = max_allowed_category(tiny, house)["max_category_rank"].to_numpy()
    assert data[rows, cols].tolist() == np.where(ranks < 0, NO_CATEGORY, ranks).tolist()
