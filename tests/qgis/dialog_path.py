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
    from processing.gui.Postprocessing import handleAlgorithmResults

    registry = QgsApplication.processingRegistry()
    alg = registry.createAlgorithmById(algorithm_id)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = RecordingFeedback()
    done = {}

    def on_complete(ok, results):
        if ok:
            handleAlgorithmResults(alg, context, feedback)
        done["result"] = (ok, results)

    task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
    task.executed.connect(on_complete)
    QgsApplication.taskManager().addTask(task)
    start = time.monotonic()
    while "result" not in done and time.monotonic() - start < timeout_s:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    assert "result" in done, "the task did not finish"
    ok, results = done["result"]
    context.temporaryLayerStore().removeAllMapLayers()
    return ok, results, feedback
