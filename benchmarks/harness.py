"""Measure an operation in a fresh process: median wall time over repeats and peak memory.

Each run is a child process (``python -m benchmarks.harness child SPEC``) that loads a cached
synthetic region (GeoParquet under benchmarks/_work/), runs one named case once and prints
JSON with the seconds of the case alone and the process's peak resident memory (ru_maxrss,
which includes the loaded data: the honest figure for "fits on this machine").
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd

WORK = Path(__file__).resolve().parent / "_work"
REPO = Path(__file__).resolve().parents[1]


def region_files(n_parcels: int, *, seed: int = 0, buildings_per_parcel: float = 2.0,
                 homes_per_parcel: float = 5.0) -> dict[str, Path]:
    """Generate (once) and cache a region as GeoParquet files; return layer -> path."""
    from .generate import generate_region

    folder = WORK / f"region_{n_parcels}_{seed}_{buildings_per_parcel}_{homes_per_parcel}"
    names = ["terreinen", "parcels", "buildings", "homes", "zones", "water"]
    paths = {name: folder / f"{name}.parquet" for name in names}
    if all(p.exists() for p in paths.values()):
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    layers = generate_region(n_parcels, seed=seed, buildings_per_parcel=buildings_per_parcel,
                             homes_per_parcel=homes_per_parcel)
    for name, frame in layers.items():
        frame.to_parquet(folder / f"{name}.parquet")
    return paths


def load(paths: dict[str, str], names: list[str]) -> dict[str, gpd.GeoDataFrame]:
    return {n: gpd.read_parquet(paths[n]) for n in names}


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    VmHWM starts afresh at exec; ru_maxrss on Linux keeps the parent's peak at fork time,
    which would charge a big benchmark driver's memory to every child.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _child(spec: dict) -> None:
    module, func = spec["case"].rsplit(":", 1)
    case = getattr(importlib.import_module(module), func)
    prepared = case(spec["paths"], **spec.get("kwargs", {}))  # loads data, returns a thunk
    t0 = time.perf_counter()
    extra = prepared()
    seconds = time.perf_counter() - t0
    peak_mb = peak_rss_mb()
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "extra": extra or {}}))


def measure(case: str, paths: dict[str, Path], *, repeats: int = 3, kwargs: dict | None = None,
            timeout: float = 3600) -> dict:
    """Run ``case`` (``"module:function"``) ``repeats`` times in fresh processes."""
    spec = json.dumps({"case": case, "paths": {k: str(v) for k, v in paths.items()},
                       "kwargs": kwargs or {}})
    runs = []
    for _ in range(repeats):
        env = dict(os.environ, PYTHONWARNINGS="ignore")
        # own process group: on a timeout the case's own children (qgis_process) stop too
        proc = subprocess.Popen([sys.executable, "-m", "benchmarks.harness", "child", spec],
                                cwd=REPO, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise
        if proc.returncode != 0:
            raise RuntimeError(f"{case} failed:\n{stderr[-3000:]}")
        runs.append(json.loads(stdout.strip().splitlines()[-1]))
    return {
        "seconds": statistics.median(r["seconds"] for r in runs),
        "peak_mb": max(r["peak_mb"] for r in runs),
        "runs": [round(r["seconds"], 3) for r in runs],
        "extra": runs[-1]["extra"],
    }


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "child":
        _child(json.loads(sys.argv[2]))
    else:
        raise SystemExit("usage: python -m benchmarks.harness child SPEC")
