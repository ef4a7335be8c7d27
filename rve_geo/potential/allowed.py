"""Allowed floor area per parcel from plan rules: reading the rules and bringing them to parcels.

The steps of :func:`rve_geo.densification_potential` that turn plan rules into an allowed
gross floor area: the rule columns (named or found among :data:`RULE_COLUMNS`), a target FSI
and a storey height (:func:`plan_rule_values`); how rules reach parcels
(:func:`transfer_mode`); one value per rule per parcel from parcel columns or zones
(:func:`allowed_from_zones`) or the sum over the pieces of parcel x plan vlak
(:func:`allowed_from_plan_objects`, with :mod:`.plan_rules`). Formulas in
:func:`rve_geo.densification_potential` (Notes) and docs/plan_rules.md.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import shapely

from .._validate import (
    check_positive,
    numeric_column,
    prepare_polygons,
    require_columns,
    row_ids,
)
from ..errors import InputError, MissingColumnError
from .plan_rules import PlanRulesOptions

__all__ = ["RULE_COLUMNS", "PlanRuleValues", "allowed_from_plan_objects", "allowed_from_zones",
           "check_cover_share", "has_plan_rules", "plan_rule_values", "transfer_mode"]

#: Columns looked for when a rule column is not named, in order.
RULE_COLUMNS: dict[str, tuple[str, ...]] = {
    "max_fsi": ("max_fsi", "fsi_max"),
    "max_coverage_share": ("max_coverage_share", "bebouwingspercentage",
                           "max_bebouwingspercentage"),
    "max_height_m": ("max_bouwhoogte_m", "max_height_m"),
    "max_storeys": ("max_storeys", "max_bouwlagen"),
    "max_floor_area_m2": ("max_floor_area_m2",),
    "max_built_area_m2": ("max_built_area_m2",),
}


_RULE_KEYWORDS = {"max_fsi": "max_fsi_col", "max_coverage_share": "max_coverage_col",
                  "max_height_m": "max_height_col", "max_storeys": "max_storeys_col"}


#: Rules only the plan-object model (rules_transfer="pieces") applies: absolute limits of a vlak.
_PIECE_ONLY = ("max_floor_area_m2", "max_built_area_m2")


def has_plan_rules(parcels: pd.DataFrame, rules: pd.DataFrame | None = None,
                   plan_rules: PlanRulesOptions = PlanRulesOptions()) -> bool:
    """True when :func:`rve_geo.densification_potential` has plan rules to apply.

    That is: ``plan_rules`` names a rule column or gives a target FSI, or the parcels or
    the rule zones carry a column of :data:`RULE_COLUMNS`.

    Examples
    --------
    >>> import pandas as pd
    >>> has_plan_rules(pd.DataFrame({"naam": ["A"]}))
    False
    >>> has_plan_rules(pd.DataFrame({"naam": ["A"]}), pd.DataFrame({"max_bouwhoogte_m": [12]}))
    True
    >>> has_plan_rules(pd.DataFrame({"naam": ["A"]}), plan_rules=PlanRulesOptions(target_fsi=1.0))
    True
    """
    if plan_rules.target_fsi is not None or any(
            getattr(plan_rules, keyword) is not None for keyword in _RULE_KEYWORDS.values()):
        return True
    names = {n for aliases in RULE_COLUMNS.values() for n in aliases}
    return any(frame is not None and bool(names & set(frame.columns))
               for frame in (parcels, rules))


@dataclasses.dataclass(frozen=True)
class PlanRuleValues:
    """The rule values read from the rule layer, before they reach the parcels."""

    raw: dict  # rule key -> values per row of the rule layer
    target_values: np.ndarray | None  # target FSI per parcel
    target_source: str | None
    storey_height_m: np.ndarray | None  # the user's storey height per parcel


def plan_rule_values(parcels, rules, options: PlanRulesOptions) -> PlanRuleValues:
    """Step 1: the rule columns, target FSI and storey height, validated.

    Rules come from ``rules`` when given, else from ``parcels``; a column not named
    in ``options`` is looked up in :data:`RULE_COLUMNS`. A run without any rule and
    without a target FSI is refused.
    """
    n = len(parcels)
    rule_frame = rules if rules is not None else parcels
    rule_arg = "rules" if rules is not None else "parcels"
    explicit = {"max_fsi": options.max_fsi_col, "max_coverage_share": options.max_coverage_col,
                "max_height_m": options.max_height_col, "max_storeys": options.max_storeys_col}
    cols = {key: _rule_column(rule_frame, rule_arg, key, explicit.get(key))
            for key in RULE_COLUMNS}
    raw = {key: _rule_values(rule_frame, rule_arg, key, col) for key, col in cols.items()
           if col is not None}
    target_values, target_source = _target_fsi(options.target_fsi, parcels, rules, raw, n)
    _require_rules(raw, target_values, rule_frame, rule_arg)
    return PlanRuleValues(raw=raw, target_values=target_values, target_source=target_source,
                      storey_height_m=_given_storey_heights(options.storey_height_m, parcels, n))


def check_cover_share(cover_share: float) -> float:
    """``cover_share`` as a share in (0, 1]."""
    cover_share = check_positive(cover_share, "cover_share")
    if cover_share > 1:
        raise InputError(f"argument 'cover_share' must be a share in (0, 1], got {cover_share!r}; "
                         "e.g. 0.5 for half of the vlak.")
    return cover_share


def transfer_mode(rules, rules_transfer: str) -> str:
    """How rules reach parcels; ``"auto"``: pieces for plan vlakken, else largest overlap."""
    mode = rules_transfer
    if mode == "auto":
        # plan vlakken (IMRO) are cut into pieces; zones without vlakken (an omgevingsplan's
        # norm locations, own zones) give each rule by largest overlap
        vlakken = rules is not None and "object_type" in rules.columns and bool(
            rules["object_type"].astype("string").str.strip().str.lower()
            .isin(("enkelbestemming", "bouwvlak")).any())
        mode = "pieces" if vlakken else "largest_overlap"
    if mode == "pieces" and (rules is None or "object_type" not in rules.columns):
        raise InputError("rules_transfer='pieces' needs plan objects in argument 'rules' with an "
                         "'object_type' column (enkelbestemming, bouwvlak, maatvoering), as "
                         "rve_geo.read_imro writes them; give rules=read_imro(...) or choose "
                         "rules_transfer='largest_overlap'.")
    return mode


def _target_fsi(target_fsi, parcels, rules, raw: dict, n: int):
    """(target FSI per parcel or None, its source name); a rules column goes into ``raw``."""
    target_values = None
    target_source = None
    if isinstance(target_fsi, str):
        if target_fsi in parcels.columns:
            target_values = numeric_column(parcels, target_fsi, "parcels", minimum=0,
                                           what="target FSI")
        elif rules is not None and target_fsi in rules.columns:
            raw["target_fsi"] = numeric_column(rules, target_fsi, "rules", minimum=0,
                                               what="target FSI")
        else:
            require_columns(parcels, "parcels", [target_fsi])
        target_source = target_fsi
    elif target_fsi is not None:
        target_values = np.full(n, check_positive(target_fsi, "target_fsi", allow_zero=True))
        target_source = "target_fsi"
    return target_values, target_source


def _require_rules(raw: dict, target_values, rule_frame, rule_arg: str) -> None:
    """Refuse a run without any rule column and without a target FSI."""
    if not raw and target_values is None:
        found = [c for c in rule_frame.columns if c != rule_frame.geometry.name]
        raise InputError(
            f"densification_potential needs plan rules, but argument '{rule_arg}' has none of "
            f"the rule columns ({', '.join(c for v in RULE_COLUMNS.values() for c in v)}) and "
            f"no target_fsi was given; columns found: {', '.join(map(str, found)) or '(none)'}. "
            "Name them with plan_rules=PlanRulesOptions(max_fsi_col=..., max_coverage_col=..., "
            "max_height_col=..., max_storeys_col=...), or give a target_fsi (the same names "
            "in rve and QGIS).")


def _given_storey_heights(storey_height_m, parcels, n: int) -> np.ndarray | None:
    """Storey height per parcel chosen by the user (a column or one number), else None."""
    if isinstance(storey_height_m, str):
        storey_h = numeric_column(parcels, storey_height_m, "parcels", minimum=0,
                                  what="storey height (m)")
        if (storey_h == 0).any():
            raise InputError(f"argument 'parcels', column '{storey_height_m}': a storey height "
                             f"of 0 in rows {row_ids(parcels.index[storey_h == 0])}; give "
                             "positive heights in metres.")
        return storey_h
    if storey_height_m is not None:
        return np.full(n, check_positive(storey_height_m, "storey_height_m"))
    return None


def _storeys_model(main_sh, main_hall, table, storey_h, n):
    """Storey height and hall flag per parcel: the user's height, else the main building's."""
    if storey_h is not None:
        return np.asarray(storey_h, dtype="float64"), np.zeros(n, dtype=bool)
    sh = np.where(np.isnan(main_sh), float(table["default"]), main_sh)
    return sh, np.asarray(main_hall, dtype=bool)


def allowed_from_zones(p_geoms, usable, rules, raw, how, cover_share, main_sh, main_hall,
                        table, storey_h, target_values, area, index, issues):
    """Allowed floor area from one value per rule per parcel (parcel columns or zones)."""
    from ..density.floor_area import storeys_from_height

    n = len(p_geoms)
    raw = {k: v for k, v in raw.items() if k not in _PIECE_ONLY}
    if rules is not None:
        values = _transfer(p_geoms, usable, rules, raw, how, cover_share, issues)
    else:
        values = dict(raw)
    if target_values is None and "target_fsi" in values:
        target_values = values.pop("target_fsi")
    nan = np.full(n, np.nan)
    fsi_max = values.get("max_fsi", nan)
    coverage = values.get("max_coverage_share", nan)
    height = values.get("max_height_m", nan)
    storeys_max = values.get("max_storeys", nan)
    target = target_values if target_values is not None else nan
    sh, hall = _storeys_model(main_sh, main_hall, table, storey_h, n)
    storeys = np.fmin(storeys_from_height(height, sh, hall=hall), storeys_max)
    caps = np.column_stack([fsi_max * area, coverage * area * storeys, target * area]) \
        if n else np.zeros((0, 3))
    complete = ~np.isnan(caps)
    any_rule = complete.any(axis=1)
    allowed = np.where(any_rule, np.nanmin(np.where(complete, caps, np.inf), axis=1)
                       if n else nan, np.nan)
    binding = np.where(complete, caps, np.inf).argmin(axis=1) if n else np.zeros(0, int)
    names = np.array(["max_fsi", "coverage", "target_fsi"], dtype=object)
    allowed_rule = np.where(any_rule, names[binding], None)
    no_rule = usable & ~any_rule
    if no_rule.any():
        half = no_rule & (~np.isnan(coverage) ^ ~np.isnan(np.fmax(height, storeys_max)))
        extra = (f", {int(half.sum())} of them with a coverage but no height/storeys or "
                 "the reverse") if half.any() else ""
        issues.add("parcels", f"{int(no_rule.sum())} parcels have no complete plan rule; their "
                   f"allowed floor area and potential are NaN{extra}", index[no_rule])
    return allowed, {
        "rule_max_fsi": fsi_max, "rule_max_coverage_share": coverage,
        "rule_max_height_m": height, "rule_max_storeys": storeys_max,
        "rule_target_fsi": target, "allowed_storeys": storeys,
        "allowed_rule": pd.array(allowed_rule, dtype="string"),
        "allowed_footprint_m2": np.where(any_rule, coverage * area, np.nan),
        "allowed_storey_height_m": np.where(usable, sh, np.nan),
        "allowed_hall": hall & usable,
    }


def allowed_from_plan_objects(p_geoms, usable, rules, raw, cover_share, main_sh, main_hall,
                               table, storey_h, target_values, area, index, issues):
    """Allowed floor area as the sum over the pieces of parcel x plan vlak (plan_rules)."""
    from .plan_rules import plan_floor_area

    n = len(p_geoms)
    rp = prepare_polygons(rules, "rules", issues)
    r_geoms = np.where(rp.usable, rp.geometry, None)
    if "target_fsi" in raw:
        raise InputError("target_fsi as a column of argument 'rules' is not used with plan "
                         "objects (rules_transfer='pieces'); give it as a number or a column "
                         "of 'parcels'.")
    groups = rules["bestemmingshoofdgroep"].to_numpy(dtype=object) \
        if "bestemmingshoofdgroep" in rules.columns else None
    plan = plan_floor_area(
        p_geoms, usable, r_geoms, rp.usable, rules["object_type"].to_numpy(dtype=object),
        raw, groups, cover_share=cover_share,
        main_storey_height_m=main_sh, main_hall=main_hall, storey_heights=table,
        fixed_storey_height_m=storey_h, issues=issues,
        category=rules["max_category"].to_numpy(dtype=object) if "max_category" in rules.columns
        else None)
    target = target_values if target_values is not None else np.full(n, np.nan)
    allowed = np.fmin(plan.allowed_m2, target * area)
    rule = plan.rule.copy()
    by_target = ~np.isnan(target) & (np.isnan(plan.allowed_m2) | (target * area < plan.allowed_m2))
    rule[by_target] = "target_fsi"
    no_rule = usable & np.isnan(allowed)
    if no_rule.any():
        issues.add("parcels", f"{int(no_rule.sum())} parcels lie on no plan vlak with a complete "
                   "rule (bouwvlak, or bestemmingsvlak with a bebouwingspercentage and height, "
                   "storeys, FSI or floor area); their allowed floor area and potential are NaN",
                   index[no_rule])
    partial = usable & ~np.isnan(allowed) & (plan.area_without_rule_m2 > 1.0)
    if partial.any():
        issues.add("parcels", f"{int(partial.sum())} parcels lie partly on plan vlakken without "
                   "a complete rule; that part adds nothing to their allowed floor area (see "
                   "plan_area_without_rule_m2)")
    with np.errstate(invalid="ignore", divide="ignore"):
        effective = np.where(plan.footprint_m2 > 0, plan.allowed_m2 / plan.footprint_m2, np.nan)
    return allowed, {
        "rule_max_fsi": plan.rules["max_fsi"],
        "rule_max_coverage_share": plan.rules["max_coverage_share"],
        "rule_max_height_m": plan.rules["max_height_m"],
        "rule_max_storeys": plan.rules["max_storeys"],
        "rule_target_fsi": target, "allowed_storeys": effective,
        "allowed_rule": pd.array(rule, dtype="string"),
        "allowed_footprint_m2": plan.footprint_m2,
        "allowed_storey_height_m": plan.storey_height_m,
        "allowed_hall": plan.hall,
        "plan_area_without_rule_m2": plan.area_without_rule_m2,
        "n_plan_pieces": plan.n_pieces,
        **({"plan_max_category": pd.array(plan.category, dtype="string")}
           if plan.category is not None else {}),
    }


def _rule_column(frame, argument: str, key: str, explicit: str | None) -> str | None:
    if explicit is not None:
        require_columns(frame, argument, [explicit])
        return explicit
    hits = [c for c in RULE_COLUMNS[key] if c in frame.columns]
    if len(hits) > 1:
        raise MissingColumnError(
            f"argument '{argument}' has several columns that could hold {key}: "
            f"{', '.join(map(repr, hits))}; {_name_it(key)}")
    return hits[0] if hits else None


def _name_it(key: str) -> str:
    """How to say which column holds rule ``key``."""
    if key not in _RULE_KEYWORDS:
        return "rename the other column."
    kw = _RULE_KEYWORDS[key]
    return f"name the one to use with plan_rules=PlanRulesOptions({kw}=...) (rve, QGIS: {kw})."


def _rule_values(frame, argument: str, key: str, col: str) -> np.ndarray:
    if key == "max_coverage_share":
        v = numeric_column(frame, col, argument, minimum=0, what="coverage share",
                           fix="Give the bebouwingspercentage as a share between 0 and 1.")
        with np.errstate(invalid="ignore"):
            percent = (v > 1) & (v <= 100)
            absurd = v > 100
        if percent.any():
            raise InputError(
                f"argument '{argument}', column '{col}': {int(percent.sum())} coverage values "
                f"are above 1 (rows {row_ids(frame.index[percent])}, e.g. {v[percent][0]:g}); "
                "they look like percentages. Give the bebouwingspercentage as a share: divide "
                f"by 100 (e.g. {v[percent][0]:g} -> {v[percent][0] / 100:g}).")
        if absurd.any():
            raise InputError(
                f"argument '{argument}', column '{col}': {int(absurd.sum())} coverage values "
                f"are above 100 (rows {row_ids(frame.index[absurd])}); a bebouwingspercentage "
                "is a share between 0 and 1.")
        return v
    what = {"max_fsi": "maximum FSI", "max_height_m": "maximum building height (m)",
            "max_storeys": "maximum number of storeys",
            "max_floor_area_m2": "maximum floor area (m2)",
            "max_built_area_m2": "maximum built-up area (m2)"}[key]
    maximum = {"max_fsi": 100.0, "max_height_m": 350.0, "max_storeys": 120.0,
               "max_floor_area_m2": 1e8, "max_built_area_m2": 1e8}[key]
    return numeric_column(frame, col, argument, minimum=0, maximum=maximum, what=what,
                          fix="Correct the value or leave it empty.")


def _transfer(p_geoms, usable, rules, raw, how, cover_share, issues) -> dict[str, np.ndarray]:
    """Each rule from the zone with a value for it, per parcel (largest overlap or point).

    With ``largest_overlap`` a zone must cover at least ``cover_share`` of the parcel: a
    sliver contact (digitising noise) never passes a neighbour's rule on.
    """
    n = len(p_geoms)
    out = {k: np.full(n, np.nan) for k in raw}
    if n == 0 or len(rules) == 0:
        return out
    rp = prepare_polygons(rules, "rules", issues)
    r_geoms = np.where(rp.usable, rp.geometry, None)
    tree = shapely.STRtree(r_geoms)
    idx = np.flatnonzero(usable)
    if how == "representative_point":
        points = shapely.point_on_surface(p_geoms[idx].astype(object))
        pi, ri = tree.query(points, predicate="intersects")
        pi = idx[pi]
        weight = -ri.astype("float64")  # first zone in row order wins
    else:
        pi, ri = tree.query(p_geoms[idx].astype(object), predicate="intersects")
        pi = idx[pi]
        shapely.prepare(r_geoms)
        covered = shapely.covers(r_geoms[ri], p_geoms[pi])
        weight = np.empty(len(pi))
        weight[covered] = shapely.area(p_geoms[pi[covered]])
        cut = ~covered
        if cut.any():
            weight[cut] = shapely.area(shapely.intersection(p_geoms[pi[cut]], r_geoms[ri[cut]]))
        p_area = shapely.area(p_geoms[pi])
        keep = (weight > 0) & (weight >= cover_share * p_area * (1 - 1e-9))
        small = (weight > 0) & ~keep
        if small.any():
            issues.add("rules", f"{int(small.sum())} zone overlaps cover less than "
                       f"{cover_share:.0%} of their parcel and pass no rule on (cover_share)")
        pi, ri, weight = pi[keep], ri[keep], weight[keep]
    for key, values in raw.items():
        have = ~np.isnan(values[ri])
        a, b, w = pi[have], ri[have], weight[have]
        order = np.lexsort((b, -w, a))
        a, b = a[order], b[order]
        first = np.r_[True, a[1:] != a[:-1]] if len(a) else np.zeros(0, bool)
        out[key][a[first]] = values[b[first]]
    return out
