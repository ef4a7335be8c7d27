"""Run an algorithm inside QGIS's own executable, where the geo-stack trap lives.

``qgis_process.bin`` links the system GDAL/GEOS/PROJ at start-up; without the
plugin's deep-bound imports the wheels bind to those and the process crashes
("double free or corruption"). A pytest run under python3 cannot see that, so
this test runs the real executable on a GeoPackage and checks the file it writes.
"""

import json
import os
import subprocess
import warnings
from pathlib import Path

import geopandas as gpd
import pytest
from conftest import QGIS_PROCESS, SAMPLE
from shapely.geometry import box

import rve_geo

pytestmark = pytest.mark.skipif(not Path(QGIS_PROCESS).exists(),
                                reason="qgis_process.bin is not installed")


def qgis_process(env, *args, cwd=None):
    return subprocess.run([QGIS_PROCESS, "--json", *args], env=env, capture_output=True,
                          text=True, timeout=300, cwd=cwd)


def inputs(tmp_path):
    if SAMPLE.exists():
        return SAMPLE
    # the hand-computed fixture of conftest.tiny, as a GeoPackage
    path = tmp_path / "tiny.gpkg"
    x, y = 205000.0, 445000.0
    gpd.GeoDataFrame({"kavel": ["A", "B"]}, crs="EPSG:28992",
                     geometry=[box(x, y, x + 20, y + 20), box(x + 20, y, x + 40, y + 20)]
                     ).to_file(path, layer="parcels")
    gpd.GeoDataFrame({"bouwlagen": [2]}, crs="EPSG:28992",
                     geometry=[box(x + 10, y + 5, x + 30, y + 15)]).to_file(path, layer="buildings")
    return path


def test_density_measures_in_qgis_process(qgis_env, tmp_path):
    source = inputs(tmp_path)
    out = tmp_path / "density.gpkg"
    done = qgis_process(qgis_env, "run", "rve:densitymeasures", "--",
                        f"PARCELS={source}|layername=parcels",
                        f"BUILDINGS={source}|layername=buildings",
                        "FLOOR_AREA_METHOD=auto", f"OUTPUT={out}")
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    assert Path(result["results"]["OUTPUT"]) == out
    got = gpd.read_file(out)
    # the same numbers the library gives in this (plain Python) process
    parcels = gpd.read_file(source, layer="parcels")
    buildings = gpd.read_file(source, layer="buildings")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = rve_geo.density_measures(parcels, buildings)
    assert len(got) == len(expected) > 0
    for column in ("fsi", "gsi", "floor_area_m2", "footprint_m2"):
        assert got[column].tolist() == pytest.approx(expected[column].tolist(), nan_ok=True)
    assert got.crs.to_epsg() == 28992


def test_user_error_in_qgis_process(qgis_env, tmp_path):
    source = inputs(tmp_path)
    out = tmp_path / "bad.gpkg"
    done = qgis_process(qgis_env, "run", "rve:environmentalcontours", "--",
                        f"SOURCES={source}|layername=parcels",
                        "CATEGORY_COL=no_such_column", f"OUTPUT={out}")
    assert done.returncode == 1  # QgsProcessingException: readable, no crash
    assert "no_such_column" in done.stdout + done.stderr
    assert not out.exists()


def test_algorithm_list_in_qgis_process(qgis_env):
    done = qgis_process(qgis_env, "list")
    assert done.returncode == 0, done.stderr[-2000:]
    listed = json.loads(done.stdout)["providers"]["rve"]["algorithms"]
    assert {f"rve:{n.replace('_', '')}" for n in rve_geo.OPERATIONS} <= set(listed)


def test_missing_library_message_in_qgis_process(qgis_env, tmp_path):
    # QGIS's Python without rve_geo: only the geo wheels on the path, not the library
    env = dict(qgis_env, PYTHONPATH=qgis_env["PYTHONPATH"].split(os.pathsep)[0])
    listed = qgis_process(env, "list", cwd=tmp_path)  # not from the source tree either
    assert listed.returncode == 0, listed.stderr[-2000:]
    assert json.loads(listed.stdout)["providers"]["rve"]["algorithms"].keys() == {"rve:setup"}
    done = qgis_process(env, "run", "rve:setup", "--", cwd=tmp_path)
    assert done.returncode == 1
    assert "pip install" in done.stdout + done.stderr
    assert "rve_geo" in done.stdout + done.stderr
