"""Reading and writing layers: pyogrio by default, atomic writes, clear errors.

Outputs are written to a temporary file in the target folder and renamed into
place only when complete, so an interrupted or failed run never leaves a
half-written file, and an existing file is replaced only with ``overwrite=True``.
An output path equal to an input path is refused.

Examples
--------
>>> import tempfile, pathlib, geopandas as gpd
>>> from shapely.geometry import box
>>> gdf = gpd.GeoDataFrame({"id": [1]}, geometry=[box(0, 0, 10, 10)], crs="EPSG:28992")
>>> out = pathlib.Path(tempfile.mkdtemp()) / "result.gpkg"
>>> write_layers({"parcels": gdf}, out)
>>> list_layer_names(out)
['parcels']
>>> float(read_layer(out, layer="parcels").area.iloc[0])
100.0
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import os
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from ._write_process import settle
from .errors import InputError, OutputError

__all__ = [
    "DRIVERS",
    "append_layer",
    "atomic_path",
    "check_column_case",
    "check_output_path",
    "list_layer_names",
    "read_layer",
    "write_layers",
]

DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".json": "GeoJSON",
           ".fgb": "FlatGeobuf", ".gml": "GML", ".csv": "CSV", ".parquet": "Parquet"}


def _existing_file(path: str | os.PathLike, argument: str) -> Path:
    p = Path(path).expanduser()
    if not p.exists():
        raise InputError(f"{argument}: file '{p}' does not exist; check the path.")
    if p.is_dir() and p.suffix.lower() not in (".gdb",):
        raise InputError(f"{argument}: '{p}' is a folder, not a data file; name the file.")
    if not os.access(p, os.R_OK):
        raise InputError(f"{argument}: file '{p}' cannot be read (permission denied); "
                         "check the file permissions.")
    return p


def list_layer_names(path: str | os.PathLike) -> list[str]:
    """Return the layer names of a vector data source."""
    import pyogrio

    p = _existing_file(path, "path")
    return [str(name) for name in pyogrio.list_layers(p)[:, 0]]


def read_layer(
    path: str | os.PathLike,
    *,
    layer: str | int | None = None,
    engine: str = "pyogrio",
    argument: str = "path",
    columns: Mapping[str, str] | None = None,
    target_crs: str | None = None,
    crs_if_missing: str | None = None,
    fid_as_index: bool = False,
    note: Callable[[str], None] | None = None,
) -> gpd.GeoDataFrame:
    """Read one vector layer into a GeoDataFrame: the one reader of every front end.

    The ``rve`` commands, ``rve run`` and the QGIS plugin all read through here, so a
    layer is checked, renamed and reprojected the same way everywhere.

    Parameters
    ----------
    path : path-like
        GeoPackage, Shapefile, GeoJSON, FlatGeobuf, GML or Parquet file.
    layer : str or int, optional
        Layer name or index; required when the source has several layers.
    engine : {"pyogrio", "fiona"}
        I/O engine; pyogrio (the default) is geopandas' own default and fastest.
    argument : str
        Name used in error messages (e.g. ``"parcels"``).
    columns : mapping, optional
        ``{canonical name: column in the file}``: columns renamed after reading.
    target_crs : str, optional
        Reproject to this CRS (said through ``note``); a layer without a CRS is refused.
    crs_if_missing : str, optional
        CRS assumed for a file that stores none (the QGIS layer's CRS, for example).
    fid_as_index : bool
        Use the feature ids as the index (the QGIS plugin keeps them for joins).
    note : callable, optional
        Receives the reprojection note; default: the ``rve_geo.io`` logger (INFO).

    Raises
    ------
    InputError
        Missing or unreadable file, unknown layer, several layers and none named.
    MissingColumnError
        A column named in ``columns`` is not in the file.
    CRSError
        ``target_crs`` given and the file has no CRS (and no ``crs_if_missing``).
    """
    frame = _read(path, layer=layer, engine=engine, argument=argument,
                  fid_as_index=fid_as_index)
    if columns:
        frame = _renamed(frame, columns, argument, path)
    if frame.crs is None and crs_if_missing is not None:
        frame = frame.set_crs(crs_if_missing)
    if target_crs is not None:
        frame = _to_crs(frame, target_crs, argument, path, note)
    return frame


def _read(path, *, layer, engine, argument, fid_as_index) -> gpd.GeoDataFrame:
    import pyogrio

    p = _existing_file(path, argument)
    if p.suffix.lower() == ".parquet":
        frame = _read_parquet(p, argument)
    else:
        frame = _read_ogr(p, layer=layer, engine=engine, argument=argument,
                          fid_as_index=fid_as_index, pyogrio=pyogrio)
    if not isinstance(frame, gpd.GeoDataFrame) or frame._geometry_column_name not in frame:
        raise InputError(
            f"{argument}: '{p}' has no geometry (an attribute table: columns "
            f"{', '.join(map(str, frame.columns)) or '(none)'}); name a layer with geometry, or "
            "for a CSV convert it first, e.g. ogr2ogr -oo X_POSSIBLE_NAMES=x -oo "
            "Y_POSSIBLE_NAMES=y -a_srs EPSG:28992 out.gpkg in.csv.")
    _check_lonlat(frame, p, argument)
    return frame


def _read_parquet(p: Path, argument: str) -> gpd.GeoDataFrame:
    try:
        return gpd.read_parquet(p)
    except ImportError as exc:  # pyarrow is optional
        raise InputError(f"{argument}: reading the Parquet file '{p}' needs pyarrow, which "
                         "is not installed; install it (pip install pyarrow) or give a "
                         "GeoPackage.") from exc
    except ValueError as exc:
        if "geometry" in str(exc).lower():  # a Parquet file without geo metadata
            raise InputError(f"{argument}: '{p}' has no geometry column (GeoParquet "
                             f"metadata missing: {exc}); write it with GeoPandas "
                             "to_parquet or name a file with geometry.") from exc
        raise _damaged_parquet(p, argument, exc) from exc
    except Exception as exc:  # pyarrow raises ArrowInvalid/OSError for damaged files
        raise _damaged_parquet(p, argument, exc) from exc


def _damaged_parquet(p: Path, argument: str, exc: Exception) -> InputError:
    # pyarrow's own wording differs between its versions: kept in the log, not the message
    logging.getLogger(__name__).debug("reading %s: %s", p, exc)
    return InputError(f"{argument}: '{p}' is not a readable (Geo)Parquet file. The file may "
                      "be truncated or damaged; write it again.")


def _read_ogr(p: Path, *, layer, engine, argument, fid_as_index, pyogrio) -> gpd.GeoDataFrame:
    try:
        listed = pyogrio.list_layers(p)
    except Exception as exc:  # pyogrio raises DataSourceError subclasses
        raise InputError(f"{argument}: '{p}' is not a readable vector data source ({exc}).") \
            from exc
    layers = [str(x) for x in listed[:, 0]]
    spatial = [str(n) for n, kind in listed if kind is not None]
    if layer is None and len(spatial) > 1:
        raise InputError(f"{argument}: '{p}' has {len(spatial)} layers with geometry "
                         f"({', '.join(spatial)}); name one with layer=... (CLI: --*-layer, "
                         "rve run: layer = \"...\").")
    if layer is None and len(layers) > 1 and len(spatial) == 1:
        layer = spatial[0]  # the one spatial layer, not an attribute table listed first
    if isinstance(layer, str) and layer not in layers:
        raise InputError(f"{argument}: '{p}' has no layer '{layer}'; layers found: "
                         f"{', '.join(layers)}.")
    try:
        frame = _read_through_arrow(p, layer) if engine == "pyogrio" and not fid_as_index \
            and p.suffix.lower() == ".gpkg" and arrow_reads() else None
        if frame is None:
            extra = {"fid_as_index": True} if fid_as_index else {}
            frame = gpd.read_file(p, layer=layer, engine=engine, **extra)
    except Exception as exc:
        raise InputError(f"{argument}: reading '{p}' failed: {exc}") from exc
    if fid_as_index:
        frame.index.name = None
    return frame


def _read_through_arrow(p: Path, layer) -> gpd.GeoDataFrame | None:
    """The layer read through Arrow, or None (a field type Arrow reads otherwise, or any
    failure: the feature-by-feature reader then reads it, or names what is wrong)."""
    from ._arrow_reads import read_gpkg

    try:
        return read_gpkg(p, layer)
    except Exception as exc:
        logging.getLogger(__name__).debug("reading %s through Arrow failed: %s", p, exc)
        return None


def _check_lonlat(frame: gpd.GeoDataFrame, p: Path, argument: str) -> None:
    """Refuse degree coordinates that cannot be degrees (a GeoJSON without CRS is WGS 84)."""
    if frame.crs is None or not frame.crs.is_geographic or not len(frame):
        return
    x0, y0, x1, y1 = frame.total_bounds
    if np.all(np.isfinite([x0, y0, x1, y1])) and max(abs(x0), abs(x1)) <= 180 \
            and max(abs(y0), abs(y1)) <= 90:
        return
    guess = ("they look like RD New metres (EPSG:28992)"
             if -7000 <= x0 and x1 <= 300000 and 289000 <= y0 and y1 <= 629000
             else "they look like metres in a projected CRS")
    raise InputError(
        f"{argument}: '{p}' says (or, as a GeoJSON without 'crs', is assumed to be) in "
        f"{frame.crs.to_string()} longitude/latitude, but its coordinates (x {x0:,.0f} to "
        f"{x1:,.0f}, y {y0:,.0f} to {y1:,.0f}) cannot be degrees; {guess}. Give the file its "
        "real CRS, e.g. ogr2ogr -a_srs EPSG:28992 fixed.gpkg in.geojson, and read that.")


def _renamed(frame, columns: Mapping[str, str], argument: str, path) -> gpd.GeoDataFrame:
    from .errors import MissingColumnError

    missing = [(canon, src) for canon, src in columns.items() if src not in frame.columns]
    if missing:
        canon, src = missing[0]
        found = ", ".join(c for c in frame.columns if c != frame.geometry.name)
        error = MissingColumnError(
            f"{argument}: column '{src}' (for '{canon}') is not in '{Path(path).name}'; "
            f"columns found: {found}.")
        error.canonical, error.found = canon, found  # for callers that re-word it
        raise error
    return frame.rename(columns={src: canon for canon, src in columns.items()})


def _to_crs(frame, target_crs: str, argument: str, path, note) -> gpd.GeoDataFrame:
    import pyproj

    from .errors import CRSError

    if frame.crs is None:
        raise CRSError(f"{argument}: '{path}' has no CRS; assign one in the file (e.g. with "
                       f"ogr2ogr -a_srs EPSG:28992) so it can be reprojected.")
    try:
        target = pyproj.CRS.from_user_input(target_crs)
    except pyproj.exceptions.CRSError as exc:
        raise CRSError(f"target CRS {target_crs!r} is not a CRS pyproj knows ({exc}); use an "
                       "EPSG code such as EPSG:28992.") from exc
    if target.is_projected and len(frame):  # a geographic target is refused by the analysis
        from ._validate import MAX_SCALE_ERROR, scale_error

        x0, y0, x1, y1 = frame.to_crs(target).total_bounds if not frame.crs.equals(
            target) else frame.total_bounds
        error = scale_error(target, (x0 + x1) / 2, (y0 + y1) / 2) \
            if np.all(np.isfinite([x0, y0, x1, y1])) and target.to_epsg() != 28992 else None
        if error is not None and error > MAX_SCALE_ERROR:
            raise CRSError(f"target CRS {target.to_string()} is metric in name only where "
                           f"'{argument}' lies: lengths are {error:.0%} off on the ground "
                           "(areas about twice that); use an equal-scale CRS such as "
                           "EPSG:28992 (RD New).")
    if not frame.crs.equals(target):
        (note or logging.getLogger(__name__).info)(
            f"{argument}: reprojecting from {frame.crs.to_string()} to {target.to_string()}")
        frame = frame.to_crs(target)
    return frame


def check_output_path(
    path: str | os.PathLike, *, inputs: Iterable[str | os.PathLike] = (), overwrite: bool = False
) -> Path:
    """Resolve an output path and refuse it when it is an input or exists already."""
    out = Path(path).expanduser().resolve()
    for src in inputs:
        if src is not None and Path(src).expanduser().resolve() == out:
            raise OutputError(f"output '{out}' is also an input; choose another output path "
                              "(inputs are never overwritten).")
    if out.exists() and not overwrite:
        raise OutputError(f"output '{out}' exists; pass overwrite=True (CLI: --overwrite) to "
                          "replace it, or choose another path.")
    folder = out.parent
    if not folder.exists():
        raise OutputError(f"output folder '{folder}' does not exist; create it first.")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"output folder '{folder}' is not writable; choose another folder "
                          "or fix its permissions.")
    return out


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, *, overwrite: bool = False,
                companions: Iterable[str] = ()) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; move it into place on success.

    ``companions`` lists extra suffixes written beside the main file (e.g. the
    ``.shx``, ``.dbf`` of a Shapefile) that move along. On any exception the
    temporary files are removed and the target is left untouched.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix,
                                    dir=target.parent)
    os.close(fd)
    os.unlink(tmp_name)  # drivers want to create the file themselves
    tmp = Path(tmp_name)
    suffixes = [target.suffix, *companions]
    try:
        yield tmp
        if target.exists() and not overwrite:
            raise OutputError(f"output '{target}' appeared while writing; not replaced.")
        for sfx in suffixes:
            src = tmp.with_suffix(sfx)
            if src.exists():
                os.replace(src, target.with_suffix(sfx))
    except BaseException as exc:
        for sfx in [*suffixes, ".gpkg-journal", ".gpkg-wal", ".gpkg-shm"]:
            with contextlib.suppress(FileNotFoundError):
                tmp.with_suffix(sfx).unlink()
        with contextlib.suppress(FileNotFoundError):
            Path(str(tmp) + "-journal").unlink()
        if isinstance(exc, OSError):
            raise os_error(exc, target) from exc
        raise


def os_error(exc: OSError, path: Path) -> OutputError:
    """An :class:`OutputError` for a failed write, saying "disk full" when it is."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(f"writing '{path}' failed: disk full ({exc.strerror or exc}); "
                           "free space or choose another folder. Nothing was written.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(f"writing '{path}' failed: permission denied ({exc}); choose a "
                           "writable folder. Nothing was written.")
    return OutputError(f"writing '{path}' failed: {exc}. Nothing was written.")


