"""threaded_tasks: every item once, results in item order, steps inside a task on its thread."""

import threading
import time

import numpy as np
import pytest

from rve_geo import _parallel


@pytest.mark.parametrize("threads", ["1", "2", "3"])
def test_results_in_item_order_and_done_counts_on_calling_thread(monkeypatch, threads):
    monkeypatch.setenv("RVE_THREADS", threads)
    caller = threading.get_ident()
    seen = []

    def done(k):
        assert threading.get_ident() == caller
        seen.append(k)

    out = _parallel.threaded_tasks(lambda k: k * 10, list(range(7)), done=done)
    assert out == [0, 10, 20, 30, 40, 50, 60]
    assert seen == [1, 2, 3, 4, 5, 6, 7]


def test_helpers_inside_a_task_stay_on_its_thread(monkeypatch):
    monkeypatch.setenv("RVE_THREADS", "2")
    outside = _parallel.n_threads()

    def task(k):
        threads = set()

        def record(chunk):
            threads.add(threading.get_ident())
            return chunk * 2

        res = _parallel.threaded_map(record, np.arange(10_000), min_chunk=10)
        return _parallel.n_threads(), threads == {threading.get_ident()}, int(res.sum())

    out = _parallel.threaded_tasks(task, [0, 1, 2])
    assert outside == 2
    assert out == [(1, True, 2 * sum(range(10_000)))] * 3
    assert _parallel.n_threads() == 2  # back to the pool outside the tasks


@pytest.mark.parametrize("threads", ["1", "2"])
def test_a_failing_task_raises_and_later_tasks_do_not_start(monkeypatch, threads):
    monkeypatch.setenv("RVE_THREADS", threads)
    started = []

    def task(k):
        started.append(k)
        if k == 0:
            raise ValueError("task 0")
        time.sleep(0.01)  # the other tasks take time: 2 s if all of them ran
        return k

    with pytest.raises(ValueError, match="task 0"):
        _parallel.threaded_tasks(task, list(range(200)), done=lambda k: None)
    assert len(started) < 200
