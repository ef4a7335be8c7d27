"""Parameters as a GIS user meets them: key inputs first, ranges as two numbers, columns the
library detects named in the help and the log, new output folders made, an icon per group."""

import processing
import pytest
from conftest import SAMPLE
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterRange,
)
from rve_qgis import compat

import rve_geo

needs_sample = pytest.mark.skipif(not SAMPLE.exists(),
                                  reason="sample_data/doesburg.gpkg is not in this checkout")


def algorithm(name):
    return QgsApplication.processingRegistry().algorithmById("rve:" + name.replace("_", ""))


def advanced(definition):
    return bool(definition.flags() & compat.FLAG_ADVANCED)


def test_only_key_parameters_are_outside_advanced(provider):
    alg = algorithm("densification_potential")
    shown = [d.name() for d in alg.parameterDefinitions()
             if not advanced(d) and not d.isDestination()]
    assert sorted(shown) == ["BUILDINGS", "CONTOURS", "FLOOR_AREA_METHOD", "PARCELS", "RULES",
                             "SENSITIVE"]
    assert advanced(alg.parameterDefinition("MAX_FSI_COL"))
    assert advanced(alg.parameterDefinition("TARGET_CRS"))
    kansen = algorithm("kansenzones")
    assert sorted(d.name() for d in kansen.parameterDefinitions()
                  if not advanced(d) and not d.isDestination()) == [
        "MAX_AREA_HA", "MIN_AREA_HA", "PARCELS", "SCORE_COL", "TERREIN_COL"]


def test_every_operation_has_its_layers_outside_advanced(provider):
    for name in rve_geo.OPERATIONS:
        alg = algorithm(name)
        for d in alg.parameterDefinitions():
            if d.type() == "source" or not (d.flags() & compat.FLAG_OPTIONAL):
                assert not advanced(d), (name, d.name())


def test_relocation_band_is_two_numbers(provider):
    definition = algorithm("relocation_efficiency").parameterDefinition("BAND_EUR_PER_M2")
    assert isinstance(definition, QgsProcessingParameterRange)
    assert [float(v) for v in str(definition.defaultValue()).split(",")] == [1300.0, 1400.0]
    assert "JSON" not in definition.description()


@needs_sample
def test_range_reaches_the_library_as_two_numbers(provider, tmp_path, context, feedback):
    import geopandas as gpd

    parcels = gpd.read_file(SAMPLE, layer="parcels").head(3)
    parcels["cost"] = parcels.geometry.area * [1000.0, 1500.0, 2500.0]  # EUR/m2 below/in/above
    source = tmp_path / "costs.gpkg"
    parcels.to_file(source, layer="costs")
    out = tmp_path / "r.gpkg"
    processing.run("rve:relocationefficiency", {
        "PARCELS": str(source), "COST_COL": "cost", "BAND_EUR_PER_M2": "1400,2000",
        "OUTPUT": str(out)}, context=context, feedback=feedback)
    got = gpd.read_file(out)
    assert got["relocation_status"].tolist() == ["below_band", "within_band", "above_band"]


def test_auto_detected_columns_are_named_in_the_help(provider):
    help_html = algorithm("density_measures").shortHelpString()
    assert "empty = automatic, the first column found of" in help_html
    assert "<code>bvo</code>, <code>bvo_m2</code>" in help_html  # floor_area_col's names
    assert "<code>b3_bouwlagen</code>" in help_html  # storeys_col's


@needs_sample
def test_auto_detected_column_is_said_in_the_log(provider, tmp_path, context, feedback):
    processing.run("rve:densitymeasures", {
        "PARCELS": f"{SAMPLE}|layername=parcels", "BUILDINGS": f"{SAMPLE}|layername=buildings",
        "OUTPUT": str(tmp_path / "d.gpkg")}, context=context, feedback=feedback)
    import pyogrio

    columns = pyogrio.read_info(str(SAMPLE), layer="buildings")["fields"]
    assert "gebruiksdoel" in columns and "bouwlagen" not in columns  # BAG names, no storeys
    assert "Use column: automatic: gebruiksdoel" in feedback.lines
    assert "Status column: automatic: status" in feedback.lines
    assert not any(line.startswith("Storeys column") for line in feedback.lines)


@needs_sample
def test_export_shapefile_makes_a_new_folder(provider, tmp_path, context, feedback):
    target = tmp_path / "new" / "nested" / "parcels.shp"
    processing.run("rve:exportshapefile", {"LAYER": f"{SAMPLE}|layername=parcels",
                                           "PATH": str(target)},
                   context=context, feedback=feedback)
    assert target.exists() and target.with_suffix(".dbf").exists()
    assert f"Folder created: {target.parent}" in feedback.lines


@needs_sample
def test_layer_output_makes_a_new_folder(provider, tmp_path, context, feedback):
    out = tmp_path / "a" / "b" / "density.gpkg"
    processing.run("rve:densitymeasures", {
        "PARCELS": f"{SAMPLE}|layername=parcels", "BUILDINGS": f"{SAMPLE}|layername=buildings",
        "OUTPUT": str(out)}, context=context, feedback=feedback)
    assert out.exists()


@needs_sample
def test_failed_run_leaves_no_new_folder(provider, tmp_path, context, feedback):
    out = tmp_path / "made" / "contours.gpkg"
    with pytest.raises(QgsProcessingException):
        processing.run("rve:environmentalcontours", {
            "SOURCES": f"{SAMPLE}|layername=parcels", "CATEGORY_COL": "owner_id",
            "OUTPUT": str(out)}, context=context, feedback=feedback)
    assert not (tmp_path / "made").exists()


def test_one_icon_per_group(provider):
    icons = {}
    for name in rve_geo.OPERATIONS:
        alg = algorithm(name)
        path = alg.icon_path()
        assert path.parent.name == "icons" and path.exists(), (name, path)
        assert not alg.icon().isNull()
        icons.setdefault(rve_geo.operation_group(name), set()).add(path.name)
    assert all(len(files) == 1 for files in icons.values()), icons
    assert len({next(iter(files)) for files in icons.values()}) == len(icons) == 7


def test_flags_use_the_compat_names():
    # the advanced flag is the one QGIS defines (new scoped name first, old as fallback)
    old = getattr(QgsProcessingParameterDefinition, "FlagAdvanced", None)
    assert compat.FLAG_ADVANCED == old or old is None
