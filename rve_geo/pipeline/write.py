"""The outputs of one area: the GeoPackage (result layers, ``summary``, ``terrein_summary``,
``run_metadata``), tables, Shapefiles, GIOs and the report, written into a staging folder.

Examples
--------
>>> sorted(GIO_NORMS)
['allowed_category_zones', 'environmental_contours', 'max_allowed_category']
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely

from .._versions import library_versions
from .._write_process import settle
from ..errors import ConfigError, OutputError
from ..progress import report
from ..sources.aliases import conventional_column
from .area import LayerParts, _Area, _operation, log
from .config import RunConfig
from .results import FIGURES, _round

__all__ = ["GIO_NORMS"]


def _summary_table(area: _Area) -> pd.DataFrame:
    rows = []
    for key, (label, unit) in FIGURES.items():
        if key in area.figures:
            value = area.figures[key]
            rows.append({"figure": key, "label": label,
                         "value": float(_round(value, key)), "unit": unit})
    return pd.DataFrame(rows, columns=["figure", "label", "value", "unit"])


def _terrein_table(area: _Area) -> pd.DataFrame | None:
    """Key figures per terrein (:func:`rve_geo.indicators.terreinen.terrein_summary`)."""
    from ..indicators.terreinen import terrein_summary

    parcels = area.frames.get("parcels")
    if parcels is None or "terrein_id" not in parcels.columns:
        return None
    sensitive = area.frames.get("sensitive")
    return terrein_summary(parcels, terreinen=area.frames.get("terreinen"), homes=sensitive,
                           homes_col=conventional_column(sensitive, "n_homes"))


def _metadata(config: RunConfig, area: _Area, hashes: Mapping[str, str], run: list[str],
              skipped: Mapping[str, str], started: str) -> pd.DataFrame:
    from .. import __version__

    finished = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    rows = [
        ("rve_geo_version", __version__),
        ("area", area.name),
        ("target_crs", config.target_crs),
        ("configuration_file", str(config.source) if config.source else ""),
        ("configuration", json.dumps(config.to_dict(), sort_keys=True, default=str)),
        ("parameters", json.dumps({"parameters": config.to_dict()["parameters"],
                                   "operations": config.to_dict()["operations"]},
                                  sort_keys=True, default=str)),
        ("input_sha256", json.dumps(dict(hashes), sort_keys=True)),
        ("jobs_basis", area.notes.get("jobs_basis", "")),
        ("stages_run", json.dumps(run)),
        ("stages_skipped", json.dumps(dict(skipped), sort_keys=True)),
        ("warnings", json.dumps(area.warnings)),
        ("versions", json.dumps(library_versions(), sort_keys=True)),
        ("arguments_used", json.dumps(area.used, sort_keys=True, default=str)),
        ("policy_defaults", json.dumps(_policy_used(area.used), sort_keys=True, default=str)),
        ("figures", json.dumps({k: _round(v) for k, v in sorted(area.figures.items())},
                               default=str)),
        ("started_utc", started),
        ("finished_utc", finished),
    ]
    return pd.DataFrame(rows, columns=["key", "value"])


def _policy_used(used: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Policy defaults (rve_geo/data/policy.toml) behind the arguments used, with source."""
    from ..data import policy_entries

    entries = policy_entries()
    out: dict[str, dict[str, Any]] = {}
    for arguments in used.values():
        for name, value in arguments.items():
            entry = entries.get(name) or entries.get(f"kansenzone_{name}")
            if entry is None or name in out:
                continue
            out[name] = {"value": value, "default": entry.get("value"),
                         "unit": entry.get("unit", ""), "tag": entry.get("tag", ""),
                         "source": entry.get("source", "")}
    return out


