"""Plugin entry object: registers the Processing provider and the translator."""

from qgis.core import QgsApplication

from . import i18n


class RvePlugin:
    """QGIS plugin offering rve_geo's operations as Processing algorithms."""

    def __init__(self, iface=None):
        self.iface = iface
        self.provider = None
        self.translator = None

    def initProcessing(self):
        if self.provider is not None:
            return
        from .provider import RveProvider

        self.translator = i18n.install()
        self.provider = RveProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.uninstall(self.translator)
        self.translator = None
