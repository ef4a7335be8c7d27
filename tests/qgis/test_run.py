"""Running the algorithms: same results as the library, native inputs, cancel, errors."""

import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import processing
import pytest
import shapely
from conftest import SAMPLE, RecordingFeedback, memory_layer
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

import rve_geo

needs_sample = pytest.mark.skipif(not SAMPLE.exists(),
                                  reason="sample_data/doesburg.gpkg is not in this checkout")

# operation -> (layer parameters {KEY: sample layer}, other parameters {KEY: value}).
# Values are the library keywords upper-cased; the library is called with the same.
CASES = {
    "density_measures": ({"PARCELS": "parcels", "BUILDINGS": "buildings"}, {}),
    "environmental_contours": ({"SOURCES": "parcels"}, {"CATEGORY_COL": "milieucategorie"}),
    "contour_conflicts": ({"SOURCES": "parcels", "SENSITIVE": "homes"},
                          {"CATEGORY_COL": "milieucategorie", "OMGEVINGSTYPE_COL": "omgevingstype"}),
    "max_allowed_category": ({"PARCELS": "parcels", "SENSITIVE": "homes"},
                             {"OMGEVINGSTYPE_COL": "omgevingstype"}),
    "allowed_category_zones": ({"ZONES": "terreinen", "SENSITIVE": "homes"}, {}),
    "category_use": ({"PARCELS": "parcels"},
                     {"ACTUAL_COL": "milieucategorie", "ALLOWED_COL": "max_category",
                      "WATER_BOUND_COL": "water_bound", "QUAY_COL": "quay_plot"}),
    "densification_potential": ({"PARCELS": "parcels", "BUILDINGS": "buildings"}, {}),
    "redevelopment_stock": ({"PARCELS": "parcels", "BUILDINGS": "buildings"}, {}),
    "work_home_balance": ({"AREAS": "terreinen", "HOMES": "homes", "JOBS": "buildings"},
                          {"HOMES_COL": "n_homes"}),
    "transformation_monitor": ({"BEFORE": "parcels", "AFTER": "parcels"}, {"ID_COL": "parcel_id"}),
    "opportunity_scores": ({"PARCELS": "parcels"},
                           {"VACANCY_COL": "vacancy_share", "OWNER_COL": "owner_id",
                            "TERREIN_COL": "terrein_id"}),
}


def read_sample(layer):
    frame = gpd.read_file(SAMPLE, layer=layer, engine="pyogrio", fid_as_index=True)
    frame.index.name = None
    return frame


def library_result(name, layers, params):
    func = getattr(rve_geo, name)
    positional, kwargs = [], {}
    import inspect

    for pname, p in inspect.signature(func).parameters.items():
        key = pname.upper()
        if key in layers:
            value = read_sample(layers[key])
        elif key in params:
            value = params[key]
        else:
            continue
        if p.kind == p.POSITIONAL_OR_KEYWORD:
            positional.append(value)
        else:
            kwargs[pname] = value
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return func(*positional, **kwargs)


def _missing(value):
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists, arrays
        return False


def assert_same_frame(got, expected):
    """Every column of ``expected`` equals the written one, row by row; same geometry."""
    assert len(got) == len(expected)
    got = got.reset_index(drop=True)
    expected = expected.reset_index(drop=True)
    for column in expected.columns:
        if column == expected.geometry.name:
            continue
        assert column in got.columns, column
        a, b = got[column], expected[column]
        if pd.api.types.is_numeric_dtype(b) and not pd.api.types.is_bool_dtype(b):
            np.testing.assert_allclose(a.astype(float), b.astype(float), rtol=1e-9,
                                       atol=1e-9, equal_nan=True, err_msg=column)
        else:
            left = [None if _missing(v) else str(v).lower() for v in a]
            right = [None if _missing(v) else str(v).lower() for v in b]
            assert left == right, column
    a, b = np.asarray(got.geometry.array), np.asarray(expected.geometry.array)
    gone_a = shapely.is_missing(a) | shapely.is_empty(a)
    gone_b = shapely.is_missing(b) | shapely.is_empty(b)
    assert (gone_a == gone_b).all()
    # topological equality: GeoPackage stores a Polygon among MultiPolygons as MultiPolygon
    assert shapely.equals(a[~gone_a], b[~gone_b]).all()
    assert got.crs.equals(expected.crs)


