"""The algorithms work as steps of a Processing model (model builder) and with temporary outputs."""

import geopandas as gpd
import pytest
from conftest import memory_layer
from qgis.core import (
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
)


def density_model():
    """A model: two layer inputs -> rve:densitymeasures -> model output FSI."""
    model = QgsProcessingModelAlgorithm("fsi model", "test")
    for name in ("parcels", "buildings"):
        model.addModelParameter(QgsProcessingParameterFeatureSource(name, name),
                                QgsProcessingModelParameter(name))
    child = QgsProcessingModelChildAlgorithm("rve:densitymeasures")
    child.setChildId("density")
    child.addParameterSources("PARCELS", [
        QgsProcessingModelChildParameterSource.fromModelParameter("parcels")])
    child.addParameterSources("BUILDINGS", [
        QgsProcessingModelChildParameterSource.fromModelParameter("buildings")])
    child.addParameterSources("FLOOR_AREA_METHOD", [
        QgsProcessingModelChildParameterSource.fromStaticValue("storeys")])
    output = QgsProcessingModelOutput("fsi")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"fsi": output})
    model.addChildAlgorithm(child)
    return model


def test_algorithm_runs_inside_a_model(provider, tiny, tmp_path, context, feedback):
    model = density_model()
    ok, errors = model.validate()
    assert ok, errors
    parcels, buildings = tiny
    p_layer, b_layer = memory_layer(parcels, "p"), memory_layer(buildings, "b")
    out = tmp_path / "model.gpkg"
    results, ok = model.run({"parcels": p_layer, "buildings": b_layer,
                             "density:fsi": str(out)}, context, feedback)
    assert ok, feedback.lines
    got = gpd.read_file(out)
    assert got["fsi"].tolist() == pytest.approx([0.5, 0.5])  # 2 storeys x 100 m2 / 400 m2
    del p_layer, b_layer


def test_temporary_output(provider, tiny, context, feedback):
    import processing

    parcels, buildings = tiny
    p_layer, b_layer = memory_layer(parcels, "p"), memory_layer(buildings, "b")
    result = processing.run("rve:densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer,
                                                    "OUTPUT": "TEMPORARY_OUTPUT"},
                            context=context, feedback=feedback)
    path = result["OUTPUT"]
    assert path.endswith(".gpkg")
    assert gpd.read_file(path)["fsi"].tolist() == pytest.approx([0.5, 0.5])
    del p_layer, b_layer
