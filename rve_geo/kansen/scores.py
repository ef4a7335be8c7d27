"""Explainable opportunity scores per parcel, the input of :func:`rve_geo.kansenzones`.

Each indicator is computed separately from columns produced by other operations
(``densification_potential``, ``redevelopment_stock``, ``category_use``) or named by
the user (vacancy, owner, terrein), normalised to [0, 1] where **1 means more
opportunity for redevelopment**, and kept in the output as an ``ind_*`` column.
The ``score`` is the weighted mean of the indicators available for a parcel, and
``top_drivers`` names the largest weighted contributions.

Examples
--------
>>> import geopandas as gpd, warnings
>>> from shapely.geometry import box
>>> parcels = gpd.GeoDataFrame(
...     {"potential_m2": [500.0, 0.0], "allowed_floor_area_m2": [1000.0, 1000.0]},
...     geometry=[box(150_000, 420_000, 150_100, 420_100),
...               box(150_100, 420_000, 150_200, 420_100)], crs="EPSG:28992")
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     out = opportunity_scores(parcels)
>>> out["ind_unused_capacity"].tolist()
[0.5, 0.0]
>>> out["score"].tolist()
[0.5, 0.0]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._columns import keeps_input_columns
from .._unique import distinct_ints
from .._validate import (
    Issues,
    check_crs,
    check_frame,
    numeric_column,
    prepare_polygons,
    require_columns,
    row_ids,
)
from ..data import table as data_table
from ..errors import ConfigError, InputError
from ..progress import report

__all__ = ["INDICATORS", "default_score_config", "opportunity_scores"]

Indicator = Literal[
    "unused_capacity", "ageing", "scheefwerken", "vacancy", "fragmentation", "quay_misuse"
]

#: Every indicator, in output order. Output column is ``"ind_" + name``.
INDICATORS: tuple[str, ...] = (
    "unused_capacity",
    "ageing",
    "scheefwerken",
    "vacancy",
    "fragmentation",
    "quay_misuse",
)


@lru_cache(maxsize=1)
def _load_default_config() -> dict[str, dict[str, float]]:
    return data_table("score_weights.toml")


def default_score_config() -> dict[str, dict[str, float]]:
    """Return the default weights and normalisation constants (``data/score_weights.toml``).

    Examples
    --------
    >>> cfg = default_score_config()
    >>> sorted(cfg["weights"]) == sorted(INDICATORS)
    True
    >>> cfg["normalisation"]["fragmentation_cap_owners_per_ha"]
    5.0
    """
    cfg = _load_default_config()
    return {"weights": dict(cfg["weights"]), "normalisation": dict(cfg["normalisation"])}


def _check_weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    base = default_score_config()["weights"]
    if weights is None:
        return base
    if not isinstance(weights, Mapping):
        raise InputError(f"argument 'weights' must be a mapping indicator -> weight, got "
                         f"{type(weights).__name__}; e.g. weights={{'ageing': 0.5}}.")
    unknown = [k for k in weights if k not in INDICATORS]
    if unknown:
        raise ConfigError(f"argument 'weights' has unknown indicator(s) "
                          f"{', '.join(map(repr, unknown))}; known: {', '.join(INDICATORS)}.")
    out = dict(base)
    for k, v in weights.items():
        try:
            w = float(v)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"argument 'weights', indicator '{k}': weight {v!r} is not a "
                              "number; give a number >= 0.") from exc
        if not np.isfinite(w) or w < 0:
            raise ConfigError(f"argument 'weights', indicator '{k}': weight {v!r} must be a "
                              "finite number >= 0.")
        out[k] = w
    return out


def _optional(frame: pd.DataFrame, column: str, **kw) -> np.ndarray | None:
    if column not in frame.columns:
        return None
    return numeric_column(frame, column, "parcels", **kw)


def _bool_column(frame: pd.DataFrame, column: str, argument: str) -> np.ndarray:
    """A bool/0-1 column as float (NaN where missing); text true/false accepted."""
    raw = frame[column]
    if raw.dtype == object or pd.api.types.is_string_dtype(raw.dtype):
        mapping = {**_TEXT_FLAGS, "1": 1.0, "0": 0.0}
        text = raw.astype("string").str.strip().str.lower()
        vals = text.map(mapping)
        bad = vals.isna() & raw.notna()
        if bad.any():
            raise InputError(
                f"argument '{argument}', column '{column}': {int(bad.sum())} rows are not "
                f"true/false (rows {row_ids(frame.index[bad.to_numpy()])}, e.g. "
                f"{raw[bad].iloc[0]!r}); give booleans or 0/1.")
        return vals.to_numpy(dtype="float64", na_value=np.nan)
    arr = numeric_column(frame, column, argument, minimum=0, maximum=1, what="0/1 flag")
    return arr


_TEXT_FLAGS = {"true": 1.0, "false": 0.0, "yes": 1.0, "no": 0.0, "ja": 1.0, "nee": 0.0}


def _share_or_flag(frame: pd.DataFrame, column: str) -> np.ndarray:
    """A vacancy column: booleans / true-false text as 1/0, numbers as a share in [0, 1]."""
    raw = frame[column]
    if pd.api.types.is_bool_dtype(raw.dtype):
        return raw.astype("float64").to_numpy()
    if raw.dtype == object or pd.api.types.is_string_dtype(raw.dtype):
        text = raw.dropna().astype("string").str.strip().str.lower()
        if len(text) and text.isin(list(_TEXT_FLAGS)).all():
            return _bool_column(frame, column, "parcels")
    return numeric_column(frame, column, "parcels", minimum=0, maximum=1,
                          what="vacant share (0-1)",
                          fix="Give the vacant share of floor area as a fraction, not a "
                              "percentage, or a true/false flag.")


def _owners_per_ha(
    geoms: np.ndarray, usable: np.ndarray, owner: pd.Series, terrein: pd.Series | None,
    area_ha: np.ndarray, radius_m: float,
) -> np.ndarray:
    """Distinct owners per hectare over the terrein, or over the parcels within ``radius_m``."""
    n = len(geoms)
    out = np.full(n, np.nan)
    usable = usable & owner.notna().to_numpy()
    owner_codes = pd.factorize(owner)[0]
    if terrein is not None:
        t_codes = pd.factorize(terrein)[0]
        ok = usable & (t_codes >= 0)
        if ok.any():
            frame = pd.DataFrame({"t": t_codes[ok], "o": owner_codes[ok], "a": area_ha[ok]})
            per = frame.groupby("t").agg(owners=("o", "nunique"), area=("a", "sum"))
            dens = (per["owners"] / per["area"].where(per["area"] > 0)).to_numpy()
            lookup = np.full(t_codes.max() + 1, np.nan)
            lookup[per.index.to_numpy()] = dens
            out[ok] = lookup[t_codes[ok]]
        return out
    idx = np.flatnonzero(usable)
    if len(idx) == 0:
        return out
    tree = shapely.STRtree(geoms[idx])
    left, right = tree.query(geoms[idx], predicate="dwithin", distance=radius_m)
    # distinct (parcel, owner) pairs in each parcel's neighbourhood (itself included)
    o = owner_codes[idx][right].astype(np.int64)
    key = left.astype(np.int64) * (int(owner_codes.max()) + 1) + o
    uniq = distinct_ints(key)
    owners = np.bincount(uniq // (int(owner_codes.max()) + 1), minlength=len(idx))
    area = np.bincount(left, weights=area_ha[idx][right], minlength=len(idx))
    with np.errstate(divide="ignore", invalid="ignore"):
        out[idx] = np.where(area > 0, owners / area, np.nan)
    return out


def _drivers_text(contrib: np.ndarray, names: list[str], max_drivers: int = 3) -> np.ndarray:
    """'name (0.21), name (0.10)' for the largest positive contributions, vectorised."""
    n, k = contrib.shape
    out = np.full(n, "", dtype=object)
    if n == 0 or k == 0:
        return out
    filled = np.where(np.isnan(contrib), -1.0, contrib)
    order = np.argsort(-filled, axis=1, kind="stable")[:, :max_drivers]
    label = np.asarray(names, dtype=object)
    text = np.full(n, "", dtype=object)
    for r in range(order.shape[1]):
        col = order[:, r]
        val = filled[np.arange(n), col]
        show = val > 0
        piece = label[col] + " (" + np.char.mod("%.2f", val).astype(object) + ")"
        sep = np.where(text == "", "", ", ").astype(object)
        text = np.where(show, text + sep + piece, text)
    out[:] = text
    return out


@dataclass(frozen=True)
class _Inputs:
    """What every criterion may read."""

    parcels: gpd.GeoDataFrame
    prepared: object
    norm: Mapping[str, float]
    vacancy_col: str | None
    owner_col: str | None
    terrein_col: str | None
    progress: Callable | None


@dataclass(frozen=True)
class _Criterion:
    """One indicator: values in [0, 1] (None when it cannot be computed, with the reason)."""

    values: np.ndarray | None
    skipped: str = ""
    extra: dict[str, np.ndarray] = field(default_factory=dict)


def unused_capacity(inputs: _Inputs) -> _Criterion:
    """Share of the plan's floor-area capacity still unbuilt."""
    parcels = inputs.parcels
    allowed = _optional(parcels, "allowed_floor_area_m2", minimum=0, what="floor area in m2")
    pot = _optional(parcels, "potential_m2", what="floor area in m2")
    floor = _optional(parcels, "floor_area_m2", minimum=0, what="floor area in m2")
    if allowed is None:
        return _Criterion(None, "no column 'allowed_floor_area_m2'; run "
                                "densification_potential first")
    if pot is None and floor is None:
        return _Criterion(None, "no column 'potential_m2' or 'floor_area_m2'")
    if pot is None:
        pot = np.maximum(allowed - floor, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(allowed > 0, pot / allowed, np.nan)
    return _Criterion(np.clip(ratio, 0.0, 1.0))


def ageing(inputs: _Inputs) -> _Criterion:
    """Floor area built before the threshold year, 1960-1980 stock weighted extra."""
    parcels = inputs.parcels
    pre = _optional(parcels, "floor_area_pre_threshold_share", minimum=0, maximum=1,
                    what="share (0-1)")
    mid = _optional(parcels, "floor_area_1960_1980_share", minimum=0, maximum=1,
                    what="share (0-1)")
    e = float(inputs.norm["ageing_1960_1980_extra"])
    if pre is None and mid is None:
        return _Criterion(None, "no column 'floor_area_pre_threshold_share' or "
                                "'floor_area_1960_1980_share'; run redevelopment_stock first")
    if pre is None:
        return _Criterion(mid)
    if mid is None:
        return _Criterion(pre)
    return _Criterion(np.clip((pre + e * mid) / (1.0 + e), 0.0, 1.0))


def scheefwerken(inputs: _Inputs) -> _Criterion:
    """Unused category steps (capped) and low-category firms on HMC land."""
    parcels = inputs.parcels
    parts = []
    if "unused_steps" in parcels.columns:
        steps = numeric_column(parcels, "unused_steps", "parcels", minimum=0,
                               what="number of category steps")
        parts.append(np.minimum(steps / float(inputs.norm["scheefwerken_steps_cap"]), 1.0))
    if "low_on_hmc" in parcels.columns:
        parts.append(_bool_column(parcels, "low_on_hmc", "parcels"))
    if not parts:
        return _Criterion(None, "no column 'unused_steps' or 'low_on_hmc'; run "
                                "category_use first")
    stack = np.vstack(parts)
    known_parts = (~np.isnan(stack)).sum(axis=0)
    total = np.nansum(stack, axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return _Criterion(np.where(known_parts > 0, total / known_parts, np.nan))


def vacancy(inputs: _Inputs) -> _Criterion:
    """The vacant share of floor area, or 1/0 for a vacancy flag."""
    if inputs.vacancy_col is None:
        return _Criterion(None, "no vacancy_col given")
    return _Criterion(_share_or_flag(inputs.parcels, inputs.vacancy_col))


def fragmentation(inputs: _Inputs) -> _Criterion:
    """Distinct owners per hectare of the terrein or the neighbourhood (capped)."""
    if inputs.owner_col is None:
        return _Criterion(None, "no owner_col given")
    report(inputs.progress, 0.3, "owners per hectare")
    parcels, prepared = inputs.parcels, inputs.prepared
    area_ha = np.zeros(len(parcels))
    area_ha[prepared.usable] = shapely.area(prepared.geometry[prepared.usable]) / 1e4
    terrein = parcels[inputs.terrein_col] if inputs.terrein_col is not None else None
    dens = _owners_per_ha(prepared.geometry, prepared.usable, parcels[inputs.owner_col],
                          terrein, area_ha, float(inputs.norm["fragmentation_radius_m"]))
    cap = float(inputs.norm["fragmentation_cap_owners_per_ha"])
    return _Criterion(np.clip(dens / cap, 0.0, 1.0), extra={"owners_per_ha": dens})


def quay_misuse(inputs: _Inputs) -> _Criterion:
    """A firm that is not water-bound on a quay plot."""
    if "non_water_bound_on_quay" not in inputs.parcels.columns:
        return _Criterion(None, "no column 'non_water_bound_on_quay'; run category_use with "
                                "water columns first")
    return _Criterion(_bool_column(inputs.parcels, "non_water_bound_on_quay", "parcels"))


_CRITERIA: dict[str, Callable[[_Inputs], _Criterion]] = {
    "unused_capacity": unused_capacity,
    "ageing": ageing,
    "scheefwerken": scheefwerken,
    "vacancy": vacancy,
    "fragmentation": fragmentation,
    "quay_misuse": quay_misuse,
}


def _weighted_score(values: Mapping[str, np.ndarray], names: list[str],
                    weights: Mapping[str, float], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Score = weighted mean of the known indicators, and each one's contribution."""
    if not names:
        return np.full(n, np.nan), np.zeros((n, 0))
    mat = np.column_stack([values[k] for k in names]).astype("float64")
    wv = np.array([weights[k] for k in names])
    known = ~np.isnan(mat)
    wsum = (known * wv).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        contrib = np.where(known, mat * wv, np.nan) / wsum[:, None]
    contrib[wsum <= 0] = np.nan
    score = np.where(wsum > 0, np.nansum(np.nan_to_num(contrib, nan=0.0), axis=1), np.nan)
    return np.clip(score, 0.0, 1.0), contrib


@keeps_input_columns("parcels")
def opportunity_scores(
    parcels: gpd.GeoDataFrame,
    *,
    indicators: Iterable[Indicator] | None = None,
    weights: Mapping[str, float] | None = None,
    vacancy_col: str | None = None,
    owner_col: str | None = None,
    terrein_col: str | None = None,
    progress: Callable | None = None,
) -> gpd.GeoDataFrame:
    """Compute explainable redevelopment opportunity indicators and a weighted score per parcel.

    Parameters
    ----------
    parcels : GeoDataFrame
        Parcels (projected metric CRS) with any of the input columns listed in Notes.
    indicators : list of str, optional
        Which indicators to compute, from ``"unused_capacity"``, ``"ageing"``,
        ``"scheefwerken"``, ``"vacancy"``, ``"fragmentation"``, ``"quay_misuse"``.
        Default: every indicator whose input columns are present.
    weights : mapping, optional
        Weight per indicator (>= 0, relative). Indicators not named keep their default
        weight from ``rve_geo/data/score_weights.toml`` (see
        :func:`default_score_config`).
    vacancy_col : str, optional
        Column with the vacant share of the parcel's floor area (0-1) or a vacancy flag.
    owner_col : str, optional
        Column with an owner id per parcel (e.g. BRK ``kadastraal subject``).
    terrein_col : str, optional
        Column with a business-park (terrein) id. When given, owners per hectare are
        counted per terrein; otherwise over the parcel's neighbourhood.
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        A copy of ``parcels`` (same index and CRS) plus one ``ind_<name>`` column per
        computed indicator (float in [0, 1], NaN where the input is missing for that
        parcel), ``owners_per_ha`` (when fragmentation is computed), ``score`` (float in
        [0, 1], NaN when no indicator is known for the parcel) and ``top_drivers``
        (text such as ``"ageing (0.20), unused_capacity (0.13)"``: up to three indicators
        with the largest weighted contribution to ``score``).

    Raises
    ------
    InputError
        ``parcels`` is not a GeoDataFrame, has no projected metric CRS, an input column
        holds text or values out of range, or an unknown indicator is requested.
    MissingColumnError
        ``vacancy_col``, ``owner_col`` or ``terrein_col`` names an absent column.
    ConfigError
        ``weights`` names an unknown indicator or has a negative weight.
    GeometryError
        Non-polygon geometry (rows without geometry are kept, with NaN
        ``ind_fragmentation``, and counted in the warning; invalid polygons are repaired).

    Warns
    -----
    RveGeoWarning
        One warning listing every indicator that was skipped and why (missing input
        columns or no column given), rows without geometry and repaired geometry.
        Missing indicators are never filled with zeros.

    Notes
    -----
    Every indicator points the same way: **1 = more reason to start redevelopment
    here**. Criteria from the programme "Ruimte voor Economie" (DOMAIN.md section 5;
    Stec "Beter Benutten Indicator" and IBIS ageing fields):

    - ``ind_unused_capacity`` = clip(``potential_m2`` / ``allowed_floor_area_m2``, 0, 1):
      the share of the plan's floor-area capacity still unbuilt (from
      ``densification_potential``). Without ``potential_m2`` it is computed as
      max(``allowed_floor_area_m2`` - ``floor_area_m2``, 0) / ``allowed_floor_area_m2``.
      NaN where the allowed floor area is missing or 0 (no plan capacity known).
    - ``ind_ageing`` = (p + e * q) / (1 + e) with p = ``floor_area_pre_threshold_share``
      (floor area built before 1980), q = ``floor_area_1960_1980_share`` and extra weight
      e = 1 [A] for 1960-1980 stock, which the programme singles out. Stock entirely
      from 1960-1980 scores 1, stock entirely from before 1960 scores 0.5. With only one
      of the two shares, that share is used alone.
    - ``ind_scheefwerken`` = mean of min(``unused_steps`` / 3, 1) (3 unused category
      steps or more count as full mis-use [A]) and ``low_on_hmc`` (1 when a low-category
      firm occupies HMC land), over the parts that are present (from ``category_use``).
    - ``ind_vacancy`` = the vacant share (0-1) or 1/0 for a flag, from ``vacancy_col``.
    - ``ind_fragmentation`` = min(owners per ha / 5, 1). Owners per ha = distinct owners
      / hectares, counted over the parcel's terrein when ``terrein_col`` is given, else
      over the parcels within 100 m of the parcel (itself included): fragmented
      ownership is a property of an area, not of a single plot. The cap of 5 owners/ha
      (0.2 ha per owner, small mkb plots) is an assumption [A].
    - ``ind_quay_misuse`` = 1 when ``non_water_bound_on_quay`` (a non-water-bound firm on
      a quay plot), else 0.

    Score: ``score = sum_k w_k * ind_k / sum_k w_k`` over the indicators k that are
    known (not NaN) for that parcel: weights are renormalised per parcel, so a parcel
    missing one input is scored on the others, never as if it were 0. The contribution
    of k shown in ``top_drivers`` is ``w_k * ind_k / sum_k w_k`` (the contributions
    sum to ``score``). Default weights (unused capacity 0.25, ageing 0.20, scheefwerken
    0.20, vacancy 0.15, fragmentation 0.10, quay misuse 0.10) are assumptions [A] kept
    in ``rve_geo/data/score_weights.toml``.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> parcels = gpd.GeoDataFrame(
    ...     {"floor_area_pre_threshold_share": [1.0, 0.0],
    ...      "floor_area_1960_1980_share": [1.0, 0.0],
    ...      "unused_steps": [3, 0], "low_on_hmc": [True, False]},
    ...     geometry=[box(150_000, 420_000, 150_050, 420_050),
    ...               box(150_060, 420_000, 150_110, 420_050)], crs="EPSG:28992")
    >>> out = opportunity_scores(parcels, indicators=["ageing", "scheefwerken"])
    >>> out[["ind_ageing", "ind_scheefwerken", "score"]].to_numpy().tolist()
    [[1.0, 1.0, 1.0], [0.0, 0.0, 0.0]]
    >>> out["top_drivers"].iloc[0]
    'ageing (0.50), scheefwerken (0.50)'
    """
    check_frame(parcels, "parcels")
    check_crs(parcels, "parcels")
    if indicators is not None:
        if isinstance(indicators, str):
            indicators = [indicators]
        indicators = list(indicators)
        unknown = [i for i in indicators if i not in INDICATORS]
        if unknown:
            raise InputError(f"argument 'indicators' has unknown name(s) "
                             f"{', '.join(map(repr, unknown))}; choose from "
                             f"{', '.join(INDICATORS)}.")
    wanted = list(INDICATORS) if indicators is None else indicators
    w = _check_weights(weights)
    norm = default_score_config()["normalisation"]
    require_columns(parcels, "parcels", [vacancy_col, owner_col, terrein_col])
    issues = Issues("opportunity_scores")
    prepared = prepare_polygons(parcels, "parcels", issues)
    report(progress, 0.0, "opportunity scores")
    inputs = _Inputs(parcels, prepared, norm, vacancy_col, owner_col, terrein_col, progress)
    results = {name: _CRITERIA[name](inputs) for name in INDICATORS if name in wanted}
    values = {k: r.values for k, r in results.items() if r.values is not None}
    extra = {k: v for r in results.values() for k, v in r.extra.items()}
    skipped = [f"{k} ({r.skipped})" for k, r in results.items() if r.values is None]
    n = len(parcels)
    report(progress, 0.7, "weighted score")
    out = parcels.copy()
    names = [k for k in INDICATORS if k in values]
    for k in names:
        out[f"ind_{k}"] = values[k]
    for k, v in extra.items():
        out[k] = v
    score, contrib = _weighted_score(values, names, w, n)
    out["score"] = score
    out["top_drivers"] = _drivers_text(contrib, names)
    none_known = np.isnan(score)
    if names and none_known.any():
        issues.add("parcels", f"{int(none_known.sum())} parcels have no known indicator "
                   "value; their score is missing", parcels.index[none_known])
    if skipped:
        issues.add("indicators", "skipped " + "; ".join(skipped))
    issues.emit()
    report(progress, 1.0, "opportunity scores done")
    return out
