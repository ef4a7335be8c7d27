"""Gross floor area (BVO) per building from whatever the registry offers.

Sources, in order of preference (``method="auto"`` takes, per building, the first
one available; any other ``method`` forces one source):

1. ``bvo``: a floor-area (BVO) column;
2. ``storeys``: number of storeys x footprint;
3. ``height``: floor(height / storey height) storeys x footprint, with the storey
   height per use from ``data/storey_heights.csv``; large single-volume halls
   count as one storey;
4. ``usable_area``: BAG gebruiksoppervlakte (NEN 2580 GO) x a BVO/GO factor;
5. ``footprint``: one storey x footprint, the floor for any existing building.

The source used is recorded per building in ``floor_area_source``.

Length: about 560 lines because the one floor-area model (every source: BVO, storeys,
height, usable area, footprint, with halls and demolished panden) is kept in one module.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._validate import (
    Issues,
    check_choice,
    check_crs,
    check_frame,
    check_positive,
    numeric_column,
    prepare_polygons,
    row_ids,
)
from ..data import policy, use_table
from ..errors import InputError, MissingColumnError
from ..progress import report
from ..sources.aliases import demolished_mask, resolve_column

__all__ = [
    "FLOOR_AREA_BASIS",
    "FLOOR_AREA_METHODS",
    "FloorAreaModel",
    "FloorAreaOptions",
    "building_floor_area",
    "default_storey_heights",
    "floor_area_model",
    "hall_mask",
    "storey_heights_for",
    "storeys_from_height",
]

FloorAreaMethod = Literal["auto", "bvo", "storeys", "height", "usable_area", "footprint"]
FLOOR_AREA_METHODS = ("auto", "bvo", "storeys", "height", "usable_area", "footprint")

#: Default BVO/GO factor [A] (DOMAIN.md section 3).
BVO_GO_FACTOR: float = policy("bvo_go_factor")
#: Tallest plausible building height in metres; higher values are refused as errors.
MAX_HEIGHT_M = 350.0
#: Most storeys accepted.
MAX_STOREYS = 120.0
#: Industrial buildings with at least this footprint count as single-volume halls [A].
HALL_MIN_FOOTPRINT_M2 = 1000.0


@dataclasses.dataclass(frozen=True)
class FloorAreaOptions:
    """How the floor area of existing buildings is estimated: one model for every operation.

    :func:`rve_geo.density_measures`, :func:`rve_geo.redevelopment_stock` and
    :func:`rve_geo.densification_potential` take these options as ``floor_area=``; they
    are passed on to :func:`rve_geo.building_floor_area`.

    Parameters
    ----------
    floor_area_method : {"auto", "bvo", "storeys", "height", "usable_area", "footprint"}
        Floor-area source of ``buildings``, see :func:`rve_geo.building_floor_area`
        (default ``"auto"``: per building the first source it has).
    floor_area_col : str, optional
        Column of ``buildings`` with the gross floor area (BVO, m2); by default found
        among the BAG / 3D BAG names.
    storeys_col : str, optional
        Column of ``buildings`` with the number of storeys (bouwlagen).
    height_col : str, optional
        Column of ``buildings`` with the building height in metres.
    use_col : str, optional
        Column of ``buildings`` with the use (BAG gebruiksdoel), for the storey height.
    status_col : str, optional
        Column of ``buildings`` with the BAG status, to leave out demolished buildings.
    include_demolished : bool
        Keep buildings whose status says demolished or not realised (default False).
    storey_height_m : float or dict, optional
        Storey height for the height source: one value in metres, or per use with a
        ``"default"`` key. Default: ``data/storey_heights.csv`` (3.0 m wonen, 3.5 m
        kantoor and other uses, 5.0 m industrie).
    bvo_go_factor : float
        BVO/GO factor for the gebruiksoppervlakte source (default 1.2 [A],
        ``data/policy.toml``).
    halls_single_storey : bool
        Count large single-volume halls as one storey (default True).

    Examples
    --------
    >>> FloorAreaOptions(floor_area_method="storeys", storeys_col="bouwlagen").storeys_col
    'bouwlagen'
    >>> FloorAreaOptions().bvo_go_factor
    1.2
    """

    floor_area_method: FloorAreaMethod = "auto"
    floor_area_col: str | None = None
    storeys_col: str | None = None
    height_col: str | None = None
    use_col: str | None = None
    status_col: str | None = None
    include_demolished: bool = False
    storey_height_m: float | Mapping[str, float] | None = None
    bvo_go_factor: float = BVO_GO_FACTOR
    halls_single_storey: bool = True

    def keywords(self) -> dict[str, Any]:
        """The keywords of :func:`building_floor_area` these options stand for."""
        return {"method": self.floor_area_method, "floor_area_col": self.floor_area_col,
                "storeys_col": self.storeys_col, "height_col": self.height_col,
                "use_col": self.use_col, "status_col": self.status_col,
                "include_demolished": self.include_demolished,
                "storey_height_m": self.storey_height_m, "bvo_go_factor": self.bvo_go_factor,
                "halls_single_storey": self.halls_single_storey}


def default_storey_heights() -> dict[str, float]:
    """Storey height (m) per BAG gebruiksdoel, from ``data/storey_heights.csv``.

    Examples
    --------
    >>> h = default_storey_heights()
    >>> h["woonfunctie"], h["kantoorfunctie"], h["industriefunctie"], h["default"]
    (3.0, 3.5, 5.0, 3.5)
    """
    text = resources.files("rve_geo.data").joinpath("storey_heights.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {r["use"].strip().lower(): float(r["storey_height_m"]) for r in rows}


#: The floor-area model shared by existing and allowed floor area, as reported in outputs.
FLOOR_AREA_BASIS = ("BVO (gross floor area); storeys = floor(height / storey height of the use, "
                    "data/storey_heights.csv), at least one; industrial halls (footprint >= "
                    f"{HALL_MIN_FOOTPRINT_M2:g} m2 or kas_warenhuis) one storey")


def storey_heights_for(uses, *, storey_height_m: float | Mapping[str, float] | None = None,
                       n: int | None = None) -> np.ndarray:
    """Storey height in metres per row, from the use (BAG gebruiksdoel) of each row.

    Parameters
    ----------
    uses : sequence of str or None
        One use per row (``"kantoorfunctie"``; several uses: the first listed one
        that the table knows); None: every row gets the table's default.
    storey_height_m : float or mapping, optional
        One height for all rows, or a mapping use -> metres with a ``"default"``
        key. Default: ``data/storey_heights.csv``.
    n : int, optional
        Number of rows when ``uses`` is None.

    Returns
    -------
    numpy.ndarray of float

    Examples
    --------
    >>> storey_heights_for(["kantoorfunctie", "industriefunctie", None, "woonfunctie, x"])
    array([3.5, 5. , 3.5, 3. ])
    """
    table = _storey_table(storey_height_m)
    if uses is None:
        return np.full(int(n or 0), float(table["default"]))
    series = uses if isinstance(uses, pd.Series) else pd.Series(list(uses), dtype=object)
    return _storey_height_per_row(series, table, len(series))


def storeys_from_height(height_m, storey_height_m, *, hall=None) -> np.ndarray:
    """Whole storeys that fit in a height: ``floor(height / storey height)``, at least one.

    The one rule for existing buildings and for the heights a plan allows. A height
    of 0 gives 0 storeys (a plan allowing no building); NaN stays NaN; a hall counts
    as one storey whatever its height.

    Examples
    --------
    >>> storeys_from_height([12.0, 12.0, 3.0, 0.0, float("nan")], [3.5, 5.0, 5.0, 5.0, 5.0],
    ...                     hall=[False, True, False, False, False]).tolist()
    [3.0, 1.0, 1.0, 0.0, nan]
    """
    h = np.asarray(height_m, dtype="float64")
    sh = np.broadcast_to(np.asarray(storey_height_m, dtype="float64"), h.shape)
    with np.errstate(invalid="ignore", divide="ignore"):
        s = np.where(h > 0, np.maximum(1.0, np.floor(h / sh + 1e-9)),
                     np.where(h == 0, 0.0, np.nan))
    if hall is not None:
        s = np.where(np.asarray(hall, dtype=bool) & (s > 0), 1.0, s)
    return s


def hall_mask(uses, footprint_m2, *, hall=None,
              hall_min_footprint_m2: float | None = HALL_MIN_FOOTPRINT_M2) -> np.ndarray:
    """True for single-volume halls: a hall flag, or industrial use with a large footprint.

    Examples
    --------
    >>> hall_mask(["industriefunctie", "industriefunctie", "kantoorfunctie"],
    ...           [1500.0, 400.0, 5000.0]).tolist()
    [True, False, False]
    """
    fp = np.nan_to_num(np.asarray(footprint_m2, dtype="float64"))
    out = np.zeros(len(fp), dtype=bool)
    if hall is not None:
        out |= _per_distinct(hall, lambda t: t.str.strip().str.lower().isin(
            ["true", "1", "1.0", "ja", "yes", "t"]))
    if hall_min_footprint_m2 is not None and uses is not None:
        industrial = _per_distinct(uses, lambda t: t.str.lower().str.contains(
            "industrie", regex=False))
        out |= industrial & (fp >= float(hall_min_footprint_m2))
    return out


def _text(values) -> pd.Series:
    """``values`` as a string Series (positional); a Series is converted without a loop."""
    if isinstance(values, pd.Series) and values.dtype != object:
        return values.reset_index(drop=True).astype("string")
    return pd.Series(list(values), dtype=object).astype("string")


def _per_distinct(values, test) -> np.ndarray:
    """``test`` (string Series -> bool Series) per row, evaluated once per distinct value;
    missing values give False.

    Examples
    --------
    >>> _per_distinct(["Ja", None, "ja", "nee"], lambda t: t.str.lower() == "ja").tolist()
    [True, False, True, False]
    """
    if not isinstance(values, pd.Series):
        values = pd.Series(list(values), dtype=object)
    codes, distinct = pd.factorize(values)
    if not len(distinct):
        return np.zeros(len(values), dtype=bool)
    hits = test(_text(pd.Series(distinct))).fillna(False).to_numpy(dtype=bool)
    return np.where(codes >= 0, hits[np.clip(codes, 0, None)], False)


def _storey_height_per_row(uses: pd.Series | None, table: Mapping[str, float], n: int) -> np.ndarray:
    default = float(table.get("default", 3.5))
    if uses is None:
        return np.full(n, default)
    codes, values = pd.factorize(uses.astype("string").str.lower())  # each spelling once
    heights = np.full(len(values) + 1, default)  # the last: missing use (code -1)
    for k, value in enumerate(values):
        # a pand with several uses ("gezondheidszorgfunctie, woonfunctie"): first listed use
        first = next((u.strip() for u in str(value).split(",") if u.strip() in table), None)
        heights[k] = table[first] if first else default
    return heights[codes]


def building_floor_area(
    buildings: gpd.GeoDataFrame,
    *,
    method: FloorAreaMethod = "auto",
    floor_area_col: str | None = None,
    storeys_col: str | None = None,
    height_col: str | None = None,
    roof_height_col: str | None = None,
    ground_height_col: str | None = None,
    usable_area_col: str | None = None,
    use_col: str | None = None,
    hall_col: str | None = None,
    status_col: str | None = None,
    include_demolished: bool = False,
    storey_height_m: float | Mapping[str, float] | None = None,
    bvo_go_factor: float = BVO_GO_FACTOR,
    halls_single_storey: bool = True,
    hall_min_footprint_m2: float | None = HALL_MIN_FOOTPRINT_M2,
    progress: Callable | None = None,
) -> gpd.GeoDataFrame:
    """Estimate the gross floor area (BVO, m2) of every building.

    Parameters
    ----------
    buildings : GeoDataFrame
        Building footprints (polygons) in a projected CRS, e.g. BAG panden.
    method : {"auto", "bvo", "storeys", "height", "usable_area", "footprint"}
        Floor-area source. ``"auto"`` takes per building the first available
        source in the order above; another value forces that source (rows where
        it is missing fall back to one storey and are counted in the warning).
    floor_area_col, storeys_col, height_col, usable_area_col, use_col, hall_col, status_col : str, optional
        Column names; when omitted they are looked up among BAG / 3D BAG aliases
        (see :data:`rve_geo.sources.aliases.ALIASES`).
    roof_height_col, ground_height_col : str, optional
        3D BAG absolute heights (NAP): height = roof - ground (``b3_h_70p`` -
        ``b3_h_maaiveld``). Used when no plain height column exists.
    include_demolished : bool
        Keep buildings whose BAG status says demolished or not realised.
    storey_height_m : float or mapping, optional
        One storey height for all buildings, or a mapping use -> metres (key
        ``"default"`` for unknown uses). Default: ``data/storey_heights.csv``.
    bvo_go_factor : float
        BVO / GO factor for the ``usable_area`` source (default 1.2 [A]).
    halls_single_storey : bool
        Count halls (``kas_warenhuis`` true, or industrial use with a footprint of
        at least ``hall_min_footprint_m2``) as one storey in the ``height`` source.
    hall_min_footprint_m2 : float or None
        Footprint from which an industrial building counts as a hall; None: only
        the hall column decides.
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        A copy of ``buildings`` (same index, CRS) with ``footprint_m2``,
        ``height_m`` (where known), ``storeys``, ``floor_area_m2``,
        ``floor_area_source``, ``excluded`` (True for demolished / not realised
        and for rows without usable geometry; their floor area is NaN),
        ``use_storey_height_m`` (of the building's use) and ``is_hall`` (counted as one
        storey by the height source). The last two are the model that
        :func:`rve_geo.densification_potential` also applies to allowed heights.

    Raises
    ------
    MissingColumnError
        A named column does not exist, or the forced source has no column.
    InputError
        Negative or absurd heights/storeys/floor areas, or text where numbers belong.

    Notes
    -----
    storeys = max(1, floor(height / storey height)); any existing building has at
    least one storey (momepy's ``height // 3`` gives 0 below 3 m). Storey heights
    3.0 m residential, 3.5 m office, 5.0 m industrial are assumptions [A] from
    DOMAIN.md section 3; so is the BVO/GO factor 1.2 and the 1,000 m2 hall
    threshold. 3D BAG ``b3_bouwlagen`` is an estimate for residential buildings
    up to 5 storeys; prefer heights for halls.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> b = gpd.GeoDataFrame(
    ...     {"hoogte": [9.0, 2.5, None], "gebruiksdoel": ["woonfunctie", None, None]},
    ...     geometry=[box(0, 0, 10, 10), box(20, 0, 30, 10), box(40, 0, 50, 10)],
    ...     crs="EPSG:28992")
    >>> out = building_floor_area(b)
    >>> out[["storeys", "floor_area_m2", "floor_area_source"]].values.tolist()
    [[3.0, 300.0, 'height'], [1.0, 100.0, 'height'], [1.0, 100.0, 'footprint']]
    """
    model = floor_area_model(
        buildings, method=method, floor_area_col=floor_area_col, storeys_col=storeys_col,
        height_col=height_col, roof_height_col=roof_height_col,
        ground_height_col=ground_height_col, usable_area_col=usable_area_col, use_col=use_col,
        hall_col=hall_col, status_col=status_col, include_demolished=include_demolished,
        storey_height_m=storey_height_m, bvo_go_factor=bvo_go_factor,
        halls_single_storey=halls_single_storey, hall_min_footprint_m2=hall_min_footprint_m2,
        progress=progress)
    out = buildings.copy()
    if len(buildings):
        out = out.set_geometry(gpd.GeoSeries(model.geometry, index=out.index,
                                             crs=buildings.crs))
    out["footprint_m2"] = model.footprint_m2
    out["height_m"] = model.height_m
    out["storeys"] = model.storeys
    out["floor_area_m2"] = model.floor_area_m2
    out["floor_area_source"] = pd.array(model.source, dtype="string")
    out["excluded"] = model.excluded
    out["use_storey_height_m"] = model.use_storey_height_m
    out["is_hall"] = model.is_hall
    report(progress, 1.0, "floor area: done")
    model.issues.emit()
    return out


def check_floor_area_arguments(buildings, method: str, bvo_go_factor: float) -> None:
    """The checks :func:`floor_area_model` makes before it reads any building: a frame with
    a projected CRS, a known ``method``, a positive ``bvo_go_factor``."""
    check_frame(buildings, "buildings")
    check_crs(buildings, "buildings")
    check_choice(method, "method", FLOOR_AREA_METHODS)
    check_positive(bvo_go_factor, "bvo_go_factor")


@dataclasses.dataclass(frozen=True)
class FloorAreaModel:
    """The floor-area model's values per building as arrays (positional, input order).

    What :func:`building_floor_area` writes as columns, without building the frame: an
    operation that only sums floor areas per parcel reads these arrays. ``geometry`` is the
    validated footprint (repaired where needed); ``issues`` holds the notes not yet emitted
    (None when the values were carried by the buildings).
    """

    geometry: np.ndarray
    footprint_m2: np.ndarray
    height_m: np.ndarray
    storeys: np.ndarray
    floor_area_m2: np.ndarray
    source: np.ndarray
    excluded: np.ndarray
    use_storey_height_m: np.ndarray
    is_hall: np.ndarray
    issues: Issues | None


def floor_area_model(
    buildings: gpd.GeoDataFrame,
    *,
    method: FloorAreaMethod = "auto",
    floor_area_col: str | None = None,
    storeys_col: str | None = None,
    height_col: str | None = None,
    roof_height_col: str | None = None,
    ground_height_col: str | None = None,
    usable_area_col: str | None = None,
    use_col: str | None = None,
    hall_col: str | None = None,
    status_col: str | None = None,
    include_demolished: bool = False,
    storey_height_m: float | Mapping[str, float] | None = None,
    bvo_go_factor: float = BVO_GO_FACTOR,
    halls_single_storey: bool = True,
    hall_min_footprint_m2: float | None = HALL_MIN_FOOTPRINT_M2,
    progress: Callable | None = None,
) -> FloorAreaModel:
    """:func:`building_floor_area` as arrays (same checks, same values, notes not emitted).

    Parameters
    ----------
    buildings : GeoDataFrame
        Building footprints, as for :func:`building_floor_area`.
    method, floor_area_col, storeys_col, height_col, roof_height_col, ground_height_col, usable_area_col, use_col, hall_col, status_col, include_demolished, storey_height_m, bvo_go_factor, halls_single_storey, hall_min_footprint_m2, progress
        As for :func:`building_floor_area`.

    Returns
    -------
    FloorAreaModel
        The column values of :func:`building_floor_area` per building; the caller emits
        ``issues``.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> b = gpd.GeoDataFrame({"bouwlagen": [3]}, geometry=[box(0, 0, 10, 10)],
    ...                      crs="EPSG:28992")
    >>> floor_area_model(b).floor_area_m2.tolist()
    [300.0]
    """
    check_floor_area_arguments(buildings, method, bvo_go_factor)
    issues = Issues("building_floor_area")
    n = len(buildings)
    report(progress, 0.0, "floor area: validating buildings")
    prepared = prepare_polygons(buildings, "buildings", issues)
    footprint = np.where(prepared.usable, shapely.area(prepared.geometry.astype(object)), np.nan) \
        if n else np.zeros(0)

    def col(canonical: str, explicit: str | None) -> str | None:
        return resolve_column(buildings, canonical, argument="buildings", explicit=explicit)

    # Status: demolished / not realised.
    excluded = ~prepared.usable.copy()
    excluded |= _demolished(buildings, col("status", status_col), include_demolished, issues)

    floor = np.full(n, np.nan)
    storeys = np.full(n, np.nan)
    height = np.full(n, np.nan)
    source = np.full(n, None, dtype=object)

    def fill(mask: np.ndarray, values: np.ndarray, levels: np.ndarray, name: str) -> None:
        """Take floor area and storeys from this source where no earlier source gave one."""
        take = mask & np.isnan(floor) & ~excluded
        floor[take] = values[take]
        storeys[take] = levels[take]
        source[take] = name

    # the storey height of each building's use and whether it is a hall: the same model
    # turns the heights a plan allows into storeys (rve_geo.potential)
    use = col("use", use_col)
    sh = _storey_height_per_row(buildings[use] if use else None, _storey_table(storey_height_m),
                                n)
    hall = np.zeros(n, dtype=bool)
    if halls_single_storey:
        c = col("hall", hall_col)
        hall = hall_mask(buildings[use] if use else None, footprint,
                         hall=buildings[c] if c is not None else None,
                         hall_min_footprint_m2=hall_min_footprint_m2)
    order = [method] if method != "auto" else ["bvo", "storeys", "height", "usable_area"]
    fix = "Correct the value or leave it empty so another source is used."
    for step in order:
        if step == "bvo":
            c = col("floor_area_m2", floor_area_col)
            if c is None:
                _forced_missing(method, step, "floor_area_col", buildings)
                continue
            v = _floor_area_values(buildings, c, footprint, fix)
            fill(~np.isnan(v), v, v / np.where(footprint > 0, footprint, np.nan), "bvo")
        elif step == "storeys":
            c = col("storeys", storeys_col)
            if c is None:
                _forced_missing(method, step, "storeys_col", buildings)
                continue
            v = numeric_column(buildings, c, "buildings", minimum=0, maximum=MAX_STOREYS,
                               what="number of storeys", fix=fix)
            v = np.where(v == 0, 1.0, v)  # an existing building has at least one storey
            fill(~np.isnan(v), v * footprint, v, "storeys")
        elif step == "height":
            h = _heights(buildings, col, height_col, roof_height_col, ground_height_col, issues)
            if h is None:
                _forced_missing(method, step, "height_col", buildings)
                continue
            height = h
            # an existing building has at least one storey, also below one storey height
            s = np.maximum(1.0, storeys_from_height(np.where(np.isnan(h), np.nan,
                                                             np.maximum(h, 1e-9)), sh,
                                                    hall=hall))
            ok = ~np.isnan(h)
            fill(ok, s * footprint, s, "height")
        elif step == "usable_area":
            c = col("usable_area_m2", usable_area_col)
            if c is None:
                _forced_missing(method, step, "usable_area_col", buildings)
                continue
            v = numeric_column(buildings, c, "buildings", minimum=0,
                               what="usable floor area (m2)", fix=fix)
            bvo = v * bvo_go_factor
            fill(~np.isnan(v), bvo, bvo / np.where(footprint > 0, footprint, np.nan),
                 "usable_area")
    _fill_footprint(floor, storeys, source, footprint, excluded, method, issues)
    source[excluded] = "excluded"
    return FloorAreaModel(prepared.geometry, footprint, height, storeys, floor, source,
                          excluded, sh, hall, issues)


def _demolished(buildings: pd.DataFrame, status: str | None, include_demolished: bool,
                issues: Issues) -> np.ndarray:
    """Buildings whose BAG status says demolished or not realised (noted in ``issues``)."""
    n = len(buildings)
    if status is None or include_demolished or not n:
        return np.zeros(n, dtype=bool)
    gone = _per_distinct(buildings[status], demolished_mask)  # a few distinct statuses
    if gone.any():
        issues.add("buildings", f"{int(gone.sum())} buildings excluded because their status "
                   "says demolished or not realised (include_demolished=True keeps them)",
                   buildings.index[gone])
    return gone


def _floor_area_values(buildings: pd.DataFrame, c: str, footprint: np.ndarray,
                       fix: str) -> np.ndarray:
    """Floor areas (m2) of column ``c``; refuse more storeys than any building has."""
    v = numeric_column(buildings, c, "buildings", minimum=0, what="floor area (m2)",
                       fix=fix)
    with np.errstate(invalid="ignore", divide="ignore"):
        absurd = v > MAX_STOREYS * np.maximum(footprint, 1.0)
    if absurd.any():
        rows = buildings.index[absurd]
        raise InputError(
            f"argument 'buildings', column '{c}': {int(absurd.sum())} floor areas are "
            f"more than {MAX_STOREYS:g} times the footprint (rows {row_ids(rows)}, e.g. "
            f"{v[absurd][0]:,.0f} m2 on {footprint[absurd][0]:,.0f} m2), more storeys "
            f"than any building has; check the unit (m2, not cm2) and the value. {fix}")
    return v


def _fill_footprint(floor: np.ndarray, storeys: np.ndarray, source: np.ndarray,
                    footprint: np.ndarray, excluded: np.ndarray, method: str,
                    issues: Issues) -> None:
    """Buildings no source gave a floor area count as one storey (filled in place)."""
    rest = np.isnan(floor) & ~excluded
    if not rest.any():
        return
    floor[rest] = footprint[rest]
    storeys[rest] = 1.0
    source[rest] = "footprint"
    if method != "footprint":
        whole = bool(rest.sum() == (~excluded).sum())
        issues.add("buildings", (
            f"none of the {int(rest.sum())} buildings has floor-area, storey or height "
            "data: every building counts as one storey, so FSI equals GSI (join 3D BAG "
            "heights with rve_geo.join_3dbag or read the verblijfsobjecten with "
            "rve_geo.read_bag)") if whole else (
            f"{int(rest.sum())} buildings had no floor-area, storey or height data and "
            "count as one storey (floor_area_source='footprint')"))


def _forced_missing(method: str, step: str, keyword: str, buildings: pd.DataFrame) -> None:
    if method == step:
        cols = [c for c in buildings.columns if c != buildings.geometry.name]
        raise MissingColumnError(
            f"method={method!r} needs a column, but argument 'buildings' has none for it; "
            f"name it with {keyword}=... (columns found: {', '.join(map(str, cols)) or '(none)'})."
        )


def _storey_table(storey_height_m) -> dict[str, float]:
    return use_table(storey_height_m, default_storey_heights, check_positive, "storey_height_m")


def _heights(buildings, col, height_col, roof_col, ground_col, issues) -> np.ndarray | None:
    fix = "Heights are metres above ground level; leave unknown heights empty."
    plain = col("height_m", height_col)
    if plain is not None:
        return numeric_column(buildings, plain, "buildings", minimum=0, maximum=MAX_HEIGHT_M,
                              what="building height (m)", fix=fix)
    roof = col("roof_height", roof_col)
    if roof is None:
        return None
    ground = col("ground_height", ground_col)
    if ground is None:
        raise MissingColumnError(
            f"argument 'buildings' has the absolute roof height {roof!r} (NAP) but no ground "
            "level column (b3_h_maaiveld); name it with ground_height_col=..., or give a "
            "relative height with height_col=...")
    r = numeric_column(buildings, roof, "buildings", what="roof height (m NAP)")
    g = numeric_column(buildings, ground, "buildings", what="ground level (m NAP)")
    h = r - g
    with np.errstate(invalid="ignore"):
        neg = h < 0
        high = h > MAX_HEIGHT_M
    if neg.any():
        raise InputError(
            f"argument 'buildings': roof height {roof!r} is below ground level {ground!r} in "
            f"{int(neg.sum())} rows (rows {', '.join(map(str, buildings.index[neg][:5]))}); "
            "check that both are in metres NAP.")
    if high.any():
        raise InputError(
            f"argument 'buildings': {int(high.sum())} buildings are more than {MAX_HEIGHT_M:g} m "
            f"high (rows {', '.join(map(str, buildings.index[high][:5]))}); check the height "
            "columns and their units.")
    return h