def _clean_for_gpkg(frame: Any) -> Any:
    """Make result frames writable: lists/dicts/objects become text, no attrs.

    A shallow copy: with pandas' copy-on-write the columns changed here are new, the
    others shared with the result frame (no second copy of every layer while writing).
    """
    frame = frame.copy(deep=False)
    frame.attrs = {}
    geom = getattr(frame, "_geometry_column_name", None)
    for col in frame.columns:
        if col == geom:
            continue
        s = frame[col]
        if s.dtype == object:
            sample = s.dropna()
            if len(sample) and not all(isinstance(v, (str, bool, int, float, np.number))
                                       for v in sample.iloc[:50]):
                frame[col] = s.map(lambda v: None if v is None else (
                    json.dumps(v, default=str) if isinstance(v, (list, dict, tuple))
                    else str(v)))
        elif isinstance(s.dtype, pd.CategoricalDtype):
            frame[col] = s.astype("string")
    return frame


#: A result layer of at least this many rows is dropped from memory once written; smaller
#: ones stay in memory as well (tables, exports and figures read them without a detour).
KEEP_ROWS = 50_000


@dataclass(frozen=True)
class WrittenLayer:
    """A result layer written into the area's staged GeoPackage and no longer in memory."""

    path: Path
    name: str
    #: the row labels of the frame written (GIO ids are made from them)
    index: pd.Index
    #: shapely type id per row of the geometries written (None: a table); a GeoPackage
    #: layer has one type, so single parts written into a multi layer come back multi
    type_ids: np.ndarray | None = None
    #: the column types of the frame written (a GeoPackage has no nullable integer: such
    #: a column with empty values comes back as float)
    dtypes: pd.Series | None = None

    def __len__(self) -> int:
        return len(self.index)

    def load(self) -> Any:
        """The layer as written (a GeoDataFrame, or a DataFrame for a table), with the
        row labels of the frame written."""
        import geopandas as gpd

        settle(self.path)  # written by the writer process: wait until it is
        frame = gpd.read_file(self.path, layer=self.name, engine="pyogrio")
        if len(frame) != len(self.index):
            raise RuntimeError(f"layer '{self.name}' of {self.path} has {len(frame)} rows; "
                               f"{len(self.index)} were written")
        frame.index = self.index
        for col, dtype in (self.dtypes.items() if self.dtypes is not None else ()):
            if col in frame.columns and frame[col].dtype != dtype:
                frame[col] = frame[col].astype(dtype)
        if self.type_ids is not None:
            frame = frame.set_geometry(_single_parts_again(
                np.asarray(frame.geometry.array), self.type_ids), crs=frame.crs)
        return frame


def _single_parts_again(geoms: np.ndarray, type_ids: np.ndarray) -> np.ndarray:
    """The geometries with every multi-part of one part that was written as a single part
    (``type_ids``: shapely type ids as written) made single again.

    >>> import shapely
    >>> multi = shapely.MultiPolygon([shapely.box(0, 0, 1, 1)])
    >>> _single_parts_again(np.array([multi, multi]), np.array([3, 6]))[0].geom_type
    'Polygon'
    """
    import shapely

    now = shapely.get_type_id(geoms)
    # Point 0 / MultiPoint 4, LineString 1 / MultiLineString 5, Polygon 3 / MultiPolygon 6
    single = {4: 0, 5: 1, 6: 3}
    back = np.zeros(len(geoms), dtype=bool)
    for multi, one in single.items():
        back |= (now == multi) & (type_ids == one)
    if back.any():
        geoms = geoms.copy()
        geoms[back] = shapely.get_geometry(geoms[back], 0)
    return geoms


class Layers(Mapping):
    """Result layers by name; a written layer is read back when it is asked for.

    >>> Layers({"summary": pd.DataFrame({"value": [1.0]})})["summary"]["value"].tolist()
    [1.0]
    """

    def __init__(self, layers: Mapping[str, Any]) -> None:
        self._layers = dict(layers)

    def __getitem__(self, name: str) -> Any:
        layer = self._layers[name]
        return layer.load() if isinstance(layer, WrittenLayer) else layer

    def written(self, name: str) -> WrittenLayer | None:
        """The layer as written to the GeoPackage when it is not in memory, else None."""
        layer = self._layers.get(name)
        return layer if isinstance(layer, WrittenLayer) else None

    def __iter__(self):
        return iter(self._layers)

    def __len__(self) -> int:
        return len(self._layers)


