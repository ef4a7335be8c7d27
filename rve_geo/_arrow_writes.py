"""Writing a GeoPackage layer given in parts through Arrow in one call: the layer that
writing the parts one after the other gives (``to_file`` on the first part, then
``mode="a"`` for each next part), several times faster for long layers.

Each part is turned into an Arrow table as pyogrio turns a frame (single parts made multi
where the layer is multi, geometries as WKB, columns of dates with mixed offsets and
columns Arrow cannot hold as text, all-empty columns as text) and handed to GDAL as one
stream of batches, each part converted when GDAL asks for it, so one part is held at a
time. GDAL then makes the layer in one go: its spatial index is built once, in bulk, at
the end, where every appended part would otherwise add its rows to the index one at a time
(1 million parcels written in parts of 100,000 rows: 4.9 s instead of 12.6 s, and the
cost per row no longer grows with the layer).

The layer's field types are those of the first part, as when the next parts are appended
to the layer the first made; a later part whose column has another type is cast to it
(whole numbers with decimals are cut, as GDAL cuts them when it appends), and one that
cannot be cast (text where the first part held numbers) stops the write with an
:class:`~rve_geo.errors.OutputError` naming the layer, the column and the row.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import geopandas as gpd
import numpy as np
import pandas as pd

__all__ = ["write_layer_parts"]

#: Field metadata that tells GDAL a text column holds dates and times (as pyogrio sets it).
_DATETIME = {"GDAL:OGR:type": "DateTime"}


def write_layer_parts(parts: Iterable[gpd.GeoDataFrame], path: str | os.PathLike, name: str,
                      *, geometry_type: str, promote_to_multi: bool, index: bool) -> None:
    """Create the layer ``name`` of the GeoPackage ``path`` from ``parts`` (frames with the
    same columns) in one write.

    ``geometry_type`` is the layer type, ``promote_to_multi`` makes single parts multi and
    ``index`` writes the row labels as columns, as for ``GeoDataFrame.to_file``. An error
    raised while a part is made reaches the caller as it was raised.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from shapely.geometry import box
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "parts.gpkg"
    >>> parts = (gpd.GeoDataFrame({"n": [i]}, geometry=[box(i, 0, i + 1, 1)],
    ...                           crs="EPSG:28992") for i in range(3))
    >>> write_layer_parts(parts, out, "boxes", geometry_type="Polygon",
    ...                   promote_to_multi=False, index=False)
    >>> gpd.read_file(out, layer="boxes")["n"].tolist()
    [0, 1, 2]
    """
    import pyarrow as pa
    from pyogrio.raw import write_arrow

    from ._write_process import writer_for

    source = _Parts(iter(parts), promote_to_multi, index, name)
    first = source.first()
    if first is None:
        return
    table, geometry_name, crs = first
    writer = writer_for(path)
    if writer is not None:  # the run goes on while a second process writes the layer
        writer.write(name, source.schema, source.batches(table), geometry_name=geometry_name,
                     geometry_type=geometry_type, crs=crs)
        return
    reader = pa.RecordBatchReader.from_batches(source.schema, source.batches(table))
    try:
        write_arrow(reader, path, layer=name, driver="GPKG", geometry_name=geometry_name,
                    geometry_type=geometry_type, crs=crs)
    except BaseException as exc:
        if source.error is not None and source.error is not exc:
            raise source.error from None
        raise


class _Parts:
    """The Arrow tables of the parts, with the schema of the first."""

    def __init__(self, parts: Iterator[gpd.GeoDataFrame], promote: bool, index: bool,
                 name: str):
        self.parts, self.promote, self.index, self.name = parts, promote, index, name
        self.schema = None
        #: the error raised while a later part was made (GDAL reports it as its own)
        self.error: BaseException | None = None

    def first(self):
        part = next(self.parts, None)
        if part is None:
            return None
        table = _table(part, self.promote, self.index)
        self.schema = table.schema
        return table, part.geometry.name, _crs(part)

    def batches(self, table):
        try:
            rows = table.num_rows
            yield from table.to_batches()
            del table
            for part in self.parts:
                table = _table(part, self.promote, self.index)
                del part
                if not table.schema.equals(self.schema, check_metadata=True):
                    table = self._cast(table, rows)
                rows += table.num_rows
                yield from table.to_batches()
                del table
        except BaseException as exc:
            self.error = exc
            raise

    def _cast(self, table, start: int):
        """``table`` (rows from ``start``) with the field types of the first part."""
        import pyarrow as pa

        from .errors import OutputError

        names, want = table.schema.names, self.schema.names
        if names != want:
            if sorted(names) != sorted(want):
                missing = [n for n in want if n not in names]
                extra = [n for n in names if n not in want]
                raise OutputError(
                    f"layer '{self.name}': the rows from row {start} on have other columns "
                    f"than the rows before them (missing: {', '.join(missing) or '-'}; "
                    f"extra: {', '.join(extra) or '-'}); a GeoPackage layer has one set of "
                    "fields. Give all rows the same columns and run again.")
            table = table.select(want)  # the same columns in another order
        try:
            return table.cast(self.schema, safe=False)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
            pass
        for field, first in zip(table.schema, self.schema, strict=True):
            try:
                table.column(field.name).cast(first.type, safe=False)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
                raise OutputError(
                    f"layer '{self.name}': column '{field.name}' holds values from row "
                    f"{start} on that do not fit the field type of the rows before it (e.g. "
                    "text after numbers); a GeoPackage field has one type. Give the column "
                    "one type (e.g. text for all rows) and run again.") from None
        raise OutputError(
            f"layer '{self.name}': the rows from row {start} on do not fit the field types "
            "of the rows before them. Give each column one type for all rows and run again.")


def _crs(frame: gpd.GeoDataFrame) -> str | None:
    """The CRS as pyogrio hands it to GDAL: an EPSG code where there is one, else WKT1."""
    crs = frame.geometry.crs
    if crs is None:
        return None
    epsg = crs.to_epsg()
    return f"EPSG:{epsg}" if epsg else crs.to_wkt("WKT1_GDAL")


def _table(part: gpd.GeoDataFrame, promote: bool, index: bool):
    """One part as the Arrow table pyogrio writes for it (``write_dataframe`` with
    ``use_arrow=True``)."""
    import pyarrow as pa
    import shapely

    if index:
        part = part.reset_index(drop=False)
    geometry_name = part.geometry.name
    geoms = np.asarray(part.geometry.array, dtype=object)
    if promote:
        types = shapely.get_type_id(geoms)
        geoms = geoms.copy()
        for single, make in ((0, shapely.multipoints), (1, shapely.multilinestrings),
                             (3, shapely.multipolygons)):
            mask = types == single
            if mask.any():
                geoms[mask] = make(geoms[mask][:, None])
    frame = pd.DataFrame(part, copy=False)
    frame[geometry_name] = shapely.to_wkb(geoms)
    dated = _as_text(frame, geometry_name)
    table = pa.Table.from_pandas(frame, preserve_index=False).replace_schema_metadata(None)
    schema = _gdal_schema(table.schema, geometry_name, dated)
    return table if table.schema.equals(schema, check_metadata=True) else table.cast(schema)


def _as_text(frame: pd.DataFrame, geometry_name: str) -> list[str]:
    """Turn the columns Arrow cannot hold, and dates with offsets, into text in place;
    return the names of the date columns."""
    import pyarrow as pa

    dated = []
    for col, dtype in frame.dtypes.items():
        if col == geometry_name:
            continue
        if dtype == "object":
            inferred = pd.api.types.infer_dtype(frame[col])
            if inferred == "string":
                continue
            if inferred == "datetime":
                frame[col] = frame[col].astype("string")
                dated.append(col)
                continue
            try:
                pa.Schema.from_pandas(frame[[col]])
            except (pa.ArrowInvalid, pa.ArrowTypeError):  # e.g. numbers mixed with text
                frame[col] = frame[col].astype("string")
        elif isinstance(dtype, pd.DatetimeTZDtype) and str(dtype.tz) != "UTC":
            frame[col] = frame[col].astype("string")
            dated.append(col)
    return dated


def _gdal_schema(schema, geometry_name: str, dated: list[str]):
    """The schema GDAL is given: geometries as binary, all-empty columns as text, date
    columns marked."""
    import pyarrow as pa

    fields = []
    for field in schema:
        if field.name == geometry_name:
            if not (pa.types.is_binary(field.type) or pa.types.is_large_binary(field.type)):
                field = field.with_type(pa.binary())
        elif pa.types.is_null(field.type):
            field = field.with_type(pa.string())
        elif pa.types.is_dictionary(field.type) and pa.types.is_null(field.type.value_type):
            field = field.with_type(pa.dictionary(field.type.index_type, pa.string()))
        if field.name in dated:
            field = field.with_metadata(_DATETIME)
        fields.append(field)
    return pa.schema(fields)
