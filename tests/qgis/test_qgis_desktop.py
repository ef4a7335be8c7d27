"""Run an algorithm inside the QGIS desktop executable (qgis.bin) under a virtual display.

qgis.bin links the system GDAL/GEOS/PROJ like qgis_process.bin does; this proves the
plugin's deep-bound geo stack works there too. The desktop needs an X display (it
crashes on the offscreen platform), hence xvfb-run (Debian package xvfb).
"""

import json
import shutil
import subprocess
import warnings
from pathlib import Path

import geopandas as gpd
import pytest
from conftest import SAMPLE

import rve_geo

QGIS_BIN = "/usr/bin/qgis.bin"
XVFB_RUN = shutil.which("xvfb-run")
pytestmark = [
    pytest.mark.skipif(not Path(QGIS_BIN).exists(), reason="qgis.bin is not installed"),
    pytest.mark.skipif(XVFB_RUN is None, reason="xvfb-run (Debian package xvfb) is missing"),
    pytest.mark.skipif(not SAMPLE.exists(), reason="sample_data/doesburg.gpkg is missing"),
]

SCRIPT = """
import json, os
from qgis.core import QgsApplication
try:
    import processing
    result = processing.run("rve:densitymeasures", {{
        "PARCELS": {sample!r} + "|layername=parcels",
        "BUILDINGS": {sample!r} + "|layername=buildings", "OUTPUT": {out!r}}})
    report = {{"ok": True, "result": result}}
except Exception as exc:
    report = {{"ok": False, "error": repr(exc), "algorithms": [
        a.id() for a in QgsApplication.processingRegistry().algorithms()
        if a.id().startswith("rve:")]}}
with open({report!r}, "w") as f:
    json.dump(report, f)
os._exit(0)
"""


def test_density_measures_in_qgis_desktop(qgis_env, tmp_path):
    out, report = tmp_path / "desktop.gpkg", tmp_path / "report.json"
    script = tmp_path / "run.py"
    script.write_text(SCRIPT.format(sample=str(SAMPLE), out=str(out), report=str(report)))
    env = {k: v for k, v in qgis_env.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run([XVFB_RUN, "-a", QGIS_BIN, "--nologo", "--noversioncheck",
                           "--code", str(script)], env=env, capture_output=True, text=True,
                          timeout=300)
    assert report.exists(), (done.returncode, done.stderr[-3000:])
    result = json.loads(report.read_text())
    assert result["ok"], result
    got = gpd.read_file(out)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = rve_geo.density_measures(gpd.read_file(SAMPLE, layer="parcels"),
                                            gpd.read_file(SAMPLE, layer="buildings"))
    assert len(got) == len(expected) > 0
    assert got["fsi"].tolist() == pytest.approx(expected["fsi"].tolist(), nan_ok=True)
