"""The inputs of a run: read every configured layer once, split them into areas, and check
them before any work (result columns, hashes of every file read).

Examples
--------
>>> "fsi" in RESULT_COLUMNS
True
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError
from .area import log
from .config import RunConfig

__all__ = ["RESULT_COLUMNS"]

#: Fewest buildings per chunk of the query for the buildings that touch a parcel.
_TOUCH_CHUNK = 20_000


def _read_inputs(config: RunConfig, specs: Mapping[str, Any]) -> dict[str, Any]:
    from ..errors import MissingColumnError
    from ..io import read_layer

    frames: dict[str, Any] = {}
    bag_roles = [r for r, s in specs.items() if r in BAG_ROLES and _is_bag_extract(s.path)]
    for role, spec in specs.items():
        if role == "plan" and (spec.path.suffix.lower() in (".gml", ".xml")
                               or spec.path.is_dir()):
            continue  # read by the imro stage (IMRO GML, or an omgevingsplan OW folder)
        if role in bag_roles:
            continue  # read below with read_bag, within the parcels' extent
        try:
            frames[role] = read_layer(spec.path, layer=spec.layer, argument=f"inputs.{role}",
                                      columns=spec.columns, target_crs=config.target_crs,
                                      note=log.warning)
        except MissingColumnError as exc:
            canon = exc.canonical
            line = config.line_of("inputs", role, "columns", canon)
            at = f", line {line}" if line else ""
            raise ConfigError(f"{config.source}{at}: 'inputs.{role}.columns.{canon}' names "
                              f"column '{spec.columns[canon]}', which '{spec.path.name}' does "
                              f"not have; columns found: {exc.found}.") from exc
    if bag_roles:
        frames.update(_read_bag_inputs(config, specs, bag_roles, frames.get("parcels")))
    return frames


#: Input roles a BAG 2.0 Extract can fill: its panden and its homes (verblijfsobjecten with
#: a woonfunctie).
BAG_ROLES = ("buildings", "sensitive")


def _is_bag_extract(path) -> bool:
    from ..sources.bag_extract import is_bag_extract

    return is_bag_extract(path)


def _read_bag_inputs(config: RunConfig, specs: Mapping[str, Any], roles: list[str],
                     parcels) -> dict[str, Any]:
    """Buildings and homes from a BAG 2.0 Extract, read once per file with ``read_bag``.

    With parcels, only the extract's part within the parcels' extent is kept (plus
    ``areas.context_m`` when homes are read from it: sensitive objects near an area count).
    """
    from ..io import _to_crs
    from ..sources.bag import read_bag

    out: dict[str, Any] = {}
    by_path: dict[Any, list[str]] = {}
    for role in roles:
        spec = specs[role]
        if spec.layer is not None or spec.columns:
            line = config.line_of("inputs", role, "layer" if spec.layer is not None
                                  else "columns")
            raise ConfigError(f"{config.source}{f', line {line}' if line else ''}: "
                              f"'inputs.{role}' is a BAG 2.0 Extract ('{spec.path.name}'), "
                              "which has no layers or columns to name; remove 'layer' and "
                              "'columns'.")
        by_path.setdefault(spec.path, []).append(role)
    for path, path_roles in by_path.items():
        bbox = None
        if parcels is not None and len(parcels) and parcels.crs is not None:
            margin = config.areas.context_m if "sensitive" in path_roles else 0.0
            x0, y0, x1, y1 = parcels.to_crs("EPSG:28992").total_bounds
            bbox = (x0 - margin, y0 - margin, x1 + margin, y1 + margin)
        bag = read_bag(path, bbox=bbox)
        for role in path_roles:
            frame = bag.buildings if role == "buildings" else bag.homes
            if config.target_crs is not None:
                frame = _to_crs(frame, config.target_crs, f"inputs.{role}", path, log.warning)
            log.info("inputs.%s: %d %s read from the BAG 2.0 Extract %s", role, len(frame),
                     "panden" if role == "buildings" else "woningen", path.name)
            out[role] = frame
    return out


def _on_parcels(name: str, frames: dict[str, Any]) -> dict[str, Any]:
    """Keep only the buildings touching a parcel (the others cannot count anywhere)."""
    parcels, buildings = frames.get("parcels"), frames.get("buildings")
    if parcels is None or buildings is None or not len(buildings):
        return frames
    from .._parallel import threaded_chunks

    touching = np.zeros(len(buildings), dtype=bool)  # a mark per building: linear
    tree = parcels.sindex  # made once, before the threads query it
    geoms = np.asarray(buildings.geometry.array, dtype=object)

    def hits(rows: np.ndarray) -> np.ndarray:  # the query releases the interpreter lock
        return rows[tree.query(geoms[rows], predicate="intersects")[0]]

    for rows in threaded_chunks(hits, len(geoms), min_chunk=_TOUCH_CHUNK):
        touching[rows] = True
    hit = np.flatnonzero(touching)
    if len(hit) < len(buildings):
        log.info("%s: %d of %d buildings touch no parcel and are left out", name,
                 len(buildings) - len(hit), len(buildings))
        frames = dict(frames)
        frames["buildings"] = buildings.iloc[hit]
    return frames


def _areas(config: RunConfig) -> list[tuple[str, dict[str, Any]]]:
    """Read the inputs and split them into named areas."""
    return [(n, _on_parcels(n, f)) for n, f in _split_areas(config)]


def _split_areas(config: RunConfig) -> list[tuple[str, dict[str, Any]]]:
    shared = _read_inputs(config, config.inputs)
    spec = config.areas
    if spec.explicit:
        out = []
        for name, over in spec.explicit:
            frames = dict(shared)
            frames.update(_read_inputs(config, over))
            out.append((name, frames))
        return _only(config, out)
    if spec.split_by is None:
        return [(config.name, shared)]
    import shapely

    splitter = shared[spec.split_by]
    if spec.name_column is not None and spec.name_column not in splitter.columns:
        line = config.line_of("areas", "name_column")
        raise ConfigError(
            f"{config.source}{f', line {line}' if line else ''}: 'areas.name_column' names "
            f"'{spec.name_column}', which inputs.{spec.split_by} does not have; columns found: "
            f"{', '.join(c for c in splitter.columns if c != 'geometry')}.")
    names = (splitter[spec.name_column].astype(str).tolist() if spec.name_column
             else [f"{spec.split_by}_{i}" for i in splitter.index])
    if len(set(names)) != len(names):
        raise ConfigError(f"areas.name_column '{spec.name_column}' has duplicate names; "
                          "area names must be unique (they name the output files).")
    area_geoms = np.asarray(splitter.geometry.array, dtype=object)
    usable = ~(shapely.is_missing(area_geoms) | shapely.is_empty(area_geoms))
    for label in splitter.index[~usable]:
        log.warning("inputs.%s row %s has no geometry; no area made for it", spec.split_by,
                    label)
    wide = np.where(usable, shapely.buffer(np.where(usable, area_geoms, None), spec.context_m),
                    None)
    # one STRtree query per input role: (area position, row position) pairs
    members: dict[str, list[np.ndarray]] = {}
    for role, frame in shared.items():
        if role == spec.split_by:
            continue
        geoms = np.asarray(frame.geometry.array, dtype=object)
        if role == "parcels":
            tree, query, predicate = shapely.STRtree(shapely.point_on_surface(geoms)), \
                area_geoms, "contains"
        elif role in ("sensitive", "sources"):
            tree, query, predicate = shapely.STRtree(geoms), wide, "intersects"
        else:
            tree, query, predicate = shapely.STRtree(geoms), area_geoms, "intersects"
        a_idx, r_idx = tree.query(np.where(usable, query, None), predicate=predicate)
        order = np.lexsort((r_idx, a_idx))
        a_idx, r_idx = a_idx[order], r_idx[order]
        bounds = np.searchsorted(a_idx, np.arange(len(area_geoms) + 1))
        members[role] = [r_idx[bounds[i]:bounds[i + 1]] for i in range(len(area_geoms))]
    out = []
    for i, name in enumerate(names):
        if not usable[i]:
            continue
        frames: dict[str, Any] = {spec.split_by: splitter.iloc[[i]]}
        for role, rows in members.items():
            frames[role] = shared[role].iloc[rows[i]]
        out.append((name, frames))
    return _only(config, out)


def _only(config: RunConfig, areas: list) -> list:
    if not config.areas.only:
        return areas
    names = [n for n, _ in areas]
    unknown = [n for n in config.areas.only if n not in names]
    if unknown:
        line = config.line_of("areas", "only")
        raise ConfigError(f"{config.source}{f', line {line}' if line else ''}: 'areas.only' "
                          f"names {', '.join(map(repr, unknown))}, not among the areas "
                          f"{', '.join(map(repr, names))}.")
    return [(n, f) for n, f in areas if n in config.areas.only]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _input_hashes(config: RunConfig) -> dict[str, str]:
    """SHA-256 of every file the run reads (inputs, per-area inputs, tables)."""
    return {str(p): _sha256(p) for p in config.files_read() if p.is_file()}


def _input_hashes_meanwhile(config: RunConfig) -> Callable[[], dict[str, str]]:
    """Start :func:`_input_hashes` on a thread of its own; the returned function waits
    for the hashes (or raises what hashing raised).

    Reading the inputs runs on one core, and hashing lets go of the interpreter lock while
    it reads and hashes each block, so the hashes (6 s for a 3 GB GeoPackage) cost the run
    no time of their own.
    """
    from .._parallel import n_threads

    if n_threads() == 1:  # one thread asked for (RVE_THREADS=1): hash when asked
        return lambda: _input_hashes(config)
    found: dict[str, Any] = {}

    def work() -> None:
        try:
            found["hashes"] = _input_hashes(config)
        except BaseException as exc:  # handed to the caller, which raises it
            found["error"] = exc

    worker = threading.Thread(target=work, name="rve-input-hashes", daemon=True)
    worker.start()

    def wait() -> dict[str, str]:
        worker.join()
        if "error" in found:
            raise found["error"]
        return found["hashes"]

    return wait


#: Columns the stages add to the per-parcel results (compared ignoring case with the
#: input columns before any work: a GeoPackage cannot hold 'FSI' and 'fsi').
RESULT_COLUMNS = ("parcel_area_m2", "n_buildings", "footprint_m2", "floor_area_m2", "fsi",
                  "gsi", "osr", "l", "milieuruimte_category", "milieuruimte_rank",
                  "nearest_sensitive_m", "actual_category", "allowed_category",
                  "unused_steps", "above_allowed", "below_minimum", "low_on_hmc",
                  "non_water_bound_on_quay", "allowed_floor_area_m2", "allowed_rule",
                  "potential_m2", "potential_jobs", "plot_jobs", "hmc_land", "in_contour",
                  "weighted_construction_year", "floor_area_pre_threshold_share",
                  "floor_area_1960_1980_share", "area_pre_threshold_ha", "score", "zone_id")


def _check_result_columns(config: RunConfig, name: str, frames: Mapping[str, Any]) -> None:
    """Refuse an input column that differs only in case from a result column, before work."""
    parcels = frames.get("parcels")
    if parcels is None:
        return
    results = {c.casefold(): c for c in RESULT_COLUMNS}
    for col in map(str, parcels.columns):
        ours = results.get(col.casefold())
        if ours is not None and ours != col:
            line = config.line_of("inputs", "parcels")
            at = f", line {line}" if line else ""
            raise ConfigError(
                f"{config.source}{at}: inputs.parcels of area {name!r} has a column {col!r} "
                f"that differs only in case from the result column {ours!r}; a GeoPackage "
                f"cannot hold both, so the run would fail after all the work. Rename it, e.g. "
                f"columns = {{ {col}_input = \"{col}\" }} in [inputs.parcels].")

