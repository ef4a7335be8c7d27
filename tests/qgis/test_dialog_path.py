"""Algorithms run from the desktop dialog's path several times in one QGIS process.

The dialog runs each algorithm on a thread of Qt's pool, which hands an idle thread to
the next task; with pyproj 3.7 the second run on a reused thread used a freed PROJ
context and QGIS died with signal 11 (see qgis_plugin/rve_qgis/threads.py). These runs
follow one another immediately, so the pool reuses its thread.
"""

import warnings

import geopandas as gpd
import pytest
from conftest import SAMPLE
from dialog_path import run_like_the_dialog
from qgis.core import QgsProject

import rve_geo

pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="sample_data/doesburg.gpkg is missing")


def test_an_operation_runs_three_times_from_the_dialog_path(provider, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = rve_geo.density_measures(gpd.read_file(SAMPLE, layer="parcels"),
                                            gpd.read_file(SAMPLE, layer="buildings"))
    project = QgsProject.instance()
    before = set(project.mapLayers())
    try:
        for i in range(3):
            out = tmp_path / f"density{i}.gpkg"
            ok, results, feedback = run_like_the_dialog("rve:densitymeasures", {
                "PARCELS": f"{SAMPLE}|layername=parcels",
                "BUILDINGS": f"{SAMPLE}|layername=buildings",
                "OUTPUT": str(out)})  # the library checks the CRS with pyproj
            assert ok, feedback.lines
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                got = gpd.read_file(out)
            assert got["fsi"].tolist() == pytest.approx(expected["fsi"].tolist(), nan_ok=True)
    finally:
        project.removeMapLayers(list(set(project.mapLayers()) - before))