def write_layers(
    layers: Mapping[str, gpd.GeoDataFrame | pd.DataFrame],
    path: str | os.PathLike,
    *,
    overwrite: bool = False,
    inputs: Iterable[str | os.PathLike] = (),
    descriptions: Mapping[str, str] | None = None,
) -> None:
    """Write several layers into one GeoPackage atomically.

    Plain DataFrames are written as attribute tables (no geometry). Layer
    descriptions, when given, go into ``gpkg_contents.description``.

    Raises
    ------
    OutputError
        The path exists without ``overwrite``, is an input, or its folder is not
        writable; or writing failed (e.g. disk full) - nothing is left behind.
    """
    out = check_output_path(path, inputs=inputs, overwrite=overwrite)
    for name, frame in layers.items():
        check_column_case(frame.columns, what=f"layer '{name}'")
    if out.suffix.lower() != ".gpkg":
        raise OutputError(f"output '{out}' must end in .gpkg for a multi-layer result.")
    with atomic_path(out, overwrite=overwrite) as tmp:
        with _writing(out):
            for name, frame in layers.items():
                _write_layer(frame, tmp, name)
            if descriptions:
                _set_descriptions(tmp, descriptions)


def append_layer(path: str | os.PathLike, name: str,
                 frame: gpd.GeoDataFrame | pd.DataFrame) -> None:
    """Add one layer to a GeoPackage that is being built (created when missing).

    Not atomic: for a file in a staging folder that is moved into place when complete
    (``rve run`` writes each result layer when its stage ends, so it need not be held in
    memory until the end). Plain DataFrames become attribute tables.

    Raises
    ------
    InputError
        Column names that differ only in case.
    OutputError
        Writing failed (e.g. disk full).

    Examples
    --------
    >>> import tempfile, pathlib, pandas as pd
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "staged.gpkg"
    >>> append_layer(out, "summary", pd.DataFrame({"figure": ["fsi"], "value": [0.5]}))
    >>> append_layer(out, "more", pd.DataFrame({"figure": ["gsi"], "value": [0.3]}))
    >>> import pyogrio; [row[0] for row in pyogrio.list_layers(out)]
    ['summary', 'more']
    """
    path = Path(path)
    check_column_case(frame.columns, what=f"layer '{name}'")
    with _writing(path):
        _write_layer(frame, path, name)


