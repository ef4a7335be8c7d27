"""What an experienced geopandas user writes for three rve_geo operations, on equal work.

Each function takes the same inputs as the rve_geo operation it stands beside and returns
the same columns, so :mod:`benchmarks.expert_compare` can check that both sides give the
same answer before it compares their times. The rules (richtafstanden, storey heights,
demolished statuses) are read from the same tables rve_geo uses; the geometry work is
plain geopandas / shapely, written the fast way:

- :func:`expert_density`: one ``sjoin(predicate="within")`` keeps buildings lying whole
  inside one parcel; only the rest goes through ``sjoin(predicate="intersects")`` and an
  intersection; ``groupby`` sums per parcel.
- :func:`expert_conflicts`: per (category, omgevingstype) one
  ``sindex.query(predicate="dwithin", distance=richtafstand)``, then exact distances of
  those pairs only.
- :func:`expert_max_category`: per omgevingstype one ``sindex.nearest`` with distances,
  then a lookup in the distance table.

None of them validates its input geometry (the library does); on clean data that is the
same answer.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from rve_geo.density.floor_area import HALL_MIN_FOOTPRINT_M2, default_storey_heights
from rve_geo.milieu.categories import OMGEVINGSTYPES
from rve_geo.milieu.distance_tables import TOLERANCE_M, load_distance_table
from rve_geo.sources.aliases import DEMOLISHED_STATUSES

__all__ = ["expert_conflicts", "expert_density", "expert_max_category"]


# --------------------------------------------------------------------------- density
def _floor_area(buildings: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Floor area per building, the 3D BAG way: storeys = floor(height / storey height)."""
    status = buildings["status"].str.strip().str.lower()
    b = buildings.loc[~status.isin(DEMOLISHED_STATUSES), ["gebruiksdoel", "b3_kas_warenhuis",
                                                         "geometry"]].copy()
    b["footprint_m2"] = b.area
    heights = default_storey_heights()
    use = b["gebruiksdoel"].str.lower()
    storey_m = use.map(heights).fillna(heights["default"])
    height_m = buildings.loc[b.index, "b3_h_70p"] - buildings.loc[b.index, "b3_h_maaiveld"]
    hall = b["b3_kas_warenhuis"].astype(bool) | (
        use.str.contains("industrie") & (b["footprint_m2"] >= HALL_MIN_FOOTPRINT_M2))
    storeys = np.maximum(1.0, np.floor(np.maximum(height_m, 1e-9) / storey_m + 1e-9))
    storeys = storeys.where(~hall, 1.0).fillna(1.0)
    b["floor_area_m2"] = storeys * b["footprint_m2"]
    return b


