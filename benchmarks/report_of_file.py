"""The report of one result GeoPackage, timed as ``rve report RESULT -o r.html --maps-dir``.

Reads the result, draws the maps (PNG files beside the page as well), writes the page.
Prints one JSON line: wall and CPU seconds, peak resident memory (MB), the 1-minute load
average before and after, the page size (MB) and the number of embedded images. Run it
with ``PYTHONPATH`` pointing at the code to measure (e.g. an older checkout for the
"before" figure); the results are in docs/performance.md.

Usage::

    python -m benchmarks.report_of_file out/region.gpkg /tmp/region.html [label]
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> dict:
    """Time the report of ``argv[0]`` written to ``argv[1]``; print and return the figures."""
    from rve_geo.deliverables.report import write_report

    args = sys.argv[1:] if argv is None else argv
    gpkg, out = Path(args[0]), Path(args[1])
    load0 = os.getloadavg()[0]
    w0, c0 = time.perf_counter(), time.process_time()
    write_report(gpkg, out, maps_dir=out.with_suffix(".maps"), overwrite=True)
    w1, c1 = time.perf_counter(), time.process_time()
    page = out.read_text(encoding="utf-8")
    result = {"wall_s": round(w1 - w0, 1), "cpu_s": round(c1 - c0, 1),
              "load": [round(load0, 1), round(os.getloadavg()[0], 1)],
              "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
              "html_mb": round(len(page.encode()) / 1e6, 1),
              "images": page.count("data:image/png;base64,"),
              "label": args[2] if len(args) > 2 else ""}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