@contextlib.contextmanager
def _writing(out: Path):
    """Turn the errors of writing ``out`` into OutputError (disk full, pyogrio)."""
    try:
        yield
    except OSError as exc:
        raise os_error(exc, out) from exc
    except Exception as exc:
        if type(exc).__module__.startswith("pyogrio"):
            raise OutputError(f"writing '{out}' failed: {exc}; nothing was written.") \
                from exc
        raise


def _write_layer(frame: gpd.GeoDataFrame | pd.DataFrame, path: Path, name: str) -> None:
    """Write one layer: a geometry layer (in parts when long) or an attribute table."""
    if isinstance(frame, gpd.GeoDataFrame):
        _write_geo_layer(frame, path, name)
    else:
        import pyogrio

        settle(path)  # the long layers handed to a writer process come first
        pyogrio.write_dataframe(pd.DataFrame(frame), path, layer=name, driver="GPKG",
                                use_arrow=arrow_writes())


@functools.cache
def arrow_writes() -> bool:
    """Whether layers are written through Arrow: pyarrow is installed and GDAL is 3.8 or
    newer (its GeoPackage driver then takes whole columns at once, 1.5-2.5x faster than
    feature by feature). The layers written are the same either way: field names and
    types, geometry type, rows and values (tests/test_io_arrow.py); only Python ``date``
    objects become a Date field through Arrow where they are text otherwise.

    Not inside QGIS (``qgis`` imported): QGIS's executables bind the wheels' libraries to
    their own GDAL (docs/qgis.md), and pyarrow's libraries were not tried there. The
    environment variable ``RVE_ARROW_WRITES=0`` turns Arrow off, ``1`` on where possible.
    Decided once per process.

    Examples
    --------
    >>> isinstance(arrow_writes(), bool)
    True
    """
    return _arrow_possible("RVE_ARROW_WRITES")


