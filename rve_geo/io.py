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
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
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
) -> gpd.GeoDataFrame:
    """Read one vector layer into a GeoDataFrame.

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

    Raises
    ------
    InputError
        Missing or unreadable file, unknown layer, several layers and none named.
    """
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
        return gpd.read_file(p, layer=layer, engine=engine)
    except Exception as exc:
        raise InputError(f"{argument}: reading '{p}' failed: {exc}") from exc


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
