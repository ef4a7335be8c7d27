"""``geos_in_use`` and ``library_versions`` name the GEOS shapely really calls.

With ``LD_PRELOAD`` of Debian's system ``libgeos_c`` the dynamic loader binds shapely's
``GEOS*`` calls to that library while ``shapely.geos_version_string`` still names the
wheel's GEOS (the situation inside ``qgis.bin`` of QGIS 3.40+). The loader's own record
(``LD_DEBUG=bindings``) says where shapely's ``lib`` module binds; the reported version
must be the ``GEOSversion()`` of that library.
"""

import ctypes
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import shapely

from rve_geo._versions import geos_in_use, library_versions

SYSTEM_GEOS = Path("/usr/lib/x86_64-linux-gnu/libgeos_c.so.1")
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the Linux loader only")
SCRIPT = """
import ctypes, json, sys
import shapely
from rve_geo._versions import geos_in_use, library_versions
system = None
if len(sys.argv) > 1:  # the GEOSversion() of the already loaded system library
    handle = ctypes.CDLL(sys.argv[1], mode=ctypes.RTLD_GLOBAL | 4)  # RTLD_NOLOAD
    handle.GEOSversion.restype = ctypes.c_char_p
    system = handle.GEOSversion().decode()
print(json.dumps({"geos": geos_in_use(), "versions": library_versions(),
                  "lib": shapely.lib.__file__, "system": system}))
"""
BINDING = re.compile(r"binding file (\S+) \[\d+\] to (\S+) \[\d+\]: normal symbol `(GEOS\w*)'")


def _run(tmp_path, preload):
    """(report of the subprocess, {GEOS* symbol: files shapely's lib module binds it to})."""
    env = {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", "LD_DEBUG")}
    trace = tmp_path / "ld"
    env.update(LD_DEBUG="bindings", LD_DEBUG_OUTPUT=str(trace))
    args = [sys.executable, "-c", SCRIPT]
    if preload:
        env["LD_PRELOAD"] = str(SYSTEM_GEOS)
        args.append(str(SYSTEM_GEOS))
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    targets = {}
    for path in tmp_path.glob("ld.*"):
        for line in path.read_text(errors="replace").splitlines():
            match = BINDING.search(line)
            if match and match.group(1) == report["lib"]:
                targets.setdefault(match.group(3), set()).add(match.group(2))
    assert targets, "the loader reported no GEOS binding of shapely's lib module"
    return report, targets


@pytest.mark.skipif(not SYSTEM_GEOS.exists(), reason=f"{SYSTEM_GEOS} is not installed")
def test_with_the_system_geos_preloaded_the_system_version_is_reported(tmp_path):
    report, targets = _run(tmp_path, preload=True)
    # the loader: every GEOS function the system library has is called there; only the
    # functions it lacks (newer than its version) still go to shapely's own GEOS
    system_library = ctypes.CDLL(str(SYSTEM_GEOS))
    for symbol, files in targets.items():
        expected = str(SYSTEM_GEOS) if hasattr(system_library, symbol) else "shapely.libs"
        assert len(files) == 1 and expected in files.pop(), (symbol, files)
    assert hasattr(system_library, "GEOSArea_r") and "GEOSArea_r" in targets
    geos, versions, system = report["geos"], report["versions"], report["system"]
    assert geos["version"] == system
    assert geos["shapely"] == shapely.geos_capi_version_string
    assert geos["own"] == (system == shapely.geos_capi_version_string)
    system_short = system.split("-CAPI-")[0]  # "3.11.1-CAPI-1.17.1" -> "3.11.1"
    assert versions["GEOS"] == system_short
    if system_short != shapely.geos_version_string:  # on Debian bookworm: 3.11.1 vs 3.14.1
        assert not geos["own"]
        assert versions["GEOS_shapely_build"] == shapely.geos_version_string
    else:
        assert "GEOS_shapely_build" not in versions


def test_without_preload_shapely_s_own_geos_is_reported(tmp_path):
    report, targets = _run(tmp_path, preload=False)
    assert all("shapely.libs" in file for files in targets.values() for file in files), targets
    geos, versions = report["geos"], report["versions"]
    assert geos == {"version": shapely.geos_capi_version_string, "own": True,
                    "shapely": shapely.geos_capi_version_string}
    assert versions["GEOS"] == shapely.geos_version_string
    assert "GEOS_shapely_build" not in versions


def test_deep_bound_shapely_always_calls_its_own_geos():
    assert geos_in_use(shapely_deep_bound=True) == {
        "version": shapely.geos_capi_version_string, "own": True,
        "shapely": shapely.geos_capi_version_string}


def test_library_versions_name_the_stack():
    import pyproj

    versions = library_versions()
    assert versions["shapely"] == shapely.__version__
    assert versions["PROJ"] == pyproj.proj_version_str
    assert {"rve_geo", "pyogrio", "GDAL", "numpy", "pandas", "geopandas"} <= set(versions)
