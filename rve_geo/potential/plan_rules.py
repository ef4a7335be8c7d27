"""Allowed floor area from plan objects: the sum over the pieces of parcel x plan object.

A bestemmingsplan limits building per object, not per parcel: a bouwvlak has its own
bebouwingspercentage and bouwhoogte, a maatvoering applies to the vlak it covers, and
outside the bouwvlakken of a bestemmingsvlak no building may stand. This module cuts
every parcel into the pieces that lie in one plan vlak, gives each piece the rules of
the objects covering it and sums the allowed floor area of the pieces. The IMRO
semantics implemented, with the plan texts checked, are in docs/plan_rules.md.

All steps are vectorised: STRtree pairs, shapely intersection arrays and bincount sums.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import partial
from importlib import resources
from typing import Literal

import numpy as np
import pandas as pd
import shapely

from .._parallel import threaded_map
from .._validate import Issues

__all__ = ["COVER_SHARE", "PLAN_RULES", "PlanFloorArea", "PlanRulesOptions", "bestemming_uses",
           "plan_floor_area"]

#: Share of a vlak an object must cover to pass its values to that vlak (a maatvoering to a
#: bouwvlak or bestemmingsvlak, a bestemmingsvlak to the bouwvlak in it). Digitising noise
#: (a neighbour's maatvoering touching a vlak over 0.003 m2) never reaches this share.
COVER_SHARE = 0.5
#: The rule columns read from plan objects (the names read_imro writes).
PLAN_RULES = ("max_fsi", "max_coverage_share", "max_height_m", "max_storeys",
              "max_floor_area_m2", "max_built_area_m2")

RulesTransfer = Literal["auto", "pieces", "largest_overlap", "representative_point"]


@dataclass(frozen=True)
class PlanRulesOptions:
    """Which plan rules give the allowed floor area of a parcel, and how they reach it.

    :func:`rve_geo.densification_potential` takes these options as ``plan_rules=``.

    Parameters
    ----------
    max_fsi_col, max_coverage_col, max_height_col, max_storeys_col : str, optional
        Rule columns: maximum FSI, maximum bebouwingspercentage as a share (0.8,
        not 80), maximum bouwhoogte in metres, maximum number of storeys. Found in
        ``rules`` when given, else in ``parcels``. When not named, the usual column
        names are used if present (``max_coverage_share`` and ``max_bouwhoogte_m``
        as :func:`rve_geo.read_imro` writes them).
    target_fsi : float or str, optional
        A uniform target FSI (e.g. per terrein): a number, or a column of
        ``parcels`` (or of ``rules``).
    rules_transfer : {"auto", "pieces", "largest_overlap", "representative_point"}
        How the rules of ``rules`` reach a parcel. ``pieces``: the parcel is cut into
        its pieces per plan vlak (bouwvlak, bestemmingsvlak) and the allowed floor
        area is the sum over the pieces (needs ``object_type`` in ``rules``).
        ``largest_overlap``: each rule from the zone that has a value for it and
        overlaps the parcel most, if it covers at least ``cover_share`` of the parcel.
        ``representative_point``: the first zone holding the parcel's representative
        point. ``auto`` (default): ``pieces`` for plan vlakken (enkelbestemming,
        bouwvlak), else ``largest_overlap``.
    cover_share : float
        Minimum share (0-1], default 0.5: of a vlak that a maatvoering or a
        bestemmingsvlak must cover to pass its values to it (``pieces``), or of a
        parcel that a zone must cover to give its rule (``largest_overlap``).
    storey_height_m : float, str or None
        Storey height turning a maximum bouwhoogte into storeys: None (default) for
        the floor-area model of existing buildings (the storey height of the use of
        the parcel's main building, else of the bestemming); a number; or a column
        of ``parcels``.

    Examples
    --------
    >>> PlanRulesOptions(target_fsi=1.2).rules_transfer
    'auto'
    """

    max_fsi_col: str | None = None
    max_coverage_col: str | None = None
    max_height_col: str | None = None
    max_storeys_col: str | None = None
    target_fsi: float | str | None = None
    rules_transfer: RulesTransfer = "auto"
    cover_share: float = COVER_SHARE
    storey_height_m: float | str | None = None


_KIND_NAMES = np.array(["bestemmingsvlak", "bouwvlak", "outside_bouwvlak"], dtype=object)


def bestemming_uses() -> dict[str, str]:
    """Use (BAG gebruiksdoel) per IMRO bestemmingshoofdgroep, from ``data/bestemming_uses.csv``.

    Examples
    --------
    >>> u = bestemming_uses()
    >>> u["bedrijventerrein"], u["kantoor"], u["wonen"]
    ('industriefunctie', 'kantoorfunctie', 'woonfunctie')
    """
    text = resources.files("rve_geo.data").joinpath("bestemming_uses.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {r["bestemmingshoofdgroep"].strip().lower(): r["use"].strip().lower() for r in rows}


@dataclass
class PlanFloorArea:
    """Allowed floor area per parcel from plan objects, with how it was reached.

    Arrays have one value per parcel. ``rules`` holds the rules of each parcel's
    largest piece with a complete rule (for display: the sum uses every piece).
    """

    allowed_m2: np.ndarray
    footprint_m2: np.ndarray
    area_without_rule_m2: np.ndarray
    n_pieces: np.ndarray
    rule: np.ndarray
    storey_height_m: np.ndarray
    hall: np.ndarray
    rules: dict[str, np.ndarray]
    category: np.ndarray | None = None


def _pair_areas(a_geoms, b_geoms, ai, bi, a_area, b_area, *, a_bounds=None, b_bounds=None,
                min_area=None) -> np.ndarray:
    """Area of a_i & b_j for candidate pairs; whole areas where one covers the other.

    The overlap of the two bounding boxes bounds the area from above: pairs whose boxes
    overlap by no area (touching) or by less than ``min_area`` get 0 without an intersection.
    """
    area = np.zeros(len(ai))
    if len(ai) == 0:
        return area
    ab = shapely.bounds(a_geoms[ai]) if a_bounds is None else a_bounds[ai]
    bb = shapely.bounds(b_geoms[bi]) if b_bounds is None else b_bounds[bi]
    box_overlap = (np.clip(np.minimum(ab[:, 2], bb[:, 2]) - np.maximum(ab[:, 0], bb[:, 0]), 0, None)
                   * np.clip(np.minimum(ab[:, 3], bb[:, 3]) - np.maximum(ab[:, 1], bb[:, 1]), 0,
                             None))
    todo = box_overlap > 0
    if min_area is not None:
        todo &= box_overlap >= min_area
    sub = np.flatnonzero(todo)
    if len(sub) == 0:
        return area
    # GEOS releases the GIL: chunks of the pairs run on threads (rve_geo._parallel)
    b_covers = threaded_map(lambda k: shapely.covers(b_geoms[bi[k]], a_geoms[ai[k]]), sub)
    area[sub[b_covers]] = a_area[ai[sub[b_covers]]]
    sub = sub[~b_covers]
    if len(sub):
        a_covers = threaded_map(lambda k: shapely.covers(a_geoms[ai[k]], b_geoms[bi[k]]), sub)
        area[sub[a_covers]] = b_area[bi[sub[a_covers]]]
        cut = sub[~a_covers]
        if len(cut):
            area[cut] = threaded_map(
                lambda k: shapely.area(shapely.intersection(a_geoms[ai[k]], b_geoms[bi[k]])),
                cut)
    return area


def _best_by_group(group: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Positions of the largest weight per group value (ties: first position)."""
    if len(group) == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((np.arange(len(group)), -weight, group))
    g = group[order]
    return order[np.r_[True, g[1:] != g[:-1]]]


def _transfer_min(values: np.ndarray, src: np.ndarray, tgt: np.ndarray) -> np.ndarray:
    """fmin of a target's own value and the values of the sources covering it."""
    out = values.copy()
    v = values[src]
    ok = ~np.isnan(v)
    if ok.any():
        best = pd.Series(v[ok]).groupby(tgt[ok]).min()
        idx = best.index.to_numpy()
        out[idx] = np.fmin(out[idx], best.to_numpy())
    return out


def _covering_pairs(r_geoms: np.ndarray, r_area: np.ndarray, r_bounds: np.ndarray,
                    has_value: np.ndarray, cover_share: float, src: np.ndarray,
                    tgt: np.ndarray, needed: np.ndarray | None = None):
    """(source, target, share of the target) for sources covering >= cover_share of it.

    ``needed``: per target row the rule columns it can use; pairs whose source has none
    of them are skipped before any geometry work.
    """
    if len(src) == 0 or len(tgt) == 0:
        e = np.zeros(0, dtype=np.int64)
        return e, e, np.zeros(0)
    tree = shapely.STRtree(r_geoms[tgt])
    i, j = tree.query(r_geoms[src], predicate="intersects")
    i, j = src[i], tgt[j]
    if needed is not None:
        useful = (has_value[i] & needed[j]).any(axis=1)
        i, j = i[useful], j[useful]
    need = cover_share * r_area[j] * (1 - 1e-9)
    share = _pair_areas(r_geoms, r_geoms, j, i, r_area, r_area, a_bounds=r_bounds,
                        b_bounds=r_bounds, min_area=need) / r_area[j]
    keep = share >= cover_share
    return i[keep], j[keep], share[keep]


def _inherit_from_parent(vals: dict[str, np.ndarray], category: np.ndarray | None,
                         groups: np.ndarray, bv: np.ndarray, parent: np.ndarray):
    """A bouwvlak inherits from its bestemmingsvlak what it lacks itself.

    ``vals`` and ``groups`` are filled in place; returns the (copied and filled)
    ``category`` array.
    """
    if not len(bv):
        return category
    has = parent[bv] >= 0
    for k in PLAN_RULES:
        if k in ("max_built_area_m2", "max_floor_area_m2"):
            continue  # absolute limits of a bestemmingsvlak are not the bouwvlak's
        own = vals[k][bv]
        vals[k][bv] = np.where(np.isnan(own) & has, vals[k][np.where(has, parent[bv], 0)],
                               own)
    if category is not None:
        category = np.asarray(category, dtype=object).copy()
        category[bv] = np.where(pd.isna(category[bv]) & has,
                                category[np.where(has, parent[bv], 0)], category[bv])
    groups[bv] = np.where(pd.isna(groups[bv]) & has,
                          groups[np.where(has, parent[bv], 0)], groups[bv])
    return category


def _parcel_pieces(p_geoms: np.ndarray, p_area: np.ndarray, v_geoms: np.ndarray,
                   v_area: np.ndarray, v_bounds: np.ndarray, which: np.ndarray,
                   parcels: np.ndarray):
    """(parcel, vlak position, piece area) of parcels x the vlakken at ``which``."""
    if len(which) == 0 or len(parcels) == 0:
        e = np.zeros(0, dtype=np.int64)
        return e, e, np.zeros(0)
    tree = shapely.STRtree(v_geoms[which])
    a, b = tree.query(p_geoms[parcels].astype(object), predicate="intersects")
    a, b = parcels[a], which[b]
    area = _pair_areas(p_geoms, v_geoms, a, b, p_area, v_area, b_bounds=v_bounds)
    keep = area > 0
    return a[keep], b[keep], area[keep]


def _note_skipped_objects(issues: Issues, r_usable: np.ndarray, kinds: np.ndarray) -> None:
    """Note the usable plan objects whose object_type carries no floor-area rule."""
    skipped = r_usable & ~np.isin(kinds, ("enkelbestemming", "bouwvlak", "maatvoering",
                                          "functieaanduiding", "bouwaanduiding",
                                          "gebiedsaanduiding", "dubbelbestemming"))
    if skipped.any():
        issues.add("rules", f"{int(skipped.sum())} plan objects have an object_type that "
                   "carries no floor-area rule and were skipped ("
                   + ", ".join(sorted({str(k) for k in kinds[skipped]})[:5]) + ")")


def plan_floor_area(
    p_geoms: np.ndarray,
    p_usable: np.ndarray,
    r_geoms: np.ndarray,
    r_usable: np.ndarray,
    object_type: np.ndarray,
    values: dict[str, np.ndarray],
    hoofdgroep: np.ndarray | None,
    *,
    cover_share: float = COVER_SHARE,
    main_storey_height_m: np.ndarray,
    main_hall: np.ndarray,
    storey_heights: dict[str, float],
    fixed_storey_height_m: np.ndarray | None = None,
    hall_min_footprint_m2: float | None = 1000.0,
    issues: Issues | None = None,
    category: np.ndarray | None = None,
) -> PlanFloorArea:
    """Allowed floor area per parcel as the sum over the pieces of parcel x plan vlak.

    Parameters
    ----------
    p_geoms, p_usable : numpy.ndarray
        Parcel polygons (prepared) and which of them are usable.
    r_geoms, r_usable : numpy.ndarray
        Plan object polygons and which are usable.
    object_type : numpy.ndarray of str
        Per plan object: ``enkelbestemming``, ``bouwvlak``, ``maatvoering`` (others,
        e.g. ``functieaanduiding``, carry no floor-area rule and are skipped).
    values : dict
        Rule arrays per plan object, keys from :data:`PLAN_RULES` (NaN: not set).
    hoofdgroep : numpy.ndarray or None
        Bestemmingshoofdgroep per plan object (for the use of empty parcels).
    cover_share : float
        Minimum share of a vlak an object must cover to pass its values to it.
    main_storey_height_m, main_hall : numpy.ndarray
        Per parcel: storey height of the use of the main existing building (NaN when
        there is none) and whether it is a hall.
    storey_heights : dict
        Storey height per use (``data/storey_heights.csv``).
    fixed_storey_height_m : numpy.ndarray, optional
        A storey height per parcel chosen by the user; overrides the model.
    hall_min_footprint_m2 : float or None
        An industrial use with an allowed footprint of at least this is a hall.
    category : numpy.ndarray, optional
        Maximum milieucategorie per plan object (read_imro's ``max_category``: from the
        vlak's name or a functieaanduiding covering it); a bouwvlak without one takes its
        bestemmingsvlak's. The parcel gets the category of its largest piece with a rule.

    Returns
    -------
    PlanFloorArea
    """
    n = len(p_geoms)
    kinds = pd.Series(object_type, dtype=object).astype("string").str.strip().str.lower() \
        .fillna("").to_numpy(dtype=object)
    vals = {k: np.asarray(values.get(k, np.full(len(r_geoms), np.nan)), dtype="float64").copy()
            for k in PLAN_RULES}
    groups = (pd.Series(hoofdgroep, dtype=object).astype("string").str.strip().str.lower()
              .to_numpy(dtype=object, na_value=None) if hoofdgroep is not None
              else np.full(len(r_geoms), None, dtype=object))
    r_area = np.where(r_usable, shapely.area(np.where(r_usable, r_geoms, None)), 0.0)
    eb = np.flatnonzero(r_usable & (kinds == "enkelbestemming") & (r_area > 0))
    bv = np.flatnonzero(r_usable & (kinds == "bouwvlak") & (r_area > 0))
    mv = np.flatnonzero(r_usable & (kinds == "maatvoering") & (r_area > 0))
    vl = np.concatenate([eb, bv])
    shapely.prepare(r_geoms[np.concatenate([vl, mv])])

    r_bounds = shapely.bounds(r_geoms)

    keys = list(PLAN_RULES)
    has_value = np.column_stack([~np.isnan(vals[k]) for k in keys]) if len(r_geoms) \
        else np.zeros((0, len(keys)), dtype=bool)

    covering = partial(_covering_pairs, r_geoms, r_area, r_bounds, has_value, cover_share)

    # 1. bouwvlak -> the bestemmingsvlak covering >= cover_share of it (its parent)
    parent = np.full(len(r_geoms), -1, dtype=np.int64)
    holds_bv = np.zeros(len(r_geoms), dtype=bool)
    e, b, share = covering(eb, bv)
    best = _best_by_group(b, share)
    parent[b[best]] = e[best]
    holds_bv[e[best]] = True

    # 2. maatvoering -> the bouwvlakken it covers for >= cover_share; then -> the
    #    bestemmingsvlakken whose values are used: those without bouwvlak, and the parents
    #    of bouwvlakken that lack a value
    m, v, _ = covering(mv, bv)
    for k in PLAN_RULES:
        vals[k] = _transfer_min(vals[k], m, v)
    needed = np.zeros((len(r_geoms), len(keys)), dtype=bool)
    needed[eb[~holds_bv[eb]]] = True
    inheritable = np.array([k not in ("max_built_area_m2", "max_floor_area_m2") for k in keys])
    child = bv[parent[bv] >= 0]
    lacks = np.column_stack([np.isnan(vals[k][child]) for k in keys]) & inheritable \
        if len(child) else np.zeros((0, len(keys)), dtype=bool)
    np.logical_or.at(needed, parent[child], lacks)
    m, v, _ = covering(mv, eb[needed[eb].any(axis=1)], needed)
    for k in PLAN_RULES:
        vals[k] = _transfer_min(vals[k], m, v)

    # 3. a bouwvlak inherits from its bestemmingsvlak what it lacks itself
    category = _inherit_from_parent(vals, category, groups, bv, parent)

    # 4. pieces of parcel x vlak: bouwvlakken (kind 1), bestemmingsvlakken without bouwvlak
    #    (kind 0) and, with allowed floor area 0, bestemmingsvlakken holding bouwvlakken (2)
    vlak = np.concatenate([bv, eb[~holds_bv[eb]], eb[holds_bv[eb]]])
    kind = np.concatenate([np.ones(len(bv), np.int8), np.zeros(int((~holds_bv[eb]).sum()), np.int8),
                           np.full(int(holds_bv[eb].sum()), 2, np.int8)])
    p_idx = np.flatnonzero(p_usable)
    p_area = np.zeros(n)
    if len(p_idx):
        p_area[p_idx] = shapely.area(p_geoms[p_idx].astype(object))

    pieces_with = partial(_parcel_pieces, p_geoms, p_area, r_geoms[vlak], r_area[vlak],
                          r_bounds[vlak])

    # pieces where building may be allowed; the zero pieces outside bouwvlakken matter only
    # for parcels without such a piece (their allowed floor area is 0 instead of unknown)
    pi, vi, piece = pieces_with(np.flatnonzero(kind != 2), p_idx)
    seen = np.zeros(n, dtype=bool)
    seen[pi] = True
    zi, zv, za = pieces_with(np.flatnonzero(kind == 2), p_idx[~seen[p_idx]])
    pi, vi, piece = np.concatenate([pi, zi]), np.concatenate([vi, zv]), np.concatenate([piece, za])
    row = vlak[vi]
    k_piece = kind[vi]
    share_of_vlak = piece / r_area[row]

    # 5. the rules of each piece
    cov = vals["max_coverage_share"][row]
    cov = np.where((k_piece == 1) & np.isnan(cov), 1.0, cov)  # a bouwvlak may be built full
    built_cap = vals["max_built_area_m2"][row] * share_of_vlak
    footprint = np.where(np.isnan(cov), built_cap, np.fmin(cov * piece, built_cap))
    footprint = np.where(k_piece == 2, 0.0, footprint)
    fp_known = np.where(np.isnan(footprint), 0.0, footprint)
    parcel_fp = np.bincount(pi, weights=fp_known, minlength=n)

    # storey height and hall: the main building's, else the bestemming's use
    table_default = float(storey_heights.get("default", 3.5))
    uses = bestemming_uses()
    # per vlak (few distinct hoofdgroepen), then per piece by index: no loop over pieces
    vlak_use = pd.Series(groups, dtype=object).map(uses)
    vlak_sh = vlak_use.map(storey_heights).astype("float64").fillna(table_default).to_numpy()
    vlak_industrial = vlak_use.astype("string").str.contains("industrie", regex=False) \
        .fillna(False).to_numpy(dtype=bool)
    use_sh = vlak_sh[row]
    industrial = vlak_industrial[row]
    main_sh = np.asarray(main_storey_height_m, dtype="float64")
    has_main = ~np.isnan(main_sh)
    sh = np.where(has_main[pi], main_sh[pi], use_sh)
    if fixed_storey_height_m is not None:
        sh = np.asarray(fixed_storey_height_m, dtype="float64")[pi]
    hall_min = np.inf if hall_min_footprint_m2 is None else float(hall_min_footprint_m2)
    hall = np.where(has_main[pi], np.asarray(main_hall, dtype=bool)[pi],
                    industrial & (parcel_fp[pi] >= hall_min))
    if fixed_storey_height_m is not None:
        hall = np.zeros(len(pi), dtype=bool)

    from ..density.floor_area import storeys_from_height

    storeys = np.fmin(storeys_from_height(vals["max_height_m"][row], sh, hall=hall),
                      vals["max_storeys"][row])
    caps = np.column_stack([footprint * storeys, vals["max_fsi"][row] * piece,
                            vals["max_floor_area_m2"][row] * share_of_vlak]) \
        if len(pi) else np.zeros((0, 3))
    complete = ~np.isnan(caps)
    has_rule = complete.any(axis=1) | (k_piece == 2)
    allowed_piece = np.where(k_piece == 2, 0.0,
                             np.min(np.where(complete, caps, np.inf), axis=1)
                             if len(pi) else np.zeros(0))
    allowed_piece = np.where(has_rule, allowed_piece, np.nan)
    binding = np.where(complete, caps, np.inf).argmin(axis=1) if len(pi) else np.zeros(0, int)
    cap_names = np.array(["coverage", "max_fsi", "max_floor_area"], dtype=object)
    piece_rule = np.where(k_piece == 2, "outside_bouwvlak",
                          np.char.add(_KIND_NAMES[k_piece].astype(str), ":")
                          .astype(object) + cap_names[binding])

    # 6. sums per parcel
    allowed = np.bincount(pi, weights=np.where(has_rule, allowed_piece, 0.0), minlength=n)
    # a parcel has a rule when a piece where building is allowed has one, or when it lies
    # only outside bouwvlakken; a bouwvlak piece without a rule makes the total unknown
    ruled_pieces = np.bincount(pi, weights=(has_rule & (k_piece != 2)).astype(float),
                               minlength=n)
    open_pieces = np.bincount(pi, weights=(~has_rule).astype(float), minlength=n)
    zero_pieces = np.bincount(pi, weights=(k_piece == 2).astype(float), minlength=n)
    any_rule = (ruled_pieces > 0) | ((zero_pieces > 0) & (open_pieces == 0))
    allowed = np.where(any_rule, allowed, np.nan)
    fp_total = np.bincount(pi, weights=np.where(has_rule, np.nan_to_num(footprint), 0.0),
                           minlength=n)
    fp_total = np.where(any_rule, fp_total, np.nan)
    # pieces in bouwvlakken also lie in the zero piece of their bestemmingsvlak: count the
    # area without a rule only over pieces that are not covered by a rule elsewhere
    no_rule_area = np.bincount(pi, weights=np.where(has_rule | (k_piece == 2), 0.0, piece),
                               minlength=n)
    n_pieces = np.bincount(pi, weights=(k_piece != 2).astype(float), minlength=n) \
        .astype(np.int64)

    # the largest piece with a rule of each parcel, for the rule columns shown
    ruled = np.flatnonzero(has_rule & (k_piece != 2))
    weight = piece[ruled]
    top = ruled[_best_by_group(pi[ruled], weight)]
    rule = np.full(n, None, dtype=object)
    shown = {k: np.full(n, np.nan) for k in ("max_fsi", "max_coverage_share", "max_height_m",
                                             "max_storeys")}
    parcel_sh = np.full(n, np.nan)
    parcel_hall = np.zeros(n, dtype=bool)
    rule[pi[top]] = piece_rule[top]
    parcel_category = None
    if category is not None:
        parcel_category = np.full(n, None, dtype=object)
        parcel_category[pi[top]] = np.asarray(category, dtype=object)[row[top]]
    for k in shown:
        src = cov if k == "max_coverage_share" else vals[k][row]
        shown[k][pi[top]] = src[top]
    parcel_sh[pi[top]] = sh[top]
    parcel_hall[pi[top]] = hall[top]
    only_zero = any_rule & (rule == None)  # noqa: E711 - elementwise on an object array
    rule[only_zero] = "outside_bouwvlak"
    if issues is not None:
        _note_skipped_objects(issues, r_usable, kinds)
    return PlanFloorArea(allowed_m2=allowed, footprint_m2=fp_total,
                         area_without_rule_m2=np.where(p_usable, no_rule_area, np.nan),
                         n_pieces=n_pieces, rule=rule, storey_height_m=parcel_sh,
                         hall=parcel_hall, rules=shown, category=parcel_category)