def run(alg, params, context, feedback):
    return processing.run(f"rve:{alg}", params, context=context, feedback=feedback)


@needs_sample
@pytest.mark.parametrize("name", sorted(CASES))
def test_output_equals_library(provider, name, tmp_path, context, feedback):
    layers, params = CASES[name]
    expected = library_result(name, layers, params)
    layer = name
    if not isinstance(expected, pd.DataFrame):  # dataclass results: the first frame
        layer, expected = next((k, v) for k, v in vars(expected).items()
                               if isinstance(v, pd.DataFrame))
    out = tmp_path / f"{name}.gpkg"
    inputs = {key: f"{SAMPLE}|layername={layer}" for key, layer in layers.items()}
    result = run(name.replace("_", ""), {**inputs, **params, "OUTPUT": str(out)},
                 context, feedback)
    assert Path(result.get("OUTPUT", "")) == out and out.exists(), (result, feedback.lines)
    got = gpd.read_file(out, layer=layer, engine="pyogrio")
    assert_same_frame(got, expected)


@needs_sample
def test_option_fields_give_the_library_result_with_the_objects(provider, tmp_path, context,
                                                                 feedback):
    """Parameters that are fields of FloorAreaOptions, PlanRulesOptions and JobsOptions
    reach the library as those objects."""
    params = {"FLOOR_AREA_METHOD": "footprint", "JOBS_BASIS": "plot_area",
              "PLOT_M2_PER_JOB": 200.0, "PLAN_RULES_STOREY_HEIGHT_M": 4.0}
    out = tmp_path / "potential.gpkg"
    inputs = {"PARCELS": f"{SAMPLE}|layername=parcels",
              "BUILDINGS": f"{SAMPLE}|layername=buildings"}
    run("densificationpotential", {**inputs, **params, "OUTPUT": str(out)}, context, feedback)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = rve_geo.densification_potential(
            read_sample("parcels"), read_sample("buildings"),
            plan_rules=rve_geo.PlanRulesOptions(storey_height_m=4.0),
            floor_area=rve_geo.FloorAreaOptions(floor_area_method="footprint"),
            jobs=rve_geo.JobsOptions(jobs_basis="plot_area", plot_m2_per_job=200.0))
        default = rve_geo.densification_potential(read_sample("parcels"),
                                                  read_sample("buildings"))
    got = gpd.read_file(out, layer="densification_potential", engine="pyogrio")
    assert_same_frame(got, expected)
    # each object changed the result: floor area (footprint), allowed floor area (4 m
    # storeys), jobs (plot area)
    for column in ("floor_area_m2", "allowed_floor_area_m2", "jobs"):
        assert not np.allclose(expected[column], default[column], equal_nan=True), column


@needs_sample
def test_kansenzones_dataclass_result(provider, tmp_path, context, feedback):
    scored = library_result("opportunity_scores", {"PARCELS": "parcels"}, {})
    source = tmp_path / "scored.gpkg"
    scored.to_file(source, layer="scored", engine="pyogrio")
    frame = gpd.read_file(source, fid_as_index=True)
    frame.index.name = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = rve_geo.kansenzones(frame, min_area_ha=2.0, max_area_ha=6.0)
    out = tmp_path / "kz.gpkg"
    run("kansenzones", {"PARCELS": str(source), "MIN_AREA_HA": 2.0, "MAX_AREA_HA": 6.0,
                        "OUTPUT": str(out)}, context, feedback)
    import pyogrio

    names = [str(n) for n in pyogrio.list_layers(out)[:, 0]]
    assert names == ["zones", "parcels"]  # every frame of the result, main layer first
    assert_same_frame(gpd.read_file(out, layer="zones"), expected.zones)
    assert_same_frame(gpd.read_file(out, layer="parcels"), expected.parcels)


