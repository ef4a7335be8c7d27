"""Run every side-by-side comparison and write docs/performance.md and docs/img/scaling.png.

One command::

    python -m benchmarks.run_all            # the full set (an hour or more on 2 cores)
    python -m benchmarks.run_all --quick    # small sizes only: a smoke run of every case

Each measurement runs in fresh processes (:func:`benchmarks.harness.measure`): the median
wall time of the timed part over the repeats, and the largest peak resident memory of the
process (data included). Regions are generated once and cached as GeoParquet under
``benchmarks/_work/`` so generation is never timed. Results are kept per group in
``benchmarks/_work/results_<group>.json``; ``--groups`` runs some groups only and
``--render`` rewrites the document from the stored results without measuring.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import queue as queue_mod
import subprocess
import sys
import time
from pathlib import Path

from . import qgis_same_footing
from .harness import REPO, WORK, measure, region_files

DOC = REPO / "docs" / "performance.md"
PLOT = REPO / "docs" / "img" / "scaling.png"
#: densification_potential with 3 plan objects per parcel (benchmarks/bench_plan_rules.py)
PLAN_OBJECTS = "densification_potential with plan objects"
GROUPS = ("density", "milieu", "potential", "kansenzones", "index", "pipeline",
          "distributed")

FULL = {
    "sizes": [10_000, 50_000, 100_000],
    "large": 500_000,
    "national": 1_000_000,
    "qgis": 50_000,
    "kz_sizes": [1_000, 2_000],
    "kz_large": 100_000,
    "repeats": 3,
    "qgis_timeout": 1200,
}
QUICK = {
    "sizes": [2_000, 5_000],
    "large": 10_000,
    "national": 10_000,
    "qgis": 2_000,
    "kz_sizes": [1_000],
    "kz_large": 5_000,
    "repeats": 1,
    "qgis_timeout": 600,
}


# --------------------------------------------------------------------------- measuring
def _load() -> tuple[float, float, float]:
    return tuple(round(x, 1) for x in os.getloadavg())


def _region(n: int) -> dict[str, Path]:
    """The cached region; generated in a child process so this driver stays small."""
    subprocess.run([sys.executable, "-c", f"from benchmarks.harness import region_files; "
                    f"region_files({int(n)})"], cwd=REPO, check=True)
    return region_files(n)


def _case(rows: list, op: str, method: str, case: str, n: int, repeats: int,
          timeout: float = 3600, **kwargs) -> None:
    paths = _region(n)
    load0 = _load()
    try:
        r = measure(case, paths, repeats=repeats, timeout=timeout, kwargs=kwargs or None)
    except subprocess.TimeoutExpired:
        r = {"seconds": None, "peak_mb": None, "runs": [], "extra": {}, "timeout": timeout,
             "note": f"did not finish within {timeout:.0f} s"}
    except RuntimeError as exc:
        r = {"seconds": None, "peak_mb": None, "runs": [], "extra": {},
             "note": f"failed: {str(exc).strip().splitlines()[-1][:200]}"}
    r.update(op=op, method=method, n=n, repeats=repeats, load=[load0, _load()])
    print(json.dumps(r), flush=True)
    rows.append(r)


def _rep(cfg, n: int) -> int:
    return cfg["repeats"] if n <= 50_000 else 1


def group_density(cfg) -> list:
    rows: list = []
    for n in cfg["sizes"]:
        _case(rows, "density_measures", "rve", "benchmarks.cases_density:rve_density", n,
              _rep(cfg, n))
        _case(rows, "density_measures", "geopandas overlay",
              "benchmarks.cases_density:geopandas_overlay_density", n, _rep(cfg, n))
    _case(rows, "density_measures", "rve", "benchmarks.cases_density:rve_density",
          cfg["large"], 1)
    from . import qgis_chain

    if qgis_chain.available():
        _case(rows, "density_measures", "QGIS chain", "benchmarks.cases_qgis:qgis_density",
              cfg["qgis"], 1, timeout=cfg["qgis_timeout"])
    return rows


def group_milieu(cfg) -> list:
    rows: list = []
    m = "benchmarks.cases_milieu:"
    for n in cfg["sizes"]:
        _case(rows, "contours (dissolved per category)", "rve", m + "rve_contours_dissolved",
              n, _rep(cfg, n))
        _case(rows, "contours (dissolved per category)", "geopandas buffer+dissolve",
              m + "geopandas_dissolved_contours", n, _rep(cfg, n))
        _case(rows, "contour_conflicts", "rve", m + "rve_conflicts", n, _rep(cfg, n))
        _case(rows, "contour_conflicts", "geopandas buffer+sjoin",
              m + "geopandas_buffer_sjoin_conflicts", n, _rep(cfg, n))
        _case(rows, "max_allowed_category", "rve", m + "rve_max_allowed_category", n,
              _rep(cfg, n))
    from . import qgis_chain

    if qgis_chain.available():
        _case(rows, "contours + conflicts", "QGIS chain",
              "benchmarks.cases_qgis:qgis_contours_conflicts", cfg["qgis"], 1,
              timeout=cfg["qgis_timeout"])
    return rows


def group_potential(cfg) -> list:
    rows: list = []
    for n in [*cfg["sizes"], cfg["large"]]:
        _case(rows, "densification_potential", "rve",
              "benchmarks.cases_pipeline:densification_potential", n,
              _rep(cfg, n))
    for n in (cfg["sizes"][0], cfg["large"]):
        _case(rows, PLAN_OBJECTS, "rve", "benchmarks.bench_plan_rules:plan_pieces", n,
              _rep(cfg, n), n=n)
    return rows


def _kz_run(target_name: str, n: int, seed: int, timeout: float) -> dict | None:
    """One run of a bench_kansenzones function in a fresh process, with a timeout."""
    from . import bench_kansenzones as bk

    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    proc = ctx.Process(target=getattr(bk, target_name), args=(n, seed, q))
    proc.start()
    try:
        out = q.get(timeout=timeout)
    except queue_mod.Empty:
        out = None
    proc.join(5)
    if proc.is_alive():
        proc.kill()
    return out


def group_kansenzones(cfg) -> list:
    rows: list = []
    for n in cfg["kz_sizes"]:
        for method, target in (("rve", "_run_rve"), ("spopt MaxPHeuristic", "_run_spopt")):
            load0 = _load()
            r = _kz_run(target, n, 0, 3600)
            row = {"op": "kansenzones", "method": method, "n": n, "repeats": 1,
                   "load": [load0, _load()]}
            if r is None:
                row.update(seconds=None, peak_mb=None, note="stopped after 3600 s")
            else:
                row.update(seconds=r["time_s"], peak_mb=r.get("peak_total_mb", r["peak_mb"]),
                           extra={k: r[k] for k in ("zones", "within_share",
                                                    "captured_share", "compactness")})
                row["peak_is_increase"] = "peak_total_mb" not in r
            print(json.dumps(row), flush=True)
            rows.append(row)
    load0 = _load()
    r = _kz_run("_run_rve", cfg["kz_large"], 0, 3600)
    if r is not None:
        rows.append({"op": "kansenzones", "method": "rve", "n": cfg["kz_large"],
                     "repeats": 1, "seconds": r["time_s"], "peak_mb": r["peak_total_mb"],
                     "extra": {k: r[k] for k in ("zones", "within_share")},
                     "load": [load0, _load()]})
    return rows


def group_index(cfg) -> list:
    rows: list = []
    for n in (cfg["sizes"][-1], cfg["national"]):
        _case(rows, "spatial index (build + bulk query)", "shapely STRtree",
              "benchmarks.cases_pipeline:strtree_index", n, cfg["repeats"])
        _case(rows, "spatial index (build + bulk query)", "rtree (libspatialindex)",
              "benchmarks.cases_pipeline:rtree_index", n, cfg["repeats"])
    return rows


def group_pipeline(cfg) -> list:
    rows: list = []
    for n in (cfg["sizes"][0], cfg["sizes"][-1], cfg["national"]):
        _case(rows, "full pipeline", "rve", "benchmarks.cases_pipeline:full_pipeline", n, 1,
              timeout=7200)
    return rows


def group_distributed(cfg) -> list:
    rows: list = []
    # density on the large region; the maximum category (slower per parcel) on the largest
    # of the comparison sizes
    for what, n in (("density", cfg["large"]), ("max_category", cfg["sizes"][-1])):
        for workers in (1, 2):
            _case(rows, f"distributed {what}", f"{workers} local worker(s)",
                  "benchmarks.cases_distributed:distributed_case", n, 1, timeout=3600,
                  what=what, workers=workers)
    return rows


# --------------------------------------------------------------------------- rendering
def _results(mode: str) -> list:
    rows = []
    for g in GROUPS:
        f = WORK / f"results_{mode}_{g}.json"
        if f.exists():
            rows += json.loads(f.read_text())["rows"]
    return rows


def _meta(mode: str) -> dict:
    f = WORK / f"results_{mode}_meta.json"
    return json.loads(f.read_text()) if f.exists() else {}


def _fmt_s(v) -> str:
    if v is None:
        return "-"
    return f"{v:.2f}" if v < 100 else f"{v:.0f}"


def _fmt_mb(v) -> str:
    return "-" if v is None else f"{v:,.0f}"


def _find(rows, op, method, n):
    for r in rows:
        if r["op"] == op and r["method"] == method and r["n"] == n:
            return r
    return None


def _comparison_table(rows, op_rve, op_alt, alt_methods) -> list[str]:
    lines = ["| parcels | rve s | rve peak MB | alternative | alt. s | alt. peak MB | "
             "ratio rve/alt. | speed-up | runs (rve / alt.) |",
             "|---:|---:|---:|---|---:|---:|---:|---:|---|"]
    sizes = sorted({r["n"] for r in rows if r["op"] in (op_rve, op_alt)})
    for n in sizes:
        ours = _find(rows, op_rve, "rve", n)
        for method in alt_methods:
            theirs = _find(rows, op_alt, method, n)
            if theirs is None:
                continue
            ratio = speed = "-"
            if ours and ours.get("seconds") and theirs.get("seconds"):
                ratio = f"{ours['seconds'] / theirs['seconds']:.3f}"
                speed = f"{theirs['seconds'] / ours['seconds']:.1f}x"
            note = f" ({theirs['note']})" if theirs.get("note") else ""
            lines.append(
                f"| {n:,} | {_fmt_s(ours and ours.get('seconds'))} | "
                f"{_fmt_mb(ours and ours.get('peak_mb'))} | {method}{note} | "
                f"{_fmt_s(theirs.get('seconds'))} | {_fmt_mb(theirs.get('peak_mb'))} | "
                f"{ratio} | {speed} | {ours['repeats'] if ours else '-'} / "
                f"{theirs['repeats']} |")
    return lines


def _scaling_lines(rows, op) -> list[str]:
    pts = sorted((r["n"], r["seconds"]) for r in rows
                 if r["op"] == op and r["method"] == "rve" and r.get("seconds"))
    out = []
    for (n0, t0), (n1, t1) in zip(pts, pts[1:], strict=False):
        data = n1 / n0
        out.append(f"{n0:,} -> {n1:,} ({data:.0f}x data): {t1 / t0:.1f}x time")
    return out


def _plot(rows, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(11, 5.5))
    series: dict = {}
    for r in rows:
        if r.get("seconds") and r["op"] != "spatial index (build + bulk query)" and \
                not r["op"].startswith("distributed"):
            series.setdefault((r["op"], r["method"]), []).append((r["n"], r["seconds"]))
    for (op, method), pts in sorted(series.items()):
        pts.sort()
        xs, ys = zip(*pts, strict=False)
        style = "-o" if method == "rve" else "--x"
        ax.plot(xs, ys, style, label=f"{op} ({method})", markersize=4)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("parcels (buildings = 2x, homes = 5x)")
    ax.set_ylabel("median wall time (s)")
    ax.set_title("rve_geo scaling (solid) and the alternatives (dashed)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def render(mode: str) -> None:
    rows = _results(mode)
    meta = _meta(mode)
    doc = DOC if mode == "full" else WORK / "performance_quick.md"
    plot = PLOT if mode == "full" else WORK / "scaling_quick.png"
    _plot(rows, plot)
    same_footing = qgis_same_footing.markdown()
    loads = [x for r in rows for pair in [r.get("load")] if pair for x in (pair[0][0],
                                                                          pair[1][0])]
    L = [
        "# Performance",
        "",
        "Produced by `python -m benchmarks.run_all` (sizes in `benchmarks/run_all.py`; "
        "`--quick` for a smoke run). Synthetic regions from `benchmarks/generate.py` "
        "(seed 0): n parcels, 2n buildings, 5n homes, cached as GeoParquet so "
        "generation and file reading are not timed. Every figure is the median wall time "
        "of the operation alone over the stated number of runs, each run in a fresh "
        "process; peak memory is the largest peak resident memory of those processes "
        "(the loaded data included).",
        "",
        f"Machine: {meta.get('machine', platform.machine())}, "
        f"{meta.get('cpus', os.cpu_count())} cores, "
        f"{meta.get('mem_gb', '?')} GB RAM, Python {platform.python_version()}; "
        f"{meta.get('versions', '')}.",
        "",
    ]
    if loads:
        L += [f"**Load.** The machine was shared with other work during the runs: the "
              f"1-minute load average was {min(loads):.1f}-{max(loads):.1f} on 2 cores "
              "(recorded before and after every measurement). Absolute times are "
              "therefore pessimistic and ratios between runs taken at different moments "
              "carry that noise; the QGIS chains and the national-scale runs were run "
              "once.", ""]
    from .default_run import section as default_run_section

    L += default_run_section()
    from .expert_compare import markdown as expert_markdown

    L += expert_markdown()
    L += ["## Targets", "", "Ratios and scaling from the tables below; \"10x data\" "
          "compares sizes ten times apart. Per-operation and in-memory figures: not the "
          "time of `rve run` (see the section above).", ""] + _targets(rows) + [""]
    L += ["## density_measures", "",
          "rve_geo.density_measures timed in memory (no file reading or writing, no "
          "process start) against the QGIS native chain (native:intersection -> "
          "native:fieldcalculator -> qgis:joinbylocationsummary -> native:fieldcalculator, "
          "each through qgis_process with GeoPackages in between; inputs written before "
          "the clock: not the same footing, see the comparison on equal work below the "
          "table) and against a plain geopandas overlay script (overlay, area share, "
          "groupby), both in memory.", ""]
    L += _comparison_table(rows, "density_measures", "density_measures",
                           ["QGIS chain", "geopandas overlay"])
    L += [""] + [f"- {s}" for s in _scaling_lines(rows, "density_measures")]
    L += _same(rows, "density_measures", "floor_area_m2", "total floor area")
    L += [""] + same_footing.get("density", ["Same footing against QGIS: not measured."])
    L += ["", "## Contours and conflicts", "",
          "Contours dissolved per category (rve `environmental_contours(mode="
          "\"per_category\")`) against buffer + dissolve; conflicts (rve "
          "`contour_conflicts`) against buffer + sjoin + exact distance; and the QGIS "
          "chain (per category native:buffer on a subset -> native:mergevectorlayers -> "
          "native:dissolve -> native:joinattributesbylocation), which gives both, "
          "against the sum of rve's contours and conflicts times. rve is timed in memory "
          "(no file reading or writing); the QGIS chain through qgis_process with files: "
          "that line is not the same footing; the comparison on equal work comes first.", ""]
    L += same_footing.get("contours", []) + [""]
    L += _comparison_table(rows, "contours (dissolved per category)",
                           "contours (dissolved per category)", ["geopandas buffer+dissolve"])
    L += [""]
    L += _comparison_table(rows, "contour_conflicts", "contour_conflicts",
                           ["geopandas buffer+sjoin"])
    L += [""] + _qgis_milieu(rows)
    L += [""] + [f"- contours: {s}" for s in _scaling_lines(
        rows, "contours (dissolved per category)")]
    L += [f"- conflicts: {s}" for s in _scaling_lines(rows, "contour_conflicts")]
    L += _same(rows, "contour_conflicts", "conflicts", "conflicting pairs")
    L += meta.get("conflict_check", [])
    L += ["", "## max_allowed_category", ""] + _single_table(rows, "max_allowed_category")
    L += [""] + [f"- {s}" for s in _scaling_lines(rows, "max_allowed_category")]
    L += ["", "## densification_potential with constraints", "",
          "`benchmarks/cases_pipeline.py:densification_potential`: rules (coverage share "
          "and maximum height); every 20th parcel planned as housing, which loses its "
          "potential inside the contour of the category the plan allows on any other parcel "
          "(exact distances); HMC land (plan category >= 4.1) removes the potential of "
          "lower-category present uses; homes as sensitive objects. Target: 500k parcels "
          "in <= 60 s.", ""]
    L += _single_table(rows, "densification_potential")
    L += [""] + [f"- {s}" for s in _scaling_lines(rows, "densification_potential")]
    L += ["", "## densification_potential with plan objects", "",
          "`benchmarks/bench_plan_rules.py`: three plan objects per parcel (enkelbestemming, "
          "bouwvlak, maatvoering), parcels cut into their pieces per vlak "
          "(`rules_transfer=\"pieces\"`, docs/plan_rules.md); every other parcel boundary "
          "lies 10 m off the plan, so those parcels take pieces of two bouwvlakken. "
          "Target: 500k parcels in <= 60 s and <= 4 GB.", ""]
    L += _single_table(rows, PLAN_OBJECTS)
    L += ["", "## kansenzones vs spopt MaxPHeuristic", "",
          "The runs of `benchmarks/bench_kansenzones.py` (its parcels, its settings: "
          "zones 10-15 ha, spopt gets the 10 ha minimum and the prebuilt weights), one "
          "fresh process each. Peak memory: the process's peak for rve, the increase "
          "during the call for spopt (as bench_kansenzones reports it). Zone quality "
          "(zones within bounds, score captured, compactness) and 5k parcels: "
          "[kansenzones_benchmark.md](kansenzones_benchmark.md).", ""]
    L += _comparison_table(rows, "kansenzones", "kansenzones", ["spopt MaxPHeuristic"])
    big = [r for r in rows if r["op"] == "kansenzones" and r["method"] == "rve"
           and r.get("seconds") and r["n"] >= 50_000]
    for r in big:
        L += ["", f"rve kansenzones at {r['n']:,} parcels: {r['seconds']:.1f} s, peak "
              f"{r['peak_mb']:,.0f} MB, {r['extra'].get('zones')} zones."]
    L += ["", "## Full analysis at national scale", "",
          "Every operation of the pipeline in its order on frames already in memory "
          "(`benchmarks/cases_pipeline.py:full_pipeline`: density, contours per category, "
          "conflicts, maximum category, potential with constraints, redevelopment stock, "
          "woon-werkbalans per terrein, scores, kansenzones per terrein); GeoPackage "
          "writing is not included. Target: 1M parcels, 2M buildings, 5M homes in <= 10 "
          "minutes with peak memory <= 8 GB.", ""]
    L += _pipeline_table(rows)
    L += ["", "## Spatial index: shapely STRtree vs rtree", "",
          "Build an index on the building boxes and query it with every parcel box "
          "(the candidate-pair step of every overlay): shapely's STRtree (what "
          "`GeoSeries.sindex` is) against rtree/libspatialindex (bulk-loaded stream "
          "constructor, vectorised `intersection_v`). Same boxes, same pair count.", ""]
    L += _index_table(rows)
    L += ["", "## Distributed run: 1 vs 2 local workers", ""]
    L += _distributed_table(rows)
    L += ["", "## Hot spots (profiled with pyinstrument)", ""] + HOTSPOTS
    L += ["", "![scaling](img/scaling.png)", ""]
    doc.write_text("\n".join(L) + "\n", encoding="utf-8")
    print(f"wrote {doc} and {plot}")


def _same(rows, op, key, what) -> list[str]:
    out = []
    for n in sorted({r["n"] for r in rows if r["op"] == op}):
        vals = {r["method"]: r.get("extra", {}).get(key) for r in rows
                if r["op"] == op and r["n"] == n and r.get("extra", {}).get(key) is not None}
        if len(vals) > 1:
            out.append(f"- {what} at {n:,}: " + ", ".join(
                f"{m} {v:,.6g}" if isinstance(v, float) else f"{m} {v:,}"
                for m, v in vals.items()))
    return out


def _single_table(rows, op) -> list[str]:
    lines = ["| parcels | rve s | peak MB | runs |", "|---:|---:|---:|---|"]
    for r in sorted((r for r in rows if r["op"] == op and r["method"] == "rve"),
                    key=lambda r: r["n"]):
        lines.append(f"| {r['n']:,} | {_fmt_s(r.get('seconds'))} | "
                     f"{_fmt_mb(r.get('peak_mb'))} | {r['repeats']} |")
    return lines


def _qgis_milieu(rows) -> list[str]:
    out = []
    for q in (r for r in rows if r["op"] == "contours + conflicts"):
        n = q["n"]
        c = _find(rows, "contours (dissolved per category)", "rve", n)
        k = _find(rows, "contour_conflicts", "rve", n)
        line = (f"QGIS contours + conflicts chain at {n:,} parcels (1 run): "
                f"{_fmt_s(q.get('seconds'))} s through qgis_process with files, peak "
                f"{_fmt_mb(q.get('peak_mb'))} MB"
                f"{' (' + q['note'] + ')' if q.get('note') else ''}")
        if c and k and c.get("seconds") and k.get("seconds") and q.get("timeout"):
            ours = c["seconds"] + k["seconds"]
            line += (f"; rve contours + conflicts {ours:.2f} s: more than "
                     f"{q['timeout'] / ours:.0f}x faster.")
        if c and k and c.get("seconds") and k.get("seconds") and q.get("seconds"):
            ours = c["seconds"] + k["seconds"]
            line += (f"; rve contours + conflicts in memory {ours:.2f} s (in-memory "
                     "figure, not the same footing): ratio rve/QGIS "
                     f"{ours / q['seconds']:.4f} ({q['seconds'] / ours:.1f}x faster). "
                     f"QGIS output rows (home x dissolved category contour): "
                     f"{q['extra'].get('conflict_rows')}.")
        out.append(line)
    return out


def _index_table(rows) -> list[str]:
    op = "spatial index (build + bulk query)"
    lines = ["| parcels (buildings indexed) | STRtree s | rtree s | ratio STRtree/rtree | "
             "pairs |", "|---:|---:|---:|---:|---:|"]
    for n in sorted({r["n"] for r in rows if r["op"] == op}):
        a = _find(rows, op, "shapely STRtree", n)
        b = _find(rows, op, "rtree (libspatialindex)", n)
        if a and b and a.get("seconds") and b.get("seconds"):
            lines.append(f"| {n:,} ({2 * n:,}) | {a['seconds']:.3f} | {b['seconds']:.3f} | "
                         f"{a['seconds'] / b['seconds']:.2f} | {a['extra'].get('pairs'):,} |")
    return lines


def _pipeline_table(rows) -> list[str]:
    lines = ["| parcels | total s | peak MB | " + " | ".join(
        ["density", "contours", "conflicts", "max_category", "potential", "redevelopment",
         "work_home", "scores", "kansenzones"]) + " |", "|---:|---:|---:|" + "---:|" * 9]
    for r in sorted((r for r in rows if r["op"] == "full pipeline"), key=lambda r: r["n"]):
        st = r.get("extra", {}).get("stages_s", {})
        cells = [_fmt_s(st.get(s)) for s in ("density", "contours", "conflicts",
                                              "max_category", "potential", "redevelopment",
                                              "work_home", "scores", "kansenzones")]
        note = f" ({r['note']})" if r.get("note") else ""
        lines.append(f"| {r['n']:,}{note} | {_fmt_s(r.get('seconds'))} | "
                     f"{_fmt_mb(r.get('peak_mb'))} | " + " | ".join(cells) + " |")
    for r in rows:
        peaks = r.get("extra", {}).get("peak_mb_after") if r["op"] == "full pipeline" else None
        if peaks:
            lines += ["", f"Peak resident memory (MB) after each stage at {r['n']:,} parcels: "
                      + ", ".join(f"{k} {v:,.0f}" for k, v in peaks.items()) + "."]
    return lines


def _distributed_table(rows) -> list[str]:
    rs = [r for r in rows if r["op"].startswith("distributed")]
    if not rs:
        return ["Not measured in this run."]
    lines = ["`rve_geo.scale.distributed` on a dask LocalCluster (processes, 1 thread each), data "
             "loaded in the client and scattered; time includes partitioning, transfer and "
             "gathering. Single-process time of the same operation for reference.", "",
             "| operation | parcels | workers | s | speed-up vs 1 worker | "
             "single process s |", "|---|---:|---:|---:|---:|---:|"]
    for r in sorted(rs, key=lambda r: (r["op"], r["method"])):
        one = _find(rows, r["op"], "1 local worker(s)", r["n"])
        sp = "-"
        if one and one.get("seconds") and r.get("seconds"):
            sp = f"{one['seconds'] / r['seconds']:.2f}x"
        op = {"distributed density": "density_measures",
              "distributed max_category": "max_allowed_category"}.get(r["op"])
        ref = _find(rows, op, "rve", r["n"]) if op else None
        single = ref.get("seconds") if ref else None
        lines.append(f"| {r['op'].removeprefix('distributed ')} | {r['n']:,} | "
                     f"{r['method'].split()[0]} | {_fmt_s(r.get('seconds'))} | {sp} | "
                     f"{_fmt_s(single)} |")
    lines += ["", "8 partitions in every run. With one worker the distributed path costs more "
              "than the single process by the client's share (Hilbert partitioning, halo "
              "selection, for the maximum category the grid test over all homes) and the "
              "transfer of every partition as WKB to the worker process and back; halos "
              "also repeat some sensitive objects in several partitions. The second worker "
              "only speeds up the workers' share, and it competes for the 2 cores with the "
              "client and with the other work on the machine (see the load above)."]
    return lines


def _targets_vs_qgis(rows) -> list[str]:
    """Density against the QGIS chain."""
    out = []
    label_ = ("density vs QGIS chain, in-memory figure (rve in memory, the chain through "
              "qgis_process with files: not the same footing)")
    for op, alt, label in (("density_measures", "QGIS chain", label_),):
        for q in (r for r in rows if r["op"] == op and r["method"] == alt):
            ours = _find(rows, op, "rve", q["n"])
            if ours and ours.get("seconds") and q.get("seconds"):
                f = q["seconds"] / ours["seconds"]
                out.append(f"- {label} at {q['n']:,}: {f:.1f}x faster.")
            elif ours and ours.get("seconds") and q.get("timeout"):
                f = q["timeout"] / ours["seconds"]
                out.append(f"- {label} at {q['n']:,}: the chain did not finish within "
                           f"{q['timeout']:.0f} s, so rve is more than {f:.0f}x faster "
                           f"({'meets' if f >= 10 else 'misses'} >= 10x).")
    return out


def _targets_contours(rows) -> list[str]:
    """Contours plus conflicts against the QGIS chain."""
    out = []
    for q in (r for r in rows if r["op"] == "contours + conflicts"):
        c = _find(rows, "contours (dissolved per category)", "rve", q["n"])
        k = _find(rows, "contour_conflicts", "rve", q["n"])
        if not (c and k and c.get("seconds") and k.get("seconds")):
            continue
        theirs = q.get("seconds") or q.get("timeout")
        if theirs:
            f = theirs / (c["seconds"] + k["seconds"])
            more = "" if q.get("seconds") else "more than "
            out.append(f"- contours + conflicts vs QGIS chain, in-memory figure (rve in "
                       f"memory, the chain through qgis_process with files: not the same "
                       f"footing) at {q['n']:,}: {more}{f:.1f}x faster.")
    return out


def _targets_kansenzones(rows) -> list[str]:
    """Kansenzones against the other regionalisation methods."""
    out = []
    for q in (r for r in rows if r["op"] == "kansenzones" and r["method"] != "rve"):
        ours = _find(rows, "kansenzones", "rve", q["n"])
        if ours and ours.get("seconds") and q.get("seconds"):
            out.append(f"- kansenzones vs {q['method']} at {q['n']:,}: "
                       f"{q['seconds'] / ours['seconds']:.0f}x faster.")
    return out


def _targets_scaling(rows) -> list[str]:
    """Time growth for ten times the data."""
    out = []
    for op in ("density_measures", "contours (dissolved per category)", "contour_conflicts",
               "max_allowed_category", "densification_potential", "full pipeline"):
        pts = {r["n"]: r["seconds"] for r in rows
               if r["op"] == op and r["method"] == "rve" and r.get("seconds")}
        for n0 in sorted(pts):
            if 10 * n0 in pts:
                f = pts[10 * n0] / pts[n0]
                out.append(f"- scaling of {op} {n0:,} -> {10 * n0:,}: {f:.2f}x time "
                           f"({'meets' if f <= 12 else 'misses'} <= 12x).")
    return out


def _targets_potential(rows) -> list[str]:
    """densification_potential at 500k parcels, with and without plan objects."""
    out = []
    pot = [r for r in rows if r["op"] == "densification_potential" and r["n"] >= 500_000
           and r.get("seconds")]
    for r in pot:
        out.append(f"- densification_potential at {r['n']:,}: {r['seconds']:.0f} s "
                   f"({'meets' if r['seconds'] <= 60 else 'misses'} <= 60 s).")
    for r in (r for r in rows if r["op"] == PLAN_OBJECTS and r["n"] >= 500_000
              and r.get("seconds")):
        ok_t, ok_m = r["seconds"] <= 60, r["peak_mb"] <= 4096
        out.append(f"- {PLAN_OBJECTS} at {r['n']:,}: {r['seconds']:.0f} s "
                   f"({'meets' if ok_t else 'misses'} <= 60 s), peak "
                   f"{r['peak_mb'] / 1024:.1f} GB ({'meets' if ok_m else 'misses'} <= 4 GB).")
    return out


def _targets_pipeline(rows) -> list[str]:
    """The operations in a row at 1M parcels."""
    out = []
    for r in (r for r in rows if r["op"] == "full pipeline" and r["n"] >= 1_000_000):
        if r.get("seconds"):
            ok_t = r["seconds"] <= 600
            ok_m = r["peak_mb"] <= 8192
            out.append(f"- operations in memory (no file reading or writing, no "
                       f"allowed-category zones, no report; not `rve run`) at {r['n']:,}: "
                       f"{r['seconds'] / 60:.1f} min "
                       f"({'meets' if ok_t else 'misses'} <= 10 min), peak "
                       f"{r['peak_mb'] / 1024:.1f} GB ({'meets' if ok_m else 'misses'} "
                       "<= 8 GB).")
        else:
            out.append(f"- full pipeline at {r['n']:,}: {r.get('note')}.")
    return out


def _targets(rows) -> list[str]:
    """Every target of the issues, met or missed, as text lines."""
    same = qgis_same_footing.markdown().get("targets", [])
    return same + [line for part in (_targets_vs_qgis, _targets_contours, _targets_kansenzones,
                              _targets_scaling, _targets_potential, _targets_pipeline)
            for line in part(rows)]


#: Findings of profiling runs (pyinstrument, same regions), kept with the numbers above.
HOTSPOTS = [
    "- **Full pipeline at 1M parcels**: contours (43 %) and the maximum category (29 %) "
    "take three quarters of the time; kansenzones 13 %. Memory: 5.6 GB are the loaded "
    "frames (5M home polygons dominate); contours raise the peak to 7.4 GB and "
    "densification_potential to 8.9 GB (see the per-stage peaks above).",
    "- **densification_potential memory** (with `sensitive` = 5M homes): "
    "`potential._related` calls `shapely.force_2d` on every sensitive geometry, a full copy "
    "(measured: 193 MB per 500k homes, about 1.9 GB at 5M; the 100k-parcel run peaks 178 MB "
    "over the loaded data with `sensitive`, 0 MB without). Applied: only geometries with "
    "`shapely.has_z` are copied (none in 2-D data); the pipeline table above is measured "
    "with that change.",
    "- **max_allowed_category** (100k parcels, 500k homes): 94 % of the time is "
    "`STRtree.query_nearest` in `milieuruimte._nearest`, one call per omgevingstype. The "
    "two calls cost the same although the trees hold 443k and 57k homes: the cost is per "
    "query parcel (about 0.1 ms CPU each), not per tree size. Bounded (max_distance = "
    "1,500 m) and unbounded queries cost the same (9.7 vs 9.3 s CPU); a cascade of growing "
    "radii (50/200/800/1,500 m) was slower (12.2 s). shapely releases the GIL in the "
    "query: the same query split in 8 chunks on a 2-thread pool ran 1.43x faster on the "
    "loaded machine (14.1 -> 9.8 s). Applied: `rve_geo._parallel.threaded_map` runs the "
    "query in chunks on a thread pool (`os.cpu_count()` threads, `RVE_THREADS` to "
    "override): 50k parcels 5.2 -> 3.0 s, identical results.",
    "- **environmental_contours(mode=\"per_category\")** (50k parcels): 96 % in GEOS "
    "`buffer` of the cluster collections (`contours._cluster_buffers`). In the pipeline "
    "runs it scales 9.5x from 10k to 100k parcels but 14x from 100k to 1M: sources within "
    "2 x the richtafstand form one cluster, and at 500-1,500 m whole terreinen and their "
    "neighbours become one collection whose buffer GEOS nodes as a whole. "
    "Union-then-buffer per cluster (exact: the buffer of a union is the union of the "
    "buffers) saves about 15-25 %. Applied: union-then-buffer per cluster, and the "
    "cluster buffers on the thread pool (GEOS buffer runs without the GIL): 50k parcels "
    "5.2 -> 3.4 s, the same contour area. Not done: bounding the cluster size by tiling "
    "very large clusters.",
    "- **density_measures**, **contour_conflicts**, **densification_potential** (time) "
    "scale linearly and have no single dominant Python-level step; the rest is GEOS "
    "intersection/distance work.",
]


# --------------------------------------------------------------------------- conflicts check
def conflict_check(n: int) -> list[str]:
    """Compare rve's conflicts with buffer+sjoin pair by pair and explain the difference."""
    import warnings

    import geopandas as gpd
    import numpy as np

    import rve_geo
    from rve_geo.milieu.categories import parse_categories
    from rve_geo.milieu.distance_tables import load_distance_table

    paths = _region(n)
    sources = gpd.read_parquet(paths["parcels"])
    homes = gpd.read_parquet(paths["homes"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = rve_geo.contour_conflicts(sources, homes, category_col="milieucategorie")
    s_col = next(col for col in ("source_index", "source_id", "source_row") if col in c)
    k_col = next(col for col in ("sensitive_index", "sensitive_id", "sensitive_row")
                 if col in c)
    ours = set(zip(c[s_col].tolist(), c[k_col].tolist(), strict=False))
    ranks = parse_categories(sources["milieucategorie"], argument="sources",
                             column="milieucategorie")
    dist = load_distance_table().distances_m(ranks, "rustige_woonwijk")
    buffers = gpd.GeoDataFrame({"required_m": dist, "source_id": sources.index},
                               geometry=sources.buffer(dist, quad_segs=32), crs=sources.crs)
    pairs = gpd.sjoin(homes[["geometry"]], buffers, predicate="intersects")
    d = pairs.geometry.distance(sources.geometry.loc[pairs["source_id"]].set_axis(
        pairs.index), align=False).to_numpy()
    keep = d < pairs["required_m"].to_numpy()
    theirs = set(zip(pairs["source_id"].to_numpy()[keep].tolist(),
                     pairs.index.to_numpy()[keep].tolist(), strict=False))
    missed = ours - theirs
    extra = theirs - ours
    lines = [f"- pair-by-pair check at {n:,} parcels: rve {len(ours):,} conflicting pairs, "
             f"buffer+sjoin {len(theirs):,}; pairs only rve finds: {len(missed)}, pairs only "
             f"buffer+sjoin finds: {len(extra)}."]
    if missed:
        s_ids = np.array([m[0] for m in missed])
        h_ids = np.array([m[1] for m in missed])
        dd = sources.geometry.loc[s_ids].distance(homes.geometry.loc[h_ids].set_axis(
            sources.geometry.loc[s_ids].index), align=False).to_numpy()
        req = pd_series_required(dist, sources.index, s_ids)
        ratio = dd / req
        lim = np.cos(np.pi / (4 * 32))
        lines.append(
            f"  The pairs buffer+sjoin misses lie at {ratio.min():.5f}-{ratio.max():.5f} "
            f"of the richtafstand from their source: inside the true contour, but beyond "
            f"the buffer polygon, whose 32-segments-per-quarter arcs are inscribed in the "
            f"circle (chord sagitta: down to cos(pi/128) = {lim:.5f} of the radius at the "
            f"corners). rve tests the exact distance, so no home near a rounded corner is "
            f"missed.")
    return lines


def pd_series_required(dist, index, ids):
    import pandas as pd

    return pd.Series(dist, index=index).loc[ids].to_numpy()


# --------------------------------------------------------------------------- main
def _versions() -> str:
    import geopandas
    import numpy
    import pandas
    import shapely

    parts = [f"geopandas {geopandas.__version__}", f"shapely {shapely.__version__}",
             f"numpy {numpy.__version__}", f"pandas {pandas.__version__}"]
    for mod in ("dask", "distributed", "dask_geopandas", "spopt", "rtree"):
        try:
            parts.append(f"{mod} {__import__(mod).__version__}")
        except Exception:
            pass
    try:
        out = subprocess.run(["/usr/bin/qgis_process.bin", "--version"], capture_output=True,
                             text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                             timeout=60)
        qgis = [ln for ln in out.stdout.splitlines() if ln.startswith("QGIS")]
        if qgis:
            parts.append(qgis[0].strip())
    except Exception:
        pass
    return ", ".join(parts)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only (smoke run)")
    parser.add_argument("--groups", nargs="*", choices=GROUPS, default=list(GROUPS))
    parser.add_argument("--render", action="store_true",
                        help="only rewrite the document from stored results")
    parser.add_argument("--conflict-check", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.conflict_check:
        print(json.dumps(conflict_check(args.conflict_check)))
        return
    mode = "quick" if args.quick else "full"
    cfg = QUICK if args.quick else FULL
    WORK.mkdir(parents=True, exist_ok=True)
    if not args.render:
        meta_file = WORK / f"results_{mode}_meta.json"
        meta = _meta(mode)
        meta.update(machine=platform.machine(), cpus=os.cpu_count(),
                    mem_gb=round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
                                 / 2**30), versions=_versions())
        meta_file.write_text(json.dumps(meta, indent=1))
        for g in args.groups:
            t0 = time.time()
            print(f"== {g}", flush=True)
            rows = globals()[f"group_{g}"](cfg)
            (WORK / f"results_{mode}_{g}.json").write_text(
                json.dumps({"rows": rows, "seconds": time.time() - t0}, indent=1))
            if g == "milieu":
                meta = _meta(mode)
                out = subprocess.run(
                    [sys.executable, "-m", "benchmarks.run_all", "--conflict-check",
                     str(cfg["sizes"][0])], cwd=REPO, capture_output=True, text=True,
                    env=dict(os.environ, PYTHONWARNINGS="ignore"))
                meta["conflict_check"] = (json.loads(out.stdout.strip().splitlines()[-1])
                                          if out.returncode == 0 else
                                          [f"- pair-by-pair check failed: {out.stderr[-300:]}"])
                meta_file.write_text(json.dumps(meta, indent=1))
    render(mode)


if __name__ == "__main__":
    sys.exit(main())
