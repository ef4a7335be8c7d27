"""Write a seeded synthetic region (rve_geo.scale.synthetic) to a GeoPackage.

Usage::

    python -m benchmarks.generate --parcels 100000 --out /tmp/region.gpkg
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import geopandas as gpd

from rve_geo.scale.synthetic import generate_region

__all__ = ["generate_region", "main", "write_region"]


def write_region(layers: dict[str, gpd.GeoDataFrame], out: str | Path) -> Path:
    """Write the layers to one GeoPackage (replacing it), via a temporary file."""
    out = Path(out)
    tmp = out.with_name(out.name + ".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    for name, frame in layers.items():
        frame.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio")
    tmp.replace(out)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate",
        description="Generate a seeded synthetic region of business parks and housing.")
    parser.add_argument("--parcels", type=int, required=True, help="number of parcels")
    parser.add_argument("--out", required=True, help="output GeoPackage")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--homes-per-parcel", type=float, default=5.0)
    parser.add_argument("--buildings-per-parcel", type=float, default=2.0)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    layers = generate_region(args.parcels, seed=args.seed,
                             homes_per_parcel=args.homes_per_parcel,
                             buildings_per_parcel=args.buildings_per_parcel)
    t1 = time.perf_counter()
    write_region(layers, args.out)
    t2 = time.perf_counter()
    counts = ", ".join(f"{k} {len(v):,}" for k, v in layers.items())
    print(f"{counts}; generated in {t1 - t0:.1f} s, written in {t2 - t1:.1f} s to {args.out}")


if __name__ == "__main__":
    main()
