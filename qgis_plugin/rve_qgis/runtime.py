"""Is the library usable in this QGIS, and how results become layers."""

import dataclasses
import os

from qgis.core import QgsProcessingException

from . import compat, geostack
from .i18n import tr

INSTALL_HELP = (
    "The rve_geo Python library is not available in QGIS's Python. Install it into the "
    "Python that QGIS runs, then restart QGIS:\n"
    "- Debian/Ubuntu: python3 -m pip install --user --break-system-packages "
    "'rve_geo[raster]' 'numpy<2' (or a venv made with --system-site-packages whose "
    "site-packages is on PYTHONPATH).\n"
    "- Windows (OSGeo4W or the standalone installer): open the OSGeo4W Shell and run "
    "python -m pip install rve_geo.\n"
    "- macOS (official QGIS.app): /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip "
    "install --user rve_geo.\n"
    "See docs/qgis.md of rve_geo for details."
)


def import_problem():
    """None when rve_geo and the geo stack work here, else a readable reason."""
    try:
        import rve_geo  # noqa: F401
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return geostack.self_check()


def require(feedback=None):
    """Raise QgsProcessingException with install instructions when rve_geo cannot run.

    With ``feedback``, also warn in the log when shapely computes with another GEOS than
    its own (QGIS imported shapely first, see :func:`geostack.geos_in_use`).
    """
    problem = import_problem()
    if problem is not None:
        raise QgsProcessingException(tr(INSTALL_HELP) + "\n\n" + tr("Reason: ") + problem)
    from .threads import keep_pyproj_context

    keep_pyproj_context()  # a later task on this pool thread must find a live PROJ context
    if feedback is not None:
        warn_foreign_geos(feedback)


def warn_foreign_geos(feedback):
    """Say in the log that QGIS's GEOS, not shapely's own, computes this run."""
    geos = geostack.geos_in_use()
    if geos["own"]:
        return
    startup = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pyqgis_startup.py")
    compat.push_warning(feedback, tr(
        "This run computes with GEOS {0} of QGIS, not with GEOS {1} that shapely brings: "
        "QGIS imported shapely before this plugin. Results can differ in the last decimals "
        "from rve outside QGIS. To use shapely's own GEOS, start QGIS with the environment "
        "variable PYQGIS_STARTUP={2}").format(geos["version"], geos["shapely"], startup))


def _is_frame(value):
    import pandas as pd

    return isinstance(value, pd.DataFrame)


def result_frames(operation, result, inputs):
    """Turn a library result into ({layer name: frame}, {name: scalar}).

    A GeoDataFrame or DataFrame is one layer named after the operation; a Series
    is joined to the first input layer; a dataclass or mapping gives one layer per
    frame-valued field (in field order) and log lines for scalar fields.
    """
    import geopandas as gpd
    import pandas as pd

    if _is_frame(result):
        return {operation: result}, {}
    if isinstance(result, pd.Series):
        base = next(iter(inputs.values()))
        frame = gpd.GeoDataFrame(base[[base.geometry.name]].copy())
        frame[result.name or operation] = result
        return {operation: frame}, {}
    if dataclasses.is_dataclass(result):
        items = [(f.name, getattr(result, f.name)) for f in dataclasses.fields(result)]
    elif isinstance(result, dict):
        items = list(result.items())
    else:
        raise QgsProcessingException(
            tr("{0} returned {1}, which cannot be written as a layer.").format(
                operation, type(result).__name__))
    frames = {name: value for name, value in items if _is_frame(value)}
    extras = {name: value for name, value in items if not _is_frame(value)}
    if not frames:
        raise QgsProcessingException(tr("{} returned no layer to write.").format(operation))
    return frames, extras
