"""The compatibility layer picks the newest QGIS API the running release has."""

import warnings

import processing
import pytest
from conftest import SAMPLE
from qgis.core import Qgis, QgsProcessing, QgsProcessingAlgorithm
from rve_qgis import compat

NEW_ENUMS = Qgis.QGIS_VERSION_INT >= 33600  # scoped Qgis.Processing* enums
NEW_STRINGS = Qgis.QGIS_VERSION_INT >= 34000  # parameterAsStrings, parameterAsFields deprecated


def test_enums_are_the_newest_names():
    if NEW_ENUMS:
        assert isinstance(compat.SOURCE_POLYGON, Qgis.ProcessingSourceType)
        assert compat.SOURCE_POLYGON == Qgis.ProcessingSourceType.VectorPolygon
        assert compat.FLAG_ADVANCED == Qgis.ProcessingParameterFlag.Advanced
        assert compat.NUMBER_DOUBLE == Qgis.ProcessingNumberParameterType.Double
    else:
        assert compat.SOURCE_POLYGON == QgsProcessing.TypeVectorPolygon
    assert compat.SOURCE_POLYGON != compat.SOURCE_ANY
    assert compat.MESSAGE_WARNING != compat.MESSAGE_CRITICAL


def test_parameter_as_strings_prefers_the_new_method():
    calls = []

    class Old:
        def parameterAsFields(self, parameters, key, context):
            calls.append("fields")
            return ["a"]

    class New(Old):
        def parameterAsStrings(self, parameters, key, context):
            calls.append("strings")
            return ["b", "c"]

    assert compat.parameter_as_strings(Old(), {}, "K", None) == ["a"]
    assert compat.parameter_as_strings(New(), {}, "K", None) == ["b", "c"]
    assert calls == ["fields", "strings"]
    assert hasattr(QgsProcessingAlgorithm, "parameterAsStrings") == NEW_STRINGS


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample_data/doesburg.gpkg is missing")
def test_no_deprecated_qgis_call_when_running(provider, context, feedback, tmp_path):
    """A run with field parameters calls no API this QGIS marks as deprecated."""
    out = tmp_path / "contours.gpkg"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = processing.run("rve:environmentalcontours", {
            "SOURCES": f"{SAMPLE}|layername=parcels", "CATEGORY_COL": "milieucategorie",
            "OUTPUT": str(out)}, context=context, feedback=feedback)
    assert out.exists() and result["OUTPUT"] == str(out)
    deprecated = [f"{w.filename}:{w.lineno}: {w.message}" for w in caught
                  if issubclass(w.category, DeprecationWarning) and "rve_qgis" in w.filename]
    assert deprecated == []