@functools.cache
def arrow_reads() -> bool:
    """Whether GeoPackage layers are read through Arrow (:mod:`rve_geo._arrow_reads`):
    where layers are written through Arrow (:func:`arrow_writes`), with
    ``RVE_ARROW_READS=0/1`` in place of ``RVE_ARROW_WRITES``. The frame read is the same
    as ``geopandas.read_file`` gives (tests/test_arrow_reads.py); 5 million homes are read
    in 5.9 s instead of 28.0 s, with a peak of 3.6 GB instead of 5.0 GB. Decided once per
    process.

    Examples
    --------
    >>> isinstance(arrow_reads(), bool)
    True
    """
    return _arrow_possible("RVE_ARROW_READS")


def _arrow_possible(variable: str) -> bool:
    """pyarrow installed, GDAL 3.8 or newer, not inside QGIS unless ``variable`` is 1; off
    when ``variable`` is 0."""
    import importlib.util
    import sys

    import pyogrio

    wanted = os.environ.get(variable, "").strip()
    if wanted == "0" or (wanted != "1" and "qgis" in sys.modules):
        return False
    if importlib.util.find_spec("pyarrow") is None:
        return False
    return tuple(pyogrio.__gdal_version__[:2]) >= (3, 8)


#: Rows written per call: a layer of millions of rows is converted and written in parts,
#: so the memory of the conversion does not grow with the layer.
WRITE_CHUNK_ROWS = 100_000

