"""The ``rve`` Processing provider: one algorithm per entry of rve_geo.OPERATIONS."""

from html import escape
from pathlib import Path

from qgis.core import QgsMessageLog, QgsProcessingException, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from . import compat, runtime
from .i18n import tr

PROVIDER_ID = "rve"


def _missing_algorithm_class():
    from qgis.core import QgsProcessingAlgorithm

    class SetupAlgorithm(QgsProcessingAlgorithm):
        """Shown when rve_geo is missing: explains how to install it."""

        def __init__(self, problem):
            super().__init__()
            self.problem = problem

        def createInstance(self):
            return type(self)(self.problem)

        def name(self):
            return "setup"

        def displayName(self):
            return tr("rve_geo is not installed: how to install")

        def shortHelpString(self):
            # plain text shown as HTML: escape it ("numpy<2" would open a tag)
            return (escape(tr(runtime.INSTALL_HELP)).replace("\n", "<br>") + "<br><br>"
                    + escape(self.problem))

        def initAlgorithm(self, config=None):
            pass

        def processAlgorithm(self, parameters, context, feedback):
            raise QgsProcessingException(tr(runtime.INSTALL_HELP) + "\n\n" + self.problem)

    return SetupAlgorithm


class RveProvider(QgsProcessingProvider):
    """Processing provider of rve_geo operations."""

    def __init__(self):
        super().__init__()
        self.missing = {}
        self.problem = None

    def id(self):
        return PROVIDER_ID

    def name(self):
        return tr("Ruimte voor Economie (rve)")

    def icon(self):
        return QIcon(str(Path(__file__).resolve().parent / "icon.svg"))

    def longName(self):
        try:
            import rve_geo

            return f"{self.name()} - rve_geo {rve_geo.__version__}"
        except Exception:
            return self.name()

    def loadAlgorithms(self):
        self.problem = runtime.import_problem()
        if self.problem is not None:
            QgsMessageLog.logMessage(tr(runtime.INSTALL_HELP) + "\n" + self.problem, "rve",
                                     compat.MESSAGE_WARNING)
            self.addAlgorithm(_missing_algorithm_class()(self.problem))
            return
        from rve_geo.specs import available_operations

        from .algorithm import OperationAlgorithm

        specs, self.missing = available_operations()
        for spec in specs:
            self.addAlgorithm(OperationAlgorithm(spec))
        for name, reason in self.missing.items():
            QgsMessageLog.logMessage(f"rve_geo.{name} is not available: {reason}", "rve",
                                     compat.MESSAGE_WARNING)
        from . import pipeline_algorithm

        alg = pipeline_algorithm.create()
        if alg is not None:
            self.addAlgorithm(alg)
