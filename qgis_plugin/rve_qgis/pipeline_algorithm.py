"""The "full analysis" algorithm: runs rve_geo.pipeline on a TOML configuration.

Added to the provider only when ``rve_geo.pipeline.run_pipeline`` exists in the
installed library.
"""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from . import runtime
from .algorithm import FeedbackProgress
from .convert import write_frames
from .i18n import tr

CONFIG = "CONFIG"
OUTPUT = "OUTPUT"


def pipeline_module():
    """``rve_geo.pipeline`` when it offers ``run_pipeline``, else None."""
    try:
        from rve_geo import pipeline
    except Exception:
        return None
    return pipeline if hasattr(pipeline, "run_pipeline") else None


def create():
    """The algorithm, or None when the installed rve_geo has no pipeline."""
    return FullAnalysisAlgorithm() if pipeline_module() is not None else None


class FullAnalysisAlgorithm(QgsProcessingAlgorithm):
    """Run every stage of the analysis for the areas of one configuration file."""

    def createInstance(self):
        return FullAnalysisAlgorithm()

    def name(self):
        return "fullanalysis"

    def displayName(self):
        return tr("Full analysis")

    def group(self):
        return tr("Deliverables")

    def groupId(self):
        return "deliverables"

    def shortHelpString(self):
        module = pipeline_module()
        doc = (module.run_pipeline.__doc__ or "").strip().split("\n\n")[0] if module else ""
        return tr("Runs density, milieuzonering, potential, indicators and kansenzones as "
                  "described by a configuration file (rve init writes an example) and writes "
                  "every layer into one GeoPackage.") + (f"<p>{doc}</p>" if doc else "")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            CONFIG, tr("Configuration file (TOML)"), extension="toml"))
        self.addParameter(QgsProcessingParameterFileDestination(
            OUTPUT, tr("Output GeoPackage"), "GeoPackage (*.gpkg)", optional=True))
        self.addOutput(QgsProcessingOutputFile("RESULT", tr("Result")))

    def processAlgorithm(self, parameters, context, feedback):
        runtime.require()
        from rve_geo.errors import OperationCancelledError, RveGeoError

        module = pipeline_module()
        path = self.parameterAsFile(parameters, CONFIG, context)
        output = self.parameterAsFileOutput(parameters, OUTPUT, context) \
            if parameters.get(OUTPUT) else None
        try:
            config = module.load_config(path) if hasattr(module, "load_config") else path
            result = module.run_pipeline(config, progress=FeedbackProgress(feedback))
        except OperationCancelledError as exc:
            raise QgsProcessingException(tr("Cancelled; no output was written.")) from exc
        except RveGeoError as exc:
            raise QgsProcessingException(str(exc)) from exc
        written = getattr(result, "output", None) or getattr(result, "path", None)
        if output:
            frames, extras = runtime.result_frames("full_analysis", result, {})
            for key, value in extras.items():
                feedback.pushInfo(f"{key}: {value}")
            write_frames(frames, output, next(iter(frames)))
            written = output
        return {"RESULT": str(written) if written else "", OUTPUT: output or ""}