#: Vertices written per call (at most, unless one row has more): a part's geometries are
#: converted to WKB at once when written through Arrow (16 bytes per vertex), so layers of
#: large polygons (contours, zones) are written in smaller parts.
WRITE_CHUNK_COORDS = 2_000_000


def _row_parts(frame: gpd.GeoDataFrame) -> list[slice]:
    """Consecutive row ranges of at most ``WRITE_CHUNK_ROWS`` rows and, but for a single
    row, ``WRITE_CHUNK_COORDS`` vertices.

    Examples
    --------
    >>> from shapely.geometry import box
    >>> f = gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1)] * 3, crs="EPSG:28992")
    >>> _row_parts(f)
    [slice(0, 3, None)]
    """
    import shapely

    n = len(frame)
    cum = np.cumsum(shapely.get_num_coordinates(np.asarray(frame.geometry.array)))
    parts, start = [], 0
    while start < n:
        before = cum[start - 1] if start else 0
        stop = int(np.searchsorted(cum, before + WRITE_CHUNK_COORDS, side="right"))
        stop = min(max(stop, start + 1), start + WRITE_CHUNK_ROWS, n)
        parts.append(slice(start, stop))
        start = stop
    return parts or [slice(0, 0)]


def _layer_geometry_type(frame: gpd.GeoDataFrame) -> tuple[str, bool]:
    """The GeoPackage geometry type of the whole layer and whether single parts are made
    multi, decided as pyogrio decides it for one call on the whole frame."""
    return _geometry_type_of(*_geometry_kinds(frame))


