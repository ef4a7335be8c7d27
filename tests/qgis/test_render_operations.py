"""A styled map per operation: each operation runs through QGIS on the Doesburg sample data,
its output layers are loaded with the style the plugin gives them and rendered headlessly
(QgsMapRendererParallelJob); the image must show at least two classes of the legend.

The count is of class colours in the image, not of values in the table: a style chosen by
column instead of by operation (every parcel the grey "geen" class, as the plan's text in
``max_category`` once gave) or classes that put every feature in one class fail here.
"""

import geopandas as gpd
import numpy as np
import processing
import pyogrio
import pytest
import shapely
from conftest import REPO, SAMPLE
from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage
from rve_qgis.styles import apply_style, style_for

import rve_geo
from rve_geo.deliverables.styles import style_for as style_definition

pytestmark = pytest.mark.skipif(not SAMPLE.exists(),
                                reason="sample_data/doesburg.gpkg is not in this checkout")
PLAN = REPO / "tests" / "data" / "imro" / "durperveld_2012_10.gml"
S = f"{SAMPLE}|layername="


@pytest.fixture(scope="module")
def derived(tmp_path_factory):
    """Inputs made from the sample data where the sample alone has one kind of row only."""
    tmp = tmp_path_factory.mktemp("derived")
    read = lambda layer: gpd.read_file(SAMPLE, layer=layer, engine="pyogrio")  # noqa: E731
    parcels, homes, terreinen = read("parcels"), read("homes"), read("terreinen")
    # work-home balance: the business parks and the residential area around the homes
    x0, y0, x1, y1 = homes.total_bounds
    areas = gpd.GeoDataFrame({"terrein_id": [*terreinen["terrein_id"], "WOONWIJK"]},
                             geometry=[*terreinen.geometry, shapely.box(x0, y0, x1, y1)],
                             crs=terreinen.crs)
    # transformation: ten parcels gone, five grown by 30 m
    after = parcels.iloc[10:].copy()
    grown = after.index[:5]
    after.loc[grown, "geometry"] = after.loc[grown].geometry.buffer(30.0)
    # relocation: costs per m2 below, within and above the 1300-1400 EUR/m2 band
    costs = parcels.copy()
    costs["relocation_cost_eur"] = costs.geometry.area * [
        (1000.0, 1350.0, 2000.0)[i % 3] for i in range(len(costs))]
    path = tmp / "derived.gpkg"
    for name, frame in (("areas", areas), ("after", after), ("costs", costs)):
        frame.to_file(path, layer=name, engine="pyogrio")
    return f"{path}|layername="


def cases(derived, tmp):
    """operation -> parameters (OUTPUT added by the test)."""
    return {
        "density_measures": {"PARCELS": S + "parcels", "BUILDINGS": S + "buildings"},
        "environmental_contours": {"SOURCES": S + "parcels",
                                   "CATEGORY_COL": "milieucategorie"},
        "contour_conflicts": {"SOURCES": S + "parcels", "SENSITIVE": S + "homes",
                              "CATEGORY_COL": "milieucategorie"},
        "max_allowed_category": {"PARCELS": S + "parcels", "SENSITIVE": S + "homes"},
        "allowed_category_zones": {"ZONES": S + "terreinen", "SENSITIVE": S + "homes"},
        "category_use": {"PARCELS": S + "parcels", "ACTUAL_COL": "milieucategorie",
                         "ALLOWED_COL": "max_category"},
        "read_imro": {"PATH": str(PLAN)},
        "densification_potential": {"PARCELS": S + "parcels", "BUILDINGS": S + "buildings"},
        "redevelopment_stock": {"PARCELS": S + "parcels", "BUILDINGS": S + "buildings"},
        "work_home_balance": {"AREAS": derived + "areas", "HOMES": S + "homes",
                              "HOMES_COL": "n_homes", "JOBS": S + "buildings"},
        "transformation_monitor": {"BEFORE": S + "parcels", "AFTER": derived + "after",
                                   "ID_COL": "parcel_id"},
        "relocation_efficiency": {"PARCELS": derived + "costs",
                                  "COST_COL": "relocation_cost_eur"},
        "opportunity_scores": {"PARCELS": S + "parcels", "VACANCY_COL": "vacancy_share",
                               "OWNER_COL": "owner_id", "TERREIN_COL": "terrein_id"},
        "kansenzones": {"PARCELS": S + "parcels", "SCORE_COL": "vacancy_share",
                        "TERREIN_COL": "terrein_id", "MIN_AREA_HA": 1.0,
                        "MAX_AREA_HA": 6.0},
    }


