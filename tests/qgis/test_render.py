"""Render the styled outputs headlessly (QgsMapRendererParallelJob) and check the images.

The images are written to the test's temporary folder; with RVE_UPDATE_DOC_IMAGES=1 they
are also copied to docs/img/ for the documentation.
"""

import os
import shutil

import processing
import pytest
from conftest import REPO, SAMPLE
from qgis.core import (
    QgsFillSymbol,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage
from rve_qgis.styles import apply_style, style_for

DOC_IMG = REPO / "docs" / "img"
pytestmark = pytest.mark.skipif(not SAMPLE.exists(),
                                reason="sample_data/doesburg.gpkg is not in this checkout")


def terrein_outline(terrein_id="DBG-ZUIDOOST"):
    """The business-park outlines as a black line, and the extent of one of them."""
    layer = QgsVectorLayer(f"{SAMPLE}|layername=terreinen", "terreinen", "ogr")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#000000", "outline_width": "0.6"})))
    extent = QgsRectangle()
    for feature in layer.getFeatures():
        if feature["terrein_id"] == terrein_id:
            extent = feature.geometry().boundingBox()
    extent.scale(1.6)
    return layer, extent


def render(layers, path, extent, size=(900, 700)):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[-1].crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    assert image.save(str(path), "PNG")
    return image


def not_blank(image: QImage, min_colours=3, min_share=0.03):
    """Share of non-white pixels and number of distinct colours on a 4-pixel grid."""
    white = QColor("white").rgb()
    colours, inked, total = set(), 0, 0
    for x in range(0, image.width(), 4):
        for y in range(0, image.height(), 4):
            pixel = image.pixel(x, y)
            total += 1
            if pixel != white:
                inked += 1
                colours.add(pixel)
    return inked / total >= min_share and len(colours) >= min_colours, inked / total, \
        len(colours)


def styled(path, layer_name, operation):
    import pyogrio

    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    frame = pyogrio.read_dataframe(str(path), layer=layer_name, read_geometry=False)
    qml = style_for(layer_name, operation, frame)
    if not (layer.isValid() and qml is not None and apply_style(layer, qml)):
        del layer
        pytest.fail(f"{path}|{layer_name} cannot be loaded with its style ({qml})")
    return layer, qml


def run(alg, params, tmp_path, name):
    out = tmp_path / f"{name}.gpkg"
    processing.run(f"rve:{alg}", {**params, "OUTPUT": str(out)})
    return out


@pytest.fixture(scope="module")
def outputs(provider, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("render")
    src = f"{SAMPLE}|layername="
    density = run("densitymeasures", {"PARCELS": src + "parcels", "BUILDINGS": src + "buildings"},
                  tmp, "density")
    contours = run("environmentalcontours", {"SOURCES": src + "parcels",
                                             "CATEGORY_COL": "milieucategorie",
                                             "MODE": "per_category"}, tmp, "contours")
    # kansenzones as the pipeline makes them: potential -> scores -> zones
    potential = run("densificationpotential", {"PARCELS": src + "parcels",
                                               "BUILDINGS": src + "buildings"}, tmp, "potential")
    scores = run("opportunityscores", {
        "PARCELS": f"{potential}|layername=densification_potential",
        "VACANCY_COL": "vacancy_share", "OWNER_COL": "owner_id", "TERREIN_COL": "terrein_id"},
        tmp, "scores")
    zones = run("kansenzones", {"PARCELS": f"{scores}|layername=opportunity_scores",
                                "TERREIN_COL": "terrein_id", "MIN_AREA_HA": 2.0,
                                "MAX_AREA_HA": 6.0}, tmp, "kansenzones")
    return {"density": density, "contours": contours, "kansenzones": zones, "tmp": tmp}


@pytest.mark.parametrize("name, layer_name, operation, key", [
    ("density", "density_measures", "density_measures", "fsi"),
    ("contours", "environmental_contours", "environmental_contours", "contours"),
    ("kansenzones", "zones", "kansenzones", "kansenzones"),
])
def test_styled_output_renders(outputs, name, layer_name, operation, key):
    layer, qml = styled(outputs[name], layer_name, operation)
    terreinen, extent = terrein_outline()
    try:
        assert qml.name.startswith(f"{key}_")
        assert layer.featureCount() > 0
        png = outputs["tmp"] / f"qgis_{name}.png"
        image = render([terreinen, layer], png, extent)
        ok, share, colours = not_blank(image)
        assert ok, f"{png}: {share:.1%} inked, {colours} colours"
        if os.environ.get("RVE_UPDATE_DOC_IMAGES") == "1":
            DOC_IMG.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(png, DOC_IMG / png.name)
    finally:
        del layer, terreinen  # no layer may outlive QGIS (crash at exit)


def test_blank_image_is_detected(tmp_path):
    image = QImage(200, 100, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    assert not not_blank(image)[0]
