"""Load the Python geo stack so it works inside QGIS's own executables.

``qgis.bin`` and ``qgis_process.bin`` link the system GDAL, GEOS and PROJ when
they start. On Linux the dynamic loader then resolves the symbols of the
shapely, pyogrio, pyproj and rasterio wheels against those system copies
instead of the copies the wheels ship (one flat symbol namespace), which breaks
WKB output, file writing, and can crash the process. Importing those packages
once, early, with ``RTLD_DEEPBIND`` makes each extension module prefer its own
bundled libraries. Windows (per-DLL imports) and macOS (two-level namespaces)
do not mix symbols this way, so nothing special is needed there.

This must run before anything else in the process imports these packages; the
plugin calls :func:`load` when QGIS imports it. :func:`self_check` confirms
afterwards that the stack works (it returns a readable problem text or None).

QGIS 3.40 and later import shapely themselves (``qgis.core`` adds
``QgsGeometry.as_shapely``) before any plugin: inside ``qgis.bin`` shapely then
computes with QGIS's system GEOS, whatever ``shapely.geos_version_string`` (the
version shapely was built with) says. :func:`geos_in_use` tells which GEOS
shapely really calls; ``pyqgis_startup.py`` (set ``PYQGIS_STARTUP`` to it) loads
the stack before QGIS does, so shapely keeps its own GEOS.
"""

import importlib
import os
import sys

#: Imported deep-bound, in this order. rasterio loads some extension modules
#: lazily, so they are listed explicitly.
MODULES = (
    "numpy",
    "shapely",
    "pyproj",
    "pyogrio",
    "pandas",
    "geopandas",
    "rasterio",
    "rasterio.features",
    "rasterio.fill",
    "rasterio.mask",
    "rasterio.shutil",
    "rasterio.warp",
)
#: Missing optional modules are not an error.
OPTIONAL = ("rasterio",)

_state = {"loaded": False, "errors": {}, "deep": False, "preloaded": ()}


def _needs_deepbind() -> bool:
    if os.environ.get("RVE_QGIS_DEEPBIND", "1") == "0":  # for diagnosis only
        return False
    return sys.platform.startswith("linux") and hasattr(os, "RTLD_DEEPBIND")


def load() -> dict:
    """Import the geo stack (deep-bound on Linux); return what happened."""
    if _state["loaded"]:
        return _state
    _state["preloaded"] = tuple(m for m in ("shapely", "pyogrio", "pyproj", "rasterio")
                                if m in sys.modules)
    deep = _needs_deepbind()
    flags = sys.getdlopenflags() if deep else None
    if deep:
        sys.setdlopenflags(flags | os.RTLD_DEEPBIND)
    try:
        for name in MODULES:
            try:
                importlib.import_module(name)
            except Exception as exc:  # report, do not break QGIS start-up
                if name.split(".")[0] not in OPTIONAL:
                    _state["errors"][name] = f"{type(exc).__name__}: {exc}"
    finally:
        if deep:
            sys.setdlopenflags(flags)
    _state["deep"] = deep
    _state["loaded"] = True
    return _state


def geos_in_use() -> dict:
    """The GEOS that shapely calls in this process (``rve_geo._versions.geos_in_use``).

    Returns ``{"version": ..., "own": bool, "shapely": ...}``: the GEOS C API version
    string in use, whether it is the one shapely ships (``shapely``). Shapely counts as
    deep-bound (always its own GEOS) when :func:`load` imported it with
    ``RTLD_DEEPBIND`` before anything else had imported it.
    """
    from rve_geo._versions import geos_in_use as library_geos_in_use

    deep_bound = _state["deep"] and "shapely" not in _state["preloaded"]
    return library_geos_in_use(shapely_deep_bound=deep_bound)


def self_check():
    """Return None when shapely and pyogrio work in this process, else a problem text."""
    if _state["errors"]:
        return "; ".join(f"{k}: {v}" for k, v in _state["errors"].items())
    try:
        import shapely

        point = shapely.from_wkb(shapely.to_wkb(shapely.Point(1.5, 2.5)))
        if (point.x, point.y) != (1.5, 2.5):
            return "shapely WKB round trip gives wrong coordinates"
    except Exception as exc:
        preloaded = ", ".join(_state["preloaded"])
        hint = (f" ({preloaded} were imported by another plugin before this one; disable it "
                "or restart QGIS)") if preloaded else ""
        return f"shapely does not work in this QGIS process: {exc}{hint}"
    return None
