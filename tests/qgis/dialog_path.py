"""Run an algorithm the way the desktop's algorithm dialog does (AlgorithmDialog).

The dialog hands the algorithm to a QgsProcessingAlgRunnerTask in the application's task
manager, so processAlgorithm runs on a thread of Qt's thread pool, and on completion
calls Processing's handleAlgorithmResults, which loads the result layers into the
project in the main thread and calls their post-processors. processing.run() does
neither: it runs in the calling thread and loads nothing.
"""

import time

from conftest import RecordingFeedback
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication


def run_like_the_dialog(algorithm_id, params, timeout_s=600):
    """Run ``algorithm_id`` as AlgorithmDialog does: a QgsProcessingAlgRunnerTask in the
    application's task manager, then Processing's own post-processing, which loads the
    result layers into the project. Returns (ok, results, feedback)."""
    from processing.gui import Postprocessing

    registry = QgsApplication.processingRegistry()
    alg = registry.createAlgorithmById(algorithm_id)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = RecordingFeedback()
    done = {}

    def on_complete(ok, results):
        # an exception escaping a Qt slot aborts the process: keep it for the assertion
        try:
            if ok:
                Postprocessing.handleAlgorithmResults(alg, context, feedback)
        except Exception as exc:
            done["error"] = exc
        done["result"] = (ok, results)

    # pytest-qgis puts a mock in place of QGIS's iface; QGIS >= 3.32 hands
    # iface.layerTreeView() to C++, which refuses a mock. Without a main window there is
    # no iface (as in qgis_process); the desktop test runs with the real one.
    saved_iface = getattr(Postprocessing, "iface", None)
    Postprocessing.iface = None
    try:
        return _run(alg, params, context, feedback, done, on_complete, timeout_s)
    finally:
        Postprocessing.iface = saved_iface


def _run(alg, params, context, feedback, done, on_complete, timeout_s):
    task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
    task.executed.connect(on_complete)
    QgsApplication.taskManager().addTask(task)
    start = time.monotonic()
    while "result" not in done and time.monotonic() - start < timeout_s:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    assert "result" in done, "the task did not finish"
    if "error" in done:
        raise done["error"]
    ok, results = done["result"]
    context.temporaryLayerStore().removeAllMapLayers()
    return ok, results, feedback
