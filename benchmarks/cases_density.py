"""Density cases: rve_geo.density_measures and the plain geopandas overlay approach.

Each case loads its data, then returns a thunk that does the timed work.
"""

from __future__ import annotations

from .harness import load


def rve_density(paths):
    import rve_geo

    d = load(paths, ["parcels", "buildings"])

    def run():
        out = rve_geo.density_measures(d["parcels"], d["buildings"])
        return {"floor_area_m2": float(out["floor_area_m2"].sum())}

    return run


def geopandas_overlay_density(paths):
    """What a hand-written script does: overlay, area share, groupby (momepy-style)."""
    import geopandas as gpd
    import numpy as np

    d = load(paths, ["parcels", "buildings"])
    parcels, buildings = d["parcels"], d["buildings"]
    # floor area with the same rule as rve (height / storey height, >= 1); only the
    # overlay and aggregation are being compared
    import rve_geo

    b = rve_geo.building_floor_area(buildings)[["floor_area_m2", "footprint_m2", "geometry"]]

    def run():
        p = parcels[["parcel_id", "geometry"]]
        pieces = gpd.overlay(b, p, how="intersection", keep_geom_type=True)
        pieces["piece_m2"] = pieces.area
        pieces["floor_piece_m2"] = pieces["floor_area_m2"] * pieces["piece_m2"] / pieces[
            "footprint_m2"]
        agg = pieces.groupby("parcel_id")[["piece_m2", "floor_piece_m2"]].sum()
        out = p.join(agg, on="parcel_id")
        out["fsi"] = out["floor_piece_m2"].fillna(0) / out.area
        return {"floor_area_m2": float(np.nansum(out["floor_piece_m2"]))}

    return run
