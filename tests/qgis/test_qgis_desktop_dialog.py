"""The full analysis from the real algorithm dialog of the desktop, three times in one QGIS.

Inside ``qgis.bin`` under a virtual display (xvfb-run), a script opens Processing's
AlgorithmDialog for rve:fullanalysis, fills in the form with the sample's layers from
the project and presses Run (``runAlgorithm``), three times in a row: the task runs on
Qt's thread pool, the map canvas renders while the result layers are loaded, exactly as
for a user. Before the fix of qgis_plugin/rve_qgis/threads.py the second run died with
signal 11. The test checks the groups per area, the visible key layers and that the
GeoPackages equal the library's run.

QGIS starts with ``PYQGIS_STARTUP`` set to the plugin's ``pyqgis_startup.py``, as
docs/qgis.md advises: QGIS 3.40 and later import shapely in ``qgis.core``, and without
the startup file shapely inside ``qgis.bin`` computes with QGIS's system GEOS (on Debian
sid GEOS 3.15.0, which gives a kansenzone of 14.912 ha where shapely's GEOS 3.14.1 gives
14.915 ha); ``test_qgis_desktop_geos.py`` covers that case.
"""

import json
import shutil
import subprocess
import warnings
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
from conftest import PLUGIN_DIR, SAMPLE

QGIS_BIN = "/usr/bin/qgis.bin"
XVFB_RUN = shutil.which("xvfb-run")
AREAS = ["DBG-NOORD", "DBG-ZUIDOOST"]
pytestmark = [
    pytest.mark.skipif(not Path(QGIS_BIN).exists(), reason="qgis.bin is not installed"),
    pytest.mark.skipif(XVFB_RUN is None, reason="xvfb-run (Debian package xvfb) is missing"),
    pytest.mark.skipif(not SAMPLE.exists(), reason="sample_data/doesburg.gpkg is missing"),
]

SCRIPT = """
import faulthandler, sys
# should QGIS die on a signal: the Python stack of every thread on stderr, before QGIS's
# crash handler prints its gdb backtrace on stdout (where gdb is installed: the chroots)
try:
    faulthandler.enable(sys.stderr, all_threads=True)
except (AttributeError, OSError, ValueError):  # a stderr without a file descriptor
    pass
import json, os, time, traceback
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer, QgsLayerTreeGroup
from qgis.PyQt.QtCore import QCoreApplication
from qgis.utils import iface
report = {{"runs": []}}
try:
    import shapely, pyproj
    from rve_qgis import geostack
    report["stack"] = [shapely.geos_version_string, pyproj.proj_version_str]
    report["geos"] = geostack.geos_in_use()
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    project = QgsProject.instance()
    layers = {{}}
    for key, name in (("PARCELS", "parcels"), ("BUILDINGS", "buildings"),
                      ("SENSITIVE", "homes"), ("TERREINEN", "terreinen")):
        layer = QgsVectorLayer({sample!r} + "|layername=" + name, name, "ogr")
        project.addMapLayer(layer)
        layers[key] = layer
    for i in range(3):
        alg = QgsApplication.processingRegistry().createAlgorithmById("rve:fullanalysis")
        dialog = AlgorithmDialog(alg, False, iface.mainWindow())
        folder = os.path.join({out!r}, "run%d" % i)
        dialog.setParameters(dict(layers, SPLIT_BY_TERREIN=True, REPORT=(i == 0),
                                  TABLES=False, OUTPUT_FOLDER=folder))
        dialog.show()
        finished = []
        dialog.algorithmFinished.connect(lambda ok, results: finished.append((ok, results)))
        dialog.runAlgorithm()
        start = time.monotonic()
        while not finished and time.monotonic() - start < 600:
            QCoreApplication.processEvents()
            time.sleep(0.02)
        ok, results = finished[0] if finished else (False, {{}})
        groups = []
        for node in project.layerTreeRoot().children():
            if isinstance(node, QgsLayerTreeGroup) and node.customProperty("rve/run"):
                groups.append({{"name": node.name(), "layers": [
                    [child.name(), child.itemVisibilityChecked(), child.layer().source()]
                    for child in node.children()]}})
        report["runs"].append({{"ok": ok, "folder": folder, "groups": groups,
                               "results": {{k: str(v) for k, v in results.items()}}}})
        iface.mapCanvas().refreshAllLayers()
        for _ in range(50):  # let the canvas render the loaded layers
            QCoreApplication.processEvents()
            time.sleep(0.02)
        dialog.close()
except Exception:
    report["error"] = traceback.format_exc()
with open({report!r}, "w") as f:
    json.dump(report, f)
os._exit(0)
"""


