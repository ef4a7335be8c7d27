"""Library work in a Processing task without the crash of a reused pool thread.

Processing runs an algorithm from the dialog in a QgsTask, on a thread of Qt's global
thread pool; the pool keeps an idle thread for 30 s and gives it the next task. Python
gives every task on such a thread a new thread state, and pyproj (3.7 and later) keeps
its PROJ context in two places: a pointer per operating-system thread, and the object
that frees the context per Python thread state. When the first task ends, its thread
state goes and the context is freed, but the pointer stays; the next task on the same
thread uses the freed context and QGIS dies with signal 11 (segmentation fault). Seen
on QGIS 3.22 with pyproj 3.7.2: the second run from the dialog within 30 s crashed in
``pyproj.CRS``; a later run on a fresh thread did not, which is why the crash came and
went.

Two remedies, both used:

- :func:`run_in_fresh_thread` runs the library work of one run on a new Python thread
  (a new operating-system thread with its own, fresh PROJ context), so nothing is
  reused; the full analysis does this.
- :func:`keep_pyproj_context` keeps the context of the current pool thread alive for the
  life of the process (one small context per pool thread), so a later task on the same
  thread finds a valid one; every algorithm calls it before its work
  (``runtime.require``).
"""

import threading

_KEPT = []


def keep_pyproj_context():
    """Keep this thread's pyproj PROJ context alive; True when one was kept or present."""
    try:
        from pyproj import _context
    except Exception:
        return False
    create = getattr(_context, "_set_context_data_dir", None)
    manager_of_thread = getattr(_context, "get_context_manager", None)
    if create is None or manager_of_thread is None:  # other pyproj versions: nothing to do
        return False
    create()  # makes the context of this thread when it has none
    manager = manager_of_thread()
    if manager is not None and not any(manager is kept for kept in _KEPT):
        _KEPT.append(manager)
    return True


def run_in_fresh_thread(func, *args, **kwargs):
    """``func(*args, **kwargs)`` on a new thread; its result, or its exception re-raised.

    The calling thread waits. Feedback objects of Processing may be used from the new
    thread as from the task's own thread.
    """
    outcome = {}

    def target():
        try:
            outcome["value"] = func(*args, **kwargs)
        except BaseException as exc:  # re-raised in the calling thread
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="rve-analysis", daemon=True)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