def test_memory_layers_hand_computed(provider, tiny, tmp_path, context, feedback):
    parcels, buildings = tiny
    p_layer, b_layer = memory_layer(parcels, "parcels"), memory_layer(buildings, "buildings")
    out = tmp_path / "d.gpkg"
    run("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer, "OUTPUT": str(out)},
        context, feedback)
    got = gpd.read_file(out)
    assert got["kavel"].tolist() == ["A", "B"]
    # 200 m2 floor area on 400 m2 per parcel (see the fixture)
    assert got["fsi"].tolist() == pytest.approx([0.5, 0.5])
    assert got["gsi"].tolist() == pytest.approx([0.25, 0.25])
    assert got["osr"].tolist() == pytest.approx([1.5, 1.5])
    assert got["l"].tolist() == pytest.approx([2.0, 2.0])
    del p_layer, b_layer


def test_selected_features_only(provider, tiny, tmp_path, context, feedback):
    parcels, buildings = tiny
    p_layer, b_layer = memory_layer(parcels, "parcels"), memory_layer(buildings, "buildings")
    QgsProject.instance().addMapLayers([p_layer, b_layer])
    try:
        second = [f.id() for f in p_layer.getFeatures() if f["kavel"] == "B"]
        p_layer.selectByIds(second)
        out = tmp_path / "sel.gpkg"
        run("densitymeasures", {
            "PARCELS": QgsProcessingFeatureSourceDefinition(p_layer.id(), True),
            "BUILDINGS": b_layer, "OUTPUT": str(out)}, context, feedback)
        got = gpd.read_file(out)
        assert got["kavel"].tolist() == ["B"]  # only the selected parcel
        assert got["fsi"].tolist() == pytest.approx([0.5])
    finally:
        QgsProject.instance().removeMapLayers([p_layer.id(), b_layer.id()])


def test_geographic_input_is_reprojected(provider, tiny, tmp_path, context, feedback):
    parcels, buildings = tiny
    p_layer = memory_layer(parcels.to_crs("EPSG:4326"), "parcels_wgs84")
    b_layer = memory_layer(buildings, "buildings")
    out = tmp_path / "wgs.gpkg"
    run("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer, "OUTPUT": str(out)},
        context, feedback)
    got = gpd.read_file(out)
    assert got.crs.to_epsg() == 28992
    assert got["fsi"].tolist() == pytest.approx([0.5, 0.5], rel=1e-4)
    assert any("PARCELS: reprojecting from EPSG:4326 to EPSG:28992" in line
               for line in feedback.lines), feedback.lines
    assert not any(line.startswith("BUILDINGS: reprojecting") for line in feedback.lines)
    del p_layer, b_layer


def test_target_crs_parameter(provider, tiny, tmp_path, context, feedback):
    parcels, buildings = tiny
    out = tmp_path / "utm.gpkg"
    p_layer, b_layer = memory_layer(parcels, "p"), memory_layer(buildings, "b")
    run("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer, "TARGET_CRS": "EPSG:32631",
                            "OUTPUT": str(out)}, context, feedback)
    got = gpd.read_file(out)
    assert got.crs.to_epsg() == 32631
    # FSI is a ratio of areas: nearly the same in another metric CRS
    assert got["fsi"].tolist() == pytest.approx([0.5, 0.5], rel=1e-3)
    del p_layer, b_layer


def test_cancel_stops_and_leaves_no_output(provider, tiny, tmp_path, context):
    parcels, buildings = tiny
    p_layer, b_layer = memory_layer(parcels, "p"), memory_layer(buildings, "b")
    feedback = RecordingFeedback(cancel_at=1)  # cancel at the first progress report
    out = tmp_path / "cancelled.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer, "OUTPUT": str(out)},
            context, feedback)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left either
    assert max(feedback.values) < 100
    del p_layer, b_layer


@needs_sample
@pytest.mark.parametrize("name", sorted(CASES))
def test_cancel_in_every_algorithm_leaves_no_output(provider, name, tmp_path, context):
    layers, params = CASES[name]
    inputs = {key: f"{SAMPLE}|layername={layer}" for key, layer in layers.items()}
    feedback = RecordingFeedback(cancel_at=1)  # cancel at the first progress report
    out = tmp_path / "cancelled.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run(name.replace("_", ""), {**inputs, **params, "OUTPUT": str(out)}, context, feedback)
    assert list(tmp_path.iterdir()) == []  # neither the output nor a temporary file


