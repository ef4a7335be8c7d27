"""Shapefile export for legacy systems: short field names, field map, .prj, .cpg, 2 GB check.

The GeoPackage (:func:`rve_geo.io.write_layers`) is the primary output; this module
writes the same layers as ESRI Shapefiles for systems that need them, within the limits
of the format (DOMAIN.md section 6): field names of at most 10 characters (a field-map
CSV records long name -> short name -> type), one geometry type per file, a ``.prj``
(ESRI WKT) and a UTF-8 ``.cpg``, and at most 2 GB per ``.shp``/``.dbf``.

Examples
--------
>>> import tempfile, pathlib, geopandas as gpd
>>> from shapely.geometry import box
>>> parcels = gpd.GeoDataFrame(
...     {"floor_area_m2": [250.0], "potential_jobs": [12]},
...     geometry=[box(0, 0, 10, 10)], crs="EPSG:28992")
>>> out = pathlib.Path(tempfile.mkdtemp()) / "parcels.shp"
>>> result = export_shapefile(parcels, out)
>>> dict(zip(result.field_map["long_name"], result.field_map["short_name"]))
{'floor_area_m2': 'flr_ar_m2', 'potential_jobs': 'pot_jobs'}
>>> sorted(p.suffix for p in result.paths)
['.cpg', '.csv', '.dbf', '.prj', '.shp', '.shx']

Length: about 600 lines: the writer, the field-name shortening and the 2 GB split belong to
one format and are tested as one; most of the length is docstrings with runnable examples.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._columns import keeps_input_columns
from .._validate import Issues, check_frame, row_ids
from ..errors import CRSError, GeometryError, InputError, OutputError
from ..io import check_output_path
from ..progress import ProgressCallback, report, scaled

__all__ = [
    "ABBREVIATIONS",
    "KNOWN_FIELD_NAMES",
    "MAX_FILE_BYTES",
    "ShapefileExport",
    "export_shapefile",
    "export_shapefiles",
    "short_field_names",
]

#: Largest .shp or .dbf written (bytes): the 2 GB limit of the format (32-bit offsets
#: counted in 16-bit words are 4 GB, but many readers stop at 2 GB, as ESRI documents).
MAX_FILE_BYTES = 2 * 1024**3
#: Word abbreviations used before truncating a long field name (this project's words).
ABBREVIATIONS: dict[str, str] = {
    "allowed": "alw",
    "area": "ar",
    "building": "bld",
    "buildings": "bld",
    "category": "cat",
    "conflict": "cnfl",
    "conflicts": "cnfl",
    "contour": "ctr",
    "count": "n",
    "density": "dens",
    "distance": "dist",
    "environmental": "env",
    "floor": "flr",
    "height": "hgt",
    "index": "idx",
    "maximum": "max",
    "minimum": "min",
    "number": "n",
    "parcel": "prc",
    "parcels": "prc",
    "potential": "pot",
    "redevelopment": "redev",
    "residential": "res",
    "score": "scr",
    "share": "shr",
    "storeys": "sty",
    "total": "tot",
    "value": "val",
}
SIDECARS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
_STALE = (".qix", ".sbn", ".sbx", ".fix", ".qpj", ".shp.xml", ".aih", ".ain", ".atx")
_FAMILY = {0: "point", 4: "point", 1: "line", 5: "line", 2: "line", 3: "polygon",
           6: "polygon"}
_MAX_TEXT = 254


@dataclass(frozen=True)
class ShapefileExport:
    """What :func:`export_shapefile` wrote.

    Attributes
    ----------
    paths : tuple of pathlib.Path
        Every file written (all sidecars of every .shp, and the field-map CSV).
    field_map : pandas.DataFrame
        Columns ``long_name``, ``short_name``, ``type`` (the CSV's content).
    """

    paths: tuple[Path, ...]
    field_map: pd.DataFrame


#: Readable DBF names for rve_geo's own result columns (listed in docs/shapefile.md);
#: other long names are shortened by the rules of :func:`short_field_names`.
KNOWN_FIELD_NAMES: dict[str, str] = {
    "above_allowed": "above_allw",
    "allowed_category": "allowd_cat",
    "allowed_floor_area_m2": "allowd_bvo",
    "allowed_storeys": "allowd_sty",
    "area_pre_threshold_ha": "pre_ha",
    "below_jobs_norm": "low_jobs",
    "below_work_m2_norm": "low_work",
    "binding_omgevingstype": "bind_omgev",
    "binding_sensitive_id": "bind_sens",
    "floor_area_1900s_m2": "bvo_1900s",
    "floor_area_1910s_m2": "bvo_1910s",
    "floor_area_1920s_m2": "bvo_1920s",
    "floor_area_1930s_m2": "bvo_1930s",
    "floor_area_1940s_m2": "bvo_1940s",
    "floor_area_1950s_m2": "bvo_1950s",
    "floor_area_1960_1980_share": "sh_1960_80",
    "floor_area_1960s_m2": "bvo_1960s",
    "floor_area_1970s_m2": "bvo_1970s",
    "floor_area_1980s_m2": "bvo_1980s",
    "floor_area_1990s_m2": "bvo_1990s",
    "floor_area_2000s_m2": "bvo_2000s",
    "floor_area_2010s_m2": "bvo_2010s",
    "floor_area_2020s_m2": "bvo_2020s",
    "floor_area_known_year_m2": "bvo_known",
    "floor_area_pre1900_m2": "bvo_p1900",
    "floor_area_pre_threshold_share": "pre_share",
    "floor_area_unknown_year_m2": "bvo_unknwn",
    "footprint_m2": "footpr_m2",
    "identificatie": "ident",
    "ind_fragmentation": "ind_frag",
    "ind_quay_misuse": "ind_quay",
    "ind_scheefwerken": "ind_scheef",
    "ind_unused_capacity": "ind_unused",
    "ind_vacancy": "ind_vacant",
    "jobs_per_home": "jobs_home",
    "jobs_source": "jobs_src",
    "m2_bvo_per_job": "bvo_p_job",
    "max_category_rank": "max_cat_rk",
    "max_coverage_share": "max_cover",
    "milieucategorie": "milieucat",
    "milieuruimte_category": "mr_cat",
    "milieuruimte_rank": "mr_rank",
    "nearest_sensitive_m": "near_sens",
    "non_water_bound_on_quay": "nowat_quay",
    "omgevingstype": "omgev_type",
    "pre_threshold": "pre_thresh",
    "removed_by_contours_m2": "lost_cont",
    "removed_by_hmc_m2": "lost_hmc",
    "rule_max_coverage_share": "r_max_cov",
    "rule_max_fsi": "r_max_fsi",
    "rule_max_height_m": "r_max_hgt",
    "rule_max_storeys": "r_max_sty",
    "rule_target_fsi": "r_tgt_fsi",
    "sensitive_id": "sens_id",
    "sensitive_use": "sens_use",
    "shortfall_m": "shortfl_m",
    "small_terrein": "small_terr",
    "terrein_naam": "terr_naam",
    "top_drivers": "drivers",
    "unbuilt_area_m2": "unbuilt_m2",
    "unused_steps": "unused_stp",
    "vacancy_share": "vacancy",
    "water_bound": "water_bnd",
    "weighted_construction_year": "bouwjaar_w",
    "work_floor_area_m2": "work_bvo",
    "work_m2_per_home": "work_home",
    "zone_area_m2": "zone_m2",
}


def short_field_names(names: Iterable[str]) -> dict[str, str]:
    """Map column names to unique DBF field names of at most 10 ASCII characters.

    Rules, applied in column order:

    1. names that already fit (<= 10 characters, letters/digits/underscore, starting
       with a letter) are kept and reserved first;
    2. rve_geo's own result columns get the readable name of :data:`KNOWN_FIELD_NAMES`
       (``non_water_bound_on_quay -> nowat_quay``); other names are transliterated to
       ASCII, then each word (split on ``_``) found in
       :data:`ABBREVIATIONS` is abbreviated (``floor_area_m2 -> flr_ar_m2``);
    3. if still too long, the longest word is cut one letter at a time (ties: the first
       word) until the name fits; a last word of at most 3 letters, usually the unit
       (m, m2, ha), is kept whole (``potential_unconstrained_m2 -> pot_unc_m2``,
       ``aantal_verblijfsobjecten -> aant_verbl``); a single word is truncated;
    4. a name equal (case-insensitively, as DBF readers compare) to one already taken
       gets a numeric suffix ``_1``, ``_2``, ... within the 10 characters.

    Examples
    --------
    >>> short_field_names(["floor_area_m2", "potential_unconstrained_m2",
    ...                    "potential_unconnected_m2", "fsi"])
    {'floor_area_m2': 'flr_ar_m2', 'potential_unconstrained_m2': 'pot_unc_m2', \
'potential_unconnected_m2': 'pot_unc_1', 'fsi': 'fsi'}
    """
    names = [str(n) for n in names]
    out: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        if _fits(name) and name.lower() not in taken:
            out[name] = name
            taken.add(name.lower())
    for name in names:
        if name in out:
            continue
        base = KNOWN_FIELD_NAMES.get(name) or _shorten(name)
        short = base
        k = 0
        while short.lower() in taken:
            k += 1
            sfx = f"_{k}"
            short = base[: 10 - len(sfx)].rstrip("_") + sfx
        out[name] = short
        taken.add(short.lower())
    return {n: out[n] for n in names}


def _fits(name: str) -> bool:
    return len(name) <= 10 and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name) is not None


def _shorten(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"[^A-Za-z0-9_]+", "_", ascii_name).strip("_")
    if not ascii_name:
        ascii_name = "field"
    if not ascii_name[0].isalpha():
        ascii_name = "f" + ascii_name
    if len(ascii_name) <= 10:
        return ascii_name
    words = [ABBREVIATIONS.get(w.lower(), w) for w in ascii_name.split("_") if w]
    # a short last word is usually the unit (m, m2, ha): keep it whole
    cuttable = len(words) - 1 if len(words) > 1 and len(words[-1]) <= 3 else len(words)
    while len("_".join(words)) > 10 and len(words) > 1:
        longest = max(range(cuttable), key=lambda i: (len(words[i]), -i))
        if len(words[longest]) <= 1:
            break
        words[longest] = words[longest][:-1]
    return "_".join(words)[:10].rstrip("_")


@keeps_input_columns()
def export_shapefile(
    layer: gpd.GeoDataFrame,
    path: str | os.PathLike,
    *,
    field_map_path: str | os.PathLike | None = None,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
) -> ShapefileExport:
    """Write one layer as an ESRI Shapefile with short field names and a field map.

    Parameters
    ----------
    layer : GeoDataFrame
        The layer to export (any CRS; it is recorded in the ``.prj``).
    path : path-like
        Output ``.shp``. Sidecars (``.shx``, ``.dbf``, ``.prj``, ``.cpg``) go beside it.
    field_map_path : path-like, optional
        Where the field-map CSV goes; default ``<stem>_fields.csv`` beside the ``.shp``.
    overwrite : bool
        Replace existing files (old index sidecars such as ``.qix`` are removed).
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    ShapefileExport
        The paths written and the field map.

    Raises
    ------
    InputError
        ``layer`` is empty; :class:`CRSError` when it has no CRS.
    GeometryError
        Geometry collections (no Shapefile type).
    OutputError
        The path does not end in ``.shp``, a file exists without ``overwrite``, or the
        estimated ``.shp``/``.dbf`` exceeds 2 GB (checked before anything is written).

    Notes
    -----
    - Field names: :func:`short_field_names`; the CSV lists ``long_name,short_name,type``.
      A non-default index is written as a field (like GeoPandas does).
    - Types: float -> Real, int -> Integer (32-bit when every value fits, else Integer64),
      bool -> Logical, datetime -> String
      in ISO 8601 (``YYYY-MM-DDTHH:MM:SS``, or ``YYYY-MM-DD`` when every time is
      midnight) because the DBF has no date-time type, everything else -> String
      (at most 254 bytes; longer values are cut, counted in one warning).
    - One geometry type per file: Polygon and MultiPolygon are written as (multi)polygons
      in one file, likewise points and lines. A layer mixing families (points and
      polygons, ...) is split into ``<stem>_point.shp``, ``<stem>_line.shp``,
      ``<stem>_polygon.shp``; rows without geometry go with the first of these.
    - Size: ``.shp`` = 100 + sum of records (8 + 44 + 4 * parts + 16 * points for
      lines/polygons, +16 + 8 * points per Z/M ordinate; 28 for points); ``.dbf`` =
      33 + 32 * fields + rows * (1 + record width), with text fields
      max(80, longest value) bytes wide (GDAL's default width is 80). Refused above
      :data:`MAX_FILE_BYTES`.
    - Atomic: all files are written into a temporary folder inside the target folder and
      moved into place only when every one is complete.

    Examples
    --------
    >>> import tempfile, pathlib, geopandas as gpd
    >>> from shapely.geometry import Point, box
    >>> mixed = gpd.GeoDataFrame({"category": ["3.1", "4.2"]},
    ...                          geometry=[Point(155000, 463000), box(0, 0, 10, 10)],
    ...                          crs="EPSG:28992")
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "sources.shp"
    >>> done = export_shapefile(mixed, out)
    >>> sorted(p.name for p in done.paths if p.suffix == ".shp")
    ['sources_point.shp', 'sources_polygon.shp']
    >>> done.field_map.to_dict("records")
    [{'long_name': 'category', 'short_name': 'category', 'type': 'String'}]
    """
    check_frame(layer, "layer")
    out = check_output_path(path, overwrite=overwrite)
    if out.suffix.lower() != ".shp":
        raise OutputError(f"output '{out}' must end in .shp; for a GeoPackage use "
                          "rve_geo.write_layers.")
    if len(layer) == 0:
        raise InputError("argument 'layer' has no rows; an empty Shapefile has no geometry "
                         "type. Export a layer with at least one row.")
    if layer.crs is None:
        raise CRSError("argument 'layer' has no CRS, so no .prj can be written; set it, e.g. "
                       "layer = layer.set_crs('EPSG:28992').")
    csv_path = Path(field_map_path).expanduser().resolve() if field_map_path is not None \
        else out.with_name(out.stem + "_fields.csv")
    if not csv_path.parent.is_dir():
        raise OutputError(f"field_map_path: folder '{csv_path.parent}' does not exist; "
                          "create it first.")
    issues = Issues("export_shapefile")
    report(progress, 0.0, "preparing fields")

    table, field_map = _prepare_table(layer, issues)
    parts = _split_by_family(layer, out)
    targets = [p.with_suffix(s) for p in parts for s in SIDECARS] + [csv_path]
    for target in targets:
        if target.exists() and not overwrite:
            raise OutputError(f"output '{target}' exists; pass overwrite=True (CLI: "
                              "--overwrite) to replace it, or choose another path.")
    for shp, rows in parts.items():
        _check_size(shp, layer.geometry.array[rows], table.iloc[rows], field_map)
    report(progress, 0.1, "writing")

    paths = _write_all(parts, table, layer, field_map, csv_path, overwrite,
                       scaled(progress, 0.1, 1.0))
    issues.emit()
    return ShapefileExport(paths=tuple(paths), field_map=field_map)


def export_shapefiles(
    layers: Mapping[str, gpd.GeoDataFrame],
    folder: str | os.PathLike,
    *,
    overwrite: bool = False,
    progress: ProgressCallback | None = None,
) -> dict[str, ShapefileExport]:
    """Export several layers as ``<folder>/<name>.shp`` (each with its own field map).

    Every target is checked for existence before the first layer is written; each layer
    is written atomically, but a failure in a later layer keeps the earlier ones.

    Examples
    --------
    >>> import tempfile, geopandas as gpd
    >>> from shapely.geometry import Point
    >>> pts = gpd.GeoDataFrame({"a": [1]}, geometry=[Point(0, 0)], crs="EPSG:28992")
    >>> done = export_shapefiles({"sources": pts}, tempfile.mkdtemp())
    >>> [p.name for p in done["sources"].paths if p.suffix == ".shp"]
    ['sources.shp']
    """
    base = Path(folder).expanduser().resolve()
    if not base.is_dir():
        raise OutputError(f"output folder '{base}' does not exist; create it first.")
    if not overwrite:
        for name in layers:
            for sfx in SIDECARS:
                target = base / f"{name}{sfx}"
                if target.exists():
                    raise OutputError(f"output '{target}' exists; pass overwrite=True (CLI: "
                                      "--overwrite) or choose another folder.")
    n = max(1, len(layers))
    results = {}
    for k, (name, frame) in enumerate(layers.items()):
        results[name] = export_shapefile(frame, base / f"{name}.shp", overwrite=overwrite,
                                         progress=scaled(progress, k / n, (k + 1) / n))
    return results


# --------------------------------------------------------------------------- helpers


def _prepare_table(layer: gpd.GeoDataFrame, issues: Issues) -> tuple[pd.DataFrame, pd.DataFrame]:
    attrs = pd.DataFrame(layer.drop(columns=layer.geometry.name))
    index = layer.index
    if not (isinstance(index, pd.RangeIndex) and index.name is None):
        names = [n if n is not None else ("index" if index.nlevels == 1 else f"level_{i}")
                 for i, n in enumerate(index.names)]
        attrs = attrs.reset_index(names=names) if len(set(names) & set(attrs.columns)) == 0 \
            else attrs.reset_index(drop=True)
    else:
        attrs = attrs.reset_index(drop=True)
    geometry_like = [c for c in attrs.columns if isinstance(attrs[c].dtype, gpd.array.GeometryDtype)]
    if geometry_like:
        attrs = attrs.drop(columns=geometry_like)
        issues.add("layer", f"extra geometry columns not exported: {', '.join(geometry_like)}")
    mapping = short_field_names([str(c) for c in attrs.columns])
    table = pd.DataFrame(index=attrs.index)
    types = []
    cut_rows: set = set()
    for col in attrs.columns:
        series = attrs[col]
        values, kind = _convert(series)
        if kind == "String":
            encoded = values.astype(object).map(
                lambda v: len(v.encode("utf-8")) if isinstance(v, str) else 0)
            too_long = encoded > _MAX_TEXT
            if too_long.any():
                cut_rows.update(layer.index[too_long.to_numpy()].tolist())
                values = values.astype(object).map(_cut_text)
        table[mapping[str(col)]] = values
        types.append(kind)
    if cut_rows:
        issues.add("layer", f"text values longer than {_MAX_TEXT} bytes were cut to fit the "
                   "DBF", sorted(cut_rows, key=str))
    field_map = pd.DataFrame({"long_name": [str(c) for c in attrs.columns],
                              "short_name": [mapping[str(c)] for c in attrs.columns],
                              "type": types})
    return table, field_map


def _cut_text(value):
    if not isinstance(value, str):
        return value
    data = value.encode("utf-8")
    if len(data) <= _MAX_TEXT:
        return value
    return data[:_MAX_TEXT].decode("utf-8", errors="ignore")


def _convert(series: pd.Series) -> tuple[pd.Series, str]:
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return series, "Logical"
    if pd.api.types.is_integer_dtype(dtype):
        values = series.dropna()
        small = values.empty or bool(values.between(-(2**31) + 1, 2**31 - 1).all())
        if small:  # 32-bit Integer fields are what legacy readers expect
            nullable = isinstance(dtype, pd.api.extensions.ExtensionDtype)
            return series.astype("Int32" if nullable else "int32"), "Integer"
        return series, "Integer64"
    if pd.api.types.is_float_dtype(dtype):
        return series, "Real"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        stamps = pd.to_datetime(series)
        valid = stamps.dropna()
        midnight = valid.empty or bool((valid == valid.dt.normalize()).all())
        fmt = "%Y-%m-%d" if midnight else "%Y-%m-%dT%H:%M:%S"
        text = stamps.dt.strftime(fmt).astype(object).where(stamps.notna(), None)
        return text, "String (ISO 8601 date)" if midnight else "String (ISO 8601 date-time)"
    values = series.astype(object)
    missing = series.isna().to_numpy()
    text = [None if gone else (v if isinstance(v, str) else str(v))
            for v, gone in zip(values.tolist(), missing, strict=True)]
    return pd.Series(text, index=series.index, dtype=object), "String"


def _split_by_family(layer: gpd.GeoDataFrame, out: Path) -> dict[Path, np.ndarray]:
    geoms = np.asarray(layer.geometry.array, dtype=object)
    types = shapely.get_type_id(geoms)
    bad = types == 7
    if bad.any():
        raise GeometryError(
            f"argument 'layer': rows {row_ids(layer.index[bad])} are GeometryCollections, "
            "which a Shapefile cannot hold; explode them or keep one geometry type."
        )
    family = np.array([_FAMILY.get(int(t), "") for t in types], dtype=object)
    present = [f for f in ("point", "line", "polygon") if (family == f).any()]
    positions = np.arange(len(layer))
    if len(present) <= 1:
        return {out: positions}
    parts = {}
    for k, fam in enumerate(present):
        mask = family == fam
        if k == 0:
            mask = mask | (family == "")
        parts[out.with_name(f"{out.stem}_{fam}.shp")] = positions[mask]
    return parts


def _estimate_shp(geoms: np.ndarray) -> int:
    geoms = np.asarray(geoms, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    total = 100 + 12 * int((~present).sum())
    g = geoms[present]
    if len(g) == 0:
        return total
    coords = shapely.get_num_coordinates(g).astype("int64")
    dims = 2 + shapely.has_z(g).astype("int64")
    types = shapely.get_type_id(g)
    point = types == 0
    # single points cost 8 + 20 bytes, or 8 + 56 when promoted next to MultiPoints
    per_point = 64 if (types == 4).any() else 28
    total += int(per_point * point.sum() + 8 * int((dims[point] > 2).sum()))
    other = ~point
    if other.any():
        parts = shapely.get_parts(g[other], return_index=True)
        pieces, owner = parts
        ring_count = np.ones(len(pieces), dtype="int64")
        poly = shapely.get_type_id(pieces) == 3
        ring_count[poly] += shapely.get_num_interior_rings(pieces[poly])
        rings = np.bincount(owner, weights=ring_count, minlength=int(other.sum()))
        extra = np.where(dims[other] > 2, 16 + 8 * coords[other], 0)
        total += int((8 + 44 + 4 * rings + 16 * coords[other] + extra).sum())
    return total


def _estimate_dbf(table: pd.DataFrame, field_map: pd.DataFrame) -> int:
    width = 0
    for short, kind in zip(field_map["short_name"], field_map["type"], strict=True):
        values = table[short]
        if kind == "Logical":
            width += 1
        elif kind == "Integer":
            width += 11
        elif kind == "Integer64":
            width += 20
        elif kind == "Real":
            width += 24
        else:
            lengths = values.map(lambda v: len(v.encode("utf-8")) if isinstance(v, str) else 0)
            longest = int(lengths.max()) if len(lengths) else 0
            width += min(_MAX_TEXT, max(80, longest))  # GDAL's default text width is 80
    return 33 + 32 * len(field_map) + len(table) * (1 + width) + 1  # + end-of-file byte


def _check_size(shp: Path, geoms, table: pd.DataFrame, field_map: pd.DataFrame) -> None:
    for suffix, size in ((".shp", _estimate_shp(geoms)), (".dbf", _estimate_dbf(table,
                                                                                 field_map))):
        if size > MAX_FILE_BYTES:
            raise OutputError(
                f"output '{shp.with_suffix(suffix)}' would be about {size / 1024**3:.2f} GB, "
                f"above the Shapefile limit of {MAX_FILE_BYTES / 1024**3:.0f} GB; nothing was "
                "written. Write a GeoPackage instead (rve_geo.write_layers), or export fewer "
                "rows/columns per file (e.g. one file per municipality)."
            )


def _default_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _default_mode()


def _write_all(parts, table, layer, field_map, csv_path, overwrite, progress) -> list[Path]:
    import pyogrio
    import pyproj

    folder = next(iter(parts)).parent
    tmpdir = Path(tempfile.mkdtemp(prefix=".rve-shp-", dir=folder))
    esri_wkt = pyproj.CRS.from_user_input(layer.crs).to_wkt(pyproj.enums.WktVersion.WKT1_ESRI)
    tmp_csv = None
    try:
        staged: list[tuple[Path, Path]] = []
        n = len(parts)
        for k, (shp, rows) in enumerate(parts.items()):
            frame = gpd.GeoDataFrame(table.iloc[rows].reset_index(drop=True),
                                     geometry=np.asarray(layer.geometry.array)[rows],
                                     crs=layer.crs)
            tmp_shp = tmpdir / shp.name
            kinds = shapely.get_type_id(np.asarray(frame.geometry.array, dtype=object))
            promote = bool(np.isin(kinds, (4, 5, 6)).any())  # only when singles meet multis
            try:
                pyogrio.write_dataframe(frame, tmp_shp, driver="ESRI Shapefile",
                                        promote_to_multi=promote,
                                        layer_options={"ENCODING": "UTF-8"})
            except Exception as exc:
                if isinstance(exc, OSError) or type(exc).__module__.startswith("pyogrio"):
                    raise OutputError(f"writing '{shp}' failed: {exc}; nothing was "
                                      "written.") from exc
                raise
            tmp_shp.with_suffix(".prj").write_text(esri_wkt, encoding="ascii")
            tmp_shp.with_suffix(".cpg").write_text("UTF-8", encoding="ascii")
            staged.extend((tmp_shp.with_suffix(s), shp.with_suffix(s)) for s in SIDECARS)
            report(progress, (k + 1) / (n + 1), f"written {shp.name}")
        fd, tmp_name = tempfile.mkstemp(prefix=f".{csv_path.stem}.", suffix=".csv",
                                        dir=csv_path.parent)
        os.close(fd)
        tmp_csv = Path(tmp_name)
        field_map.to_csv(tmp_csv, index=False, lineterminator="\n", encoding="utf-8")
        os.chmod(tmp_csv, _FILE_MODE)  # mkstemp makes 0600; the other files are 0644
        staged.append((tmp_csv, csv_path))
        for _, target in staged:
            if target.exists() and not overwrite:
                raise OutputError(f"output '{target}' appeared while writing; not replaced.")
        if overwrite:
            for shp in parts:
                for sfx in _STALE:
                    with contextlib.suppress(FileNotFoundError):
                        Path(str(shp.with_suffix("")) + sfx).unlink()
        report(progress, 1.0, "moving files into place")  # last chance to cancel
        for src, target in staged:
            os.replace(src, target)
        return [target for _, target in staged]
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
        if tmp_csv is not None:
            with contextlib.suppress(FileNotFoundError):
                tmp_csv.unlink()
