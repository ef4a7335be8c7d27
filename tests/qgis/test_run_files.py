"""Operations that read or write files of their own, run through QGIS, equal the library;
library warnings reach the log with their exact text."""

import warnings
from pathlib import Path

import geopandas as gpd
import processing
import pytest
from conftest import REPO, SAMPLE, memory_layer
from test_run import assert_same_frame, read_sample

import rve_geo

needs_sample = pytest.mark.skipif(not SAMPLE.exists(),
                                  reason="sample_data/doesburg.gpkg is not in this checkout")
PLANS = [REPO / "tests" / "data" / "imro" / "durperveld_2012_10.gml",
         REPO.parent / "shared" / "realdata" / "imro" / "durperveld_2012_10.gml"]
PLAN = next((p for p in PLANS if p.exists()), None)


def run(alg, params, context, feedback):
    return processing.run(f"rve:{alg}", params, context=context, feedback=feedback)


@pytest.mark.skipif(PLAN is None, reason="no IMRO test plan in tests/data or ../shared")
def test_read_imro_through_qgis_equals_library(provider, tmp_path, context, feedback):
    out = tmp_path / "imro.gpkg"
    result = run("readimro", {"PATH": str(PLAN), "OUTPUT": str(out)}, context, feedback)
    assert Path(result["OUTPUT"]) == out
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = rve_geo.read_imro(PLAN)
    got = gpd.read_file(out, layer="read_imro", engine="pyogrio")
    assert len(expected) > 0
    assert_same_frame(got, expected)


@needs_sample
def test_relocation_efficiency_through_qgis_equals_library(provider, tmp_path, context,
                                                           feedback):
    parcels = read_sample("parcels")
    parcels["relocation_cost_eur"] = parcels.geometry.area * 1350.0
    parcels.loc[parcels.index[::3], "relocation_cost_eur"] *= 1.5  # above the band
    layer = memory_layer(parcels, "p")
    out = tmp_path / "relocation.gpkg"
    run("relocationefficiency", {"PARCELS": layer, "COST_COL": "relocation_cost_eur",
                                 "OUTPUT": str(out)}, context, feedback)
    expected = rve_geo.relocation_efficiency(parcels, cost_col="relocation_cost_eur")
    got = gpd.read_file(out, layer="relocation_efficiency", engine="pyogrio")
    new = [c for c in expected.columns if c not in parcels.columns]  # what the operation adds
    assert new and "relocation_status" in new
    assert_same_frame(got, expected[["parcel_id", *new, "geometry"]])
    assert set(got["relocation_status"]) >= {"within_band", "above_band"}
    del layer


@needs_sample
def test_write_gio_through_qgis_writes_the_library_file(provider, tmp_path, context, feedback):
    terreinen = read_sample("terreinen")
    ids = {"FRBR_WORK": "/join/id/regdata/gm0221/2026/bedrijventerreinen",
           "FRBR_EXPRESSION": "/join/id/regdata/gm0221/2026/bedrijventerreinen/nld@2026-11-30"}
    target = tmp_path / "qgis.gml"
    result = run("writegio", {"LOCATIONS": f"{SAMPLE}|layername=terreinen", "PATH": str(target),
                              "NAME_COL": "naam", **ids}, context, feedback)
    assert Path(result["PATH"]) == target
    reference = tmp_path / "library.gml"
    rve_geo.write_gio(terreinen, reference, frbr_work=ids["FRBR_WORK"],
                      frbr_expression=ids["FRBR_EXPRESSION"], name_col="naam")
    assert target.read_bytes() == reference.read_bytes()
    assert rve_geo.validate_gio(target) == []


def test_library_warning_text_reaches_the_log_unchanged(provider, tiny, tmp_path, context,
                                                         feedback):
    parcels, buildings = tiny
    from shapely.geometry import box

    x, y = 205000.0, 445000.0
    far = gpd.GeoDataFrame({"bouwlagen": [2, 3]}, crs="EPSG:28992",
                           geometry=[buildings.geometry.iloc[0], box(x + 500, y, x + 510, y + 10)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # QGIS gives rows their feature ids (1, 2, ... in a memory layer)
        rve_geo.density_measures(parcels.set_axis(range(1, len(parcels) + 1)),
                                 far.set_axis([1, 2]))
    expected = [str(w.message) for w in caught if issubclass(w.category, rve_geo.RveGeoWarning)]
    assert len(expected) == 1 and "1" in expected[0]
    p_layer, b_layer = memory_layer(parcels, "p"), memory_layer(far, "b")
    run("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer,
                            "OUTPUT": str(tmp_path / "w.gpkg")}, context, feedback)
    assert any(line.endswith(expected[0]) for line in feedback.lines), (expected, feedback.lines)
    del p_layer, b_layer
