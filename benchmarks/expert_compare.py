"""rve_geo against the expert geopandas scripts, side by side in one process.

For each operation the two sides run interleaved (A, B, A, B, ...) on the same frames, so a
change in machine load hits both; the answers are checked equal first (same rows, same
values within 1e-9 relative / 1e-6 absolute, same labels). Reported per side: median wall
seconds and median CPU seconds (process time, all threads) over the repeats, and the ratio
expert / rve of the medians (above 1: rve is faster). The load average is noted before and
after.

Two figures for rve:

- ``cold``: the validation memo is cleared before every call, so rve validates its inputs
  in the timed part (an operation called once, on frames it has never seen);
- ``run``: the inputs were validated earlier in the same run (as in ``rve run``, where the
  parcels and the sensitive objects pass through several operations), so the call finds
  them in the validation memo.

Usage::

    python -m benchmarks.expert_compare --sizes 10000 50000 --repeats 5
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from .expert_scripts import expert_conflicts, expert_density, expert_max_category
from .harness import load, region_files

RESULTS = Path(__file__).resolve().parent / "results" / "expert_compare.json"

_COLUMNS = {
    "density_measures": ["parcel_area_m2", "n_buildings", "footprint_m2", "floor_area_m2",
                         "fsi", "gsi", "osr", "l"],
    "contour_conflicts": ["source_id", "sensitive_id", "category", "omgevingstype",
                          "distance_m", "required_m", "shortfall_m", "geometry"],
    "max_allowed_category": ["max_category", "max_category_rank", "nearest_sensitive_m",
                             "headroom_m", "binding_sensitive_id", "binding_omgevingstype"],
}


def _pairs(layers: dict) -> dict[str, tuple[Callable, Callable]]:
    """Operation -> (rve call, expert call) on the same frames."""
    import rve_geo

    parcels, buildings, homes = layers["parcels"], layers["buildings"], layers["homes"]
    return {
        "density_measures": (
            lambda: rve_geo.density_measures(parcels, buildings),
            lambda: expert_density(parcels, buildings)),
        "contour_conflicts": (
            lambda: rve_geo.contour_conflicts(parcels, homes, category_col="milieucategorie",
                                              omgevingstype_col="omgevingstype"),
            lambda: expert_conflicts(parcels, homes)),
        "max_allowed_category": (
            lambda: rve_geo.max_allowed_category(parcels, homes,
                                                 omgevingstype_col="omgevingstype"),
            lambda: expert_max_category(parcels, homes)),
    }


def _same_distance(ours, theirs, layers: dict) -> bool:
    """Binding objects may differ only where both lie at the same distance (a tie)."""
    import shapely

    homes = layers["homes"].geometry
    parcels = np.asarray(ours.geometry.array, dtype=object)
    a = shapely.distance(parcels, np.asarray(homes.loc[ours["binding_sensitive_id"]]))
    b = shapely.distance(parcels, np.asarray(homes.loc[theirs["binding_sensitive_id"]]))
    return bool(np.array_equal(a, b))


def same_answer(operation: str, ours, theirs, layers: dict | None = None) -> None:
    """Raise AssertionError naming the column where the two answers differ."""
    if len(ours) != len(theirs):
        raise AssertionError(f"{operation}: {len(ours)} rows against {len(theirs)}")
    for col in _COLUMNS[operation]:
        a, b = ours[col], theirs[col]
        if col == "binding_sensitive_id" and layers is not None:
            equal = _same_distance(ours, theirs, layers)
        elif col == "geometry":
            equal = bool(np.all(a.geom_equals_exact(b.set_axis(a.index), tolerance=0)))
        elif pd.api.types.is_numeric_dtype(a.dtype) and not pd.api.types.is_bool_dtype(a.dtype):
            equal = np.allclose(a.to_numpy(float), b.to_numpy(float), rtol=1e-9, atol=1e-6,
                                equal_nan=True)
        else:
            equal = (a.to_numpy(object) == b.to_numpy(object)).all()
        if not equal:
            raise AssertionError(f"{operation}: column {col!r} differs")


def _timed(func: Callable) -> tuple[float, float]:
    wall0, cpu0 = time.perf_counter(), time.process_time()
    func()
    return time.perf_counter() - wall0, time.process_time() - cpu0


def compare(operation: str, rve: Callable, expert: Callable, *, repeats: int,
            layers: dict | None = None) -> dict:
    from rve_geo._validate import clear_validation_memo

    warnings.simplefilter("ignore")
    same_answer(operation, rve(), expert(), layers)  # also warms imports and caches
    sides: dict[str, list[tuple[float, float]]] = {"expert": [], "rve_cold": [], "rve_run": []}
    for _ in range(repeats):
        sides["expert"].append(_timed(expert))
        clear_validation_memo()
        sides["rve_cold"].append(_timed(rve))
        sides["rve_run"].append(_timed(rve))  # validated by the call before: as in a run
    out: dict = {}
    for side, runs in sides.items():
        out[side] = {"wall_s": statistics.median(w for w, _ in runs),
                     "cpu_s": statistics.median(c for _, c in runs),
                     "runs_wall_s": [round(w, 4) for w, _ in runs]}
    for side in ("rve_cold", "rve_run"):
        out[f"ratio_{side}"] = out["expert"]["wall_s"] / out[side]["wall_s"]
        out[f"cpu_ratio_{side}"] = out["expert"]["cpu_s"] / out[side]["cpu_s"]
    return out


_INTRO = [
    "## Against the expert geopandas script (`benchmarks/expert_compare.py`)",
    "",
    "**Which figure is which.** Each rve_geo operation against the geopandas an experienced "
    "user writes for the same answer (`benchmarks/expert_scripts.py`: density = `sjoin("
    "predicate=\"within\")` keeps whole buildings, only the rest is intersected; conflicts = "
    "`sindex.query(predicate=\"dwithin\")` per category and omgevingstype, exact distances "
    "of those pairs; maximum category = `sindex.nearest` per omgevingstype plus a lookup in "
    "the distance table). Same frames in memory, no file reading or writing, both sides in "
    "one process, interleaved (expert, rve cold, rve run, repeated), after a first call "
    "whose answers are checked equal (same rows; numbers within 1e-9 relative, 1e-6 "
    "absolute; same labels and geometries). Generated regions (`benchmarks/generate.py`, "
    "seed 0): n parcels, 2n buildings, 5n homes; the parcels are also the sources.",
    "",
    "- *rve cold*: the validation memo is emptied before the call, so rve checks its inputs "
    "(geometry validity, parcel overlaps) inside the timed call: an operation called once "
    "on frames it has never seen.",
    "- *rve run*: the same frames went through an earlier operation of the run, so their "
    "checks and spatial indexes are remembered with them (as in `rve run`, where the parcels "
    "and the sensitive objects pass through several operations).",
    "- *ratio* = expert median wall seconds / rve median wall seconds (above 1: rve faster); "
    "*CPU ratio* the same with CPU seconds of the process (all threads). rve runs GEOS steps "
    "on both cores; the expert script on one. The 1-minute load average before and after "
    "each operation is in the last column: with a load near 2 or above the second core is "
    "not free and the threads buy little wall time (see below).",
    "",
]


def markdown(path: Path = RESULTS) -> list[str]:
    """The section of docs/performance.md from the stored results (empty without them)."""
    if not path.exists():
        return []
    res = json.loads(path.read_text())
    lines = list(_INTRO) + [
        "| operation | parcels | expert s (CPU s) | rve cold s (CPU s) | ratio cold | "
        "rve run s (CPU s) | ratio run | CPU ratio run | load before-after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n, per_size in res["sizes"].items():
        for op in _COLUMNS:
            r = per_size.get(op)
            if r is None:
                continue
            e, c, w = r["expert"], r["rve_cold"], r["rve_run"]
            lines.append(
                f"| {op} | {int(n):,} | {e['wall_s']:.3f} ({e['cpu_s']:.3f}) | "
                f"{c['wall_s']:.3f} ({c['cpu_s']:.3f}) | {r['ratio_rve_cold']:.2f}x | "
                f"{w['wall_s']:.3f} ({w['cpu_s']:.3f}) | {r['ratio_rve_run']:.2f}x | "
                f"{r['cpu_ratio_rve_run']:.2f}x | {r['load_1min'][0]:.1f}-{r['load_1min'][1]:.1f} |")
    lines.append("")
    lines += _status(res)
    lines += res.get("notes", [])
    return lines


def _status(res: dict) -> list[str]:
    """One line per operation over all sizes: the 2x target met (wall, in a run) or not."""
    sizes = sorted(res["sizes"], key=int)
    if not sizes:
        return []
    out = ["**Status against the 2x target (issue 18)**, wall-time ratio in a run (CPU ratio "
           "in brackets) per size:", ""]
    for op in _COLUMNS:
        rows = [(int(n), res["sizes"][n][op]) for n in sizes if op in res["sizes"][n]]
        if not rows:
            continue
        met = [n for n, r in rows if r["ratio_rve_run"] >= 2.0]
        verdict = ("met at every size" if len(met) == len(rows) else
                   "not met" if not met else
                   "met at " + ", ".join(f"{n:,}" for n in met) + " only")
        figures = "; ".join(f"{n:,}: {r['ratio_rve_run']:.2f}x ({r['cpu_ratio_rve_run']:.2f}x)"
                            for n, r in rows)
        out.append(f"- {op}: {verdict}. {figures}.")
    return out + [""]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.expert_compare")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 50000])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--operations", nargs="+", default=list(_COLUMNS))
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                           "threads": os.environ.get("RVE_THREADS", "default")},
               "sizes": {}}
    for n in args.sizes:
        layers = load(region_files(n), ["parcels", "buildings", "homes"])
        pairs = _pairs(layers)
        per_size = {"counts": {k: len(v) for k, v in layers.items()}}
        for operation in args.operations:
            load_before = os.getloadavg()[0]
            res = compare(operation, *pairs[operation], repeats=args.repeats, layers=layers)
            res["load_1min"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
            per_size[operation] = res
            print(f"{n:>8} {operation:22} expert {res['expert']['wall_s']:7.3f} s  "
                  f"rve cold {res['rve_cold']['wall_s']:7.3f} s ({res['ratio_rve_cold']:.2f}x)  "
                  f"rve run {res['rve_run']['wall_s']:7.3f} s ({res['ratio_rve_run']:.2f}x)  "
                  f"cpu x{res['cpu_ratio_rve_run']:.2f}  load {res['load_1min']}", flush=True)
        results["sizes"][str(n)] = per_size
    if args.out.exists():  # keep the notes, and the sizes and operations not run this time
        earlier = json.loads(args.out.read_text())
        results["notes"] = earlier.get("notes", [])
        sizes = earlier.get("sizes", {})
        for n, per_size in results["sizes"].items():
            sizes[n] = {**sizes.get(n, {}), **per_size}
        results["sizes"] = dict(sorted(sizes.items(), key=lambda item: int(item[0])))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