def _geometry_kinds(frame: gpd.GeoDataFrame) -> tuple[set, bool]:
    """The geometry types (names) of a frame and whether any filled geometry has Z."""
    import shapely

    geoms = np.asarray(frame.geometry.array, dtype=object)
    kinds = {k for k in pd.unique(frame.geometry.geom_type) if isinstance(k, str)}
    filled = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    return kinds, bool(shapely.has_z(geoms[filled]).any())


def _geometry_type_of(kinds: set, has_z: bool) -> tuple[str, bool]:
    """The layer type of a layer with geometries of ``kinds`` and whether single parts are
    made multi (see :func:`_layer_geometry_type`)."""
    kind, promote = "Unknown", False
    if len(kinds) == 1:
        kind = next(iter(kinds))
    elif len(kinds) == 2:
        for single in ("Polygon", "LineString", "Point"):
            if kinds == {single, f"Multi{single}"}:
                kind, promote = f"Multi{single}", True
    if has_z and kind != "Unknown":
        kind += " Z"
    return kind, promote


def _index_written(index: pd.Index) -> bool:
    """Whether geopandas writes the row labels ``index`` as a column (named, or not
    integers), as it decides for a whole frame."""
    return list(index.names) != [None] or not pd.api.types.is_integer_dtype(index.dtype)


def _write_geo_layer(frame: gpd.GeoDataFrame, path: Path, name: str) -> None:
    """Write one layer; a long layer in parts (:func:`_row_parts`), with the same layer
    type, fields, rows and order as one call."""
    parts = _row_parts(frame)
    if len(parts) == 1:
        settle(path)  # the long layers handed to a writer process come first
        frame.to_file(path, layer=name, driver="GPKG", engine="pyogrio",
                      use_arrow=arrow_writes())
        return
    kind, promote = _layer_geometry_type(frame)
    _write_rows(_pieces(frame, parts), path, name, kind, promote, _index_written(frame.index))


def _pieces(frame: gpd.GeoDataFrame, parts: list[slice] | None = None
            ) -> Iterator[gpd.GeoDataFrame]:
    """The rows of ``frame`` in the parts ``parts`` (by default :func:`_row_parts`), one at
    a time."""
    for rows in _row_parts(frame) if parts is None else parts:
        yield frame.iloc[rows]


def _write_rows(parts: Iterable[gpd.GeoDataFrame], path: Path, name: str, kind: str,
                promote: bool, index: bool) -> None:
    """Create the layer ``name`` from ``parts``, one part converted at a time: through
    Arrow in one call (:func:`rve_geo._arrow_writes.write_layer_parts`: the spatial index
    is built once), else the first part written and each next one appended."""
    if arrow_writes():
        from ._arrow_writes import write_layer_parts

        write_layer_parts(parts, path, name, geometry_type=kind, promote_to_multi=promote,
                          index=index)
        return
    settle(path)
    for k, part in enumerate(parts):
        part.to_file(path, layer=name, driver="GPKG", engine="pyogrio", index=index,
                     geometry_type=kind, promote_to_multi=promote, use_arrow=False,
                     mode="w" if k == 0 else "a")


