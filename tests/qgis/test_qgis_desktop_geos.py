"""Which GEOS shapely calls inside the desktop ``qgis.bin``, as the dynamic loader says.

QGIS 3.40 and later import shapely in ``qgis.core`` before any plugin; on Linux shapely
then binds its GEOS functions to the system GEOS that ``qgis.bin`` links (on Debian sid
GEOS 3.15.0, against 3.14.1 in shapely's wheel; the kansenzone of DBG-ZUIDOOST became
14.912 ha instead of 14.915 ha). ``shapely.geos_version_string`` still names the version
shapely was built with. The loader's own record (``LD_DEBUG=bindings``) of where
``shapely/lib*.so`` binds its ``GEOS*`` symbols is the truth here:
``geostack.geos_in_use`` must agree with it, and with ``PYQGIS_STARTUP`` set to the
plugin's ``pyqgis_startup.py`` shapely must bind to its own GEOS on every QGIS version.
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PLUGIN_DIR

QGIS_BIN = "/usr/bin/qgis.bin"
XVFB_RUN = shutil.which("xvfb-run")
pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux loader only"),
    pytest.mark.skipif(not Path(QGIS_BIN).exists(), reason="qgis.bin is not installed"),
    pytest.mark.skipif(XVFB_RUN is None, reason="xvfb-run (Debian package xvfb) is missing"),
]

SCRIPT = """
import json, os
import shapely
from rve_qgis import geostack
with open({report!r}, "w") as f:
    json.dump({{"geos": geostack.geos_in_use(), "lib": shapely.lib.__file__}}, f)
os._exit(0)
"""
BINDING = re.compile(r"binding file (\S+) \[\d+\] to (\S+) \[\d+\]: normal symbol `(GEOS\w*)'")


def _bound_geos(qgis_env, tmp_path, startup):
    """(geos_in_use() inside qgis.bin, the files shapely's lib module binds GEOS* to)."""
    report = tmp_path / "report.json"
    script = tmp_path / "run.py"
    script.write_text(SCRIPT.format(report=str(report)))
    trace = tmp_path / "ld"
    trace.mkdir()
    env = {k: v for k, v in qgis_env.items() if k != "QT_QPA_PLATFORM"}
    env.update(LD_DEBUG="bindings", LD_DEBUG_OUTPUT=str(trace / "ld"))
    if startup:
        env["PYQGIS_STARTUP"] = str(PLUGIN_DIR / "rve_qgis" / "pyqgis_startup.py")
    done = subprocess.run([XVFB_RUN, "-a", QGIS_BIN, "--nologo", "--noversioncheck",
                           "--code", str(script)], env=env, capture_output=True, text=True,
                          timeout=240)
    assert report.exists(), (done.returncode, done.stderr[-3000:])
    result = json.loads(report.read_text())
    targets = set()
    for path in trace.iterdir():
        with path.open(errors="replace") as lines:
            for line in lines:
                if result["lib"] in line and "GEOS" in line:
                    match = BINDING.search(line)
                    if match and match.group(1) == result["lib"]:
                        targets.add(match.group(2))
        path.unlink()  # the trace of qgis.bin is about 100 MB
    assert targets, "the loader reported no GEOS binding of shapely's lib module"
    return result["geos"], targets


def _own(targets):
    return all("shapely.libs" in target or ".dylibs" in target for target in targets)


def test_geos_in_use_tells_which_geos_shapely_calls_in_the_desktop(qgis_env, tmp_path):
    geos, targets = _bound_geos(qgis_env, tmp_path, startup=False)
    assert geos["own"] == _own(targets), (geos, targets)
    if not geos["own"]:  # the version named is the one the loader bound to
        assert geos["version"] != geos["shapely"], geos


def test_the_startup_file_keeps_shapely_on_its_own_geos(qgis_env, tmp_path):
    geos, targets = _bound_geos(qgis_env, tmp_path, startup=True)
    assert _own(targets), targets
    assert geos["own"] and geos["version"] == geos["shapely"], geos
