"""densification_potential with plan objects (issue 12): 3 plan objects per parcel.

Seeded synthetic business park (benchmarks/_synthetic_parcels.py). The plan follows the plots:
per plot an enkelbestemming (the plot), a bouwvlak inside it (the plot minus a 5 m margin)
and a maatvoering over the bouwvlak (bebouwingspercentage and bouwhoogte; on every third
plot also a maximum aantal bouwlagen): three plan objects per parcel, as read_imro writes
them. The parcels (kadaster) do not follow the plan everywhere: the boundary between every
other pair of neighbouring plots lies 10 m further east, so those parcels cut through a
bouwvlak and take pieces of two. One building on 70 % of the parcels (8-14 m, industrie or
kantoor). The case times densification_potential alone (rules_transfer="pieces"), data
generation excluded; peak memory includes the data.

    .venv/bin/python -m benchmarks.bench_plan_rules --parcels 500000
"""

from __future__ import annotations

import argparse
import json
import warnings

import geopandas as gpd
import numpy as np
import shapely


def make_case(n: int, seed: int = 0):
    from ._synthetic_parcels import make_parcels

    rng = np.random.default_rng(seed)
    plots = make_parcels(n, seed=seed)[["geometry"]]
    b = shapely.bounds(np.asarray(plots.geometry.array))
    x0, y0, x1, y1 = b.T
    # move the boundary between plot i (even) and plot i + 1 10 m east where they share it
    shared = np.r_[np.isclose(x1[:-1], x0[1:]) & np.isclose(y0[:-1], y0[1:]), False]
    move = shared & (np.arange(n) % 2 == 0) & (x1 - x0 > 40)
    px1 = np.where(move, x1 + 10.0, x1)
    px0 = np.where(np.r_[False, move[:-1]], x0 + 10.0, x0)
    parcels = gpd.GeoDataFrame(geometry=shapely.box(px0, y0, px1, y1), crs=plots.crs)
    built = rng.uniform(size=n) < 0.7
    bw = (px1 - px0) * rng.uniform(0.3, 0.6, size=n)
    buildings = gpd.GeoDataFrame(
        {"hoogte": rng.uniform(8, 14, size=n)[built],
         "gebruiksdoel": np.where(rng.uniform(size=n) < 0.8, "industriefunctie",
                                  "kantoorfunctie")[built]},
        geometry=shapely.box(px0 + 2, y0 + 5, px0 + 2 + bw, y1 - 40)[built], crs=parcels.crs)
    eb = shapely.box(x0, y0, x1, y1)
    bv = shapely.box(x0 + 5, y0 + 5, x1 - 5, y1 - 5)
    storeys = np.where(np.arange(n) % 3 == 0, 2.0, np.nan)
    nan = np.full(n, np.nan)
    rules = gpd.GeoDataFrame({
        "object_type": np.repeat(["enkelbestemming", "bouwvlak", "maatvoering"], n),
        "bestemmingshoofdgroep": np.concatenate([np.full(n, "bedrijventerrein", dtype=object),
                                                 np.full(2 * n, None, dtype=object)]),
        "max_coverage_share": np.concatenate([nan, nan, rng.choice([0.5, 0.6, 0.8], size=n)]),
        "max_bouwhoogte_m": np.concatenate([nan, nan, rng.choice([10.0, 12.0, 15.0], size=n)]),
        "max_storeys": np.concatenate([nan, nan, storeys]),
    }, geometry=np.concatenate([eb, bv, bv]), crs=parcels.crs)
    return parcels, buildings, rules


def plan_pieces(paths=None, *, n=500_000):
    parcels, buildings, rules = make_case(n)

    def run():
        import time

        from rve_geo.potential.densification import densification_potential

        cpu0 = time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = densification_potential(parcels, buildings, rules=rules)
        # CPU seconds of all threads: the work, whatever else the machine runs meanwhile
        return {"cpu_seconds": round(time.process_time() - cpu0, 1),
                "parcels": len(out), "plan_objects": len(rules),
                "allowed_m2": float(np.nansum(out["allowed_floor_area_m2"])),
                "potential_m2": float(np.nansum(out["potential_m2"])),
                "mean_pieces": float(out["n_plan_pieces"].mean())}

    return run


if __name__ == "__main__":
    from .harness import measure

    ap = argparse.ArgumentParser()
    ap.add_argument("--parcels", type=int, default=500_000)
    ap.add_argument("--repeats", type=int, default=1)
    args = ap.parse_args()
    result = measure("benchmarks.bench_plan_rules:plan_pieces", {}, repeats=args.repeats,
                     kwargs={"n": args.parcels})
    print(json.dumps(result, indent=1))
