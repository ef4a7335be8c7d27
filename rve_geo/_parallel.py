"""Run a vectorised shapely function over chunks of an array on a thread pool.

shapely 2's array functions (buffer, query_nearest, ...) release the GIL while GEOS works,
so chunks of one array run truly in parallel on several cores. Results are concatenated in
input order, so the output is identical to one call on the whole array. The number of
threads is ``os.cpu_count()`` (at most 8), or the environment variable ``RVE_THREADS``.
Inside a task of :func:`threaded_tasks` every helper here runs on the task's own thread
(the tasks already keep the threads busy).

Examples
--------
>>> import numpy as np, shapely
>>> pts = shapely.points(np.arange(5.0), np.zeros(5))
>>> areas = threaded_map(lambda g: shapely.area(shapely.buffer(g, 1.0)), pts, min_chunk=2)
>>> bool(np.allclose(areas, shapely.area(shapely.buffer(pts, 1.0))))
True
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from typing import Any

import numpy as np

__all__ = ["n_threads", "threaded_chunks", "threaded_map", "threaded_pairwise",
           "threaded_tasks"]

_local = threading.local()


def n_threads() -> int:
    """Threads to use: ``RVE_THREADS`` if set, else the CPU count capped at 8; 1 inside a
    task of :func:`threaded_tasks`."""
    if getattr(_local, "in_task", False):
        return 1
    env = os.environ.get("RVE_THREADS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, min(8, os.cpu_count() or 1))


def threaded_map(func: Callable[[np.ndarray], np.ndarray], values: np.ndarray, *,
                 min_chunk: int = 2000) -> np.ndarray:
    """``func(values)`` computed chunk-wise on threads; same result as one call."""
    threads = n_threads()
    n = len(values)
    if threads == 1 or n < 2 * min_chunk:
        return func(values)
    parts = np.array_split(np.arange(n), min(threads * 4, max(1, n // min_chunk)))
    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(lambda idx: func(values[idx]), parts))
    return np.concatenate(results)


def threaded_chunks(func: Callable[[np.ndarray], Any], n: int, *, min_chunk: int = 2000,
                    per_thread: int = 4) -> list:
    """``func(positions)`` for consecutive chunks of ``range(n)`` on threads, in order.

    For steps that give several arrays per chunk (a query and the tests on its pairs): the
    caller joins the results. One chunk (no threads) when ``n`` is below ``2 * min_chunk``.

    Examples
    --------
    >>> sum(threaded_chunks(len, 10, min_chunk=2))  # every position once
    10
    """
    threads = n_threads()
    if threads == 1 or n < 2 * min_chunk:
        return [func(np.arange(n))]
    parts = np.array_split(np.arange(n), min(threads * per_thread, max(1, n // min_chunk)))
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(func, parts))


def threaded_pairwise(func: Callable[[np.ndarray, np.ndarray], np.ndarray], left: np.ndarray,
                      right: np.ndarray, *, min_chunk: int = 2000) -> np.ndarray:
    """``func(left, right)`` for element-wise pairs, computed chunk-wise on threads.

    Examples
    --------
    >>> import shapely
    >>> a = shapely.points(np.arange(6.0), np.zeros(6))
    >>> threaded_pairwise(shapely.distance, a, a[::-1], min_chunk=2).tolist()
    [5.0, 3.0, 1.0, 1.0, 3.0, 5.0]
    """
    left, right = np.asarray(left, dtype=object), np.asarray(right, dtype=object)
    return threaded_map(lambda k: func(left[k], right[k]), np.arange(len(left)),
                        min_chunk=min_chunk)


def threaded_tasks(func: Callable[[Any], Any], items: list, *,
                   done: Callable[[int], None] | None = None) -> list:
    """``[func(item) for item in items]`` with the items spread over the threads.

    Each task runs whole on one thread, and the helpers of this module called inside it
    run on that thread too: for work made of many small steps, which would each be too
    small to split. ``done(k)`` is called on the calling thread after the ``k``-th task
    to finish (k = 1, 2, ...); an exception from a task or from ``done`` cancels the tasks
    not yet started and is raised.

    Examples
    --------
    >>> threaded_tasks(lambda k: k * k, [1, 2, 3])
    [1, 4, 9]
    """
    threads = min(n_threads(), len(items))

    def run(item):
        before = getattr(_local, "in_task", False)
        _local.in_task = True
        try:
            return func(item)
        finally:
            _local.in_task = before

    if threads <= 1:
        out = []
        for k, item in enumerate(items, 1):
            out.append(run(item))
            if done is not None:
                done(k)
        return out
    pool = ThreadPoolExecutor(max_workers=threads)
    try:
        futures = [pool.submit(run, item) for item in items]
        pending, finished = set(futures), 0
        while pending:
            ready, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in ready:
                f.result()  # raises the task's exception here
                finished += 1
                if done is not None:
                    done(finished)
        return [f.result() for f in futures]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
