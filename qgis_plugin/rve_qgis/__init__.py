"""rve_qgis: QGIS Processing provider for the rve_geo library (Ruimte voor Economie).

The geo stack (numpy, shapely, pyproj, pyogrio, geopandas, rasterio) is imported
before anything else, deep-bound on Linux, so that it keeps using its own GDAL,
GEOS and PROJ inside QGIS's executables; see :mod:`.geostack`.
"""

from . import geostack

geostack.load()


def classFactory(iface):
    """Return the plugin object QGIS asks for."""
    from .plugin import RvePlugin

    return RvePlugin(iface)
