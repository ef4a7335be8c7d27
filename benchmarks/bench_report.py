"""Report and maps versus the analysis: `rve run` timings on synthetic regions.

For each size: generate a seeded region (benchmarks.generate), run the pipeline with
``report = false`` (the analysis and writing the GeoPackage and tables: "analysis"),
then write the report of that GeoPackage (reading it, drawing the five maps, building
the page: "report"). Prints one Markdown table row per size; the numbers go into
docs/performance.md and docs/report.md.

Usage::

    python -m benchmarks.bench_report --sizes 20000 100000
"""

from __future__ import annotations

import argparse
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


def measure(n: int, folder: Path, seed: int = 0) -> dict[str, float]:
    from rve_geo.deliverables import report as report_module
    from rve_geo.pipeline.run import run_pipeline

    from .generate import generate_region, write_region

    gpkg = folder / f"region_{n}.gpkg"
    write_region(generate_region(n, seed=seed), gpkg)
    cfg = folder / f"run_{n}.toml"
    cfg.write_text(CONFIG.format(gpkg=gpkg, out=folder / f"out_{n}"))
    t0 = time.perf_counter()
    result = run_pipeline(cfg, overwrite=True)
    t1 = time.perf_counter()
    assert result.ok, result.failures
    out_gpkg = folder / f"out_{n}" / "region.gpkg"
    t2 = time.perf_counter()
    layers = report_module._load(out_gpkg)
    t3 = time.perf_counter()
    images = report_module.render_maps(layers)
    t4 = time.perf_counter()
    page = report_module.build_report(layers, images)
    (folder / f"report_{n}.html").write_text(page, encoding="utf-8")
    t5 = time.perf_counter()
    return {"parcels": n, "analysis_s": t1 - t0, "report_s": t5 - t2, "read_s": t3 - t2,
            "maps_s": t4 - t3, "page_s": t5 - t4, "page_mb": len(page) / 1e6}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_report",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print("| parcels | analysis (s) | report (s) | of which read / maps / page (s) | "
          "page (MB) | report / analysis |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            r = measure(n, Path(tmp), args.seed)
            print(f"| {n:,} | {r['analysis_s']:.1f} | {r['report_s']:.1f} | "
                  f"{r['read_s']:.1f} / {r['maps_s']:.1f} / {r['page_s']:.1f} | "
                  f"{r['page_mb']:.1f} | {r['report_s'] / r['analysis_s']:.2f} |", flush=True)


if __name__ == "__main__":
    main()