def expert_density(parcels: gpd.GeoDataFrame, buildings: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Spacemate per parcel: whole buildings via ``within``, the rest intersected."""
    b = _floor_area(buildings)
    p = parcels[["geometry"]]
    inside = gpd.sjoin(b, p, predicate="within")            # lies whole in one parcel
    whole = pd.DataFrame({"parcel": inside["index_right"].to_numpy(),
                          "piece_m2": inside["footprint_m2"].to_numpy(),
                          "floor_m2": inside["floor_area_m2"].to_numpy()})
    rest = b.loc[~b.index.isin(inside.index)]
    pairs = gpd.sjoin(rest, p, predicate="intersects")
    cut = pairs.geometry.intersection(p.geometry.loc[pairs["index_right"]].set_axis(
        pairs.index), align=False).area
    share = cut / pairs["footprint_m2"]
    pieces = pd.DataFrame({"parcel": pairs["index_right"].to_numpy(),
                           "piece_m2": cut.to_numpy(),
                           "floor_m2": (share * pairs["floor_area_m2"]).to_numpy()})
    pieces = pd.concat([whole, pieces[pieces["piece_m2"] > 0]])
    agg = pieces.groupby("parcel").agg(n_buildings=("piece_m2", "size"),
                                       footprint_m2=("piece_m2", "sum"),
                                       floor_area_m2=("floor_m2", "sum"))
    out = parcels.copy()
    out["parcel_area_m2"] = out.area
    agg = agg.reindex(out.index)
    out["n_buildings"] = agg["n_buildings"].fillna(0).astype("int64")
    out["footprint_m2"] = agg["footprint_m2"].fillna(0.0)
    out["floor_area_m2"] = agg["floor_area_m2"].fillna(0.0)
    out["fsi"] = out["floor_area_m2"] / out["parcel_area_m2"]
    out["gsi"] = out["footprint_m2"] / out["parcel_area_m2"]
    out["osr"] = ((1 - out["gsi"]) / out["fsi"]).where(out["fsi"] > 0)
    out["l"] = (out["fsi"] / out["gsi"]).where(out["gsi"] > 0)
    return out


# --------------------------------------------------------------------------- conflicts
def _type_codes(values: pd.Series) -> np.ndarray:
    """0 rustige_woonwijk, 1 gemengd_gebied (the omgevingstype column of the homes)."""
    text = values.str.strip().str.lower().str.replace(" ", "_")
    return np.where(text == "gemengd_gebied", 1, 0)


def expert_conflicts(sources: gpd.GeoDataFrame, homes: gpd.GeoDataFrame, *,
                     category_col: str = "milieucategorie",
                     omgevingstype_col: str = "omgevingstype") -> gpd.GeoDataFrame:
    """Pairs closer than the richtafstand: ``sindex.query(predicate="dwithin")`` per
    (category, omgevingstype)."""
    table = load_distance_table()
    ranks = table.ranks(sources[category_col], argument="sources", column=category_col)
    codes = _type_codes(homes[omgevingstype_col])
    found = []
    for o in np.unique(codes):
        h = homes.loc[codes == o]
        h_pos = np.flatnonzero(codes == o)
        for r in np.unique(ranks[ranks >= 0]):
            required = table.distances[r, o]
            if not required > 0:
                continue
            s_pos = np.flatnonzero(ranks == r)
            s_i, h_i = h.sindex.query(sources.geometry.values[s_pos], predicate="dwithin",
                                      distance=required)
            d = shapely.distance(sources.geometry.values[s_pos[s_i]], h.geometry.values[h_i])
            hit = d < required - TOLERANCE_M
            found.append(pd.DataFrame({"s": s_pos[s_i[hit]], "t": h_pos[h_i[hit]],
                                       "distance_m": d[hit], "required_m": required}))
    pairs = pd.concat(found).sort_values(["s", "t"], ignore_index=True)
    s, t = pairs["s"].to_numpy(), pairs["t"].to_numpy()
    return gpd.GeoDataFrame({
        "source_id": sources.index.to_numpy()[s],
        "sensitive_id": homes.index.to_numpy()[t],
        "category": table.label_of(ranks[s]),
        "omgevingstype": np.asarray(OMGEVINGSTYPES, dtype=object)[codes[t]],
        "distance_m": pairs["distance_m"].to_numpy(),
        "required_m": pairs["required_m"].to_numpy(),
        "shortfall_m": (pairs["required_m"] - pairs["distance_m"]).to_numpy(),
    }, geometry=homes.geometry.values[t], crs=homes.crs)


# --------------------------------------------------------------------------- max category
def expert_max_category(parcels: gpd.GeoDataFrame, homes: gpd.GeoDataFrame, *,
                        omgevingstype_col: str = "omgevingstype") -> gpd.GeoDataFrame:
    """Highest category per parcel: ``sindex.nearest`` per omgevingstype, table lookup."""
    table = load_distance_table()
    codes = _type_codes(homes[omgevingstype_col])
    n, m = len(parcels), len(OMGEVINGSTYPES)
    dist = np.full((m, n), np.inf)
    near = np.full((m, n), -1)
    for o in np.unique(codes):
        h_pos = np.flatnonzero(codes == o)
        (p_i, h_i), d = homes.iloc[h_pos].sindex.nearest(
            parcels.geometry, return_distance=True, return_all=False)
        dist[o, p_i], near[o, p_i] = d, h_pos[h_i]
    # table lookup: highest rank whose richtafstand is at most the distance, per type
    allowed = np.full((m, n), len(table.labels) - 1)
    for o in np.unique(codes):
        allowed[o] = np.searchsorted(table.distances[:, o], dist[o] + TOLERANCE_M,
                                     side="right") - 1
    rank = allowed.min(axis=0)
    ok = rank >= 0
    slack = np.where(ok, dist - table.distances[np.clip(rank, 0, None), :].T, np.inf)
    key = np.where(ok, slack, dist - table.distances[0][:, None])
    key[~np.isin(np.arange(m), codes)] = np.inf
    bind = key.argmin(axis=0)
    at = np.arange(n)
    out = parcels.copy()
    out["max_category"] = table.label_of(rank)
    out["max_category_rank"] = rank
    out["nearest_sensitive_m"] = dist.min(axis=0)
    out["headroom_m"] = np.where(ok, key[bind, at], np.nan)
    out["binding_sensitive_id"] = homes.index.to_numpy()[near[bind, at]]
    out["binding_omgevingstype"] = np.asarray(OMGEVINGSTYPES, dtype=object)[bind]
    return out
