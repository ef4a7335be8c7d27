"""Which versions of the geo stack computed a run, including the GEOS shapely really calls.

``shapely.geos_version_string`` is the GEOS version shapely was *built* with. On Linux a
process can make shapely call another GEOS: when an executable or ``LD_PRELOAD`` puts a
system ``libgeos_c`` into the process's global symbol scope (``qgis.bin`` and
``qgis_process.bin`` of QGIS 3.40 and later do, and import shapely themselves), the
dynamic loader binds shapely's ``GEOS*`` calls to that library, while
``shapely.geos_version_string`` still names the wheel's version. :func:`geos_in_use`
tells which GEOS computes; :func:`library_versions` records it for ``run_metadata``.

Examples
--------
>>> versions = library_versions()
>>> {"rve_geo", "shapely", "GEOS", "pyproj", "PROJ"} <= set(versions)
True
"""

from __future__ import annotations

import contextlib
import importlib
import sys


def _global_geos_version() -> str | None:
    """``GEOSversion()`` of the process's global symbol scope, or None when it has none."""
    import ctypes

    try:
        version = ctypes.CDLL(None).GEOSversion  # dlsym(RTLD_DEFAULT): executable first
    except (OSError, AttributeError):
        return None
    version.restype = ctypes.c_char_p
    return version().decode()


def geos_in_use(shapely_deep_bound: bool = False) -> dict[str, str | bool]:
    """The GEOS C library that shapely calls in this process.

    Parameters
    ----------
    shapely_deep_bound : bool, default False
        True when shapely's extension modules were imported with ``RTLD_DEEPBIND``
        (the QGIS plugin does so): they then resolve GEOS in their own libraries first,
        so shapely always calls the GEOS it ships.

    Returns
    -------
    dict
        ``version``: the GEOS C API version string in use (as ``GEOSversion()`` gives it,
        e.g. ``"3.14.1-CAPI-1.20.5"``); ``shapely``: the one shapely was built with and
        ships (``shapely.geos_capi_version_string``); ``own``: whether the two are the
        same library version.

    Notes
    -----
    On Linux an extension module that was not deep-bound resolves its GEOS functions
    in the global scope first (the executable, ``LD_PRELOAD`` libraries, libraries
    opened with ``RTLD_GLOBAL``), then in its own dependencies. The ``GEOSversion`` of
    the global scope, when there is one, is therefore the GEOS shapely calls. Windows
    and macOS do not mix symbols of different libraries this way: there shapely always
    calls its own GEOS. Pure Python; does not import QGIS.

    Examples
    --------
    >>> geos = geos_in_use()
    >>> sorted(geos)
    ['own', 'shapely', 'version']
    >>> geos["own"] == (geos["version"] == geos["shapely"])
    True
    >>> geos_in_use(shapely_deep_bound=True)["own"]
    True
    """
    import shapely

    own = shapely.geos_capi_version_string
    if shapely_deep_bound or not sys.platform.startswith("linux"):
        return {"version": own, "own": True, "shapely": own}
    used = _global_geos_version() or own
    return {"version": used, "own": used == own, "shapely": own}


def _short(capi_version: str) -> str:
    """``"3.11.1-CAPI-1.17.1"`` -> ``"3.11.1"`` (the form of ``shapely.geos_version_string``)."""
    return capi_version.split("-CAPI-")[0]


def library_versions() -> dict[str, str]:
    """rve_geo and the geo stack it runs on (``run_metadata`` ``versions``).

    Returns
    -------
    dict of str to str
        Package and library versions. ``GEOS`` is the GEOS that computes (see
        :func:`geos_in_use`); when that is not the GEOS shapely was built with,
        ``GEOS_shapely_build`` names the latter (``shapely.geos_version_string``).

    Examples
    --------
    >>> import shapely
    >>> versions = library_versions()
    >>> ("GEOS_shapely_build" in versions) == (versions["GEOS"] != shapely.geos_version_string)
    True
    """
    from . import __version__

    out = {"rve_geo": __version__}
    try:
        import shapely

        out["shapely"] = shapely.__version__
        out["GEOS"] = _short(str(geos_in_use()["version"]))
        if out["GEOS"] != shapely.geos_version_string:
            out["GEOS_shapely_build"] = shapely.geos_version_string
    except ImportError:  # pragma: no cover - shapely is a dependency
        pass
    try:
        import pyproj

        out["pyproj"] = pyproj.__version__
        out["PROJ"] = pyproj.proj_version_str
    except ImportError:  # pragma: no cover
        pass
    try:
        import pyogrio

        out["pyogrio"] = pyogrio.__version__
        out["GDAL"] = ".".join(str(v) for v in pyogrio.__gdal_version__)
    except ImportError:  # pragma: no cover
        pass
    for name in ("numpy", "pandas", "geopandas"):
        with contextlib.suppress(ImportError):
            out[name] = importlib.import_module(name).__version__
    return out