def _write_stage_layers(config: RunConfig, area: _Area) -> None:
    """Write the layers added since the last call into the area's staged GeoPackage.

    Each layer is cleaned for the GeoPackage (:func:`_clean_for_gpkg`), gets the input ids
    (:func:`rve_geo.deliverables.ids.join_ids`, with the other layers of its stage) and its
    default style; a layer of :data:`KEEP_ROWS` rows or more is then held as a
    :class:`WrittenLayer` only, so its memory is free for the stages after it. The written
    GeoPackage is the same as when every layer is written at the end.
    """
    from ..deliverables.ids import join_ids
    from ..deliverables.styles import layer_styles_frame
    from ..io import append_layer

    new = [name for name in area.layers if name not in area.written]
    if not new:
        return
    gpkg = area.gpkg
    whole = [name for name in new if not isinstance(area.layers[name], LayerParts)]
    prepared = join_ids({name: _clean_for_gpkg(area.layers[name]) for name in whole},
                        parcels=area.frames.get("parcels"),
                        sensitive=area.frames.get("sensitive"),
                        terreinen=area.frames.get("terreinen"),
                        sources=area.frames.get("sources"))
    for name in new:
        if name not in prepared:
            _write_parts(config, area, name, area.layers[name])
            continue
        frame = prepared[name]
        append_layer(gpkg, name, frame)
        area.style_rows.append(layer_styles_frame({name: frame}, lang=config.outputs.language))
        area.written.append(name)
        if len(frame) < KEEP_ROWS:
            area.layers[name] = frame
            continue
        geometry = getattr(frame, "_geometry_column_name", None)
        area.layers[name] = WrittenLayer(
            gpkg, name, frame.index,
            None if geometry is None else shapely.get_type_id(frame.geometry.array),
            frame.dtypes.drop(geometry) if geometry is not None else frame.dtypes)


def _write_parts(config: RunConfig, area: _Area, name: str, layer: LayerParts) -> None:
    """Write a layer made in parts (:class:`~rve_geo.pipeline.area.LayerParts`): each part
    is cleaned, gets the input ids and is written, then let go; the layer is then held as
    a :class:`WrittenLayer`, as any large layer once written.

    Parts that are rows of the sources in order (the milieucontouren) each get the ids of
    their own rows of the sources; other parts (the bands of the zoning map) get the ids
    as the whole layer would, from every input.
    """
    from ..deliverables.ids import join_ids
    from ..deliverables.styles import layer_styles_frame
    from ..io import append_layer_parts

    sources = area.frames.get("sources")
    sources = sources if sources is not None else area.frames.get("parcels")
    type_ids: list[np.ndarray] = []
    first: list[Any] = []

    inputs = {} if layer.rows_of_sources else {
        role: area.frames.get(role) for role in ("parcels", "sensitive", "terreinen",
                                                 "sources")}

    def prepared():
        start = 0
        for part in layer.parts:
            if layer.rows_of_sources:
                rows = sources.iloc[start:start + len(part)] if sources is not None else None
                frame = join_ids({name: _clean_for_gpkg(part)}, parcels=rows)[name]
            else:
                frame = join_ids({name: _clean_for_gpkg(part)}, **inputs)[name]
            start += len(part)
            type_ids.append(shapely.get_type_id(frame.geometry.array))
            if not first:  # the style and the column types: the same for every part
                first.append(frame.iloc[:0])
            yield frame
            del part, frame  # not held while the next part is made

    # rows numbered 0, 1, ...: not written as a column, as for a whole frame
    append_layer_parts(area.gpkg, name, prepared(),
                       layer.index if layer.index is not None else pd.RangeIndex(0))
    head = first[0]
    area.style_rows.append(layer_styles_frame({name: head}, lang=config.outputs.language))
    area.written.append(name)
    # rows numbered 0, 1, ...: as many as the parts written
    index = layer.index if layer.index is not None else pd.RangeIndex(
        sum(len(types) for types in type_ids))
    area.layers[name] = WrittenLayer(area.gpkg, name, index, np.concatenate(type_ids),
                                     head.dtypes.drop(head._geometry_column_name))


