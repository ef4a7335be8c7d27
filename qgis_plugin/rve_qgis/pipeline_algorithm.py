"""The "full analysis" algorithm: runs rve_geo.pipeline.run on a TOML configuration.

The configuration (``rve init`` writes a commented example) names the inputs,
parameters and output folder; every area becomes one GeoPackage with a layer
per result. The algorithm is added to the provider only when the installed
library has ``rve_geo.pipeline.run.run_pipeline``.
"""

import json

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputFolder,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
)

from . import runtime
from .algorithm import FeedbackProgress
from .i18n import tr
from .styles import StylePostProcessor, embedded_style, style_for

CONFIG = "CONFIG"
OVERWRITE = "OVERWRITE"
OUTPUT_FOLDER = "OUTPUT_FOLDER"
GEOPACKAGES = "GEOPACKAGES"


def pipeline_module():
    """``rve_geo.pipeline.run`` when it offers ``run_pipeline``, else None."""
    try:
        from rve_geo.pipeline import run as pipeline
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
        self.addParameter(QgsProcessingParameterBoolean(OVERWRITE, tr("Overwrite"), False))
        self.addOutput(QgsProcessingOutputFolder(OUTPUT_FOLDER, tr("Output folder")))
        self.addOutput(QgsProcessingOutputString(GEOPACKAGES, tr("GeoPackages written")))

    def processAlgorithm(self, parameters, context, feedback):
        runtime.require()
        from rve_geo.errors import OperationCancelledError, RveGeoError

        module = pipeline_module()
        path = self.parameterAsFile(parameters, CONFIG, context)
        overwrite = self.parameterAsBoolean(parameters, OVERWRITE, context)
        try:
            result = module.run_pipeline(path, overwrite=overwrite,
                                         progress=FeedbackProgress(feedback))
        except OperationCancelledError as exc:
            raise QgsProcessingException(tr("Cancelled; no output was written.")) from exc
        except RveGeoError as exc:
            raise QgsProcessingException(str(exc)) from exc
        for failure in result.failures:
            feedback.reportError(f"{failure.name} ({failure.stage}): {failure.message}", False)
        if not result.areas:
            raise QgsProcessingException(tr("No area could be completed; see the log."))
        feedback.pushInfo(json.dumps(result.summary(), indent=1, default=str))
        packages = [str(p) for area in result.areas for p in area.outputs
                    if str(p).lower().endswith(".gpkg")]
        for package in packages:
            self.load_layers(package, context)
        return {OUTPUT_FOLDER: str(result.output_folder or ""), GEOPACKAGES: ";".join(packages)}

    def load_layers(self, package, context):
        """Load every geometry layer of ``package`` when the run ends, styled."""
        import pyogrio

        for name, geometry_type in pyogrio.list_layers(package):
            if geometry_type is None:
                continue
            uri = f"{package}|layername={name}"
            details = QgsProcessingContext.LayerDetails(str(name), context.project(), str(name))
            # the style rve run embedded in layer_styles (classes from this run's data)
            qml = embedded_style(package, name) or style_for(str(name))
            if qml is not None:
                details.setPostProcessor(StylePostProcessor.create(qml))
            context.addLayerToLoadOnCompletion(uri, details)