def layer_operations():
    from rve_geo.specs import available_operations

    specs, _missing = available_operations()
    return [s.name for s in specs if not s.writes_files]


def class_colours(style):
    """[(label, (r, g, b))]: each class as drawn over white and over every other class.

    Symbols are half transparent in several styles (contours, plan objects), so where
    two features overlap the topmost class is seen blended over the one below.
    """
    def blend(colour, below):
        a = style.opacity
        return tuple(round(a * c + (1 - a) * b) for c, b in zip(colour, below, strict=True))

    rgb = [(c.label, (QColor(c.colour).red(), QColor(c.colour).green(),
                      QColor(c.colour).blue())) for c in style.classes]
    white = (255, 255, 255)
    out = [(label, blend(colour, white)) for label, colour in rgb]
    for label, colour in rgb:
        out += [(label, blend(colour, blend(other, white)))
                for other_label, other in rgb if other_label != label]
    return out


def classes_drawn(image, colours, min_pixels=40, tolerance=3):
    """Labels of the classes whose colour covers at least ``min_pixels`` of ``image``."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    bits = image.constBits()
    bits.setsize(image.height() * image.bytesPerLine())
    pixels = np.frombuffer(bits, dtype=np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3]
    pixels = pixels[..., ::-1].astype(np.int16)  # BGRA in memory -> RGB
    counts = {}
    for label, want in colours:
        hit = (np.abs(pixels - np.array(want, dtype=np.int16)) <= tolerance).all(axis=2)
        counts[label] = counts.get(label, 0) + int(hit.sum())
    return sorted(label for label, n in counts.items() if n >= min_pixels)


def render(layer, size=(1000, 1000)):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    extent = layer.extent()
    extent.scale(1.05)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def test_every_layer_operation_has_a_case(tmp_path):
    assert sorted(cases("x|layername=", tmp_path)) == sorted(layer_operations())
    assert len(layer_operations()) == len(rve_geo.OPERATIONS) - 2  # GIO, Shapefile: files


@pytest.mark.parametrize("name", sorted(layer_operations()))
def test_styled_output_shows_more_than_one_class(provider, derived, tmp_path, name,
                                                 context, feedback):
    if name == "read_imro" and not PLAN.exists():
        pytest.fail(f"{PLAN} is missing")
    out = tmp_path / f"{name}.gpkg"
    processing.run(f"rve:{name.replace('_', '')}",
                   {**cases(derived, tmp_path)[name], "OUTPUT": str(out)},
                   context=context, feedback=feedback)
    checked = 0
    for layer_name, geometry_type in pyogrio.list_layers(str(out)):
        if geometry_type is None or layer_name == "layer_styles":
            continue
        frame = pyogrio.read_dataframe(str(out), layer=layer_name, read_geometry=False)
        qml = style_for(layer_name, name, frame)
        assert qml is not None, f"{name}: layer {layer_name} has no style"
        style = style_definition(layer_name, frame, operation=name)
        assert style.kind != "single", f"{name}.{layer_name}: one symbol for every feature"
        layer = QgsVectorLayer(f"{out}|layername={layer_name}", layer_name, "ogr")
        try:
            assert layer.isValid() and apply_style(layer, qml)
            image = render(layer)
            image.save(str(tmp_path / f"{name}_{layer_name}.png"), "PNG")
            drawn = classes_drawn(image, class_colours(style))
        finally:
            del layer  # no layer may outlive QGIS
        assert len(drawn) >= 2, f"{name}.{layer_name}: classes drawn {drawn}"
        checked += 1
    assert checked >= 1