def _write_area(config: RunConfig, area: _Area, staging: Path, targets: Mapping[str, Path],
                metadata: pd.DataFrame, progress: Callable | None) -> list[Path]:
    """Write every output of one area into ``staging``; return the staged paths.

    The result layers are in the staged GeoPackage already (:func:`_write_stage_layers`);
    this adds ``parcel_results``, ``sensitive_objects``, the tables, the descriptions and
    the styles, then the other outputs.
    """
    from ..deliverables.styles import layer_styles_frame, write_style_rows
    from ..io import _set_descriptions, append_layer

    area.gpkg = area.gpkg or staging / targets["gpkg"].name
    _write_stage_layers(config, area)
    final: dict[str, Any] = {}
    parcels = area.frames.get("parcels")
    if parcels is not None and len(area.layers):
        final["parcel_results"] = _clean_for_gpkg(parcels)
        area.descriptions["parcel_results"] = ("Every per-parcel result in one layer: input "
                                               "columns plus density, milieuruimte, "
                                               "scheefwerken, potential, age and score")
    sensitive = area.frames.get("sensitive")
    if sensitive is not None and len(area.layers):
        final["sensitive_objects"] = _clean_for_gpkg(sensitive)
        area.descriptions["sensitive_objects"] = ("The sensitive objects (homes) the "
                                                  "milieuzonering of this area used (input)")
    final["summary"] = _summary_table(area)
    area.descriptions["summary"] = "Key figures of the area (figure, label, value, unit)"
    terreinen = area.noting("terrein_summary", lambda: _terrein_table(area))
    if terreinen is not None:
        final["terrein_summary"] = terreinen
        area.descriptions["terrein_summary"] = "Key figures per bedrijventerrein"
    final["run_metadata"] = metadata
    area.descriptions["run_metadata"] = ("How this result was made: rve_geo version, "
                                         "parameters, input SHA-256 hashes, timestamps")
    staged: list[Path] = []
    gpkg = area.gpkg
    for name, frame in final.items():
        append_layer(gpkg, name, frame)
    staged.append(gpkg)
    layers = Layers({**area.layers, **final})
    styles = [*area.style_rows, layer_styles_frame(final, lang=config.outputs.language)]
    if config.outputs.tables:  # from layers in memory: while the writer process finishes
        from ..deliverables.tables import write_tables

        meta = dict(zip(metadata["key"], metadata["value"], strict=True))
        staged += area.noting("write_tables", lambda: write_tables(
            layers, staging, targets["gpkg"].stem, lang=config.outputs.language, meta=meta))
    # every layer in the file before anything reads it or it is moved into place
    settle(gpkg)
    _set_descriptions(gpkg, area.descriptions)
    write_style_rows(gpkg, pd.concat([s for s in styles if len(s)] or styles[-1:],
                                     ignore_index=True))
    report(progress, 0.4, "GeoPackage prepared")
    if "shapefile" in targets:
        staged.append(_export_shapefiles(area, layers, staging / targets["shapefile"].name))
    if "gio" in targets:
        staged.append(_export_gio(config, area, layers, staging / targets["gio"].name))
    if "report" in targets:
        from ..deliverables.report import write_report

        html = staging / targets["report"].name
        maps = staging / targets["maps"].name
        area.noting("write_report", lambda: write_report(
            gpkg, html, maps_dir=maps, lang=config.outputs.language,
            context=config.outputs.context, context_layer=config.outputs.context_layer,
            max_terreinen=config.outputs.report_max_terreinen,
            rank_by=config.outputs.report_rank_by, layers=layers))
        staged += [html, maps]
    report(progress, 1.0, "outputs written")
    return staged


