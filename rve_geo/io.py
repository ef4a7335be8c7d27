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
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

import geopandas as gpd
import pandas as pd

from .errors import InputError, OutputError

__all__ = [
    "DRIVERS",
    "atomic_path",
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
        return gpd.read_parquet(p)
    try:
        layers = [str(x) for x in pyogrio.list_layers(p)[:, 0]]
    except Exception as exc:  # pyogrio raises DataSourceError subclasses
        raise InputError(f"{argument}: '{p}' is not a readable vector data source ({exc}).") \
            from exc
    if layer is None and len(layers) > 1 and p.suffix.lower() == ".gpkg":
        raise InputError(f"{argument}: '{p}' has {len(layers)} layers "
                         f"({', '.join(layers)}); name one with layer=... (CLI: --*-layer).")
    if isinstance(layer, str) and layer not in layers:
        raise InputError(f"{argument}: '{p}' has no layer '{layer}'; layers found: "
                         f"{', '.join(layers)}.")
    try:
        extra = {"fid_as_index": True} if fid_as_index else {}
        frame = gpd.read_file(p, layer=layer, engine=engine, **extra)
    except Exception as exc:
        raise InputError(f"{argument}: reading '{p}' failed: {exc}") from exc
    if fid_as_index:
        frame.index.name = None
    return frame


def _renamed(frame, columns: Mapping[str, str], argument: str, path) -> gpd.GeoDataFrame:
    from .errors import MissingColumnError

    missing = [(canon, src) for canon, src in columns.items() if src not in frame.columns]
    if missing:
        canon, src = missing[0]
        found = ", ".join(c for c in frame.columns if c != frame.geometry.name)
        raise MissingColumnError(
            f"{argument}: column '{src}' (for '{canon}') is not in '{Path(path).name}'; "
            f"columns found: {found}.")
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
    if not frame.crs.equals(target):
        message = (f"{argument}: reprojecting from {frame.crs.to_string()} to "
                   f"{target.to_string()}")
        (note or logging.getLogger(__name__).info)(message)
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
    except BaseException:
        for sfx in [*suffixes, ".gpkg-journal", ".gpkg-wal", ".gpkg-shm"]:
            with contextlib.suppress(FileNotFoundError):
                tmp.with_suffix(sfx).unlink()
        with contextlib.suppress(FileNotFoundError):
            Path(str(tmp) + "-journal").unlink()
        raise


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
    if out.suffix.lower() != ".gpkg":
        raise OutputError(f"output '{out}' must end in .gpkg for a multi-layer result.")
    with atomic_path(out, overwrite=overwrite) as tmp:
        try:
            for name, frame in layers.items():
                if isinstance(frame, gpd.GeoDataFrame):
                    frame.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio")
                else:
                    import pyogrio

                    pyogrio.write_dataframe(pd.DataFrame(frame), tmp, layer=name,
                                            driver="GPKG")
            if descriptions:
                _set_descriptions(tmp, descriptions)
        except OSError as exc:
            raise OutputError(f"writing '{out}' failed: {exc}; nothing was written.") from exc
        except Exception as exc:
            if type(exc).__module__.startswith("pyogrio"):
                raise OutputError(f"writing '{out}' failed: {exc}; nothing was written.") \
                    from exc
            raise


def _set_descriptions(path: Path, descriptions: Mapping[str, str]) -> None:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        with con:
            for name, text in descriptions.items():
                con.execute("UPDATE gpkg_contents SET description = ? WHERE table_name = ?",
                            (text, name))
    finally:
        con.close()
