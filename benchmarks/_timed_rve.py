"""``rve run CONFIG --overwrite`` exactly as a user starts it, with a stage clock attached.

Used by :mod:`benchmarks.default_run` as the separate benchmark process. The command is the
real ``rve`` entry point; the only addition is a wrapper around the ``stage_progress``
callback of :func:`rve_geo.pipeline.run.run_pipeline` that notes when each stage starts
and a thread that samples the resident memory every 0.2 s. On exit it writes
``{"stages": [[name, seconds, peak_rss_mb, cpu_seconds], ...], "wall_s", "cpu_s",
"peak_rss_mb", "exit"}`` as JSON (CPU seconds: user + system of all threads of the
process, which a shared machine inflates much less than wall time; the whole run's
``cpu_s`` adds the GeoPackage writer process's, also given as ``writer_cpu_s``; the peak
is that of the process and the writer process together, sampled every 0.2 s, next to the
process's own as ``own_peak_rss_mb``) to the path in the environment variable ``RVE_STAGE_TIMES``.

Usage::

    RVE_STAGE_TIMES=times.json python -m benchmarks._timed_rve rve.toml
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import sys
import threading
import time


def main(config: str) -> int:
    import psutil

    proc = psutil.Process()
    def cpu() -> float:
        use = resource.getrusage(resource.RUSAGE_SELF)
        return use.ru_utime + use.ru_stime

    marks: list[list] = [["start", time.perf_counter(), cpu()]]
    peaks: list[float] = [0.0]
    done = threading.Event()

    tree_peak = [0.0]

    def children_rss() -> float:
        """Resident memory of the process's children (the GeoPackage writer), MB."""
        rss = 0
        for child in proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                rss += child.memory_info().rss
        return rss / 2**20

    def sample() -> None:
        while not done.wait(0.2):
            rss = proc.memory_info().rss / 2**20
            peaks[-1] = max(peaks[-1], rss)
            tree_peak[0] = max(tree_peak[0], rss + children_rss())

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()

    import rve_geo.pipeline.run as pipeline_run

    real = pipeline_run.run_pipeline

    def timed(cfg, *, overwrite=False, stage_progress=None):
        def progress(area, stage):
            peaks[-1] = max(peaks[-1], proc.memory_info().rss / 2**20)
            marks.append([stage, time.perf_counter(), cpu()])
            peaks.append(proc.memory_info().rss / 2**20)
            return stage_progress(area, stage) if stage_progress else None

        marks.append(["reading inputs", time.perf_counter(), cpu()])
        peaks.append(proc.memory_info().rss / 2**20)
        try:
            return real(cfg, overwrite=overwrite, stage_progress=progress)
        finally:
            marks.append(["end", time.perf_counter(), cpu()])

    pipeline_run.run_pipeline = timed
    from rve_geo.cli import main as cli

    code = 0
    try:
        code = int(cli(["run", config, "--overwrite"]) or 0)
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        done.set()
        stages = []
        for i in range(1, len(marks) - 1):
            stages.append([marks[i][0], marks[i + 1][1] - marks[i][1], round(peaks[i], 1),
                           marks[i + 1][2] - marks[i][2]])
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        writer_cpu = children.ru_utime + children.ru_stime
        own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out = {"stages": stages, "wall_s": marks[-1][1] - marks[0][1],
               # with the GeoPackage writer process's CPU time (not in the stages' column)
               "cpu_s": marks[-1][2] - marks[0][2] + writer_cpu,
               "writer_cpu_s": writer_cpu,
               # the run's process and its writer process together, sampled
               "peak_rss_mb": max(own_peak, tree_peak[0]),
               "own_peak_rss_mb": own_peak,
               "exit": code}
        target = os.environ.get("RVE_STAGE_TIMES")
        if target:
            with open(target, "w", encoding="utf-8") as fh:
                json.dump(out, fh, indent=1)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