@pytest.fixture(scope="module")
def desktop_runs(qgis_env, tmp_path_factory):
    """The report of the three dialog runs inside qgis.bin, and the library's own run."""
    from rve_geo.pipeline.config import config_from_dict
    from rve_geo.pipeline.run import run_pipeline

    tmp_path = tmp_path_factory.mktemp("desktop")
    report = tmp_path / "report.json"
    script = tmp_path / "run.py"
    script.write_text(SCRIPT.format(sample=str(SAMPLE), out=str(tmp_path), report=str(report)))
    env = {k: v for k, v in qgis_env.items() if k != "QT_QPA_PLATFORM"}
    env["PYQGIS_STARTUP"] = str(PLUGIN_DIR / "rve_qgis" / "pyqgis_startup.py")
    done = subprocess.run([XVFB_RUN, "-a", QGIS_BIN, "--nologo", "--noversioncheck",
                           "--code", str(script)], env=env, capture_output=True, text=True,
                          timeout=1500)
    if not report.exists():  # no report: QGIS died
        (tmp_path / "qgis.stderr").write_text(done.stderr)
        (tmp_path / "qgis.stdout").write_text(done.stdout)
        pytest.fail(f"qgis.bin exited with {done.returncode} before its report (its output "
                    f"in full: {tmp_path}/qgis.stderr and qgis.stdout).\nThe end of its "
                    f"stderr (Python's stacks):\n{done.stderr[-12000:]}\nThe end of its "
                    f"stdout (QGIS's gdb backtrace):\n{done.stdout[-12000:]}")
    result = json.loads(report.read_text())
    # the library's run of the same inputs: the reference for every layer
    data = {"inputs": {role: {"path": str(SAMPLE), "layer": layer} for role, layer in
                       (("parcels", "parcels"), ("buildings", "buildings"),
                        ("sensitive", "homes"), ("terreinen", "terreinen"))},
            "areas": {"split_by": "terreinen", "name_column": "terrein_id"},
            "outputs": {"folder": str(tmp_path / "library"), "report": False,
                        "tables": False}}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_pipeline(config_from_dict(data))
    return result, tmp_path / "library"


def test_three_dialog_runs_in_the_desktop_load_one_group_per_area(desktop_runs):
    result, _library = desktop_runs
    assert "error" not in result, result["error"]
    assert [run["ok"] for run in result["runs"]] == [True, True, True], result
    for i, run in enumerate(result["runs"]):
        groups = run["groups"][: len(AREAS)]  # the newest run's groups are on top
        assert [g["name"] for g in groups] == \
            [a if i == 0 else f"{a} ({i + 1})" for a in AREAS]
        for group, area in zip(groups, AREAS, strict=True):
            names = [name for name, _visible, _source in group["layers"]]
            assert len(names) == len(set(names))
            visible = [name for name, on, _source in group["layers"] if on]
            assert len(visible) == 3 and visible[0] == group["layers"][0][0]
            assert all(f"{area}.gpkg" in source for _n, _v, source in group["layers"])
    assert (Path(result["runs"][0]["folder"]) / f"{AREAS[0]}_report.html").exists()


def test_three_dialog_runs_in_the_desktop_equal_the_library(desktop_runs):
    result, library = desktop_runs
    assert "error" not in result, result["error"]
    # the startup file made shapely keep its own GEOS, as in this (pytest) process
    assert result["geos"]["own"], result["geos"]
    assert [run["ok"] for run in result["runs"]] == [True, True, True], result
    for i, run in enumerate(result["runs"]):
        for area in AREAS:
            package = Path(run["folder"]) / f"{area}.gpkg"
            for name, _geometry in pyogrio.list_layers(package):
                if name in ("run_metadata", "layer_styles"):
                    continue
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    got = gpd.read_file(package, layer=str(name))
                    want = gpd.read_file(library / f"{area}.gpkg", layer=str(name))
                if isinstance(got, gpd.GeoDataFrame):
                    # the same rings; a ring may start at another vertex (seen with
                    # QGIS's GEOS 3.15): compare the normalized geometry
                    got = got.set_geometry(got.geometry.normalize())
                    want = want.set_geometry(want.geometry.normalize())
                pd.testing.assert_frame_equal(
                    got, want, obj=f"run {i} {area}/{name} (GEOS, PROJ in qgis.bin: "
                                   f"{result['stack']}, GEOS in use: {result['geos']})")
