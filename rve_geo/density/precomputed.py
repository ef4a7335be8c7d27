"""Buildings that already carry their floor area: computed once, used by every operation.

:func:`~rve_geo.density.floor_area.building_floor_area` adds the columns of
:data:`FLOOR_AREA_COLUMNS` to the buildings. Every operation that needs floor area
(``density_measures``, ``densification_potential``, ``redevelopment_stock``) takes its
buildings through :func:`with_floor_area`: buildings that carry these columns (the marker
is ``floor_area_source``, a column no registry has) are used as they are, others get
their floor area computed. So a run that computes the floor area once and passes the
result on gets the same answers as operations that each compute it themselves, and the
floor area is computed once.

The column contract (what ``building_floor_area`` writes):

- ``floor_area_m2``: gross floor area (BVO) per building, m2, >= 0; empty only where
  ``excluded``;
- ``footprint_m2``: footprint area, m2, >= 0;
- ``storeys`` and ``height_m``: storeys and height (m) where known;
- ``floor_area_source``: which source gave the floor area (``"bvo"``, ``"storeys"``,
  ``"height"``, ``"usable_area"``, ``"footprint"``, ``"excluded"``);
- ``excluded``: True for buildings that do not count (demolished, not realised, no usable
  geometry);
- ``use_storey_height_m``: storey height (m) of the building's use, > 0;
- ``is_hall``: True for single-volume halls (one storey).

Examples
--------
>>> import geopandas as gpd
>>> from shapely.geometry import box
>>> from rve_geo.density.floor_area import building_floor_area
>>> b = gpd.GeoDataFrame({"bouwlagen": [3]}, geometry=[box(206000, 447000, 206010, 447010)],
...                      crs="EPSG:28992")
>>> has_floor_area(b)
False
>>> once = building_floor_area(b)
>>> with_floor_area(once) is once  # carried: used as it is
True
>>> float(with_floor_area(b)["floor_area_m2"].iloc[0])  # not carried: computed
300.0
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from .._validate import Issues, numeric_column, prepare_polygons, require_columns, row_ids
from ..errors import InputError
from ..progress import ProgressCallback, report
from .floor_area import (
    FloorAreaModel,
    FloorAreaOptions,
    building_floor_area,
    check_floor_area_arguments,
    floor_area_model,
)

__all__ = ["FLOOR_AREA_COLUMNS", "checked_options", "floor_area_arrays", "floor_area_started",
           "has_floor_area", "with_floor_area"]

#: The columns :func:`~rve_geo.density.floor_area.building_floor_area` adds to the buildings.
FLOOR_AREA_COLUMNS = ("footprint_m2", "height_m", "storeys", "floor_area_m2",
                      "floor_area_source", "excluded", "use_storey_height_m", "is_hall")

#: The column that marks buildings carrying the floor-area model's columns.
MARKER = "floor_area_source"

def has_floor_area(buildings: pd.DataFrame) -> bool:
    """True when ``buildings`` carry the floor-area model's columns (``floor_area_source``).

    Examples
    --------
    >>> import pandas as pd
    >>> has_floor_area(pd.DataFrame({"floor_area_m2": [100.0]}))  # a BVO column alone: no
    False
    """
    return MARKER in buildings.columns


def with_floor_area(buildings: gpd.GeoDataFrame,
                    options: FloorAreaOptions = FloorAreaOptions(), *,
                    progress: ProgressCallback | None = None) -> gpd.GeoDataFrame:
    """The buildings with the floor-area model's columns: as given when they carry them.

    Parameters
    ----------
    buildings : GeoDataFrame
        Building footprints, with or without the columns of :data:`FLOOR_AREA_COLUMNS`.
    options : FloorAreaOptions
        How the floor area is estimated when it is computed here (see
        :class:`rve_geo.FloorAreaOptions`).
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        ``buildings`` itself when it carries the columns (``excluded`` and ``is_hall`` as
        booleans: a copy when they had to be converted, e.g. 0/1 read from a file), else
        the result of ``building_floor_area(buildings, **options.keywords())``.

    Raises
    ------
    InputError
        ``options`` is not a FloorAreaOptions; or the buildings carry the columns and
        ``options`` differs from the defaults (it cannot be applied to a floor area already
        computed); or the carried columns hold values the model never writes.
    MissingColumnError
        ``floor_area_source`` is there but another column of the contract is not.
    """
    options = checked_options(options)
    if not has_floor_area(buildings):
        return building_floor_area(buildings, **options.keywords(), progress=progress)
    _refuse_options(options)
    require_columns(buildings, "buildings", FLOOR_AREA_COLUMNS)
    out = _checked(buildings)
    report(progress, 1.0, "floor area: carried by the buildings")
    return out


def floor_area_arrays(buildings: gpd.GeoDataFrame,
                      options: FloorAreaOptions = FloorAreaOptions(), *,
                      progress: ProgressCallback | None = None) -> FloorAreaModel:
    """:func:`with_floor_area` as arrays, for an operation that only reads the values.

    The same values as the columns :func:`with_floor_area` gives, without building a
    frame of the buildings: carried columns are read (and checked) as they are, otherwise
    the model is computed and its notes are emitted as ``building_floor_area`` emits them.

    Parameters
    ----------
    buildings : GeoDataFrame
        Building footprints, with or without the columns of :data:`FLOOR_AREA_COLUMNS`.
    options : FloorAreaOptions
        As for :func:`with_floor_area`.
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    FloorAreaModel
        Per building (input order): geometry, footprint, floor area, excluded, storey
        height of the use, hall flag (and height, storeys, source).

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> b = gpd.GeoDataFrame({"bouwlagen": [3]}, geometry=[box(206000, 447000, 206010, 447010)],
    ...                      crs="EPSG:28992")
    >>> floor_area_arrays(b).floor_area_m2.tolist()
    [300.0]
    >>> floor_area_arrays(building_floor_area(b)).floor_area_m2.tolist()  # carried
    [300.0]
    """
    options = checked_options(options)
    if not has_floor_area(buildings):
        model = floor_area_model(buildings, **options.keywords(), progress=progress)
        model.issues.emit()
        return model
    b = with_floor_area(buildings, options, progress=progress)

    def values(column: str) -> np.ndarray:
        return b[column].to_numpy()

    return FloorAreaModel(
        np.asarray(b.geometry.array, dtype=object), values("footprint_m2"),
        values("height_m"), values("storeys"), values("floor_area_m2"),
        values("floor_area_source"), values("excluded"), values("use_storey_height_m"),
        values("is_hall"), None)


def floor_area_started(buildings: gpd.GeoDataFrame,
                       options: FloorAreaOptions = FloorAreaOptions(),
                       ) -> tuple[np.ndarray, np.ndarray, Callable[[], FloorAreaModel]]:
    """The buildings' geometry to match now; their floor area computed meanwhile.

    The floor-area model is mostly table work (statuses, uses, heights), the matching of
    buildings to parcels geometry work that leaves the interpreter free: started here on a
    thread of its own, the model runs beside the matching instead of before it.

    Parameters
    ----------
    buildings : GeoDataFrame
        Building footprints, with or without the columns of :data:`FLOOR_AREA_COLUMNS`.
    options : FloorAreaOptions
        As for :func:`with_floor_area`.

    Returns
    -------
    geometry : ndarray
        The validated footprints (as the model will have them), or the carried geometry.
    usable : ndarray of bool
        Rows with usable geometry; the model may exclude more (demolished buildings).
    result : callable
        ``result()`` waits for the model, emits its notes and returns it
        (:class:`~rve_geo.density.floor_area.FloorAreaModel`); it raises what the model
        raised.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> b = gpd.GeoDataFrame({"bouwlagen": [3]}, geometry=[box(206000, 447000, 206010, 447010)],
    ...                      crs="EPSG:28992")
    >>> geometry, usable, result = floor_area_started(b)
    >>> usable.tolist(), result().floor_area_m2.tolist()
    ([True], [300.0])
    """
    options = checked_options(options)
    if has_floor_area(buildings):
        model = floor_area_arrays(buildings, options)
        return model.geometry, ~np.asarray(model.excluded, dtype=bool), lambda: model
    check_floor_area_arguments(buildings, options.floor_area_method, options.bvo_go_factor)
    # the model's own geometry check, made first: the model finds its outcome remembered
    # and notes the same repairs
    prepared = prepare_polygons(buildings, "buildings", Issues("building_floor_area"))
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(floor_area_model, buildings, **options.keywords())
    pool.shutdown(wait=False)

    def result() -> FloorAreaModel:
        model = future.result()
        model.issues.emit()
        return model

    return prepared.geometry, prepared.usable, result


def checked_options(options: Any) -> FloorAreaOptions:
    """``options`` when it is a :class:`FloorAreaOptions`, else an InputError saying so.

    Examples
    --------
    >>> checked_options(FloorAreaOptions()).floor_area_method
    'auto'
    """
    if not isinstance(options, FloorAreaOptions):
        raise InputError(f"argument 'floor_area' must be a FloorAreaOptions, got "
                         f"{type(options).__name__}; e.g. floor_area=FloorAreaOptions().")
    return options


def _refuse_options(options: FloorAreaOptions) -> None:
    """Refuse floor-area options other than the defaults (they would be ignored)."""
    default = FloorAreaOptions()
    given = [f.name for f in dataclasses.fields(options)
             if getattr(options, f.name) != getattr(default, f.name)]
    if given:
        raise InputError(
            f"argument 'buildings' already carries the floor area of building_floor_area "
            f"(column '{MARKER}'), so floor_area options {', '.join(given)} cannot be applied "
            f"again; leave {'it' if len(given) == 1 else 'them'} out, or pass the buildings "
            f"without the columns {', '.join(FLOOR_AREA_COLUMNS)} to compute the floor area "
            "anew.")


def _checked(buildings: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The carried columns, checked: numbers where numbers belong, flags as booleans."""
    fix = ("These columns are written by building_floor_area; drop them to compute the "
           "floor area anew.")
    excluded = _flag(buildings, "excluded", fix)
    is_hall = _flag(buildings, "is_hall", fix)
    floor = numeric_column(buildings, "floor_area_m2", "buildings", minimum=0,
                           what="floor area (m2)", fix=fix)
    numeric_column(buildings, "footprint_m2", "buildings", minimum=0, what="footprint (m2)",
                   fix=fix)
    numeric_column(buildings, "use_storey_height_m", "buildings", minimum=0,
                   what="storey height (m)", fix=fix)
    empty = np.isnan(floor) & ~excluded
    if empty.any():
        raise InputError(
            f"argument 'buildings', column 'floor_area_m2': {int(empty.sum())} buildings that "
            f"are not excluded have no floor area (rows {row_ids(buildings.index[empty])}). "
            f"{fix}")
    if all(pd.api.types.is_bool_dtype(buildings[c].dtype) for c in ("excluded", "is_hall")):
        return buildings
    out = buildings.copy()
    out["excluded"] = excluded
    out["is_hall"] = is_hall
    return out


def _flag(buildings: pd.DataFrame, column: str, fix: str) -> np.ndarray:
    """A true/false column as booleans; 0/1 (a file's booleans) are accepted."""
    raw = buildings[column]
    if pd.api.types.is_bool_dtype(raw.dtype) and not raw.isna().any():
        return raw.to_numpy(dtype=bool)
    values = numeric_column(buildings, column, "buildings", what="true/false flag (0 or 1)",
                            fix=fix)
    bad = ~np.isin(values, (0.0, 1.0))
    if bad.any():
        raise InputError(
            f"argument 'buildings', column '{column}': {int(bad.sum())} rows are not true/false "
            f"(rows {row_ids(buildings.index[bad])}). {fix}")
    return values == 1.0
