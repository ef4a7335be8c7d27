"""GeoTIFF outputs (optional extra ``raster``: rasterio).

The maximum allowed milieucategorie as a grid, for viewers and for overlay with
other rasters. rasterio is imported only inside the functions, so the library
works without it.
"""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from .._validate import Issues, check_frame, check_positive, check_same_crs
from ..errors import InputError
from ..io import atomic_path, check_output_path
from ..progress import ProgressCallback, chunks, report
from .distance_tables import DistanceTable
from .milieuruimte import Omgevingstype
from .sensitive import DEFAULT_OMGEVINGSTYPE

__all__ = ["NODATA", "NO_CATEGORY", "allowed_category_raster"]

#: Cell value outside the zones.
NODATA = 255
#: Cell value where not even the lowest category fits.
NO_CATEGORY = 254

_MAX_CELLS = 200_000_000
_CHUNK = 250_000


def _rasterio():
    try:
        import rasterio
        import rasterio.features
        import rasterio.transform
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise InputError(
            "writing a GeoTIFF needs rasterio, which is not installed; install the extra: "
            "pip install 'rve_geo[raster]' (or pip install rasterio)."
        ) from exc
    return rasterio


def allowed_category_raster(
    zones: gpd.GeoDataFrame,
    sensitive: gpd.GeoDataFrame,
    path: str | os.PathLike,
    *,
    cell_size_m: float = 10.0,
    omgevingstype: Omgevingstype = DEFAULT_OMGEVINGSTYPE,
    omgevingstype_col: str | None = None,
    omgevingstype_areas: gpd.GeoDataFrame | None = None,
    distance_table: DistanceTable | str | os.PathLike | None = None,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
) -> Path:
    """Write the maximum allowed category rank over ``zones`` as a GeoTIFF.

    Parameters
    ----------
    zones : GeoDataFrame
        Polygons of the terreinen to cover; cells whose centre lies outside every
        zone are nodata.
    sensitive : GeoDataFrame
        Sensitive objects: polygons (footprints) or points.
    path : path-like
        Output ``.tif``; written atomically, never over an input.
    cell_size_m : float
        Cell size in metres (default 10 m). The grid is aligned to multiples of
        the cell size.
    omgevingstype, omgevingstype_col, omgevingstype_areas, distance_table
        As in :func:`rve_geo.max_allowed_category`.
    overwrite : bool
        Replace an existing file.
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    pathlib.Path
        The written file.

    Raises
    ------
    InputError
        rasterio missing, a bad cell size, or a grid of more than 200 million cells.
    OutputError
        The file exists (without ``overwrite``) or cannot be written.
    CRSError, GeometryError, CategoryError
        As in :func:`rve_geo.max_allowed_category`.

    Notes
    -----
    One band, uint8, LZW-compressed, tiled when larger than 256 cells, internal
    overviews (mode resampling). Cell values: the rank of the maximum category at
    the cell centre (0 = category 1, 1 = category 2, 2 = 3.1 ... 9 = category 6, as
    in ``max_category_rank``), ``NO_CATEGORY`` = 254 where not even the lowest
    category fits, ``NODATA`` = 255 outside the zones. The tags
    ``category_<rank>`` give the label of every value. Cell centres are evaluated
    with the same computation as :func:`rve_geo.max_allowed_category`, so a cell
    agrees with a tiny parcel at its centre.

    Examples
    --------
    >>> import tempfile, pathlib, geopandas as gpd, rasterio
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> house = gpd.GeoDataFrame(geometry=[box(x, y, x + 10, y + 10)], crs="EPSG:28992")
    >>> terrein = gpd.GeoDataFrame(geometry=[box(x + 60, y, x + 160, y + 20)],
    ...                            crs="EPSG:28992")
    >>> tif = allowed_category_raster(terrein, house,
    ...                               pathlib.Path(tempfile.mkdtemp()) / "cat.tif")
    >>> with rasterio.open(tif) as src:
    ...     src.read(1)[1].tolist()
    [2, 2, 2, 2, 2, 3, 3, 3, 3, 3]
    """
    from .milieuruimte import _prepare, _RankFinder

    rasterio = _rasterio()
    from rasterio.enums import Resampling

    check_frame(zones, "zones")
    check_frame(sensitive, "sensitive")
    check_same_crs(zones=zones, sensitive=sensitive)
    cell = check_positive(cell_size_m, "cell_size_m")
    out = check_output_path(path, overwrite=overwrite)
    if out.suffix.lower() not in (".tif", ".tiff"):
        raise InputError(f"argument 'path': '{out}' must end in .tif for a GeoTIFF.")
    issues = Issues("allowed_category_raster")
    table, zp, sp, codes = _prepare(
        zones, "zones", sensitive, issues, distance_table=distance_table,
        omgevingstype=omgevingstype, omgevingstype_col=omgevingstype_col,
        omgevingstype_areas=omgevingstype_areas)
    zgeoms = zp.geometry[zp.usable]
    if len(zgeoms) == 0:
        raise InputError("argument 'zones' has no usable polygon; the raster would be empty.")
    x0, y0, x1, y1 = shapely.total_bounds(zgeoms)
    x0, y0 = np.floor(x0 / cell) * cell, np.floor(y0 / cell) * cell
    x1, y1 = np.ceil(x1 / cell) * cell, np.ceil(y1 / cell) * cell
    width, height = max(int(round((x1 - x0) / cell)), 1), max(int(round((y1 - y0) / cell)), 1)
    if width * height > _MAX_CELLS:
        raise InputError(
            f"argument 'cell_size_m': {cell:g} m gives {width} x {height} cells over the zones "
            f"(more than {_MAX_CELLS:,}); choose a larger cell size."
        )
    transform = rasterio.transform.Affine(cell, 0.0, float(x0), 0.0, -cell, float(y1))
    report(progress, 0.05, "marking cells inside the zones")
    inside = rasterio.features.rasterize(
        ((g, 1) for g in zgeoms), out_shape=(height, width), transform=transform, fill=0,
        all_touched=False, dtype="uint8").astype(bool)
    grid = np.full((height, width), NODATA, dtype=np.uint8)
    rr, cc = np.nonzero(inside)
    finder = _RankFinder(sp.geometry, sp.usable, codes, table)
    n = max(len(rr), 1)
    for sl in chunks(len(rr), _CHUNK):
        xs = x0 + (cc[sl] + 0.5) * cell
        ys = y1 - (rr[sl] + 0.5) * cell
        rank = finder(shapely.points(xs, ys))[0]
        grid[rr[sl], cc[sl]] = np.where(rank >= 0, rank, NO_CATEGORY).astype(np.uint8)
        report(progress, 0.1 + 0.8 * sl.stop / n, f"{sl.stop:,} of {len(rr):,} cells")

    profile = {
        "driver": "GTiff", "width": width, "height": height, "count": 1, "dtype": "uint8",
        "crs": zones.crs.to_wkt(), "transform": transform, "nodata": NODATA,
        "compress": "lzw",
    }
    if width > 256 and height > 256:
        profile.update(tiled=True, blockxsize=256, blockysize=256)
    factors = [f for f in (2, 4, 8, 16, 32, 64) if min(width, height) // f >= 1] or [2]
    labels = {f"category_{r}": str(lab) for r, lab in enumerate(table.labels)}
    with atomic_path(out, overwrite=overwrite) as tmp:
        with rasterio.open(tmp, "w", **profile) as dst:
            dst.write(grid, 1)
            dst.set_band_description(1, "max_category_rank")
            dst.update_tags(1, **labels, **{f"category_{NO_CATEGORY}": "none"})
            dst.update_tags(source=table.name, cell_size_m=f"{cell:g}")
            dst.build_overviews(factors, Resampling.mode)
            dst.update_tags(ns="rio_overview", resampling="mode")
    issues.emit()
    report(progress, 1.0, f"wrote {width} x {height} cells")
    return out
