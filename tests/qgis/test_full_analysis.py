"""The "full analysis" algorithm runs rve_geo.pipeline.run from a configuration file."""

import processing
import pyogrio
import pytest
from conftest import SAMPLE
from qgis.core import QgsApplication, QgsProcessingException
from rve_qgis.pipeline_algorithm import pipeline_module

pytestmark = [
    pytest.mark.skipif(pipeline_module() is None,
                       reason="the installed rve_geo has no pipeline.run_pipeline"),
    pytest.mark.skipif(not SAMPLE.exists(),
                       reason="sample_data/doesburg.gpkg is not in this checkout"),
]


def example_config(tmp_path):
    from rve_geo.cli.init import example_config as text_for

    path = tmp_path / "rve.toml"
    text, sample = text_for(path)
    assert sample is not None
    path.write_text(text, encoding="utf-8")
    return path


def test_full_analysis_writes_the_geopackage(provider, tmp_path, context, feedback):
    alg = QgsApplication.processingRegistry().algorithmById("rve:fullanalysis")
    assert alg is not None
    config = example_config(tmp_path)
    result = processing.run("rve:fullanalysis", {"CONFIG": str(config)}, context=context,
                            feedback=feedback)
    packages = [p for p in result["GEOPACKAGES"].split(";") if p]
    assert packages, feedback.lines
    layers = {str(n) for n in pyogrio.list_layers(packages[0])[:, 0]}
    assert "run_metadata" in layers and len(layers) > 3
    # every geometry layer is queued to be loaded when the run ends
    queued = context.layersToLoadOnCompletion()
    assert any("density" in uri for uri in queued), list(queued)
    # a second run refuses to overwrite without OVERWRITE, with a readable message
    with pytest.raises(QgsProcessingException, match="exist"):
        processing.run("rve:fullanalysis", {"CONFIG": str(config)}, context=context,
                       feedback=feedback)
