"""Density benchmark: rve_geo.density_measures at scale, and against plain geopandas overlay.

Usage: ``python -m benchmarks.bench_density [--sizes 50000 500000] [--repeats 3]``.
Writes docs/density_benchmark.md (merged into docs/performance.md).
"""

from __future__ import annotations

import argparse
import platform
from pathlib import Path

from .harness import measure, region_files

DOCS = Path(__file__).resolve().parents[1] / "docs"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[50_000, 500_000])
    ap.add_argument("--compare-at", type=int, default=50_000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    rows = []
    for n in args.sizes:
        paths = region_files(n, buildings_per_parcel=2.0)
        r = measure("benchmarks.cases_density:rve_density", paths, repeats=args.repeats)
        rows.append((n, r))
        print(f"density_measures {n:>9,} parcels {2 * n:>10,} buildings: "
              f"{r['seconds']:.2f} s (runs {r['runs']}), peak {r['peak_mb']:.0f} MB", flush=True)
    lines = ["| parcels | buildings | rve_geo median s | peak MB |", "|---:|---:|---:|---:|"]
    lines += [f"| {n:,} | {2 * n:,} | {r['seconds']:.2f} | {r['peak_mb']:.0f} |" for n, r in rows]
    if len(rows) >= 2:
        (n0, r0), (n1, r1) = rows[0], rows[-1]
        lines.append("")
        lines.append(f"Scaling {n0:,} -> {n1:,} parcels ({n1 / n0:.0f}x data): "
                     f"{r1['seconds'] / r0['seconds']:.1f}x time.")
    paths = region_files(args.compare_at, buildings_per_parcel=2.0)
    ours = measure("benchmarks.cases_density:rve_density", paths, repeats=args.repeats)
    plain = measure("benchmarks.cases_density:geopandas_overlay_density", paths,
                    repeats=args.repeats)
    same = abs(ours["extra"]["floor_area_m2"] - plain["extra"]["floor_area_m2"]) <= \
        1e-6 * ours["extra"]["floor_area_m2"]
    lines += ["", f"At {args.compare_at:,} parcels: rve_geo {ours['seconds']:.2f} s vs plain "
              f"geopandas overlay {plain['seconds']:.2f} s: ratio rve/alternative "
              f"{ours['seconds'] / plain['seconds']:.3f} "
              f"({plain['seconds'] / ours['seconds']:.1f}x faster); total floor area equal: {same}."]
    lines += ["", f"Machine: {platform.processor() or platform.machine()}, 2 cores; "
              f"medians of {args.repeats} runs, each in a fresh process."]
    (DOCS / "density_benchmark.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