def append_layer_parts(path: str | os.PathLike, name: str,
                       parts: Iterable[gpd.GeoDataFrame], index: pd.Index) -> None:
    """Add one geometry layer given in parts, each written and then let go: the layer
    :func:`append_layer` writes for the parts put together, without holding them at once.

    ``index`` is the row labels of the whole layer (they decide, as for a whole frame,
    whether the labels are written). The layer type is taken from the first part; should
    a later part hold another type (a multi part where the first held single parts), the
    layer is read back and written again with the type of the whole.

    Examples
    --------
    >>> import tempfile, pathlib, geopandas as gpd
    >>> from shapely.geometry import box
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "staged.gpkg"
    >>> parts = (gpd.GeoDataFrame({"n": [i]}, geometry=[box(i, 0, i + 1, 1)], index=[i],
    ...                           crs="EPSG:28992") for i in range(3))
    >>> append_layer_parts(out, "boxes", parts, pd.RangeIndex(3))
    >>> gpd.read_file(out, layer="boxes")["n"].tolist()
    [0, 1, 2]
    """
    import pyogrio

    path = Path(path)
    written = _index_written(index)
    parts = iter(parts)
    with _writing(path):
        first = next(parts, None)
        if first is None:
            return
        check_column_case(first.columns, what=f"layer '{name}'")
        kinds, has_z = _geometry_kinds(first)
        kind, promote = _geometry_type_of(kinds, has_z)

        # the first part is let go when the next is asked for
        chained = itertools.chain([first], parts)
        del first

        def tracked() -> Iterator[gpd.GeoDataFrame]:
            nonlocal has_z
            for k, part in enumerate(chained):
                if k:  # the first part's kinds are known
                    part_kinds, part_z = _geometry_kinds(part)
                    kinds.update(part_kinds)
                    has_z |= part_z
                # converted in the bounded parts of a whole layer: the WKB of one held
                yield from _pieces(part)
                del part

        with warnings.catch_warnings():
            # another type than the layer's: the layer is written again below
            warnings.filterwarnings("ignore", "A geometry of type", RuntimeWarning)
            _write_rows(tracked(), path, name, kind, promote, written)
        whole = _geometry_type_of(kinds, has_z)
        if whole != (kind, promote):
            settle(path)  # the layer as written, to read it back
            frame = pyogrio.read_dataframe(path, layer=name)
            if written:
                frame = frame.set_index(list(frame.columns[:index.nlevels]))
                frame.index.names = index.names
            _write_rows(_pieces(frame), path, name, *whole, written)


def check_column_case(columns: Iterable, what: str) -> None:
    """Refuse column names that differ only in case: GeoPackage and Shapefile cannot hold both.

    Examples
    --------
    >>> check_column_case(["fsi", "FSI"], "parcels")
    Traceback (most recent call last):
    ...
    rve_geo.errors.InputError: parcels: columns 'FSI' and 'fsi' differ only in case; ...
    """
    seen: dict[str, str] = {}
    for col in map(str, columns):
        other = seen.setdefault(col.casefold(), col)
        if other != col:
            a, b = sorted((other, col))
            raise InputError(
                f"{what}: columns {a!r} and {b!r} differ only in case; a GeoPackage cannot "
                f"hold both (rve_geo writes {col.lower()!r} as a result). Rename the input "
                f"column, e.g. columns = {{ {a}_in = {a!r} }} in rve run or in the file.")


def _set_descriptions(path: Path, descriptions: Mapping[str, str]) -> None:
    import sqlite3

    settle(path)  # the long layers handed to a writer process come first
    con = sqlite3.connect(path)
    try:
        with con:
            for name, text in descriptions.items():
                con.execute("UPDATE gpkg_contents SET description = ? WHERE table_name = ?",
                            (text, name))
    finally:
        con.close()