def _export_shapefiles(area: _Area, layers: Mapping[str, Any], folder: Path) -> Path:
    folder.mkdir()
    func = _operation("export_shapefile")
    for name, frame in layers.items():
        if isinstance(frame, gpd_frame()) and len(frame):
            func(frame, folder / f"{name}.shp")
    return folder


def gpd_frame():
    import geopandas as gpd

    return gpd.GeoDataFrame


#: Layer -> (value column, norm kind, norm label, unit) for GIO exports.
GIO_NORMS: dict[str, tuple[str, str, str, str | None]] = {
    "allowed_category_zones": ("max_category", "kwalitatief", "maximale milieucategorie", None),
    "environmental_contours": ("distance_m", "kwantitatief", "richtafstand", "m"),
    "max_allowed_category": ("max_category", "kwalitatief", "maximale milieucategorie", None),
}


def _export_gio(config: RunConfig, area: _Area, layers: Mapping[str, Any], folder: Path) -> Path:
    """One STOP GIO per layer named in ``outputs.gio``.

    ``[operations.write_gio]`` gives the keywords; ``{layer}`` and ``{area}`` in
    ``frbr_work``/``frbr_expression`` are filled in. With a ``norm_id`` the layer's
    value (category or distance) becomes a normwaarde per location; without one the
    value becomes the location's group (geo:groepID), which needs no waardelijst URI.
    """
    from .config import _slug

    folder.mkdir()
    func = _operation("write_gio")
    given = dict(config.operations.get("write_gio", {}))
    for key in ("frbr_work", "frbr_expression"):
        if key not in given:
            raise ConfigError(f"outputs.gio is set, so [operations.write_gio] needs {key} "
                              "(e.g. \"/join/id/regdata/gm0221/2026/{layer}\"); see "
                              "docs/pipeline.md.")
    for name in config.outputs.gio:
        frame = layers.get(name)
        if frame is None or not hasattr(frame, "geometry"):
            raise OutputError(f"outputs.gio names layer '{name}', which area '{area.name}' did "
                              f"not produce; layers: {', '.join(layers)}.")
        kwargs = {k: (v.replace("{layer}", _slug(name)).replace("{area}", _slug(area.name))
                      if isinstance(v, str) else v) for k, v in given.items()}
        column, kind, label, unit = GIO_NORMS.get(name, (None, "none", None, None))
        frame = frame[~(frame.geometry.is_empty | frame.geometry.isna())]
        if column is not None and column in frame.columns:
            empty = frame[column].isna()
            if empty.any():
                text = (f"write_gio: {int(empty.sum())} of {len(frame)} rows of layer '{name}' "
                        f"have no {column} and are left out of its GIO")
                area.warnings.append(text)
                log.warning("%s: %s", area.name, text)
            frame = frame[~empty]
            if "norm_id" in kwargs:
                kwargs.setdefault("norm_col", column)
                kwargs.setdefault("norm_kind", kind)
                kwargs.setdefault("norm_label", label)
                if unit:
                    kwargs.setdefault("unit", unit)
            else:
                values = frame[column].astype(str)
                ids = "g_" + values.str.replace(r"[^A-Za-z0-9_-]", "-", regex=True)
                frame = frame.assign(_group=ids.to_numpy())
                kwargs.setdefault("group_col", "_group")
                kwargs.setdefault("group_labels", dict(zip(ids, label + " " + values,
                                                           strict=True)))
        func(frame, folder / f"{name}.gml", **kwargs)
    return folder

