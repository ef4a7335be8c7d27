"""Load the geo stack before QGIS's own Python does: set ``PYQGIS_STARTUP`` to this file.

QGIS runs the file named by the environment variable ``PYQGIS_STARTUP`` before it
imports ``qgis.core``. QGIS 3.40 and later import shapely in ``qgis.core``; on Linux,
inside ``qgis.bin``, shapely then computes with QGIS's system GEOS instead of the GEOS
its wheel ships, and results can differ in the last decimals from ``rve`` outside
QGIS. Importing the plugin package here, first, loads shapely deep-bound to its own
GEOS (see :mod:`rve_qgis.geostack`); QGIS later finds the package already imported.

QGIS executes the file's text in its ``__main__`` namespace (``__file__`` is not this
file's name there), so the file finds itself through the environment variable and
leaves no names behind.
"""


def _load_rve_qgis_first():
    import importlib.util
    import os
    import sys

    path = globals().get("__file__") or ""
    if os.path.basename(path) != "pyqgis_startup.py":
        path = os.environ.get("PYQGIS_STARTUP", "")
    folder = os.path.dirname(os.path.abspath(path))
    if "rve_qgis" in sys.modules or not os.path.isfile(os.path.join(folder, "__init__.py")):
        return
    spec = importlib.util.spec_from_file_location(
        "rve_qgis", os.path.join(folder, "__init__.py"), submodule_search_locations=[folder])
    module = importlib.util.module_from_spec(spec)
    sys.modules["rve_qgis"] = module
    try:
        spec.loader.exec_module(module)
    except Exception:  # an error here would stop QGIS with a dialog; the plugin says it later
        del sys.modules["rve_qgis"]  # QGIS imports the plugin as usual
        import traceback

        traceback.print_exc()


_load_rve_qgis_first()
del _load_rve_qgis_first
