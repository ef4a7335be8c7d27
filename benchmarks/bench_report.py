"""Report and maps versus the analysis: `rve run` timings on synthetic regions.

For each size: generate a seeded region (benchmarks.generate), run the pipeline with
``report = false`` (the analysis and writing the GeoPackage and tables: "analysis"),
then write the report of that GeoPackage (reading it, drawing the maps, building the
page: "report"). Wall and CPU seconds of this process (the analysis runs on threads, so
process CPU time counts both cores) and the 1-minute load average before and after each
part: the machine may be shared, and CPU seconds are the figure that load inflates least.
Prints one Markdown table row per size and, with ``--json``, writes the results (the
numbers go into docs/performance.md and docs/report.md).

``--folder DIR`` keeps the generated regions and result GeoPackages; ``--report-only``
then measures the report again on the kept GeoPackages (after a change to the maps) and
takes the analysis figures from the earlier run recorded in ``DIR/analysis.json``.

Usage::

    python -m benchmarks.bench_report --sizes 20000 100000 --folder /tmp/bench_report \\
        --json benchmarks/results/report.json
    python -m benchmarks.bench_report --sizes 20000 100000 --folder /tmp/bench_report \\
        --report-only --json benchmarks/results/report.json
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

CONFIG = """\
[run]
name = "region"
[inputs.parcels]
path = "{gpkg}"
layer = "parcels"
[inputs.buildings]
path = "{gpkg}"
layer = "buildings"
[inputs.terreinen]
path = "{gpkg}"
layer = "terreinen"
[inputs.sensitive]
path = "{gpkg}"
layer = "homes"
[operations.environmental_contours]
category_col = "max_category"
[operations.contour_conflicts]
category_col = "max_category"
[outputs]
folder = "{out}"
report = false
"""


def _load_avg() -> float:
    return round(os.getloadavg()[0], 1)


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def analysis(n: int, folder: Path, seed: int = 0) -> dict[str, float]:
    """Generate the region of ``n`` parcels and run the analysis (report off)."""
    from rve_geo.pipeline.run import run_pipeline

    from .generate import generate_region, write_region

    gpkg = folder / f"region_{n}.gpkg"
    write_region(generate_region(n, seed=seed), gpkg)
    cfg = folder / f"run_{n}.toml"
    cfg.write_text(CONFIG.format(gpkg=gpkg, out=folder / f"out_{n}"))
    load0 = _load_avg()
    w0, c0 = _clock()
    result = run_pipeline(cfg, overwrite=True)
    w1, c1 = _clock()
    assert result.ok, result.failures
    return {"parcels": n, "analysis_s": w1 - w0, "analysis_cpu_s": c1 - c0,
            "analysis_load": [load0, _load_avg()]}


def report(n: int, folder: Path) -> dict[str, float]:
    """Read the result of ``n`` parcels, draw its maps and build the page."""
    from rve_geo.deliverables import report as report_module

    out_gpkg = folder / f"out_{n}" / "region.gpkg"
    load0 = _load_avg()
    w2, c2 = _clock()
    layers = report_module._load(out_gpkg)
    w3, c3 = _clock()
    images = report_module.render_maps(layers)
    w4, c4 = _clock()
    page = report_module.build_report(layers, images)
    (folder / f"report_{n}.html").write_text(page, encoding="utf-8")
    w5, c5 = _clock()
    n_terreinen = len(layers["terrein_density"]) if "terrein_density" in layers else 0
    return {"report_s": w5 - w2, "report_cpu_s": c5 - c2, "read_s": w3 - w2,
            "maps_s": w4 - w3, "maps_cpu_s": c4 - c3, "page_s": w5 - w4,
            "page_mb": len(page) / 1e6, "terreinen": n_terreinen,
            "images": page.count("data:image/png;base64,"), "report_load": [load0, _load_avg()]}


def _row(r: dict) -> str:
    return (f"| {r['parcels']:,} | {r['terreinen']:,} | {r['analysis_s']:.1f} "
            f"({r['analysis_cpu_s']:.1f}) | {r['report_s']:.1f} ({r['report_cpu_s']:.1f}) | "
            f"{r['read_s']:.1f} / {r['maps_s']:.1f} / {r['page_s']:.1f} | {r['images']} | "
            f"{r['page_mb']:.1f} | {r['report_s'] / r['analysis_s']:.2f} "
            f"({r['report_cpu_s'] / r['analysis_cpu_s']:.2f}) | "
            f"{r['analysis_load'][0]}-{r['analysis_load'][1]} / "
            f"{r['report_load'][0]}-{r['report_load'][1]} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_report",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--folder", type=Path, help="keep regions and results here")
    parser.add_argument("--report-only", action="store_true",
                        help="measure the report on the GeoPackages kept in --folder")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args(argv)
    if args.report_only and args.folder is None:
        parser.error("--report-only needs --folder (where the earlier run kept its results)")
    print("| parcels | terreinen | analysis s (CPU s) | report s (CPU s) | "
          "of which read / maps / page (s) | images | page (MB) | report / analysis "
          "(CPU) | load analysis / report |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        done_path = folder / "analysis.json"
        done = json.loads(done_path.read_text()) if done_path.exists() else {}
        rows = []
        for n in args.sizes:
            if not args.report_only:
                done[str(n)] = analysis(n, folder, args.seed)
                done_path.write_text(json.dumps(done, indent=1))
            r = {**done[str(n)], **report(n, folder)}
            rows.append(r)
            print(_row(r), flush=True)
    if args.json:
        args.json.write_text(json.dumps({"seed": args.seed, "cpu_count": os.cpu_count(),
                                         "runs": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()