# category_use is an attribute operation: it passes any geometry through (docs/reliability.md)
@needs_sample
@pytest.mark.parametrize("name", sorted(set(CASES) - {"category_use"}))
def test_point_layer_where_polygons_belong_is_a_readable_error(provider, name, tmp_path,
                                                               context, feedback):
    """Catalogue case "wrong geometry type" through QGIS: the library's GeometryError."""
    layers, params = CASES[name]
    role, layer = next(iter(layers.items()))
    frame = read_sample(layer)
    frame = frame.set_geometry(frame.geometry.centroid)  # points instead of polygons
    folder = tmp_path / "in"
    folder.mkdir()
    frame.to_file(folder / "points.gpkg", layer="points", engine="pyogrio")
    inputs = {key: f"{SAMPLE}|layername={lay}" for key, lay in layers.items()}
    inputs[role] = f"{folder / 'points.gpkg'}|layername=points"
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        run(name.replace("_", ""), {**inputs, **params, "OUTPUT": str(out)}, context, feedback)
    message = str(info.value)
    assert "Traceback" not in message and "polygon" in message.lower(), message
    assert not out.exists()


def test_bad_input_gives_readable_message(provider, tiny, tmp_path, context, feedback):
    parcels, buildings = tiny
    p_layer, b_layer = memory_layer(parcels, "p"), memory_layer(buildings, "b")
    out = tmp_path / "bad.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        # the BVO source is forced but the buildings have no floor-area column
        run("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer,
                                "FLOOR_AREA_METHOD": "bvo", "OUTPUT": str(out)},
            context, feedback)
    message = str(info.value)
    assert "Traceback" not in message
    assert "floor_area" in message or "bvo" in message.lower()
    assert not out.exists()
    del p_layer, b_layer


def test_progress_reaches_feedback(provider, tiny, tmp_path, context, feedback):
    parcels, buildings = tiny
    p_layer, b_layer = memory_layer(parcels, "p"), memory_layer(buildings, "b")
    run("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer,
                            "OUTPUT": str(tmp_path / "p.gpkg")}, context, feedback)
    assert feedback.values and feedback.values == sorted(feedback.values)
    del p_layer, b_layer


def test_output_is_loaded_with_style(provider, tiny, tmp_path, context, feedback):
    from qgis.core import QgsProcessingContext

    parcels, buildings = tiny
    p_layer, b_layer = memory_layer(parcels, "p"), memory_layer(buildings, "b")
    out = str(tmp_path / "styled.gpkg")
    context.addLayerToLoadOnCompletion(out, QgsProcessingContext.LayerDetails(
        "d", QgsProject.instance(), "OUTPUT"))
    run("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer, "OUTPUT": out},
        context, feedback)
    details = context.layerToLoadOnCompletionDetails(out)
    processor = details.postProcessor()
    assert processor is not None and processor.qml.name.startswith("fsi_")
    layer = QgsVectorLayer(out, "d", "ogr")
    processor.postProcessLayer(layer, context, feedback)
    assert layer.renderer().type() == "graduatedSymbol"
    assert layer.renderer().classAttribute() == "fsi"
    del p_layer, b_layer, layer


@needs_sample
def test_export_shapefile_writes_files(provider, tmp_path, context, feedback):
    target = tmp_path / "parcels.shp"
    result = run("exportshapefile", {"LAYER": f"{SAMPLE}|layername=parcels",
                                     "PATH": str(target)}, context, feedback)
    assert result["PATH"] == str(target)
    # the log names the files written, without Python reprs
    written = [line for line in feedback.lines if str(target) in line]
    assert written and not any("Path(" in line or "paths=" in line for line in feedback.lines)
    assert str(target.with_suffix(".dbf")) in written[0]
    got = gpd.read_file(target)
    assert len(got) == len(read_sample("parcels"))
    assert got.crs.to_epsg() == 28992
